"""One patient of a series named by the site of its tumour as the only one with a finding (invented text): "Desmin was
detected only in the tracheal lesion" is that patient's positive and every other patient's negative; a test said to be
done only there tells nothing of the others, and a site two patients' sentences name leaves it unresolved."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_AIRWAY = (
    "Case reports: Case 1 was a 47-year-old man with a supraglottic mass. Case 2 was a 31-year-old woman with a "
    "subglottic mass. Case 3 was a 62-year-old man with a tracheal tumour. SMA was expressed in all three. "
)
_THORAX = (
    "Case reports: Case 1 was a 30-year-old woman with a tumour of the heart. Case 2 was a 50-year-old man with a "
    "bronchial tumour. Case 3 was a 44-year-old man with a mass in the lung. All tumours were ALK-positive. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_AIRWAY + "Desmin was detected only in the tracheal lesion.",
         [(["SMA"], ["desmin"]), (["SMA"], ["desmin"]), (["SMA", "desmin"], None)]),
        (_THORAX + "Desmin was expressed in the cardiac tumour only.",
         [(["ALK", "desmin"], None), (["ALK"], ["desmin"]), (["ALK"], ["desmin"])]),
        (_AIRWAY + "CD34 was performed only in the tracheal lesion.", [(["SMA"], None)] * 3),
    ],
)
def test_only_in_the_site_named_tumour(nlp, text, expected):
    assert abstract_rows(nlp, text, "ihc_positive", "ihc_negative") == expected
