"""Grid reconstruction for tables whose text lost its layout (``ingest.tables``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eims_extract.ingest import tables
from eims_extract.ingest.model import Document, Table
from eims_extract.ingest.tables import (
    Grammars,
    fill_text_table,
    header_spec,
    legend_bindings,
    looks_like_legend,
    parse_legend,
    split_cells,
)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def text_table(lines: list[str], prefix: str = "") -> tuple[Document, Table]:
    """A document holding ``lines`` after some body text, and its Table as the text reader makes it."""
    body = "\n".join(lines)
    text = prefix + body + "\n"
    doc = Document(doc_id="t", path="t.txt", kind="text", text=text)
    table = Table(id="T1", raw_lines=list(lines), start=len(prefix), end=len(prefix) + len(body))
    doc.tables.append(table)
    return doc, table


def seed_table_region(seed_txt: Path) -> list[str]:
    """The literature table of the reference paper, as its extracted lines (read at test time)."""
    lines = seed_txt.read_text(encoding="utf-8").splitlines()
    first = next(i for i, ln in enumerate(lines) if ln.startswith("TABLE 2"))
    last = next(i for i in range(first, len(lines)) if "data not available" in lines[i])
    return lines[first : last + 1]


def assert_cells_located(doc: Document, table: Table) -> None:
    for row in [table.header, *table.rows]:
        for cell in row:
            if cell.text:
                assert cell.start is not None and cell.end is not None
                assert squash(doc.text[cell.start : cell.end]) == squash(cell.text)


# A fictional review table in the shape PDF text extraction leaves behind: wrapped cells,
# a reference printed on its own line after the first row it covers, a reference glued to
# the next row, a page break with "(Continued)" and a repeated header, footer debris and a
# legend that introduces its own code ("Tx").
WRAPPED = [
    "Table 3 Published cases of EIMS arising in the gut.",
    "",
    "No. Age Gender Location Therapy Relapse Metastases Follow-up Author (year)",
    "1 33y F Stomach SE+RT – – 20 mo (ANED)",
    "",
    "Okafor T, 2015 (4)",
    "2 61y M Small",
    "bowel",
    "SE + − 7 mo (DOD)",
    "3 12y M Omentum Che+Tx NA + 9 mo (AWD)",
    "Lindqvist A, 2020 (9)4 45y F",
    "Pelvic",
    "",
    "cavity",
    "SE+Che - + 15 mo (AWD)",
    "(Continued)",
    " Table 3 Continued",
    "No. Age Gender Location Therapy Relapse Metastases Follow-up Author (year)",
    "5 7 months M Liver SE – – 30 mo (ANED) Brandt K, 2019 (7)",
    "6 NA F Colon NA NA NA NA Present case",
    "Q",
    "Tx, targeted therapy; SE, surgical excision; Che, chemotherapy; RT, radiotherapy; ANED, alive with no",
    "evidence of disease; AWD, alive with disease; DOD, dead of disease; NA, not available.",
]


@pytest.fixture()
def wrapped() -> tuple[Document, Table]:
    doc, table = text_table(WRAPPED, prefix="Some body text before the table.\n\n")
    fill_text_table(doc, table)
    return doc, table


def test_header_columns_come_from_the_header_line(wrapped):
    _, table = wrapped
    assert table.header_texts() == [
        "No.", "Age", "Gender", "Location", "Therapy", "Relapse", "Metastases", "Follow-up", "Author (year)"
    ]


def test_every_record_becomes_one_row_and_debris_is_dropped(wrapped):
    _, table = wrapped
    assert [r[0].text for r in table.rows] == ["1", "2", "3", "4", "5", "6"]
    assert all(len(r) == len(table.header) for r in table.rows)


def test_wrapped_cells_are_joined(wrapped):
    _, table = wrapped
    sites = [r[3].text for r in table.rows]
    assert sites == ["Stomach", "Small bowel", "Omentum", "Pelvic cavity", "Liver", "Colon"]


@pytest.mark.parametrize(
    "row,ref",
    [(0, "Okafor T, 2015 (4)"), (1, "Okafor T, 2015 (4)"), (2, "Lindqvist A, 2020 (9)"),
     (3, "Lindqvist A, 2020 (9)"), (4, "Brandt K, 2019 (7)"), (5, "Present case")],
)
def test_spanning_references_cover_the_rows_below_them(wrapped, row, ref):
    _, table = wrapped
    assert table.rows[row][8].text == ref


def test_multi_token_age_and_dash_variants(wrapped):
    _, table = wrapped
    assert table.rows[4][1].text == "7 months"
    assert [r[5].text for r in table.rows[:4]] == ["–", "+", "NA", "-"]
    assert table.rows[1][6].text == "−"


def test_caption_and_legend_are_kept_apart_from_rows(wrapped):
    _, table = wrapped
    assert table.caption.startswith("Table 3 Published cases")
    assert "Tx, targeted therapy" in table.footnotes
    assert "not available" in table.footnotes


def test_cell_offsets_point_into_document_text(wrapped):
    doc, table = wrapped
    assert_cells_located(doc, table)
    assert doc.text[table.rows[0][1].start : table.rows[0][1].end] == "33y"


def test_legend_code_is_accepted_by_the_treatment_grammar(wrapped):
    _, table = wrapped
    assert table.rows[2][4].text == "Che+Tx"


def test_grammar_answers_belong_to_their_own_legend():
    """A cell code that only one table's legend defines fits there and nowhere else,
    whichever table asks first (the answers are memoised per table)."""
    own = Grammars(legend_bindings(parse_legend("QZT, surgical excision; DOD, dead of disease.")))
    plain = Grammars()
    assert own.fits("treatment", "QZT") and not plain.fits("treatment", "QZT")
    assert own.fits("treatment", "QZT") and not Grammars().fits("treatment", "QZT")


def test_span_cache_stays_bounded_and_right_over_many_legends():
    """Each legend is a new cache signature: after many of them the map is bounded, and a
    signature still answers for its own legend (a code fits only where it was defined)."""
    from eims_extract.ingest import tables

    grammars = (("treatment", 8), ("sex", 2))
    sigs = [tables._signature(grammars, (("treatment", (f"QZ{k}",)),)) for k in range(1500)]
    assert len(set(sigs)) == 1500
    assert len(tables._SIGNATURES) <= 1024 and len(tables._SIGNATURE_OF) <= 1024
    assert tables._fits_all(sigs[-1], "QZ1499") == 0b01
    assert tables._fits_all(sigs[-1], "QZ1498") == 0
    assert tables._fits_all(sigs[-1], "male") == 0b10


def test_span_answers_stay_bounded_and_right(monkeypatch):
    """The span -> grammar bits answers are emptied once over their bound, and answer the same after."""
    from eims_extract.ingest import tables

    monkeypatch.setattr(tables, "_SPAN_BITS_MAX", 50)
    monkeypatch.setattr(tables, "_SPAN_BITS", {})
    monkeypatch.setattr(tables, "_span_bits_size", [0])
    sig = tables._signature((("treatment", 8), ("sex", 2)), ())
    for k in range(200):
        assert tables._fits_all(sig, f"zq{k}") == 0
        assert sum(map(len, tables._SPAN_BITS.values())) <= 50
    assert tables._fits_all(sig, "male") == 0b10 and tables._fits_all(sig, "male") == 0b10


# Columns separated by runs of spaces: a run is a hard cell border, so free-text columns
# (IHC, fusion) next to each other are still cut right.
SPACED = [
    "Table 1  Previously reported thoracic cases",
    "Case  Age  Sex  Site  IHC  ALK fusion  Treatment  Outcome  Reference",
    "1  35  Male  Lung  ALK+, desmin+, CK-  RANBP2-ALK  SE+ALKi  alive, 8 mo  Haddad R, 2018 (3)",
    "2  52  Female  Pleura  ALK+, SMA-  NA  Che  DOD at 12 months  Moreau L, 2021 (5)",
]


def test_space_runs_are_cell_borders():
    doc, table = text_table(SPACED)
    fill_text_table(doc, table)
    assert table.row_texts() == [
        ["1", "35", "Male", "Lung", "ALK+, desmin+, CK-", "RANBP2-ALK", "SE+ALKi", "alive, 8 mo", "Haddad R, 2018 (3)"],
        ["2", "52", "Female", "Pleura", "ALK+, SMA-", "NA", "Che", "DOD at 12 months", "Moreau L, 2021 (5)"],
    ]
    assert_cells_located(doc, table)


def test_table_without_known_header_is_left_empty_with_a_warning():
    doc, table = text_table(["Grade Symptom Drug", "1 Rash Cream", "2 Fever Paracetamol"])
    fill_text_table(doc, table)
    assert table.rows == [] and doc.warnings


@pytest.mark.parametrize(
    "text,spec",
    [("Follow up", "follow_up"), ("Follow-up (months)", "follow_up"), ("Gender", "sex"), ("Author (year)", "reference"),
     ("Tumour location", "site"), ("ALK fusion partner", "alk_fusion"), ("Size (cm)", "size"), ("Grade 3*", None)],
)
def test_header_synonyms(text, spec):
    got = header_spec(text)
    assert (got.field if got else None) == spec


@pytest.mark.parametrize("text", ["RNA-NGS", "RNA NGS", "DNA-NGS", "Targeted NGS", "RNA-based NGS"])
def test_sequencing_column_named_by_its_nucleic_acid_is_an_ngs_test_column(text):
    """A series table's column named for the sequencing done on RNA or DNA ("RNA-NGS": "RANBP2::ALK", "Insufficient
    RNA") is the NGS test's column, its cells the fusion found or the test's failure."""
    got = header_spec(text)
    assert got is not None and got.field == "test:NGS"


