"""A series sentence whose later clause names a marker and the patients it holds for, its verb and result left out
("SMA was positive in all four, desmin in cases 3 and 4"; "Vimentin pos in all three, CD30 in cases 1 and 3"; "SMA
positive in all but case 3; desmin in cases 2 and 4"): the gapped clause takes the result of the clause just before
it, for its own patients only, and is read apart from the clauses after it (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_FOUR = (
    "Case 1 was a 30-year-old man with a mesenteric mass. Case 2 was a 47-year-old woman with a lung mass. "
    "Case 3 was a 12-year-old boy with a bladder mass. Case 4 was a 60-year-old woman with a liver mass. "
)
_THREE = (
    "Patient 1 was a 22-year-old man with an omental mass. Patient 2 was a 51-year-old woman with a pleural mass. "
    "Patient 3 was a 9-year-old girl with a renal mass. "
)


def _stains(nlp, text: str) -> list[tuple]:
    return [tuple(sorted(v or []) for v in row) for row in abstract_rows(nlp, text, "ihc_positive", "ihc_negative")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Calponin was positive in all four, caldesmon in cases 3 and 4, and CD117 was negative in all.",
        "Calponin was positive in all four, caldesmon in cases 3 and 4, CD117 negative in all.",
        "Calponin pos in all four, caldesmon in cases 3 and 4; CD117 neg in all.",
        "Calponin was expressed in every case; caldesmon in cases 3 and 4; CD117 was negative in all four.",
    ],
)
def test_gapped_clause_after_a_clause_for_all(nlp, sentence):
    rows = _stains(nlp, _FOUR + sentence)
    assert rows == [
        (["calponin"], ["CD117"]), (["calponin"], ["CD117"]),
        (["caldesmon", "calponin"], ["CD117"]), (["caldesmon", "calponin"], ["CD117"]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Calponin positive in all but patient 2; caldesmon in patients 1 and 3; CD117 negative in all three.",
        "Calponin was positive in all but patient 2, caldesmon in patients 1 and 3, CD117 negative in all three.",
    ],
)
def test_gapped_clause_after_a_clause_for_all_but_one(nlp, sentence):
    rows = _stains(nlp, _THREE + sentence)
    assert rows[0] == (["caldesmon", "calponin"], ["CD117"])
    assert rows[2] == (["caldesmon", "calponin"], ["CD117"])
    assert "caldesmon" not in rows[1][0] and "calponin" in rows[1][1]


def test_gapped_clause_takes_nothing_from_a_clause_of_other_patients(nlp):
    # the clause before speaks for patient 1 only: what patient 2's gapped clause borrows is unsure, nothing is read
    rows = _stains(nlp, _THREE + "Calponin was positive in patient 1; caldesmon in patient 2; CD117 was negative in all three.")
    assert "calponin" not in rows[1][0] and "calponin" in rows[0][0]
    assert all(r[1] == ["CD117"] for r in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        # a second predicate of the same subject after a bare comma is no gapped clause of its own
        "Caldesmon was strongly positive in patient 1, negative in patients 2 and 3, and CD117 was negative in all three.",
        "Caldesmon was focally positive in patient 1, weakly positive in patients 2 and 3; CD117 was negative in all three.",
    ],
)
def test_second_predicate_of_one_subject_is_no_gapped_clause(nlp, sentence):
    rows = _stains(nlp, _THREE + sentence)
    assert rows[0] == (["caldesmon"], ["CD117"])
    expected = (["caldesmon"], ["CD117"]) if "weakly" in sentence else ([], ["CD117", "caldesmon"])
    assert rows[1] == expected and rows[2] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Calponin positive in all but case 3; caldesmon in cases 2 and 4; CD30 only in case 2; CD117 negative in all four.",
        "Calponin was positive in all but case 3, caldesmon in cases 2 and 4, CD30 in case 2; CD117 was negative in all.",
    ],
)
def test_gapped_clauses_in_a_row_borrow_the_first_result(nlp, sentence):
    rows = _stains(nlp, _FOUR + sentence)
    assert rows[1][0] == ["CD30", "caldesmon", "calponin"]
    assert rows[3][0] == ["caldesmon", "calponin"]
    assert rows[0][0] == ["calponin"] and "CD30" not in rows[2][0] + rows[0][0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Caldesmon staining, performed in all four, was positive only in case 2.",
        "Of the four operated patients, local relapse occurred in cases 1 and 3; the others remained well.",
    ],
)
def test_clause_with_its_own_verb_is_no_gapped_clause(nlp, sentence):
    from eims_extract.fields import narrative
    from eims_extract.fields.base import Sentence

    s = Sentence("d", sentence, 0, None)
    assert not any(narrative._rx("scope_gapped_break").finditer(s.text))
