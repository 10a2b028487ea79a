"""Last states told indirectly (``fields.outcome``): "healthy with no complaints" at the last visit, a complete
response the patient "has" at the latest assessment, and "survived N months after diagnosis" (a survival that ended).
Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "text",
    [
        "At her last visit, two years after the excision, she was healthy with no complaints.",
        "The boy is healthy and has no complaints 18 months after the operation.",
        "He remains healthy without complaints at 30 months.",
        "She has been healthy and free of complaints since the resection.",
        "The patient was healthy with no symptoms at the latest review, 4 years postoperatively.",
    ],
)
def test_healthy_with_no_complaints_at_follow_up_is_aned(text):
    assert run(text).status == "ANED"


@pytest.mark.parametrize(
    "text",
    [
        "A previously healthy 7-year-old girl had no complaints until the swelling appeared.",
        "He was healthy with no complaints until three weeks before admission, when haematuria began.",
        "Her brother is healthy and has no complaints.",
    ],
)
def test_healthy_before_the_illness_gives_no_status(text):
    assert run(text).status is None


@pytest.mark.parametrize(
    "text",
    [
        "At the most recent assessment, 15 months after diagnosis, the girl has a complete response on MRI.",
        "Two years into treatment he has a sustained complete response and normal vision.",
        "She now has a complete radiological response on alectinib.",
    ],
)
def test_complete_response_held_at_the_last_assessment_is_aned(text):
    assert run(text).status == "ANED"


@pytest.mark.parametrize(
    "text",
    [
        "Crizotinib was stopped after the boy had a complete response, and the tumour returned 4 months later.",
        "She has a complete response in the lung but the pelvic mass has grown.",
    ],
)
def test_complete_response_as_a_past_event_or_with_growth_elsewhere_gives_no_aned(text):
    assert run(text).status != "ANED"


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Despite chemotherapy the patient survived 6 months after diagnosis.", 6.0),
        ("She survived only 11 months from the first operation.", 11.0),
        ("The man survived about 2 years after presentation, the tumour spreading to the liver.", 24.0),
    ],
)
def test_survived_a_time_after_diagnosis_is_death_of_disease_at_that_time(text, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == ("DOD", months)


@pytest.mark.parametrize(
    "text",
    [
        "She has survived 5 years after diagnosis without recurrence.",
        "He survived 3 years after the resection and is alive without disease.",
        "The boy survived the operation and was discharged after 6 days.",
    ],
)
def test_survival_still_going_or_of_an_operation_is_no_death(text):
    assert run(text).status != "DOD"


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The girl has been under bronchoscopic surveillance for 30 months and remains free of tumour.", 30.0),
        ("She has been under cystoscopic surveillance for 2 years without recurrence.", 24.0),
        ("He has remained under MRI surveillance for 14 months with no regrowth.", 14.0),
    ],
)
def test_surveillance_named_by_its_modality_gives_the_follow_up(text, months):
    assert run(text).follow_up_months == months


def test_a_lesion_watched_by_a_modality_before_it_grew_is_no_follow_up():
    assert run("The polyp was kept under endoscopic surveillance for 2 years before it grew.").follow_up_months is None


@pytest.mark.parametrize(
    ("texts", "months", "status"),
    [
        (("Crizotinib shrank the mass to 1 cm (partial response); at 20 months after diagnosis the response was maintained.",), 20.0, "AWD"),
        (("The nodule regressed by half, a partial response.", "At 14 months the response was still maintained."), 14.0, None),
        (("A complete response followed; at 2 years after surgery the response was sustained.",), 24.0, None),
    ],
)
def test_response_maintained_at_a_time_point_gives_that_follow_up(texts, months, status):
    row = run(*texts)
    assert row.follow_up_months == months
    if status is not None:
        assert row.status == status
