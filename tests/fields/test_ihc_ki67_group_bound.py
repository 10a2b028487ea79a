"""A Ki-67 bound a series sentence gives a group of its patients ("20% in case 2 and below 5% in the others", "under
10% in all four") is no one patient's index, even when the words naming the group are blanked in the patient's share of
the sentence; a patient's own figure in the same sentence stays theirs (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_THREE = (
    "Case 1 was a 30-year-old man with a mesenteric mass. Case 2 was a 47-year-old woman with a lung mass. "
    "Case 3 was a 12-year-old boy with a bladder mass. "
)
_FOUR = _THREE + "Case 4 was a 61-year-old woman with a pelvic mass. "


@pytest.mark.parametrize(
    ("intro", "sentence", "own", "value"),
    [
        (_THREE, "The Ki-67 index was 25% in case 2 and below 5% in the others.", 2, 25.0),
        (_THREE, "Ki-67 reached 12% in case 1 and was under 3% in the remaining cases.", 1, 12.0),
        (_FOUR, "The MIB-1 index was 30% in case 4 and less than 5% in the other three.", 4, 30.0),
        (_FOUR, "Ki-67 was 18% in case 3, below 2% in the rest.", 3, 18.0),
    ],
)
def test_bound_for_the_others_beside_one_patients_figure(nlp, intro, sentence, own, value):
    rows = abstract_rows(nlp, intro + sentence, "ki67_percent", "ihc_positive")
    for k, (ki, pos) in enumerate(rows, start=1):
        if k == own:
            assert ki == value and "Ki-67" in (pos or [])
        else:
            assert ki is None and "Ki-67" not in (pos or [])


@pytest.mark.parametrize(
    "sentence",
    ["The Ki-67 index was below 10% in all cases.", "Ki-67 was less than 5% in all three patients."],
)
def test_bound_for_the_whole_series(nlp, sentence):
    rows = abstract_rows(nlp, _THREE + sentence, "ki67_percent")
    assert rows == [(None,), (None,), (None,)]


def test_bound_of_one_patient_alone_is_still_read(nlp):
    rows = abstract_rows(nlp, _THREE + "Ki-67 was below 5% in case 3 and 40% in case 1.", "ki67_percent")
    assert rows[2] == (5.0,) and rows[0] == (40.0,) and rows[1] == (None,)


def test_bound_in_the_rest_of_one_tumour_is_that_patients(nlp):
    text = "A 40-year-old woman had a mesenteric mass. The Ki-67 index was below 5% in the rest of the tumour."
    assert abstract_rows(nlp, text, "ki67_percent") == [(5.0,)]
