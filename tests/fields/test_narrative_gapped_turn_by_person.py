"""Two patients introduced together and a sentence that turns from one to the other by a person noun with the second
clause's verb left out ("The girl was treated with X and the boy with Y"; "the older man by excision and the younger
by ..."): the gapped clause reads the first clause's verb with its own object; a clause after a semicolon that speaks
for both ("...; both responded") is each one's (``fields.narrative``). Invented patients, wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_PAIR = """Kinase-fused myofibroblastic tumours: two invented children

Abstract
A 6-year-old girl and a 12-year-old boy had ALK-negative myofibroblastic tumours of the mesentery. {treated}
"""


def _rows(nlp, text: str):
    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    return sorted(extract_document(doc, nlp), key=lambda r: (r.age_years or 0))


@pytest.mark.parametrize(
    "treated, first, second",
    [
        ("The girl was treated with entrectinib and the boy with larotrectinib.", "entrectinib", "larotrectinib"),
        ("The girl was given crizotinib, and the boy with larotrectinib.", None, None),  # no shared preposition: not read as gapped
        ("The boy was treated with larotrectinib, whereas the girl with entrectinib.", "entrectinib", "larotrectinib"),
        ("The girl was treated with entrectinib and the boy with larotrectinib; both responded before complete resection.",
         "entrectinib", "larotrectinib"),
    ],
)
def test_gapped_clause_turned_to_by_person_borrows_the_first_verb(nlp, treated, first, second):
    girl, boy = _rows(nlp, _PAIR.format(treated=treated))
    if first is None:
        assert girl.drugs == ["crizotinib"]
        return
    assert girl.drugs == [first]
    assert boy.drugs == [second]


def test_clause_for_both_after_semicolon_reaches_each(nlp):
    treated = "The girl was treated with entrectinib and the boy with larotrectinib; both then underwent complete resection."
    girl, boy = _rows(nlp, _PAIR.format(treated=treated))
    assert girl.treatment == "SE+ALKi"
    assert boy.treatment == "SE+ALKi"


def test_person_with_a_tumour_and_own_verb_is_not_gapped(nlp):
    treated = "The girl was treated with entrectinib and the boy with a larger tumour underwent resection."
    girl, boy = _rows(nlp, _PAIR.format(treated=treated))
    assert girl.drugs == ["entrectinib"]
    assert boy.drugs is None
    assert boy.treatment == "SE"
