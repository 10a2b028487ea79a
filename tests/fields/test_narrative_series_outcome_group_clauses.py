"""Small series whose course is told in sentences about several patients at once (invented text): a denial for all
followed by a clause on "all" with one time each, two numbered patients named and then told apart as "the former" and
"the latter", and a numbered patient added to another's clause with only a time of its own."""

from __future__ import annotations

import pytest

from eims_extract.fields import narrative
from eims_extract.fields.base import Sentence
from _support import abstract_rows

_OUTCOME = ("recurrence", "metastasis", "follow_up_months", "status")

_THREE = (
    "We report three patients. Case 1 was a 6-year-old girl with a mass of the lung removed by lobectomy. Case 2 was a "
    "50-year-old man with a mass of the bladder removed by partial cystectomy. Case 3 was a 37-year-old woman with a mass "
    "of the stomach removed by gastrectomy. "
)


@pytest.mark.parametrize(
    "closing",
    [
        "None of them relapsed or metastasised, and all were free of disease at 11, 19 and 31 months, respectively.",
        "None of the patients had recurrence or metastasis; all three remained alive without disease at 11, 19 and 31 "
        "months, respectively.",
    ],
)
def test_clause_on_all_after_a_denial_of_all_gives_each_patient_its_time(nlp, closing):
    assert abstract_rows(nlp, _THREE + closing, *_OUTCOME) == [
        (False, False, 11.0, "ANED"), (False, False, 19.0, "ANED"), (False, False, 31.0, "ANED"),
    ]


def test_denial_without_a_clause_on_all_stays_one_piece():
    s = Sentence("fict", "Neither tumour recurred, and follow-up was uneventful.", 0, "abstract")
    assert [p.text for p in narrative._denial_and_all_clauses(s)] == [s.text]


def test_former_and_latter_after_two_named_cases_go_to_those_cases(nlp):
    text = _THREE + (
        "Case 2 was lost to follow-up. Cases 1 and 3 were followed for 15 and 28 months; the former is well with no "
        "recurrence, whereas the latter had a local recurrence at 10 months. She then received crizotinib and is alive "
        "without evidence of disease."
    )
    rows = abstract_rows(nlp, text, "recurrence", "follow_up_months", "status", "drugs")
    assert rows[0] == (False, 15.0, "ANED", None)
    assert rows[2] == (True, 28.0, "ANED", ["crizotinib"])  # the sentence after the latter's clause goes on with her


def test_former_without_latter_is_no_pair_turn():
    s = Sentence("fict", "Cases 1 and 3 were followed for 15 and 28 months; the former is well.", 0, "abstract")
    assert narrative._pair_turn_pieces(s, [1, 3]) is None


_FOUR = (
    "We report four patients. Patient 1 was an 8-year-old boy with a mass of the bladder. Patient 2 was a 15-year-old "
    "girl with a mass of the bladder. Patient 3 was a 33-year-old woman with a mass of the bladder. Patient 4 was a "
    "61-year-old man with a mass of the bladder. All underwent transurethral resection. Patient 4 recurred and died of "
    "disease at 12 months. "
)


def test_patient_added_to_a_clause_with_only_a_time_reads_that_clause_with_its_own_time(nlp):
    text = _FOUR + (
        "Patient 1 was last seen free of disease at 36 months and patient 3 at 9 months, and patient 2 is also without "
        "evidence of disease."
    )
    assert abstract_rows(nlp, text, "follow_up_months", "status") == [
        (36.0, "ANED"), (None, "ANED"), (9.0, "ANED"), (12.0, "DOD"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mean follow-up was 21 months: patient 1 was alive at 30 months and patient 2 at 12 months.",
        "Median follow-up was 21 months (range 12-30); patient 1 was alive at 30 months and patient 3 at 18 months, and "
        "patient 2 died of disease at 12 months.",
    ],
)
def test_series_statistic_opening_the_patients_clauses_is_no_ones_value(text):
    s = Sentence("fict", text, 0, "abstract")
    groups = {k: narrative.Patient(f"case-{k}") for k in (1, 2, 3)}
    pieces = dict(narrative._subject_clauses(s, groups) or narrative._gapped_clauses(s, groups) or [])
    assert "follow-up" not in pieces[1].text and "30 months" in pieces[1].text
    gapped = pieces[3] if 3 in pieces else pieces[2]
    assert "was alive" in gapped.text and "30 months" not in gapped.text


def test_last_clause_closed_by_the_other_patients_is_theirs(nlp):
    text = _THREE + "Case 2 relapsed at 7 months and was treated again; there was no relapse in the other two."
    assert abstract_rows(nlp, text, "recurrence") == [(False,), (True,), (False,)]


def test_clause_for_all_after_a_bracketed_list_of_last_contact_times(nlp):
    text = _THREE + "At last contact (16, 23 and 5 months, respectively) all three were alive without disease."
    assert abstract_rows(nlp, text, "follow_up_months", "status") == [(16.0, "ANED"), (23.0, "ANED"), (5.0, "ANED")]


_FOUR_ONE_UNOPERATED = (
    "We report four patients. Case 1 was a 30-year-old man with a mass of the lung removed by lobectomy. Case 2 was a "
    "45-year-old woman with a mass of the bladder removed by partial cystectomy. Case 3 was a 61-year-old man who was "
    "unfit for surgery and received radiotherapy alone. Case 4 was a 19-year-old woman with a mass of the mesentery, "
    "which was excised. "
)


@pytest.mark.parametrize(
    "closing",
    [
        "The three surgically treated patients were alive without disease at 40, 22 and 9 months, respectively.",
        "The three patients who underwent resection remained free of disease at 40, 22 and 9 months, respectively.",
    ],
)
def test_respectively_list_of_the_operated_patients_goes_to_those_operated(nlp, closing):
    """A sentence opening on a count of the patients operated on, with one time each: the times dealt to the patients
    whose own sentences tell a surgery, in order (not all to the patient the sentence before told of)."""
    rows = abstract_rows(nlp, _FOUR_ONE_UNOPERATED + closing, "follow_up_months", "status")
    assert [rows[0], rows[1], rows[3]] == [(40.0, "ANED"), (22.0, "ANED"), (9.0, "ANED")]
    assert rows[2] == (None, None)


def test_operated_count_not_matching_the_operated_patients_deals_nothing(nlp):
    rows = abstract_rows(
        nlp, _FOUR_ONE_UNOPERATED + "The two surgically treated patients were alive at 40 and 9 months, respectively.",
        "follow_up_months",
    )
    assert not (rows[0][0] == 40.0 and rows[3][0] == 9.0)  # three operated, two counted: no dealing to them
