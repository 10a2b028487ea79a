"""Outcome wordings of long single-case courses (fictional sentences): a regrowth told after the steroid taper that
caused it is no recurrence; "stable residual disease" is SD; a response label after a dash stands even after a finding
of no tumour; a bladder tumour's "extravesical spread" is local extension, no metastasis value."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply, flag_mentions, response_mentions
from _support import run_apply


def flags(kind: str, text: str) -> list[bool]:
    return [v for v, _, _ in flag_mentions(kind, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The swelling settled quickly, but during tapering it recurred and grew beyond its first size.",
        "On weaning of the prednisolone the orbital mass relapsed.",
        "As the steroid dose was reduced, the lesion regrew.",
    ],
)
def test_regrowth_after_a_taper_told_first_is_no_recurrence(text):
    assert True not in flags("recurrence", text)


def test_recurrence_after_an_operation_told_first_stays():
    assert True in flags("recurrence", "After the second excision, the tumour recurred in the scar.")


@pytest.mark.parametrize(
    "text,code",
    [
        ("He continues on brigatinib with stable residual disease two years on.", "SD"),
        ("PET showed no uptake at any site \u2014 a complete metabolic response.", "CR"),
        ("MRI showed no enhancing tissue - a complete radiological response.", "CR"),
    ],
)
def test_response_wordings(text, code):
    assert [c for c, _, _ in response_mentions(text)] == [code]


def test_no_extravesical_spread_gives_no_metastasis_value():
    assert flags("metastasis", "Cystoscopy and CT showed no hydronephrosis and no extravesical spread.") == []


def test_no_extrapulmonary_disease_still_denies_metastasis():
    assert flags("metastasis", "Staging showed no extrapulmonary disease.") == [False]


def test_stable_residual_disease_on_a_later_line_is_that_lines_stable_disease():
    row = run_apply(
        apply,
        "Ceritinib gave a partial response at three months.",
        "Because of hepatotoxicity she was switched to brigatinib in May.",
        "She remains on brigatinib with stable residual disease two years later.",
    )
    assert row.response == "SD"


def test_stable_residual_disease_after_a_response_on_the_same_line_keeps_it():
    row = run_apply(apply, "Ceritinib gave a partial response, and she is now alive with stable residual disease.")
    assert row.response == "PR"
