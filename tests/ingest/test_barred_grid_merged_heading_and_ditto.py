"""A series' own table typed as a grid of bars (a markdown-like paste), its header on two lines: one heading printed
once across the stain columns under it with no bar between them ("|   Stains   |" over "| ALK | SMA | Desmin |"),
a unit under another name ("Size" over "(cm)"), the bars of the merged line a character or two off those below (the
cells padded by hand), one record spread over two lines (its case cell blank on the second), and ditto marks (") for
"the same as the cell above".

Every document here is written for these tests: fictional patients, invented wording.
"""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import parse_fusion_partner  # noqa: F401  (field module import registers columns)
from eims_extract.ingest.text import read_text

GRID = [
    "| No. | Age/Sex | Location       | Size |       Stains       | Operation            | Outcome         |",
    "|     |         |                | (cm) | ALK | SMA | Desmin |                      |                 |",
    "|-----|---------|----------------|------|-----|-----|--------|----------------------|-----------------|",
    "| 1   | 30/F    | Omentum        | 4.0  | +   | +   | -      | Excision             | NED, 12 mo      |",
    "| 2   | 8/M     | Bladder        | 2.5  | +   | -   | \"      | Partial cystectomy   | NED, 20 mo      |",
    "| 3   | 61/M    | Lung, RUL      | 3.0  | -   | +   | \"      | Lobectomy            | Relapse 6 mo;   |",
    "|     |         |                |      |     |     |        | + radiotherapy       | AWD, 18 mo      |",
    "| 4   | 19/F    | Ileum          | 5.5  | +   | \"   | +      | Resection            | NED, 9 mo       |",
]


def _page(grid: list[str]) -> str:
    return "\n".join([
        "Four invented myofibroblastic lesions: a pretend report",
        "",
        "Results",
        "The four made-up patients are described in Table 1.",
        "",
        "Table 1. Features of the four invented patients",
        "",
        *grid,
        "",
        "NED, no evidence of disease; AWD, alive with disease; RUL, right upper lobe; \" same as above.",
        "",
        "Discussion",
        "None of these patients is real; the table only shows a layout that pasted pages use.",
    ])


def _table(grid: list[str] = GRID):
    doc = read_text(_page(grid).encode(), "grid", "grid.txt")
    assert len(doc.tables) == 1
    return doc.tables[0]


def _fix_merged_line(line: str) -> str:
    """The merged line as a hand-padded paste has it: its bars after the heading two characters right of those below."""
    return line.replace("|       Stains       |", "|        Stains        |")


@pytest.mark.parametrize("grid", [GRID, [_fix_merged_line(GRID[0]), *GRID[1:]]], ids=["aligned", "hand_padded"])
def test_heading_merged_over_stain_columns_names_each_stain_column(grid) -> None:
    t = _table(grid)
    assert t.header_texts() == ["No.", "Age/Sex", "Location", "Size (cm)", "ALK", "SMA", "Desmin", "Operation", "Outcome"]


def test_record_spread_over_two_lines_of_a_merged_header_grid_is_one_row() -> None:
    t = _table()
    assert [r[0].text for r in t.rows] == ["1", "2", "3", "4"]
    assert t.rows[2][7].text == "Lobectomy + radiotherapy"
    assert t.rows[2][8].text == "Relapse 6 mo; AWD, 18 mo"


def test_ditto_mark_repeats_the_cell_above_it() -> None:
    t = _table()
    assert [r[6].text for r in t.rows] == ["-", "-", "-", "+"]
    assert t.rows[3][5].text == "+"  # (the SMA of the row above)
    assert t.rows[2][6].start == t.rows[0][6].start  # the value keeps the offsets it was printed with


SPACED = [
    "Case   Age/sex   Location    ALK   SMA   Desmin   Operation      Outcome",
    "1      27/M      Omentum     +     +     -        Excision       NED 11 mo",
    "2      6/F       Bladder     +     -     \"        Resection      NED 25 mo",
    "3      58/F      Lung        -     +     +        \"              AWD 14 mo",
]

PATIENT_COLUMNS = [
    "                 Case 1        Case 2        Case 3",
    "Age (years)      27            6             58",
    "Sex              M             F             \"",
    "Location         Omentum       Bladder       Lung",
    "ALK IHC          Positive      \"             Negative",
    "Outcome          NED 11 mo     NED 25 mo     AWD 14 mo",
]


def test_ditto_mark_in_a_table_set_with_spaces_repeats_the_cell_above() -> None:
    t = _table(SPACED)
    assert [r[5].text for r in t.rows] == ["-", "-", "+"]
    assert [r[6].text for r in t.rows] == ["Excision", "Resection", "Resection"]


def test_ditto_mark_in_a_table_of_patient_columns_repeats_the_patient_before() -> None:
    t = _table(PATIENT_COLUMNS)
    by_name = {c.text: k for k, c in enumerate(t.header)}
    assert [r[by_name["Sex"]].text for r in t.rows] == ["M", "F", "F"]
    assert [r[by_name["ALK IHC"]].text for r in t.rows] == ["Positive", "Positive", "Negative"]


TABBED = [
    "Case\tAge/sex\tLocation\tSMA\tOperation\tOutcome",
    "1\t27/M\tOmentum\t+\tExcision\tNED 11 mo",
    "2\t6/F\t″\t-\tResection\tNED 25 mo",
    "3\t58/F\t\t\tResection\tAWD 14 mo",
    "4\t40/M\tLung\t+\tdo.\tNED 3 mo",
]


def test_empty_cell_in_a_column_that_prints_ditto_marks_repeats_the_cell_above() -> None:
    """A tab-set table whose Location column repeats values with a ditto mark ("″") and once by leaving the cell
    empty: the empty cell repeats the one above too; an empty cell in a column printing no ditto mark stays empty."""
    t = _table(TABBED)
    by_name = {c.text: k for k, c in enumerate(t.header)}
    assert [r[by_name["Location"]].text for r in t.rows] == ["Omentum", "Omentum", "Omentum", "Lung"]
    assert [r[by_name["SMA"]].text for r in t.rows] == ["+", "-", "", "+"]
    assert [r[by_name["Operation"]].text for r in t.rows] == ["Excision", "Resection", "Resection", "Resection"]
