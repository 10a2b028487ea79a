"""A series table telling the outcome in two columns, the patient's vital status and the disease's ("Alive" |
"With disease"): read together they are one status. Reports are fictional."""

from __future__ import annotations

from eims_extract.pipeline.extract import process_path

SERIES = """Inflammatory myofibroblastic tumour of the peritoneum: three adults

Results
Table 1
Case | Age (y) | Sex | Site | Treatment | Follow-up (mo) | Vital status | Disease status
1 | 49 | F | Peritoneum | Cytoreduction | 26 | Alive | No evidence of disease
2 | 37 | M | Peritoneum | Cytoreduction and alectinib | 13 | Alive | With disease
3 | 68 | M | Peritoneum | Cytoreduction | 5 | Dead | With disease

Discussion
Peritoneal IMT may be multifocal.
"""


def test_vital_and_disease_status_columns_read_together_give_the_status(tmp_path) -> None:
    p = tmp_path / "two_status_columns.txt"
    p.write_text(SERIES)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert [rows[k].status for k in ("1", "2", "3")] == ["ANED", "AWD", "DOD"]
    assert [rows[k].follow_up_months for k in ("1", "2", "3")] == [26, 13, 5]
