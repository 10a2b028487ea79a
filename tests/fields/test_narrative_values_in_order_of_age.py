"""A list of one value for each patient dealt out by their ages rather than their numbers ("Ki-67 was 4%, 9% and 30%,
in order of age", "... from the oldest to the youngest patient"): youngest first unless the phrase says the opposite;
nothing dealt when an age is unknown or the list is not one item each (invented text)."""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import extract_narrative
from test_narrative import assert_grounded, make_doc
from test_narrative_mixed_scope_clauses import _THREE


def _rows(body: str, nlp) -> dict[str, tuple]:
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    return {r.case_id: (r.ki67_percent, r.follow_up_months) for r in rows}


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # case 1 is 40, case 2 is 31, case 3 is 9 years old
        ("Ki-67 was 4%, 9% and 30%, in order of age.", {"case-1": (30.0, None), "case-2": (9.0, None), "case-3": (4.0, None)}),
        ("The Ki-67 index was 35%, 12% and 3%, from the oldest to the youngest patient.",
         {"case-1": (35.0, None), "case-2": (12.0, None), "case-3": (3.0, None)}),
        ("Follow-up was 10, 22 and 41 months, in order of increasing age.",
         {"case-1": (None, 41.0), "case-2": (None, 22.0), "case-3": (None, 10.0)}),
    ],
)
def test_numbered_patients_dealt_by_age(nlp, tail, expected):
    assert _rows(_THREE + tail, nlp) == expected


def test_person_roster_dealt_by_age(nlp):
    body = ("Three patients were seen: a woman, a boy and a man. The woman (44 years) had a gastric mass that was resected. "
            "The boy, 6 years old, had a mesenteric mass that was resected. The man (70 years) had a renal mass that "
            "was resected. Ki-67 was 3%, 11% and 40%, in order of age.")
    rows = extract_narrative(make_doc(("abstract", body)), nlp)
    assert {r.age_years: r.ki67_percent for r in rows} == {6.0: 3.0, 44.0: 11.0, 70.0: 40.0}


@pytest.mark.parametrize(
    "tail",
    [
        # one value too many, or too few: not one each
        "Ki-67 was 4%, 9%, 12% and 30%, in order of age.",
        "Ki-67 was 4% and 30%, in order of age.",
    ],
)
def test_list_not_one_each_is_not_dealt_by_age(nlp, tail):
    got = _rows(_THREE + tail, nlp)
    assert not (got["case-1"][0] == 30.0 and got["case-3"][0] == 4.0)


def test_ages_unknown_not_dealt_by_age(nlp):
    body = ("Case 1 had a lung mass. Case 2 had a bladder mass. Case 3 had a liver mass. "
            "Ki-67 was 4%, 9% and 30%, in order of age.")
    got = _rows(body, nlp)
    assert not (got["case-1"][0] == 30.0 and got["case-3"][0] == 4.0)
