"""Small outcome wordings (fictional sentences): a finding of no disease dated by a count of days ("no recurrence 500
days after the operation") is the follow-up when the count is no early post-operative check; a bare "remained well at
N weeks" dates the last news (no status of its own); a state with disease closed by its time without a comma
("referred to hospice 26 months after the diagnosis"); "partial shrinkage" on a drug is a partial response and a
residual disease "which has remained stable" is stable disease."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply, response_mentions
from _support import run_apply


@pytest.mark.parametrize(
    "text, months, status",
    [
        ("There has been no recurrence 500 days after the operation.", 16.4, "ANED"),
        ("At 240 days after resection there was no recurrence.", 7.9, "ANED"),
        ("She remains free of disease 450 days after surgery.", 14.8, "ANED"),
    ],
)
def test_finding_of_no_disease_dated_in_days(text, months, status):
    row = run_apply(apply, text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve days after surgery, CT showed no residual tumour.",
        "He went home 8 days after the operation, with no complications.",
    ],
)
def test_a_few_days_after_surgery_is_no_follow_up(text):
    assert run_apply(apply, text).follow_up_months is None


def test_remained_well_at_weeks_dates_the_last_news_without_status():
    row = run_apply(apply, "The boy remained well at 8 weeks.")
    assert (row.follow_up_months, row.status) == (1.8, None)


def test_well_at_an_age_in_weeks_is_no_follow_up():
    assert run_apply(apply, "She remained well at 3 weeks of age.").follow_up_months is None


@pytest.mark.parametrize(
    "text, months",
    [
        ("He was referred to hospice 26 months after the diagnosis.", 26.0),
        ("She was transferred to palliative care 15 months after the first operation.", 15.0),
    ],
)
def test_state_with_disease_closed_by_its_time_without_a_comma(text, months):
    row = run_apply(apply, text)
    assert (row.follow_up_months, row.status) == (months, "AWD")


@pytest.mark.parametrize(
    "text, code",
    [
        ("She was treated the same way, with a similar partial shrinkage on prednisolone.", "PR"),
        ("Ibuprofen produced partial tumour shrinkage.", "PR"),
        ("He was given ceritinib for the residual mass, which has remained stable.", "SD"),
    ],
)
def test_short_response_wordings(text, code):
    assert [c for c, _, _ in response_mentions(text)] == [code]


def test_stable_lesion_in_a_restrictive_clause_is_no_assessment():
    assert response_mentions("A lesion that remained stable was biopsied.") == []