@pytest.mark.parametrize(
    "grammar,text,ok",
    [("age", "59y", True), ("age", "7mo", True), ("age", "7 months", True), ("age", "NA", True), ("age", "Male", False),
     ("follow_up", "12 mo (DOD)", True), ("follow_up", "DOD, 12 mo", True), ("follow_up", "Mariño E, 2011 (6)", False),
     ("treatment", "SE+Che+ALKi", True), ("treatment", "SE + crizotinib", True), ("treatment", "Omentum", False),
     ("reference", "Aminimoghaddam S, 2023 (33)", True), ("reference", "Lee JC, 2018 (5)", True),
     ("reference", "Current case", True), ("reference", "2023 (33)", False), ("sign", "–", True), ("sign", "−", True)],
)
def test_cell_grammars(grammar, text, ok):
    assert Grammars().fits(grammar, text) is ok


def test_parse_legend_and_bindings():
    legend = parse_legend("Abbreviations: Sx, surgery; Rx, radiation therapy; D, dead of disease.")
    assert legend == {"Sx": "surgery", "Rx": "radiation therapy", "D": "dead of disease"}
    bound = dict(legend_bindings(legend))
    assert bound == {"status": ("D",), "treatment": ("Rx",)}  # "Sx" is a base code of surgery: nothing to bind
    assert Grammars(tuple(bound.items())).fits("treatment", "Sx+Rx")


