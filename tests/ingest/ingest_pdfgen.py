"""Build small fictional case-report PDFs with fpdf2 for the ingest tests.

The layout is drawn line by line, so a test knows exactly where every line
sits: a full-width title and abstract, two text columns that flow left then
right then onto the next page, a running footer with the page number, and a
table ruled only with horizontal lines that continues on the next page with
its header repeated.
"""

from __future__ import annotations

from contextlib import ExitStack
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
    #: where a cell spanning rows is printed in its run: "top", "middle" or "bottom"
    span_align: str = "top"
    repeat_header: bool = True  # the header repeated on the continuation page
    #: the table set sideways on its portrait pages: text reading up ("ccw") or down ("cw")
    turn: str = ""


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


def _turned(pdf: FPDF, turn: str) -> ExitStack:
    """Draw in a landscape frame turned onto the portrait page (virtual x runs up or down it)."""
    stack = ExitStack()
    if turn == "ccw":
        stack.enter_context(pdf.rotation(90, x=PAGE_H / 2, y=PAGE_H / 2))
    elif turn == "cw":
        stack.enter_context(pdf.rotation(-90, x=PAGE_W / 2, y=PAGE_W / 2))
    return stack


def _table(pdf: FPDF, spec: Spec) -> None:
    pdf.add_page()
    frame = _turned(pdf, spec.turn)
    widths = [40.0, 45.0, 60.0, 120.0, 0.0]
    widths[-1] = PAGE_W - 2 * MARGIN - sum(widths[:-1])
    xs = [MARGIN + sum(widths[:j]) for j in range(len(widths))]
    y = MARGIN
    pdf.set_font("helvetica", "B", 8)
    pdf.text(MARGIN, y + 8, spec.table_caption)
    y += 16

    def header(yy: float) -> float:
        pdf.line(MARGIN, yy, PAGE_W - MARGIN, yy)
        pdf.set_font("helvetica", "B", 8)
        for x, h in zip(xs, spec.table_header):
            pdf.text(x + 3, yy + 11, h)
        yy += 16
        pdf.line(MARGIN, yy, PAGE_W - MARGIN, yy)
        pdf.set_font("helvetica", "", 8)
        return yy + 2

    def spans(placed: list[tuple[int, float, float]]) -> None:
        """The last column's cells, each once over its run of rows on this page."""
        runs: list[list[tuple[int, float, float]]] = []
        for i, top, h in placed:
            if spec.table_rows[i][-1] is not None or not runs:
                runs.append([])
            runs[-1].append((i, top, h))
        for run in runs:
            text = next(spec.table_rows[i][-1] for i in range(run[0][0], -1, -1) if spec.table_rows[i][-1])
            lines = _wrap(pdf, text, widths[-1] - 6)
            top, end = run[0][1], run[-1][1] + run[-1][2]
            need = 10 * len(lines)
            y0 = {"top": top, "bottom": end - need - 4}.get(spec.span_align, (top + end - need - 4) / 2)
            for k, ln in enumerate(lines):
                pdf.text(xs[-1] + 3, y0 + 9 + 10 * k, ln)

    y = header(y)
    placed: list[tuple[int, float, float]] = []
    for i, row in enumerate(spec.table_rows):
        if i == spec.rows_first_page and spec.rows_first_page:
            spans(placed)
            placed = []
            frame.close()
            pdf.add_page()
            frame = _turned(pdf, spec.turn)
            y = header(MARGIN) if spec.repeat_header else MARGIN
        height = 1
        for x, w, cell in zip(xs[:-1], widths[:-1], row[:-1]):
            if cell:
                lines = _wrap(pdf, cell, w - 6)
                for k, ln in enumerate(lines):
                    pdf.text(x + 3, y + 9 + 10 * k, ln)
                height = max(height, len(lines))
        placed.append((i, y, 10 * height + 4))
        y += 10 * height + 4
    spans(placed)
    pdf.line(MARGIN, y, PAGE_W - MARGIN, y)
    if spec.table_footnote:
        pdf.set_font("helvetica", "", 7)
        pdf.text(MARGIN, y + 10, spec.table_footnote)
    frame.close()


# -- a conference-style two-column paper (issue 16, item 9) -----------------------------------------
LETTER_W, LETTER_H = 612.0, 792.0


@dataclass
class Conference:
    """Two Letter pages set like a proceedings paper: Times-like text in two columns, the
    page's proceedings number centred under the columns (inside the usual margin band's
    reach only when ``number_low``), and on page two the left column ending with a
    Conclusions section while the right column holds the references."""

    left: list[tuple[str, list[str]]]  # page-two left column: (heading, paragraphs)
    references: list[str]
    page_one: list[str]  # paragraphs of page one, flowing left then right
    #: a left-column line (page two, this index) ends in a token running into the gutter
    overflow_line: int | None = None
    #: a table caption set in the right column under the references, at this left line's height
    caption: str = ""
    first_number: int = 211  # proceedings page numbers, not the PDF's
    number_low: bool = False


def build_conference(spec: Conference) -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    margin, gutter = 54.0, 24.0
    col_w = (LETTER_W - 2 * margin - gutter) / 2
    xs = (margin, margin + col_w + gutter)
    bottom = LETTER_H - 80.0

    def number(page: int) -> None:
        pdf.set_font("times", "", 9)
        s = str(spec.first_number + page - 1)
        y = LETTER_H - (30.0 if spec.number_low else 62.0)
        pdf.text((LETTER_W - pdf.get_string_width(s)) / 2, y, s)

    # page one: title across, then the paragraphs in two columns
    pdf.add_page()
    pdf.set_font("times", "B", 16)
    pdf.text(margin, 80, "An Invented Study of Imaginary Nodules in Fictional Patients")
    pdf.set_font("times", "", 10)
    col, y = 0, 110.0
    for para in spec.page_one:
        for ln in _wrap(pdf, para, col_w):
            if y > bottom:
                col, y = col + 1, 110.0
            pdf.text(xs[col], y, ln)
            y += 12
        y += 4
    number(1)

    # page two: left column to its Conclusions, right column the references
    pdf.add_page()
    y = 72.0
    lines_left: list[float] = []
    k = 0
    for head, paras in spec.left:
        y += 6
        pdf.set_font("times", "B", 11)
        pdf.text(xs[0], y, head)
        y += 15
        pdf.set_font("times", "", 10)
        for para in paras:
            for ln in _wrap(pdf, para, col_w):
                if k == spec.overflow_line:
                    ln = f"{ln} www.invented-registry.example/nodules"  # runs into the gutter
                pdf.text(xs[0], y, ln)
                lines_left.append(y)
                y += 12
                k += 1
            y += 4
    y = 72.0 + 6
    pdf.set_font("times", "B", 11)
    pdf.text(xs[1], y, "References")
    y += 15
    pdf.set_font("times", "", 8)
    for n, ref in enumerate(spec.references, 1):
        for i, ln in enumerate(_wrap(pdf, f"[{n}] {ref}", col_w - 10)):
            pdf.text(xs[1] + (0 if i == 0 else 10), y, ln)
            y += 9.5
        y += 2
    if spec.caption:
        # the caption's first line sits level with a left-column line
        y = next(t for t in lines_left if t > y + 8)
        pdf.set_font("times", "", 9)
        for ln in _wrap(pdf, spec.caption, col_w):
            pdf.text(xs[1], y, ln)
            y += 11
    number(2)
    return bytes(pdf.output())
