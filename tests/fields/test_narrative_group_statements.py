"""A series told case by case whose findings are also stated once for several of its patients: a sentence of clauses
each naming its cases, and statements made for all or some of the report's own patients (invented text)."""

from __future__ import annotations

import pytest

from eims_extract.fields.base import Sentence
from eims_extract.fields.narrative import Patient, _clausewise_case_pieces


def _pieces(text: str, n: int = 3) -> dict[int, list[str]]:
    groups = {k: Patient(f"case-{k}") for k in range(1, n + 1)}
    out: dict[int, list[str]] = {}
    for x, piece in _clausewise_case_pieces(Sentence("d", text, 0, "case"), groups) or []:
        out.setdefault(x, []).append(" ".join(piece.text.split()))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Caldesmon was positive in cases 2 and 3 and negative in case 1; CD99 was positive in cases 1 and 3.",
            {
                1: ["Caldesmon was and negative in case 1;", "CD99 was positive in cases 1 and 3."],
                2: ["Caldesmon was positive in cases 2 and 3"],
                3: ["Caldesmon was positive in cases 2 and 3", "CD99 was positive in cases 1 and 3."],
            },
        ),
        (
            "Calponin stained the tumour in case 1; beta-catenin was nuclear in cases 1 and 2.",
            {1: ["Calponin stained the tumour in case 1;", "beta-catenin was nuclear in cases 1 and 2."],
             2: ["beta-catenin was nuclear in cases 1 and 2."]},
        ),
    ],
)
def test_case_named_again_in_a_later_clause_gets_each_clause_naming_it(text, expected):
    got = _pieces(text)
    assert {k: [p for p in v if p] for k, v in got.items()} == expected


def test_one_clause_naming_cases_is_left_to_the_other_readers():
    assert _pieces("Desmin was positive in cases 1 and 2 and negative in case 3.") == {}
