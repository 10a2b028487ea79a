"""Short table legends under a table of two rows, however the grid is set (bars, tabs, space runs, one cell per
line): a two-item legend with no "Abbreviations:" word ("NED, no evidence of disease; AWD, alive with disease.") and a
legend spelling out the symbol a cell carries ("†, died of disease" under "Died†"). Each is the table's foot
(``Table.footnotes``), never a cell or body text. Fictional patients; wording our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document
from eims_extract.ingest.tables import symbol_legend

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
