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


def test_joint_listing_that_fits_no_numbered_case_gives_no_age():
    patients = _patients([
        "We describe two patients, men aged 47 and 12 years, both with flank pain.",
        "Case 1.", "A 12-year-old boy had a renal mass.",
        "Case 2.", "A 50-year-old man had a mass of the ureter.",
    ])
    assert [p.age for p in patients] == [None, None]


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
