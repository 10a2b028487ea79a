"""Curator decisions over machine rows, and the curated rows they produce.

Decisions live in the results SQLite file beside the machine tables but in
tables of their own that re-extraction never touches. They are keyed by the
row's stable identity (``doc_id``, ``case_id``) and a field name, not by the
store's row ids, which change on every re-extraction. Every decision keeps a
snapshot of the machine value the curator saw, so a later extraction that
changes the value is flagged rather than silently trusted. Decisions and
consensus resolutions are append-only (enforced by triggers): the latest one
wins, and the audit trail is simply every row of the table.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import normalize as nz
from ..errors import CurationError
from ..fields.registry import spec
from ..pipeline.papers import mark_rows, store_marks
from ..records import VALUE_FIELDS, CaseRow
from ..store import Store
from ..writers import FLAT_COLUMNS, safe_cell

#: Pseudo-field of row-level decisions (accept_row, reject_row, add_row, row notes).
ROW = "*"
#: Pseudo-field of consensus about whether a row exists at all.
ROW_PRESENCE = "_row"
FIELD_ACTIONS: frozenset[str] = frozenset({"accept", "correct", "reject", "note"})
ROW_ACTIONS: frozenset[str] = frozenset({"add_row", "accept_row", "reject_row", "note"})
ACTIONS: tuple[str, ...] = ("accept", "correct", "reject", "note", "add_row", "accept_row", "reject_row")
STATUS_NAMES: tuple[str, ...] = ("unreviewed", "accepted", "corrected", "rejected")

CURATION_TABLES = f"""
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL,
    case_id TEXT NOT NULL,
    field TEXT NOT NULL,
    curator TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ({", ".join(repr(a) for a in ACTIONS)})),
    value TEXT,
    machine_value TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    prev_hash TEXT,
    hash TEXT
);
CREATE INDEX IF NOT EXISTS decisions_key ON decisions(doc_id, case_id, field);
CREATE TABLE IF NOT EXISTS resolutions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL,
    case_id TEXT NOT NULL,
    field TEXT NOT NULL,
    resolver TEXT NOT NULL,
    value TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    prev_hash TEXT,
    hash TEXT
);
CREATE INDEX IF NOT EXISTS resolutions_key ON resolutions(doc_id, case_id, field);
"""


def _append_only_triggers(table: str) -> str:
    """UPDATE/DELETE refused; an INSERT must not reuse an id (``INSERT OR REPLACE`` deletes
    the old row without firing DELETE triggers) and must extend the hash chain."""
    return f"""
CREATE TRIGGER IF NOT EXISTS {table}_append_only_u BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} are append-only'); END;
CREATE TRIGGER IF NOT EXISTS {table}_append_only_d BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} are append-only'); END;
CREATE TRIGGER IF NOT EXISTS {table}_append_only_i BEFORE INSERT ON {table}
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM {table} WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, '{table} are append-only: that id is taken'); END;
CREATE TRIGGER IF NOT EXISTS {table}_chain_i BEFORE INSERT ON {table}
WHEN NEW.hash IS NULL OR NEW.prev_hash IS NOT (SELECT hash FROM {table} ORDER BY id DESC LIMIT 1)
BEGIN SELECT RAISE(ABORT, '{table} are append-only: the new entry does not extend the hash chain'); END;
"""


CURATION_SCHEMA = CURATION_TABLES + _append_only_triggers("decisions") + _append_only_triggers("resolutions")




class NotInVocabulary(CurationError):
    """A well-formed value the vocabulary does not know: refused unless the curator says
    "keep anyway" (``keep_unknown``), which the decision's note then records."""

    def __init__(self, name: str, items: Sequence[str], vocab: str) -> None:
        self.field, self.items, self.vocab = name, list(items), vocab
        super().__init__(
            f"{name}: {', '.join(map(repr, items))} not in the vocabulary (vocab/{vocab}.jsonl); "
            "keep anyway if it is right"
        )


def _unknown(name: str, item: str, kept: list[str] | None) -> None:
    """Note ``item`` as outside the vocabulary, or refuse it when the curator did not say keep."""
    if kept is None:
        raise NotInVocabulary(name, [item], spec(name).vocab or "")
    if item not in kept:
        kept.append(item)


# -- connection ---------------------------------------------------------------
_READY: set[str] = set()