@pytest.mark.parametrize(
    "line,is_legend",
    [("y, year; mo, month; SE, surgical excision; NA, data not available.", True),
     ("1 59y Male Mesentery SE+Che + – 12 mo (DOD)", False), ("Abbreviations: NA, not available.", True)],
)
def test_looks_like_legend(line, is_legend):
    assert looks_like_legend(line) is is_legend


# -- the reference paper's Table 2 (read from ../shared at test time) ----------------------
@pytest.fixture(scope="module")
def seed_grid(seed_txt):
    doc, table = text_table(seed_table_region(seed_txt))
    fill_text_table(doc, table)
    return doc, table


def test_seed_table_has_52_rows_of_9_cells(seed_grid):
    _, table = seed_grid
    assert len(table.header) == 9
    assert [r[0].text for r in table.rows] == [str(i) for i in range(1, 53)]
    assert all(all(c.text for c in r) for r in table.rows)


@pytest.mark.parametrize(
    "cases,surname",
    [(range(1, 12), "Mariño"), (range(18, 21), "Wanjiao"), (range(22, 27), "Yu L"), (range(28, 36), "Lee JC"),
     ([48], "Aminimoghaddam"), ([21], "Lijuan"), ([52], "Current case")],
)
def test_seed_reference_spans(seed_grid, cases, surname):
    _, table = seed_grid
    for c in cases:
        assert table.rows[c - 1][8].text.startswith(surname), c


def test_seed_reference_glued_to_next_row_wanjiao_p_2016_18_19(seed_grid):
    _, table = seed_grid
    assert table.rows[18][:3] and [c.text for c in table.rows[18][:4]] == ["19", "29y", "Female", "Mesenchymal tissue"]


