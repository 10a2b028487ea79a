"""A finding of no FURTHER recurrence told in the sentence of the recurrence it follows ("recurred at 7 months and was
excised again, and no further recurrence is seen at 26 months"): the later finding dates the last news (no disease,
at its own time), and the recurrence stays (``fields.outcome``). Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "text, months",
    [
        ("The mass recurred at 7 months and was excised again, and no further recurrence is seen at 26 months.", 26.0),
        ("The tumour recurred locally after 5 months and was re-resected, and no further recurrence has been detected at 30 months.", 30.0),
        ("It relapsed at 10 months and was treated by a second operation; at 40 months no further recurrence was found.", 40.0),
    ],
)
def test_no_further_recurrence_after_a_told_recurrence_is_the_last_news(text, months):
    row = run(text)
    assert row.recurrence is True
    assert row.follow_up_months == months
    assert row.status == "ANED"


@pytest.mark.parametrize(
    "text",
    [
        # the recurrence told after the finding: it voids it
        "No further recurrence was seen at 6 months, but the mass recurred at 14 months.",
        # a plain "no recurrence" beside a told recurrence: which came when is not said
        "The mass recurred at 7 months, and no recurrence is seen at 26 months.",
    ],
)
def test_a_recurrence_not_before_a_no_further_finding_still_voids_it(text):
    row = run(text)
    assert row.status != "ANED"
