"""Sites named as real reports name them (invented sentences): a wing or ridge of the sphenoid is skull bone, not
the sphenoid sinus; swellings "in both groins" are the inguinal soft tissue, not the testis of an orchiectomy; a mass
"reaching / stretching from" a place into another starts in the first."""

from __future__ import annotations

import pytest

from eims_extract.fields import site
from eims_extract.fields.base import Sentence
from eims_extract.records import CaseRow


def _row(nlp, *texts: str) -> CaseRow:
    row = CaseRow("doc", "index")
    sents, start = [], 0
    for text in texts:
        sents.append(Sentence("doc", text, start, "case", None, nlp(text)[:]))
        start += len(text) + 1
    site.apply(sents, row)
    return row


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (("MRI showed an invented mass at the medial sphenoid wing.",), "C41.0"),
        (("A lesion arose from the left sphenoid ridge.",), "C41.0"),
        (("CT showed an invented mass filling the sphenoid sinus.",), "C31.3"),
        (("He had swellings in both groins.", "A wide local excision with bilateral orchiectomy was done."), "C49.5"),
    ],
)
def test_sphenoid_wing_and_both_groins(nlp, texts, code):
    assert _row(nlp, *texts).site_code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("An invented mass was reaching from the inner ear into the external auditory canal.", "C30.1"),
        ("A tumour stretching from the pleura into the chest wall was seen on CT.", "C38.4"),
    ],
)
def test_reaching_from_names_the_origin(nlp, text, code):
    assert _row(nlp, text).site_code == code
