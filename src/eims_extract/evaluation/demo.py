"""Writing case-report PDFs of our own (fpdf2): the demo corpus, test fixtures
and the benchmark's generated corpus all come from here, so nothing
third-party ever needs to be committed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

@dataclass
class ReportSpec:
    title: str
    sections: list[tuple[str, str]]  # (heading, body paragraphs separated by blank lines)
    table_caption: str = ""
    table_header: list[str] = field(default_factory=list)
    table_rows: list[list[str]] = field(default_factory=list)
    footer: str = "Demo Journal of Case Reports"


def _ascii(text: str) -> str:
    """Core PDF fonts are Latin-1: map the few typographic characters we use."""
    repl = {"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00d7": "x", "\u03b1": "alpha-", "\u2265": ">=", "\u00b5": "u"}
    for a, b in repl.items():
        text = text.replace(a, b)
    return text.encode("latin-1", "replace").decode("latin-1")


class _PDF(FPDF):
    footer_text = ""

    def footer(self) -> None:  # running footer: ingestion must drop it
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 8, f"{self.footer_text}    {self.page_no():02d}", align="C")


def write_report_pdf(spec: ReportSpec, path: str | Path, two_column: bool = False) -> Path:
    """Render ``spec`` as a one- or two-column PDF with a horizontally ruled table."""
    pdf = _PDF(format="A4")
    pdf.footer_text = spec.footer
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 7, _ascii(spec.title))
    pdf.ln(3)
    width = pdf.epw
    if two_column:
        body = "\n\n".join(f"{h}\n{b}" for h, b in spec.sections)
        pdf.set_font("Helvetica", size=9.5)
        with pdf.text_columns(ncols=2, gutter=8, text_align="L") as cols:
            for block in body.split("\n\n"):
                lines = block.split("\n")
                if len(lines) > 1 and len(lines[0]) < 60:
                    cols.write(_ascii(lines[0]) + "\n")
                    cols.write(_ascii(" ".join(lines[1:])) + "\n\n")
                else:
                    cols.write(_ascii(block) + "\n\n")
    else:
        for heading, body in spec.sections:
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(width, 6, _ascii(heading))
            pdf.set_font("Helvetica", size=10)
            for para in [p for p in body.split("\n\n") if p.strip()]:
                pdf.multi_cell(width, 5, _ascii(" ".join(para.split())))
                pdf.ln(1.5)
            pdf.ln(2)
    if spec.table_header:
        _ruled_table(pdf, spec)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def _ruled_table(pdf: FPDF, spec: ReportSpec) -> None:
    """A table ruled only by horizontal lines, as journals print them."""
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 9)
    pdf.multi_cell(0, 5, _ascii(spec.table_caption))
    n = len(spec.table_header)
    widths = _column_widths(pdf, spec.table_header, spec.table_rows)
    x0 = pdf.l_margin
    pdf.set_draw_color(0)
    pdf.line(x0, pdf.get_y() + 1, x0 + sum(widths), pdf.get_y() + 1)
    pdf.ln(2)
    for r, row in enumerate([spec.table_header, *spec.table_rows]):
        pdf.set_font("Helvetica", "B" if r == 0 else "", 8)
        y = pdf.get_y()
        heights = []
        for i in range(n):
            pdf.set_xy(x0 + sum(widths[:i]), y)
            pdf.multi_cell(widths[i] - 1, 4, _ascii(row[i] if i < len(row) else ""))
            heights.append(pdf.get_y() - y)
        pdf.set_y(y + max(heights) + 1)
        if r == 0:
            pdf.line(x0, pdf.get_y(), x0 + sum(widths), pdf.get_y())
            pdf.ln(1)
    pdf.line(x0, pdf.get_y(), x0 + sum(widths), pdf.get_y())


def _column_widths(pdf: FPDF, header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[float]:
    want = []
    for i, h in enumerate(header):
        pdf.set_font("Helvetica", "B", 8)
        w = pdf.get_string_width(_ascii(h))
        pdf.set_font("Helvetica", size=8)
        cells = [r[i] for r in rows if i < len(r)]
        want.append(max([w, *(pdf.get_string_width(_ascii(c)) for c in cells)]) + 4)
    scale = min(1.0, pdf.epw / sum(want))
    return [w * scale for w in want]


DEMO_TABLE_REPORT = ReportSpec(
    title="ALK-positive epithelioid inflammatory myofibroblastic sarcoma of the omentum treated with alectinib: case report and review of reported cases",
    sections=[
        (
            "Abstract",
            "We describe a 44-year-old man with epithelioid inflammatory myofibroblastic sarcoma of the omentum "
            "who received alectinib after resection, and we tabulate comparable published cases.",
        ),
        (
            "Case presentation",
            "A 44-year-old man presented with abdominal pain and a rising girth over one month. Computed tomography "
            "showed a 12 cm solid mass in the greater omentum. Complete resection was performed.\n\n"
            "The tumour cells stained positive for ALK with a nuclear membrane pattern and for desmin, and were "
            "negative for S-100 and CD34. Ki-67 was approximately 25%. FISH showed ALK rearrangement.\n\n"
            "Alectinib 600 mg twice daily was started after surgery. At 12 months of follow-up there was no "
            "recurrence or metastasis, although a small residual peritoneal nodule persisted, and he is alive with disease.",
        ),
        (
            "Discussion",
            "Table 1 lists previously reported abdominal cases. Most patients were treated with surgery, and those "
            "receiving an ALK inhibitor tended to survive longer.",
        ),
    ],
    table_caption="Table 1 Reported abdominal cases of epithelioid inflammatory myofibroblastic sarcoma.",
    table_header=["Case", "Age", "Gender", "Location", "Therapy", "Recurrence", "Metastasis", "Outcome", "Author (year)"],
    table_rows=[
        ["1", "33y", "Male", "Mesentery", "SE+ALKi", "+", "-", "18 mo (AWD)", "Fictional A, 2019 (3)"],
        ["2", "12y", "Female", "Omentum", "SE", "-", "-", "30 mo (ANED)", "Fictional B, 2020 (4)"],
        ["3", "61y", "Male", "Peritoneum", "SE+Che", "+", "+", "6 mo (DOD)", "Fictional C, 2021 (5)"],
        ["4", "44y", "Male", "Omentum", "SE+ALKi", "-", "-", "12 mo (AWD)", "Current case"],
    ],
)


def write_demo_pdf(path: str | Path) -> Path:
    return write_report_pdf(DEMO_TABLE_REPORT, path)
