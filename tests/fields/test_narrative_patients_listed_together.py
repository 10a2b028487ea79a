"""Patients of a small series introduced together in one sentence (a list after a colon, lettered or numbered
rosters) and referred to afterwards by their tumour's site, sex or rank: who is who (invented text)."""

from __future__ import annotations

import pytest
from _support import abstract_rows

from eims_extract.fields import demographics, narrative
from eims_extract.fields.base import Sentence


@pytest.mark.parametrize(
    "text",
    [
        "We reviewed two tumours diagnosed 2010-2019: a 44-year-old woman with a renal mass; and a 7-year-old boy with a neck mass.",
        "Two patients were treated between 2001 and 2008: a 44-year-old woman with a renal mass and a 7-year-old boy with a neck mass.",
    ],
)
def test_list_after_a_colon_of_a_dated_diagnosis_introduces_each_person(text):
    ages = demographics.find_ages(Sentence("d", text, 0, "abstract"))
    assert [(a.years, a.sex, a.earlier) for a in ages] == [(44.0, "female", False), (7.0, "male", False)]


def test_age_after_diagnosed_still_an_earlier_event():
    ages = demographics.find_ages(Sentence("d", "She had been diagnosed with asthma at 12 years of age.", 0, "case"))
    assert ages and all(a.earlier for a in ages)


_LISTED = (
    "Cases: We reviewed three tumours seen 2012-2020: a 61-year-old woman with a mass of the right kidney; a 4-year-old "
    "boy with a mass in the left orbit; and a 30-year-old man with a mass in the soft tissue of the right forearm. "
    "The renal lesion was removed by partial nephrectomy and the forearm mass by wide local excision. "
    "The orbital lesion was only biopsied and he was given oral steroids. "
    "Results: All were SMA-positive. The forearm tumour recurred at 5 months."
)


def test_patients_listed_after_colon_each_their_own_age_sex_site(nlp):
    rows = abstract_rows(nlp, _LISTED, "age_years", "sex", "site_code")
    assert sorted(rows) == [(4.0, "male", "C69.6"), (30.0, "male", "C49.1"), (61.0, "female", "C64.9")]


def test_gapped_clause_after_bare_and_gives_each_site_its_treatment(nlp):
    rows = {r[0]: r[1] for r in abstract_rows(nlp, _LISTED, "age_years", "treatment")}
    assert rows == {61.0: "SE", 4.0: None, 30.0: "SE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results: All were SMA-positive and desmin-negative.", True),
        ("Findings: all three were alive without disease.", True),
        ("Results: One was SMA-positive.", False),
    ],
)
def test_inline_abstract_label_before_all_speaks_for_every_patient(text, expected):
    assert narrative.speaks_for_all(text) is expected


def test_bare_and_before_a_plural_predicate_is_no_site_clause():
    rx = narrative._rx("place_named_clause")
    text = "The renal tumour and the lung tumour were both ALK-positive."
    assert [m.start("w") for m in rx.finditer(text)] == [0]
