"""Abstracts of two to six patients told in a few dense sentences: per-patient values dealt out of one shared sentence
(invented text)."""

from __future__ import annotations

import pytest

from eims_extract.fields import narrative
from eims_extract.fields.base import Sentence

from _support import segmented


@pytest.mark.parametrize(
    ("texts", "case", "expected"),
    [
        (
            ["Case 1 was a boy with a gastric mass.", "Case 2 was a girl with a bladder mass.",
             "Calretinin was negative in both.", "The Ki-67 index was 12% and 40%, respectively."],
            "case-2", "The Ki-67 index was 40%, respectively.",
        ),
        (
            ["Patient 1 had a lung nodule.", "Patient 2 had a liver mass.", "Patient 3 had a pelvic mass.",
             "Desmin was positive in all three.", "Proliferation indices were 2%, 9% and 25%, respectively."],
            "case-1", "Proliferation indices were 2% , respectively.",
        ),
    ],
)
def test_percent_list_after_shared_sentence_dealt_to_numbered_patients_in_order(texts, case, expected):
    assert expected in segmented(texts)[case]


def test_percent_list_of_another_length_is_nobodys():
    got = segmented(["Case 1 was a boy with a gastric mass.", "Case 2 was a girl with a bladder mass.",
                    "Calretinin was negative in both.", "The Ki-67 index was 5%, 12% and 40%, respectively."])
    assert not any("Ki-67" in t for ts in got.values() for t in ts)


def test_introduction_by_ages_with_a_dealt_list_is_not_given_whole_to_each():
    got = segmented(["Case 1 was a boy with a gastric mass.", "Case 2 was a girl with a bladder mass.",
                    "Calretinin was negative in both.",
                    "We saw a 4-year-old boy and a 9-year-old girl, whose Ki-67 index was 12% and 40%, respectively."])
    assert not any("4-year-old" in t and "9-year-old" in t for ts in got.values() for t in ts)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Patient 1, a 52-year-old farmer, had a renal mass, and patient 2 was a girl aged 6 years with a hepatic mass.",
         "Patient 1, a 52-year-old farmer, had a renal mass, and", "patient 2 was a girl aged 6 years with a hepatic mass."),
        ("Case 1, the older sister, underwent excision, whereas case 2 received crizotinib.",
         "Case 1, the older sister, underwent excision, whereas", "case 2 received crizotinib."),
    ],
)
def test_numbered_subject_with_appositive_before_its_verb_gets_its_own_clause(text, first, second):
    groups = {k: narrative.Patient(f"case-{k}") for k in (1, 2)}
    got = {x: " ".join(p.text.split()) for x, p in narrative._subject_clauses(Sentence("d", text, 0, "abstract"), groups) or []}
    assert got == {1: first, 2: second}


def test_sentence_opening_on_first_patient_by_rank_returns_to_the_first_introduced():
    got = segmented(["We treated two women for this tumour.",
                    "The first, aged 44 years, had a gastric mass that was resected.",
                    "The second, 30 years old, had a colonic mass.",
                    "The second is free of disease at 8 months.",
                    "The first patient had no recurrence 30 months after surgery."])
    first, second = got.values()  # numbered by their ordinals ("case-1", "case-2") since the ages show them persons
    assert "The first patient had no recurrence 30 months after surgery." in first
    assert not any("The first patient" in t for t in second)


def test_sentence_opening_on_bare_rank_and_verb_goes_to_that_patient():
    got = segmented(["We treated two women for this tumour.",
                    "The first, aged 44 years, had a gastric mass that was resected.",
                    "The second, 30 years old, had a colonic mass.",
                    "The first patient had no recurrence 30 months after surgery.",
                    "The second is free of disease at 8 months."])
    first, second = got.values()
    assert "The second is free of disease at 8 months." in second
    assert not any("The second is free" in t for t in first)


def _ages(texts: list[str]) -> dict[str, tuple[float | None, str | None]]:
    sentences, at = [], 0
    for t in texts:
        sentences.append(Sentence("d", t, at, "abstract"))
        at += len(t) + 1
    return {p.case_id: (p.age.years, p.age.sex) if p.age else (None, None) for p in narrative.segment_patients(sentences)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cases 1 and 2 were men of 31 and 58 years, respectively; case 3, a 44-year-old woman, had a bladder mass.",
            {"case-1": (31.0, "male"), "case-2": (58.0, "male")},
        ),
        (
            "Patients 1 and 2 were girls aged 6 and 9 years, respectively, and patient 3 was a boy of 4 years.",
            {"case-1": (6.0, "female"), "case-2": (9.0, "female")},
        ),
    ],
)
def test_numbered_group_subject_with_joint_ages_deals_age_and_sex(text, expected):
    got = _ages([text, "Case 1 is alive without disease."])
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "joint",
    [
        "Patients 1, 2 and 3 are alive with no evidence of disease at 18, 15 and 40 months, respectively.",
        "Patients 1, 2 and 3 remained free of tumour after 26, 9 and 30 months, respectively.",
        "Patients 1, 2 and 3 were followed for 30, 12 and 20 months, respectively, without relapse.",
    ],
)
def test_joint_follow_up_times_after_a_time_preposition_are_no_ages(nlp, joint):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    text = ("Intra-abdominal inflammatory myofibroblastic tumour in three children\n\nWe reviewed three children. "
            "Patient 1, a 14-month-old girl, had a liver mass; she received crizotinib. Patient 2, a 5-year-old girl, "
            "had a gastric mass and underwent gastrectomy. Patient 3, a 7-year-old boy, had an ileal lesion, removed "
            "by ileocaecal resection. " + joint + "\n")
    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    assert [rows[c].age_years for c in ("case-1", "case-2", "case-3")] == [1.17, 5.0, 7.0]


