"""Tables dumped one cell per line (a PDF's text layer read cell by cell): the column names first, one a
line, then every record's cells, one a line. The header's length is the number of cells of a record.

Every document here is written for these tests: fictional patients, invented wording.
"""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import parse_fusion_partner  # noqa: F401  (field module import registers columns)
from eims_extract.ingest.text import read_text

WRAPPED_HEAD = [
    "Inflammatory myofibroblastic tumour of the made-up parotid gland:",
    "two invented patients from a fictional clinic in a small town",
    "",
    "Materials and methods",
    "We searched the imaginary archive of our department over ten",
    "years and found two parotid tumours of this kind; their data",
    "are given in Table 2.",
    "",
]
COLUMNS = ["No.", "Age/sex", "Complaint", "Treatment", "Molecular", "Recurrence", "Follow-up (months)", "Outcome"]
RECORDS = [
    ["1", "52/F", "Painless swelling", "Superficial parotidectomy", "RT-PCR: RANBP2::ALK", "No", "30", "NED"],
    ["2", "9/M", "Facial palsy", "Total parotidectomy; radiotherapy", "FISH negative", "Yes (lung, 7 mo)", "18", "DOD"],
]
LEGEND = "NED, no evidence of disease; DOD, died of disease."
WRAPPED_TAIL = [
    "",
    "Discussion",
    "Both of our fictional patients were treated in the same way at",
    "first, but the boy relapsed and died despite the radiotherapy,",
    "which shows how unpredictable the course of this tumour can be",
    "even after an operation with wide and clear surgical margins.",
]


def _flat(columns: list[str], records: list[list[str]]) -> list[str]:
    return ["Table 2 Clinical features of the two patients", *columns, *(c for r in records for c in r), LEGEND]


def _grid(lines: list[str]):
    doc = read_text("\n".join(lines).encode(), "flat", "flat.txt")
    assert len(doc.tables) == 1
    return doc, doc.tables[0]


def test_wrapped_text_table_flattened_one_cell_per_line_is_read_as_a_grid() -> None:
    doc, t = _grid(WRAPPED_HEAD + _flat(COLUMNS, RECORDS) + WRAPPED_TAIL)
    assert t.header_texts() == COLUMNS
    assert [[c.text for c in r] for r in t.rows] == RECORDS
    for r in t.rows:
        for c in r:
            assert doc.text[c.start : c.end] == c.text
    discussion = [s for s in doc.sections if s.kind == "discussion"]
    assert discussion and "relapsed and died" in doc.text[discussion[0].start : discussion[0].end]


@pytest.mark.parametrize("first", ["Case", "Patient"])
def test_flattened_header_whose_first_column_reads_as_a_heading_stays_in_the_table(first: str) -> None:
    _, t = _grid(WRAPPED_HEAD + _flat([first, *COLUMNS[1:]], RECORDS) + WRAPPED_TAIL)
    assert t.header_texts()[0] == first
    assert len(t.rows) == 2


def test_flattened_cells_that_do_not_fill_whole_records_give_no_positional_grid() -> None:
    # one cell of the second record is missing: taking cells by position would shift every later cell
    broken = [RECORDS[0], RECORDS[1][:4] + RECORDS[1][5:]]
    _, t = _grid(WRAPPED_HEAD + _flat(COLUMNS, broken) + WRAPPED_TAIL)
    assert [[c.text for c in r] for r in t.rows] != [RECORDS[0], broken[1] + [""]]
    assert all(len(r) == len(t.header) for r in t.rows)


def test_short_lines_under_a_caption_that_name_no_columns_are_not_a_flattened_header() -> None:
    lines = WRAPPED_HEAD + [
        "Table 2 Timeline of the invented admissions",
        "Spring",
        "Summer",
        "Autumn",
        "Winter",
        "admission",
        "discharge",
    ] + WRAPPED_TAIL
    doc = read_text("\n".join(lines).encode(), "flat", "flat.txt")
    assert all(not t.rows for t in doc.tables)


