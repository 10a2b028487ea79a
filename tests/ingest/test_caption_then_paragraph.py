"""A figure caption set in the body font, followed closely by the next body paragraph.

Web-to-PDF renderers and some journals print a figure legend as one more paragraph of body type, with no more
space after it than between paragraphs. The caption ends where its last sentence ends on a short line; the
paragraph after it is article text (it carries the facts), not more caption. A caption wrapped over several full
lines stays one caption. Fictional report.
"""

from __future__ import annotations

from fpdf import FPDF

from eims_extract.ingest import load_document

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

_PARAS = [
    ("h", "Case report"),
    ("p", "An invented 61-year-old man noticed a firm swelling of his left thigh that had grown over half a year; "
          "he had no fever, no weight loss and no injury to the leg, and his blood counts and inflammatory markers "
          "were normal when his family doctor sent him to the sarcoma clinic of a made-up hospital."),
    ("p", "Figure 1. Coronal MRI of the invented thigh mass, showing a lobulated lesion within the vastus lateralis "
          "muscle that displaces the femoral vessels medially without encasing them; no other lesion is seen."),
    ("p", "A needle biopsy showed spindle cells among lymphocytes; the cells were positive for ALK and SMA and "
          "negative for desmin and S100, and the tumour was excised with clear margins."),
    ("h", "Discussion"),
    ("p", "Nothing in this document describes a real patient or a published image; the sentences were written "
          "for a software test and the thigh, the scan and the stains are all invented, as is the clinic that "
          "is said to have treated the man and the journal that would have printed his story."),
]


def _pdf(path, paras=_PARAS) -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("Body", "", _FONT)
    pdf.add_page()
    for kind, text in paras:
        pdf.set_font("Body", "", 12 if kind == "h" else 10)
        pdf.multi_cell(0, 13, text, align="J" if kind == "p" else "L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))


def test_paragraph_after_body_font_caption_is_text(tmp_path) -> None:
    f = tmp_path / "thigh.pdf"
    _pdf(f)
    doc = load_document(f)
    caps = [s for s in doc.sections if s.kind == "caption"]
    assert len(caps) == 1
    cap = doc.text[caps[0].start : caps[0].end]
    assert "encasing them" in cap and "no other lesion is seen." in cap  # the wrapped caption stays whole
    assert "needle biopsy" not in cap
    case = next(s for s in doc.sections if s.kind == "case")
    assert "positive for ALK and SMA" in doc.text[case.start : case.end]


def test_paragraph_after_one_line_caption_is_text(tmp_path) -> None:
    """A one-line caption nearly as wide as the column: only the gap (the paragraphs' own, wider than the gap
    between a paragraph's lines) tells the caption from the paragraph after it."""
    paras = list(_PARAS)
    paras[2] = ("p", "Figure 1. Axial MRI of the invented thigh mass lying within the lateral vastus muscle.")
    f = tmp_path / "thigh1.pdf"
    _pdf(f, paras)
    doc = load_document(f)
    (cap,) = [s for s in doc.sections if s.kind == "caption"]
    assert doc.text[cap.start : cap.end].rstrip().endswith("lateral vastus muscle.")
    case = next(s for s in doc.sections if s.kind == "case")
    assert "positive for ALK and SMA" in doc.text[case.start : case.end]
