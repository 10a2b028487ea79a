"""A stains' grid set in columns with spaces whose legend sets each code before its meaning with a space only, as
Springer prints a table's foot ("Des desmin, f focal, w weak, ND not done"): the stains' short names count as codes
(no capitals needed), small letters abbreviating their word ("f focal") are bound with them, a bracketed sign
spelled out ("(+) weak/focal") is tolerated, and a note may follow after the legend's full stop on the same line.
Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest.tables import bound_legend
from eims_extract.ingest.text import read_text


@pytest.mark.parametrize(
    ("legend", "expected"),
    [
        ("Cd caldesmon, My myogenin, f focal, ND not done", {"Cd": "caldesmon", "My": "myogenin", "f": "focal", "ND": "not done"}),
        (
            "Des desmin, CK cytokeratin, w weak, (+) weak/focal, NA not assessable. Empty cells: stain not done.",
            {"Des": "desmin", "CK": "cytokeratin", "w": "weak", "NA": "not assessable"},
        ),
    ],
)
def test_bare_legend_binds_stain_names_and_small_letter_codes(legend, expected):
    assert bound_legend(legend) == expected


def test_prose_with_commas_is_no_bare_legend():
    assert bound_legend("Staining was patchy, weak in places and strong elsewhere, as expected.") == {}


GRID = (
    "Inflammatory myofibroblastic tumour of the bladder: three invented patients\n\n"
    "Results\n\n"
    "Table 2 Stains\n\n"
    "Case    ALK     SMA     Dm      CK      Ki-67 (%)\n"
    "1       +       f       w       −       6\n"
    "2       −       +       +       f       15\n"
    "3       +       w       −       −       3\n\n"
    "{legend}\n\n"
    "All three were reviewed by a second observer.\n"
)


@pytest.mark.parametrize(
    "legend",
    [
        "Dm desmin, CK cytokeratin, f focal, w weak, ND not done. Blank: not stained.",
        "Dm desmin, CK cytokeratin, + positive, − negative, f focal, w weak, NA not assessable",
    ],
)
def test_small_letter_codes_read_through_the_bare_legend(legend):
    doc = read_text(GRID.format(legend=legend).encode(), "t", "t.txt")
    rows = rows_from_tables(doc)
    assert [sorted(r.ihc_positive or []) for r in rows] == [
        ["ALK", "Ki-67", "SMA", "desmin"],
        ["CK", "Ki-67", "SMA", "desmin"],
        ["ALK", "Ki-67", "SMA"],
    ]
