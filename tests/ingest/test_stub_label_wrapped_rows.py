"""A space-aligned table (pdftotext -layout) whose header leaves the first column blank over row labels ("Case 1"),
a cell of a row wrapped onto the next line under its column ("Upper" over "lobe"). Reports are fictional."""

from __future__ import annotations

from eims_extract.pipeline.extract import process_path

SERIES = """Inflammatory myofibroblastic tumour of the bronchus: three patients

RESULTS
Table 1  Clinical data
                Age    Sex      Location          Operation               FU       Status
Case 1          12     Female   Right main        Sleeve resection        30 mo    NED
                                bronchus
Case 2          57     Male     Left lower        Lobectomy               18 mo    NED
                                lobe bronchus
Case 3          33     Male     Right upper       Bronchoscopic           9 mo     AWD
                                lobe bronchus     resection

DISCUSSION
Endobronchial IMT can be removed through the bronchoscope.
"""


def test_labelled_rows_with_a_wrapped_cell_under_a_blank_stub_header(tmp_path) -> None:
    p = tmp_path / "stub_wrapped.txt"
    p.write_text(SERIES)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert sorted(rows) == ["1", "2", "3"]
    assert [(rows[k].age_years, rows[k].sex) for k in ("1", "2", "3")] == [(12, "female"), (57, "male"), (33, "male")]
    assert [rows[k].follow_up_months for k in ("1", "2", "3")] == [30, 18, 9]
    assert [rows[k].status for k in ("1", "2", "3")] == ["ANED", "ANED", "AWD"]
