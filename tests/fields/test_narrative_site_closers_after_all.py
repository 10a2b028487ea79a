"""Two patients told apart by the sites of their tumours (invented text): a clause for both, then after a semicolon a
result closed by each tumour named by its site ("negative in the parotid tumour but positive in the sinus tumour");
a bare site word ("sinus") finds the patient whose own site names hold it, and a site both patients' sentences name
is the one the other closer left."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_TWO = (
    "Cases: We treated two adults. The first, a 50-year-old man, had a swelling of the right parotid gland; the second, "
    "a 38-year-old woman, had a mass filling the right maxillary sinus. The parotid lesion was excised. "
)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Both were positive for vimentin and negative for S-100; ALK was negative in the parotid tumour but strongly "
         "positive in the sinus tumour.", [(["vimentin"], ["S-100", "ALK"]), (["vimentin", "ALK"], ["S-100"])]),
        ("Both stained for vimentin; desmin was positive in the sinus tumour and negative in the parotid tumour.",
         [(["vimentin"], ["desmin"]), (["vimentin", "desmin"], None)]),
    ],
)
def test_site_closers_after_a_clause_for_both(nlp, sentence, expected):
    text = _TWO + sentence + " Unlike the parotid one, the sinus tumour recurred."
    rows = abstract_rows(nlp, text, "ihc_positive", "ihc_negative")
    assert [(sorted(p or []), sorted(n) if n else None) for p, n in rows] == [(sorted(p), sorted(n) if n else None) for p, n in expected]


_TWO_ORGANS = (
    "Cases: We saw two patients. The first patient, a 70-year-old woman, had a mass of the body of the stomach and "
    "underwent a gastrectomy. The second patient, a 9-year-old boy, had a mass of the right hepatic lobe, which was resected. "
)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Unlike the gastric lesion, which was negative for ALK and positive for desmin, the hepatic one showed strong "
         "ALK staining and was negative for desmin.", [(["desmin"], ["ALK"]), (["ALK"], ["desmin"])]),
        ("In contrast to the hepatic tumour, which was ALK-positive, the gastric one was negative for ALK.",
         [([], ["ALK"]), (["ALK"], [])]),
        ("Unlike the gastric tumour, the hepatic one was ALK-positive.", [([], []), (["ALK"], [])]),
    ],
)
def test_contrast_opening_on_one_site_named_tumour(nlp, sentence, expected):
    rows = abstract_rows(nlp, _TWO_ORGANS + sentence, "ihc_positive", "ihc_negative")
    assert [(sorted(p or []), sorted(n or [])) for p, n in rows] == [(sorted(p), sorted(n)) for p, n in expected]
