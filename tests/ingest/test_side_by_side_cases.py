"""Two case reports printed in columns side by side: a text dump gives one line holding both headings
("Case 1          Case 2"), then the first column's text, then the second's. Each heading must stand
before its own column, or every sentence lands in the wrong patient.

Every document here is written for these tests: fictional patients, invented wording.
"""

from __future__ import annotations

import textwrap

import pytest

from eims_extract.ingest.text import read_text

TITLE = ["Two invented soft tissue tumours of the made-up hand and foot:", "a short pair of reports", ""]
FIRST = (
    "A 47-year-old carpenter noticed a slowly growing lump on the back of his left hand. It was excised "
    "with clear margins and he was free of disease two years later."
)
FIRST_MORE = "Histology showed plump spindle cells in a loose stroma with many plasma cells around small vessels."
SECOND_OPENINGS = [
    "A girl of six years limped for two months because of a painful swelling of the right sole.",
    "An 11-year-old boy limped for two months because of a painful swelling of the right sole.",
    "The second patient, a schoolteacher, limped for two months because of a painful right sole.",
]
SECOND_REST = "The nodule was removed through a plantar incision and there was no relapse after a year."
TAIL = ["", "Discussion", "Tumours of this kind are rare in the extremities and are easily mistaken for", "nodular fasciitis."]


def _wrap(text: str) -> list[str]:
    return textwrap.wrap(text, 44, break_on_hyphens=False)


def _doc(heading_line: str, first: list[list[str]], second: list[str]):
    lines = TITLE + [heading_line]
    for para in first:
        lines += para + [""]
    lines += second + TAIL
    return read_text("\n".join(lines).encode(), "pair", "pair.txt")


def _cases(doc) -> dict[str, str]:
    return {s.title: doc.text[s.start : s.end] for s in doc.sections_of("case") if s.title}


@pytest.mark.parametrize("opening", SECOND_OPENINGS)
@pytest.mark.parametrize("labels", [("Case 1", "Case 2"), ("Patient 1", "Patient 2"), ("Case report 1", "Case report 2")])
def test_side_by_side_case_headings_each_go_before_their_own_column(opening: str, labels: tuple[str, str]) -> None:
    doc = _doc(f"{labels[0]}{' ' * 30}{labels[1]}", [_wrap(FIRST), _wrap(FIRST_MORE)], _wrap(opening + " " + SECOND_REST))
    cases = _cases(doc)
    assert list(cases) == list(labels)
    assert "carpenter" in cases[labels[0]] and "plasma cells" in cases[labels[0]]
    assert "right sole" in cases[labels[1]] and "carpenter" not in cases[labels[1]]


def test_side_by_side_columns_of_one_paragraph_each_split_at_the_paragraph_break() -> None:
    second = _wrap("Her swelling of the right sole was painful. " + SECOND_REST)
    cases = _cases(_doc("Case 1" + " " * 25 + "Case 2", [_wrap(FIRST)], second))
    assert "carpenter" in cases["Case 1"] and "right sole" in cases["Case 2"]


def test_side_by_side_headings_left_alone_when_the_columns_cannot_be_told_apart() -> None:
    # three paragraphs and none opens on a new patient: no guess where the second column begins
    second = _wrap("Her swelling of the right sole was painful. " + SECOND_REST)
    doc = _doc("Case 1" + " " * 25 + "Case 2", [_wrap(FIRST), _wrap(FIRST_MORE)], second)
    assert "Case 2" not in _cases(doc)


def test_a_line_of_two_wide_apart_words_that_are_not_case_headings_is_not_split() -> None:
    doc = _doc("Results" + " " * 25 + "Outcome", [_wrap(FIRST)], _wrap(SECOND_OPENINGS[0]))
    assert not _cases(doc).get("Case 2")
