"""Outcomes of a long course told as a story (``fields.outcome``): the time so far closing a present state, a year
named by its ordinal, freedom at the primary site beside new lesions elsewhere, a growth found again "in the same
place". Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from eims_extract.records import CaseRow
from _support import located, run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("She continues on lorlatinib with two small lung nodules that have been stable since May 2024, at 41 months from diagnosis.", 41),
        ("He remains on alectinib, with a stable 9 mm remnant seen on MRI in June 2023, at 30 months after diagnosis.", 30),
        ("The girl is alive with three stable lung nodules, now 5 years from diagnosis.", 60),
        ("He has remained on crizotinib since January 2021, with no new lesions, at 28 months after surgery.", 28),
    ],
)
def test_time_from_diagnosis_closing_a_present_state_is_the_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text",
    [
        "The patient is now in the fourth year of follow-up, without symptoms and without evidence of disease.",
        "He is now in his 3rd year of follow-up with no recurrence on the yearly scans.",
        "During her second year of surveillance she remained free of disease.",
    ],
)
def test_year_named_by_its_ordinal_gives_no_follow_up(text):
    assert run(text).follow_up_months is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("She is in her 15th month of crizotinib therapy.", 15),
        ("At the end of the first year of follow-up, he was free of disease.", 12),
        ("He has now had four years of follow-up without recurrence.", 48),
    ],
)
def test_ordinal_month_or_end_of_year_still_gives_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text",
    [
        "In May 2022, ten months after crizotinib was stopped, CT showed five new pulmonary nodules; the thigh was free of local recurrence.",
        "Eight months after alectinib was stopped, PET showed new liver lesions, while the pelvis remained free of local recurrence.",
        "Six months after the drug was discontinued, CT showed new bone lesions; there was no local recurrence.",
    ],
)
def test_freedom_at_the_primary_site_beside_new_lesions_is_no_status_nor_time(text):
    row = CaseRow("doc", "1")
    row.site_code = "C49.2"  # a primary of the thigh's soft tissue: lung, liver and bone lesions are spread
    apply(located(text), row)
    assert row.status != "ANED"
    assert row.follow_up_months is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight months later the hoarseness returned and a sessile lesion was seen in the same place.", True),
        ("A year later a small polypoid mass was found at the same site.", True),
        ("Because of the second occurrence, he received radiotherapy to the larynx.", True),
        ("Both lesions were seen in the same place on CT.", None),
        ("This is the second occurrence of IMT in the trachea reported in the literature.", None),
        ("No lesion was seen in the same place on the last endoscopy.", None),
    ],
)
def test_growth_found_again_in_the_same_place_is_a_recurrence(text, expected):
    assert run(text).recurrence is expected
