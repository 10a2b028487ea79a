"""A further patient introduced as a person with the case label in brackets, late in a sentence ("After this report was
accepted, a further patient (case 2) was referred: ...", "In an addendum we describe a second infant (case 2), whose
...") — in an addendum, a note added in proof or an abstract: that case opens there (``marker`` in
patterns/patient_scope.jsonl). A sentence labelling several persons, or citing another series' case, opens no new one.
Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import patient_number
from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("After this report was accepted, a second patient (case 2) was referred: a girl aged 10 weeks with a cough.", 2),
        ("In an addendum we describe a second infant (case 2), seen after submission, whose tumour lacked ALK.", 2),
        ("Since the manuscript was submitted, we have treated a further woman (case 3), aged 50, with an ileal mass.", 3),
        ("Note added in proof: another child (patient 2) with a similar mediastinal lesion has since been seen.", 2),
        # negatives: another series' case, no bracketed label of a person
        ("Smith and colleagues reported a 4-year-old girl with a similar lesion (case 4 of their series).", None),
        ("After resection, the margins were re-examined by a second pathologist (see Figure 2).", None),
        ("The series comprised three male patients and one female patient (case 2).", None),
    ],
)
def test_person_with_bracketed_case_label_opens_that_case(text, n):
    assert patient_number(text) == n


_ADDENDUM = """An invented cardiac tumour in a toddler

Abstract
We report a boy aged 20 months (case 1) whose left atrial tumour was excised. In an addendum we describe a second
child (case 2) whose tumour carried a ROS1 fusion.

Case report
A boy of 20 months had syncope. A 3 cm mass of the left atrium was excised completely. The tumour was ALK-positive by
immunohistochemistry. He is free of disease 15 months after surgery.

Addendum
After this report was accepted, a second patient (case 2) was referred: a girl aged 3 years with a 2 cm mass of the
right ventricle. A biopsy showed an inflammatory myofibroblastic tumour, negative for ALK and positive for ROS1. She
received crizotinib and is alive with stable disease 6 months after diagnosis.
"""

_ABSTRACT_ONLY = """An invented pair of lung tumours

Abstract
We describe a 45-year-old man (case 1) with a tumour of the right lower lobe, treated by lobectomy and free of disease
at 24 months. We also describe a second adult, a woman (case 2), aged 38 years, with a tumour of the left upper lobe,
treated by wedge resection; she has been free of disease for 10 months.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_ADDENDUM, [(1.67, "male", 15.0), (3.0, "female", 6.0)]),
        (_ABSTRACT_ONLY, [(45.0, "male", 24.0), (38.0, "female", 10.0)]),
    ],
)
def test_late_bracketed_case_gives_its_own_row(tmp_path, nlp, text, want):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [(r.age_years, r.sex, r.follow_up_months) for r in rows] == want


_REINTRODUCED = """Two invented abdominal tumours

Abstract
Two adults are described. Case 1 was a 52-year-old man with a gastric tumour. Case 2 was a 33-year-old woman with a
mesenteric tumour.

Case reports
A 33-year-old woman had abdominal pain for two months. CT showed a 9 cm mesenteric mass, which was resected. She is
free of disease at 40 months.
A previously well 52-year-old man presented with melaena. A 5 cm mass of the gastric antrum was removed by distal
gastrectomy. He died of pneumonia 8 months later.
"""


def test_indefinite_person_of_a_numbered_patients_age_is_that_patient(tmp_path, nlp):
    """The body tells the abstract's numbered patients again, unnumbered and out of order, each by an indefinite person
    of that patient's age: each sentence run is that patient's."""
    path = tmp_path / "doc.txt"
    path.write_text(_REINTRODUCED, encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [(r.age_years, r.site, r.follow_up_months) for r in rows] == [(52.0, "stomach", 8.0), (33.0, "mesentery", 40.0)]
