"""Supplementary per-patient spreadsheets saved as text: delimited exports and data sheets.

A supplement's patient list comes as a spreadsheet exported to CSV (quoted cells holding commas), to TSV, or
semicolon-separated with decimal commas; its columns are coded (Sex M/F, Rec Y/N, an ALK intensity score 0 to 3+,
treatment letters) and a legend spelling out the codes stands above or below the data. A pasted sheet may keep its
merged group headings on a header line of their own; a case-report form lists one field per line, with a colon or
dotted leaders. Every document here is written for these tests: fictional patients, invented hospitals.
"""

from __future__ import annotations

import pytest

from eims_extract.ingest.tables import export_cells, export_header, is_data_sheet, parse_legend, sheet_field, sheet_heading
from eims_extract.ingest.text import read_text

INTRO = [
    "Skeletal muscle myofibroblastic lesions in three invented adults: supplementary records",
    "",
    "The registry records of the three imaginary patients are given below as they were exported; nothing was edited.",
    "",
]
OUTRO = [
    "",
    "Discussion. These pretend tumours behaved indolently apart from one local relapse in the forearm.",
]
HEADER = ["Pt", "Sex", "Age (y)", "Site", "ALK IHC", "Tx", "Rec", "Met", "FU (mo)", "Status"]
ROWS = [
    ["A1", "M", "51", "Forearm, volar compartment", "2+", "S", "Y", "N", "18", "AWD"],
    ["A2", "F", "33", "Calf", "0", "S,R", "N", "N", "7,5", "NED"],
    ["A3", "F", "", "Psoas", "3+", "T", "N", "Y", "NA", "DOD"],
]
LEGEND = "Legend: Tx: S surgery, R radiotherapy, T targeted therapy; Rec / Met: Y yes, N no; NED no evidence of disease, AWD alive with disease, DOD dead of disease; NA not available."


def _csv(cells: list[str]) -> str:
    return ",".join(f'"{c}"' if "," in c else c for c in cells)


def _quoted(cells: list[str]) -> str:
    return ",".join(f'"{c}"' for c in cells)


def _semicolon(cells: list[str]) -> str:
    return ";".join(cells)


SHAPES = {"csv": _csv, "quoted_csv": _quoted, "semicolon": _semicolon}


def _export(shape: str, legend_above: bool = False, caption: str | None = "Supplementary Data S4 (exported file)") -> bytes:
    fmt = SHAPES[shape]
    # a semicolon-separated export writes the decimal comma of its locale; a comma-separated one a full stop
    rows = [[c.replace("7,5", "7.5") if shape != "semicolon" else c for c in r] for r in ROWS]
    grid = [fmt(HEADER), *(fmt(r) for r in rows)]
    top = [caption] if caption else []
    body = [LEGEND, "", *top, *grid] if legend_above else [*top, *grid, "", LEGEND]
    return "\n".join([*INTRO, *body, *OUTRO]).encode()


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("legend_above", [False, True])
def test_delimited_export_is_read_as_a_table_of_patients(shape, legend_above):
    doc = read_text(_export(shape, legend_above), "sheet", "sheet.txt")
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert t.header_texts() == HEADER
    assert [[c.text for c in r] for r in t.rows][0][3] == "Forearm, volar compartment"  # a quoted cell keeps its comma
    assert len(t.rows) == 3 and "S surgery" in t.footnotes
    for row in t.rows:  # every cell points at its own text
        for c in row:
            if c.text:
                assert doc.text[c.start : c.end] == c.text
    # the prose after the export is still the body
    assert any(s.kind != "table" and "indolently" in doc.text[s.start : s.end] for s in doc.sections)



@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("caption", ["Table 2. Clinical features of the three patients", "TABLE 1 Registry records"])
def test_comma_separated_grid_under_a_table_caption_is_read_with_its_caption(shape, caption):
    # a web table copied as CSV under its own "Table n" caption: the caption's readers cut at bars, tabs and gaps,
    # never at commas, so the grid is read as an export and keeps the caption
    doc = read_text(_export(shape, caption=caption), "sheet", "sheet.txt")
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert t.header_texts() == HEADER and len(t.rows) == 3
    assert [[c.text for c in r] for r in t.rows][0][3] == "Forearm, volar compartment"
    assert t.caption and caption.split(None, 2)[2] in t.caption

