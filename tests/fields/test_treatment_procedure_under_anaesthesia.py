"""A procedure told as done "under general anaesthesia" in the sentence of a code-less drug given for the mass
(``fields.treatment``): the anaesthesia says how the biopsy or endoscopy was done, it is no peri-operative cover for the
drug; a drug timed by the anaesthetic itself stays cover. Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        ("Biopsies taken under general anaesthesia were read as granulation tissue, and oral prednisone 1 mg/kg was then tried for the subglottic mass for four weeks.", ["prednisone"]),
        ("A bronchoscopic biopsy under general anesthesia was non-diagnostic, so a course of prednisolone was given for the lesion, with no change.", ["prednisolone"]),
        ("Under local anaesthesia a core biopsy was obtained, and methylprednisolone was started for the orbital mass.", ["methylprednisolone"]),
    ],
)
def test_procedure_under_anaesthesia_leaves_the_steroid_for_the_mass(text, drugs):
    assert run(text).drugs == drugs


@pytest.mark.parametrize(
    "text",
    [
        "Dexamethasone was given at induction of anaesthesia, and the tumour was excised.",
        "She received hydrocortisone before the anaesthesia for the resection.",
    ],
)
def test_drug_timed_by_the_anaesthetic_stays_cover(text):
    assert run(text).drugs is None
