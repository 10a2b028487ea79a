"""A "respectively" list dealt to numbered patients, closed by a clause about one of them alone ("Patients 1 to 3 were
aged 3, 8 and 12 years, respectively, and patient 3 was the boy"): the closing clause is that patient's only, never
the others' (invented text)."""

from __future__ import annotations

import pytest

from _support import segmented


@pytest.mark.parametrize(
    ("sentence", "one", "clause"),
    [
        ("Patients 1 to 3 were aged 3, 8 and 12 years, respectively, and patient 3 was the boy.", "case-3", "the boy"),
        ("Cases 1-3 were 30, 41 and 57 years old, respectively, whereas case 1 was a smoker.", "case-1", "smoker"),
        ("Patients 1, 2 and 3 had gastric, hepatic and renal tumours, respectively; patient 2 was a girl.", "case-2", "a girl"),
    ],
)
def test_clause_after_respectively_naming_one_patient_is_that_ones_only(sentence, one, clause):
    got = segmented([
        "We treated three patients with this tumour.",
        sentence,
        "Patient 1 had a mass that was resected.",
        "Patient 2 had a mass that was biopsied.",
        "Patient 3 had a mass that was irradiated.",
    ])
    assert any(clause in t for t in got[one])
    for other in {"case-1", "case-2", "case-3"} - {one}:
        assert not any(clause in t for t in got[other]), other


def test_list_items_still_dealt_beside_the_closing_clause():
    got = segmented([
        "We treated three patients with this tumour.",
        "Patients 1 to 3 were aged 3, 8 and 12 years, respectively, and patient 3 was the boy.",
        "Patient 1 had a mass that was resected.",
    ])
    assert any("8 years" in t and "3," not in t for t in got["case-2"])
    assert not any("12 years" in t for t in got["case-1"] + got["case-2"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients 1, 2 and 3 were well at 10, 20 and 30 months, respectively; there was no recurrence in the patients other than patient 2.",
        "Patients 1, 2 and 3 were well at 10, 20 and 30 months, respectively, and none recurred except patient 2.",
    ],
)
def test_clause_setting_one_apart_after_respectively_is_not_that_ones_alone(sentence):
    got = segmented([
        "We treated three patients with this tumour.",
        "Patient 1 had a mass that was resected.",
        "Patient 2 had a mass that was biopsied.",
        "Patient 3 had a mass that was irradiated.",
        sentence,
    ])
    assert not any("recur" in t for t in got["case-2"] if "10" not in t and "20" not in t and "30" not in t)
