"""A regression told of a lesion the text says was left untreated ("No specific treatment was given ... (b) At 6 months,
partial regression."): a response needs a therapy, so none is recorded for a row that names no therapy or drug
(``fields.outcome``). Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)



@pytest.mark.parametrize(
    "texts",
    [
        ("No specific treatment was given, and the patient was observed.", "(b) At 4 months, partial regression."),
        ("She was managed with observation alone.", "Follow-up MRI showed a partial response of the mass at 6 months."),
        ("The nodule regressed spontaneously.", "A partial regression was seen at 3 months."),
    ],
)
def test_regression_of_an_untreated_lesion_is_no_response(texts):
    assert run(*texts).response is None


def test_response_stays_when_the_row_names_a_therapy():
    from eims_extract.records import CaseRow
    from eims_extract.fields.outcome import apply as outcome_apply
    from _support import located

    row = CaseRow("doc", "1")
    row.set("drugs", ["ibuprofen"])
    outcome_apply(located("No other treatment was given.", "The mass showed a partial response at 3 months."), row)
    assert row.response == "PR"


def test_response_without_any_untreated_statement_stays():
    assert run("CT at 3 months showed a partial response.").response == "PR"
