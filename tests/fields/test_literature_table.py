"""Case rows from literature-review tables (``fields.literature_table``)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eims_extract.fields.alk import parse_fusion_partner
from eims_extract.fields.ihc import parse_ihc
from eims_extract.fields.literature_table import header_unit, is_summary_table, parse_reference, rows_from_tables
from eims_extract.fields.outcome import parse_outcome
from eims_extract.fields.treatment import parse_treatment
from eims_extract.ingest.model import Cell, Document, Table
from eims_extract.ingest.tables import fill_text_table

ROOT = Path(__file__).resolve().parents[2]
GOLD_TABLE = ROOT / "gold" / "table2.csv"


def grid_document(header: list[str], rows: list[list[str]], footnotes: str = "", page: int | None = 3) -> Document:
    """A document whose table is already a cell grid (as the PDF reader delivers it):
    each printed row is one line of ``text``, cells two spaces apart, offsets exact."""
    text = "Body text about a patient.\n\n"
    grid: list[list[Cell]] = []
    start = len(text)
    for cells in [header, *rows]:
        line: list[Cell] = []
        for n, c in enumerate(cells):
            if n:
                text += "  "
            line.append(Cell(c, len(text), len(text) + len(c), page) if c else Cell(""))
            text += c
        text += "\n"
        grid.append(line)
    table = Table(id="T2", header=grid[0], rows=grid[1:], footnotes=footnotes, start=start, end=len(text))
    return Document(doc_id="review", path="review.pdf", kind="pdf", text=text, tables=[table])


# A fictional review with other column names and order, an IHC and an ALK fusion column,
# outcomes in words and ages in other forms.
OTHER_SHAPE_HEADER = ["Author (year)", "Gender", "Age", "Location", "IHC", "ALK fusion", "Therapy", "Outcome"]
OTHER_SHAPE_ROWS = [
    ["Haddad R, 2018 [3]", "M", "35", "Small intestinal mesentery", "ALK+, desmin+, CK−", "RANBP2-ALK", "Surgery + crizotinib", "alive, 8 mo"],
    ["Moreau L et al., 2021", "Female", "7 months", "Greater omentum", "ALK (+), SMA (−)", "NA", "S/C", "DOD at 12 months"],
    ["Present case", "F", "41y", "Pelvis", "ALK+", "ALK::TPM3", "SE+RT", "ANED, 14 mo"],
]


@pytest.fixture()
def other_shape() -> Document:
    return grid_document(OTHER_SHAPE_HEADER, OTHER_SHAPE_ROWS, footnotes="S, surgery; C, chemotherapy; NA, not available.")


def test_other_column_order_and_names(other_shape):
    rows = rows_from_tables(other_shape)
    assert [r.source for r in rows] == ["table"] * 3
    assert [r.case_id for r in rows] == ["1", "2", "3"]
    assert [r.sex for r in rows] == ["male", "female", "female"]
    assert [r.age_years for r in rows] == [35.0, 0.58, 41.0]
    assert [r.age_text for r in rows] == ["35", "7 months", "41y"]
    assert [r.site for r in rows] == ["mesentery", "omentum", "pelvis"]


def test_outcome_phrased_in_words(other_shape):
    rows = rows_from_tables(other_shape)
    assert [(r.follow_up_months, r.status) for r in rows] == [(8.0, None), (12.0, "DOD"), (14.0, "ANED")]


def test_therapy_with_drug_names_and_table_legend_codes(other_shape):
    rows = rows_from_tables(other_shape)
    assert rows[0].treatment == "SE+ALKi" and rows[0].drugs == ["crizotinib"]
    assert rows[1].treatment == "SE+Che" and rows[1].drugs is None


def test_ihc_and_fusion_columns(other_shape):
    rows = rows_from_tables(other_shape)
    assert rows[0].ihc_positive == ["ALK", "desmin"] and rows[0].ihc_negative == ["CK"]
    assert rows[1].ihc_positive == ["ALK"] and rows[1].ihc_negative == ["SMA"]
    assert [r.alk_fusion_partner for r in rows] == ["RANBP2", None, "TPM3"]


def test_references_citations_and_the_present_case(other_shape):
    rows = rows_from_tables(other_shape)
    assert [(r.reference, r.citation) for r in rows] == [
        ("Haddad R, 2018", 3), ("Moreau L et al., 2021", None), ("Current case", None)
    ]


def test_every_value_points_at_its_cell(other_shape):
    doc = other_shape
    for row in rows_from_tables(doc):
        assert not row.ungrounded()
        for name, evs in row.evidence.items():
            for ev in evs:
                assert ev.section == "table" and ev.page == 3 and ev.doc_id == "review"
                cell_text = doc.text[ev.start : ev.end]
                assert cell_text and cell_text in ev.sentence
                assert " | " in ev.sentence


def test_adverse_events_table_is_skipped():
    doc = grid_document(["Adverse event", "Grade 1", "Grade 2", "Management"], [["Rash", "", "x", "Topical steroid"]])
    assert not is_summary_table(doc.tables[0])
    assert rows_from_tables(doc) == []


def test_na_cells_stay_none():
    doc = grid_document(
        ["Case", "Age", "Sex", "Site", "Treatment", "Recurrence", "Metastasis", "Follow up", "Reference"],
        [["7", "NA", "NA", "NA", "NA", "NA", "NA", "NA", "Ito K, 2020 (2)"]],
    )
    (row,) = rows_from_tables(doc)
    assert row.filled() == ["reference"] and row.case_id == "7"


def test_text_table_grid_built_at_ingestion_gives_rows():
    lines = ["Case Age Sex Site Treatment Follow up Reference", "1 50y Male Liver SE 3 mo (DOD) Ruiz P, 2017 (1)"]
    text = "\n".join(lines)
    table = Table("T1", raw_lines=lines, start=0, end=len(text))
    doc = Document("d", "d.txt", "text", text, tables=[table])
    assert rows_from_tables(doc) == []  # rows come from grids; building them is ingestion's job, done once
    fill_text_table(doc, table)
    (row,) = rows_from_tables(doc)
    assert (row.age_years, row.site, row.treatment, row.follow_up_months, row.status) == (50.0, "liver", "SE", 3.0, "DOD")


@pytest.mark.parametrize(
    "text,expected",
    [("12 mo (DOD)", (12.0, "DOD")), ("DOD at 12 months", (12.0, "DOD")), ("alive, 8 mo", (8.0, None)),
     ("Alive with no evidence of disease, 2 years", (24.0, "ANED")), ("died of disease after 6 months", (6.0, "DOD")),
     ("NA", (None, None)), ("AWD", (None, "AWD")), ("relapse 4 mo", (4.0, None)),
     ("liver mets 9 mo; alive, 31 mo", (31.0, None)), ("relapse at 5 mo, NED at 28 mo", (28.0, "ANED"))],
)
def test_parse_outcome(text, expected):
    assert parse_outcome(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [("Mariño E, 2011 (6)", ("Mariño E, 2011", 6)), ("Aminimoghaddam S, 2023 (33)", ("Aminimoghaddam S, 2023", 33)),
     ("Smith et al. (2019)", ("Smith et al. (2019)", None)), ("Our case", ("Current case", None)), ("NA", (None, None))],
)
def test_parse_reference(text, expected):
    assert parse_reference(text) == expected


@pytest.mark.parametrize(
    "text,legend,expected",
    [("SE+Che+ALKi", None, "SE+Che+ALKi"), ("ALKi + SE", None, "SE+ALKi"), ("NA", None, None),
     ("Op/Tx", {"Tx": "targeted therapy"}, "SE+ALKi"), ("Resection and alectinib", None, "SE+ALKi")],
)
def test_parse_treatment(text, legend, expected):
    assert parse_treatment(text, legend)[0] == expected


@pytest.mark.parametrize(
    "text,default,expected",
    [("ALK+, SMA−", False, (["ALK"], ["SMA"])), ("desmin, ALK", True, (["desmin", "ALK"], [])),
     ("desmin, ALK", False, ([], [])), ("NA", False, ([], [])), ("ROS1+ (b), CK- *", False, (["ROS1"], ["CK"]))],
)
def test_parse_ihc(text, default, expected):
    assert parse_ihc(text, default) == expected


@pytest.mark.parametrize(
    "text,partner",
    [("RANBP2-ALK", "RANBP2"), ("ALK::TPM3", "TPM3"), ("RRBP1", "RRBP1"), ("negative", None), ("NA", None)],
)
def test_parse_fusion_partner(text, partner):
    assert parse_fusion_partner(text) == partner


# -- the reference paper's Table 2 against gold/table2.csv ------------------------------------
GOLD_FIELDS = ["age_text", "age_years", "sex", "site", "treatment", "recurrence", "metastasis",
               "follow_up_months", "status", "reference", "citation"]


def _cmp(v) -> str | None:
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, (int, float)):
        return f"{float(v):g}"
    try:
        return f"{float(v):g}"
    except ValueError:
        return str(v)


def test_seed_table_rows_match_gold(seed_txt):
    lines = seed_txt.read_text(encoding="utf-8").splitlines()
    first = next(i for i, ln in enumerate(lines) if ln.startswith("TABLE 2"))
    last = next(i for i in range(first, len(lines)) if "data not available" in lines[i])
    region = lines[first : last + 1]  # the table's lines, read at test time (never copied into the repo)
    text = "\n".join(region)
    table = Table("T2", raw_lines=region, start=0, end=len(text))
    doc = Document("seed", "seed.txt", "text", text, tables=[table])
    fill_text_table(doc, table)
    rows = rows_from_tables(doc)
    gold = list(csv.DictReader(GOLD_TABLE.open(encoding="utf-8")))
    assert [r.case_id for r in rows] == [g["case"] for g in gold]
    right = sum(_cmp(g[f]) == _cmp(getattr(r, f)) for g, r in zip(gold, rows) for f in GOLD_FIELDS)
    assert right / (len(gold) * len(GOLD_FIELDS)) >= 0.99
    assert all(not r.ungrounded() for r in rows)


# -- a ruled table in a PDF, through the PDF reader ---------------------------------------------
PDF_ROWS = [
    ["Case", "Age", "Sex", "Site", "Treatment", "Recurrence", "Metastasis", "Follow up", "Reference"],
    ["1", "44y", "Male", "Omentum", "SE+Che", "+", "-", "10 mo (DOD)", "Ruiz P, 2017 (4)"],
    ["2", "9y", "Female", "Mesentery", "SE", "-", "-", "20 mo (ANED)", "Kato M, 2020 (5)"],
    ["3", "51y", "Male", "Liver", "SE+ALKi", "+", "+", "6 mo (AWD)", "Current case"],
]
PDF_WIDTHS = (12, 14, 18, 30, 30, 24, 24, 28, 50)


def _pdf_with_table(path: Path, every_row_ruled: bool) -> None:
    """A fictional review page: journal-style rules (top, under the header, bottom) or
    fpdf2's own table with a rule under every row."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.multi_cell(0, 5, "A fictional review of abdominal cases. The patients below were reported before ours.")
    pdf.ln(4)
    pdf.cell(0, 6, "Table 2 Summary of reported cases.", new_x="LMARGIN", new_y="NEXT")
    x0, x1 = pdf.l_margin, pdf.l_margin + sum(PDF_WIDTHS)
    if every_row_ruled:
        with pdf.table(borders_layout="HORIZONTAL_LINES", text_align="LEFT", col_widths=PDF_WIDTHS,
                       width=sum(PDF_WIDTHS), align="LEFT") as t:
            for r in PDF_ROWS:
                row = t.row()
                for c in r:
                    row.cell(c)
    else:
        for n, r in enumerate(PDF_ROWS):
            if n < 2:
                pdf.line(x0, pdf.get_y(), x1, pdf.get_y())
            for w, c in zip(PDF_WIDTHS, r):
                pdf.cell(w, 7, c)
            pdf.ln(7)
        pdf.line(x0, pdf.get_y(), x1, pdf.get_y())
    pdf.output(str(path))


