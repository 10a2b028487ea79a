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


_FIELDS = (
    "Myofibroblastic tumour of the lung in a middle-aged man: an invented report with its stains as issued\n"
    "A. Author, B. Author\n"
    "Department of Invented Pathology, Nowhere General Hospital\n"
    "Abstract\n"
    "We describe an invented lung tumour whose stains were printed one to a line in the report, as many reports print\n"
    "them, and whose course after the lobectomy was quiet for the two years that the man has been followed so far.\n"
    "Case presentation\n"
    "A 44-year-old man with a dry cough of some months was found on CT to have a mass of the right lower lobe, and a\n"
    "lobectomy with a sampling of the hilar nodes was done without any complication at all during the admission.\n"
    "The cut surface was whorled and tan, and the nodes were small and soft; the margins were all clear of the mass.\n"
    "The stains were read in our laboratory on the same block as the frozen section taken during the operation.\n"
    "IMMUNOHISTOCHEMISTRY:\n"
    "ALK IHC (D5F3, Ventana): POSITIVE\n"
    "Desmin - NEGATIVE\n"
    "SMA - POSITIVE (diffuse)\n"
    "He is well two years later, without any sign of recurrence on the last CT of the chest and upper abdomen.\n"
)


def test_short_field_lines_each_end_their_value(nlp):
    """'ALK IHC (D5F3, Ventana): POSITIVE' / 'Desmin - NEGATIVE' / 'SMA - POSITIVE (diffuse)' were joined into one
    wrapped sentence ('... POSITIVE Desmin - NEGATIVE SMA ...'), which read ALK in desmin's negative list."""
    doc = read_text(_FIELDS.encode(), "fields", "fields.txt")
    sents = [s.text.strip() for s in nlp(doc.text).sents if s.text.strip()]
    assert "ALK IHC (D5F3, Ventana): POSITIVE" in sents and "Desmin - NEGATIVE" in sents
    # a wrapped prose sentence still runs over its line end, and a title's colon does not cut it
    assert any(s.startswith("A 44-year-old man") and s.endswith("during the admission.") for s in sents)
    assert any("invented report with its stains as issued" in s for s in sents)
