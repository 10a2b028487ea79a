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
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .normalize import (
    canonical_drug,
    canonical_fusion,
    canonical_gene,
    canonical_marker,
    canonical_site,
    fold,
    is_na,
    key,
    normalise_site_code,
    parse_age,
    parse_sex,
    parse_status,
    treatment_split,
    unit_key,
    words_to_number,
)
from .records import BOOL_FIELDS, FLOAT_FIELDS, LIST_FIELDS, VALUE_FIELDS, CaseRow

COUNTS: tuple[str, ...] = ("COR", "INC", "MIS", "SPU", "NUL")
#: Numeric tolerances: ages within 0.05 y, durations and percentages within 0.5.
TOLERANCE: dict[str, float] = {"age_years": 0.05, "age_text": 0.05, "follow_up_months": 0.5, "ki67_percent": 0.5}
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
        if name in ("doc_id", "case_id", "source"):
            if s:
                out[name] = s
            continue
        if name not in VALUE_FIELDS and name != "citation":
            continue
        if is_na(s) or s.lower() == "nan":
            out[name] = None
        elif name in BOOL_FIELDS:
            out[name] = _parse_bool(s)
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


def _parse_bool(s: str) -> bool | None:
    t = fold(s).strip().lower()
    if t in ("true", "1", "+", "yes"):
        return True
    if t in ("false", "0", "-", "no"):
        return False
    return None


# -- normalised comparison -----------------------------------------------------
_AGE_PHRASE = re.compile(
    r"(\d+(?:\.\d+)?|[a-z]+(?:[\s-][a-z]+)?)[\s-]*(years?|yrs?|y|months?|mos?|weeks?|wks?|days?|d)\b", re.I
)


def age_text_years(text: str | None) -> float | None:
    """Years from a printed age: ``59y``, ``7mo``, ``43-year-old``, ``seven months`` (None if unreadable)."""
    if text is None:
        return None
    y = parse_age(text)
    if y is not None:
        return y
    m = _AGE_PHRASE.search(fold(text))
    if not m:
        return None
    n = words_to_number(m.group(1))
    u = unit_key(m.group(2))
    if n is None or u is None:
        return None
    factor = {"y": 1.0, "m": 1 / 12, "w": 7 / 365.25, "d": 1 / 365.25}[u]
    return round(n * factor, 2)


def reference_key(ref: str | None) -> str | None:
    """``"Mariño E, 2011"`` → ``"marino2011"``: first surname word + first year, accents dropped."""
    if ref is None or not ref.strip():
        return None
    t = unicodedata.normalize("NFKD", fold(ref)).encode("ascii", "ignore").decode().lower()
    word = re.search(r"[a-z]+", t)
    year = re.search(r"\b(1[89]|20)\d\d\b", t)
    if not word:
        return None
    if re.match(r"(current|present|our|this)\b.*\b(case|patient|report)\b", t.strip()):
        return "currentcase"  # the document's own patient, however the table names it
    return word.group(0) + (year.group(0) if year else "")


_INITIALS = re.compile(r"^\s*[^\W\d_]+[\s,]+([A-Z]{1,3})\b")


def reference_id(ref: str | None) -> tuple[str, str | None] | None:
    """(surname+year key, first-author initials if printed): ``"Xu X, 2019"`` ≠ ``"Xu P, 2019"``,
    while ``"Xu et al., 2019"`` matches either."""
    k = reference_key(ref)
    if k is None:
        return None
    m = _INITIALS.match(fold(ref or ""))
    return k, (m.group(1) if m else None)


def _alk_test(s: str) -> str:
    t = fold(s).replace(" ", "")
    m = re.fullmatch(r"([A-Za-z\-]+?)(\+|-|positive|negative)", t, re.I)
    if not m:
        return key(t).upper()
    sign = "+" if m.group(2) in ("+",) or m.group(2).lower() == "positive" else "-"
    return m.group(1).upper().rstrip("-") + sign


def _list_norm(fn: Callable[[str], str]) -> Callable[[Any], frozenset[str] | None]:
    def norm(v: Any) -> frozenset[str] | None:
        if v is None:
            return None
        items = v.split(";") if isinstance(v, str) else list(v)
        out = frozenset(fn(str(x).strip()) for x in items if str(x).strip())
        return out or None

    return norm


def _float(v: Any) -> float | None:
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _text_key(v: Any) -> str | None:
    return None if v is None or is_na(str(v)) else key(str(v))


def _drug(name: str) -> str:
    return (canonical_drug(name) or fold(name).strip()).lower()


def _gene(v: Any) -> str | None:
    if v is None or is_na(str(v)):
        return None
    return canonical_gene(str(v)) or key(str(v)).upper()


def _bool(v: Any) -> bool | None:
    if v is None or isinstance(v, bool):
        return v
    return _parse_bool(str(v))


def _treatment(v: Any) -> frozenset[str] | None:
    return treatment_split(v) or None if v is not None else None


def _age_text(v: Any) -> float | str | None:
    if v is None or is_na(str(v)):
        return None
    y = age_text_years(str(v))
    return y if y is not None else key(str(v))


NORMALISERS: dict[str, Callable[[Any], Any]] = {
    "age_years": _float,
    "age_text": _age_text,
    "sex": lambda v: None if v is None else parse_sex(str(v)) or _text_key(v),
    "site": lambda v: None if v is None else canonical_site(str(v)),
    "site_code": lambda v: None if v is None else normalise_site_code(str(v)) or _text_key(v),
    "treatment": _treatment,
    "drugs": _list_norm(_drug),
    "recurrence": _bool,
    "metastasis": _bool,
    "follow_up_months": _float,
    "status": lambda v: None if v is None else parse_status(str(v)) or _text_key(v),
    "response": lambda v: None if v is None else (str(v).strip().upper() or None),
    "ihc_positive": _list_norm(canonical_marker),
    "ihc_negative": _list_norm(canonical_marker),
    "ki67_percent": _float,
    "alk_fusion_partner": _gene,
    "kinase_fusions": _list_norm(lambda s: canonical_fusion(s) or key(s).upper()),
    "alk_tests": _list_norm(_alk_test),
    "reference": reference_id,
}


def normalise(name: str, value: Any) -> Any:
    """The comparison form of ``value`` for field ``name`` (None for empty/NA)."""
    return NORMALISERS.get(name, _text_key)(value)


def same(name: str, a: Any, b: Any) -> bool:
    """Equality of two normalised values, numeric fields within :data:`TOLERANCE`."""
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= TOLERANCE.get(name, 1e-9) + 1e-9
    if name == "reference" and isinstance(a, tuple) and isinstance(b, tuple):
        return a[0] == b[0] and (a[1] is None or b[1] is None or a[1][0] == b[1][0])
    return a == b


# -- report --------------------------------------------------------------------
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


def score(pred: list[CaseRow], gold: list[CaseRow], fields: Sequence[str] | None = None) -> ScoreReport:
    """MUC field counts of ``pred`` against ``gold``; only the gold's own columns unless ``fields``."""
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
    for j, p in enumerate(pred):
        if j not in matched_p:
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
