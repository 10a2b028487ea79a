"""A series patient's own share told with a superlative against the rest of the series ("Ki-67 was 25%, the highest in
the series"): the comparison names the series but the value is this patient's; a statement about the series (or
another series) itself stays no one patient's (invented text)."""

from __future__ import annotations

import pytest

from _support import run_apply
from eims_extract.fields import ihc


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ki-67 labelled about 25% of nuclei, the highest in the series.", 25.0),
        ("The Ki-67 index was 3%, lowest of our series.", 3.0),
        ("Ki-67 stained 40% of tumour cells, the highest in this series.", 40.0),
    ],
)
def test_ki67_with_superlative_against_series(text, value):
    assert run_apply(ihc.apply, text, section="case").ki67_percent == value


@pytest.mark.parametrize(
    "text",
    [
        "In a large published series, the Ki-67 index was 20%.",
        "Ki-67 averaged 12% in the series of Lund and colleagues.",
        "The Ki-67 index reached 30% in one series.",
    ],
)
def test_ki67_of_a_series_itself_not_taken(text):
    assert run_apply(ihc.apply, text, section="case").ki67_percent is None


@pytest.mark.parametrize(
    "text",
    [
        "In the series, the Ki-67 index ranged up to 30%.",
        "Across the cohort, Ki-67 was 30%; in our series, it was lower.",
    ],
)
def test_ki67_of_the_series_opening_not_taken(text):
    assert run_apply(ihc.apply, text, section="case").ki67_percent is None
