"""A series told as one block of labelled lines per patient under a plain heading ("Patient 2", then "Age/sex: 58/F",
"Site: ...", "Follow-up: ..."): each block is that patient's data sheet. Reports are fictional."""

from __future__ import annotations

from eims_extract.pipeline.extract import process_path

BLOCKS = """Inflammatory myofibroblastic tumour of the parotid gland: three adults

Case summaries

Patient 1
Age/sex: 29/M
Site: Right parotid gland
Treatment: Superficial parotidectomy
Follow-up: 16 months, no evidence of disease

Patient 2
Age/sex: 61/F
Site: Left parotid gland
Treatment: Total parotidectomy
Follow-up: 40 months, no evidence of disease

Patient 3
Age/sex: 44/M
Site: Right parotid gland
Treatment: Superficial parotidectomy
Follow-up: 12 months, local recurrence, alive with disease

Discussion
Parotid IMT is rare.
"""


def test_labelled_lines_under_a_plain_patient_heading_are_that_patients_sheet(tmp_path) -> None:
    p = tmp_path / "blocks.txt"
    p.write_text(BLOCKS)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert sorted(rows) == ["1", "2", "3"]
    assert [(rows[k].age_years, rows[k].sex) for k in ("1", "2", "3")] == [(29, "male"), (61, "female"), (44, "male")]
    assert [rows[k].treatment for k in ("1", "2", "3")] == ["SE", "SE", "SE"]
    assert [rows[k].follow_up_months for k in ("1", "2", "3")] == [16, 40, 12]
    assert [rows[k].status for k in ("1", "2", "3")] == ["ANED", "ANED", "AWD"]




def test_a_field_no_column_names_keeps_the_block_in_the_prose(tmp_path) -> None:
    text = BLOCKS.replace("Patient 1\nAge/sex: 29/M", "Patient 1\nHistory: given crizotinib for eight months\nAge/sex: 29/M")
    assert text != BLOCKS
    p = tmp_path / "blocks_history.txt"
    p.write_text(text)
    rows = process_path(p).rows
    assert any(r.drugs == ["crizotinib"] for r in rows)  # the history line is still read


def test_a_plain_patient_heading_is_a_sheet_heading_only_when_asked() -> None:
    from eims_extract.ingest.tables import sheet_heading

    assert sheet_heading("Patient 7", plain=True) == "Patient 7"
    assert sheet_heading("Case 3:", plain=True) == "Case 3"
    assert sheet_heading("Patient 7") is None
    assert sheet_heading("The patient was 7", plain=True) is None
