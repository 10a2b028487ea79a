"""Case rows from literature-review tables ("previously published cases").

A review's summary table is a second source of patients: one row per
published case. Columns are recognised by their header (synonyms are data in
``patterns/table_headers.jsonl``), never by position, and codes are read
through the legend (``patterns/table_legend.jsonl`` plus the table's own
footnote), so tables with other column orders, names and abbreviations work.
Every value is grounded on its cell; the evidence sentence is the whole row.

This module only finds tables, columns and rows; each cell is read by the field family that owns
the column (``registry.TableColumn``, registered by ``alk.py``, ``outcome.py``, ``ihc.py`` ...).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from ..ingest.model import Cell, Document, Table
from ..ingest.tables import ColumnSpec, column_specs, bound_legend, header_spec, legend_entries, na_codes
from ..normalize import BRACKETED, fold, is_na, key, lookup, parse_sign, unit_key
from ..records import CaseRow, Evidence
from . import registry
from .cells import na_code, rx, squash
from .demographics import tells_age_and_sex
from .registry import CellContext

CURRENT_REFERENCE = "Current case"
#: A summary-of-cases table names at least this many of the summary columns.
MIN_SUMMARY_COLUMNS = 3


def rows_from_tables(doc: Document) -> list[CaseRow]:
    """One ``source="table"`` row per case row of every summary-of-cases table in ``doc``."""
    out: list[CaseRow] = []
    for table in doc.tables:  # grids are built once, at ingestion
        out.extend(rows_from_table(doc, table))
    return out


def published_caption(table: Table) -> bool:
    """Does the table's caption say its rows are published cases ("Previously reported cases", "... (selected)")?"""
    return bool(table.caption) and rx("published_caption").search(table.caption) is not None


def column_fields(table: Table) -> list[str | None]:
    """The field each column holds, from its header text (None: a column we do not read).

    A header the synonyms do not know is looked up in the table's own legend
    ("Rec, recurrence"), as a reader would.
    """
    legend = bound_legend(table.footnotes) if table.footnotes else {}
    out: list[str | None] = []
    for cell in table.header:
        text = cell.text.strip()
        spec = header_spec(text) if text else None
        if spec is None and text:
            expansion = _spelled_out(legend, text)
            spec = header_spec(expansion) if expansion else None
        if spec is None and text:
            spec = _short_or_coded_header(text)
        out.append(spec.field if spec else (marker_column(text) or _legend_marker(legend, text) if text else None))
    negative = rx("negative_stains_header")
    # "IHC (+) | IHC (−)": the two headers key alike; the one marked negative lists the negative stains
    out = ["ihc_negative" if f == "ihc" and negative.search(fold(c.text)) else f for f, c in zip(out, table.header)]
    if "follow_up" not in out:
        # "Outcome | Time (months)": the time printed right after the outcome is when it was told, the follow-up
        timed = rx("outcome_time_header")
        out = [
            "follow_up" if f is None and k and out[k - 1] == "outcome" and timed.fullmatch(squash(c.text)) else f
            for k, (f, c) in enumerate(zip(out, table.header))
        ]
    if out and out[0] is None and not table.header[0].text.strip() and "case" not in out and _labels_cases(table, 0):
        out[0] = "case"  # a blank stub over the rows' labels ("Case 1", "Child 2")
    if sum(1 for f in out if f and f.startswith(("marker:", "markers:"))) >= _OTHER_AMONG_MARKERS:
        # "Other" among a pathology table's marker columns: the further stains, each with its sign ("S100 -, SOX10 -")
        other = rx("other_stains_header")
        out = [f if f is not None or not other.fullmatch(c.text.strip()) else "ihc" for f, c in zip(out, table.header)]
    return out


def _spelled_out(legend: dict[str, str], header: str) -> str | None:
    """What the table's legend says a short header stands for ("FU, follow-up (months)"), if it says."""
    return next((v for k, v in legend.items() if key(k) == key(header)), None) if legend else None


def _legend_marker(legend: dict[str, str], header: str) -> str | None:
    """The marker a short column name stands for by the table's own legend ("Cal" over "Cal, h-caldesmon"; "Ki (%)"
    over "Ki, Ki-67 labelling index"): the header, or its name without the unit in brackets, spelled out there."""
    if not legend:
        return None
    for name in dict.fromkeys((header, squash(BRACKETED.sub(" ", header)))):
        expansion = _spelled_out(legend, name) if name else None
        if expansion and (column := marker_column(expansion)) is not None:
            return column
    return None


#: marker columns a table needs before a column headed "Other" is read as its further stains
_OTHER_AMONG_MARKERS = 2


@cache
def _header_abbreviations() -> dict[str, str]:
    """Short column names matched whole (``kind: "header"`` of ``patterns/table_legend.jsonl``): "Rec" -> recurrence."""
    return {key(a): e.canonical for e in legend_entries() if e.kind == "header" and e.canonical for a in e.abbr}


