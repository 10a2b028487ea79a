"""A patient told lost to follow-up after the last finding of no disease ("surveillance at 3 and 6 months showed no
recurrence; he then moved away and was lost to follow-up after 8 months"): nothing is known of the patient after, so
no status (gold/heldout.md), while the follow-up and the recurrence found stay; a state told after the loss (the
patient came back) is still the last one (``fields.outcome``). Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("Control imaging at four and nine months showed no recurrence.", "She then moved to another country and was lost to follow-up after 10 months."),
        ("There was no evidence of disease at the one-year visit, after which he was lost to follow-up.",),
        ("The girl was free of disease at 6 months.", "The family did not return, and she was subsequently lost to further follow-up."),
    ],
)
def test_patient_lost_after_a_finding_of_no_disease_has_no_status(texts):
    assert run(*texts).status is None


def test_recurrence_and_follow_up_stay_when_the_patient_is_lost():
    row = run("Control imaging at four and nine months showed no recurrence.",
              "She then moved to another country and was lost to follow-up after 10 months.")
    assert row.recurrence is False
    assert row.follow_up_months == 10


def test_state_told_after_the_loss_is_the_last_one():
    row = run(
        "He was lost to follow-up after the first year.",
        "He returned four years later and is alive without evidence of disease at 60 months.",
    )
    assert row.status == "ANED"


@pytest.mark.parametrize(
    "texts",
    [
        ("No patient was lost to follow-up.", "She is alive and well without recurrence at 24 months."),
        ("She is alive and well without recurrence at 24 months; none of our patients has been lost to follow-up.",),
    ],
)
def test_no_loss_told_keeps_the_status(texts):
    assert run(*texts).status == "ANED"



def test_state_told_as_the_one_at_the_loss_is_kept():
    row = run("She was alive without evidence of disease 20 months after surgery, when she moved abroad and was lost to follow-up.")
    assert row.status == "ANED"


def test_loss_told_of_a_patient_of_the_other_sex_is_not_the_rows():
    from eims_extract.records import CaseRow
    from eims_extract.fields.outcome import apply as outcome_apply
    from _support import located

    row = CaseRow("doc", "2")
    row.set("sex", "female")
    outcome_apply(located("After the operation she is alive without evidence of disease at 24 months.",
                          "The man did not return after discharge and was lost to follow-up."), row)
    assert row.status == "ANED"
