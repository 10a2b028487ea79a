"""A series' own table followed by notes opened by footnote marks ("(a) ...", "† ...").

Every document here is written for these tests: fictional patients, invented clinic. The notes under the rows are
the table's foot (kept as its footnotes), not a row that breaks the grid nor body text; a symbol the notes define in
words ("-, not done") is read from them.
"""

from __future__ import annotations

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest.tables import footnote_line, na_codes, parse_legend
from eims_extract.ingest.text import read_text

HEAD = [
    "Pretend myofibroblastic tumours in three invented adults",
    "",
    "Methods",
    "We looked through an imaginary archive for three made-up patients treated at a fictional clinic.",
    "",
    "Results",
]
COLUMNS = ["Case", "Age (y)", "Sex", "Site", "ALK IHC", "FISH", "Other IHC", "Surgery", "Course", "FU (mo)"]
ROWS = [
    ["K", "41", "M", "Ileum", "+", "-", "desmin+ (a), CK-", "resection", "NED", "16"],
    ["L", "58", "F", "Bladder", "neg", "neg", "SMA+, Ki-67 12%", "partial cystectomy", "relapse 4 mo (b)", "30"],
    ["M", "66", "M", "Lung", "+", "+", "CD30+", "lobectomy", "NED", "9"],
]
NOTES = "(a) weak and patchy. (b) treated by a second resection. -, not done."
TAIL = [
    "",
    "Discussion",
    "These invented cases add little, but they are tidy and short.",
]


def _doc(sep: str, notes: str = NOTES):
    lines = [*HEAD, "Table 1 Our three patients", sep.join(COLUMNS), *(sep.join(r) for r in ROWS), notes, *TAIL]
    return read_text("\n".join(lines).encode(), "series", "series.txt")


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_marked_notes_under_the_rows_are_the_tables_foot(sep):
    doc = _doc(sep)
    (table,) = doc.tables
    assert [r[0].text for r in table.rows] == ["K", "L", "M"]
    assert "treated by a second resection" in table.footnotes
    body = " ".join(doc.text[s.start : s.end] for s in doc.body_sections())
    assert "weak and patchy" not in body


@pytest.mark.parametrize(
    "line,note",
    [("(a) weak and patchy.", True), ("b) seen at 14 months", True), ("† died of an unrelated stroke", True),
     ("(a)\t41\tM\tIleum", False), ("Anna was seen again at 14 months.", False), ("a 41-year-old man", False)],
)
def test_a_note_opens_with_its_mark_and_is_not_cut_into_cells(line, note):
    assert footnote_line(line) is note


@pytest.mark.parametrize(
    "notes,codes",
    [("(a) weak. -, not done.", {"-"}), ("+, positive; -, negative; NP, not performed", {"NP"}),
     ("-, none/not done.", set()), ("SE, surgical excision; DOD, dead of disease", set())],
)
def test_a_symbol_the_notes_define_as_not_done(notes, codes):
    assert na_codes(parse_legend(notes)) == codes


def test_series_table_read_with_its_notes():
    rows = rows_from_tables(_doc("\t"))
    k, l, m = rows
    assert k.alk_tests == ["IHC+"]  # "-" under FISH: the notes say not done
    assert m.alk_tests == ["IHC+", "FISH+"]
    assert k.ihc_positive == ["ALK", "desmin"] and k.ihc_negative == ["CK"]  # "desmin+ (a)": a mark, not the call
    assert l.ihc_positive == ["SMA", "Ki-67"] and l.ki67_percent == 12.0
    assert (k.status, m.status) == ("ANED", "ANED")  # a "Course" column tells the outcome
    assert l.follow_up_months == 30.0  # "relapse 4 mo" in the Course column: the FU column gives the follow-up


@pytest.mark.parametrize(
    "legend",
    [
        "*F, break-apart fluorescence in situ hybridisation; R, targeted RNA sequencing; ND, not done. M, male; F, female.",
        "†F, FISH (ALK break-apart); R, RNA sequencing panel; F, female; M, male.",
    ],
)
def test_legend_opened_by_the_header_symbol_keeps_a_code_bound_twice_to_its_first_meaning(legend):
    """A table's legend opened by the symbol of the column heading it explains ("Molecular*" over "*F, FISH; R, RNA
    sequencing ... M, male; F, female"): the symbol does not hide the first item, and a code the legend binds twice
    keeps its first meaning (the molecular column's method), not the sex a later item gives it (invented legends)."""
    from eims_extract.ingest.tables import parse_legend

    got = parse_legend(legend)
    assert "fluorescence" in got["F"].lower() or "fish" in got["F"].lower()
    assert got["R"].lower().startswith(("targeted rna", "rna"))
