"""A woman and a man introduced together and a sentence that deals findings to them by possessive pronoun ("An X-ALK
fusion was found in her tumour and a Y-ALK fusion in his"): "her"/"his" name the one patient of that sex, each
predicate that patient's (``fields.narrative``). Two patients of one sex are not told apart so. (Left: a second
predicate with its verb left out, "... was found in her tumour and a Y-ALK fusion in his", has no finding of its own.) Invented patients,
wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_PAIR = """Crizotinib in two invented adults

Abstract
Two adults, a {first} with a pelvic tumour and a {second} with a mesenteric tumour, had multifocal disease. Both were
treated with crizotinib. {dealt}
"""


def _rows(nlp, text: str):
    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    return sorted(extract_document(doc, nlp), key=lambda r: r.case_id)


@pytest.mark.parametrize(
    "dealt",
    [
        "Sequencing showed an EML4-ALK fusion in her tumour, and a TPM3-ALK fusion in his tumour.",
        "Sequencing showed a TPM3-ALK fusion in his tumour and an EML4-ALK fusion in hers.",
    ],
)
def test_fusions_dealt_by_possessive_pronoun_go_to_that_sex(nlp, dealt):
    woman, man = _rows(nlp, _PAIR.format(first="33-year-old woman", second="48-year-old man", dealt=dealt))
    assert woman.alk_fusion_partner == "EML4" and woman.kinase_fusions == ["EML4::ALK"]
    assert man.alk_fusion_partner == "TPM3" and man.kinase_fusions == ["TPM3::ALK"]
    assert woman.drugs == man.drugs == ["crizotinib"]


def test_possessive_pronoun_does_not_tell_two_women_apart(nlp):
    dealt = "An EML4-ALK fusion was found in her tumour and a TPM3-ALK fusion in the other."
    rows = _rows(nlp, _PAIR.format(first="33-year-old woman", second="48-year-old woman", dealt=dealt))
    assert all(r.alk_fusion_partner != "TPM3" for r in rows)