def _short_or_coded_header(text: str) -> ColumnSpec | None:
    """A header that names its column with a short name ("Rec", "Met"), or with its codes in brackets after the name
    ("Tx (S/C/R/T)", "Rec (Y/N)", "ALK IHC (0/1/2/3+)"), as a spreadsheet's header does."""
    bare = squash(BRACKETED.sub(" ", text))
    for t in dict.fromkeys((text, bare)):
        canon = _header_abbreviations().get(key(t)) if t else None
        spec = header_spec(canon) if canon else header_spec(t) if t and t != text else None
        if spec is not None:
            return spec
    return None


def _labels_cases(table: Table, i: int) -> bool:
    """Does every row label column ``i`` with one patient ("Patient 2", "Child 1", "Case B", "P3")?"""
    label = rx("column_case_label")
    return bool(table.rows) and all(len(r) > i and label.fullmatch(r[i].text.strip()) for r in table.rows)


def marker_column(header: str) -> str | None:
    """A column named after one marker, as case-series tables print them: ``"marker:SMA"``,
    ``"ki67"``; else None. (Columns named after an ALK test are ``test:`` fields of
    ``patterns/table_headers.jsonl``.)"""
    h = squash(BRACKETED.sub(" ", fold(header)))
    if not h:
        return None
    c = lookup("markers", h)
    if c is None:  # "ROS1 IHC", "Ki-67 index": the marker, named with its method or measure
        m = rx("marker_header_suffix").search(h)
        c = lookup("markers", h[: m.start()].strip()) if m and m.start() > 0 else None
    if c is None:
        # two markers under one name, their signs cut the same way in the cells ("CD117/DOG1": "-/-")
        pair = [lookup("markers", p) for p in rx("marker_pair_cut").split(h)]
        if len(pair) >= 2 and all(p is not None and key(p.canonical) != key("Ki-67") for p in pair):
            return "markers:" + "/".join(p.canonical for p in pair if p is not None)
        return None
    return "ki67" if key(c.canonical) == key("Ki-67") else "marker:" + c.canonical


#: the columns whose cells answer whether an event happened (recurrence, metastasis)
_EVENT_COLUMNS = frozenset({"recurrence", "metastasis", "recurrence_metastasis"})


def _worded_answer_columns(table: Table, fields: list[str | None]) -> set[int]:
    """The event columns ("Recurrence", "Relapse") that answer in words ("No", "Yes, at 7 mo"): there the bare dash of a
    patient lost to follow-up is no answer (unknown), while a column of signs ("+", "-") says no by it. (A dash beside
    a known course is still read as a no: writers use it so; a lone em dash is no answer anywhere in an event column,
    unless the legend spells it out as a no: ``fields/outcome.py``.)"""
    out: set[int] = set()
    for i, f in enumerate(fields):
        if f not in _EVENT_COLUMNS:
            continue
        texts = [fold(r[i].text).strip() for r in table.rows if i < len(r)]
        if any(parse_sign(t) is False and any(ch.isalpha() for ch in t) for t in texts):
            out.add(i)
    return out


def _answered_modalities(table: Table, fields: list[str | None]) -> set[int]:
    """The columns named after one treatment that answer yes or no ("Surgery | Chemotherapy | ALK inhibitor" over
    "Yes | No | Yes"): there a yes gives the treatment the header names, a no gives nothing."""
    summary_row = rx("summary_row_label")
    out: set[int] = set()
    for i, f in enumerate(fields):
        if f not in ("treatment", "drug"):
            continue
        texts = [r[i].text for r in table.rows if i < len(r) and r[i].text.strip() and not summary_row.fullmatch(squash(r[0].text))]
        if texts and all(parse_sign(t) is not None for t in texts):
            out.add(i)
    return out


def is_summary_table(table: Table) -> bool:
    """A table of published cases, not e.g. an adverse-events or antibody table."""
    summary = {s.field for s in column_specs() if s.summary}
    fields = column_fields(table)
    if len({f for f in fields if f in summary}) >= MIN_SUMMARY_COLUMNS:
        return True
    # a case series' pathology or molecular table: one row per case, a column per marker, test or fusion found
    per_marker = [f for f in fields if f and f.startswith(("marker:", "markers:", "test:", "ki67", "alk_ihc", "alk_fusion", "alk_test"))]
    # two such columns do when every column is named ("Case | ALK IHC | Fusion (method)": a molecular table)
    return "case" in fields and (len(per_marker) >= MIN_SUMMARY_COLUMNS or (len(per_marker) >= 2 and all(fields)))


@cache
def _current_labels() -> frozenset[str]:
    return frozenset(key(a) for e in legend_entries() if e.kind == "current" for a in e.abbr)


def header_unit(header: str) -> str | None:
    """The unit a header states for its column ("Follow-up (months)", "Age, y"), if any."""
    m = rx("header_unit").search(fold(header).strip())
    return m.group(1) if m and unit_key(m.group(1)) else None


