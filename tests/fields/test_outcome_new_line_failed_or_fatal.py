"""A drug line begun after the last response, or after the progression that ended it, and told only by its failure or by a
death of progression (``fields.outcome``): that line's last assessment is the row's response, PD, not the earlier
line's response held over the progression. A line of care or an operation is no drug line; a progression with no line
after it keeps the response before it. Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("Alectinib gave a partial response, but the lesions grew again at 8 months.",
         "Brigatinib was started without benefit, and she died of progressive disease a year after diagnosis."),
        ("Crizotinib produced a partial response, but the tumour progressed after 10 months.",
         "Lorlatinib was then given without benefit."),
        ("A complete response to crizotinib was reached, but the disease relapsed at 2 years.",
         "He was switched to chemotherapy and died shortly afterwards of rapidly progressive disease."),
    ],
    ids=["begun_without_benefit_then_died", "given_without_benefit_after_progression", "switched_then_died_of_progression"],
)
def test_failed_or_fatal_drug_line_after_the_last_response_is_progressive_disease(texts):
    assert run(*texts).response == "PD"


@pytest.mark.parametrize(
    "texts, expected",
    [
        # care, not a drug line, after the progression: the response before the progression stays
        (("Crizotinib gave a partial response, but the disease progressed at 9 months.",
          "Palliative care was started and he died of progressive disease."), "PR"),
        # no progression and no new line: a later failure of another drug is not read over the response
        (("Crizotinib gave a partial response.", "Prednisolone was later given without benefit for his joint pains."), "PR"),
    ],
    ids=["care_after_progression", "no_progression_no_line"],
)
def test_no_drug_line_after_the_progression_keeps_the_response_before_it(texts, expected):
    assert run(*texts).response == expected
