"""A specimen named as either resected or biopsied ("The resected or biopsied tumours measured ...", "biopsy or
resection specimens") tells no surgery: which patient had which is unsaid; a resection told on its own still is one
(``fields.treatment``). Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from _support import run_apply


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The resected or biopsied lesions measured 3.0 cm.", None),
        ("The biopsied or excised tumour was stained for ALK.", None),
        ("Biopsy or resection specimens were reviewed by two pathologists.", None),
        ("The tumour was resected with clear margins.", "SE"),
        ("The resected tumour measured 3.0 cm.", "SE"),
    ],
)
def test_resected_or_biopsied_specimen_is_no_surgery(text, code):
    assert run_apply(apply, text).treatment == code
