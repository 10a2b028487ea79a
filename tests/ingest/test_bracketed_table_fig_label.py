"""A saved web page of a journal that labels tables and figures alike in brackets ("[Table/Fig-1]:"), its table
copied one cell per line, one cell's words wrapped onto a second line ("Steroids, then" / "radiotherapy").

Every document here is written for these tests: fictional patients, an invented clinic.
"""

from __future__ import annotations

import pytest

from eims_extract.ingest.sections import caption_start
from eims_extract.ingest.tables import flat_grid_width
from eims_extract.ingest.text import read_text

_CELLS = [
    "Case", "Age (years)/Sex", "Site", "Treatment", "Outcome",
    "1", "70/M", "Caecum", "Right hemicolectomy", "No recurrence, 10 months",
    "2", "77/F", "Forearm", "Excision and", "re-excision", "NED, 16 months",
    "3", "83/M", "Orbit", "Steroids, then", "radiotherapy", "Stable disease at 9 months",
]

_PAGE = "\n".join([
    "Three invented older adults with myofibroblastic tumours",
    "",
    "Case Series",
    "The details of the three made-up patients seen at our invented clinic are in [Table/Fig-1].",
    "",
    "[Table/Fig-1]:",
    "Clinical features of the three cases.",
    *_CELLS,
    "M: Male; F: Female; NED: No evidence of disease",
    "",
    "Discussion",
    "Nothing here is about a real patient; the table shows how such a page is copied as text.",
])


@pytest.mark.parametrize(
    "line,got", [("[Table/Fig-1]:", ("table", "1")), ("[Table/Fig-12]: Clinical features", ("table", "12")), ("[Table 1]", None)]
)
def test_bracketed_table_fig_label_opens_a_caption(line, got):
    assert caption_start(line) == got


def test_cell_wrapped_onto_a_lower_case_line_counts_once_in_a_flat_table():
    assert flat_grid_width(_CELLS) == 5
    assert flat_grid_width(_CELLS[:16]) == 5  # no wrapped cell: read as before


def test_table_under_a_bracketed_label_read_with_its_wrapped_cells():
    doc = read_text(_PAGE.encode(), "jcdr", "jcdr.txt")
    (table,) = doc.tables
    assert table.caption == "Clinical features of the three cases."
    assert [r[3].text for r in table.rows] == ["Right hemicolectomy", "Excision and re-excision", "Steroids, then radiotherapy"]
    assert [r[4].text for r in table.rows][2] == "Stable disease at 9 months"
