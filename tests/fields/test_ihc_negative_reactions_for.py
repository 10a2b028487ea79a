"""A negative result told as "negative reaction(s) / immunostaining for" without naming the cells, after a positive list
told the same way ("positive reactions for vimentin and SMA and negative reactions for ALK and CD34"): the second list is
negative, not a continuation of the first (invented sentences about fictional tumours)."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cells gave positive reactions for vimentin and SMA and negative reactions for ALK, CD34 and S-100.",
            [("vimentin", True), ("SMA", True), ("ALK", False), ("CD34", False), ("S-100", False)],
        ),
        (
            "There was a positive reaction for desmin and a negative reaction for CD117.",
            [("desmin", True), ("CD117", False)],
        ),
        (
            "Spindle cells showed positive immunostaining for SMA, with negative immunostaining for ALK and DOG1.",
            [("SMA", True), ("ALK", False), ("DOG-1", False)],
        ),
        (
            "A negative reaction of the tumour cells for desmin was seen.",
            [("desmin", False)],
        ),
    ],
)
def test_negative_reactions_for_opens_a_negative_list(text, expected):
    assert polarities(text) == expected
