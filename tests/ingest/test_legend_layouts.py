"""Figure legends of wrapped PDF-to-text dumps placed where the body text does not expect them.

A publisher may print a legend right under a section's sub-heading that no heading list knows ("Imaging and
pathology" / "Fig. 2 Case 1. a ... b ..."), with no blank line between, its last panel without a full stop; or set a
legend off by blank lines in the middle of a sentence, the legend's own lines wrapped so that its second line opens in
lower case. The legend's stains belong to the patient it names, never to the body's running sentence. Fictional text.
"""

from __future__ import annotations

from eims_extract.ingest.text import read_text

_UNDER_SUBHEADING = """A fictional series of soft tissue tumours

Results
Case 1. A 41-year-old invented woman had a slowly growing mass of the forearm that was removed with
clear margins at a made-up clinic; she remained well at her last visit to the outpatient department.
Case 2. A 58-year-old invented man had a mass of the thigh removed; it came back a year later and was
excised again, after which he received no further treatment and had no new problem at all.

Imaging and pathology
Fig. 2 Case 1. a Spindle cells in loose fascicles (H&E, x200). b Diffuse ALK staining. c SMA
negative. d Case 2, patchy desmin
Tumours in both patients were made of plump spindle cells set in a loose stroma with many small
lymphocytes and plasma cells; the second tumour also showed a few areas of necrosis and mitoses.
The stains and the molecular tests of both tumours are listed in a table at the end of the paper.

Discussion
Tumours of this kind are rare and their course is hard to predict from the histology alone.
"""


def test_legend_right_under_an_unlisted_subheading_is_a_caption() -> None:
    doc = read_text(_UNDER_SUBHEADING.encode(), doc_id="sub", path="sub.txt")
    caps = doc.sections_of("caption")
    assert len(caps) == 1
    cap = doc.text[caps[0].start : caps[0].end]
    assert cap.startswith("Fig. 2 Case 1.") and "patchy desmin" in cap
    assert "plump spindle cells" not in cap  # the body paragraph under the legend's short last line is text
    results = doc.sections_of("results")[0]
    body = doc.text[results.start : results.end]
    assert "Diffuse ALK staining" not in body and "Tumours in both patients were made of plump" in body


_SET_OFF_IN_A_SENTENCE = """A fictional abdominal tumour in a child

Case report
A 3-year-old invented boy was brought in with a swollen belly noticed by his parents a week before;
a solid mass was found in the left flank on ultrasound and the tumour was removed in one piece.
Histology showed spindle cells among lymphocytes, and the cells were negative for ALK. A targeted
RNA sequencing panel covering ALK, ROS1,

Fig. 3. (A) Spindle cells with lymphocytes in a loose stroma (H&E, x200). (B) Diffuse cytoplasmic
staining for pan-TRK in the tumour cells. (C) Abdominal scan six months after the operation.

NTRK1-3 and RET found an invented ETV6-NTRK3 fusion and no other rearrangement; the boy stayed
well without further treatment and had no sign of disease at his visit two years later.

Discussion
Tumours of this kind are rare in children and their behaviour is hard to predict after surgery.
"""


def test_legend_set_off_inside_a_sentence_keeps_its_wrapped_lower_case_line() -> None:
    doc = read_text(_SET_OFF_IN_A_SENTENCE.encode(), doc_id="off", path="off.txt")
    cap = doc.text[doc.sections_of("caption")[0].start : doc.sections_of("caption")[0].end]
    assert "staining for pan-TRK in the tumour cells" in cap and "six months after the operation." in cap
    case = doc.sections_of("case")[0]
    body = doc.text[case.start : case.end]
    assert "pan-TRK" not in body
    # the sentence the legend cut goes on after it, in one paragraph
    assert "panel covering ALK, ROS1, NTRK1-3 and RET found an invented ETV6-NTRK3 fusion" in body


_SPRINGER_LOGO = """Journal of Invented Pathology (2021) 12:1–9

A fictional tumour of the uterus

Introduction
Tumours of this kind are rare in the uterus and easily taken for a smooth muscle tumour by
pathologists who do not think of them; their molecular work-up has consequences for treatment

Vol.:(0123456789)
1 3

that are discussed below. A 44-year-old invented woman had a mass of the uterine wall that was
removed by hysterectomy; she remained well without further treatment for two years after it.

1 3

Discussion
Nothing in this text describes a real patient; it was written for a software test only.
"""


def test_springer_logo_lines_are_page_furniture() -> None:
    doc = read_text(_SPRINGER_LOGO.encode(), doc_id="logo", path="logo.txt")
    assert "0123456789" not in doc.text and "1 3" not in doc.text
    assert "consequences for treatment that are discussed below." in doc.text


_FOOTER_BEFORE_A_NUMBER = """A fictional laryngeal tumour

Case presentation
A 60-year-old invented woman had hoarseness for some months and a cough at night that woke her; she had
never smoked and had no reflux, and her voice had changed slowly over the year before she was seen at
the clinic. Endoscopy showed a smooth polypoid lesion below the vocal cords on the left side, and a CT
scan showed a small mass without destruction of the cartilage or any enlarged node in the neck at all.
The lesion was removed twice by endoscopy, and each time the pathologist called it granulation tissue;
the second excision was followed by a course of reflux treatment that did not change the symptoms,
and a lesion of the subglottis was removed
twice by endoscopy before it was resected with a rim of cartilage at a made-up hospital. She has now
been followed for 20 months since the resection, with endoscopy every three months and CT at

Invented et al. Journal of Made-up Case Reports 2020, 3:12                        Page 2 of 4

18 months, without evidence of recurrence.

Discussion
Tumours of this kind are rare in the larynx and their behaviour is hard to predict from histology.
"""


def test_sentence_cut_by_a_page_footer_goes_on_at_a_number() -> None:
    doc = read_text(_FOOTER_BEFORE_A_NUMBER.encode(), doc_id="num", path="num.txt")
    assert "with endoscopy every three months and CT at 18 months, without evidence of recurrence." in doc.text
