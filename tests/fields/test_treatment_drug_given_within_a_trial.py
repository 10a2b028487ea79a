"""A drug given to the patient within a clinical trial (``fields.treatment`` through ``fields.assertion``): "she was
enrolled in a phase 2 trial and received X", "he took part in a phase 1 study of X", "as part of a clinical trial, X was
given" — the trial cue speaks of the literature only when no patient of the report is its subject; a patient merely
referred or screened for a trial of X did not receive X. Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        ("The girl was enrolled in a phase 2 trial and received crizotinib 280 mg/m2 twice daily.", ["crizotinib"]),
        ("He was entered into the basket trial NCT09999999 and was given larotrectinib.", ["larotrectinib"]),
        ("She took part in a phase I study of lorlatinib and received 100 mg daily.", ["lorlatinib"]),
        ("As part of a multicentre clinical trial, ensartinib was administered for 14 months.", ["ensartinib"]),
        ("He was enrolled in a phase 2 trial of ceritinib.", ["ceritinib"]),
    ],
)
def test_drug_given_within_a_trial_is_the_patients(text, drugs):
    assert run(text).drugs == drugs


@pytest.mark.parametrize(
    "text",
    [
        "In a phase 2 trial, crizotinib produced responses in half of the patients with IMT.",
        "Patients in the phase 1 study received ceritinib and responded.",
        "Within the phase 2 trial, twelve patients received crizotinib.",
        "He was referred for a phase 1 trial of lorlatinib, but died before enrolment.",
        "She was referred for enrolment in a basket trial of larotrectinib.",
        "She was considered for a clinical trial of ensartinib, but was not eligible.",
    ],
)
def test_trial_of_others_or_a_referral_gives_no_drug(text):
    assert run(text).drugs is None
