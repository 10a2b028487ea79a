"""Line-end hyphenation (``ingest.assemble.dehyphenate``): a number word broken from its unit keeps its hyphen; an
opening bracket before a broken word stays next to it."""

from __future__ import annotations

import pytest

from eims_extract.ingest.assemble import Line, dehyphenate, join_lines

#: a typesetter that hyphenates: two soft breaks the package confirms, so undecided breaks would be joined
HABIT = [Line("the girl then took crizo-"), Line("tinib and later a recur-"), Line("rence was seen;")]


def _joined(first: str, second: str) -> str:
    lines = [*(Line(ln.text) for ln in HABIT), Line(first), Line(second)]
    dehyphenate([lines], [ln.text for ln in lines])
    return join_lines([ln.text for ln in lines]).split("seen; ", 1)[1]


@pytest.mark.parametrize("first,second,want", [
    ("she had a four-", "week course of prednisone", "she had a four-week course of prednisone"),
    ("a review at the two-", "year visit", "a review at the two-year visit"),
    ("a boy of nine-", "year-old habit", "a boy of nine-year-old habit"),
    ("a mass of eleven-", "month duration", "a mass of eleven-month duration"),
])
def test_number_word_broken_from_its_unit_keeps_the_hyphen(first, second, want):
    assert _joined(first, second) == want


@pytest.mark.parametrize("first,second,want", [
    ("low values (hae-", "moglobin 7.9 g/dL) were noted", "low values (haemoglobin 7.9 g/dL) were noted"),
    ("the drug [crizo-", "tinib] was stopped", "the drug [crizotinib] was stopped"),
    ("(crizo-", "tinib) was given", "(crizotinib) was given"),
])
def test_opening_bracket_before_a_broken_word_stays_beside_it(first, second, want):
    assert _joined(first, second) == want


def test_bracketed_broken_word_keeps_evidence_offsets_exact(tmp_path, nlp):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    text = "\n".join([
        "An invented abdominal tumour in a fictional man",
        "",
        "Case report",
        "A 61-year-old man was seen at an imaginary clinic with pain",
        "in the left flank that had lasted for several weeks and a",
        "mass that was found on imaging. He then took crizo-",
        "tinib for the mass before an operation; a recur-",
        "rence was later seen and his anaemia (hae-",
        "moglobin 7.9 g/dL) needed a transfusion before the second",
        "operation. The tumour cells were positive for SMA and ALK",
        "on the resected specimen, and desmin was negative in them.",
        "He is alive without disease 14 months after the operation.",
    ])
    p = tmp_path / "case.txt"
    p.write_text(text, encoding="utf-8")
    doc = load_document(p)
    assert "anaemia (haemoglobin 7.9" in doc.text
    rows = extract_document(doc, nlp)
    evs = [e for r in rows for name in ("ihc_positive", "follow_up_months", "age_years") for e in r.evidence.get(name, [])]
    assert evs
    for e in evs:
        assert e.sentence in doc.text
        assert doc.text[e.start : e.end].strip()
        assert doc.text.find(e.sentence) <= e.start and e.end <= doc.text.find(e.sentence) + len(e.sentence)
