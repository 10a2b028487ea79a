"""A course of treatment closed by "with progression" (``fields.outcome``): the tumour progressed on that treatment, a
response PD; progression denied, a survival measure or a symptom's progression is none. Invented sentences about
fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "text",
    [
        "He was given gemcitabine and docetaxel (three cycles) with progression and was referred for palliation.",
        "She received four cycles of vincristine and dactinomycin, with progression of the pelvic mass.",
        "The boy was started on methotrexate with rapid progression.",
        "The woman was treated with ifosfamide for two months with local progression.",
    ],
)
def test_treatment_course_closed_by_with_progression_is_progressive_disease(text):
    assert run(text).response == "PD"


@pytest.mark.parametrize(
    "text",
    [
        "She received four cycles of vincristine and dactinomycin without progression.",
        "He was given ifosfamide with no progression over six months.",
        "The girl received celecoxib with progression-free survival of 14 months.",
        "He was treated with morphine with progression of pain.",
    ],
)
def test_progression_denied_or_of_a_symptom_is_no_response(text):
    assert run(text).response != "PD"
