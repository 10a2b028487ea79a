"""Field-level scoring of predicted case rows against a gold standard.

Rows are aligned first by what identifies a literature-table row (reference
surname + year and case number), then by optimal assignment on how many
fields agree, so a prediction that lost its case number is still compared with
the patient it describes. Each field then gets MUC counts: COR, INC, MIS (gold
value, no prediction), SPU (prediction, gold null). Comparisons go through the
same normalisers as extraction, so "S100" = "S-100" and "7mo" = 0.58 y.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..fields import demographics, reference
from ..fields.registry import FieldSpec, parse_bool, spec, text_key
from ..normalize import is_na
from ..records import BOOL_FIELDS, FLOAT_FIELDS, LIST_FIELDS, VALUE_FIELDS, CaseRow

COUNTS: tuple[str, ...] = ("COR", "INC", "MIS", "SPU", "NUL")
#: Columns of ``gold/table2.csv`` mapped to CaseRow fields.
GOLD_CSV_COLUMNS: dict[str, str] = {"case": "case_id"}


class Rows(list[CaseRow]):
    """Rows read from a file, remembering which value fields the file has as columns."""

    columns: tuple[str, ...] = ()


# -- loading ------------------------------------------------------------------
def load_rows(path: str | Path) -> Rows:
    """Rows from ``.jsonl``/``.json`` (CaseRow dicts or document results with ``rows``),
    ``.csv`` (gold Table 2 format or the flat CaseRow CSV) or ``.parquet``."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".jsonl":
        objs = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
        return _from_dicts(_expand(objs))
    if suffix == ".json":
        data = json.loads(p.read_text(encoding="utf-8"))
        return _from_dicts(_expand(data if isinstance(data, list) else [data]))
    if suffix == ".csv":
        with p.open(encoding="utf-8-sig", newline="") as fh:
            records = list(csv.DictReader(fh))
        return _from_dicts([_parse_flat(r) for r in records])
    if suffix == ".parquet":
        import pandas as pd

        frame = pd.read_parquet(p)
        records = [{k: _cell(v) for k, v in r.items()} for r in frame.to_dict(orient="records")]
        return _from_dicts([_parse_flat(r) for r in records])
    raise ValueError(f"unsupported row file {suffix or '(none)'!r}: use .jsonl, .json, .csv or .parquet")


