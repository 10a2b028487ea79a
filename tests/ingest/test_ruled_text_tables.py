"""A table of a PDF-to-text dump ruled with lines of dashes (``ingest.text`` furniture): a numbered row next to a rule is
a row of the grid, not a running foot ruled off from the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document

_RULED = """Inflammatory myofibroblastic tumour of the larynx: three adults

Introduction
Laryngeal examples in adults are rare, and most reports describe one patient; we summarise the three adults seen at our unit over eleven years in one table.
Their presentation, treatment and course are given below, and each patient is then described in turn, with the pathology and molecular findings.

Results
Table 1 Outcome of the patients
----------------------------------------------------------------------
Case  Recurrence                     Status
----------------------------------------------------------------------
{rows}
----------------------------------------------------------------------
NED no evidence of disease, AWD alive with disease, mo months

Case 1
A 38-year-old man had hoarseness for three months, and laser excision removed a polypoid mass of the left vocal fold with clear margins.
"""


@pytest.mark.parametrize(
    "rows",
    [
        ["1     None                           NED 22 mo", "2     Local at 9 mo                  AWD 17 mo", "3     None                           NED 40 mo"],
        ["1     No                             NED 12 mo", "2     No                             NED 30 mo"],
    ],
)
def test_numbered_row_next_to_a_dash_rule_is_a_row_not_a_running_foot(tmp_path: Path, rows):
    p = tmp_path / "series.txt"
    p.write_text(_RULED.format(rows="\n".join(rows)), encoding="utf-8")
    (table,) = load_document(p).tables
    assert [r[0].text for r in table.rows] == [str(k) for k in range(1, len(rows) + 1)]


def test_footer_shaped_line_by_a_rule_between_pages_is_still_furniture(tmp_path: Path):
    text = """Inflammatory myofibroblastic tumour of the larynx in an adult: a case report

A 38-year-old man had hoarseness for three months, and laser excision removed a polypoid mass of the left vocal fold
with clear margins; the lesion was composed of spindle cells with plasma cells and lymphocytes in a myxoid stroma and
the cells were positive for ALK and smooth muscle actin and negative for desmin, S100 and cytokeratin in every block.
__________________________________________________________________
Invented Journal of Laryngology 2021        7
He has been followed with laryngoscopy every three months and has had no recurrence during twenty months of follow-up
after the excision, and his voice has returned to normal; the case is reported with the consent of the patient.
"""
    p = tmp_path / "case.txt"
    p.write_text(text, encoding="utf-8")
    assert "Invented Journal of Laryngology" not in load_document(p).text
