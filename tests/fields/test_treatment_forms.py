"""Therapies read from a filled form's fields and notes. Fictional wording."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from _support import run_apply


@pytest.mark.parametrize(
    "text",
    [
        "Access to entrectinib: not open at this hospital.",
        "Fourth line: (brigatinib requested; not obtained)",
        "NTRK inhibitor: considered (larotrectinib), not given",
    ],
)
def test_regression_terse_form_note_that_a_drug_never_came(text):
    assert not (run_apply(apply, text).drugs or [])


@pytest.mark.parametrize(
    "text",
    [
        "Her uncle has gout and takes colchicine daily.",
        "The boy's mother is on tamoxifen after breast surgery.",
    ],
)
def test_regression_relatives_own_medicine_is_not_the_patients_drug(text):
    assert not (run_apply(apply, text).drugs or [])
