"""A figure's label alone on its line ("Fig. 2"), its legend set under it as a paragraph of its own: a web page's
figure (SpringerLink prints the label in the figure caption and the legend in a description block under it), the
page saved as HTML or printed to PDF. The legend is the figure's caption (its stains are read as a legend is), not
one more paragraph of the section it happens to end (Conclusions). A label followed by a heading keeps the heading,
and "Fig. 2" is no label inside a running sentence. Fictional report, built at run time."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from eims_extract.ingest import load_document
from eims_extract.ingest.html import read_html

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
_LEGEND = (
    "a Cut surface of the invented calf lesion. b Spindle cells among plasma cells (H&E). c The cells were positive "
    "for SMA and negative for ALK, desmin and S100"
)
_CONCLUSION = "An invented calf lesion was excised and the made-up patient stayed well; no real person is described."


def _pdf(path, paras: list[tuple[str, str]]) -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("Body", "", _FONT)
    pdf.add_page()
    for kind, text in paras:
        pdf.set_font("Body", "", 12 if kind == "h" else 10)
        pdf.multi_cell(0, 13, text, align="J" if kind == "p" else "L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))


def _report(after_label: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        ("h", "Case presentation"),
        ("p", "A made-up 52-year-old woman had a painless calf swelling for a year; it was removed with clear margins "
              "at an invented hospital."),
        ("h", "Conclusions"),
        ("p", _CONCLUSION),
        ("p", "Fig. 1"),
        *after_label,
    ]


def _caption_text(doc, label: str) -> str:
    caps = [s for s in doc.sections if s.kind == "caption" and s.title == label]
    return " ".join(doc.text[s.start : s.end] for s in caps)


def _section_text(doc, kind: str) -> str:
    return " ".join(doc.text[s.start : s.end] for s in doc.sections if s.kind == kind)


def test_legend_under_lone_figure_label_is_its_caption_pdf(tmp_path) -> None:
    f = tmp_path / "calf.pdf"
    _pdf(f, _report([("p", _LEGEND), ("h", "References"), ("p", "1. Invented A. A made-up paper. 2020.")]))
    doc = load_document(f)
    cap = _caption_text(doc, "Fig. 1")
    assert "Cut surface" in cap and "negative for ALK, desmin and S100" in cap, doc.sections
    assert "Cut surface" not in _section_text(doc, "conclusion")


def test_heading_after_lone_figure_label_stays_heading_pdf(tmp_path) -> None:
    f = tmp_path / "calf.pdf"
    _pdf(f, _report([("h", "Discussion"), ("p", "Calf lesions like this one are invented for the test.")]))
    doc = load_document(f)
    assert "Discussion" in [s.title for s in doc.sections if s.kind == "discussion"]
    assert "invented for the test" not in _caption_text(doc, "Fig. 1")


def _page(body: str) -> bytes:
    return (
        "<html><body><article><h1>An invented calf lesion</h1><section><h2>Case presentation</h2><p>A made-up "
        "52-year-old woman had a painless calf swelling for a year; it was removed with clear margins.</p></section>"
        f"<section><h2>Conclusions</h2><p>{_CONCLUSION}</p>{body}</section>"
        "<section><h2>Discussion</h2><p>Calf lesions like this one are invented for the test.</p></section>"
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "body",
    [
        f"<p>Fig. 1</p><p>{_LEGEND}</p>",  # label and legend as two paragraphs of the section
        f"<figure><figcaption><b>Fig. 1</b></figcaption><div class='description'><p>{_LEGEND}</p></div></figure>",
    ],
)
def test_legend_under_lone_figure_label_is_its_caption_html(body: str) -> None:
    doc = read_html(_page(body), "calf", "calf.html")
    cap = _caption_text(doc, "Fig. 1")
    assert "Cut surface" in cap and "negative for ALK, desmin and S100" in cap, doc.sections
    assert "Cut surface" not in _section_text(doc, "conclusion")


def test_heading_after_lone_figure_label_stays_heading_html() -> None:
    doc = read_html(_page("<p>Fig. 1</p>"), "calf", "calf.html")
    assert "invented for the test" in _section_text(doc, "discussion")
    assert "invented for the test" not in _caption_text(doc, "Fig. 1")


def test_figure_named_inside_sentence_is_no_label_html() -> None:
    doc = read_html(_page("<p>The lesion is shown in Fig. 1, which is made up.</p>"), "calf", "calf.html")
    assert "shown in Fig. 1" in _section_text(doc, "conclusion")
