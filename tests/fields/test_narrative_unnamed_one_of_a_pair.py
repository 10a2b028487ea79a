"""Two patients introduced together without numbers ("a 31-year-old woman with a pleural mass and a 58-year-old man
with a hilar mass") and a later sentence that deals findings out to unnamed ones of them ("X-ALK in one and Y-ALK in
the other") with no "both"/"they": which of the two is "one" the text does not say, so the clause is neither's
(``fields.narrative``). A sentence told of both still reaches each. Invented patients, wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_PAIR = """Intrathoracic myofibroblastic tumours: two invented adults

Abstract
We describe two adults with intrathoracic inflammatory myofibroblastic tumour, a 31-year-old woman with a pleural mass
and a 58-year-old man with a mediastinal mass. Both tumours were excised. {fusions} Neither patient has relapsed.
"""


def _rows(nlp, text: str):
    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    return sorted(extract_document(doc, nlp), key=lambda r: r.case_id)


@pytest.mark.parametrize(
    "fusions",
    [
        "Molecular testing disclosed a KIF5B-ALK fusion in one and a PPFIBP1-ALK fusion in the other.",
        "RNA sequencing found KIF5B-ALK in one tumour and PPFIBP1-ALK in the other.",
        "Sequencing showed a KIF5B-ALK fusion in one case, and a PPFIBP1-ALK fusion in the other case.",
    ],
)
def test_fusions_dealt_to_unnamed_ones_of_a_pair_are_neithers(nlp, fusions):
    rows = _rows(nlp, _PAIR.format(fusions=fusions))
    assert len(rows) == 2
    for r in rows:
        assert r.kinase_fusions is None
        assert r.alk_fusion_partner is None
        assert r.treatment == "SE"  # the sentence told of both still reaches each
        assert r.recurrence is False


@pytest.mark.parametrize(
    "fusions, partner",
    [
        ("Molecular testing disclosed a KIF5B-ALK fusion in both.", "KIF5B"),
        ("In both tumours sequencing found a PPFIBP1-ALK fusion.", "PPFIBP1"),
    ],
)
def test_fusion_told_of_both_still_reaches_each(nlp, fusions, partner):
    rows = _rows(nlp, _PAIR.format(fusions=fusions))
    assert [r.alk_fusion_partner for r in rows] == [partner, partner]
