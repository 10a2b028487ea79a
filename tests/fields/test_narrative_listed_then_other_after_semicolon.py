"""A sentence naming several patients together goes on after a semicolon with another patient alone ("ALK was expressed
in cases 1-3, ...; the tumour of case 4 was ALK-negative"): that clause is the other patient's only, the listed
patients keep the rest (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_FOUR = (
    "Case 1 was a 30-year-old man with a mesenteric mass. Case 2 was a 47-year-old woman with a lung mass. "
    "Case 3 was a 12-year-old boy with a bladder mass. Case 4 was a 5-year-old girl with a liver mass. "
)


@pytest.mark.parametrize(
    ("sentence", "listed", "other", "listed_value", "other_value"),
    [
        (
            "ALK was expressed in cases 1–3, with a granular pattern in case 2; the hepatic tumour of case 4 was "
            "ALK-negative.",
            [1, 2, 3], 4, ["IHC+"], ["IHC-"],
        ),
        (
            "ALK immunostaining was strongly positive in cases 2 and 4; in case 1 ALK staining was negative.",
            [2, 4], 1, ["IHC+"], ["IHC-"],
        ),
        (
            "ALK was negative in cases 1, 3 and 4, which lacked a rearrangement; case 2 showed diffuse ALK staining.",
            [1, 3, 4], 2, ["IHC-"], ["IHC+"],
        ),
    ],
)
def test_clause_after_semicolon_about_another_patient(nlp, sentence, listed, other, listed_value, other_value):
    rows = abstract_rows(nlp, _FOUR + sentence, "alk_tests")
    for x in listed:
        assert rows[x - 1] == (listed_value,)
    assert rows[other - 1] == (other_value,)
