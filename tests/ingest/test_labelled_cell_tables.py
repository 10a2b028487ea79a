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


# a tumour board's summaries: one record per patient opening on its label, its name–value cells wrapped over as many
# lines as it needs, each record naming what was done for that patient only
WRAPPED_RECORDS = """Inflammatory myofibroblastic tumour of the pelvis: three invented patients

Results
Box 1. Summaries kept by the fictional tumour board

Case 1 | Age/sex: 33/F | Site: broad ligament | ALK IHC: positive (diffuse) | Ki-67: 4% | Tx:
hysterectomy | F/U: 14 mo, NED

Case 2 | Age/sex: 58/M | Site: pelvic side wall | ALK IHC: negative | ROS1 IHC: + (strong)
| FISH ALK: no split | Tx: excision, then entrectinib | Best response: PR | F/U: 20 mo, AWD

Case 3 | Age/sex: 7/F | Site: pelvic floor | ALK IHC: + (weak,
focal) | Ki-67: 11% | Tx: excision | F/U: 6 mo, NED

Discussion
Pelvic IMT is rare.
"""


def test_wrapped_records_of_name_value_cells_each_give_their_patient(tmp_path) -> None:
    """Records wrapped over several lines, each naming different things: each record is its patient's row, each
    value under its own name."""
    p = tmp_path / "wrapped_records.txt"
    p.write_text(WRAPPED_RECORDS)
    rows = {r.case_id.removeprefix("case-"): r for r in process_path(p).rows}
    assert sorted(rows) == ["1", "2", "3"]
    one, two, three = rows["1"], rows["2"], rows["3"]
    assert [(r.age_years, r.sex) for r in (one, two, three)] == [(33, "female"), (58, "male"), (7, "female")]
    assert [r.follow_up_months for r in (one, two, three)] == [14, 20, 6]
    assert (one.status, two.status, three.status) == ("ANED", "AWD", "ANED")
    assert "ALK" in one.ihc_positive and "ALK" in two.ihc_negative and "ALK" in three.ihc_positive
    assert (one.ki67_percent, three.ki67_percent) == (4, 11)
    assert two.drugs == ["entrectinib"] and two.response == "PR" and "FISH-" in two.alk_tests


UNNAMED_RECORDS = """Inflammatory myofibroblastic tumour: two invented patients

Results
Case 1 | 33/F | broad ligament | positive | 14 mo
Case 2 | 58/M | pelvic side wall | negative | 20 mo

Discussion
Both were treated at a fictional hospital.
"""


def test_records_whose_cells_carry_no_names_are_no_keyed_records() -> None:
    """Negative: bars without names before the values are no name–value records (nothing to say which is which)."""
    from eims_extract.ingest.text import read_text

    doc = read_text(UNNAMED_RECORDS.encode(), "unnamed", "unnamed.txt")
    assert all("Age/sex" not in t.header_texts() for t in doc.tables)


def test_running_head_between_keyed_records_is_no_part_of_a_record() -> None:
    """A page's running head set in columns, printed between two records at a page break: skipped, the record
    after it keeps its own cells."""
    from eims_extract.ingest.model import Document
    from eims_extract.ingest.tables import _keyed_records

    lines = [
        "Case 1 | Age/sex: 33/F | Site: broad ligament | ALK IHC: positive | Tx: hysterectomy | F/U: 14 mo, NED",
        "Invented Journal of Pelvic Tumours 2031; 4(2)                                        117",
        "Case 2 | Age/sex: 7/F | Site: pelvic floor | ALK IHC: + (weak,",
        "focal) | Tx: excision | F/U: 6 mo, NED",
    ]
    text = "\n".join(lines)
    body, at = [], 0
    for line in lines:
        body.append((line, at))
        at += len(line) + 1
    got = _keyed_records(Document(doc_id="k", path="k.txt", kind="text", text=text), body)
    assert got is not None
    header, rows = got
    assert [c.text for c in header] == ["Case", "Age/sex", "Site", "ALK IHC", "Tx", "F/U"]
    assert [c.text for c in rows[1]] == ["Case 2", "7/F", "pelvic floor", "+ (weak, focal)", "excision", "6 mo, NED"]
    assert text[rows[1][3].start : rows[1][3].end] == "+ (weak,\nfocal)"
