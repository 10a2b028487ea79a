"""Short lines in a PDF's text column (a stain list, one antibody and result a line) are separate paragraphs.

Only a paragraph's last line ends before the middle of its column; a run of such lines without sentence ends
("Vimentin (V9) +" over "Myogenin (F5D) -") is a list whose items must not be glued into one run-on line, which
no marker rule reads. Fictional report.
"""

from __future__ import annotations

from fpdf import FPDF

from eims_extract.ingest import load_document

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
_LIST = ["ALK (D5F3) +, granular", "Vimentin (V9) +", "Calponin (CALP) +/-", "Myogenin (F5D) -", "Ki-67 (MIB-1) 6%"]


def test_stain_list_lines_stay_apart(tmp_path) -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("Body", "", _FONT)
    pdf.add_page()
    pdf.set_font("Body", "", 12)
    pdf.multi_cell(0, 14, "Pathology", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Body", "", 10)
    body = ("The invented resection specimen of the made-up patient's calf held a firm grey nodule of spindle cells "
            "among plasma cells and lymphocytes; the stains were read on a single block and gave this profile:")
    for text in [body, *_LIST, "No other stain was needed, and the margins were clear on every side of the nodule."]:
        pdf.multi_cell(0, 13, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    f = tmp_path / "calf.pdf"
    pdf.output(str(f))
    text = load_document(f).text
    for a, b in zip(_LIST, _LIST[1:]):
        assert f"{a}\n{b}\n" in text
