"""A web page's figure copied as text: the viewer's links ("Zoom Image", "Open in new tab", "Download figure") over
the figure's legend line. The legend is the figure's caption, not a line of the paragraph before it, and nothing is
taken from the links themselves (invented patients, wording our own)."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document

_PAGE = (
    "Myofibroblastic tumours in two invented children\n\n"
    "Results\n"
    "Patient 1, a 5-year-old boy, had a hepatic mass treated with crizotinib. He is alive at 16 months.\n"
    "Patient 2, a 13-year-old girl, had a mass of the nasal cavity that was excised. She is well at 20 months.\n\n"
    "{links}"
    "Fig. 2 (A) Magnetic resonance image of the hepatic mass of patient 1. (B) Granular cytoplasmic ROS1 staining (x400).\n\n"
    "Discussion\n"
    "Such tumours are rare in children.\n"
)

_LINKS = ["Zoom Image\n", "Open in new tab\nDownload figure\n", "Zoom Image\n\nOpen in new tab\n"]


@pytest.mark.parametrize("links", _LINKS)
def test_legend_under_figure_viewer_links_is_the_figures_caption(links):
    doc = load_document("page.txt", data=_PAGE.format(links=links).encode(), doc_id="page")
    captions = [doc.text[s.start : s.end] for s in doc.sections if s.kind == "caption"]
    assert len(captions) == 1 and captions[0].startswith("Fig. 2 (A) Magnetic resonance")
    assert "Zoom" not in doc.text and "Open in new tab" not in doc.text
    results = next(s for s in doc.sections if s.kind == "results")
    assert "ROS1" not in doc.text[results.start : results.end]


@pytest.mark.parametrize("links", _LINKS)
def test_legend_under_figure_viewer_links_is_not_the_last_patients_text(nlp, links):
    from eims_extract.pipeline.extract import extract_document

    doc = load_document("page.txt", data=_PAGE.format(links=links).encode(), doc_id="page")
    rows = {r.age_years: r for r in extract_document(doc, nlp)}
    assert rows[13.0].ihc_positive is None and rows[13.0].site != "liver"
