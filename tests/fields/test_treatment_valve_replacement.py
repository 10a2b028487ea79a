"""Surgery named by what was removed. Cardiac reports name the operation that removed a valve tumour by the valve ("aortic valve replacement", "the mitral
valve was replaced"): surgery (SE). An earlier valve replacement in the history stays out. Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply, code_mentions
from _support import run_apply


def codes(text: str) -> list[str]:
    return sorted({c for c, _, _ in code_mentions(text)})


@pytest.mark.parametrize(
    "text",
    [
        "He underwent aortic valve replacement, and a 2-cm nodule was found on the thickened cusps.",
        "She underwent mitral and aortic valve replacements; the fleshy anterior leaflet held the lesion.",
        "A tumour-like lesion narrowed the outflow, and the aortic valve was replaced.",
        "The tricuspid valve was subsequently replaced with a bioprosthesis.",
    ],
)
def test_valve_replacement_is_surgery(text: str) -> None:
    assert codes(text) == ["SE"]


@pytest.mark.parametrize(
    "text",
    [
        "Infiltration of the annulus precluded a complete resection without valve replacement.",
        "Valve replacement is rarely needed for these tumours.",
        "Aortic valve replacement is rarely needed for these tumours.",
        "Mitral valve replacement may be required when the leaflet is involved.",
    ],
)
def test_valve_words_without_the_operation_are_no_surgery(text: str) -> None:
    assert codes(text) == []


def test_regression_valve_replaced_years_before_is_history_not_treatment() -> None:
    row = run_apply(
        apply,
        "An invented 71-year-old man who had undergone mitral valve replacement 11 years earlier presented with a lung mass.",
        "A biopsy showed an IMT, and crizotinib was begun.",
    )
    assert row.treatment == "ALKi"


@pytest.mark.parametrize(
    "text",
    [
        "An invented girl had a mass of the mesentery of the small bowel removed with a short loop of ileum.",
        "She had a lesion of the lower lobe of the right lung removed.",
    ],
)
def test_had_the_tumour_of_the_part_of_the_organ_removed_is_surgery(text: str) -> None:
    # the organ named through two phrases after the tumour noun ("a mass of the mesentery of the small bowel")
    assert codes(text) == ["SE"]


def test_had_the_tumour_of_the_organ_not_removed_is_no_surgery() -> None:
    assert codes("He had a mass of the left lobe of the liver that was not removed.") == []
