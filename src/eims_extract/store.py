"""SQLite results store: documents, case rows and the evidence of every value.

Documents are keyed by path (with a unique ``doc_id`` from the corpus-relative
path) and remember the content hash and pipeline version they were extracted
with, so a run can skip what is unchanged and redo what changed. Each
document's rows are replaced in one transaction: a run killed midway leaves
every document either fully stored or untouched, and the next run picks up the
untouched ones. A document removed from the corpus is marked gone (kept for
audit, left out of exports); failures are remembered by content hash; every
run is recorded in ``runs``.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import PIPELINE_VERSION
from .records import COPY_FIELDS, VALUE_FIELDS, CaseRow, DocumentResult, Evidence

DEFAULT_DB = Path("results") / "eims.sqlite"

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    path TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    error TEXT,
    kind TEXT,
    pages INTEGER,
    n_rows INTEGER NOT NULL DEFAULT 0,
    ingest_s REAL,
    extract_s REAL,
    processed_at TEXT NOT NULL,
    encoding TEXT,
    reports_patients INTEGER,
    gate_reason TEXT,
    gone_at TEXT
);
CREATE TABLE IF NOT EXISTS case_rows (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    path TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    case_id TEXT NOT NULL,
    source TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (path, case_id, source)
);
CREATE TABLE IF NOT EXISTS evidence (
    row_id INTEGER NOT NULL REFERENCES case_rows(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    page INTEGER,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    section TEXT
);
CREATE INDEX IF NOT EXISTS evidence_row ON evidence(row_id);
CREATE INDEX IF NOT EXISTS rows_doc ON case_rows(doc_id);
CREATE TABLE IF NOT EXISTS document_texts (
    path TEXT PRIMARY KEY REFERENCES documents(path) ON DELETE CASCADE,
    text TEXT NOT NULL,
    sections TEXT NOT NULL,
    page_starts TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS document_meta (
    path TEXT PRIMARY KEY REFERENCES documents(path) ON DELETE CASCADE,
    meta TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    pipeline_version TEXT NOT NULL,
    n_seen INTEGER, n_processed INTEGER, n_skipped INTEGER, n_failed INTEGER,
    metrics TEXT,
    n_gone INTEGER, n_rows INTEGER, status TEXT, error TEXT
);
CREATE TABLE IF NOT EXISTS failures (
    sha256 TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    error TEXT NOT NULL,
    path TEXT NOT NULL,
    failed_at TEXT NOT NULL,
    PRIMARY KEY (sha256, pipeline_version)
);
"""

#: Columns added after the first release: (table, column, type) added to older stores at open.
_ADDED_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("documents", "encoding", "TEXT"),
    ("documents", "reports_patients", "INTEGER"),
    ("documents", "gate_reason", "TEXT"),
    ("documents", "gone_at", "TEXT"),
    ("runs", "n_gone", "INTEGER"),
    ("runs", "n_rows", "INTEGER"),
    ("runs", "status", "TEXT"),
    ("runs", "error", "TEXT"),
)

#: ``documents`` columns a :class:`DocumentRecord` fills, in ``DocumentRecord.document`` order.
_DOC_COLUMNS = (
    "doc_id", "sha256", "pipeline_version", "status", "error", "kind", "pages", "n_rows",
    "ingest_s", "extract_s", "encoding", "reports_patients", "gate_reason",
)


@dataclass
class DocumentRecord:
    """A document's result as the parameters of its SQL inserts (JSON-safe lists).

    Built where the document was extracted (a Dask worker), so the one process
    that writes the store only executes inserts.
    """

    path: str
    #: doc_id, sha256, pipeline_version, status, error, kind, pages, n_rows, ingest_s, extract_s,
    #: encoding, reports_patients, gate_reason (see ``_DOC_COLUMNS``)
    document: list[Any]
    #: per row: doc_id, case_id, source, ordinal, data (JSON), evidence
    #: [field, doc_id, page, start, end, sentence, section]
    rows: list[list[Any]]
    #: text, sections (JSON), page_starts (JSON), or None
    text: list[Any] | None
    timings: dict[str, float]
    #: identifiers and bibliographic metadata (``DocumentResult.meta``; see ``papers``)
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def status(self) -> str:
        return self.document[3]

    @property
    def error(self) -> str | None:
        return self.document[4]

    @property
    def n_rows(self) -> int:
        return len(self.rows)


