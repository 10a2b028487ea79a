"""An event denied of a group by its subject ("None of the three patients has had a recurrence", "Neither of the two
children has since developed metastatic disease"): the negation reaches the event however long the group noun is
(``patterns/context.jsonl`` neg-none-of-group), and an event a group's count of some of them had stays affirmed.
Invented wording."""

from __future__ import annotations

import pytest

from eims_extract.fields import outcome
from _support import run_apply


@pytest.mark.parametrize(
    "text, field",
    [
        ("None of the three patients has had a recurrence.", "recurrence"),
        ("None of the four children has had any recurrence so far.", "recurrence"),
        ("Neither of the two adult patients has since developed a local relapse.", "recurrence"),
        ("None of our five patients has subsequently developed distant metastases.", "metastasis"),
        ("None of them has so far had a recurrence of the tumour.", "recurrence"),
    ],
)
def test_event_denied_of_group_subject_is_false(text, field):
    row = run_apply(outcome.apply, text)
    assert getattr(row, field) is False


@pytest.mark.parametrize(
    "text, field",
    [
        ("Two of the three patients have since had a recurrence.", "recurrence"),
        ("The tumour recurred in the second patient after none of the planned cycles had been given.", "recurrence"),
    ],
)
def test_event_of_some_or_after_an_unrelated_none_is_not_denied(text, field):
    row = run_apply(outcome.apply, text)
    assert getattr(row, field) is not False
