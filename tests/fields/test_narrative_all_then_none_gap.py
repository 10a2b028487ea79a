"""A stain positive in every patient of a numbered series, another named after it "in none" ("Desmin was positive in
all three and CD34 in none"): each patient's tumour is positive for the first and negative for the second, the
left-out predicate read denied (invented text)."""

from __future__ import annotations

import pytest
from _support import abstract_rows

_BASE = ("Patient 1, a 50-year-old man, had a hepatic mass. Patient 2, a 30-year-old woman, had a gastric mass. "
         "Patient 3, a 7-year-old girl, had a colonic mass. ")


@pytest.mark.parametrize(
    "sentence",
    [
        "Desmin was positive in all three and CD34 in none.",
        "Desmin was expressed in all three, and CD34 in none.",
        "Desmin was diffusely positive in all patients, but CD34 in none of them.",
        "Desmin was detected in all three tumours, whereas CD34 in none.",
    ],
)
def test_stain_in_all_then_another_in_none(nlp, sentence):
    rows = abstract_rows(nlp, _BASE + sentence, "ihc_positive", "ihc_negative")
    assert len(rows) == 3
    for pos, neg in rows:
        assert "desmin" in (pos or []) and "CD34" not in (pos or [])
        assert "CD34" in (neg or []) and "desmin" not in (neg or [])


def test_two_markers_in_none(nlp):
    rows = abstract_rows(nlp, _BASE + "SMA was positive in all three, and CD34 and S100 in none.", "ihc_positive", "ihc_negative")
    for pos, neg in rows:
        assert pos == ["SMA"] and set(neg or []) == {"CD34", "S-100"}


def test_none_of_another_count_is_not_dealt(nlp):
    rows = abstract_rows(nlp, _BASE + "Desmin was positive in all five and CD34 in none.", "ihc_negative")
    assert not any("CD34" in (neg or []) for (neg,) in rows)
