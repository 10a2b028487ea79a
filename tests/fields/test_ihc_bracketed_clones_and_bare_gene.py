"""Stain results told around a bracket and a kinase gene told bare as detected (``fields.ihc``): a list that repeats
the result before it goes on after a bracket of clones ("..., as were cytokeratins (AE1/AE3 and CAM5.2), EMA and
CD31"); "ALK was detected in case 2" with no staining word is a molecular finding of the gene, no stain result, unless
the sentence names the staining. Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


def test_list_sharing_the_result_goes_on_after_a_bracket_of_clones():
    got = polarities("Calretinin and WT1 were negative, as were keratins (AE1/AE3 and CAM5.2), EMA, ERG and CD31.")
    assert ("EMA", False) in got and ("ERG", False) in got and ("CD31", False) in got
    assert ("CAM5.2", False) in got


@pytest.mark.parametrize(
    "text",
    ["ALK was detected in case 2.", "In the second tumour ROS1 was identified.", "NTRK3 was found in one patient."],
)
def test_kinase_gene_told_bare_as_detected_is_no_stain_result(text):
    assert polarities(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ALK expression was detected in the spindle cells.", [("ALK", True)]),
        ("Desmin and ALK were detected.", [("desmin", True), ("ALK", True)]),
    ],
)
def test_stain_told_as_detected_stays(text, expected):
    assert polarities(text) == expected


def test_kinase_gene_detected_in_the_cells_is_a_stain():
    assert polarities("ROS1 was detected in the tumour cells.") == [("ROS1", True)]
