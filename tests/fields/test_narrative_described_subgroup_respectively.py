"""A "respectively" list whose sentence opens on a subgroup of the numbered patients named by description, with or
without its count ("Follow-up of the resected patients was ...", "The two girls were followed for ...", "The adults
remain well at ..."): the list is dealt to the patients whose own sentences so far fit the description (a surgical
excision; the sex and age group of the person noun), in order, when they are exactly as many as the items; nothing is
dealt when the fit and the list differ in size (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_SERIES = (
    "Case 1 was a 5-year-old boy with a mesenteric mass that was resected. Case 2, a 12-year-old girl, had a bladder "
    "tumour resected by partial cystectomy. Case 3 was a 3-year-old girl with an omental mass treated with crizotinib "
    "alone. Case 4, a 41-year-old man, underwent a lobectomy for a lung mass. "
)


@pytest.mark.parametrize(
    ("course", "expected"),
    [
        ("Follow-up of the resected patients was 14, 30 and 9 months, respectively, without recurrence.",
         [14.0, 30.0, None, 9.0]),
        ("The patients treated by surgery were followed for 14, 30 and 9 months, respectively.",
         [14.0, 30.0, None, 9.0]),
        ("The two girls remain well at 30 and 6 months, respectively.", [None, 30.0, 6.0, None]),
        ("The children were followed for 14, 30 and 6 months, respectively.", [14.0, 30.0, 6.0, None]),
        ("Both boys were alive at 14 and 21 months, respectively.", [None, None, None, None]),
    ],
)
def test_described_subgroup_deals_its_list(nlp, course, expected):
    assert [r[0] for r in abstract_rows(nlp, _SERIES + course, "follow_up_months")] == expected


@pytest.mark.parametrize(
    "course",
    [
        "Follow-up of the resected patients was 14 and 30 months, respectively.",  # three were resected
        "The children were followed for 14 and 30 months, respectively.",  # three children
    ],
)
def test_subgroup_and_list_of_other_sizes_deal_nothing(nlp, course):
    assert [r[0] for r in abstract_rows(nlp, _SERIES + course, "follow_up_months")] == [None] * 4


@pytest.mark.parametrize(
    ("course", "expected"),
    [
        ("Both girls and the man remain free of disease at 30, 6 and 9 months, respectively.", [None, 30.0, 6.0, 9.0]),
        ("Both girls and the man remain free of disease, with no recurrence, at 30, 6 and 9 months respectively.",
         [None, 30.0, 6.0, 9.0]),
        ("The boy and the man were followed for 14 and 9 months, respectively.", [14.0, None, None, 9.0]),
        ("The girl and the man were followed for 14 and 9 months, respectively.", [None, None, None, None]),
        ("Both boys and the man were followed for 14, 30 and 9 months, respectively.", [None, None, None, None]),
    ],
)
def test_two_descriptions_joined_deal_in_their_order(nlp, course, expected):
    assert [r[0] for r in abstract_rows(nlp, _SERIES + course, "follow_up_months")] == expected
