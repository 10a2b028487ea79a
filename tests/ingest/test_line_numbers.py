"""Line numbers printed in the margin of preprints and accepted author manuscripts (at every line, every fifth
line, right-aligned in a column; blank lines between the numbered lines or not) are layout: the text is read as
if they were not there, so headings open sections and sentences and values read whole. A number that opens a
line without counting the lines (a date, a dose, a size, a table's case number) stays. Every report here is
fictional."""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text, strip_line_numbers

_LINES = [
    "Preprint server | posted 2 May 2031 | not peer reviewed",
    "Gastric myofibroblastic tumour in a young woman: case report",
    "Lena Marsh, Owen Tabak",
    "Background: Gastric tumours of this kind are seldom seen in",
    "young adults. Conclusions: Wedge resection was enough.",
    "Case presentation. A 23-year-old woman had epigastric pain and",
    "anaemia; endoscopy showed a submucosal mass, which was removed on",
    "11 March 2030 by laparoscopic wedge resection. The spindle cells",
    "were positive for ALK and SMA and negative for DOG1 and CD117.",
    "She was well 14 months later without recurrence on imaging.",
    "Discussion. Such tumours of the stomach are rare in adults and",
    "may be taken for stromal tumours on endoscopy, so the panel",
    "should hold ALK whenever spindle cells and plasma cells are seen",
    "together in a biopsy of the gastric wall.",
    "Declarations. Consent: the patient gave written consent.",
]


def _numbered(lines: list[str], every: int = 1, blank: bool = False, width: int = 0) -> str:
    out = []
    pad = width or 0
    for k, line in enumerate(lines, 1):
        if k % every == 0:
            num = str(k).rjust(pad) if width else str(k)
            out.append(f"{num}{' ' * (3 if width else 1)}{line}")
        else:
            out.append(" " * ((pad + 3) if width else 0) + line)
        if blank:
            out.append("")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    ("every", "blank", "width"),
    [(1, True, 0), (1, False, 0), (1, False, 3), (5, True, 4), (5, False, 4), (1, True, 3)],
    ids=["every-line-blank-between", "every-line", "right-aligned", "every-fifth-blank-between", "every-fifth", "right-aligned-blank"],
)
def test_margin_line_numbers_are_layout_not_text(every: int, blank: bool, width: int) -> None:
    text = _numbered(_LINES, every, blank, width)
    doc = read_text(text.encode(), "d", "d.txt")
    assert "removed on 11 March 2030 by laparoscopic" in doc.text
    assert "had epigastric pain and anaemia" in doc.text
    for k in (7, 8, 10):  # no margin number left inside a sentence
        assert f" {k} " not in doc.text
    assert any(s.kind == "case" for s in doc.sections)
    case = next(s for s in doc.sections if s.kind == "case")
    assert doc.text[case.start : case.end].lstrip().startswith("A 23-year-old woman")


def test_line_numbers_restarting_on_each_page_are_layout() -> None:
    page = _LINES[:6]
    text = _numbered(page) + "\f" + _numbered(_LINES[6:])
    got = strip_line_numbers(text)
    assert "\n11 March 2030 by laparoscopic" in got
    assert "\fanaemia; endoscopy" in got


@pytest.mark.parametrize(
    "text",
    [
        # lines that open on a dose, a date and a size: numbers that do not count the lines
        "The boy was given\n5 mg/kg of prednisolone daily from\n12 June onwards, and a\n3 cm mass shrank to\n"
        "2 cm over the following\n8 weeks without other treatment.\n",
        # a pasted table whose rows open on the case number
        "Table 1. Patients\nCase  Age  Site  ALK\n1  4  lung  +\n2  61  bladder  -\n3  17  orbit  +\n"
        "4  33  uterus  +\n5  9  liver  -\n6  12  mesentery  +\n",
        # a numbered list of sentences inside a longer report: no margin over most of it
        "\n".join(["The patient was followed closely after surgery and was seen every three months."] * 12
                  + ["1 Imaging was clear at every visit.", "2 No drug was given after surgery.",
                     "3 The scar healed well and early.", "4 He returned to school after a month.",
                     "5 His parents were satisfied with the care."]),
    ],
    ids=["numbers-opening-wrapped-lines", "table-case-numbers", "short-numbered-list"],
)
def test_numbers_opening_lines_that_do_not_count_the_lines_stay(text: str) -> None:
    assert strip_line_numbers(text) == text


def test_an_unnumbered_line_opening_on_a_number_between_every_fifth_line_numbers_stays() -> None:
    lines = list(_LINES)
    lines[6] = "12 mm nodules were seen in the wall on ultrasound before surgery."  # ordinal 7, not a margin number
    got = strip_line_numbers(_numbered(lines, every=5, width=4))
    assert "\n12 mm nodules were seen" in got
    assert "\nCase presentation. A 23-year-old" in got and "\nyoung adults." in got


