"""A series' pathology table set in columns with spaces, as saved from a journal's web page: its header over two
lines (a unit with no letter, "(%)", under "Ki-67"), list cells wrapped onto a second line, and footnote marks that
lost their superscript ("pan-TRKb", "aVysis probe." under the rows).

Every document here is written for these tests: fictional patients, an invented clinic.
"""

from __future__ import annotations

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest.tables import marked_note, table_notes
from eims_extract.ingest.text import read_text
from eims_extract.pipeline.extract import extract_document

_PAGE = """Three invented adults with myofibroblastic tumours

Case reports
Patient A, a 40-year-old man from a made-up town, had a mass of the ileum that was resected.
Patient B, a 63-year-old woman, had a lung nodule removed by wedge resection.
Patient C, a 29-year-old woman, had a tumour of the bladder wall treated by partial cystectomy.

Table 2. Stains and molecular tests of the three tumours
------------------------------------------------------------------------------
Case  Age/   Positive          Negative            Ki-67   ALK     ALK
      sex    markers           markers             (%)     IHC     FISHa
------------------------------------------------------------------------------
1     40/M   calponin, SMA,    CD117, DOG1,        6       +       +
             desmin            S100
2     63/F   pan-TRKb, SMA     CK, CD34, S100,     20      -       -
                               myogenin
3     29/F   SMA, CD30         desmin, CK          4       +       ND
------------------------------------------------------------------------------
F, female; M, male; ND, not done; +, positive; -, negative.
aBreak-apart probe of an invented maker.
bStrong granular staining.

Discussion
The three tumours were unremarkable apart from their invented owners.
"""


def _doc():
    return read_text(_PAGE.encode(), "series", "series.txt")


def test_unit_without_a_letter_under_a_header_cell_completes_its_name():
    (table,) = _doc().tables
    assert [c.text for c in table.header] == [
        "Case", "Age/ sex", "Positive markers", "Negative markers", "Ki-67 (%)", "ALK IHC", "ALK FISH",
    ]
    assert table.header[-1].note.startswith("Break-apart probe")  # the heading's glued mark "a" points to its note
    assert [r[0].text for r in table.rows] == ["1", "2", "3"]


def test_list_cells_wrapped_onto_a_second_line_keep_both_lines():
    (table,) = _doc().tables
    assert table.rows[0][2].text == "calponin, SMA, desmin"
    assert table.rows[1][3].text == "CK, CD34, S100, myogenin"


def test_notes_glued_to_their_mark_are_the_tables_foot():
    doc = _doc()
    (table,) = doc.tables
    notes = table_notes(doc, table)
    assert notes.get("a", "").startswith("Break-apart probe")
    assert notes.get("b") == "Strong granular staining."
    body = " ".join(doc.text[s.start : s.end] for s in doc.body_sections())
    assert "granular staining" not in body


@pytest.mark.parametrize(
    "line,rows,note",
    [
        ("bStrong granular staining.", ["2  63/F  pan-TRKb, SMA  CK"], True),
        ("bStrong granular staining.", ["2  63/F  pan-TRK, SMA  CK"], False),  # no row carries "b"
        ("mRNA was extracted from the block.", ["2  63/F  KRASm CK"], False),  # not a glued mark: two capitals follow
        ("a Scattered cells only.", ["2\t63/F\t+ (focal)a\tCK"], True),  # a mark glued to a closing bracket
    ],
)
def test_a_glued_note_is_a_note_only_where_the_rows_carry_its_mark(line, rows, note):
    assert marked_note(line, rows) is note


def test_mark_glued_inside_a_list_cell_is_taken_off_that_item():
    (table,) = _doc().tables
    cell = table.rows[1][2]
    assert cell.text == "pan-TRK, SMA"
    assert cell.note == "Strong granular staining."


def test_wrapped_list_cells_read_whole_as_stain_lists():
    one, two, three = rows_from_tables(_doc())
    assert {"calponin", "SMA", "desmin"} <= set(one.ihc_positive or [])
    assert {"CD117", "DOG-1", "S-100"} <= set(one.ihc_negative or [])
    assert {"CK", "CD34", "S-100", "myogenin"} <= set(two.ihc_negative or [])
    assert three.ki67_percent == 4.0


def test_marked_list_item_read_without_its_mark_through_the_whole_pipeline(nlp):
    two = next(r for r in extract_document(_doc(), nlp) if r.age_years == 63)
    assert "pan-TRK" in (two.ihc_positive or [])
    assert not any(m.endswith("TRKb") for m in two.ihc_positive or [])
