"""A case heading printed on the line right under the title, with no blank line and no abstract between ("Case 1: A
58-year-old ...", "Case report: ..."): it still opens the patient's text (invented patients, wording our own). These
forms were read already when this test was written; it keeps them read."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_TITLE = "Myofibroblastic tumour of the caecum in an invented adult\n"


@pytest.mark.parametrize(
    "body",
    [
        "Case report: A 58-year-old man had a 5 cm mass of the caecum that was resected. ALK was positive. He is well at 11 months.\n",
        "Case 1: A 58-year-old man had a 5 cm mass of the caecum that was resected. ALK was positive. He is well at 11 months.\n",
        "CASE REPORT\nA 58-year-old man had a 5 cm mass of the caecum that was resected. ALK was positive. He is well at 11 months.\n",
    ],
)
def test_case_heading_right_under_the_title_opens_the_patient(nlp, body):
    doc = load_document("c.txt", data=(_TITLE + body + "Discussion\nSuch tumours are rare.\n").encode(), doc_id="c")
    (row,) = extract_document(doc, nlp)
    assert (row.age_years, row.sex, row.site_code, row.alk_tests, row.follow_up_months) == (58.0, "male", "C18.0", ["IHC+"], 11.0)


def test_numbered_cases_right_under_the_title_are_two_patients(nlp):
    text = (
        _TITLE
        + "Case 1: A 58-year-old man had a 5 cm mass of the caecum that was resected. ALK was positive.\n"
        + "Case 2: A 31-year-old woman had a 3 cm mass of the bladder that was resected. ALK was negative.\n"
    )
    rows = extract_document(load_document("c.txt", data=text.encode(), doc_id="c"), nlp)
    assert sorted((r.age_years, r.alk_tests) for r in rows) == [(31.0, ["IHC-"]), (58.0, ["IHC+"])]
