"""A follow-up whose noun names whose it is ("Follow-up of the patient was 14 months", "follow-up of the resected
patients was ..." as read for one of them) is that follow-up; a cohort's follow-up counted by number of patients is
not one patient's (``fields.outcome``). Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Follow-up of the patient was 14 months, without recurrence.", 14.0),
        ("Follow-up of the operated children was 20 months.", 20.0),
        ("Follow-up in this patient has now reached 3 years.", 36.0),
        ("Follow-up of the twelve patients in the registry was 40 months.", None),
        ("Follow-up of the 12 patients was 40 months.", None),
    ],
)
def test_follow_up_of_the_patient(text, months):
    assert run_apply(apply, text).follow_up_months == months