def _check_pdf_rows(path: Path) -> None:
    from eims_extract.ingest import load_document

    doc = load_document(path)
    rows = rows_from_tables(doc)
    assert [r.case_id for r in rows] == ["1", "2", "3"]
    assert [r.age_years for r in rows] == [44.0, 9.0, 51.0]
    assert [r.status for r in rows] == ["DOD", "ANED", "AWD"]
    assert [r.treatment for r in rows] == ["SE+Che", "SE", "SE+ALKi"]
    assert rows[2].reference == "Current case" and rows[0].citation == 4
    assert all(not r.ungrounded() for r in rows)
    for r in rows:
        for evs in r.evidence.values():
            assert all(doc.text[e.start : e.end].strip() and e.page == 1 for e in evs)


def test_ruled_pdf_table_through_load_document(tmp_path):
    _pdf_with_table(tmp_path / "review.pdf", every_row_ruled=False)
    _check_pdf_rows(tmp_path / "review.pdf")


def test_every_row_ruled_pdf_table_through_load_document(tmp_path):
    _pdf_with_table(tmp_path / "review.pdf", every_row_ruled=True)
    _check_pdf_rows(tmp_path / "review.pdf")


def test_seed_pdf_table_rows_match_gold(seed_pdf):
    from eims_extract.ingest import load_document

    rows = rows_from_tables(load_document(seed_pdf))
    gold = list(csv.DictReader(GOLD_TABLE.open(encoding="utf-8")))
    assert [r.case_id for r in rows] == [g["case"] for g in gold]
    right = sum(_cmp(g[f]) == _cmp(getattr(r, f)) for g, r in zip(gold, rows) for f in GOLD_FIELDS)
    assert right / (len(gold) * len(GOLD_FIELDS)) >= 0.99
    assert all(not r.ungrounded() for r in rows)


# -- tables pasted as one line per row (read through the text reader) -------------------------
PASTED = "\n".join([
    "Discussion",
    "Three invented infants with this tumour are summarised in Table 1.",
    "Table 1. Fictional infant cases",
    "No. | Author, year (ref.) | Age/Sex | Site | Treatment | Recurrence | Metastasis | Follow-up (months) | Outcome",
    "1 | Brevik O, 2012 (3) | 7mo/F | Small bowel mesentery | SE | + | − | 18 | AWD",
    "2 | Castell N, 2015 (4) | 1y/M | Greater omentum | SE+Chx | − | + | 2.5 | DOD",
    "3 | Present case | 2.5y/F | Mesocolon | SE+ALKi | − | − | NA | ANED",
    "Chx, chemotherapy; SE, surgical excision; ALKi, ALK inhibitor; AWD, alive with disease; DOD, dead of disease.",
    "Our made-up patient is the youngest girl in the list.",
])


@pytest.fixture()
def pasted_rows():
    from eims_extract.ingest.text import read_text

    doc = read_text(PASTED.encode(), "pasted", "pasted.txt")
    return doc, rows_from_tables(doc)


@pytest.mark.parametrize(
    "n,field,value",
    [(0, "age_years", 0.58), (1, "age_years", 1.0), (2, "age_years", 2.5), (0, "age_text", "7mo"),
     (0, "sex", "female"), (1, "sex", "male"), (0, "site", "mesentery"), (1, "site", "omentum"),
     (1, "treatment", "SE+Che"), (2, "treatment", "SE+ALKi"), (0, "recurrence", True), (1, "metastasis", True),
     (0, "follow_up_months", 18.0), (1, "follow_up_months", 2.5), (2, "follow_up_months", None),
     (0, "status", "AWD"), (1, "status", "DOD"), (2, "status", "ANED"),
     (0, "reference", "Brevik O, 2012"), (2, "reference", "Current case")],
)
def test_pasted_pipe_table_values(pasted_rows, n, field, value):
    _, rows = pasted_rows
    assert [r.case_id for r in rows] == ["1", "2", "3"]
    assert getattr(rows[n], field) == value


def test_pasted_table_values_point_at_their_cells(pasted_rows):
    doc, rows = pasted_rows
    assert rows[0].citation == 3
    for row in rows:
        assert not row.ungrounded()
        for evs in row.evidence.values():
            for ev in evs:
                assert doc.text[ev.start : ev.end] in ev.sentence and ev.section == "table"


@pytest.mark.parametrize(
    "header,cell,field,value",
    [("Follow-up (months)", "12", "follow_up_months", 12.0), ("Follow-up (years)", "2", "follow_up_months", 24.0),
     ("Follow-up", "12", "follow_up_months", None), ("Age (months)", "9", "age_years", 0.75),
     ("Age (years)", "9", "age_years", 9.0), ("Age", "9", "age_years", 9.0)],
)
def test_unit_stated_in_the_header_reads_bare_numbers(header, cell, field, value):
    cols = ["Case", "Sex", "Site", header]
    doc = grid_document(cols, [["1", "F", "Liver", cell]])
    (row,) = rows_from_tables(doc)
    assert getattr(row, field) == value


@pytest.mark.parametrize(
    "header,expected",
    [("Follow-up (months)", "months"), ("Age, y", "y"), ("Duration in weeks", "weeks"), ("Follow-up", None),
     ("Site (organ)", None)],
)
def test_header_unit(header, expected):
    assert header_unit(header) == expected


@pytest.mark.parametrize(
    "text,expected,drugs",
    [
        ("Resection + AI chemotherapy + lorlatinib", "SE+Che+ALKi", ["doxorubicin", "ifosfamide", "lorlatinib"]),
        ("Surgery + FOLFOX", "SE+Che", ["fluorouracil", "leucovorin", "oxaliplatin"]),
        ("Surgery + 3 cycles of MAID", "SE+Che", ["doxorubicin", "ifosfamide", "dacarbazine"]),
        ("Surgery + gemcitabine-based chemotherapy", "SE+Che", ["gemcitabine"]),
        ("Surgery + adjuvant chemotherapy", "SE+Che", []),
        ("Biopsy + ceritinib", "ALKi", ["ceritinib"]),
    ],
)
def test_regression_surgery_plus_ai_chemotherapy_plus_alectinib(text, expected, drugs):
    assert parse_treatment(text) == (expected, drugs)