def test_case_series_rows_come_from_a_flattened_table() -> None:
    from eims_extract.fields.literature_table import rows_from_tables

    doc, _ = _grid(WRAPPED_HEAD + _flat(COLUMNS, RECORDS) + WRAPPED_TAIL)
    rows = rows_from_tables(doc)
    assert [(r.age_years, r.sex) for r in rows] == [(52.0, "female"), (9.0, "male")]
    assert rows[0].alk_fusion_partner == "RANBP2" and rows[0].alk_tests == ["RT-PCR+"]
    assert rows[1].alk_tests == ["FISH-"] and rows[1].alk_fusion_partner is None
    assert rows[1].recurrence is True and rows[1].status == "DOD"


# a table with one column per patient, read column by column: the head of the attribute column ("Feature"), the
# attributes one a line, then each patient's label and values one a line (the rows of the table turned round)
PER_PATIENT_ATTRS = ["Age (years)", "Treatment", "Recurrence", "Follow-up (months)"]
PER_PATIENT = [["Case 1", "61", "Lobectomy", "No", "20"], ["Case 2", "14", "Wedge resection", "Yes (5 mo)", "31"]]


@pytest.mark.parametrize("stub", ["Feature", "Parameter", "Characteristics"])
def test_flattened_table_with_one_column_per_patient_gives_one_row_per_patient(stub: str) -> None:
    lines = ["Table 2 Clinical features of the two patients", stub, *PER_PATIENT_ATTRS]
    lines += [c for col in PER_PATIENT for c in col]
    doc, t = _grid(WRAPPED_HEAD + lines + [LEGEND] + WRAPPED_TAIL)
    assert t.header_texts() == ["", *PER_PATIENT_ATTRS]
    assert [[c.text for c in r] for r in t.rows] == PER_PATIENT
    # the second patient's label is that patient's column, not a case section
    assert not any(s.kind == "case" and s.title for s in doc.sections)
    discussion = [s for s in doc.sections if s.kind == "discussion"]
    assert discussion and "relapsed and died" in doc.text[discussion[0].start : discussion[0].end]


def test_patient_label_after_a_flattened_table_that_opens_prose_is_still_a_case_heading() -> None:
    lines = _flat(COLUMNS, RECORDS) + [
        "Case 3",
        "A 40-year-old man from the same invented town had a similar swelling removed and is well.",
    ]
    doc = read_text("\n".join(WRAPPED_HEAD + lines + WRAPPED_TAIL).encode(), "flat", "flat.txt")
    cases = [s for s in doc.sections if s.kind == "case"]
    assert cases and doc.text[cases[0].start : cases[0].end].startswith("A 40-year-old man")


def test_stub_head_over_lines_that_name_no_columns_is_no_table() -> None:
    lines = WRAPPED_HEAD + ["Table 2 Timeline of the invented admissions", "Feature", "Spring", "Summer", "Autumn",
                            "Case 1", "early", "late", "none"] + WRAPPED_TAIL
    doc = read_text("\n".join(lines).encode(), "flat", "flat.txt")
    assert all(not t.rows for t in doc.tables)


def test_case_rows_come_from_a_flattened_table_with_one_column_per_patient() -> None:
    from eims_extract.fields.literature_table import rows_from_tables

    lines = ["Table 2 Clinical features of the two patients", "Feature", *PER_PATIENT_ATTRS]
    lines += [c for col in PER_PATIENT for c in col]
    doc, _ = _grid(WRAPPED_HEAD + lines + [LEGEND] + WRAPPED_TAIL)
    rows = rows_from_tables(doc)
    assert [(r.case_id, r.age_years, r.recurrence, r.follow_up_months) for r in rows] == [
        ("1", 61.0, False, 20.0),
        ("2", 14.0, True, 31.0),
    ]


