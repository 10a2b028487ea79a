"""Stains named in a report that are not results of the tumour (``fields.ihc``): the stains of lymph nodes told free of
tumour, in the nodes' own clause ("the nodes were free of tumour; one showed follicular hyperplasia with germinal
centres positive for CD10"), and stains the authors say they did not do ("we did not stain for SDHB"); a node holding
the tumour keeps its stains, and a tumour that "did not stain for" a marker is still negative. Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import alk_results
from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nine pericolic lymph nodes were free of tumour; one showed sinus histiocytosis highlighted by CD68 and CD163.", []),
        (
            "The lymph nodes were negative for tumour, one with follicular hyperplasia whose germinal centres were positive "
            "for CD10 and BCL6 and negative for BCL2.",
            [],
        ),
        ("ALK was positive and CD34 negative; the lymph nodes were free of tumour.", [("ALK", True), ("CD34", False)]),
        ("All nodes were reactive, and the tumour was positive for ALK.", [("ALK", True)]),
        # a semicolon after the nodes opens the tumour's own results unless its clause goes on about the nodes
        ("Regional lymph nodes (0/11) free of tumour; IHC: SMA+, ALK+.", [("SMA", True), ("ALK", True)]),
    ],
)
def test_stains_of_a_lymph_node_free_of_tumour_are_the_nodes(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Metastatic deposits in two lymph nodes were positive for ALK; the other nodes were reactive.", [("ALK", True)]),
        ("The nodal metastasis was ALK-positive.", [("ALK", True)]),
    ],
)
def test_a_node_holding_the_tumour_keeps_its_stains(text, expected):
    assert polarities(text) == expected


def test_alk_stain_on_a_clean_node_is_no_alk_test_of_the_tumour():
    text = "Node 3 was reactive with sinus histiocytosis, and no ALK-positive cells were seen on a D5F3 stain of this node."
    assert [r for r, _, _ in alk_results(text)] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In this case we did not stain for h-caldesmon or SDHB, because ALK was strongly positive.", [("ALK", True)]),
        ("We were unable to perform STAT6 immunohistochemistry; CD34 was negative.", [("CD34", False)]),
        ("We did not repeat ALK with the D5F3 clone.", []),
    ],
)
def test_stain_the_authors_did_not_do_has_no_result(text, expected):
    assert polarities(text) == expected


def test_tumour_that_did_not_stain_is_still_negative():
    assert polarities("The spindle cells did not stain for desmin or CD34.") == [("desmin", False), ("CD34", False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The differential included GIST, which is positive for CD117 and DOG1, and leiomyosarcoma, which expresses desmin and caldesmon.",
            [],
        ),
        (
            "The differential included leiomyosarcoma, which typically expresses desmin and h-caldesmon; in our case, desmin was negative.",
            [("desmin", False)],
        ),
        (
            "Schwannoma, which stains for S100 and SOX10, was excluded; the tumour cells were positive for SMA and ALK.",
            [("SMA", True), ("ALK", True)],
        ),
        ("Synovial sarcoma, which usually shows nuclear staining for TLE1, was considered.", []),
        # the tumour's own cells in a relative clause are kept
        ("The tumour cells, which express ALK and calponin, were arranged in sheets.", [("ALK", True), ("calponin", True)]),
    ],
)
def test_present_tense_relative_with_a_staining_verb_is_another_entity(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The smaller nodule was a typical carcinoid, which was positive for synaptophysin, chromogranin A and CD56, and negative for ALK.",
            [],
        ),
        ("The second nodule was a coexisting hamartoma, positive for desmin.", []),
        ("The lower mass proved to be a concomitant neuroendocrine tumour that expressed synaptophysin.", []),
        # guard: the tumour itself called typical keeps its stains
        ("The mass was a typical IMT, positive for ALK and SMA.", [("ALK", True), ("SMA", True)]),
    ],
)
def test_second_lesion_of_another_kind_keeps_its_stains(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a separate lesion of another kind removed with the tumour: its stains are not the tumour's
        ("A separate 0.4-cm vocal cord nodule removed at the same time was a squamous papilloma (p16 negative; Ki-67 basal).", []),
        ("An incidental polyp in the resected colon was a tubular adenoma, positive for CDX2 and negative for CK7.", []),
        ("A coexisting lesion in the ovary proved to be a mature teratoma, negative for SALL4.", []),
        ("Another nodule in the specimen turned out to be an intramammary lymph node with CD20-positive follicles.", []),
        # kept: a second focus of the tumour itself, a metastasis, a satellite nodule
        ("A second nodule in the lung was also an IMT, positive for ALK.", [("ALK", True)]),
        ("A separate nodule in the liver was a metastasis, positive for ALK and desmin.", [("ALK", True), ("desmin", True)]),
        ("A separate satellite nodule showed the same ALK positivity.", [("ALK", True)]),
        ("An additional mass in the omentum was an inflammatory myofibroblastic tumour, ALK positive.", [("ALK", True)]),
    ],
)
def test_stains_of_a_separate_lesion_of_another_kind_are_not_the_tumours(text, expected):
    assert polarities(text) == expected
