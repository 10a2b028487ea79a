"""A labelled abstract in a PDF whose parts ("Background:", "Case:", "Conclusion:") are set as paragraphs a little apart
(a third of a line, as web-to-PDF renderers print them): each label opens its part, as the same lines of the text do,
so the patient's course told under "Case:" or "Conclusion:" is not read as background (fictional, built at run time)."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from eims_extract.ingest.pdf import read_pdf

SIZE = 10.0
LEAD = 13.0  # baseline to baseline within a paragraph


def _pdf(paragraphs: list[list[str]], gap: float) -> bytes:
    """Lines drawn one by one at fixed positions; ``gap`` points of extra space between paragraphs."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.set_xy(50, 50)
    pdf.cell(0, 16, "An invented nodule of the spleen in a retired glazier")
    pdf.set_font("helvetica", "B", 11)
    pdf.set_xy(50, 90)
    pdf.cell(0, 14, "Abstract")
    pdf.set_font("helvetica", "", SIZE)
    y = 112.0
    for para in paragraphs:
        for line in para:
            pdf.set_xy(50, y)
            pdf.cell(0, SIZE, line)
            y += LEAD
        y += gap
    pdf.set_font("helvetica", "B", 11)
    pdf.set_xy(50, y + 8)
    pdf.cell(0, 14, "Discussion")
    pdf.set_font("helvetica", "", SIZE)
    pdf.set_xy(50, y + 30)
    pdf.cell(0, SIZE, "Splenic nodules of this kind are uncommon, and none of this is real.")
    return bytes(pdf.output())


_ABSTRACT = [
    ["Background: Splenic myofibroblastic nodules are seldom seen in older adults and are easily taken",
     "for lymphoma on imaging."],
    ["Case: A 71-year-old retired glazier had a 4.1 cm splenic nodule found on a scan done for back pain,",
     "and laparoscopic splenectomy was carried out in May 2022 without complications of any kind."],
    ["Conclusion: At his latest visit, 27 months after the splenectomy, he had no sign of disease."],
]


@pytest.mark.parametrize("gap", [3.5, 5.0])
def test_run_in_labels_of_paragraphs_set_a_little_apart_open_their_parts(gap: float) -> None:
    doc = read_pdf(_pdf(_ABSTRACT, gap), "spleen", "spleen.pdf")
    for text, kind in (("A 71-year-old retired glazier", "case"), ("27 months after the splenectomy", "conclusion")):
        sec = doc.section_at(doc.text.index(text))
        assert sec is not None and sec.kind == kind, [(s.kind, s.title) for s in doc.sections]


def test_label_word_starting_a_wrapped_line_inside_a_paragraph_is_text() -> None:
    # no extra space, the line before runs to the margin and does not end a sentence: "Conclusion:" here goes on
    # with the paragraph's sentence, it opens nothing
    para = [[
        "Background: Splenic myofibroblastic nodules are seldom seen in older adults, and the authors add a",
        "Conclusion: heading only at the end, after describing a 71-year-old retired glazier whose nodule",
        "was removed by laparoscopic splenectomy in May 2022 without complications of any kind at all.",
    ]]
    doc = read_pdf(_pdf(para, 0.0), "spleen2", "spleen2.pdf")
    assert not any(s.kind == "conclusion" for s in doc.sections), [(s.kind, s.title) for s in doc.sections]
