"""Build small fictional case-report PDFs with fpdf2 for the ingest tests.

The layout is drawn line by line, so a test knows exactly where every line
sits: a full-width title and abstract, two text columns that flow left then
right then onto the next page, a running footer with the page number, and a
table ruled only with horizontal lines that continues on the next page with
its header repeated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fpdf import FPDF

PAGE_W, PAGE_H = 595.0, 842.0
MARGIN = 50.0
GUTTER = 22.0
FOOTER = "Journal of Imaginary Case Reports"


@dataclass
class Spec:
    title: str
    authors: str
    abstract: str
    #: (heading, [paragraph, ...]) in reading order
    sections: list[tuple[str, list[str]]]
    table_caption: str = ""
    table_header: list[str] = field(default_factory=list)
    #: rows of cells; a cell of None is left empty (the cell above spans it)
    table_rows: list[list[str | None]] = field(default_factory=list)
    table_footnote: str = ""
    #: rows that fit on the table's first page; the rest continue overleaf
    rows_first_page: int = 0
    #: stacked blocks: each section is its own balanced two-column block
    stacked: bool = False


class _Doc(FPDF):
    def footer(self) -> None:  # running footer with a page number
        self.set_y(-30)
        self.set_font("helvetica", "", 7)
        self.cell(0, 10, f"{FOOTER}   {self.page_no()}", align="C")


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    return pdf.multi_cell(width, 12, text, dry_run=True, output="LINES")


def build(spec: Spec) -> bytes:
    pdf = _Doc(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = MARGIN
    pdf.set_font("helvetica", "B", 16)
    for ln in _wrap(pdf, spec.title, PAGE_W - 2 * MARGIN):
        pdf.text(MARGIN, y + 14, ln)
        y += 20
    y += 6
    pdf.set_font("helvetica", "", 9)
    pdf.text(MARGIN, y + 9, spec.authors)
    y += 22
    pdf.set_font("helvetica", "B", 9)
    pdf.text(MARGIN, y + 9, "Abstract")
    y += 13
    pdf.set_font("helvetica", "", 9)
    for ln in _wrap(pdf, spec.abstract, PAGE_W - 2 * MARGIN):
        pdf.text(MARGIN, y + 9, ln)
        y += 12
    y += 14

    col_w = (PAGE_W - 2 * MARGIN - GUTTER) / 2
    bottom = PAGE_H - 60
    items: list[tuple[str, str]] = []  # (style, line)
    blocks: list[list[tuple[str, str]]] = []
    for heading, paras in spec.sections:
        block: list[tuple[str, str]] = [("gap", "")]
        pdf.set_font("helvetica", "B", 11)
        block.append(("head", heading))
        pdf.set_font("helvetica", "", 9)
        for p in paras:
            for ln in _wrap(pdf, p, col_w):
                block.append(("body", ln))
            block.append(("gap", ""))
        blocks.append(block)
        items += block

    def draw(style: str, x: float, yy: float, line: str) -> float:
        if style == "head":
            pdf.set_font("helvetica", "B", 11)
            pdf.text(x, yy + 11, line)
            pdf.set_font("helvetica", "", 9)
            return 16
        if style == "gap":
            return 6
        pdf.text(x, yy + 9, line)
        return 12

    if spec.stacked:
        for block in blocks:
            half = (len(block) + 1) // 2
            ly = ry = y
            for st, ln in block[:half]:
                ly += draw(st, MARGIN, ly, ln)
            for st, ln in block[half:]:
                ry += draw(st, MARGIN + col_w + GUTTER, ry, ln)
            y = max(ly, ry) + 8
    else:
        col = 0
        yy = y
        top = y
        for st, ln in items:
            h = 16 if st == "head" else (6 if st == "gap" else 12)
            if yy + h > bottom:
                if col == 0:
                    col, yy = 1, top
                else:
                    pdf.add_page()
                    col, top = 0, MARGIN
                    yy = top
            yy += draw(st, MARGIN + col * (col_w + GUTTER), yy, ln)

    if spec.table_rows:
        _table(pdf, spec)
    return bytes(pdf.output())


def _table(pdf: FPDF, spec: Spec) -> None:
    pdf.add_page()
    widths = [40.0, 45.0, 60.0, 120.0, 0.0]
    widths[-1] = PAGE_W - 2 * MARGIN - sum(widths[:-1])
    y = MARGIN
    pdf.set_font("helvetica", "B", 8)
    pdf.text(MARGIN, y + 8, spec.table_caption)
    y += 16

    def header(yy: float) -> float:
        pdf.line(MARGIN, yy, PAGE_W - MARGIN, yy)
        pdf.set_font("helvetica", "B", 8)
        x = MARGIN
        for w, h in zip(widths, spec.table_header):
            pdf.text(x + 3, yy + 11, h)
            x += w
        yy += 16
        pdf.line(MARGIN, yy, PAGE_W - MARGIN, yy)
        pdf.set_font("helvetica", "", 8)
        return yy + 2

    y = header(y)
    for i, row in enumerate(spec.table_rows):
        if i == spec.rows_first_page and spec.rows_first_page:
            pdf.add_page()
            y = header(MARGIN)
        x = MARGIN
        height = 1
        for w, cell in zip(widths, row):
            if cell:
                lines = _wrap(pdf, cell, w - 6)
                for k, ln in enumerate(lines):
                    pdf.text(x + 3, y + 9 + 10 * k, ln)
                height = max(height, len(lines))
            x += w
        y += 10 * height + 4
    pdf.line(MARGIN, y, PAGE_W - MARGIN, y)
    if spec.table_footnote:
        pdf.set_font("helvetica", "", 7)
        pdf.text(MARGIN, y + 10, spec.table_footnote)
