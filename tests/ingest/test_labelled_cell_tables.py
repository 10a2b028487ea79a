"""A web table narrowed for a phone is copied with each cell carrying its column's name ("Age: 36 | Sex: Female"):
the names are the header, the values the cells. Reports are fictional."""

from __future__ import annotations

from eims_extract.pipeline.extract import process_path

SERIES = """Inflammatory myofibroblastic tumour of the small bowel: three adults

Results
Table 1 Our patients
Patient 1 | Age: 27 | Sex: Male | Site: Jejunum | Treatment: Segmental resection | Follow-up: 19 months | Status: NED
Patient 2 | Age: 64 | Sex: Female | Site: Ileum | Treatment: Resection and crizotinib | Follow-up: 9 months | Status: AWD
Patient 3 | Age: 45 | Sex: Male | Site: Jejunum | Treatment: Segmental resection | Follow-up: 31 months | Status: NED

Discussion
Small-bowel IMT may present with intussusception.
"""


def test_cells_carrying_their_column_name_are_read_as_a_table(tmp_path) -> None:
    p = tmp_path / "labelled_cells.txt"
    p.write_text(SERIES)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert sorted(rows) == ["1", "2", "3"]
    assert [(rows[k].age_years, rows[k].sex) for k in ("1", "2", "3")] == [(27, "male"), (64, "female"), (45, "male")]
    assert [rows[k].follow_up_months for k in ("1", "2", "3")] == [19, 9, 31]
    assert [rows[k].status for k in ("1", "2", "3")] == ["ANED", "AWD", "ANED"]
    assert rows["2"].drugs == ["crizotinib"]


MIXED = """Inflammatory myofibroblastic tumour of the lung: two children

Results
Table 1
Case | Age: 6 | Sex: Girl | Site: Lung
Case | Weight: 20 kg | Sex: Boy | Site: Lung

Discussion
Both were well.
"""


def test_rows_naming_different_columns_are_no_labelled_table(tmp_path) -> None:
    p = tmp_path / "mixed_labels.txt"
    p.write_text(MIXED)
    rows = process_path(p).rows
    assert not any(r.age_years == 20 for r in rows)  # a weight is never read as an age