def connect(db: str | Path) -> sqlite3.Connection:
    """A connection of its own (one per thread/request) with both schemas in place."""
    p = Path(db)
    if str(p.resolve()) not in _READY or not p.exists():
        Store(p).close()  # the store's own tables, created the store's way
        _READY.add(str(p.resolve()))
    conn = sqlite3.connect(str(p), timeout=30, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    conn.executescript(CURATION_TABLES)
    for table in _HASHED:
        _migrate_chain(conn, table)
    conn.executescript(CURATION_SCHEMA)
    return conn


# -- tamper-evident audit trail -------------------------------------------------
#: The columns each entry's hash covers, in order (as stored, so verification is exact).
_HASHED: dict[str, tuple[str, ...]] = {
    "decisions": ("doc_id", "case_id", "field", "curator", "action", "value", "machine_value", "note", "created_at"),
    "resolutions": ("doc_id", "case_id", "field", "resolver", "value", "note", "created_at"),
}


def entry_hash(prev_hash: str | None, cols: Sequence[Any]) -> str:
    """SHA-256 over the previous entry's hash and this entry's stored columns: editing,
    deleting or reordering any entry breaks every later link."""
    payload = json.dumps([prev_hash, *cols], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _chain_tail(conn: sqlite3.Connection, table: str) -> str | None:
    r = conn.execute(f"SELECT hash FROM {table} ORDER BY id DESC LIMIT 1").fetchone()  # noqa: S608 (fixed names)
    return r[0] if r else None


def _migrate_chain(conn: sqlite3.Connection, table: str) -> None:
    """Stores from before the chain: add the columns and hash the existing entries once, in order."""
    cols = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    if "hash" in cols:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        if "hash" in {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}:  # another connection did it
            conn.execute("COMMIT")
            return
        conn.execute(f"ALTER TABLE {table} ADD COLUMN prev_hash TEXT")
        conn.execute(f"ALTER TABLE {table} ADD COLUMN hash TEXT")
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_append_only_u")
        prev = None
        for r in conn.execute(f"SELECT id, {', '.join(_HASHED[table])} FROM {table} ORDER BY id").fetchall():
            h = entry_hash(prev, list(r)[1:])
            conn.execute(f"UPDATE {table} SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, r[0]))
            prev = h
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _insert_chained(conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> int:
    """Append one entry linked to the current tail (the caller holds the write lock)."""
    cols = _HASHED[table]
    prev = _chain_tail(conn, table)
    h = entry_hash(prev, [values[c] for c in cols])
    names = ", ".join((*cols, "prev_hash", "hash"))
    marks = ", ".join("?" * (len(cols) + 2))
    cur = conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", [values[c] for c in cols] + [prev, h])
    return int(cur.lastrowid or 0)


@dataclass(frozen=True)
class ChainReport:
    """What ``verify_chain`` found: entry counts, each table's head hash and every broken link."""

    counts: dict[str, int]
    heads: dict[str, str | None]
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(db: str | Path | sqlite3.Connection) -> ChainReport:
    """Recompute every entry's hash in id order; report edits, deletions, insertions and reorderings."""
    counts: dict[str, int] = {}
    heads: dict[str, str | None] = {}
    problems: list[str] = []
    with _opened(db) as conn:
        for table, cols in _HASHED.items():
            prev: str | None = None
            n = 0
            for r in conn.execute(f"SELECT id, {', '.join(cols)}, prev_hash, hash FROM {table} ORDER BY id"):
                n += 1
                rid, vals, prev_stored, h = r[0], list(r)[1 : 1 + len(cols)], r["prev_hash"], r["hash"]
                if prev_stored != prev:
                    problems.append(f"{table} {rid}: does not follow the entry before it (one deleted or inserted?)")
                if h != entry_hash(prev_stored, vals):
                    problems.append(f"{table} {rid}: content does not match its hash (edited?)")
                prev = h
            counts[table], heads[table] = n, prev
    return ChainReport(counts, heads, problems)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE``: the snapshot read and the insert happen under one write lock."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


@contextmanager
def _opened(db: str | Path | sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    if isinstance(db, sqlite3.Connection):
        yield db
        return
    conn = connect(db)
    try:
        yield conn
    finally:
        conn.close()


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# -- value validation ---------------------------------------------------------
#: Longest text of one value, one list item, a note, an id; most items in one list value.
MAX_VALUE_CHARS = 300
MAX_NOTE_CHARS = 2000
MAX_ID_CHARS = 200
MAX_LIST_ITEMS = 50



def _items(raw: Any) -> list[str]:
    parts = raw if isinstance(raw, list) else str(raw).split(";")
    if len(parts) > MAX_LIST_ITEMS:
        raise CurationError(f"more than {MAX_LIST_ITEMS} items")
    if any(isinstance(p, (dict, list)) or p is None for p in parts):
        raise CurationError("list items must be text")
    out: list[str] = []
    for p in parts:
        s = str(p).strip()
        if s and s not in out:
            out.append(s)
    return out


def _list_value(name: str, raw: Any, kept: list[str] | None) -> list[str] | None:
    validate = spec(name).validate
    assert validate is not None, f"list field {name} declares no validator"
    out: list[str] = []
    for item in _items(raw):
        v = validate(item, lambda u: _unknown(name, u, kept))
        if v not in out:
            out.append(v)
    return out or None


def validate_value(name: str, raw: Any, keep_unknown: bool = False) -> Any:
    """The typed, canonical value a curator means by ``raw`` for field ``name``.

    Empty input means "no value" (None). Anything that does not fit the
    field's type raises :class:`CurationError` with the reason, so a typo
    never becomes gold. Markers, drugs, fusion genes and sites outside the
    vocabularies raise :class:`NotInVocabulary` unless ``keep_unknown``.
    """
    return validate_value_kept(name, raw, keep_unknown)[0]


def validate_value_kept(name: str, raw: Any, keep_unknown: bool = False) -> tuple[Any, list[str]]:
    """:func:`validate_value` plus the items kept outside the vocabulary (to be recorded)."""
    kept: list[str] | None = [] if keep_unknown else None
    v = _validate(name, raw, kept)
    return v, kept or []


def _validate(name: str, raw: Any, kept: list[str] | None) -> Any:
    """Generic checks by the field's kind; the field's own check is its spec's ``validate``."""
    if name not in VALUE_FIELDS:
        raise CurationError(f"unknown field {name!r}")
    if raw is None or (isinstance(raw, str) and not raw.strip()) or raw == []:
        return None
    if not isinstance(raw, (str, int, float, bool, list)):
        raise CurationError(f"{name}: expected text, a number or a list, got {type(raw).__name__}")
    fs = spec(name)
    if isinstance(raw, list) and fs.kind != "list":
        raise CurationError(f"{name}: expected a single value")
    limit = MAX_VALUE_CHARS * (4 if fs.kind == "list" and isinstance(raw, str) else 1)
    if any(isinstance(p, str) and len(p) > limit for p in (raw if isinstance(raw, list) else [raw])):
        raise CurationError(f"{name}: longer than {limit} characters")
    if fs.kind == "list":
        return _list_value(name, raw, kept)
    if isinstance(raw, (dict, list)):
        raise CurationError(f"{name}: expected a single value")
    text = str(raw).strip()

    def unknown(item: str) -> None:
        _unknown(name, item, kept)

    if fs.kind == "float":
        if isinstance(raw, bool):
            raise CurationError(f"{name}: expected a number")
        num: float | None
        if isinstance(raw, (int, float)):
            num = float(raw)
        elif fs.validate is not None:
            num = fs.validate(text, unknown)
        else:
            try:
                num = float(text.rstrip("%").strip())
            except ValueError:
                num = None
        assert fs.value_range is not None, f"float field {name} declares no range"
        lo, hi = fs.value_range
        if num is None or num != num:
            raise CurationError(f"{name}: {text!r} is not a number")
        if not lo <= num <= hi:
            raise CurationError(f"{name}: {num:g} is outside {lo:g}..{hi:g}")
        return num
    if fs.kind == "bool":
        if isinstance(raw, bool):
            return raw
        low = text.lower()
        b = {"true": True, "false": False}.get(low, nz.parse_sign(low))
        if b is None:
            raise CurationError(f"{name}: expected yes/no (or true/false, +/-), got {text!r}")
        return b
    if fs.validate is not None:
        return fs.validate(text, unknown)
    if len(text) > 300:
        raise CurationError(f"{name}: longer than 300 characters")
    return text


def same_value(a: Any, b: Any) -> bool:
    """Machine/curator value equality that ignores list order and int/float spelling."""
    if isinstance(a, list) and isinstance(b, list):
        return sorted(map(str, a)) == sorted(map(str, b))
    return a == b


# -- machine rows -------------------------------------------------------------
@dataclass
class MachineRow:
    key: str
    row: CaseRow
    path: str


def machine_rows(conn: sqlite3.Connection, doc_id: str | None = None, with_evidence: bool = True) -> list[MachineRow]:
    """Stored rows (with evidence) keyed by ``case_id``, source-agnostic.

    Two stored rows of one document with the same ``case_id`` (e.g. a
    narrative and a table row) get ``case_id@source`` for the later one, so
    every row stays addressable.
    """
    out: list[MachineRow] = []
    seen: set[tuple[str, str]] = set()
    for path, row in Store.on(conn).row_records(doc_id, with_evidence):
        key = row.case_id
        if (row.doc_id, key) in seen:
            key = f"{row.case_id}@{row.source}"
        seen.add((row.doc_id, key))
        out.append(MachineRow(key, row, path))
    return out


def _doc_exists(conn: sqlite3.Connection, doc_id: str) -> bool:
    return Store.on(conn).has_document(doc_id)


# -- decisions ----------------------------------------------------------------
@dataclass(frozen=True)
class Decision:
    id: int
    doc_id: str
    case_id: str
    field: str
    curator: str
    action: str
    value: Any
    machine_value: Any
    note: str | None
    created_at: str
    #: This entry's link in the tamper-evident chain (see :func:`verify_chain`).
    hash: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _loads(s: str | None) -> Any:
    return None if s is None else json.loads(s)


def _decision(r: sqlite3.Row) -> Decision:
    return Decision(
        r["id"], r["doc_id"], r["case_id"], r["field"], r["curator"], r["action"],
        _loads(r["value"]), _loads(r["machine_value"]), r["note"], r["created_at"], r["hash"],
    )  # fmt: skip


def decisions(conn: sqlite3.Connection, doc_id: str | None = None, curator: str | None = None) -> list[Decision]:
    """Decisions in the order they were made (filtered by document / curator)."""
    q, args = "SELECT * FROM decisions WHERE 1=1", []
    if doc_id is not None:
        q += " AND doc_id = ?"
        args.append(doc_id)
    if curator is not None:
        q += " AND curator = ?"
        args.append(curator)
    return [_decision(r) for r in conn.execute(q + " ORDER BY id", args)]


def _text_arg(name: str, v: Any, limit: int, required: bool = False) -> str | None:
    """A free-text or id argument: a string (or nothing), stripped, at most ``limit`` characters."""
    if v is None:
        v = ""
    if not isinstance(v, str):
        raise CurationError(f"{name}: expected text, got {type(v).__name__}")
    if len(v) > limit:
        raise CurationError(f"{name}: longer than {limit} characters")
    v = v.strip()
    if required and not v:
        raise CurationError(f"{name} is required")
    return v or None


def _with_kept(note: str | None, kept: Sequence[str]) -> str | None:
    """The note with what the curator kept outside the vocabulary, so the audit trail says so."""
    if not kept:
        return note
    tag = f"kept outside the vocabulary: {', '.join(kept)}"
    return f"{note} [{tag}]" if note else tag


def _clean_curator(curator: str | None) -> str:
    if curator is not None and not isinstance(curator, str):
        raise CurationError(f"curator: expected text, got {type(curator).__name__}")
    name = re.sub(r"\s+", " ", curator or "").strip()
    if not name:
        raise CurationError("a curator name is required")
    if len(name) > 80:
        raise CurationError("curator name longer than 80 characters")
    return name


def _values_dict(row: CaseRow) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, list) else v) for k, v in row.values().items()}


def record_decision(
    db: str | Path | sqlite3.Connection,
    *,
    doc_id: str,
    case_id: str | None,
    field: str,
    action: str,
    curator: str,
    value: Any = None,
    note: str | None = None,
    keep_unknown: bool = False,
) -> Decision:
    """Validate and append one decision, snapshotting the machine value it was made on.

    A correction to the value the machine already has is stored as an accept.
    """
    curator = _clean_curator(curator)
    doc_id = _text_arg("doc_id", doc_id, MAX_ID_CHARS, required=True)
    case_id = _text_arg("case_id", case_id, MAX_ID_CHARS)
    field = _text_arg("field", field, MAX_ID_CHARS, required=True)
    action = _text_arg("action", action, MAX_ID_CHARS, required=True)
    note = _text_arg("note", note, MAX_NOTE_CHARS)
    if action not in ACTIONS:
        raise CurationError(f"unknown action {action!r}; use one of {', '.join(ACTIONS)}")
    if field != ROW and field not in VALUE_FIELDS:
        raise CurationError(f"unknown field {field!r}")
    if field == ROW and action not in ROW_ACTIONS:
        raise CurationError(f"action {action!r} needs a field")
    if field != ROW and action not in FIELD_ACTIONS:
        raise CurationError(f"action {action!r} applies to a whole row (field '*')")
    if action == "note" and not note:
        raise CurationError("a note needs text")
    if not isinstance(keep_unknown, bool):
        raise CurationError("keep_unknown: expected true or false")
    stored_value: Any = None
    kept: list[str] = []
    if action == "correct":
        stored_value, kept = validate_value_kept(field, value, keep_unknown)
        if stored_value is None:
            raise CurationError(f"{field}: a correction needs a value (use reject to clear the field)")
    elif action == "add_row":
        if not isinstance(value, dict):
            raise CurationError("add_row needs an object of field values")
        checked = {k: validate_value_kept(k, v, keep_unknown) for k, v in value.items()}
        stored_value = {k: v for k, (v, _) in checked.items()}
        kept = [i for _, ks in checked.values() for i in ks]
        stored_value = {k: v for k, v in stored_value.items() if v is not None}
        if not stored_value:
            raise CurationError("add_row needs at least one value")
    note = _with_kept(note, kept)
    with _opened(db) as conn, transaction(conn):
        if not _doc_exists(conn, doc_id):
            raise CurationError(f"unknown document {doc_id!r}")
        machine = {m.key: m.row for m in machine_rows(conn, doc_id, with_evidence=False)}  # keys and values only
        added = {d.case_id: d for d in decisions(conn, doc_id) if d.action == "add_row"}
        if action == "add_row":
            case_id = (case_id or "").strip() or None
            if case_id is None:
                mine = sum(1 for d in added.values() if d.curator == curator)
                case_id = f"added-{re.sub(r'[^a-z0-9]+', '-', curator.lower()).strip('-') or 'c'}-{mine + 1}"
            if case_id in machine:
                raise CurationError(f"row {case_id!r} already exists in the machine output")
            if case_id in added and added[case_id].curator == curator:
                raise CurationError(f"row {case_id!r} was already added; correct its fields instead")
            snapshot: Any = None
        else:
            if not case_id or (case_id not in machine and case_id not in added):
                raise CurationError(f"unknown row {case_id!r} in document {doc_id!r}")
            current = _values_dict(machine[case_id]) if case_id in machine else None
            if field == ROW:
                snapshot = current
            else:
                snapshot = current.get(field) if current is not None else None
            if action == "correct" and current is not None and field != ROW and same_value(stored_value, snapshot):
                action, stored_value = "accept", None  # the curator typed the machine's value: an accept
        rid = _insert_chained(conn, "decisions", {
            "doc_id": doc_id, "case_id": case_id, "field": field, "curator": curator, "action": action,
            "value": None if stored_value is None else json.dumps(stored_value, ensure_ascii=False),
            "machine_value": json.dumps(snapshot, ensure_ascii=False), "note": note, "created_at": utc_now(),
        })  # fmt: skip
        r = conn.execute("SELECT * FROM decisions WHERE id = ?", (rid,)).fetchone()
        return _decision(r)


def accept_rows(
    db: str | Path | sqlite3.Connection, *, doc_id: str, curator: str, case_ids: Sequence[str] | None = None
) -> list[Decision]:
    """Accept-all in one transaction: an ``accept_row`` for every machine row (of ``case_ids``, or
    the whole document) that ``curator`` has not rejected and that still has unreviewed fields."""
    curator = _clean_curator(curator)
    doc_id = _text_arg("doc_id", doc_id, MAX_ID_CHARS, required=True) or ""
    out: list[Decision] = []
    with _opened(db) as conn, transaction(conn):
        if not _doc_exists(conn, doc_id):
            raise CurationError(f"unknown document {doc_id!r}")
        wanted = None if case_ids is None else set(case_ids)
        for st in row_states(conn, doc_id, curator, with_resolutions=False):
            if st.machine is None or st.row_status == "rejected" or (wanted is not None and st.key not in wanted):
                continue
            if not any(fs.status == "unreviewed" for fs in st.fields.values()):
                continue
            rid = _insert_chained(conn, "decisions", {
                "doc_id": doc_id, "case_id": st.key, "field": ROW, "curator": curator, "action": "accept_row",
                "value": None, "machine_value": json.dumps(_values_dict(st.machine), ensure_ascii=False),
                "note": None, "created_at": utc_now(),
            })  # fmt: skip
            out.append(_decision(conn.execute("SELECT * FROM decisions WHERE id = ?", (rid,)).fetchone()))
    return out


# -- resolutions ---------------------------------------------------------------
@dataclass(frozen=True)
class Resolution:
    id: int
    doc_id: str
    case_id: str
    field: str
    resolver: str
    value: Any
    note: str | None
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def resolutions(conn: sqlite3.Connection, doc_id: str | None = None) -> list[Resolution]:
    q, args = "SELECT * FROM resolutions", ()
    if doc_id is not None:
        q, args = q + " WHERE doc_id = ?", (doc_id,)
    return [
        Resolution(r["id"], r["doc_id"], r["case_id"], r["field"], r["resolver"], _loads(r["value"]), r["note"],
                   r["created_at"])
        for r in conn.execute(q + " ORDER BY id", args)
    ]  # fmt: skip


def record_resolution(
    db: str | Path | sqlite3.Connection,
    *,
    doc_id: str,
    case_id: str,
    field: str,
    resolver: str,
    value: Any,
    note: str | None = None,
    keep_unknown: bool = False,
) -> Resolution:
    """Append the consensus value of one field (or ``_row``: ``kept``/``dropped``) of an existing row."""
    resolver = _clean_curator(resolver)
    doc_id = _text_arg("doc_id", doc_id, MAX_ID_CHARS, required=True)
    case_id = _text_arg("case_id", case_id, MAX_ID_CHARS, required=True)
    field = _text_arg("field", field, MAX_ID_CHARS, required=True)
    note = _text_arg("note", note, MAX_NOTE_CHARS)
    if field == ROW_PRESENCE:
        if value not in ("kept", "dropped"):
            raise CurationError("_row resolution must be 'kept' or 'dropped'")
        v = value
    else:
        v, kept = validate_value_kept(field, value, keep_unknown is True)
        note = _with_kept(note, kept)
    with _opened(db) as conn, transaction(conn):
        if not _doc_exists(conn, doc_id):
            raise CurationError(f"unknown document {doc_id!r}")
        added = {d.case_id for d in decisions(conn, doc_id) if d.action == "add_row"}
        if case_id not in added and case_id not in {m.key for m in machine_rows(conn, doc_id, with_evidence=False)}:
            raise CurationError(f"unknown row {case_id!r} in document {doc_id!r}")
        rid = _insert_chained(conn, "resolutions", {
            "doc_id": doc_id, "case_id": case_id, "field": field, "resolver": resolver,
            "value": json.dumps(v, ensure_ascii=False), "note": note, "created_at": utc_now(),
        })  # fmt: skip
        r = conn.execute("SELECT * FROM resolutions WHERE id = ?", (rid,)).fetchone()
        return Resolution(r["id"], r["doc_id"], r["case_id"], r["field"], r["resolver"], _loads(r["value"]),
                          r["note"], r["created_at"])  # fmt: skip


# -- applying decisions ---------------------------------------------------------
@dataclass
class FieldState:
    status: str = "unreviewed"
    value: Any = None
    machine: Any = None
    decision: Decision | None = None
    #: The machine value differs from the snapshot the latest decision was made on.
    changed: bool = False
    resolved: Resolution | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "value": self.value,
            "machine": self.machine,
            "changed": self.changed,
            "decision": self.decision.to_dict() if self.decision else None,
            "resolution": self.resolved.to_dict() if self.resolved else None,
        }


@dataclass
class RowState:
    key: str
    machine: CaseRow | None
    #: ``machine`` (unreviewed or partly), ``accepted``, ``rejected`` or ``added``.
    row_status: str = "machine"
    fields: dict[str, FieldState] = field(default_factory=dict)
    added_by: list[str] = field(default_factory=list)
    notes: list[Decision] = field(default_factory=list)
    dropped: bool = False

    @property
    def reviewed(self) -> bool:
        return self.row_status != "machine" or any(f.status != "unreviewed" for f in self.fields.values())


def _snapshot_for(d: Decision, name: str) -> Any:
    if d.field == ROW:
        return (d.machine_value or {}).get(name)
    return d.machine_value


def apply_decisions(key: str, machine: CaseRow | None, ds: Sequence[Decision]) -> RowState:
    """Fold one row's decisions (in order) over its machine values; the latest decision wins."""
    base = _values_dict(machine) if machine is not None else dict.fromkeys(VALUE_FIELDS)
    st = RowState(key, machine, "machine" if machine is not None else "added")
    st.fields = {n: FieldState("unreviewed", base[n], base[n]) for n in VALUE_FIELDS}
    for d in ds:
        if d.action == "note":
            st.notes.append(d)
        elif d.action == "add_row":
            st.row_status = "added"
            if d.curator not in st.added_by:
                st.added_by.append(d.curator)
            for n in VALUE_FIELDS:
                v = (d.value or {}).get(n)
                st.fields[n] = FieldState("corrected" if v is not None else "unreviewed", v, None, d)
        elif d.action == "accept_row":  # accepts what is still unreviewed; earlier edits stand
            st.row_status = "accepted"
            for n in VALUE_FIELDS:
                if st.fields[n].status == "unreviewed":
                    v = _snapshot_for(d, n) if machine is not None else st.fields[n].value
                    st.fields[n] = FieldState("accepted", v, base[n], d)
        elif d.action == "reject_row":
            st.row_status = "rejected"
        elif d.action == "accept":
            v = d.machine_value if machine is not None else st.fields[d.field].value
            st.fields[d.field] = FieldState("accepted", v, base[d.field], d)
        elif d.action == "correct":
            st.fields[d.field] = FieldState("corrected", d.value, base[d.field], d)
        elif d.action == "reject":
            st.fields[d.field] = FieldState("rejected", None, base[d.field], d)
    st.dropped = st.row_status == "rejected"
    if machine is not None:
        for n, fs in st.fields.items():
            if fs.decision is not None and fs.decision.action != "add_row":
                fs.changed = not same_value(_snapshot_for(fs.decision, n), base[n])
    return st


def _apply_resolutions(st: RowState, rs: Sequence[Resolution]) -> None:
    for r in rs:  # in order: the latest resolution of a field wins
        if r.field == ROW_PRESENCE:
            st.dropped = r.value == "dropped"
        elif r.field in st.fields:
            fs = st.fields[r.field]
            fs.value, fs.resolved = r.value, r
    # a resolved "kept" row is included even when it was added or rejected by someone


def row_states(
    conn: sqlite3.Connection, doc_id: str, curator: str | None = None, with_resolutions: bool = True
) -> list[RowState]:
    """Every row of a document as ``curator`` (or everyone, latest first) left it.

    Machine rows come first in stored order, then rows curators added.
    Resolutions, when present and asked for, override both.
    """
    ds = decisions(conn, doc_id, curator)
    by_key: dict[str, list[Decision]] = {}
    for d in ds:
        by_key.setdefault(d.case_id, []).append(d)
    rs_by_key: dict[str, list[Resolution]] = {}
    if with_resolutions:
        for r in resolutions(conn, doc_id):
            rs_by_key.setdefault(r.case_id, []).append(r)
    out: list[RowState] = []
    machine = machine_rows(conn, doc_id)
    keys = {m.key for m in machine}
    for m in machine:
        st = apply_decisions(m.key, m.row, by_key.get(m.key, []))
        _apply_resolutions(st, rs_by_key.get(m.key, []))
        out.append(st)
    added_keys = [d.case_id for d in ds if d.action == "add_row" and d.case_id not in keys]
    resolved_kept = [
        r.case_id for rs in rs_by_key.values() for r in rs
        if r.field == ROW_PRESENCE and r.value == "kept" and r.case_id not in keys
    ]  # fmt: skip
    if curator is not None and with_resolutions:
        # a row another curator added and consensus kept belongs to everyone's curated table
        all_added = {d.case_id: d for d in decisions(conn, doc_id) if d.action == "add_row"}
        for k in resolved_kept:
            if k not in added_keys and k in all_added:
                by_key.setdefault(k, []).insert(0, all_added[k])
                added_keys.append(k)
    for k in dict.fromkeys(added_keys):
        st = apply_decisions(k, None, by_key.get(k, []))
        _apply_resolutions(st, rs_by_key.get(k, []))
        out.append(st)
    return out


def curated_row(st: RowState, doc_id: str) -> CaseRow:
    """The row a curator stands behind; machine evidence kept only where the value is the machine's."""
    m = st.machine
    row = CaseRow(doc_id=doc_id, case_id=m.case_id if m else st.key, source=m.source if m else "narrative")
    if m is not None:
        row.citation = m.citation
    for n, fs in st.fields.items():
        setattr(row, n, list(fs.value) if isinstance(fs.value, list) else fs.value)
        if m is not None and fs.value is not None and same_value(fs.value, getattr(m, n)) and m.evidence.get(n):
            row.evidence[n] = list(m.evidence[n])
    return row


def orphans(conn: sqlite3.Connection, doc_id: str) -> list[Decision]:
    """Decisions on rows the latest extraction no longer produces (kept, shown, not applied)."""
    keys = {m.key for m in machine_rows(conn, doc_id)}
    ds = decisions(conn, doc_id)
    added = {d.case_id for d in ds if d.action == "add_row"}
    return [d for d in ds if d.case_id not in keys and d.case_id not in added]


def _doc_ids(conn: sqlite3.Connection) -> list[str]:
    return [d.doc_id for d in Store.on(conn).documents()]


@dataclass
class CuratedRow:
    """One row of the curated table with what an honest export needs beside the values."""

    doc_id: str
    state: RowState
    row: CaseRow
    #: Fields (and ``_row``) curators disagree on with no resolution yet: left empty, flagged.
    unresolved: list[str] = field(default_factory=list)

    @property
    def unreviewed(self) -> list[str]:
        return [n for n, fs in self.state.fields.items() if fs.status == "unreviewed" and fs.resolved is None]

    @property
    def review_status(self) -> str:
        """``disagreement``, ``added``, ``rejected``, ``reviewed``, ``partly reviewed`` or ``unreviewed``."""
        if self.unresolved:
            return "disagreement"
        if self.state.machine is None:
            return "added"
        if self.state.dropped:
            return "rejected"
        if not self.state.reviewed:
            return "unreviewed"
        return "partly reviewed" if self.unreviewed else "reviewed"

    def value_meta(self, name: str) -> dict[str, Any]:
        """Status, curator and UTC time behind one value."""
        fs = self.state.fields[name]
        if name in self.unresolved:
            return {"status": "disagreement", "curator": "", "at": ""}
        if fs.resolved is not None:
            return {"status": "resolved", "curator": fs.resolved.resolver, "at": fs.resolved.created_at}
        d = fs.decision
        return {"status": fs.status, "curator": d.curator if d else "", "at": d.created_at if d else ""}


def curated_table(db: str | Path | sqlite3.Connection, curator: str | None = None) -> list[CuratedRow]:
    """Every row as the curators left it, rejected ones included (marked), for exports and scoring.

    One curator: that curator's decisions. ``curator=None`` is the consensus:
    where two curators disagree and no resolution exists yet, the value is
    left empty and the field listed in ``unresolved`` — never one curator's
    value picked silently.
    """
    out: list[CuratedRow] = []
    with _opened(db) as conn:
        by_doc = store_marks(Store.on(conn))  # a copy of a paper keeps its rows, marked copy_of (counted once)
        for doc_id in dict.fromkeys(_doc_ids(conn)):
            open_: dict[str, list[str]] = {}
            if curator is None:
                for item in consensus(conn, doc_id):
                    if item["resolution"] is None:
                        open_.setdefault(item["case_id"], []).append(item["field"])
            for st in row_states(conn, doc_id, curator):
                unresolved = open_.get(st.key, [])
                row = curated_row(st, doc_id)
                for n in unresolved:
                    if n in VALUE_FIELDS:
                        setattr(row, n, None)
                        row.evidence.pop(n, None)
                mark_rows([row], by_doc.get(doc_id))
                out.append(CuratedRow(doc_id, st, row, unresolved))
    return out


def _included(c: CuratedRow) -> bool:
    return not c.state.dropped or ROW_PRESENCE in c.unresolved


def curated_rows(db: str | Path, curator: str | None = None) -> list[CaseRow]:
    """Machine rows with decisions applied: usable as gold for the scorer.

    ``curator=None`` folds every curator's decisions in time order; a
    consensus resolution wins, and a disagreement still open leaves the value
    empty. Rejected fields are None, rejected rows are dropped, added rows are
    included.
    """
    return [c.row for c in curated_table(db, curator) if _included(c)]


RowKey = tuple[str, str, str]


def _row_key(r: CaseRow) -> RowKey:
    return (r.doc_id, r.case_id, r.source)


@dataclass
class CuratedGold:
    """Curated rows as gold, holding only what a curator reviewed (and consensus settled)."""

    rows: list[CaseRow]
    #: Per machine row: the fields that were reviewed; rows nobody reviewed are absent.
    reviewed: dict[RowKey, frozenset[str]]
    #: Machine rows nobody reviewed: left out of scoring on both sides.
    unreviewed_rows: set[RowKey]
    counts: dict[str, int]

    def describe(self) -> str:
        c = self.counts
        return (
            f"curated gold: {c['values_reviewed']} reviewed values in {c['rows_scored']} rows scored; left out: "
            f"{c['values_unreviewed']} unreviewed values, {c['values_unresolved']} open disagreements, "
            f"{c['rows_unreviewed']} unreviewed rows"
        )


def curated_gold(db: str | Path, curator: str | None = None) -> CuratedGold:
    """Gold for ``score --gold curated``: reviewed values only (unreviewed ones are not "correct")."""
    rows: list[CaseRow] = []
    reviewed: dict[RowKey, frozenset[str]] = {}
    skipped: set[RowKey] = set()
    counts = dict.fromkeys(("values_reviewed", "values_unreviewed", "values_unresolved", "rows_scored",
                            "rows_unreviewed"), 0)  # fmt: skip
    for c in curated_table(db, curator):
        key = _row_key(c.row)
        if c.state.machine is not None and not c.state.reviewed and not c.unresolved:
            skipped.add(key)
            counts["rows_unreviewed"] += 1
            continue
        if c.state.dropped and ROW_PRESENCE not in c.unresolved:
            reviewed[key] = frozenset()  # rejected: the machine row is spurious
            continue
        if ROW_PRESENCE in c.unresolved:
            skipped.add(key)
            counts["rows_unreviewed"] += 1
            counts["values_unresolved"] += 1
            continue
        done = frozenset(n for n in VALUE_FIELDS if n not in c.unreviewed and n not in c.unresolved)
        if c.state.machine is None:  # an added row: the values its curator gave
            done = frozenset(n for n in VALUE_FIELDS if getattr(c.row, n) is not None)
        row = c.row
        for n in VALUE_FIELDS:
            if n not in done:
                setattr(row, n, None)
        reviewed[key] = done
        rows.append(row)
        counts["rows_scored"] += 1
        counts["values_reviewed"] += len(done)
        counts["values_unresolved"] += len([n for n in c.unresolved if n in VALUE_FIELDS])
        counts["values_unreviewed"] += len(VALUE_FIELDS) - len(done) - len([n for n in c.unresolved if n in VALUE_FIELDS])
    return CuratedGold(rows, reviewed, skipped, counts)


def mask_unreviewed(pred: Sequence[CaseRow], gold: CuratedGold) -> list[CaseRow]:
    """Predicted rows with what the curators did not review blanked on the machine side too
    (so it is neither correct nor spurious) and unreviewed rows left out."""
    out: list[CaseRow] = []
    for p in pred:
        key = _row_key(p)
        if key in gold.unreviewed_rows:
            continue
        done = gold.reviewed.get(key)
        if done is None:  # a row the store does not know: scored as it is
            out.append(p)
            continue
        q = CaseRow.from_dict(p.to_dict())
        for n in VALUE_FIELDS:
            if n not in done and done:
                setattr(q, n, None)
        out.append(q)
    return out


# -- progress, flags, consensus ---------------------------------------------------
def table_fields(rows: Sequence[CaseRow]) -> frozenset[str]:
    """The fields a document's literature table provides: those any of its table rows has evidence for."""
    return frozenset(n for r in rows if r.source == "table" for n, evs in r.evidence.items() if evs)


def progress(conn: sqlite3.Connection, doc_id: str, curator: str | None) -> dict[str, int]:
    """Field counts by review status over the document's machine rows, for one curator.

    A table row counts only the fields its table provides (a field a curator
    decided on anyway counts too), so a table of 52 rows does not ask for
    decisions on columns it does not have.
    """
    counts = dict.fromkeys(STATUS_NAMES, 0)
    counts.update(rows=0, rows_rejected=0, rows_added=0, changed=0)
    states = row_states(conn, doc_id, curator, with_resolutions=False) if curator else [
        apply_decisions(m.key, m.row, []) for m in machine_rows(conn, doc_id)
    ]  # fmt: skip
    provided = table_fields([st.machine for st in states if st.machine is not None])
    for st in states:
        if st.machine is None:
            counts["rows_added"] += 1
            continue
        counts["rows"] += 1
        counts["rows_rejected"] += st.row_status == "rejected"
        table_row = st.machine.source == "table" and provided
        for n, fs in st.fields.items():
            if table_row and n not in provided and fs.status == "unreviewed":
                continue
            counts[fs.status] += 1
            counts["changed"] += fs.changed
    return counts


def changed_fields(conn: sqlite3.Connection, curator: str, doc_id: str | None = None) -> list[dict[str, Any]]:
    """Fields whose machine value moved since ``curator`` last decided on them."""
    out: list[dict[str, Any]] = []
    for d in [doc_id] if doc_id is not None else list(dict.fromkeys(_doc_ids(conn))):
        for st in row_states(conn, d, curator, with_resolutions=False):
            for n, fs in st.fields.items():
                if fs.changed and fs.decision is not None:
                    out.append({
                        "doc_id": d, "case_id": st.key, "field": n, "reviewed": _snapshot_for(fs.decision, n),
                        "machine": fs.machine, "action": fs.decision.action, "decided_at": fs.decision.created_at,
                    })  # fmt: skip
    return out


def curators(conn: sqlite3.Connection, doc_id: str | None = None) -> list[str]:
    q, args = "SELECT curator FROM decisions", ()
    if doc_id is not None:
        q, args = q + " WHERE doc_id = ?", (doc_id,)
    return list(dict.fromkeys(r[0] for r in conn.execute(q + " ORDER BY id", args)))


def _comparable(name: str, v: Any) -> Any:
    from ..reporting.scoring import normalise

    return normalise(name, v)


def consensus(conn: sqlite3.Connection, doc_id: str) -> list[dict[str, Any]]:
    """Fields (and row presence) on which curators' final values disagree.

    Only curators who reviewed a row (any decision on it, or added it) have a
    say on it; a curator who reviewed the document but did not add a row
    another added counts as saying it is absent (dual extraction).
    """
    from ..reporting.scoring import same

    names = curators(conn, doc_id)
    if len(names) < 2:
        return []
    per: dict[str, dict[str, RowState]] = {
        c: {st.key: st for st in row_states(conn, doc_id, c, with_resolutions=False)} for c in names
    }
    latest_res: dict[tuple[str, str], Resolution] = {}
    for r in resolutions(conn, doc_id):
        latest_res[(r.case_id, r.field)] = r
    keys = list(dict.fromkeys(k for c in names for k in per[c]))
    out: list[dict[str, Any]] = []
    for k in keys:
        presence: dict[str, str] = {}
        for c in names:
            st = per[c].get(k)
            if st is None:
                presence[c] = "dropped"  # reviewed the document, did not add this row
            elif st.reviewed:
                presence[c] = "dropped" if st.dropped else "kept"
        if len(set(presence.values())) > 1:
            res = latest_res.get((k, ROW_PRESENCE))
            out.append({"case_id": k, "field": ROW_PRESENCE, "values": presence,
                        "resolution": res.to_dict() if res else None})  # fmt: skip
        for n in VALUE_FIELDS:
            vals = {
                c: per[c][k].fields[n].value for c in names
                if k in per[c] and not per[c][k].dropped and per[c][k].fields[n].status != "unreviewed"
            }  # fmt: skip
            if len(vals) < 2:
                continue
            norm = [_comparable(n, v) for v in vals.values()]
            if all(same(n, norm[0], x) for x in norm[1:]):
                continue
            res = latest_res.get((k, n))
            out.append({"case_id": k, "field": n, "values": vals, "resolution": res.to_dict() if res else None})
    return out


# -- export ---------------------------------------------------------------------
def _cell(v: Any) -> Any:
    """One export cell: lists ``;``-joined, text neutralised against formula injection."""
    if v is None:
        return ""
    if isinstance(v, list):
        return safe_cell(";".join(map(str, v)))
    return safe_cell(v)


#: Columns after the values: the row's review status, open disagreements, then per value
#: ``status|curator|UTC time`` (``review:age_years`` …).
REVIEW_COLUMNS: tuple[str, ...] = ("review_status", "unresolved", *(f"review:{n}" for n in VALUE_FIELDS))


def _export_records(db: str | Path, curator: str | None) -> list[list[Any]]:
    out = []
    for c in curated_table(db, curator):
        if not _included(c):
            continue
        d = c.row.to_dict(with_evidence=False)
        meta = [c.value_meta(n) for n in VALUE_FIELDS]
        out.append([
            *(_cell(d.get(col)) for col in FLAT_COLUMNS),
            c.review_status, _cell(c.unresolved),
            *(_cell("|".join((m["status"], m["curator"], m["at"])).rstrip("|")) for m in meta),
        ])  # fmt: skip
    return out


def export_curated(db: str | Path, path: str | Path, curator: str | None = None) -> Path:
    """Write the curated table as ``.csv`` or ``.xlsx`` (the workbook also carries the audit trail).

    Every row says its review status and every value who decided it and
    when; open disagreements are empty cells listed in ``unresolved``.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"unsupported export format {suffix or '(none)'!r}: use .csv or .xlsx")
    records = _export_records(db, curator)
    p.parent.mkdir(parents=True, exist_ok=True)
    cols = [*FLAT_COLUMNS, *REVIEW_COLUMNS]
    if suffix == ".csv":
        with p.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            w.writerows(records)
        return p
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "curated"
    ws.append(cols)
    for rec in records:
        ws.append(rec)
    audit = wb.create_sheet("decisions")
    audit_cols = ["id", "doc_id", "case_id", "field", "curator", "action", "value", "machine_value", "note", "created_at",
                  "hash"]  # fmt: skip
    audit.append(audit_cols)
    with _opened(db) as conn:
        for d in decisions(conn, None, curator):
            dd = d.to_dict()
            audit.append([_cell(json.dumps(dd[c]) if c in ("value", "machine_value") else dd[c]) for c in audit_cols])
    for sheet in wb:  # text stays text: no cell is ever stored as a formula
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
    wb.save(p)
    return p


__all__ = [
    "ACTIONS",
    "CurationError",
    "NotInVocabulary",
    "Decision",
    "FieldState",
    "Resolution",
    "RowState",
    "accept_rows",
    "changed_fields",
    "connect",
    "consensus",
    "CuratedGold",
    "CuratedRow",
    "curated_gold",
    "curated_rows",
    "curated_table",
    "mask_unreviewed",
    "verify_chain",
    "decisions",
    "export_curated",
    "orphans",
    "progress",
    "record_decision",
    "record_resolution",
    "resolutions",
    "row_states",
    "validate_value",
]
