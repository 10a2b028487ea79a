"""Numbered patients told one after another, then a sentence whose plural subject ("they", "both") closes a
"respectively" list of one item per patient ("After progression on crizotinib, they were switched to X and Y,
respectively"): the list is dealt out to the numbered patients in order, not read as the last-named patient's alone
(``fields.narrative``). A list under a singular subject stays the last patient's. Invented patients, wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_PAIR = """Sequential kinase inhibition: two invented adults

Abstract
We report two adults with metastatic ALK-rearranged myofibroblastic tumour of the lung. Patient 1 was a 44-year-old
man. Patient 2 was a 37-year-old woman. {dealt} Patient 1 achieved a partial response and patient 2 stable disease.
"""


def _rows(nlp, text: str):
    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    return {r.case_id: r for r in extract_document(doc, nlp)}


@pytest.mark.parametrize(
    "dealt",
    [
        "After progression on crizotinib, they were switched to lorlatinib and brigatinib, respectively.",
        "Both were then given lorlatinib and brigatinib, respectively.",
        "They were subsequently treated with lorlatinib and brigatinib, respectively.",
    ],
)
def test_plural_subject_respectively_list_is_dealt_to_numbered_patients(nlp, dealt):
    rows = _rows(nlp, _PAIR.format(dealt=dealt))
    assert "lorlatinib" in (rows["case-1"].drugs or [])
    assert "brigatinib" not in (rows["case-1"].drugs or [])
    assert "brigatinib" in (rows["case-2"].drugs or [])
    assert "lorlatinib" not in (rows["case-2"].drugs or [])


def test_singular_subject_list_stays_with_the_last_patient(nlp):
    rows = _rows(nlp, _PAIR.format(dealt="She received lorlatinib and then brigatinib, in that order."))
    assert rows["case-1"].drugs is None
    assert rows["case-2"].drugs == ["lorlatinib", "brigatinib"]


_JOINT = """Sequential kinase inhibition: two invented adults

Abstract
We report two adults with metastatic ALK-rearranged myofibroblastic tumour of the lung. Patient 1 was a 44-year-old
man and patient 2 a 37-year-old woman. {dealt} Patient 1 achieved a partial response and patient 2 stable disease.
"""


@pytest.mark.parametrize(
    "dealt",
    [
        "After progression on crizotinib, they were switched to lorlatinib and brigatinib, respectively.",
        "Following crizotinib failure, both were then given lorlatinib and brigatinib, respectively.",
    ],
)
def test_plural_subject_list_after_a_clause_naming_another_drug_is_dealt(nlp, dealt):
    rows = _rows(nlp, _JOINT.format(dealt=dealt))
    assert rows["case-1"].drugs == ["crizotinib", "lorlatinib"]
    assert rows["case-2"].drugs == ["crizotinib", "brigatinib"]
