"""Slide, poster and case-presentation text puts one fact a bullet ("- ALK (+)", "* no recurrence at 9 mo") and sets its
slide titles off by runs of dashes ("----- Case 2 -----"). In a text judged wrapped (long open-ended lines around the
bullets) the bullets were joined to the line before and into one long "sentence", and a decorated "Case 2" title was
no heading, so three patients of one slide deck were read as one. Fictional text."""

from __future__ import annotations

from eims_extract.ingest.text import read_text

_DECK = (
    "NOON CONFERENCE -- surgical pathology -- text exported from the slides of an invented teaching session\n"
    "Two patients seen in one year at an invented hospital, both with a myofibroblastic lesion of an unusual organ\n"
    "----- Slide: Case 1 -----\n"
    "- 44yoM, cough and weight loss over several months, a lobulated mass in the left lower lobe on the CT of the\n"
    "  chest, no nodes\n"
    "- lobectomy 03/2021, margins clear\n"
    "- ALK (+), SMA (+), desmin (-)\n"
    "- well at 2 yr, no recurrence on the yearly CT of the chest and the upper abdomen, back at his office work\n"
    "----- Slide: Case 2 -----\n"
    "- 12 y.o. F, painless swelling of the right cheek that had grown over the summer holidays and was firm\n"
    "* parotidectomy, facial nerve spared\n"
    "* ALK (-), ROS1 (+)\n"
    "The teaching points were read out at the end of the session and the slides were handed out to the residents.\n"
)


def _sents(nlp, text: str) -> list[str]:
    doc = read_text(text.encode(), "deck", "deck.txt")
    return doc, [" ".join(s.text.split()) for s in nlp(doc.text).sents if s.text.strip()]


def test_each_bullet_is_a_sentence_of_its_own(nlp):
    _, sents = _sents(nlp, _DECK)
    assert "- ALK (+), SMA (+), desmin (-)" in sents
    assert "- lobectomy 03/2021, margins clear" in sents
    assert "* parotidectomy, facial nerve spared" in sents
    # a bullet wrapped onto an indented line goes on with its bullet
    assert any(s.startswith("- 44yoM") and s.endswith("no nodes") for s in sents)


def test_a_slide_title_between_dashes_is_a_case_heading(nlp):
    doc, _ = _sents(nlp, _DECK)
    assert [s.title for s in doc.sections if s.kind == "case"] == ["Case 1", "Case 2"]


def test_a_hyphen_opening_a_wrapped_line_of_prose_still_goes_on(nlp):
    """A line that opens on a hyphenated number or word ("-5 cm", "-fold") is no bullet."""
    text = (
        "The invented mass was measured again on the second scan of the chest and had shrunk by about a quarter, from\n"
        "-5 cm below the reference line to nearly nothing, which the radiologists took for a response to the drug.\n"
        "A second paragraph of prose follows here so that the text is read as wrapped lines of one typeset column.\n"
        "A third line of prose that is long enough to fill the column in the same way as the two lines before it.\n"
    )
    _, sents = _sents(nlp, text)
    assert any(s.startswith("The invented mass") and "-5 cm below" in s for s in sents)


_NOTE = (
    "MORNING REPORT -- an invented medicine service presentation of a young man with a mass of the upper arm\n"
    "HPI: 33yoM, a carpenter, p/w a slowly enlarging painless lump over the left biceps for about four months, with\n"
    "no fever, no night sweats and no weight loss; an outside US had called it a lipoma and he was reassured.\n"
    "PMH: asthma, eczema\n"
    "PSH: none\n"
    "FHx: mother h/o breast ca s/p mastectomy, died at 58 of metastatic disease after several lines of chemo\n"
    "SHx: nonsmoker, works with power tools, two beers on weekends, lives with his partner and their daughter\n"
    "MRI showed a 4 cm intramuscular mass of the biceps and a core biopsy was taken under ultrasound guidance.\n"
)


def test_note_field_lines_are_fields_of_their_own(nlp):
    """'PMH:', 'PSH:', 'FHx:', 'SHx:' lines near the top of a wrapped note were run into one sentence (a short field
    line ended its value only past the first twelve lines, and never after a long one)."""
    _, sents = _sents(nlp, _NOTE)
    assert "PMH: asthma, eczema" in sents
    assert "PSH: none" in sents
    assert any(s.startswith("FHx: mother") and s.endswith("chemo") for s in sents)
    assert any(s.startswith("SHx: nonsmoker") for s in sents)


_LABELS = (
    "CASE CONFERENCE -- an invented presentation of a woman with a mass of the breast, written as residents write\n"
    "HPI: 51yoF, a librarian, p/w a painless lump in the upper outer quadrant of the left breast over two months, with\n"
    "no nipple discharge and no skin change; mammogram read as BI-RADS 4 and a core biopsy was taken the same week.\n"
    "Tx:\n"
    " - wide local excision 05/2022, margins clear\n"
    " - celecoxib = option if regrowth\n"
    "Course:\n"
    " - US 11/2022 -> no residual mass\n"
)


def test_a_label_alone_on_its_line_opens_a_block(nlp):
    """'Course:' alone on its line after a bullet was run into that bullet ("celecoxib = option if regrowth Course:")."""
    _, sents = _sents(nlp, _LABELS)
    assert "- celecoxib = option if regrowth" in sents
    assert "Course:" in sents