def test_delimited_export_rows_carry_their_coded_fields(tmp_path, nlp):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "sheet.txt"
    p.write_bytes(_export("semicolon"))
    rows = [r for r in extract_document(load_document(p), nlp) if r.source in ("table", "merged")]
    by_age = {r.age_years: r for r in rows}
    one, two = by_age[51.0], by_age[33.0]
    assert one.sex == "male" and one.recurrence is True and one.metastasis is False and one.status == "AWD"
    assert one.treatment == "SE" and "ALK" in (one.ihc_positive or []) and "IHC+" in (one.alk_tests or [])
    assert two.follow_up_months == 7.5  # a decimal comma
    assert "RT" in (two.treatment or "") and "ALK" in (two.ihc_negative or [])  # an intensity score of 0
    assert not any(r.ungrounded() for r in rows)


@pytest.mark.parametrize(
    "line",
    [
        "A nodule in the calf, the forearm, the psoas and the thigh was biopsied, and each was benign.",
        "Age, sex, site and follow-up are given in the supplement, as are the treatments.",
        "Pt,Remarks about the stay,Comments",
    ],
)
def test_prose_with_commas_is_no_export_header(line):
    assert export_header(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Quarvel brintosh, moddle yarrow, pelvane stroup, ginty holm",  # prose of made-up words: no header
        "Case;Age;Sex;Vellumar code;Site;Outcome",  # a header with one cell of its own: still a header
    ],
)
def test_export_header_cells_stay_out_of_the_shared_string_caches(line):
    """Every comma line is tried as a header: its cells (a corpus's own words) must not fill the bounded caches of
    normalize.key / fold, or memory grows with the corpus (+25 MB over 1,000 documents)."""
    from eims_extract.normalize import fold, key

    for warm in ("Patient,Age,Sex,Site,Treatment,Outcome", "Zibble, SMA, Desmin, Rec"):
        export_header(warm)  # loads the column and marker vocabularies, whose keys are cached
    before = (key.cache_info().currsize, fold.cache_info().currsize)
    export_header.cache_clear()
    found = export_header(line)
    assert (found is not None) == line.startswith("Case;")
    assert (key.cache_info().currsize, fold.cache_info().currsize) == before


def test_export_cells_keep_quoted_delimiters_and_empty_cells():
    line = 'B7,"Thigh, left",,3+'
    spans = export_cells(line, ",")
    assert [line[a:b] for a, b in spans] == ["B7", "Thigh, left", "", "3+"]


def test_pasted_sheet_with_merged_group_headings_reads_the_second_header_line():
    text = "\n".join([
        *INTRO,
        "Supplementary Table 2 (pasted from the sheet)",
        "Case\tPatient\t\tLesion\t\tOutcome",
        "\tSex\tAge (y)\tSite\tALK\tRec\tStatus",
        "1\tM\t40\tcalf\t+\tN\tNED",
        "2\tF\t62\tpsoas\t-\tY\tAWD",
        *OUTRO,
    ])
    doc = read_text(text.encode(), "grouped", "grouped.txt")
    assert len(doc.tables) == 1
    assert doc.tables[0].header_texts() == ["Case", "Sex", "Age (y)", "Site", "ALK", "Rec", "Status"]
    assert len(doc.tables[0].rows) == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Codes: S surgery, C chemotherapy; Y yes, N no; DOD dead of disease.", {"S": "surgery", "C": "chemotherapy", "Y": "yes", "N": "no", "DOD": "dead of disease"}),
        ("Key: Tx S surgery, T targeted therapy", {"S": "surgery", "T": "targeted therapy"}),
        ("SE, surgical excision; AWD, alive with disease.", {"SE": "surgical excision", "AWD": "alive with disease"}),
    ],
)
def test_legend_that_sets_codes_before_meanings_with_a_space(text, expected):
    got = parse_legend(text)
    assert {k: got[k] for k in expected} == expected


def test_prose_with_semicolons_is_no_coded_legend():
    """Without a legend's opening word, "a girl aged 4; SMA positive; ..." is prose, never codes and meanings."""
    line = "The second was a boy of nine; his biopsy showed SMA positivity; ALK was negative and he recovered."
    assert parse_legend(line) == {}


