"""Helpers the table-cell readers share."""

from __future__ import annotations

import pytest

from eims_extract.fields.cells import _base_codes, codes, marker_sign, paired_values
from eims_extract.normalize import BRACKETED, key


def worked_out(kind: str, legend: dict[str, str]) -> dict[str, str]:
    """The codes as read from the base abbreviations and the legend, entry by entry."""
    out = dict(_base_codes(kind))
    for abbr, expansion in legend.items():
        canon = out.get(key(expansion)) or out.get(key(BRACKETED.sub("", expansion)))
        if canon and key(abbr) not in out:
            out[key(abbr)] = canon
    return out


LEGENDS = [
    {},
    {"Crz": "crizotinib", "RTx": "radiotherapy", "Op": "surgical excision", "Zz": "no such thing"},
    {"AWD": "alive with disease", "D": "died of disease (DOD)", "NED": "no evidence of disease"},
    {"Op": "observation only"},  # a table binding a code otherwise
]


@pytest.mark.parametrize("kind", ["treatment", "status"])
@pytest.mark.parametrize("legend", LEGENDS)
def test_a_tables_codes_kept_for_its_legend_are_those_worked_out_cell_by_cell(kind: str, legend: dict[str, str]) -> None:
    """Every cell of a table asks for its legend's codes: kept per legend, they are the ones worked out
    again, read-only, and a different legend (even one differing in a single entry) gets its own."""
    for _ in range(2):
        got = codes(kind, dict(legend))
        assert dict(got) == worked_out(kind, legend)
        with pytest.raises(TypeError):
            got["x"] = "y"  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+/-", [True, False]),
        ("- / +", [False, True]),
        ("+ / n.d.", [True, None]),  # a part not done answers nothing
        ("NA/-", [None, False]),
        ("+", None),  # one sign alone: which half of the header it answers is unsaid
        ("+/-/+", None),  # three parts under a two-part header
        ("+ / weak", None),  # a part that is neither a sign nor a not-available code: the cell is read whole
    ],
)
def test_a_cell_cut_like_its_two_part_header_answers_each_part(text: str, expected: list[bool | None] | None) -> None:
    assert paired_values(text, marker_sign) == expected
