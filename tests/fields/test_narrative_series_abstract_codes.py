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
