"""A numbered series of men and women whose shared findings name the patients by sex ("in both men", "the woman's
tumour", "in the two female patients"): each clause is the patients of that sex, never the others (invented text).
"""

from __future__ import annotations

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_PAGE = """Three invented myofibroblastic tumours of the chest

Case presentation
Case 1
A 48-year-old woman had a 5-cm mass of the right upper lobe, which was resected by lobectomy. The spindle cells
were positive for SMA.

Case 2
A 33-year-old man had a 7-cm mass of the anterior mediastinum, which was excised. The spindle cells were positive for SMA.

Case 3
A 66-year-old man had a 3-cm mass of the left lower lobe, which was resected. The spindle cells were positive for SMA.

Shared findings
{shared}

Discussion
Such tumours are uncommon in adults.
"""


def _rows(nlp, shared):
    doc = load_document("g.txt", data=_PAGE.format(shared=shared).encode(), doc_id="g")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    return [(rows[k].ihc_positive or [], rows[k].ihc_negative or []) for k in ("case-1", "case-2", "case-3")]


def test_stain_negative_in_both_men_is_not_the_womans(nlp):
    (pos1, neg1), (_, neg2), (_, neg3) = _rows(nlp, "Calretinin was negative in both men.")
    assert "calretinin" not in neg1 + pos1
    assert "calretinin" in neg2 and "calretinin" in neg3


def test_clauses_for_the_men_and_the_woman_each_go_to_their_own(nlp):
    (pos1, neg1), (pos2, neg2), (pos3, neg3) = _rows(
        nlp, "In both men CD34 was focally positive, whereas the woman's tumour was CD34-negative."
    )
    assert "CD34" in neg1 and "CD34" not in pos1
    assert "CD34" in pos2 and "CD34" in pos3
    assert "CD34" not in neg2 + neg3





def test_a_patient_compared_with_the_group_of_the_other_sex_keeps_the_sentence(nlp):
    # the woman, told last, is measured against the two men told before her: her sentence, not theirs
    page = (
        "Three invented myofibroblastic tumours of the chest\n\nCase presentation\nCase 1\n"
        "A 33-year-old man had a 7-cm mass of the anterior mediastinum, which was excised.\n\nCase 2\n"
        "A 66-year-old man had a 3-cm mass of the left lower lobe, which was resected.\n\nCase 3\n"
        "A 48-year-old woman had a 5-cm mass of the right upper lobe, which was resected by lobectomy. "
        "Unlike the two men, she had a CD34-negative tumour.\n\nDiscussion\nSuch tumours are uncommon in adults.\n"
    )
    doc = load_document("h.txt", data=page.encode(), doc_id="h")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    assert "CD34" in (rows["case-3"].ihc_negative or [])
    assert "CD34" not in (rows["case-1"].ihc_negative or []) + (rows["case-2"].ihc_negative or [])
