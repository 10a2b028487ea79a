"""Case rows from literature-review tables ("previously published cases").

A review's summary table is a second source of patients: one row per
published case. Columns are recognised by their header (synonyms are data in
``patterns/table_headers.jsonl``), never by position, and codes are read
through the legend (``patterns/table_legend.jsonl`` plus the table's own
footnote), so tables with other column orders, names and abbreviations work.
Every value is grounded on its cell; the evidence sentence is the whole row.
"""

from __future__ import annotations

import re
from functools import cache

from ..ingest.model import Cell, Document, Table
from ..ingest.tables import (
    column_specs,
    header_spec,
    legend_codes,
    legend_entries,
    parse_legend,
)
from ..normalize import (
    BRACKETED,
    canonical_drug,
    canonical_marker,
    canonical_site,
    drug_class,
    fold,
    is_na,
    key,
    lookup,
    months,
    parse_age,
    parse_sex,
    parse_sign,
    regimen_drugs,
    site_code,
    to_years,
    treatment_code,
    treatment_join,
    treatment_split,
    unit_key,
)
from ..records import CaseRow, Evidence
from ..rules import macro, value_pattern
from .alk import (  # the ALK / fusion cell readers live with the ALK field family
    _fusions,
    alk_ihc_sign,
    fusion_methods,
    parse_alk_tests,
    parse_fusion_partner,
    rearrangement_methods,
)
from .outcome import parse_follow_up  # follow-up cells are read by the outcome family
from .registry import CellContext, TableColumn, column, register_columns

CURRENT_REFERENCE = "Current case"
#: A summary-of-cases table names at least this many of the summary columns.
MIN_SUMMARY_COLUMNS = 3


def rows_from_tables(doc: Document) -> list[CaseRow]:
    """One ``source="table"`` row per case row of every summary-of-cases table in ``doc``."""
    out: list[CaseRow] = []
    for table in doc.tables:  # grids are built once, at ingestion
        out.extend(rows_from_table(doc, table))
    return out


def column_fields(table: Table) -> list[str | None]:
    """The field each column holds, from its header text (None: a column we do not read).

    A header the synonyms do not know is looked up in the table's own legend
    ("Rec, recurrence"), as a reader would.
    """
    legend = parse_legend(table.footnotes) if table.footnotes else {}
    out: list[str | None] = []
    for cell in table.header:
        text = cell.text.strip()
        spec = header_spec(text) if text else None
        if spec is None and text:
            expansion = next((v for k, v in legend.items() if key(k) == key(text)), None)
            spec = header_spec(expansion) if expansion else None
        out.append(spec.field if spec else (marker_column(text) if text else None))
    return out


def _marker_sign(text: str) -> bool | None:
    """A per-marker cell: "+", "+ (focal)", "focal +", "positive (diffuse)" → True; "-", "negative" → False."""
    t = re.sub(r"\s+", " ", BRACKETED.sub(" ", fold(text))).strip().lower()
    sign = parse_sign(t)
    if sign is not None or not t:
        return sign
    if _rx("marker_positive").fullmatch(t) or t.startswith("+"):
        return True
    if _rx("marker_negative").fullmatch(t) or t.startswith(("-", "\u2212")):
        return False
    return None


def marker_column(header: str) -> str | None:
    """A column named after one marker, as case-series tables print them: ``"marker:SMA"``,
    ``"ki67"``; else None. (Columns named after an ALK test are ``test:`` fields of
    ``patterns/table_headers.jsonl``.)"""
    h = re.sub(r"\s+", " ", BRACKETED.sub(" ", fold(header))).strip()
    if not h:
        return None
    c = lookup("markers", h)
    if c is None:
        return None
    return "ki67" if key(c.canonical) == key("Ki-67") else "marker:" + c.canonical


def is_summary_table(table: Table) -> bool:
    """A table of published cases, not e.g. an adverse-events or antibody table."""
    summary = {s.field for s in column_specs() if s.summary}
    fields = column_fields(table)
    if len({f for f in fields if f in summary}) >= MIN_SUMMARY_COLUMNS:
        return True
    # a case series' pathology table: one row per case, a column per marker or test
    per_marker = [f for f in fields if f and f.startswith(("marker:", "test:", "ki67"))]
    return "case" in fields and len(per_marker) >= MIN_SUMMARY_COLUMNS


