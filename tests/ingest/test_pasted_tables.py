"""Literature tables in one-paragraph-per-line text (pasted reports, exported notes).

Every document here is written for these tests: fictional patients, invented authors.
The same table is printed in several shapes (pipes, tabs, space runs, Markdown borders),
with and without a legend, with Age and Sex separate or combined, and in the middle of a
discussion that goes on after it.
"""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text

HEAD = [
    "A made-up mesenteric sarcoma in a small child: report and short review",
    "",
    "Case presentation",
    "An imaginary boy of 14 months was brought in with a swollen belly and poor feeding.",
    "The invented surgeons removed a firm mesenteric mass and he recovered without event.",
    "",
    "Discussion",
    "We found four earlier pretend reports of this tumour in toddlers, listed in Table 1 below.",
]
TAIL = [
    "Taken together, these fictional children relapsed often, which argues for close imaging.",
    "",
    "Conclusion",
    "Careful follow-up matters even after a complete resection.",
]
COLUMNS = ["No.", "Author, year (ref.)", "Age/Sex", "Site", "Treatment", "Recurrence", "Follow-up (months)", "Outcome"]
ROWS = [
    ["1", "Quill R, 2011 (4)", "9mo/M", "Small bowel mesentery", "SE", "+", "10", "AWD"],
    ["2", "Ashby P, 2017 (5)", "2y/F", "Omentum", "SE+Che", "−", "", "DOD"],
    ["3", "Present case", "1.2y/M", "Mesentery", "SE", "−", "6", "ANED"],
]
LEGEND = "SE, surgical excision; Che, chemotherapy; AWD, alive with disease; DOD, dead of disease; ANED, alive, no evidence of disease."


def _pipe(cells: list[str]) -> str:
    return " | ".join(cells)


