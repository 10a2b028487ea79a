"""A series' own table names its patients by non-numeric labels ("K1", "Case M2", "DS-04", "Patient J") and the
prose names them alike: a sentence opening on a label (or naming it alone in brackets) is that row's patient.
Reports are fictional."""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import labelled_patient
from eims_extract.pipeline.extract import process_path

LABELS = {"K1": 1, "K2": 2, "DS-04": 3, "J": 4}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In K2 the mass came back at the sigmoid colon after a year.", 2),
        ("Case K1 was given alectinib for eight months.", 1),
        ("For patient J, steroids had been tried first.", 4),
        ("DS-04 underwent a wide excision with free margins.", 3),
        ("The boy with the gastric lesion (K1) needed no further treatment.", 1),
    ],
)
def test_sentence_opening_on_a_table_label_is_that_rows_patient(text: str, expected: int) -> None:
    assert labelled_patient(text, LABELS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vimentin stained in K1 and weakly in K2.",  # two labels: no one patient
        "In K3 the tumour was smaller.",  # a label the table does not define
        "CD34 was negative throughout.",  # a marker looks like a label, but no table row is called so
        "In J the margins were clear.",  # a lone letter without "patient"/"case" is no label
    ],
)
def test_sentence_without_one_table_label_opens_on_no_patient(text: str) -> None:
    assert labelled_patient(text, LABELS) is None


SERIES = """Two mesenteric tumours in adults: a registry export

Results. Two patients were treated at our hospital; their data are exported below.

Supplementary table S2
Code;Sex;Age (y);Site;ALK IHC;Tx;FU (mo);Status
M1;F;52;Mesentery;3+;S;18;NED
M2;M;36;Small bowel mesentery;2+;S+T;11;AWD

In M2 the mass was unresectable at first and he received alectinib for six months before surgery.
Case M1 was cured by a single resection.
"""


def test_labelled_prose_patient_is_merged_into_its_table_row(tmp_path) -> None:
    p = tmp_path / "labelled_series.txt"
    p.write_text(SERIES)
    rows = process_path(p).rows
    assert sorted(r.case_id for r in rows) == ["case-1", "case-2"]  # no extra narrative row
    second = next(r for r in rows if r.case_id == "case-2")
    assert second.drugs == ["alectinib"] and second.age_years == 36


STAINS = """Three pelvic tumours from one referral centre

Results. Three adults were treated; the registry file is given as it was exported.

Data file D1
Code;Sex;Age (y);Site;ALK IHC;Tx;FU (mo);Status
P1;M;41;Pelvis;3+;S;22;NED
P2;F;58;Pelvis;2+;S;15;NED
P3;F;33;Pelvis;3+;S;9;AWD

Caldesmon was positive in P3 only; vimentin was diffusely positive in all three, and CD117 was negative in P1 and P2 (not done in P3).
"""


def test_stain_clauses_are_dealt_to_the_labelled_patients(tmp_path) -> None:
    p = tmp_path / "labelled_stains.txt"
    p.write_text(STAINS)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert sorted(rows) == ["case-1", "case-2", "case-3"]
    for k in ("case-1", "case-2"):
        assert "caldesmon" not in [m.lower() for m in rows[k].ihc_positive or []]  # P3's stain only
        assert "vimentin" in (rows[k].ihc_positive or [])  # "in all three": every one's
        assert "CD117" in (rows[k].ihc_negative or [])
    assert "CD117" not in (rows["case-3"].ihc_negative or [])  # "not done in P3"
    assert "vimentin" in (rows["case-3"].ihc_positive or [])


def test_stain_positive_in_one_labelled_patient_only_is_negative_in_the_others(tmp_path) -> None:
    p = tmp_path / "labelled_stains.txt"
    p.write_text(STAINS)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert "caldesmon" in (rows["case-3"].ihc_positive or [])
    for k in ("case-1", "case-2"):  # "positive in P3 only": the others' stain was negative
        assert "caldesmon" in (rows[k].ihc_negative or []) and not rows[k].ungrounded()


