"""Small series told in prose, where the text tells its patients apart by other means than their numbers: by sex when a
patient's age phrase carries no person noun of its own ("The second patient was a boy of 7 years ... ; this was not done
in the woman"). Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


def _rows(tmp_path, nlp, text):
    path = tmp_path / "series.txt"
    path.write_text(text, encoding="utf-8")
    return extract_document(load_document(path), nlp)


_NOUN_BEFORE_AGE = """Inflammatory myofibroblastic tumour of the colon and the spleen in two invented patients

Dear Editor,

we describe two patients seen in our hospital. The first patient, a 58-year-old woman, had a 4 cm mass of the \
sigmoid colon and underwent a sigmoidectomy. The second patient was a boy of 7 years with fever, in whom a 5 cm mass \
of the spleen was found; a splenectomy was done. Both lesions were made of spindle cells with plasma cells. {last}
"""


@pytest.mark.parametrize(
    "last",
    [
        "Sequencing of the boy's tumour was done and found a TPM4-ALK fusion; this test was not done in the woman, ALK being negative.",
        "In the boy RNA sequencing found a TPM4-ALK fusion; in the woman, whose tumour was ALK negative, it was not performed.",
    ],
)
def test_sex_of_a_person_noun_before_the_age_tells_the_clauses_apart(tmp_path, nlp, last):
    rows = _rows(tmp_path, nlp, _NOUN_BEFORE_AGE.format(last=last))
    assert [r.case_id for r in rows] == ["case-1", "case-2"]
    assert "IHC-" in (rows[0].alk_tests or []) and rows[0].kinase_fusions is None
    assert rows[1].kinase_fusions == ["TPM4::ALK"] and "IHC-" not in (rows[1].alk_tests or [])