def _cell(v: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return str(v)


def _expand(objs: list[Any]) -> list[dict[str, Any]]:
    """Document results (``{"rows": [...]}``) contribute their rows."""
    out: list[dict[str, Any]] = []
    for o in objs:
        if not isinstance(o, dict):
            raise ValueError(f"expected a JSON object per row, got {type(o).__name__}")
        if "rows" in o and "case_id" not in o:
            out.extend(o["rows"] or [])
        else:
            out.append(o)
    return out


def _from_dicts(dicts: list[dict[str, Any]]) -> Rows:
    rows = Rows()
    cols: set[str] = set()
    for i, d in enumerate(dicts, 1):
        d = dict(d)
        d.setdefault("doc_id", "")  # a gold file without doc ids applies to whichever document it is given
        d.setdefault("case_id", str(i))
        d["case_id"] = str(d["case_id"])
        cols.update(k for k in d if k in VALUE_FIELDS)
        rows.append(CaseRow.from_dict(d))
    rows.columns = tuple(f for f in VALUE_FIELDS if f in cols)
    return rows


def _parse_flat(rec: dict[str, str]) -> dict[str, Any]:
    """One CSV record (strings) as a CaseRow dict; empty and NA cells are None."""
    out: dict[str, Any] = {}
    for col, raw in rec.items():
        if col is None:
            continue
        name = GOLD_CSV_COLUMNS.get(col.strip(), col.strip())
        s = (raw or "").strip()
        if name in ("doc_id", "case_id", "source", "paper", "copy_of"):
            if s:
                out[name] = s
            continue
        if name not in VALUE_FIELDS and name != "citation":
            continue
        if is_na(s) or s.lower() == "nan":
            out[name] = None
        elif name in BOOL_FIELDS:
            out[name] = parse_bool(s)
        elif name in FLOAT_FIELDS:
            out[name] = float(s)
        elif name == "citation":
            out[name] = int(float(s))
        elif name in LIST_FIELDS:
            out[name] = [x.strip() for x in s.split(";") if x.strip()]
        else:
            out[name] = s
    if "source" not in out and "case_id" in out and "doc_id" not in out:
        out["source"] = "table"
    return out


# -- normalised comparison -----------------------------------------------------
# Each field's comparison form and tolerance are declared by its family module
# (``fields/registry.py``); these names stay importable from here.
age_text_years = demographics.age_text_years
reference_key = reference.reference_key
reference_id = reference.reference_id


def normalise(name: str, value: Any) -> Any:
    """The comparison form of ``value`` for field ``name`` (None for empty/NA)."""
    try:
        compare = spec(name).compare
    except KeyError:
        compare = text_key
    return compare(value)


def same(name: str, a: Any, b: Any) -> bool:
    """Equality of two normalised values, numeric fields within their spec's tolerance."""
    try:
        s: FieldSpec | None = spec(name)
    except KeyError:
        s = None
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= (s.tolerance if s else 1e-9) + 1e-9
    if s is not None and s.same is not None:
        return s.same(a, b)
    return a == b


def _prf(cor: int, inc: int, mis: int, spu: int) -> tuple[float, float, float]:
    p = cor / (cor + inc + spu) if cor + inc + spu else 0.0
    r = cor / (cor + inc + mis) if cor + inc + mis else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class FieldScore:
    COR: int = 0
    INC: int = 0
    MIS: int = 0
    SPU: int = 0
    NUL: int = 0  # both null

    @property
    def precision(self) -> float:
        return _prf(self.COR, self.INC, self.MIS, self.SPU)[0]

    @property
    def recall(self) -> float:
        return _prf(self.COR, self.INC, self.MIS, self.SPU)[1]

    @property
    def f1(self) -> float:
        return _prf(self.COR, self.INC, self.MIS, self.SPU)[2]

    def add(self, other: FieldScore) -> None:
        for c in COUNTS:
            setattr(self, c, getattr(self, c) + getattr(other, c))

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "cor": self.COR,
            "inc": self.INC,
            "mis": self.MIS,
            "spu": self.SPU,
            "both_null": self.NUL,
        }
        d.update(precision=round(self.precision, 4), recall=round(self.recall, 4), f1=round(self.f1, 4))
        return d