ONE_NAMED = """Mesenteric tumours in three adults: registry data

Methods. Three adults were treated at our centre between 2018 and 2022; their data follow.

Data file D3
Code;Sex;Age (y);Site;ALK IHC;Tx;FU (mo);Status
Q1;M;45;Mesentery;3+;S;30;NED
Q2;F;62;Mesentery;2+;S+T;14;AWD
Q3;F;27;Mesentery;3+;S;8;NED

In Q2 the mass recurred at the root of the mesentery, and ceritinib was started.
"""


def test_the_only_labelled_patient_the_prose_names_is_its_rows(tmp_path) -> None:
    p = tmp_path / "one_named.txt"
    p.write_text(ONE_NAMED)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert sorted(rows) == ["case-1", "case-2", "case-3"]  # no narrative row of its own
    assert rows["case-2"].drugs == ["ceritinib"] and rows["case-1"].drugs is None


SHEETS = """Renal and splenic myofibroblastic tumours: two data sheets

The data of both patients are given as entered in the form (one field per line).

=== Patient W ===
Sex ........................ female
Age ........................ 49 y
Organ ...................... spleen
ALK IHC .................... positive
Operation .................. splenectomy
Follow-up .................. 20 months
Status ..................... NED

=== Patient B ===
Sex ........................ male
Age ........................ 8 y
Organ ...................... kidney
ALK IHC .................... negative
Operation .................. partial nephrectomy
Follow-up .................. 16 months
Status ..................... NED

Comment. For patient W, oral ibuprofen had been taken for a month before referral without any change in size.
"""


def test_patient_named_by_its_data_sheet_label_is_that_sheets_row(tmp_path) -> None:
    p = tmp_path / "sheets.txt"
    p.write_text(SHEETS)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert sorted(rows) == ["1", "2"] or sorted(rows) == ["case-1", "case-2"]  # the sheets' order, one series
    first = rows.get("case-1") or rows["1"]
    assert first.site == "spleen" and first.age_years == 49
    assert all(r.case_id != "index" for r in rows.values())


_WRAPPED_SERIES = """Three invented renal myofibroblastic tumours: a made-up series
Case series
Case 1. A fictional 44-year-old woman had a radical nephrectomy; the tumour came back in the perirenal fat at 11 months
and she was alive with disease at 19 months. Case 2. A pretend 63-year-old man had a partial nephrectomy and is free of
disease at 40 months. Case 3. A made-up 29-year-old man had a radical nephrectomy; lung metastases appeared at 6 months
and he died of disease at 14 months after the operation.
Table 1 Clinical data of the three invented patients
Case Age (y) Site Size (cm) Surgery Relapse (mo) Status (mo)
1 44 Kidney 6.0 RN Perirenal fat (11) AWD (19)
2 63 Kidney 3.5 PN No NED (40)
3 29 Kidney, 8.2 RN + Lung, DOD (14)
upper pole LND bone (6)
RN radical nephrectomy, PN partial nephrectomy, LND lymph node dissection,
AWD alive with disease, NED no evidence of disease
Discussion
Tumours of this made-up kind are rare and are usually cured by excision when the margins are clear.
"""


def test_single_spaced_series_table_gives_relapse_and_no_follow_up_from_a_wrapped_cell(tmp_path) -> None:
    """A relapse cell naming where the tumour came back is a relapse; a row wrapped onto a second line whose words
    land in the status column ("upper pole LND bone (6)") gives no follow-up from them."""
    p = tmp_path / "wrapped_series.txt"
    p.write_text(_WRAPPED_SERIES, encoding="utf-8")
    rows = {r.case_id: r for r in process_path(p).rows}
    assert rows["case-1"].recurrence is True and rows["case-1"].follow_up_months == 19
    assert rows["case-2"].follow_up_months == 40
    assert rows["case-3"].follow_up_months in (None, 14)
