"""A stain said to be detected with the way it stains ("ROS1 was detected diffusely") or by the stain itself ("ROS1
was detected by immunohistochemistry"): positive; "not detected" stays negative (``fields.ihc``). Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ROS1 was detected diffusely.", [("ROS1", True)]),
        ("In the resected nodule, ROS1 was detected diffusely and strongly in the spindle cells.", [("ROS1", True)]),
        ("Desmin was detected focally, and SMA was detected diffusely.", [("desmin", True), ("SMA", True)]),
        ("ROS1 was detected by immunohistochemistry.", [("ROS1", True)]),
        ("Pan-TRK was not detected by immunohistochemistry.", [("pan-TRK", False)]),
    ],
)
def test_stain_detected_how_or_by_the_stain_is_read(text, expected):
    assert polarities(text) == expected


def test_fusion_detected_by_fish_is_no_stain():
    assert polarities("An ALK rearrangement was detected by FISH.") == []