def is_current_label(text: str) -> bool:
    """A cell naming the report's own case: a current label of the legend ("Present case", "Our patient"), perhaps
    followed by the patient's number in the series and the report's year ("Present case 2, 2021", "Our case (2024)")
    as a review table lists the authors' own patient among the literature's."""
    return current_label_number(text) is not None


@lru_cache(maxsize=4096)
def current_label_number(text: str) -> str | None:
    """The number a current-case label gives its patient ("Present case 2, 2021" -> "2"); "" for a label without one
    ("Present case", "This report, 2023"); None for a cell that is no current-case label (cached, bounded: every
    cell of every row is asked, and a review table repeats its cells' words)."""
    if key(text) in _current_labels():
        return ""
    m = rx("current_label_tail").search(text)
    if m is None or m.start() == len(text) or key(text[: m.start()]) not in _current_labels():
        return None
    return m.group("case") or ""


def _without_mark(cell: Cell) -> Cell:
    m = rx("bracketed_tail").search(cell.text.rstrip())
    assert m is not None
    value = cell.text[: m.start() + 1]
    end = cell.start + len(value) if cell.start is not None else None
    return Cell(value, cell.start, end, cell.page)


def marks_current(text: str) -> bool:
    """A first cell carrying the current-case mark in brackets after its value ("27 (present)", "Lee, 2024 (our
    case)"): a current label or the current_mark words of values.jsonl, never a whole cell ("present" is also a
    finding)."""
    t = text.strip()
    m = rx("bracketed_tail").search(t)
    return m is not None and (is_current_label(m.group(1)) or bool(rx("current_mark").search(t)))


def parse_reference(text: str) -> tuple[str | None, int | None]:
    """``"Mariño E, 2011 (6)"`` → ("Mariño E, 2011", 6); a current-case label → ("Current case", None)."""
    t = squash(text)
    if not t or is_na(t):
        return None, None
    if is_current_label(t):
        return CURRENT_REFERENCE, None
    m = rx("reference_citation").fullmatch(t)
    if m and m.group(1):
        return m.group(1).strip().rstrip(","), int(m.group(2))
    if m:  # "[8]": the citation mark alone names no author
        return None, int(m.group(2))
    return t, None


def cited_case(text: str) -> int | None:
    """A case cell that is a citation mark ("[4]", "(12)"): a published case, numbered by its reference."""
    m = rx("reference_citation").fullmatch(squash(text))
    return int(m.group(2)) if m and not m.group(1) else None


# -- rows --------------------------------------------------------------------
def _ground(doc: Document, table: Table, cell: Cell) -> tuple[int, int] | None:
    """The cell's offsets; a grid without offsets is searched for within the table's span."""
    if cell.start is not None and cell.end is not None:
        return cell.start, cell.end
    s = cell.text.strip()
    if not s:
        return None
    lo, hi = (table.start, table.end) if table.end > table.start else (0, len(doc.text))
    at = doc.text.find(s, lo, hi)
    return (at, at + len(s)) if at >= 0 else None


