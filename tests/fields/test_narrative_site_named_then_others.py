"""A series whose patients are told apart by the sites of their tumours (invented text): a sentence opening on one
tumour named by its site and closing on a clause about "the other two" gives that clause to the other patients."""

from __future__ import annotations

from _support import abstract_rows

_THREE = (
    "Cases: We saw three patients: a 40-year-old woman with a mass of the right parotid gland; a 3-year-old boy with a "
    "mass in the left orbit; and a 25-year-old man with a mass in the soft tissue of the right thigh. The parotid mass was "
    "excised and the thigh mass was resected. "
)


def test_clause_closed_by_the_other_two_after_a_site_named_tumour_is_the_others(nlp):
    text = _THREE + "The thigh tumour recurred at 5 months and was excised again; there was no recurrence in the other two."
    assert abstract_rows(nlp, text, "recurrence") == [(False,), (False,), (True,)]


def test_site_named_tumour_alone_stays_its_patients(nlp):
    text = _THREE + "The thigh tumour recurred at 5 months and was excised again."
    assert abstract_rows(nlp, text, "recurrence") == [(None,), (None,), (True,)]
