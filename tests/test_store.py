import sqlite3

import pytest

from eims_extract import PIPELINE_VERSION
from eims_extract.records import CaseRow, DocumentResult, Evidence
from eims_extract.store import Store


def _result(path="a.txt", sha="h1", n=2, status="ok"):
    rows = []
    for i in range(n):
        r = CaseRow(doc_id="a", case_id=str(i + 1), source="table", age_years=30.0 + i)
        r.evidence["age_years"] = [Evidence("a", i, i + 3, f"row {i}", 1, "table")]
        rows.append(r)
    return DocumentResult("a", path, sha, status, rows=rows if status == "ok" else [], error=None if status == "ok" else "empty file")


def test_rerun_replaces_rows_instead_of_duplicating(tmp_path):
    with Store(tmp_path / "s.sqlite") as s:
        s.save_result(_result())
        s.save_result(_result())
        assert s.counts()["rows"] == 2 and s.counts()["evidence"] == 2


def test_rows_come_back_with_evidence(tmp_path):
    with Store(tmp_path / "s.sqlite") as s:
        s.save_result(_result())
        rows = s.rows()
    assert [r.case_id for r in rows] == ["1", "2"]
    assert rows[1].evidence["age_years"][0].sentence == "row 1"


def test_is_current_depends_on_hash_and_pipeline_version(tmp_path):
    with Store(tmp_path / "s.sqlite") as s:
        s.save_result(_result(sha="h1"))
        assert s.is_current("a.txt", "h1")
        assert not s.is_current("a.txt", "h2")
        assert not s.is_current("a.txt", "h1", version=PIPELINE_VERSION + "-next")


def test_failed_document_keeps_its_reason(tmp_path):
    with Store(tmp_path / "s.sqlite") as s:
        s.save_result(_result(status="failed"))
        d = s.document("a.txt")
    assert d.status == "failed" and d.error == "empty file" and d.n_rows == 0


def test_failure_mid_transaction_leaves_previous_rows_intact(tmp_path, monkeypatch):
    with Store(tmp_path / "s.sqlite") as s:
        s.save_result(_result(n=2))

        def boom(*a, **k):
            raise sqlite3.OperationalError("disk on fire")

        monkeypatch.setattr(Store, "_insert_row", staticmethod(boom))
        with pytest.raises(sqlite3.OperationalError):
            s.save_result(_result(n=3, sha="h2"))
        monkeypatch.undo()
        assert s.counts()["rows"] == 2
        assert s.document("a.txt").sha256 == "h1"


def test_document_text_is_kept_for_review_and_replaced_on_rerun(tmp_path):
    r = _result()
    r.text, r.sections, r.page_starts = "Case\nA 40-year-old man.", [{"kind": "case", "title": "Case", "start": 0, "end": 21}], [(0, 1)]
    with Store(tmp_path / "s.sqlite") as s:
        s.save_result(r)
        s.save_result(r)
        got = s.document_text("a.txt")
    assert got["text"].endswith("40-year-old man.") and got["sections"][0]["kind"] == "case"
    assert got["page_starts"] == [[0, 1]]


def _doc(doc_id: str, n: int = 2) -> DocumentResult:
    rows = []
    for i in range(n):
        r = CaseRow(doc_id=doc_id, case_id=str(i + 1), source="table", age_years=30.0 + i)
        r.evidence["age_years"] = [Evidence(doc_id, i, i + 3, f"{doc_id} row {i}", 1, "table")]
        rows.append(r)
    return DocumentResult(doc_id, f"{doc_id}.txt", "h-" + doc_id, "ok", rows=rows)


def test_rows_of_one_document_read_only_that_documents_evidence(tmp_path):
    with Store(tmp_path / "s.sqlite") as s:
        for d in ("a", "b", "c"):
            s.save_result(_doc(d))
        seen: list[str] = []
        s.conn.set_trace_callback(seen.append)
        rows = s.rows(doc_ids=["b"])
        s.conn.set_trace_callback(None)
    assert [r.evidence["age_years"][0].sentence for r in rows] == ["b row 0", "b row 1"]
    evidence_reads = [q for q in seen if "FROM evidence" in q]
    assert evidence_reads and all("WHERE row_id IN" in q for q in evidence_reads)


def test_store_over_a_borrowed_connection_reads_rows_documents_and_spans(tmp_path):
    with Store(tmp_path / "s.sqlite") as s:
        s.save_result(_doc("a"))
    conn = sqlite3.connect(str(tmp_path / "s.sqlite"))
    conn.row_factory = sqlite3.Row
    try:
        borrowed = Store.on(conn)
        assert borrowed.has_document("a") and not borrowed.has_document("zz")
        assert borrowed.document_row("a")["path"] == "a.txt"
        assert [(p, r.case_id) for p, r in borrowed.row_records("a")] == [("a.txt", "1"), ("a.txt", "2")]
        assert sorted(borrowed.evidence_spans("a.txt")) == [(0, 3), (1, 4)]
    finally:
        conn.close()


@pytest.mark.parametrize("module", ["review/curation.py", "review/app.py"])
def test_review_and_curation_leave_the_stores_tables_to_the_store(module):
    from pathlib import Path

    import eims_extract

    src = (Path(eims_extract.__file__).parent / module).read_text(encoding="utf-8")
    for table in ("documents", "document_texts", "case_rows", "evidence"):
        assert f"FROM {table}" not in src and f"JOIN {table}" not in src, table
