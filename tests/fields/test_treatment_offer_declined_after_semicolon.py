"""A drug offered and then refused by the patient or family in the next clause after a semicolon, or refused with the
choice made instead ("the oncologist offered X; the patient declined and opted for surgery") was not given
(``fields.treatment`` through ``fields.assertion``); a therapy refused after a semicolon by its own name leaves the drug
given before it. Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "text",
    [
        "The oncologist offered alectinib; the patient declined and opted for surgery.",
        "The team proposed lorlatinib; her parents refused and chose observation.",
        "Ceritinib was recommended; he declined.",
    ],
)
def test_offer_refused_in_the_next_clause_gives_no_drug(text):
    assert run(text).drugs is None


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        ("Crizotinib was given for eight months; further surgery was refused.", ["crizotinib"]),
        ("She received crizotinib for two years; the family refused chemotherapy.", ["crizotinib"]),
        ("Alectinib was started in May; the patient refused radiotherapy.", ["alectinib"]),
    ],
)
def test_other_therapy_refused_after_a_semicolon_leaves_the_drug_given(text, drugs):
    assert run(text).drugs == drugs