def row_data(row: CaseRow) -> str:
    """The JSON kept in ``case_rows.data``: values and conflicts (evidence has its own table)."""
    data = row.to_dict(with_evidence=False)
    for name in COPY_FIELDS:  # which paper a document is a copy of depends on the other documents: marked on export
        data.pop(name, None)
    data["conflicts"] = row.conflicts
    return json.dumps(data, ensure_ascii=False)


def document_record(result: DocumentResult, version: str = PIPELINE_VERSION) -> DocumentRecord:
    rows = [
        [
            row.doc_id,
            row.case_id,
            row.source,
            i,
            row_data(row),
            [[f, e.doc_id, e.page, e.start, e.end, e.sentence, e.section] for f, evs in row.evidence.items() for e in evs],
        ]
        for i, row in enumerate(result.rows)
    ]
    text = None
    if result.text is not None:
        text = [result.text, json.dumps(result.sections), json.dumps(result.page_starts)]
    return DocumentRecord(
        path=result.path,
        document=[
            result.doc_id,
            result.sha256,
            version,
            result.status,
            result.error,
            result.kind,
            result.pages,
            len(result.rows),
            result.timings.get("ingest"),
            result.timings.get("extract"),
            result.encoding,
            None if result.reports_patients is None else int(result.reports_patients),
            result.gate_reason,
        ],
        rows=rows,
        text=text,
        timings=dict(result.timings),
        meta=dict(result.meta),
    )


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def failed_record(path: str, doc_id: str, sha256: str, error: str, version: str = PIPELINE_VERSION) -> DocumentRecord:
    """A failed document known without extracting it (a refused link, content known to fail)."""
    return DocumentRecord(
        path=path,
        document=[doc_id, sha256, version, "failed", error, None, None, 0, None, None, None, None, None],
        rows=[],
        text=None,
        timings={},
    )


@dataclass(frozen=True)
class StoredDocument:
    path: str
    doc_id: str
    sha256: str
    pipeline_version: str
    status: str
    error: str | None
    n_rows: int
    processed_at: str
    encoding: str | None = None
    reports_patients: bool | None = None
    gate_reason: str | None = None
    gone_at: str | None = None

    @property
    def gone(self) -> bool:
        return self.gone_at is not None


_STORED_COLS = (
    "path, doc_id, sha256, pipeline_version, status, error, n_rows, processed_at, "
    "encoding, reports_patients, gate_reason, gone_at"
)


def _stored(r: sqlite3.Row) -> StoredDocument:
    d = dict(r)
    if d.get("reports_patients") is not None:
        d["reports_patients"] = bool(d["reports_patients"])
    return StoredDocument(**d)


@dataclass
class BatchCounts:
    """What storing one batch adds to a run (see :meth:`RunStats.add`)."""

    processed: int = 0
    failed: int = 0
    rows: int = 0
    #: the largest peak resident memory any extracting process reported (MB)
    worker_peak_rss_mb: float = 0.0
    #: worker process id -> its peak resident memory (MB)
    worker_peaks_mb: dict[str, float] = field(default_factory=dict)
    #: (path, one-line reason) of each failed document
    failures: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class RunStats(BatchCounts):
    """A run's statistics: filled in as the run goes, recorded in the store's ``runs`` table,
    written to ``metrics.json`` and the run summary."""

    seen: int = 0
    skipped: int = 0
    gone: int = 0
    rows_total: int | None = None
    #: of ``rows_total``, the rows of documents that are a copy of a paper whose best copy is stored too
    #: (exported with ``copy_of`` set, left out of cohort counts)
    rows_copies: int | None = None
    seconds: float | None = None
    #: the fetch step's outcome (``fetch.FetchSummary`` as data), when the run fetched
    fetch: dict[str, Any] | None = None
    run_id: int | None = None

    def add(self, n: BatchCounts) -> RunStats:
        """Fold one batch's store counts in."""
        self.processed += n.processed
        self.failed += n.failed
        self.rows += n.rows
        self.worker_peak_rss_mb = max(self.worker_peak_rss_mb, n.worker_peak_rss_mb)
        for pid, mb in n.worker_peaks_mb.items():
            self.worker_peaks_mb[pid] = max(self.worker_peaks_mb.get(pid, 0.0), mb)
        self.failures += n.failures
        return self

    def planned(self, d: dict[str, Any]) -> RunStats:
        """Take what planning found and already recorded (``runner.plan_dict``; refused documents
        count as failed)."""
        failed = [(str(path), str(why)) for path, why in d.get("failed", [])]
        self.seen, self.skipped, self.gone = d["seen"], len(d["skipped"]), len(d.get("gone", []))
        self.processed = self.failed = len(failed)
        self.failures = list(failed)
        return self

    def to_dict(self) -> dict[str, Any]:
        """As plain data (``metrics.json``); unset optional figures left out."""
        return {k: v for k, v in asdict(self).items() if v is not None}


