"""A series grid set with spaces in a PDF's text dump, carried over a page: the break between its rows is ruled off
and holds the last page's number and the next page's running head. Those lines are no row of the grid, and the rows on
either side keep their cells. Reports are fictional."""

from __future__ import annotations

from eims_extract.ingest import load_document

RULE = "-" * 84
BAR = "_" * 84

DOC = f"""Annals of Invented Gynaecologic Pathology                                Vol. 3, 2024

Myxoid inflammatory myofibroblastic tumours of the uterus: a series of four women
treated at one referral centre over a period of nine years with long follow-up

We reviewed the archive of our department for uterine tumours with an ALK-positive
myofibroblastic proliferation and found four cases diagnosed between 2015 and 2023. The
women were of reproductive age and all underwent surgery. Their data are given in the
table below, and the course of each woman is told after the table in the running text.

TABLE 1. Four uterine tumours
{BAR}
Case  Age  Site             Size  Operation             ALK IHC  Follow-up  Outcome
{BAR}
1     41   Myometrium       5.5   Hysterectomy          +        19         NED
2     36   Endometrium      1.9   Polypectomy           +        27         NED
3     47   Uterine corpus   6.1   Myomectomy            +        40         NED

                                                                                 87
{RULE}
88                              Ann Invent Gynaecol Pathol • Vol. 3, 2024
{RULE}

4     30   Cervix           2.2   Cone biopsy           +        8          AWD
{BAR}
NED, no evidence of disease; AWD, alive with disease; IHC, immunohistochemistry of the
tumour with the antibody named in the column heading.

The women were followed at our clinic at intervals of six months after the operation.
"""


def test_ruled_page_break_is_no_row_of_the_grid(tmp_path) -> None:
    p = tmp_path / "uterine_series.txt"
    p.write_text(DOC)
    (table,) = load_document(p).tables
    rows = [[c.text for c in r] for r in table.rows]
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
    assert rows[2][2:5] == ["Uterine corpus", "6.1", "Myomectomy"]
    assert rows[3][2:] == ["Cervix", "2.2", "Cone biopsy", "+", "8", "AWD"]


HEAD_ONLY = DOC.replace(" " * 81 + "87\n", "")


def test_running_head_alone_between_rules_is_no_row(tmp_path) -> None:
    p = tmp_path / "uterine_series_head_only.txt"
    p.write_text(HEAD_ONLY)
    (table,) = load_document(p).tables
    rows = [[c.text for c in r] for r in table.rows]
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
    assert rows[2][-2:] == ["40", "NED"]


RULED_ROWS = f"""Retroperitoneal inflammatory myofibroblastic tumours in three adults: a short series
from a single institution with a description of their operations and their follow-up

We describe three adults operated on for a retroperitoneal inflammatory myofibroblastic
tumour between 2018 and 2022. All three tumours were removed whole and none recurred in
the time we followed them. Their data are set out in the table under this paragraph.

Table 1. Three retroperitoneal tumours
{BAR}
Case     Age     Operation                   Follow-up
{BAR}
1        52      Excision                    30
{BAR}
2        61      Excision and nephrectomy    14
{BAR}
3        45      Excision                    22
{BAR}

The tumours were all ALK-positive on immunohistochemistry and none of them recurred.
"""


def test_grid_row_between_rules_stays(tmp_path) -> None:
    p = tmp_path / "ruled_rows.txt"
    p.write_text(RULED_ROWS)
    (table,) = load_document(p).tables
    assert [[c.text for c in r] for r in table.rows] == [
        ["1", "52", "Excision", "30"],
        ["2", "61", "Excision and nephrectomy", "14"],
        ["3", "45", "Excision", "22"],
    ]


UNRULED = DOC.replace(RULE + "\n", "")
FORM_FEED = DOC.replace(RULE + "\n", "\f", 1).replace(RULE + "\n", "")


def test_unruled_page_break_told_by_two_page_numbers_in_a_row(tmp_path) -> None:
    for name, text in (("blank.txt", UNRULED), ("form_feed.txt", FORM_FEED)):
        p = tmp_path / name
        p.write_text(text)
        (table,) = load_document(p).tables
        rows = [[c.text for c in r] for r in table.rows]
        assert [r[0] for r in rows] == ["1", "2", "3", "4"], name
        assert rows[3][2:] == ["Cervix", "2.2", "Cone biopsy", "+", "8", "AWD"], name



CASE_COLUMNS = f"""Inflammatory myofibroblastic tumour of the bladder in two adults: stains and molecular tests
with a short account of the course of each patient after transurethral resection of the tumour

Two adults had a bladder tumour removed transurethrally at our hospital in 2022 and in 2023. The
results of the stains and of the molecular tests are given in the table below for each of them.

Table 1. Stains and molecular tests
{RULE}
                        Case 1                     Case 2
ALK (D5F3)              +                          -
SMA                     +                          +
Desmin                  focal +                    -
Ki-67 index             5%                         12%
{RULE}

Both patients were free of disease at their last visit to the urology clinic of our hospital.
"""


def test_head_naming_case_columns_by_a_rule_is_no_running_head(tmp_path) -> None:
    p = tmp_path / "case_columns.txt"
    p.write_text(CASE_COLUMNS)
    (table,) = load_document(p).tables
    assert [[c.text for c in r][:2] for r in table.rows][:2] == [["Case 1", "+"], ["Case 2", "-"]]
