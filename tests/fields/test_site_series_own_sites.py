"""A series' patients each keep their own site, not the region the title names. Fictional reports written for these tests."""

from __future__ import annotations

import pytest
from _support import site_row


def _rows(nlp, tmp_path, text: str) -> list[tuple[str | None, str | None]]:
    from eims_extract.fields.narrative import extract_narrative
    from eims_extract.ingest import load_document

    p = tmp_path / "series.txt"
    p.write_text(text, encoding="utf-8")
    doc = load_document(p)
    rows = extract_narrative(doc, nlp)
    for r in rows:
        for ev in r.evidence.get("site", []):
            assert doc.text[ev.start : ev.end].lower() in ev.sentence.lower()
    return [(r.site, r.site_code) for r in rows]


def _sentence_site(nlp, *texts: str) -> tuple[str | None, str | None]:
    row = site_row(nlp, *texts)
    return row.site, row.site_code


_LABELLED = """Inflammatory myofibroblastic tumours of the neck and face region in adults: three cases

Case 1 (thyroid gland)
A 39-year-old man noticed hoarseness. Ultrasound showed a firm solid nodule. A hemithyroidectomy was done. ALK was positive. He was well at 14 months.

Case 2: right maxillary sinus
A 57-year-old woman had a blocked nose and cheek pain. CT showed an expansile mass with remodelling of the bony walls. It was removed endoscopically. ALK was negative. She was well at 9 months.

Patient 3 \u2013 epiglottis
A 26-year-old man had a muffled voice. A smooth pedunculated lesion was removed with a laser. ALK was positive. He was well at 20 months.
"""

_THORAX = """Thoracic inflammatory myofibroblastic tumours in children: two cases

Case 1 (pleura)
A 12-year-old girl had chest pain on breathing. A smooth lesion was excised by thoracoscopy. ALK was positive. She was well at 30 months.

Case 2 (posterior mediastinum)
An 8-year-old boy had a chronic cough. A solid mass was resected through a thoracotomy. ALK was negative. He was well at 11 months.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LABELLED, [("thyroid", "C73.9"), ("paranasal sinus", "C31.0"), ("larynx", "C32.1")]),
        (_THORAX, [("pleura", "C38.4"), ("mediastinum", "C38.2")]),
    ],
)
def test_case_label_naming_its_site_places_the_patients_tumour(nlp, tmp_path, text, expected):
    assert _rows(nlp, tmp_path, text) == expected


@pytest.mark.parametrize(
    "texts",
    [
        # precision: a label followed by a sentence about something else places nothing
        ("Case 2: Renal function was normal throughout the admission.",),
        ("Case 4. Pulmonary function tests were unremarkable.",),
        ("Case 1 (see Figure 2) was treated with steroids.",),
    ],
)
def test_case_label_followed_by_other_words_places_nothing(nlp, texts):
    assert _sentence_site(nlp, *texts) == (None, None)


_ENUMERATED = """Inflammatory myofibroblastic tumour of the head and neck: three cases

Case presentations

(1) A 47-year-old woman was referred for a painless nodule on the upper lip. It was excised. ALK was positive. She was well at 16 months.

(2) A 63-year-old man had a mass that arose in the right tonsil. A tonsillectomy was performed. ALK was negative. He was well at 22 months.

(3) A 31-year-old woman had a firm swelling of the hard palate. It was excised with a margin. ALK was positive. She was well at 12 months.
"""


def test_enumerated_series_patients_keep_their_own_sites(nlp, tmp_path):
    assert _rows(nlp, tmp_path, _ENUMERATED) == [("lip", "C00.0"), ("tonsil", "C09.9"), ("palate", "C05.0")]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the lump felt in the neck, the gland imaging places it in: the gland, the most specific site stated
        (("A 15-year-old boy presented with a painless lump in the neck.",
          "Ultrasound showed a 2 cm solid lesion involving the right parotid gland."), ("parotid gland", "C07.9")),
        (("She noticed a slowly growing mass in the neck.",
          "CT showed a 3 cm nodule in the left lobe of the thyroid gland."), ("thyroid", "C73.9")),
        # a bare neck mass stays the neck; an organ it presses on is no part of it
        (("A 40-year-old man had a 4 cm mass in the neck.",
          "It was compressing the thyroid gland and was excised."), ("neck", "C49.0")),
    ],
)
def test_gland_imaging_places_a_neck_lump_in_is_the_site(nlp, texts, expected):
    assert _sentence_site(nlp, *texts) == expected