@dataclass
class ElementScore:
    """Set-element micro counts for a list field (partial credit the set-level score hides)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Mismatch:
    case: str
    field: str
    kind: str  # INC, MIS or SPU
    gold: Any
    predicted: Any
    evidence: str | None = None
    #: the document the row comes from (the prediction's, else the gold row's): a case number alone
    #: is ambiguous across a corpus
    doc_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "case": self.case,
            "field": self.field,
            "kind": self.kind,
            "gold": self.gold,
            "pred": self.predicted,
            "predicted": self.predicted,  # older name, kept for readers of earlier reports
            "evidence": self.evidence,
        }


@dataclass
class ScoreReport:
    fields: tuple[str, ...]
    per_field: dict[str, FieldScore]
    elements: dict[str, ElementScore]
    n_gold: int
    n_pred: int
    #: (gold case_id, pred case_id) of aligned rows, in gold order.
    pairs: list[tuple[str, str]]
    exact_rows: int
    mismatches: list[Mismatch] = field(default_factory=list)
    #: whether unaligned published-case rows were left out (``score(..., own_patients=True)``)
    own_patients: bool = False
    #: unaligned predicted rows of published cases left out of the counts (own-patients scoring only)
    published_left_out: int = 0

    @property
    def micro(self) -> FieldScore:
        total = FieldScore()
        for s in self.per_field.values():
            total.add(s)
        return total

    @property
    def matched(self) -> int:
        return len(self.pairs)

    @property
    def row_accuracy(self) -> float:
        """Rows whose every scored field is right, over matched gold rows."""
        return self.exact_rows / self.matched if self.matched else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "fields": {k: v.to_dict() for k, v in self.per_field.items()},
            "micro": self.micro.to_dict(),
            "list_elements": {k: v.to_dict() for k, v in self.elements.items()},
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "n_matched": self.matched,
            "matched": self.matched,
            "unmatched_gold": self.n_gold - self.matched,
            "unmatched_pred": self.n_pred - self.matched,
            "exact_rows": self.exact_rows,
            "own_patients": self.own_patients,
            "published_left_out": self.published_left_out,
            "row_exact_accuracy": round(self.row_accuracy, 4),
            "pairs": [list(p) for p in self.pairs],
            "mismatches": [m.to_dict() for m in self.mismatches],
        }


# -- alignment -----------------------------------------------------------------
def case_number(case_id: str | None) -> int | None:
    """``"12"``, ``"case-12"``, ``"T2-12"`` → 12 (the last number in the id)."""
    if not case_id:
        return None
    nums = re.findall(r"\d+", str(case_id))
    return int(nums[-1]) if nums else None


def _normalised(rows: Sequence[CaseRow], names: Sequence[str]) -> list[dict[str, Any]]:
    return [{n: normalise(n, getattr(r, n)) for n in names} for r in rows]


def _agreement(g: CaseRow, p: CaseRow, gv: dict[str, Any], pv: dict[str, Any], g_doc: str) -> float:
    """+1 per agreeing field, -0.25 per disagreeing one, +0.5 for the same case number;
    a gold row whose document ``g_doc`` is among the predictions never pairs with another document's row."""
    if g_doc and p.doc_id != g_doc:
        return -1.0
    score = 0.0
    for n, a in gv.items():
        b = pv[n]
        if a is not None and b is not None:
            score += 1.0 if same(n, a, b) else -0.25
    gn, pn = case_number(g.case_id), case_number(p.case_id)
    if gn is not None and gn == pn:
        score += 0.5
    return score


def align(pred: Sequence[CaseRow], gold: Sequence[CaseRow], names: Sequence[str]) -> list[tuple[int, int]]:
    """(gold index, pred index) pairs: exact reference+case-number matches, then an
    optimal assignment of the rest on field agreement (pairs that agree on nothing stay apart).

    Doc ids only separate rows when the gold row's document is among the predictions: the same
    paper read from another file (another doc id) still pairs with its gold."""
    pred_docs = {p.doc_id for p in pred}
    g_docs = [g.doc_id if g.doc_id in pred_docs else "" for g in gold]
    pairs: list[tuple[int, int]] = []
    by_key: dict[tuple[str, str, int], int] = {}
    for j, p in enumerate(pred):
        rk, cn = reference_key(p.reference), case_number(p.case_id)
        if rk is not None and cn is not None:
            by_key.setdefault((p.doc_id, rk, cn), j)
            by_key.setdefault(("", rk, cn), j)
    used_p: set[int] = set()
    for i, g in enumerate(gold):
        rk, cn = reference_key(g.reference), case_number(g.case_id)
        j = by_key.get((g_docs[i], rk, cn)) if rk is not None and cn is not None else None
        if j is not None and j not in used_p:
            pairs.append((i, j))
            used_p.add(j)
    done_g = {a for a, _ in pairs}
    rest_g = [i for i in range(len(gold)) if i not in done_g]
    rest_p = [j for j in range(len(pred)) if j not in used_p]
    if rest_g and rest_p:
        import numpy as np
        from scipy.optimize import linear_sum_assignment

        gv = _normalised([gold[i] for i in rest_g], names)
        pv = _normalised([pred[j] for j in rest_p], names)
        sim = np.array(
            [
                [_agreement(gold[i], pred[j], gv[a], pv[b], g_docs[i]) for b, j in enumerate(rest_p)]
                for a, i in enumerate(rest_g)
            ]
        )
        gi, pj = linear_sum_assignment(sim, maximize=True)
        pairs.extend((rest_g[a], rest_p[b]) for a, b in zip(gi, pj) if sim[a, b] > 0)
    return sorted(pairs)


