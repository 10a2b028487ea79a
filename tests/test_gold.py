"""The gold files are internally consistent, use the shared vocabularies, and agree
with the reference paper's table as laid out in the two-column PDF."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from eims_extract.normalize import (
    canonical_drug,
    canonical_marker,
    canonical_site,
    parse_age,
    treatment_join,
    treatment_split,
)
from eims_extract.records import RESPONSES, CaseRow
from eims_extract.reporting.scoring import load_rows, reference_id

GOLD = Path(__file__).resolve().parents[1] / "gold"
TABLE2 = GOLD / "table2.csv"
INDEX = GOLD / "index_case.json"
COLUMNS = (
    "case,age_text,age_years,sex,site,treatment,recurrence,metastasis,"
    "follow_up_months,status,reference,citation"
).split(",")


@pytest.fixture(scope="module")
def table2() -> list[CaseRow]:
    return load_rows(TABLE2)


@pytest.fixture(scope="module")
def index_case() -> CaseRow:
    (row,) = load_rows(INDEX)
    return row


def test_table2_header_is_the_documented_columns() -> None:
    with TABLE2.open(encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == COLUMNS


def test_table2_has_52_rows_numbered_in_order(table2: list[CaseRow]) -> None:
    assert [r.case_id for r in table2] == [str(i) for i in range(1, 53)]


def test_age_years_is_age_text_converted(table2: list[CaseRow]) -> None:
    for r in table2:
        assert r.age_years == parse_age(r.age_text), r.case_id


@pytest.mark.parametrize("case, text, years", [("7", "7mo", 0.58), ("35", "7mo", 0.58), ("45", "4mo", 0.33)])
def test_infant_ages_are_months_over_twelve(table2: list[CaseRow], case: str, text: str, years: float) -> None:
    row = next(r for r in table2 if r.case_id == case)
    assert (row.age_text, row.age_years) == (text, years)


def test_sites_are_canonical(table2: list[CaseRow]) -> None:
    for r in table2:
        if r.site is not None:
            assert canonical_site(r.site) == r.site, r.case_id


def test_treatments_are_in_canonical_order(table2: list[CaseRow]) -> None:
    for r in table2:
        if r.treatment is not None:
            assert treatment_join(treatment_split(r.treatment)) == r.treatment, r.case_id


def test_follow_up_and_status_are_both_given_or_both_na(table2: list[CaseRow]) -> None:
    for r in table2:
        assert (r.follow_up_months is None) == (r.status is None), r.case_id


@pytest.mark.parametrize(
    "case, reference, citation",
    [
        ("1", "Mariño E, 2011", 6),
        ("11", "Mariño E, 2011", 6),
        ("12", "Kimbara S, 2014", 12),
        ("18", "Wanjiao P, 2016", 18),
        ("20", "Wanjiao P, 2016", 18),
        ("21", "Lijuan Q, 2016", 19),
        ("22", "Yu L, 2016", 20),
        ("26", "Yu L, 2016", 20),
        ("27", "Jiang Q, 2017", 21),
        ("28", "Lee JC, 2018", 5),
        ("35", "Lee JC, 2018", 5),
        ("48", "Aminimoghaddam S, 2023", 33),
        ("52", "Current case", None),
    ],
)
def test_reference_spans(table2: list[CaseRow], case: str, reference: str, citation: int | None) -> None:
    row = next(r for r in table2 if r.case_id == case)
    assert (row.reference, row.citation) == (reference, citation)


def test_wanjiao_cell_glued_to_case_19_starts_at_case_18(table2: list[CaseRow]) -> None:
    """Regression: the text extraction prints the Wanjiao cell right before case 19's
    number; the cell is top-aligned on case 18 and spans 18-20."""
    refs = {r.case_id: r.reference for r in table2}
    assert refs["17"] == "Zhou J, 2015"
    assert {refs["18"], refs["19"], refs["20"]} == {"Wanjiao P, 2016"}


def test_yu_span_crosses_the_page_break(table2: list[CaseRow]) -> None:
    refs = {r.case_id: r.reference for r in table2}
    assert [refs[str(c)] for c in range(22, 27)] == ["Yu L, 2016"] * 5


def test_51_literature_cases_from_28_articles(table2: list[CaseRow]) -> None:
    lit = [r for r in table2 if r.reference != "Current case"]
    assert len(lit) == 51
    assert len({reference_id(r.reference) for r in lit}) == 28
    # one citation number per article
    assert len({r.citation for r in lit}) == 28


def _pdf_table_rows(pdf_path: Path) -> dict[str, dict[str, str]]:
    """Table 2 rows as pdfplumber reads them: the row's first line plus the wrapped second line."""
    import pdfplumber

    row_re = re.compile(
        r"^(\d{1,2}) (NA|\d+(?:y|mo)) (Male|Female|NA) (.+?) (NA|(?:SE|ST)[+A-Za-z]*) "
        r"(\+|–|NA) (\+|–|NA) (NA|\d+ mo)(?: (.*))?$"
    )
    lines: list[str] = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            lines.extend((page.extract_text() or "").splitlines())
    rows: dict[str, dict[str, str]] = {}
    for i, line in enumerate(lines):
        m = row_re.match(line)
        if not m or (m.group(1) in rows):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        site = m.group(4)
        wrap = re.match(r"^(tissue|junction|colon)\b", nxt)
        if wrap:
            site += " " + wrap.group(1)
        status = re.search(r"\((DOD|AWD|ANED)\)", nxt)
        rows[m.group(1)] = {
            "age": m.group(2),
            "sex": m.group(3),
            "site": site,
            "treatment": m.group(5),
            "rec": m.group(6),
            "met": m.group(7),
            "fu": m.group(8),
            "status": status.group(1) if status else "NA",
            "ref": (m.group(9) or "").strip(),
        }
    return rows


