"""A stain told positive (or negative) for all numbered tumours of a series except the ones named ("All four tumours
were positive for SMA, except that of case 3, which was negative", "With the exception of case 2, every tumour expressed
ALK"): the others have the result, the excepted ones the opposite, unless the exception tells its own result with a
marker ("except case 4, which was ALK-negative": theirs as told). ``fields.narrative`` (``_elsewhere_only``,
``all_except_cases``) and ``ihc`` / ``alk`` elsewhere-only readers. Invented patients, wording our own."""

from __future__ import annotations

import pytest
from _support import text_rows


_SERIES = """Inflammatory myofibroblastic tumour of the ureter: four invented cases

Case 1 was a 33-year-old man, case 2 a 58-year-old woman, case 3 a 19-year-old woman and case 4 a 71-year-old man;
each tumour was excised.
{stain}
"""


def _rows(nlp, stain: str):
    return text_rows(nlp, _SERIES.format(stain=stain))


def _has(values, marker):
    return marker in (values or [])


@pytest.mark.parametrize(
    "stain",
    [
        "All four tumours were positive for desmin, except that of case 3, which was negative.",
        "All tumours were desmin-positive except case 3.",
        "With the exception of case 3, all tumours expressed desmin.",
        "Every tumour stained for desmin, except the one of case 3.",
        "All four lesions were immunoreactive for desmin except for case 3, which was not.",
    ],
)
def test_stain_for_all_except_named_is_negative_for_the_excepted(nlp, stain):
    rows = _rows(nlp, stain)
    assert [r.case_id for r in rows] == ["case-1", "case-2", "case-3", "case-4"]
    for r in rows:
        if r.case_id == "case-3":
            assert not _has(r.ihc_positive, "desmin")
            assert _has(r.ihc_negative, "desmin")
        else:
            assert _has(r.ihc_positive, "desmin")


@pytest.mark.parametrize(
    "stain",
    [
        "All four tumours were positive for ALK, except that of case 3, which was negative.",
        "With the exception of case 3, all tumours expressed ALK.",
    ],
)
def test_alk_stain_for_all_except_named_gives_the_excepted_a_negative_test(nlp, stain):
    rows = _rows(nlp, stain)
    tests = {r.case_id: r.alk_tests for r in rows}
    assert tests == {"case-1": ["IHC+"], "case-2": ["IHC+"], "case-3": ["IHC-"], "case-4": ["IHC+"]}


@pytest.mark.parametrize(
    "stain",
    [
        # the exception tells its own result with a marker: that result alone, no opposite of the others'
        "All four tumours expressed ALK and SMA, except case 3, which was ALK-negative.",
    ],
)
def test_exception_with_its_own_marker_keeps_its_own_result(nlp, stain):
    r3 = next(r for r in _rows(nlp, stain) if r.case_id == "case-3")
    assert _has(r3.ihc_negative, "ALK")
    assert not _has(r3.ihc_negative, "SMA")


@pytest.mark.parametrize(
    "stain",
    [
        # an exception of a course, not a stain: no stain to flip
        "All patients are alive without disease except case 3, who died of a stroke.",
        # the excepted tumour was not tested: no result of its own
        "All tumours were tested for desmin and were positive, except case 3, which was not tested.",
    ],
)
def test_exception_not_of_a_stain_result_gives_no_negative(nlp, stain):
    r3 = next(r for r in _rows(nlp, stain) if r.case_id == "case-3")
    assert not _has(r3.ihc_negative, "desmin")
