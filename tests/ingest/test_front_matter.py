"""Front matter of saved pages and crawler excerpts: the site's and journal's lines above the title are not the
title, a page's lines above its abstract are not the case, and a discussion alone after the abstract is not the
case either. Fictional pages in our own words."""

from __future__ import annotations

import pytest

from eims_extract.ingest.assemble import is_author_line
from eims_extract.ingest.text import read_text
from eims_extract.pipeline.extract import process_path


def _sections(lines: list[str]) -> list[tuple[str, str]]:
    doc = read_text("\n".join(lines).encode(), "front", "front.txt")
    return [(s.kind, doc.text[s.start : s.end]) for s in doc.sections]


TITLE = "An invented myofibroblastic tumour of the spleen in a retired sailor"


@pytest.mark.parametrize(
    "banner",
    [
        ["Fictional Literature Index"],
        ["Invented Case Notes", "Fict Case Notes | Vol 3 | Issue 2 | Article e0412"],
    ],
    ids=["one-line", "journal-and-issue-strip"],
)
@pytest.mark.parametrize("authors", [True, False], ids=["with-authors", "no-author-line"])
def test_regression_banner_lines_above_the_title_are_not_the_title(banner: list[str], authors: bool) -> None:
    lines = [*banner, "", TITLE, ""]
    if authors:
        lines += ["Quorra T 1, Vantablack P 2, Lindgren-Oyelaran S 1", ""]
    lines += ["Abstract", "A made-up man of 70 had a splenic mass that was removed by splenectomy."]
    secs = _sections(lines)
    assert [t for k, t in secs if k == "title"] == [TITLE]
    assert all(banner[0] not in t for k, t in secs if k in ("title", "case", "abstract"))


def test_regression_page_lines_above_the_abstract_are_not_the_case() -> None:
    """Affiliations printed between the authors and the abstract were made the case when no case heading followed."""
    secs = _sections(
        [
            TITLE,
            "Quorra T 1, Vantablack P 2, Lindgren-Oyelaran S 1",
            "Affiliations",
            "1 Department of Thoracic Surgery, Invented General Hospital, Northtown.",
            "",
            "Abstract",
            "A made-up man of 70 had a splenic mass that was removed by splenectomy.",
            "",
            "Discussion",
            "Splenic tumours of this kind were treated with crizotinib in other invented reports.",
        ]
    )
    assert [k for k, _ in secs if k == "case"] == []
    assert any(k == "abstract" and "splenectomy" in t for k, t in secs)


def test_regression_title_region_gives_way_to_the_organ_the_operation_removed(tmp_path, nlp) -> None:
    """A title naming a region ("of the intestine") and a case naming only the operation ("segmental jejunal
    resection"): the organ removed is the most specific site stated. A region the case names itself stays."""
    p = tmp_path / "region.txt"
    p.write_text(
        "An invented myofibroblastic tumour of the intestine presenting as intussusception in an adult\n\n"
        "Case presentation\nA made-up man of 50 came with three days of crampy pain and vomiting. CT showed an "
        "intussusception with a lead point, and segmental jejunal resection was done. The spindle cells were "
        "ALK-positive.\n",
        encoding="utf-8",
    )
    (row,) = process_path(p, nlp).rows
    assert (row.site, row.site_code) == ("jejunum", "C17.1")
    q = tmp_path / "pelvis.txt"
    q.write_text(
        "An invented pelvic myofibroblastic tumour in a young man\n\nCase presentation\nA made-up man of 23 had a "
        "13-cm mass in the pelvic cavity pressing on the bladder. He underwent resection of the tumour with partial "
        "cystectomy.\n",
        encoding="utf-8",
    )
    (row,) = process_path(q, nlp).rows
    assert row.site == "pelvis"


