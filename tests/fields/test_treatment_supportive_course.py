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
        # seizures are a brain lesion's own symptom: a steroid told with the lesion shrinking treats the tumour
        (("He was treated with prednisone, and the seizures stopped as the lesion shrank.",), ["prednisone"]),
        (("After prednisolone her convulsions ceased and the mass regressed.",), ["prednisolone"]),
        # ... unless the seizures are named as the drug's purpose
        (("Dexamethasone was given for the seizures, and the mass shrank.",), None),
        (("Dexamethasone was started to control the seizures.",), None),
    ],
)
def test_seizures_are_the_tumours_own_symptom(texts, drugs):
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
