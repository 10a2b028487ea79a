"""A web page's series tables saved as text with tab-separated cells (invented patients).

Two layouts a browser's "save as text" leaves: a header cell holding a line break ("Size" / "(cm)"), so the
header's tab cells run over several lines while each row under it stays on one line with one tab cell per column;
and a one-code note ("NA, not available.") printed under the rows as a line of its own, which is the table's foot,
not one more attribute row (a table with one column per patient is turned round only when every row fits).
"""

from __future__ import annotations

import pytest

from eims_extract.ingest.model import Document, Table
from eims_extract.ingest.tables import fill_text_table


def _table(lines: list[str]) -> tuple[Document, Table]:
    body = "\n".join(lines)
    doc = Document(doc_id="t", path="t.txt", kind="text", text="Some words before.\n" + body + "\n")
    table = Table(id="T1", raw_lines=list(lines), start=19, end=19 + len(body))
    doc.tables.append(table)
    return doc, table


@pytest.mark.parametrize(
    "head",
    [
        ["Case\tGender\tAge\tSite\tDiameter", "(mm)\tOperation\tRelapse\tFollow-up", "(months)\tOutcome"],
        ["Case\tGender\tAge\tSite\tDiameter", "(mm)\tOperation\tRelapse\tFollow-up (months)\tOutcome"],
    ],
)
def test_tab_rows_under_a_header_whose_cells_wrap(head: list[str]) -> None:
    rows = ["1\tF\t33\tPosterior wall\t3.1\tTURBT ×3\tYes (4 mo)\t40\tNED", "2\tM\t61\tNeck\t1.8\tPC\tNo\t12\tAWD"]
    doc, table = _table([*head, *rows])
    fill_text_table(doc, table)
    assert [c.text for c in table.header][4] == "Diameter (mm)"
    assert table.row_texts() == [r.split("\t") for r in rows]
    for row in table.rows:
        for cell in row:
            assert doc.text[cell.start : cell.end] == cell.text


@pytest.mark.parametrize("note", ["NA, not available.", "ND, not done"])
def test_one_code_note_under_tab_rows_is_the_foot_of_a_patient_column_table(note: str) -> None:
    lines = [
        "Stain\tCase 1\tCase 2",
        "ALK\t+\tNA",
        "Desmin\t−\t+",
        "Ki-67\t8%\t3%",
        "ALK FISH\tSplit\tNA",
        note,
    ]
    doc, table = _table(lines)
    fill_text_table(doc, table)
    assert note in table.footnotes
    assert [r[0].text for r in table.rows] == ["Case 1", "Case 2"]
    assert [c.text for c in table.rows[0]] == ["Case 1", "+", "−", "8%", "Split"]


def test_full_size_link_under_a_journal_page_table_is_not_a_row() -> None:
    """A journal page prints a "Full size table" link under each table: page furniture, so the rows above it and a
    one-cell-per-line table after it are read as tables."""
    from eims_extract.ingest import load_document

    page = "\n".join(
        [
            "Two invented cases of a tumour of the ovary",
            "",
            "Results",
            "Both invented patients were treated in a made-up clinic.",
            "",
            "Table 1 Markers",
            "Case\tALK\tDesmin\tKi-67 (%)\tALK FISH",
            "1\t+ (diffuse)\tNA\t7\tRearranged",
            "2\t−\t+\t12\tNot rearranged",
            "Full size table",
            "NA not assessed",
            "",
            "Discussion",
            "Such tumours are rare.",
            "",
        ]
    )
    doc = load_document("o.txt", data=page.encode(), doc_id="o")
    (t,) = doc.tables
    assert [r[0].text for r in t.rows] == ["1", "2"] and t.rows[1][4].text == "Not rearranged"


@pytest.mark.parametrize(
    "legend",
    [
        "NED no evidence of disease, AWD alive with disease, PR partial response, mo months",
        "IHC immunohistochemistry, NED no evidence of disease, AWD alive with disease, + positive, − negative",
        "F female, M male, NED no evidence of disease, AWD alive with disease, y years, d days",
    ],
)
def test_bare_legend_spelling_out_signs_and_units_is_the_foot_of_tab_rows(legend: str) -> None:
    """A legend setting each code before its meaning with a space only may also spell out the signs ("+ positive")
    and a small-letter unit ("mo months"): still the table's foot, so the tab rows above keep their cells."""
    rows = ["1\tF/40\tCaecum\t+\tNED, 20 mo", "2\tM/8\tBladder\t−\tPR on crizotinib; AWD, 9 mo"]
    doc, table = _table(["Case\tSex/age\tSite\tALK IHC\tOutcome", *rows, legend])
    fill_text_table(doc, table)
    assert table.row_texts() == [r.split("\t") for r in rows]
    assert legend in table.footnotes


