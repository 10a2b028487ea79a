"""A stain table set in columns with spaces whose result cells carry a bracketed note padded off after them
("+  (focal)", "−   (internal control stained)"): the note is part of that cell, not a column of its own, so the
rows keep the header's columns (both when each row's cells are cut by wide gaps and when a narrow column touches
the next one with a single space).

Every document here is written for these tests: a fictional patient, invented stains.
"""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text

BEFORE = [
    "A pretend myofibroblastic tumour of the made-up bladder",
    "",
    "Case report",
    "An invented 47-year-old man had a bladder mass removed by partial cystectomy.",
    "The stains used are listed in Table 1.",
    "",
]
AFTER = ["", "Discussion", "Tumours of this kind are rare in the bladder of invented adults."]

WIDE = [
    "Table 1 Antibodies and results",
    "Antibody       Clone        Dilution     Result",
    "ALK            D5F3         RTU          +   (granular)",
    "Desmin         D33          1:100        +",
    "CD34           QBEnd10      1:50         \u2212",
    "Caldesmon      h-CD         1:50         \u2212   (vessels stained)",
]
# the clone column too narrow for one clone, which touches the maker's column with a single space
NARROW = [
    "Table 1 Antibodies and results",
    "Antibody    Clone      Maker       Result",
    "ALK         5A4        Novocastra  +  (diffuse)",
    "CK7         OV-TL12/30 Dako        \u2212",
    "Desmin      D33        Dako        \u00b1  (patchy)",
    "p63         4A4        Biocare     \u2212",
]


def _rows(table: list[str]) -> list[list[str]]:
    doc = read_text("\n".join(BEFORE + table + AFTER).encode(), "stains", "stains.txt")
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert all(len(r) == len(t.header) for r in t.rows)
    return [[c.text for c in r] for r in t.rows]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (WIDE, [
            ["ALK", "D5F3", "RTU", "+   (granular)"],
            ["Desmin", "D33", "1:100", "+"],
            ["CD34", "QBEnd10", "1:50", "\u2212"],
            ["Caldesmon", "h-CD", "1:50", "\u2212   (vessels stained)"],
        ]),
        (NARROW, [
            ["ALK", "5A4", "Novocastra", "+  (diffuse)"],
            ["CK7", "OV-TL12/30", "Dako", "\u2212"],
            ["Desmin", "D33", "Dako", "\u00b1  (patchy)"],
            ["p63", "4A4", "Biocare", "\u2212"],
        ]),
    ],
)
def test_padded_note_after_last_cell_stays_in_that_cell(table, expected) -> None:
    assert _rows(table) == expected


def test_padded_bracket_with_a_number_is_no_note_of_the_last_cell() -> None:
    """Guard: "(12)", "(2015)" after a row's last cell is a reference or a year, never a note read into that cell."""
    table = [
        "Table 1 Antibodies and results",
        "Antibody       Clone        Dilution     Result",
        "ALK            D5F3         RTU          +   (12)",
        "Desmin         D33          1:100        +",
        "CD34           QBEnd10      1:50         \u2212",
    ]
    doc = read_text("\n".join(BEFORE + table + AFTER).encode(), "stains", "stains.txt")
    cells = [c.text for t in doc.tables for r in t.rows for c in r]
    assert not any("(12)" in c and "+" in c for c in cells)
