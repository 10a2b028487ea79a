"""Outcome columns of a case series' summary table: spread beyond the organ, a column for both events, and a footnote
telling a death of another cause, a bare dash in a column that answers in words, residual disease in words
(``fields.outcome`` cell readers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document


def _rows(tmp_path: Path, text: str):
    p = tmp_path / "series.txt"
    p.write_text(text, encoding="utf-8")
    return rows_from_tables(load_document(p))


SPREAD = """Inflammatory myofibroblastic tumour of the uterus: three women

Table 1. Clinical features

Case\tAge (years)\tLocation\tSurgery\tExtrauterine disease\tFollow-up\tOutcome
1\t31\tCorpus\tMyomectomy\tNo\t20 mo\tNED
2\t47\tCorpus\tHysterectomy\tYes (omentum)\t14 mo\tAWD
3\t40\tCervix\tHysterectomy\tNo\t36 mo\tNED
"""


def test_extrauterine_disease_column_is_metastasis(tmp_path):
    rows = _rows(tmp_path, SPREAD)
    assert [r.metastasis for r in rows] == [False, True, False]


BOTH = """Epithelioid inflammatory myofibroblastic sarcoma: three patients

Table 1 Clinical data
Case | Age/sex | Location | Treatment | Recurrence/metastasis | Follow-up | Outcome
1 | 41/M | Omentum | Resection | Local recurrence, 5 mo; peritoneal metastases | 12 mo | AWD
2 | 55/F | Mesentery | Resection | None | 28 mo | NED
3 | 20/M | Pelvis | Resection | Liver metastases, 2 mo | 7 mo | DOD
"""


def test_recurrence_metastasis_column_sets_each_event_it_names(tmp_path):
    rows = _rows(tmp_path, BOTH)
    assert [(r.recurrence, r.metastasis) for r in rows] == [(True, True), (False, False), (None, True)]


@pytest.mark.parametrize("head", ["Recurrence/meta.", "Recurrence/mets."])
def test_recurrence_metastasis_column_with_an_abbreviated_metastasis(tmp_path, head):
    rows = _rows(tmp_path, BOTH.replace("Recurrence/metastasis", head))
    assert [(r.recurrence, r.metastasis) for r in rows] == [(True, True), (False, False), (None, True)]


def test_recurrence_column_cell_naming_the_event(tmp_path):
    text = BOTH.replace("Recurrence/metastasis", "Recurrence").replace("Local recurrence, 5 mo; peritoneal metastases", "Local recurrence, 5 mo")
    rows = _rows(tmp_path, text)
    assert rows[0].recurrence is True and rows[1].recurrence is False


NOTE = """Inflammatory myofibroblastic tumour of the ureter: three patients

Table 1. Course of the three patients.

Case\tAge (y)\tSex\tTreatment\tFollow-up (mo)\tStatus
1\t61\tM\tNephroureterectomy\t27\tDied a
2\t38\tF\tSegmental resection\t33\tNED
3\t50\tM\tSegmental resection\t12\tDOD
NED, no evidence of disease; DOD, died of disease.
a Died of a stroke without evidence of tumour.
"""


def test_death_footnoted_as_of_another_cause_gives_no_status(tmp_path):
    rows = _rows(tmp_path, NOTE)
    assert [(r.follow_up_months, r.status) for r in rows] == [(27.0, None), (33.0, "ANED"), (12.0, "DOD")]


def test_response_in_brackets_after_the_status(tmp_path):
    text = BOTH.replace("| 12 mo | AWD", "| 12 mo | AWD (SD)").replace("| 28 mo | NED", "| 28 mo | NED (CR)")
    rows = _rows(tmp_path, text)
    assert [(r.status, r.response) for r in rows] == [("AWD", "SD"), ("ANED", "CR"), ("DOD", None)]


def test_alive_comma_well_is_alive_without_disease(tmp_path):
    from eims_extract.fields.outcome import parse_outcome

    assert parse_outcome("Alive, well")[1] == "ANED" and parse_outcome("Alive, well, 20 mo") == (20.0, "ANED")


WORDED = """Inflammatory myofibroblastic tumours of the abdomen: three adults

