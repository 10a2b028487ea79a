"""A test told as finding some other kinase's fusion without naming it is not a positive ALK result (gold/blind.md:
a non-ALK fusion gives NGS- only where the text says no ALK fusion was found). Fictional wording."""

from __future__ import annotations

import pytest

from eims_extract.fields import alk


@pytest.mark.parametrize(
    "text",
    [
        "The tumour lacked ALK staining and had no ALK rearrangement by FISH, and in which targeted RNA sequencing "
        "detected another kinase fusion.",
        "ALK was negative by immunohistochemistry and FISH, and in whom an RNA panel identified an alternative kinase fusion.",
        "ALK was negative by immunohistochemistry and FISH, and RNA sequencing found a non-ALK fusion.",
    ],
)
def test_sequencing_finding_an_unnamed_other_kinase_fusion_is_no_alk_result(text):
    assert not any(r.startswith("NGS") for r, _, _ in alk.alk_results(text))


def test_sequencing_finding_an_alk_fusion_stays_positive():
    text = "ALK was positive by immunohistochemistry, and RNA sequencing detected an ALK fusion."
    assert "NGS+" in [r for r, _, _ in alk.alk_results(text)]
