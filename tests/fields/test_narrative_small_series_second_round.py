"""Small series told densely in an abstract and then case by case, second round: whose value is whose when a joint
listing, a count clause or a group statement names the patients only in part (invented text)."""

from __future__ import annotations

import pytest

from eims_extract.fields import narrative
from eims_extract.fields.base import Sentence


def _patients(texts: list[str], section: str = "case", heading: str | None = "Case report") -> list[narrative.Patient]:
    sentences, at = [], 0
    for t in texts:
        sentences.append(Sentence("d", t, at, section, heading=heading))
        at += len(t) + 1
    return narrative.segment_patients(sentences)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # listed men first, then the woman; the numbered cases go man, woman, man
        ("We describe three patients, two men aged 47 and 12 years and a 63-year-old woman, all with flank pain.",
         {"case-1": (47.0, "male"), "case-2": (63.0, "female"), "case-3": (12.0, "male")}),
        # listed in the cases' own order: nothing changes
        ("We describe three patients, a 47-year-old man, a 63-year-old woman and a 12-year-old boy, all with flank pain.",
         {"case-1": (47.0, "male"), "case-2": (63.0, "female"), "case-3": (12.0, "male")}),
    ],
)
def test_joint_listing_ages_follow_the_numbered_cases_own_ages(lead, expected):
    patients = _patients([
        lead,
        "Case 1.", "A 47-year-old man had a renal pelvis mass.", "He underwent nephroureterectomy.",
        "Case 2.", "A 63-year-old woman had a mass of the ureter.", "She underwent segmental resection.",
        "Case 3.", "A 12-year-old boy had a renal mass.", "He underwent partial nephrectomy.",
    ])
    got = {p.case_id: (p.age.years if p.age else None, p.age.sex if p.age else None) for p in patients}
    assert got == expected


def test_stray_number_in_a_numbered_case_does_not_undo_the_listing():
    patients = _patients([
        "The two women were 33 and 58 years old, respectively.",
        "Case 1.", "At delivery, a healthy boy of 3,100 g was born and a uterine mass was removed.",
        "Case 2.", "This patient had a hysterectomy for bleeding.",
    ])
    assert [p.age.years if p.age else None for p in patients] == [33.0, 58.0]


_BY_SEX = [
    "Five cases from our department were reviewed.",
    "The series comprised two men and three women, aged between 30 and 70 years (mean, 52 years).",
    "All five tumours arose in the stomach.",
    "Every patient underwent gastrectomy.",
]


def test_series_counted_by_sex_in_a_mean_age_sentence_gives_one_patient_per_member():
    patients = _patients(_BY_SEX, section="abstract", heading="Results")
    assert [p.sex_hint[0] if p.sex_hint else None for p in patients] == ["male", "male", "female", "female", "female"]
    assert all(p.age is None for p in patients)  # the range and the mean are nobody's age


def test_count_of_some_members_of_one_sex_is_given_to_nobody():
    patients = _patients([*_BY_SEX, "Two of the three women relapsed in the liver.", "The tumours were all ALK-positive."],
                         section="abstract", heading="Results")
    assert len(patients) == 5
    told = [s.text for p in patients for s in p.sentences + p.fallback]
    assert not any("relapsed" in t for t in told)
    assert all(any("ALK-positive" in s.text for s in p.sentences + p.fallback) for p in patients)


def test_group_sizes_inside_one_sex_are_not_the_whole_series():
    patients = _patients([
        "Four cases from our department were reviewed.",
        "The series comprised one man and three women, aged between 30 and 70 years (mean, 52 years).",
        "The man's tumour arose in the colon, whereas the three women had tumours of the ileum (n = 2) and the "
        "jejunum (n = 1).",
        "All four tumours were resected.",
    ], section="abstract", heading="Results")
    assert len(patients) == 4
    assert not any("ileum" in s.text for p in patients for s in p.sentences)