def rows_from_table(doc: Document, table: Table) -> list[CaseRow]:
    """The case rows of one table; [] when it is not a summary of cases.

    A generic dispatcher: each column's kind (from its header) names a registered
    :class:`~.registry.TableColumn`, whose reader turns the cell into row fields.
    What depends on the columns only (their kind, unit, reader and the header a reader is told)
    is worked out once per table, not once per row.
    """
    if not table.header or not is_summary_table(table):
        return []
    fields = column_fields(table)
    headers = [c.text for c in table.header]
    legend = bound_legend(table.footnotes) if table.footnotes else {}
    not_done = na_codes(legend)  # "-, not done": such a cell states nothing
    # "−, negative; —, not done (tissue exhausted)": a code told as not done with an aside, printed as that very glyph
    # (dashes fold alike, so only the code as printed tells it from the negative's)
    not_done_as_printed = {k.strip() for k, v in legend.items() if (bare := BRACKETED.sub(" ", v).strip()) and na_code(bare)}
    # the unit a header states, or the one its spelling-out in the legend states ("FU" over "FU, follow-up (months)")
    units_of = [
        (header_unit(h) or header_unit(_spelled_out(legend, h) or "")) if f else None for f, h in zip(fields, headers)
    ]
    first_header: dict[str, str] = {}  # a reader is told the header of the table's first column of its kind
    for f, h in zip(fields, headers):
        if f:
            first_header.setdefault(f, h)
    readers = {f: registry.column(f) for f in first_header}
    kinase = _caption_kinase(table)
    titles = [doc.text[s.start : s.end] for s in doc.sections if s.kind == "title" and s.end > s.start][:1]
    about = "\n".join([table.caption, *titles])  # what a cell naming a part of an organ only ("Corpus") is a part of
    case_number, case_label, current_mark = rx("case_number"), rx("case_label"), rx("current_mark")
    case_with_who = rx("case_with_who")
    worded = _worded_answer_columns(table, fields)
    answered = _answered_modalities(table, fields)
    out: list[CaseRow] = []
    summary_row = rx("summary_row_label")
    for n, cells in enumerate(table.rows, 1):
        if cells and summary_row.fullmatch(squash(cells[0].text)):
            continue  # "Mean | 51 | 2M/1F": a row summing the patients up is none of them
        row_text = " | ".join([c.text for c in cells])
        lost = rx("lost_to_follow_up").search(fold(row_text)) is not None

        def ev(cell: Cell, row_text: str = row_text) -> Evidence | None:
            span = _ground(doc, table, cell)
            if span is None:
                return None
            page = cell.page if cell.page is not None else doc.page_at(span[0])
            return Evidence(doc.doc_id, span[0], span[1], row_text, page, "table")

        mark = cells[0] if cells and marks_current(cells[0].text) else None
        if mark is not None:  # the first cell's value read without its mark ("27 (present)" -> "27")
            cells = [_without_mark(mark), *cells[1:]]
        by_field: dict[str, Cell] = {}
        units: dict[str, str | None] = {}
        more: dict[str, list[Cell]] = {}  # "Operation" and "Adjuvant therapy": one treatment, two columns
        for i, (f, cell, unit) in enumerate(zip(fields, cells, units_of)):
            if i in worded and lost and fold(cell.text).strip() == "-":
                continue  # a bare dash among "No" / "Yes, 6 mo" for a patient lost to follow-up: unknown, not a no
            if i in answered:
                if parse_sign(cell.text) is not True:
                    continue
                # "Chemotherapy | Yes": the header names the treatment the yes grounds
                f, cell = "treatment", Cell(headers[i], cell.start, cell.end, cell.page)
                readers.setdefault(f, registry.column(f))
                first_header.setdefault(f, headers[i])
            if f and cell.text.strip() and fold(cell.text).strip() not in not_done and cell.text.strip() not in not_done_as_printed:
                if f not in by_field:
                    by_field[f] = cell
                    units[f] = unit
                elif f in ("treatment", "outcome"):  # "Operation" + "Adjuvant"; "Vital status" + "Disease status"
                    more.setdefault(f, []).append(cell)
        case_cell = by_field.get("case")
        who_said = case_with_who.fullmatch(case_cell.text.strip()) if case_cell is not None else None
        if case_cell is not None and case_cell.start is not None and who_said is not None and tells_age_and_sex(who_said.group("who")):
            # "1 (F/12)": the number is the case's, the bracket says who the patient is (read below as age and sex)
            lead = len(case_cell.text) - len(case_cell.text.lstrip())
            a, b = (case_cell.start + lead + x for x in who_said.span("who"))
            who_cell = Cell(who_said.group("who"), a, b, case_cell.page)
            case_cell = Cell(who_said.group("case"), case_cell.start + lead, case_cell.start + lead + who_said.end("case"), case_cell.page)
            by_field["case"] = case_cell
            if not ({"age", "sex", "age_sex"} & by_field.keys()):
                by_field["age_sex"] = who_cell
                readers.setdefault("age_sex", registry.column("age_sex"))
                first_header.setdefault("age_sex", first_header["case"])
        case_id = case_cell.text.strip() if case_cell and case_number.fullmatch(case_cell.text.strip()) else str(n)
        labelled = case_label.fullmatch(case_cell.text.strip()) if case_cell else None
        if labelled:
            case_id = labelled.group(1)
        row = CaseRow(doc_id=doc.doc_id, case_id=case_id, source="table")

        def put(name: str, value: object, cell: Cell, row: CaseRow = row, ev: Any = ev) -> None:
            if value is None or value == []:
                return
            e = ev(cell)
            if e is not None:  # a value we cannot point at is not reported
                row.set(name, value, e)

        # the current case: a cell that is its label ("Present case"), or one that marks it after its value ("27 (present)")
        label = next((c for c in cells if is_current_label(c.text) or current_mark.search(c.text)), None)
        if label is None and mark is not None:
            label = mark  # "27 (present)": the row's first cell marks the report's own case (its value read without it)
        if label is not None:
            put("reference", CURRENT_REFERENCE, label)
            if own_no := current_label_number(label.text):
                row.case_id = f"case-{own_no}"  # "This study, case 2": the report's own patient numbered in its series
        elif "reference" in by_field:
            ref, cit = parse_reference(by_field["reference"].text)
            put("reference", ref, by_field["reference"])
            if row.reference is not None or (ref is None and cit is not None):
                row.citation = cit
        elif case_cell is not None and (cit_no := cited_case(case_cell.text)) is not None:
            row.citation = cit_no  # a "Case" column of citation marks: published cases
        who = next((c for f, c in zip(fields, cells) if f == "case" and tells_age_and_sex(c.text)), None)
        if who is not None and not ({"age", "sex", "age_sex"} & by_field.keys()):
            # a "Patient" column printing who the patient is ("F, 34 y") instead of a number: their age and sex
            by_field["age_sex"] = who
            readers.setdefault("age_sex", registry.column("age_sex"))
            first_header.setdefault("age_sex", first_header["case"])
        # a column that reads what the row's others gave ("Method" before "Fusion partner") comes after them
        order = sorted(by_field.items(), key=lambda fc: readers[fc[0]] is not None and readers[fc[0]].reads_row)
        for f, cell in order:
            col = readers[f]
            if col is None:
                continue
            ctx = CellContext(row, cell, f, first_header[f], units.get(f), legend, put, ev, more.get(f, []), about, row_cells=by_field)
            col.read(ctx)
            for also in registry.also_read(f):  # another family's reading of the same cell
                also(ctx)
            if cell.note and col.read_note is not None:  # the note its footnote mark points to (tables.attach_notes)
                col.read_note(CellContext(row, Cell(cell.note), f, first_header[f], units.get(f), legend, put, ev, [], about, cell))
        if kinase is not None:
            _partner_of(row, kinase)
        out.append(row)
    # the caption says the rows are published cases, or one row is marked as the current case ("27 (present)",
    # "Present case"): every other row is the literature's
    if published_caption(table) or any(r.reference == CURRENT_REFERENCE for r in out):
        for r in out:
            r.published = r.reference != CURRENT_REFERENCE
    return out


