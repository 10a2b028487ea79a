"""The literature's cases named as reported before, without an author ("cases reported before were ...", "previously
published cases showed ..."): their tests are no result of this tumour (``patterns/alk.jsonl`` other_study); a contrast
with them that goes on to this tumour's own result keeps it (invented sentences)."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import _read_tests


def _tests_of(text: str) -> list[str]:
    return sorted({t for t, _, _ in _read_tests(text)[0]})


@pytest.mark.parametrize(
    "text",
    [
        "Bladder cases reported before showed ALK rearrangement by FISH in three of seven.",
        "Tumours described so far in the literature were negative for ALK fusions on RNA sequencing.",
        "Previously published cases were positive for ALK rearrangement by FISH in most instances.",
    ],
)
def test_cases_reported_before_give_no_result(text):
    assert _tests_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unlike previously reported cases, our patient's tumour showed ALK rearrangement by FISH.", ["FISH+"]),
        ("In contrast to cases reported before, FISH showed no ALK rearrangement in our patient.", ["FISH-"]),
    ],
)
def test_contrast_with_reported_cases_keeps_this_tumours_result(text, expected):
    assert _tests_of(text) == expected
