"""A lettered series gives one value per patient, each closed by the bare letter in brackets ("Ki-67 was about 4% (A),
20% (B) and 1% (C)"): the bracketed letter names the patient (``bare_letter_patients``), and is no citation
("(1)" after the rewrite to the letter's number is kept out of the ``other-citation`` cue). A bracketed letter in a
numbered series, or a figure panel, names nobody (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows, text_rows

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


def _rows(nlp, text: str):
    return {r.case_id: r for r in text_rows(nlp, text)}


_TABLED = """Myofibroblastic tumours of the ovary: three invented women

Case descriptions
Patient A. A 31-year-old woman had an adnexal mass and underwent salpingo-oophorectomy.
Patient B. A woman aged 55 had a 12 cm ovarian mass and underwent hysterectomy with bilateral adnexectomy.
Patient C. A 40-year-old woman had an incidental ovarian nodule that was excised.

Pathology
{told}

Table 1. Molecular testing
-----------------------------------------------------------------
Patient   ALK IHC      ALK FISH        RNA NGS
{rows}
-----------------------------------------------------------------

Discussion
Ovarian cases are exceptional.
"""

_IN_ORDER = """A         positive     not done        TIMP3::ALK
B         positive     positive        not done
C         positive     positive        FN1::ALK"""


@pytest.mark.parametrize(
    "told",
    [
        "ALK was positive in all three. CD10 was positive in Patients A and C but negative in Patient B. Ki-67 indices "
        "were about 6% (A), 25% (B) and 3% (C).",
        "Desmin was expressed in every tumour, CD10 in A and C only. The MIB-1 index reached 6% (A), up to 25% (B) "
        "and 3% (C).",
    ],
)
def test_lettered_series_with_a_table_lettered_in_the_same_order(nlp, told):
    """The series' own table names its rows A, B, C in that order: the prose's letters are still read as patients."""
    rows = _rows(nlp, _TABLED.format(told=told, rows=_IN_ORDER))
    assert [rows[f"case-{k}"].ki67_percent for k in (1, 2, 3)] == [6.0, 25.0, 3.0]
    assert "CD10" in (rows["case-1"].ihc_positive or []) and "CD10" in (rows["case-3"].ihc_positive or [])
    assert "CD10" not in (rows["case-2"].ihc_positive or [])
