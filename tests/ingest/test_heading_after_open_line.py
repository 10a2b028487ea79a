"""A PDF dump's main heading alone on its line right after a line that ends without a full stop (a wrapped title, a
keywords line) is a heading: before, "Case presentation" after "Keywords: ..., children" was joined into the
keywords paragraph and the whole case went unread. A heading word carried over a wrapped sentence's line end, and
the article type printed over the title ("Case Report"), stay as they were. Fictional reports."""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text

_TOP = """Inflammatory myofibroblastic tumour of the lung in a child treated with
crizotinib: a case report
Abstract
Inflammatory myofibroblastic tumour is a rare neoplasm of intermediate
malignancy. We report a child with an unresectable lung tumour who responded
to crizotinib.
Keywords: inflammatory myofibroblastic tumour, ALK, crizotinib, children
"""
_CASE = """Case presentation
A 6-year-old boy presented with cough and fever for two months. Chest
computed tomography showed a 7 cm mass of the left lower lobe invading the
mediastinum. A needle biopsy showed spindle cells with ALK expression, and
crizotinib was started. The mass shrank by 60% after six months, and the boy
was alive with a small residual lesion 24 months after diagnosis.
Discussion
Crizotinib can make surgery unnecessary in children with unresectable
tumours.
"""


def _kinds(doc) -> list[str]:
    return [s.kind for s in doc.sections]


def test_case_heading_after_a_keywords_line_opens_the_case() -> None:
    doc = read_text((_TOP + _CASE).encode(), "lung", "lung.txt")
    assert _kinds(doc)[:5] == ["title", "abstract", "keywords", "case", "discussion"]
    case = next(s for s in doc.sections if s.kind == "case")
    assert doc.text[case.start : case.end].startswith("A 6-year-old boy")


def test_abstract_heading_after_a_wrapped_title() -> None:
    doc = read_text((_TOP + _CASE).encode(), "lung", "lung.txt")
    title = next(s for s in doc.sections if s.kind == "title")
    assert doc.text[title.start : title.end].endswith("a case report")


def test_case_told_after_a_keywords_line_is_read(nlp) -> None:
    from eims_extract.pipeline.extract import extract_document

    row = extract_document(read_text((_TOP + _CASE).encode(), "lung", "lung.txt"), nlp)[0]
    assert row.age_years == 6 and row.sex == "male" and row.follow_up_months == 24


@pytest.mark.parametrize(
    "text,joined",
    [
        # a heading word at the start of a wrapped line, the sentence going on in lower case
        (
            "A 6-year-old boy with cough was seen at the clinic and a chest film was taken for\n"
            "Presentation\nof the findings to the tumour board, which advised a biopsy of the mass.\n",
            "taken for Presentation of the findings",
        ),
        # the article type over the title: not a case section
        ("A rare lung tumour in a boy cured by surgery alone after two years of\nfollow-up at a regional centre\nCase Report\n", None),
    ],
    ids=["heading-word-inside-a-sentence", "article-type-over-the-title"],
)
def test_heading_words_that_are_not_headings(text: str, joined: str | None) -> None:
    body = (
        "The tumour was removed and the boy was well. He had no fever afterwards and his cough stopped within\n"
        "a few weeks of the operation, and he went back to school after a month at home with his family.\n"
    )
    doc = read_text((text + body).encode(), "x", "x.txt")
    if joined is not None:
        assert joined in doc.text
    assert not any(s.kind == "case" and s.title for s in doc.sections)


# a case heading after an affiliation line, before any other heading, over a numbered patient's paragraph: the case
# section (the article type printed over a title is followed by the title, never by "Case 1: ...")
_SERIES = """Lung inflammatory myofibroblastic tumour in two invented adults
Ilse Marwood, Tobiah Quennell
Department of Thoracic Surgery, Hollin Vale Infirmary
{heading}
{label} A 47-year-old woman had a cough for a year. A 4-cm mass of the right lower lobe was removed by lobectomy,
and she was free of disease 30 months later.
Discussion
Surgery alone was enough for both.
"""


