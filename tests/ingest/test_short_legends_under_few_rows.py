"""Short table legends under a table of two rows, however the grid is set (bars, tabs, space runs, one cell per
line): a two-item legend with no "Abbreviations:" word ("NED, no evidence of disease; AWD, alive with disease.") and a
legend spelling out the symbol a cell carries ("†, died of disease" under "Died†"). Each is the table's foot
(``Table.footnotes``), never a cell or body text. Fictional patients; wording our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document
from eims_extract.ingest.tables import _FOOTNOTE_SYMBOLS, cell_mark, fold, symbol_legend, symbol_note

_HEAD = ["Case", "Age (y)", "Sex", "Site", "Treatment", "Follow-up (mo)", "Status"]
_CODED = [["1", "47", "F", "Lung", "Lobectomy", "19", "NED"], ["2", "26", "M", "Lung", "Wedge resection", "11", "AWD"]]
_MARKED = [["1", "58", "F", "Mesentery", "Surgery", "5", "Died†"], ["2", "23", "F", "Omentum", "Surgery", "13", "Alive"]]


def _grid(rows: list[list[str]], layout: str) -> str:
    table = [_HEAD, *rows]
    if layout == "bars":
        return "\n".join(" | ".join(r) for r in table)
    if layout == "tabs":
        return "\n".join("\t".join(r) for r in table)
    if layout == "spaces":
        w = [max(len(r[i]) for r in table) + 3 for i in range(len(_HEAD))]
        return "\n".join("".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in table)
    return "\n".join(c for r in table for c in r)  # one cell per line


def _table(tmp_path: Path, rows: list[list[str]], layout: str, legend: str):
    p = tmp_path / "series.txt"
    p.write_text(
        "Inflammatory myofibroblastic tumour: two invented patients\n\nAbstract\nTwo patients with an inflammatory "
        f"myofibroblastic tumour are described.\n\nResults\nTable 1. Patients\n{_grid(rows, layout)}\n{legend}\n\n"
        "Discussion\nBoth tumours were studied.\n",
        encoding="utf-8",
    )
    doc = load_document(p)
    assert len(doc.tables) == 1
    return doc.tables[0]


_LAYOUTS = ["bars", "tabs", "spaces", "cells"]


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_two_item_legend_without_lead_word_is_its_tables_foot(tmp_path, layout):
    legend = "NED, no evidence of disease; AWD, alive with disease."
    table = _table(tmp_path, _CODED, layout, legend)
    assert table.footnotes == legend
    assert [r[-1].text for r in table.rows] == ["NED", "AWD"]


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_dagger_legend_under_two_rows_is_its_tables_foot(tmp_path, layout):
    table = _table(tmp_path, _MARKED, layout, "†, died of disease")
    assert table.footnotes == "†, died of disease"
    assert [len(r) for r in table.rows] == [7, 7]
    assert table.rows[0][-1].text.startswith("Died")


@pytest.mark.parametrize(
    ("line", "rows", "is_legend"),
    [
        ("†, died of disease", ["2 | 41 | Died†"], True),
        ("†, died of disease; ‡, lost to follow-up", ["Died†", "Alive‡"], True),
        ("†, died of disease", ["2 | 41 | Died"], False),  # no cell carries the dagger
        ("+, positive", ["ALK+"], False),  # a sign, no footnote symbol
    ],
)
def test_symbol_legend_needs_its_symbol_in_a_cell(line, rows, is_legend):
    assert symbol_legend(line, rows) is is_legend


def test_symbol_legend_gate_lets_every_footnote_symbol_through():
    """symbol_legend skips a line holding no footnote symbol before parsing it: every symbol a cell may end with
    (cell_mark on "x" + symbol), written as is or in a form fold turns into it, must pass that gate."""
    symbols = [ch for ch in map(chr, range(0x20, 0x10000)) if cell_mark(fold("x" + ch)) == (fold(ch), 1)]
    assert "\u2020" in symbols and "\u2021" in symbols
    assert all(any(c in ch for c in _FOOTNOTE_SYMBOLS) for ch in symbols)


@pytest.mark.parametrize(
    ("line", "rows", "is_note"),
    [
        ("† Lost after 6 months", ["2      57     F     Cystectomy     6†     Unknown"], True),
        ("‡ Imatinib given after surgery", ["Case 3: 30 y, M, lung; ALK+; lobectomy‡; NED 7 mo."], True),
        ("† These authors contributed equally", ["Anna Smith†, Ben Jones†"], False),  # an author line is no row
        ("† These authors contributed equally", ["Received 2 May; accepted 9 June"], False),
        ("‡ Imatinib given after surgery", ["2 | 41 | Lobectomy | NED"], False),  # no row carries the symbol
    ],
)
def test_symbol_note_needs_a_row_carrying_its_symbol(line, rows, is_note):
    assert symbol_note(line, rows) is is_note


def test_symbol_notes_under_a_space_aligned_table_are_its_notes_not_page_footnotes(tmp_path):
    p = tmp_path / "series.txt"
    p.write_text(
        "Inflammatory myofibroblastic tumour: invented patients\n\nAbstract\nTwo patients are described.\n\n"
        "Results\nTable 1. Course\n"
        "Case   Age (y)   Sex   Treatment      Follow-up (mo)   Status\n"
        "1      33        M     Resection‡     17               NED\n"
        "2      57        F     Cystectomy     4†               Unknown\n"
        "† Lost after 4 months\n‡ Alectinib given after the operation\n\nDiscussion\nBoth were treated.\n",
        encoding="utf-8",
    )
    doc = load_document(p)
    assert "† Lost after 4 months" in doc.tables[0].footnotes
    assert doc.tables[0].rows[0][3].note == "Alectinib given after the operation"
