"""A line break in a document's text ends its paragraph (wrapped lines were joined when it was read), and
where the matching view cut furniture out of a line it leaves a blank line: a sentence always ends there."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "n"),
    [
        pytest.param("Author information Disclaimer\n\nA 30-year-old man had a lung mass.", 2, id="blank-line-ends-sentence"),
        pytest.param("Author information Disclaimer \n \n A 30-year-old man had a lung mass.", 2, id="blank-line-with-spaces"),
        pytest.param("A lung mass in a man\nA 30-year-old man had a lung mass.", 2, id="paragraph-end-ends-sentence"),
        # a paragraph ending in citation digits ("... in adults.4,5") and a one-word heading: the patient's
        # sentence after them stands alone (it was swallowed into the discussion sentence before)
        pytest.param("These tumours respond to kinase inhibitors.4,5\nReport\nA 30-year-old man had a lung mass.", 3, id="citation-digits-then-heading"),
        pytest.param("A lung mass in a man with a cough and a 30-year-old man had a lung mass.", 1, id="no-break-inside-a-line"),
        # a short scanned line going on in lower case is the same sentence
        pytest.param("A 30-year-old man\nwas seen for a cough and had a lung mass.", 1, id="line-going-on-in-lower-case"),
        # a title ending in "?" then a bulleted author list: the bullet opens a new sentence
        pytest.param("Invented tumours of the lung: what can be expected?\n• A. Nobody\n• B. Someone\nA 30-year-old man had a lung mass.", 4, id="bullet-after-question-mark"),
    ],
)
def test_blank_line_is_a_hard_sentence_break(nlp, text: str, n: int) -> None:
    sents = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert len(sents) == n
    assert sents[-1].endswith("had a lung mass.")


@pytest.mark.parametrize(
    ("text", "n"),
    [
        pytest.param("The cells were negative for S-\n100 and desmin.", 1, id="hyphen-then-digits"),
        pytest.param("The Ki-\n67 index was 12%.", 1, id="ki-hyphen-then-67"),
        pytest.param("Staining for AE1/\nAE3 was absent.", 1, id="slash-then-capitals"),
        pytest.param("The tumour was ALK-\npositive on FISH.", 1, id="hyphen-then-lower-case"),
        pytest.param("It was negative for CAM5.\n2 and myogenin.", 1, id="marker-full-stop-then-digits"),
        # negatives: a sentence that really ends before a line opening with a number, and a blank line after a hyphen
        pytest.param("The mass measured 5.\n2 weeks later it had grown.", 2, id="full-stop-not-inside-a-marker"),
        pytest.param("Laboratory values were normal.\n2 cycles of chemotherapy followed.", 2, id="sentence-end-then-digits"),
        pytest.param("The cells were negative for S-\n\n100 patients were seen.", 2, id="blank-line-after-hyphen-still-breaks"),
    ],
)
def test_line_end_inside_a_marker_name_is_no_sentence_break(nlp, text: str, n: int) -> None:
    sents = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert len(sents) == n, sents


@pytest.mark.parametrize(
    ("text", "n"),
    [
        pytest.param("Desmin stained in patient A but not in patient B. Patient A is well at 2 years.", 2, id="patient-letter"),
        pytest.param("Both cases were reviewed, case A and case B. The first was resected.", 2, id="case-letter"),
        # guard: a single letter after another word is still an initial
        pytest.param("This was confirmed by R. Osei in 2019.", 1, id="initial-kept"),
        pytest.param("Serology for hepatitis B. Negative results were obtained.", 1, id="other-letter-kept"),
    ],
)
def test_a_patient_letter_label_ends_its_sentence(nlp, text: str, n: int) -> None:
    assert len([s for s in nlp(text).sents if s.text.strip()]) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a citation in brackets printed after the full stop, then the next sentence on the same line
        pytest.param("Two earlier patients were given an inhibitor.[3,4] Our patient had surgery alone.", 2, id="bracket-citation-after-stop"),
        pytest.param("Two earlier patients were given an inhibitor.[3\u20135] Our patient had surgery alone.", 2, id="bracket-range-after-stop"),
        # superscript digits run into the text of a PDF dump
        pytest.param("One earlier girl was given an inhibitor.7 In our patient surgery was enough.", 2, id="superscript-after-stop"),
        pytest.param("Earlier boys were given an inhibitor.7,9 Our patient had surgery alone.", 2, id="superscript-list-after-stop"),
        # no break: an abbreviation, a marker name, a decimal, or a lower-case word after the citation
        pytest.param("The mass is shown in Fig.2 Our patient had surgery alone.", 1, id="figure-abbreviation"),
        pytest.param("Staining for CAM5.2 Was negative in our patient.", 1, id="marker-with-a-full-stop"),
        pytest.param("Earlier boys were given an inhibitor.7 and our patient had surgery alone.", 1, id="lower-case-goes-on"),
    ],
)
def test_a_citation_glued_after_a_full_stop_ends_its_sentence(nlp, text: str, n: int) -> None:
    sents = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert len(sents) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a measurement closing a sentence: the capitalised word after the unit opens the next one
        pytest.param("CT showed a splenic lesion of 55 x 48 mm. Because lymphoma was feared, the spleen was removed.", 2, id="mm-then-capital"),
        pytest.param("The bladder mass measured 2.7 cm. Cystoscopy confirmed it.", 2, id="cm-then-capital"),
        pytest.param("The resected lobe weighed 140 g. Histology showed spindle cells.", 2, id="g-then-capital"),
        # guards: the unit's full stop before a number, a bracket, a lower-case word or an acronym ends nothing
        pytest.param("Prednisolone 20 mg. daily was given for a month.", 1, id="mg-then-lower-case"),
        pytest.param("A mass of 4 cm. (Fig. 2) was seen in the orbit.", 1, id="cm-then-bracket"),
        pytest.param("The node measured 8 mm. CT of the chest was clear.", 1, id="mm-then-acronym-kept"),
    ],
)
def test_a_unit_of_measure_ends_its_sentence_before_a_capitalised_word(nlp, text: str, n: int) -> None:
    sents = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert len(sents) == n, sents


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # telegraphic series: a time unit's full stop closes one patient's account before the next patient's label
        pytest.param("Pt 1 (M/5 yr): mass of the ileal mesentery, excised; NED at 40 mo. Pt 2 (F/2 yr): liver mass.", 2, id="mo-then-pt-label"),
        pytest.param("Case 1, 28F, uterine body, myomectomy; NED 9 mo. Case 2, 51F, cervix, hysterectomy.", 2, id="mo-then-case-label"),
        pytest.param("The girl was first seen at 4 yrs. Her brother had no mass.", 2, id="yrs-then-capital"),
        pytest.param("Crizotinib was stopped after 6 wks. Patient 3 had surgery alone.", 2, id="wks-then-patient-label"),
        # guards: before a number, a bracket, a lower-case word, a sex letter or an acronym the time unit ends nothing
        pytest.param("She relapsed at 6 mo. (Fig. 3) and was treated again.", 1, id="mo-then-bracket"),
        pytest.param("Regrowth was seen 12 mo. later in the pelvis.", 1, id="mo-then-lower-case"),
        pytest.param("A child of 3 yr. M with a bladder mass.", 1, id="yr-then-sex-letter"),
        pytest.param("The scan at 9 mo. CT of the chest was clear.", 1, id="mo-then-acronym-kept"),
    ],
)
def test_a_time_unit_ends_its_sentence_before_the_next_patients_label(nlp, text: str, n: int) -> None:
    sents = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert len(sents) == n, sents


@pytest.mark.parametrize(
    ("text", "n"),
    [
        pytest.param("Myogenin was negative in cases 2 and 4. h-Caldesmon stained none of them.", 2, id="h-prefix"),
        pytest.param("The margins were clear. pan-TRK was negative.", 2, id="pan-prefix"),
        pytest.param("No mitoses were seen. c-kit was not expressed.", 2, id="c-prefix"),
        # guard: another lower-case word after a unit's full stop still goes on
        pytest.param("The mass measured 4 cm. x-ray follow-up was planned.", 1, id="other-lower-case-word"),
    ],
)
def test_a_marker_name_with_a_lower_case_prefix_opens_a_sentence(nlp, text: str, n: int) -> None:
    sents = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert len(sents) == n, sents
