"""A case series that tabulates its own patients over several tables, or in columns the readers had not met: a marker
table with the patients as columns beside a clinical table, a molecular table of two named columns, a targeted-therapy
column whose cells carry doses, a pulmonary table's "Lobe" column, a spreadsheet export's snake_case header that states
its unit. Reports are fictional."""

from __future__ import annotations

import pytest

from eims_extract.pipeline.extract import process_path


def _rows(tmp_path, text: str) -> dict:
    p = tmp_path / "series.txt"
    p.write_text(text, encoding="utf-8")
    return {r.case_id.removeprefix("case-"): r for r in process_path(p).rows}


def test_marker_table_with_patients_as_columns_joins_the_clinical_table_by_number(tmp_path):
    rows = _rows(
        tmp_path,
        """Inflammatory myofibroblastic tumours of the mesentery in adults: two cases

Results
Table 1. Clinical data
Case | Age | Sex | Site | Operation | Follow-up (mo) | Status
1 | 36 | M | Mesentery | Resection | 15 | NED
2 | 64 | F | Mesentery | Resection | 40 | NED

Table 2. Immunostains
Marker | Case 1 | Case 2
ALK | + | -
Desmin | - | +
SMA | + | +

Discussion
Both patients remain well.
""",
    )
    assert sorted(rows) == ["1", "2"]  # no "T2-" rows of their own
    assert rows["1"].age_years == 36.0 and sorted(rows["1"].ihc_positive) == ["ALK", "SMA"]
    assert rows["2"].ihc_negative == ["ALK"] and sorted(rows["2"].ihc_positive) == ["SMA", "desmin"]


def test_tables_of_two_patient_groups_numbered_alike_stay_apart(tmp_path):
    rows = _rows(
        tmp_path,
        """Inflammatory myofibroblastic tumours inside and outside the abdomen: four patients

Table 1. Abdominal cases
Case | Age | Sex | Site | Treatment | Follow-up (months) | Status
1 | 30 | F | Omentum | Resection | 12 | NED
2 | 41 | M | Mesentery | Resection | 20 | NED

Table 2. Extra-abdominal cases
Case | Age | Sex | Site | Treatment | Follow-up (months) | Status
1 | 17 | M | Lung | Lobectomy | 33 | NED
2 | 55 | F | Thigh | Excision | 9 | AWD

Discussion
Sites varied widely.
""",
    )
    assert len(rows) == 4  # the second group keeps rows of its own: its traits are the first table's traits
    assert sorted(r.age_years for r in rows.values()) == [17.0, 30.0, 41.0, 55.0]


def test_molecular_table_of_two_named_columns_is_read_per_case(tmp_path):
    rows = _rows(
        tmp_path,
        """Fusion-driven inflammatory myofibroblastic tumours in children: two patients

Table 1. Clinical features
Case | Age (years) | Sex | Site | Treatment | Follow-up (months) | Status
1 | 5 | Girl | Lung | Lobectomy | 26 | NED
2 | 10 | Boy | Pelvis | Resection, crizotinib | 14 | AWD

Table 2. Molecular results
Case | ALK IHC | Fusion (method)
1 | Negative | ETV6-NTRK3 (RNA sequencing)
2 | Positive | EML4-ALK (RNA sequencing)

Discussion
Sequencing found a fusion in both.
""",
    )
    assert rows["2"].alk_fusion_partner == "EML4" and "IHC+" in rows["2"].alk_tests
    assert rows["1"].kinase_fusions == ["ETV6::NTRK3"] and rows["1"].ihc_negative == ["ALK"]


def test_targeted_therapy_column_with_doses_gives_the_drug(tmp_path):
    rows = _rows(
        tmp_path,
        """Unresectable inflammatory myofibroblastic tumour treated with ALK inhibitors: two adults

Table 1. Patients
Case | Age/Sex | Site | Targeted therapy | Follow-up (mo) | Status
1 | 48/F | Pelvis | Lorlatinib 100 mg once daily (ongoing) | 23 | AWD
2 | 33/M | Mesentery | Brigatinib 180 mg daily for 9 mo | 15 | NED

Discussion
Both tumours shrank.
""",
    )
    assert rows["1"].drugs == ["lorlatinib"] and rows["1"].treatment == "ALKi"
    assert rows["2"].drugs == ["brigatinib"]


def test_lobe_column_of_a_pulmonary_series_is_the_site(tmp_path):
    rows = _rows(
        tmp_path,
        """Pulmonary inflammatory myofibroblastic tumour in young adults: two cases

Table 1. Summary
Case | Age (years) | Sex | Lobe | Operation | Follow-up (months) | Status
1 | 24 | Female | Right lower lobe | Lobectomy | 18 | NED
2 | 29 | Male | Left upper lobe | Wedge resection | 7 | NED

Discussion
Both lesions were peripheral.
""",
    )
    assert rows["1"].site == "lung" and rows["2"].site == "lung"


