"""Marker vocabulary coverage (``vocab/markers.jsonl``, ``fields.ihc``): the stains of soft-tissue pathology reports
(differentials of IMT / EIMS and other spindle-cell tumours) are read under their usual spellings, synonyms and clone
names, each to its canonical name; a fusion of two genes that are not kinases ("EWSR1-FLI1", "CIC::DUX4") or a
list of genes told amplified or rearranged is no stain. Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    "form, canonical",
    [
        ("H3K27 trimethylation", "H3K27me3"),
        ("H3K27me3 (trimethylated histone H3)", "H3K27me3"),
        ("p-16", "p16"),
        ("p16INK4", "p16"),
        ("p-53", "p53"),
        ("GPC-3", "glypican-3"),
        ("MIC-2", "CD99"),
        ("MIC2", "CD99"),
        ("BAF-47", "INI1"),
        ("CK5-6", "CK5/6"),
        ("CK-HMW", "34βE12"),
        ("34 beta E12", "34βE12"),
        ("CK-LMW", "LMWCK"),
        ("MNF-116", "CK"),
        ("ER-α", "ER"),
        ("anaplastic lymphoma kinase-1", "ALK"),
        ("PHOX2B", "PHOX2B"),
        ("PHOX-2B", "PHOX2B"),
        ("MTAP", "MTAP"),
        ("thrombomodulin", "thrombomodulin"),
        ("ALDH1", "ALDH1"),
        ("HBM45", "HMB-45"),
        ("cytokeratin pan", "CK"),
        ("caldesmon-h", "caldesmon"),
        ("Wilms tumour 1", "WT1"),
        ("mucin 4", "MUC4"),
        ("murine double minute 2", "MDM2"),
        ("transducin-like enhancer of split 1", "TLE1"),
        ("NK2 homeobox 2", "NKX2.2"),
        ("SRY-box 10", "SOX10"),
        ("special AT-rich sequence-binding protein 2", "SATB2"),
        ("leucocyte common antigen", "CD45"),
    ],
)
def test_marker_spelling_reads_to_its_canonical(form, canonical):
    assert polarities(f"The spindle cells were positive for {form} and negative for S-100.") == [
        (canonical, True),
        ("S-100", False),
    ]
    assert polarities(f"Vimentin was positive, whereas {form} was negative.") == [
        ("vimentin", True),
        (canonical, False),
    ]


@pytest.mark.parametrize(
    "clone, canonical",
    [
        ("L26", "CD20"),
        ("22C3", "PD-L1"),
        ("SP263", "PD-L1"),
        ("SP142", "PD-L1"),
        ("D4D6", "ROS1"),
        ("QBEnd10", "CD34"),
        ("JC70A", "CD31"),
        ("EPR3864", "ERG"),
        ("EPR17341", "pan-TRK"),
    ],
)
def test_clone_named_alone_reads_as_its_marker(clone, canonical):
    """Only clones of one antibody: 1A4 names both an SMA and an ALK clone, so it stays no marker when alone."""
    assert polarities(f"The lesional cells stained with {clone} and were negative for desmin.")[-1] == ("desmin", False)
    assert (canonical, False) in polarities(f"Desmin was positive, but {clone} was negative.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("RT-PCR was negative for EWSR1-FLI1 and EWSR1-ERG transcripts, and CD99 was positive.", [("CD99", True)]),
        ("A CIC-DUX4 fusion was not found; WT1 was positive.", [("WT1", True)]),
        ("The lesion was negative for SS18-SSX by RT-PCR and negative for TLE1.", [("TLE1", False)]),
        ("Sequencing found a BCOR::CCNB3 fusion, and BCOR was diffusely positive.", [("BCOR", True)]),
        ("The FUS–DDIT3 transcript was absent; S-100 was negative.", [("S-100", False)]),
    ],
)
def test_fusion_of_two_non_kinase_genes_is_no_stain(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("FISH was negative for MDM2 and CDK4 amplification.", []),
        ("FISH showed no MDM2, CDK4 or HMGA2 amplification, and desmin was positive.", [("desmin", True)]),
        ("The tumour was negative for TFE3 and FOSB rearrangements; CD31 was positive.", [("CD31", True)]),
    ],
)
def test_gene_list_told_amplified_or_rearranged_is_no_stain(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("CD31/ERG were positive and CK was negative.", [("CD31", True), ("ERG", True), ("CK", False)]),
        ("MDM2 and CDK4 were negative by immunohistochemistry.", [("MDM2", False), ("CDK4", False)]),
        ("SMA-positive and desmin-negative spindle cells were seen.", [("SMA", True), ("desmin", False)]),
    ],
)
def test_marker_pairs_and_lists_still_read_as_stains(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("CD31 (QBEnd10) was negative and SMA was positive.", [("CD31", False), ("SMA", True)]),
        ("PD-L1 (22C3) was negative.", [("PD-L1", False)]),
        ("Antibody\tClone\tResult\nCD34\tJC70A\tNegative\nDesmin\tD33\tPositive", [("CD34", False), ("desmin", True)]),
        ("ROS1 (D4D6) was negative, while ALK (D5F3) was positive.", [("ROS1", False), ("ALK", True)]),
    ],
)
def test_clone_in_the_bracket_after_a_marker_is_that_markers_clone(text, expected):
    assert polarities(text) == expected
