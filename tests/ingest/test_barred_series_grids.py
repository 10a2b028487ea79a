"""A case series' summary grid set with bars as plain-text pages print it (``ingest.text`` regions, ``ingest.tables``
grids): a rule under the header whose crossings are ``+``, and cells wrapped onto lines of their own that leave the
case number blank."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document


def _tables(tmp_path: Path, text: str):
    p = tmp_path / "series.txt"
    p.write_text(text, encoding="utf-8")
    return load_document(p).tables


_CROSSED_RULE = """Inflammatory myofibroblastic tumour of the bladder: three children

Introduction
Bladder inflammatory myofibroblastic tumours of childhood are uncommon, and most reports describe one child; we summarise the three children seen at our unit over nine years.
Their presentation, treatment and course are given below, and each child is then described in turn, with the pathology and the molecular findings that supported the diagnosis.

Results
Table 1
Summary of the patients.

 Case | Age     | Sex | Site          | Treatment            | Outcome
      | (years) |     |               |                      |
------+---------+-----+---------------+----------------------+-----------
 1    | 4       | M   | Bladder dome  | Partial cystectomy   | NED, 20 mo
 2    | 9       | F   | Trigone       | TURBT                | NED, 14 mo
 3    | 2       | M   | Bladder neck  | Partial cystectomy   | NED, 31 mo
------+---------+-----+---------------+----------------------+-----------
NED, no evidence of disease; mo, months.

Patient 1 was a boy with haematuria for two weeks, and ultrasound showed a polypoid mass at the dome that was removed by partial cystectomy.
Patient 2 was a girl with dysuria; a trigonal mass was resected transurethrally, and she has had no recurrence on cystoscopy since then.
"""


def test_rule_with_plus_crossings_under_a_barred_header_keeps_the_grid(tmp_path):
    (table,) = _tables(tmp_path, _CROSSED_RULE)
    assert [c.text for c in table.header] == ["Case", "Age (years)", "Sex", "Site", "Treatment", "Outcome"]
    assert [r[3].text for r in table.rows] == ["Bladder dome", "Trigone", "Bladder neck"]


_WRAPPED = """Inflammatory myofibroblastic tumour of the mesentery: three adults

Results
Table 1 Summary of the patients
Case | Age/sex | Site            | IHC                   | Treatment
1    | 30/F    | Transverse      | ALK+, SMA+,           | Resection
     |         | mesocolon       | desmin-               |
2    | 52/M    | Ileal mesentery | ALK-, SMA+            | Resection; crizotinib
3    | 41/M    | Jejunum         | ALK+, CD34-,          | Resection
     |         |                 | S100-                 |
NED no evidence of disease

Case 1. A 30-year-old woman had pain.
"""


@pytest.mark.parametrize(
    ("column", "cells"),
    [
        (2, ["Transverse mesocolon", "Ileal mesentery", "Jejunum"]),
        (3, ["ALK+, SMA+, desmin-", "ALK-, SMA+", "ALK+, CD34-, S100-"]),
        (0, ["1", "2", "3"]),
    ],
)
def test_wrapped_cells_under_a_blank_case_number_go_on_with_the_row_above(tmp_path, column, cells):
    (table,) = _tables(tmp_path, _WRAPPED)
    assert [r[column].text for r in table.rows] == cells


def test_wrapped_cell_keeps_offsets_over_both_lines(tmp_path):
    p = tmp_path / "series.txt"
    p.write_text(_WRAPPED, encoding="utf-8")
    doc = load_document(p)
    cell = doc.tables[0].rows[0][2]
    assert doc.text[cell.start :].startswith("Transverse")
    assert doc.text[: cell.end].endswith("mesocolon")


def test_barred_rows_with_a_reference_column_left_blank_stay_rows(tmp_path):
    text = """Inflammatory myofibroblastic tumour of the lung: published cases

Table 2 Published cases
Reference  | Age | Sex | Site | Treatment
Lind [3]   | 30  | F   | Lung | Lobectomy
           | 41  | M   | Lung | Wedge resection
Moro [4]   | 12  | M   | Lung | Lobectomy

Discussion
Lung examples are frequent.
"""
    (table,) = _tables(tmp_path, text)
    assert [r[1].text for r in table.rows] == ["30", "41", "12"]
