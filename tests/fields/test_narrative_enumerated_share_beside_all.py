"""A series whose members one sentence enumerates ("a 24-year-old man with X, a 39-year-old woman with Y, ..."), then a
stain sentence for all of them beside an unnamed share ("All four showed ALK staining, and desmin was positive in three
of four"): the clause for all is every member's, the share's clause nobody's (which three is unsaid). Without
enumerated members such a sentence stays a series statistic (invented text).
"""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_HEAD = "Invented epithelioid myofibroblastic sarcomas: four cases\n\nAbstract\n"
_LEAD = (
    "Four patients are described: a 24-year-old man with a mesenteric mass, a 39-year-old man with an omental mass, a "
    "52-year-old woman with a tumour of the sigmoid colon, and a 61-year-old woman with a rectal tumour. All four "
    "tumours were resected. "
)


def _rows(nlp, body, *fields):
    doc = load_document("r.txt", data=(_HEAD + body).encode(), doc_id="r")
    return [tuple(getattr(r, f) for f in fields) for r in extract_document(doc, nlp)]


@pytest.mark.parametrize(
    ("stain", "positive"),
    [
        ("All four showed nuclear membrane staining for ALK, and desmin was positive in three of four.", ["ALK"]),
        ("All four were ALK-positive; desmin was positive in three of the four.", ["ALK"]),
        ("Vimentin was expressed in all four tumours, and SMA in two of four.", ["vimentin"]),
    ],
)
def test_clause_for_all_is_each_members_and_the_share_nobodys(nlp, stain, positive):
    rows = _rows(nlp, _LEAD + stain, "age_years", "ihc_positive")
    assert rows == [(24.0, positive), (39.0, positive), (52.0, positive), (61.0, positive)]


def test_without_enumerated_members_the_sentence_stays_a_statistic(nlp):
    body = "Twelve patients were reviewed. Vimentin was expressed in all twelve tumours, and SMA in five of twelve."
    assert all(positive is None for (positive,) in _rows(nlp, body, "ihc_positive"))