def test_seed_wrapped_site_intra_abdominal(seed_grid):
    _, table = seed_grid
    assert table.rows[27][3].text == "Intra-abdominal"


def test_seed_footer_debris_not_in_last_row(seed_grid):
    _, table = seed_grid
    assert table.rows[-1][8].text == "Current case"
    assert "data not available" in table.footnotes


def test_seed_cells_located(seed_grid):
    assert_cells_located(*seed_grid)


# Layout-preserving extraction: a wrapped cell continues on the next line under itself,
# after the later cells of the first line.
LAYOUT = [
    "Table 4 Cases reported so far",
    "Case   Age   Sex      Site           Treatment    Follow up    Reference",
    "1      44y   Male     Mesenchymal    SE+Che       12 mo        Okafor T, 2015 (4)",
    "                      tissue                      (DOD)",
    "2      9y    Female   Omentum        SE           20 mo        Brandt K, 2019 (7)",
    "                                                  (ANED)",
]


def test_layout_text_continuations_rejoin_their_cell():
    doc, table = text_table(LAYOUT)
    fill_text_table(doc, table)
    assert table.row_texts() == [
        ["1", "44y", "Male", "Mesenchymal tissue", "SE+Che", "12 mo (DOD)", "Okafor T, 2015 (4)"],
        ["2", "9y", "Female", "Omentum", "SE", "20 mo (ANED)", "Brandt K, 2019 (7)"],
    ]


# -- delimited rows (pasted text): pipes, tabs, space runs ---------------------------------
@pytest.mark.parametrize(
    "line,cells",
    [
        ("1 | Okafor T, 2015 (4) | 3y/F", ["1", "Okafor T, 2015 (4)", "3y/F"]),
        ("| 2 | | Liver |", ["2", "", "Liver"]),
        ("3\t\tOmentum\tSE", ["3", "", "Omentum", "SE"]),
        ("4   52y  Male   Pleura", ["4", "52y", "Male", "Pleura"]),
        ("A made-up sentence with single spaces only.", None),
        ("lonely | ", None),
    ],
)
def test_split_cells(line, cells):
    spans = split_cells(line)
    assert (None if spans is None else [line[a:b] for a, b in spans]) == cells


@pytest.mark.parametrize(
    "header,row,fields",
    [
        ("No. | Author, year (ref.) | Age/Sex | Site", "1 | Ito K, 2009 (2) | 4y/F | Liver", ["case", "reference", "age_sex", "site"]),
        ("Case\tAge (months)\tSex\tFollow-up (months)", "1\t9\tM\t12", ["case", "age", "sex", "follow_up"]),
        ("Pt  Sex (M/F)  Primary site  Outcome/follow-up", "1  F  Colon  DOD, 4 mo", ["case", "sex", "site", "outcome"]),
    ],
)
def test_delimited_header_cell_is_one_column(header, row, fields):
    doc, table = text_table([header, row])
    fill_text_table(doc, table)
    got = [header_spec(h) for h in table.header_texts()]
    assert [g.field if g else None for g in got] == fields


def test_delimited_rows_keep_empty_cells_by_position():
    lines = [
        "| No. | Age | Sex | Site | Treatment | Outcome |",
        "|-----|-----|-----|------|-----------|---------|",
        "| 1 | 30y | F | Stomach | | DOD |",
        "| 2 | | M | | SE | |",
    ]
    doc, table = text_table(lines)
    fill_text_table(doc, table)
    assert table.row_texts() == [["1", "30y", "F", "Stomach", "", "DOD"], ["2", "", "M", "", "SE", ""]]
    assert_cells_located(doc, table)


def test_repeated_delimited_header_is_dropped():
    head = "No.\tAge\tSex\tSite"
    doc, table = text_table([head, "1\t5y\tF\tLiver", head, "2\t8y\tM\tOmentum"])
    fill_text_table(doc, table)
    assert [r[0].text for r in table.rows] == ["1", "2"]


@pytest.mark.parametrize("again", ["NO AGE SEX SITE FOLLOW-UP", "N o. Age Sex Site Follow-up", "no. age sex site follow-up"])
def test_repeated_header_is_dropped_however_its_first_cell_is_printed(again):
    """The quick test of a line's first word (its key must begin the header's first key) lets through a
    repeat in other case, spacing or punctuation, so its words do not spill into the row above."""
    doc, table = text_table(["No. Age Sex Site Follow-up", "1 5y F Liver 12 mo", again, "2 8y M Omentum 3 mo"])
    fill_text_table(doc, table)
    assert table.row_texts() == [["1", "5y", "F", "Liver", "12 mo"], ["2", "8y", "M", "Omentum", "3 mo"]]


