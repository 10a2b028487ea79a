"""The pdfium character source against pdfplumber, the reference: the same PDF read
through either backend gives the same Document (text, sections, table rows, page
starts, warnings), on PDFs drawn here, the shared two-column paper and the
re-rendered layouts."""

from __future__ import annotations

import dataclasses
import io

import pdfplumber
import pytest
from fpdf import FPDF

from eims_extract.errors import IngestError
from eims_extract.ingest import load_document
from eims_extract.ingest.pdf import backend, read_pdf
from eims_extract.ingest.pdfium_chars import iter_pages, open_pdf

from ingest_pdfgen import build
from layouts import LAYOUTS, paper_of, render


def _same_document(data: bytes) -> None:
    a = dataclasses.asdict(read_pdf(data, "d", "d.pdf", source="pdfplumber"))
    b = dataclasses.asdict(read_pdf(data, "d", "d.pdf", source="pdfium"))
    assert [k for k in a if a[k] != b[k]] == []


def _ruled_table_pdf(layout: str, size: float) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=size)
    pdf.multi_cell(0, 5, "An invented note on made-up patients, seen only by this test, with a long first line.")
    pdf.cell(0, 6, "Table 1 Pretend patients.", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(borders_layout=layout, col_widths=(15, 20, 25, 40), width=100, align="LEFT") as t:
        for r in [["No.", "Age", "Sex", "Organ"], ["1", "31y", "Female", "Liver"], ["2", "7mo", "Male", "Imaginary spleen"]]:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.multi_cell(0, 5, "Afterwards the fictional text goes on for one more sentence.")
    return bytes(pdf.output())


@pytest.mark.parametrize("layout", ["ALL", "HORIZONTAL_LINES", "SINGLE_TOP_LINE", "MINIMAL"])
@pytest.mark.parametrize("size", [7.0, 11.0])
def test_drawn_ruled_table_reads_the_same_through_pdfium(layout: str, size: float) -> None:
    _same_document(_ruled_table_pdf(layout, size))


@pytest.mark.parametrize("layout", ["ALL", "HORIZONTAL_LINES"])
def test_pdfium_rules_and_boxes_are_pdfplumbers(layout: str) -> None:
    """Ruling lines and rectangles: same count, place and stroke/fill as pdfminer's."""
    data = _ruled_table_pdf(layout, 9.0)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        ref = pdf.pages[0]
        want = {k: sorted((round(o["x0"], 2), round(o["top"], 2), round(o["x1"], 2), round(o["bottom"], 2), bool(o.get("stroke")), bool(o.get("fill"))) for o in getattr(ref, k)) for k in ("lines", "rects")}
    page = next(iter_pages(open_pdf(data)))
    got = {k: sorted((round(o["x0"], 2), round(o["top"], 2), round(o["x1"], 2), round(o["bottom"], 2), o["stroke"], o["fill"]) for o in getattr(page, k)) for k in ("lines", "rects")}
    assert want["lines"] or want["rects"]
    assert got == want


def test_pdfium_words_keep_pdfplumbers_boxes() -> None:
    """Word text, boxes (to 0.05 pt) and type size match pdfplumber's on a drawn page in a
    standard font (whose descent pdfminer takes from its own Adobe metrics)."""
    data = _ruled_table_pdf("ALL", 9.0)
    kw = {"extra_attrs": ["size", "fontname"], "x_tolerance_ratio": 0.15}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        want = pdf.pages[0].extract_words(**kw)
    got = next(iter_pages(open_pdf(data))).extract_words(**kw)
    assert [w["text"] for w in got] == [w["text"] for w in want]
    for a, b in zip(got, want):
        assert all(abs(a[k] - b[k]) < 0.05 for k in ("x0", "x1", "top", "bottom", "size")), (a, b)


def test_line_end_hyphen_is_printed_as_a_hyphen() -> None:
    """PDFium reports a hyphen ending a line as U+FFFE; the page shows '-'."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(60, 5, "A fictional patient had a well-\ncircumscribed made-up lesion.")
    text = "".join(c["text"] for c in next(iter_pages(open_pdf(bytes(pdf.output())))).chars)
    assert "\ufffe" not in text and "well-circumscribed" in text


@pytest.mark.parametrize("turn", ["ccw", "cw"])
def test_sideways_table_reads_the_same_through_pdfium(turn: str) -> None:
    """Turned text: boxes from the font's advance widths, not the glyphs' tight boxes."""
    import test_pdf_spans

    _same_document(build(test_pdf_spans._spec("middle", False, turn)))


@pytest.mark.parametrize("data", [b"%PDF-1.4\n garbage", b"%PDF-1.7\n" + b"0" * 50])
def test_broken_pdf_is_a_one_line_ingest_error(data: bytes) -> None:
    with pytest.raises(IngestError, match=r"^corrupt PDF"):
        read_pdf(data, "b", "b.pdf", source="pdfium")


def test_backend_is_pdfium_unless_asked(monkeypatch) -> None:
    monkeypatch.delenv("EIMS_PDF_BACKEND", raising=False)
    assert backend() == "pdfium"
    monkeypatch.setenv("EIMS_PDF_BACKEND", "pdfplumber")
    assert backend() == "pdfplumber"
    with pytest.raises(ValueError):
        backend("pdfminer")


def test_demo_corpus_pdf_reads_the_same_through_pdfium() -> None:
    from pathlib import Path

    _same_document((Path(__file__).resolve().parents[2] / "corpus" / "demo_04_review_table.pdf").read_bytes())


@pytest.mark.slow
def test_shared_two_column_pdf_reads_the_same_through_pdfium(seed_pdf) -> None:
    _same_document(seed_pdf.read_bytes())


@pytest.mark.slow
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_rerendered_layouts_read_the_same_through_pdfium(seed_txt, name: str) -> None:
    _same_document(render(paper_of(load_document(seed_txt)), LAYOUTS[name]))


def _char(text: str, x0: float, top: float, size: float = 10.0, font: str = "F1", upright: bool = True) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5, "top": top, "bottom": top + size, "doctop": top, "size": size, "fontname": font, "upright": upright}


WORD_CASES = {
    "gap wider than the size ratio splits": [_char("a", 0, 0), _char("b", 5, 0), _char("c", 12, 0)],
    "a blank ends a word": [_char("a", 0, 0), _char(" ", 5, 0), _char("b", 10, 0)],
    "an empty character is a word of its own": [_char("a", 0, 0), _char("", 5, 0), _char("b", 10, 0)],
    "a font change splits": [_char("a", 0, 0), _char("b", 5, 0, font="F2")],
    "lines within 3 units merge and are read left to right": [_char("b", 5, 2), _char("a", 0, 0), _char("c", 40, 9)],
    "turned characters group along x": [_char("a", 0, 0, upright=False), _char("b", 1, 5, upright=False), _char("c", 30, 0, upright=False)],
    "ligature glyph expands": [_char("\ufb01", 0, 0), _char("t", 5, 0)],
}


@pytest.mark.parametrize("name", sorted(WORD_CASES))
def test_word_grouping_is_pdfplumbers(name: str) -> None:
    """Our word grouping (a third of the layout time in pdfplumber's general version) gives
    pdfplumber's words exactly: same text, order and boxes."""
    from pdfplumber.utils import extract_words as plumber_words

    from eims_extract.ingest.pdfium_chars import extract_words

    kw = {"extra_attrs": ["size", "fontname"], "keep_blank_chars": False, "x_tolerance_ratio": 0.15}
    assert extract_words(WORD_CASES[name], **kw) == plumber_words(WORD_CASES[name], **kw)


def test_word_grouping_is_pdfplumbers_on_the_shared_pdf(seed_pdf) -> None:
    from pdfplumber.utils import extract_words as plumber_words

    from eims_extract.ingest.pdfium_chars import extract_words

    kw = {"extra_attrs": ["size", "fontname"], "keep_blank_chars": False, "x_tolerance_ratio": 0.15}
    for page in iter_pages(open_pdf(seed_pdf.read_bytes())):
        turned = [dict(c, upright=False) for c in page.chars]
        assert extract_words(page.chars, **kw) == plumber_words(page.chars, **kw)
        assert extract_words(turned, **kw) == plumber_words(turned, **kw)
