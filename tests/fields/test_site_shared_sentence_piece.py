"""A sentence placing several numbered patients' tumours in turn ("The tumour arose in X in patient 1, in Y in patient 2
and in Z in patient 3"): each patient's piece keeps the shared verb and blanks the others' places, however long they
are, and a finer place in a bracket after the organ ("the gastric wall (pylorus)") refines that patient's code
(invented text)."""

from __future__ import annotations

from eims_extract.fields import site
from eims_extract.fields.base import Sentence


def test_blanked_words_count_as_one_space_for_the_cues():
    text = "The tumour arose" + " " * 150 + "in the wall of the stomach."
    best = site.best_site([Sentence("d", text, 0)])
    assert best is not None and best.canonical == "stomach" and best.score > 0
