"""A series table's row that reaches the text over two lines: a barred row whose wrapped words stand on a blank-labelled
line under it, and a tab row broken by a line break inside one cell (a web table's "<br>" copied as text). Reports are
fictional."""

from __future__ import annotations

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import process_path

WRAPPED = """Inflammatory myofibroblastic tumours of the colon: three adults

Results
Table 1
| Case | Age (years) | Sex | Site | Treatment | Follow-up (months) | Status |
|---|---|---|---|---|---|---|
| 1 | 57 | M | Sigmoid | Anterior | 21 | NED |
| | | | mesocolon | resection | | |
| 2 | 42 | F | Caecum | Right hemicolectomy | 35 | NED |
| 3 | 30 | F | Transverse | Extended | 9 | AWD |
| | | | mesocolon | hemicolectomy | | |

Discussion
Colonic IMT may obstruct.
"""


def test_barred_row_wrapped_onto_a_blank_labelled_line(tmp_path) -> None:
    p = tmp_path / "wrapped.txt"
    p.write_text(WRAPPED)
    (table,) = load_document(p).tables
    assert [[c.text for c in r][:5] for r in table.rows] == [
        ["1", "57", "M", "Sigmoid mesocolon", "Anterior resection"],
        ["2", "42", "F", "Caecum", "Right hemicolectomy"],
        ["3", "30", "F", "Transverse mesocolon", "Extended hemicolectomy"],
    ]
    rows = {r.case_id: r for r in process_path(p).rows}
    assert sorted(rows) == ["1", "2", "3"]
    assert (rows["1"].site, rows["3"].site) == ("mesentery", "mesentery")


EVENTS = """Recurrent inflammatory myofibroblastic tumours: two patients

Results
Table 1. Course
| Case | Age/Sex | Site | Treatment | Follow-up (months) | Status |
| 1 | 31/M | Omentum | Resection | 40 | NED |
| | | Recurrence in the pelvis | Re-excision | | |
| 2 | 46/F | Mesentery | Resection | 22 | NED |

Discussion
Recurrence came within a year.
"""


def test_blank_labelled_event_line_is_not_joined_to_the_row_above(tmp_path) -> None:
    p = tmp_path / "events.txt"
    p.write_text(EVENTS)
    (table,) = load_document(p).tables
    assert [c.text for c in table.rows[0]][2:4] == ["Omentum", "Resection"]
    assert [c.text for c in table.rows[1]][2:4] == ["Recurrence in the pelvis", "Re-excision"]


BROKEN = """Inflammatory myofibroblastic tumour of the pelvis: three patients

Results
Table 1
Case\tAge (years)\tSex\tSite\tTreatment\tFollow-up (months)\tStatus
1\t36\tF\tPelvis\tExcision
alectinib\t24\tAWD
2\t58\tM\tPelvis\tExcision\t31\tNED
3\t22\tM\tPresacral space\tExcision\t17\tNED

Discussion
One patient received an ALK inhibitor.
"""


def test_tab_row_broken_by_a_line_break_inside_a_cell(tmp_path) -> None:
    p = tmp_path / "broken.txt"
    p.write_text(BROKEN)
    (table,) = load_document(p).tables
    assert len(table.rows) == 3
    assert [c.text for c in table.rows[0]][4:] == ["Excision\nalectinib", "24", "AWD"]
    rows = {r.case_id: r for r in process_path(p).rows}
    assert (rows["1"].treatment, rows["1"].drugs, rows["1"].follow_up_months, rows["1"].status) == (
        "SE+ALKi", ["alectinib"], 24, "AWD",
    )
    assert (rows["2"].age_years, rows["2"].follow_up_months) == (58, 31)


PANEL = """Inflammatory myofibroblastic tumour of the lung in a child

Case report
A 9-year-old boy had a lung mass, resected by lobectomy.

Table 1 Antibodies
Antibody\tResult\tClone
ALK\tpositive
SMA\tpositive
Desmin\tnegative

Discussion
The tumour was ALK positive.
"""


def test_short_rows_of_a_panel_are_not_joined_as_one_broken_row(tmp_path) -> None:
    p = tmp_path / "panel.txt"
    p.write_text(PANEL)
    tables = load_document(p).tables
    assert all(len(t.rows) in (0, 3) for t in tables)


SOME_CELLS_GO_ON = """Inflammatory myofibroblastic tumours in children: two patients

Results
Table 1
Case | Age | Site            | IHC                  | Molecular          | Treatment
1    | 4 y | Liver, segments | ALK+, SMA+, CD34-    | ALK FISH positive  | Left lateral
     |     | V-VI            | desmin-              | (partner unknown)  | hepatectomy
2    | 9 y | Lung            | ALK-, SMA+           | TFG::ROS1 (NGS)    | Lobectomy

Discussion
Hepatic IMT is rare in children.
"""