def test_bare_follow_up_fits_only_under_a_unit_header():
    assert Grammars().fits("follow_up_number", "12")
    assert not Grammars().fits("follow_up", "12")
    assert header_spec("Follow-up (months)").grammar == "follow_up_number"
    assert header_spec("Follow up").grammar == "follow_up"


def test_single_spaced_header_author_year_ref_is_one_column():
    doc, table = text_table(["No. Author, year (ref.) Age Sex Site", "1 Ito K, 2009 (2) 4y F Liver"])
    fill_text_table(doc, table)
    assert table.header_texts() == ["No.", "Author, year (ref.)", "Age", "Sex", "Site"]
    assert table.row_texts() == [["1", "Ito K, 2009 (2)", "4y", "F", "Liver"]]


def _walk(back: list[list[int]], n: int, m: int) -> list[tuple[int, int] | None]:
    out: list[tuple[int, int] | None] = [None] * m
    i, c = n, m
    while i or c:
        code = back[i][c]
        if code == tables._SKIP:
            i -= 1
        elif code == tables._EMPTY:
            c -= 1
        else:
            c -= 1
            out[c] = (code, i)
            i = code
    return out


@pytest.mark.parametrize("bound", [0.0, 0.03, 0.05, 1.05, 4.5, 50.0])
def test_bounded_record_search_keeps_the_full_search_cells_or_gives_up(bound: float) -> None:
    # five tokens, three columns: which spans fit which column's grammar (bit per grammar), with
    # ties (two cuts of the same tokens cost the same) and a token no column takes
    fits_at = [{1: [1, 2]}, {1: [2], 2: [3]}, {2: [3, 4]}, None, {4: [5]}]
    args = (5, 3, fits_at, [1, 2, 4], [0.01, 0.01, 0.5], [4.0, 1.0, 4.0])
    full = tables._path(*args, float("inf"))
    got = tables._path(*args, bound)
    assert full is not None
    if got is not None:
        assert _walk(got, 5, 3) == _walk(full, 5, 3)
    if bound >= 50.0:
        assert got is not None
    if bound == 0.0:
        assert got is None


def _path_every_state(n, m, fits_at, col_bit, step, empty_cost, bound):  # type: ignore[no-untyped-def]
    """The record search written plainly: every (token, column) state visited, reached or not."""
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    back = [[tables._SKIP] * (m + 1) for _ in range(n + 1)]
    min_step, min_empty = min(step), min(empty_cost)
    limit = bound + tables._SLACK
    for i in range(n + 1):
        left = n - i
        for c in range(m + 1):
            here = cost[i][c]
            if i == n:
                if c < m and here + (m - c) * min_empty <= limit and here + empty_cost[c] < cost[i][c + 1]:
                    cost[i][c + 1] = here + empty_cost[c]
                    back[i][c + 1] = tables._EMPTY
                continue
            if c == m:
                if here + min_step * left <= limit and here + 3 < cost[i + 1][m]:
                    cost[i + 1][m] = here + 3
                    back[i + 1][m] = tables._SKIP
                continue
            if here + min_step * left + (m - c - left) * min_empty * (m - c > left) > limit:
                continue
            if here + 3 < cost[i + 1][c]:
                cost[i + 1][c] = here + 3
                back[i + 1][c] = tables._SKIP
            if here + empty_cost[c] < cost[i][c + 1]:
                cost[i][c + 1] = here + empty_cost[c]
                back[i][c + 1] = tables._EMPTY
            for j in (fits_at[i] or {}).get(col_bit[c], ()):
                w = here + step[c] * (j - i)
                if w < cost[j][c + 1]:
                    cost[j][c + 1] = w
                    back[j][c + 1] = i
    return back if cost[n][m] <= bound else None


