"""A footnote letter a text dump printed glued to a word the vocabularies know ("ALKa", "Desminc" heading a marker
column, "positiveb" in every cell of a column, "CD34a" first in a stain list) under a table whose notes open with that
letter: the word is read without it and the cell carries the note (``ingest.tables.attach_notes``); the note lines
are the table's foot, and so is a symbol note after them ("crizotinib†" over "† ..."). The letter is never taken off
blindly: not where no note opens with it, not where the word with its letter is itself a known name ("CD1a",
"FXIIIa"). Fictional patients; wording our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document
from eims_extract.ingest.tables import word_marked

GRID = """Invented myofibroblastic tumours: three made-up patients

Results
Table 1. Stains and treatment of the invented patients
Case | Age (y) | Sex | Site | ALKa | Desminc | Other markers | Treatment | Follow-up (mo)
1 | 27 | F | Lung | positiveb | negative | CD34a, SMA+ | Lobectomy | 18
2 | 53 | M | Ileum | positiveb | positive | CD1a-, SMA+ | Resection, crizotinib\u2020 | 11a
3 | 6 | F | Bladder | negative | negative | SMA- | Partial cystectomy | 40
{notes}

Discussion
All three are invented.
"""

NOTES = "a On the resection specimen.\nb Granular cytoplasmic staining.\nc Focal in scattered cells.\n\u2020 Given within an invented trial."


def _doc(tmp_path: Path, notes: str = NOTES):
    p = tmp_path / "series.txt"
    p.write_text(GRID.format(notes=notes), encoding="utf-8")
    return load_document(p)


def test_note_letters_glued_to_known_words_are_taken_off(tmp_path):
    (table,) = _doc(tmp_path).tables
    assert [c.text for c in table.header][4:6] == ["ALK", "Desmin"]
    assert table.header[5].note == "Focal in scattered cells."
    one, two, _ = table.rows
    assert (one[4].text, one[4].note) == ("positive", "Granular cytoplasmic staining.")
    assert one[6].text == "CD34, SMA+" and one[6].note == "On the resection specimen."
    assert two[7].text == "Resection, crizotinib" and two[7].note == "Given within an invented trial."
    assert two[6].text == "CD1a-, SMA+"  # CD1a is a marker of its own: its "a" is no mark
    assert "Given within an invented trial" in table.footnotes


def test_note_letters_glued_to_known_words_read_through(tmp_path):
    one, two, three = rows_from_tables(_doc(tmp_path))
    assert (one.alk_tests, two.alk_tests, three.alk_tests) == (["IHC+"], ["IHC+"], ["IHC-"])
    assert "desmin" in (two.ihc_positive or []) and "desmin" in (one.ihc_negative or [])
    assert "CD1a" in (two.ihc_negative or [])
    assert two.drugs == ["crizotinib"] and two.follow_up_months == 11.0


def test_letter_no_note_opens_with_stays_in_its_word(tmp_path):
    (table,) = _doc(tmp_path, notes="b Granular cytoplasmic staining.").tables
    assert table.header[4].text == "ALKa"  # no note "a": the letter is left as printed
    assert table.rows[0][6].text == "CD34a, SMA+"


@pytest.mark.parametrize(("cell", "letter", "marked"), [
    ("positiveb", "b", True),  # a sign word: no twin cell needed
    ("Desminc", "c", True),
    ("Crizotinibd", "d", True),
    ("CD1a", "a", False),  # a marker's own name
    ("FXIIIa", "a", False),
    ("Vagina", "a", False),  # no known word without the letter
])
def test_word_ending_in_a_note_letter_is_marked_when_the_word_without_it_is_known(cell, letter, marked):
    assert word_marked(cell, letter, []) is marked