# A fictional review table whose footnote defines its own therapy codes, an ALK-staining column printing
# pattern codes, a partner column naming the method in brackets and an outcome column with the months
# in brackets (unit given by the header).
LEGEND_HEADER = ["No.", "Author, year", "Age/Sex", "Location", "ALK IHC", "Partner (method)", "Therapy", "Outcome (FU, mo)"]
LEGEND_ROWS = [
    ["1", "Okafor, 2015", "44/F", "Omentum", "DCY", "RANBP2 (FISH)", "Exc + Chx (VD)", "DOD (9)"],
    ["2", "Brandt, 2019", "9/M", "Mesentery", "NMP", "EML4 (RNA-seq)", "Exc + Lor", "NED (27)"],
    ["3", "Sato, 2022", "70/M", "Pelvis", "NA", "NA", "Debulking + Chx + Cer", "AWD (4)"],
]
LEGEND_NOTE = ("DCY, diffuse cytoplasmic; NMP, nuclear membrane pattern; Exc, surgical resection; Chx, chemotherapy "
               "(regimen in brackets); VD, vincristine plus dactinomycin; Lor, lorlatinib; Cer, ceritinib; FU, follow-up; "
               "mo, months; DOD, died of disease; NED, no evidence of disease; AWD, alive with disease; NA, not available.")


@pytest.fixture()
def legend_rows() -> list:
    return rows_from_tables(grid_document(LEGEND_HEADER, LEGEND_ROWS, footnotes=LEGEND_NOTE))


@pytest.mark.parametrize(
    "n,field,value",
    [
        (0, "treatment", "SE+Che"), (0, "drugs", ["vincristine", "actinomycin D"]),
        (1, "treatment", "SE+ALKi"), (1, "drugs", ["lorlatinib"]),
        (2, "treatment", "SE+Che+ALKi"), (2, "drugs", ["ceritinib"]),
        (0, "ihc_positive", ["ALK"]), (1, "ihc_positive", ["ALK"]), (2, "ihc_positive", None),
        (0, "alk_fusion_partner", "RANBP2"), (1, "alk_fusion_partner", "EML4"), (2, "alk_fusion_partner", None),
        (0, "alk_tests", ["IHC+", "FISH+"]), (1, "alk_tests", ["IHC+", "NGS+"]), (2, "alk_tests", None),
        (0, "follow_up_months", 9.0), (1, "follow_up_months", 27.0), (2, "follow_up_months", 4.0),
        (0, "status", "DOD"), (1, "status", "ANED"), (2, "status", "AWD"),
    ],
)
def test_regression_sr_plus_ct_ai_legend_codes_alk_ihc_and_partner_method(legend_rows, n, field, value):
    assert getattr(legend_rows[n], field) == value


@pytest.mark.parametrize(
    ("relapse", "spread", "fusion", "expected"),
    [
        ("Yes (twice)", "Yes (bone)", "ALK translocation (FISH)", (True, True, None, ["FISH+"])),
        ("No", "+ (lung, pleura)", "RANBP2-ALK (NGS)", (False, True, "RANBP2", ["NGS+"])),
        # a negative fusion cell naming its method is that test's negative result, as a "Molecular" cell's is
        ("Yes", "No (at 2 y)", "no ALK rearrangement (FISH)", (True, False, None, ["FISH-"])),
        ("NA", "NA", "NA", (None, None, None, None)),
    ],
)
def test_regression_metastasis_yes_liver_and_alk_rearranged_fish(relapse, spread, fusion, expected):
    header = ["Case", "Age/Sex", "Site", "ALK fusion (method)", "Treatment", "Recurrence", "Metastasis", "Outcome"]
    doc = grid_document(header, [["1", "48/F", "Omentum", fusion, "SE", relapse, spread, "DOD"]])
    (row,) = rows_from_tables(doc)
    assert (row.recurrence, row.metastasis, row.alk_fusion_partner, row.alk_tests) == expected
    if row.metastasis is not None:
        ev = row.evidence["metastasis"][0]
        assert doc.text[ev.start : ev.end] == spread


@pytest.mark.parametrize(("cell", "expected"), [("Yes (lung)", True), ("Yes (lung, bone)", True), ("No", False)])
def test_regression_metastasis_yes_liver_in_a_whitespace_text_table(cell, expected):
    lines = ["Case Age Sex Site Treatment Metastasis Follow up Reference", f"1 50y Male Liver SE {cell} 3 mo (DOD) Ruiz P, 2017 (1)"]
    text = "\n".join(lines)
    table = Table("T1", raw_lines=lines, start=0, end=len(text))
    doc = Document("d", "d.txt", "text", text, tables=[table])
    fill_text_table(doc, table)
    (row,) = rows_from_tables(doc)
    assert (row.metastasis, row.follow_up_months, row.status) == (expected, 3.0, "DOD")


@pytest.mark.parametrize(
    "header,cell,legend,expected",
    [("Tx", "S+CT", "S, surgery; CT, chemotherapy", ("SE+Che", None)),
     ("Tx", "Bx+LOR", "Bx, biopsy only; LOR, lorlatinib", ("ALKi", ["lorlatinib"])),
     ("Rx", "Op+ALC", "Op, operation; ALC, alectinib", ("SE+ALKi", ["alectinib"])),
     ("Treatment(s)", "S", "", ("SE", None))],
)
def test_regression_tx_column_header_with_legend_codes(header, cell, legend, expected):
    doc = grid_document(["No", "Age/Sex", "Location", header, "Outcome"], [["1", "33/F", "Ileum", cell, "NED"]], legend)
    (row,) = rows_from_tables(doc)
    assert (row.treatment, row.drugs) == expected


def test_header_abbreviation_is_read_through_the_tables_own_legend():
    """Regression (blind set 8): a "Rec" column, spelled out only in the legend, was not read."""
    from eims_extract.ingest.text import read_text

    text = "\n".join([
        "Discussion",
        "Table 2. Two invented earlier cases",
        "No. | Author, year | Age/Sex | Location | Tx | Relap | FU (mo) | Outcome",
        "1 | Quillon R, 2011 [2] | 30/M | Mesentery | S | Y | 12 | DOD",
        "2 | Marsh T, 2016 [5] | 22/F | Omentum | S | N | 40 | NED",
        "S, surgery; Relap, relapse after surgery; FU, follow-up; NED, no evidence of disease; DOD, died of disease; Y, yes; N, no.",
        "Both invented patients are unlike ours.",
    ])
    rows = rows_from_tables(read_text(text.encode(), "legend_hdr", "legend_hdr.txt"))
    assert [r.recurrence for r in rows] == [True, False]
    assert all(r.evidence.get("recurrence") for r in rows)


def test_wrapped_dump_table_with_two_line_legend_procedure_codes_and_test_column():
    """Regression (blind set 9): in a hard-wrapped dump the legend under a table went to the body,
    so "RN"/"CRZ" were unknown; "Left kidney", an "ALK test" column and a "PR" result were not read."""
    from eims_extract.ingest.text import read_text

    text = "\n".join([
        "We looked for earlier invented reports of this made-up renal tumour and found three of",
        "them, summarised in the table below for this fictional review.",
        "",
        "Table 3  Invented renal cases",
        "No. | Author, year [ref] | Age/Sex | Location | Therapy | ALK test | F/U (mo) | Result",
        "1   | Pellow A, 2010 [3] | 20/M | Left kidney | RN | IHC+ | 30 | NED",
        "2   | Quarry B, 2014 [4] | 41/F | Right kidney | PN + CRZ | IHC+, FISH+ | 10 | AWD",
        "3   | Rudd C, 2019 [5] | 8/F | Left kidney | Bx + CRZ | FISH- | NA | PR",
        "RN, radical nephrectomy; PN, partial nephrectomy; CRZ, crizotinib; Bx, biopsy; F/U, follow-up;",
        "NED, no evidence of disease; AWD, alive with disease; PR, partial response; NA, not available.",
        "",
        "The invented cases differ from ours in age and in the kind of operation that was done for",
        "them, which we discuss below in this made-up text about imaginary patients only.",
    ])
    rows = rows_from_tables(read_text(text.encode(), "kidney", "kidney.txt"))
    assert [r.site for r in rows] == ["kidney", "kidney", "kidney"]
    assert [r.treatment for r in rows] == ["SE", "SE+ALKi", "ALKi"]
    assert [r.drugs for r in rows] == [None, ["crizotinib"], ["crizotinib"]]
    assert [r.alk_tests for r in rows] == [["IHC+"], ["IHC+", "FISH+"], ["FISH-"]]
    assert [r.status for r in rows] == ["ANED", "AWD", None]
    assert rows[2].response == "PR"


