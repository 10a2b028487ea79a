"""Cohort figures over case rows, with the definitions a review's Discussion uses.

Definitions (explicit, because papers count loosely):

- surgery: ``SE`` among the treatment codes;
- adjuvant therapy: surgery plus at least one of ``Che``, ``RT``, ``ALKi``
  (``ST``, supportive therapy, is not adjuvant);
- ALKi-treated: ``ALKi`` among the treatment codes, with or without surgery;
- recurrence / metastasis: rows marked positive; ``with_outcome`` counts rows
  where either is known (the denominator a paper calls "cases with prognostic
  information");
- deaths among ALKi-treated: ALKi-treated rows with status ``DOD``;
- median age: over rows with a stated age (the middle of a skewed range says more than its ends);
- site and treatment counts: the site as stated (lower-cased), each treatment code once per row;
- each paper once: rows of a copy of a paper whose best copy is among the rows too (``copy_of`` set: a PubMed
  page beside the full text, a PDF beside the XML) are left out of every count, and the summary says how many.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ..normalize import treatment_split
from ..records import TREATMENT_ORDER, CaseRow

ADJUVANT_CODES: frozenset[str] = frozenset({"Che", "RT", "ALKi"})


@dataclass
class AgeBound:
    years: float
    age_text: str | None
    case_id: str


@dataclass
class CohortSummary:
    n: int
    sex: dict[str, int] = field(default_factory=dict)
    age_min: AgeBound | None = None
    age_max: AgeBound | None = None
    surgery: int = 0
    adjuvant: int = 0
    alki: int = 0
    recurrence: int = 0
    metastasis: int = 0
    with_outcome: int = 0
    status: dict[str, int] = field(default_factory=dict)
    alki_deaths: int = 0
    age_median: float | None = None
    aged: int = 0
    site: dict[str, int] = field(default_factory=dict)
    treatment: dict[str, int] = field(default_factory=dict)
    #: rows left out because they are another copy's rows of a paper counted once (``copy_of`` set)
    copies_left_out: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def counted_rows(rows: Sequence[CaseRow]) -> list[CaseRow]:
    """The rows a cohort count counts: each paper once, so rows of a copy of a paper (``copy_of`` set) are left out."""
    return [r for r in rows if not r.copy_of]


def summarize(rows: Sequence[CaseRow]) -> CohortSummary:
    """Counts over ``rows`` (each paper once: :func:`counted_rows`); unknown values count under ``unknown``, never
    as a category."""
    kept = counted_rows(rows)
    s = CohortSummary(n=len(kept), copies_left_out=len(rows) - len(kept))
    rows = kept
    s.sex = {"male": 0, "female": 0, "unknown": 0}
    s.status = {"DOD": 0, "AWD": 0, "ANED": 0, "unknown": 0}
    aged = [r for r in rows if r.age_years is not None]
    if aged:
        lo = min(aged, key=lambda r: r.age_years or 0.0)
        hi = max(aged, key=lambda r: r.age_years or 0.0)
        s.age_min = AgeBound(float(lo.age_years or 0.0), lo.age_text, lo.case_id)
        s.age_max = AgeBound(float(hi.age_years or 0.0), hi.age_text, hi.case_id)
        s.age_median = round(float(statistics.median(float(r.age_years or 0.0) for r in aged)), 2)
        s.aged = len(aged)
    s.treatment = {c: 0 for c in TREATMENT_ORDER} | {"unknown": 0}
    for r in rows:
        s.sex[r.sex if r.sex in ("male", "female") else "unknown"] += 1
        s.status[r.status if r.status in ("DOD", "AWD", "ANED") else "unknown"] += 1
        site = (r.site or "").strip().lower() or "unknown"
        s.site[site] = s.site.get(site, 0) + 1
        codes = treatment_split(r.treatment)
        for c in codes:
            s.treatment[c] = s.treatment.get(c, 0) + 1
        s.treatment["unknown"] += not codes
        if "SE" in codes:
            s.surgery += 1
            if codes & ADJUVANT_CODES:
                s.adjuvant += 1
        if "ALKi" in codes:
            s.alki += 1
            if r.status == "DOD":
                s.alki_deaths += 1
        s.recurrence += r.recurrence is True
        s.metastasis += r.metastasis is True
        s.with_outcome += r.recurrence is not None or r.metastasis is not None
    s.site = dict(sorted(s.site.items(), key=lambda kv: (kv[0] == "unknown", -kv[1], kv[0])))
    return s


def _age(b: AgeBound | None) -> str:
    if b is None:
        return "NA"
    return f"{b.age_text or f'{b.years:g}y'} (case {b.case_id})"


def format_summary(s: CohortSummary) -> str:
    """The summary as the short lines a Discussion would quote."""
    n = s.n

    def frac(k: int, d: int | None = None) -> str:
        return f"{k}/{n if d is None else d}"

    lines = [
        f"cases: {n}",
        f"sex: male {frac(s.sex['male'])}, female {frac(s.sex['female'])}, unknown {s.sex['unknown']}",
        f"age: {_age(s.age_min)} to {_age(s.age_max)}; median "
        + (f"{s.age_median:g} years (of {s.aged} with an age)" if s.age_median is not None else "NA"),
        f"surgery (SE): {frac(s.surgery)}",
        f"adjuvant after surgery (SE + Che/RT/ALKi): {frac(s.adjuvant)}",
        f"ALK inhibitor: {frac(s.alki)}",
        f"recurrence: {frac(s.recurrence, s.with_outcome)} of cases with outcome",
        f"metastasis: {frac(s.metastasis, s.with_outcome)} of cases with outcome",
        f"status: DOD {s.status['DOD']}, AWD {s.status['AWD']}, ANED {s.status['ANED']}, "
        f"unknown {s.status['unknown']}",
        f"deaths (DOD) among ALKi-treated: {frac(s.alki_deaths, s.alki)}",
        "treatment codes: " + ", ".join(f"{c} {k}" for c, k in s.treatment.items()),
        "sites: " + ", ".join(f"{c} {k}" for c, k in s.site.items()),
    ]
    if s.copies_left_out:
        lines.append(f"left out: {s.copies_left_out} row(s) of copies of a paper counted once (copy_of set)")
    return "\n".join(lines)
