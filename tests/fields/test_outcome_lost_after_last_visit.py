"""A patient lost to follow-up after the last visit told (``fields.outcome``): the state found at an earlier visit, told
in a sentence before the loss ("MRI at the last visit showed the remnant unchanged. After that she stopped attending and
was lost to follow-up"), is no last status (gold/heldout.md: a patient lost gets none); the follow-up and the recurrence
told stay. A state told beside the loss in its own sentence, or after it (the patient came back), is still the last
one. Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("Her final visit was in June 2021, 30 months after diagnosis, and the residual nodule was unchanged at that time.",
         "She then stopped attending the clinic and was lost to follow-up."),
        ("Cystoscopy at three and nine months showed no recurrence.",
         "He later moved to another city and was lost to further follow-up after 11 months."),
        ("The boy remained free of disease on the 1-year MRI.",
         "The family did not come back afterwards, and the child was lost to follow-up."),
    ],
)
def test_state_told_before_the_loss_is_no_last_status(texts):
    assert run(*texts).status is None


def test_follow_up_and_recurrence_stay_when_the_patient_is_lost():
    row = run("Cystoscopy at three and nine months showed no recurrence.",
              "He later moved to another city and was lost to further follow-up after 11 months.")
    assert row.recurrence is False
    assert row.follow_up_months == 11


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        # the state at the last contact told in the loss's own sentence
        (("She was alive without evidence of disease 20 months after surgery, when she emigrated and was lost to follow-up.",), "ANED"),
        # the patient came back
        (("He was lost to follow-up after the first year.",
          "He returned three years later and is alive without evidence of disease at 52 months."), "ANED"),
        # no loss told
        (("No patient was lost to follow-up.", "She is alive and well without recurrence at 24 months."), "ANED"),
        (("She is alive with a stable residual mass at 26 months.", "None of the reported patients were lost to follow-up."), "AWD"),
    ],
)
def test_state_beside_or_after_the_loss_or_no_loss_keeps_the_status(texts, status):
    assert run(*texts).status == status
