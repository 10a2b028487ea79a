"""A code-less drug (steroid, NSAID) given as supportive care in a long course (``fields.treatment``): beside an
anticonvulsant, and its later taper. Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    ("texts", "drugs"),
    [
        (("MRI showed two brain lesions; she was started on dexamethasone and levetiracetam.",), None),
        (("Dexamethasone and phenytoin were given for the brain lesions.",), None),
        (("After a generalised seizure he received dexamethasone and valproate, and crizotinib was continued.",), ["crizotinib"]),
        (("Prednisone 1 mg/kg was given for four weeks and the mass regressed.",), ["prednisone"]),
    ],
)
def test_steroid_beside_an_anticonvulsant_is_supportive(texts, drugs):
    assert run(*texts).drugs == drugs


@pytest.mark.parametrize(
    ("texts", "drugs"),
    [
        (("She was started on dexamethasone and levetiracetam.", "Dexamethasone was tapered off within 3 weeks."), None),
        (("Prednisolone was given for nausea.", "Prednisolone was tapered, and crizotinib was stopped after two years."),
         ["crizotinib"]),
        (("Ibuprofen was given for pain.", "Three months later, prednisone was started and the mass shrank.",
          "Prednisone was tapered over 6 weeks."), ["prednisone"]),
        (("Dexamethasone was given for the headache.", "Dexamethasone was tapered and the tumour regressed."), ["dexamethasone"]),
    ],
)
def test_supportive_steroid_tapered_later_stays_supportive(texts, drugs):
    assert run(*texts).drugs == drugs
