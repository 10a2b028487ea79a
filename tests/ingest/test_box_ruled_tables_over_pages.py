"""Tables of a PDF-to-text dump ruled with box-drawing strokes (``─``) and carried over a page (``ingest.text``,
``ingest.tables``): the rule under a caption does not hide the header below it, a table's legend set with semicolons
under its continued part spells out codes of the first part, the running foot and the header printed again on the
new page are no rows, and the next table's caption under that legend opens a table of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document

RULE = "─" * 78

_DUMP = f"""Fictional Annals of Child Surgery (2023) 7:101–108                     Original Article

Myofibroblastic tumours of childhood: the experience of one
regional centre over twelve years

Abstract
Purpose To describe the presentation, pathology and treatment of the
myofibroblastic tumours seen at a fictional regional centre for children.
Results Four children were treated; all are alive at last review.

1 Introduction

Myofibroblastic tumours are uncommon in children, and they arise most often
in the lung, the abdomen and the bladder of young patients, where a complete
excision is usually curative and recurrences are uncommon after it.

2 Methods

The charts of the children were reviewed, and stains were read again by two
pathologists. Molecular methods are coded in Table 1.

3 Results

Table 1 Pathology of the tumours
{RULE}
No  Age/sex    Site            ALK     SMA     Desmin   Molecular
                                                        (method)
{RULE}
1   3 y / F    Bladder         +       +       −        ALK rearr.
                                                        (B)
2   8 y / M    Mesentery       +       −       +        TFG::ALK (S)
3   11 y / M   Lung            −       +       −        ALK not
                                                        rearr. (B)
{RULE}
{{foot}}
Table 1 (continued)
{RULE}
No  Age/sex    Site            ALK     SMA     Desmin   Molecular
                                                        (method)
{RULE}
4   6 y / F    Omentum         +       +       −        ALK rearr.
                                                        (B)
{RULE}
B break-apart probe hybridisation; S targeted RNA sequencing
(panel of kinase genes); ND not done

Table 2 Treatment and course
{RULE}
No  Treatment                        Recurrence   Follow-up   Outcome
                                                  (months)
{RULE}
1   Partial cystectomy               No           30          NED
2   Resection of the mass            No           22          NED
3   Lobectomy                        Yes (8 mo)   41          NED
4   Omentectomy                      No           12          NED
{RULE}

4 Discussion

All four children are well, and none needed medical treatment after surgery;
larger series report recurrence in about a quarter of abdominal tumours.
"""

_FOOTS = [
    "102                                        Fict Ann Child Surg (2023) 7:101–108",
    "Fict Ann Child Surg (2023) 7(2):101–108                                     102",
]


@pytest.mark.parametrize("foot", _FOOTS)
def test_box_ruled_table_carried_over_a_page_keeps_its_rows_and_legend(tmp_path: Path, foot: str) -> None:
    p = tmp_path / "series.txt"
    p.write_text(_DUMP.replace("{foot}", foot), encoding="utf-8")
    doc = load_document(p)
    first, second = doc.tables
    # the running foot and the header's second line printed again on the new page are no rows, nor parts of one
    assert [r[0].text for r in first.rows] == ["1", "2", "3", "4"]
    assert first.rows[2][-1].text == "ALK not rearr. (B)"
    assert "Fict Ann" not in " ".join(c.text for r in first.rows for c in r)
    # the legend under the continued part spells out the codes of both parts, set with semicolons
    assert first.footnotes.startswith("B break-apart probe hybridisation; S targeted RNA sequencing")
    assert "ND not done" in first.footnotes


@pytest.mark.parametrize("foot", _FOOTS)
def test_caption_over_a_box_rule_under_a_legend_opens_the_next_table(tmp_path: Path, foot: str) -> None:
    p = tmp_path / "series.txt"
    p.write_text(_DUMP.replace("{foot}", foot), encoding="utf-8")
    doc = load_document(p)
    second = doc.tables[1]
    assert second.caption == "Treatment and course"
    assert [c.text for c in second.header] == ["No", "Treatment", "Recurrence", "Follow-up (months)", "Outcome"]
    assert [r[2].text for r in second.rows] == ["No", "No", "Yes (8 mo)", "No"]


# A cell wrapped onto a second line that the dump sets a character or two in from its column's start ("Steroids
# for" over "  relapse"): the line goes on with its record, whatever the table's rules are drawn with; read by the
# grammars instead, the rows ran into each other and took their neighbours' outcomes.
_SET_IN = """Table 2 Treatment and course
{rule}
No  Operation             Other treatment         Relapse       Follow-up   Outcome
                                                                (months)
{rule}
1   Cystectomy            None                    No            33          NED
2   Excision              None                    Yes (9 mo)    27          AWD
3   Lobectomy             Steroids for            Yes (4 mo)    19          AWD
                            relapse
4   Biopsy only           None                    No            11          NED
{rule}

The four children were followed in one clinic.
"""


@pytest.mark.parametrize("rule", ["─" * 84, "-" * 84, ""], ids=["box_rules", "dash_rules", "no_rules"])
def test_wrapped_cell_set_in_from_its_column_stays_with_its_row(tmp_path: Path, rule: str) -> None:
    p = tmp_path / "course.txt"
    text = _SET_IN.format(rule=rule)
    p.write_text("Four children with myofibroblastic tumours\n\nResults\n\n" + (text if rule else text.replace("\n\n", "\n", 1)), encoding="utf-8")
    (table,) = load_document(p).tables
    assert [r[0].text for r in table.rows] == ["1", "2", "3", "4"]
    assert [r[2].text for r in table.rows] == ["None", "None", "Steroids for relapse", "None"]
    assert [r[-1].text for r in table.rows] == ["NED", "AWD", "AWD", "NED"]


# A box-ruled grid one of whose lines keeps no column (a wrapped cell's words printed far from their column, here a
# sign and a drug under the treatment column): the words' grammars would guess the rows and move a sign into the ALK
# column; the grid is left empty instead, as before box strokes were read as rules.
_LOST_COLUMNS = """Table 1 Findings and course
{top}
Case  Age/sex   Site         ALK      Desmin   SMA     Treatment          Follow-up
{rule}
1     12 / M    Ileum        +        −        +       Resection          NED 40 mo
2     44 / F    Colon        −        +        focal   Resection,         AWD 12 mo
                                                       +  imatinib
3     29 / M    Stomach      +        −        −       Gastrectomy        NED 6 mo
{top}

The three patients were treated at one centre.
"""


@pytest.mark.parametrize("top", ["─" * 84, "═" * 84], ids=["single_rules", "double_rules"])
def test_box_ruled_grid_whose_line_keeps_no_column_is_left_empty(tmp_path: Path, top: str) -> None:
    p = tmp_path / "gut.txt"
    p.write_text("Three myofibroblastic tumours of the gut\n\nResults\n\n" + _LOST_COLUMNS.format(top=top, rule="─" * 84), encoding="utf-8")
    (table,) = load_document(p).tables
    assert table.rows == []
