"""Two-column layouts the PDF reader must read in order, drawn line by line at test time with fictional text:

* a one-page article whose right column holds only a few lines (the end of the text, a sidebar of links): still two
  columns, the left one read whole, never row by row across both;
* a one-page file's running head in small type at the top (nothing to repeat on) is not text;
* a front-matter line that stops short ("Article views: 512") above the abstract's heading is not continued by the
  lower-case line at the top of the right column: that line goes on from the left column's last line;
* a reference entry wrapped onto a heading word ("Cases. 2031, 4:12-15.") is the entry's rest, not a heading.
"""

from __future__ import annotations

from fpdf import FPDF

from eims_extract.ingest.pdf import read_pdf

W, H = 595.0, 842.0
LEFT_X, RIGHT_X, COL_W = 50.0, 310.0, 235.0
LEAD = 11.0


def _sentences(tag: str, n: int, first: int = 1) -> str:
    return " ".join(
        f"On pretend day {k} the {tag} team of the imaginary ward wrote down {k + 10} invented readings." for k in range(first, first + n)
    )


class _Page:
    def __init__(self) -> None:
        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.add_page()

    def font(self, size: float, bold: bool = False) -> None:
        self.pdf.set_font("helvetica", "B" if bold else "", size)

    def wrap(self, text: str, width: float = COL_W) -> list[str]:
        return self.pdf.multi_cell(width, LEAD, text, dry_run=True, output="LINES")

    def lines(self, x: float, y: float, lines: list[str]) -> float:
        for ln in lines:
            self.pdf.text(x, y, ln)
            y += LEAD
        return y

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


def _words(s: str) -> list[str]:
    return s.split()


def _short_right_column(running_head: str = "") -> tuple[bytes, str, list[str]]:
    page = _Page()
    if running_head:
        page.font(7)
        page.pdf.text(LEFT_X, 40, running_head)
    page.font(15, bold=True)
    page.pdf.text(LEFT_X, 80, "An invented lump of the pretend knee in a made-up adult")
    page.font(11, bold=True)
    page.pdf.text(LEFT_X, 120, "Case report")
    page.font(9)
    body = _sentences("night", 12)
    page.lines(LEFT_X, 136, page.wrap(body))
    side = ["Similar pretend articles on imaginary knees", "Another invented note about pretend elbows", "A made-up survey of fictional wrists"]
    page.lines(RIGHT_X, 136, side)
    return page.bytes(), body, side


def test_one_page_with_a_short_right_column_reads_the_left_column_whole() -> None:
    data, body, side = _short_right_column()
    doc = read_pdf(data, "short", "short.pdf")
    case = doc.sections_of("case")[0]
    assert _words(doc.text[case.start : case.end])[: len(_words(body))] == _words(body)
    assert all(s in doc.text for s in side)


def test_small_running_head_of_a_one_page_file_is_not_text() -> None:
    head = "Pretend knee lump with a made-up TPM9-ALK fusion ..."
    data, body, _ = _short_right_column(running_head=head)
    doc = read_pdf(data, "head", "head.pdf")
    assert "TPM9" not in doc.text
    assert _words(body)[:5] == _words(doc.text[doc.sections_of("case")[0].start :])[:5]


