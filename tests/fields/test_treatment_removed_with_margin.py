"""A tumour taken out with a stated margin is an excision, whatever word names it (fictional wording)."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from _support import run_apply


@pytest.mark.parametrize(
    "text",
    [
        "It was removed with a clear margin, and the wound healed well.",
        "The swelling was removed with negative margins.",
        "The nodule was taken out with a 5-mm margin.",
    ],
)
def test_removal_with_a_stated_margin_is_an_excision(text):
    assert run_apply(apply, text).treatment == "SE"


def test_margin_of_a_removal_not_done_is_no_excision():
    assert run_apply(apply, "The catheter was left in place; the tube was never removed with any margin in mind.").treatment is None
