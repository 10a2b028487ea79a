"""Patients of a series told apart by the sites of their tumours (invented text): a site word that only says where a
symptom is felt ("nasal obstruction", "pelvic pain") is no site of that patient's tumour, so a later clause naming a
tumour by that site still finds the one patient whose tumour is there."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_SINONASAL = (
    "Case reports: Case 1 was a 19-year-old woman with a mass in the orbit. Case 2, a 66-year-old man with nasal "
    "obstruction, had a tumour of the left maxillary sinus. Case 3, a 41-year-old man, also complained of nasal "
    "obstruction; a polyp arose from the nasal cavity. The woman has had no recurrence for 30 months. "
)
_PELVIC = (
    "Case reports: Case 1 was a 56-year-old woman with pelvic pain and a mass of the uterine corpus. Case 2 was a "
    "40-year-old woman with a mass in the pelvis. Case 3 was a 30-year-old man with a tumour of the lung. "
)


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (_SINONASAL + "The patient with the nasal cavity tumour is free of disease 16 months after surgery.",
         "follow_up_months", [(30.0,), (None,), (16.0,)]),
        (_SINONASAL + "The nasal cavity tumour has not recurred after 16 months.", "follow_up_months", [(30.0,), (None,), (16.0,)]),
        (_PELVIC + "The pelvic tumour recurred 10 months after resection; the lung tumour did not recur.",
         "recurrence", [(None,), (True,), (False,)]),
        (_PELVIC + "The lung tumour has not recurred, whereas the pelvic tumour recurred at 10 months.",
         "recurrence", [(None,), (True,), (False,)]),
    ],
)
def test_symptom_place_is_no_own_site(nlp, text, field, expected):
    assert abstract_rows(nlp, text, field) == expected
