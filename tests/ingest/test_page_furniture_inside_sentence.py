"""Page furniture that a journal PDF dumped to text prints between the two halves of a sentence of the case: the first
page's footnote block (affiliations, "Received: ... Accepted: ...", the corresponding author and e-mail, the copyright),
a page's running head or foot (journal, volume, pages, DOI, "Page 3 of 7"), or a margin stamp ("Downloaded from ...").
The block is dropped and the sentence joined again; evidence offsets still point at the joined text. Lines that only
look like furniture stay. Every report here is fictional."""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text

_FRONT = """Imaginary Reports in Oncology
CASE REPORT
A spindle cell tumour in an invented adult: a made-up report
Odile Fenwick 1, Rasmus Quill 2
Abstract
A fictional adult had a spindle cell tumour; we describe the imaging,
the pathology, the surgery and the course over the months after it,
and the pitfalls of the diagnosis in this invented account.
Keywords: fiction; spindle cell tumour
Case presentation
"""
_BACK = """
Discussion
Such invented tumours are rare.
"""


def _doc(before: str, block: list[str], after: str):
    text = _FRONT + before + "\n\n" + "\n".join(block) + "\n\n" + after + "\n" + _BACK
    return read_text(text.encode(), "pf", "pf.txt")


_BEFORE = "A 44-year-old woman had a slowly growing tumour of the"
_AFTER = "left adrenal gland, which was removed by laparoscopy. She was well 11 months later."


@pytest.mark.parametrize(
    "block",
    [
        [
            "1 Department of Surgery, Imaginary Prefectural Hospital, Japan",
            "Received: June 2, 2031; Accepted: August 9, 2031; Advance Publication by J-STAGE: October 1, 2031",
            "Correspondence to Dr. Odile Fenwick, ofenwick@imaginary-hosp.example.jp",
        ],
        [
            "Received: 4 April 2031 / Accepted: 19 May 2031 / Published online: 2 June 2031",
            "© The Imaginary Society of Surgery 2031",
            "* Rasmus Quill",
            "rquill@imaginary-univ.example.org",
        ],
        [
            "* Corresponding author at: Department of Urology, Imaginary General Hospital, Nowhere.",
            "E-mail address: ofenwick@imaginary.example.org (O. Fenwick).",
            "https://doi.org/10.9999/j.imag.2031.02.017",
            "1234-5678/© 2031 The Authors. Published by Imaginary Ltd. This is an open access article under the CC BY licence.",
        ],
        [
            "medRxiv preprint doi: https://doi.org/10.9999/2031.01.02.31234567; this version posted January 4, 2031.",
            "It is made available under a CC-BY 4.0 International license .",
        ],
    ],
    ids=["affiliation-dates-correspondence", "dates-copyright-author-email", "corresponding-email-doi-issn", "preprint"],
)
def test_first_page_footnote_block_inside_a_sentence_is_dropped_and_the_sentence_joined(block: list[str]) -> None:
    doc = _doc(_BEFORE, block, _AFTER)
    joined = "tumour of the left adrenal gland"
    assert doc.text.find(joined) >= 0
    assert "2031" not in doc.text and "@" not in doc.text and "doi" not in doc.text.lower()


@pytest.mark.parametrize(
    "block",
    [
        ["Fenwick et al. Journal of Imaginary Case Reports (2031) 16:404 Page 3 of 6"],
        ["2031 Fenwick et al. Imag Rep 14(2): e40404. DOI 10.9999/imagrep.40404 3 of 6"],
        ["Imag. Rep. Oncol. 2031, 29 3 of 6"],
        ["Imag Case Rep. 2031;12:e8080. imaginarylibrary.com/journal/icr | 3 of 6"],
        ["Frontiers in Imaginary Surgery | www.frontiersin.org 3 June 2031 | Volume 9 | Article 1404040"],
        ["CASE REPORT – OPEN ACCESS", "O. Fenwick, R. Quill / Imaginary Journal of Case Reports 31 (2031) 40–44", "42"],
        ["Imaginary Medicine 63: 404-410, 2031 DOI: 10.9999/imagmed.4040-31"],
        ["Imag Intern Med Advance Publication", "DOI: 10.9999/imagintmed.4040-31"],
        ["Downloaded from https://academic.imaginary.example.org/icr/article/2031/4/x040/404 by guest on 3 July 2031"],
        ["For personal use only."],
        ["J Imag Surg Rep (2031) 11:102"],
        ["Page 3 of 7", "Journal of Imaginary Paediatric Reports (2031) 16:404"],
        ["Imaginary Rare Tumours (2031) 5, 77–82"],
        ["212 Imag Case Rep (2031) 14(2):e40404"],
        ["IMAGINARY ONCOLOGY LETTERS 10: 675-680, 2031"],
        ["676", "QUILL et al: RECURRENT MYOFIBROBLASTIC TUMOUR OF THE GROIN"],
        ["Vol. 12, No. 3, 2031"],
        ["Fenwick O, et al. BMJ Imag Rep 2031;14:e240404. doi:10.1136/bcr-2031-240404"],
    ],
    ids=[
        "et-al-journal-volume-page-of-pages", "et-al-journal-doi-page-of-pages", "journal-year-volume-page-of-pages",
        "journal-web-address-page-of-pages", "journal-site-foot", "open-access-banner-and-slash-head",
        "journal-volume-pages-year-doi", "advance-publication-head", "downloaded-stamp", "personal-use-stamp",
        "journal-bracketed-year-volume-article", "page-of-pages-then-journal-bracketed-year",
        "journal-bracketed-year-volume-pages", "page-number-journal-bracketed-year-issue",
        "capitals-journal-volume-pages-year", "page-number-then-capitals-authors-title", "volume-number-year-strip",
        "first-author-et-al-journal-doi-foot",
    ],
)
def test_running_head_foot_or_margin_stamp_inside_a_sentence_is_dropped_and_the_sentence_joined(block: list[str]) -> None:
    doc = _doc(_BEFORE, block, _AFTER)
    assert "tumour of the left adrenal gland" in doc.text
    assert block[0] not in doc.text


