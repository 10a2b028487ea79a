"""A series told patient by patient with a bare ordinal as the subject, the ordinal shown to be a person by an age
rather than by a noun ("The first, aged 36, had ...", "The second one, 7 years old at diagnosis, ...", "The third was
nulliparous, aged 27, and presented ..."), and told of again by a bare ordinal in a state ("The second is free of
disease at 18 months"): each ordinal numbers its patient (``marker`` rules in patterns/patient_scope.jsonl). An ordinal
of an operation or a specimen, even beside an age, numbers no one. Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import patient_number
from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The first, aged 36, had pelvic pain.", 1),
        ("The second, then aged 4 years, had a cough.", 2),
        ("The first one, 61 years old at diagnosis, had haemoptysis.", 1),
        ("The third was nulliparous, aged 27, and presented with a mass.", 3),
        ("The third was diabetic and aged 70 when the mass was found.", 3),
        ("The second is free of disease at 18 months.", 2),
        # negatives: the ordinal of an event or a specimen
        ("The first was performed at 33 weeks of gestation.", None),
        ("The first biopsy, aged 3 days in formalin, was unreadable.", None),
        ("The second was performed 3 years later, aged 40.", None),
    ],
)
def test_bare_ordinal_told_by_age_numbers_its_patient(text, n):
    assert patient_number(text) == n


_GYN = """Three invented gynaecological tumours

Case presentation

Three women were treated at our hospital.
The first, aged 36, had pelvic pain and a 4 cm mass in the uterine fundus; she underwent myomectomy.
The second, a 51-year-old woman, had heavy bleeding and underwent hysterectomy.
The third was nulliparous, aged 27, and presented with a 6 cm mass of the right ovary; she underwent oophorectomy.

Follow-up
None of the three has recurred, at 12, 20 and 7 months respectively.
"""

_LUNG = """Two invented children

Case reports

We treated two children with lung tumours. The first one, 7 years old at diagnosis, had a cough and a mass of the left
lower lobe, which was resected by lobectomy.
The second, then aged 3 years, had fever and a mass of the right upper lobe; wedge resection was performed.
The first child is well at 30 months. The second is free of disease at 18 months.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_GYN, [(36.0, "uterus", 12.0), (51.0, "uterus", 20.0), (27.0, "ovary", 7.0)]),
        (_LUNG, [(7.0, "lung", 30.0), (3.0, "lung", 18.0)]),
    ],
)
def test_series_of_bare_ordinals_told_by_age_gives_a_row_each(tmp_path, nlp, text, want):
    path = tmp_path / "series.txt"
    path.write_text(text, encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [(r.age_years, r.site, r.follow_up_months) for r in rows] == want
