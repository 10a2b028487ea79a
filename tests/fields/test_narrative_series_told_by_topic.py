"""A series told by topic, not patient by patient: each sentence of the Immunohistochemistry or Molecular paragraph
covers several patients at once and names them by number - a share whose bracket names the one left out ("in three of
the four tumours (all except case 2)"), a staining verb whose object is the patients ("Desmin stained cases 1 and 3")
with a later clause for the rest ("; it was negative in the other two"), a "respectively" list over a named subset
before a clause for the others (invented text)."""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import extract_narrative
from eims_extract.pipeline.extract import process_path
from test_narrative import assert_grounded, make_doc

_FOUR = (
    "Case 1 was a 6-year-old boy with a lung mass. Case 2 was a 45-year-old woman with a bladder mass. "
    "Case 3 was a 30-year-old man with a mesenteric mass. Case 4 was a 9-year-old girl with an orbital mass. "
)
_FIVE = _FOUR + "Case 5 was a 71-year-old man with a gastric mass. "


def _rows(body: str, nlp) -> dict[str, tuple]:
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    return {r.case_id: (sorted(r.ihc_positive or []), sorted(r.ihc_negative or []), r.ki67_percent) for r in rows}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_FOUR + "ALK was positive in three of the four tumours (all except case 2), with granular staining.",
         {"case-1": (["ALK"], [], None), "case-2": ([], ["ALK"], None), "case-4": (["ALK"], [], None)}),
        # the pattern told after it for the others, case by case
        (_FOUR + "ALK was expressed in three of four tumours (all except case 2), with a granular pattern in cases 1 "
         "and 3 and a membranous pattern in case 4.",
         {"case-2": ([], ["ALK"], None), "case-3": (["ALK"], [], None), "case-4": (["ALK"], [], None)}),
        (_FIVE + "Calponin was expressed in 4/5 cases (all except patient 3).",
         {"case-3": ([], ["calponin"], None), "case-5": (["calponin"], [], None)}),
        (_FIVE + "Desmin was positive in 3 of 5 tumours (all except cases 2 and 5); SMA was positive in every case.",
         {"case-2": (["SMA"], ["desmin"], None), "case-4": (["SMA", "desmin"], [], None)}),
    ],
)
def test_share_with_all_except_bracket(nlp, body, expected):
    got = _rows(body, nlp)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_FOUR + "Desmin stained cases 1 and 3; it was negative in the other two.",
         {"case-1": (["desmin"], [], None), "case-2": ([], ["desmin"], None), "case-3": (["desmin"], [], None),
          "case-4": ([], ["desmin"], None)}),
        (_FOUR + "Caldesmon was positive in cases 2 and 4; it was negative in the remaining two.",
         {"case-1": ([], ["caldesmon"], None), "case-2": (["caldesmon"], [], None)}),
        (_FOUR + "CD34 stained cases 1, 2 and 3, while it was negative in the other one.",
         {"case-1": (["CD34"], [], None), "case-4": ([], ["CD34"], None)}),
        (_FOUR + "SMA stained cases 2 and 4 but was negative in the remaining two.",
         {"case-1": ([], ["SMA"], None), "case-2": (["SMA"], [], None)}),
    ],
)
def test_object_patients_then_clause_for_the_others(nlp, body, expected):
    got = _rows(body, nlp)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_FOUR + "Ki-67 indices were 12% and 4% in cases 3 and 4, respectively; it was not assessed in cases 1 and 2.",
         {"case-1": ([], [], None), "case-3": (["Ki-67"], [], 12.0), "case-4": (["Ki-67"], [], 4.0)}),
        (_FIVE + "The Ki-67 index was 20%, 3% and 7% in patients 1, 2 and 5, respectively, and was not done in "
         "patients 3 and 4.",
         {"case-2": (["Ki-67"], [], 3.0), "case-4": ([], [], None), "case-5": (["Ki-67"], [], 7.0)}),
    ],
)
def test_respectively_list_over_named_subset_beside_others(nlp, body, expected):
    got = _rows(body, nlp)
    assert {k: got[k] for k in expected} == expected


_THREE = (
    "Case 1 was a 36-year-old man with a mesenteric mass. Case 2 was a 45-year-old man with an omental mass. "
    "Case 3 was a 30-year-old woman with a pelvic mass. "
)


