"""Stains named only in a differential discussion, then told done and negative for this tumour by "all of these stains
were negative" (``fields.ihc``): every marker the discussion named is this tumour's negative, however the discussion
grouped them (by entity, in brackets). Stains of a differential not said to be done give nothing. Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        (
            "The differential included a GIST and a schwannoma, for which CD117, DOG1 and S100 are the usual markers; "
            "all of these stains were negative in our case.",
            ["CD117", "DOG-1", "S-100"],
        ),
        ("A GIST would express CD117 and DOG1, and a schwannoma S100; all of these stains were negative.", ["CD117", "DOG-1", "S-100"]),
        ("Synovial sarcoma (TLE1), GIST (CD117, DOG1) and schwannoma (S100) were considered; all of these were negative.", ["TLE1", "CD117", "DOG-1", "S-100"]),
    ],
)
def test_differential_stains_then_all_of_these_negative_are_the_tumours_negatives(text, markers):
    got = polarities(text)
    assert sorted(got) == sorted((m, False) for m in markers)


@pytest.mark.parametrize(
    "text",
    [
        "A GIST would express CD117 and DOG1, and a schwannoma S100; none of these stains was needed.",
        "The differential included a GIST, for which CD117 and DOG1 are the usual markers.",
    ],
)
def test_differential_stains_not_said_done_give_nothing(text):
    assert polarities(text) == []
