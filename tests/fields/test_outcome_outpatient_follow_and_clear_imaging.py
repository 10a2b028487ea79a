"""Closing sentences of single-case reports (probe32b, fictional patients): a follow-up told "as an outpatient", a state
"free of symptoms and recurrence for N months", a scan at a time point showing the organ "without any mass", and a
list of check-ups told as adjectives ("at the 6-month, 1-year and 2-year check-ups")."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The patient has been followed as an outpatient for 7 months without signs of tumour recurrence.", 7.0),
        ("She was followed up as an outpatient for 2 years with no recurrence.", 24.0),
        ("He has been followed as an out-patient for 15 months and remains free of disease.", 15.0),
        ("The invented girl was followed as outpatient for 9 months, with no evidence of recurrence.", 9.0),
    ],
)
def test_follow_up_told_as_an_outpatient_is_the_follow_up(text, months):
    row = run_apply(apply, "A wide excision was performed.", text)
    assert (row.follow_up_months, row.status) == (months, "ANED")


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("She has been free of symptoms and recurrence for 15 months.", 15.0),
        ("He has remained free of complaints and disease for 3 years.", 36.0),
        ("The boy has been free from symptoms or relapse for 20 months.", 20.0),
    ],
)
def test_free_of_symptoms_and_recurrence_for_a_period_is_the_follow_up(text, months):
    row = run_apply(apply, "A wide excision was performed.", text)
    assert row.follow_up_months == months


def test_free_of_symptoms_for_a_period_before_the_tumour_is_no_follow_up():
    row = run_apply(apply, "She had been free of symptoms and disease for 5 years before the chest mass appeared.")
    assert row.follow_up_months is None


@pytest.mark.parametrize(
    "text",
    [
        "At 13 months after excision, MRI showed symmetric vocal cords without any mass.",
        "Thirteen months after the operation, chest CT showed a clear lung field without any mass.",
        "Ultrasound 13 months after surgery revealed a normal bladder wall without any residual or recurrent lesion.",
        "Follow-up CT 13 months later demonstrated the operative bed without any tumour.",
    ],
)
def test_scan_at_a_time_point_showing_no_mass_is_no_evidence_of_disease(text):
    row = run_apply(apply, "The mass was excised completely.", text)
    assert (row.status, row.follow_up_months) == ("ANED", 13.0)


@pytest.mark.parametrize(
    "text",
    [
        # the scan of the work-up: no time point told after the treatment
        "CT showed a 4 cm mass in the left lung without any mass in the liver.",
        # a mass without a feature is a mass seen
        "Six months after surgery, MRI showed a new mass without any calcification.",
    ],
)
def test_scan_without_a_time_point_or_showing_a_mass_gives_no_status(text):
    row = run_apply(apply, "The mass was excised.", text)
    assert row.status != "ANED"


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("No recurrence or metastasis was found at the 6-month, 1-year and 2-year check-ups.", 24.0),
        ("Imaging at the 3-month, 6-month and 12-month visits showed no recurrence.", 12.0),
        ("She was free of disease at her 6-, 12- and 18-month follow-up visits.", 18.0),
    ],
)
def test_check_ups_listed_as_adjectives_give_the_last_point(text, months):
    row = run_apply(apply, "A lobectomy was performed.", text)
    assert (row.follow_up_months, row.status) == (months, "ANED")


def test_check_ups_planned_as_adjectives_give_no_follow_up():
    row = run_apply(apply, "Imaging is planned at the 6-month, 1-year and 2-year check-ups.")
    assert row.follow_up_months is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("At the time of writing, four years after diagnosis, he is in continuing complete remission.", 48.0),
        ("She is in ongoing complete remission 20 months after starting alectinib.", 20.0),
        ("The invented boy remains in continuing remission at 3 years.", 36.0),
    ],
)
def test_continuing_or_ongoing_remission_is_no_evidence_of_disease(text, months):
    row = run_apply(apply, "Lorlatinib was started, and MRI three months later showed a complete response.", text)
    assert (row.status, row.follow_up_months) == ("ANED", months)
