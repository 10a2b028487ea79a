"""A clause naming the only patients with a finding by the abbreviated noun, glued or not ("desmin positive in Pt3
only", "CD30 was expressed only in pts 1 and 2"): the others' result is the opposite, as for "in case 3 only"
(invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_PTS = (
    "Pt1 (F/52): mesenteric mass, resected. Pt2 (M/38): lung mass, lobectomy. Pt3 (M/19): omental mass, resected. "
    "Pt4 (F/66): pelvic mass, biopsy only. "
)


def _stains(nlp, text: str) -> list[tuple]:
    return [tuple(sorted(v or []) for v in row) for row in abstract_rows(nlp, text, "ihc_positive", "ihc_negative")]


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("All four tumours were SMA positive; caldesmon positive in Pt3 only.", {3}),
        ("All four tumours were SMA positive; caldesmon was expressed in Pt 3 only.", {3}),
        ("All four tumours were SMA positive; caldesmon was expressed only in pts 1 and 3.", {1, 3}),
        ("SMA was positive in all four tumours, and caldesmon only in Pts 2 and 4.", {2, 4}),
    ],
)
def test_only_in_abbreviated_patients(nlp, sentence, named):
    rows = _stains(nlp, _PTS + sentence)
    for k, (pos, neg) in enumerate(rows, start=1):
        assert "SMA" in pos
        assert ("caldesmon" in pos) == (k in named) and ("caldesmon" in neg) == (k not in named)


def test_only_in_a_number_that_is_no_patient(nlp):
    # "in pt 7 only" of a four-patient series: nobody's negative
    rows = _stains(nlp, _PTS + "All four tumours were SMA positive; caldesmon positive in Pt7 only.")
    assert not any("caldesmon" in neg for _, neg in rows)