# -- scoring -------------------------------------------------------------------
def only_document(pred: Sequence[CaseRow], gold: Sequence[CaseRow], doc_id: str) -> tuple[Rows, Rows]:
    """The rows of one document: its predictions, and the gold rows naming it or naming no
    document (a gold file without doc ids applies to whichever document it is given).
    The files' columns are kept: they decide which fields are scored."""

    def keep(rows: Sequence[CaseRow], ok: Callable[[CaseRow], bool]) -> Rows:
        out = Rows(r for r in rows if ok(r))
        out.columns = tuple(getattr(rows, "columns", ()))
        return out

    return keep(pred, lambda p: p.doc_id == doc_id), keep(gold, lambda g: g.doc_id in (doc_id, ""))


def _display(v: Any) -> Any:
    if isinstance(v, list):
        return "; ".join(str(x) for x in v)
    return v


def _evidence(p: CaseRow | None, name: str) -> str | None:
    if p is None:
        return None
    evs = p.evidence.get(name) or []
    return evs[0].sentence if evs else None


def _scored_fields(gold: Sequence[CaseRow], fields: Sequence[str] | None) -> tuple[str, ...]:
    if fields is not None:
        unknown = [f for f in fields if f not in VALUE_FIELDS]
        if unknown:
            raise ValueError(f"unknown field(s): {', '.join(unknown)}")
        return tuple(fields)
    cols = getattr(gold, "columns", None)
    if cols:
        return tuple(cols)
    return tuple(f for f in VALUE_FIELDS if any(getattr(g, f) is not None for g in gold))


def is_published_case(row: CaseRow) -> bool:
    """A literature-table row of a case published elsewhere: a table row (not merged with the narrative)
    that cites a reference or a citation number other than the document's own case, or whose table's
    caption says its rows are published cases (``row.published``). "Present case" and "27 (present)"
    rows carry the current-case reference and are never published cases."""
    if row.source != "table":
        return False
    if row.reference is not None and reference_key(row.reference) == "currentcase":
        return False
    return (row.reference is not None and bool(row.reference.strip())) or row.citation is not None or row.published


