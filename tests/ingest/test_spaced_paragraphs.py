"""PDF paragraphs set apart by a little extra space (a third of a line), the way web-to-PDF renderers print them.

A keywords line with a run-in label and no full stop ("Keywords: ...") is followed by the case's first paragraph
only a few points lower than a paragraph's own lines are apart; that gap, wider than the text's usual line gap,
ends the paragraph, so the case is not read as keywords. Fictional report.
"""

from __future__ import annotations

from fpdf import FPDF

from eims_extract.ingest import load_document

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def test_small_paragraph_gap_ends_keywords(tmp_path) -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("Body", "", _FONT)
    pdf.add_page()
    pdf.set_font("Body", "", 10)
    paras = [
        "Summary: An invented soft-tissue tumour of the wrist was removed in a made-up clinic; this short text was "
        "written for a software test and describes nobody, neither the patient nor the surgeons named nowhere.",
        "Keywords: wrist, spindle cell tumour, kinase fusion, excision",
        "A 23-year-old invented woman noticed a slowly growing lump on the back of her right wrist over eight "
        "months; the mass was excised with clear margins and stained for ALK and SMA, and she was well when seen "
        "fourteen months later, with no sign of the lump returning on ultrasound of the wrist and forearm.",
    ]
    for text in paras:
        pdf.multi_cell(0, 13, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.4)
    f = tmp_path / "wrist.pdf"
    pdf.output(str(f))
    doc = load_document(f)
    kw = [s for s in doc.sections if s.kind == "keywords"]
    assert kw and "23-year-old" not in doc.text[kw[0].start : kw[0].end]
    assert "\nA 23-year-old invented woman" in doc.text
