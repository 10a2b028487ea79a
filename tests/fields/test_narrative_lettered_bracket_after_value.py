"""A lettered series gives one value per patient, each closed by the bare letter in brackets ("Ki-67 was about 4% (A),
20% (B) and 1% (C)"): the bracketed letter names the patient (``bare_letter_patients``), and is no citation
("(1)" after the rewrite to the letter's number is kept out of the ``other-citation`` cue). A bracketed letter in a
numbered series, or a figure panel, names nobody (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_THREE = (
    "Patient A was a 34-year-old woman with a uterine mass. Patient B, a 52-year-old woman, had a cervical mass. "
    "Patient C was a 27-year-old woman with a uterine mass. "
)


@pytest.mark.parametrize(
    "told",
    [
        "All tumours were ALK positive. Ki-67 indices were about 4% (A), 10-20% (B) and 1% (C).",
        "ALK was expressed throughout; the MIB-1 index was 4%(A), up to 20%(B) and 1%(C).",
        "ALK was diffusely positive in all three, with Ki-67 labelling of 4% (A), 20% (B) and 1% (C) of nuclei.",
    ],
)
def test_bracketed_letter_after_a_value_names_the_patient(nlp, told):
    assert abstract_rows(nlp, _THREE + told, "ki67_percent") == [(4.0,), (20.0,), (1.0,)]


def test_bracketed_letter_in_a_numbered_series_names_nobody(nlp):
    text = (
        "Patient 1 was a 34-year-old woman with a uterine mass. Patient 2, a 52-year-old woman, had a cervical mass. "
        "The Ki-67 index of patient 2 was 15% (Fig. 3B)."
    )
    assert abstract_rows(nlp, text, "ki67_percent") == [(None,), (15.0,)]