def test_record_search_visiting_reached_states_only_matches_the_every_state_search() -> None:
    """The search walks only the states reached so far; on varied records, columns, costs and bounds it
    gives the very back pointers (ties included) of the search that visits every state."""
    import random

    rnd = random.Random(17)
    for _ in range(3000):
        n, m, ng = rnd.randint(0, 12), rnd.randint(1, 9), rnd.randint(1, 4)
        fits_at: list[dict[int, list[int]] | None] = []
        for i in range(n):
            ends = range(i + 1, min(n, i + 6) + 1)
            d = {1 << g: sorted(rnd.sample(ends, rnd.randint(1, len(ends)))) for g in range(ng) if rnd.random() < 0.5}
            fits_at.append(d if d and rnd.random() > 0.2 else None)
        col_bit = [1 << rnd.randrange(ng) for _ in range(m)]
        step = [rnd.choice([0.01, 0.5]) for _ in range(m)]
        empty_cost = [rnd.choice([1.0, 4.0]) for _ in range(m)]
        for bound in (min(step) * n + min(empty_cost), float("inf"), rnd.uniform(0.0, 12.0)):
            args = (n, m, fits_at, col_bit, step, empty_cost, bound)
            assert tables._path(*args) == _path_every_state(*args)


def _header_spec_by_scan(text: str):
    """header_spec as a scan of every synonym: the exact key, else the longest (3+ characters) it begins with."""
    k = tables.key(text)
    idx = tables._header_index()
    if k in idx:
        return idx[k]
    best = max((h for h in idx if len(h) >= 3 and k.startswith(h)), key=len, default=None)
    return idx[best] if best else None


def test_header_prefix_lookup_matches_a_scan_of_every_synonym():
    synonyms = list(tables._header_index())
    texts = ["", "a", "ab", "Age (years)", "Sex/age", "Follow-up (months)", "Site of the mass", "Outcome at last visit",
             "Treatment given", "Zq", "Reference no.", "Patient number", "Size, cm", "ALK (IHC)", "Xyz tumour size"]
    texts += [s + suffix for s in synonyms[::7] for suffix in ("", " (n)", "x", ", y")]
    texts += [s[:-1] for s in synonyms[::5] if s]
    for text in texts:
        assert header_spec(text) is _header_spec_by_scan(text), text


@pytest.mark.parametrize(
    "line",
    [
        "7   F/52   Kidney   (14)3   NED",
        "Case | Age | Sex | Site",
        "(9)21 [4]5 ALK+ (dead)",
        "3\t40 M\tlung\t)8",
        "  12 mo (DOD)   ]x  (2)  9",
        "Nilsson, 2033 (5)   38/F   pelvis   R0 resection",
        "",
        "|  |",
        "a) 1 b]2 (c)",
        "x |y| z",
        " | a\t|b",
        "\tq  r",
        "k |\tm",
        "8 F|lung| 3 mo",
    ],
)
def test_tokens_without_a_glued_bracket_match_the_word_by_word_split(line):
    assert tables._tokens(line, 40, 3) == tables._tokens_glued(line, 40, 3)


def test_cell_text_of_one_line_slice_matches_the_token_by_token_join() -> None:
    lines = ["4  Ortega, 2031 (7)   33/M   spleen", "(11)2 |ALK+| \tdied 5 mo", "trans-", "verse colon  NED", "  x  y z  "]
    text = "head\n" + "\n".join(lines) + "\n"
    doc = Document(doc_id="j", path="j.txt", kind="text", text=text)
    toks = []
    at = len("head\n")
    for n, line in enumerate(lines):
        toks.extend(tables._tokens(line, at, n))
        at += len(line) + 1
    spans = [toks[a:b] for a in range(len(toks)) for b in range(a, min(len(toks), a + 6) + 1)]
    # a record's layout order may put a later line's token first, or tokens of one line out of order
    spans += [[toks[5], toks[2]], [toks[3], toks[3]], [toks[9], toks[1], toks[2]], [toks[-1], toks[0]]]
    for span in spans:
        assert tables._join(doc, span) == tables._join_token_by_token(doc, span), [t.text for t in span]


