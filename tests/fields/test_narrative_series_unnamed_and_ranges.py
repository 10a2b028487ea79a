"""Wrong values a small series' abstract invites (``fields.narrative``): an outcome told of "one" and "the other" of
patients introduced together names neither ("One achieved a complete response ..., whereas the other progressed"), a
count of some of them ("two died of disease") and a range of the series ("Ki-67 ranged from 30% to 70%") are no one
patient's, and a boy and a man of one series are told apart by their person nouns ("LMNA::NTRK1 in the boy ... The man
had ..."). Invented patients, wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


def _rows(nlp, text: str):
    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    return sorted(extract_document(doc, nlp), key=lambda r: r.age_years or 0)


_PAIR = """Two invented adolescents with a kinase-fused myofibroblastic tumour

Abstract
We report a 13-year-old girl with a retroperitoneal mass and a 17-year-old boy with a mediastinal mass. Both tumours
carried a RANBP2-ALK fusion and both patients were given crizotinib. {outcome}
"""


@pytest.mark.parametrize(
    "outcome",
    [
        "One achieved a complete response lasting 30 months, whereas the other progressed and died of disease.",
        "One attained a complete response at 30 months, while the other progressed after 9 months and died of disease.",
        "One responded completely and is well at 30 months; the other progressed and died of disease.",
        "One obtained a complete response at 30 months and the other succumbed to progressive disease.",
    ],
)
def test_one_and_the_other_outcome_names_neither(nlp, outcome):
    rows = _rows(nlp, _PAIR.format(outcome=outcome))
    assert len(rows) == 2
    for r in rows:
        assert r.status is None
        assert r.response is None
        assert r.follow_up_months is None
        assert r.drugs == ["crizotinib"]  # the sentence said of both still reaches each


_TRIO = """Three invented men with epithelioid myofibroblastic sarcoma

Abstract
Three men aged 26, 41 and 57 years had abdominal tumours of the omentum, the mesentery and the ileum, respectively.
The tumour cells expressed ALK and CD30. {stat}
"""


@pytest.mark.parametrize(
    "stat",
    [
        "The Ki-67 index ranged from 25% to 65%.",
        "The Ki-67 index varied between 25 and 65%.",
        "Ki-67 labelling ranged from 25 to 65 per cent.",
        "All were resected; two died of disease within a year.",
        "All were resected, and two died of disease within a year.",
    ],
)
def test_series_range_or_count_is_no_patients_value(nlp, stat):
    rows = _rows(nlp, _TRIO.format(stat=stat))
    assert [r.age_years for r in rows] == [26, 41, 57]
    for r in rows:
        assert r.ki67_percent is None
        assert r.status is None
        assert "ALK" in (r.ihc_positive or [])


_BOY_AND_MAN = """Three invented patients with NTRK-rearranged spindle cell tumours

Abstract
Three patients ({people}) had ALK-negative tumours of the thigh, the uterus and the retroperitoneum, respectively.
RNA sequencing {verb} LMNA::NTRK1 in the {child}, TPM3::NTRK1 in the {adult_f} and ETV6::NTRK3 in the {adult}.
The {adult} had metastatic disease and died of disease at 14 months.
"""


@pytest.mark.parametrize(
    "people,child,adult_f,adult,verb",
    [
        ("a 4-year-old boy, a 33-year-old woman and a 62-year-old man", "boy", "woman", "man", "revealed"),
        ("a 6-year-old girl, a 45-year-old man and a 70-year-old woman", "girl", "man", "woman", "identified"),
        ("a 9-year-old boy, a 28-year-old woman and a 51-year-old man", "boy", "woman", "man", "detected"),
    ],
)
def test_boy_and_man_of_one_series_told_apart(nlp, people, child, adult_f, adult, verb):
    rows = _rows(nlp, _BOY_AND_MAN.format(people=people, child=child, adult_f=adult_f, adult=adult, verb=verb))
    assert len(rows) == 3
    young, middle, old = rows
    assert young.kinase_fusions == ["LMNA::NTRK1"]
    assert middle.kinase_fusions == ["TPM3::NTRK1"]
    assert old.kinase_fusions == ["ETV6::NTRK3"]
    assert old.status == "DOD" and old.follow_up_months == 14
    assert young.status is None and middle.status is None
    assert young.metastasis is None and middle.metastasis is None


_LEAD_TURN = """Three invented adults with a bladder myofibroblastic tumour

