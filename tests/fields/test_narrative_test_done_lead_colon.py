"""A test's opening clause names the patients it was done in, then a colon (or semicolon) gives what it found in each
("RNA sequencing was done in cases 1, 3 and 4: it found X in case 1 and Y in case 3"): each finding is only the patient
it names, the listed patient with no finding gets none of the others' (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_FOUR = (
    "Case 1 was a 30-year-old man with a mesenteric mass. Case 2 was a 47-year-old woman with a lung mass. "
    "Case 3 was a 12-year-old boy with a bladder mass. Case 4 was a 5-year-old girl with a liver mass. "
)
_LETTERED = (
    "Patient A was a 30-year-old man with a mesenteric mass. Patient B was a 47-year-old woman with a lung mass. "
    "Patient C was a 12-year-old boy with a bladder mass. "
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "RNA sequencing was done in cases 1, 3 and 4: it found an EML4::ALK fusion in case 1 and a TPM3::ALK "
            "fusion in case 3.",
            {1: "EML4", 3: "TPM3"},
        ),
        (
            "Targeted sequencing was performed in cases 2 and 4: it identified a CLTC::ALK fusion in case 4 and an "
            "RANBP2::ALK fusion in case 2.",
            {2: "RANBP2", 4: "CLTC"},
        ),
        (
            "NGS was successful in cases 1-3; it detected a TFG::ALK fusion in case 2 and a DCTN1::ALK fusion in case 3.",
            {2: "TFG", 3: "DCTN1"},
        ),
    ],
)
def test_findings_after_the_colon_each_the_patient_named(nlp, sentence, expected):
    rows = abstract_rows(nlp, _FOUR + sentence, "alk_fusion_partner", "kinase_fusions")
    for k, (partner, fusions) in enumerate(rows, start=1):
        if k in expected:
            assert partner == expected[k] and fusions == [f"{expected[k]}::ALK"]
        else:
            assert partner is None and not fusions


def test_lettered_series_lead_and_results(nlp):
    text = _LETTERED + "ALK FISH was done in B and C: ALK was rearranged in B but not in C."
    rows = abstract_rows(nlp, text, "alk_tests")
    assert rows == [(None,), (["FISH+"],), (["FISH-"],)]


@pytest.mark.parametrize(
    ("sentence", "tested"),
    [
        ("ALK FISH was performed in cases 1 and 3 and showed split signals in both.", {1, 3}),
        ("ALK FISH was done in cases 2 and 4 and was positive in both tumours.", {2, 4}),
        ("ALK FISH was done in cases 1, 2 and 4 and was positive in all three.", {1, 2, 4}),
    ],
)
def test_words_for_all_counting_the_patients_just_named(nlp, sentence, tested):
    # "in both" after two of a series of four: those two, not every patient
    rows = abstract_rows(nlp, _FOUR + sentence, "alk_tests")
    assert [k for k, (tests,) in enumerate(rows, start=1) if tests] == sorted(tested)
    assert all(tests == ["FISH+"] for (tests,) in rows if tests)