def case_labels(table: Table, rows: list[CaseRow], min_rows: int = 2) -> dict[str, int]:
    """The non-numeric labels a series' own table names its patients by ("U1", "R3", "EIMS-02", "Patient G"), each
    with the number of its row (``rows``, what :func:`rows_from_table` read from ``table``), so that prose naming a
    patient by the same label ("In U2 the tumour ...", "Case R2 underwent ...") is that row's patient. None for a
    table of the literature's cases, one whose rows are numbered, or whose labels repeat."""
    if len(rows) < min_rows or any(r.reference or r.citation is not None or r.published for r in rows):
        return {}
    fields = column_fields(table)
    if len(table.rows) != len(rows) or not fields or ("case" not in fields and fields[0] is not None):
        return {}
    k = fields.index("case") if "case" in fields else 0  # an unread first column ("ID"): the row's label, if each is one
    out: dict[str, int] = {}
    for cells, r in zip(table.rows, rows):
        m = rx("case_text_label").fullmatch(squash(cells[k].text)) if k < len(cells) else None
        if m is None or not r.case_id.isdigit() or m.group("label") in out:
            return {}
        out[m.group("label")] = int(r.case_id)
    return out


def sheet_labels(sheets: list[tuple[Table, list[CaseRow]]]) -> dict[str, int]:
    """Per-patient data sheets ("=== Patient H ===", "DATA SHEET K-07"): two or more tables of one row each, every row
    its own distinct label. Each row is renumbered by its sheet's order (case "1", "2", ...: one series, not each
    sheet's own case 1) and its label maps to that number, so prose naming the patient by it is that row's; {} (rows
    unchanged) for anything else."""
    if len(sheets) < 2 or any(len(rows) != 1 for _, rows in sheets):
        return {}
    out: dict[str, int] = {}
    for k, (table, rows) in enumerate(sheets, 1):
        got = case_labels(table, rows, min_rows=1)
        if len(got) != 1 or next(iter(got)) in out:
            return {}
        out[next(iter(got))] = k
    for k, (_, rows) in enumerate(sheets, 1):
        rows[0].case_id = str(k)
    return out


def _caption_kinase(table: Table) -> str | None:
    """The one kinase other than ALK a table's caption says its cases are rearranged for ("ROS1-rearranged IMT in
    children"), if it names no ALK."""
    caption = table.caption or ""
    found = {m.group("kinase") for m in rx("caption_other_kinase").finditer(caption)}
    return found.pop() if len(found) == 1 and "ALK" not in caption else None


def _partner_of(row: CaseRow, kinase: str) -> None:
    """A bare partner cell ("TFG") of a table of ``kinase``-rearranged cases: PARTNER::KINASE, no ALK partner."""
    partner = row.alk_fusion_partner
    if partner is None:
        return
    row.alk_fusion_partner = None
    row.evidence.pop("alk_fusion_partner", None)
    if row.kinase_fusions:
        row.kinase_fusions = list(dict.fromkeys(f"{partner}::{kinase}" if f == f"{partner}::ALK" else f for f in row.kinase_fusions))


# -- an immunohistochemistry panel table -------------------------------------
#: (antibody cell, result cell, evidence of the result cell): one line of a panel table for one case
PanelLine = tuple[Cell, Cell, Evidence]


#: the most words a key cell of a one-patient key-value table holds ("Age at diagnosis (years)")
_KEY_WORDS = 5
#: key cells a one-patient key-value table names among its rows, and the fields read from them
_KEY_VALUE_FIELDS = frozenset({"age", "sex", "age_sex"})