def test_bare_legend_with_signs_and_one_letter_codes_is_parsed() -> None:
    from eims_extract.ingest.tables import parse_legend

    legend = parse_legend("M male, F female, AWD alive with disease, NED no evidence of disease, GD gemcitabine plus docetaxel, + positive, mo months")
    assert legend["GD"] == "gemcitabine plus docetaxel"
    assert legend["M"] == "male"


def _page(under: list[str]) -> str:
    return "\n".join(
        [
            "Three invented tumours of a made-up organ",
            "",
            "Results",
            "Three fictional adults were treated at an imaginary clinic; their stains are listed in Table 2.",
            "",
            "Table 2 Stains",
            "",
            "Case\tALK\tDesmin\tKi-67 (%)\tALK fusion",
            "1\t+\t+\t12\tEML4-ALK",
            "2\t+\tND\t5\tNI a",
            "3\t−\t+\tND\tNone",
            "",
            *under,
            "",
            "Full size table",
            "",
            "Follow-up notes",
            "The first invented patient was seen again after a year.",
            "",
            "Discussion",
            "Such made-up tumours are rare.",
        ]
    )


def test_tab_rows_end_at_a_line_without_tabs_a_note_about_every_row_is_body_text() -> None:
    """A web table saved as text: its rows are cut by tabs, so a line without a tab under them is no row. A note in a
    sentence about every row ("X were negative in all three tumours") and an unlisted sub-heading go back to the body,
    where the note is read as prose about each patient; the legend and the lettered note stay the table's foot."""
    from eims_extract.ingest import load_document

    under = [
        "ND not done, NI not identified, + positive, − negative",
        "a RT-PCR negative; RNA too poor for sequencing",
        "CD117, DOG1 and S100 protein were negative in all three tumours",
    ]
    doc = load_document("s.txt", data=_page(under).encode(), doc_id="s")
    (t,) = doc.tables
    assert [r[0].text for r in t.rows] == ["1", "2", "3"]
    assert "+ positive" in t.footnotes and "RNA too poor" in t.footnotes
    assert "all three tumours" not in t.footnotes and "Follow-up notes" not in t.footnotes
    body = " ".join(doc.text[s.start : s.end] for s in doc.body_sections())
    assert "were negative in all three tumours" in body and "Follow-up notes" in body


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("a RT-PCR negative; RNA too poor for sequencing", True),
        ("b Preceded by a short course of steroids", False),  # no cell above ends on "b"
        ("a CT scan showed no spread in any patient", True),  # the mark's letter is carried by a cell: a note
    ],
)
def test_a_note_opened_by_a_bare_letter_is_the_foot_when_a_cell_carries_that_mark(line: str, note: bool) -> None:
    from eims_extract.ingest.tables import marked_note

    rows = ["1\t+\tEML4-ALK", "2\t+\tNot identified a", "3\t-\tNone"]
    assert marked_note(line, rows) is note
    assert marked_note(line, ["1\t+\tEML4-ALK", "3\t-\tNone"]) is False


@pytest.mark.parametrize(
    ("legend", "code", "meaning"),
    [
        # a regimen spelled out with a plus sign between its drugs
        ("AWD alive with disease, NED no evidence of disease, VAC vincristine + actinomycin D + cyclophosphamide, mo months", "VAC", "vincristine + actinomycin d + cyclophosphamide"),
        # a note opened by its symbol run onto the legend's line: the legend's items are still read
        ("+ positive, - negative, TAS targeted amplicon sequencing (NGS), EMA epithelial membrane antigen, LN lymph node *Block 2 was exhausted", "TAS", "targeted amplicon sequencing (NGS)"),
    ],
)
def test_bare_legend_with_a_regimen_or_a_symbol_note_on_its_line(legend, code, meaning) -> None:
    from eims_extract.ingest.tables import parse_legend

    assert parse_legend(legend).get(code, "").lower() == meaning.lower()
