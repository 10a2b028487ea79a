"""Cells of a series table in forms the readers had not met: a patient column saying sex and age in brackets after the
number, yes/no columns one per treatment, follow-up in years and months. Reports are fictional."""

from __future__ import annotations

import pytest

from eims_extract.pipeline.extract import process_path


def _rows(tmp_path, text: str) -> dict:
    p = tmp_path / "series.txt"
    p.write_text(text, encoding="utf-8")
    return {r.case_id.removeprefix("case-"): r for r in process_path(p).rows}


WHO_IN_BRACKETS = """Inflammatory myofibroblastic tumour of the orbit: three patients

Results
Table 1
Patient (sex/age) | Site | Treatment | Follow-up (months) | Status
1 {a} | Orbit | Excision | 20 | NED
2 {b} | Orbital apex | Excision + radiotherapy | 33 | AWD
3 {c} | Lacrimal gland | Excision | 11 | NED

Discussion
Orbital IMT mimics lymphoma.
"""


@pytest.mark.parametrize(
    "cells", [("(M/44)", "(F/9)", "(F/61)"), ("[M/44]", "[F/9]", "[F/61]"), ("(M, 44 y)", "(F, 9 y)", "(F, 61 y)")]
)
def test_case_cell_saying_sex_and_age_in_brackets(tmp_path, cells) -> None:
    a, b, c = cells
    rows = _rows(tmp_path, WHO_IN_BRACKETS.format(a=a, b=b, c=c))
    assert sorted(rows) == ["1", "2", "3"]
    assert [(rows[k].sex, rows[k].age_years) for k in "123"] == [("male", 44), ("female", 9), ("female", 61)]
    assert rows["2"].treatment == "SE+RT"


def test_bracket_after_a_case_number_that_is_no_patient_gives_no_age(tmp_path) -> None:
    rows = _rows(tmp_path, WHO_IN_BRACKETS.format(a="(ref. 4)", b="(ref. 7)", c="(ref. 9)"))
    assert all(r.age_years is None and r.sex is None for r in rows.values())


YES_NO = """Inflammatory myofibroblastic tumour in young adults: treatment of three patients

Results
Table 2
Case | Age (years) | Sex | Site | Surgery | Chemotherapy | Radiotherapy | ALK inhibitor | Follow-up (months) | Status
1 | 24 | M | Mesentery | {s1} | No | No | No | 30 | NED
2 | 31 | F | Pelvis | Yes | Yes | No | Yes | 18 | AWD
3 | 19 | M | Lung | No | No | Yes | Yes | 9 | AWD

Discussion
Systemic therapy was given for unresectable disease.
"""


@pytest.mark.parametrize("yes", ["Yes", "yes", "+"])
def test_yes_no_columns_one_per_treatment_give_the_treatments_answered_yes(tmp_path, yes: str) -> None:
    text = YES_NO.format(s1=yes)
    if yes == "+":
        text = text.replace("| Yes |", "| + |").replace("| No |", "| - |")
    rows = _rows(tmp_path, text)
    assert rows["1"].treatment == "SE"
    assert rows["2"].treatment == "SE+Che+ALKi"
    assert rows["3"].treatment == "RT+ALKi"


@pytest.mark.parametrize("cell,months", [("6y 8m", 80), ("2 y 3 mo", 27), ("1y, 6m", 18), ("4y", 48)])
def test_follow_up_cell_in_years_and_months_counts_whole(tmp_path, cell: str, months: int) -> None:
    rows = _rows(
        tmp_path,
        f"""Inflammatory myofibroblastic tumour of the omentum in children: two cases

Results
Table 1
Case | Age | Sex | Site | Treatment | Follow-up | Outcome
1 | 3y 2m | M | Omentum | Excision | {cell} | NED
2 | 7y | F | Omentum | Excision | 10m | NED

Discussion
Omental IMT is a disease of the young.
""",
    )
    assert rows["1"].follow_up_months == months
    assert rows["2"].follow_up_months == 10


TIMED = """Epithelioid inflammatory myofibroblastic sarcoma: three patients

Results
Table 1
Case | Age (years) | Sex | Site | Therapy | {before} | {time}
1 | 38 | M | Mesentery | Surgery, crizotinib | {a} | 21
2 | 52 | F | Omentum | Surgery, chemotherapy | {b} | 6
3 | 27 | M | Pelvis | Surgery, alectinib | {c} | 16

Discussion
EIMS is aggressive.
"""


@pytest.mark.parametrize("time", ["Time (months)", "Time, mo", "Duration (months)"])
def test_time_column_printed_after_the_outcome_is_the_follow_up(tmp_path, time: str) -> None:
    rows = _rows(tmp_path, TIMED.format(before="Outcome", time=time, a="Alive with disease", b="Died of disease", c="NED"))
    assert [(rows[k].status, rows[k].follow_up_months) for k in "123"] == [("AWD", 21), ("DOD", 6), ("ANED", 16)]


def test_time_column_after_a_recurrence_column_is_no_follow_up(tmp_path) -> None:
    rows = _rows(tmp_path, TIMED.format(before="Recurrence", time="Time (months)", a="Yes", b="Yes", c="No"))
    assert all(r.follow_up_months is None for r in rows.values())