def test_snake_case_export_header_states_the_follow_up_unit(tmp_path):
    rows = _rows(
        tmp_path,
        """Inflammatory myofibroblastic tumours of the larynx: supplementary data

Supplementary Table S2. Per-patient data
case,age,sex,site,treatment,follow_up_years,status
1,50,M,larynx,endoscopic excision,2,NED
2,27,F,larynx,laser excision,3,NED

Discussion
See the main text.
""",
    )
    assert rows["1"].follow_up_months == 24.0 and rows["2"].follow_up_months == 36.0


def test_patient_column_printing_sex_and_age_gives_both(tmp_path):
    rows = _rows(
        tmp_path,
        """Inflammatory myofibroblastic tumours of the pleura: two adults

Table 1. Summary
Case | Patient | Location | Management | Outcome
1 | M, 63 y | Right pleura | Pleurectomy | NED at 12 months
2 | F, 27 y | Left pleura | Resection | NED at 30 months

Discussion
Pleural IMT is uncommon.
""",
    )
    assert (rows["1"].sex, rows["1"].age_years) == ("male", 63.0)
    assert (rows["2"].sex, rows["2"].age_years) == ("female", 27.0)


def test_resection_column_is_the_treatment(tmp_path):
    rows = _rows(
        tmp_path,
        """Inflammatory myofibroblastic tumours of the spleen: two cases

Table 1. Pathology and outcome
Case | Age | Sex | Site | Size (cm) | Resection | FU (mo) | Status
1 | 44 | F | Spleen | 5.0 | Splenectomy | 19 | NED
2 | 68 | M | Spleen | 8.5 | Laparoscopic splenectomy | 6 | NED

Discussion
Both spleens were removed.
""",
    )
    assert rows["1"].treatment == "SE" and rows["2"].treatment == "SE"


_LATER_NOTE = """Inflammatory myofibroblastic tumours of the omentum in adults: two cases

Results
Table 1. Clinical data
Case | Age | Sex | Site | Operation | Follow-up (mo) | Status
1 | 36 | M | Omentum | Resection | 15 | NED
2 | 64 | F | Omentum | Resection | 20 | NED

Case 1. A 36-year-old man had an omental mass that was resected.

Case 2. A 64-year-old woman had an omental mass found on imaging, and it was resected.

Discussion
Omental examples are uncommon.

{note}
"""


def test_second_table_listing_the_patients_in_another_order_joins_by_number(tmp_path):
    rows = _rows(
        tmp_path,
        """Inflammatory myofibroblastic tumours of the spleen: three adults

Results
Table 1. Clinical data
Case | Age (years) | Sex | Site | Treatment
1 | 47 | M | Spleen | Splenectomy
2 | 29 | F | Splenic hilum | Splenectomy
3 | 62 | F | Spleen | Splenectomy

Table 2. Course, longest follow-up first
Case | Follow-up (months) | Status
2 | 55 | NED
3 | 31 | AWD
1 | 12 | NED

Discussion
Splenic IMT is rare.
""",
    )
    assert sorted(rows) == ["1", "2", "3"]  # no "T2-" rows of their own
    assert (rows["1"].age_years, rows["1"].follow_up_months, rows["1"].status) == (47, 12, "ANED")
    assert (rows["2"].age_years, rows["2"].follow_up_months) == (29, 55)
    assert (rows["3"].sex, rows["3"].follow_up_months, rows["3"].status) == ("female", 31, "AWD")


def test_note_added_in_proof_gives_the_later_follow_up_over_the_table(tmp_path):
    rows = _rows(tmp_path, _LATER_NOTE.format(note="Note added in proof: Case 2 was seen again in May; she has now been followed for 27 months without recurrence."))
    assert (rows["1"].follow_up_months, rows["2"].follow_up_months) == (15.0, 27.0)


@pytest.mark.parametrize(
    "note",
    [
        "For Case 2, Table 1 gives her follow-up as 20 months; she has since reached 27 months without recurrence.",
        "At the last visit before submission, Case 2 had been followed for 27 months without recurrence.",
        "By the time of revision, Case 2 had reached 27 months of follow-up without recurrence.",
    ],
)
def test_follow_up_dated_after_the_table_gives_the_later_follow_up(tmp_path, note):
    rows = _rows(tmp_path, _LATER_NOTE.format(note=note))
    assert (rows["1"].follow_up_months, rows["2"].follow_up_months) == (15.0, 27.0)


def test_follow_up_told_in_the_prose_without_a_later_note_leaves_the_table_s(tmp_path):
    rows = _rows(tmp_path, _LATER_NOTE.format(note="Case 2 has been followed for 27 months without recurrence."))
    assert rows["2"].follow_up_months == 20.0
