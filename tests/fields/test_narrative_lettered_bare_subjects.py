"""A lettered series goes on naming its patients by the bare letter as the subject of a sentence or clause ("B was
treated by lobectomy", "...; C received crizotinib") and of a gapped clause ("C had a cystectomy and D a
nephrectomy"): each is that patient's, not the last one introduced; the article "A" opening a sentence stays an article
(invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_FOUR = (
    "Patient A was a 30-year-old man with a mesenteric mass. Patient B, a 47-year-old woman, had a lung mass. "
    "Patient C was a 12-year-old boy with a bladder mass. Patient D, a 70-year-old man, had a renal mass. "
)


@pytest.mark.parametrize(
    ("course", "expected"),
    [
        (
            "A underwent resection alone. B was treated by lobectomy; the tumour recurred at 8 months. "
            "C had a partial cystectomy and D a radical nephrectomy.",
            [("SE", None), ("SE", True), ("SE", None), ("SE", None)],
        ),
        (
            "D underwent nephrectomy. B received crizotinib alone and had a recurrence after stopping it.",
            [(None, None), ("ALKi", True), (None, None), ("SE", None)],
        ),
        (
            "C was treated by cystectomy; A underwent a segmental resection and relapsed 5 months later.",
            [("SE", True), (None, None), ("SE", None), (None, None)],
        ),
    ],
)
def test_bare_letter_subject_is_that_patient(nlp, course, expected):
    assert abstract_rows(nlp, _FOUR + course, "treatment", "recurrence") == expected


def test_article_a_opening_a_sentence_is_no_patient(nlp):
    text = _FOUR + "A lobectomy was done in patient B. A recurrence was seen in patient D."
    assert abstract_rows(nlp, text, "treatment", "recurrence") == [
        (None, None), ("SE", None), (None, None), (None, True)
    ]