@pytest.mark.parametrize("heading", ["Case descriptions", "Case reports", "Patients"])
@pytest.mark.parametrize("label", ["Case 1:", "Patient 1.", "Case 1 -"])
def test_case_heading_after_an_affiliation_over_a_numbered_case_opens_the_case(heading: str, label: str) -> None:
    doc = read_text(_SERIES.format(heading=heading, label=label).encode(), "x", "x.txt")
    case = next(s for s in doc.sections if s.kind == "case")
    assert doc.text[case.start : case.end].startswith(label)


def test_article_type_over_a_title_that_names_a_patient_is_still_no_case_section() -> None:
    # a patient's number in a title is not a numbered case's paragraph ("Patient 1. A ...")
    title = "Patient 1 of a series of lung tumours removed by surgery alone"
    text = f"A rare lung tumour cured by surgery alone after two years of\nfollow-up at a regional centre\nCase Report\n{title}\n"
    body = (
        "The tumour was removed and the woman was well. She had no fever afterwards and her cough stopped within\n"
        "a few weeks of the operation, and she went back to work after a month at home with her family.\n"
    )
    doc = read_text((text + body).encode(), "x", "x.txt")
    assert not any(s.kind == "case" and s.title for s in doc.sections)


# a journal that sets the keywords' label in bold without a colon: the label still opens the keywords, so the case
# heading after their open line is the case section, and the case's first sentence is the case's
_BARE_KEYWORDS = """Bronchial inflammatory myofibroblastic tumour in a child
Abstract We report an invented boy whose bronchial tumour was removed.
Keywords Myofibroblastic tumour · Bronchus · Child
Case report
A seven-year-old was seen with a cough of two months. A 2-cm bronchial mass was removed by lobectomy and he was
well 30 months later.
Discussion
Surgery cures most such tumours.
"""


def test_keywords_label_without_a_colon_then_a_case_heading() -> None:
    doc = read_text(_BARE_KEYWORDS.encode(), "x", "x.txt")
    kinds = _kinds(doc)
    assert "keywords" in kinds and "case" in kinds
    case = next(s for s in doc.sections if s.kind == "case")
    assert doc.text[case.start : case.end].startswith("A seven-year-old was seen")


@pytest.mark.parametrize(
    "line",
    [
        "Abstract reasoning was not affected by the operation.",
        "Keywords were not given by the invented authors.",
        "Abstract P-301 Spring Meeting of an Invented Society",  # a conference abstract's number, not a label
        "Keywords Matter More Than Titles",  # no list after it
    ],
)
def test_label_word_opening_a_sentence_is_no_inline_heading(line: str) -> None:
    from eims_extract.ingest.sections import split_inline_heading

    assert split_inline_heading(line) is None


# a numbered case heading after an open line (a keywords list wrapped without a full stop), no heading before it: the
# case section, since the article type printed over a title is never numbered
_NUMBERED = """Invented Journal of Airway Reports 9 (2031) 100412
A tracheal myofibroblastic tumour removed through a
rigid scope in a boy
Tane Whitcombe a, Ilona Varga b
ARTICLE INFO Keywords: Trachea Cough Asthma
Myofibroblastic tumour Bronchoscopy
{heading}
For two years a 12-year-old boy had been treated
for asthma without any relief; noisy breathing on
effort at last led to a scan of the chest, which
showed a 1-cm polyp on the back wall of the lower
trachea. It was removed through a rigid scope and
its base was treated with a laser probe.
2. Discussion
Removal through a rigid scope suits small stalked
tumours of the trachea and spares the patient an
open operation on the airway.
"""


@pytest.mark.parametrize("heading", ["1. Case presentation", "2 Case report"])
def test_numbered_case_heading_after_an_open_line_opens_the_case(heading: str) -> None:
    doc = read_text(_NUMBERED.format(heading=heading).encode(), "x", "x.txt")
    case = next(s for s in doc.sections if s.kind == "case")
    assert case.title == heading
    assert doc.text[case.start : case.end].startswith("For two years a 12-year-old boy")