@pytest.mark.parametrize(
    "cell, tests, partner",
    [
        ("RT-PCR: CLTC::ALK", ["RT-PCR+"], "CLTC"),
        ("NGS, TPM4-ALK", ["NGS+"], "TPM4"),
        ("FISH +", ["FISH+"], None),
        ("FISH negative", ["FISH-"], None),
        ("NGS: negative", ["NGS-"], None),
        ("not done", None, None),
        ("FISH pending", None, None),
    ],
)
def test_molecular_column_gives_signed_alk_tests_and_the_method_that_found_a_fusion(cell, tests, partner):
    doc = grid_document(["Case", "Age/sex", "Site", "Molecular"], [["1", "44/F", "Kidney", cell], ["2", "3/M", "Liver", "NA"]])
    row = rows_from_tables(doc)[0]
    assert row.alk_tests == tests
    assert row.alk_fusion_partner == partner


@pytest.mark.parametrize(
    ("cell", "current"),
    [
        # a cell marking its row as the report's own patient after its value
        ("33 (present)", True),
        ("33 (our case)", True),
        ("33 (this patient)", True),
        # another bracketed note is no such mark
        ("33 (died)", False),
        ("33 (approx.)", False),
    ],
)
def test_regression_a_value_marked_present_in_brackets_is_the_current_case(tmp_path, cell, current):
    from eims_extract.ingest import load_document

    path = tmp_path / "review.txt"
    path.write_text(
        "Case report\nAn invented 33-year-old woman had a renal tumour, resected in 2022.\n\n"
        "Table 2. Renal IMT in adults (invented)\n"
        "Age | Partner | Treatment | Outcome\n"
        "58 | TPM3 | nephrectomy | NED 20 mo\n"
        f"{cell} | CLTC | nephrectomy | see text\n",
        encoding="utf-8",
    )
    rows = rows_from_tables(load_document(path))
    assert [r.reference for r in rows] == [None, "Current case" if current else None]


_STUB_SERIES = "\n".join([
    "Renal myofibroblastic lesions in three invented teenagers",
    "",
    "Three made-up patients were operated on at an imaginary hospital between 2015 and 2020 (Table 1).",
    "",
    "Table 1. Stains and probes",
    "           ALK IHC    Desmin IHC   ALK FISH          Ki-67 index",
    "Pt 1       negative   positive     no split signal   4%",
    "Pt 2       positive   negative     split in 40%      15%",
    "Pt 3       positive   negative     rearranged        7%",
    "",
    "Patient 1, a 13-year-old boy, had a left renal mass removed by partial nephrectomy.",
    "Patient 2, a 16-year-old girl, underwent radical nephrectomy.",
    "Patient 3, a 17-year-old boy, had a right upper pole tumour enucleated.",
])


_TRANSPOSED_SERIES = "\n".join([
    "Mesenteric myofibroblastic tumours in two invented adults",
    "",
    "Case presentations",
    "The data of both made-up patients are set out in Table 1.",
    "",
    "Table 1. Both patients",
    "                     Case 1                   Case 2",
    "Age/sex              47/M                     61/F",
    "ALK IHC              positive                 negative",
    "Positive markers     SMA, calponin            SMA, desmin",
    "Negative             CD117, DOG1, S100,       CD117, DOG1",
    "                     myogenin",
    "Ki-67                6%                       20%",
    "Follow-up            NED, 19 mo               DOD, 8 mo",
    "",
    "Case 1. A man had a mesenteric mass resected at an invented hospital.",
    "Case 2. A woman had a mesenteric mass debulked; she later died.",
])


def _series_rows(tmp_path, nlp, text: str):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "series.txt"
    p.write_text(text, encoding="utf-8")
    return {r.case_id: r for r in extract_document(load_document(p), nlp)}


def test_blank_stub_column_of_patient_labels_gives_each_patient_a_row(tmp_path, nlp):
    """A per-patient table whose header leaves the labels' column blank ("Pt 1", "Child 2" under nothing): the
    labels are a column of their own, not part of the first named cell, and the rows fill the numbered patients."""
    rows = _series_rows(tmp_path, nlp, _STUB_SERIES)
    assert sorted(rows) == ["case-1", "case-2", "case-3"]
    one, two, three = rows["case-1"], rows["case-2"], rows["case-3"]
    assert "ALK" in one.ihc_negative and "desmin" in one.ihc_positive and one.ki67_percent == 4.0
    assert one.alk_tests == ["IHC-", "FISH-"]
    assert two.alk_tests == ["IHC+", "FISH+"] and two.ki67_percent == 15.0
    assert three.alk_tests == ["IHC+", "FISH+"] and "desmin" in three.ihc_negative
    assert not any(r.ungrounded() for r in rows.values())


def test_indented_header_without_row_labels_has_no_stub_column():
    """Negative: an indented header over rows that start under it (no labels at the left) keeps its columns."""
    text = "\n".join([
        "Table 2. Invented earlier cases",
        "    Author, year    Age/sex   Site      Outcome",
        "    Quill, 2012     7/F       kidney    NED 10 mo",
        "    Brandt, 2018    40/M      ureter    DOD 5 mo",
    ])
    doc = Document(doc_id="x", path="x.txt", kind="text", text=text)
    table = Table(id="t1", raw_lines=text.split("\n"), start=0, end=len(text))
    fill_text_table(doc, table)
    assert [c.text for c in table.header][0] == "Author, year"
    assert [c.text for c in table.rows[0]][:2] == ["Quill, 2012", "7/F"]


def test_transposed_per_patient_table_is_read_per_patient(tmp_path, nlp):
    """A series' table printed one column per patient ("Case 1   Case 2") and one row per attribute, a value
    wrapped onto a line of its own: turned round, each patient gets the column's values."""
    rows = _series_rows(tmp_path, nlp, _TRANSPOSED_SERIES)
    one, two = rows["case-1"], rows["case-2"]
    assert (one.age_years, one.sex, two.age_years, two.sex) == (47.0, "male", 61.0, "female")
    assert set(one.ihc_positive) >= {"ALK", "SMA", "calponin", "Ki-67"}
    assert set(one.ihc_negative) == {"CD117", "DOG-1", "S-100", "myogenin"}
    assert "ALK" in two.ihc_negative and two.ki67_percent == 20.0
    assert (one.follow_up_months, one.status, two.follow_up_months, two.status) == (19.0, "ANED", 8.0, "DOD")
    assert not any(r.ungrounded() for r in rows.values())


def test_a_row_of_non_patient_labels_is_no_transposed_table():
    """Negative: a first line naming groups, not numbered patients, is no per-patient table turned round."""
    text = "\n".join([
        "Table 3. Invented marker frequencies",
        "                  Adults        Children",
        "ALK IHC           12/20         9/10",
        "Ki-67             5%            11%",
        "Follow-up         30 mo         24 mo",
    ])
    doc = Document(doc_id="y", path="y.txt", kind="text", text=text)
    table = Table(id="t1", raw_lines=text.split("\n"), start=0, end=len(text))
    fill_text_table(doc, table)
    assert not table.header or table.header[0].text != ""


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("rearranged 62%", ["FISH+"]),
        ("split signals", ["FISH+"]),
        ("not rearranged", ["FISH-"]),
        ("no fusion detected", ["FISH-"]),
        ("equivocal", None),
        ("n.d.", None),
    ],
)
def test_molecular_test_cell_in_words(cell, expected):
    doc = grid_document(["Case", "Age", "ALK FISH", "SMA", "Desmin"], [["1", "5", cell, "+", "-"]])
    rows = rows_from_tables(doc)
    assert rows and rows[0].alk_tests == expected


def test_best_response_and_drug_columns_beside_a_status_column():
    """A review table with a "Drug" and a "Best response" column next to "Status": the drug is read as the drugs
    given (not the whole treatment), the response from its own column, the status and follow-up from theirs."""
    doc = grid_document(
        ["Ref", "Age/sex", "Site", "Drug", "Best response", "Status"],
        [["[3]", "12/F", "ileum", "ceritinib", "PR", "AWD 9 mo"], ["Ours", "7/M", "colon", "alectinib", "CR", "NED 15 mo"]],
    )
    one, ours = rows_from_tables(doc)
    assert (one.drugs, one.treatment, one.response, one.status, one.follow_up_months) == (
        ["ceritinib"], None, "PR", "AWD", 9.0
    )
    assert (ours.reference, ours.drugs, ours.response, ours.status, ours.follow_up_months) == (
        "Current case", ["alectinib"], "CR", "ANED", 15.0
    )
    assert not one.ungrounded() and not ours.ungrounded()


def test_citation_mark_alone_names_no_author():
    assert parse_reference("[8]") == (None, 8)
    assert parse_reference("(12)") == (None, 12)


_SERIES_WITH_CITED_CASES = "\n".join([
    "Two invented adults with pleural myofibroblastic tumours",
    "",
    "Case presentations",
    "Case 1. A 44-year-old woman had a pleural mass resected; she is well at 20 months.",
    "Case 2. A 58-year-old man had a pleural mass resected; he died of disease at 9 months.",
    "",
    "Table 2. Pleural cases in the literature",
    "Case    Age/sex   Site      Outcome",
    "[3]     12/F      pleura    NED 40 mo",
    "[6]     70/M      pleura    DOD 5 mo",
    "[9]     35/F      pleura    NED 12 mo",
])