@pytest.mark.parametrize(
    "line",
    [
        "Orla Quennell a, Bertil Vantablack b, Yusra Ohanian a",  # a letter mark after a space
        "Orla Quennell a,*, Bertil Vantablack b, Yusra Ohanian c",
        "Orla Quennell(1), Bertil Vantablack(2), Yusra Ohanian(1)",  # a number in brackets
        "Orla Quennell\u00b9, Bertil Van\u2010Tablack\u00b2, Yusra Ohanian\u00b9",  # superscript marks, U+2010 hyphen
        "Orla Quennell\u00b9 | Bertil Vantablack\u00b2 | Yusra Ohanian\u00b3",  # bars between marked names
        "Orla Quennell MD 1 · Bertil Vantablack PhD 2 · Yusra Ohanian 1",  # middle dots
        "by Orla Quennell 1, Bertil Vantablack 2 and Yusra Ohanian 1,*",  # a "by" byline
        "Orla Quennell, MD,a Bertil Vantablack, MD, PhD,b Yusra Ohanian, MBBS,c",  # degrees, letters after commas
        "Orla Quennell · Bertil Van\u2011Tablack · Yusra Ohanian",  # middle dots without marks
        "Orla Quennell · Bertil Vantablack ·",  # wrapped after its separator
        "Orla Quennell1 · Bertil Vantablack2 · Yusra",  # the last name wrapped onto the next line
        "Øygarden T 1, Vantablack P 2, Ohanian Y 1",
    ],
)
def test_regression_byline_shapes_are_author_lines(line: str) -> None:
    assert is_author_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Year 2031, Volume 22, Issue 7, Pages 101-109",  # a citation strip of capitalised words
        "(2) Division of Pathology, Brindle Cancer Centre, Eastmere, The Marches",  # an affiliation
        "Home | Journals | Fictional Pathology Letters | Latest issue | Submit",  # a site's menu
        "Myofibroblastic tumour · ALK · Adolescent · Splenectomy",  # keywords set off by dots
        "Invented Tumour Letters · Vol. 4 · No. 1 · 2031",
        "Case Report · Open Access · Free Full Text",  # labels set off by dots
        "Spleen Tumours · Rare Cancers · Child Health",
        "Orla Quennell · Bertil Vantablack",  # two names and no mark: too little to tell
    ],
)
def test_regression_citation_affiliation_and_menu_strips_are_not_author_lines(line: str) -> None:
    assert not is_author_line(line)


@pytest.mark.parametrize("label", ["CASE REPORT", "Case report", "Case Series"])
def test_regression_article_type_over_a_wrapped_title_is_front_matter(label: str) -> None:
    """The article type printed over a title wrapped on three lines and a byline with letter marks was read as the
    case heading: the title and the byline became case text."""
    secs = _sections(
        [
            "Fict Rep Thorac Oncol 2031;4:12-17",
            "",
            label,
            "An invented myofibroblastic tumour of the",
            "diaphragm with a made-up ABCD1::ALK fusion in",
            "a retired sailor",
            "Orla Quennell, MD,a Bertil Vantablack, MD,b Yusra Ohanian, MD,c",
            "aDivision of Thoracic Surgery, Invented General Hospital",
            "",
            "Case presentation",
            "A made-up man of 70 had a mass of the diaphragm that was removed at thoracotomy.",
        ]
    )
    (title,) = [t for k, t in secs if k == "title"]
    assert "diaphragm with a made-up ABCD1::ALK fusion" in title
    assert all("invented myofibroblastic tumour of the" not in t for k, t in secs if k == "case")
    assert any(k == "case" and "thoracotomy" in t for k, t in secs)


def test_regression_title_is_the_run_right_above_the_byline() -> None:
    """A journal's name over an issue line over the title: the title is the title-like run right above the byline,
    the journal's name is banner (its name is a phrase of five words too)."""
    secs = _sections(
        [
            "Journal of the Invented Society of Rhinology",
            "Year 2031, Volume 9, Issue 2, pages 40-44",
            "CASE REPORT",
            "",
            "MYOFIBROBLASTIC TUMOUR OF THE FRONTAL SINUS WITH A SECOND RELAPSE: AN INVENTED CASE",
            "",
            "Orla Quennell(1), Bertil Vantablack(1), Yusra Ohanian(2)",
            "",
            "Abstract",
            "A made-up woman of 61 had a frontal sinus mass removed endoscopically.",
        ]
    )
    (title,) = [t for k, t in secs if k == "title"]
    assert title.startswith("MYOFIBROBLASTIC TUMOUR OF THE FRONTAL SINUS")
    assert all("Rhinology" not in t for k, t in secs if k in ("title", "case", "abstract"))


