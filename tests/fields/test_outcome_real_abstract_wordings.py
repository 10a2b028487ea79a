"""Times the way published single-case abstracts tell them (``fields.outcome``): a half year spelled out dates a
finding of no disease ("no recurrence after one and a half years" is ANED at 18 months), and the time an early
change began ("the nodules started shrinking within a month") is the onset of a response, not the date of the later
finding in the same sentence. Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "text, months",
    [
        ("No recurrence has been observed after one and a half years.", 18.0),
        ("She has had no relapse over two and a half years.", 30.0),
        ("No recurrence was seen after a year and a half.", 18.0),
    ],
)
def test_half_year_spelled_out_dates_the_finding_of_no_disease(text, months):
    row = run(text)
    assert row.follow_up_months == months
    assert row.status == "ANED"
    assert row.recurrence is False


@pytest.mark.parametrize(
    "text",
    [
        "He was given entrectinib; the liver nodules started shrinking within a month, and he reached complete remission after 9 months of treatment.",
        "The lesions began to regress after two weeks of alectinib, and she achieved a complete response after 6 months of therapy.",
        "Her symptoms started to improve within 10 days, and the tumour disappeared completely after 5 months of treatment.",
    ],
)
def test_onset_of_an_early_change_is_not_the_date_of_the_later_finding(text):
    row = run(text)
    assert row.follow_up_months not in (0.25, 0.33, 0.5, 1.0)


def test_a_state_told_as_lasting_after_an_onset_keeps_its_own_time():
    row = run("The nodules began to shrink after three weeks of crizotinib and he has remained in complete remission for 2 years.")
    assert row.follow_up_months == 24.0
    assert row.status == "ANED"


@pytest.mark.parametrize(
    "text",
    [
        "He died of respiratory failure 3 weeks after surgery without tumour recurrence.",
        "She died of a cerebral haemorrhage at 20 months, with no evidence of recurrence.",
        "The child died at 9 months, free of tumour.",
    ],
)
def test_death_told_with_the_tumour_absent_is_no_death_of_disease(text):
    assert run(text).status != "DOD"


@pytest.mark.parametrize(
    "text",
    [
        "He died of disease 8 months after surgery, free of local recurrence but with liver metastases.",
        "She died of her tumour 11 months after resection without a local recurrence.",
        "He died of organ failure three months later, after the tumour had spread throughout the abdomen.",
    ],
)
def test_death_of_disease_stays_when_only_a_local_recurrence_is_absent(text):
    assert run(text).status == "DOD"


@pytest.mark.parametrize(
    "text, months",
    [
        ("After radiotherapy the orbital mass was stable at 2 years.", 24.0),
        ("The residual lesion remained stable at 14 months after surgery.", 14.0),
        ("The pelvic mass remained unchanged in size at 30 months of follow-up.", 30.0),
    ],
)
def test_tumour_told_stable_at_a_time_in_the_past_is_alive_with_disease_then(text, months):
    row = run(text)
    assert row.status == "AWD"
    assert row.follow_up_months == months


@pytest.mark.parametrize(
    "text",
    [
        "The lesion remained stable at 6 months, but then grew rapidly.",
        "The nodule was unchanged at 4 months, until a new mass appeared in the liver.",
    ],
)
def test_stable_at_a_time_then_a_change_is_no_last_state(text):
    assert run(text).status != "AWD"


@pytest.mark.parametrize(
    "text, months",
    [
        ("Despite alectinib, the invented woman succumbed to her illness at 7 months.", 7.0),
        ("The made-up boy succumbed to the disease within 5 months.", 5.0),
    ],
)
def test_succumbed_to_a_cause_at_a_time_closes_the_follow_up(text, months):
    # the cause after "succumbed to" stands where it stands after "died of"
    row = run(text)
    assert row.follow_up_months == months
    assert row.status == "DOD"


def test_partial_response_held_for_a_time_in_a_relative_clause():
    # "a partial response, which has been maintained for 18 months": alive with the tumour still there, followed 18 months
    row = run("The invented patient was given crizotinib and achieved a partial response, which has been maintained for 18 months.")
    assert (row.status, row.follow_up_months, row.response) == ("AWD", 18.0, "PR")


def test_response_held_for_a_time_that_then_ended_gives_no_follow_up():
    # told in the past and ended by a progression, the response's length is no time of last contact
    row = run("Crizotinib gave the made-up man a partial response, which was maintained for 8 months until the liver nodules grew.")
    assert row.follow_up_months is None
    assert row.status != "AWD"


@pytest.mark.parametrize(
    "text, months",
    [
        ("Cystoscopy one year later was normal.", 12.0),
        ("Laryngoscopy 8 months later was unremarkable.", 8.0),
        ("Bronchoscopy 2 years after the resection was normal.", 24.0),
    ],
)
def test_endoscopy_dated_later_told_clear_is_a_finding_of_no_disease(text, months):
    # a surveillance endoscopy (or scan) dated "N months later" from the operation and told clear: the last news, free of disease
    row = run("The invented patient had the mass removed by partial cystectomy.", text)
    assert (row.follow_up_months, row.status) == (months, "ANED")


def test_endoscopy_later_clear_but_for_an_exception_gives_nothing():
    row = run("The made-up patient had the mass removed.", "CT 3 months later was unremarkable except for a seroma.")
    assert row.status is None


@pytest.mark.parametrize(
    "text, months",
    [
        # a state of no disease told with any tense of its verb, then the time point it was seen at
        ("She remained free of disease at 26 months.", 26.0),
        ("He has been free of recurrence at 3 years.", 36.0),
        ("She has stayed free of progression and recurrence at 41 months.", 41.0),
        ("Both lesions were gone and he was free of relapse at 15 months.", 15.0),
        # no recurrence told in the present perfect over a time
        ("No recurrence has developed for more than 1 year.", 12.0),
        ("No relapse had appeared over the following 9 months.", 9.0),
    ],
)
def test_free_of_disease_at_a_time_in_any_tense(text, months):
    row = run(text)
    assert row.follow_up_months == months


def test_free_of_disease_at_an_age_is_no_follow_up():
    assert run("He was free of disease at 3 years of age.").follow_up_months is None


@pytest.mark.parametrize(
    "text, status",
    [
        # the tumour told as still shrinking now, on the drug: alive with the tumour present
        ("At the time of writing, 7 months into lorlatinib, the tumour continues to shrink.", "AWD"),
        ("The pelvic mass is still shrinking on entrectinib.", "AWD"),
        ("Larotrectinib was started and the girl continues to respond.", "AWD"),
        # a shrinkage told in the past before an operation is no state now
        ("The mass continued to shrink on crizotinib and was removed; she is free of disease at 2 years.", "ANED"),
    ],
)
def test_tumour_still_shrinking_now_is_alive_with_disease(text, status):
    assert run(text).status == status
