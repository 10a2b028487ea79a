"""A series abstract that tells its patients in turn under short codes or abbreviations ("P1, a 40-yo man, had ...",
"Pt 2 received ...", "Pts 1 and 3 were ...") gives one row per code, each with its own sentences
(``fields.narrative``). Invented patients, wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_ABSTRACT = """Targeted therapy in invented myofibroblastic tumours: a retrospective review

Background: Such tumours are rare and data are scarce.

Results: {results}

Conclusions: Inhibitors were active.
"""


def _rows(nlp, results: str):
    text = _ABSTRACT.format(results=results)
    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    return {r.case_id: r for r in extract_document(doc, nlp)}


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "Three pts were included. P1, a 44-yo man, had a gastric IMT and received crizotinib. "
            "P2, a 19-yo woman with a renal tumour, underwent nephrectomy. "
            "P3, a 70-yo man, had a pleural tumour and died of disease at 5 mos.",
            {"case-1": (44.0, "male"), "case-2": (19.0, "female"), "case-3": (70.0, "male")},
        ),
        (
            "Two patients were identified. P2 was a 33-year-old woman with a hepatic mass treated by resection. "
            "P1 was a 58-year-old man with a colonic mass who received alectinib.",
            {"case-1": (58.0, "male"), "case-2": (33.0, "female")},
        ),
        (
            "P1 (51 y, male) had a bladder IMT resected; he is alive without disease. "
            "P2 (8 y, female) had a mesenteric IMT and received ceritinib.",
            {"case-1": (51.0, "male"), "case-2": (8.0, "female")},
        ),
        (
            "Four pts were treated. P1, a 25-yo woman, had a lung IMT. P2, a 63-yo man, had a liver IMT. "
            "P3, a 12-yo boy, had an omental IMT. P4, a 47-yo woman, had a uterine IMT.",
            {"case-1": (25.0, "female"), "case-2": (63.0, "male"), "case-3": (12.0, "male"), "case-4": (47.0, "female")},
        ),
    ],
)
def test_patient_codes_open_each_patients_sentences(nlp, results, expected):
    rows = _rows(nlp, results)
    assert {k: (r.age_years, r.sex) for k, r in rows.items()} == expected


@pytest.mark.parametrize(
    "results",
    [
        "P2 values were higher than P1 values in all tumours.",
        "P1 and P2 promoters were methylated in a 40-year-old man with a gastric IMT.",
    ],
)
def test_p_code_not_a_patient_without_subject_shape(nlp, results):
    assert list(_rows(nlp, results)) in (["index"], [])


_SERIES = """Invented inflammatory myofibroblastic tumours of five patients

