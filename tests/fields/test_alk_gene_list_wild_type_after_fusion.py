"""A sequencing result that finds another kinase's fusion and then, in its next clause, lists ALK among genes told
wild-type / unrearranged ("... revealed an ETV6::PDGFRB fusion; ALK, ROS1 and NTRK transcripts were wild-type"): the
same test's negative result for ALK (``patterns/alk.jsonl`` carry_over), as the single-gene "; ALK was wild type".
Invented sentences about fictional tumours."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import alk_results, fusions_in


def codes(text: str) -> list[str]:
    return sorted({c for c, _, _ in alk_results(text)})


@pytest.mark.parametrize(
    "text,tests,fusion",
    [
        ("RNA sequencing revealed an in-frame ETV6::PDGFRB fusion; ALK, ROS1 and NTRK transcripts were wild-type.",
         ["NGS-"], ["ETV6::PDGFRB"]),
        ("Targeted RNA sequencing detected a TFG-ROS1 fusion, whereas ALK and NTRK1-3 were wild type.",
         ["NGS-"], ["TFG::ROS1"]),
        ("The fusion panel identified a CCDC6-RET fusion, while ALK, ROS1 and NTRK genes were not rearranged.",
         ["NGS-"], ["CCDC6::RET"]),
        ("Anchored multiplex PCR found a TPM3-NTRK1 fusion; ALK and ROS1 remained unrearranged.",
         ["NGS-"], ["TPM3::NTRK1"]),
    ],
)
def test_alk_in_a_gene_list_told_wild_type_after_another_fusion(text, tests, fusion):
    assert codes(text) == tests
    assert [f for f, _, _ in fusions_in(text)] == fusion


@pytest.mark.parametrize(
    "text,tests",
    [
        # ALK not among the listed genes: no result for ALK from that clause
        ("RNA sequencing revealed a CLTC-ALK fusion; ROS1 and NTRK transcripts were wild-type.", ["NGS+"]),
        # a cohort's wild-type tumours are no test of this tumour
        ("Sequencing found kinase fusions in 11 sarcomas, including 4 ALK/ROS1 wild-type myofibroblastic tumours.", []),
    ],
)
def test_wild_type_list_without_alk_or_of_a_cohort(text, tests):
    assert codes(text) == tests
