"""Two patients told in running prose, whose pathology then turns to each one's tumour by the order the patients were
introduced in ("The first tumour was ALK-positive ... The second tumour was ALK-negative ..."): each sentence is that
patient's, and the text goes on with her (invented text).
"""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import _rank_opening
from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


@pytest.mark.parametrize(
    ("text", "n", "k"),
    [
        ("The first tumour was diffusely ALK-positive.", 2, 1),
        ("The second lesion was negative for ALK by immunohistochemistry.", 2, 2),
        ("In the second patient's tumour, desmin was focal.", 2, 2),
        ("The third tumour was ALK-negative.", 2, None),  # past the patients introduced
        ("The first tumour was ALK-positive, the second ALK-negative.", 2, None),  # dealt out instead
        ("The first tumour of this kind in the ovary was described in 1990.", 2, None),  # a first of its kind
    ],
)
def test_rank_of_a_patients_tumour_opens_a_sentence(text, n, k):
    assert _rank_opening(text, n) == k


_SEQUENTIAL = """Two invented myofibroblastic tumours of the bladder: report of two cases

We describe two men seen in our unit. The younger, aged 36, had painless haematuria and a 3-cm mass of the bladder
dome, which was removed by partial cystectomy. The older patient, a 70-year-old man with urgency, had a 6-cm mass of
the bladder wall and underwent radical cystectomy. Both tumours were made of spindle cells in a myxoid stroma.
The first tumour was strongly ALK-positive; RNA sequencing found a TPM4-ALK fusion.
The second tumour was ALK-negative, and a DNA panel found an ETV6-NTRK3 fusion. The younger man is well 25 months after
surgery.
"""

_TOGETHER = """Two invented myofibroblastic tumours of the bladder: report of two cases

A 36-year-old man and a 70-year-old man had masses of the bladder removed by cystectomy.
The first tumour was strongly ALK-positive; RNA sequencing found a TPM4-ALK fusion.
The second tumour was ALK-negative, and a DNA panel found an ETV6-NTRK3 fusion.
"""


@pytest.mark.parametrize("page", [_SEQUENTIAL, _TOGETHER], ids=["introduced-one-after-another", "introduced-together"])
def test_each_ranked_tumour_is_the_patient_introduced_at_that_rank(nlp, page):
    doc = load_document("r.txt", data=page.encode(), doc_id="r")
    rows = {r.age_years: r for r in extract_document(doc, nlp)}
    young, old = rows[36.0], rows[70.0]
    assert young.kinase_fusions == ["TPM4::ALK"] and "ALK" in (young.ihc_positive or [])
    assert old.kinase_fusions == ["ETV6::NTRK3"] and "ALK" in (old.ihc_negative or [])
