"""A list of bare numbers each closed by a bracket naming its patient shares the unit only the last item prints ("well
at 14 (case 1), 30 (case 2) and 9 months (case 4)", lettered patients too): each patient's own number is read with
that unit; a bracket after a number that has its own unit keeps its own (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_NUMBERED = (
    "Case 1 was a 5-year-old boy with a mesenteric mass that was resected. Case 2, a 12-year-old girl, had a bladder "
    "tumour resected by partial cystectomy. Case 3 was a 3-year-old girl with an omental mass treated with crizotinib "
    "alone. Case 4, a 41-year-old man, underwent a lobectomy for a lung mass. "
)
_LETTERED = (
    "Patient A was a 5-year-old boy with a mesenteric mass that was resected. Patient B, a 12-year-old girl, had a "
    "bladder tumour resected by partial cystectomy. Patient C was a 3-year-old girl with an omental mass treated with "
    "crizotinib alone. Patient D, a 41-year-old man, underwent a lobectomy for a lung mass. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_NUMBERED + "They remain well at 14 (case 1), 30 (case 2) and 9 months (case 4) after surgery.",
         [14.0, 30.0, None, 9.0]),
        (_NUMBERED + "Those operated on are free of disease at 14 (case 1), 30 (case 2) and 9 months (case 4).",
         [14.0, 30.0, None, 9.0]),
        (_LETTERED + "The resected children and the man remain disease-free at 14 (Patient A), 30 (Patient B) and "
                     "9 months (Patient D) after surgery.",
         [14.0, 30.0, None, 9.0]),
        (_NUMBERED + "Follow-up was 14 (case 1), 30 (case 2), 6 (case 3) and 9 months (case 4).",
         [14.0, 30.0, 6.0, 9.0]),
    ],
)
def test_bare_bracketed_values_read_the_last_items_unit(nlp, text, expected):
    assert [r[0] for r in abstract_rows(nlp, text, "follow_up_months")] == expected


def test_each_value_with_its_own_unit_keeps_it(nlp):
    text = _NUMBERED + "They remain well at 2 years (case 1), 30 (case 2) and 9 months (case 4) after surgery."
    assert [r[0] for r in abstract_rows(nlp, text, "follow_up_months")] == [24.0, None, None, 9.0]


@pytest.mark.parametrize(
    "lead",
    [
        "The three patients treated by surgery alone have had no recurrence; they",
        "The three patients treated by resection alone needed no further therapy and had no recurrence; they",
    ],
)
def test_counted_lead_then_bracketed_values_is_the_named_ones(nlp, lead):
    text = _NUMBERED + lead + " remain disease-free at 14 (case 1), 30 (case 2) and 9 months (case 4) after surgery."
    rows = abstract_rows(nlp, text, "follow_up_months", "recurrence")
    assert rows == [(14.0, False), (30.0, False), (None, None), (9.0, False)]
