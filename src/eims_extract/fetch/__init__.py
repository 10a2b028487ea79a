"""``eims-extract fetch``: newly published EIMS / IMT articles into the corpus.

A saved query runs against NCBI E-utilities (PubMed + PMC) and/or Europe PMC
for records added since the last fetch; each new record's open-access full
text is saved into the corpus — JATS XML first, a PDF where only a PDF exists,
else the title and abstract as text — next to a metadata sidecar
(``NAME.meta.json``: PMID, PMCID, DOI, title, journal, year, licence,
retrieved-at). What was seen is remembered in the results store (table
``fetch_seen``), committed record by record, so a killed fetch resumes where
it stopped and nothing is downloaded twice; a failure is recorded with its
reason and tried again next time, and never stops the run.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import IngestError
from .defaults import DEFAULT_OUT, DEFAULT_QUERY, EUROPEPMC_BASE, EUTILS_BASE, SOURCES

if TYPE_CHECKING:  # the HTTP and XML stacks load when a fetch runs, not when the CLI starts
    from .http import Http
    from .sources import Record

#: A record that failed is tried again on later runs, up to this many attempts in all.
MAX_ATTEMPTS = 3

SCHEMA = """
CREATE TABLE IF NOT EXISTS fetch_seen (
    key TEXT PRIMARY KEY,
    pmid TEXT, pmcid TEXT, doi TEXT, title TEXT,
    status TEXT NOT NULL CHECK (status IN ('saved', 'failed')),
    format TEXT,
    path TEXT,
    reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    first_seen_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS fetch_seen_pmcid ON fetch_seen(pmcid);
CREATE INDEX IF NOT EXISTS fetch_seen_doi ON fetch_seen(doi);
CREATE TABLE IF NOT EXISTS fetch_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    query TEXT NOT NULL,
    since TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    summary TEXT
);
"""


@dataclass
class FetchSettings:
    query: str = DEFAULT_QUERY
    #: Records added on or after this date; ``None``: since the last finished fetch of this query
    #: (the first fetch reads ``first_days`` back).
    since: dt.date | None = None
    first_days: int = 365
    out_dir: str = DEFAULT_OUT
    db: str = "results/eims.sqlite"
    sources: tuple[str, ...] = SOURCES
    max_records: int = 200
    email: str | None = None
    api_key: str | None = None
    tool: str = "eims-extract"
    eutils_base: str = EUTILS_BASE
    europepmc_base: str = EUROPEPMC_BASE
    timeout_s: float = 30.0
    retries: int = 4
    backoff_s: float = 1.0
    #: Requests per second: NCBI's 3 (10 with an API key); Europe PMC asks for moderation.
    europepmc_rate: float = 5.0

    @classmethod
    def from_env(cls, **overrides: Any) -> FetchSettings:
        """Settings from ``NCBI_API_KEY``, ``NCBI_EMAIL``, ``EIMS_EUTILS_BASE``, ``EIMS_EUROPEPMC_BASE``
        then explicit values (``None`` values are ignored)."""
        env = {
            "api_key": os.environ.get("NCBI_API_KEY") or None,
            "email": os.environ.get("NCBI_EMAIL") or None,
            "eutils_base": os.environ.get("EIMS_EUTILS_BASE") or EUTILS_BASE,
            "europepmc_base": os.environ.get("EIMS_EUROPEPMC_BASE") or EUROPEPMC_BASE,
        }
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)

    @property
    def ncbi_rate(self) -> float:
        return 10.0 if self.api_key else 3.0


@dataclass
class FetchSummary:
    query: str
    since: str | None
    found: int = 0
    new: int = 0
    already_seen: int = 0
    saved: dict[str, int] = field(default_factory=lambda: {"xml": 0, "pdf": 0, "abstract": 0})
    failed: list[tuple[str, str]] = field(default_factory=list)
    search_errors: list[tuple[str, str]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[str]:
        s = self.saved
        out = [
            f"fetch: query {self.query!r} since {self.since or 'the beginning'}",
            f"  records found: {self.found}, new: {self.new}, already seen: {self.already_seen}",
            f"  saved: {s['xml']} JATS XML, {s['pdf']} PDF, {s['abstract']} abstract only; failed: {len(self.failed)}",
            f"  {self.requests} requests in {self.seconds:.1f} s",
        ]
        out += [f"  search failed: {src}: {why}" for src, why in self.search_errors]
        out += [f"  failed: {key}: {why}" for key, why in self.failed]
        return out


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


# -- the seen-table -------------------------------------------------------------------------------
class Seen:
    """``fetch_seen`` / ``fetch_runs`` in the results store (tables of their own)."""

    def __init__(self, db: str | Path) -> None:
        from ..store import Store

        self.store = Store(db)
        self.conn = self.store.conn
        self.conn.executescript(SCHEMA)

    def close(self) -> None:
        self.store.close()

    def lookup(self, rec: Record) -> dict[str, Any] | None:
        """The stored entry for any identifier of ``rec`` (a PMID-keyed record is the same paper as
        its PMCID- or DOI-keyed one from the other service)."""
        for col, val in (("pmid", rec.pmid), ("pmcid", rec.pmcid), ("doi", (rec.doi or "").lower() or None)):
            if val:
                r = self.conn.execute(f"SELECT * FROM fetch_seen WHERE {col} = ?", (val,)).fetchone()
                if r:
                    return dict(r)
        return None

    def record(self, rec: Record, status: str, fmt: str | None, path: str | None, reason: str | None, key: str | None = None) -> None:
        now = _now()
        key = key or rec.key
        with self.store.transaction() as c:
            c.execute(
                "INSERT INTO fetch_seen (key, pmid, pmcid, doi, title, status, format, path, reason, attempts, "
                "first_seen_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,1,?,?) "
                "ON CONFLICT(key) DO UPDATE SET status=excluded.status, format=excluded.format, path=excluded.path, "
                "reason=excluded.reason, attempts=fetch_seen.attempts+1, updated_at=excluded.updated_at, "
                "pmid=COALESCE(fetch_seen.pmid, excluded.pmid), pmcid=COALESCE(fetch_seen.pmcid, excluded.pmcid), "
                "doi=COALESCE(fetch_seen.doi, excluded.doi)",
                (key, rec.pmid, rec.pmcid, (rec.doi or "").lower() or None, rec.title, status, fmt, path, reason, now, now),
            )

    def last_since(self, query: str) -> dt.date | None:
        r = self.conn.execute(
            "SELECT started_at FROM fetch_runs WHERE query = ? AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1",
            (query,),
        ).fetchone()
        return dt.date.fromisoformat(r[0][:10]) if r else None

    def start_run(self, query: str, since: dt.date | None) -> int:
        with self.store.transaction() as c:
            cur = c.execute(
                "INSERT INTO fetch_runs (query, since, started_at) VALUES (?,?,?)",
                (query, since.isoformat() if since else None, _now()),
            )
            return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, summary: FetchSummary) -> None:
        with self.store.transaction() as c:
            c.execute(
                "UPDATE fetch_runs SET finished_at=?, summary=? WHERE id=?",
                (_now(), json.dumps(summary.to_dict()), run_id),
            )

    def entries(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM fetch_seen ORDER BY key")]


# -- saving ------------------------------------------------------------------------------------------
def file_stem(rec: Record) -> str:
    """``PMC123``, ``PMID456`` or a DOI made file-safe: one name per paper, whatever the source."""
    if rec.pmcid:
        return rec.pmcid
    if rec.pmid:
        return f"PMID{rec.pmid}"
    return "doi_" + re.sub(r"[^A-Za-z0-9._-]+", "_", rec.doi or "unknown")[:120]


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def sidecar(rec: Record, fmt: str, url: str | None, retrieved_at: str) -> dict[str, Any]:
    return {
        "pmid": rec.pmid,
        "pmcid": rec.pmcid,
        "doi": (rec.doi or "").lower() or None,
        "title": rec.title,
        "journal": rec.journal,
        "year": rec.year,
        "license": rec.license,
        "format": fmt,
        "source": "+".join(rec.sources),
        "url": url,
        "retrieved_at": retrieved_at,
    }


def save(out_dir: Path, rec: Record, data: bytes, fmt: str, url: str | None) -> Path:
    """Write the article, then its sidecar (both atomically): a kill leaves whole files only."""
    from ..ingest.identifiers import sidecar_path

    suffix = {"xml": ".xml", "pdf": ".pdf", "abstract": ".txt"}[fmt]
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{file_stem(rec)}{suffix}"
    _atomic_write(path, data)
    meta = sidecar(rec, fmt, url, _now())
    _atomic_write(sidecar_path(path), json.dumps(meta, indent=1, ensure_ascii=False).encode("utf-8"))
    return path


def abstract_text(rec: Record) -> bytes:
    """Title and abstract as a small text report (the text reader's title + Abstract heading)."""
    return f"{rec.title}\n\nAbstract\n{rec.abstract}\n".encode("utf-8")


def check_jats(data: bytes) -> str | None:
    """Why ``data`` is not a usable JATS full text (``None`` when it is): malformed, not an
    article, or no body (PMC answers with front matter only when the publisher forbids it)."""
    from ..ingest.jats import find_article, parse_xml

    try:
        root, warnings = parse_xml(data)
        article = find_article(root)
    except IngestError as exc:
        return f"full-text XML unusable: {exc}"
    if warnings:
        return "full-text XML malformed or cut short"
    if not any(isinstance(e.tag, str) and e.tag == "body" for e in article.iter()):
        return "full-text XML has no body (not open access?)"
    return None


# -- the run ------------------------------------------------------------------------------------------
def _clients(s: FetchSettings) -> tuple[list[Any], list[Http]]:
    from .http import Http, RateLimiter, RetryPolicy
    from .sources import EUtils, EuropePMC

    policy = RetryPolicy(retries=s.retries, backoff_s=s.backoff_s)
    agent = f"{s.tool} (mailto:{s.email})" if s.email else s.tool
    services: list[Any] = []
    https: list[Http] = []
    for name in s.sources:
        if name == "europepmc":
            h = Http(RateLimiter(s.europepmc_rate), policy, s.timeout_s, agent)
            services.append(EuropePMC(h, s.europepmc_base))
        elif name == "pubmed":
            h = Http(RateLimiter(s.ncbi_rate), policy, s.timeout_s, agent)
            services.append(EUtils(h, s.eutils_base, s.tool, s.email, s.api_key))
        else:
            raise ValueError(f"unknown source {name!r}: expected one of {', '.join(SOURCES)}")
        https.append(h)
    return services, https


def _full_text(rec: Record, services: list[Any], https: dict[str, Http]) -> tuple[bytes, str, str | None]:
    from .http import FetchError

    """(data, format, url): JATS from any service that has it, else an open PDF, else the abstract."""
    reasons: list[str] = []
    if rec.pmcid:
        for svc in services:
            try:
                data = svc.full_text_xml(rec)
            except FetchError as exc:
                reasons.append(f"{svc.name} XML: {exc}")
                continue
            if data is None:
                continue
            why = check_jats(data)
            if why is None:
                return data, "xml", None
            reasons.append(f"{svc.name}: {why}")
    for url in rec.pdf_urls:
        http = https.get("europepmc") or next(iter(https.values()))
        try:
            data = http.get(url).content
        except FetchError as exc:
            reasons.append(f"PDF: {exc}")
            continue
        if data.startswith(b"%PDF"):
            return data, "pdf", url
        reasons.append(f"PDF: not a PDF ({data[:20]!r})")
    if rec.abstract and rec.title:
        return abstract_text(rec), "abstract", None
    raise FetchError("; ".join(reasons) or "no open full text and no abstract")


def _worth_trying(prior: dict[str, Any], rec: Record) -> bool:
    """A failed record while attempts remain; an abstract-only one once its full text is open
    (PMC releases papers months after PubMed lists them)."""
    if prior["attempts"] >= MAX_ATTEMPTS:
        return False
    if prior["status"] == "failed":
        return True
    return prior["format"] == "abstract" and rec.open_access and bool(rec.pmcid or rec.pdf_urls)


def run_fetch(settings: FetchSettings) -> FetchSummary:
    """Search, then save every new record's best open text; never raises for a record or a service."""
    from .http import FetchError
    from .sources import Record, merge_records

    t0 = time.perf_counter()
    seen = Seen(settings.db)
    try:
        since = settings.since or seen.last_since(settings.query)
        today = dt.date.today()
        if since is None:
            since = today - dt.timedelta(days=settings.first_days)
        summary = FetchSummary(settings.query, since.isoformat())
        run_id = seen.start_run(settings.query, since)
        services, https = _clients(settings)
        by_name = {svc.name: h for svc, h in zip(services, https)}
        try:
            found: list[Record] = []
            for svc in services:
                try:
                    found += svc.search(settings.query, since, today, settings.max_records)
                except FetchError as exc:
                    summary.search_errors.append((svc.name, str(exc)))
            records = merge_records(found)
            summary.found = len(records)
            out_dir = Path(settings.out_dir)
            for rec in records:
                prior = seen.lookup(rec)
                if prior and not _worth_trying(prior, rec):
                    summary.already_seen += 1
                    continue
                summary.new += prior is None
                key = prior["key"] if prior else rec.key
                try:
                    data, fmt, url = _full_text(rec, services, by_name)
                    path = save(out_dir, rec, data, fmt, url)
                except FetchError as exc:
                    seen.record(rec, "failed", None, None, str(exc), key)
                    summary.failed.append((key, str(exc)))
                    continue
                except OSError as exc:
                    seen.record(rec, "failed", None, None, f"cannot save: {exc}", key)
                    summary.failed.append((key, f"cannot save: {exc}"))
                    continue
                seen.record(rec, "saved", fmt, str(path), None, key)
                summary.saved[fmt] += 1
                summary.paths.append(str(path))
        finally:
            summary.requests = sum(h.requests for h in https)
            for h in https:
                h.close()
        summary.seconds = time.perf_counter() - t0
        if not summary.search_errors:  # a failed search must not move "since" past what it missed
            seen.finish_run(run_id, summary)
        return summary
    finally:
        seen.close()