SHEETS = [
    "Two invented patients with a pelvic myofibroblastic tumour: data sheets",
    "",
    "The case-report forms of both made-up patients follow, one field per line.",
    "",
    "~~~~~ Patient Q ~~~~~",
    "Sex ................ female",
    "Age ................ 27 y",
    "Site ............... ovary, left",
    "ALK IHC ............ 1+ (weak)",
    "Recurrence ......... no",
    "Follow-up .......... 15 months",
    "Status ............. NED",
    "Hobbies ............ rowing; fond of crizotinib-free diets",
    "",
    "----- Patient R -----",
    "Sex: male",
    "Age at diagnosis (years): 70",
    "Primary site: presacral space",
    "ALK IHC: negative",
    "Recurrence: yes, 9 months after surgery",
    "Follow-up (months): 22",
    "Status: AWD",
    "",
    "Comment. Both imaginary patients were seen at a pretend hospital.",
]


def test_data_sheet_lines_and_headings():
    assert sheet_heading("=== Patient 7 ===") == "Patient 7"
    assert sheet_heading("Patient 7") is None
    f = sheet_field("Age at surgery ....... 38 months")
    assert f is not None and "Age at surgery ....... 38 months"[f[1][0] : f[1][1]] == "38 months"
    assert sheet_field("In this patient the tumour recurred: twice, in fact, within a year of the operation.") is None or not is_data_sheet(
        ["In this patient the tumour recurred: twice, in fact, within a year of the operation."]
    )
    assert not is_data_sheet(["Note: see text", "Comment: none", "Remark: none", "Other: nil"])


def test_data_sheets_are_read_as_one_patient_each(tmp_path, nlp):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "sheets.txt"
    p.write_text("\n".join(SHEETS), encoding="utf-8")
    doc = load_document(p)
    assert len(doc.tables) == 2
    rows = [r for r in extract_document(doc, nlp) if r.source in ("table", "merged")]
    by_sex = {r.sex: r for r in rows}
    q, r = by_sex["female"], by_sex["male"]
    assert q.age_years == 27.0 and q.site is not None and "ovary" in q.site.lower() and q.recurrence is False
    assert q.follow_up_months == 15.0 and q.status == "ANED" and "ALK" in (q.ihc_positive or [])
    assert q.drugs in (None, [])  # a field the sheet does not know is not read
    assert r.age_years == 70.0 and r.recurrence is True and r.follow_up_months == 22.0 and r.status == "AWD"
    assert "ALK" in (r.ihc_negative or [])
    assert not any(x.ungrounded() for x in rows)


def test_row_of_marker_names_inside_a_tab_grid_is_no_new_export():
    """A panel table set with tabs whose later row names markers ("Vimentin<TAB>V9<TAB>1:500<TAB>positive") goes on as
    the same table; it never opens a second one."""
    text = "\n".join([
        *INTRO,
        "Table 3. Stains on the imaginary resection",
        "Antibody\tClone\tDilution\tResult",
        "ALK\tD5F3\tRTU\tpositive",
        "\t\t\tgranular",
        "Vimentin\tV9\t1:500\tpositive",
        "CD34\tQBEnd10\t1:100\tnegative",
        *OUTRO,
    ])
    doc = read_text(text.encode(), "panel", "panel.txt")
    assert len(doc.tables) == 1 and doc.tables[0].header_texts() == ["Antibody", "Clone", "Dilution", "Result"]
    assert export_header("Vimentin\tDesmin\tSMA\tpositive") is None


@pytest.mark.parametrize("cell, sign", [("n.d.", None), ("not done", None), ("?", None), ("0", False), ("1+", True), ("2+ (granular)", True), ("positive", True)])
def test_alk_intensity_score_and_not_done_cells(cell, sign):
    from eims_extract.fields.alk import alk_ihc_sign

    assert alk_ihc_sign(cell) is sign


@pytest.mark.parametrize(
    "legend, cell, code",
    [
        ("RFL-N, robotic left nephrectomy with node sampling; NA, not available.", "RFL-N", "SE"),
        ("T, targeted (ROS1 inhibitor); S, surgery.", "T", "ALKi"),
        ("T, targeted (ROS1 inhibitor); S, surgery.", "S then T", "SE+ALKi"),
        ("XR, external radiation to the flank; NA, not available.", "XR", "RT"),
        ("AB, abnormal bleeding; NA, not available.", "AB", None),
    ],
)
def test_treatment_code_whose_legend_names_a_known_procedure_or_targeted_agent(legend, cell, code):
    from eims_extract.fields.treatment import parse_treatment

    got, _ = parse_treatment(cell, parse_legend(legend))
    assert got == code


