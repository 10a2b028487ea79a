"""A saved page or an aggregator's copy prints its site's name, menu, breadcrumb, category and the journal's name
around the article's title: the title is the line that names the disease, not the chrome around it. Fictional
pages in our own words."""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text

TITLE = "Myofibroblastic tumour of the invented hyoid bursa in a retired lighthouse keeper"
BYLINE = "Quorra T 1, Vantablack P 2, Lindgren-Oyelaran S 1"
CASE = (
    "A made-up man of 70 noticed a slowly growing lump above his larynx over four months, without pain, fever or"
    " weight loss. Imaging showed a 3 cm enhancing hyoid mass, and it was removed through a neck incision with clear"
    " margins. The spindle cells were ALK-positive. He is well a year later, without recurrence."
)


def _sections(lines: list[str]) -> list[tuple[str, str]]:
    doc = read_text("\n".join(lines).encode(), "chrome", "chrome.txt")
    return [(s.kind, " ".join(doc.text[s.start : s.end].split())) for s in doc.sections]


def _titles(lines: list[str]) -> list[str]:
    return [t for k, t in _sections(lines) if k == "title"]


@pytest.mark.parametrize(
    "chrome",
    [
        ["Home  Periodicals  Invented Annals of Neck Surgery  Latest Volume  Guide for Authors"],
        ["Fictopedia Papers", "Find papers, people, ideas...     Sign on   Join", "Paper  >  Pathology  >  Head and Neck"],
        ["Lit Finder", "Explore  Subjects  Periodicals  Shelf  Sign in", "Myofibroblastic Lesions Papers"],
    ],
    ids=["menu-naming-the-journal", "search-line-and-breadcrumb", "menu-and-category-naming-the-disease"],
)
def test_site_menu_and_breadcrumb_above_the_title_are_not_the_title(chrome: list[str]) -> None:
    secs = _sections([*chrome, "", TITLE, "", BYLINE, "", "Abstract", CASE])
    assert [t for k, t in secs if k == "title"] == [TITLE]
    assert all(c not in t for c in chrome for k, t in secs if k != "other")


def test_journal_name_and_date_between_the_title_and_the_byline_are_not_the_title() -> None:
    secs = _sections(
        ["Lit Finder", TITLE, "Invented Annals of Neck Pathology Abstracts", "Jan 9, 2031", BYLINE, "", CASE]
    )
    assert [t for k, t in secs if k == "title"] == [TITLE]
    assert [t for k, t in secs if k == "authors"] == [BYLINE]


def test_typed_title_under_a_site_banner_is_the_title_not_a_case_section() -> None:
    """ "Case Report: <title>" under a news site's name and search line, no byline: the title with its type printed
    first, not the case section's heading (and the site's name is not the title)."""
    secs = _sections(
        [
            "Fictoworm: Health Headlines",
            "Search Fictoworm",
            "Surgery Headlines",
            "",
            f"Case Report: {TITLE}",
            "",
            CASE,
        ]
    )
    assert [t for k, t in secs if k == "title"] == [f"Case Report: {TITLE}"]
    assert not any(k == "case" and TITLE in t for k, t in secs)


def test_case_label_before_a_told_case_under_a_banner_still_opens_the_case() -> None:
    """The same label before a sentence ending on a full stop is the case told, not a title."""
    secs = _sections(["Fictoworm: Health Headlines", "Search Fictoworm", "", f"Case report: {CASE}"])
    assert not any(k == "title" and "hyoid mass" in t for k, t in secs)


def test_library_disclaimer_before_the_title_leaves_the_byline_found() -> None:
    """A library's disclaimer paragraph printed above the citation and title is page furniture: the byline under the
    title is still the byline and the title still the title."""
    secs = _sections(
        [
            "Search PMC Full-Text Archive   Search in PMC",
            "Fict Neck Rep. 2031 Mar 2;4:e12. doi: 10.0000/fnr.2031.e12",
            "As a library, NLM provides access to scientific literature. Inclusion in an NLM database does not imply"
            " endorsement of, or agreement with, the contents by NLM or the National Institutes of Health.",
            "",
            TITLE,
            BYLINE,
            "",
            "Abstract",
            CASE,
        ]
    )
    assert [t for k, t in secs if k == "title"] == [TITLE]
    assert [t for k, t in secs if k == "authors"] == [BYLINE]


def test_metrics_strip_with_labels_before_counts_is_not_the_byline() -> None:
    secs = _sections(
        ["Invented Neck Practice | Open Access | Case Report", "Views 2,311 | Downloads 402 | Altmetric 7", "", TITLE,
         BYLINE, "", "Abstract", CASE]
    )  # fmt: skip
    assert [t for k, t in secs if k == "title"] == [TITLE]
    assert [t for k, t in secs if k == "authors"] == [BYLINE]


@pytest.mark.parametrize(
    ("parts", "whole"),
    [
        (["Myofibroblastic tumour of the invented hyoid bursa:", "A study of three made-up cases"],
         "Myofibroblastic tumour of the invented hyoid bursa: A study of three made-up cases"),
        (["Myofibroblastic tumour of the invented hyoid bursa with a made-up ABCD1-ALK", "fusion: a case", "report"],
         "Myofibroblastic tumour of the invented hyoid bursa with a made-up ABCD1-ALK fusion: a case report"),
    ],
    ids=["open-colon", "column-wrap"],
)  # fmt: skip
def test_title_broken_over_blank_lines_stays_whole(parts: list[str], whole: str) -> None:
    lines = ["Invented Annals of Neck Surgery (2031) 4:12"]
    for p in parts:
        lines += [p, ""]
    assert " ".join(_titles([*lines, BYLINE, "", "Abstract", CASE])) == whole


def test_title_and_its_translation_above_it_are_both_the_title() -> None:
    original = "Tumeur myofibroblastique inventée de la bourse hyoïdienne chez un gardien de phare"
    secs = _sections(["Revue Inventée de Chirurgie", original, TITLE, BYLINE, "", "Abstract", CASE])
    assert [t for k, t in secs if k == "title"] == [f"{original} {TITLE}"]
