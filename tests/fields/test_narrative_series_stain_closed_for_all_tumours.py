"""A series sentence giving a stain's result for all its tumours ("S100 and CD117 were negative in all tumours") or a
negative "throughout" ("CK and myogenin were negative throughout") is every patient's, not the last one told of; a
stain's extent in one tumour ("positive throughout the lesion") and a subset ("in all tumours with X") are not
(invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_THREE = (
    "Case 1 was a 30-year-old man with a mesenteric mass. Case 2 was a 47-year-old woman with a lung mass. "
    "Case 3 was a 12-year-old boy with a bladder mass. "
)
_TWO = "Patient 1 was a 9-year-old girl with a liver mass. Patient 2 was a 64-year-old man with a renal mass. "


@pytest.mark.parametrize(
    ("intro", "sentence", "markers"),
    [
        (_THREE, "CD117, DOG1 and S100 were negative in all tumours.", ["CD117", "DOG-1", "S-100"]),
        (_THREE, "Myogenin was negative in all the tumours.", ["myogenin"]),
        (_TWO, "Desmin and CD34 were negative in each tumour.", ["desmin", "CD34"]),
        (_THREE, "Cytokeratin AE1/AE3 and myogenin were negative throughout.", ["CK", "myogenin"]),
        (_TWO, "CD34 was uniformly negative throughout; ALK was positive in patient 1.", ["CD34"]),
    ],
)
def test_negative_for_every_tumour_of_the_series(nlp, intro, sentence, markers):
    rows = abstract_rows(nlp, intro + sentence, "ihc_negative")
    assert all(neg == markers for (neg,) in rows)


def test_named_clause_before_the_sentence_for_all_stays_its_own(nlp):
    text = _THREE + "CD30 was positive in cases 1 and 3 and negative in case 2. S100 was negative in all tumours."
    rows = abstract_rows(nlp, text, "ihc_positive", "ihc_negative")
    assert rows == [(["CD30"], ["S-100"]), (None, ["CD30", "S-100"]), (["CD30"], ["S-100"])]


def test_stain_throughout_one_tumour_stays_that_patients(nlp):
    text = _THREE + "Case 2 had a lung resection. Desmin was positive throughout the lesion."
    rows = abstract_rows(nlp, text, "ihc_positive")
    assert rows == [(None,), (["desmin"],), (None,)]
