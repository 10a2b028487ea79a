"""A synoptic report's checklist ("Margins ........ Negative", one field a line, label run out to its value by dotted
leaders) is read one field a sentence: the lines are not joined as a wrapped paragraph, and the leaders end no
sentence. Fictional report."""

from __future__ import annotations

from eims_extract.ingest.text import read_text

_REPORT = (
    "Myofibroblastic tumour of the forearm in a young man: an invented synoptic case\n"
    "The patient was a 31-year-old man with a firm mass of the left forearm that had grown for some months and had\n"
    "been painless until the last weeks, when it began to limit the movement of his wrist a little.\n"
    "SYNOPTIC SUMMARY (SOFT TISSUE)\n"
    "Procedure ..................... Wide excision\n"
    "Tumour site ................... Forearm, volar compartment\n"
    "Margins ....................... Negative; closest 0.5 cm\n"
    "Regional lymph nodes .......... 0/2 (axillary)\n"
    "Ancillary studies ............. See below\n"
    "He remained well without recurrence for three years after the excision, with a normal chest film at each of\n"
    "his yearly visits and no new complaint about the wrist or the hand.\n"
)


def test_checklist_lines_stay_one_field_a_sentence(nlp):
    doc = read_text(_REPORT.encode(), "synoptic", "synoptic.txt")
    sents = [s.text.strip() for s in nlp(doc.text).sents if s.text.strip()]
    assert "Margins ....................... Negative; closest 0.5 cm" in sents
    assert "Regional lymph nodes .......... 0/2 (axillary)" in sents
    # the prose around it is still read as wrapped sentences
    assert any("The patient was a 31-year-old man" in s and s.endswith("a little.") for s in sents)


def test_dotted_leaders_end_no_sentence_but_an_ellipsis_still_may(nlp):
    sents = [s.text.strip() for s in nlp("Necrosis ........ Not identified").sents]
    assert sents == ["Necrosis ........ Not identified"]
    assert len([s for s in nlp("The mass grew... Then it shrank.").sents]) == 2
