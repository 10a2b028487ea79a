"""A "respectively" list whose items each open on the same preposition ("treated with X plus Y and with Z and W,
respectively", "by partial cystectomy and by transurethral resection, respectively"): each item is the whole phrase
after its preposition, so an item may hold an "and"/"plus" of its own (a two-drug regimen) and still be one patient's
(``fields.narrative``). Invented patients, wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_PAIR = """Unresectable myofibroblastic tumours: two invented adults

Abstract
Two tumours are described, in a 23-year-old man and a 36-year-old woman, both with pelvic masses. Neither was
resectable. {treated} The man achieved a partial response; the woman had stable disease.
"""


def _rows(nlp, text: str):
    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    return sorted(extract_document(doc, nlp), key=lambda r: r.case_id)


@pytest.mark.parametrize(
    "treated, first, second",
    [
        ("They were treated with doxorubicin plus ifosfamide and with weekly methotrexate and vinorelbine, respectively.",
         ["doxorubicin", "ifosfamide"], ["methotrexate", "vinorelbine"]),
        ("They were given chemotherapy with gemcitabine and docetaxel and with cisplatin and etoposide, respectively.",
         ["gemcitabine", "docetaxel"], ["cisplatin", "etoposide"]),
        ("They were managed with crizotinib and with vinblastine plus methotrexate, respectively.",
         ["crizotinib"], ["vinblastine", "methotrexate"]),
    ],
)
def test_respectively_items_opened_by_one_preposition_keep_their_own_and(nlp, treated, first, second):
    rows = _rows(nlp, _PAIR.format(treated=treated))
    assert len(rows) == 2
    assert sorted(rows[0].drugs or []) == sorted(first)
    assert sorted(rows[1].drugs or []) == sorted(second)


@pytest.mark.parametrize(
    "treated",
    [
        "They were treated by partial cystectomy and by transurethral resection, respectively.",
        "They were treated by wide excision and by marginal excision, respectively.",
    ],
)
def test_respectively_operations_opened_by_one_preposition_each(nlp, treated):
    rows = _rows(nlp, _PAIR.format(treated=treated))
    assert [r.treatment for r in rows] == ["SE", "SE"]


def test_plain_respectively_list_of_single_drugs_unchanged(nlp):
    rows = _rows(nlp, _PAIR.format(treated="They were treated with crizotinib and alectinib, respectively."))
    assert [r.drugs for r in rows] == [["crizotinib"], ["alectinib"]]


def test_shared_regimen_without_respectively_is_both(nlp):
    rows = _rows(nlp, _PAIR.format(treated="Both were treated with doxorubicin and with ifosfamide."))
    assert all(sorted(r.drugs or []) == ["doxorubicin", "ifosfamide"] for r in rows)
