"""A time point "later" followed by the patient's recovered function closes many spinal and neurosurgical reports
("Eight months later she walked without help and had recovered fully"): that time is the last news, the follow-up;
no status is told. Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import follow_up_mentions


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Eight months later she walked without help and had recovered fully.", 8.0),
        ("Six months later, the patient was able to walk without assistance.", 6.0),
        ("A year later, he had completely recovered.", 12.0),
        ("Two months later the boy was neurologically intact.", 2.0),
        ("Four months later, the woman walked unaided.", 4.0),
    ],
)
def test_time_later_then_recovered_function_is_follow_up(text: str, months: float) -> None:
    assert [m for m, *_ in follow_up_mentions(text)] == [months]


@pytest.mark.parametrize(
    "text",
    [
        "Three months later he walked into the clinic with a new lump.",
        "Ten years later the patient had recovered from a stroke.",
        "She walked normally two months later.",
    ],
)
def test_time_later_without_recovered_function_gives_no_follow_up(text: str) -> None:
    assert follow_up_mentions(text) == []
