"""Earlier operations told as the patient's background ("a woman with multiple previous pelvic surgeries", "who had
undergone two prior abdominal operations") are not this tumour's surgery (``fields.treatment``), while earlier
operations for the tumour itself still are. Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from _support import run_apply


@pytest.mark.parametrize(
    "text",
    [
        "We describe a bladder tumour of this kind in a woman with multiple previous pelvic surgeries.",
        "A 44-year-old man who had undergone two prior abdominal operations presented with haematuria.",
        "The girl, with a history of several previous spinal operations, presented with a flank mass.",
    ],
)
def test_previous_operations_as_background_are_no_surgery(text):
    assert run_apply(apply, text).treatment is None


def test_previous_operations_for_the_tumour_stay_surgery():
    row = run_apply(apply, "The bladder tumour recurred after two previous surgeries for the tumour and was resected again.")
    assert row.treatment == "SE"


@pytest.mark.parametrize(
    "text",
    [
        "A 52-year-old man had a forearm mass removed, and histology showed the tumour.",
        "She had the bladder lesion removed transurethrally.",
        "The boy had it removed at a district hospital before referral.",
    ],
)
def test_patient_had_the_tumour_removed_is_surgery(text):
    assert run_apply(apply, text).treatment == "SE"


def test_patient_had_a_drain_removed_is_no_surgery():
    assert run_apply(apply, "After the biopsy she had the drain removed on the second day.").treatment is None
