"""Outcome wording of small-series abstracts: an examination told clear at a time point, a death within a bound, a
time counted into a therapy, a lesion unchanged on a course, a switch after progression (fictional patients)."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Endoscopy and CT at 11 months were clear.", 11.0),
        ("Imaging at 2 years was negative.", 24.0),
        ("Ultrasound and a chest radiograph after 8 months were normal.", 8.0),
    ],
)
def test_examination_told_clear_at_a_time_point_is_no_evidence_of_disease_then(text, months):
    row = run_apply(apply, "She underwent a wide excision.", text)
    assert (row.status, row.follow_up_months) == ("ANED", months)


def test_examination_told_abnormal_at_a_time_point_is_no_clear_result():
    row = run_apply(apply, "Imaging at 6 months was abnormal, with a new nodule at the resection site.")
    assert row.status != "ANED"


@pytest.mark.parametrize(
    "text",
    [
        "He relapsed after the operation and died of the disease within 17 months.",
        "She died of the tumour within 17 months of diagnosis.",
    ],
)
def test_death_within_a_bound_takes_the_bound_as_follow_up(text):
    row = run_apply(apply, text)
    assert (row.status, row.follow_up_months) == ("DOD", 17.0)


@pytest.mark.parametrize(
    "text",
    [
        "Entrectinib was started, and at the latest visit, 9 months into therapy, he had a sustained partial response.",
        "Alectinib was given; 9 months into treatment, the girl remains well.",
    ],
)
def test_time_counted_into_a_therapy_with_a_state_told_is_a_follow_up_point(text):
    assert run_apply(apply, text).follow_up_months == 9.0


def test_time_into_a_therapy_at_which_something_only_happened_is_no_follow_up():
    row = run_apply(apply, "Six months into therapy the dose was reduced because of oedema.")
    assert row.follow_up_months is None


@pytest.mark.parametrize(
    "text",
    [
        "He was given oral prednisolone alone, and the lesion remained unchanged in size over two years.",
        "She then received radiotherapy, after which the residual mass has remained unchanged for 20 months.",
    ],
)
def test_lesion_unchanged_after_a_course_in_the_same_clause_is_stable_disease(text):
    assert run_apply(apply, text).response == "SD"


def test_lesion_unchanged_when_a_course_was_refused_is_no_response():
    row = run_apply(apply, "The family refused chemotherapy, and the lesion remained unchanged in size for a year.")
    assert row.response is None


@pytest.mark.parametrize(
    "text",
    [
        "She received crizotinib and then, after progression, ceritinib.",
        "Following radiological progression on crizotinib, lorlatinib was started.",
    ],
)
def test_switch_after_progression_is_progressive_disease(text):
    assert run_apply(apply, text).response == "PD"


def test_progression_named_only_as_a_plan_is_no_progressive_disease():
    row = run_apply(apply, "Crizotinib was continued; after progression, lorlatinib would be considered.")
    assert row.response != "PD"


def test_death_within_a_round_year_does_not_beat_a_stated_month_count():
    row = run_apply(apply, "The first died of the tumour within a year.", "He died of disease 10 months after the operation.")
    assert (row.status, row.follow_up_months) == ("DOD", 10.0)


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("He was given ifosfamide and doxorubicin, during which the mass enlarged.", "PD"),
        ("She was given celecoxib, during which the lesion was watched.", None),
    ],
)
def test_growth_in_a_clause_on_the_course_before_it_is_progression(text, response):
    assert run_apply(apply, text).response == response


@pytest.mark.parametrize(
    "text",
    [
        "At last contact (15 months, respectively) she was alive without disease.",
        "At the last contact (15           months, respectively), she had no evidence of disease.",
    ],
)
def test_last_contact_time_in_a_bracket_dealt_from_a_respectively_list_is_the_follow_up(text):
    row = run_apply(apply, text)
    assert (row.status, row.follow_up_months) == ("ANED", 15.0)
