"""Sites as PubMed case-report abstracts write them (fictional sentences written for these tests)."""

from __future__ import annotations

import pytest

from eims_extract.fields import site
from eims_extract.fields.base import Sentence
from eims_extract.records import CaseRow


def run(nlp, *texts: str) -> CaseRow:
    out, pos = [], 0
    for t in texts:
        out.append(Sentence("doc", t, pos, "case", None, nlp(t)[:]))
        pos += len(t) + 1
    row = CaseRow("doc", "index")
    site.apply(out, row)
    return row


@pytest.mark.parametrize(
    "text",
    [
        "A six years old girl underwent complete excision of a right hemipelvic mass with clear margins.",
        "CT showed a large left hemipelvic tumour displacing the bladder.",
    ],
)
def test_hemipelvic_adjective_is_the_pelvis(nlp, text):
    assert run(nlp, text).site == "pelvis"
