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


_BRACKETED = (
    "Patients and methods: Three children were seen between 2015 and 2020: a 5-year-old girl with a mass of the right "
    "lobe of the liver (case 1), a 9-year-old girl with a large mass of the spleen (case 2), and a 13-year-old boy with a "
    "4 cm mass of the ascending colon (case 3). "
    "Results: The hepatic tumour was removed by right hepatectomy and the colonic lesion by hemicolectomy. "
    "In the girl with splenic disease, surgery was refused; she received crizotinib. "
    "Case 2 was alive with disease at 20 months. Case 1 had no molecular testing."
)


def test_patient_labelled_only_in_the_introduction_is_still_one_of_the_series(nlp):
    rows = abstract_rows(nlp, _BRACKETED, "age_years", "sex", "site_code")
    assert sorted(rows) == [(5.0, "female", "C22.0"), (9.0, "female", "C42.2"), (13.0, "male", "C18.2")]


def test_site_clause_after_part_label_and_person_told_by_site_of_disease(nlp):
    rows = {r[0]: r[1] for r in abstract_rows(nlp, _BRACKETED, "age_years", "treatment")}
    assert rows == {5.0: "SE", 9.0: "ALKi", 13.0: "SE"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In the girl with splenic disease, surgery was refused.", "splenic "),
        ("Results: The hepatic tumour was removed by hepatectomy.", "hepatic "),
    ],
)
def test_clause_opening_on_a_tumour_or_person_named_by_site(text, place):
    m = narrative._rx("place_named_clause").match(text)
    assert m is not None and m.group("place") == place


_LETTERED = (
    "We report four patients (A-D) with a tumour of the urinary bladder: a 9-year-old boy (patient A, tumour at the dome), "
    "a 15-year-old girl (patient B, anterior wall), a 40-year-old woman (patient C, trigone) and a 66-year-old man "
    "(patient D, left lateral wall). All four underwent transurethral resection."
)


def test_lettered_roster_each_patient_the_sub_site_of_their_own_bracket(nlp):
    rows = abstract_rows(nlp, _LETTERED, "age_years", "sex", "site_code")
    assert sorted(rows) == [(9.0, "male", "C67.1"), (15.0, "female", "C67.3"), (40.0, "female", "C67.0"),
                            (66.0, "male", "C67.2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a patient's own bracket: the site named alone after the label is theirs
        (", a 40-year-old woman (patient C, trigone)", [("C67.0", 3)]),
        # the sentence listing them all: no item speaks for every one
        ("four patients: a girl (patient 1, trigone) and a man (patient 2, dome)", [("C67.0", 0)]),
        ("four patients: a girl (patient 1, dome) and a man (patient 2, trigone)", [("C67.0", 0)]),
    ],
)
def test_site_named_alone_in_a_patient_label_bracket(text, expected):
    from eims_extract.fields import site

    got = [(m.code, m.score) for m in site.score_mentions([Sentence("d", text, 0, "abstract")], own=True)]
    assert got == expected


def test_site_labelled_with_its_patient_number_in_a_shared_list(nlp):
    text = ("Two women aged 41 and 59 years presented with dyspepsia. Endoscopy showed a submucosal mass in the gastric "
            "antrum (case 1, 4 cm) and at the lesser curvature (case 2, 2 cm). Both underwent wedge resection.")
    rows = abstract_rows(nlp, text, "age_years", "site_code")
    assert sorted(rows) == [(41.0, "C16.3"), (59.0, "C16.5")]


_PAIR = [
    "Case 1. A 30-year-old woman had a renal mass.", "She underwent nephrectomy.",
    "Case 2. A 42-year-old woman had a renal mass.", "She underwent nephrectomy.",
    "Case 3. A 55-year-old woman had a renal mass.", "She underwent nephrectomy.",
    "Cases 2 and 3 were followed for 10 and 30 months; the former remains well, while the latter developed a local "
    "recurrence.",
    "She then received crizotinib.",
]


def _pieces(texts: list[str]) -> dict[str, list[str]]:
    sentences, at = [], 0
    for t in texts:
        sentences.append(Sentence("d", t, at, "case", heading="Case series"))
        at += len(t) + 1
    return {p.case_id: [" ".join(x.text.split()) for x in p.sentences] for p in narrative.segment_patients(sentences)}


def test_former_and_latter_of_two_numbered_patients_named_in_the_lead():
    got = _pieces(_PAIR)
    assert any("remains well, while" in x for x in got["case-2"])
    assert any("developed a local recurrence." in x for x in got["case-3"])
    assert not any("latter" in x for x in got["case-2"]) and not any("former" in x for x in got["case-3"])
    # the text goes on with the latter
    assert "She then received crizotinib." in got["case-3"] and "She then received crizotinib." not in got["case-2"]


def test_finer_word_of_the_same_site_before_a_labelled_site_keeps_its_part():
    from eims_extract.fields import site

    s = Sentence("d", "Primary sites were lung (patients 1 and 2) and subglottic larynx (patient 3).", 0, "abstract")
    best = site.best_site([s], own=True)
    assert best is not None and best.canonical == "larynx"
    assert site.best_code([s], best, own=True).code == "C32.2"
