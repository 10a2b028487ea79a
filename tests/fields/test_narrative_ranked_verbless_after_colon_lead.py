"""A series' summary sentence whose lead speaks for all and closes on a colon, then gives each patient a verbless
clause by rank ("Both were inflammatory myofibroblastic tumours (IMT): the first ALK-negative with an X fusion, the
second ALK-rearranged"): the lead everyone's, each ranked clause only its patient's — the first's ALK-negative is no
result of the second's tumour (``patterns/patient_scope.jsonl`` distribute, ranked_lead). Invented text."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_DOC = """Invented myofibroblastic tumours of the parotid: two cases

Abstract
We re-examined two archival parotid lesions. {summary}

Case 1
A 52-year-old man had a 3 cm mass of the left parotid gland, removed by superficial parotidectomy. The spindle cells
were positive for SMA; ALK was negative. Sequencing found a TPM3::NTRK1 fusion. He is well 30 months later.

Case 2
A 27-year-old woman had a 2 cm mass of the right parotid gland, removed by superficial parotidectomy. The spindle
cells were positive for ALK with a granular pattern and for SMA. She is well 12 months later.
"""


@pytest.mark.parametrize(
    "summary",
    [
        "Both were inflammatory myofibroblastic tumours (IMT): the first ALK-negative with a TPM3::NTRK1 fusion, the "
        "second ALK-positive.",
        "Both proved to be myofibroblastic tumours: the first ALK-negative and NTRK1-rearranged, the second "
        "ALK-positive.",
        "Both lesions were IMTs; the first ALK-negative, the second ALK-positive on immunohistochemistry.",
    ],
)
def test_verbless_ranked_clauses_after_a_lead_for_both(nlp, summary):
    doc = load_document("r.txt", data=_DOC.format(summary=summary).encode(), doc_id="r")
    rows = extract_document(doc, nlp)
    assert [r.age_years for r in rows] == [52.0, 27.0]
    assert "ALK" in (rows[0].ihc_negative or []) and "ALK" not in (rows[0].ihc_positive or [])
    assert "ALK" in (rows[1].ihc_positive or []) and "ALK" not in (rows[1].ihc_negative or [])
    assert "IHC-" not in (rows[1].alk_tests or [])
