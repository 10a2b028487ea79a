"""A PDF-to-text copy of a small open-access journal's article whose every page ends with a running foot that cites the
article: the journal line ("..., an open access journal   Volume 3 • Issue 1 • 1000101"), a "Citation:" line wrapped
onto a second one that ends on the DOI, and "Page 2 of 3". The foot is furniture, not a heading ("Review of the
Literature." opening its second line) that would end the case.

Every document here is written for these tests: a fictional patient, an invented journal.
"""

from __future__ import annotations

from eims_extract.ingest.text import read_text

_FOOT = """
Invented Oral Rep, an open access journal              Volume 3 • Issue 1 • 1000101
Citation: Moreau P, Tanaka H (2021) Myofibroblastic Tumour of the Palate in an Invented Patient: Case Report and
Review of the Literature. Invented Oral Rep 3: 101. doi:10.5555/0000-0000.1000101

                                                                                           Page {n} of 3
"""

_PAGE = (
    """Myofibroblastic Tumour of the Palate in an Invented Patient: Case Report and Review of the Literature

Introduction
Such tumours are rare in the mouth and easily taken for other spindle cell lesions of the palate.

Case Report
A 51-year-old invented man had a painless swelling of the hard palate for three months. An incisional biopsy
was followed by wide local
"""
    + _FOOT.format(n=2)
    + """excision. The spindle cells expressed ALK and SMA but not desmin. He was free of disease after a year
of follow-up.

Discussion
Complete local excision is the usual treatment and recurrence is uncommon after it.
"""
    + _FOOT.format(n=3)
)


def test_citation_running_foot_is_furniture_not_a_heading():
    doc = read_text(_PAGE.encode(), "oral", "oral.txt")
    kinds = [(s.kind, s.title) for s in doc.sections]
    assert ("discussion", "Review of the Literature") not in kinds
    (case,) = [s for s in doc.sections if s.kind == "case"]
    told = doc.text[case.start : case.end]
    assert "expressed ALK and SMA" in told
    assert "Citation:" not in doc.text and "open access journal" not in doc.text
