"""Numbered patients introduced as a list of subjects, each described in a bracket after its number, before one
predicate they share ("Patient 1 (a 44-year-old man), patient 2 (a 9-year-old girl) and patient 3 (a 70-year-old
woman) underwent excision"): each patient's row gets its own bracket and the shared predicate (``fields.narrative``
``_bracketed_roster_pieces``). A list naming some patients a second time, or a bracket holding no description, is left
as it was. Invented patients, wording our own."""

from __future__ import annotations

import pytest
from _support import text_rows


_HEAD = "Inflammatory myofibroblastic tumour of the parotid gland: invented cases\n\n"


def _rows(nlp, text: str):
    return text_rows(nlp, _HEAD + text + "\n")


@pytest.mark.parametrize(
    "intro",
    [
        "Patient 1 (a 44-year-old man), patient 2 (a 9-year-old girl) and patient 3 (a 70-year-old woman) had "
        "parotid tumours excised.",
        "Case 1 (44-year-old man), case 2 (9-year-old girl) and case 3 (70-year-old woman) underwent parotidectomy.",
        "Patient 1 (man, 44 years), patient 2 (girl, 9 years), and patient 3 (woman, 70 years) each had a parotid mass "
        "removed.",
        "Pt 1 (a 44-year-old man, left side), Pt 2 (a 9-year-old girl, right side) and Pt 3 (a 70-year-old woman, left "
        "side) were treated by parotidectomy.",
    ],
)
def test_bracketed_roster_gives_each_patient_its_bracket_and_the_shared_predicate(nlp, intro):
    rows = _rows(nlp, intro + " Patient 3 relapsed at 10 months.")
    assert [r.case_id for r in rows] == ["case-1", "case-2", "case-3"]
    assert [(r.age_years, r.sex) for r in rows] == [(44.0, "male"), (9.0, "female"), (70.0, "female")]
    assert [r.treatment for r in rows] == ["SE", "SE", "SE"]
    assert [r.recurrence for r in rows] == [None, None, True]


def test_bracketed_roster_of_some_patients_then_the_other(nlp):
    text = (
        "Patient 1 (a 40-year-old woman) and patient 3 (a 62-year-old man) had localised tumours removed by parotidectomy. "
        "Patient 2 (a 55-year-old man) presented with lung metastases and received chemotherapy with doxorubicin."
    )
    rows = _rows(nlp, text)
    assert [(r.case_id, r.age_years, r.sex) for r in rows] == [
        ("case-1", 40.0, "female"), ("case-2", 55.0, "male"), ("case-3", 62.0, "male"),
    ]
    assert [r.metastasis for r in rows] == [None, True, None]
    assert [r.drugs for r in rows] == [None, ["doxorubicin"], None]


@pytest.mark.parametrize(
    "text",
    [
        # a bracket citing no description (a figure): not a roster, the sentence is patient 1's as before
        "Patient 1 (Fig. 2) and patient 2 (Fig. 3) were a 44-year-old man and a 9-year-old girl with parotid tumours.",
    ],
)
def test_brackets_without_a_description_are_no_roster(nlp, text):
    rows = _rows(nlp, text)
    assert all(r.case_id != "case-3" for r in rows)
