"""A series' tumours counted out by place with the place an adjective right after the verb ("Two were intrapulmonary
(cases 1, 2), one was ...") give each named patient that place (``fields.site``, cue "count were X"). Invented
patients, wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_DOC = """Invented inflammatory myofibroblastic tumours of three patients

Results: {results}
Case 1 was a 30-year-old man. Case 2 was a 41-year-old woman. Case 3 was a 52-year-old man.
"""


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        ("Two were intrapulmonary (cases 1, 2) and one was a mediastinal mass (case 3).", ["lung", "lung", "mediastinum"]),
        ("One was retroperitoneal (case 3); two were intrapulmonary (cases 1 and 2).", ["lung", "lung", "peritoneum"]),
        ("All three were intrapulmonary (cases 1-3).", ["lung", "lung", "lung"]),
    ],
)
def test_count_then_place_adjective_is_each_named_patients_site(nlp, results, expected):
    doc = load_document("t.txt", data=_DOC.format(results=results).encode(), doc_id="t")
    rows = sorted(extract_document(doc, nlp), key=lambda r: r.case_id)
    assert [r.site for r in rows] == expected


@pytest.mark.parametrize("results", ["Two were positive for desmin (cases 1, 2).", "Both were small (cases 1 and 2)."])
def test_count_then_other_predicate_gives_no_site(nlp, results):
    doc = load_document("t.txt", data=_DOC.format(results=results).encode(), doc_id="t")
    assert [r.site for r in extract_document(doc, nlp)] == [None, None, None]


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        ("Two tumours arose in the mesentery (cases 1 and 3), one in the liver (case 2).", ["mesentery", "liver", "mesentery"]),
        ("Two tumours were located in the lung (cases 2 and 3) and one in the bladder (case 1).", ["bladder", "lung", "lung"]),
        ("Two lesions occurred in the stomach (cases 1 and 2), one in the kidney (case 3).", ["stomach", "stomach", "kidney"]),
    ],
)
def test_series_summary_of_sites_naming_its_patients_is_dealt_out(nlp, results, expected):
    doc = load_document("t.txt", data=_DOC.format(results=results).encode(), doc_id="t")
    rows = sorted(extract_document(doc, nlp), key=lambda r: r.case_id)
    assert [r.site for r in rows] == expected


def test_series_summary_of_sites_without_patients_names_no_site(nlp):
    doc = load_document("t.txt", data=_DOC.format(results="Two tumours arose in the mesentery and one in the liver.").encode(), doc_id="t")
    assert [r.site for r in extract_document(doc, nlp)] == [None, None, None]
