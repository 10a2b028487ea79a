"""Small series whose course is told per patient in ways the first round did not read (invented text): values in a
bracket each closed by the patient's sex, a bare patient letter ending a sentence, a group of lettered patients that
repeats its noun as the subject of a clause."""

from __future__ import annotations

import pytest

from eims_extract.fields import narrative
from eims_extract.fields.base import Sentence
from _support import abstract_rows


def _rows(nlp, abstract: str, *names: str) -> list[tuple]:
    return abstract_rows(nlp, abstract, *names)


_PAIR = (
    "We describe two patients with an invented tumour. The first, a 47-year-old man, had a mass of the tongue. The "
    "other was a 29-year-old woman with a mass of the parotid gland. Both masses were excised. "
)


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (  # the values bracketed, a clause for both after the bracket
            "At the last visit (18 months for the man, 40 months for the woman) both patients were free of disease.",
            [(18.0, "ANED"), (40.0, "ANED")],
        ),
        (  # the other order, the bracket closing a plain follow-up phrase
            "After follow-up (11 months for the woman, 27 months for the man) neither patient had any evidence of disease.",
            [(27.0, "ANED"), (11.0, "ANED")],
        ),
    ],
)
def test_bracketed_follow_up_values_each_closed_by_a_sex_noun_go_to_that_patient(nlp, closing, expected):
    assert _rows(nlp, _PAIR + closing, "follow_up_months", "status") == expected


_LETTERED = (
    "Results: Three patients aged 9, 17 and 44 years, respectively, were studied; Pt A was a girl, Pt B a boy and Pt C "
    "a woman. Pt A underwent excision of a mass of the eyelid. Pt B received prednisolone only. Pt C underwent excision "
    "of a mass of the lacrimal gland. "
)


def test_full_stop_after_a_bare_patient_letter_ends_the_sentence(nlp):
    text = _LETTERED + "Desmin was focal in A and B, absent in C. Follow-up was 12, 20 and 33 months respectively."
    assert _rows(nlp, text, "follow_up_months") == [(12.0,), (20.0,), (33.0,)]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Desmin was focal in A and B, absent in C. FISH was done in B only.", 2),
        ("Desmin was absent in C. Follow-up was short.", 2),
        ("Serology was negative for E. Follow-up was short.", 1),  # no letter of the series' patients
        ("The mass was excised by C. Follow-up was short.", 1),  # no preposition the rule knows
        ("Desmin was absent in C. elegans controls.", 1),  # a lower-case word goes on with the sentence
    ],
)
def test_full_stop_after_a_bare_letter_ends_a_sentence_only_for_the_series_letters(text, pieces):
    s = Sentence("fict", text, 0, "abstract")
    assert len(narrative._split_after_bare_letters(s, {"A", "B", "C"})) == pieces


def test_group_of_lettered_patients_repeating_its_noun_is_a_clause_subject(nlp):
    text = _LETTERED + "Pt A had no recurrence; Pt A and Pt C have no evidence of disease, Pt B is alive with residual lesion."
    assert _rows(nlp, text, "status") == [("ANED",), ("AWD",), ("ANED",)]


_NUMBERED = (
    "We describe three patients. Case 1 was a 33-year-old woman with a polyp of the endometrium removed by hysteroscopic "
    "resection. Case 2 was a 48-year-old woman. Case 3 was a 61-year-old woman. "
)


def test_items_closed_by_a_bracketed_case_with_a_size_go_to_that_case(nlp):
    text = _NUMBERED + (
        "Cases 2 and 3 underwent total hysterectomy, for a mass of the uterine fundus (case 2, 4.5 cm) and for a large "
        "mass replacing the whole uterus (case 3)."
    )
    assert _rows(nlp, text, "treatment", "site_code")[1:] == [("SE", "C54.3"), ("SE", "C55.9")]


def test_numbered_group_repeating_its_noun_is_a_clause_subject(nlp):
    text = (
        "We describe three patients. Case 1 was a 23-year-old man with a bladder mass. Case 2 was a 58-year-old woman "
        "with a bladder mass. Case 3 was a 70-year-old man with a bladder mass. Case 1 and case 2 underwent partial "
        "cystectomy, case 3 was given crizotinib."
    )
    assert _rows(nlp, text, "treatment") == [("SE",), ("SE",), ("ALKi",)]
