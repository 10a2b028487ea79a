"""A series' pathology paragraph deals one stain over its numbered patients with a range spelled out in words ("positive
in cases 1 through 3", "(patients 2 through 4)"), or gives a share for one more patient in a clause whose subject is
only a pronoun ("Ki-67 was 10% (case 2) to 25% (case 4); it was 5% in case 1"): each numbered patient gets its own
result (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_FOUR = (
    "Case 1 was a 30-year-old man with a mesenteric mass. Case 2 was a 47-year-old woman with a lung mass. "
    "Case 3 was a 12-year-old boy with a bladder mass. Case 4 was a 5-year-old girl with a liver mass. "
)


@pytest.mark.parametrize(
    ("sentence", "positive", "negative"),
    [
        ("Desmin was positive in cases 1 through 3 and negative in case 4.", [1, 2, 3], [4]),
        ("Desmin was expressed in cases 2 through 4 but not in case 1.", [2, 3, 4], [1]),
        ("Desmin stained the tumour cells (cases 1 through 3); case 4 was desmin-negative.", [1, 2, 3], [4]),
    ],
)
def test_stain_over_case_range_through(nlp, sentence, positive, negative):
    rows = abstract_rows(nlp, _FOUR + sentence, "ihc_positive", "ihc_negative")
    for x in positive:
        assert "desmin" in (rows[x - 1][0] or []), (x, rows)
        assert "desmin" not in (rows[x - 1][1] or []), (x, rows)
    for x in negative:
        assert "desmin" in (rows[x - 1][1] or []), (x, rows)
        assert "desmin" not in (rows[x - 1][0] or []), (x, rows)


@pytest.mark.parametrize(
    ("sentence", "shares"),
    [
        ("Ki-67 ranged from 10% (case 2) to 25% (case 4); it was 5% in case 1 and was not recorded in case 3.",
         {1: 5.0, 2: 10.0, 3: None, 4: 25.0}),
        ("The Ki-67 index ranged from 8% (case 3) to 35% (case 1); it was 12% in case 4.",
         {1: 35.0, 2: None, 3: 8.0, 4: 12.0}),
    ],
)
def test_share_for_one_more_case_after_pronoun(nlp, sentence, shares):
    rows = abstract_rows(nlp, _FOUR + sentence, "ki67_percent")
    assert {i + 1: r[0] for i, r in enumerate(rows)} == shares


def test_through_not_a_range_of_ages(nlp):
    """'through' between a number and a word is no range of patients."""
    rows = abstract_rows(nlp, _FOUR + "Desmin was positive in case 2 through its whole thickness.", "ihc_positive")
    assert [("desmin" in (r[0] or [])) for r in rows] == [False, True, False, False]


def test_share_for_several_more_cases_after_pronoun(nlp):
    sentence = "The Ki-67 index was 8% (case 3) and 35% (case 1); they were 12% in case 4 and 3% in case 2."
    rows = abstract_rows(nlp, _FOUR + sentence, "ki67_percent")
    assert [r[0] for r in rows] == [35.0, 3.0, 8.0, 12.0]


@pytest.mark.parametrize(
    ("sentence", "tests"),
    [
        ("ALK was diffusely positive (cases 1 and 2) and focally positive (case 3); it was negative in case 4.",
         [["IHC+"], ["IHC+"], ["IHC+"], ["IHC-"]]),
        # a tail whose subject is a patient of its own is no pronoun clause: case 4 keeps only its own sign
        ("ALK was diffusely positive (cases 1 and 2) and focally positive (case 3); case 4 was ALK-negative.",
         [["IHC+"], ["IHC+"], ["IHC+"], ["IHC-"]]),
    ],
)
def test_stain_sign_for_one_more_case_after_pronoun(nlp, sentence, tests):
    rows = abstract_rows(nlp, _FOUR + sentence, "alk_tests")
    assert [list(r[0] or []) for r in rows] == tests


_FIVE = (
    "Case 1 was a 50-year-old man with an omental mass. Case 2 was a 33-year-old woman with a pelvic mass. "
    "Case 3 was a 64-year-old man with a lung mass. Case 4 was a 27-year-old man with a mesenteric mass. "
    "Case 5 was a 45-year-old woman with a liver mass. "
)


@pytest.mark.parametrize(
    ("sentence", "with_cd30"),
    [
        ("Desmin was positive in cases 1 through 4 and negative in case 5; CD30 was positive in the two women and in "
         "case 1.", {1, 2, 5}),
        ("ALK was positive in cases 1 and 3; CD30 was positive in case 4 and the two women.", {2, 4, 5}),
        ("ALK was positive in cases 1 and 3; CD30 was positive in case 4 and in both women.", {2, 4, 5}),
        # a count that does not fit the patients of that sex (three men) joins nobody
        ("ALK was positive in cases 1 and 3; CD30 was positive in case 4 and the two men.", {4}),
        # a predicate of its own for the group is no join
        ("ALK was positive in cases 1 and 3; CD30 was positive in case 4 and negative in the two women.", {4}),
    ],
)
def test_sex_group_joined_to_numbered_case(nlp, sentence, with_cd30):
    rows = abstract_rows(nlp, _FIVE + sentence, "ihc_positive")
    assert {i + 1 for i, r in enumerate(rows) if "CD30" in (r[0] or [])} == with_cd30