def _fusions(body: str, nlp) -> dict[str, tuple]:
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    return {r.case_id: (sorted(r.ihc_positive or []), sorted(r.ihc_negative or []), r.kinase_fusions) for r in rows}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_THREE + "Sequencing detected EML4::ALK in the two men (cases 1 and 2) and RRBP1::ALK in case 3.",
         {"case-1": ([], [], ["EML4::ALK"]), "case-2": ([], [], ["EML4::ALK"]), "case-3": ([], [], ["RRBP1::ALK"])}),
        (_THREE + "Desmin was negative in case 1 and positive in the other two tumours (cases 2 and 3).",
         {"case-1": ([], ["desmin"], None), "case-3": (["desmin"], [], None)}),
        (_THREE + "Desmin was expressed in every case, typically in a dot-like cytoplasmic distribution.",
         {"case-1": (["desmin"], [], None), "case-3": (["desmin"], [], None)}),
    ],
)
def test_predicate_closed_by_bracketed_group(nlp, body, expected):
    got = _fusions(body, nlp)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_THREE + "Case 2 died of disease at 10 months. At the latest visit, 30 months after surgery, case 1 remains in "
         "remission with no evidence of disease.",
         {"case-1": (30.0, "ANED"), "case-2": (10.0, "DOD")}),
        (_THREE + "Patient 1 is alive without disease at 44 months. Update: on review in 2024, 26 months after "
         "resection, patient 3 had no evidence of disease.",
         {"case-1": (44.0, "ANED"), "case-3": (26.0, "ANED")}),
    ],
)
def test_update_opening_on_time_phrases_then_patient(nlp, body, expected):
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    got = {r.case_id: (r.follow_up_months, r.status) for r in rows}
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a singular "remaining patient" after a sentence about one of four is one patient, not the other three
        (_FOUR + "Cases 1, 2 and 4 underwent excision. Patient 4 had involved margins. The remaining patient (case 3) "
         "was given crizotinib.",
         {"case-1": None, "case-2": None, "case-3": ["crizotinib"], "case-4": None}),
        # the plural still speaks for the others
        (_FOUR + "Patient 4 was given crizotinib. The remaining three patients received no drug.",
         {"case-1": None, "case-4": ["crizotinib"]}),
    ],
)
def test_remaining_one_is_not_the_others(nlp, body, expected):
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    got = {r.case_id: r.drugs for r in rows}
    assert {k: got[k] for k in expected} == expected


LETTERED = """Four soft tissue tumours told by topic

Results. Four patients were treated at one centre (patients A-D).

Table 1 Clinical data of the four patients
Patient | Age | Sex | Site | ALK IHC | Surgery
A | 12 yr | F | Thigh | + | Excision
B | 47 yr | M | Forearm | - | Excision
C | 8 yr | M | Chest wall | + | Biopsy
D | 66 yr | F | Buttock | + | Excision

Treatment and outcome. Patients A, B and D underwent wide excision. Patient D had a positive margin and was given radiotherapy. The remaining patient (C), whose tumour was unresectable, was given crizotinib. Patients A, B and D were free of disease at 40, 22 and 9 months, respectively.
"""


def test_lettered_table_patients_named_together_and_one_remaining(tmp_path) -> None:
    p = tmp_path / "lettered_topics.txt"
    p.write_text(LETTERED)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert [rows[k].follow_up_months for k in ("case-1", "case-2", "case-3", "case-4")] == [40.0, 22.0, None, 9.0]
    assert rows["case-3"].drugs == ["crizotinib"]
    assert all(rows[k].drugs is None for k in ("case-1", "case-2", "case-4"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_FOUR + "Three patients underwent complete excision (lobectomy, cystectomy and orbitotomy in cases 1, 2 and 4, "
         "respectively); the fourth (case 3), whose tumour encased the mesenteric vessels, was given crizotinib alone.",
         {"case-1": ("SE", None), "case-2": ("SE", None), "case-3": ("ALKi", ["crizotinib"]), "case-4": ("SE", None)}),
        (_FOUR + "Two patients were treated by resection alone; the other (patient 2) received ceritinib.",
         {"case-1": (None, None), "case-2": ("ALKi", ["ceritinib"])}),
    ],
)
def test_count_then_the_one_left_named(nlp, body, expected):
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    got = {r.case_id: (r.treatment, r.drugs) for r in rows}
    assert {k: got[k] for k in expected} == expected


