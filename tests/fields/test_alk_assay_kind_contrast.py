"""One kind of an assay found the fusion and the other kind did not ("DNA-based but not RNA-based sequencing found
it"): the 'not' reaches the contrasted kind only (``patterns/context.jsonl``, ``patterns/alk.jsonl``); and a series
whose ALK stain is told of one patient only ("only case 2 was ALK-positive"). Invented sentences and patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import _read_tests, partners_in
from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


@pytest.mark.parametrize(
    "text,test,gene",
    [
        ("Hybrid-capture but not amplicon-based NGS detected a CLTC-ALK fusion in the second block.", "NGS+", "CLTC"),
        ("Tissue but not plasma sequencing revealed an EML4-ALK fusion.", "NGS+", "EML4"),
        ("RNA-based but not DNA-based panels identified the TPM4-ALK fusion.", "NGS+", "TPM4"),
    ],
)
def test_fusion_found_by_one_kind_of_assay_but_not_the_other(text, test, gene):
    assert [t for t, _, _ in _read_tests(text)[0]] == [test]
    assert [g for g, _, _ in partners_in(text)] == [gene]


@pytest.mark.parametrize(
    "text",
    [
        "Sequencing did not identify an EML4-ALK fusion.",
        "FISH but not NGS was performed, and no TPM3-ALK fusion was detected.",
    ],
)
def test_plain_negation_of_the_finding_still_negates(text):
    assert partners_in(text) == []


_SERIES = """Myofibroblastic tumours in three invented children: a short series

Case presentation
Case 1. A 4-year-old boy had a mass of the mesentery that was resected.
Case 2. An 8-year-old girl had a mass of the lung that was removed by lobectomy.
Case 3. An 11-year-old boy had a mass of the bladder that was resected.

Pathology
All three tumours were built of spindle cells among plasma cells. {stain}

Follow-up
All three children were well without recurrence after two years.
"""


def _rows(nlp, stain: str):
    doc = load_document("s.txt", data=_SERIES.format(stain=stain).encode(), doc_id="s")
    return {r.case_id: r for r in extract_document(doc, nlp)}


def test_alk_stain_told_of_one_patient_only_is_the_others_negative_stain(nlp):
    rows = _rows(nlp, "Only case 2 was ALK-positive.")
    assert rows["case-2"].alk_tests == ["IHC+"]
    for other in ("case-1", "case-3"):
        assert "ALK" in (rows[other].ihc_negative or [])
        assert rows[other].alk_tests == ["IHC-"]
