"""A clone named inside its own stain (``fields.ihc``): the clone opening the bracket after its marker before a
dilution or vendor ("MDM2 (IF2, 1:100)") is no second marker, and a clone named as the means of the stain ("ALK
immunostaining with D5F3 was negative", "staining for ALK using clone 5A4") is the same stain, whose result is the
one written after the clone. Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("MDM2 (IF2, 1:50) and CDK4 (DCS-31, 1:100) were both negative.", [("MDM2", False), ("CDK4", False)]),
        ("Desmin was positive and MDM2 (IF2) was negative.", [("desmin", True), ("MDM2", False)]),
        ("CD99 (O13, Dako) was positive.", [("CD99", True)]),
    ],
)
def test_clone_opening_the_bracket_after_its_marker_is_no_marker(text, expected):
    assert polarities(text) == expected


def test_vocabulary_marker_in_a_bracket_stays_a_marker():
    assert ("CK19", False) in polarities("Cytokeratin (CK19) was negative.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ALK immunostaining with D5F3 was negative on two blocks.", [("ALK", False)]),
        ("ALK staining with the 5A4 clone was negative.", [("ALK", False)]),
        ("Staining for ALK using clone 5A4 was negative, while SMA was positive.", [("ALK", False), ("SMA", True)]),
        ("ALK immunohistochemistry with D5F3 was diffusely positive.", [("ALK", True)]),
    ],
)
def test_clone_named_as_the_means_of_the_stain_is_the_same_stain(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clone code of three capitals before its digits, unbracketed between the marker and its result
        ("pan-TRK EPR17341 negative.", [("pan-TRK", False)]),
        ("ALK D5F3 positive; ROS1 SP384 negative; pan-TRK EPR17341 negative.", [("ALK", True), ("ROS1", False), ("pan-TRK", False)]),
        # a marker-shaped word after the word "clone" is the clone, not a second marker
        ("ALK (clone ALK01) was positive.", [("ALK", True)]),
        ("Calponin (clone: CALP3) was negative.", [("calponin", False)]),
        # guard: vocabulary markers of three capitals and a digit stay markers
        ("Staining for ALK, GATA3 and PAX8 was negative.", [("ALK", False), ("GATA3", False), ("PAX8", False)]),
        ("Immunostaining with clone D5F3 was positive.", [("ALK", True)]),
    ],
)
def test_clone_codes_of_three_capitals_and_after_the_word_clone_are_no_markers(text, expected):
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == expected