@pytest.mark.parametrize("first", ["Case", "Patient"])
def test_flattened_table_whose_records_open_on_patient_letters_in_order(first: str) -> None:
    """A lettered series pasted one cell per line: each record opens on its patient's letter ("A", "B") under the
    "Case" column; the records are numbered by their place."""
    from eims_extract.fields.literature_table import rows_from_tables

    lettered = [["A", *RECORDS[0][1:]], ["B", *RECORDS[1][1:]]]
    doc, t = _grid(WRAPPED_HEAD + _flat([first, *COLUMNS[1:]], lettered) + WRAPPED_TAIL)
    assert [[c.text for c in r] for r in t.rows] == lettered
    rows = rows_from_tables(doc)
    assert [(r.case_id, r.age_years, r.sex, r.status) for r in rows] == [("1", 52.0, "female", "ANED"), ("2", 9.0, "male", "DOD")]


def test_flattened_records_opening_on_letters_out_of_order_are_no_lettered_series() -> None:
    """Negative: capitals that do not run from A ("B", then "A") are no patients' letters: no grid by position."""
    shuffled = [["B", *RECORDS[0][1:]], ["A", *RECORDS[1][1:]]]
    doc = read_text("\n".join(WRAPPED_HEAD + _flat(COLUMNS, shuffled) + WRAPPED_TAIL).encode(), "flat", "flat.txt")
    assert all([[c.text for c in r] for r in t.rows] != shuffled for t in doc.tables)


@pytest.mark.parametrize(("one", "two"), [("Case A", "Case B"), ("P1", "P2"), ("Patient A", "Patient B")])
def test_flattened_table_with_one_column_per_lettered_patient(one: str, two: str) -> None:
    """The one-column-per-patient table read column by column, its patients lettered or a bare P with a number."""
    lines = ["Table 2 Clinical features of the two patients", "Feature", *PER_PATIENT_ATTRS]
    lines += [one, *PER_PATIENT[0][1:], two, *PER_PATIENT[1][1:]]
    _, t = _grid(WRAPPED_HEAD + lines + [LEGEND] + WRAPPED_TAIL)
    assert t.header_texts() == ["", *PER_PATIENT_ATTRS]
    assert [[c.text for c in r] for r in t.rows] == [[one, *PER_PATIENT[0][1:]], [two, *PER_PATIENT[1][1:]]]


@pytest.mark.parametrize("note", ["NED, no evidence of disease.", "AWD, alive with disease"])
def test_one_code_spelled_out_under_cells_pasted_one_per_line_is_the_foot(note: str) -> None:
    """A one-code note under a one-cell-per-line table ("NED, no evidence of disease."): the table's foot, not body
    text read for the last patient, while cells of the same shape ("Liver, left lobe") stay cells."""
    records = [
        ["1", "52/F", "Liver, left lobe", "Hepatectomy", "No", "30", "NED"],
        ["2", "9/M", "Stomach, body", "Gastrectomy", "Yes (7 mo)", "18", "AWD"],
    ]
    columns = ["No.", "Age/sex", "Site", "Treatment", "Recurrence", "Follow-up (months)", "Outcome"]
    flat = ["Table 2 Clinical features of the two patients", *columns, *(c for r in records for c in r), note]
    doc, t = _grid(WRAPPED_HEAD + flat + WRAPPED_TAIL)
    assert [[c.text for c in r] for r in t.rows] == records
    assert note in t.footnotes
    body = [s for s in doc.sections if s.kind not in ("table", "caption")]
    assert not any(note in doc.text[s.start : s.end] for s in body)


# a molecular cell written "method: result" reads like a code spelled out in a legend ("FISH, ALK not split"); inside a
# record of a table pasted one cell per line it is still a cell, and the records after it stay rows of the grid
METHOD_CELLS = [
    ["1", "52/F", "Painless swelling", "Superficial parotidectomy", "FISH: ALK split", "No", "30", "NED"],
    ["2", "9/M", "Facial palsy", "Total parotidectomy", "FISH: ALK not split", "Yes", "18", "DOD"],
    ["3", "40/M", "Trismus", "Radiotherapy", "FISH: ALK intact", "No", "12", "NED"],
]


