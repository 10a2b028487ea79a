"""A series whose structured abstract has a short "CASE SUMMARY" part (the only case section) and whose patients are
told in the Results, sentence by sentence ("Case 1 was found ... Case 2 presented ... Case 3, ..."): those sentences are
the patients' own, not left unread for the abstract's one-line summary (``fields.narrative._series_overview``).
Fictional patients, our wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

DOC = """Inflammatory myofibroblastic tumour of the bowel: three invented cases

Abstract
BACKGROUND
Bowel IMT is rare in adults.
CASE SUMMARY
We describe three adults with IMT of the jejunum, colon and rectum. The rectal tumour came back.
CONCLUSION
ALK staining helps.

RESULTS
{results}

DISCUSSION
Such tumours are rare and usually do well after resection.
"""


def _rows(tmp_path: Path, results: str):
    p = tmp_path / "series.txt"
    p.write_text(DOC.format(results=results), encoding="utf-8")
    return {r.case_id: r for r in extract_document(load_document(p))}


@pytest.mark.parametrize("results", [
    "Case 1 was found at colonoscopy for bleeding. Case 2 presented with bowel obstruction. Case 3, a 70-year-old "
    "woman, underwent resection of a rectal mass; four months later, CT showed liver nodules. She was started on "
    "celecoxib; she was alive with disease at 9 months.",
    "Patient 1 was found at colonoscopy for bleeding. Patient 2 presented with bowel obstruction. Patient 3 underwent "
    "resection of a rectal mass and was later started on celecoxib; she was alive with disease at 9 months.",
])
def test_results_told_patient_by_patient_are_read(tmp_path, nlp, results):
    rows = _rows(tmp_path, results)
    assert rows["case-3"].drugs == ["celecoxib"]
    assert rows["case-3"].status == "AWD"
    assert rows["case-1"].drugs is None and rows["case-1"].status is None


def test_results_of_a_single_patient_stay_unread_beside_the_abstract_case(tmp_path, nlp):
    rows = _rows(tmp_path, "Most tumours were ALK-positive. One was treated with celecoxib elsewhere.")
    assert all(r.drugs is None for r in rows.values())
