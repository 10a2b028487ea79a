"""A series' outcome told of all its numbered patients beside the series' follow-up statistic ("With a median
follow-up of 22 months (range 6-48), all patients are alive without disease", "Follow-up ranged from 5 to 40 months
(mean 19); all three patients are free of disease"): the statistic is no one's follow-up, but the outcome is each
patient's (``fields.narrative``: the statistic is blanked and the rest read for all). A count of some of them beside
the statistic stays no one's. Invented patients, wording our own."""

from __future__ import annotations

import pytest
from _support import text_rows


_SERIES = """Inflammatory myofibroblastic tumour of the chest wall: three invented cases

Case 1 was a 27-year-old man, case 2 a 45-year-old woman and case 3 a 12-year-old girl; each had a chest wall mass
excised with clear margins.
{outcome}
"""


def _rows(nlp, text: str):
    return text_rows(nlp, text)


@pytest.mark.parametrize(
    "outcome",
    [
        "With a median follow-up of 22 months (range 6-48), all patients are alive without disease.",
        "After a mean follow-up of 31 months, all three patients remain free of disease.",
        "Follow-up ranged from 5 to 40 months (mean 19 months); all three patients are alive with no evidence of disease.",
        "All three patients are alive and disease-free after a follow-up of 9 to 52 months (mean 27 months).",
        "At a median follow-up of 3 years (range, 1-6 years), all of the patients remain disease-free.",
    ],
)
def test_all_patients_outcome_beside_followup_statistic_is_each_ones(nlp, outcome):
    rows = _rows(nlp, _SERIES.format(outcome=outcome))
    assert [r.case_id for r in rows] == ["case-1", "case-2", "case-3"]
    for r in rows:
        assert r.status == "ANED"
        assert r.follow_up_months is None  # the statistic is no one's follow-up


@pytest.mark.parametrize(
    "outcome",
    [
        "After a median follow-up of 30 months (range, 12-60), none of the three patients has had a recurrence.",
        "With a mean follow-up of 2 years (range 1-4 years), no patient developed a recurrence.",
    ],
)
def test_none_recurred_beside_followup_statistic_is_each_ones(nlp, outcome):
    rows = _rows(nlp, _SERIES.format(outcome=outcome))
    assert len(rows) == 3
    for r in rows:
        assert r.recurrence is False
        assert r.follow_up_months is None


@pytest.mark.parametrize(
    "outcome",
    [
        "With a median follow-up of 22 months (range 6-48), two patients are alive without disease.",
        "Follow-up ranged from 5 to 40 months (mean 19 months); one patient relapsed.",
    ],
)
def test_count_of_some_beside_followup_statistic_stays_no_ones(nlp, outcome):
    rows = _rows(nlp, _SERIES.format(outcome=outcome))
    for r in rows:
        assert r.status is None
        assert r.recurrence is None
        assert r.follow_up_months is None
