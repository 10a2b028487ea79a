"""Age and sex rules on fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from eims_extract.fields import demographics
from eims_extract.fields.base import Sentence
from eims_extract.records import CaseRow


def run(*texts: str, section: str = "case") -> CaseRow:
    sents, pos = [], 0
    for t in texts:
        sents.append(Sentence("doc", t, pos, section))
        pos += len(t) + 1
    row = CaseRow("doc", "index")
    demographics.apply(sents, row)
    return row


@pytest.mark.parametrize(
    ("text", "years", "age_text", "sex"),
    [
        ("A 43-year-old woman came in with bloating.", 43.0, "43-year-old", "female"),
        ("We saw a six-day-old boy with jaundice.", 0.02, "six-day-old", "male"),
        ("The 61-yr-old man denied fever.", 61.0, "61-yr-old", "male"),
        ("A girl aged 7 months was brought by ambulance.", 0.58, "7 months", "female"),
        ("A thirty-one days old infant boy had a rash.", 0.08, "thirty-one days old", "male"),
        ("A 4-month-old female infant was feeding poorly.", 0.33, "4-month-old", "female"),
        ("A 2.5-year-old toddler limped.", 2.5, "2.5-year-old", None),
        ("He was 35 years old when the mass was found.", 35.0, "35 years old", "male"),
        ("Patient: a 40 y/o female with flank pain.", 40.0, "40 y/o", "female"),
        ("The child (age 12) complained of cough.", 12.0, "12", None),
        ("A 3-week-old neonate (male) was admitted.", 0.06, "3-week-old", "male"),
        ("A 70-year-old Caucasian gentleman was referred.", 70.0, "70-year-old", "male"),
        ("A 44-year old lady noticed a lump.", 44.0, "44-year old", "female"),
        ("A twenty-two-year-old primigravida was admitted.", 22.0, "twenty-two-year-old", "female"),
    ],
)
def test_age_and_sex_of_the_patient(text, years, age_text, sex):
    row = run(text)
    assert (row.age_years, row.age_text, row.sex) == (years, age_text, sex)
    assert not row.ungrounded()


def test_man_in_his_50s_has_no_exact_age():
    row = run("A man in his 50s reported abdominal fullness.")
    assert row.age_years is None and row.age_text is None
    assert row.sex == "male"


@pytest.mark.parametrize(
    "text",
    [
        "Her 30-year-old mother had a similar rash.",
        "The infant was born to a 28-year-old G2P1 mother.",
        "His 65-year-old father died of a stroke.",
        "The patient's 9-year-old brother was healthy.",
    ],
)
def test_ages_of_relatives_are_not_the_patients(text):
    assert run(text).age_years is None


def test_relative_age_skipped_and_patient_age_kept():
    row = run("A 6-week-old girl was seen.", "Her 31-year-old mother had lupus.")
    assert row.age_years == 0.11 and row.sex == "female"


@pytest.mark.parametrize(
    "text",
    [
        "She had had pain for 3 years.",
        "Symptoms began 2 months before admission.",
        "The tumour measured 35 mm.",
        "Follow-up lasted 18 months without relapse.",
    ],
)
def test_durations_are_not_ages(text):
    assert run(text).age_years is None


def test_presentation_age_beats_age_at_an_earlier_event():
    row = run(
        "At the age of 35, she had a hysterectomy.",
        "Now a 52-year-old woman, she presented with ascites.",
    )
    assert row.age_years == 52.0


def test_age_at_earlier_event_is_used_when_it_is_the_only_age():
    row = run("At the age of 35 years she was diagnosed with the tumour.")
    assert row.age_years == 35.0


def test_earlier_since_clause_loses_to_presentation_age():
    row = run("He has had seizures since he was 5 years old.", "The patient, aged 27, came for review.")
    assert row.age_years == 27.0


@pytest.mark.parametrize(
    ("texts", "sex"),
    [
        (("The patient presented with vomiting.", "She was febrile and her abdomen was tense.", "Her CRP was high."), "female"),
        (("The patient presented with vomiting.", "He was febrile and his abdomen was tense."), "male"),
        (("The patient presented with vomiting.",), None),
    ],
)
def test_sex_from_pronouns_when_no_noun(texts, sex):
    assert run(*texts).sex == sex


def test_sex_noun_of_a_relative_is_not_the_patients():
    row = run("The patient's mother, a nurse, noticed the swelling.", "He had no pain.")
    assert row.sex == "male"


def test_evidence_points_at_the_phrase():
    text = "In May, a 58-year-old man attended clinic."
    row = run(text)
    ev = row.evidence["age_years"][0]
    assert text[ev.start : ev.end] == "58-year-old"
    sev = row.evidence["sex"][0]
    assert text[sev.start : sev.end] == "man"
    assert ev.sentence == text and ev.section == "case"


def test_rules_are_validated_data():
    r = demographics.rules()
    assert r.ages and r.sex_nouns["woman"] == "female" and r.pronouns["he"] == "male"


@pytest.mark.parametrize(
    ("text", "years", "age_text"),
    [
        ("The first patient, a girl of 6 years, had a bladder mass.", 6.0, "6 years"),
        ("He was a man of 45 years with no past history.", 45.0, "45 years"),
        ("An infant of 10 weeks was brought in with vomiting.", 0.19, "10 weeks"),
        ("A woman with pain of 3 years duration was seen.", None, None),
    ],
)
def test_regression_a_girl_of_6_years(text, years, age_text):
    row = run(text)
    assert (row.age_years, row.age_text) == (years, age_text)


@pytest.mark.parametrize(
    ("text", "years", "age_text"),
    [
        ("The infant was seen at 24 days of age with a swelling.", 0.07, "24 days"),
        ("She first presented at 3 years of age.", 3.0, "3 years"),
    ],
)
def test_regression_presented_at_24_days_of_age(text, years, age_text):
    row = run(text)
    assert (row.age_years, row.age_text) == (years, age_text)
