"""A time closing a sentence after a comma, counted from an event named without an article ("she was transferred to palliative
care in May 2021, 22 months after diagnosis."): it dates the state with disease told before it, as "..., 22 months
after the diagnosis." does (``fields.outcome``); a time counted from a relapse or a drug's start still dates nothing.
Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("She was transferred to palliative care in June 2022, 19 months after diagnosis.", 19),
        ("He was transferred to hospice care in March 2020, 27 months after surgery.", 27),
    ],
)
def test_closing_time_from_an_event_without_article_dates_the_state(text, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == ("AWD", months)


def test_closing_time_from_a_relapse_dates_no_state():
    row = run("She was transferred to palliative care in June 2022, 5 months after relapse.")
    assert row.follow_up_months is None
