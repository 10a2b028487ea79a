"""A structured abstract printed as one paragraph, its labels run on after each part's full stop ("Background: ...
Case presentation: A 9-year-old ... Conclusions: ..."), as many web pages and PDFs set it: the labelled parts are read
as the text reader reads the same paragraph pasted as one line (the case part is a case section), in a saved web page's
``<p>``, a JATS ``<p>`` and a PDF paragraph (the label inside a line or opening one). Also: a JATS ``<abstract>`` stays
the abstract when the body prints another language's summary under its own abstract heading. Fictional patients."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from eims_extract.ingest.html import read_html
from eims_extract.ingest.jats import read_jats
from eims_extract.ingest.pdf import read_pdf
from eims_extract.ingest.text import read_text

BACKGROUND = (
    "Background: Invented spindle cell lesions of the pretend gland are seldom described, and this made-up note "
    "adds one more for teaching only."
)
CASE = (
    "Case presentation: A 9-year-old boy from an imaginary village had a slowly growing lump of the pretend gland "
    "for three months; it was removed whole and stained for ALK."
)
CONCLUSION = "Conclusions: Complete removal was enough in this fictional child, who is well after one year."
ABSTRACT = f"{BACKGROUND} {CASE} {CONCLUSION}"
TITLE = "An invented lump of the pretend gland in a boy: a made-up report"


def _case_text(doc) -> str:
    cases = doc.sections_of("case")
    assert len(cases) == 1, [(s.kind, s.title) for s in doc.sections]
    return doc.text[cases[0].start : cases[0].end]


def _html() -> bytes:
    return (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"<h2>Abstract</h2><p>{ABSTRACT}</p>"
        "<h2>Discussion</h2><p>Nothing here is real; the discussion only closes the pretend page.</p>"
        "</article></body></html>"
    ).encode()


def _jats() -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><article><front><article-meta><title-group>'
        f"<article-title>{TITLE}</article-title></title-group></article-meta></front><body>"
        f"<sec><title>Summary</title><p>{ABSTRACT}</p></sec>"
        "<sec><title>Discussion</title><p>Nothing here is real; the discussion only closes the pretend article.</p></sec>"
        "</body></article>"
    ).encode()


def _pdf(label_opens_line: bool) -> bytes:
    """One paragraph under "Abstract", set line by line so the case label falls inside a line or opens one."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.text(50, 60, TITLE)
    pdf.set_font("helvetica", "B", 11)
    pdf.text(50, 100, "Abstract")
    pdf.set_font("helvetica", "", 10)
    text = f"{BACKGROUND} {CASE} {CONCLUSION}" if not label_opens_line else f"{BACKGROUND}\n{CASE} {CONCLUSION}"
    lines: list[str] = []
    for part in text.split("\n"):
        lines += pdf.multi_cell(495, 12, part, dry_run=True, output="LINES")
    y = 118.0
    for ln in lines:
        pdf.text(50, y, ln)
        y += 12
    pdf.set_font("helvetica", "B", 11)
    pdf.text(50, y + 14, "Discussion")
    pdf.set_font("helvetica", "", 10)
    pdf.text(50, y + 32, "Nothing here is real; the discussion only closes the pretend file.")
    return bytes(pdf.output())


def _words(s: str) -> list[str]:
    return s.replace("-\n", "").split()


def test_structured_abstract_in_one_web_paragraph_opens_its_case_part() -> None:
    doc = read_html(_html(), "page", "page.html")
    assert _words(_case_text(doc)) == _words(CASE.split(": ", 1)[1])
    assert [s.title for s in doc.sections if s.kind == "conclusion"] == ["Conclusions"]


def test_structured_abstract_in_one_jats_paragraph_opens_its_case_part() -> None:
    doc = read_jats(_jats(), "art", "art.xml")
    assert _words(_case_text(doc)) == _words(CASE.split(": ", 1)[1])


@pytest.mark.parametrize("opens", [False, True], ids=["label-inside-a-line", "label-opening-a-line"])
def test_structured_abstract_in_one_pdf_paragraph_opens_its_case_part(opens: bool) -> None:
    doc = read_pdf(_pdf(opens), "file", "file.pdf")
    assert _words(_case_text(doc)) == _words(CASE.split(": ", 1)[1])


def test_same_paragraph_as_text_reads_alike() -> None:
    """The reference the other readers follow: the paragraph pasted as one line of text."""
    doc = read_text(f"{TITLE}\n\nAbstract\n{ABSTRACT}\n\nDiscussion\nNothing here is real.\n".encode(), "t", "t.txt")
    assert _words(_case_text(doc)) == _words(CASE.split(": ", 1)[1])


def test_jats_abstract_stays_the_abstract_beside_a_translated_summary_in_the_body() -> None:
    english = (
        "A fictional 40-year-old woman had an invented nodule of the pretend lung; it was removed and she is well."
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><article><front><article-meta><title-group>'
        f"<article-title>{TITLE}</article-title></title-group><abstract><p>{english}</p></abstract>"
        "</article-meta></front><body>"
        "<sec><title>Resumen</title><p>Una mujer ficticia de 40 años tenía un nódulo inventado; está bien.</p></sec>"
        "<sec><title>Discussion</title><p>Nothing here is real; the discussion only closes the pretend article.</p></sec>"
        "</body></article>"
    ).encode()
    doc = read_jats(xml, "bi", "bi.xml")
    abstracts = [doc.text[s.start : s.end] for s in doc.sections_of("abstract")]
    assert english in abstracts