def key_value_lines(doc: Document, table: Table) -> list[tuple[str, Cell, str | None, Evidence]]:
    """The age and sex lines of a one patient's key-value table (two columns, a key column of attribute names and a
    value column: "Age | 46 years", "Sex | Male", "Gender, Age | Male, 33"), as (field, value cell, the unit the key
    states, evidence): the field ``age``, ``sex`` or ``age_sex`` of the key's column synonym. [] for any other table: a
    summary of cases, a grid of more or fewer than two columns, a key that is no attribute name (a number, a long
    phrase), fewer than two lines. The value cells are read by ``demographics.read_key_value``."""
    lines = ([table.header] if any(c.text.strip() for c in table.header) else []) + list(table.rows)
    if len(lines) < 2 or any(len(cells) != 2 for cells in lines) or is_summary_table(table):
        return []
    if any(not k.text.strip() or len(k.text.split()) > _KEY_WORDS or not any(ch.isalpha() for ch in k.text) for k, _ in lines):
        return []
    out: list[tuple[str, Cell, str | None, Evidence]] = []
    for k, v in lines:
        spec = header_spec(k.text.strip())
        # the key is one of the column's synonyms whole: "Age-adjusted D-dimer" only begins with one
        if spec is None or spec.field not in _KEY_VALUE_FIELDS or not v.text.strip() or key(k.text) not in map(key, spec.headers):
            continue
        named, said = _ground(doc, table, k), _ground(doc, table, v)
        if named is None or said is None:
            continue  # a value we cannot point at is not reported
        lo, hi = min(named[0], said[0]), max(named[1], said[1])
        page = v.page if v.page is not None else doc.page_at(lo)
        ev = Evidence(doc.doc_id, lo, hi, f"{k.text} | {v.text}", page, "table")
        out.append((spec.field, v, header_unit(k.text), ev))
    return out


def panel_lines(doc: Document, table: Table) -> dict[int | None, list[PanelLine]]:
    """The lines of an IHC panel table (one row per antibody: Antibody | Clone | Dilution | Result),
    per case: key None for the table's one result column (a single patient's), k for a column headed
    "Case k" / "Patient k" (a column per case). {} for any other table, a summary of cases above all.
    The cells are read by ``ihc.read_panel``."""
    if not table.header or is_summary_table(table):
        return {}
    if table.caption and (rx("other_tissue_caption").search(table.caption) or rx("other_lesion_caption").search(table.caption)):
        return {}  # the stains of a lymph node, the background liver or a coexisting lesion of another kind
    fields = column_fields(table)
    if "ihc_panel:gene" in fields and "fusion_method" in fields:
        return _gene_method_lines(doc, table, fields)
    if "ihc_panel:antibody" not in fields:
        return _marker_row_lines(doc, table, fields)
    a = fields.index("ihc_panel:antibody")
    result: dict[int | None, int] = {}
    for i, (f, h) in enumerate(zip(fields, table.header)):
        m = rx("case_number").search(h.text) if f == "case" else None
        if m:
            result.setdefault(int("".join(ch for ch in m.group() if ch.isdigit())), i)
    if not result:
        # a result column; "Result(s)" is an outcome synonym of summary tables, but a panel has no outcome
        i = next((i for i, f in enumerate(fields) if f == "ihc_panel:result"), None)
        if i is None:
            i = next((i for i, f in enumerate(fields) if f == "outcome"), None)
        if i is None and ("ihc_panel:result_final" in fields or ("ihc_panel:result_early" in fields and "treatment" in fields)):
            return _two_specimen_lines(doc, table, fields, a)
        if i is None:
            return _graded_panel_lines(doc, table, fields, a)
        # "Table 1 Immunohistochemistry, Case 1": the one result column is the patient the caption names
        named = {int(m.group("num")) for m in rx("panel_caption_case").finditer(table.caption or "")}
        result[named.pop() if len(named) == 1 else None] = i
    out: dict[int | None, list[PanelLine]] = {}
    halves = _panel_halves(fields, a, result)
    for cells in table.rows:
        if len(cells) != len(fields):
            continue
        row_text = " | ".join(c.text for c in cells)
        for ant, res in halves:
            if not cells[ant].text.strip():
                end = min((b for b, _ in halves if b > ant), default=len(cells))
                others = [c for j, c in enumerate(cells[ant + 1 : end], ant + 1) if j not in res.values()]
                if any(c.text.strip() for c in others):
                    # the antibody cell merged with the one above, a row of its own ("ALK | D5F3 | +" over " | 5A4 | +")
                    _merged_antibody(doc, table, out, cells, res, row_text)
                else:
                    _wrapped_result(out, cells, res)
                continue
            named = _ground(doc, table, cells[ant])
            for k, i in res.items():
                said = _ground(doc, table, cells[i]) if cells[i].text.strip() else None
                if named is None or said is None:
                    continue  # a call we cannot point at is not reported
                lo, hi = min(named[0], said[0]), max(named[1], said[1])  # from the antibody to its result
                page = cells[ant].page if cells[ant].page is not None else doc.page_at(lo)
                quote = _printed_row(doc, cells) or row_text
                out.setdefault(k, []).append((cells[ant], cells[i], Evidence(doc.doc_id, lo, hi, quote, page, "table")))
    return out