@pytest.mark.parametrize(
    ("banner", "gone"),
    [
        (["Invented Literature Portal", "[ Accept ]  [ Close this message ]"], "Close this message"),
        (
            [
                "Your privacy matters",
                "We and our 90 partners use cookies to keep and read details on your device for adverts and measurement.",
            ],
            "cookies",
        ),
    ],
)
def test_regression_button_strip_or_cookie_notice_above_the_title_is_furniture(banner: list[str], gone: str) -> None:
    secs = _sections(
        [
            *banner,
            "",
            TITLE,
            "Quorra T 1, Vantablack P 2, Lindgren-Oyelaran S 1",
            "",
            "Abstract",
            "A made-up man of 70 had a splenic mass that was removed by splenectomy.",
        ]
    )
    assert [t for k, t in secs if k == "title"] == [TITLE]
    assert all(gone not in t for _, t in secs)


def test_regression_a_letters_signature_is_not_its_byline() -> None:
    """A letter signed at the end ("Name, MD (1); Name, MD (2)"): the signature follows the text, so the text before
    it is not the title."""
    secs = _sections(
        [
            "Letter to the Editor",
            "Fict Lett Sarcoma 2031;2:5-6",
            "",
            TITLE,
            "",
            "To the Editor,",
            "We read the invented series of last month with interest and add a made-up case of our own to it.",
            "A made-up man of 70 had a splenic mass; it was removed by splenectomy.",
            "The spindle cells were ALK-positive, and he is well a year later.",
            "",
            "Orla Quennell, MD (1); Bertil Vantablack, MD (2)",
            "(1) Division of Surgery, Invented General Hospital, Northtown",
        ]
    )
    assert [t for k, t in secs if k == "title"] == [TITLE]
    assert any(k == "case" and "splenectomy" in t for k, t in secs)


def test_regression_title_with_a_full_stop_right_above_the_byline() -> None:
    """A literature portal prints the title with a full stop: right above the byline it is still the title, and the
    portal's search line above it is banner."""
    title = "An invented myofibroblastic tumour of the spleen in a retired sailor with a made-up ABCD1::ALK fusion."
    secs = _sections(
        [
            "Invented Literature Portal",
            "Search invented literature (12,345,678 records and more)",
            title,
            "Quennell OR 1, Vantablack B 2, Ohanian Y 1",
            "Fict Rep Spleen, 05 May 2031, 3(2):10-14",
            "",
            "Abstract",
            "A made-up man of 70 had a splenic mass that was removed by splenectomy. He is well a year later.",
        ]
    )
    assert [t for k, t in secs if k == "title"] == [title]


@pytest.mark.parametrize("tab", [["Abstract"], ["Invented Literature Portal", "Abstract"]], ids=["first-line", "after-site"])
def test_regression_abstract_tab_over_the_title_and_byline_is_front_matter(tab: list[str]) -> None:
    """A saved page's "Abstract" tab printed over the title and a byline ending on a full stop ("Ohanian Y(1).") was
    read as the abstract heading: the title became abstract text."""
    secs = _sections(
        [
            *tab,
            "",
            TITLE,
            "Quennell OR(1), Vantablack B(2), Ohanian Y(1).",
            "",
            "A made-up man of 70 had a splenic mass that was removed by splenectomy. He is well a year later.",
        ]
    )
    assert [t for k, t in secs if k == "title"] == [TITLE]
    assert [t for k, t in secs if k == "authors"] == ["Quennell OR(1), Vantablack B(2), Ohanian Y(1)."]


def test_regression_full_text_links_button_above_the_title_keeps_the_title() -> None:
    """A PubMed-style page prints "Full text links" over the citation, the title and the authors: above the first
    heading it is a button, not the head of a list of links (the title and byline were dropped with it). Below the
    abstract it still heads a list that is dropped."""
    secs = _sections(
        [
            "Full text links",
            "Cite",
            "",
            "Fict Rep Spleen. 2031 May;3(2):10-14. doi: 10.9999/frs.2031.0010.",
            "",
            TITLE,
            "",
            "Øygarden T 1, Vantablack P 2, Lindgren-Oyelaran S 1",
            "",
            "Abstract",
            "A made-up man of 70 had a splenic mass that was removed by splenectomy. He is well a year later.",
            "",
            "Full text links",
            "An invented renal myofibroblastic tumour in a made-up girl",
        ]
    )
    assert [t for k, t in secs if k == "title"] == [TITLE]
    assert [t for k, t in secs if k == "authors"] == ["Øygarden T 1, Vantablack P 2, Lindgren-Oyelaran S 1"]
    assert all("renal" not in t for _, t in secs)