def score(
    pred: list[CaseRow],
    gold: list[CaseRow],
    fields: Sequence[str] | None = None,
    own_patients: bool = False,
) -> ScoreReport:
    """MUC field counts of ``pred`` against ``gold``; only the gold's own columns unless ``fields``.

    ``own_patients``: the gold annotates only the report's own patients (``report_facts`` sets), so a
    predicted published-case row (:func:`is_published_case`) that aligns with no gold row is left out of
    the counts and only counted (``published_left_out``); an aligned one is scored as usual. Alignment is
    the same either way, so recall and the stated facts never change."""
    names = _scored_fields(gold, fields)
    per_field = {n: FieldScore() for n in names}
    elements = {n: ElementScore() for n in names if n in LIST_FIELDS}
    mismatches: list[Mismatch] = []
    pairs = align(pred, gold, names)
    matched_g = {i: j for i, j in pairs}
    matched_p = set(matched_g.values())
    exact = 0

    def count(n: str, g: CaseRow | None, p: CaseRow | None, case: str) -> str:
        doc = (p.doc_id if p is not None else "") or (g.doc_id if g is not None else "")
        gv = getattr(g, n) if g is not None else None
        pv = getattr(p, n) if p is not None else None
        a, b = normalise(n, gv), normalise(n, pv)
        if n in elements:
            ga, pb = a or frozenset(), b or frozenset()
            e = elements[n]
            e.tp += len(ga & pb)
            e.fp += len(pb - ga)
            e.fn += len(ga - pb)
        if a is None and b is None:
            kind = "NUL"
        elif b is None:
            kind = "MIS"
        elif a is None:
            kind = "SPU"
        else:
            kind = "COR" if same(n, a, b) else "INC"
        setattr(per_field[n], kind, getattr(per_field[n], kind) + 1)
        if kind in ("INC", "MIS", "SPU"):
            mismatches.append(Mismatch(case, n, kind, _display(gv), _display(pv), _evidence(p, n), doc))
        return kind

    for i, g in enumerate(gold):
        p = pred[matched_g[i]] if i in matched_g else None
        kinds = [count(n, g, p, g.case_id) for n in names]
        if p is not None and all(k in ("COR", "NUL") for k in kinds):
            exact += 1
    left_out = 0
    for j, p in enumerate(pred):
        if j not in matched_p:
            if own_patients and is_published_case(p):
                left_out += 1
                continue
            for n in names:
                count(n, None, p, f"pred:{p.case_id}")
    return ScoreReport(
        fields=names,
        per_field=per_field,
        elements=elements,
        n_gold=len(gold),
        n_pred=len(pred),
        pairs=[(gold[i].case_id, pred[j].case_id) for i, j in pairs],
        exact_rows=exact,
        mismatches=mismatches,
        own_patients=own_patients,
        published_left_out=left_out,
    )


def _clip(v: Any, width: int = 40) -> str:
    s = "—" if v is None else str(v)
    s = re.sub(r"\s+", " ", s)
    return s if len(s) <= width else s[: width - 1] + "…"


def format_report(report: ScoreReport, max_mismatches: int | None = None) -> str:
    """Per-field table, micro averages, row accuracy, then the mismatches."""
    w = max([len("field"), len("micro"), *(len(n) for n in report.fields)])
    head = f"{'field':<{w}}  {'COR':>4} {'INC':>4} {'MIS':>4} {'SPU':>4}  {'P':>6} {'R':>6} {'F1':>6}"
    lines = [head, "-" * len(head)]

    def line(name: str, s: FieldScore) -> str:
        return (
            f"{name:<{w}}  {s.COR:>4} {s.INC:>4} {s.MIS:>4} {s.SPU:>4}  "
            f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
        )

    lines += [line(n, s) for n, s in report.per_field.items()]
    lines += ["-" * len(head), line("micro", report.micro), ""]
    for n, e in report.elements.items():
        lines.append(
            f"{n} elements: tp={e.tp} fp={e.fp} fn={e.fn}  "
            f"P={e.precision:.3f} R={e.recall:.3f} F1={e.f1:.3f}"
        )
    lines.append(
        f"rows: gold={report.n_gold} pred={report.n_pred} matched={report.matched} "
        f"exact={report.exact_rows} row accuracy={report.row_accuracy:.3f}"
    )
    if report.own_patients:
        lines.append(f"published-case rows left out: {report.published_left_out} (own patients scored only)")
    mm = report.mismatches
    shown = mm if max_mismatches is None else mm[:max_mismatches]
    lines.append(f"mismatches: {len(mm)}" + (f" (first {len(shown)})" if len(shown) < len(mm) else ""))
    dw = max([1, *(len(m.doc_id) for m in shown)])
    for m in shown:
        ev = f"  | {_clip(m.evidence, 80)}" if m.evidence else ""
        lines.append(
            f"  {m.doc_id or '-':<{dw}}  case {m.case:<6} {m.field:<{w}} {m.kind}  "
            f"gold={_clip(m.gold)}  pred={_clip(m.predicted)}{ev}"
        )
    return "\n".join(lines)
