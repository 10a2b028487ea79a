"""A prefix list closed by ", and" before a new subject whose result follows a staining noun ("negative for CD34,
S100 and EMA, and INI1 (SMARCB1) expression was retained"; "..., and desmin staining was focal"): the new subject's
result is its own, the earlier list keeps the prefix's (``fields.ihc._new_subject_clauses``). Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


def polarities(text: str) -> dict[str, bool]:
    out: dict[str, bool] = {}
    for c in calls(text):
        out.setdefault(c.mention.canonical, c.positive)
    return out


@pytest.mark.parametrize(
    "text, negative, positive",
    [
        (
            "The cells were non-reactive for myogenin, S100, CD34, EMA and pan-cytokeratin, and INI1 (SMARCB1) "
            "expression was retained.",
            ["myogenin", "S-100", "CD34", "EMA", "CK"], ["INI1"],
        ),
        (
            "Tumour cells were negative for STAT6, SOX10, DOG1 and CD117, and BRG1 expression was preserved.",
            ["STAT6", "SOX10", "DOG-1", "CD117"], [],
        ),
        (
            "Negative stains included CD34, S100 and h-caldesmon, and desmin staining was focal.",
            ["CD34", "S-100", "caldesmon"], ["desmin"],
        ),
        (
            "It was negative for ALK, ROS1, CD34, and SMA immunoreactivity was diffuse.",
            ["ALK", "ROS1", "CD34"], ["SMA"],
        ),
    ],
)
def test_ihc_new_subject_staining_noun_after_prefix_list(text, negative, positive):
    got = polarities(text)
    for m in negative:
        assert got.get(m) is False, (m, got)
    for m in positive:
        assert got.get(m) is True, (m, got)


@pytest.mark.parametrize(
    "text, positive",
    [
        # no prefix opened a list before: one list, one result
        ("ALK, SMA, and desmin expression was diffuse.", ["ALK", "SMA", "desmin"]),
        ("Staining for CD34, S100, and desmin expression was seen.", ["CD34", "S-100", "desmin"]),
    ],
)
def test_ihc_staining_noun_result_without_prefix_stays_one_list(text, positive):
    got = polarities(text)
    for m in positive:
        assert got.get(m) is True, (m, got)
