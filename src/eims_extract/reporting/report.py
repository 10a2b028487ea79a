"""The cohort as a picture: an HTML report and the tables a Prefect artifact shows.

Figures (age histogram, sex, site, treatment and outcome counts) come from
:func:`summary.summarize`, so the picture and ``summarize`` never disagree. The
Kaplan–Meier curves of overall survival by ALK inhibitor use lifelines:
time is ``follow_up_months``, the event is death of disease (``DOD``); ``AWD``
and ``ANED`` are censored at last follow-up. Rows without follow-up, status or
treatment are left out of the curves and counted as left out, never guessed.
Pooled case reports are not a trial: the curves describe, they do not compare.

matplotlib draws with the Agg backend into inline SVG, so the report is one
self-contained file with no network and no display.
"""

from __future__ import annotations

import html
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..normalize import treatment_split
from ..records import CaseRow
from .summary import CohortSummary, counted_rows, format_summary, summarize

GIVEN, NOT_GIVEN = "ALK inhibitor given", "ALK inhibitor not given"


@dataclass
class SurvivalData:
    """Durations (months) and events (death of disease) per group, and why rows were left out."""

    groups: dict[str, tuple[list[float], list[bool]]] = field(default_factory=dict)
    left_out: dict[str, int] = field(default_factory=dict)


def survival_data(rows: Sequence[CaseRow]) -> SurvivalData:
    """Split rows by ALK inhibitor (``ALKi`` among the treatment codes) into (months, died) pairs; each paper once
    (rows of a copy of a paper, ``copy_of`` set, are left out as ``summarize`` leaves them out)."""
    rows = counted_rows(rows)
    out = SurvivalData(groups={GIVEN: ([], []), NOT_GIVEN: ([], [])},
                       left_out={"no follow-up": 0, "no status": 0, "no treatment": 0})  # fmt: skip
    for r in rows:
        codes = treatment_split(r.treatment)
        if r.follow_up_months is None:
            out.left_out["no follow-up"] += 1
        elif r.status not in ("DOD", "AWD", "ANED"):
            out.left_out["no status"] += 1
        elif not codes:
            out.left_out["no treatment"] += 1
        else:
            t, e = out.groups[GIVEN if "ALKi" in codes else NOT_GIVEN]
            t.append(float(r.follow_up_months))
            e.append(r.status == "DOD")
    return out


@dataclass
class Curve:
    group: str
    n: int
    events: int
    median_months: float | None  # None: the curve never falls to one half
    #: (months, survival probability) steps of the Kaplan–Meier estimate
    steps: list[tuple[float, float]]
    #: (months, survival probability) of each censored patient (alive at last follow-up): the
    #: tick marks a reader needs to tell "no deaths seen" from "no one followed that long"
    censored: list[tuple[float, float]] = field(default_factory=list)


def km_curves(data: SurvivalData) -> list[Curve]:
    """Kaplan–Meier estimate per non-empty group (lifelines)."""
    import math

    from lifelines import KaplanMeierFitter

    curves = []
    for name, (t, e) in data.groups.items():
        if not t:
            continue
        km = KaplanMeierFitter().fit(t, event_observed=e, label=name)
        sf = km.survival_function_[name]
        med = float(km.median_survival_time_)
        steps = [(round(float(x), 2), round(float(y), 4)) for x, y in sf.items()]
        cens_t = sorted(float(x) for x, ev in zip(t, e, strict=True) if not ev)
        cens = [(round(x, 2), round(float(km.predict(x)), 4)) for x in cens_t]
        curves.append(Curve(name, len(t), int(sum(e)), None if math.isinf(med) else med, steps, cens))
    return curves


def logrank_p(data: SurvivalData) -> float | None:
    """Log-rank p between the groups (descriptive only), None when a group is empty."""
    (t1, e1), (t2, e2) = data.groups[GIVEN], data.groups[NOT_GIVEN]
    if not t1 or not t2:
        return None
    from lifelines.statistics import logrank_test

    return float(logrank_test(t1, t2, event_observed_A=e1, event_observed_B=e2).p_value)