Results: {results}
Pt 1 had a gastric mass resected. Pt 2 had a renal mass resected. Pt 3 had a hepatic mass resected.
"""


def _series_rows(nlp, results: str, template: str = _SERIES):
    doc = load_document("t.txt", data=template.format(results=results).encode(), doc_id="t")
    return {r.case_id: r for r in extract_document(doc, nlp)}


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "Patients were 2 males and 1 female aged 7 to 61 years (Pt 1: 7 y M; Pt 2: 61 y F; Pt 3: 30 y M).",
            {"case-1": (7.0, "male"), "case-2": (61.0, "female"), "case-3": (30.0, "male")},
        ),
        (
            "The median age was 30 years (Pt 3: 30 y, M; Pt 1: 7 y, M; Pt 2: 61 y, F).",
            {"case-1": (7.0, "male"), "case-2": (61.0, "female"), "case-3": (30.0, "male")},
        ),
        (
            "Ages and sexes were as follows: case 1: 44 y F; case 2: 19 y M; case 3: 70 y F.",
            {"case-1": (44.0, "female"), "case-2": (19.0, "male"), "case-3": (70.0, "female")},
        ),
        (
            "Two were children (Pt 1: 5 y F; Pt 2: 9 y M) and one an adult.",
            {"case-1": (5.0, "female"), "case-2": (9.0, "male"), "case-3": (None, None)},
        ),
    ],
)
def test_shorthand_roster_gives_each_item_to_its_patient(nlp, results, expected):
    rows = _series_rows(nlp, results)
    assert {k: (r.age_years, r.sex) for k, r in rows.items()} == expected


@pytest.mark.parametrize(
    ("results", "positive", "negative"),
    [
        (
            "ALK IHC was positive in 2/3 (Pts 1, 3); Pt 2 was ALK negative but ROS1 positive.",
            {"case-1": ("ALK",), "case-2": ("ROS1",), "case-3": ("ALK",)},
            {"case-1": (), "case-2": ("ALK",), "case-3": ()},
        ),
        (
            "Desmin was positive in cases 2 and 3; case 1 was negative for desmin, and ALK was positive in case 1.",
            {"case-1": ("ALK",), "case-2": ("desmin",), "case-3": ("desmin",)},
            {"case-1": ("desmin",), "case-2": (), "case-3": ()},
        ),
        (
            "Pt 3 was negative for ALK and SMA; ALK was expressed in Pts 1 and 2.",
            {"case-1": ("ALK",), "case-2": ("ALK",), "case-3": ()},
            {"case-1": (), "case-2": (), "case-3": ("ALK", "SMA")},
        ),
    ],
)
def test_each_clause_goes_to_the_patients_it_names(nlp, results, positive, negative):
    rows = _series_rows(nlp, results)
    assert {k: tuple(r.ihc_positive or ()) for k, r in rows.items()} == positive
    assert {k: tuple(r.ihc_negative or ()) for k, r in rows.items()} == negative


@pytest.mark.parametrize(
    ("results", "fish"),
    [
        ("ALK FISH showed rearrangement in Pt 1 and Pt 3 and was negative in Pt 2.", {"case-1": "FISH+", "case-2": "FISH-", "case-3": "FISH+"}),
        ("ALK FISH was positive in case 2 and case 3 and negative in case 1.", {"case-1": "FISH-", "case-2": "FISH+", "case-3": "FISH+"}),
        ("ALK FISH was positive in Pts 1 and 2 and negative in Pt 3.", {"case-1": "FISH+", "case-2": "FISH+", "case-3": "FISH-"}),
    ],
)
def test_patients_named_with_repeated_abbreviated_noun(nlp, results, fish):
    rows = _series_rows(nlp, results)
    assert {k: [t for t in (r.alk_tests or ()) if t.startswith("FISH")] for k, r in rows.items()} == {k: [v] for k, v in fish.items()}


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "Case 1 received crizotinib with a partial response, case 3 was treated with alectinib, and case 2 received ceritinib.",
            {"case-1": ("crizotinib",), "case-2": ("ceritinib",), "case-3": ("alectinib",)},
        ),
        (
            "Cases 1 and 2 received crizotinib and ceritinib, respectively, while case 3 received alectinib.",
            {"case-1": ("crizotinib",), "case-2": ("ceritinib",), "case-3": ("alectinib",)},
        ),
    ],
)
def test_clauses_of_several_subjects_or_respectively_lists_stay_with_their_readers(nlp, results, expected):
    rows = _series_rows(nlp, results)
    assert {k: tuple(r.drugs or ()) for k, r in rows.items()} == expected


_FIVE = """Invented inflammatory myofibroblastic tumours of the abdomen in five patients

