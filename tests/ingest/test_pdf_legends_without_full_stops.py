"""Figure legends printed one under another, none ending in a full stop ("Figure 1: CT of the invented mass" /
"Figure 2: Spindle cells ..."), set apart as paragraphs only by a little more space than a line's or by a short last
line: each opens a figure caption of its own (a web page's figure list printed to PDF). "Figure 2 shows ..." at the
start of a line inside a running paragraph (a full line above it, no more space) is still text. Fictional report,
drawn line by line at run time."""

from __future__ import annotations

from fpdf import FPDF

from eims_extract.ingest.pdf import read_pdf

_LINE = 10.5  # points from one line's top to the next
_GAP = 3.0  # the extra space between paragraphs

# (paragraph lines): each line drawn where it stands; monospaced, so a line's length is its width
_PARAS = [
    ["Case presentation"],
    [
        "An invented 40-year-old man had a painless swelling of the",
        "left jaw for half a year; a made-up clinic removed it with a",
        "margin of bone and he has stayed well for two years. Panel",
        "Figure 2 shows the cells; the stains were done at the same",
        "time and all of them are described in the legends below it.",
    ],
    ["Figures"],
    ["Figure 1: Invented radiograph showing a lucent area of the", "left jaw"],
    [
        "Figure 2: Made-up stains (a) SMA positive in the spindle cells",
        "(b) desmin and S100 negative in the tumour cells and stroma",
    ],
    ["Figure 3: Invented radiograph a year later without recurrence"],
]


def _pdf() -> bytes:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("courier", "", 9)
    y = 60.0
    for para in _PARAS:
        for line in para:
            pdf.text(50, y, line)
            y += _LINE
        y += _GAP
    return bytes(pdf.output())


def test_legends_without_full_stops_each_open_a_caption() -> None:
    doc = read_pdf(_pdf(), "jaw", "jaw.pdf")
    caps = {s.title: doc.text[s.start : s.end] for s in doc.sections if s.kind == "caption"}
    assert sorted(caps) == ["Figure 1", "Figure 2", "Figure 3"], caps
    assert "desmin and S100 negative" in caps["Figure 2"] and "Figure 3" not in caps["Figure 2"]
    assert "left jaw" in caps["Figure 1"] and "Made-up stains" not in caps["Figure 1"]


def test_figure_named_at_a_line_start_inside_a_paragraph_is_text() -> None:
    doc = read_pdf(_pdf(), "jaw", "jaw.pdf")
    case = " ".join(doc.text[s.start : s.end] for s in doc.sections if s.kind == "case")
    assert "Figure 2 shows the cells" in case
