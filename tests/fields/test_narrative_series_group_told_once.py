"""What a small series' text tells once for all its patients: the sex given by the announcing count's plural noun ("We
report 3 women with ..."), and ages told patient by patient with the unit once ("patient 1 was 4 years old, patient 2
was 9, ..."). Invented text."""

from __future__ import annotations

import pytest

from eims_extract.fields import demographics
from eims_extract.fields.base import Sentence
from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


def _rows(nlp, text):
    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    return {r.case_id: r for r in extract_document(doc, nlp)}


_WOMEN = (
    "Invented ovarian tumours\n\n"
    "We report {count} with a myofibroblastic tumour of the ovary treated at our hospital. "
    "The first patient, aged 29 years, had a 6-cm adnexal mass removed by laparoscopy. "
    "The second, a 52-year-old, had a 10-cm mass and underwent oophorectomy. "
    "The third patient was 61 years old and had bilateral masses excised at laparotomy. "
    "All three remain free of disease.\n"
)


@pytest.mark.parametrize("count, sex", [("3 women", "female"), ("three men", "male"), ("three young women", "female")])
def test_announced_plural_noun_gives_each_patient_sex(nlp, count, sex):
    rows = _rows(nlp, _WOMEN.format(count=count))
    assert len(rows) == 3
    assert {r.sex for r in rows.values()} == {sex}


def test_announced_patients_noun_gives_no_sex_from_a_later_word(nlp):
    # "3 patients (two men and a woman)": the count's noun is "patients", no sex for all of them
    rows = _rows(nlp, _WOMEN.format(count="3 patients (two men and a woman)"))
    assert "female" not in [r.sex for r in rows.values()][:2]
    assert [r.sex for r in rows.values()].count("male") < 3


_LIST = "Ages varied: patient 1 was 4 years old, patient 2 was 9, patient 3 was a 7-month-old infant, patient 4 was 13 and patient 5 was 15 years old."


def _ages(text):
    return [(a.years, a.text) for a in demographics.find_ages(Sentence("t", text, 0, "case"))]


def test_bare_ages_in_a_list_of_labelled_patients():
    found = _ages(_LIST)
    assert (9.0, "9") in found and (13.0, "13") in found
    assert (4.0, "4 years old") in found and (15.0, "15 years old") in found


@pytest.mark.parametrize(
    "text",
    [
        "Patient 2 was 11 months in remission when the mass recurred.",
        "Patient 2 was 11, and the others were older.",
        "Patient 2 was 3 cm larger than patient 3 was.",
    ],
)
def test_a_labelled_patients_bare_number_outside_a_list_of_ages_is_none(text):
    assert _ages(text) == []


def test_bare_age_kept_in_the_patients_own_blanked_piece():
    # a patient's piece of the list, the others' items blanked: the printed sentence still shows it is a list of ages
    a = _LIST.index("patient 2")
    b = _LIST.index(", patient 3")
    masked = "".join(c if a <= i < b or c.isspace() else " " for i, c in enumerate(_LIST))
    piece = Sentence("t", masked, 0, "case", quote=_LIST)
    assert [(x.years, x.text) for x in demographics.find_ages(piece)] == [(9.0, "9")]
    other = "".join(c if c.isspace() or i < a or i >= b else " " for i, c in enumerate(_LIST))
    assert (9.0, "9") not in [(x.years, x.text) for x in demographics.find_ages(Sentence("t", other, 0, "case", quote=_LIST))]
