"""Two ways a stain's result is told inside a longer phrase (invented sentences about fictional tumours): an intensity
score among the pattern words before the staining noun ("weak (1+) cytoplasmic staining in most cells") is a positive
result, as the words are; and a shares list whose last gapped item is "none for" ("30% for desmin, and none for
cytokeratin") gives the markers after "none" as negative, not as one more positive share."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALK showed weak (1+) cytoplasmic staining in most cells.", [("ALK", True)]),
        ("ALK showed weak 1+ granular staining in about half of the cells.", [("ALK", True)]),
        ("Desmin showed moderate (2+) cytoplasmic staining in scattered cells, and ALK was negative.",
         [("desmin", True), ("ALK", False)]),
    ],
)
def test_intensity_score_among_the_pattern_words(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 60% of the cells were positive for ALK, 20% for desmin, and none for cytokeratin or PAX8.",
            [("ALK", True), ("desmin", True), ("CK", False), ("PAX8", False)],
        ),
        ("Most cells stained for SMA; none for desmin.", [("SMA", True), ("desmin", False)]),
    ],
)
def test_none_for_ends_a_shares_list_negative(text, expected):
    assert polarities(text) == expected
