"""Therapies read from a filled form's fields and notes. Fictional wording."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from _support import run_apply


@pytest.mark.parametrize(
    "text",
    [
        "Access to entrectinib: not open at this hospital.",
        "Fourth line: (brigatinib requested; not obtained)",
        "NTRK inhibitor: considered (larotrectinib), not given",
    ],
)
def test_regression_terse_form_note_that_a_drug_never_came(text):
    assert not (run_apply(apply, text).drugs or [])


@pytest.mark.parametrize(
    "text",
    [
        "Her uncle has gout and takes colchicine daily.",
        "The boy's mother is on tamoxifen after breast surgery.",
    ],
)
def test_regression_relatives_own_medicine_is_not_the_patients_drug(text):
    assert not (run_apply(apply, text).drugs or [])


@pytest.mark.parametrize(
    ("text", "drugs", "treatment"),
    [
        (
            "Options discussed with her parents included re-excision, which the surgeons judged too risky after two "
            "operations, and chemotherapy with vinorelbine and methotrexate.",
            [],
            None,
        ),
        ("Treatment options considered by the board comprised radiotherapy or cyclophosphamide.", [], None),
        ("The options included crizotinib or surgery, but the team chose observation.", [], None),
        ("Options included further surgery; she was started on ceritinib.", ["ceritinib"], "ALKi"),
    ],
)
def test_options_weighed_and_listed_after_included_were_not_given(text, drugs, treatment):
    row = run_apply(apply, text)
    assert (row.drugs or []) == drugs
    assert row.treatment == treatment
