"""A series sentence opening on the tumours of the patients of one age or sex class ("The two tumours of the adults were
negative for X, and all three were negative for Y", "The women's tumours ..."): the class's patients (by their own ages
and sexes) get its clauses, a later clause for all goes to everyone, the others get nothing of the class's clause
(invented text)."""

from __future__ import annotations

import pytest

from test_narrative_mixed_scope_clauses import _THREE
from test_narrative_mixed_scope_clauses import _stains as _rows

# case 1: 40-year-old man, case 2: 31-year-old woman, case 3: 9-year-old boy


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("The two tumours of the adults were negative for CD117 and DOG1, and all three were negative for CD21 and CD35.",
         {"case-1": ([], ["CD117", "CD21", "CD35", "DOG-1"]), "case-2": ([], ["CD117", "CD21", "CD35", "DOG-1"]),
          "case-3": ([], ["CD21", "CD35"])}),
        ("The adults' tumours were positive for desmin.",
         {"case-1": (["desmin"], []), "case-2": (["desmin"], []), "case-3": ([], [])}),
        ("The tumours of both adults expressed calponin; all three were negative for S100.",
         {"case-1": (["calponin"], ["S-100"]), "case-2": (["calponin"], ["S-100"]), "case-3": ([], ["S-100"])}),
    ],
)
def test_clause_of_an_age_class_is_theirs(nlp, tail, expected):
    assert _rows(_THREE + tail, nlp) == expected


def test_count_not_fitting_the_class_is_not_dealt_to_it(nlp):
    # three adults said, two fit: the sentence is not dealt to the two alone
    got = _rows(_THREE + "The three tumours of the adults were negative for CD117.", nlp)
    assert not (got["case-3"] == ([], []) and got["case-1"] == ([], ["CD117"]))


def test_class_without_count_needs_every_age(nlp):
    # case 3's age is unsaid: "the adults' tumours" may take it in, so the clause is not dealt to cases 1 and 2 alone
    body = ("Case 1 was a 40-year-old man with a lung mass. Case 2 was a 31-year-old woman with a bladder mass. "
            "Case 3 had a liver mass. The adults' tumours were positive for desmin.")
    got = _rows(body, nlp)
    assert not (got["case-1"] == (["desmin"], []) and got["case-3"] == ([], []))
