"""A small series' own pathology tables as a PDF-to-text dump or a saved page prints them: a space-aligned header
whose cells go on under it (a clone, a unit, the rest of a long name), a table of stains with one row per marker and
one column per case, a grid set with bars closed by a one-code note, a citation in brackets after a full stop.

Every document here is written for these tests: fictional patients, invented authors and journals.
"""

from __future__ import annotations

import pytest

from eims_extract.ingest.tables import opens_with_legend
from eims_extract.ingest.text import ends_sentence, read_text

INTRO = [
    "Spindle cell tumours of the pretend organ: a made-up series",
    "",
    "Case series",
    "Case 1. An invented 40-year-old woman had a mass of the imaginary organ removed by a wide",
    "excision; she was well at her last visit. Case 2. A fictional 55-year-old man had the same",
    "operation and was also well. Case 3. A 61-year-old woman, also fictional, had the same too.",
    "The wrapped lines of this paragraph are long enough to read as the column of a typeset page.",
    "",
]
OUTRO = [
    "",
    "Discussion",
    "Tumours of this made-up kind are rare and are usually cured by excision when the margins",
    "are clear, as in the three patients described above, who all remain under follow-up now.",
]


def _doc(table: list[str]):
    return read_text("\n".join(INTRO + table + OUTRO).encode(), "series", "series.txt")


WRAPPED_HEADER = [
    "Table 2  Stains and molecular results",
    "------------------------------------------------------------------",
    "Case  ALK     SMA    Desmin  Ki-67  ALK FISH   Sequencing",
    "      (1A4)                         (split-   partner",
    "                                    signal)",
    "------------------------------------------------------------------",
    "1     +       +      patchy  4%     Pos        KLC1::ALK",
    "2     +       weak   -       7%     Pos        SEC31A::ALK",
    "3     -       +      +       12%    Neg        none",
    "------------------------------------------------------------------",
    "Pos, split signals seen; Neg, no split signals; ALK, anaplastic lymphoma kinase.",
]


def test_header_cells_wrapped_under_a_space_aligned_header_join_their_column() -> None:
    t = _doc(WRAPPED_HEADER).tables[0]
    assert t.header_texts() == ["Case", "ALK (1A4)", "SMA", "Desmin", "Ki-67", "ALK FISH (split-signal)", "Sequencing partner"]
    assert [[c.text for c in r] for r in t.rows] == [
        ["1", "+", "+", "patchy", "4%", "Pos", "KLC1::ALK"],
        ["2", "+", "weak", "-", "7%", "Pos", "SEC31A::ALK"],
        ["3", "-", "+", "+", "12%", "Neg", "none"],
    ]


def test_a_unit_under_a_clinical_header_names_its_column() -> None:
    table = [
        "Table 1  Clinical data",
        "Case  Age (y)/  Site          Treatment          Follow-up",
        "      sex                                        (months)",
        "1     40/F      Pretend organ Wide excision      18",
        "2     55/M      Pretend organ Wide excision      27",
        "3     61/F      Pretend organ Wide excision      9",
    ]
    t = _doc(table).tables[0]
    assert t.header_texts()[1] == "Age (y)/ sex" and t.header_texts()[-1] == "Follow-up (months)"
    assert [r[-1].text for r in t.rows] == ["18", "27", "9"]


@pytest.mark.parametrize("gloss", ["(follow-up, months)", "(months)", "(at last visit)"])
def test_a_bracketed_gloss_under_an_outcome_header_is_its_second_line(gloss: str) -> None:
    """A header cell whose second line is a bracketed gloss ("Outcome" / "(follow-up, months)") names its column with
    it, even where the gloss reads like a value of the column, and the other cells' second lines join theirs."""
    table = [
        "Table 1  Clinical data",
        "Case  Age/sex   Site            Size  Primary        Systemic       Relapse  Outcome",
        "                                (cm)  treatment      therapy                 " + gloss,
        "1     40/F      Pretend organ   4.0   Wide excision  None           No       NED (18)",
        "2     55/M      Pretend organ   7.5   Biopsy only    Crizotinib     No       PR (9)",
        "3     61/F      Pretend organ   2.2   Wide excision  None           Yes      NED (27)",
    ]
    t = _doc(table).tables[0]
    assert t.header_texts() == [
        "Case", "Age/sex", "Site", "Size (cm)", "Primary treatment", "Systemic therapy", "Relapse", "Outcome " + gloss
    ]
    assert [r[-1].text for r in t.rows] == ["NED (18)", "PR (9)", "NED (27)"]