Results: {results} Case 1 had a mesenteric mass. Case 2 had an omental mass. Case 3 had a hepatic mass.
Case 4 had a gastric mass. Case 5 had a colonic mass.
"""


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        ("The series comprised four male patients and one female patient (case 3).", "MMFMM"),
        ("There were two girls (cases 2 and 4) and three boys.", "MFMFM"),
        ("The cohort included three women and two men (cases 1 and 5).", "MFFFM"),
        ("Patients were 1 man (case 4) and 4 women.", "FFFMF"),
    ],
)
def test_sex_groups_with_one_bracketed_give_each_patient_a_sex(nlp, results, expected):
    rows = _series_rows(nlp, results, _FIVE)
    letter = {"male": "M", "female": "F", None: "-"}
    assert "".join(letter[rows[f"case-{k}"].sex] for k in range(1, 6)) == expected


@pytest.mark.parametrize(
    "results",
    [
        "There were two girls (cases 2 and 4) and three boys (cases 1, 4 and 5).",  # a patient in both groups
        "There were two girls (case 2) and three boys.",  # the bracket names fewer than its count
    ],
)
def test_sex_groups_that_do_not_add_up_give_no_sex(nlp, results):
    rows = _series_rows(nlp, results, _FIVE)
    assert [r.sex for r in rows.values()] == [None] * 5


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "RNA sequencing, successful in cases 1, 2 and 3, found a TPM3-ALK fusion in cases 1 and 3 and an EML4-ALK fusion in case 2.",
            {"case-1": ("TPM3::ALK",), "case-2": ("EML4::ALK",), "case-3": ("TPM3::ALK",)},
        ),
        (
            "NGS (done in Pts 1, 2 and 3) detected ETV6::NTRK3 in Pt 1 (without ALK fusion) and CLTC::ALK in Pt 3; no fusion was identified in Pt 2.",
            {"case-1": ("ETV6::NTRK3",), "case-2": (), "case-3": ("CLTC::ALK",)},
        ),
        (
            "Sequencing, performed in cases 2 and 3, identified an RANBP2-ALK fusion in case 3 and a TFG-ROS1 fusion in case 2.",
            {"case-1": (), "case-2": ("TFG::ROS1",), "case-3": ("RANBP2::ALK",)},
        ),
    ],
)
def test_test_scope_aside_is_no_ones_and_results_go_to_their_patients(nlp, results, expected):
    rows = _series_rows(nlp, results)
    assert {k: tuple(r.kinase_fusions or ()) for k, r in rows.items()} == expected


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "The age of the patients was 30 years (case no. 1, male), 52 years (case no. 2, female) and 8 years (case no. 3, male).",
            {"case-1": 30.0, "case-2": 52.0, "case-3": 8.0},
        ),
        (
            "The ages of the patients were 61 years (case 2), 14 years (case 3) and 40 years (case 1).",
            {"case-1": 40.0, "case-2": 61.0, "case-3": 14.0},
        ),
        (
            "The age of the three patients was 5 years (patient 1, girl), 12 years (patient 2, boy) and 33 years (patient 3, woman).",
            {"case-1": 5.0, "case-2": 12.0, "case-3": 33.0},
        ),
    ],
)
def test_ages_listed_each_with_its_bracketed_patient(nlp, results, expected):
    rows = _series_rows(nlp, results)
    assert {k: r.age_years for k, r in rows.items()} == expected


@pytest.mark.parametrize(
    ("results", "negative"),
    [
        ("Desmin was positive in the cases no. 1 and no. 3 and negative in the case no. 2.", {"case-1": (), "case-2": ("desmin",), "case-3": ()}),
        ("ALK was negative in cases no. 2 and 3, and positive in case no. 1.", {"case-1": (), "case-2": ("ALK",), "case-3": ("ALK",)}),
        ("SMA was positive in case nos. 1 and 2 and negative in case no. 3.", {"case-1": (), "case-2": (), "case-3": ("SMA",)}),
    ],
)
def test_cases_numbered_with_no(nlp, results, negative):
    rows = _series_rows(nlp, results)
    assert {k: tuple(r.ihc_negative or ()) for k, r in rows.items()} == negative


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "The largest tumour (case 2) was accompanied by an omental metastasis. There was no metastatic disease in the other two patients.",
            {"case-1": False, "case-2": True, "case-3": False},
        ),
        (
            "Case 3 had lung metastases at diagnosis. No metastasis was found in the remaining patients.",
            {"case-1": False, "case-2": False, "case-3": True},
        ),
        (
            "Case 1 developed liver metastases. The other two cases had no distant metastasis.",
            {"case-1": True, "case-2": False, "case-3": False},
        ),
    ],
)
def test_the_others_after_a_sentence_about_one_patient_are_the_rest(nlp, results, expected):
    rows = _series_rows(nlp, results)
    assert {k: r.metastasis for k, r in rows.items()} == expected


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "Age at diagnosis ranged from 2 to 60 years (median 20 years): patient 1 was 2 years old, patient 2 was 60 years old "
            "and patient 3 was a 20-year-old man.",
            {"case-1": 2.0, "case-2": 60.0, "case-3": 20.0},
        ),
        (
            "The mean age was 30 years: case 2 was 45 years old, case 1 was 9 years old and case 3 was 36 years old.",
            {"case-1": 9.0, "case-2": 45.0, "case-3": 36.0},
        ),
        (
            "Ages ranged from 8 months to 50 years: patient 3 was an 8-month-old infant, patient 1 was 50 years old, "
            "and patient 2 was 21 years old.",
            {"case-1": 50.0, "case-2": 21.0, "case-3": 0.67},
        ),
    ],
)
def test_statistic_then_each_patients_value_after_a_colon(nlp, results, expected):
    rows = _series_rows(nlp, results)
    assert {k: (round(r.age_years, 2) if r.age_years is not None else None) for k, r in rows.items()} == expected


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        ("There were three boys (patients 1, 3 and 5) and two girls (patients 2 and 4).", "MFMFM"),
        ("The series had two women (cases 4 and 5) and three men (cases 1-3).", "MMMFF"),
    ],
)
def test_both_sex_groups_bracketed(nlp, results, expected):
    rows = _series_rows(nlp, results, _FIVE)
    letter = {"male": "M", "female": "F", None: "-"}
    assert "".join(letter[rows[f"case-{k}"].sex] for k in range(1, 6)) == expected
