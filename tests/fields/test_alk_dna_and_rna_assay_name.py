"""An assay named by both its nucleic-acid kinds ("a DNA and RNA panel", "DNA and RNA sequencing") after a stain's result:
the "and" inside the name opens no new test clause, so the assay keeps its own negation ("showed no ALK alteration")
and no positive sequencing result appears; a stain's own result told before "and" and a second test without a comma
("the stain for ALK was negative and FISH showed ...") ends the stain's clause (``patterns/alk.jsonl``). Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import _read_tests


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "ALK immunostaining was negative, and sequencing with a DNA and RNA panel showed no ALK alteration.",
            ["IHC-", "NGS-"],
        ),
        (
            "ALK staining was absent, and a combined DNA and RNA panel revealed no ALK rearrangement.",
            ["IHC-", "NGS-"],
        ),
        (
            "ALK immunostaining was negative, and sequencing with a DNA and RNA panel identified an EML4-ALK fusion.",
            ["IHC-", "NGS+"],
        ),
    ],
)
def test_dna_and_rna_inside_one_assay_name(text, expected):
    assert sorted({t for t, _, _ in _read_tests(text)[0]}) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The stain for ALK was negative and FISH showed an ALK rearrangement.",
        "ALK was negative by immunohistochemistry and FISH showed an ALK rearrangement.",
        "ALK was negative on IHC and break-apart FISH revealed an ALK rearrangement.",
    ],
)
def test_stain_result_then_and_a_second_test_without_comma(text):
    # the stain's result ends its clause: the negation is not the second test's
    assert sorted({t for t, _, _ in _read_tests(text)[0]}) == ["FISH+", "IHC-"]