def test_a_first_data_row_is_never_taken_for_the_header_s_second_line() -> None:
    table = [
        "Table 1  Clinical data",
        "Case  Age    Site            Treatment       Outcome",
        "1     40     Pretend organ   Wide excision   NED",
        "2     55     Pretend organ   Wide excision   NED",
    ]
    t = _doc(table).tables[0]
    assert t.header_texts() == ["Case", "Age", "Site", "Treatment", "Outcome"]
    assert [r[0].text for r in t.rows] == ["1", "2"]


def test_a_stain_table_with_one_row_per_marker_headed_marker_is_turned_round() -> None:
    table = [
        "Table 2",
        "Stains of the three tumours.",
        "Marker           Case 1        Case 2        Case 3",
        "ALK pattern      granular      granular      nuclear",
        "SMA              +             focal         -",
        "Desmin           -             -             +",
        "CD117/DOG1       -/-           n.d.          -/+",
        "Ki-67            5%            8%            20%",
        "n.d., not done.",
    ]
    t = _doc(table).tables[0]
    names = t.header_texts()
    assert names[:4] == ["", "ALK pattern", "SMA", "Desmin"]
    assert [r[0].text for r in t.rows] == ["Case 1", "Case 2", "Case 3"]
    assert t.rows[1][names.index("SMA")].text == "focal"


BARRED = [
    "Table 2. Stains",
    "| Case | ALK | SMA | Desmin | Ki-67 |",
    "|---|---|---|---|---|",
    "| 1 | + | + | - | 3% |",
    "| 2 | + | focal | - | 6% |",
    "| 3 | - | + | + | 9% |",
    "nt, not tested. The sequencing panel included ALK, ROS1 and NTRK1-3.",
    "",
    "MIMICS CONSIDERED",
    "In the pretend organ, an invented sarcoma with other stains was excluded because the",
    "stains above did not fit it, and the patients did well after their excisions as told.",
]


def test_a_grid_set_with_bars_ends_at_a_line_without_them() -> None:
    doc = _doc(BARRED)
    t = doc.tables[0]
    assert [r[0].text for r in t.rows] == ["1", "2", "3"]
    assert "not tested" in t.footnotes
    # the paragraph after the table is body text again, not the table's foot
    assert "invented sarcoma" not in t.footnotes and "invented sarcoma" in doc.text


def test_a_line_without_bars_that_goes_on_with_an_open_cell_stays_in_the_grid() -> None:
    table = [
        "Table 2. Stains",
        "| Case | ALK | SMA | Desmin | Other |",
        "|---|---|---|---|---|",
        "| 1 | + | + | - | CD34 -, S100 -, |",
        "SOX10 -",
        "| 2 | - | + | - | CD34 +, S100 - |",
        "| 3 | + | - | + | CD34 - |",
    ]
    t = _doc(table).tables[0]
    assert any("| 3 |" in line for line in t.raw_lines)
    assert [r[0].text for r in t.rows if r[0].text] == ["1", "2", "3"]


def test_a_note_opening_on_one_code_and_its_meaning_is_a_table_s_foot() -> None:
    assert opens_with_legend("nt, not tested. The sequencing panel included ALK.")
    assert opens_with_legend("NA, not available")
    assert not opens_with_legend("Desmin, SMA and CD34 were negative in every tumour.")
    assert not opens_with_legend("Ki-67, about 5%. Other stains negative.")