def _told(texts: list[str]) -> dict[str, list[str]]:
    patients = _patients(texts, section="abstract", heading="Results")
    return {p.case_id: [" ".join(s.text.split()) for s in p.sentences] for p in patients}


_IN_TURN = [
    "Four patients with tracheal tumours were reviewed.",
    "There were three men and one woman, aged 21 to 70 years.",
    "Two patients had small lesions; both underwent endoscopic resection and were well after 3 and 6 years, "
    "respectively.",
    "The only woman, aged 21, received steroids alone.",
    "The fourth patient, a 70-year-old man, died of the disease.",
    "Desmin was positive in all four cases.",
]


def test_patients_told_in_turn_after_a_count_by_sex_get_one_row_each_in_telling_order():
    patients = _patients(_IN_TURN, section="abstract", heading="Results")
    assert [p.case_id for p in patients] == ["case-1", "case-2", "case-3", "case-4"]
    texts = [[" ".join(s.text.split()) for s in p.sentences] for p in patients]
    assert "after 3 years, respectively." in texts[0][0] and "6 years" not in texts[0][0]
    assert not texts[0][0].startswith("Two patients")  # the group's count is no member's: its piece reads as its own
    assert "after 6 years, respectively." in texts[1][0] and "3 years" not in texts[1][0]
    assert texts[2] == ["The only woman, aged 21, received steroids alone."]
    assert texts[3] == ["The fourth patient, a 70-year-old man, died of the disease."]
    # the two told together are the men the count leaves over; the statement for all is each one's fallback
    assert [p.sex_hint[0] if p.sex_hint else None for p in patients[:2]] == ["male", "male"]
    assert all(any("Desmin" in s.text for s in p.fallback) for p in patients)


def test_bracket_listing_the_group_told_together_gives_each_its_own_person():
    got = _told([
        "Four patients (two boys, two girls) were identified, with a mean age of 6 years.",
        "Both children treated by surgery alone (a 12-year-old boy with a renal mass and a girl with a gastric mass) "
        "remain well.",
        "The youngest patient, a 2-year-old boy, received chemotherapy.",
        "He is alive with disease.",
        "The patient with the pelvic tumour died; she had relapsed twice.",
    ])
    patients = _patients([
        "Four patients (two boys, two girls) were identified, with a mean age of 6 years.",
        "No patient had metastases at diagnosis.",
        "Both children treated by surgery alone (a 12-year-old boy with a renal mass and a girl with a gastric mass) "
        "remain well.",
        "The youngest patient, a 2-year-old boy, received chemotherapy.",
        "The patient with the pelvic tumour died; she had relapsed twice.",
    ], section="abstract", heading="Results")
    assert len(patients) == 4 and all(any("No patient had" in s.text for s in p.fallback) for p in patients)
    assert "gastric" not in got["case-1"][0] and "renal" in got["case-1"][0]
    assert "renal" not in got["case-2"][0] and "gastric" in got["case-2"][0]
    assert got["case-3"] == ["The youngest patient, a 2-year-old boy, received chemotherapy.", "He is alive with disease."]
    assert got["case-4"] == ["The patient with the pelvic tumour died; she had relapsed twice."]


@pytest.mark.parametrize(
    "unsure",
    [
        "Two of the four tumours were ALK-positive.",
        "ALK was positive in all tumours except the tracheal one.",
        "The sites were the trachea, larynx, bronchus and lung (one each).",
    ],
)
def test_statement_of_some_members_told_in_turn_is_nobodys(unsure):
    patients = _patients([*_IN_TURN[:3], unsure, *_IN_TURN[3:]], section="abstract", heading="Results")
    assert len(patients) == 4
    assert not any(unsure[:12] in s.text for p in patients for s in p.sentences + p.fallback)


def test_telling_that_does_not_meet_the_count_gives_no_rows_by_turn():
    # five told for four counted: the turn reading is abandoned
    assert narrative._told_in_turn(
        [Sentence("d", t, i * 200, "abstract") for i, t in enumerate([
            *_IN_TURN[:5], "The fifth patient, a 40-year-old man, is well."])],
        [Sentence("d", t, i * 200, "abstract") for i, t in enumerate([
            *_IN_TURN[:5], "The fifth patient, a 40-year-old man, is well."])],
    ) is None


