"""Cohort summary: explicit definitions, and the gold reproduces the paper's Discussion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eims_extract.records import CaseRow
from eims_extract.reporting.scoring import load_rows
from eims_extract.reporting.summary import format_summary, summarize

TABLE2 = Path(__file__).resolve().parents[1] / "gold" / "table2.csv"


def row(case_id: str, **kw) -> CaseRow:
    return CaseRow(doc_id="d", case_id=case_id, source="table", **kw)


@pytest.fixture(scope="module")
def gold_summary():
    return summarize(load_rows(TABLE2))


def test_gold_reproduces_the_discussion_figures(gold_summary) -> None:
    s = gold_summary
    assert s.n == 52
    assert (s.sex["male"], s.sex["female"], s.sex["unknown"]) == (33, 18, 1)
    assert s.surgery == 39
    assert s.adjuvant == 27
    assert s.alki == 13
    assert (s.recurrence, s.metastasis) == (25, 16)
    assert s.with_outcome == 47  # the paper: about 47 cases with outcome data
    assert (s.status["DOD"], s.status["AWD"], s.status["ANED"]) == (22, 22, 3)
    assert s.alki_deaths == 3


def test_gold_age_range_is_the_tables_not_the_prose(gold_summary) -> None:
    # The Discussion states 7 months to 70 years; the table as printed has a
    # 4-month-old (case 45) and a 76-year-old (case 31). See gold/README.md.
    s = gold_summary
    assert (s.age_min.age_text, s.age_min.years, s.age_min.case_id) == ("4mo", 0.33, "45")
    assert (s.age_max.age_text, s.age_max.years, s.age_max.case_id) == ("76y", 76.0, "31")


@pytest.mark.parametrize(
    "treatment, surgery, adjuvant, alki",
    [
        ("SE", 1, 0, 0),
        ("SE+Che", 1, 1, 0),
        ("SE+RT", 1, 1, 0),
        ("SE+ALKi", 1, 1, 1),
        ("SE+ST", 1, 0, 0),  # supportive therapy is not adjuvant
        ("Che+ALKi", 0, 0, 1),  # no surgery: nothing is "after surgery"
        ("ST", 0, 0, 0),
        (None, 0, 0, 0),
    ],
)
def test_treatment_definitions(treatment: str | None, surgery: int, adjuvant: int, alki: int) -> None:
    s = summarize([row("1", treatment=treatment)])
    assert (s.surgery, s.adjuvant, s.alki) == (surgery, adjuvant, alki)


def test_unknowns_are_counted_apart() -> None:
    s = summarize([row("1"), row("2", sex="female", status="ANED", recurrence=False)])
    assert s.sex == {"male": 0, "female": 1, "unknown": 1}
    assert s.status == {"DOD": 0, "AWD": 0, "ANED": 1, "unknown": 1}
    assert (s.recurrence, s.with_outcome) == (0, 1)


def test_alki_deaths_need_both() -> None:
    rows = [
        row("1", treatment="SE+ALKi", status="DOD"),
        row("2", treatment="SE+ALKi", status="AWD"),
        row("3", treatment="SE+Che", status="DOD"),
    ]
    s = summarize(rows)
    assert (s.alki, s.alki_deaths) == (2, 1)


def test_empty_cohort() -> None:
    s = summarize([])
    assert s.n == 0 and s.age_min is None and s.age_max is None
    assert "age: NA to NA" in format_summary(s)


def test_format_and_dict(gold_summary) -> None:
    text = format_summary(gold_summary)
    assert "male 33/52, female 18/52" in text
    assert "adjuvant after surgery (SE + Che/RT/ALKi): 27/52" in text
    assert "deaths (DOD) among ALKi-treated: 3/13" in text
    d = json.loads(json.dumps(gold_summary.to_dict()))
    assert d["age_min"]["age_text"] == "4mo" and d["status"]["DOD"] == 22


def test_rows_of_a_copy_of_a_paper_are_left_out_and_said_so() -> None:
    """Each paper's patients count once: a copy's rows (``copy_of`` set) are left out of ``n`` and every figure."""
    rows = [row("1", sex="male", age_years=40.0), row("2", sex="female", age_years=12.0)]
    copy = row("1", sex="male", age_years=40.0)
    copy.doc_id, copy.paper, copy.copy_of = "fict_abstract", "pmid:2", rows[0].doc_id
    s = summarize([*rows, copy])
    assert (s.n, s.copies_left_out, s.sex["male"], s.aged) == (2, 1, 1, 2)
    assert format_summary(s).endswith("left out: 1 row(s) of copies of a paper counted once (copy_of set)")
    assert "left out" not in format_summary(summarize(rows)) and summarize(rows).copies_left_out == 0
