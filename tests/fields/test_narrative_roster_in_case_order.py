"""A small numbered series whose patients are first listed together in the order of their case numbers, without
"respectively" ("The patients were a 62-year-old man, a 35-year-old woman and a 9-year-old girl. Case 1 ..."), then told
case by case, the site often only in a bracket after the label, by an organ adjective, or in a clause that borrows the
first case's verb ("Case 2 presented with X, and case 3 with Y"); an operation named by its organ and labelled with
the case ("ileocaecal resection (case 3)") is no site where a better one is stated (invented text)."""

from __future__ import annotations

import pytest
from _support import abstract_rows

from eims_extract.fields import narrative

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


def test_listing_of_fewer_persons_than_cases_gives_nobody_an_age(nlp):
    text = (
        "Results: The patients were a 62-year-old man and a 35-year-old woman. "
        "Case 1 presented with haematemesis. Case 2 presented with pain. Case 3 presented with a mass."
    )
    rows = abstract_rows(nlp, text, "case_id", "age_years")
    assert sorted(rows) == [("case-1", None), ("case-2", None), ("case-3", None)]


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
