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


# a wrapped dump with blank lines between its paragraphs: a one-line legend whose last panel has no full stop, set
# off by blank lines after a list whose last item has none either
def _wrapped(text: str) -> str:
    import textwrap

    return textwrap.fill(text, 96)


_LIST_THEN_LEGEND = "\n".join(
    [
        "Case report",
        _wrapped(
            "A 7-month-old boy was seen with a swelling of the right cheek that had grown for five weeks, and an MRI "
            "scan showed a 2.8-cm mass of the masseter muscle without any erosion of the mandible or of the skull base. "
            "His parents had seen no fever, and his blood counts and inflammatory markers were normal on admission."
        ),
        "",
        _wrapped("An incisional biopsy showed bland spindle cells in a myxoid stroma with plasma cells. The stains read:"),
        "- SMA: positive",
        "- ALK (5A4): negative",
        "- Ki-67: about 8%",
        "",
        "Fig. 2  a H&E x200. b SMA. c ALK negative",
        "",
        _wrapped(
            "A fusion panel of 60 genes done on the RNA of the biopsy found a TFG::ROS1 fusion, and no ALK fusion "
            "was found by the same panel; the boy was given crizotinib and the swelling had gone after four months "
            "of treatment, with no sign of the mass on the scan done at that visit or at the later ones."
        ),
        "",
        "Discussion",
        _wrapped(
            "Such tumours of the cheek in infants are very rare and may respond to kinase inhibitors without any "
            "operation, as the swelling of this boy did within a few months of starting the drug at home."
        ),
        "",
    ]
)


def test_one_line_legend_without_a_full_stop_ends_at_the_blank_line_before_a_paragraph() -> None:
    doc = read_text(_LIST_THEN_LEGEND.encode(), "legend", "legend.txt")
    cap = next(s for s in doc.sections if s.kind == "caption")
    assert doc.text[cap.start : cap.end].rstrip().endswith("c ALK negative")
    case = next(s for s in doc.sections if s.kind == "case")
    assert "A fusion panel of 60 genes" in doc.text[case.start : case.end]