def test_numbered_group_subject_with_ages_of_another_count_gives_none():
    got = _ages(["Cases 1 and 2 were men of 31, 40 and 58 years; case 3 had a bladder mass.", "Case 3 relapsed."])
    assert got.get("case-1", (None, None)) == (None, None)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Cases 1 and 2 were men of 31 and 58 years, respectively, whose tumours arose in the jejunal mesentery and in "
         "the lesser omentum; case 3 had a bladder mass.", "jejunal mesentery", "lesser omentum"),
    ],
)
def test_relative_clause_after_respectively_list_deals_its_places(text, first, second):
    got = segmented([text, "Case 1 is alive without disease."])
    assert first in got["case-1"][0] and second not in got["case-1"][0]
    assert second in got["case-2"][0] and first not in got["case-2"][0]


def test_relative_clause_after_respectively_without_repeated_preposition_stays_whole():
    got = segmented(["Cases 1 and 2 were men of 31 and 58 years, respectively, who were treated with surgery and "
                    "chemotherapy; case 3 had a bladder mass.", "Case 1 is alive without disease."])
    assert "surgery and chemotherapy" in got["case-2"][0] and "surgery and chemotherapy" in got["case-1"][0]


_TELEGRAPHIC_LINES = ["Pt1 (M/40): mesentery, resected; NED 20 mo.", "Pt2 (F/28): lung; crizotinib -> PR.",
                      "Pt3 (M/61): pelvis; died of disease at 9 mo."]


@pytest.mark.parametrize(
    ("last", "case", "expected"),
    [
        # right after the last patient's own line, a lone list of one value each, naming nobody, is every patient's
        ("Ki-67 index was 10%, 35% and 60% respectively.", "case-1", "Ki-67 index was 10% respectively."),
        ("Ki-67 index was 10%, 35% and 60% respectively.", "case-3", "Ki-67 index was 60% respectively."),
        ("Ki-67: 5%, 20% and 45%, respectively.", "case-2", "Ki-67: 20% , respectively."),
        ("MIB-1 labelling reached 3%, 12% and 30%, respectively.", "case-1", "MIB-1 labelling reached 3% , respectively."),
        ("The tumours measured 4, 9 and 15 cm, respectively.", "case-3", "The tumours measured 15 cm, respectively."),
    ],
)
def test_lone_value_list_after_the_last_patients_line_is_dealt_to_all(last, case, expected):
    got = segmented(_TELEGRAPHIC_LINES + [last])
    assert expected in got[case]
    assert not any(s.startswith(last) for s in got["case-3"])


@pytest.mark.parametrize(
    "last",
    [
        # two lists paired with each other, or the patient's own pronoun: the last patient's sentence as before
        "Crizotinib, alectinib and lorlatinib were started at 3, 14 and 30 months, respectively.",
        "She received X, Y and Z at 3, 6 and 9 months, respectively.",
        # a list of another length is not one value each
        "Ki-67 index was 10% and 35%, respectively.",
    ],
)
def test_value_list_of_the_last_patient_stays_theirs(last):
    got = segmented(_TELEGRAPHIC_LINES + [last])
    assert last in got["case-3"]
    assert last not in got["case-1"] and not any(s.startswith(last[:12]) for s in got["case-1"])


@pytest.mark.parametrize(
    ("last", "case", "expected"),
    [
        # a patient's abbreviated noun glued to its number ("Pt3", "patient2") names that patient in a clause
        ("SMA was positive in all; desmin positive in Pt3 only.", "case-3", "SMA was positive ; desmin positive only."),
        ("SMA was positive in all; desmin positive in Pt3 only.", "case-1", "SMA was positive"),
        ("CD30 was positive in Pt1 and negative in Pt2 and Pt3.", "case-1", "CD30 was positive"),
        ("CD30 was positive in Pt1 and negative in Pt2 and Pt3.", "case-2", "CD30 was negative ."),
        ("Caldesmon was focal in patient2 only.", "case-2", "Caldesmon was focal in patient2 only."),
    ],
)
def test_glued_patient_label_in_a_clause_names_that_patient(last, case, expected):
    got = segmented(_TELEGRAPHIC_LINES + [last])
    assert expected in got[case]


@pytest.mark.parametrize(
    "middle",
    [
        # a list of one patient's check times, told in their own telling with patients still to come: theirs alone
        "Follow-up CT scans at 3, 12 and 24 months were clear.",
        "Endoscopic checks at 6, 18 and 30 months were normal.",
    ],
)
def test_time_point_list_inside_an_earlier_patients_telling_stays_theirs(middle):
    got = segmented(_TELEGRAPHIC_LINES[:2] + [middle] + _TELEGRAPHIC_LINES[2:])
    assert middle in got["case-2"]
    assert not any(middle[:12] in s for s in got["case-1"] + got["case-3"])