def test_table2_matches_the_two_column_pdf(seed_pdf: Path, table2: list[CaseRow]) -> None:
    printed = _pdf_table_rows(seed_pdf)
    assert sorted(printed, key=int) == [str(i) for i in range(1, 53)]
    sign = {True: "+", False: "–", None: "NA"}
    for r in table2:
        p = printed[r.case_id]
        assert p["age"] == (r.age_text or "NA"), r.case_id
        assert p["sex"].lower() == (r.sex or "na"), r.case_id
        assert p["site"].lower() == (r.site or "na"), r.case_id
        assert p["treatment"] == (r.treatment or "NA"), r.case_id
        assert (p["rec"], p["met"]) == (sign[r.recurrence], sign[r.metastasis]), r.case_id
        fu = "NA" if r.follow_up_months is None else f"{r.follow_up_months:g} mo"
        assert (p["fu"], p["status"]) == (fu, r.status or "NA"), r.case_id
        # a reference printed on a row starts a span: it is that row's own reference
        if p["ref"].startswith(r.reference.split(",")[0]):
            continue
        assert p["ref"] == "", r.case_id


def test_index_case_agrees_with_its_table_row(table2: list[CaseRow], index_case: CaseRow) -> None:
    row52 = table2[-1]
    for name in ("age_years", "age_text", "sex", "site", "treatment", "recurrence", "metastasis",
                 "follow_up_months", "status", "reference"):
        assert getattr(index_case, name) == getattr(row52, name), name
    assert (index_case.doc_id, index_case.case_id, index_case.source) == ("000_499c37fac1693525", "52", "merged")


def test_index_case_names_are_canonical(index_case: CaseRow) -> None:
    for m in (index_case.ihc_positive or []) + (index_case.ihc_negative or []):
        assert canonical_marker(m) == m
    for d in index_case.drugs or []:
        assert canonical_drug(d) == d == d.lower()
    assert not set(index_case.ihc_positive or []) & set(index_case.ihc_negative or [])


def test_index_case_values(index_case: CaseRow) -> None:
    assert set(index_case.drugs or []) == {"capecitabine", "oxaliplatin", "sintilimab", "alectinib"}
    assert set(index_case.alk_tests or []) == {"IHC+", "FISH+", "NGS-"}
    assert index_case.alk_fusion_partner is None
    assert index_case.response in RESPONSES and index_case.response == "PR"
    assert index_case.ki67_percent == 30.0
    assert {"ALK", "desmin", "SMA"} <= set(index_case.ihc_positive or [])
    assert len(index_case.ihc_positive or []) == 14 and len(index_case.ihc_negative or []) == 6
