"""A short PDF report whose table, set in smaller type, holds more words than its text: the body's type size is the
text's, not the table's, so the body is not read as large type (a title running on over the whole page) and its
headings open their sections (fictional, built at run time)."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from eims_extract.ingest.pdf import read_pdf

_EVENTS = [
    (f"Week {k}", f"Outpatient review number {k}: wound healing, range of motion and pain scores were recorded")
    for k in range(1, 27)
]


def _pdf(rows: int) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.multi_cell(0, 7, "An invented calf nodule in a retired postman", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Case presentation", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(0, 5, "A 66-year-old retired postman had a firm calf nodule excised in spring; the margins were "
                         "clear.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("helvetica", "", 7)
    with pdf.table(first_row_as_headings=True, text_align="LEFT", col_widths=(25, 150)) as t:
        for r in [("When", "What happened"), *_EVENTS[:rows]]:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Discussion", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(0, 5, "Calf nodules of this kind are made up here for a test of the reader.")
    return bytes(pdf.output())


@pytest.mark.parametrize("rows", [3, 26])  # a few rows, and a table holding most of the page's words
def test_body_type_size_is_the_texts_not_a_large_tables(rows: int) -> None:
    doc = read_pdf(_pdf(rows), "calf", "calf.pdf")
    kinds = {s.title: s.kind for s in doc.sections if s.title}
    assert kinds.get("Case presentation") == "case" and kinds.get("Discussion") == "discussion", doc.sections
    title = next(s for s in doc.sections if s.kind == "title")
    assert "postman had" not in doc.text[title.start : title.end]