class Store:
    """A thin, transactional wrapper over one SQLite file (WAL, foreign keys on)."""

    def __init__(self, path: str | Path = DEFAULT_DB):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=30000")
        self.conn.executescript(SCHEMA)
        self._migrate()

    @classmethod
    def on(cls, conn: sqlite3.Connection) -> Store:
        """A Store over a connection already open on a store file (the review page's and
        curation's own connections): no schema work; the caller keeps and closes the connection."""
        store = cls.__new__(cls)
        store.path = Path(conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:")
        store.conn = conn
        return store

    def _migrate(self) -> None:
        """Add the columns newer code writes to a store made by older code."""
        for table, col, typ in _ADDED_COLUMNS:
            have = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
            if col not in have:
                self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {col} {typ}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``: one writer at a time, all or nothing."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- documents ------------------------------------------------------------
    def document(self, path: str | Path) -> StoredDocument | None:
        r = self.conn.execute(f"SELECT {_STORED_COLS} FROM documents WHERE path = ?", (str(path),)).fetchone()
        return _stored(r) if r else None

    def document_row(self, doc_id: str) -> dict[str, Any] | None:
        """Every stored column of document ``doc_id`` (the first path that has it), for the review page."""
        r = self.conn.execute("SELECT * FROM documents WHERE doc_id = ? ORDER BY path LIMIT 1", (doc_id,)).fetchone()
        return dict(r) if r is not None else None

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def documents_with_text(self) -> list[dict[str, Any]]:
        """Every document's stored columns plus its reading-order ``text`` (None if not kept), by path."""
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT d.*, t.text AS text FROM documents d LEFT JOIN document_texts t ON t.path = d.path ORDER BY d.path"
            )
        ]

    def is_current(self, path: str | Path, sha256: str, version: str = PIPELINE_VERSION) -> bool:
        """True when ``path`` was already processed with this content and pipeline version."""
        d = self.document(path)
        return d is not None and d.sha256 == sha256 and d.pipeline_version == version and bool(sha256)

    def documents(self, include_gone: bool = True) -> list[StoredDocument]:
        where = "" if include_gone else " WHERE gone_at IS NULL"
        cur = self.conn.execute(f"SELECT {_STORED_COLS} FROM documents{where} ORDER BY path")
        return [_stored(r) for r in cur]

    def doc_ids(self) -> dict[str, str]:
        """path -> doc id of every stored document (gone ones too: their ids stay theirs)."""
        return {r[0]: r[1] for r in self.conn.execute("SELECT path, doc_id FROM documents")}

    def mark_gone(self, paths: Iterable[str]) -> int:
        """Mark documents removed from the corpus: rows kept for audit, out of exports and scores."""
        now = _now()
        with self.transaction() as c:
            return sum(
                c.execute("UPDATE documents SET gone_at = ? WHERE path = ? AND gone_at IS NULL", (now, p)).rowcount
                for p in paths
            )

    def unmark_gone(self, path: str) -> None:
        """A gone document found again unchanged is back (its rows were kept)."""
        self.conn.execute("UPDATE documents SET gone_at = NULL WHERE path = ? AND gone_at IS NOT NULL", (path,))

    # -- failures remembered by content ----------------------------------------
    def known_failure(self, sha256: str, version: str = PIPELINE_VERSION) -> str | None:
        """The reason content with this hash failed under this pipeline version, if it did."""
        if not sha256:
            return None
        r = self.conn.execute(
            "SELECT error FROM failures WHERE sha256 = ? AND pipeline_version = ?", (sha256, version)
        ).fetchone()
        return r[0] if r else None

    def remember_failure(self, rec: DocumentRecord) -> None:
        sha, version, status, error = rec.document[1], rec.document[2], rec.document[3], rec.document[4]
        if status != "failed" or not sha:
            return
        self.conn.execute(
            "INSERT OR REPLACE INTO failures (sha256, pipeline_version, error, path, failed_at) VALUES (?,?,?,?,?)",
            (sha, version, error or "", rec.path, _now()),
        )

    def save_result(self, result: DocumentResult, version: str = PIPELINE_VERSION) -> None:
        """Replace everything stored for ``result.path`` in one transaction."""
        self.save_record(document_record(result, version))

    def save_record(self, rec: DocumentRecord) -> None:
        """Store a prepared :class:`DocumentRecord`: only SQL left to do, so the single
        writer of a parallel run spends its time writing, not serialising."""
        with self.transaction() as c:
            c.execute("DELETE FROM documents WHERE path = ?", (rec.path,))
            cols = _DOC_COLUMNS[: len(rec.document)]  # records packed by older workers have fewer
            c.execute(
                f"INSERT INTO documents (path, {', '.join(cols)}, processed_at) "
                f"VALUES ({', '.join('?' * (len(cols) + 2))})",
                (rec.path, *rec.document, _now()),
            )
            for row in rec.rows:
                self._insert_row(c, rec.path, row)
            if rec.text is not None:
                c.execute(
                    "INSERT INTO document_texts (path, text, sections, page_starts) VALUES (?,?,?,?)",
                    (rec.path, *rec.text),
                )
            self.remember_failure(rec)
            if rec.meta:
                c.execute("INSERT INTO document_meta (path, meta) VALUES (?,?)", (rec.path, json.dumps(rec.meta)))

    @staticmethod
    def _insert_row(c: sqlite3.Connection, path: str, row: list[Any]) -> None:
        doc_id, case_id, source, ordinal, data, evidence = row
        rid = c.execute(
            "INSERT INTO case_rows (path, doc_id, case_id, source, ordinal, data) VALUES (?,?,?,?,?,?)",
            (path, doc_id, case_id, source, ordinal, data),
        ).lastrowid
        c.executemany(
            'INSERT INTO evidence (row_id, field, doc_id, page, start, "end", sentence, section) '
            "VALUES (?,?,?,?,?,?,?,?)",
            [(rid, *e) for e in evidence],
        )

    def document_text(self, path: str | Path) -> dict[str, Any] | None:
        """The stored reading-order text with its sections and page starts (for review)."""
        r = self.conn.execute(
            "SELECT text, sections, page_starts FROM document_texts WHERE path = ?", (str(path),)
        ).fetchone()
        if r is None:
            return None
        return {"text": r["text"], "sections": json.loads(r["sections"]), "page_starts": json.loads(r["page_starts"])}

    def evidence_spans(self, path: str | Path) -> list[tuple[int, int]]:
        """The distinct (start, end) of every evidence span of the rows of one file."""
        return [
            (int(e["start"]), int(e["end"]))
            for e in self.conn.execute(
                'SELECT DISTINCT e.start, e."end" FROM evidence e JOIN case_rows r ON r.id = e.row_id WHERE r.path = ?',
                (str(path),),
            )
        ]

    # -- rows -----------------------------------------------------------------
    def row_records(self, doc_id: str | None = None, with_evidence: bool = True) -> list[tuple[str, CaseRow]]:
        """(path, row with its evidence) of every stored row, gone documents included, in path then
        row order; ``doc_id``: of that document only (curation keys rows by these)."""
        where, args = ("WHERE r.doc_id = ?", (doc_id,)) if doc_id is not None else ("", ())
        ev: dict[int, dict[str, list[Evidence]]] = {}
        for e in [] if not with_evidence else self.conn.execute(
            'SELECT e.row_id, e.field, e.doc_id, e.page, e.start, e."end", e.sentence, e.section '
            f"FROM evidence e JOIN case_rows r ON r.id = e.row_id {where}",
            args,
        ):
            ev.setdefault(e["row_id"], {}).setdefault(e["field"], []).append(
                Evidence(e["doc_id"], e["start"], e["end"], e["sentence"], e["page"], e["section"])
            )
        out: list[tuple[str, CaseRow]] = []
        for r in self.conn.execute(f"SELECT r.id, r.path, r.doc_id, r.data FROM case_rows r {where} ORDER BY r.path, r.ordinal", args):
            row = CaseRow.from_dict(json.loads(r["data"]))
            row.evidence = ev.get(r["id"], {})
            out.append((r["path"], row))
        return out

    def rows(self, doc_ids: Iterable[str] | None = None, include_gone: bool = False) -> list[CaseRow]:
        """Stored rows with their evidence, in document then row order; rows of documents
        removed from the corpus only with ``include_gone``."""
        q = "SELECT id, data FROM case_rows"
        conds: list[str] = []
        args: tuple[Any, ...] = ()
        if doc_ids is not None:
            ids = list(doc_ids)
            conds.append(f"doc_id IN ({','.join('?' * len(ids))})")
            args = tuple(ids)
        if not include_gone:
            conds.append("path IN (SELECT path FROM documents WHERE gone_at IS NULL)")
        where = " WHERE " + " AND ".join(conds) if conds else ""
        q += where + " ORDER BY path, ordinal"
        out: list[CaseRow] = []
        ev_by_row: dict[int, dict[str, list[Evidence]]] = {}
        # only the selected rows' evidence (one document's, when one is asked for), not the whole table's
        ev_q = 'SELECT row_id, field, doc_id, page, start, "end", sentence, section FROM evidence'
        if conds:
            ev_q += f" WHERE row_id IN (SELECT id FROM case_rows{where})"
        for e in self.conn.execute(ev_q, args):
            ev_by_row.setdefault(e["row_id"], {}).setdefault(e["field"], []).append(
                Evidence(e["doc_id"], e["start"], e["end"], e["sentence"], e["page"], e["section"])
            )
        for r in self.conn.execute(q, args):
            d = json.loads(r["data"])
            row = CaseRow.from_dict(d)
            row.evidence = ev_by_row.get(r["id"], {})
            out.append(row)
        return out

    def counts(self) -> dict[str, int]:
        c = self.conn
        return {
            "documents": c.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
            "ok": c.execute("SELECT COUNT(*) FROM documents WHERE status='ok'").fetchone()[0],
            "failed": c.execute("SELECT COUNT(*) FROM documents WHERE status='failed'").fetchone()[0],
            "gone": c.execute("SELECT COUNT(*) FROM documents WHERE gone_at IS NOT NULL").fetchone()[0],
            "rows": c.execute("SELECT COUNT(*) FROM case_rows").fetchone()[0],
            "evidence": c.execute("SELECT COUNT(*) FROM evidence").fetchone()[0],
        }

    # -- runs -----------------------------------------------------------------
    def start_run(self) -> int:
        with self.transaction() as c:
            cur = c.execute(
                "INSERT INTO runs (started_at, pipeline_version, status) VALUES (?, ?, 'running')",
                (_now(), PIPELINE_VERSION),
            )
            return int(cur.lastrowid or 0)

    def finish_run(
        self, run_id: int, stats: RunStats, metrics: dict[str, Any] | None = None, error: str | None = None
    ) -> None:
        """Record a run's counts; ``error`` marks a run that stopped (its counts so far are kept)."""
        with self.transaction() as c:
            c.execute(
                "UPDATE runs SET finished_at=?, n_seen=?, n_processed=?, n_skipped=?, n_failed=?, metrics=?, "
                "n_gone=?, n_rows=?, status=?, error=? WHERE id=?",
                (
                    _now(),
                    stats.seen,
                    stats.processed,
                    stats.skipped,
                    stats.failed,
                    json.dumps(metrics or {}, default=str),
                    stats.gone,
                    stats.rows,
                    "failed" if error else "finished",
                    error,
                    run_id,
                ),
            )

    def runs(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM runs ORDER BY id")]


__all__ = ["DEFAULT_DB", "BatchCounts", "RunStats", "Store", "StoredDocument", "VALUE_FIELDS"]
