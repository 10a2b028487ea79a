"""Footnote marks in a series' summary table resolved to the notes under it (``ingest.tables.attach_notes``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document
from eims_extract.ingest.tables import cell_mark, marked_note

TAB_TABLE = """Inflammatory myofibroblastic tumour of the ureter: three patients

Results
Table 1. Course of the three patients.

Case\tAge (y)\tSex\tTreatment\tFollow-up (mo)\tStatus
1\t61\tM\tNephroureterectomy\t27\tDied a
2\t38\tF\tSegmental resection\t33 b\tNED
3\t50\tM\tSegmental resection\t12\tNED
NED, no evidence of disease.
a Died of a stroke without evidence of tumour.
b Seen by the family doctor only.

Discussion
Ureteric tumours are very rare.
"""


def _table(tmp_path: Path, text: str):
    p = tmp_path / "series.txt"
    p.write_text(text, encoding="utf-8")
    doc = load_document(p)
    return doc, doc.tables[0]


def test_letter_mark_after_a_cell_value_points_to_the_note_under_the_table(tmp_path):
    doc, table = _table(tmp_path, TAB_TABLE)
    died = table.rows[0][-1]
    assert died.text == "Died" and died.note == "Died of a stroke without evidence of tumour."
    assert doc.text[died.start : died.end] == "Died"
    follow = table.rows[1][-2]
    assert follow.text == "33" and follow.note == "Seen by the family doctor only."


def test_cells_without_a_mark_carry_no_note(tmp_path):
    _, table = _table(tmp_path, TAB_TABLE)
    assert table.rows[2][-1].text == "NED" and table.rows[2][-1].note == ""


def test_mark_without_a_note_stays_in_its_cell(tmp_path):
    _, table = _table(tmp_path, TAB_TABLE.replace("a Died of a stroke without evidence of tumour.\n", ""))
    assert table.rows[0][-1].text == "Died a" and table.rows[0][-1].note == ""


@pytest.mark.parametrize(
    ("cell", "mark"),
    [
        ("Died a", "a"), ("13.5b", "b"), ("19 c", "c"), ("30 mo*", "*"), ("NED†", "†"), ("AWD (a)", "a"), ("NEDb", "b"),
        ("ALK+ c", "c"), ("Vitamin A", None), ("RC", None), ("Male", None),
    ],
)
def test_cell_mark_shapes(cell, mark):
    got = cell_mark(cell)
    assert (got[0] if got else None) == mark


def test_a_line_opening_with_a_lone_letter_is_a_note_only_when_the_rows_carry_it():
    rows = ["1\t61\tM\tDied a", "2\t38\tF\tNED"]
    assert marked_note("a Died of a stroke.", rows)
    assert not marked_note("b Died of a stroke.", rows)
    assert not marked_note("a 4-cm mass was removed.", ["1\t61\tM\tDied", "2\t38\tF\tNED"])


@pytest.mark.parametrize(
    ("line", "is_foot"),
    [
        ("NED, no evidence of disease; DOD, died of disease.", True),
        ("NED, 22 mo", False),  # a cell of a table pasted one cell per line
        ("Corpus, intramural", False),  # a wrapped cell
        ("XYZ, not a code in the rows", False),
    ],
)
def test_short_legend_of_codes_the_rows_use_is_the_tables_foot(line, is_foot):
    from eims_extract.ingest.tables import rows_legend

    rows = ["1\t61\tM\tCorpus\t27\tNED", "2\t38\tF\tCorpus\t33\tDOD"]
    assert rows_legend(line, rows) is is_foot


def test_mark_glued_to_a_status_code_and_the_legend_of_the_marked_codes_are_the_foot(tmp_path):
    text = TAB_TABLE.replace("Died a", "DODa").replace("NED, no evidence of disease.", "NED, no evidence of disease; DOD, died of disease.")
    text = text.replace("a Died of a stroke without evidence of tumour.", "a Peritoneal spread at 5 months.")
    _, table = _table(tmp_path, text)
    assert table.rows[0][-1].text == "DOD" and table.rows[0][-1].note == "Peritoneal spread at 5 months."


WRAPPED_MARKED = """Inflammatory myofibroblastic tumour of the small bowel: two invented children

Results
Table 1. Findings of the two invented children.

Pt   Age/sex   Site             ALK IHC   Molecular finding     Treatment     Outcome
1    4 y/F     Jejunum          +         RANBP2::ALK (RNA)     Resection     NED (20)
2    11 y/M    Ileocaecal       +         ALK break-apart       Resection     NED (31)
               valve                      FISH+ a
a Partner not identified; too little RNA for sequencing.

Discussion
Both invented children are well.
"""


def test_mark_taken_off_a_cell_wrapped_over_two_lines_keeps_its_second_line(tmp_path):
    """The cell's span ends before the mark on its second line, not at the value's length from its start (which
    would drop the wrapped words from what the cell points at in the text)."""
    doc, table = _table(tmp_path, WRAPPED_MARKED)
    cell = table.rows[1][4]
    assert cell.text == "ALK break-apart FISH+" and cell.note.startswith("Partner not identified")
    assert doc.text[cell.start : cell.end].endswith("FISH+")