# the same page saved from the web: one paragraph a line
PASTED_HEAD = [" ".join(WRAPPED_HEAD[:2]), "", WRAPPED_HEAD[3], " ".join(WRAPPED_HEAD[4:7]), ""]
PASTED_TAIL = ["", WRAPPED_TAIL[1], " ".join(WRAPPED_TAIL[2:])]


@pytest.mark.parametrize("cell", ["FISH: ALK split −; RNA: EML4", "FISH: ALK not rearranged", "FISH, ALK intact"])
@pytest.mark.parametrize("pasted", [False, True])
def test_method_result_cell_inside_a_flattened_record_is_no_legend(cell: str, pasted: bool) -> None:
    records = [METHOD_CELLS[0], [*METHOD_CELLS[1][:4], cell, *METHOD_CELLS[1][5:]], METHOD_CELLS[2]]
    head, tail = (PASTED_HEAD, PASTED_TAIL) if pasted else (WRAPPED_HEAD, WRAPPED_TAIL)
    _, t = _grid(head + _flat(COLUMNS, records) + tail)
    assert [[c.text for c in r] for r in t.rows] == records


# a short page pasted from the web with no heading above its table (a letter, an abstract with its table): the
# furniture rules read every line before the first heading as front matter, where "No" and "Yes" are buttons
HEADLESS_HEAD = [
    "A pretend pair of parotid tumours in one invented letter to the editor",
    "",
    "We saw two imaginary patients with this tumour of the parotid gland in the same fictional year, and their "
    "clinical features are given in Table 2 below for readers who keep a registry of such cases.",
    "",
]


@pytest.mark.parametrize("first", ["No.", "No", "Case"])
def test_flattened_table_above_every_heading_keeps_its_no_column(first: str) -> None:
    doc, t = _grid(HEADLESS_HEAD + _flat([first, *COLUMNS[1:]], RECORDS))
    assert t.header_texts() == [first, *COLUMNS[1:]]
    assert [[c.text for c in r] for r in t.rows] == RECORDS  # the "No" of the first record's recurrence kept
    for r in t.rows:
        for c in r:
            assert doc.text[c.start : c.end] == c.text


def test_marked_notes_under_the_legend_of_a_pasted_cell_per_line_table_are_its_foot() -> None:
    """A web page's table pasted one cell per line, its cells carrying note marks ("FISH+ a", "No fusion b"), then its
    abbreviations and its notes on one line ("a Break-apart FISH. b Targeted RNA panel."): the notes are the table's,
    each under its own mark, not a line of the paragraph before the table."""
    from eims_extract.ingest.tables import table_notes

    lines = [
        "Invented myofibroblastic tumours of the made-up small bowel",
        "",
        "Results",
        "Two fictional patients were treated; the first had a mass of the jejunum (case 1) and the second of the ileum (case 2).",
        "Table 1. Clinical and molecular features",
        "Case",
        "Age/Sex",
        "Site",
        "Molecular",
        "Follow-up",
        "1",
        "44/F",
        "Jejunum",
        "FISH+ a",
        "NED, 20 mo",
        "2",
        "61/M",
        "Ileum",
        "No fusion b",
        "AWD, 12 mo",
        "Abbreviations: NED, no evidence of disease; AWD, alive with disease.",
        "a Break-apart FISH. b Targeted RNA panel (ALK, ROS1, NTRK1-3).",
        "Discussion",
        "Both invented patients are alive, and neither needed a kinase inhibitor after the operation.",
    ]
    doc = read_text("\n".join(lines).encode(), "flat", "flat.txt")
    (table,) = doc.tables
    assert [r[0].text for r in table.rows] == ["1", "2"]
    notes = table_notes(doc, table)
    assert notes.get("a") == "Break-apart FISH." and notes.get("b", "").startswith("Targeted RNA panel")
    body = " ".join(doc.text[s.start : s.end] for s in doc.sections if s.kind not in ("table", "caption"))
    assert "Break-apart" not in body
