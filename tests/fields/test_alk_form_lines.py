"""A data sheet's ALK partner field. Fictional wording."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import apply
from _support import run_apply


@pytest.mark.parametrize(
    "lines,partner,tests",
    [
        (("ALK FISH:        rearranged", "Partner:         EML4 (RT-PCR)"), "EML4", ["FISH+", "RT-PCR+"]),
        (("ALK fusion partner | CLTC",), "CLTC", None),
    ],
)
def test_regression_form_partner_field_gives_the_alk_partner(lines, partner, tests):
    row = run_apply(apply, *lines)
    assert row.alk_fusion_partner == partner and row.kinase_fusions == [f"{partner}::ALK"]
    if tests is not None:
        assert row.alk_tests == tests


@pytest.mark.parametrize(
    "lines",
    [
        ("ROS1 FISH:       rearranged", "Partner:         EML4"),  # the line before names another kinase
        ("ALK FISH:        rearranged", "Partner:         not identified"),
        ("Partner:         EML4",),  # no ALK test before: whose partner is not said
    ],
)
def test_regression_form_partner_field_without_alk_gives_no_alk_partner(lines):
    assert run_apply(apply, *lines).alk_fusion_partner is None