def _markdown(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _tab(cells: list[str]) -> str:
    return "\t".join(cells)


def _spaced(cells: list[str]) -> str:
    return "   ".join(c or "NA" for c in cells)  # space runs cannot show an empty cell


def _single(cells: list[str]) -> str:
    """As copied out of a PDF viewer: one space between cells, the grammars find the borders."""
    return " ".join(c or "NA" for c in cells)


SHAPES = {"pipe": _pipe, "markdown": _markdown, "tab": _tab, "spaced": _spaced, "single": _single}
NA_SHAPES = ("spaced", "single")


def report(shape: str, legend: bool = True, caption: str = "Table 1. Earlier toddler cases (fictional)") -> bytes:
    fmt = SHAPES[shape]
    lines = [caption, fmt(COLUMNS)]
    if shape == "markdown":
        lines.append("|" + "|".join("---" for _ in COLUMNS) + "|")
    lines += [fmt(r) for r in ROWS]
    if legend:
        lines.append(LEGEND)
    return "\n".join([*HEAD, *lines, *TAIL]).encode()


def _body(doc) -> str:
    return " ".join(doc.text[s.start : s.end] for s in doc.body_sections())


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("legend", [True, False])
def test_table_is_found_with_its_grid(shape: str, legend: bool) -> None:
    doc = read_text(report(shape, legend), "toddlers", "toddlers.txt")
    assert [t.id for t in doc.tables] == ["T1"]
    table = doc.tables[0]
    assert table.caption == "Earlier toddler cases (fictional)"
    assert table.header_texts() == COLUMNS
    expected = [[c or ("NA" if shape in NA_SHAPES else "") for c in r] for r in ROWS]
    assert table.row_texts() == expected
    assert ("alive with disease" in table.footnotes) is legend
    for row in table.rows:
        for cell in row:
            if cell.text:
                assert doc.text[cell.start : cell.end] == cell.text


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_table_text_stays_out_of_the_body_and_the_discussion_goes_on(shape: str) -> None:
    doc = read_text(report(shape), "toddlers", "toddlers.txt")
    body = _body(doc)
    assert "Quill" not in body and "surgical excision" not in body and "Earlier toddler" not in body
    discussion = " ".join(doc.text[s.start : s.end] for s in doc.sections_of("discussion"))
    assert "listed in Table 1 below." in discussion
    assert "relapsed often, which argues for close imaging." in discussion
    assert [s.title for s in doc.sections_of("conclusion")] == ["Conclusion"]


def test_sentence_mentioning_the_table_is_not_a_caption() -> None:
    doc = read_text(report("pipe"), "toddlers", "toddlers.txt")
    assert "We found four earlier pretend reports" in _body(doc)
    captions = [doc.text[s.start : s.end] for s in doc.sections_of("caption")]
    assert captions == ["Table 1. Earlier toddler cases (fictional)"]


@pytest.mark.parametrize(
    "caption",
    ["Table 2: Summary of imaginary infant cases", "TABLE 2 Imaginary infant cases", "Table 2 | Imaginary infant cases"],
)
def test_caption_styles(caption: str) -> None:
    doc = read_text(report("tab", caption=caption), "toddlers", "toddlers.txt")
    assert [t.id for t in doc.tables] == ["T2"]
    assert len(doc.tables[0].rows) == 3


def test_age_and_sex_in_separate_columns() -> None:
    lines = [
        *HEAD,
        "Table 1. Invented cases",
        "Case | Age | Sex | Location | Therapy | Relapse | Metastasis | Status",
        "1 | 3 years | Female | Liver | Surgery | No | No | Alive, no evidence of disease",
        "2 | 20 months | Male | Mesentery | Resection + crizotinib | Yes | No | Died of disease",
        *TAIL,
    ]
    doc = read_text("\n".join(lines).encode(), "sep", "sep.txt")
    (table,) = doc.tables
    assert table.header_texts()[1:3] == ["Age", "Sex"]
    assert [r[1].text for r in table.rows] == ["3 years", "20 months"]
    assert [r[7].text for r in table.rows] == ["Alive, no evidence of disease", "Died of disease"]


def test_caption_without_rows_stays_in_the_body() -> None:
    lines = [*HEAD[:-1], "Table 1. A picture-only table of invented findings", *TAIL]
    doc = read_text("\n".join(lines).encode(), "norows", "norows.txt")
    assert doc.tables == []
    assert "A picture-only table" in _body(doc)


def test_lines_after_a_caption_that_are_prose_end_the_table() -> None:
    lines = [
        *HEAD,
        "Table 1. Invented cases",
        "No. | Age | Sex | Site | Treatment",
        "1 | 4y | F | Pelvis | SE",
        "This made-up paragraph continues the discussion straight after the table without a blank line.",
        *TAIL,
    ]
    doc = read_text("\n".join(lines).encode(), "prose", "prose.txt")
    assert doc.tables[0].row_texts() == [["1", "4y", "F", "Pelvis", "SE"]]
    assert "continues the discussion straight after the table" in _body(doc)


def test_bare_table_label_with_its_title_on_the_next_line() -> None:
    doc = read_text(report("pipe", caption="Table 1\nEarlier toddler cases (fictional)"), "toddlers", "toddlers.txt")
    (table,) = doc.tables
    assert table.caption == "Earlier toddler cases (fictional)"
    assert table.header_texts() == COLUMNS and len(table.rows) == 3
    assert "Earlier toddler" not in _body(doc)


def test_unpunctuated_prose_under_a_caption_is_not_a_table() -> None:
    lines = [
        *HEAD,
        "Table 1. Timeline of the invented treatment (shown as an image in the original)",
        "She was discharged on day five and seen again in clinic after a month",
        "Her parents reported good appetite and normal play at every visit",
        *TAIL,
    ]
    doc = read_text("\n".join(lines).encode(), "noperiod", "noperiod.txt")
    assert doc.tables == []
    assert "Her parents reported good appetite" in _body(doc)


@pytest.mark.parametrize("after", ["Remarks", "Outcome and comment", "Notes on the cases"])
@pytest.mark.parametrize("bracketed", [True, False])
def test_regression_pipe_table_ends_at_a_line_without_bars(after: str, bracketed: bool) -> None:
    """A heading outside the vocabulary under a table set with bars (here with bracketed cells, "(L)", "(R0)") is
    the body again, not one more row that sends the grid to another reading."""
    side = " (L)" if bracketed else ""
    lines = [
        *HEAD,
        "Table 1. Invented cases",
        "No. | Age, sex | Location | ALK | Therapy | Outcome",
        f"1 | 6 y, F | Kidney{side} | IHC+ | steroids; nephrectomy; ceritinib | NED at 20 mo",
        f"2 | 11 y, M | Tibia{side} | IHC- | curettage (R0); MTX | AWD at 9 mo",
        "",
        after,
        "Renal lesions of this kind are uncommon in invented children [3].",
        *TAIL,
    ]
    doc = read_text("\n".join(lines).encode(), "bars", "bars.txt")
    (table,) = doc.tables
    assert table.row_texts() == [
        ["1", "6 y, F", f"Kidney{side}", "IHC+", "steroids; nephrectomy; ceritinib", "NED at 20 mo"],
        ["2", "11 y, M", f"Tibia{side}", "IHC-", "curettage (R0); MTX", "AWD at 9 mo"],
    ]
    assert "uncommon in invented children" in _body(doc)


CUT_ROW = ["4", "Birch T, 2020 (6)", "3y/F"]


@pytest.mark.parametrize("shape", ["pipe", "markdown", "tab"])
def test_text_cut_inside_the_last_row_of_a_delimited_table_keeps_the_grid(shape: str) -> None:
    """A crawler excerpt or a page whose end is missing stops inside the table's last row: the rows before keep their
    grid, the cells the last row printed are read and the rest of it stays empty."""
    fmt = SHAPES[shape]
    lines = ["Table 1. Earlier toddler cases (fictional)", fmt(COLUMNS)]
    if shape == "markdown":
        lines.append("|" + "|".join("---" for _ in COLUMNS) + "|")
    last = fmt(CUT_ROW)
    lines += [fmt(r) for r in ROWS] + [last[:-1] if shape == "markdown" else last]
    doc = read_text("\n".join([*HEAD, *lines]).encode(), "cut", "cut.txt")
    (table,) = doc.tables
    assert table.header_texts() == COLUMNS
    assert table.row_texts() == ROWS + [CUT_ROW + [""] * (len(COLUMNS) - len(CUT_ROW))]



def test_regression_space_set_table_with_close_header_names_and_wrapped_records() -> None:
    """A table set in columns with spaces whose first header names stand one space apart ("No Age/Sex Site") and
    whose records wrap onto indented lines: each column starts where its name does, and an indented line goes on with
    the record above it (not a record of its own, not the grammars' guess)."""
    lines = [
        "Table 1. Invented patients",
        "No Age/Sex Site      Size   IHC                 Treatment          FU     Outcome",
        "1  27/M    Ileum     3.0 cm ALK+ SMA+; CK-      resection          14 mo  NED",
        "2  63/F    LLL       5.5 cm SMA+; ALK- S100-    lobectomy;         22 mo  AWD",
        "           bronchus         CD34- desmin-       then ceritinib",
        "",
        "These invented cases close the series.",
    ]
    doc = read_text("\n".join(lines).encode(), "wrapped", "wrapped.txt")
    table = doc.tables[0]
    assert [c.text for c in table.header][:3] == ["No", "Age/Sex", "Site"]
    rows = [[c.text for c in r] for r in table.rows]
    assert len(rows) == 2
    assert rows[1][2] == "LLL bronchus"
    assert rows[1][4] == "SMA+; ALK- S100- CD34- desmin-"
    assert rows[1][5] == "lobectomy; then ceritinib"
    assert rows[1][6:] == ["22 mo", "AWD"]
    for r in table.rows:
        for c in r:
            if c.text:
                assert doc.text[c.start : c.end].startswith(c.text.split()[0])


def test_regression_space_set_numbered_grid_ends_at_a_line_opening_on_words() -> None:
    """Numbered records set in columns, a wrapped record, then a legend written without commas and a one-word
    heading: the grid ends at the first line opening on words; they are no records."""
    lines = [
        "Table 2  Invented outcomes",
        "Case  Age/sex  Site        Surgery                Adjuvant   F/U (mo)  Status",
        "1     5 y/F    Omentum     Excision               None       12        NED",
        "2     9 y/M    Left lung   Lobectomy; completion  Celecoxib  30        NED",
        "                           pneumonectomy at 6 mo",
        "FU follow-up from surgery; NED no evidence of disease",
        "Outcome",
        "Both invented children are well at their last visits to the clinic.",
    ]
    doc = read_text("\n".join(lines).encode(), "gridend", "gridend.txt")
    rows = [[c.text for c in r] for r in doc.tables[0].rows]
    assert [r[0] for r in rows] == ["1", "2"]
    assert rows[1][3] == "Lobectomy; completion pneumonectomy at 6 mo"


# -- a captioned grid set with bars or tabs: rows printed without their empty last cells, a page marker inside -----
def _stains(sep: str, rows: list[str]) -> bytes:
    lines = [
        "An invented shoulder tumour",
        "",
        "Case presentation",
        "An imaginary man of 50 years had a shoulder mass that was removed whole.",
        "Table 2. Stains",
        sep.join(["Antibody", "Clone", "Case 1", "Case 2"]),
        *rows,
        "",
        "Discussion",
        "Nothing more is known of this pretend tumour.",
    ]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("sep", [" | ", "\t"], ids=["bars", "tabs"])
def test_delimited_rows_short_of_their_empty_last_cells_are_padded(sep: str) -> None:
    rows = [sep.join(["Desmin", "D33", "+", "-"]), sep.join(["CD99", "12E7", "-"]), sep.join(["SMA", "1A4", "+", "+"])]
    doc = read_text(_stains(sep, rows), "stains", "stains.txt")
    (table,) = doc.tables
    assert table.row_texts() == [["Desmin", "D33", "+", "-"], ["CD99", "12E7", "-", ""], ["SMA", "1A4", "+", "+"]]


@pytest.mark.parametrize("marker", ["-- page 3 of 5 --", "Page 4", "== page 2/6 =="])
def test_page_marker_inside_a_tab_grid_is_no_row(marker: str) -> None:
    rows = ["\t".join(["Desmin", "D33", "+", "-"]), marker, "\t".join(["SMA", "1A4", "+", "+"])]
    doc = read_text(_stains("\t", rows), "stains", "stains.txt")
    (table,) = doc.tables
    assert table.row_texts() == [["Desmin", "D33", "+", "-"], ["SMA", "1A4", "+", "+"]]


def test_row_with_a_middle_cell_missing_is_not_padded() -> None:
    """Precision: a row one cell short is padded at its end only when bars or tabs set every line; a grid with a line
    cut otherwise keeps its old reading (the grammars)."""
    rows = ["\t".join(["Desmin", "D33", "+", "-"]), "CD99 12E7 -", "\t".join(["SMA", "1A4", "+", "+"])]
    doc = read_text(_stains("\t", rows), "stains", "stains.txt")
    assert all(["CD99", "12E7", "-", ""] not in t.row_texts() for t in doc.tables)


@pytest.mark.parametrize(
    ("header", "tables"),
    [
        ("Antibody | Clone | Result", 1),
        ("Feature | Patient 1 | Patient 2", 1),
        # negative: groups, not numbered patients; a laboratory grid; neither is made a table without a caption
        ("Feature | Adults | Children", 0),
        ("Test | Value | Range", 0),
    ],
)
def test_uncaptioned_grid_is_a_table_only_for_a_panel_or_one_column_per_patient(header: str, tables: int) -> None:
    lines = [
        "An invented report",
        "",
        "Case presentation",
        "An imaginary woman of 40 years had a mass removed.",
        header,
        "Age / sex | 40 y / F | 9 y / M",
        "Site | calf | palate",
        "SMA | + | -",
        "",
        "Discussion",
        "Nothing more is known.",
    ]
    doc = read_text("\n".join(lines).encode(), "bare", "bare.txt")
    assert len(doc.tables) == tables


def test_line_after_a_closed_cell_is_not_taken_for_a_wrapped_cell() -> None:
    """Precision: a line without tabs under a row whose last cell is closed is no continuation of it."""
    rows = ["\t".join(["Desmin", "D33", "+", "-"]), "Further stains were not done.", "\t".join(["SMA", "1A4", "+", "+"])]
    doc = read_text(_stains("\t", rows), "stains", "stains.txt")
    assert all(["", "", "", "Further stains were not done."] not in t.row_texts() for t in doc.tables)


def test_bordered_row_of_patient_labels_without_a_stub_is_not_taken_for_a_per_patient_table() -> None:
    """Precision: "| Patient 1 | Patient 2 |" over rows of as many cells has no attribute column: no table is made."""
    lines = [
        "An invented report",
        "",
        "Case presentation",
        "Two imaginary adults had masses removed.",
        "| Patient 1 | Patient 2 |",
        "| calf mass | palate mass |",
        "| excised | excised |",
        "",
        "Discussion",
        "Nothing more is known.",
    ]
    doc = read_text("\n".join(lines).encode(), "bare", "bare.txt")
    assert not doc.tables