def test_wrapped_line_where_only_some_cells_visibly_go_on_joins_the_row_above(tmp_path) -> None:
    """A wrapped line filling at most half the row joins it when some of its cells go on (a bracket, lower case), even
    beside a cell that opens in capitals ("V-VI"); a stain's minus sign at a line end is no broken word."""
    p = tmp_path / "some.txt"
    p.write_text(SOME_CELLS_GO_ON)
    (table,) = load_document(p).tables
    assert [[c.text for c in r] for r in table.rows] == [
        ["1", "4 y", "Liver, segments V-VI", "ALK+, SMA+, CD34- desmin-", "ALK FISH positive (partner unknown)",
         "Left lateral hepatectomy"],
        ["2", "9 y", "Lung", "ALK-, SMA+", "TFG::ROS1 (NGS)", "Lobectomy"],
    ]


BLANK_OPENING = """Inflammatory myofibroblastic tumour of the bladder: two patients

Results
Table 1
Case\tAge (years)\tSex\tSite\tTreatment\tFollow-up (months)\tStatus
1\t61\tM\tBladder\tPartial cystectomy
\t18\tNED
2\t27\tF\tBladder\tTransurethral resection\t40\tNED

Discussion
Both patients remain well.
"""


def test_short_tab_line_opening_on_an_empty_cell_keeps_the_table(tmp_path) -> None:
    """A short line under a short row whose first cell is empty has nothing to end the broken cell with: the grid is
    still read (the table's rows are not lost to a failed reconstruction)."""
    p = tmp_path / "blank_opening.txt"
    p.write_text(BLANK_OPENING)
    doc = load_document(p)
    (table,) = doc.tables
    assert not [w for w in doc.warnings if "reconstruction failed" in w]
    assert [r[0].text for r in table.rows if r[0].text.strip()] == ["1", "2"]
    assert [c.text for c in table.rows[-1]][4:] == ["Transurethral resection", "40", "NED"]


# a PDF's text layer kept with its spacing: cells wrapped onto the lines under their row, each indented to its column
# (the first cells blank), the header set on two lines, and the table carried over a page break under the page's foot
# with its two header lines printed again
SPACED_OVER_PAGES = """Kinase fusions in childhood myofibroblastic tumours: an invented series

Methods
The four children of this made-up series were treated at one imaginary hospital over eight years; every tumour
was stained for ALK, ROS1 and pan-TRK and sent for an RNA fusion panel, and the notes were read again for the
course after the operation, the drugs given and the state of each child at the last visit to the clinic.

Results
Table 2. Pathology and course of the four children
-------------------------------------------------------------------------------------------
No.   Age/   Site           Immunostains              Fusion        Treatment        Outcome
      sex                                             (method)
-------------------------------------------------------------------------------------------
1     2 y/   Forearm and    ALK−, SMA+, pan-TRK+      TPR::NTRK1    Excision,        NED,
      M      wrist          (nuclear), desmin−        (RNA-seq)     then larotrec-   30 mo
                                                                    tinib
2     6 y/F  Tongue         ALK−, SMA+, ROS1+,        CLIP1::ROS1   Glossectomy      NED,
             (base)         desmin−, CD34−            (RNA-seq)                      12 mo
-------------------------------------------------------------------------------------------
                                                                              Page 4 of 9
-------------------------------------------------------------------------------------------
No.   Age/   Site           Immunostains              Fusion        Treatment        Outcome
      sex                                             (method)
-------------------------------------------------------------------------------------------
3     11 y/  Bladder        ALK+, SMA+, desmin+       FN1::ALK      TURBT            NED,
      M                                               (RNA-seq)                      20 mo
4     14 y/F Ovary          ALK−, SMA focal, CD117−   None found    Oophorectomy     AWD,
                                                      (RNA-seq)                      8 mo
-------------------------------------------------------------------------------------------
RNA-seq, anchored multiplex RNA sequencing; NED, no evidence of disease; AWD, alive with disease.

Discussion
Fusions other than ALK were found in half of the children.
"""


def test_spaced_rows_wrapped_under_their_columns_over_a_page_break_stay_one_grid(tmp_path) -> None:
    p = tmp_path / "spaced.txt"
    p.write_text(SPACED_OVER_PAGES)
    (table,) = load_document(p).tables
    rows = [[c.text for c in r] for r in table.rows]
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
    assert rows[0][2:4] == ["Forearm and wrist", "ALK−, SMA+, pan-TRK+ (nuclear), desmin−"]
    assert rows[1][1:3] == ["6 y/F", "Tongue (base)"]
    assert rows[2][1] == "11 y/ M" and rows[2][-1] == "NED, 20 mo"
    assert all("sex" not in c and "method" not in c and "Page" not in c for r in rows for c in r)
