"""The review page and its decisions store against a hostile or careless client (issue 16 item 4)."""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from eims_extract.review import curation as cur
from eims_extract.cli import main
from eims_extract.review import create_app
from eims_extract.review.demo import write_demo_store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return write_demo_store(tmp_path / "results.sqlite")


@pytest.fixture
def client(db):
    c = create_app(db).test_client()
    c.set_cookie("curator", "Ann")
    return c


def alpha(field="sex", action="accept", value=None, **extra):
    return {"doc_id": "demo-alpha", "case_id": "current", "field": field, "action": action, "value": value, **extra}


def stored(db: Path) -> list[cur.Decision]:
    with closing(cur.connect(db)) as conn:
        return cur.decisions(conn)


# -- Host header (DNS rebinding) -------------------------------------------------------
@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "127.0.0.1.evil.example:8765", "10.0.0.7:8765"])
def test_rebound_host_name_is_refused_for_reads_and_writes(client, db, host):
    assert client.get("/api/docs", headers={"Host": host}).status_code == 421
    r = client.post("/api/decision", json=alpha(), headers={"Host": host})
    assert r.status_code == 421 and "Host" in r.json["error"]
    assert stored(db) == []


@pytest.mark.parametrize("host", ["localhost", "localhost:8765", "127.0.0.1:8765", "[::1]:8765"])
def test_loopback_host_names_are_served(client, host):
    assert client.get("/api/docs", headers={"Host": host}).status_code == 200


def test_a_named_host_is_served_only_when_allowed(db):
    c = create_app(db, token="t0ken", bind="0.0.0.0", extra_hosts=("review.lab",)).test_client()
    hdr = {"X-Review-Token": "t0ken"}
    assert c.get("/api/docs", headers={**hdr, "Host": "review.lab:8765"}).status_code == 200
    assert c.get("/api/docs", headers={**hdr, "Host": "evil.example"}).status_code == 421


# -- sizes -----------------------------------------------------------------------------------
def test_oversized_body_is_413_with_one_line_reason(client, db):
    r = client.post("/api/decision", json=alpha("*", "note", note="x" * 200_000))
    assert r.status_code == 413 and "\n" not in r.json["error"] and "KiB" in r.json["error"]
    assert stored(db) == []


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (alpha("*", "note", note="n" * 5_000), "note: longer than 2000"),
        (alpha("site", "correct", "s" * 5_000), "site: longer than 300"),
        (alpha("age_text", "correct", "a" * 301), "age_text: longer than 300"),
        (alpha("ihc_positive", "correct", ["desmin"] * 60), "more than 50 items"),
        (alpha("ihc_positive", "correct", ["m" * 400]), "longer than 300"),
        ({**alpha(), "case_id": "c" * 500}, "case_id: longer than 200"),
        ({**alpha(), "curator": "k" * 500}, "longer than 80"),
    ],
)
def test_every_free_text_field_is_length_limited(client, db, body, reason):
    r = client.post("/api/decision", json=body)
    assert r.status_code == 400 and reason in r.json["error"]
    assert stored(db) == []


def test_resolution_note_is_length_limited(client, db):
    body = {"doc_id": "demo-alpha", "case_id": "current", "field": "sex", "value": "male", "note": "n" * 3000}
    r = client.post("/api/resolve", json=body)
    assert r.status_code == 400 and "longer than 2000" in r.json["error"]


# -- types ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        {**alpha(), "case_id": ["current"]},
        {**alpha(), "case_id": {"$ne": 1}},
        {**alpha(), "doc_id": ["demo-alpha"]},
        {**alpha(), "field": ["sex"]},
        {**alpha(), "action": 1},
        {**alpha(), "curator": ["Ann"]},
        alpha("*", "note", note=["x"]),
        alpha("sex", "correct", {"v": "male"}),
        alpha("sex", "correct", ["male"]),
        alpha("drugs", "correct", [{"x": 1}]),
        alpha("drugs", "correct", [None]),
    ],
)
def test_wrongly_typed_fields_are_400_not_500(client, db, body):
    r = client.post("/api/decision", json=body)
    assert r.status_code == 400 and r.json["error"]
    assert stored(db) == []


@pytest.mark.parametrize("raw", ["[1, 2]", '"text"', "3", "null", "{not json"])
def test_a_body_that_is_not_a_json_object_is_400(client, raw):
    r = client.post("/api/decision", data=raw, content_type="application/json")
    assert r.status_code == 400 and r.json["error"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"case_id": "ghost", "field": "sex", "value": "male"}, "unknown row"),
        ({"case_id": ["current"], "field": "sex", "value": "male"}, "case_id: expected text"),
        ({"case_id": "current", "field": "no_such", "value": "x"}, "unknown field"),
        ({"case_id": "ghost", "field": "_row", "value": "kept"}, "unknown row"),
    ],
)
def test_resolution_for_a_row_or_field_that_does_not_exist_is_refused(client, db, body, reason):
    r = client.post("/api/resolve", json={"doc_id": "demo-alpha", "resolver": "Cy", **body})
    assert r.status_code == 400 and reason in r.json["error"]
    with closing(cur.connect(db)) as conn:
        assert cur.resolutions(conn) == []


