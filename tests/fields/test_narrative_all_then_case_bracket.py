"""A sentence opening on what every patient of a numbered series had, then a bracket telling its detail case by case
(invented text): the clause for all is each patient's, each item of the bracket only the cases it names."""

from __future__ import annotations

from eims_extract.fields import narrative
from eims_extract.fields.base import Sentence
from _support import abstract_rows

_THREE = (
    "We report three patients. Case 1 was a 20-year-old man with a mass of the trachea, case 2 a 52-year-old woman "
    "with a mass of the larynx and case 3 a 35-year-old man with a mass of the trachea. "
)


def test_treatment_for_all_before_a_bracket_by_case_is_every_patients(nlp):
    text = _THREE + (
        "All patients underwent bronchoscopic excision (argon laser in cases 1 and 3, snare followed by laser in "
        "case 2); no adjuvant therapy was given."
    )
    assert abstract_rows(nlp, text, "treatment") == [("SE",), ("SE",), ("SE",)]


def test_bracket_items_go_only_to_the_cases_they_name():
    groups = {k: narrative.Patient(f"case-{k}") for k in (1, 2, 3)}
    s = Sentence("fict", "All three underwent excision (a laser in case 1 and a snare in cases 2 and 3).", 0, "abstract")
    pieces = dict(narrative._all_with_case_bracket(s, groups) or [])
    assert "laser" in pieces[1].text and "snare" not in pieces[1].text
    assert "snare" in pieces[3].text and "laser" not in pieces[3].text


def test_a_named_case_before_the_bracket_is_no_clause_for_all():
    groups = {k: narrative.Patient(f"case-{k}") for k in (1, 2, 3)}
    s = Sentence("fict", "Case 1 underwent excision (a laser in case 1).", 0, "abstract")
    assert narrative._all_with_case_bracket(s, groups) is None


def test_a_remark_on_one_case_in_the_bracket_is_no_detail_case_by_case():
    groups = {k: narrative.Patient(f"case-{k}") for k in (1, 2, 3)}
    s = Sentence("fict", "All tumours were excised with clear margins (widest in case 2).", 0, "abstract")
    assert narrative._all_with_case_bracket(s, groups) is None
