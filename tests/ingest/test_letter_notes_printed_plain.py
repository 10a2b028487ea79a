"""Footnotes opened by a letter whose superscript a text dump printed as a plain letter glued to a word cell
("Resectionb" over "b Margin involved."): the note is cut from the table, and the cell read without its letter, only
where another cell of the table prints the same word without it (``ingest.tables.word_marked``); a word that merely
ends in that letter stays as printed. Fictional patients; wording our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document
from eims_extract.ingest.tables import word_marked


def _table(tmp_path: Path, grid: str):
    p = tmp_path / "series.txt"
    p.write_text(
        "Inflammatory myofibroblastic tumour: invented patients\n\nAbstract\nTwo patients are described.\n\n"
        f"Results\nTable 1. Cases\n{grid}\nb Margin involved at the first operation.\n\nDiscussion\nBoth did well.\n",
        encoding="utf-8",
    )
    return load_document(p).tables[0]


@pytest.mark.parametrize(
    "grid",
    [
        "Case | Age (y) | Sex | Treatment | Status\n1 | 31 | F | Resectionb | NED\n2 | 64 | M | Resection | NED",
        "Case\nAge (y)\nSex\nTreatment\nStatus\n1\n31\nF\nResectionb\nNED\n2\n64\nM\nResection\nNED",
    ],
)
def test_plain_letter_note_is_cut_when_the_letter_marks_a_cell(tmp_path, grid):
    table = _table(tmp_path, grid)
    assert table.footnotes == "b Margin involved at the first operation."
    assert [(r[3].text, r[3].note) for r in table.rows] == [
        ("Resection", "Margin involved at the first operation."),
        ("Resection", ""),
    ]


@pytest.mark.parametrize(
    ("cell", "letter", "cells", "marked"),
    [
        ("Excisiona", "a", ["Excision", "NED"], True),
        ("Vagina", "a", ["Uterus", "Cervix"], False),
        ("Lobectomyb", "b", ["Wedge resection"], False),  # no cell prints the word without the letter
        ("12a", "a", ["12"], False),  # a number's glued letter is read by cell_mark, not here
    ],
)
def test_word_ending_in_a_note_letter_is_marked_only_beside_its_unmarked_twin(cell, letter, cells, marked):
    assert word_marked(cell, letter, cells) is marked
