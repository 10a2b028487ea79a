"""Web article pages copied as text: a back-to-top link printed after each heading ("Case Report Top", Medknow pages)
and a figure's label alone on its line with the legend on the next line ("Fig. 2" / legend, SpringerLink and other
publisher pages). Fictional reports."""

from __future__ import annotations

import pytest

from eims_extract.ingest.sections import classify_heading
from eims_extract.ingest.text import read_text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("   Case Report Top", "case"),
        ("Discussion Top", "discussion"),
        ("   Introduction Top", "introduction"),
        ("References Top", "references"),
        # guards: the link word alone, or after words that are no heading
        ("Top", None),
        ("The mass was at the top", None),
    ],
)
def test_heading_followed_by_a_back_to_top_link_is_the_heading(line, kind) -> None:
    h = classify_heading(line)
    assert (h.kind if h else None) == kind


_PAGE = [
    "Journal of Invented Oral Medicine | Home | Archives | Login",
    "Myofibroblastic lesion of the palate in a young man",
    "   Introduction Top",
    "Myofibroblastic lesions of the palate are rare and may be taken for an abscess.[1]",
    "   Case Report Top",
    "A 29-year-old man reported with c/o a palatal swelling since 3 months. The lesion was excised totally [Figure 1].",
    "Fig. 1",
    "a The excised nodule. b Spindle cells were positive for SMA and negative for ALK (x400)",
    "He is doing well since 10 months.",
    "   Discussion Top",
    "Such lesions are said to recur in a quarter of cases.[2]",
]


def _doc():
    return read_text(("\n".join(_PAGE) + "\n").encode(), "palate", "palate.txt")


def test_sections_of_a_page_with_back_to_top_links() -> None:
    doc = _doc()
    kinds = [s.kind for s in doc.sections if s.kind in ("introduction", "case", "discussion")]
    assert kinds == ["introduction", "case", "discussion"]
    case = next(s for s in doc.sections if s.kind == "case")
    assert "29-year-old man" in doc.text[case.start : case.end]


def test_figure_label_alone_then_its_legend_line_is_a_caption() -> None:
    doc = _doc()
    cap = next(s for s in doc.sections if s.kind == "caption")
    assert cap.title == "Fig. 1" and "negative for ALK" in doc.text[cap.start : cap.end]
    case = next(s for s in doc.sections if s.kind == "case")
    assert "negative for ALK" not in doc.text[case.start : case.end]
    assert "doing well since 10 months" in doc.text[case.start : case.end]  # the paragraph after the legend is the case's


def test_figure_label_followed_by_a_heading_is_no_caption() -> None:
    lines = _PAGE[:6] + ["Figure 2", "   Discussion Top", "Such lesions are said to recur in a quarter of cases.[2]"]
    doc = read_text(("\n".join(lines) + "\n").encode(), "palate", "palate.txt")
    assert not any(s.kind == "caption" for s in doc.sections)
    assert any(s.kind == "discussion" for s in doc.sections)


def test_a_dated_publication_line_numbers_no_page() -> None:
    lines = [
        "Skip to main content",
        "Case Report",
        "Published: 04 March 2023",
        "Myofibroblastic lesion of the palate in a young man",
        "   Case Report Top",
        "A 29-year-old man reported with c/o a palatal swelling since 3 months. The lesion was excised totally.",
        *[f"Paragraph {k} of the case goes on with the work-up and its findings in plain words." for k in range(1, 31)],
        "About this article",
        "Received: 12 January 2023",
        "Accepted: 20 February 2023",
        "Published: 04 March 2023",
    ]
    doc = read_text(("\n".join(lines) + "\n").encode(), "palate", "palate.txt")
    assert doc.n_pages is None and doc.page_at(len(doc.text) // 2) is None
