"""Operations told of numbered cases and by a bare acronym (``fields.treatment``): the numero sign 'no.' before a case's
number negates nothing; a transurethral resection told as 'TUR' is an operation. Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from _support import run_apply


@pytest.mark.parametrize(
    "text",
    [
        "Patient no. 4 underwent a wide excision with clear margins.",
        "Case no.2 had a segmental resection of the ileum.",
        "In cases nos. 1 and 3 a lobectomy was done.",
    ],
)
def test_numero_sign_before_a_case_number_is_no_negation(text):
    assert run_apply(apply, text).treatment == "SE"


@pytest.mark.parametrize(
    ("text", "treatment"),
    [
        ("The second patient was managed by TUR alone.", "SE"),
        ("A repeat TUR removed the regrowth at the trigone.", "SE"),
        ("A TUR was offered but he declined it.", None),
        ("There was no operation and no 3-month scan.", None),
    ],
)
def test_transurethral_resection_by_its_bare_acronym_is_an_operation(text, treatment):
    assert run_apply(apply, text).treatment == treatment
