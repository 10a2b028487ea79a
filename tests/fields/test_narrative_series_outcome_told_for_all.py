"""A small numbered series whose course is told once for all its patients (invented text): a bare "None had recurred
after ..., respectively" dealt in case order, nodes told sampled "in all three" and then free of tumour, and a list
after "All ...:" dealing its clauses out by rank, one with a noun in apposition naming its patient."""

from __future__ import annotations

import pytest

from eims_extract.fields import narrative, outcome
from eims_extract.fields.base import Sentence
from _support import abstract_rows, run_apply

_THREE = (
    "We describe three patients. Case 1 had a mass of the colon, case 2 a mass of the liver and case 3 a mass of the "
    "kidney. Each tumour was removed at laparotomy. "
)


def test_bare_none_had_recurred_with_times_respectively_is_each_patients_denial(nlp):
    text = _THREE + "None had recurred after 14, 9 and 27 months, respectively."
    assert abstract_rows(nlp, text, "recurrence", "follow_up_months", "status") == [
        (False, 14.0, "ANED"), (False, 9.0, "ANED"), (False, 27.0, "ANED"),
    ]


@pytest.mark.parametrize(
    "text",
    ["None had recurred after 18 months.", "The mesenteric nodes were sampled and were free of tumour."],
)
def test_own_denial_read_for_one_patient(text):
    row = run_apply(outcome.apply, text)
    assert False in (row.recurrence, row.metastasis)


def test_nodes_sampled_in_all_three_and_free_are_each_patients(nlp):
    text = _THREE + "Regional nodes were sampled in all three and were free of tumour."
    assert abstract_rows(nlp, text, "metastasis") == [(False,), (False,), (False,)]


def test_nodes_sampled_and_positive_in_one_case_is_no_denial():
    row = run_apply(outcome.apply, "Lymph nodes were sampled and were positive in case 2.")
    assert row.metastasis is not False


def test_ranked_list_after_all_with_apposition_deals_each_clause_by_rank():
    s = Sentence(
        "fict",
        "All recovered well: the first patient resumed work after a month, the second was discharged on day 5, and "
        "the third, the girl, has grown normally.",
        0,
        "abstract",
    )
    pieces = narrative._ranked_pieces(s, 3)
    assert pieces is not None and len(pieces) == 3
    assert "girl" not in pieces[0].text and "girl" in pieces[2].text


def test_none_of_a_counted_cohort_stays_the_cohorts():
    row = run_apply(outcome.apply, "Of the 12 reported cases, none had recurred after surgery.")
    assert row.recurrence is None
