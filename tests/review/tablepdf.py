"""A fictional review with a 52-row literature table, drawn with fpdf2 for the review-page tests.

Every patient, author and number is invented. The table is printed like a
journal's case table (horizontal rules only, header repeated on each page),
with the cells that tripped the old highlighter: "+" under Recurrence beside a
"SE+Che" treatment, "-" under Metastasis, and a reference cell merged over three rows, so the stored
evidence sentence of the rows below it is not the text line (the old highlighter then
searched for the value's text and marked the first "+" of the row).
"""

from __future__ import annotations

from fpdf import FPDF

PAGE_W, PAGE_H, MARGIN = 595.0, 842.0, 40.0
HEADER = ["Case", "Age", "Sex", "Site", "Treatment", "Recurrence", "Metastasis", "Follow up", "Reference"]
WIDTHS = [30.0, 34.0, 40.0, 70.0, 72.0, 54.0, 54.0, 64.0, 0.0]
SITES = ["Mesentery", "Omentum", "Liver", "Stomach", "Colon", "Pelvis", "Retroperitoneum"]
TREATMENTS = ["SE+Che", "SE", "SE+Che+ALKi", "SE+ALKi", "Che", "SE+RT"]
STATUS = ["DOD", "AWD", "ANED"]
AUTHORS = ["Quill R", "Ashby P", "Marlow T", "Penrose K", "Vance L", "Holt N", "Ibarra J", "Sund E"]
N_ROWS = 52
ROWS_PER_PAGE = 30


def rows() -> list[list[str]]:
    """The table's cells, deterministic: row ``i`` always has the same invented values."""
    out = []
    for i in range(1, N_ROWS + 1):
        out.append([
            str(i),
            f"{(i * 7) % 60 + 3}y",
            "Male" if i % 3 else "Female",
            SITES[i % len(SITES)],
            TREATMENTS[i % len(TREATMENTS)],
            "+" if i % 2 else "-",
            "+" if i % 5 == 0 else "-",
            f"{(i * 5) % 48 + 2} mo ({STATUS[i % 3]})",
            # one reference spans three rows, printed on the first only (as journals merge the cell)
            f"{AUTHORS[(i // 3) % len(AUTHORS)]}, {2005 + i // 3} ({i // 3 + 3})" if i % 3 == 1 else "",
        ])  # fmt: skip
    return out


def build() -> bytes:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 15)
    pdf.text(MARGIN, 60, "An invented abdominal sarcoma series: a made-up review of 52 cases")
    pdf.set_font("helvetica", "", 9)
    pdf.text(MARGIN, 80, "Ada Fernwood and Bo Lindqvist")
    pdf.set_font("helvetica", "B", 11)
    pdf.text(MARGIN, 110, "Discussion")
    pdf.set_font("helvetica", "", 9)
    y = 126
    for line in (
        "We pooled fifty-two imaginary cases from pretend reports; they are listed in Table 2.",
        "Every value in this document was composed for a software test and describes no one.",
    ):
        pdf.text(MARGIN, y, line)
        y += 12
    widths = list(WIDTHS)
    widths[-1] = PAGE_W - 2 * MARGIN - sum(widths[:-1])

    def header(yy: float) -> float:
        pdf.line(MARGIN, yy, PAGE_W - MARGIN, yy)
        pdf.set_font("helvetica", "B", 7.5)
        x = MARGIN
        for w, h in zip(widths, HEADER, strict=True):
            pdf.text(x + 2, yy + 10, h)
            x += w
        yy += 14
        pdf.line(MARGIN, yy, PAGE_W - MARGIN, yy)
        pdf.set_font("helvetica", "", 7.5)
        return yy + 2

    pdf.add_page()
    pdf.set_font("helvetica", "B", 8)
    pdf.text(MARGIN, MARGIN + 8, "TABLE 2 Invented abdominal cases.")
    y = header(MARGIN + 16)
    for i, row in enumerate(rows()):
        if i and i % ROWS_PER_PAGE == 0:
            pdf.line(MARGIN, y, PAGE_W - MARGIN, y)
            pdf.add_page()
            y = header(MARGIN)
        x = MARGIN
        for w, cell in zip(widths, row, strict=True):
            pdf.text(x + 2, y + 9, cell)
            x += w
        y += 14
    pdf.line(MARGIN, y, PAGE_W - MARGIN, y)
    pdf.set_font("helvetica", "", 7)
    pdf.text(MARGIN, y + 10, "SE, surgical excision; Che, chemotherapy; RT, radiotherapy; ALKi, ALK inhibitor; all fictional.")
    return bytes(pdf.output())