def test_a_bracketed_citation_after_a_full_stop_ends_a_sentence() -> None:
    assert ends_sentence("a pattern that has been tied to aggressive behaviour. [7]")
    assert ends_sentence("as reported before. (2, 3)")
    assert not ends_sentence("the mass of the left [7]")


def test_result_labels_set_in_lower_case_keep_their_lines() -> None:
    lines = INTRO[:-1] + [
        "The margins were clear and the fictional tumour was removed in one piece by the surgeon.",
        "Immunohistochemistry",
        "  positive:  ALK (1A4, granular), SMA (weak), calponin (patchy)",
        "  negative:  desmin, S100, CD34",
        "  Ki-67:     about 2%",
    ] + OUTRO
    text = read_text("\n".join(lines).encode(), "labels", "labels.txt").text
    assert "(patchy) negative" not in text and "CD34 Ki-67" not in text
    assert "calponin (patchy)\nnegative:" in text


TAB_GRID_BARE_LEGEND = [
    "Table 3.",
    "",
    "Stains of the three tumours",
    "",
    "Case\tALK\tDesmin\tCD30\tKi-67 (%)\tALK FISH",
    "1\t+ (GC)\t+\t-\t12\tSplit",
    "2\t+ (MB)\t-\tND\t30\tSplit",
    "3\t-\t+\t+\t8\tNo split",
    "GC granular cytoplasmic, MB membranous, ND not done",
    "",
]


def test_tab_grid_closed_by_a_bare_code_legend_keeps_its_rows() -> None:
    t = _doc(TAB_GRID_BARE_LEGEND).tables[0]
    assert [[c.text for c in r] for r in t.rows] == [
        ["1", "+ (GC)", "+", "-", "12", "Split"],
        ["2", "+ (MB)", "-", "ND", "30", "Split"],
        ["3", "-", "+", "+", "8", "No split"],
    ]
    assert "GC granular cytoplasmic" in t.footnotes


def test_prose_opening_clauses_with_capitals_is_no_bare_legend() -> None:
    from eims_extract.ingest.tables import code_legend

    rows = [("1\t+\tCT\t-", 0), ("2\t-\tMRI\t+", 10)]
    assert code_legend("GC granular cytoplasmic, ND not done", [("1\tGC\tND", 0)])
    assert not code_legend("CT showed a mass, MRI confirmed it", [("1\tGC\tND", 0)])
    assert not code_legend("CT showed a mass", rows)


RUN_TOGETHER_STAINS = [
    "Table 4 Stains of the three tumours",
    "Antibody Case 1 Case 2 Case 3",
    "Desmin + − + (weak)",
    "Smooth muscle actin − + (patchy) +",
    "CD34 − − −",
    "p53 Wild-type Wild-type Mutant (strong",
    "nuclear)",
    "Ki-67 8% 2% 15%",
]


def test_stain_rows_run_together_with_single_spaces_are_turned_round() -> None:
    t = _doc(RUN_TOGETHER_STAINS).tables[0]
    assert t.header_texts() == ["", "Desmin", "Smooth muscle actin", "CD34", "p53", "Ki-67"]
    assert [[c.text for c in r] for r in t.rows] == [
        ["Case 1", "+", "−", "−", "Wild-type", "8%"],
        ["Case 2", "−", "+ (patchy)", "−", "Wild-type", "2%"],
        ["Case 3", "+ (weak)", "+", "−", "Mutant (strong nuclear)", "15%"],
    ]


