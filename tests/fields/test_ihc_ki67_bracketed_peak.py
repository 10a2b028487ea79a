"""A Ki-67 index given as a bound or a value and then, in a bracket right after it, its peak ("below 10% (up to 7% in
hot spots)", "5% (up to 15% in hot spots)", "<5% (maximum 4% in hotspot areas)"): the bracketed peak is the patient's
number, as the upper bound of a range is (regex ``ki67_bracketed_peak``, ``fields.ihc._ki67_percent``). A bracket
that gives no peak (a clone, a figure) or the share of other cells keeps the value before it. Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import apply
from _support import run_apply


@pytest.mark.parametrize(
    "text, value",
    [
        ("The Ki-67 index was below 10% (up to 7% in hot spots).", 7.0),
        ("Ki-67: <5% (maximum 4% in hotspot areas).", 4.0),
        ("Ki-67 labelling was 5% (up to 15% in hot spots), and CD34 was negative.", 15.0),
        ("The MIB-1 index was low, under 20% (highest 12% in the most active field).", 12.0),
        ("Ki-67 was 3% (8% in hot spots).", 8.0),
    ],
)
def test_ihc_ki67_bracketed_peak(text, value):
    assert run_apply(apply, text).ki67_percent == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("The Ki-67 index was 10% (MIB-1 clone).", 10.0),
        ("Ki-67 was 6% (Fig. 3C).", 6.0),
        ("Ki-67 was 4% (up to 40% in the germinal centres of lymphoid follicles).", 4.0),
    ],
)
def test_ihc_ki67_bracket_without_a_peak_keeps_the_value(text, value):
    assert run_apply(apply, text).ki67_percent == value
