"""The cohort picture: median age, counts, Kaplan–Meier by ALK inhibitor, the HTML report.

All rows are fictional patients made up for these tests."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from eims_extract.cli import main
from eims_extract.records import CaseRow
from eims_extract.reporting.report import GIVEN, NOT_GIVEN, cohort_markdown, km_curves, km_svg, render_html, survival_data
from eims_extract.reporting.summary import format_summary, summarize


def row(case_id: str, **kw) -> CaseRow:
    return CaseRow(doc_id=kw.pop("doc_id", "fict"), case_id=case_id, source="table", **kw)


@pytest.mark.parametrize(
    ("ages", "median"),
    [([30, 10, 20], 20.0), ([1, 2, 3, 40], 2.5), ([0.33], 0.33), ([], None)],
)
def test_median_age_is_over_rows_with_an_age(ages, median) -> None:
    rows = [row(str(i), age_years=a) for i, a in enumerate(ages)] + [row("x")]  # one row without an age
    s = summarize(rows)
    assert s.age_median == median and s.aged == len(ages)
    assert ("median NA" in format_summary(s)) is (median is None)


def test_site_and_treatment_counts_count_each_code_once_per_row() -> None:
    rows = [
        row("1", site="Omentum", treatment="SE+Che"),
        row("2", site="omentum", treatment="SE + ALKi"),
        row("3", site=None, treatment=None),
    ]
    s = summarize(rows)
    assert s.site == {"omentum": 2, "unknown": 1}
    assert (s.treatment["SE"], s.treatment["Che"], s.treatment["ALKi"], s.treatment["RT"], s.treatment["unknown"]) == (
        2, 1, 1, 0, 1)  # fmt: skip


@pytest.mark.parametrize(
    ("kw", "where"),
    [
        ({"treatment": "SE+ALKi", "follow_up_months": 5.0, "status": "DOD"}, GIVEN),
        ({"treatment": "SE", "follow_up_months": 5.0, "status": "ANED"}, NOT_GIVEN),
        ({"treatment": "SE", "follow_up_months": None, "status": "DOD"}, "no follow-up"),
        ({"treatment": "SE", "follow_up_months": 5.0, "status": None}, "no status"),
        ({"treatment": None, "follow_up_months": 5.0, "status": "AWD"}, "no treatment"),
    ],
)
def test_survival_groups_by_alk_inhibitor_and_counts_what_is_left_out(kw, where) -> None:
    d = survival_data([row("1", **kw)])
    placed = [g for g, (t, _) in d.groups.items() if t] + [w for w, n in d.left_out.items() if n]
    assert placed == [where]


def test_kaplan_meier_steps_down_at_deaths_only() -> None:
    # not given: deaths at 2 and 8 months, censored at 5 and 10: S = 3/4 after 2, 3/4 * 1/2 after 8
    rows = [
        row("1", treatment="SE", follow_up_months=2.0, status="DOD"),
        row("2", treatment="SE", follow_up_months=5.0, status="ANED"),
        row("3", treatment="SE+Che", follow_up_months=8.0, status="DOD"),
        row("4", treatment="SE", follow_up_months=10.0, status="AWD"),
        row("5", treatment="ALKi", follow_up_months=12.0, status="AWD"),
    ]
    curves = {c.group: c for c in km_curves(survival_data(rows))}
    c = curves[NOT_GIVEN]
    assert (c.n, c.events, c.median_months) == (4, 2, 8.0)
    steps = dict(c.steps)
    assert steps[2.0] == 0.75 and steps[5.0] == 0.75 and steps[8.0] == 0.375
    g = curves[GIVEN]
    assert (g.n, g.events, g.median_months) == (1, 0, None)  # never falls to one half: not reached


def test_kaplan_meier_censored_patients_are_ticks_at_the_curve_height() -> None:
    rows = [
        row("1", treatment="SE", follow_up_months=2.0, status="DOD"),
        row("2", treatment="SE", follow_up_months=5.0, status="ANED"),
        row("3", treatment="SE", follow_up_months=8.0, status="DOD"),
        row("4", treatment="SE", follow_up_months=10.0, status="AWD"),
    ]
    (c,) = [c for c in km_curves(survival_data(rows)) if c.group == NOT_GIVEN]
    assert c.censored == [(5.0, 0.75), (10.0, 0.375)]  # alive at 5 and 10 months: no step, a tick
    with_ticks, without = km_svg([c], None), km_svg([dataclasses.replace(c, censored=[])], None)
    assert with_ticks is not None and without is not None
    assert with_ticks.count("<use ") == without.count("<use ") + 2  # one marker per censored patient


def _cohort() -> list[CaseRow]:
    return [
        row("1", age_years=34.0, sex="male", site="mesentery", treatment="SE+Che", follow_up_months=7.0, status="DOD",
            recurrence=True),
        row("2", age_years=52.0, sex="female", site="omentum", treatment="SE+ALKi", follow_up_months=20.0,
            status="AWD", metastasis=True),
        row("3", age_years=9.0, sex="male", site="mesentery", treatment="SE", follow_up_months=30.0, status="ANED",
            recurrence=False),
        row("4", sex=None, site=None, treatment=None),
    ]  # fmt: skip


def test_html_report_is_self_contained_with_figures_and_counts() -> None:
    page = render_html(_cohort())
    assert page.startswith("<!doctype html>")
    assert page.count("<svg") == 6  # age histogram, sex, site, treatment, outcome, Kaplan–Meier
    assert "Kaplan–Meier" in page and "mesentery" in page and "median 34 years" in page
    assert "left out of the curves: 1 no follow-up" in page
    assert not re.search(r"<(script|img|link)\b", page)  # nothing loaded from elsewhere


def test_cohort_markdown_has_the_survival_table() -> None:
    md = cohort_markdown(_cohort())
    assert f"| {NOT_GIVEN} | 2 | 1 | 7.0 |" in md  # one death of two: survival falls to one half at 7 months
    assert f"| {GIVEN} | 1 | 0 | not reached |" in md


def test_summarize_html_writes_the_report(tmp_path, capsys) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in _cohort()))
    out = tmp_path / "report.html"
    assert main(["summarize", str(rows), "--html", str(out)]) == 0
    text = capsys.readouterr().out
    assert "median 34 years (of 3 with an age)" in text and f"report written to {out}" in text
    assert "<svg" in out.read_text(encoding="utf-8")


def test_flow_publishes_cohort_artifacts_and_a_bad_file_never_fails_the_run(tmp_path, monkeypatch) -> None:
    import prefect.artifacts as artifacts

    from eims_extract.reporting.report import publish_cohort

    made: dict[str, object] = {}
    monkeypatch.setattr(artifacts, "create_markdown_artifact", lambda key, markdown, **_: made.update({key: markdown}))
    monkeypatch.setattr(artifacts, "create_table_artifact", lambda key, table, **_: made.update({key: table}))
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in _cohort()))
    assert publish_cohort(str(rows)) == "cohort artifacts published (4 rows)"
    assert "median 34 years" in made["cohort"] and "--html report.html" in made["cohort"]
    assert [r["group"] for r in made["survival-by-alk-inhibitor"]] == [GIVEN, NOT_GIVEN]
    (tmp_path / "broken.jsonl").write_text("{not json\n")
    assert publish_cohort(str(tmp_path / "broken.jsonl")).startswith("cohort artifacts skipped: ")


def test_copies_of_a_paper_count_once_in_the_report_and_survival() -> None:
    """Rows of another copy of a paper (``copy_of`` set: the full text beside its abstract page) are kept in the
    exports but left out of every count, and the report says how many it left out."""
    copies = [dataclasses.replace(r, doc_id="fict_full", paper="pmid:1", copy_of="fict") for r in _cohort()]
    once, twice = render_html(_cohort()), render_html(_cohort() + copies)
    assert "median 34 years (of 3 with an age)" in twice and "cases: 4\n" in twice
    assert f"left out: {len(copies)} row(s) of copies of a paper counted once (copy_of set)" in twice
    assert "left out:" not in once.split("left out of the curves")[0]
    assert survival_data(_cohort() + copies) == survival_data(_cohort())
    assert cohort_markdown(_cohort() + copies).replace(f"\nleft out: {len(copies)} row(s) of copies of a paper counted "
                                                       "once (copy_of set)", "") == cohort_markdown(_cohort())