def test_evidence_offsets_point_into_the_joined_text_after_a_footnote_block() -> None:
    block = ["Received: 4 April 2031 / Accepted: 19 May 2031", "rquill@imaginary-univ.example.org"]
    doc = _doc("The spindle cells were diffusely positive for", block, "smooth muscle actin and negative for desmin.")
    phrase = "positive for smooth muscle actin"
    i = doc.text.find(phrase)
    assert i >= 0 and doc.text[i : i + len(phrase)] == phrase
    sec = doc.section_at(i)
    assert sec is not None and sec.kind == "case"


@pytest.mark.parametrize(
    ("before", "line", "after"),
    [
        # the sentence before has ended: a line opening "Received" or "Correspondence" is the report's
        ("She was given crizotinib before surgery.", "Received at our clinic in 2031, she", "was well 30 months later."),
        ("The mass was resected in full.", "Correspondence to the family doctor in 2031 noted", "no recurrence at all."),
        # a sentence naming a study by its year goes on past the bracket: no running head
        ("Such tumours were reviewed.", "Quill and Fenwick (2031) 14, of whom", "were children."),
        ("Such tumours were reviewed.", "Fenwick et al. found 14 such cases in 2031 and", "most were children."),
        ("The panel was repeated.", "ALK and SMA were positive, CD34 negative, in 2031", "on the second block."),
    ],
)
def test_body_line_that_only_looks_like_furniture_after_a_full_stop_is_kept(before: str, line: str, after: str) -> None:
    doc = _doc(before, [line], after)
    assert line in doc.text


def test_double_spaced_dump_keeps_a_line_that_only_looks_like_furniture() -> None:
    """Negative: where a blank line follows every line, a blank line sets no footnote block apart."""
    lines = [
        "A 51-year-old man with a lung tumour was first seen by the team who",
        "Correspondence to the referring surgeon described as growing since 2029, and",
        "then received crizotinib for four months before the lobectomy was done.",
        "He was free of disease 20 months later at the last visit to our clinic.",
    ]
    text = _FRONT.replace("\n", "\n\n") + "\n\n".join(lines) + "\n\n" + _BACK
    doc = read_text(text.encode(), "ds", "ds.txt")
    assert "Correspondence to the referring surgeon described as growing since 2029" in " ".join(doc.text.split())


@pytest.mark.parametrize(
    "block",
    [
        [
            "2 Department of Urology, Imaginary Kidney Institute, Nowhere",
            "Received: 3 February 2031 / Accepted: 1 April 2031",
            "Correspondence to Dr. Odile Fenwick, ofenwick@imaginary.example.org",
        ],
        ["Fenwick et al. Journal of Imaginary Case Reports (2031) 16:404 Page 2 of 6"],
    ],
    ids=["footnote-block", "running-foot"],
)
def test_page_furniture_between_two_whole_sentences_is_dropped(block: list[str]) -> None:
    """The page broke after a full stop: a block holding a mark only furniture carries (an e-mail address, "Surname et
    al." with the journal, "2 of 6") is no paragraph of the case; the unit's organ ("Urology") is no site."""
    doc = _doc("A 44-year-old woman had a mass in the right lower lobe of the lung.", block, "She underwent a lobectomy.")
    assert "lung. She underwent a lobectomy" in " ".join(doc.text.split())
    assert block[0] not in doc.text


def test_paragraph_opening_like_a_footnote_between_whole_sentences_is_kept() -> None:
    """Negative: with no mark only furniture carries, a one-line paragraph opening "Received" stays."""
    line = "Received: the second opinion in May 2031 agreed with the diagnosis."
    doc = _doc("The mass was resected in full.", [line], "She was well 9 months later.")
    assert line in doc.text


def test_footnote_block_without_blank_lines_inside_a_sentence_is_dropped() -> None:
    """A dump that sets no blank line around the first page's footnotes: the block opens in capitals between an open
    line and one going on in lower case, and holds an e-mail address."""
    text = _FRONT + "\n".join(
        [
            _BEFORE,
            "Received: 4 April 2031 / Accepted: 19 May 2031 / Published online: 2 June 2031",
            "rquill@imaginary-univ.example.org",
            _AFTER,
        ]
    ) + "\n" + _BACK
    doc = read_text(text.encode(), "nb", "nb.txt")
    assert "tumour of the left adrenal gland" in doc.text
    assert "Received" not in doc.text and "@" not in doc.text


def test_wrapped_line_opening_like_a_footnote_without_a_furniture_mark_is_kept() -> None:
    """Negative: a wrapped line of the case opening "Received 2 June 2031 ..." between two open lines, with no mark
    only furniture carries, is the sentence's."""
    text = _FRONT + "\n".join(
        [
            "A 44-year-old woman was first treated elsewhere and",
            "Received 2 June 2031 the first dose of crizotinib, which",
            "was stopped after four weeks. She was well 11 months later.",
        ]
    ) + "\n" + _BACK
    doc = read_text(text.encode(), "nw", "nw.txt")
    assert "Received 2 June 2031 the first dose of crizotinib" in doc.text
