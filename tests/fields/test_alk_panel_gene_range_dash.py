"""A sequencing panel's gene list with a numbered range written with an en dash ("NTRK1–3") is read as the hyphenated
one ("NTRK1-3"): the panel covered ALK, and its result is ALK's (regex ``panel_list``, ``fields.alk``). Invented
sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import alk_results


def codes(text: str) -> list[str]:
    return sorted({c for c, _, _ in alk_results(text)})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Targeted RNA sequencing (a 60-gene panel including ALK, ROS1, NTRK1–3, RET and MET) found no fusion.", ["NGS-"]),
        ("An RNA-based panel (52 genes including ALK, ROS1, NTRK1–3, RET, BRAF) detected no fusion transcript.", ["NGS-"]),
        ("An anchored multiplex NGS panel covering ALK, NTRK1–3, ROS1 and BRAF detected no rearrangement.", ["NGS-"]),
        ("An RNA panel including ALK, ROS1, NTRK1–3 and RET revealed an ETV6::NTRK3 fusion.", None),
        ("RNA sequencing (panel including ALK, ROS1, NTRK1–3 and RET) identified a TPM3::ALK fusion.", ["NGS+"]),
    ],
)
def test_alk_panel_gene_range_dash(text, expected):
    got = codes(text)
    assert got == codes(text.replace("\u2013", "-"))  # read as the hyphenated range is
    if expected is not None:
        assert got == expected
