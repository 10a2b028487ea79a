"""A series' own table drawn as a box grid ("+------+------+" between records, as a text-mode grid or a PDF converted
to plain text draws it): a record whose cells wrap onto a second line, its case cell blank there, is one record
whatever words the wrapped parts open with, since the rules mark where each record ends.

Every document here is written for these tests: fictional patients, invented wording.
"""

from __future__ import annotations

from eims_extract.fields.alk import parse_fusion_partner  # noqa: F401  (field module import registers columns)
from eims_extract.ingest.text import read_text

RULE = "+------+---------+-------------+------------------+-----------------+-----------+"
GRID = [
    RULE,
    "| Case | Age/sex | Site        | Other IHC        | Treatment       | Follow-up |",
    RULE,
    "| 1    | 22/F    | Nasopharynx | SMA +, CK -      | Excision        | 10 mo NED |",
    RULE,
    "| 2    | 5/M     | Orbit       | SMA -,           | Steroid;        | 30 mo NED |",
    "|      |         |             | Ki-67 5%         | Debulking       |           |",
    RULE,
    "| 3    | 70/F    | Larynx      | SMA +            | Laser excision  | 6 mo NED  |",
    "|      |         |             | Desmin +         | RT 50 Gy        |           |",
    RULE,
]


def _table(grid: list[str]):
    text = "\n".join([
        "Three invented head and neck lesions",
        "",
        "Results",
        "The made-up patients are summarised in Table 1.",
        "",
        "Table 1: Summary of the invented cases.",
        "",
        *grid,
        "NED: no evidence of disease; RT: radiotherapy.",
        "",
        "Discussion",
        "No patient here is real; the grid only shows how such tables are drawn in plain text.",
    ])
    doc = read_text(text.encode(), "box", "box.txt")
    assert len(doc.tables) == 1
    return doc.tables[0]


def test_wrapped_lines_between_two_rules_belong_to_the_record_above() -> None:
    t = _table(GRID)
    assert [r[0].text for r in t.rows] == ["1", "2", "3"]
    assert t.rows[1][4].text == "Steroid; Debulking"
    assert t.rows[2][3].text == "SMA + Desmin +"
    assert t.rows[2][4].text == "Laser excision RT 50 Gy"


def test_grid_without_rules_between_records_joins_only_lines_that_visibly_go_on() -> None:
    # no rule under each record: a blank-labelled line joins the record above only when its parts visibly go on with
    # the cells above ("SMA -," left open, "Steroid;" a list); "Desmin +" / "RT 50 Gy" stay a line of their own
    t = _table([line for k, line in enumerate(GRID) if line != RULE or k < 3])
    assert [r[0].text for r in t.rows] == ["1", "2", "3", ""]
    assert t.rows[1][4].text == "Steroid; Debulking"