def _printed_row(doc: Document, cells: list[Cell]) -> str | None:
    """The row as the page prints it, when its cells lie on one line set with spaces only ("SMA 1A4 1:300 + +"): the
    quote of a value read from it, which holds the value's own characters as the joined cells ("SMA | 1A4 | ...") do
    not; None for a row set with bars or tabs, or over lines."""
    spans = [(c.start, c.end) for c in cells if c.start is not None and c.end is not None and c.text.strip()]
    if not spans:
        return None
    text = doc.text[min(a for a, _ in spans) : max(b for _, b in spans)]
    return None if any(ch in text for ch in "\n|\t") else text


@cache
def _na_words() -> frozenset[str]:
    """The words of the table legend vocabulary that say a value is not known or a test not done ("ND", "Not done")."""
    return frozenset(key(x) for e in legend_entries() if e.kind == "na" for x in (*e.abbr, *e.expansions))


def _two_specimen_lines(doc: Document, table: Table, fields: list[str | None], a: int) -> dict[int | None, list[PanelLine]]:
    """A panel stained on two specimens, a result column each (Antibody | Biopsy | Resection): per line, the resection's
    result, the final one; the biopsy's where the resection's cell is blank or not done. Beside a biopsy column, a column
    with a treatment's header ("Resection", "Surgery") is the resection specimen: a panel line holds no treatment."""
    final = fields.index("ihc_panel:result_final") if "ihc_panel:result_final" in fields else fields.index("treatment")
    early = fields.index("ihc_panel:result_early") if "ihc_panel:result_early" in fields else None
    out: list[PanelLine] = []
    for cells in table.rows:
        if len(cells) != len(fields) or not cells[a].text.strip():
            continue
        i = final
        if early is not None and (is_na(cells[final].text) or key(cells[final].text) in _na_words()):
            i = early  # the resection's cell blank or "not done": the biopsy's result stands
        named = _ground(doc, table, cells[a])
        said = _ground(doc, table, cells[i]) if cells[i].text.strip() else None
        if named is None or said is None:
            continue  # a call we cannot point at is not reported
        lo, hi = min(named[0], said[0]), max(named[1], said[1])
        page = cells[a].page if cells[a].page is not None else doc.page_at(lo)
        out.append((cells[a], cells[i], Evidence(doc.doc_id, lo, hi, " | ".join(c.text for c in cells), page, "table")))
    return {None: out} if out else {}


def _gene_method_lines(doc: Document, table: Table, fields: list[str | None]) -> dict[int | None, list[PanelLine]]:
    """A one-patient molecular results table, one row per gene (Gene | Method | Result: "ALK | FISH (break-apart) |
    Rearranged"): per row, the gene and its method as one line's name ("ALK FISH (break-apart)", spanning both cells)
    and the result cell, read by ``alk.read_panel_tests`` like a panel line naming an ALK method. {} without a result
    column."""
    g, m = fields.index("ihc_panel:gene"), fields.index("fusion_method")
    r = next((i for i, f in enumerate(fields) if f in ("ihc_panel:result", "outcome")), None)
    if r is None:
        return {}
    out: list[PanelLine] = []
    for cells in table.rows:
        if len(cells) != len(fields) or not cells[g].text.strip() or not cells[r].text.strip():
            continue
        gene = _ground(doc, table, cells[g])
        method = _ground(doc, table, cells[m]) if cells[m].text.strip() else None  # a blank method cell: the gene alone
        said = _ground(doc, table, cells[r])
        if gene is None or said is None:
            continue  # a result we cannot point at is not reported
        name_end = method[1] if method else gene[1]
        name = Cell(f"{cells[g].text.strip()} {cells[m].text.strip()}".strip(), gene[0], name_end, cells[g].page)
        lo, hi = min(gene[0], said[0]), max(name_end, said[1])
        page = cells[g].page if cells[g].page is not None else doc.page_at(lo)
        out.append((name, cells[r], Evidence(doc.doc_id, lo, hi, " | ".join(c.text for c in cells), page, "table")))
    return {None: out} if out else {}


