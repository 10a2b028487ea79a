"""How case reports close a patient's story (fictional sentences, session 31's probe of real endings): the time told as
months "into therapy" while the drug goes on; the follow-up told as reviews or visits attended for a length; an overall
survival counted from an event ("overall survival from diagnosis of 11 months"); "half a year after surgery" then the
state; a progression on a new line after a lasting response (the new line's PD, not the earlier PR); a course begun
"but" the tumour grew; a progression told as the cause of death "despite" a treatment."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


@pytest.mark.parametrize(
    "text, months",
    [
        ("He continues larotrectinib with an ongoing response eleven months into therapy.", 11.0),
        ("She remains on alectinib with stable disease 14 months into treatment.", 14.0),
        ("The boy is still taking crizotinib, with a sustained partial response, 9 months into therapy.", 9.0),
    ],
)
def test_time_into_therapy_while_the_drug_goes_on(text, months):
    assert run_apply(apply, text).follow_up_months == months


@pytest.mark.parametrize(
    "text, months",
    [
        ("He has attended outpatient review for 6 months with no sign of recurrence.", 6.0),
        ("She has been seen in clinic for two years without recurrence.", 24.0),
        ("She remains under regular observation for 18 months with no sign of disease.", 18.0),
        ("The girl has been attending routine follow-up visits for 30 months, and no relapse has occurred.", 30.0),
    ],
)
def test_follow_up_told_as_reviews_attended_for_a_length(text, months):
    assert run_apply(apply, text).follow_up_months == months


@pytest.mark.parametrize(
    "text",
    [
        "He was under close observation for 3 months before surgery.",
        "He has been under observation for 5 years for hypertension.",
        "She will attend clinic review every 3 months for 2 years.",
        "The mother has attended clinic for 2 years.",
    ],
)
def test_observation_before_treatment_for_another_condition_or_planned_is_no_follow_up(text):
    assert run_apply(apply, text).follow_up_months is None


@pytest.mark.parametrize(
    "text, months, status",
    [
        ("He died of disease, with an overall survival from diagnosis of 11 months.", 11.0, "DOD"),
        ("She died of progressive disease with an overall survival after surgery of 20 months.", 20.0, "DOD"),
        ("Her overall survival from diagnosis was 14 months.", 14.0, None),
        ("The patient's overall survival from the first operation was 26 months.", 26.0, None),
    ],
)
def test_overall_survival_counted_from_an_event(text, months, status):
    row = run_apply(apply, text)
    assert (row.follow_up_months, row.status) == (months, status)


def test_overall_survival_of_a_series_is_no_follow_up():
    assert run_apply(apply, "Median overall survival from diagnosis was 14 months in that series.").follow_up_months is None


@pytest.mark.parametrize(
    "text",
    [
        "Half a year after surgery she remains free of recurrence.",
        "Half a year after the resection, the patient remains without evidence of disease.",
    ],
)
def test_half_a_year_after_the_operation_then_the_state(text):
    assert run_apply(apply, text).follow_up_months == 6.0


@pytest.mark.parametrize(
    "texts",
    [
        ("Crizotinib gave a partial response for 10 months before progression; ceritinib was then started, but the "
         "disease progressed again.",),
        ("Alectinib produced a partial response lasting 14 months before progression; lorlatinib was then begun, but "
         "the disease progressed, and she died 30 months after diagnosis.",),
        ("Stable disease on crizotinib lasted only 4 months, after which lorlatinib was started, but the lesions "
         "progressed.",),
    ],
)
def test_progression_on_a_new_line_after_a_lasting_response_is_the_new_lines(texts):
    assert run_apply(apply, *texts).response == "PD"


@pytest.mark.parametrize(
    "text",
    [
        "She had a partial response lasting 8 months, after which the disease progressed.",
        "Crizotinib produced a partial response that lasted 12 months; lorlatinib was then begun, and the lesions shrank again.",
    ],
)
def test_a_lasting_response_ended_by_progression_with_no_new_line_keeps_its_response(text):
    assert run_apply(apply, text).response == "PR"


@pytest.mark.parametrize(
    "text",
    [
        "Chemotherapy with doxorubicin was started, but the tumour grew rapidly.",
        "Crizotinib was begun; however, the mass enlarged.",
        "Two cycles of ifosfamide were given, but the pelvic tumour kept growing.",
    ],
)
def test_course_begun_but_the_tumour_grew(text):
    assert run_apply(apply, text).response == "PD"


@pytest.mark.parametrize(
    "text",
    [
        "Despite chemotherapy, her condition deteriorated, and she died of respiratory failure due to tumour progression.",
        "In spite of two lines of therapy, the disease progressed and he died 9 months after diagnosis.",
    ],
)
def test_progression_told_after_despite_a_treatment(text):
    assert run_apply(apply, text).response == "PD"


@pytest.mark.parametrize(
    "text",
    [
        "Crizotinib was started, and the tumour has not grown since.",
        "Surgery was performed, but the tumour recurred 8 months later.",
    ],
)
def test_no_progression_told_after_a_course_gives_no_pd(text):
    assert run_apply(apply, text).response is None


@pytest.mark.parametrize(
    "texts, months",
    [
        (("It recurred 6 months later and was re-excised; he has had no further recurrence for 3 years.",), 36.0),
        (("She relapsed once and was operated on again.", "There has been no new recurrence for 20 months."), 20.0),
    ],
)
def test_no_further_recurrence_for_a_length_after_a_relapse(texts, months):
    assert run_apply(apply, *texts).follow_up_months == months


@pytest.mark.parametrize(
    "text, months",
    [
        ("She has a partial response and continues treatment after 18 months.", 18.0),
        ("He continues his therapy at 2 years, with stable disease.", 24.0),
    ],
)
def test_continues_an_unnamed_treatment_at_a_time(text, months):
    assert run_apply(apply, text).follow_up_months == months


def test_continuing_therapy_at_an_age_is_no_follow_up():
    assert run_apply(apply, "She continues therapy at 2 years of age.").follow_up_months is None


@pytest.mark.parametrize(
    "text",
    [
        "The patient described by Lee remained alive with disease after 5 years.",
        "The boy reported by Novak survived 8 years without recurrence.",
        "The girl presented by Okafor and colleagues is alive with disease at 30 months.",
    ],
)
def test_another_authors_patient_told_in_the_discussion_is_not_ours(text):
    row = run_apply(apply, text, section="discussion")
    assert (row.follow_up_months, row.status) == (None, None)


@pytest.mark.parametrize(
    "text, months",
    [
        ("His recurrence-free survival is now 30 months.", 30.0),
        ("Her disease-free survival is currently 26 months.", 26.0),
    ],
)
def test_own_free_survival_told_with_now_is_aned(text, months):
    row = run_apply(apply, text)
    assert (row.follow_up_months, row.status) == (months, "ANED")


def test_a_median_free_survival_told_with_now_is_no_status():
    row = run_apply(apply, "Median disease-free survival is now 30 months.")
    assert (row.follow_up_months, row.status) == (None, None)


@pytest.mark.parametrize(
    "text, months",
    [
        ("She has had no evidence of disease (NED) for 5 years.", 60.0),
        ("He has had no evidence of recurrence (NER) for 30 months.", 30.0),
    ],
)
def test_no_disease_with_its_abbreviation_in_brackets_for_a_length(text, months):
    row = run_apply(apply, text)
    assert (row.follow_up_months, row.status) == (months, "ANED")


@pytest.mark.parametrize(
    "text, months",
    [
        ("He is now 7 years past his surgery, without recurrence.", 84.0),
        ("Now 3 years past the operation, she remains free of disease.", 36.0),
        ("Four years past the resection, there is no sign of recurrence.", 48.0),
    ],
)
def test_time_told_as_years_past_the_operation(text, months):
    row = run_apply(apply, text)
    assert (row.follow_up_months, row.status) == (months, "ANED")


def test_past_an_age_is_no_follow_up():
    assert run_apply(apply, "She is now past the age of 5 years.").follow_up_months is None


@pytest.mark.parametrize(
    "text, months",
    [
        ("She did not attend further follow-up after her 6-month visit.", 6.0),
        ("He stopped attending clinic after 14 months.", 14.0),
        ("The boy no longer came back for visits after his 2-year review.", 24.0),
    ],
)
def test_stopped_attending_after_a_last_visit_keeps_its_time_without_status(text, months):
    row = run_apply(apply, text)
    assert (row.follow_up_months, row.status) == (months, None)
