"""A series sentence about the patients operated on, counted, with no list to deal out ("All four resected patients
are alive without evidence of disease", "The three patients who underwent resection remain free of disease"): it is
each operated patient's whole, and not the patient treated otherwise (``fields.narrative._operated_subset_whole``).
A sentence singling one of them out ("only the second ...") is not dealt so. Invented patients, wording our own."""

from __future__ import annotations

import pytest
from _support import text_rows


_SERIES = """Myofibroblastic tumour of the kidney: four invented patients

Patients
Our database yielded four patients, who were 23, 38, 45 and 66 years old (patients 1 to 4, respectively). All
presented with flank pain, and patient 3 also had haematuria.

Treatment
Patient 1 underwent partial nephrectomy. Patient 2 required a radical nephrectomy. Patient 3 had a partial
nephrectomy. Patient 4, unfit for surgery, received crizotinib after a needle biopsy and has continued on it.

Outcome
{told} Patient 4 is alive with a residual, shrinking tumour.
"""


def _rows(nlp, told: str):
    return {r.case_id: r for r in text_rows(nlp, _SERIES.format(told=told))}


@pytest.mark.parametrize(
    "told",
    [
        "All three resected patients are currently alive without evidence of disease.",
        "The three patients who underwent resection remain alive without evidence of disease.",
        "All the operated patients are alive with no evidence of disease.",
    ],
)
def test_operated_subset_sentence_is_each_operated_patients(nlp, told):
    rows = _rows(nlp, told)
    assert [rows[f"case-{k}"].status for k in (1, 2, 3)] == ["ANED"] * 3
    assert rows["case-4"].status != "ANED"


def test_sentence_singling_one_out_is_not_dealt_whole(nlp):
    rows = _rows(nlp, "Among the three resected patients, only the second had a local recurrence.")
    assert rows["case-1"].recurrence is not True and rows["case-3"].recurrence is not True


@pytest.mark.parametrize(
    "told",
    [
        "Among the three resected patients, only the second had a local recurrence, treated by re-excision; the "
        "remaining two have shown no recurrence.",
        "Of the three patients who underwent resection, only the second relapsed locally, while the other two have had "
        "no recurrence.",
        "In the three operated patients, the second one developed a local recurrence; the others remained free of "
        "recurrence.",
    ],
)
def test_rank_within_the_operated_subset(nlp, told):
    """ "Among the three resected patients, only the second ...": the second of those operated, the rest clause the
    others operated; the patient treated otherwise gets neither."""
    rows = _rows(nlp, told)
    assert [rows[f"case-{k}"].recurrence for k in (1, 2, 3)] == [False, True, False]
    assert rows["case-4"].recurrence is None
