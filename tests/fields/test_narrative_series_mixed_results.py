"""Small series whose abstracts state one marker's results for several patients in one sentence: an exception after a
result with no word for all ("SMA was negative except in patient B"), two patients with two results in two clauses
("... in case 1, whereas case 2 was negative"), results dealt out by "respectively" (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_NUMBERED = (
    "Case 1 was a 30-year-old man with a mesenteric mass. Case 2 was a 47-year-old woman with a lung mass. "
    "Case 3 was a 12-year-old boy with a bladder mass. "
)
_LETTERED = (
    "Patient A was a 30-year-old man with a mesenteric mass. Patient B was a 47-year-old woman with a lung mass. "
    "Patient C was a 12-year-old boy with a bladder mass. "
)


def _stains(nlp, abstract: str) -> list[tuple]:
    return abstract_rows(nlp, abstract, "ihc_positive", "ihc_negative")


@pytest.mark.parametrize(
    ("sentence", "intro"),
    [
        ("Caldesmon was negative except in case 2.", _NUMBERED),
        ("Caldesmon was negative, except for patient B.", _LETTERED),
        ("Vimentin was positive in all three; caldesmon was negative except patient B.", _LETTERED),
    ],
)
def test_exception_after_a_result_without_a_word_for_all(nlp, sentence, intro):
    rows = _stains(nlp, intro + sentence)
    assert [("caldesmon" in (neg or [])) for _, neg in rows] == [True, False, True]
    assert "caldesmon" in (rows[1][0] or [])  # the one set apart: the opposite result
    if "Vimentin" in sentence:
        assert all("vimentin" in (pos or []) for pos, _ in rows)  # the other clause stays everyone's


def test_exception_after_a_result_names_no_patient_of_the_series(nlp):
    # "except in case 7" of a three-patient series: no exception of theirs, nothing dealt out
    rows = _stains(nlp, _NUMBERED + "Caldesmon was negative except in case 7.")
    assert not any("caldesmon" in (pos or []) for pos, _ in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        "Caldesmon was positive in case 1 and case 3 was negative.",
        "Caldesmon staining was seen in case 1, whereas case 3 was negative.",
        "Caldesmon was expressed in case 1 but case 3 was negative for it.",
        # a semicolon before the other patient cuts no sentence of its own when its clause is a bare result
        "Caldesmon was diffusely positive in case 1; case 3 was negative.",
    ],
)
def test_second_patient_of_a_two_result_sentence_has_the_first_clauses_test(nlp, sentence):
    rows = _stains(nlp, _NUMBERED + sentence)
    assert "caldesmon" in (rows[0][0] or []) and "caldesmon" not in (rows[0][1] or [])
    assert "caldesmon" in (rows[2][1] or []) and "caldesmon" not in (rows[2][0] or [])
    assert rows[1] == (None, None)


def test_second_clause_naming_its_own_marker_is_not_the_first_clauses_test(nlp):
    rows = _stains(nlp, _NUMBERED + "Caldesmon was positive in case 1 and case 3 was negative for vimentin.")
    assert "caldesmon" not in (rows[2][1] or [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Caldesmon was positive and negative in cases 1 and 3, respectively.",
        "Caldesmon (clone h-CD) was stained in cases 1 and 3, positive and negative respectively.",
        "Caldesmon staining in cases 1 and 3 was positive and negative, respectively.",
    ],
)
def test_results_dealt_out_by_respectively(nlp, sentence):
    rows = _stains(nlp, _NUMBERED + sentence)
    assert rows[0] == (["caldesmon"], None) and rows[2] == (None, ["caldesmon"]) and rows[1] == (None, None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # each predicate closed by one tumour named by its site: the patient whose site it is
            "Caldesmon was positive in the mesenteric tumour and negative in the pulmonary one.",
            [(["caldesmon"], None), (None, ["caldesmon"]), (None, None)],
        ),
        (  # two sites named together: each the patient whose site it is
            "Caldesmon was positive in the mesenteric and bladder tumours and negative in the pulmonary one.",
            [(["caldesmon"], None), (None, ["caldesmon"]), (["caldesmon"], None)],
        ),
        (  # a site no patient's own sentences name tells nobody apart: no predicate dealt by it
            "Caldesmon was positive in the mesenteric tumour and negative in the renal one.",
            None,
        ),
    ],
)
def test_predicates_closed_by_tumours_named_by_site(nlp, sentence, expected):
    rows = _stains(nlp, _NUMBERED + sentence)
    if expected is None:
        assert all("caldesmon" not in (neg or []) for _, neg in rows)  # no clause dealt as the pulmonary one's
    else:
        assert rows == expected


_RANKED = (
    "We describe three patients. The first patient, aged 30 years, had a mesenteric mass. The second, a 47-year-old "
    "woman, had a lung mass. The third patient was 12 years old and had a bladder mass. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Caldesmon was positive in the first and third tumours and negative in the second.",
        "Caldesmon was positive in the first and the third cases, and negative in the second.",
    ],
)
def test_several_patients_named_together_by_rank_close_one_predicate(nlp, sentence):
    rows = _stains(nlp, _RANKED + sentence)
    assert rows == [(["caldesmon"], None), (None, ["caldesmon"]), (["caldesmon"], None)]


def test_clause_for_all_before_a_semicolon_stays_everyones_beside_references_by_rank(nlp):
    rows = _stains(nlp, _RANKED + "All three were positive for vimentin; caldesmon was positive in the first and third "
                   "tumours and negative in the second.")
    assert all("vimentin" in (pos or []) for pos, _ in rows)
    assert [("caldesmon" in (pos or [])) for pos, _ in rows] == [True, False, True]
    assert "caldesmon" in (rows[1][1] or [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Caldesmon was expressed in cases 1 and 3 but not in case 2.",
        "Caldesmon was expressed in the first and third cases but not in the second.",
    ],
)
def test_expression_left_out_and_denied_is_negative(nlp, sentence):
    intro = _NUMBERED if "cases 1" in sentence else _RANKED
    rows = _stains(nlp, intro + sentence)
    assert rows == [(["caldesmon"], None), (None, ["caldesmon"]), (["caldesmon"], None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Caldesmon staining was done in case 2 only and was focally positive.",
        "Caldesmon staining was done only in case 2 and was focally positive.",
        "Caldesmon, performed in case 2 only, was focally positive.",
    ],
)
def test_stain_done_in_one_patient_only_is_that_ones_result_and_no_one_elses(nlp, sentence):
    rows = _stains(nlp, _NUMBERED + sentence)
    assert rows == [(None, None), (["caldesmon"], None), (None, None)]


def test_stains_done_in_a_patient_to_exclude_a_mimic_then_a_shared_result(nlp):
    rows = _stains(nlp, _NUMBERED + "Caldesmon and CD117 were performed in case 3 to exclude GIST and were both negative.")
    assert rows[2] == (None, ["caldesmon", "CD117"]) and rows[0] == rows[1] == (None, None)
