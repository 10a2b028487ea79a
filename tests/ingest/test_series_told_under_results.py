"""A small series paper with no case section: Introduction, Methods, Results telling each patient, then a Discussion
(invented text).

The untitled case region such a paper is given runs over the Results, not on into the Discussion and Conclusion:
what the discussion says of the disease ("infantile fibrosarcoma also carries ETV6-NTRK3") is not the last patient's.
"""

from __future__ import annotations

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_PAGE = """Myofibroblastic tumours of the abdomen: two invented patients

Introduction
Such tumours are uncommon in adults and easily taken for sarcoma on a small biopsy.

Materials and Methods
Two patients were drawn from the files of an invented department; ALK staining was done for both.

Results
Patient 1, a 38-year-old woman, had a 6 cm mesenteric mass that was resected; ALK staining was positive.
Patient 2, a 52-year-old man, had an ileal mass removed by segmental resection; ALK staining was positive and he is well at 14 months.

Discussion
Infantile fibrosarcoma also carries an ETV6-NTRK3 fusion and stains for desmin, which helps to set it apart.

Conclusion
Excision is usually curative.
"""


def _doc():
    return load_document("s.txt", data=_PAGE.encode(), doc_id="s")


def test_case_region_of_a_series_told_under_results_stops_before_the_discussion():
    doc = _doc()
    (case,) = [s for s in doc.sections if s.kind == "case"]
    told = doc.text[case.start : case.end]
    assert "Patient 2" in told
    assert "Infantile fibrosarcoma" not in told


def test_discussion_of_the_disease_is_not_the_last_patients(nlp):
    rows = {r.age_years: r for r in extract_document(_doc(), nlp)}
    last = rows[52.0]
    assert not last.kinase_fusions
    assert "desmin" not in (last.ihc_positive or [])
