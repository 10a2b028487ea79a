"""A negative told of a coordinated list of genes keeps ALK's negative when ALK is in the list, also when a member is a
numbered range of a family ("ALK, NTRK1-3 and RET were not rearranged"), and drops it when the list names only other
genes; and an ALK stain with its own verdict ("ALK staining was negative and ... by RNA sequencing") is the stain's result
beside the molecular test named after it. Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import _read_tests


def results_read(text: str) -> list[str]:
    return sorted({t for t, _, _ in _read_tests(text)[0]})


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Targeted sequencing: ALK, NTRK1-3 and RET were not rearranged.", ["NGS-"]),
        ("By the RNA panel, ALK, NTRK1/2/3 and ROS1 were not rearranged.", ["NGS-"]),
        ("On NGS, ROS1, NTRK1\u20133 and ALK were not rearranged.", ["NGS-"]),
        ("FISH for ALK and ROS1 was negative.", ["FISH-"]),
    ],
)
def test_gene_list_with_a_numbered_range_keeps_the_negative(text, expected):
    assert results_read(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("FISH demonstrated an ALK rearrangement, and NTRK1 and ROS1 were not rearranged.", ["FISH+"]),
        ("FISH demonstrated an ALK rearrangement, and NTRK1-3 and RET were not rearranged.", ["FISH+"]),
    ],
)
def test_gene_list_without_alk_is_not_alks_negative(text, expected):
    assert results_read(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ALK staining was negative and no ALK fusion was found by RNA sequencing.", ["IHC-", "NGS-"]),
        ("ALK staining was negative and targeted RNA sequencing found no ALK fusion.", ["IHC-", "NGS-"]),
        ("ALK (5A4) staining was strongly positive and NGS confirmed an EML4-ALK fusion.", ["IHC+", "NGS+"]),
    ],
)
def test_stain_with_its_own_verdict_before_a_molecular_test(text, expected):
    assert results_read(text) == expected
