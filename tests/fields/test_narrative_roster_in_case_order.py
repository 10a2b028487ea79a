"""A small numbered series whose patients are first listed together in the order of their case numbers, without
"respectively" ("The patients were a 62-year-old man, a 35-year-old woman and a 9-year-old girl. Case 1 ..."), then told
case by case, the site often only in a bracket after the label, by an organ adjective, or in a clause that borrows the
first case's verb ("Case 2 presented with X, and case 3 with Y"); an operation named by its organ and labelled with
the case ("ileocaecal resection (case 3)") is no site where a better one is stated (invented text)."""

from __future__ import annotations

import pytest
from _support import abstract_rows, located

from eims_extract.fields import narrative, site

_ROSTER = (
    "Results: The patients were a 62-year-old man, a 35-year-old woman and a 9-year-old girl. "
    "Case 1 (stomach) presented with haematemesis. Gastroscopy showed an ulcerated nodule in the gastric antrum. "
    "Case 2 presented with colicky pain from a jejunal intussusception, and case 3 with a mass in the right lower "
    "quadrant; at surgery her tumour arose from the distal ileum, 10 cm from the ileocaecal valve. "
    "All were ALK-positive. Treatment was distal gastrectomy (case 1), segmental jejunal resection (case 2) and "
    "ileocaecal resection (case 3)."
)


def test_listing_of_as_many_persons_as_cases_gives_each_case_its_age_and_sex(nlp):
    rows = abstract_rows(nlp, _ROSTER, "case_id", "age_years", "sex")
    assert sorted(rows) == [("case-1", 62.0, "male"), ("case-2", 35.0, "female"), ("case-3", 9.0, "female")]


def test_sites_by_bracket_adjective_and_borrowed_verb_clause(nlp):
    rows = abstract_rows(nlp, _ROSTER, "case_id", "site_code")
    # case 1: the antrum (the most specific place told of it); case 2: the jejunum of its own clause, not the ileum of
    # case 3's clause; case 3: the ileum its tumour arose from, not the ileocaecal operation
    assert sorted(rows) == [("case-1", "C16.3"), ("case-2", "C17.1"), ("case-3", "C17.2")]


def test_listing_of_fewer_persons_than_cases_gives_nobody_an_age(nlp):
    text = (
        "Results: The patients were a 62-year-old man and a 35-year-old woman. "
        "Case 1 presented with haematemesis. Case 2 presented with pain. Case 3 presented with a mass."
    )
    rows = abstract_rows(nlp, text, "case_id", "age_years")
    assert sorted(rows) == [("case-1", None), ("case-2", None), ("case-3", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the operation the label follows names where it was done, not where the tumour was said to be
        ("Treatment was segmental jejunal resection (case 2).", False),
        ("The ileal tumour was removed by ileocaecal resection (case 3).", False),
        # a place labelled with its case still is that case's site
        ("A nodule was found in the jejunal wall (case 2).", True),
        ("There was a mass in the proximal jejunum (case 2).", True),
    ],
)
def test_place_before_case_label_is_a_site_but_an_operation_is_not(text, expected):
    mentions = [m for m in site.score_mentions(located(text)) if m.canonical in {"jejunum", "ileocecal junction"}]
    assert any(m.score > 0 for m in mentions) is expected


@pytest.mark.parametrize(
    ("text", "ns"),
    [
        ("Case 1 presented with pain, and case 2 with a palpable mass.", [1, 2]),
        ("Patient 2 presented with anaemia and patient 3 with obstruction.", [2, 3]),
    ],
)
def test_presented_opens_a_clause_whose_verb_the_next_case_borrows(text, ns):
    found = narrative._gapped_subjects(text)
    assert found is not None and found[2] == ns
