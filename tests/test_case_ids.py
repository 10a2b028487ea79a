"""Issue 16 item 1: case ids are unique per document by construction, and a document that
cannot be stored fails alone (its reason stored) instead of crashing the run."""

import sqlite3

import pytest

from eims_extract.pipeline import runner
from eims_extract.pipeline.extract import process_path
from eims_extract.records import CaseRow
from eims_extract.store import Store

TABLE = """Case | Reference | Age/Sex | Site | Treatment | Follow-up (months) | Outcome
1 | {a} et al. [3] | 34/M | Mesentery | SE | 12 | ANED
2 | {b} et al. [4] | 51/F | Omentum | SE+Che | 8 | DOD
"""

TWO_TABLES = (
    "Epithelioid inflammatory myofibroblastic sarcoma: an invented review by site\n\n"
    "Abstract\nWe review the published cases of this imaginary tumour, split by location.\n\n"
    "Table 1. Abdominal cases reported in the literature\n"
    + TABLE.format(a="Alder", b="Birch")
    + "\nTable 2. Extra-abdominal cases reported in the literature\n"
    + TABLE.format(a="Dogwood", b="Elm").replace("Mesentery", "Lung").replace("Omentum", "Pleura")
    + "\nDiscussion\nThese invented cases show the tumour arises in many places.\n"
)
OWN_CASE = (
    "Case report\nA 47-year-old man presented with abdominal pain. A mesenteric mass was resected; "
    "the tumour cells were ALK positive. He was alive without disease after 10 months.\n"
)


@pytest.mark.parametrize(
    "name,text",
    [
        ("two_tables_numbered_from_one.txt", TWO_TABLES),
        ("same_report_pasted_twice.txt", OWN_CASE + "\n" + OWN_CASE),
        ("review_pasted_twice.txt", TWO_TABLES + "\n" + TWO_TABLES),
    ],
)
def test_case_ids_are_unique_within_a_document_and_it_is_stored(name, text, tmp_path, nlp):
    p = tmp_path / name
    p.write_text(text)
    res = process_path(p, nlp)
    assert res.status == "ok" and res.rows
    keys = [r.case_id for r in res.rows]
    assert len(keys) == len(set(keys)), keys
    n = runner.store_results(tmp_path / "s.sqlite", [res])
    assert n.failed == 0
    with Store(tmp_path / "s.sqlite") as s:
        assert s.counts()["rows"] == len(res.rows)


def test_a_later_table_numbered_from_one_is_scoped_as_a_whole(tmp_path, nlp):
    """Table 2 has more cases than Table 1: its case 3 is T2-3 like its cases 1 and 2, not '3'."""
    longer = TABLE.format(a="Dogwood", b="Elm") + "3 | Fir et al. [8] | 70/M | Pleura | SE | 2 | DOD\n"
    text = TWO_TABLES.replace(TABLE.format(a="Dogwood", b="Elm").replace("Mesentery", "Lung").replace("Omentum", "Pleura"), longer)
    p = tmp_path / "r.txt"
    p.write_text(text)
    res = process_path(p, nlp)
    by_ref = {r.reference: r.case_id for r in res.rows if r.source == "table"}
    assert by_ref == {"Alder et al.": "1", "Birch et al.": "2", "Dogwood et al.": "T2-1", "Elm et al.": "T2-2", "Fir et al.": "T2-3"}


def test_second_table_rows_keep_their_case_number_last():
    from eims_extract.pipeline.extract import unique_case_ids

    rows = [CaseRow("d", "1", "table"), CaseRow("d", "2", "table"), CaseRow("d", "1", "table"), CaseRow("d", "1", "table")]
    assert [r.case_id for r in unique_case_ids(rows)] == ["1", "2", "T2-1", "T3-1"]


def test_a_document_that_cannot_be_stored_fails_alone(tmp_path, nlp):
    """Rows that break the store (here: two rows with one case id, as before the fix) fail their
    document with the reason; the documents after it are still stored."""
    good = tmp_path / "good.txt"
    good.write_text(OWN_CASE)
    bad = tmp_path / "bad.txt"
    bad.write_text(OWN_CASE)
    r_bad, r_good = process_path(bad, nlp), process_path(good, nlp)
    r_bad.rows = [r_bad.rows[0], r_bad.rows[0]]  # a duplicate key the store refuses
    n = runner.store_results(tmp_path / "s.sqlite", [r_bad, r_good])
    assert n.processed == 2 and n.failed == 1
    (path, why), = n.failures
    assert path == str(bad) and why.startswith("could not be stored: IntegrityError") and "\n" not in why
    with Store(tmp_path / "s.sqlite") as s:
        assert s.document(str(bad)).status == "failed"
        assert s.document(str(good)).status == "ok" and s.counts()["rows"] == len(r_good.rows)


def test_store_refuses_duplicate_case_ids_itself(tmp_path):
    """The constraint stays: uniqueness is guaranteed upstream, the store still checks it."""
    from eims_extract.records import DocumentResult

    res = DocumentResult("d", "d.txt", "h", "ok", rows=[CaseRow("d", "1", "table"), CaseRow("d", "1", "table")])
    with Store(tmp_path / "s.sqlite") as s, pytest.raises(sqlite3.IntegrityError):
        s.save_result(res)
