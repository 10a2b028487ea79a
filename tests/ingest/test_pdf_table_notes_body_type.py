"""A PDF table whose notes are set in the body's type, not in small print (a web page printed to PDF): a legend of
the codes the cells use ("NM nuclear membrane, PC perinuclear cytoplasmic", wrapped over two lines) and notes opened
by the marks the cells carry ("a PCR negative ..."), none ending in a full stop, are the table's foot and resolve to
the marked cells; the article's next paragraph, after them or right under the table, stays text. Fictional table,
built at run time."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from eims_extract.ingest.pdf import read_pdf

_ROWS = (
    ("Case", "ALK (pattern)", "Desmin", "Fusion (method)"),
    ("1", "+ (NM)", "+", "Partner found (PCR)"),
    ("2", "+ (PC)", "-", "Not identified a"),
    ("3", "+ (NM)", "+", "Other partner (RNA panel) b"),
)
_LEGEND = (
    "NM nuclear membrane, PC perinuclear cytoplasmic, + positive, - negative, PCR polymerase chain reaction, "
    "RNA ribonucleic acid"
)
_NOTES = ["a PCR negative for the usual partner; RNA too poor for sequencing", "b PCR negative for the usual partner"]
_NEXT = "The three invented patients were then seen at a made-up clinic every six months for several years."


def _pdf(notes: bool) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Results", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(0, 5, "Three made-up epithelioid tumours were stained and tested as Table 2 shows.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 5, "Table 2. Invented stains and fusion tests", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(first_row_as_headings=True, text_align="LEFT") as t:
        for r in _ROWS:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(1)
    for line in ([_LEGEND, *_NOTES] if notes else []):
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 5, _NEXT, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_body_type_notes_under_pdf_table_resolve_to_marked_cells() -> None:
    doc = read_pdf(_pdf(notes=True), "notes", "notes.pdf")
    (t,) = doc.tables
    assert "ribonucleic acid" in t.footnotes and "RNA too poor for sequencing" in t.footnotes, t.footnotes
    assert [r[3].note for r in t.rows] == ["", "PCR negative for the usual partner; RNA too poor for sequencing",
                                           "PCR negative for the usual partner"]
    assert "made-up clinic" not in t.footnotes


@pytest.mark.parametrize("notes", [True, False])
def test_paragraph_after_pdf_table_and_its_notes_stays_text(notes: bool) -> None:
    doc = read_pdf(_pdf(notes), "notes", "notes.pdf")
    body = " ".join(doc.text[s.start : s.end] for s in doc.sections if s.kind not in ("table", "caption"))
    assert "seen at a made-up clinic every six months" in body
