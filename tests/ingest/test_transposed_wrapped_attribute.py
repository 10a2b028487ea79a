"""A series' own table set with spaces, one column per patient, whose attribute names wrap onto an indented line
("Other stains," over "  negative") and whose cells run up to the next patient's column with one space between.

Every document here is written for these tests: fictional children, an invented hospital.
"""

from __future__ import annotations

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest.text import read_text

_PAGE = """Myofibroblastic tumours in three invented children

Results
Child 1, a girl of 4, had a mesenteric mass that was removed whole at an invented hospital after a short course of antibiotics did nothing for her fever. Child 2, a boy of 9, had a lung nodule found on a chest film taken for a cough that would not settle, and a wedge resection removed it. Child 3, a girl of 12, had a bladder polyp that bled; it was taken out through the cystoscope.

Table 1
Features of the three invented children

                     Child 1        Child 2        Child 3
Age / sex            4 y / F        9 y / M        12 y / F
Site                 Mesentery      Lung           Bladder
ALK IHC              +              -              +
Other IHC,           SMA, desmin    SMA            SMA, CK
  positive
Other IHC,           CK, S100,      desmin,        desmin,
  negative           CD34, myogenin S100           myogenin
Follow-up (mo)       14             40             9

Abbreviations: F female, M male, y years, + positive, - negative.

Discussion
Nothing here is about a real child; the three stories were made up to show how such a table is printed on a web page, with the names of some rows too long for their column and so carried onto a line of their own.
"""


def _table():
    (table,) = read_text(_PAGE.encode(), "kids", "kids.txt").tables
    return table


def test_attribute_name_wrapped_onto_an_indented_line_is_one_attribute():
    table = _table()
    assert table.header_texts() == [
        "", "Age / sex", "Site", "ALK IHC", "Other IHC, positive", "Other IHC, negative", "Follow-up (mo)",
    ]
    assert [r[0].text for r in table.rows] == ["Child 1", "Child 2", "Child 3"]


def test_values_on_the_wrapped_line_continue_the_cells_above():
    rows = _table().row_texts()
    assert [r[5] for r in rows] == ["CK, S100, CD34, myogenin", "desmin, S100", "desmin, myogenin"]


def test_run_reaching_the_next_patients_column_is_cut_where_that_column_starts():
    # "CD34, myogenin S100": one space between child 1's last stain and child 2's "S100", which opens its column
    rows = _table().row_texts()
    assert rows[0][5].endswith("myogenin")
    assert rows[1][5] == "desmin, S100"


def test_wrapped_negative_attribute_read_as_negative_stains():
    one, two, three = rows_from_tables(read_text(_PAGE.encode(), "kids", "kids.txt"))
    assert one.ihc_negative == ["CK", "S-100", "CD34", "myogenin"]
    assert two.ihc_positive == ["SMA"] and "ALK" in (two.ihc_negative or [])
    assert three.follow_up_months == 9.0
