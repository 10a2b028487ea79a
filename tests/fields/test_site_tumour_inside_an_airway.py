"""An airway tumour placed by where it sits inside the tube: a part of the trachea written with "mid-" ("the
mid-trachea"), an origin whose wall is qualified in a bracket ("arising from the posterior (membranous) wall of the X"),
and a lesion occluding a share of an organ's lumen at endoscopy (inside it); a mass narrowing the lumen from outside is
no such place (invented text)."""

from __future__ import annotations

import pytest
from _support import abstract_rows, located

from eims_extract.fields import site


def test_mid_trachea_is_the_trachea(nlp):
    text = (
        "Case report: A 15-year-old girl had exertional dyspnoea. CT showed a 2 cm polypoid mass arising from the "
        "right (cartilaginous) wall of the mid-trachea. It was resected."
    )
    assert abstract_rows(nlp, text, "site", "site_code") == [("trachea", "C33.9")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tumour arose from the left (lateral) wall of the bladder.", 4),
        ("A mass arising from the posterior (membranous) wall of the trachea was seen.", 4),
    ],
)
def test_origin_on_a_wall_qualified_in_a_bracket(text, expected):
    best = site.best_site(located(text))
    assert best is not None and best.score >= expected


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("Bronchoscopy showed a sessile lesion occluding about 60% of the lumen of the distal trachea.", True),
        ("Ureteroscopy found a polyp filling the lumen of the ureter.", True),
        # from outside: a goitre or a nodal mass narrows or compresses, it does not fill the lumen
        ("A large goitre was narrowing the lumen of the trachea.", False),
        ("A nodal mass was compressing the lumen of the trachea.", False),
    ],
)
def test_lesion_occluding_an_organs_lumen_is_inside_it(text, placed):
    assert (site.best_site(located(text)) is not None) is placed
