"""A series' methods sentence naming the tests added on availability tells no patient's result, and a test given the
result of the one before by an elliptical clause ("..., as was FISH") shares its sign (``patterns/alk.jsonl``).
Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import _read_tests


def _tests(text: str) -> list[str]:
    return sorted({t for t, _, _ in _read_tests(text)[0]})


@pytest.mark.parametrize(
    "text",
    [
        "Break-apart FISH and/or targeted RNA sequencing were added according to availability.",
        "ALK FISH and a fusion panel were done depending on the material available.",
        "FISH (ALK break-apart probe) was added for the tumours with equivocal staining.",
    ],
)
def test_tests_added_on_availability_tell_no_result(text):
    assert _tests(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ALK immunostain was negative, as was the ALK break-apart FISH.", ["FISH-", "IHC-"]),
        ("ALK FISH was negative, as was ALK immunohistochemistry.", ["FISH-", "IHC-"]),
        # a clause with its own result keeps it
        ("ALK FISH was negative, and RNA sequencing was positive for an ALK fusion.", ["FISH-", "NGS+"]),
        ("ALK IHC was positive, as was ALK FISH.", ["FISH+", "IHC+"]),
    ],
)
def test_elided_result_is_the_one_before(text, expected):
    assert _tests(text) == expected