def test_review_table_numbered_by_citations_is_not_the_series_own(tmp_path, nlp):
    """A series' review table whose case column holds citation marks ("[3]", "[6]") lists published cases: its rows
    keep their citations and are not merged into the series' Case 1 and Case 2."""
    rows = _series_rows(tmp_path, nlp, _SERIES_WITH_CITED_CASES)
    one, two = rows["case-1"], rows["case-2"]
    assert (one.age_years, one.sex, two.age_years, two.sex) == (44.0, "female", 58.0, "male")
    cited = sorted(r.citation for r in rows.values() if r.source == "table")
    assert cited == [3, 6, 9]


def test_current_case_marked_in_brackets_in_the_first_cell():
    """A review table without an author column marks the report's own row in its first cell ("31 (present)"); a
    finding "present" elsewhere in a row (a metastasis column) marks nothing."""
    doc = grid_document(
        ["Age", "Site", "Metastasis", "Treatment", "Outcome"],
        [["12", "lung", "present", "lobectomy", "DOD 7 mo"], ["31 (present)", "colon", "absent", "colectomy", "NED 9 mo"]],
    )
    first, ours = rows_from_tables(doc)
    assert first.reference is None and first.age_years == 12.0
    assert (ours.reference, ours.age_years) == ("Current case", 31.0)


@pytest.mark.parametrize(
    "table",
    [
        "Feature | Case 1 | Case 2\nAge/sex | 47/M | 61/F\nALK IHC | positive | negative\nKi-67 | 6% | 20%\n"
        "Follow-up | NED, 19 mo | DOD, 8 mo",
        "Parameter\tPatient 1\tPatient 2\nAge/sex\t47/M\t61/F\nALK IHC\tpositive\tnegative\nKi-67\t6%\t20%\n"
        "Follow-up\tNED, 19 mo\tDOD, 8 mo",
        "                 Case 1        Case 2\nAge/sex          47/M          61/F\nALK IHC          positive      negative\n"
        "Ki-67            6%            20%\nFollow-up        NED, 19 mo    DOD, 8 mo",
    ],
    ids=["pipes_feature_head", "tabs_parameter_head", "spaces_blank_head"],
)
def test_transposed_table_in_any_layout(table, tmp_path, nlp):
    """The one-column-per-patient table with pipes, tabs or spaces, its attribute column headed "Feature",
    "Parameter" or nothing: each patient gets its column."""
    text = "\n".join([
        "Two invented adults with mesenteric tumours",
        "",
        "Case presentations",
        "Table 1. Both patients",
        table,
        "",
        "Case 1. A man had a mesenteric mass resected at an invented hospital.",
        "Case 2. A woman had a mesenteric mass debulked; she later died.",
    ])
    rows = _series_rows(tmp_path, nlp, text)
    one, two = rows["case-1"], rows["case-2"]
    assert (one.age_years, one.ki67_percent, two.age_years, two.ki67_percent) == (47.0, 6.0, 61.0, 20.0)
    assert "ALK" in one.ihc_positive and "ALK" in two.ihc_negative
    assert (one.status, two.status, two.follow_up_months) == ("ANED", "DOD", 8.0)


@pytest.mark.parametrize(
    "table",
    [
        "Marker / assay     P1              P2\nAge/sex            52/F            9/M\nALK IHC            + (diffuse)     -\n"
        "Ki-67 (%)          7               25\nFollow-up          NED, 30 mo      DOD, 11 mo",
        "Characteristic     Case A          Case B\nAge/sex            52/F            9/M\nALK IHC            positive        negative\n"
        "Ki-67              7%              25%\nFollow-up          NED, 30 mo      DOD, 11 mo",
        "Antibody and test | Patient A | Patient B\nAge/sex | 52/F | 9/M\nALK IHC | positive | negative\n"
        "Ki-67 | 7% | 25%\nFollow-up | NED, 30 mo | DOD, 11 mo",
    ],
    ids=["bare_p_labels_paired_stub", "lettered_cases_characteristic", "lettered_patients_pipes"],
)
def test_transposed_table_with_lettered_or_bare_p_column_labels(table, tmp_path, nlp):
    """The one-column-per-patient table whose patients are lettered ("Case A", "Patient B") or a bare P with a number
    ("P1"), its attribute column headed by two words joined ("Marker / assay", "Antibody and test"): each column is
    one patient, numbered by its place."""
    text = "\n".join([
        "Two invented patients with retroperitoneal tumours",
        "",
        "Results",
        "Table 1. Both patients",
        table,
        "",
        "Both tumours were resected at an invented hospital.",
    ])
    rows = {k.removeprefix("case-"): r for k, r in _series_rows(tmp_path, nlp, text).items()}
    one, two = rows["1"], rows["2"]
    assert (one.age_years, one.sex, two.age_years, two.sex) == (52.0, "female", 9.0, "male")
    assert (one.ki67_percent, two.ki67_percent) == (7.0, 25.0)
    assert "ALK" in one.ihc_positive and "ALK" in two.ihc_negative
    assert (one.status, two.status, two.follow_up_months) == ("ANED", "DOD", 11.0)


def test_blank_stub_column_in_a_pipe_table(tmp_path, nlp):
    """The blank-stub per-patient table with pipes: the header's empty first cell, the rows' labels under it."""
    text = _STUB_SERIES.replace(
        "           ALK IHC    Desmin IHC   ALK FISH          Ki-67 index\n"
        "Pt 1       negative   positive     no split signal   4%\n"
        "Pt 2       positive   negative     split in 40%      15%\n"
        "Pt 3       positive   negative     rearranged        7%",
        " | ALK IHC | Desmin IHC | ALK FISH | Ki-67 index\n"
        "Pt 1 | negative | positive | no split signal | 4%\n"
        "Pt 2 | positive | negative | split in 40% | 15%\n"
        "Pt 3 | positive | negative | rearranged | 7%",
    )
    assert "Pt 2 | positive" in text
    rows = _series_rows(tmp_path, nlp, text)
    assert sorted(rows) == ["case-1", "case-2", "case-3"]
    assert rows["case-1"].alk_tests == ["IHC-", "FISH-"] and rows["case-2"].ki67_percent == 15.0


@pytest.mark.parametrize(
    "caption,merged",
    [
        ("Table 2. Previously reported pleural cases", False),
        ("Table 2. Pleural IMT treated with ALK inhibitors (selected)", False),
        ("Table 2. Pleural IMT in the literature", False),
        ("Table 2. Selected pleural IMTs reported 2001-2019 (n = 14)", False),  # a year range of reports
        ("Table 2. Pleural IMTs reported since 1995", False),
        ("Table 2. Clinical data of our patients", True),
    ],
)
def test_numbered_table_captioned_as_published_cases_is_not_the_series_own(caption, merged, tmp_path, nlp):
    """A numbered table (1, 2, 3) whose caption says its cases are published ones is the literature's: its rows are
    not merged into the series' Case 1 and Case 2, as the series' own numbered table is."""
    text = _SERIES_WITH_CITED_CASES.replace("Table 2. Pleural cases in the literature", caption)
    text = text.replace("[3]   ", "1     ").replace("[6]   ", "2     ").replace("[9]   ", "3     ")
    assert "[3]" not in text
    rows = _series_rows(tmp_path, nlp, text)
    one = rows["case-1"]
    assert (one.age_years == 12.0) is merged  # the table's first row went into Case 1 only when it is the series' own
    # the caption alone marks the literature's rows as published (no reference cell needed); the series' own never
    table_rows = [r for r in rows.values() if r.source == "table"]
    assert all(r.published for r in table_rows) is not merged and not any(r.published for r in rows.values() if r.source != "table")
    if not merged:
        assert table_rows and all(r.reference is None and r.citation is None for r in table_rows)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("steroids; lateral craniotomy; ceritinib", "SE+ALKi"),
        ("partial hepatectomy (R1); VCR/MTX", "SE+Che"),
        ("subtotal colectomy", "SE"),
        ("wedge resection -> brigatinib", "SE+ALKi"),
        ("hemimandibulectomy + IMRT 60 Gy", "SE+RT"),
        ("radiotherapy 45 Gy", "RT"),
        ("no resection; crizotinib", "ALKi"),  # a negated operation is none
        ("biopsy only", None),
        ("ileostomy", None),  # a stoma is no excision
    ],
)
def test_regression_therapy_cell_naming_an_operation_the_code_table_lacks(text, expected):
    assert parse_treatment(text)[0] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("GTR + Gamma Knife", "SE+RT"),
        ("subtotal resection + radiosurgery", "SE+RT"),
        ("STR, SRS", "SE+RT"),
        ("lobectomy; SBRT", "SE+RT"),
        ("brachytherapy", "RT"),
        ("GTR, GKS", "SE+RT"),
        ("Gamma Knife surgery", "RT"),  # radiosurgery, no operation
        ("resection; radiosurgery planned", "SE"),  # a plan in the cell is no therapy given
        ("biopsy; no radiosurgery", None),
        ("brigatinib requested, never started", None),
    ],
)
def test_therapy_cell_naming_radiotherapy_by_its_technique(text, expected):
    # a treatment column's cell names radiotherapy by its technique ("radiosurgery", "Gamma Knife", "SRS"): RT with no
    # "given" word, as "RT" or "radiotherapy" are read there; a plan or a refusal in the cell stays unread
    assert parse_treatment(text)[0] == expected


