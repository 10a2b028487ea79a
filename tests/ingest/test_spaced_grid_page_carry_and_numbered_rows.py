"""A spaced grid of a PDF-to-text dump ruled with box-drawing strokes (``ingest.text``): a running foot citing the
journal the Vancouver way ("Journal 2022; 19(4): 301-309   303") printed inside a table carried over a page is no line
of the table (before, the grid ended at it and the continued part lost its rows), and a numbered row whose first
cells are upper-case codes ("2    PR    Local    AWD (18 mo)") is the grid's next row, not a numbered heading that
gives the body back (before, every row after the first was read as prose)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document

RULE = "─" * 76

_DUMP = f"""{{cite}}                              ORIGINAL ARTICLE

Myofibroblastic tumours in a children's hospital: a review of four patients

Abstract
Four children with myofibroblastic tumours were treated at one fictional hospital.

Results
The children are described in Table 1 and their course in Table 2.

Table 1. Features of the tumours
{RULE}
No  Age/sex  Site            IHC                       Treatment
{RULE}
1   4 y/F    Bladder         ALK+, SMA+, desmin−       Cystectomy
2   9 y/M    Mesentery       ALK+, SMA−, desmin+       Excision
{RULE}
{{cite}}                                     303
{RULE}
Rivera et al.                                 Myofibroblastic tumours in children

Table 1. (continued)
{RULE}
No  Age/sex  Site            IHC                       Treatment
{RULE}
3   12 y/F   Lung            ALK−, SMA+, desmin−       Lobectomy
4   7 y/M    Omentum         ALK+, SMA+, desmin−       Omentectomy
{RULE}

Table 2. Course
{RULE}
No   Best response   Relapse           Status (follow-up)
{RULE}
1    –               No                NED (40 mo)
2    PR              Local             AWD (18 mo)
3    SD              –                 AWD (12 mo)
4    CR              Local + liver     DOD (25 mo)
{RULE}

The four children were followed in one clinic, and the course of each is told
in the text that follows.

{{cite}}                                     304
"""

_CITES = ["Fict Child Tumour Rep 2022; 19(4): 301-309", "Fict Child Tumour Rep 2022;19:301–309"]


@pytest.mark.parametrize("cite", _CITES)
def test_vancouver_running_foot_inside_a_carried_table_is_no_line_of_it(tmp_path: Path, cite: str) -> None:
    p = tmp_path / "series.txt"
    p.write_text(_DUMP.replace("{cite}", cite), encoding="utf-8")
    first = load_document(p).tables[0]
    assert [r[0].text for r in first.rows] == ["1", "2", "3", "4"]
    assert [r[2].text for r in first.rows] == ["Bladder", "Mesentery", "Lung", "Omentum"]
    assert "Fict Child" not in " ".join(c.text for r in first.rows for c in r)


def test_numbered_row_opening_on_codes_is_a_row_not_a_heading(tmp_path: Path) -> None:
    p = tmp_path / "series.txt"
    p.write_text(_DUMP.replace("{cite}", _CITES[0]), encoding="utf-8")
    second = load_document(p).tables[1]
    assert second.caption == "Course"
    assert [r[0].text for r in second.rows] == ["1", "2", "3", "4"]
    assert [r[1].text for r in second.rows] == ["–", "PR", "SD", "CR"]
    assert [r[-1].text for r in second.rows] == ["NED (40 mo)", "AWD (18 mo)", "AWD (12 mo)", "DOD (25 mo)"]
