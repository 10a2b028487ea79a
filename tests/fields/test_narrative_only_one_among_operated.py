"""A series telling that only one patient had an event and that none of "the other operated patients" had it (invented
text): the denial is each operated patient's, never the one patient not operated on."""

from __future__ import annotations

from _support import abstract_rows

_FOUR = (
    "We report four patients. Case 1 was a 9-year-old girl, case 2 a 30-year-old man, case 3 a 44-year-old woman and "
    "case 4 a 71-year-old man. Cases 1 to 3 underwent surgery: lobectomy (case 1), wedge resection (case 2) and "
    "segmentectomy (case 3). Case 4 was inoperable and received crizotinib. "
)


def test_only_one_recurred_among_the_operated_denies_the_other_operated_only(nlp):
    text = _FOUR + "Only case 2 recurred; none of the other operated patients has had a recurrence."
    assert abstract_rows(nlp, text, "recurrence") == [(False,), (True,), (False,), (None,)]


def test_only_one_recurred_without_narrowing_denies_every_other(nlp):
    text = _FOUR + "Only case 2 recurred."
    assert abstract_rows(nlp, text, "recurrence") == [(False,), (True,), (False,), (False,)]
