"""'no clinical or MRI evidence of recurrence or metastasis' negates both events (fictional sentences written for
these tests)."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import flag_mentions


@pytest.mark.parametrize(
    "text",
    [
        "Two years on she is well, with no clinical or MRI evidence of local relapse or distant metastasis.",
        "At 30 months there was no CT evidence of recurrent tumour or metastatic spread.",
        "He remains free of symptoms, with no PET or CT evidence of regrowth or distant metastases.",
    ],
)
def test_no_imaging_evidence_of_negates_every_event(text: str) -> None:
    for kind in ("recurrence", "metastasis"):
        assert not any(val for val, _, _ in flag_mentions(kind, text)), kind


def test_evidence_of_metastasis_without_no_stays_asserted() -> None:
    text = "Follow-up MRI showed clear evidence of distant metastasis in the lung."
    assert any(val for val, _, _ in flag_mentions("metastasis", text))