@pytest.mark.parametrize(
    ("lines", "header", "rows"),
    [
        # one result column, cells one space apart, a result with its note in brackets
        (
            ["Table 2 Stains", "Antibody Clone Dilution Result", "ALK 5A4 1:50 + (granular)", "CD34 QBEnd10 1:100 \u2212",
             "Ki-67 MIB-1 1:100 about 4%"],
            ["Antibody", "Clone", "Dilution", "Result"],
            [["ALK", "5A4", "1:50", "+ (granular)"], ["CD34", "QBEnd10", "1:100", "\u2212"], ["Ki-67", "MIB-1", "1:100", "about 4%"]],
        ),
        # a result column per patient, named "Case 1" / "Patient 2": each case's word and number one column
        (
            ["Table 1 Panel", "Marker Clone Case 1 Case 2", "Desmin D33 \u2212 patchy weak +", "S100 4C4.9 n.p. \u2212",
             "Ki-67 MIB-1 3% 10\u201315%"],
            ["Marker", "Clone", "Case 1", "Case 2"],
            [["Desmin", "D33", "\u2212", "patchy weak +"], ["S100", "4C4.9", "n.p.", "\u2212"], ["Ki-67", "MIB-1", "3%", "10\u201315%"]],
        ),
        (
            ["Table 3 Stains of both", "Antibody Clone Patient 1 Patient 2", "SMA 1A4 + (focal) +", "CD117 YR145 \u2212 n.d.",
             "DOG1 SP31 \u2212 \u2212"],
            ["Antibody", "Clone", "Patient 1", "Patient 2"],
            [["SMA", "1A4", "+ (focal)", "+"], ["CD117", "YR145", "\u2212", "n.d."], ["DOG1", "SP31", "\u2212", "\u2212"]],
        ),
    ],
)
def test_antibody_panel_flattened_with_single_spaces_is_rebuilt(lines, header, rows):
    """A PDF-to-text dump runs an antibody panel's cells together with single spaces: each line opens on a marker's
    name, one word a clone or dilution, then the result cells (one per patient, cut after each sign, share or
    'not done')."""
    doc, table = text_table(lines)
    fill_text_table(doc, table)
    assert table.header_texts() == header
    assert table.row_texts() == rows
    assert_cells_located(doc, table)


def test_flattened_panel_row_whose_results_do_not_part_is_left_out():
    """A row whose words after the clone cannot be cut into one result per patient is no row (never a guess)."""
    doc, table = text_table(
        ["Table 1 Panel", "Marker Clone Case 1 Case 2", "SMA 1A4 + +", "Desmin D33 patchy in both", "CD34 QBEnd10 \u2212 \u2212",
         "S100 4C4.9 \u2212 +"]
    )
    fill_text_table(doc, table)
    assert [r[0] for r in table.row_texts()] == ["SMA", "CD34", "S100"]



@pytest.mark.parametrize(
    ("rows", "sites", "fusions"),
    [
        (
            ["1 44/M Hilum ALK (partner unknown) Lobectomy NED, 12 mo", "2 9/F Mesentery ROS1 (not determined) Excision NED, 30 mo"],
            ["Hilum", "Mesentery"],
            ["ALK (partner unknown)", "ROS1 (not determined)"],
        ),
        (
            ["1 44/M Proximal ileum ALK (partner unknown) Resection NED, 12 mo", "2 9/F Stomach NTRK3 (by FISH) Gastrectomy NED, 30 mo"],
            ["Proximal ileum", "Stomach"],
            ["ALK (partner unknown)", "NTRK3 (by FISH)"],
        ),
    ],
)
def test_kinase_gene_opening_the_next_cell_is_no_part_of_the_site(rows, sites, fusions):
    """A row run together with single spaces: the kinase gene after the site ("Hilum ALK (partner unknown)") opens the
    fusion cell; a gene symbol is never a word of a site's name."""
    doc, table = text_table(["Table 2 Summary", "Case Age/sex Site Fusion Treatment Outcome", *rows])
    fill_text_table(doc, table)
    assert [r[2] for r in table.row_texts()] == sites
    assert [r[3] for r in table.row_texts()] == fusions


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("IHC −", "ihc_negative"),
        ("IHC -", "ihc_negative"),
        ("IHC (–)", "ihc_negative"),
        ("Immunohistochemistry −", "ihc_negative"),
        ("IHC +", "ihc"),
        ("IHC", "ihc"),
        ("IHC (+/−)", "ihc"),
    ],
)
def test_marker_column_headed_by_a_minus_sign_is_the_negative_stains(header, field):
    """A summary grid's two stain columns told apart by a sign ("IHC +" / "IHC −"): the minus one lists negatives."""
    from eims_extract.ingest.tables import header_spec

    spec = header_spec(header)
    assert spec is not None and spec.field == field
