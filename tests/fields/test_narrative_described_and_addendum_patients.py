"""Series members introduced by rank with a bare age ("The first, aged 41, ...", "The third was obese, aged 60, ..."), by a
definite description plus an age after the ranked ones ("The pregnant woman, aged 31, ..."), and a further patient told in
an addendum or a note added in proof ("a second patient (case 2) was referred: ..."): each a patient of their own
(``fields.narrative`` ``_described_newcomers``; markers in ``patterns/patient_scope.jsonl``). Fictional patients; wording
our own."""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import patient_number
from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The first, aged 41, had pelvic pain and a mass of the uterine corpus.", 1),
        ("The second, aged 6 years, was referred with haematuria.", 2),
        ("The third was postmenopausal, aged 60, and presented with bleeding.", 3),
        ("The fourth was aged 12 when the mass was found.", 4),
        ("Since submission, a third patient (case 3) has been seen: a boy aged 2 years with a mass.", 3),
        ("After acceptance, a second infant (patient 2) was referred to us with heart failure.", 2),
        # negatives: a rank that is not a patient
        ("The second, larger nodule was excised.", None),
        ("The first was performed in 2019, aged tissue blocks being reviewed.", None),
        ("A second biopsy was not done, and a second opinion was sought.", None),
    ],
)
def test_rank_with_bare_age_or_addendum_label_opens_patient(text, n):
    assert patient_number(text) == n


_RANKED = """Invented myofibroblastic tumours of the pelvis: four women

Case presentation

Four women were treated at our hospital. The first, aged 41, had pain and a 4 cm mass of the uterine corpus; she
underwent myomectomy. The second, a 52-year-old woman, had a mass of the uterus and underwent hysterectomy.
The third was postmenopausal, aged 66, and had a mass of the uterine cervix that was removed by radical hysterectomy.
{fourth}

Follow-up

All four women are alive.
"""


@pytest.mark.parametrize(
    "fourth",
    [
        "The pregnant woman, aged 31, was found to have a 7 cm left ovarian mass, removed by salpingo-oophorectomy.",
        "The youngest woman, a 27-year-old, had a mass of the left ovary that was removed by oophorectomy.",
        "The woman with the ovarian mass, aged 35, underwent oophorectomy for a 6 cm mass of the left ovary.",
    ],
)
def test_described_member_after_ranked_ones_is_the_next_patient(tmp_path, nlp, fourth):
    path = tmp_path / "ranked.txt"
    path.write_text(_RANKED.format(fourth=fourth), encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [r.age_years for r in rows][:3] == [41.0, 52.0, 66.0]
    assert len(rows) == 4
    assert rows[3].site == "ovary"


def test_described_person_naming_an_introduced_age_is_no_new_patient(tmp_path, nlp):
    """"The older woman, aged 52, ..." retells the second patient: no fifth row."""
    path = tmp_path / "ranked.txt"
    path.write_text(
        _RANKED.format(fourth="The pregnant woman, aged 31, had a 7 cm left ovarian mass removed by oophorectomy. "
                       "The older woman, aged 52, had no further treatment."),
        encoding="utf-8",
    )
    assert len(extract_document(load_document(path), nlp)) == 4


def test_described_person_without_announced_room_is_no_new_patient(tmp_path, nlp):
    """Three women announced and three ranked: a described one with another age (a relative, an earlier report) is none."""
    text = _RANKED.replace("Four women", "Three women").format(
        fourth="The patient's mother, aged 70, had had a uterine leiomyoma.")
    path = tmp_path / "ranked.txt"
    path.write_text(text, encoding="utf-8")
    assert len(extract_document(load_document(path), nlp)) == 3


_ADDENDUM = """Invented cardiac myofibroblastic tumour in an infant

Case 1

A boy of 9 months had a mass of the right atrium that was partly resected. ALK was positive by immunohistochemistry. He
received crizotinib and is alive with residual tumour 14 months after surgery.

Discussion

Cardiac tumours in infants are rare.

{heading}

{opening} a girl aged 3 months with a mass of the left ventricle. A biopsy showed an ALK-negative tumour with an ETV6::NTRK3
fusion. She was treated with larotrectinib and remains on treatment five months after diagnosis.
"""


@pytest.mark.parametrize(
    ("heading", "opening"),
    [
        ("Addendum", "After this report was accepted, a second patient (case 2) was referred:"),
        ("Note added in proof", "Since submission, a second patient was referred to us:"),
        ("ADDENDUM", "After acceptance a second infant (patient 2) came to our attention:"),
    ],
)
def test_addendum_patient_is_split_from_the_first(tmp_path, nlp, heading, opening):
    path = tmp_path / "addendum.txt"
    path.write_text(_ADDENDUM.format(heading=heading, opening=opening), encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [(r.age_years is not None and round(r.age_years, 2), r.sex) for r in rows] == [(0.75, "male"), (0.25, "female")]
    assert rows[0].drugs == ["crizotinib"] and rows[1].drugs == ["larotrectinib"]
    assert rows[1].kinase_fusions == ["ETV6::NTRK3"]


@pytest.mark.parametrize(
    ("follow", "drugs"),
    [
        ("The postmenopausal patient had a pelvic recurrence 9 months later and was given crizotinib.",
         [None, None, ["crizotinib"], None]),
        ("FOLLOW-UP The pregnant woman relapsed and was given ceritinib.", [None, None, None, ["ceritinib"]]),
        # negative: a word no introduction used turns to none of them (the text goes on with the last one told of)
        ("The anxious patient was given crizotinib.", [None, None, None, ["crizotinib"]]),
        # negative: a word every ranked introduction shares ("women") is no descriptor
        ("The treated woman was given crizotinib.", [None, None, None, ["crizotinib"]]),
    ],
)
def test_sentence_opening_on_an_introduced_descriptor_turns_to_that_patient(tmp_path, nlp, follow, drugs):
    path = tmp_path / "ranked.txt"
    path.write_text(
        _RANKED.format(fourth="The pregnant woman, aged 31, had a 7 cm left ovarian mass removed by oophorectomy.")
        .replace("All four women are alive.", follow),
        encoding="utf-8",
    )
    assert [r.drugs for r in extract_document(load_document(path), nlp)] == drugs
