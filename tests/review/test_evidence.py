"""Evidence is marked by its character offsets, never by searching for the value's text."""

from __future__ import annotations

import pytest

from eims_extract.records import Evidence
from eims_extract.review.app import sentence_pieces
from eims_extract.review.evidence import cell_pieces, evidence_pieces, sentence_start, table_cell

# a fictional table as the reading-order text renders it; row 2's reference cell is merged with row 1's
TEXT = (
    "Discussion\nWe list the invented cases below.\n"
    "Case | Age | Treatment | Recurrence | Metastasis | Reference\n"
    "1 | 40y | SE | - | + | Quill R, 2011 (4)\n"
    "2 | 41y | SE+Che | + | - | \n"
    "3 | 9y | SE+Che+RT | - | - | Ashby P, 2015 (5)\n"
)
SECTIONS = [{"kind": "discussion", "start": 0, "end": 45}, {"kind": "table", "title": "T1", "start": 45, "end": len(TEXT)}]
ROW2 = TEXT.index("2 | 41y")
# the extractor's sentence for row 2 carries the filled-down reference: it is not the text line
SENTENCE2 = "2 | 41y | SE+Che | + | - | Quill R, 2011 (4)"


def _cell_offset(line_start: int, col: int) -> int:
    line = TEXT[line_start : TEXT.index("\n", line_start)]
    return line_start + sum(len(c) + 3 for c in line.split(" | ")[:col])


@pytest.mark.parametrize(("col", "value", "header"), [(3, "+", "Recurrence"), (4, "-", "Metastasis"), (2, "SE+Che", "Treatment")])
def test_a_cell_is_marked_at_its_offsets_when_the_sentence_is_not_the_text_line(col, value, header):
    start = _cell_offset(ROW2, col)
    assert TEXT[start : start + len(value)] == value
    pieces = sentence_pieces(Evidence("d", start, start + len(value), SENTENCE2), TEXT)
    marked = [p for p in pieces if p["mark"]]
    assert [p["text"] for p in marked] == [value]
    before = "".join(p["text"] for p in pieces[: pieces.index(marked[0])])
    assert before.endswith(TEXT[ROW2:start])  # the mark sits where the offsets say, not at the first "+"
    cell = table_cell(TEXT, SECTIONS, start, start + len(value))
    assert cell is not None and cell["column"] == header and cell["col"] == col
    assert cell["header"][0] == "Case" and cell["cells"][0] == "2"
    assert [p["text"] for p in cell_pieces(TEXT, cell, start, start + len(value)) if p["mark"]] == [value]


def test_a_merged_reference_is_shown_in_the_row_it_is_printed_in():
    start = TEXT.index("Quill R")
    cell = table_cell(TEXT, SECTIONS, start, start + 17)
    assert cell is not None and cell["cells"][0] == "1" and cell["column"] == "Reference"


def test_sentence_is_lined_up_only_around_the_offsets():
    text = "A man came. Later a man left."
    start = text.index("man", 15)
    assert sentence_start(text, start, start + 3, "Later a man left.") == 12
    assert sentence_start(text, start, start + 3, "A man came.") is None  # elsewhere: not used
    pieces = evidence_pieces(text, start, start + 3, "A man came.")
    assert [p["text"] for p in pieces if p["mark"]] == ["man"]
    assert "".join(p["text"] for p in pieces).startswith("…") is False and "left" in "".join(p["text"] for p in pieces)


def test_no_text_means_no_guessed_highlight():
    assert evidence_pieces(None, 3, 6, "A man came.") == [{"text": "A man came.", "mark": False}]
    assert evidence_pieces("short", 3, 60, "A man came.") == [{"text": "A man came.", "mark": False}]
