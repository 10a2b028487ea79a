"""Outcome fields read from a filled form's fields and terse notes. Fictional wording."""

from __future__ import annotations

import pytest


def test_regression_form_follow_up_field_told_as_last_visit():
    from eims_extract.fields.outcome import apply as outcome_apply
    from _support import run_apply as _run

    row = _run(outcome_apply, "Follow-up: seen at 9 months after the operation, then moved away.")
    assert row.follow_up_months == 9


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Best response before resection: SD", "SD"),
        ("Best response to larotrectinib: PR", "PR"),
    ],
)
def test_regression_form_best_response_field_with_a_qualified_label(text, expected):
    from eims_extract.fields.outcome import apply as outcome_apply
    from _support import run_apply as _run

    assert _run(outcome_apply, text).response == expected


@pytest.mark.parametrize(
    "text",
    [
        "Entrectinib was kept by the board as a fallback for any later relapse; none was needed.",
        "A completion lobectomy was planned in case of recurrence.",
    ],
)
def test_regression_plan_held_against_a_future_relapse_is_no_recurrence(text):
    from eims_extract.fields.outcome import apply as outcome_apply
    from _support import run_apply as _run

    assert _run(outcome_apply, text).recurrence is not True


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Nodal status: 0/11 neck nodes involved", False),
        ("0/6 inguinal nodes were involved at dissection.", False),
        ("3/6 inguinal nodes were involved at dissection.", None),
    ],
)
def test_regression_zero_count_of_named_regional_nodes_is_no_spread(text, expected):
    from eims_extract.fields.outcome import apply as outcome_apply
    from _support import run_apply as _run

    assert _run(outcome_apply, text).metastasis is expected


@pytest.mark.parametrize(
    "text",
    [
        "The residual nodule has since remained stable on MRI.",
        "The remaining mass has thereafter remained stable, and she is well.",
        "The lesion has remained stable.",
    ],
)
def test_lesion_remained_stable_with_a_time_adverb_is_stable_disease(text):
    from eims_extract.fields.outcome import apply
    from _support import run_apply

    assert run_apply(apply, text).response == "SD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("None of the patients had metastases.", False),
        ("None of our children had metastases at diagnosis.", False),
        ("None of them had metastases.", False),
        ("None of the men had metastases at presentation.", False),
        ("None of the girls had metastases.", False),
        ("None of the boys showed metastatic disease.", False),
    ],
)
def test_none_of_the_series_patients_had_metastases_is_no_count_of_nodes(text, expected):
    from eims_extract.fields.outcome import apply
    from _support import run_apply

    assert run_apply(apply, text).metastasis is expected