def _marker_row_lines(doc: Document, table: Table, fields: list[str | None]) -> dict[int | None, list[PanelLine]]:
    """A one-patient stain table laid out sideways: every column headed by a marker (Ki-67 included) and one row of
    results under them ("ALK | SMA | Desmin | Ki-67" over "+ | + | - | 5%"), with no case column; per column, the
    marker's header cell and the result cell under it, read by ``ihc.read_panel`` like a panel's lines. {} for any
    other table (several rows are several patients, a summary of cases)."""
    if len(table.rows) != 1 or len(fields) < 2 or not all(f and (f.startswith("marker:") or f == "ki67") for f in fields):
        return {}
    (cells,) = table.rows
    if len(cells) != len(fields):
        return {}
    row_text = " | ".join(c.text for c in cells)
    out: list[PanelLine] = []
    for head, cell in zip(table.header, cells):
        named = _ground(doc, table, head)
        said = _ground(doc, table, cell) if cell.text.strip() else None
        if named is None or said is None:
            continue  # a call we cannot point at is not reported
        lo, hi = min(named[0], said[0]), max(named[1], said[1])
        page = cell.page if cell.page is not None else doc.page_at(lo)
        out.append((head, cell, Evidence(doc.doc_id, lo, hi, f"{head.text} | {cell.text}", page, "table")))
    return {None: out} if out else {}


GRADE_KINDS = ("intensity", "extent", "pattern")  # a graded panel's columns, in the order its result cell lists them


def _graded_panel_lines(doc: Document, table: Table, fields: list[str | None], a: int) -> dict[int | None, list[PanelLine]]:
    """A panel graded in columns with no Result column (Antibody | Clone | Pattern | Intensity | Extent): per line, the
    antibody cell and one result cell listing the line's grades by kind ("intensity: strong | extent: 90%"), read by
    ``ihc.graded_panel_sign``; {} without such a column."""
    grades = [(k, i) for k in GRADE_KINDS for i, f in enumerate(fields) if f == f"ihc_panel:{k}"]
    if not grades:
        return {}
    out: list[PanelLine] = []
    for cells in table.rows:
        if len(cells) != len(fields) or not cells[a].text.strip():
            continue
        said = [(k, cells[i], g) for k, i in grades if cells[i].text.strip() and (g := _ground(doc, table, cells[i]))]
        named = _ground(doc, table, cells[a])
        if named is None or not said:
            continue
        lo, hi = min(named[0], *(g[0] for _, _, g in said)), max(named[1], *(g[1] for _, _, g in said))
        # a cell of no single place (the evidence spans the row): its text only, no offsets
        graded = Cell(" | ".join(f"{k}: {c.text.strip()}" for k, c, _ in said), None, None, said[0][1].page)
        page = cells[a].page if cells[a].page is not None else doc.page_at(lo)
        row_text = " | ".join(c.text for c in cells)
        out.append((cells[a], graded, Evidence(doc.doc_id, lo, hi, row_text, page, "table")))
    return {None: out} if out else {}


def _merged_antibody(
    doc: Document, table: Table, out: dict[int | None, list[PanelLine]], cells: list[Cell], res: dict[int | None, int], row_text: str
) -> None:
    """A panel line whose antibody cell is merged with the line above (printed once for two clones or two specimens):
    a line of its own for the antibody above, with this line's results."""
    for k, i in res.items():
        said = _ground(doc, table, cells[i]) if cells[i].text.strip() else None
        if said is None or not out.get(k):
            continue
        ant, _, ev = out[k][-1]
        lo, hi = min(ev.start, said[0]), max(ev.end, said[1])
        out[k].append((ant, cells[i], Evidence(doc.doc_id, lo, hi, row_text, ev.page, "table")))


def _wrapped_result(out: dict[int | None, list[PanelLine]], cells: list[Cell], res: dict[int | None, int]) -> None:
    """A panel line with no antibody whose result cells go on the line above ("ALK | D5F3 | positive (granular," over
    " | | cytoplasmic)"): a result cell wrapped onto a line of its own, joined to the result above it."""
    for k, i in res.items():
        more = cells[i]
        if not more.text.strip() or not out.get(k) or more.end is None:
            continue
        ant, said, ev = out[k][-1]
        if said.start is None or said.end is None or said.end > more.start:
            continue
        joined = Cell(f"{said.text} {more.text.strip()}", said.start, more.end, said.page)
        out[k][-1] = (ant, joined, Evidence(ev.doc_id, ev.start, max(ev.end, more.end), f"{ev.sentence} {more.text.strip()}", ev.page, ev.section))


def _panel_halves(
    fields: list[str | None], a: int, result: dict[int | None, int]
) -> list[tuple[int, dict[int | None, int]]]:
    """The (antibody column, result columns) pairs of a panel table's rows: one, or, for a panel printed in two
    halves side by side ("Antibody | Clone | Result | Antibody | Clone | Result") with one result column per half,
    each antibody column with the result column of its own half."""
    ants = [i for i, f in enumerate(fields) if f == "ihc_panel:antibody"]
    if len(ants) < 2 or set(result) != {None}:
        return [(a, result)]
    out: list[tuple[int, dict[int | None, int]]] = []
    for n, b in enumerate(ants):
        end = ants[n + 1] if n + 1 < len(ants) else len(fields)
        i = next((i for i in range(b + 1, end) if fields[i] in ("ihc_panel:result", "outcome")), None)
        if i is None:
            return [(a, result)]  # a half without its result: read as before
        out.append((b, {None: i}))
    return out
