"""``inspect.render``: what a person checking ingestion by eye needs to see."""

from __future__ import annotations

from eims_extract.ingest.inspect import render
from eims_extract.ingest.model import Cell, Document, Section, Table


def _doc() -> Document:
    text = "A pretend title\nA made-up woman aged 33 had a pretend cyst.\nTABLE 1 Pretend data.\nA | B\n1 | 2\n"
    t = Table(
        id="T1",
        caption="Pretend data.",
        header=[Cell("A", 80, 81, 2), Cell("B", 84, 85, 2)],
        rows=[[Cell("1", 86, 87, 2), Cell("2", 90, 91, 2)]],
        start=80,
        end=91,
        pages=[2],
    )
    return Document(
        doc_id="pretend",
        path="pretend.pdf",
        kind="pdf",
        text=text,
        sections=[
            Section("title", "", 0, 15),
            Section("case", "Case report", 16, 58),
            Section("caption", "T1", 59, 79),
            Section("table", "T1", 80, 91),
        ],
        tables=[t],
        page_starts=[(0, 1), (59, 2)],
        n_pages=2,
        warnings=["table T9: no data rows found on page 2"],
    )


def test_render_lists_sections_tables_captions_pages_and_warnings() -> None:
    out = render(_doc())
    assert "pretend  (pdf, 2 pages" in out
    assert "case" in out and "'Case report'" in out and "[16:58] p1" in out
    assert "A made-up woman aged 33" in out
    assert "captions: 1" in out and "T1" in out
    assert "header=['A', 'B'] rows=1 pages=2" in out
    assert "warnings: 1" in out and "no data rows" in out
    assert "text:" not in out


def test_render_can_show_the_text() -> None:
    out = render(_doc(), show_text=True)
    assert out.rstrip().endswith("1 | 2")
