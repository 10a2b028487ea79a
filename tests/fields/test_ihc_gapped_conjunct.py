"""A marker conjoined after a closed stain result, its verb and sign left out ("SMA was positive in most cells and
calponin in a few"), and a marker as the subject of "stained" closing its clause ("caldesmon stained."): the gapped
marker takes the result before it, the bare "stained" is positive (``fields.ihc``). Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SMA was positive in most cells and calponin in a few; CD34 was negative.",
         [("SMA", True), ("calponin", True), ("CD34", False)]),
        ("S100 was negative and CD117 in the spindle cells.", [("S-100", False), ("CD117", False)]),
        # a series' clause once its patients' closers are blanked
        ("SMA was positive                  and calponin        ; CD34 was negative.",
         [("SMA", True), ("calponin", True), ("CD34", False)]),
    ],
)
def test_gapped_conjunct_takes_the_result_before(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the conjunct has its own verb and sign
        ("SMA was negative and calponin was positive.", [("SMA", False), ("calponin", True)]),
        # a share after a negative result is no negative
        ("CD34 was negative and calponin in 15%.", [("CD34", False)]),
    ],
)
def test_conjunct_with_its_own_result_is_not_gapped(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Caldesmon stained; CD34 was negative.", [("caldesmon", True), ("CD34", False)]),
        ("Caldesmon was not stained.", [("caldesmon", False)]),
    ],
)
def test_marker_stained_closing_its_clause(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calponin expression by immunohistochemistry was absent.", [("calponin", False)]),
        ("WT1 staining on IHC was negative.", [("WT1", False)]),
        ("Caldesmon staining by IHC was focally positive.", [("caldesmon", True)]),
    ],
)
def test_method_named_between_marker_and_result(text, expected):
    assert polarities(text) == expected
