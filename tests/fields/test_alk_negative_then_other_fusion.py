"""A tumour told negative for ALK and, in the same sentence, carrying another kinase's fusion ("was ALK-negative on
immunohistochemistry and carried a NAB2-PDGFRB fusion"): the negative is ALK's, the fusion is its own clause and is
found (``fields.alk``). Invented sentences about fictional tumours."""

from __future__ import annotations

import pytest

from eims_extract.fields import alk


@pytest.mark.parametrize(
    "text, fusion",
    [
        ("The lesion was ALK-negative on immunohistochemistry and carried a NAB2-PDGFRB fusion.", "NAB2::PDGFRB"),
        ("The tumour was negative for ALK and harboured a YWHAE-ROS1 fusion.", "YWHAE::ROS1"),
        ("The mass stained negative for ALK but was found to harbour an ETV6-NTRK3 rearrangement.", "ETV6::NTRK3"),
    ],
)
def test_fusion_coordinated_after_a_negative_alk_result_is_found(text, fusion):
    assert fusion in [f for f, _, _ in alk.fusions_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The tumour was negative for ALK and had no YWHAE-ROS1 fusion.",
        "ALK staining was negative and the tumour carried no ROS1 or NTRK3 rearrangement.",
    ],
)
def test_a_fusion_denied_in_its_own_clause_stays_denied(text):
    assert alk.fusions_in(text) == []
