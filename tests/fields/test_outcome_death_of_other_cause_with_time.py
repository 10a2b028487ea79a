"""A death of another cause told with a time between the death word and its cause ("died at 20 months of a cardiac
event", "died 3 years later of pneumonia"), in prose and in a series table's outcome cell ("Dead (MI)", "Dead - stroke",
"Died; unrelated cause"): no death of disease is scored (the convention: a death of another cause leaves the status
empty), the stated time is still the follow-up, and a death of the tumour keeps its DOD. Fictional wording."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply, parse_outcome
from _support import run_apply


@pytest.mark.parametrize("text,months", [
    ("The boy died at 19 months of a cardiac event.", 19.0),
    ("She died 11 months after the operation of a cardiac arrest, with no sign of the mass.", 11.0),
    ("He died 3 years later of pneumonia, without recurrence.", 36.0),
    ("The woman died two years after surgery from a stroke; the autopsy showed no tumour.", 24.0),
    ("He died 30 months after resection of an unrelated illness.", 30.0),
])
def test_death_of_other_cause_told_after_a_time_gives_no_status(text, months):
    row = run_apply(apply, text)
    assert row.status is None and row.follow_up_months == months
    # the death is kept as the status's evidence: a series table's bare "Died" for this patient is then no DOD
    assert row.evidence.get("status")


@pytest.mark.parametrize("text,months", [
    ("He died of disease at 14 months.", 14.0),
    ("She died of progressive tumour 9 months after surgery.", 9.0),
    ("He died 6 months later of widespread metastases.", 6.0),
    ("She died 10 months after surgery of an intra-abdominal recurrence.", 10.0),
    ("He died 8 months after diagnosis of pneumonia caused by the obstructing tumour.", 8.0),
])
def test_death_of_the_tumour_told_after_a_time_stays_dod(text, months):
    row = run_apply(apply, text)
    assert row.status == "DOD" and row.follow_up_months == months


@pytest.mark.parametrize("cell", [
    "Dead (MI)", "Died (sepsis)", "DOC", "Died, unrelated", "Dead - stroke", "Dead \u2014 stroke", "Died of MI",
    "Dead (car accident)", "Dead (unrelated)", "Died; unrelated cause", "Dead, NED", "Died (cardiac arrest)",
    "Deceased (other causes)", "Dead (lung carcinoma)",
])
def test_series_outcome_cell_death_of_other_cause_is_no_dod(cell):
    assert parse_outcome(cell)[1] is None


@pytest.mark.parametrize("cell", [
    "DOD", "Died of disease", "Dead (PD)", "Died (progression)", "Dead (metastases)", "Dead", "Died", "Deceased",
    "Died of tumour", "Dead (disease)",
])
def test_series_outcome_cell_death_of_disease_stays_dod(cell):
    assert parse_outcome(cell)[1] == "DOD"


def test_series_outcome_cell_death_of_other_cause_keeps_its_time():
    assert parse_outcome("Dead (MI), 26 mo") == (26.0, None)


VITAL_AND_DISEASE = """Made-up myofibroblastic tumours of the omentum: three invented adults

Results
Table 1
Case | Age (y) | Sex | Site | Treatment | Follow-up (mo) | Vital status | Disease status
1 | 52 | M | Omentum | Resection | 40 | Dead | No evidence of disease
2 | 44 | F | Omentum | Resection | 7 | Dead | With disease
3 | 30 | F | Omentum | Resection | 22 | Dead (pulmonary embolism) | Free of disease

Discussion
Omental IMT is rare.
"""


def test_dead_beside_a_disease_status_of_no_disease_gives_no_dod(tmp_path) -> None:
    from eims_extract.pipeline.extract import process_path

    p = tmp_path / "vital_and_disease.txt"
    p.write_text(VITAL_AND_DISEASE)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert [rows[k].status for k in ("1", "2", "3")] == [None, "DOD", None]
    assert [rows[k].follow_up_months for k in ("1", "2", "3")] == [40, 7, 22]


TABLE_AND_PROSE = """Made-up myofibroblastic tumours of the colon: two invented patients

Table 1. Data of the fictional patients
Case | Age | Sex | Location | Treatment | Follow-up (months) | Outcome
1 | 71 y | M | Sigmoid colon | Resection | 19 | Died
2 | 9 y | F | Caecum | Resection | 36 | Died

Case presentations
Case 1 was a 71-year-old man whose colonic mass was removed. {one}
Case 2 was a 9-year-old girl whose caecal mass was resected. {two}
"""


@pytest.mark.parametrize("one,two,status", [
    ("He died at 19 months of a cardiac arrest.", "She died 3 years later of pneumonia, without recurrence.", None),
    ("He died 19 months after surgery of widespread metastases.", "She died of disease 3 years later.", "DOD"),
])
def test_series_table_died_and_prose_death_with_time(tmp_path, one, two, status):
    from eims_extract.pipeline.extract import process_path

    p = tmp_path / "series.txt"
    p.write_text(TABLE_AND_PROSE.format(one=one, two=two), encoding="utf-8")
    rows = {r.case_id: r for r in process_path(p).rows}
    assert [rows[k].status for k in ("case-1", "case-2")] == [status, status]
    assert [rows[k].follow_up_months for k in ("case-1", "case-2")] == [19.0, 36.0]


@pytest.mark.parametrize("text", [
    "He later underwent resection but died of postoperative haemorrhage.",
    "She died of surgical complications on the fifth day after the operation.",
    "The girl died from perioperative bleeding.",
    "The boy died of complications of the resection.",
    "He died of intraoperative bleeding during the second debulking.",
    "She died of perioperative complications after the pelvic exenteration.",
])
def test_death_of_an_operative_complication_gives_no_dod(text):
    row = run_apply(apply, text)
    assert row.status is None


@pytest.mark.parametrize("text", [
    "He died of postoperative haemorrhage caused by the recurrent tumour.",
    "She died of massive haemorrhage from the tumour.",
    "He died on the second postoperative day; the death was attributed to haemorrhage from the ruptured tumour.",
    "She died of a further haemorrhage from the pelvic recurrence.",
])
def test_death_of_bleeding_tied_to_the_tumour_stays_dod(text):
    assert run_apply(apply, text).status == "DOD"