# -- figures ----------------------------------------------------------------------------------
def _svg(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg"):]  # inline: no XML prolog or doctype


def _figure(w: float = 5.0, h: float = 3.0) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg")  # no display; also safe inside flow runs and tests
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "eims-extract"  # the same rows give the same file
    return plt.subplots(figsize=(w, h))


def age_histogram_svg(rows: Sequence[CaseRow], bin_years: int = 10) -> str | None:
    ages = [float(r.age_years) for r in rows if r.age_years is not None]
    if not ages:
        return None
    top = int(max(ages) // bin_years + 1) * bin_years
    fig, ax = _figure()
    ax.hist(ages, bins=list(range(0, top + 1, bin_years)), color="#4c72b0", edgecolor="white")
    ax.set_xlabel("age (years)")
    ax.set_ylabel("cases")
    ax.set_title(f"Age at diagnosis (n={len(ages)})")
    return _svg(fig)


def bar_svg(counts: dict[str, int], title: str) -> str:
    fig, ax = _figure(5.0, 0.4 + 0.3 * max(1, len(counts)))
    names = list(counts)[::-1]
    ax.barh(names, [counts[n] for n in names], color="#55a868")
    ax.set_xlabel("cases")
    ax.set_title(title)
    return _svg(fig)


def km_svg(curves: Sequence[Curve], p: float | None) -> str | None:
    if not curves:
        return None
    fig, ax = _figure(5.5, 3.5)
    for c in curves:
        xs, ys = zip(*c.steps, strict=True)
        (line,) = ax.step(xs, ys, where="post", label=f"{c.group} (n={c.n}, deaths {c.events})")
        if c.censored:
            cx, cy = zip(*c.censored, strict=True)
            ax.plot(cx, cy, linestyle="none", marker="|", markersize=8, color=line.get_color())
    ax.set_ylim(0, 1.05)
    ax.set_xlabel("months since diagnosis")
    ax.set_ylabel("survival probability")
    ax.set_title("Kaplan–Meier: overall survival (DOD = event, | = censored)" + (f"; log-rank p={p:.3g}" if p is not None else ""))
    ax.legend(loc="lower left", fontsize="small")
    return _svg(fig)


# -- tables ------------------------------------------------------------------------------------
def outcome_counts(s: CohortSummary) -> dict[str, int]:
    return {
        "recurrence": s.recurrence,
        "metastasis": s.metastasis,
        "with outcome": s.with_outcome,
        **{f"status {k}": v for k, v in s.status.items()},
    }


def km_table(curves: Sequence[Curve]) -> list[dict[str, Any]]:
    """One row per group, for a Prefect table artifact."""
    return [
        {"group": c.group, "n": c.n, "deaths": c.events,
         "median survival (months)": "not reached" if c.median_months is None else c.median_months}  # fmt: skip
        for c in curves
    ]


def _left_out_line(data: SurvivalData) -> str:
    parts = [f"{n} {why}" for why, n in data.left_out.items() if n]
    return "left out of the curves: " + (", ".join(parts) if parts else "none")


def cohort_markdown(rows: Sequence[CaseRow]) -> str:
    """The cohort summary and survival by ALK inhibitor as markdown (the flow's artifact)."""
    s = summarize(rows)
    data = survival_data(rows)
    curves = km_curves(data)
    lines = ["# Cohort", "", "```", format_summary(s), "```", "", "## Survival by ALK inhibitor (Kaplan–Meier)", ""]
    if curves:
        lines += ["| group | n | deaths | median survival (months) |", "| --- | ---: | ---: | ---: |"]
        lines += [f"| {r['group']} | {r['n']} | {r['deaths']} | {r['median survival (months)']} |" for r in km_table(curves)]
    else:
        lines.append("no row has follow-up, status and treatment")
    lines += ["", _left_out_line(data)]
    return "\n".join(lines)


def _table(counts: dict[str, int], n: int) -> str:
    body = "".join(
        f"<tr><td>{html.escape(k)}</td><td>{v}</td><td>{100 * v / n:.0f}%</td></tr>" if n else
        f"<tr><td>{html.escape(k)}</td><td>{v}</td><td></td></tr>"
        for k, v in counts.items()
    )  # fmt: skip
    return f"<table><tr><th></th><th>cases</th><th>of {n}</th></tr>{body}</table>"


def render_html(rows: Sequence[CaseRow], title: str = "eims-extract cohort report") -> str:
    """A self-contained HTML page: the summary's lines, count tables and inline SVG figures."""
    s = summarize(rows)
    data = survival_data(rows)
    curves = km_curves(data)
    p = logrank_p(data)
    parts = [
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse;"
        "margin:.5em 0}td,th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:right}td:first-child"
        "{text-align:left}section{display:inline-block;vertical-align:top;margin:0 2em 1em 0}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<pre>{html.escape(format_summary(s))}</pre>",
    ]
    hist = age_histogram_svg(counted_rows(rows))
    if hist:
        parts.append(f"<section><h2>Age</h2>{hist}</section>")
    for name, counts in (("Sex", s.sex), ("Site", s.site), ("Treatment", s.treatment), ("Outcome", outcome_counts(s))):
        fig = bar_svg(counts, name) if s.n else ""
        parts.append(f"<section><h2>{name}</h2>{_table(counts, s.n)}{fig}</section>")
    parts.append("<h2>Survival by ALK inhibitor</h2>")
    km = km_svg(curves, p)
    if km:
        rows_html = "".join(
            f"<tr><td>{html.escape(r['group'])}</td><td>{r['n']}</td><td>{r['deaths']}</td>"
            f"<td>{r['median survival (months)']}</td></tr>"
            for r in km_table(curves)
        )
        parts.append(
            f"{km}<table><tr><th>group</th><th>n</th><th>deaths</th><th>median survival (months)</th></tr>{rows_html}</table>"
        )
    else:
        parts.append("<p>no row has follow-up, status and treatment</p>")
    parts.append(
        f"<p>{html.escape(_left_out_line(data))}. Time: follow-up in months; event: died of disease (DOD); "
        "AWD/ANED censored. Pooled case reports: descriptive, not a comparison.</p></body></html>"
    )
    return "\n".join(parts)


# -- the flow's artifacts ------------------------------------------------------------------------
def publish_cohort(rows_jsonl: str) -> str:
    """Publish the cohort as Prefect artifacts: markdown ``cohort`` and table ``survival-by-alk-inhibitor``.

    The exported rows hold every copy of a paper; the counts leave copies' rows (``copy_of``) out. No figures here: matplotlib would add
    about 2 s to every run that changed rows (``summarize --html`` draws them). Returns one line
    saying what was done, or why not: a report never fails the run that made the rows."""
    try:
        from prefect.artifacts import create_markdown_artifact, create_table_artifact

        from .scoring import load_rows

        rows = load_rows(rows_jsonl)
        md = cohort_markdown(rows) + f"\n\nfigures: `eims-extract summarize {rows_jsonl} --html report.html`"
        create_markdown_artifact(key="cohort", markdown=md, description="Cohort summary and survival by ALK inhibitor")
        curves = km_curves(survival_data(rows))
        if curves:
            create_table_artifact(key="survival-by-alk-inhibitor", table=km_table(curves),
                                  description="Kaplan–Meier by ALK inhibitor (DOD = event)")  # fmt: skip
        return f"cohort artifacts published ({len(rows)} rows)"
    except Exception as exc:  # noqa: BLE001
        return f"cohort artifacts skipped: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