@pytest.mark.parametrize(
    ("shared", "kept", "dropped"),
    [
        ("All three tumours expressed SMA; desmin staining was confined to the renal tumour.", "SMA", "renal"),
        ("All three tumours expressed SMA, but CD34 was limited to the gastric mass.", "SMA", "gastric"),
    ],
)
def test_clause_setting_one_member_apart_by_its_tumour_is_nobodys_in_a_statement_for_all(shared, kept, dropped):
    # numbered by rank ("The first patient", "The second"): the numbered-series reading
    patients = _patients([
        "The first patient, a 40-year-old woman, had a hepatic tumour.",
        "The second, a man of 30, had a gastric mass.",
        "The third was a 6-year-old girl with a renal tumour.",
        shared,
    ], section="abstract", heading="Results")
    assert len(patients) == 3
    for p in patients:
        told = [s.text for s in p.sentences if s.start >= 150]
        assert all(dropped not in t for t in told)
        assert told and all(kept in t for t in told)


def test_all_but_the_one_described_goes_to_the_others_and_that_case_to_the_one_set_apart():
    got = _told([
        "There were two men and one woman, aged 30 to 60 years.",
        "The only woman had a hepatic mass.",
        "The youngest patient, a 30-year-old man, had a gastric tumour.",
        "The oldest patient, a 60-year-old man, had a renal tumour.",
        "ALK was expressed in all tumours except the hepatic one.",
        "In that ALK-negative case, sequencing found a ROS1 fusion.",
    ])
    assert not any("ALK was expressed" in t for t in got["case-1"])
    assert "In that ALK-negative case, sequencing found a ROS1 fusion." in got["case-1"]
    for case in ("case-2", "case-3"):
        shared = [t for t in got[case] if t.startswith("ALK was expressed")]
        assert shared and "hepatic" not in shared[0]
        assert not any("ROS1" in t for t in got[case])


def test_all_but_one_whose_description_fits_no_single_patient_is_nobodys():
    got = _told([
        "There were two men and one woman, aged 30 to 60 years.",
        "The only woman had a hepatic mass.",
        "The youngest patient, a 30-year-old man, had a gastric tumour.",
        "The oldest patient, a 60-year-old man, had a renal tumour.",
        "ALK was expressed in all tumours except the pelvic one.",
    ])
    assert not any("ALK" in t for ts in got.values() for t in ts)


def test_all_but_one_in_a_numbered_series_goes_to_the_others_not_to_the_last_told():
    patients = _patients([
        "The first patient, a 40-year-old woman, had a hepatic tumour.",
        "The second, a man of 30, had a gastric mass.",
        "The third was a 6-year-old girl with a renal tumour.",
        "ALK was expressed in all tumours except the hepatic one.",
    ], section="abstract", heading="Results")
    got = {p.case_id: [s.text for s in p.sentences if s.text.startswith("ALK")] for p in patients}
    assert got["case-1"] == []
    assert all(len(got[c]) == 1 and "hepatic" not in got[c][0] for c in ("case-2", "case-3"))


def test_clause_of_the_one_member_of_a_sex_before_a_turn_to_the_others_is_that_members():
    patients = _patients([
        "Four cases from our department were reviewed.",
        "The series comprised one man and three women, aged between 30 and 70 years (mean, 52 years).",
        "All tumours were abdominal: the man's arose in the colon, whereas the three women had tumours of the ileum "
        "(n = 2) and the jejunum (n = 1).",
    ], section="abstract", heading="Results")
    man = [" ".join(s.text.split()) for s in patients[0].sentences]
    assert "the man's arose in the colon" in man and not any("ileum" in t for t in man)
    assert not any("colon" in s.text or "ileum" in s.text for p in patients[1:] for s in p.sentences + p.fallback)
