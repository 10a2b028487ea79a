"""A time told as a whole count and a written fraction (``fields.outcome``): "4 1/2 years", "2½ years", "1 1/4 years"
are read as 4.5, 2.5 and 1.25 years; the fraction is no count of its own ("1/2 years" read as 2 years gave a wrong
follow-up). Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("He remains in complete remission 3 1/2 years after the resection.", 42),
        ("She is free of disease 5½ years after surgery.", 66),
        ("After a follow-up of 2 1/2 years, no recurrence was found.", 30),
        ("The girl was alive without disease at 1 1/4 years.", 15),
        ("He has been free of disease for 6 1/2 months.", 6.5),
        ("She is alive and well 1 3/4 years after the operation.", 21),
    ],
)
def test_whole_count_with_a_written_fraction_is_one_time(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # no whole count before it: nothing new is read
        ("Two years after surgery she was free of disease; the nodule had shrunk to 1/2 its size.", 24),
        # a date with a slash is no fraction of a time
        ("She was free of disease at 14 months (seen 3/4/2022).", 14),
    ],
)
def test_other_slashes_are_left(text, months):
    assert run(text).follow_up_months == months
