"""Described patients whose own diagnosis is another entity (a mimic of the tumour told beside a tumour patient, a
case revised away from the tumour) give no row; patients revised to the tumour, and reports of other diseases, keep
theirs. Reports are fictional."""

from __future__ import annotations

import pytest

from eims_extract.fields import narrative
from eims_extract.fields.narrative import extract_narrative
from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


def _doc(tmp_path, text: str, name: str = "r.txt"):
    p = tmp_path / name
    p.write_text(text)
    return load_document(p)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("In the end the definitive diagnosis was desmoid-type fibromatosis.", [False]),
        ("The diagnosis was therefore changed to an inflammatory leiomyosarcoma.", [False]),
        ("Diagnosis: IgG4-related sclerosing sialadenitis.", [False]),
        ("IgG4-related orbital disease was diagnosed, and steroids were begun.", [False]),
        ("This is a low-grade fibromyxoid sarcoma.", [False]),
        ("The clinical setting pointed to a postoperative spindle cell nodule.", [False]),
        ("Nodular fasciitis; she needed no further treatment.", [False]),
        # the tumour itself, settled by weaker words too
        ("The diagnosis was amended to an ALK-negative inflammatory myofibroblastic tumour.", [True]),
        ("Histology confirmed an inflammatory myofibroblastic tumour.", [True]),
        ("The final diagnosis was IMT rather than GIST.", [True]),
        # the kinase's spelled name is no lymphoma: the tumour named after it settles the diagnosis
        ("The child was diagnosed as anaplastic lymphoma kinase (ALK) positive IMT on biopsy.", [True]),
        ("Histology confirmed an anaplastic lymphoma kinase-positive inflammatory myofibroblastic tumour.", [True]),
        ("The final diagnosis was anaplastic large cell lymphoma.", [False]),
        # a first, outside, suspected, past or denied diagnosis settles nothing
        ("The lesion was initially diagnosed as nodular fasciitis at another hospital.", []),
        ("She had been diagnosed with a GIST of the stomach.", []),
        ("He was diagnosed with a leiomyosarcoma in 2009 and was cured by surgery.", []),
        ("The clinical diagnosis was a uterine leiomyoma.", []),
        ("CT appearances were consistent with a GIST.", []),
        ("No GIST was diagnosed.", []),
        # a first or clinical diagnosis told as "a ... diagnosis of X was made": the qualifier stands before the words
        ("A clinical diagnosis of degenerating leiomyoma was made, and the fibroid was enucleated.", []),
        ("A provisional diagnosis of nodular fasciitis was made on the core biopsy.", []),
        ("A working diagnosis of cellular schwannoma was made before surgery.", []),
        ("The preoperative diagnosis of a GIST was made on endoscopic ultrasound.", []),
        ("A diagnosis of desmoid-type fibromatosis was made on the excised mass.", [False]),
    ],
)
def test_settled_diagnosis_statements_of_a_sentence(text, events):
    assert [t for _, t in narrative._diagnosis_events(text)] == events


def test_patient_with_a_mimic_diagnosis_beside_the_tumour_patient_gives_no_row(nlp, tmp_path):
    doc = _doc(
        tmp_path,
        "Two myofibroblastic lesions of the forearm\n\nCase 1\n"
        "A 12-year-old boy had a 3 cm mass of the forearm that was excised. ALK was positive, and the diagnosis of "
        "inflammatory myofibroblastic tumour was made. He was well 14 months later.\n\nCase 2\n"
        "A 40-year-old woman had a 2 cm nodule of the forearm. SMA was positive and ALK negative. "
        "The final diagnosis was nodular fasciitis. It regressed without treatment.\n",
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years) for r in rows] == [("case-1", 12.0)]


def test_case_revised_away_from_the_tumour_gives_no_row(nlp, tmp_path):
    doc = _doc(
        tmp_path,
        "A pelvic mass first reported as an inflammatory myofibroblastic tumour\n\n"
        "A 55-year-old man had a 6 cm pelvic mass. A needle biopsy was reported as an inflammatory myofibroblastic "
        "tumour. On review ALK was negative and beta-catenin was nuclear. The diagnosis was revised to desmoid-type "
        "fibromatosis, and he was followed without treatment for 10 months.\n",
    )
    assert extract_narrative(doc, nlp) == []


