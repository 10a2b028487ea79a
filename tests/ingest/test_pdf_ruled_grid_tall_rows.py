"""A fully ruled PDF table (a box round every cell) whose rows are made tall by cells wrapped over many lines in
narrow columns: the rules above and below a tall row are one row of the same grid, so the table goes on past it as
one table with every row; and two such tables one under the other, the second's caption set small right under the
first, stay two tables, each with its caption (fictional, built at run time)."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from eims_extract.ingest.pdf import read_pdf

_HEADER = ("Case", "Age", "Site", "Operation", "Course", "Months")
_LONG = (
    "Wide excision first, then a second wider excision with a flap after a margin was found involved on review "
    "of the slides by two pathologists"
)


def _rows(tall_at: int | None) -> list[tuple[str, ...]]:
    rows = [
        ("1", "41", "Calf", "Excision", "No relapse", "20"),
        ("2", "17", "Forearm", "Excision", "No relapse", "31"),
        ("3", "63", "Thigh", "Excision", "Relapse at 9 months", "40"),
        ("4", "29", "Shin", "Excision", "No relapse", "12"),
    ]
    if tall_at is not None:
        rows[tall_at] = rows[tall_at][:3] + (_LONG,) + rows[tall_at][4:]
    return rows


def _table(pdf: FPDF, caption: str, rows: list[tuple[str, ...]]) -> None:
    pdf.set_font("helvetica", "B", 8)
    pdf.multi_cell(0, 4, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 8)
    with pdf.table(first_row_as_headings=True, text_align="LEFT", line_height=3.6, col_widths=(12, 12, 20, 22, 30, 14)) as t:
        for r in [_HEADER, *rows]:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(1)


def _pdf(tall_at: int | None, second: bool) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.multi_cell(0, 7, "Four invented limb nodules treated by excision", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Results", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(0, 5, "Four made-up patients had a limb nodule excised; their course is listed below.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _table(pdf, "Table 1. Invented patients and their course", _rows(tall_at))
    if second:
        _table(pdf, "Table 2. The same invented patients once more", _rows(None))
    pdf.ln(3)
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Discussion", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(0, 5, "Nodules like these are made up for a test of the reader.")
    return bytes(pdf.output())


@pytest.mark.parametrize("tall_at", [0, 1, 3])  # the tall row first, in the middle, last
def test_tall_row_of_ruled_grid_keeps_table_whole(tall_at: int) -> None:
    doc = read_pdf(_pdf(tall_at, second=False), "grid", "grid.pdf")
    (t,) = doc.tables
    rows = t.row_texts()
    assert [r[0] for r in rows] == ["1", "2", "3", "4"], rows
    assert rows[tall_at][3].startswith("Wide excision first") and rows[tall_at][3].endswith("two pathologists")
    assert rows[tall_at][5] == _rows(tall_at)[tall_at][5]


@pytest.mark.parametrize("tall_at", [None, 3])
def test_next_tables_caption_under_ruled_grid_stays_its_caption(tall_at: int | None) -> None:
    doc = read_pdf(_pdf(tall_at, second=True), "two", "two.pdf")
    assert [t.caption for t in doc.tables] == [
        "Invented patients and their course", "The same invented patients once more"
    ], [(t.caption, len(t.rows)) for t in doc.tables]
    assert [len(t.rows) for t in doc.tables] == [4, 4]
