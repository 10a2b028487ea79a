"""A summary table of several patients flattened to text keeps one row per line with a column per patient ("ALK IHC
     Positive      Negative"): a method label followed by two or more result cells set apart by wide gaps gives no
result and no marker call to the sentence reader, which cannot tell whose column is whose (regex ``results_in_columns``,
``fields.ihc.results_in_columns``, read by ``fields.alk`` and ``fields.ihc.calls``); one result after the label, or results
in prose, are read as before. Invented rows."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import alk_results
from eims_extract.fields.ihc import calls


def codes(text: str) -> list[str]:
    return sorted({c for c, _, _ in alk_results(text)})


@pytest.mark.parametrize(
    "text",
    [
        "ALK IHC              Positive                   Negative",
        "ALK FISH        Negative (3%)         Positive (60%)",
        "ALK immunohistochemistry     Negative      Positive      Positive",
        "ALK (D5F3)     +      -      +",
    ],
)
def test_alk_results_in_patient_columns_are_not_read(text):
    assert codes(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ALK IHC              Positive", ["IHC+"]),
        ("ALK FISH             Negative (6%)", ["FISH-"]),
        ("ALK IHC was positive and FISH was negative.", ["FISH-", "IHC+"]),
        ("ALK immunohistochemistry: positive; FISH: negative.", ["FISH-", "IHC+"]),
    ],
)
def test_one_result_per_method_is_read(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Desmin             Positive                 Negative", []),
        ("Desmin             Negative (focal)         Positive", []),
        ("Desmin             Positive", [("desmin", True)]),
        ("Desmin             Positive                 Positive", [("desmin", True)]),
        ("Desmin was positive, and CD34 was negative.", [("desmin", True), ("CD34", False)]),
        # one patient's share of a series sentence, the other patients' words blanked: prose, no table row
        ("Desmin was weakly positive in case 3 only; SMA was negative                      and positive in case 3.",
         [("desmin", True), ("SMA", False)]),
        ("CD34 was negative          in case 1, and desmin positive                in case 1.", [("CD34", False), ("desmin", True)]),
    ],
)
def test_ihc_results_in_patient_columns_are_not_read(text, expected):
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == expected
