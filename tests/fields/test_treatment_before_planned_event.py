"""A therapy timed by an opening adjunct before a planned event ("Before the planned resection, ...") is told as
given: the plan is the adjunct's event, not the main clause's (``fields.treatment``). Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from eims_extract.records import CaseRow
from _support import run_apply


def run(*texts: str) -> CaseRow:
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "text,drugs",
    [
        ("Before the planned resection, the oncologists prescribed alectinib for three months.", ["alectinib"]),
        ("Prior to her planned nephrectomy, crizotinib was prescribed for ten weeks.", ["crizotinib"]),
        ("Pending the intended second-look laparotomy, he took ceritinib daily.", ["ceritinib"]),
    ],
)
def test_drug_given_before_a_planned_operation_is_given(text, drugs):
    row = run(text)
    assert row.drugs == drugs
    assert row.treatment == "ALKi"  # the planned operation itself stays untold


@pytest.mark.parametrize(
    "text",
    [
        "Before the planned resection, alectinib was considered.",
        "Before the planned resection, the team proposed crizotinib.",
    ],
)
def test_drug_only_weighed_before_a_planned_operation_is_not_given(text):
    assert run(text).drugs is None
