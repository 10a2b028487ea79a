"""A semicolon inside a bracketed aside after a test's name ("An RNA panel (anchored multiplex assay; 60 genes
including ALK) found no fusion") does not end the test's clause: the aside tells what the test is, its result comes
after the bracket (``fields.alk._clause``). A bracket that tells results of its own keeps its semicolon. Invented
sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import alk_results


def codes(text: str) -> list[str]:
    return sorted({c for c, _, _ in alk_results(text)})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An RNA-based NGS panel (anchored multiplex assay; 60 genes including ALK, ROS1 and NTRK1-3) detected no "
         "fusion.", ["NGS-"]),
        ("Targeted RNA sequencing (hybrid-capture panel; covers ALK and ROS1) found no rearrangement.", ["NGS-"]),
        ("Next-generation sequencing (DNA and RNA; 500 genes including ALK) identified an EML4::ALK fusion.", ["NGS+"]),
    ],
)
def test_alk_semicolon_inside_method_aside(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the bracket tells its own results: its semicolon still parts them
        ("The tumour (ALK IHC positive; FISH negative) was resected.", ["FISH-", "IHC+"]),
        ("ALK tests (IHC negative; FISH not done) were reviewed.", ["IHC-"]),
    ],
)
def test_bracket_with_its_own_results_keeps_its_semicolon(text, expected):
    assert codes(text) == expected