def test_case_revised_to_the_tumour_keeps_its_row(nlp, tmp_path):
    doc = _doc(
        tmp_path,
        "A chest wall mass first read as fibromatosis\n\n"
        "A 33-year-old woman had a 5 cm chest wall mass. A core biopsy was read as desmoid-type fibromatosis. "
        "After it grew, the excised tumour was ALK positive, and the diagnosis was amended to an inflammatory "
        "myofibroblastic tumour. She was free of disease 2 years later.\n",
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years, r.sex) for r in rows] == [("index", 33.0, "female")]


def test_report_of_another_disease_keeps_its_patient(nlp, tmp_path):
    # a general case report that never names the tumour: its patient keeps the row whatever the diagnosis
    doc = _doc(
        tmp_path,
        "A large uterine mass in a woman of 60\n\n"
        "A 60-year-old woman had a 14 cm uterine mass. The final diagnosis was leiomyosarcoma, and she received "
        "doxorubicin.\n",
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years) for r in rows] == [("index", 60.0)]


def test_alk_negative_patient_beside_the_tumour_under_a_title_setting_a_mimic_beside_it_gives_no_row(nlp, tmp_path):
    doc = _doc(
        tmp_path,
        "Epithelioid inflammatory myofibroblastic sarcoma versus epithelioid leiomyosarcoma of the mesentery\n\n"
        "Patient 1, a 30-year-old man, had a 12 cm mesenteric mass. The cells were ALK positive with a nuclear "
        "membrane pattern, and sequencing found a RANBP2::ALK fusion. He received crizotinib.\n\n"
        "Patient 2, a 58-year-old woman, had a 9 cm mesenteric mass. Desmin was positive and ALK negative. "
        "She received doxorubicin.\n\n"
        "| Patient | Age/sex | Site | ALK |\n| 1 | 30/M | mesentery | + |\n| 2 | 58/F | mesentery | - |\n",
    )
    rows = extract_document(doc, nlp)
    assert [(r.case_id, r.age_years) for r in rows] == [("case-1", 30.0)]


def test_alk_negative_tumour_patient_after_another_cancer_keeps_its_row(nlp, tmp_path):
    # the title names other cancers as the patients' history, not as a diagnosis beside the tumour
    doc = _doc(
        tmp_path,
        "Inflammatory myofibroblastic tumours after treatment for breast carcinoma and for lymphoma\n\n"
        "Case 1\nA 49-year-old woman treated for breast carcinoma in 2015 had a chest wall mass. ALK was positive "
        "and the mass was excised.\n\nCase 2\nA 37-year-old man treated for lymphoma had a 4 cm splenic mass. SMA "
        "was positive and ALK negative. The spleen was removed.\n",
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years) for r in rows] == [("case-1", 49.0), ("case-2", 37.0)]


def test_patient_diagnosed_as_alk_positive_imt_with_the_kinase_spelled_out_keeps_its_row(nlp, tmp_path):
    doc = _doc(
        tmp_path,
        "Airway IMT in a young child\n\nInflammatory myofibroblastic tumour (IMT) seldom involves the airway.\n"
        "We describe a 3-year-old boy with stridor. Bronchoscopy found a mass in the trachea. The boy was diagnosed as "
        "anaplastic lymphoma kinase (ALK) positive IMT by biopsy and immunostaining. Repeated bronchoscopic laser "
        "sessions removed the mass, and no regrowth was seen over 2 years.\n",
    )
    rows = extract_document(doc, nlp)
    assert [(r.case_id, r.age_years, r.sex) for r in rows] == [("index", 3.0, "male")]


@pytest.mark.parametrize(
    "first",
    [
        "A clinical diagnosis of submucosal leiomyoma was made and a myomectomy was planned.",
        "A presumptive diagnosis of a benign schwannoma was made on imaging.",
        "A working diagnosis of nodular fasciitis was made on the needle biopsy.",
    ],
)
def test_patient_with_a_clinical_diagnosis_of_a_mimic_later_shown_to_be_the_tumour_keeps_its_row(nlp, tmp_path, first):
    doc = _doc(
        tmp_path,
        "Inflammatory myofibroblastic tumour of the uterus\n\nAbstract\nWe describe an unusual uterine tumour.\n\n"
        f"Case report\nA 36-year-old woman had heavy periods and an 6 cm uterine mass. {first} "
        "The excised tumour was ALK positive, and FISH showed an ALK rearrangement. She was well 1 year later.\n",
    )
    rows = extract_document(doc, nlp)
    assert [(r.case_id, r.age_years) for r in rows] == [("index", 36.0)]
