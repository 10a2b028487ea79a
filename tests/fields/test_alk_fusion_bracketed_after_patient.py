"""A series abstract that tells each patient in one clause and closes it on a bracket naming only that tumour's fusion
("case 2, a 21-year-old man with a retroperitoneal tumour treated by resection (RANBP2-ALK)"): the bracket is the
patient's own finding, with no finding verb (``fields.alk``). A bracket of fusions about a class of tumours or another
kinase's drug is not. Invented wording."""

from __future__ import annotations

import pytest
from _support import run_apply

from eims_extract.fields import alk


@pytest.mark.parametrize(
    "text, partner",
    [
        ("case 2, a 19-year-old man with a retroperitoneal tumour treated by resection and crizotinib (RANBP2-ALK).", "RANBP2"),
        ("Patient 3, a 7-year-old girl with a mesenteric mass managed by excision (TPM4-ALK).", "TPM4"),
        ("the second, a 60-year-old woman with a lung tumour treated by lobectomy (EML4-ALK fusion);", "EML4"),
        ("a 33-year-old man with an omental tumour (CLTC::ALK), treated by resection.", "CLTC"),
    ],
)
def test_fusion_bracketed_after_the_patients_description_is_theirs(text, partner):
    row = run_apply(alk.apply, text)
    assert row.alk_fusion_partner == partner


@pytest.mark.parametrize(
    "text",
    [
        "Most such tumours in children carry ALK fusions (TPM3-ALK, TPM4-ALK).",
        "IMTs of the lung in adults often have an ALK rearrangement (for example EML4-ALK).",
        "a 40-year-old woman with an ALK-negative tumour (no fusion detected).",
    ],
)
def test_bracketed_fusions_of_a_class_or_none_are_not_the_patients(text):
    row = run_apply(alk.apply, text)
    assert row.alk_fusion_partner is None
