"""A stain told as a procedure ("we stained for A and B") with the result told after the list (``fields.ihc``)."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import apply, calls
from _support import run_apply


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize("text,expected", [
    ("We stained for CD117 and DOG1 to rule out a stromal tumour; both were negative.", [("CD117", False), ("DOG-1", False)]),
    ("The biopsy was stained for desmin and myogenin, and both proved negative.", [("desmin", False), ("myogenin", False)]),
    ("Slides were also stained for CD34, S100 and STAT6; all were negative.", [("CD34", False), ("S-100", False), ("STAT6", False)]),
    ("We immunostained for S100 and SOX10; neither was expressed by the spindle cells.", [("S-100", False), ("SOX10", False)]),
    ("We stained for ALK and SMA; both were diffusely positive.", [("ALK", True), ("SMA", True)]),
])
def test_result_told_after_a_stained_for_list_decides_it(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The spindle cells stained for SMA and desmin.", [("SMA", True), ("desmin", True)]),
    ("Tumour cells stained for SMA, and CD34 was negative.", [("SMA", True), ("CD34", False)]),
    # a pronoun whose result opens a list of its own is no result of the list before it
    ("The spindle cells were stained for SMA and desmin; they were negative for CD117 and CD34.",
     [("SMA", True), ("desmin", True), ("CD117", False), ("CD34", False)]),
    # "both" for three markers: no list result read, the reading before stays
    ("We stained for ALK, SMA and desmin; both were positive.", [("ALK", True), ("SMA", True), ("desmin", True)]),
])
def test_tumour_stained_for_still_reads_positive(text, expected):
    assert polarities(text) == expected


def test_authors_stained_for_with_no_result_told_reads_nothing():
    assert polarities("We stained for CD117 and DOG1.") == []


def test_stained_for_list_then_pronoun_sentence():
    row = run_apply(apply, "We stained for S100 and SOX10 as well.", "Both were negative.")
    assert row.ihc_positive is None and sorted(row.ihc_negative or []) == ["S-100", "SOX10"]


@pytest.mark.parametrize("text,expected", [
    # the series' patient the stain was done in (or only in), or the mimic it was to exclude, between marker and result
    ("Caldesmon staining was done in case 2 only and was focally positive.", [("caldesmon", True)]),
    ("CD117 and DOG1 were performed in patient 3 to rule out GIST and were both negative.", [("CD117", False), ("DOG-1", False)]),
    ("Desmin, performed in cases 1-2 only, was weakly positive.", [("desmin", True)]),
])
def test_stain_done_in_named_patients_then_its_result(text, expected):
    assert polarities(text) == expected
