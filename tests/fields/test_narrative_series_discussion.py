"""A small series paper with no case section: Introduction, Methods, Results telling each patient, then a Discussion
(invented text).

Such a paper is read whole as its case, but its discussion is a part of its own: the last patient the results told
does not go on into it ("infantile fibrosarcoma also carries ETV6-NTRK3" is no patient's), while a discussion
sentence naming a patient, or all of them, is still theirs.
"""

from __future__ import annotations

import dataclasses

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
Infantile fibrosarcoma also carries an ETV6-NTRK3 fusion and stains for desmin, which helps to set it apart. In patient 1, CD34 was also negative. Calretinin was negative in both tumours.

Conclusion
Excision is usually curative.
"""


def _rows(nlp):
    doc = load_document("s.txt", data=_PAGE.encode(), doc_id="s")
    return {r.age_years: r for r in extract_document(doc, nlp)}


def test_discussion_of_the_disease_is_not_the_last_patients(nlp):
    last = _rows(nlp)[52.0]
    assert not last.kinase_fusions
    assert "desmin" not in (last.ihc_positive or [])


def test_discussion_sentence_naming_a_patient_or_all_is_still_theirs(nlp):
    rows = _rows(nlp)
    assert "CD34" in (rows[38.0].ihc_negative or [])
    assert "CD34" not in (rows[52.0].ihc_negative or [])
    assert all("calretinin" in (r.ihc_negative or []) for r in rows.values())


def test_discussion_comparison_naming_another_case_is_not_the_current_ones():
    """ "..., as in our case 3" after a discussion sentence on case 4: a comment naming another patient, not case 4's
    (invented text)."""
    from _support import located
    from eims_extract.fields import narrative as N

    ss = located(
        "Case 1 was a 30-year-old woman with a uterine mass.", "Case 2 was a 41-year-old woman with a uterine mass.",
        "Case 3 was a 52-year-old woman treated with crizotinib.", "Case 4 was a 33-year-old woman with a cervical polyp.",
        section="case",
    )
    ss += [
        dataclasses.replace(x, start=x.start + 500)
        for x in located(
            "The ALK-negative lesion (case 4) was morphologically typical, but no fusion was found.",
            "Lorlatinib has produced lasting responses in such tumours, as in our case 3.",
            section="discussion",
        )
    ]
    got = {p.case_id: [x.text for x in p.sentences] for p in N.segment_patients(ss)}
    assert not any("Lorlatinib" in t for t in got["case-4"])
