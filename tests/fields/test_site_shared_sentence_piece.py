"""A sentence placing several numbered patients' tumours in turn ("The tumour arose in X in patient 1, in Y in patient 2
and in Z in patient 3"): each patient's piece keeps the shared verb and blanks the others' places, however long they
are, and a finer place in a bracket after the organ ("the gastric wall (pylorus)") refines that patient's code
(invented text)."""

from __future__ import annotations

import pytest
from _support import abstract_rows, located

from eims_extract.fields import site
from eims_extract.fields.base import Sentence

_SERIES = (
    "Results: Three patients were treated. The tumour arose in the right upper lobe of the lung, close to the hilum "
    "and abutting the main bronchus, in patient 1, in the retroperitoneum behind the head of the pancreas and "
    "encasing the superior mesenteric vessels in patient 2, and in the gastric wall (pylorus) in patient 3. "
    "Patient 1 was a 40-year-old man. Patient 2 was a 12-year-old girl. Patient 3 was a 7-year-old boy."
)


def test_each_patient_keeps_the_shared_verb_before_its_own_place(nlp):
    rows = dict(abstract_rows(nlp, _SERIES, "case_id", "site_code"))
    assert rows["case-3"] == "C16.4"


def test_blanked_words_count_as_one_space_for_the_cues():
    text = "The tumour arose" + " " * 150 + "in the wall of the stomach."
    best = site.best_site([Sentence("d", text, 0)])
    assert best is not None and best.canonical == "stomach" and best.score > 0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The tumour arose in the gastric wall (antrum).", "C16.3"),
        ("A mass was found in the bladder (trigone).", "C67.0"),
        # a bracket naming no finer place of the organ leaves its code alone
        ("A mass was found in the bladder (4 cm).", "C67.9"),
    ],
)
def test_finer_place_in_a_bracket_after_the_site_refines_its_code(text, code):
    sentences = located(text)
    best = site.best_site(sentences)
    assert best is not None and site.best_code(sentences, best).code == code


def test_bracket_saying_more_than_a_finer_place_refines_nothing():
    sentences = located("MRI showed a lesion of the superior orbit (lacrimal gland spared).")
    best = site.best_site(sentences)
    assert best is not None and site.best_code(sentences, best).code == "C69.6"
