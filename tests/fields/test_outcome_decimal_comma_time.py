"""A follow-up written with a decimal comma, as European journals print it (``fields.outcome``)."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


@pytest.mark.parametrize("text,months,said", [
    ("At a follow-up of 14,5 months she had no sign of recurrence.", 14.5, "14,5 months"),
    ("The boy is alive and free of tumour 3,5 years after the excision.", 42.0, "3,5 years"),
    ("He remains well without relapse 1,5 yrs after the operation.", 18.0, "1,5 yrs"),
])
def test_follow_up_with_a_decimal_comma_is_read_as_a_decimal(text, months, said):
    row = run_apply(apply, "The mass was removed whole.", text)
    assert row.follow_up_months == months
    ev = row.evidence["follow_up_months"][0]
    whole = "The mass was removed whole. " + text
    assert said in whole[ev.start : ev.end]  # offsets point at the comma as printed


@pytest.mark.parametrize("text", [
    "Scans at 1,2,5 years after surgery showed no recurrence.",  # a list of times, no decimal
    "She is alive without disease at 2, 5 and 8 years of follow-up checks.",
])
def test_list_of_times_with_commas_gives_no_decimal(text):
    row = run_apply(apply, text)
    assert row.follow_up_months not in (2.5, 1.2, 30.0, 14.4)