ONE_CELL_PER_LINE_PAGE = [
    "Pretend lesions of the imaginary organ: three invented patients",
    "",
    "Case series",
    "",
    "Case 1. An invented 40-year-old woman had a mass of the imaginary organ removed by a wide excision and was well at her last visit, as were the other two fictional patients described below, who had the same operation.",
    "",
    "Table 1.",
    "",
    "Features of the three patients",
    "",
    "Case",
    "Age (y)/sex",
    "Location",
    "Size (cm)",
    "Follow-up",
    "1",
    "40/F",
    "Imaginary organ",
    "12",
    "NED, 10 mo",
    "2",
    "55/M",
    "Imaginary organ",
    "7",
    "AWD, 4 mo",
    "3",
    "61/F",
    "Pretend gland",
    "3",
    "NED, 22 mo",
    "",
    "NED no evidence of disease, AWD alive with disease",
    "",
    "Discussion",
    "",
    "Tumours of this made-up kind are rare and are usually cured by excision when the margins are clear.",
]


def test_table_pasted_one_cell_per_line_keeps_its_number_cells() -> None:
    doc = read_text("\n".join(ONE_CELL_PER_LINE_PAGE).encode(), "page", "page.txt")
    (t,) = doc.tables
    assert t.header_texts() == ["Case", "Age (y)/sex", "Location", "Size (cm)", "Follow-up"]
    assert [[c.text for c in r] for r in t.rows] == [
        ["1", "40/F", "Imaginary organ", "12", "NED, 10 mo"],
        ["2", "55/M", "Imaginary organ", "7", "AWD, 4 mo"],
        ["3", "61/F", "Pretend gland", "3", "NED, 22 mo"],
    ]
    assert "NED no evidence of disease" in t.footnotes
    assert not any(s.kind == "case" and "40/F" in doc.text[s.start : s.end] for s in doc.sections)


# A series' clinical table as a PDF-to-text dump prints it: one space between every cell, units in brackets after
# the column names, the journal's legend under it without commas after its codes, a row wrapped onto a second line,
# and a subheading of the results right under the legend.
SINGLE_SPACED_CLINICAL = [
    "Table 1 Clinical data of the three invented patients",
    "Case Age (y) Site Size (cm) Surgery Other therapy Relapse (mo) Status (mo)",
    "1 44 Kidney 6.0 RN None Perirenal fat (11) AWD (19)",
    "2 63 Kidney 3.5 PN Sunitinib (adjuvant) No NED (40)",
    "3 29 Kidney 8.2 RN + LND None No NED (12)",
    "RN radical nephrectomy, PN partial nephrectomy, LND lymph node dissection,",
    "AWD alive with disease, NED no evidence of disease",
    "Pathologic findings",
]


def test_single_spaced_clinical_table_with_units_in_its_header_is_read() -> None:
    doc = _doc(SINGLE_SPACED_CLINICAL)
    t = doc.tables[0]
    assert t.header_texts() == [
        "Case", "Age (y)", "Site", "Size (cm)", "Surgery", "Other therapy", "Relapse (mo)", "Status (mo)",
    ]
    assert [[c.text for c in r] for r in t.rows] == [
        ["1", "44", "Kidney", "6.0", "RN", "None", "Perirenal fat (11)", "AWD (19)"],
        ["2", "63", "Kidney", "3.5", "PN", "Sunitinib (adjuvant)", "No", "NED (40)"],
        ["3", "29", "Kidney", "8.2", "RN + LND", "None", "No", "NED (12)"],
    ]
    assert "PN partial nephrectomy" in t.footnotes
    assert "Pathologic findings" not in t.footnotes  # the subheading after the legend is the body's


def test_legend_of_codes_without_commas_after_them_is_parsed() -> None:
    from eims_extract.ingest.tables import legend_bindings, parse_legend

    legend = parse_legend("RN radical nephrectomy, PN partial nephrectomy, AI doxorubicin and ifosfamide")
    assert legend["RN"] == "radical nephrectomy" and legend["AI"] == "doxorubicin and ifosfamide"
    assert dict(legend_bindings(legend))["treatment"] == ("RN", "PN", "AI")
    # prose whose clauses open on capitals is no legend
    assert parse_legend("The CT scan was clear, MRI showed a mass, PET was not done") == {}
