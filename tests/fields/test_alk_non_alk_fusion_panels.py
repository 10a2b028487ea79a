"""Fusions of other kinases and rare ALK partners as papers on non-ALK IMT write them (fictional wording): a partner
named by its full gene name and "gene (SYMBOL)"; a fusion used only as the name of one case of a series; a panel that
found another kinase's fusion and says no ALK fusion was present (NGS-, never NGS+ from the other kinase's fusion)."""

from __future__ import annotations

import pytest

from eims_extract.fields import alk


def _fusions(text: str) -> list[str]:
    return [f for f, _, _ in alk.fusions_in(text)]


def _tests(text: str) -> list[str]:
    return [r for r, _, _ in alk.alk_results(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Targeted RNA sequencing detected fusion of the tropomyosin 4 gene (TPM4) exon 6 to ALK exon 20.",
            ["TPM4::ALK"],
        ),
        (
            "An RNA panel found fusion of the protein kinase cAMP-dependent type I regulatory subunit alpha gene (PRKAR1A) "
            "to ALK.",
            ["PRKAR1A::ALK"],
        ),
        ("Sequencing revealed fusion of the ran-binding protein 2 (RANBP2) to ALK.", ["RANBP2::ALK"]),
    ],
)
def test_full_gene_name_then_gene_and_bracketed_symbol_is_a_partner(text, expected):
    assert _fusions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Among our patients, all tumours stained for pan-TRK, the ETV6-NTRK3 case most strongly.",
        "The TPM3::NTRK1 tumour, in contrast, showed only faint staining.",
        "In this series the LMNA-NTRK1 patient was the oldest.",
    ],
)
def test_fusion_naming_one_case_of_a_series_is_no_finding(text):
    assert _fusions(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The biopsy was found to carry a TPM3-ALK fusion.", ["TPM3::ALK"]),
        ("Sequencing showed the tumour had an ETV6-NTRK3 fusion.", ["ETV6::NTRK3"]),
    ],
)
def test_fusion_told_of_the_tumour_stays_a_finding(text, expected):
    assert _fusions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A targeted RNA panel detected a TPM3/NTRK1 fusion (TPM3 exon 7; NTRK1 exon 10); no ALK or ROS1 fusion was found.",
        "The hybrid-capture panel identified an FN1–PDGFRB fusion (FN1 exon 12; PDGFRB exon 11); ALK was not rearranged.",
    ],
)
def test_panel_finding_another_fusion_with_exons_in_brackets_then_no_alk_is_negative(text):
    assert _tests(text) == ["NGS-"]


@pytest.mark.parametrize(
    "text",
    [
        "ALK FISH (break-apart)      No rearrangement (3%) Archer FusionPlex (RNA)      NCOA4 (exon 8)::RET (exon 12)",
        "ALK FISH    Negative Oncomine Focus    ETV6 (exon 4)::NTRK3 (exon 14)",
    ],
)
def test_flattened_result_lines_another_kinases_fusion_is_no_positive_alk_test(text):
    assert "NGS+" not in _tests(text)


@pytest.mark.parametrize(
    "text",
    [
        "The RNA panel found an NCOA4::RET fusion (NCOA4 exon 7 :: RET exon 12); ALK, ROS1 and other fusions were not identified.",
        "Sequencing showed a KIF5B-RET fusion; ALK and NTRK fusions were not detected.",
        # ... or the genes listed as not rearranged
        "A DNA/RNA sequencing panel found an NCOA4 exon 8 - RET exon 12 fusion; ALK, ROS1 and NTRK1-3 were not rearranged.",
        "Targeted RNA sequencing identified a TPM3-NTRK1 fusion; ALK and ROS1 were not rearranged.",
    ],
)
def test_panel_then_alk_listed_with_others_as_not_identified_is_negative(text):
    assert _tests(text) == ["NGS-"]


def test_negative_alk_fish_before_a_panel_finding_another_fusion_stays_negative():
    text = "ALK was not found by immunostaining or by break-apart FISH, so a fusion panel was run and found a KIF5B::RET fusion."
    assert "FISH-" in _tests(text)
