"""A series sentence that deals findings out to unnamed ones of its patients by count ("... TPM3-ALK in one and CLTC-ALK
in another", "X in one case and Y in the other") speaks for none of them (``fields.narrative``): each patient keeps the
fusion its own section tells, and the part of the sentence said of all of them still reaches each. Invented patients,
wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_THREE = """Epithelioid myofibroblastic sarcoma: three invented patients

Abstract
We report three patients with epithelioid myofibroblastic sarcoma. {summary}

Case presentation
Case 1
A 41-year-old man had a 12 cm mass of the mesentery that was resected. Sequencing of the tumour found a TPM3-ALK fusion.

Case 2
A 27-year-old woman had a 9 cm mass of the omentum that was resected. Sequencing of the tumour found a CLTC-ALK fusion.

Case 3
A 66-year-old woman had diffuse pleural thickening; a biopsy gave the diagnosis and she was given crizotinib.
"""


def _rows(nlp, text: str):
    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    return {r.case_id: r for r in extract_document(doc, nlp)}


@pytest.mark.parametrize(
    "summary",
    [
        "All three showed ALK rearrangement by FISH; sequencing found TPM3-ALK in one and CLTC-ALK in another.",
        "All three showed ALK rearrangement by FISH, and sequencing found TPM3-ALK in one case and CLTC-ALK in the other.",
        "All three showed ALK rearrangement by FISH; sequencing found TPM3-ALK in 1 and CLTC-ALK in 1.",
    ],
)
def test_fusions_dealt_to_unnamed_ones_by_count_are_no_patients(nlp, summary):
    rows = _rows(nlp, _THREE.format(summary=summary))
    assert rows["case-1"].kinase_fusions == ["TPM3::ALK"]
    assert rows["case-2"].kinase_fusions == ["CLTC::ALK"]
    assert rows["case-3"].kinase_fusions is None
    assert rows["case-3"].alk_fusion_partner is None
    # the part said of all three still reaches each
    assert all("FISH+" in (r.alk_tests or []) for r in rows.values())
    assert "NGS+" not in (rows["case-3"].alk_tests or [])
