"""A therapy still being arranged when the patient declined or died was overtaken before it began: not given
(``fields.treatment``). Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from eims_extract.records import CaseRow
from _support import run_apply


def run(*texts: str) -> CaseRow:
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("The omental mass was excised.", "Crizotinib therapy was being arranged when her general condition declined, and she died of disease 7 months after the operation."),
        ("The omental mass was excised.", "Alectinib was still being procured when the boy deteriorated; he died two weeks later."),
        ("The omental mass was excised.", "Lorlatinib was being organised as his performance status quickly worsened."),
    ],
)
def test_therapy_being_arranged_when_patient_declined_is_not_given(texts):
    row = run(*texts)
    assert row.drugs is None
    assert row.treatment == "SE"


@pytest.mark.parametrize(
    "text,drugs",
    [
        ("Crizotinib was started when her condition declined after the operation.", ["crizotinib"]),
        ("Crizotinib was being given when her condition declined.", ["crizotinib"]),
        ("Alectinib was arranged and given for six months; she then deteriorated and died.", ["alectinib"]),
    ],
)
def test_therapy_begun_before_a_decline_is_still_given(text, drugs):
    assert run(text).drugs == drugs
