"""Reading order on two-column proceedings pages (issue 16, item 9), drawn at test time with
fictional text: a left-column line running into the gutter must not make the right
column's top (the references) come before the left column's end (Conclusions), nor mix a
right-column caption into a left-column line; a proceedings page number centred under
the columns is furniture, not text."""

from __future__ import annotations

import re

import pytest

from eims_extract.ingest.pdf import read_pdf

from ingest_pdfgen import Conference, build_conference

PLACES = ["orchard", "harbour", "library", "bakery", "meadow", "quarry"]


def _para(tag: str, n: int, first: int = 1) -> str:
    return " ".join(
        f"In invented trial {k} the {tag} group met near the {PLACES[k % len(PLACES)]} and counted {k + 40} pebbles."
        for k in range(first, first + n)
    )


PAGE_ONE = [_para("opening", 9), _para("method", 9, 20), _para("result", 9, 40), _para("pilot", 9, 60)]
DISCUSSION = [_para("review", 6, 80), _para("critique", 5, 90)]
CONCLUSION = _para("closing", 4, 100)
REFERENCES = [
    f"Quillby {c}. Pretend findings on pebble counts, part {n}. Fict Proc Imag Sci (20{10 + n}) {n}:{n * 7}-{n * 7 + 5}."
    for n, c in enumerate("ABCDEFG", 1)
]
CAPTION = "Table 3: Invented pebble counts of every fictional group, by season."
LEFT = [("4 Discussion", DISCUSSION), ("5 Conclusions", [CONCLUSION])]

CASES = {
    "plain": Conference(LEFT, REFERENCES, PAGE_ONE),
    "gutter_overflow": Conference(LEFT, REFERENCES, PAGE_ONE, overflow_line=12),
    "caption_level_with_overflow": Conference(LEFT, REFERENCES, PAGE_ONE, overflow_line=14, caption=CAPTION),
    "number_in_margin_band": Conference(LEFT, REFERENCES, PAGE_ONE, overflow_line=12, number_low=True),
}


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


@pytest.fixture(scope="module")
def docs():
    return {name: read_pdf(build_conference(spec), doc_id=name, path=f"{name}.pdf") for name, spec in CASES.items()}


@pytest.mark.parametrize("name", list(CASES))
def test_left_column_ends_before_the_right_columns_references(docs, name) -> None:
    doc = docs[name]
    text = doc.text
    assert text.index("In invented trial 103") < text.index("Quillby A")
    conclusion = doc.sections_of("conclusion")
    assert len(conclusion) == 1
    got = _words(text[conclusion[0].start : conclusion[0].end])
    assert got == _words(CONCLUSION)


@pytest.mark.parametrize("name", list(CASES))
def test_left_column_lines_stay_whole_and_in_order(docs, name) -> None:
    doc = docs[name]
    disc = doc.sections_of("discussion")
    assert len(disc) == 1
    got = _words(doc.text[disc[0].start : disc[0].end])
    want = _words(" ".join(DISCUSSION))
    if CASES[name].overflow_line is not None:  # the address stays where it was printed, once
        token = " ".join(_words("www.invented-registry.example/nodules"))
        assert " ".join(got).count(token) == 1
        got = " ".join(got).replace(token + " ", "", 1).split()
    assert got == want


@pytest.mark.parametrize("name", list(CASES))
def test_proceedings_page_numbers_are_not_text(docs, name) -> None:
    text = docs[name].text
    assert not re.search(r"\b21[12]\b", text)


def test_caption_in_the_right_column_is_not_mixed_into_a_left_line(docs) -> None:
    doc = docs["caption_level_with_overflow"]
    text = doc.text
    at = text.find("Table 3")
    assert at >= 0
    assert _words(text[at:])[: len(_words(CAPTION))] == _words(CAPTION)
    assert "season" not in text[:at]