def test_short_front_matter_line_is_not_continued_at_the_top_of_the_right_column() -> None:
    page = _Page()
    page.font(15, bold=True)
    page.pdf.text(LEFT_X, 60, "A fictional swelling of the imaginary shin")
    page.font(9)
    front = ["Pretend Journal of Made-up Cases", "Received: 3 May 2031", "Article views: 512"]
    y = page.lines(LEFT_X, 100, front)
    gap_y = y + 8  # the gap both columns share
    page.font(11, bold=True)
    page.pdf.text(LEFT_X, gap_y + 10, "Abstract")
    page.font(9)
    y = page.lines(LEFT_X, gap_y + 26, page.wrap(_sentences("morning", 5)))
    page.font(11, bold=True)
    page.pdf.text(LEFT_X, y + 10, "Case report")
    page.font(9)
    story = _sentences("evening", 8) + " After the operation the invented patient was"
    lines = page.wrap(story)
    page.lines(LEFT_X, y + 26, lines)
    # right column: its first line goes on from the left column's last; a paragraph break level with the left gap
    top = page.wrap("discharged on pretend day 5 in good health. " + _sentences("later", 1))
    assert 100 + len(top) * LEAD < gap_y
    page.lines(RIGHT_X, 100, top)
    page.lines(RIGHT_X, gap_y + 26, page.wrap(_sentences("follow", 12)))
    doc = read_pdf(page.bytes(), "front", "front.pdf")
    text = " ".join(doc.text.split())
    assert "the invented patient was discharged on pretend day 5" in text
    assert text.index("Article views: 512") < text.index("Abstract") < text.index("discharged on pretend day 5")


def test_reference_wrapped_onto_a_heading_word_is_not_a_heading() -> None:
    page = _Page()
    page.font(15, bold=True)
    page.pdf.text(LEFT_X, 60, "A made-up growth of the fictional wrist")
    page.font(11, bold=True)
    page.pdf.text(LEFT_X, 100, "Case report")
    page.font(9)
    y = page.lines(LEFT_X, 116, page.wrap(_sentences("noon", 4), 495))
    page.font(11, bold=True)
    page.pdf.text(LEFT_X, y + 12, "References")
    page.font(9)
    refs = [
        "1. Quorn A: Pretend wrist growths. Imag Hand Rev. 2030, 3:1-4.",
        "2. Brill T: A made-up wrist lump in a fictional adult. Pretend Surgical",
        "Cases. 2031, 4:12-15.",
        "3. Fenn O: Invented kinase findings. Fict Mol Notes. 2029, 1:5-9.",
    ]
    page.lines(LEFT_X, y + 28, refs)
    doc = read_pdf(page.bytes(), "refs", "refs.pdf")
    assert [s.kind for s in doc.sections if s.kind not in ("title", "caption", "table")] == ["case", "references"]
    refs_sec = doc.sections_of("references")[0]
    assert "Cases. 2031, 4:12-15." in doc.text[refs_sec.start : refs_sec.end]


def test_stain_list_lines_opening_on_their_result_stay_lines() -> None:
    """"Positive - ALK, SMA, desmin (focal)" / "Negative - myogenin, CD34" set as lines under a sentence: each a
    paragraph of its own (the text reader keeps them so), never run into the next result's list; a list too long for
    its line goes on onto the next."""
    page = _Page()
    page.font(15, bold=True)
    page.pdf.text(LEFT_X, 60, "An invented lump of a pretend knee")
    page.font(11, bold=True)
    page.pdf.text(LEFT_X, 100, "Case report")
    page.font(9)
    lead = (
        "A made-up man of 52 had an invented lump of the left knee, removed whole and read twice by the pretend team "
        "of the imaginary hospital. Immunohistochemistry:"
    )
    pos = "Positive - ALK (granular cytoplasmic, clone D5F3), SMA (diffuse), desmin (focal), calponin"
    long_neg = (
        "Negative - myogenin, MyoD1, CD34, S100, beta-catenin (nuclear), STAT6, caldesmon, h-caldesmon, CD117, DOG1, "
        "pan-keratin, EMA, HMB45"
    )
    lines = [*page.wrap(lead, 495), pos]
    lines += page.wrap(long_neg, 495)
    lines += ["Ki-67 - 15%", *page.wrap("Nothing else in this fictional file is real, nor meant to be read as real.", 495)]
    assert len(page.wrap(long_neg, 495)) == 2
    page.lines(LEFT_X, 116, lines)
    doc = read_pdf(page.bytes(), "stains", "stains.pdf")
    got = doc.text.splitlines()
    assert pos in got
    assert " ".join(long_neg.split()) in got
    assert "Ki-67 - 15%" in got
