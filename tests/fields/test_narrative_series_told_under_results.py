"""A small series written as an original article ("Patients and methods" | "Results" | "Outcome"): the patients are
told by number under "Results" and only their course under a case-kind heading ("Outcome", "Follow-up and outcome").
The results are the patients' own text, read as a series overview (``fields.narrative._series_overview``), not
dropped because a later case heading exists. A review's results naming published cases by number stay unread.
Invented patients, wording our own."""

from __future__ import annotations

import pytest
from _support import text_rows


def _rows(nlp, text: str):
    return {r.case_id: r for r in text_rows(nlp, text)}


_ARTICLE = """Myofibroblastic tumours of the mediastinum in adults: three invented patients

Abstract
We reviewed three adults with inflammatory myofibroblastic tumour treated at one hospital. All are alive.

Introduction
The tumour is rare in the mediastinum and may mimic thymoma.

{methods}
The archive was searched for the tumour between 2010 and 2021. Three adults were identified.

Results
{results}

{outcome}
Patient 1 has had no recurrence during 40 months. Patient 2 is free of disease at 22 months. Patient 3 is alive
without disease at 12 months.

Discussion
Complete resection remains the treatment of choice.
"""

_RESULTS = [
    # pathology told across the series, then a respectively list over a patient range
    "Patient 1 was a 41-year-old woman, patient 2 a 63-year-old man and patient 3 a 29-year-old man. The tumours were "
    "resected by thoracoscopy in patients 1 and 3 and by sternotomy in patient 2. All three tumours were diffusely "
    "positive for smooth muscle actin and negative for S100 protein and CD34. The Ki-67 index was 4%, 9% and 3% in "
    "patients 1-3, respectively.",
    # cases by number, results first then people, other clause order
    "Case 1 concerned a 41-year-old woman. Case 2 was a man aged 63 years, and case 3 a 29-year-old man. Smooth "
    "muscle actin was positive in every tumour, whereas S100 protein and CD34 were negative throughout. Ki-67 was 4% in "
    "case 1, 9% in case 2 and 3% in case 3.",
    # a line-broken PDF column
    "Patient 1 was a 41-year-old woman.\nPatient 2 was a 63-year-old man.\nPatient 3 was a 29-year-old man. All "
    "three tumours were\ndiffusely positive for smooth muscle\nactin and negative for S100 protein and\nCD34. The "
    "Ki-67 index was 4%, 9% and up to\n3% in patients 1 to 3, respectively.",
]


@pytest.mark.parametrize("methods", ["Patients and methods", "Materials and methods"])
@pytest.mark.parametrize("outcome", ["Outcome", "Follow-up and outcome"])
@pytest.mark.parametrize("results", _RESULTS)
def test_series_results_before_an_outcome_heading_are_the_patients(nlp, methods, outcome, results):
    rows = _rows(nlp, _ARTICLE.format(methods=methods, results=results, outcome=outcome))
    assert {"case-1", "case-2", "case-3"} <= set(rows)
    assert [rows[f"case-{k}"].ki67_percent for k in (1, 2, 3)] == [4.0, 9.0, 3.0]
    for k in (1, 2, 3):
        assert "SMA" in (rows[f"case-{k}"].ihc_positive or [])
        assert "CD34" in (rows[f"case-{k}"].ihc_negative or [])
    assert rows["case-2"].sex == "male" and rows["case-1"].sex == "female"


_REVIEW = """An invented adult with a myofibroblastic tumour of the colon and a review of published cases

Case report
A 47-year-old man presented with anaemia and weight loss of four months' duration. Colonoscopy showed an ulcerated
mass in the transverse colon; biopsies showed only granulation tissue. His history included hypertension and a
remote appendicectomy, and he took no regular medication apart from amlodipine. Computed tomography found no enlarged lymph nodes or distant lesions. A segmental
colectomy was performed. The tumour measured 6 cm and consisted of spindle cells in fascicles with plasma cells and
lymphocytes. It was positive for ALK and smooth muscle actin and negative for CD117 and DOG1. The margins were clear,
and no adjuvant therapy was given. He is free of disease at 14 months, with a normal haemoglobin and clear colonoscopy.

Methods
We searched the literature for colonic cases published between 1990 and 2020 and found 31.

Results
Case 4 and case 17 of the review died of disease. Case 9 showed a Ki-67 index of 60%, and case 22 was negative for
smooth muscle actin.

Discussion
Colonic tumours are uncommon.
"""


def test_review_results_naming_published_cases_are_not_read(nlp):
    rows = _rows(nlp, _REVIEW)
    own = [r for r in rows.values() if not (r.reference or r.published or r.citation is not None)]
    assert len(own) == 1
    assert own[0].ki67_percent is None
    assert own[0].status != "DOD"
