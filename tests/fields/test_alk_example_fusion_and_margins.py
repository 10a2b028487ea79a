"""Precision of the ALK test and fusion reading (``fields.alk``): a fusion named only as an example of what a negative
panel looked for ("No known fusion (e.g. EML4-ALK) was detected": "e.g." ends no clause, the negation reaches it), and
surgical margins or lymph nodes told negative in a test's sentence (the operation's finding, no test result). Invented
sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import _read_tests, fusions_in


@pytest.mark.parametrize(
    "text",
    [
        "No known fusion (e.g. EML4-ALK) was detected.",
        "No recurrent fusion, e.g. TPM3-ALK, was identified by the panel.",
        "The RNA panel found no kinase fusion (e.g. RANBP2-ALK or ETV6-NTRK3).",
    ],
)
def test_fusion_named_as_an_example_of_none_found_is_no_fusion(text):
    assert fusions_in(text) == []


def test_fusion_named_after_i_e_is_found():
    assert [f for f, _, _ in fusions_in("RNA sequencing identified the rearrangement, i.e. a TPM3-ALK fusion.")] == ["TPM3::ALK"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ALK staining and ALK FISH positivity confirmed the diagnosis, and the resection achieved negative margins.", ["IHC+", "FISH+"]),
        ("ALK FISH was positive; the margins were negative.", ["FISH+"]),
        ("ALK FISH was positive, and all lymph nodes were negative.", ["FISH+"]),
        ("ALK FISH was negative and the margins were negative.", ["FISH-"]),
    ],
)
def test_margins_or_nodes_told_negative_are_no_test_result(text, expected):
    assert [t for t, _, _ in _read_tests(text)[0]] == expected