Table 1. Course
Case | Age | Site | Surgery | Relapse | Metastasis | Follow-up
1 | 38 | Mesentery | Resection | No | - | 21 mo
2 | 45 | Omentum | Resection | Yes, at 5 mo | - | 17 mo
3 | 60 | Mesentery | Resection | \u2014 | + | Lost to follow-up
4 | 52 | Omentum | Resection | \u2014 | - | 9 mo
"""


def test_bare_dash_for_a_patient_lost_to_follow_up_in_a_worded_column_states_nothing(tmp_path):
    rows = _rows(tmp_path, WORDED)
    # "Relapse" answers "No" / "Yes, at 5 mo": the dash of the patient lost to follow-up is no answer, and an em dash
    # beside a known course is no answer either (no legend says it means no); "Metastasis" answers by signs (hyphens),
    # so its dashes are noes
    assert [r.recurrence for r in rows] == [False, True, None, None]
    assert [r.metastasis for r in rows] == [False, False, True, False]


@pytest.mark.parametrize(
    "cell, status",
    [
        ("Alive with residual tumour", "AWD"),
        ("alive with residual disease, 11 mo", "AWD"),
        ("Alive with stable disease", "AWD"),
        ("Alive without disease", "ANED"),
    ],
)
def test_alive_with_residual_or_stable_disease_is_alive_with_disease(cell, status):
    from eims_extract.fields.outcome import parse_outcome

    assert parse_outcome(cell)[1] == status


COURSE = """Myofibroblastic tumours in three invented adults

Table 1 Clinical data
Case | Age/sex | Site | Treatment | Outcome
1 | 70/M | Caecum | Hemicolectomy | No recurrence, 10 months
2 | 77/F | Forearm | Excision | Local recurrence at 4 months; NED, 16 months
3 | 59/M | Mesentery | Resection | Liver metastases, DOD at 9 months
4 | 44/F | Lung | Lobectomy | NED, 30 months
"""


def test_outcome_cell_naming_the_course_gives_recurrence_and_metastasis(tmp_path):
    """An "Outcome" column whose cells tell the course in words ("No recurrence, 10 months"): the event it names is
    read; a cell naming none ("NED, 30 months") says nothing of either."""
    rows = _rows(tmp_path, COURSE)
    assert [r.recurrence for r in rows] == [False, True, None, None]
    assert [r.metastasis for r in rows] == [None, None, True, None]
    assert [r.follow_up_months for r in rows] == [10.0, 16.0, 9.0, 30.0]


PAIRED = """Three invented patients with a tumour of the mesentery

Table 1 Clinical data
Case\tAge/sex\tSite\tRecurrence / metastasis\tFollow-up (mo)\tOutcome
1\t33/M\tMesentery\tYes / No\t14\tAWD
2\t61/F\tOmentum\tNA / Yes (lung)\t9\tDOD
3\t45/M\tIleum\tNo / No\t26\tNED
"""


def test_paired_cell_answers_each_event_in_the_headers_order(tmp_path):
    """"Yes / No" under "Recurrence / metastasis": the first answer is the recurrence, the second the metastasis; a
    not-available part answers neither (invented cases)."""
    rows = _rows(tmp_path, PAIRED)
    assert [r.recurrence for r in rows] == [True, None, False]
    assert [r.metastasis for r in rows] == [False, True, False]


PLACES = """Three invented patients with a tumour of the mesentery

Table 1 Clinical data
Case\tAge/sex\tSite\tRecurrence / metastasis\tFollow-up (mo)\tOutcome
1\t33/M\tMesentery\t{cell}\t14\tAWD
2\t61/F\tOmentum\tNone\t9\tNED
3\t45/M\tIleum\tNo / No\t26\tNED
"""


@pytest.mark.parametrize(
    ("cell", "events"),
    [
        # where the disease came back, and when, part by part in the header's order
        ("Local, 4 mo / none", (True, False)),
        ("Pelvic, 7 mo / lung", (True, True)),
        ("Tumour bed / liver at 10 months", (True, True)),
        ("None / bone", (False, True)),
        # precision: a part that is neither a plain answer nor a place (and a time) leaves the cell read whole
        ("Local recurrence / 6 mo", (True, None)),
        ("Suspected, 4 mo / none", (None, None)),
    ],
)
def test_paired_cell_part_telling_where_the_event_came(tmp_path, cell, events):
    """"Local, 4 mo / none" under "Recurrence / metastasis": a part naming where (and when) the event came is a yes to
    its event (invented cases)."""
    row = _rows(tmp_path, PLACES.format(cell=cell))[0]
    assert (row.recurrence, row.metastasis) == events


REMARKS = """Hepatic inflammatory myofibroblastic tumour in children: three cases

Table 1. Patients
Case | Age | Sex | Site | Treatment | Follow-up | Remarks
1 | 4 | F | Liver | Hepatectomy | 30 mo | Margins clear
2 | 7 | M | Liver | Hepatectomy | 26 mo | Recurred at 11 mo
3 | 12 | F | Liver | Hepatectomy | 18 mo | Bone metastasis at 1 y
"""


def test_remarks_column_gives_the_recurrence_or_metastasis_it_names(tmp_path):
    rows = _rows(tmp_path, REMARKS)
    assert [(r.recurrence, r.metastasis) for r in rows] == [(None, None), (True, None), (None, True)]
    # nothing else is read from a remark
    assert [r.status for r in rows] == [None, None, None]