# -- PDFs: a double-spaced manuscript with its line numbers in the left margin ------------------------------------
_PDF_PARAS = [
    ("T", "Adrenal myofibroblastic tumour in a young farmer: a case report"),
    ("P", "Jonas Vell, Ama Quist"),
    ("H", "Case presentation"),
    ("P", "A 31-year-old man had flank pain and weight loss for two months; imaging showed a solid mass of the right "
          "adrenal gland, which was removed on 12 April 2031 by laparoscopic adrenalectomy with clear margins."),
    ("P", "The spindle cells were positive for ALK and SMA and negative for S100 and CD117. Targeted RNA sequencing "
          "found an EML4-ALK fusion."),
    ("H", "Discussion"),
    ("P", "Such tumours of the adrenal gland are rare and may be taken for other adrenal masses on imaging, so the panel "
          "should hold ALK whenever spindle cells and plasma cells are seen together."),
    ("P", "Surgery alone cured him, as it cures most such tumours when the margins are clear, and he has been followed "
          "with yearly imaging since the operation without any sign of a new lesion in the abdomen or the chest."),
]


def _manuscript_pdf(spacing: float, numbers: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y, k = 60.0, 0
    for kind, text in _PDF_PARAS:
        size = 14 if kind == "T" else 10
        style = "B" if kind in "TH" else ""
        pdf.set_font("helvetica", style, size)
        lines = pdf.multi_cell(440, 12, text, dry_run=True, output="LINES")
        for j, line in enumerate(lines):
            k += 1
            if numbers == "every" or (numbers == "fifth" and k % 5 == 0):
                pdf.set_font("helvetica", "", 7)
                pdf.set_xy(30, y)
                pdf.cell(20, 12, str(k), align="R")
            pdf.set_font("helvetica", style, size)
            words = line.split()
            if kind == "P" and j < len(lines) - 1 and len(words) > 1:  # justified: a full line fills the column
                widths = [pdf.get_string_width(w) for w in words]
                gap, x = (440 - sum(widths)) / (len(words) - 1), 70.0
                for w, wd in zip(words, widths):
                    pdf.set_xy(x, y)
                    pdf.cell(wd, 12, w)
                    x += wd + gap
            else:
                pdf.set_xy(70, y)
                pdf.cell(440, 12, line)
            y += spacing
    return bytes(pdf.output())


@pytest.mark.parametrize("numbers", ["every", "fifth"])
def test_pdf_margin_line_numbers_and_double_spacing_read_as_the_plain_text(numbers: str) -> None:
    from eims_extract.ingest.pdf import read_pdf

    plain = read_pdf(_manuscript_pdf(12, "none"), "p", "p.pdf")
    doc = read_pdf(_manuscript_pdf(24, numbers), "m", "m.pdf")
    assert doc.text == plain.text
    assert [(s.kind, s.start, s.end) for s in doc.sections] == [(s.kind, s.start, s.end) for s in plain.sections]
    assert "removed on 12 April 2031 by laparoscopic adrenalectomy" in doc.text


def test_line_numbers_in_the_right_margin_are_layout() -> None:
    width = max(len(x) for x in _LINES) + 6
    text = "\n".join(f"{line.ljust(width)}{k:>3}" for k, line in enumerate(_LINES, 1)) + "\n"
    doc = read_text(text.encode(), "r", "r.txt")
    assert "removed on 11 March 2030 by laparoscopic wedge resection" in doc.text
    assert "had epigastric pain and anaemia" in doc.text
    assert not any(f"{k}\n" in doc.text or f" {k} " in doc.text for k in (6, 7, 8))


@pytest.mark.parametrize("blank", [False, True], ids=["lone-numbers", "lone-numbers-blank-between"])
def test_line_numbers_on_lines_of_their_own_are_layout(blank: bool) -> None:
    sep = "\n\n" if blank else "\n"
    text = sep.join(f"{k}{sep}{line}" for k, line in enumerate(_LINES, 1)) + "\n"
    got = strip_line_numbers(text)
    assert [x for x in got.split("\n") if x.strip()] == _LINES


@pytest.mark.parametrize(
    "text",
    [
        # a table flattened one cell a line, its case numbers on lines of their own
        "Table 2. Cases\nCase\nSite\n1\nlung\n2\nliver\n3\nkidney\n4\norbit\n5\nbladder\n6\nuterus\n",
        # a reference list whose years end the lines after a wide gap
        "References\n" + "\n".join(f"Author {c}. A title of a paper about tumours.   {y}" for c, y in zip("ABCDEFG", (2019, 2008, 2021, 1999, 2015, 2011, 2023))),
    ],
    ids=["flattened-table-case-numbers", "years-ending-reference-lines"],
)
def test_lone_and_trailing_numbers_that_are_cells_stay(text: str) -> None:
    assert strip_line_numbers(text) == text