Abstract
We present three adults with a bladder tumour: a 34-year-old man, a 49-year-old woman and a 72-year-old man.
{sentence} They were free of recurrence at 10, 16 and 8 months, respectively.
"""


@pytest.mark.parametrize(
    "sentence,picked",
    [
        ("All underwent transurethral resection; the oldest patient also received adjuvant radiotherapy.", 72),
        ("All three underwent transurethral resection, and the youngest patient also received radiotherapy.", 34),
        ("All were treated by transurethral resection; the woman also received adjuvant radiotherapy.", 49),
    ],
)
def test_clause_turning_to_one_after_a_lead_for_all_is_that_ones(nlp, sentence, picked):
    rows = _rows(nlp, _LEAD_TURN.format(sentence=sentence))
    assert [r.age_years for r in rows] == [34, 49, 72]
    for r in rows:
        assert r.treatment == ("SE+RT" if r.age_years == picked else "SE")


_PAIR_POSSESSIVE = """Two invented infants with a cardiac myofibroblastic tumour

Abstract
Two infants are described. The first, a 4-month-old girl, had an atrial mass that was resected. The second, a 10-month-old boy with a ventricular mass, underwent subtotal resection and has been well for 2 years. {sentence}
"""


@pytest.mark.parametrize(
    "sentence,owner",
    [
        ("Both tumours were ALK positive, and the boy's tumour carried a TPM4::ALK fusion.", "male"),
        ("Both tumours were ALK positive; the girl's tumour carried a TPM4::ALK fusion.", "female"),
        ("Both lesions stained for ALK, and in the boy a TPM4::ALK fusion was found.", "male"),
    ],
)
def test_possessive_turn_after_both_lead_is_that_ones(nlp, sentence, owner):
    rows = _rows(nlp, _PAIR_POSSESSIVE.format(sentence=sentence))
    assert len(rows) == 2
    for r in rows:
        assert "ALK" in (r.ihc_positive or [])
        assert r.kinase_fusions == (["TPM4::ALK"] if r.sex == owner else None)


_ONE_OF_FOUR = """Four invented adults with a myofibroblastic tumour

Abstract
Four adults with the tumour were seen at our centre. All four tumours were ALK positive and all were resected. Of these four patients, one, a 47-year-old woman with a uterine primary, developed lung metastases 9 months after hysterectomy and received crizotinib with partial response. {rest}
"""


@pytest.mark.parametrize(
    "rest",
    [
        "The other three remained without recurrence (follow-up 14-52 months).",
        "The remaining three are alive and free of disease at 20 to 40 months.",
        "The other three had no recurrence after 12, 30 and 41 months.",
    ],
)
def test_other_members_of_a_series_are_not_the_detailed_one(nlp, rest):
    rows = _rows(nlp, _ONE_OF_FOUR.format(rest=rest))
    woman = next(r for r in rows if r.age_years == 47)
    assert woman.drugs == ["crizotinib"]
    assert woman.recurrence is None
    assert woman.status is None
    assert woman.follow_up_months is None


def test_lead_naming_one_patient_is_no_lead_for_all(nlp):
    text = _PAIR_POSSESSIVE.format(
        sentence="Both tumours were positive for ALK; desmin stained the former case, while in the latter it was negative."
    )
    rows = _rows(nlp, text)
    assert all("ALK" in (r.ihc_positive or []) for r in rows)
    # the clause after the lead is not the latter's alone: the former's desmin is not lost to it
    assert not any("desmin" in (r.ihc_positive or []) and "desmin" in (r.ihc_negative or []) for r in rows)