@pytest.mark.parametrize(
    ("caption", "partner", "fusions"),
    [
        ("NTRK3-rearranged soft-tissue tumours in adults", None, ["ETV6::NTRK3"]),
        ("ROS1 fusion-positive IMT published to date", None, ["ETV6::ROS1"]),
        ("Published inflammatory myofibroblastic tumours", "ETV6", ["ETV6::ALK"]),
        ("ROS1- and ALK-rearranged IMT", "ETV6", ["ETV6::ALK"]),  # two kinases: the cell's partner stays ALK's
    ],
)
def test_regression_partner_column_of_a_table_of_other_kinase_rearranged_cases(caption, partner, fusions):
    doc = grid_document(["Ref", "Age/sex", "Site", "Partner", "Therapy"], [["[4]", "9/F", "lung", "ETV6", "entrectinib"]])
    doc.tables[0].caption = caption
    (row,) = rows_from_tables(doc)
    assert (row.alk_fusion_partner, row.kinase_fusions) == (partner, fusions)


def test_rows_beside_a_current_case_row_are_published(tmp_path, nlp):
    """A review table with no reference column and no caption saying so, whose first cell marks the report's own row
    ("29 (present)"): every other row is a published case (``published``), the marked row is not."""
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    text = "\n".join([
        "Inflammatory myofibroblastic tumour of an invented site in a woman",
        "",
        "Case presentation",
        "A 29-year-old woman had a colonic mass removed by colectomy; she was free of disease at 9 months.",
        "",
        "Discussion",
        "Table 1. Cases of this tumour at this site",
        "Age | Sex | Site | Treatment | Outcome",
        "12 | M | lung | lobectomy | DOD 7 mo",
        "54 | F | colon | colectomy | NED 20 mo",
        "29 (present) | F | colon | colectomy | NED 9 mo",
    ])
    p = tmp_path / "review.txt"
    p.write_text(text, encoding="utf-8")
    rows = extract_document(load_document(p), nlp)
    marks = sorted((r.age_years, r.published) for r in rows if r.source in ("table", "merged"))
    assert marks == [(12.0, True), (29.0, False), (54.0, True)]
    # the same table without the present-case mark: nothing says its rows are published
    p.write_text(text.replace("29 (present)", "29"), encoding="utf-8")
    assert not any(r.published for r in extract_document(load_document(p), nlp))


def _key_value_row(header: list[str], rows: list[list[str]]):
    from eims_extract.fields.demographics import read_key_value
    from eims_extract.fields.literature_table import key_value_lines
    from eims_extract.records import CaseRow

    doc = grid_document(header, rows)
    row = CaseRow("review", "index")
    read_key_value(key_value_lines(doc, doc.tables[0]), row)
    return doc, row


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        (["Age", "46 years"], [["Sex", "Male"], ["Presenting symptom", "Vomiting"]], (46.0, "male")),
        (["", ""], [["Age (years)", "58"], ["Gender", "Female"], ["Side", "Left"]], (58.0, "female")),
        (["Gender, Age", "Male, 33"], [["Symptom", "Melaena"]], (33.0, "male")),
        (["Age (months)", "9"], [["Sex", "F"]], (0.75, "female")),
    ],
)
def test_regression_key_value_table_of_one_patient_gives_age_and_sex(header, rows, expected):
    doc, row = _key_value_row(header, rows)
    assert (row.age_years, row.sex) == expected
    for ev in row.evidence["age_years"] + row.evidence["sex"]:
        assert ev.section == "table" and doc.text[ev.start : ev.end].startswith(("Age", "Gender", "Sex"))


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        # a group's summary in the value cell, several patients' columns, a lab table, one line only: nothing read
        (["Age, median (range)", "44 (12-79)"], [["Sex, male/female", "12/9"]]),
        (["Age (years)", "44 (12-79)"], [["Patients", "21"]]),
        (["Age", "46 years", "52 years"], [["Sex", "Male", "Female"]]),
        (["Haemoglobin", "10.2 g/dL"], [["Age-adjusted D-dimer", "0.9"], ["C-reactive protein", "42 mg/L"]]),
        (["Age", "46 years"], []),
    ],
)
def test_regression_key_value_table_of_a_group_or_of_several_patients_gives_nothing(header, rows):
    _, row = _key_value_row(header, rows)
    assert (row.age_years, row.sex) == (None, None)


def test_regression_key_value_table_in_a_saved_page_gives_the_patients_age():
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    page = (
        "<html><body><h1>Inflammatory myofibroblastic tumour of the caecum: a case report</h1><h2>Case presentation</h2>"
        "<p>The patient came with right iliac fossa pain. CT showed a 4 cm mass in the caecum, which was resected. The"
        " spindle cells were positive for ALK. The patient was free of disease 11 months later.</p>"
        "<table><caption>Table 1. Characteristics of the patient</caption><tr><td>Age</td><td>62 years</td></tr>"
        "<tr><td>Sex</td><td>Female</td></tr><tr><td>Symptom</td><td>Pain</td></tr></table>"
        "<h2>Discussion</h2><p>Caecal tumours of this kind are rare.</p></body></html>"
    )
    rows = extract_document(load_document("kv.html", data=page.encode()))
    assert [(r.age_years, r.sex, r.age_text) for r in rows] == [(62.0, "female", "62 years")]


def test_transposed_bar_table_with_values_wrapped_under_empty_cells(tmp_path, nlp):
    """A per-patient table set with bars but no border bars ("Feature | Patient 1 | Patient 2"), a value wrapped onto
    lines that open on a bar (" | | rest of the cell") or end on one (" | rest |"): every bar is a cell border, so
    the wrapped words go on the cell above in their own column and each patient keeps its values."""
    table = "\n".join([
        "Feature | Patient 1 | Patient 2",
        "Age / sex | 63 y / F | 9 y / M",
        "Site | right main bronchus | soft palate, left side,",
        " | | near the uvula",
        "Treatment | sleeve resection | transoral excision;",
        " | | repeat excision |",
        "Ki-67 | 3% | 12%",
        "Follow-up | 40 mo, NED | 15 mo, alive with disease",
    ])
    text = "\n".join([
        "Two invented patients with airway and palate tumours",
        "",
        "Case presentations",
        "Table 1. Both patients",
        table,
        "",
        "Case 1. A woman had a bronchial mass resected at an invented hospital.",
        "Case 2. A boy had a palatal mass excised twice.",
    ])
    rows = _series_rows(tmp_path, nlp, text)
    one, two = rows["case-1"], rows["case-2"]
    assert (one.age_years, one.sex, two.age_years, two.sex) == (63.0, "female", 9.0, "male")
    assert (one.ki67_percent, two.ki67_percent) == (3.0, 12.0)
    assert (one.follow_up_months, one.status, two.follow_up_months) == (40.0, "ANED", 15.0)
    assert "uvula" not in (one.site or "")


_UNCAPTIONED_PER_PATIENT = "\n".join([
    "Inflammatory myofibroblastic tumour of the bladder and ureter: two invented adults",
    "",
    "Case presentations",
    "Both invented adults had painless haematuria.",
    "In patient 1, cystoscopy showed a polypoid mass that was removed by partial cystectomy.",
    "In patient 2, a ureteric mass was found on CT and a segmental ureterectomy was done.",
    "",
    "Clinical data",
    "{sep}".join(["Parameter", "Patient 1", "Patient 2"]),
    "{sep}".join(["Age / sex", "49 y / M", "27 y / F"]),
    "{sep}".join(["Site", "urinary bladder", "left ureter"]),
    "{sep}".join(["Follow-up", "22 mo, NED", "14 mo, NED"]),
    "",
    "Stains",
    "{sep}".join(["Marker", "Patient 1", "Patient 2"]),
    "{sep}".join(["ALK (D5F3)", "+", "-"]),
    "{sep}".join(["Desmin", "-", "focal +"]),
    "{sep}".join(["Ki-67", "3%", "9%"]),
    "",
    "Discussion",
    "Urinary tract IMT is uncommon.",
])


@pytest.mark.parametrize("sep", [" | ", "\t"], ids=["bars", "tabs"])
def test_uncaptioned_per_patient_tables_give_each_patient_its_column(sep, tmp_path, nlp):
    """Tables with one column per patient under plain labels, no "Table n" caption: each patient its column's values."""
    rows = _series_rows(tmp_path, nlp, _UNCAPTIONED_PER_PATIENT.replace("{sep}", sep))
    one, two = rows["case-1"], rows["case-2"]
    assert (one.age_years, one.sex, one.follow_up_months, two.age_years, two.sex, two.follow_up_months) == (
        49.0, "male", 22.0, 27.0, "female", 14.0
    )
    assert "ALK" in one.ihc_positive and "desmin" in one.ihc_negative and one.ki67_percent == 3.0
    assert "ALK" in two.ihc_negative and "desmin" in two.ihc_positive and two.ki67_percent == 9.0