def test_group_heading_names_a_column_its_own_header_leaves_vague():
    text = "\n".join([
        *INTRO,
        "Supplementary Table 5 (pasted)",
        "Case\tPatient\t\tTreatment\t\tOutcome",
        "\tSex\tAge (y)\tPrimary\tSecond line\tRec\tStatus",
        "1\tM\t40\twide excision\tnone\tN\tNED",
        "2\tF\t62\tcurettage\tradiotherapy\tY\tAWD",
        *OUTRO,
    ])
    doc = read_text(text.encode(), "grouped", "grouped.txt")
    assert doc.tables[0].header_texts()[3] == "Treatment Primary"
    assert doc.tables[0].header_texts()[5] == "Rec"  # a short name of its own is not renamed by its group


@pytest.mark.parametrize(
    "cell, drugs",
    [
        ("ceritinib 450 mg daily from 11/2021", ["ceritinib"]),
        ("brigatinib requested, never started", []),
        ("wide excision, 04/2020", []),
    ],
)
def test_treatment_cell_with_dose_and_dates_names_its_drug(cell, drugs):
    from eims_extract.fields.treatment import parse_treatment

    assert parse_treatment(cell, {})[1] == drugs


@pytest.mark.parametrize("header, unit", [("Follow-up (months from diagnosis)", "months"), ("FU (mo since surgery)", "mo"), ("Follow-up (years)", "years")])
def test_follow_up_header_unit_with_its_starting_point(header, unit):
    from eims_extract.fields.literature_table import header_unit

    assert header_unit(header) == unit


def test_fusion_column_whose_header_names_the_method(tmp_path, nlp):
    """A "Fusion (RNA-seq)" column of partners: the method its header names found each fusion; "none" finds none."""
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    text = "\n".join([
        *INTRO,
        "Supplementary Data S6",
        "Pt;Sex;Age (y);Site;Fusion (RNA-seq);Tx;Status",
        "K1;M;45;Calf;EML4::ALK;S;NED",
        "K2;F;30;Psoas;none;S;AWD",
        *OUTRO,
    ])
    p = tmp_path / "fusions.txt"
    p.write_text(text, encoding="utf-8")
    rows = {r.age_years: r for r in extract_document(load_document(p), nlp) if r.source in ("table", "merged")}
    assert rows[45.0].alk_fusion_partner == "EML4" and "NGS+" in (rows[45.0].alk_tests or [])
    assert not any(t.startswith("NGS+") for t in rows[30.0].alk_tests or [])


@pytest.mark.parametrize(
    "cell, default, pos, neg",
    [
        ("calponin; CD99 (weak)", True, ["calponin", "CD99"], []),
        ("pan-CK (AE1/AE3), CD117", True, ["CK", "CD117"], []),
        ("SMA (1A4) +, EMA -", False, ["SMA"], ["EMA"]),
    ],
)
def test_listed_marker_with_a_bracketed_detail(cell, default, pos, neg):
    from eims_extract.fields.ihc import parse_ihc

    assert parse_ihc(cell, positive_by_default=default) == (pos, neg)


@pytest.mark.parametrize("cell, flag", [("liver (month 7)", True), ("brain and bone", True), ("none", None), ("suspected", None), ("n/a", None)])
def test_metastasis_cell_naming_the_organs(cell, flag):
    from eims_extract.fields.outcome import _names_metastatic_sites

    assert _names_metastatic_sites(cell) is flag


@pytest.mark.parametrize(
    "line",
    [
        "Case 4: F/38; Omentum; Size, cm: 6.1; Follow-up (mo): 19; Status: NED.",
        "Patient 2: 51 M; Site: calf; Treatment: excision; Outcome: AWD at 7 mo",
        "Case 3, 44 F, Site: psoas, Follow-up: 12 months, Status: DOD",
    ],
)
def test_patient_record_run_onto_one_line_is_no_export_header(line):
    # "Case N: ..." records under a caption, fields named before their values: a header names columns without values
    assert export_header(line) is None