# -- formula injection ------------------------------------------------------------------------------
FORMULAS = ['=HYPERLINK("http://x.example","click")', "+1+1", "-2+3", "@SUM(A1)"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_curated_csv_and_xlsx_never_start_a_cell_with_a_formula(db, tmp_path, formula):
    cur.record_decision(db, doc_id="demo-alpha", case_id="current", field="site", action="correct",
                        curator="Ann", value=formula, note=formula, keep_unknown=True)  # fmt: skip
    cur.record_decision(db, doc_id="demo-alpha", case_id="current", field="*", action="note", curator="Ann",
                        note=formula)  # fmt: skip
    p = cur.export_curated(db, tmp_path / "c.csv")
    with p.open(encoding="utf-8") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "'" + formula.lower() in cells  # kept, readable, inert

    from openpyxl import load_workbook

    wb = load_workbook(cur.export_curated(db, tmp_path / "c.xlsx"))
    xcells = [c for ws in wb for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in xcells if c.data_type == "f"]
    assert not [c.value for c in xcells if isinstance(c.value, str) and c.value[:1] in ("=", "+", "-", "@")]


def test_machine_rows_csv_neutralises_formulas(tmp_path):
    from eims_extract.records import CaseRow
    from eims_extract.writers import write_rows

    p = write_rows([CaseRow(doc_id="d", case_id="1", source="table", site="=cmd|' /C calc'!A0", age_years=-1.0)],
                   tmp_path / "rows.csv")  # fmt: skip
    rec = next(csv.DictReader(p.open(encoding="utf-8")))
    assert rec["site"] == "'=cmd|' /C calc'!A0" and rec["age_years"] == "-1.0"  # numbers stay numbers


# -- append-only and tamper evidence --------------------------------------------------------------
def test_insert_or_replace_cannot_overwrite_a_decision(db):
    d = cur.record_decision(db, doc_id="demo-alpha", case_id="current", field="sex", action="accept", curator="Ann")
    with closing(cur.connect(db)) as conn:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(
                "INSERT OR REPLACE INTO decisions (id, doc_id, case_id, field, curator, action, value, machine_value, "
                "note, created_at, prev_hash, hash) SELECT id, doc_id, case_id, field, 'Mallory', 'reject', value, "
                "machine_value, note, created_at, prev_hash, hash FROM decisions WHERE id = ?",
                (d.id,),
            )
        with pytest.raises(sqlite3.DatabaseError, match="hash chain"):
            conn.execute(
                "INSERT INTO decisions (doc_id, case_id, field, curator, action, machine_value, created_at) "
                "VALUES ('demo-alpha', 'current', 'sex', 'Mallory', 'reject', 'null', 'now')"
            )
    assert [(x.curator, x.action) for x in stored(db)] == [("Ann", "accept")]


def _tamper(db: Path, sql: str) -> None:
    """What someone with the file and sqlite3 can do: drop the guards, change history."""
    with closing(sqlite3.connect(db)) as conn:
        for t in ("u", "d", "i"):
            conn.execute(f"DROP TRIGGER IF EXISTS decisions_append_only_{t}")
        conn.execute("DROP TRIGGER IF EXISTS decisions_chain_i")
        conn.execute(sql)
        conn.commit()


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("UPDATE decisions SET action = 'reject' WHERE id = 2", "decisions 2: content does not match"),
        ("DELETE FROM decisions WHERE id = 2", "decisions 3: does not follow"),
        ("UPDATE decisions SET curator = 'Bo', hash = 'x' WHERE id = 1", "decisions 1: content"),
    ],
)
def test_verify_detects_an_edited_or_deleted_decision(db, capsys, sql, problem):
    for f in ("sex", "age_years", "site"):
        cur.record_decision(db, doc_id="demo-alpha", case_id="current", field=f, action="accept", curator="Ann")
    assert main(["review", "--db", str(db), "--verify"]) == 0
    assert "audit trail intact: 3 decisions" in capsys.readouterr().out
    _tamper(db, sql)
    assert main(["review", "--db", str(db), "--verify"]) == 1
    err = capsys.readouterr().err
    assert problem in err


def test_store_from_before_the_chain_is_hashed_once_and_verifies(tmp_path):
    db = write_demo_store(tmp_path / "old.sqlite")
    with closing(sqlite3.connect(db)) as conn:  # the schema as it was: no hash columns
        conn.executescript(
            "CREATE TABLE decisions (id INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL, case_id TEXT NOT NULL,"
            " field TEXT NOT NULL, curator TEXT NOT NULL, action TEXT NOT NULL, value TEXT, machine_value TEXT, "
            "note TEXT, created_at TEXT NOT NULL);"
            "INSERT INTO decisions (doc_id, case_id, field, curator, action, machine_value, created_at) "
            "VALUES ('demo-alpha', 'current', 'sex', 'Ann', 'accept', '\"male\"', '2026-01-01T00:00:00.000000Z');"
        )
        conn.commit()
    cur.record_decision(db, doc_id="demo-alpha", case_id="current", field="age_years", action="accept", curator="Bo")
    rep = cur.verify_chain(db)
    assert rep.ok and rep.counts["decisions"] == 2


def test_audit_page_says_whether_the_chain_is_intact(client, db):
    client.post("/api/decision", json=alpha("sex", "accept"))
    client.post("/api/decision", json=alpha("age_years", "accept"))
    assert client.get("/api/audit/demo-alpha").json["chain"]["ok"] is True
    assert 'id="chain-ok"' in client.get("/doc/demo-alpha/audit").get_data(as_text=True)
    _tamper(db, "UPDATE decisions SET curator = 'Mallory' WHERE id = 1")
    page = client.get("/doc/demo-alpha/audit").get_data(as_text=True)
    assert 'id="chain-broken"' in page and "decisions 1: content does not match" in page