@pytest.mark.parametrize("sep", [" | ", "\t"], ids=["bars", "tabs"])
def test_uncaptioned_per_patient_table_with_a_blank_attribute_head(sep, tmp_path, nlp):
    """The same table with the attribute column's head left blank (a delimiter before "Patient 1")."""
    text = _UNCAPTIONED_PER_PATIENT.replace("{sep}", sep).replace("Parameter" + sep, sep)
    assert (sep + "Patient 1") in text
    rows = _series_rows(tmp_path, nlp, text)
    one, two = rows["case-1"], rows["case-2"]
    assert (one.age_years, one.follow_up_months, two.age_years, two.follow_up_months) == (49.0, 22.0, 27.0, 14.0)


def test_follow_up_column_wins_over_a_time_in_the_outcome_cell():
    doc = grid_document(["Case", "Age", "Site", "Outcome", "Follow-up (months)"], [["1", "40", "Liver", "AWD, 5 mo", "26"]])
    (row,) = rows_from_tables(doc)
    assert (row.status, row.follow_up_months) == ("AWD", 26.0)


@pytest.mark.parametrize(
    "cell,positive,ki67",
    [("SMA+, Ki-67 15%", ["SMA", "Ki-67"], 15.0), ("desmin+; MIB-1 5-10%", ["desmin", "Ki-67"], 10.0),
     ("SMA+, CD34-", ["SMA"], None)],
)
def test_ki67_index_listed_in_an_ihc_cell(cell, positive, ki67):
    doc = grid_document(["Case", "Age", "Site", "Outcome", "Other IHC"], [["1", "40", "Liver", "NED", cell]])
    (row,) = rows_from_tables(doc)
    assert (row.ihc_positive, row.ki67_percent) == (positive, ki67)


# -- a case series' pathology table: one row per case, one column per marker (fictional cases) ----------------------
SERIES_STAINS_HEADER = ["Case", "ALK", "SMA", "Desmin", "CD117/DOG1", "Other", "Ki-67"]
SERIES_STAINS_ROWS = [
    ["1", "+", "patchy", "-", "-/-", "S100 -, CD34 -", "6%"],
    ["2", "+", "weak", "focal", "- / +", "SOX10 -", "3%"],
    ["3", "-", "+", "-", "-", "n.d.", "15%"],
]


@pytest.fixture()
def series_stains() -> list:
    return rows_from_tables(grid_document(SERIES_STAINS_HEADER, SERIES_STAINS_ROWS))


def test_marker_column_cell_grading_the_stain_alone_is_positive(series_stains):
    assert [r.ihc_positive for r in series_stains] == [
        ["ALK", "SMA", "Ki-67"],
        ["ALK", "SMA", "desmin", "DOG-1", "Ki-67"],
        ["SMA", "Ki-67"],
    ]


def test_column_named_after_two_markers_gives_each_its_own_sign(series_stains):
    negatives = [r.ihc_negative or [] for r in series_stains]
    assert "CD117" in negatives[0] and "DOG-1" in negatives[0]
    assert "CD117" in negatives[1] and "DOG-1" not in negatives[1]
    # one sign alone under the pair: both stained alike
    assert "CD117" in negatives[2] and "DOG-1" in negatives[2]


def test_other_column_among_marker_columns_holds_further_signed_stains(series_stains):
    negatives = [r.ihc_negative or [] for r in series_stains]
    assert "S-100" in negatives[0] and "CD34" in negatives[0]
    assert "SOX10" in negatives[1]


def test_other_column_of_a_clinical_table_is_not_read_as_stains():
    doc = grid_document(
        ["Case", "Age", "Site", "Other", "Outcome"],
        [["1", "40", "Lung", "CD34 -", "NED"], ["2", "52", "Liver", "S100 -", "NED"]],
    )
    assert all(r.ihc_negative is None for r in rows_from_tables(doc))


@pytest.mark.parametrize(
    ("cell", "current"),
    [
        # the report's own patient listed among the literature with its number in the series and the year
        ("Present case 2, 2023", True),
        ("Our case (2024)", True),
        ("This report, 2022", True),
        ("Current case #1", True),
        ("Present case", True),
        # an author and a year, or a label inside other words, is no such cell
        ("Presley, 2023", False),
        ("Case 2, 2023", False),
        ("Present cases 1-3 of Lund, 2020", False),
    ],
)
def test_current_case_label_with_its_series_number_and_year(cell, current):
    doc = grid_document(
        ["Author, year", "Age/sex", "Site", "Drug", "Outcome"],
        [["Okafor, 2019", "7 y/F", "Lung", "Crizotinib", "NED 10 mo"], [cell, "12 y/M", "Mesentery", "Alectinib", "AWD 8 mo"]],
    )
    rows = rows_from_tables(doc)
    assert rows[1].reference == ("Current case" if current else cell)
    assert rows[0].published is current


def test_numbered_present_case_row_of_a_review_table_merges_with_its_patient(tmp_path, nlp):
    """A report of two patients whose review table lists the second among published cases ("Present case 2, 2023"):
    that row is the second patient, merged into their row, not one more published case."""
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    text = "\n".join([
        "Inflammatory myofibroblastic tumour in two invented children",
        "",
        "Case 1",
        "A 3-year-old girl had a neck nodule excised; she was well without recurrence at 20 months.",
        "",
        "Case 2",
        "A 12-year-old boy had a mesenteric mass resected. It recurred in the liver and he was given alectinib;",
        "he is alive with disease at 8 months.",
        "",
        "Discussion",
        "Table 1. Published IMTs of children treated with ALK inhibitors",
        "Author, year | Age/sex | Site | Drug | Outcome",
        "Okafor, 2019 | 7 y/F | Lung | Crizotinib | NED 10 mo",
        "Berglund, 2021 | 15 y/F | Bladder | Crizotinib | AWD 5 mo",
        "Present case 2, 2023 | 12 y/M | Mesentery | Alectinib | AWD 8 mo",
    ])
    p = tmp_path / "two.txt"
    p.write_text(text, encoding="utf-8")
    rows = extract_document(load_document(p), nlp)
    own = sorted((r.age_years, r.sex) for r in rows if not r.published and r.reference in (None, "Current case"))
    assert own == [(3.0, "female"), (12.0, "male")]
    assert sum(r.age_years == 12.0 for r in rows) == 1


@pytest.mark.parametrize("head", ["Ki-67, %", "Ki\u201167, %", "MIB-1 , %"])
def test_proliferation_column_stating_its_unit_after_a_comma(head):
    """A marker column that gives its unit after a comma ("Ki-67, %", as some journals print every unit) is still the
    proliferation index's column: its figures are the share of stained cells."""
    doc = grid_document(["Case", "ALK", "SMA", head], [["1", "+", "-", "12"], ["2", "-", "+", "4"]])
    rows = rows_from_tables(doc)
    assert [r.ki67_percent for r in rows] == [12.0, 4.0]
    assert ["Ki-67" in (r.ihc_positive or []) for r in rows] == [True, True]


@pytest.mark.parametrize(
    ("cell", "months_", "status"),
    [
        ("LR at 5 mo; PR on alectinib; AWD, 21 mo", 21.0, "AWD"),
        ("Relapse at 9 mo -> steroid (no effect) -> re-excision; NED 3 y 4 mo", 40.0, "ANED"),
        ("Recurrence at 6 months; NED, 2 y", 24.0, "ANED"),
        ("NED, 14 mo", 14.0, "ANED"),
    ],
)
def test_follow_up_is_the_time_of_the_last_status_in_an_outcome_cell_telling_a_course(cell, months_, status):
    """An outcome cell telling a course part by part ("LR at 5 mo; PR on X; AWD, 21 mo"): the follow-up is the time the
    closing status is told at (years and months counted whole), not the time of an earlier event."""
    assert parse_outcome(cell, {"LR": "local recurrence"}) == (months_, status)


@pytest.mark.parametrize(
    ("cell", "response"),
    [("LR at 5 mo; PR on alectinib; AWD, 21 mo", "PR"), ("PD with lung metastases; DOD, 6 mo", "PD"), ("CR; NED on therapy (14)", "CR")],
)
def test_response_opening_a_part_of_an_outcome_cell(cell, response):
    doc = grid_document(["Case", "Age/sex", "Site", "Outcome (follow-up, months)"], [["1", "40/F", "Liver", cell]])
    (row,) = rows_from_tables(doc)
    assert row.response == response


def test_two_responses_in_one_outcome_cell_give_none():
    doc = grid_document(["Case", "Age/sex", "Site", "Outcome"], [["1", "40/F", "Liver", "PR on crizotinib; PD on alectinib; AWD, 30 mo"]])
    (row,) = rows_from_tables(doc)
    assert row.response is None


