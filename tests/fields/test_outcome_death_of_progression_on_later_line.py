"""A death of progression told after a later line than the last response: that line progressed, so the row's
response is PD; on the same line the response before it stays (``fields.outcome``). Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from eims_extract.records import CaseRow
from _support import run_apply


def run(*texts: str) -> CaseRow:
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("Crizotinib gave a complete response within four months.", "After a pelvic relapse the boy responded briefly to lorlatinib and ultimately died of progressive disease."),
        ("Alectinib produced a partial response.", "When the mass regrew, ceritinib was begun.", "He died from disease progression seven months later."),
        ("A complete remission followed six months of crizotinib.", "Brigatinib was given at relapse, and she eventually succumbed to progressive disease."),
    ],
)
def test_death_of_progression_after_a_later_line_is_pd(texts):
    row = run(*texts)
    assert row.response == "PD"
    assert row.status == "DOD"


@pytest.mark.parametrize(
    "texts,response",
    [
        (("Crizotinib gave a complete response within four months.", "She later died of progressive disease."), "CR"),
        (("Alectinib produced a partial response.", "The tumour relapsed on alectinib and he died of progressive disease."), "PR"),
    ],
)
def test_death_of_progression_on_the_same_line_keeps_the_response(texts, response):
    assert run(*texts).response == response
