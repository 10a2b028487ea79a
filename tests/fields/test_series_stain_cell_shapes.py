"""How a series table's dense stain cell states each stain (``fields.ihc.parse_ihc``, read by the "IHC" column of a
summary table): a sign before a bracketed aside, a colon before the result, an intensity score after the name, a
list opened by "positive for". Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import parse_ihc


@pytest.mark.parametrize(
    ("cell", "pos", "neg"),
    [
        ("ALK+, calponin+ (patchy), CD34−", ["ALK", "calponin"], ["CD34"]),
        ("ALK positive (fine granular); CD117 and S100 negative", ["ALK"], ["CD117", "S-100"]),
        ("ALK- (ROS1+), desmin+", ["desmin"], ["ALK"]),
    ],
)
def test_sign_before_a_bracketed_aside_is_the_stains(cell, pos, neg):
    assert parse_ihc(cell) == (pos, neg)


def test_colon_between_stain_and_result_is_no_part_of_the_name():
    assert parse_ihc("ALK: positive; calponin: positive; myogenin: negative") == (["ALK", "calponin"], ["myogenin"])


@pytest.mark.parametrize(
    ("cell", "pos", "neg"),
    [
        ("ALK 2+, desmin 3+, CD34 0", ["ALK", "desmin"], ["CD34"]),
        ("CK 7+, SMA 1+", ["CK7", "SMA"], []),  # "CK 7" is a marker's name, not a score of CK
    ],
)
def test_intensity_score_after_a_listed_stain(cell, pos, neg):
    assert parse_ihc(cell) == (pos, neg)


@pytest.mark.parametrize(
    ("cell", "pos", "neg"),
    [
        ("Positive for desmin and ALK; negative for CD117 and DOG1", ["desmin", "ALK"], ["CD117", "DOG-1"]),
        ("Strongly positive for ALK and calponin, focally for SMA; negative for S100", ["ALK", "calponin", "SMA"], ["S-100"]),
    ],
)
def test_list_opened_by_positive_for_without_a_colon(cell, pos, neg):
    assert parse_ihc(cell) == (pos, neg)



@pytest.mark.parametrize(
    ("cell", "pos", "neg"),
    [
        ("ALK+/calponin+/CD34−", ["ALK", "calponin"], ["CD34"]),
        ("AE1/AE3+, CD117/DOG1 −", ["CK"], ["CD117", "DOG-1"]),  # AE1/AE3 is one stain; CD117/DOG1 two sharing a sign
    ],
)
def test_stains_set_apart_by_slashes(cell, pos, neg):
    assert parse_ihc(cell) == (pos, neg)