@pytest.mark.parametrize(
    ("cell", "recurrence", "metastasis"),
    [
        ("No", False, False),
        ("None", False, False),
        ("Local recurrence (8 months)", True, None),
        ("Pelvic recurrence, lung metastases (3 months)", True, True),
        ("Liver metastasis", None, True),
        ("\u2011", None, None),
        ("-", None, None),
        ("NA", None, None),
    ],
)
def test_combined_recurrence_metastasis_column_answers_each_question_it_names(cell, recurrence, metastasis):
    """A "Recurrence/metastasis" column: "No" answers both; a cell naming one event says yes to it and nothing of the
    other; a bare dash answers neither."""
    doc = grid_document(
        ["Case", "Sex", "Age, years", "Location", "Recurrence/metastasis", "Outcome"], [["1", "F", "40", "Lung", cell, "NED"]]
    )
    (row,) = rows_from_tables(doc)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("cell", "months_"),
    [("PR; stable residual, on therapy (19)", 19.0), ("SD on crizotinib (11)", 11.0), ("CR; off therapy (26)", 26.0)],
)
def test_bracketed_time_of_an_outcome_cell_opening_on_a_response(cell, months_):
    """Under "Outcome (follow-up, months)" a cell that opens on a response and ends on its one bracketed number gives
    that number as the follow-up."""
    doc = grid_document(["Case", "Age/sex", "Site", "Outcome (follow-up, months)"], [["1", "40/F", "Liver", cell]])
    (row,) = rows_from_tables(doc)
    assert row.follow_up_months == months_


@pytest.mark.parametrize(
    "text,expected",
    [
        # an operation a series table names by its bare name
        ("Wedge", "SE"),
        ("Thoracoscopic wedge", "SE"),
        ("Whipple", "SE"),
        ("Orthotopic liver transplantation", "SE"),
        ("OLT", "SE"),
        ("Wedge + alectinib", "SE+ALKi"),
        # not an operation
        ("Whipple disease", None),
        ("Wedge biopsy", None),
        ("Transplantation", None),
    ],
)
def test_bare_operation_name_in_a_treatment_cell_is_surgery(text, expected):
    assert parse_treatment(text)[0] == expected


# -- a panel table of a lymph node or the background liver is not the tumour's (probe ihc23) ------------------------
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Table 2. Hilar lymph node", (["ALK", "SMA"], ["CD117"])),
        ("Table 2. Background liver", (["ALK", "SMA"], ["CD117"])),
        # guard: a caption naming the tumour, or a node's metastasis, is read
        ("Table 2. Tumour and lymph node", (["ALK", "SMA", "CD20", "CD3"], ["CD117"])),
    ],
)
def test_panel_table_of_other_tissue_is_not_the_tumours(caption, expected, tmp_path, nlp):
    from eims_extract.pipeline.extract import process_path

    text = (
        "Inflammatory myofibroblastic tumour of the lung: an invented report\n\n"
        "Case presentation\nA 51-year-old man had a lobectomy for a 4 cm nodule.\n\n"
        "Table 1. Stains of the nodule\nMarker | Result\nALK | Positive\nSMA | Positive\nCD117 | Negative\n\n"
        f"{caption}\nMarker | Result\nCD20 | Positive in follicles\nCD3 | Positive in paracortex\n\n"
        "Discussion\nThe invented tumour has not returned.\n"
    )
    p = tmp_path / "lung.txt"
    p.write_text(text, encoding="utf-8")
    (row,) = process_path(p, nlp).rows
    assert (row.ihc_positive, row.ihc_negative) == expected


# -- a one-patient stain table laid out sideways: markers as the header, one row of results (probe ihc23) ------------
@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "ALK | Desmin | CD117 | S-100 | Ki-67\n+ | + | - | - | 12%\n",
            (["ALK", "desmin", "Ki-67"], ["CD117", "S-100"], 12.0, ["IHC+"]),
        ),
        ("ALK | SMA | CD34\nNegative | Positive | Not done\n", (["SMA"], ["ALK"], None, ["IHC-"])),
        # guard: two rows under the markers are no one patient's line; nothing is read from them
        ("ALK | SMA | CD34\n+ | + | -\n- | + | +\n", (None, None, None, None)),
    ],
)
def test_sideways_stain_table_of_one_patient(table, expected, tmp_path, nlp):
    from eims_extract.pipeline.extract import process_path

    text = (
        "Inflammatory myofibroblastic tumour of the forearm: an invented report\n\n"
        "Case presentation\nA 33-year-old woman had a forearm mass excised.\n\n"
        f"Table 1. Immunohistochemistry\n{table}\n"
        "Discussion\nThe invented tumour has not returned.\n"
    )
    p = tmp_path / "forearm.txt"
    p.write_text(text, encoding="utf-8")
    rows = [r for r in process_path(p, nlp).rows if r.source != "table"]
    (row,) = rows
    assert (row.ihc_positive, row.ihc_negative, row.ki67_percent, row.alk_tests) == expected


# -- a one-patient molecular results table, one row per gene (Gene | Method | Result) (probe ihc23) -----------------
@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("Gene | Method | Result\nALK | FISH (break-apart) | Rearranged\nROS1 | FISH | Not rearranged\n", (["FISH+"], None)),
        ("Gene | Method | Result\nALK | RT-PCR | EML4-ALK transcript detected\n", (["RT-PCR+"], "EML4")),
        ("Gene | Method | Result\nALK | FISH | Not rearranged\nNTRK3 | RNA sequencing | ETV6-NTRK3 fusion\n", (["FISH-"], None)),
        # precision: a row of another gene gives ALK nothing; a test not done gives no result
        ("Gene | Method | Result\nROS1 | FISH | Rearranged\nALK | FISH | Not performed\n", (None, None)),
    ],
)
def test_molecular_table_of_gene_method_result_rows(table, expected, tmp_path, nlp):
    from eims_extract.pipeline.extract import process_path

    text = (
        "Inflammatory myofibroblastic tumour of the chest wall: an invented report\n\n"
        "Case presentation\nA 40-year-old man had a chest wall mass excised.\n\n"
        f"Table 2. Molecular findings\n{table}\n"
        "Discussion\nThe invented tumour has not returned.\n"
    )
    p = tmp_path / "chest.txt"
    p.write_text(text, encoding="utf-8")
    (row,) = [r for r in process_path(p, nlp).rows if r.source != "table"]
    assert (row.alk_tests, row.alk_fusion_partner) == expected


# -- a panel stained on two specimens, a result column each: the resection's result is the final one (probe ihc23) ---
@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Antibody | Biopsy | Resection", (["ALK", "SMA"], ["CD34"], ["IHC+"])),
        ("Marker | Core biopsy | Surgical specimen", (["ALK", "SMA"], ["CD34"], ["IHC+"])),
    ],
)
def test_panel_of_biopsy_and_resection_keeps_the_resection_result(head, expected, tmp_path, nlp):
    from eims_extract.pipeline.extract import process_path

    text = (
        "Inflammatory myofibroblastic tumour of the lung: an invented report\n\n"
        "Case presentation\nA 52-year-old woman had a needle biopsy and then a lobectomy.\n\n"
        f"Table 1. Immunohistochemistry\n{head}\nALK | Negative | Positive\nSMA | Positive | Not done\nCD34 | Negative | Negative\n\n"
        "Discussion\nThe invented tumour has not returned.\n"
    )
    p = tmp_path / "lung2.txt"
    p.write_text(text, encoding="utf-8")
    (row,) = [r for r in process_path(p, nlp).rows if r.source != "table"]
    assert (row.ihc_positive, row.ihc_negative, row.alk_tests) == expected


# -- a panel table captioned with the tumour's specimen beside a node or normal tissue is the tumour's (review23) ----
@pytest.mark.parametrize(
    "caption",
    [
        "Table 2. Stains of the primary and its regional lymph nodes",
        "Table 2. Immunostaining of the resected specimen and adjacent liver",
        "Table 2. Immunoprofile of the excised nodule compared with normal lymph node",
    ],
)
def test_panel_table_naming_the_tumours_specimen_beside_other_tissue_is_read(caption, tmp_path, nlp):
    from eims_extract.pipeline.extract import process_path

    text = (
        "Inflammatory myofibroblastic tumour of the lung: another invented report\n\n"
        "Case presentation\nA 47-year-old woman had a wedge resection of a 3 cm nodule.\n\n"
        "Table 1. Stains of the nodule\nMarker | Result\nALK | Positive\nSMA | Positive\nCD117 | Negative\n\n"
        f"{caption}\nMarker | Result\nCD20 | Positive in follicles\nCD3 | Positive in paracortex\n\n"
        "Discussion\nThe invented tumour has not come back.\n"
    )
    p = tmp_path / "lung.txt"
    p.write_text(text, encoding="utf-8")
    (row,) = process_path(p, nlp).rows
    assert (row.ihc_positive, row.ihc_negative) == (["ALK", "SMA", "CD20", "CD3"], ["CD117"])


@pytest.mark.parametrize("header", ["Initial procedure", "Primary operation", "First surgery"])
def test_column_naming_the_first_procedure_is_a_treatment_column(header):
    """A series table splitting treatment into the first procedure and what followed: the first is a treatment column
    too, so a patient with nothing further keeps the operation."""
    doc = grid_document(["Case", "Age", "Site", header, "Further treatment"], [["1", "15", "bladder", "Partial cystectomy", "—"]])
    rows = rows_from_tables(doc)
    assert rows and rows[0].treatment == "SE"
