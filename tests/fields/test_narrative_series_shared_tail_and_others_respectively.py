"""Two ways a small numbered series shares a clause among its patients (invented patients, wording our own):

- a gapped roster ("Case 1 was a 6-year-old girl, case 2 a 10-year-old boy and case 3 a 13-year-old boy") closed by a
  clause for all of them after a semicolon ("; all underwent lobectomy", "; each had the mass excised"): every patient's,
  its "all" read for each one (``fields.narrative._gapped_clauses``);
- the patients other than one just told of ("Case 3 died of disease at 9 months. The other two are alive without
  disease at 24 and 40 months, respectively"): the "respectively" list dealt to them in order
  (``_complement_of_one``)."""

from __future__ import annotations

import pytest
from _support import text_rows


_HEAD = "Inflammatory myofibroblastic tumour of the lung: three invented cases\n\n"
_ROSTER = "Case 1 was a 6-year-old girl, case 2 a 10-year-old boy and case 3 a 13-year-old boy"


def _rows(nlp, text: str):
    return text_rows(nlp, _HEAD + text + "\n")


@pytest.mark.parametrize(
    "tail",
    [
        "; all underwent lobectomy.",
        "; each underwent lobectomy.",
        "; all three underwent lobectomy.",
        "; each of them had a lobectomy.",
        "; all of them underwent lobectomy.",
    ],
)
def test_clause_for_all_closing_a_gapped_roster_is_each_ones(nlp, tail):
    rows = _rows(nlp, _ROSTER + tail)
    assert [(r.case_id, r.age_years) for r in rows] == [("case-1", 6.0), ("case-2", 10.0), ("case-3", 13.0)]
    assert [r.treatment for r in rows] == ["SE", "SE", "SE"]


def test_clause_of_the_last_patient_closing_a_gapped_roster_stays_the_last_ones(nlp):
    rows = _rows(nlp, _ROSTER + "; the boy of 13 underwent lobectomy.")
    assert [r.treatment for r in rows][:2] == [None, None]


@pytest.mark.parametrize(
    "outcome",
    [
        "Case 3 died of disease at 9 months. The other two patients are alive without disease at 24 and 40 months, "
        "respectively.",
        "Case 3 died of disease 9 months after surgery. The remaining two children remain free of disease at 24 and 40 "
        "months, respectively.",
    ],
)
def test_others_of_one_dealt_a_respectively_list_in_order(nlp, outcome):
    rows = _rows(nlp, _ROSTER + ". " + outcome)
    assert [(r.follow_up_months, r.status) for r in rows] == [(24.0, "ANED"), (40.0, "ANED"), (9.0, "DOD")]


def test_others_of_one_without_a_list_each_keep_the_shared_outcome(nlp):
    rows = _rows(nlp, _ROSTER + ". Case 2 died of disease at 9 months. The other two patients are alive without disease.")
    assert [r.status for r in rows] == ["ANED", "DOD", "ANED"]
    assert [r.follow_up_months for r in rows] == [None, 9.0, None]


def test_respectively_list_in_a_shared_tail_is_dealt_in_order():
    from _support import segmented

    got = segmented(
        [_ROSTER + "; each had a mass resected from the omentum, the mesentery and the colon, respectively."], section="case"
    )
    places = {k: [w for w in ("omentum", "mesentery", "colon") if any(w in t for t in v)] for k, v in got.items()}
    assert places == {"case-1": ["omentum"], "case-2": ["mesentery"], "case-3": ["colon"]}