@pytest.mark.parametrize(
    "line,case_heading",
    [
        ("CASE 1: A 4-year-old boy had a lump of the tongue.", True),
        ("PATIENT 2: A woman of 30 had a mass of the cheek.", True),
        # a sentence naming its case, a title-case label or a table label stays text
        ("Case 1 was a boy of four with a lump of the tongue.", False),
        ("Table 1: Findings in the two children.", False),
    ],
)
def test_regression_numbered_case_label_run_into_its_text(line, case_heading):
    from eims_extract.ingest.sections import split_inline_heading

    found = split_inline_heading(line)
    assert (found is not None and found[0].kind == "case") is case_heading


@pytest.mark.parametrize(
    "affiliation",
    [
        "Retina and Uveitis Service, Northtown Invented Eye Hospital",
        "(2)Paediatric Airway Unit, Saint Invented Children's Hospital, Northtown.",
        "Skull Base Programme, Invented Cancer Centre, Northtown",
    ],
)
def test_regression_affiliation_naming_its_unit_first_is_front_matter(affiliation: str) -> None:
    """A unit's name first ('Cornea ... Service, ...') left the affiliation a sentence of the patient: its organ word
    ('Retina', 'Airway', 'Skull Base') was read as a site mention."""
    doc = read_text(
        "\n".join([TITLE, "", "Quorra T, Vantablack P, Lindgren-Oyelaran S", affiliation, "",
                   "A made-up man of 70 had a splenic mass that was removed by splenectomy."]).encode(),
        "front", "front.txt",
    )
    assert affiliation.split(",")[0].lstrip("(23) ") not in doc.text
    assert "splenectomy" in doc.text


def test_regression_sentence_naming_a_unit_first_stays_text() -> None:
    line = "Paediatric Airway Unit, the team that saw him first, was consulted and a biopsy was taken."
    doc = read_text("\n".join([TITLE, "", line]).encode(), "front", "front.txt")
    assert "the team that saw him first" in doc.text


@pytest.mark.parametrize("label", ["Background:", "Background.", "Abstract.", "Summary:"])
def test_abstract_label_opening_the_line_after_a_title_without_a_full_stop_ends_the_title(label: str) -> None:
    # a wrapped dump: the title (no full stop) and then the structured abstract's first label at a line's start
    lines = [
        "Splenic myofibroblastic tumour in a retired sailor treated by splenectomy",
        f"{label} Tumours of this kind are rare in the spleen and are often found by",
        "chance on imaging. Case presentation: A 70-year-old man had a splenic mass",
        "that grew over a year and was removed by laparoscopic splenectomy in",
        "spring. Conclusions: Splenectomy was curative in this patient and he",
        "remains well two years later without any sign of recurrent disease.",
    ]
    secs = _sections(lines)
    assert secs[0] == ("title", "Splenic myofibroblastic tumour in a retired sailor treated by splenectomy")
    assert secs[1][1].startswith("Tumours of this kind are rare")


def test_a_wrapped_sentence_whose_next_line_opens_on_a_label_word_is_not_cut() -> None:
    # past the front lines, a label word carried over a line end stays in its sentence
    lines = [
        "Splenic myofibroblastic tumour in a retired sailor",
        "Case report",
    ] + ["A 70-year-old man had a splenic mass that grew slowly over a year and a"] * 12 + [
        "Summary: of the findings was sent to his doctor, and he was well.",
    ]
    doc = read_text("\n".join(lines).encode(), "front", "front.txt")
    assert "over a year and a Summary: of the findings" in doc.text


@pytest.mark.parametrize("byline", [True, False], ids=["with-byline", "no-byline"])
def test_running_title_after_the_authors_surnames_is_the_title(byline: bool) -> None:
    # a journal page prints the authors' surnames, a colon and the title on one line, over the abstract (and the full
    # names, when it prints them, below): that line is the title, not a byline
    running = "Quorra, Vantablack, Okoro, Brandt, and Lindgren: An Invented Myofibroblastic Tumour of the Spleen in a Sailor"
    lines = ["Invented J Surg. 2031 Mar;4(2):77-80. Published online March 2, 2031.", "", running, ""]
    if byline:
        lines += ["Tessa Quorra, Piet Vantablack1, and Sune Lindgren2", ""]
    lines += ["Abstract", "A made-up man of 70 had a splenic mass that was removed by splenectomy."]
    secs = _sections(lines)
    assert [t for k, t in secs if k == "title"] == [running]
    assert not is_author_line(running)
