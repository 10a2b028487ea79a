"""A figure legend set in the middle of a plain PDF-to-text dump, its first panel's letter before the text ("Fig. 2 a
Spindle cells ... b ALK stain (x400)") and its last panel ending on a magnification in brackets without a full stop:
the legend is a caption, and the paragraph after it is body text again. Before, the legend stayed in the body and
was joined to the next paragraph's first sentence. Every report here is fictional."""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text

_BEFORE = """Case report
A 12-year-old girl had a cough for two months and a
3-cm mass of the left upper lobe was seen on a scan.
A needle biopsy showed spindle cells and plasma cells,
and the cells were positive for ALK and SMA.
"""
_AFTER = """A left upper lobectomy was performed in May and
the margins were clear. She was well two years later.
Discussion
Lobectomy cures most such tumours in children.
"""


@pytest.mark.parametrize(
    "legend",
    [
        "Fig. 3 a Spindle cells among plasma cells (H&E, x200).\nb Granular ALK staining of the cytoplasm (x400)",
        "Figure 3 (A) Spindle cells among plasma cells.\n(B) Granular ALK staining (original magnification x400)",
        "Fig. 3 a Plasma cells and spindle cells (H&E)",
    ],
    ids=["panel-letter-then-x400", "bracketed-panel-then-magnification", "one-panel-stain-only"],
)
def test_panel_legend_in_the_text_is_a_caption_and_the_body_resumes(legend: str) -> None:
    doc = read_text((_BEFORE + legend + "\n" + _AFTER).encode(), "legend", "legend.txt")
    assert any(s.kind == "caption" and s.title.endswith(" 3") for s in doc.sections)
    case = next(s for s in doc.sections if s.kind == "case")
    body = doc.text[case.start : case.end]
    assert "A left upper lobectomy was performed in May" in body and "ALK staining" not in body.split("SMA.")[-1]


@pytest.mark.parametrize(
    "line",
    [
        "Figure 3 a small nodule was also seen in the right lobe, which",  # prose after a wrapped "see"
        "Fig. 3 shows the scan (x2 zoom) of the chest",
    ],
)
def test_figure_word_opening_a_prose_line_is_not_a_panel_legend(line: str) -> None:
    from eims_extract.ingest.sections import caption_start

    assert caption_start(line) is None
