"""A series' own table lists its patients by number while the prose names one of them by a description instead ("The
toddler was given ...", "For the lady, ...", "The younger man ...", "The patient with the kidney tumour ...", "The
ALK-positive case ..."): the sentence is the patient of the one table row whose age, sex, site and ALK status fit the
description. Reports are fictional."""

from __future__ import annotations

import pytest

from _support import located
from eims_extract.fields.narrative import described_patient
from eims_extract.pipeline.extract import process_path
from eims_extract.records import CaseRow


def _row(n: int, age: float | None, sex: str | None, site: str | None, alk: str | None = None) -> CaseRow:
    row = CaseRow("doc", str(n), source="table")
    row.age_years, row.sex, row.site = age, sex, site
    if alk == "+":
        row.ihc_positive, row.alk_tests = ["ALK"], ["IHC+"]
    elif alk == "-":
        row.ihc_negative, row.alk_tests = ["ALK"], ["IHC-"]
    return row


ROSTER = {
    1: _row(1, 1.5, "male", "thigh", "-"),
    2: _row(2, 9.0, "female", "lung", "+"),
    3: _row(3, 47.0, "male", "kidney", "+"),
    4: _row(4, 70.0, "male", "urinary bladder", "+"),
}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The toddler was given entrectinib for four months.", 1),
        ("For the girl, follow-up reached two years.", 2),
        ("The older man relapsed.", 4),  # the toddler is no man: the older of the two men
        ("The oldest man died of pneumonia.", 4),
        ("The patient with the bladder tumour had a cystectomy.", 4),
        ("The ALK-negative case needed no further treatment.", 1),
        ("In the 47-year-old man the margins were clear.", 3),
    ],
)
def test_described_patient_is_the_one_table_row_fitting_the_description(text: str, expected: int | None) -> None:
    assert described_patient(located(text)[0], ROSTER) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The man was treated by nephrectomy.",  # three men: which one the words do not tell
        "The patient remains well.",  # a noun telling nothing
        "The older patient relapsed.",  # "older" ranks two, not four
        "The ALK-positive case was resected.",  # three positive rows
        "The two patients were seen at one clinic.",  # no person noun opens it
        "The boy's mother had a goitre.",  # a relative of the patient
        "The woman with the liver tumour was lost to follow-up.",  # no row fits
    ],
)
def test_description_fitting_no_row_or_several_names_no_patient(text: str) -> None:
    assert described_patient(located(text)[0], ROSTER) is None


SERIES = """Kinase-fused spindle cell tumours in a toddler and an older girl: supplementary table

Text to Table S1. The patients listed below were referred for a second opinion.

Table S1 (tab-separated)
#\tAge\tSex\tSite\tALK (IHC)\tTherapy\tRec\tFU\tStatus
1\t18 mo\tM\tforearm, left\t0\tT, S\tN\t20 mo\tNED
2\t9 y\tF\tneck, right\t+\tS\tN\tsee text\tNED

The toddler received entrectinib for four months before the excision, after which the drug was stopped. For the girl, whose tumour was excised with a clear margin, follow-up has now reached thirty months without recurrence.
"""


def test_prose_describing_table_patients_fills_their_rows_without_an_extra_row(tmp_path) -> None:
    p = tmp_path / "described_series.txt"
    p.write_text(SERIES)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert sorted(rows) == ["case-1", "case-2"]  # no separate "index" row of the prose
    assert rows["case-1"].drugs == ["entrectinib"] and rows["case-2"].drugs is None
    assert rows["case-2"].follow_up_months == 30.0 and rows["case-1"].follow_up_months == 20.0
    assert all(not r.ungrounded() for r in rows.values())

