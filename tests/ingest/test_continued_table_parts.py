"""A series table printed in two parts, the second under a "Table n (continued)" caption with other columns of the
same numbered patients (``ingest.tables``): one grid, each part's columns in the row of its case number."""

from __future__ import annotations

from pathlib import Path

from eims_extract.ingest import load_document

_PARTS = """Inflammatory myofibroblastic tumour of the bladder: three adults

Introduction
Bladder examples in adults are rare, and most reports describe one patient; we summarise the three adults seen at our unit over eleven years in one table.
Their presentation, treatment and course are given below, and each patient is then described in turn, with the pathology and molecular findings.

Results
Table 1 Clinical and pathological features
----------------------------------------------------------------------
Case  Age  Site            Surgery                 IHC
----------------------------------------------------------------------
1     38   Bladder dome    Partial cystectomy      ALK+, SMA+
2     61   Trigone         TURBT                   ALK-, SMA+
3     47   Lateral wall    Partial cystectomy      ALK+, desmin-
----------------------------------------------------------------------
TURBT, transurethral resection of bladder tumour
                                                  (continued on next page)

Table 1 (continued) Outcome
----------------------------------------------------------------------
Case  Recurrence                     Status
----------------------------------------------------------------------
1     None                           NED 22 mo
2     Local at 9 mo                  AWD 17 mo
3     None                           NED 40 mo
----------------------------------------------------------------------
NED no evidence of disease, AWD alive with disease, mo months

Case 1
A 38-year-old man had painless haematuria for three weeks, and a partial cystectomy removed a polypoid mass at the dome with clear margins.
"""


def _table(tmp_path: Path, text: str):
    p = tmp_path / "series.txt"
    p.write_text(text, encoding="utf-8")
    (table,) = load_document(p).tables
    return table


def test_continued_part_with_other_columns_adds_them_to_the_same_case_rows(tmp_path):
    table = _table(tmp_path, _PARTS)
    assert [c.text for c in table.header] == ["Case", "Age", "Site", "Surgery", "IHC", "Recurrence", "Status"]
    assert [(r[0].text, r[1].text, r[6].text) for r in table.rows] == [
        ("1", "38", "NED 22 mo"),
        ("2", "61", "AWD 17 mo"),
        ("3", "47", "NED 40 mo"),
    ]


def test_continued_part_naming_a_case_the_first_part_lacks_is_left_as_before(tmp_path):
    text = _PARTS.replace("3     None                           NED 40 mo", "4     None                           NED 40 mo")
    table = _table(tmp_path, text)
    assert [c.text for c in table.header][:5] == ["Case", "Age", "Site", "Surgery", "IHC"]
    assert "Status" not in [c.text for c in table.header]
