"""A sign in a neighbouring part caused by a mass named after a preposition ("swelling of the upper eyelid from a mass of
the lacrimal gland", "compression of the trachea by a mass"): the site word before the preposition is no adjective of the
tumour noun, so the mass's own place wins (invented text)."""

from __future__ import annotations

import pytest
from _support import abstract_rows

from eims_extract.fields import site


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Case report: A 51-year-old man had swelling of the right upper eyelid from a mass of the lacrimal gland, "
            "taken out through a lateral orbitotomy.",
            ("orbit", "C69.5"),
        ),
        (
            "Case report: A 12-year-old girl had puffiness of the lower eyelid caused by a tumour in the lacrimal gland, "
            "which was excised.",
            ("orbit", "C69.5"),
        ),
    ],
)
def test_eyelid_sign_from_a_lacrimal_mass(nlp, text, expected):
    assert abstract_rows(nlp, text, "site", "site_code") == [expected]


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("She had swelling of the eyelid from a mass behind the eye.", False),
        ("Bronchoscopy showed narrowing of the trachea by a mass outside the airway.", False),
        ("A left breast mass was excised.", True),
        ("A right lower lobe lung mass was found.", True),
    ],
)
def test_site_word_before_a_preposition_is_no_tumour_adjective(nlp, text, cued):
    from _support import located

    hits = [m for m in site.score_mentions(located(text)) if "X tumor" in m.cues]
    assert bool(hits) == cued
