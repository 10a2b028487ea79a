"""An ALK stain described by where it did *not* accentuate ("cytoplasmic staining without nuclear membrane
accentuation", "no perinuclear reinforcement") is a pattern of a positive stain, not a negative ALK test
(``fields.alk``, ``not_negative`` shields); a stain with no staining at all stays negative. Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import alk_results


def codes(text: str) -> list[str]:
    return sorted({c for c, _, _ in alk_results(text)})


@pytest.mark.parametrize(
    "text",
    [
        "(C) ALK (D5F3) with granular cytoplasmic staining without nuclear membrane accentuation.",
        "Panel B: ALK immunostain, diffuse cytoplasmic positivity, no perinuclear accentuation.",
        "ALK immunohistochemistry showed smooth cytoplasmic staining, without nuclear or membranous reinforcement.",
        "ALK (5A4) was expressed in the cytoplasm with no nuclear-membrane pattern.",
        # a descriptor word of the stain ("smooth", "finely") before the pattern noun keeps it a positive stain
        "(d) ALK immunostain showing smooth cytoplasmic staining; no nuclear membrane accentuation.",
        "ALK (clone 1A4) showing finely granular, smooth cytoplasmic staining without perinuclear accentuation.",
    ],
)
def test_alk_stain_localisation_absent_is_no_negative(text):
    assert "IHC-" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "ALK (D5F3) immunostaining showed no staining in the tumour cells.",
        "ALK immunohistochemistry was negative, without any cytoplasmic staining.",
        "There was no ALK expression by immunohistochemistry (clone D5F3).",
    ],
)
def test_alk_stain_without_any_staining_stays_negative(text):
    assert "IHC-" in codes(text)
