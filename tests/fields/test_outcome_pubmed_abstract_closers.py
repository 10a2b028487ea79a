"""Closing sentences of PubMed case-report abstracts (fictional wordings written for these tests)."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from eims_extract.records import CaseRow
from _support import run_apply


def run(*texts: str) -> CaseRow:
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "text,follow_up,status",
    [
        ("He has been followed in clinic for 8 months without signs of recurrence.", 8.0, "ANED"),
        ("She was followed up in hospital for 14 months with no recurrence.", 14.0, "ANED"),
        ("The boy has been followed in outpatient clinic for two years and remains free of disease.", 24.0, "ANED"),
        ("She has been followed in our outpatient clinic for 10 months without any recurrence.", 10.0, "ANED"),
    ],
)
def test_followed_in_a_clinic_named_without_article(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    "text",
    [
        "Patients were followed in clinic every 3 months.",  # a schedule, no length
        "She had been followed in clinic for a thyroid nodule 6 years before presentation.",  # earlier history
    ],
)
def test_followed_in_a_clinic_schedule_or_history_is_no_follow_up(text):
    assert run(text).follow_up_months is None


@pytest.mark.parametrize(
    "text,follow_up,status,response",
    [
        ("Crizotinib led to a marked partial response lasting 20 months so far.", 20.0, "AWD", "PR"),
        ("Entrectinib produced a partial response lasting 11 months to date.", 11.0, "AWD", "PR"),
        ("Larotrectinib achieved stable disease lasting 9 months so far.", 9.0, "AWD", "SD"),
        ("Alectinib gave a deep partial response that has lasted 15 months to date.", 15.0, "AWD", "PR"),
    ],
)
def test_response_lasting_a_length_so_far(text, follow_up, status, response):
    row = run(text)
    assert (row.follow_up_months, row.status, row.response) == (follow_up, status, response)


@pytest.mark.parametrize(
    "text",
    [
        "Crizotinib produced a partial response lasting 7 months, followed by progression.",
        "In that series, partial responses lasting 20 months so far were reported in three patients.",
    ],
)
def test_response_lasting_a_length_that_ended_or_of_others_is_no_state(text):
    row = run(text)
    assert row.status is None


@pytest.mark.parametrize(
    "text,follow_up,status",
    [
        ("He died 3 months after surgery before targeted therapy could be started.", 3.0, "DOD"),
        ("She died 5 months after the operation, before chemotherapy could begin.", 5.0, "DOD"),
        ("The child died 2 months after diagnosis, before an ALK inhibitor could be obtained.", 2.0, "DOD"),
    ],
)
def test_death_before_a_treatment_could_start_is_no_hedge(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


def test_a_hedged_death_stays_hedged():
    assert run("Without treatment she could die within 6 months.").status is None


@pytest.mark.parametrize(
    "text",
    [
        "He died 3 months after surgery before crizotinib could be started.",
        "She died 5 months after the operation, before chemotherapy could begin.",
        "The child died 2 months after diagnosis, before an ALK inhibitor could be obtained.",
    ],
)
def test_treatment_awaited_before_a_death_was_not_given(text):
    from eims_extract.fields import treatment

    row = run_apply(treatment.apply, text)
    given = (row.treatment or "").split("+")
    assert "Che" not in given and "ALKi" not in given and row.drugs is None  # the surgery before it stays
