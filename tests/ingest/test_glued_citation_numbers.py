"""Citation numbers a dump or a page's text glued onto the word before them, their superscript lost: a list or range
("tumour12,13", "ALK12,13", "mass4\u20136") or a number after an age ("a 17-year-old3 boy"). The matching view drops
them, so the word reads as itself (a marker, a site, an age); a gene or marker name that ends in its own digits
("ROS1", "CD117", "HMB45", "NTRK1,2" no list of two-digit numbers after capitals) and numbers set apart stay.
Invented patients, wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.ingest.normalise_text import normalise


@pytest.mark.parametrize(
    ("original", "view"),
    [
        ("stained for ALK12,13 and vimentin", "stained for ALK and vimentin"),
        ("a mass in the liver2,3 and spleen", "a mass in the liver and spleen"),
        ("the tumour12\u201314 was excised", "the tumour was excised"),
        ("positive for SMA21,22,25 but", "positive for SMA but"),
        ("A 17-year-old3 boy", "A 17-year-old boy"),
        ("a 6-month-old12,14 girl", "a 6-month-old girl"),
        ("a 52-year-old4\u20136 man", "a 52-year-old man"),
    ],
)
def test_glued_citation_is_dropped_from_the_view(original: str, view: str) -> None:
    assert normalise(original).text.replace("\u2013", "-") == view


@pytest.mark.parametrize(
    "original",
    [
        "negative for CD117, CD34 and HMB45",
        "fusions of NTRK1,2 or 3 and ROS1",
        "a total of 12,345 cells",
        "Ki67 was 12%",
        "TFG-ROS1 fusion, exons 20-29",
        "the 5-year-old girl",
    ],
)
def test_names_with_their_own_digits_stay(original: str) -> None:
    assert normalise(original).text == original


@pytest.mark.parametrize(
    ("sentence", "age", "marker"),
    [
        ("A 17-year-old3 boy had a bladder mass that was resected. Tumour cells stained for ALK12,13 and SMA.", 17.0, "ALK"),
        ("A 9-year-old5,6 girl had a mesenteric mass that was resected. The cells were positive for desmin14\u201316.", 9.0, "desmin"),
    ],
)
def test_glued_citations_do_not_hide_age_or_marker(sentence, age, marker, nlp):
    from eims_extract.pipeline.extract import extract_document

    doc = load_document("page.txt", data=("Case report\n" + sentence + "\n").encode(), doc_id="page")
    (row,) = extract_document(doc, nlp)
    assert row.age_years == age and marker in (row.ihc_positive or [])