# -- code tables -------------------------------------------------------------
@cache
def _base_codes(kind: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in legend_entries():
        if e.kind == kind and e.canonical:
            for name in (*e.abbr, *e.expansions):
                out.setdefault(key(name), e.canonical)
    return out


def _codes(kind: str, legend: dict[str, str]) -> dict[str, str]:
    """Base abbreviations, plus those a table's own legend binds to a known meaning."""
    out = dict(_base_codes(kind))
    for abbr, expansion in legend.items():
        canon = out.get(key(expansion)) or out.get(key(BRACKETED.sub("", expansion)))
        if canon and key(abbr) not in out:
            out[key(abbr)] = canon
    return out




def legend_drugs(abbr: str, legend: dict[str, str]) -> list[str]:
    """Drugs a table legend binds to a code: "Criz, crizotinib"; "AI, doxorubicin plus ifosfamide"."""
    exp = next((v for k, v in legend.items() if key(k) == key(abbr)), None)
    if exp is None:
        return []
    exp = BRACKETED.sub("", exp).strip()
    one = canonical_drug(exp)
    if one:
        return [one]
    named = regimen_drugs(exp)
    if named:
        return named
    parts = [p for p in _rx("legend_regimen_items").split(exp) if p.strip()]
    drugs = [canonical_drug(p) for p in parts]
    return [d for d in drugs if d] if drugs and all(drugs) else []


@cache
def _current_labels() -> frozenset[str]:
    return frozenset(key(a) for e in legend_entries() if e.kind == "current" for a in e.abbr)


@cache
def _rx(name: str) -> re.Pattern[str]:
    """Named pattern ``name`` of ``patterns/values.jsonl``; it may use the table legend's codes."""
    return value_pattern(name, legend_codes())


def header_unit(header: str) -> str | None:
    """The unit a header states for its column ("Follow-up (months)", "Age, y"), if any."""
    m = _rx("header_unit").search(fold(header).strip())
    return m.group(1) if m and unit_key(m.group(1)) else None


def _bare_number(text: str) -> float | None:
    t = fold(text).strip()
    return float(t) if macro("number").fullmatch(t) else None


def is_current_label(text: str) -> bool:
    return key(text) in _current_labels()


# -- cell parsers (pure) -----------------------------------------------------
def parse_treatment(text: str, legend: dict[str, str] | None = None) -> tuple[str | None, list[str]]:
    """``"SE+Che+ALKi"`` → ("SE+Che+ALKi", []); drug names count as their class and are listed."""
    if is_na(text):
        return None, []
    codes = _codes("treatment", legend or {})
    found: list[str] = []
    drugs: list[str] = []
    for part in _rx("treatment_steps").split(fold(text).strip()):
        part = part.strip()
        inner = _rx("modality_regimen").fullmatch(part)
        if inner:  # "CT (AI)": a modality with its regimen in brackets
            part = inner.group(1).strip()
            for sub in _rx("regimen_items").split(inner.group(2)):
                named = legend_drugs(sub, legend or {}) or regimen_drugs(sub) or ([canonical_drug(sub)] if canonical_drug(sub) else [])
                drugs += [d for d in named if d and d not in drugs]
        part = part.strip("()")
        if not part:
            continue
        code = codes.get(key(part)) or treatment_code(part)
        named = [] if code else legend_drugs(part, legend or {})
        drug = None if code else canonical_drug(part) or (named[0] if len(named) == 1 else None)
        if named and len(named) > 1:
            drugs += [d for d in named if d not in drugs]
            classes = {drug_class(d) for d in named}
            code = "ALKi" if "ALKi" in classes else "Che" if "Che" in classes else None
        elif drug:
            drugs.append(drug)
            cls = drug_class(drug)
            code = cls if cls in ("ALKi", "Che") else None
        elif code is None:
            code, named = _chemo_part(part)
            drugs += [d for d in named if d not in drugs]
        if code:
            found.append(code)
    return treatment_join(found), drugs


def _chemo_part(part: str) -> tuple[str | None, list[str]]:
    """"AI chemotherapy", "FOLFOX", "doxorubicin-based chemotherapy": Che, with a named
    regimen's drugs; a bare chemotherapy word is Che without drugs."""
    rest = re.sub(r"\s+", " ", _rx("chemo_words").sub(" ", part).replace("-", " ")).strip()
    if rest:
        named = regimen_drugs(rest)
        if named:
            return "Che", named
        drug = canonical_drug(rest)
        if drug and drug_class(drug) == "Che":
            return "Che", [drug]
    if rest != part.strip() and _rx("chemo_word").search(part):
        return "Che", []
    return None, []


def parse_outcome(text: str, legend: dict[str, str] | None = None) -> tuple[float | None, str | None]:
    """Follow-up months and status from ``"12 mo (DOD)"``, ``"DOD at 12 months"``, ``"alive, 8 mo"``."""
    if is_na(text):
        return None, None
    fu, status = parse_follow_up(text)
    t = re.sub(r"\s+", " ", fold(text)).strip()
    if fu is None:
        m = _rx("number_unit").search(t)
        fu = months(float(m.group(1)), m.group(2)) if m else None
    if status is None:
        codes = _codes("status", legend or {})
        words = re.findall(r"[A-Za-z]+", t)
        best = None
        for i in range(len(words)):  # longest phrase wins: "alive with no evidence of disease" over "disease"
            for j in range(len(words), i, -1):
                c = codes.get(key(" ".join(words[i:j])))
                if c and (best is None or j - i > best[0]):
                    best = (j - i, c)
                    break
        status = best[1] if best else None
    return fu, status


def split_age_sex(text: str) -> tuple[str, str]:
    """``"35/F"`` or ``"F, 35y"`` → ("35", "F") / ("35y", "F")."""
    parts = [p.strip() for p in _rx("age_sex_split").split(fold(text).strip(), maxsplit=1)]
    if len(parts) != 2:
        return text.strip(), ""
    a, b = parts
    return (b, a) if parse_sex(a) else (a, b)


def parse_reference(text: str) -> tuple[str | None, int | None]:
    """``"Mariño E, 2011 (6)"`` → ("Mariño E, 2011", 6); a current-case label → ("Current case", None)."""
    t = re.sub(r"\s+", " ", text).strip()
    if not t or is_na(t):
        return None, None
    if is_current_label(t):
        return CURRENT_REFERENCE, None
    m = _rx("reference_citation").fullmatch(t)
    if m and m.group(1):
        return m.group(1).strip().rstrip(","), int(m.group(2))
    return t, None


def parse_ihc(text: str, positive_by_default: bool = False) -> tuple[list[str], list[str]]:
    """``"ALK+, desmin+, CK−"`` → (["ALK", "desmin"], ["CK"]). Unsigned markers are positive only
    when the column says so (``positive_by_default``)."""
    pos: list[str] = []
    neg: list[str] = []
    if is_na(text):
        return pos, neg
    for item in _rx("ihc_items").split(fold(text)):
        s = item.strip()
        if not s:
            continue
        m = _rx("ihc_item").fullmatch(s)
        if m:
            name, sign = m.group(1).strip(), parse_sign(m.group(2))
        else:
            name, sign = s, (True if positive_by_default else None)
        if sign is None or not re.search(r"[A-Za-z0-9]", name):
            continue
        (pos if sign else neg).append(canonical_marker(name))
    return pos, neg


def parse_flag(text: str) -> bool | None:
    """A yes/no cell; a bracketed detail after the sign ("Yes (liver)", "+ (lung, bone)") does not hide it."""
    sign = parse_sign(text)
    if sign is None and BRACKETED.search(text):
        sign = parse_sign(BRACKETED.sub("", text))
    return sign


def parse_response(text: str, legend: dict[str, str] | None = None) -> str | None:
    """An outcome cell that is a treatment response: "PR", or a legend code whose expansion the
    narrative response rules read ("PR, partial response")."""
    from .outcome import response_mentions

    t = fold(text).strip().rstrip(".")
    if t.upper() in ("CR", "PR", "SD", "PD"):
        return t.upper()
    exp = next((v for k, v in (legend or {}).items() if key(k) == key(t)), t)
    found = response_mentions(exp)
    return found[0][0] if len(found) == 1 else None


def _test_order(t: str) -> int:
    from .alk import METHODS

    return METHODS.index(t[:-1]) if t[:-1] in METHODS else len(METHODS)


def _with_tests(row: CaseRow, tests: list[str]) -> list[str]:
    """The row's ALK tests with ``tests`` added, in method order."""
    return sorted(set((row.alk_tests or []) + tests), key=_test_order)


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
    """
    if not table.header or not is_summary_table(table):
        return []
    fields = column_fields(table)
    headers = [c.text for c in table.header]
    legend = parse_legend(table.footnotes) if table.footnotes else {}
    out: list[CaseRow] = []
    for n, cells in enumerate(table.rows, 1):
        row_text = " | ".join(c.text for c in cells)

        def ev(cell: Cell) -> Evidence | None:
            span = _ground(doc, table, cell)
            if span is None:
                return None
            page = cell.page if cell.page is not None else doc.page_at(span[0])
            return Evidence(doc.doc_id, span[0], span[1], row_text, page, "table")

        by_field: dict[str, Cell] = {}
        units: dict[str, str | None] = {}
        more: dict[str, list[Cell]] = {}  # "Operation" and "Adjuvant therapy": one treatment, two columns
        for f, cell, h in zip(fields, cells, headers):
            if f and f not in by_field and cell.text.strip():
                by_field[f] = cell
                units[f] = header_unit(h)
            elif f == "treatment" and cell.text.strip():
                more.setdefault(f, []).append(cell)
        case_cell = by_field.get("case")
        case_id = case_cell.text.strip() if case_cell and _rx("case_number").fullmatch(case_cell.text.strip()) else str(n)
        row = CaseRow(doc_id=doc.doc_id, case_id=case_id, source="table")

        def put(name: str, value: object, cell: Cell, row: CaseRow = row) -> None:
            if value is None or value == []:
                return
            e = ev(cell)
            if e is not None:  # a value we cannot point at is not reported
                row.set(name, value, e)

        if any(is_current_label(c.text) for c in cells):
            label = next(c for c in cells if is_current_label(c.text))
            put("reference", CURRENT_REFERENCE, label)
        elif "reference" in by_field:
            ref, cit = parse_reference(by_field["reference"].text)
            put("reference", ref, by_field["reference"])
            if row.reference is not None:
                row.citation = cit
        for f, cell in by_field.items():
            col = column(f)
            if col is None:
                continue
            header = next((hh for ff, hh in zip(fields, headers) if ff == f), "")
            col.read(CellContext(row, cell, f, header, units.get(f), legend, put, ev, more.get(f, [])))
        out.append(row)
    return out


# -- cell readers, one per column kind (header synonyms and grammars: patterns/table_headers.jsonl) --
def _read_age(c: CellContext) -> None:
    text = c.cell.text
    bare = _bare_number(text)
    age = to_years(bare, c.unit) if bare is not None and c.unit else parse_age(text)
    c.put("age_years", age, c.cell)
    if age is not None:
        c.put("age_text", re.sub(r"\s+", " ", text).strip(), c.cell)


def _read_age_sex(c: CellContext) -> None:
    age_part, sex_part = split_age_sex(c.cell.text)
    age = parse_age(age_part)
    c.put("age_years", age, c.cell)
    if age is not None:
        c.put("age_text", age_part, c.cell)
    c.put("sex", parse_sex(sex_part), c.cell)


def _read_sex(c: CellContext) -> None:
    c.put("sex", parse_sex(c.cell.text), c.cell)


def _read_site(c: CellContext) -> None:
    text = c.cell.text
    c.put("site", None if is_na(text) or parse_sign(text) is False else canonical_site(text), c.cell)
    if c.row.site is not None:
        c.put("site_code", site_code(text), c.cell)


def _read_treatment(c: CellContext) -> None:
    codes: set[str] = set()
    drugs: list[str] = []
    used: list[Cell] = []
    for cell in [c.cell, *c.more]:
        code, named = parse_treatment(cell.text, c.legend)
        if code or named:
            used.append(cell)
        codes |= treatment_split(code)
        drugs += [d for d in named if d not in drugs]
    evs = [e for e in (c.evidence(cell) for cell in used) if e is not None]
    if codes and evs:
        c.row.set("treatment", treatment_join(codes), *evs)
    if drugs and evs:
        c.row.set("drugs", drugs, *evs)


def _read_flag(c: CellContext) -> None:
    c.put(c.column, parse_flag(c.cell.text), c.cell)


def _read_outcome(c: CellContext) -> None:
    text = c.cell.text
    fu, status = parse_outcome(text, c.legend)
    bare, unit = _bare_number(text), c.unit
    if fu is None and bare is not None and unit:
        fu = months(bare, unit)
    if fu is None and unit:  # "DOD (7)" under "Outcome (FU, mo)": the one number is the follow-up
        nums = _rx("lone_number").findall(fold(text))
        fu = months(float(nums[0]), unit) if len(nums) == 1 else None
    if c.row.follow_up_months is None:
        c.put("follow_up_months", fu, c.cell)
    if c.row.status is None:
        c.put("status", status, c.cell)
    if status is None and c.row.response is None:
        c.put("response", parse_response(text, c.legend), c.cell)


def _read_ihc(c: CellContext) -> None:
    pos, neg = parse_ihc(c.cell.text, positive_by_default="positive" in c.header.lower() or "+" in c.header)
    c.put("ihc_positive", pos or None, c.cell)
    c.put("ihc_negative", neg or None, c.cell)


def _read_marker(c: CellContext) -> None:
    sign = _marker_sign(c.cell.text)
    canon = c.column.split(":", 1)[1]
    if sign is not None:
        name = "ihc_positive" if sign else "ihc_negative"
        c.put(name, (getattr(c.row, name) or []) + [canon], c.cell)
        if canon == "ALK":
            c.put("alk_tests", _with_tests(c.row, ["IHC+" if sign else "IHC-"]), c.cell)


def _read_ki67(c: CellContext) -> None:
    nums = [float(x) for x in macro("number").findall(fold(c.cell.text))]
    if nums:
        c.put("ki67_percent", max(nums), c.cell)
        if max(nums) > 0:
            c.put("ihc_positive", (c.row.ihc_positive or []) + ["Ki-67"], c.cell)


def _read_alk_fusion(c: CellContext) -> None:
    text = c.cell.text
    c.put("alk_fusion_partner", parse_fusion_partner(text), c.cell)
    c.put("kinase_fusions", _fusions(text, c.row.alk_fusion_partner), c.cell)
    methods = fusion_methods(text) if c.row.alk_fusion_partner is not None else rearrangement_methods(text)
    if methods:
        c.put("alk_tests", _with_tests(c.row, [f"{m}+" for m in methods]), c.cell)


def _read_test(c: CellContext) -> None:
    method = c.column.split(":", 1)[1]
    partner = parse_fusion_partner(c.cell.text)
    sign = True if partner else _marker_sign(c.cell.text)
    if partner:
        c.put("alk_fusion_partner", partner, c.cell)
        c.put("kinase_fusions", _fusions(c.cell.text, partner), c.cell)
    if sign is not None:
        c.put("alk_tests", _with_tests(c.row, [f"{method}{'+' if sign else '-'}"]), c.cell)


def _read_alk_test(c: CellContext) -> None:
    tests = parse_alk_tests(c.cell.text)
    if tests:
        c.put("alk_tests", _with_tests(c.row, tests), c.cell)


def _read_alk_ihc(c: CellContext) -> None:
    sign = alk_ihc_sign(c.cell.text)
    if sign is not None:
        c.put("ihc_positive" if sign else "ihc_negative", ["ALK"], c.cell)
        c.put("alk_tests", _with_tests(c.row, ["IHC+" if sign else "IHC-"]), c.cell)


register_columns(
    TableColumn("age", ("age_years", "age_text"), _read_age),
    TableColumn("age_sex", ("age_years", "age_text", "sex"), _read_age_sex),
    TableColumn("sex", ("sex",), _read_sex),
    TableColumn("site", ("site", "site_code"), _read_site),
    TableColumn("treatment", ("treatment", "drugs"), _read_treatment),
    TableColumn("recurrence", ("recurrence",), _read_flag),
    TableColumn("metastasis", ("metastasis",), _read_flag),
    TableColumn("follow_up", ("follow_up_months", "status", "response"), _read_outcome),
    TableColumn("outcome", ("follow_up_months", "status", "response"), _read_outcome),
    TableColumn("ihc", ("ihc_positive", "ihc_negative"), _read_ihc),
    TableColumn("marker:", ("ihc_positive", "ihc_negative", "alk_tests"), _read_marker),
    TableColumn("ki67", ("ki67_percent", "ihc_positive"), _read_ki67),
    TableColumn("alk_fusion", ("alk_fusion_partner", "kinase_fusions", "alk_tests"), _read_alk_fusion),
    TableColumn("test:", ("alk_fusion_partner", "kinase_fusions", "alk_tests"), _read_test),
    TableColumn("alk_test", ("alk_tests",), _read_alk_test),
    TableColumn("alk_ihc", ("ihc_positive", "ihc_negative", "alk_tests"), _read_alk_ihc),
)
