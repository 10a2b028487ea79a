"""``eims-extract``: extract, run, serve, score, summarize, inspect, benchmark.

Every sub-command is a small function over package code; ``main(argv)``
returns the exit status instead of exiting, so tests can call it.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from . import PIPELINE_VERSION, __version__

EPILOG = """\
examples:
  eims-extract extract report.pdf --out rows.jsonl        one file, rows with evidence
  eims-extract extract corpus/ --out rows.csv             a folder of .txt/.pdf, flat CSV
  eims-extract run                                        the Prefect flow over corpus/ (incremental)
  eims-extract run --runner dask --workers 2              the same on a local Dask cluster
  eims-extract fetch --email you@example.org              newly published EIMS/IMT articles into corpus/fetched
  eims-extract serve --cron "0 6 * * *"                   scheduled fetch + runs (starts a local Prefect server)
  eims-extract score --pred rows.jsonl --gold gold/table2.csv
  eims-extract score --pred store --gold curated          the machine against the curators
  eims-extract review                                     curator review page on http://127.0.0.1:8765
  eims-extract summarize rows.jsonl                       cohort statistics (sex, age, treatment, outcome)
  eims-extract inspect report.pdf                         the document model: sections, tables, pages
  eims-extract evaluate                                   every accuracy figure (gold sets + dev corpus)
  eims-extract benchmark                                  speed and memory figures for the README

Every extracted value carries evidence (document, page, character offsets,
sentence); a value that cannot be grounded in the text is left empty.
"""


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="eims-extract",
        description="Turn EIMS case reports (PDF or text) into evidence-backed case rows and score them.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__} (pipeline {PIPELINE_VERSION})")
    sub = ap.add_subparsers(dest="cmd", metavar="COMMAND")

    p = sub.add_parser("extract", help="extract case rows from files or folders (no Prefect, no store)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.pdf files or folders of them")
    p.add_argument("--out", required=True, metavar="FILE", help="output; format from suffix: .jsonl (with evidence), .csv, .parquet")
    p.add_argument("--strict", action="store_true", help="exit 1 if any document failed")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    _limit_args(p)

    p = sub.add_parser("run", help="run the Prefect flow over a corpus: only new or changed documents are extracted")
    _run_args(p)
    p.add_argument("--runner", choices=("sequential", "dask"), default="sequential", help="task runner (default sequential)")
    p.add_argument("--workers", type=int, default=2, help="Dask LocalCluster worker processes (with --runner dask)")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="use an existing Dask scheduler instead of a LocalCluster")
    p.add_argument("--strict", action="store_true", help="exit 1 if any document failed")
    _limit_args(p, isolate=True)
    p.add_argument("--fetch", action="store_true", help="fetch newly published articles into <corpus>/fetched first")
    p.add_argument("--query", default=None, help="with --fetch: the saved query (default: the fetch default)")

    _fetch_parser(sub)

    p = sub.add_parser("serve", help="serve the flow on a cron schedule (starts a local Prefect server if none is configured)")
    _run_args(p)
    p.add_argument("--cron", default="0 6 * * *", help='cron schedule (default "0 6 * * *": daily at 06:00)')
    p.add_argument("--port", type=int, default=4200, help="port of the local Prefect server (default 4200)")
    p.add_argument("--name", default="eims-extract-scheduled", help="deployment name")
    p.add_argument("--query", default=None, help="saved query fetched at the head of every scheduled run (default: the fetch default)")
    p.add_argument("--no-fetch", action="store_true", help="scheduled runs extract the corpus only, without fetching")
    p.add_argument("--fetch-out", default=None, metavar="DIR", help="where fetched articles go (default: <first corpus path>/fetched)")
    _limit_args(p, isolate=True)

    p = sub.add_parser("review", help="the curator review page over the results store (http://127.0.0.1:PORT)")
    p.add_argument("--db", default="results/eims.sqlite", help="results store (default results/eims.sqlite)")
    p.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1; any other needs --token)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    p.add_argument("--token", default=os.environ.get("EIMS_REVIEW_TOKEN"), help="access token (required off loopback; env EIMS_REVIEW_TOKEN)")
    p.add_argument("--export", metavar="FILE", help="instead of serving, write the curated table (.csv or .xlsx) and exit")
    p.add_argument("--curator", help="with --export: one curator's decisions (default: consensus where resolved)")
    p.add_argument("--verify", action="store_true", help="check the decisions' hash chain (tamper evidence) and exit")
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="another host name the page may be addressed by (repeatable; loopback names always work)")

    p = sub.add_parser("score", help="field-level accuracy of predicted rows against a gold file")
    p.add_argument("--pred", required=True, metavar="FILE", help="predicted rows (.jsonl/.csv), or 'store' for the results store's machine rows")
    p.add_argument("--gold", required=True, metavar="FILE", help="gold rows (.csv like gold/table2.csv, .json, .jsonl), or 'curated' for the curators' rows in the store")
    p.add_argument("--db", default="results/eims.sqlite", help="results store for 'store'/'curated' (default results/eims.sqlite)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--fields", help="comma-separated fields to score (default: the gold file's columns)")
    p.add_argument("--max-mismatches", type=int, default=None, help="list at most N mismatches")
    p.add_argument("--doc", metavar="DOC_ID", help="score one document's rows only (gold rows without a doc id apply to it)")
    p.add_argument("--own-patients", action="store_true",
                   help="the gold holds the report's own patients only: leave out (and count) predicted published-case "
                        "rows (a literature table's rows citing a reference) that align with no gold row")

    p = sub.add_parser("summarize", help="cohort statistics of a set of rows (the figures a review's Discussion states)")
    p.add_argument("rows", metavar="ROWS", help="rows file (.jsonl/.csv), a gold CSV, or 'store' (one copy of each paper)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--html", metavar="FILE", help="also write an HTML report: age histogram, counts, Kaplan–Meier by ALK inhibitor")
    p.add_argument("--db", default="results/eims.sqlite", help="results store for 'store' (default results/eims.sqlite)")

    p = sub.add_parser("inspect", help="show the document model of a file: sections, tables, captions, pages")
    p.add_argument("path", metavar="FILE")
    p.add_argument("--text", action="store_true", help="also print the full reading-order text")

    p = sub.add_parser("eval-dev", help="age/sex accuracy on the case-report dev corpus (../shared)")
    p.add_argument("path", nargs="?", default=None, help="dev.jsonl (default ../shared/corpora/case-report-corpus-dev/dev.jsonl)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("evaluate", help="every accuracy figure: gold/evaluations.json sets and the dev corpus")
    p.add_argument("--gold-dir", default="gold", help="folder with evaluations.json (default gold/)")
    p.add_argument("--dev", default=str(Path("..") / "shared" / "corpora" / "case-report-corpus-dev" / "dev.jsonl"), help="dev corpus (skipped if absent)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("benchmark", help="documents/s, per-stage time, peak memory, flow overhead, incremental ratio")
    p.add_argument("--out", default="results/benchmark.json", help="where to write the figures (JSON)")
    p.add_argument("--repeat", type=int, default=20, help="documents per text/PDF timing (default 20)")
    p.add_argument("--scale", action="store_true", help="also the 500-document sequential-vs-Dask benchmark and the memory figure (peak RSS at 200 vs 1,000 documents)")
    p.add_argument("--scale-docs", type=int, default=500, help="corpus size for --scale (default 500)")
    return ap


FETCH_EPILOG = """\
The query runs against NCBI E-utilities (PubMed, full text from PMC) and Europe PMC for
records added since the last finished fetch of the same query (or --since). Each new record's
open-access full text is saved into --out: JATS XML first, a PDF where only a PDF is open, else
title and abstract as .txt; next to it NAME.meta.json holds PMID, PMCID, DOI, title, journal,
year, licence and retrieved-at. What was seen is remembered in the store (--db, table
fetch_seen): a killed fetch resumes and nothing is downloaded twice; a failed record is retried
on later runs (3 attempts). NCBI's limits are kept: 3 requests/s, 10/s with an API key; 429 and
5xx answers are retried with backoff.

environment: NCBI_API_KEY, NCBI_EMAIL, EIMS_EUTILS_BASE, EIMS_EUROPEPMC_BASE
"""


def _fetch_parser(sub: argparse._SubParsersAction) -> None:
    from .fetch.defaults import DEFAULT_OUT, DEFAULT_QUERY, EUROPEPMC_BASE, EUTILS_BASE, SOURCES

    p = sub.add_parser(
        "fetch",
        help="fetch newly published articles (PubMed/PMC, Europe PMC) into the corpus",
        description="Fetch newly published EIMS / IMT articles into the corpus, with a metadata sidecar each.",
        epilog=FETCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--query", default=DEFAULT_QUERY, help=f"saved search query (default: {DEFAULT_QUERY})")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="records added on or after this date (default: since the last finished fetch of this query; the first fetch looks a year back)")
    p.add_argument("--out", default=DEFAULT_OUT, metavar="DIR", help=f"corpus folder the articles are saved in (default {DEFAULT_OUT})")
    p.add_argument("--db", default="results/eims.sqlite", help="store remembering what was fetched (default results/eims.sqlite)")
    p.add_argument("--source", action="append", choices=SOURCES, help="europepmc and/or pubmed (repeatable; default both)")
    p.add_argument("--max-records", type=int, default=200, help="records per source and run (default 200)")
    p.add_argument("--email", default=os.environ.get("NCBI_EMAIL"), help="contact e-mail sent with every NCBI request, as NCBI asks (env NCBI_EMAIL)")
    p.add_argument("--api-key", default=os.environ.get("NCBI_API_KEY"), help="NCBI API key: 10 requests/s instead of 3 (env NCBI_API_KEY)")
    p.add_argument("--tool", default="eims-extract", help="tool name sent to NCBI (default eims-extract)")
    p.add_argument("--eutils-base", default=os.environ.get("EIMS_EUTILS_BASE") or EUTILS_BASE, help=f"E-utilities base URL (default {EUTILS_BASE})")
    p.add_argument("--europepmc-base", default=os.environ.get("EIMS_EUROPEPMC_BASE") or EUROPEPMC_BASE, help=f"Europe PMC REST base URL (default {EUROPEPMC_BASE})")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default 30)")
    p.add_argument("--retries", type=int, default=4, help="retries of a 429/5xx/timeout with exponential backoff (default 4)")
    p.add_argument("--json", action="store_true", help="machine-readable summary")


def fetch_settings(args: argparse.Namespace):
    """The fetch settings of ``eims-extract fetch`` arguments."""
    import datetime as dt

    from .fetch import FetchSettings

    return FetchSettings(
        query=args.query,
        since=dt.date.fromisoformat(args.since) if args.since else None,
        out_dir=args.out,
        db=args.db,
        sources=tuple(args.source) if args.source else FetchSettings.sources,
        max_records=args.max_records,
        email=args.email,
        api_key=args.api_key,
        tool=args.tool,
        eutils_base=args.eutils_base,
        europepmc_base=args.europepmc_base,
        timeout_s=args.timeout,
        retries=args.retries,
    )


def _run_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", nargs="+", default=["corpus"], metavar="PATH", help="folders/files to scan (default corpus/)")
    p.add_argument("--db", default="results/eims.sqlite", help="results store (default results/eims.sqlite)")
    p.add_argument("--out-dir", default="results", help="where rows and metrics are written (default results/)")
    p.add_argument("--gold-dir", default="gold", help="gold folder with manifest.json (default gold/; 'none' to skip scoring)")
    p.add_argument(
        "--batch-size", type=int, default=None,
        help="documents per task on average (default: about 4 tasks per worker, 8 to 64 documents)",
    )
    p.add_argument("--force", action="store_true", help="re-extract every document even if unchanged")


def _limit_args(p: argparse.ArgumentParser, isolate: bool = False) -> None:
    """Per-document limits: a document over one fails with a one-line reason; 0 switches one off.
    ``isolate``: also the choice of extracting in worker processes the flow can kill (``run``, ``serve``)."""
    from .pipeline.limits import Limits

    d = Limits()
    g = p.add_argument_group("per-document limits (a document over one fails with its reason; 0 = no limit)")
    g.add_argument("--max-bytes", type=int, default=d.max_bytes, metavar="N", help=f"file size in bytes (default {d.max_bytes})")
    g.add_argument("--max-pages", type=int, default=d.max_pages, metavar="N", help=f"PDF pages (default {d.max_pages})")
    g.add_argument("--max-seconds", type=float, default=d.max_seconds, metavar="S", help=f"seconds to read and extract (default {d.max_seconds:g})")
    g.add_argument(
        "--max-memory-mb", type=int, default=d.max_memory_mb, metavar="MB",
        help=f"memory one document may add to its worker (default {d.max_memory_mb})",
    )
    if isolate:
        g.add_argument(
            "--isolate", choices=("auto", "always", "never"), default="auto",
            help="extract each document in a worker process that is killed when it overruns --max-seconds or "
            "--max-memory-mb, so even one long call inside a C library is stopped (default auto: whenever "
            "--max-seconds is set, since the flow's tasks run in worker threads, where a thread cannot stop such a call)",
        )


def limits_from_args(args: argparse.Namespace):
    from .pipeline.limits import Limits

    def opt(v):
        return v if v else None

    isolate = {"always": True, "never": False}.get(getattr(args, "isolate", "auto"))
    return Limits(opt(args.max_bytes), opt(args.max_pages), opt(args.max_seconds), opt(args.max_memory_mb), isolate)


def prefect_defaults() -> None:
    """Quiet, offline-friendly Prefect settings unless the user set their own: no
    telemetry (there is no network to send it to), a patient start-up timeout
    for the temporary local API on a busy machine."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # Dask's scheduler/worker start-up chatter at INFO buries the run summary
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")


def main(argv: Sequence[str] | None = None) -> int:
    prefect_defaults()
    args = _parser().parse_args(argv)
    if args.cmd is None:
        _parser().print_help()
        return 2
    handler = {
        "extract": cmd_extract,
        "run": cmd_run,
        "fetch": cmd_fetch,
        "serve": cmd_serve,
        "score": cmd_score,
        "review": cmd_review,
        "summarize": cmd_summarize,
        "inspect": cmd_inspect,
        "eval-dev": cmd_eval_dev,
        "benchmark": cmd_benchmark,
        "evaluate": cmd_evaluate,
    }[args.cmd]
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


# -- commands --------------------------------------------------------------------
def cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline.corpus import doc_ids, scan
    from .pipeline.extract import process_path
    from .nlp.pipeline import current_nlp
    from .writers import FORMATS, write_rows

    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        print(f"error: --out must end in one of {', '.join(FORMATS)}", file=sys.stderr)
        return 2
    found = scan(args.paths)
    files = found.paths
    if not files and not found.rejected:
        print("error: no files found", file=sys.stderr)
        return 2
    for path, why in found.rejected:
        print(f"failed: {path}: {why}", file=sys.stderr)
    from .pipeline.papers import marked_results

    ids = doc_ids(found.found)
    limits = limits_from_args(args)
    results, failed = [], [path for path, _ in found.rejected]
    for f in _progress(files, args.no_progress, "extract"):
        res = process_path(f, current_nlp(), doc_id=ids.get(str(f)), limits=limits)
        if res.status == "failed":
            failed.append(res)
            print(f"failed: {f}: {res.error}", file=sys.stderr)
        results.append(res)
    # every document's rows are written; a copy of a paper read in another document is marked (copy_of), not dropped
    papers, rows = marked_results(results)
    write_rows(rows, out)
    n_ok = len(files) + len(found.rejected) - len(failed)
    n_copy = sum(1 for r in rows if r.copy_of)
    copies = f" ({len(papers)} paper(s)" if len(papers) != n_ok else ""
    copies += (f"; {n_copy} row(s) of another copy of a paper, marked copy_of" if n_copy else "") + (")" if copies else "")
    print(f"{len(rows)} rows from {n_ok} document(s){copies} written to {out}; {len(failed)} failed")
    return 1 if (args.strict and failed) else 0


def cmd_run(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    missing = [str(p) for p in args.corpus if not Path(p).exists()]
    if missing:
        print(f"error: --corpus: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    gold = _gold_dir_or_note(args.gold_dir)
    from .pipeline.corpus import discover

    found = len(discover(args.corpus))
    print(f"starting Prefect: {found} document(s) found in {', '.join(map(str, args.corpus))}; "
          "unchanged ones are skipped …", flush=True)  # fmt: skip
    progress = StoreProgress(args.db, found)
    progress.start()
    from .fetch.defaults import fetch_options

    flow = load_flow()
    kwargs = dict(
        corpus=[str(p) for p in args.corpus],
        db=args.db,
        out_dir=args.out_dir,
        gold_dir=gold,
        batch_size=args.batch_size,
        force=args.force,
        limits=limits_from_args(args).as_dict(),
        fetch=fetch_options(args.query, None) if args.fetch else None,
    )
    if args.runner == "dask":
        from .pipeline.runner import dask_task_runner

        flow = flow.with_options(task_runner=dask_task_runner(args.workers, args.scheduler))
    else:
        from prefect.task_runners import ThreadPoolTaskRunner

        flow = flow.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1))
    from .errors import RunLockedError
    from .pipeline.runner import check_unlocked

    try:
        check_unlocked(args.db)
        result = flow(**kwargs)
    except RunLockedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 75  # EX_TEMPFAIL: try again later
    finally:
        progress.stop()
    print(result["summary"])
    print(f"\nwall time {time.perf_counter() - t0:.1f} s (command start to finish, Prefect start-up included)")
    print(f"\nresults: {Path(args.out_dir) / 'rows.jsonl'} (also .csv, .parquet); store: {args.db}")
    print(f"metrics: {Path(args.out_dir) / 'metrics.json'}; summary: {Path(args.out_dir) / 'summary.md'}")
    return 1 if (args.strict and result["stats"].failed) else 0


class StoreProgress(threading.Thread):
    """A line on stderr whenever the running flow has stored more documents.

    The flow process is the store's single writer and stamps each document
    with ``processed_at``; this reads the store (read-only, never creating it)
    every ``every`` seconds, so ``run`` is not silent while it works.
    """

    def __init__(self, db: str, found: int, every: float = 2.0) -> None:
        super().__init__(daemon=True)
        self.db, self.found, self.every = db, found, every
        self.t0 = time.time()
        self.since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.t0))
        self._stop_event = threading.Event()
        self.lines: list[str] = []

    def stored(self) -> int | None:
        if not Path(self.db).is_file():
            return None
        try:
            conn = sqlite3.connect(f"file:{Path(self.db).resolve()}?mode=ro", uri=True, timeout=1)
            try:
                return int(conn.execute("SELECT COUNT(*) FROM documents WHERE processed_at >= ?", (self.since,)).fetchone()[0])
            finally:
                conn.close()
        except sqlite3.Error:
            return None

    def run(self) -> None:
        last = 0
        while not self._stop_event.wait(self.every):
            n = self.stored()
            if n is not None and n != last:
                last = n
                line = f"progress: {n} of {self.found} document(s) stored ({time.time() - self.t0:.0f} s)"
                self.lines.append(line)
                print(line, file=sys.stderr, flush=True)

    def stop(self) -> None:
        self._stop_event.set()
        self.join(timeout=5)


def cron_error(expr: str) -> str | None:
    """Why ``expr`` is not a cron schedule Prefect accepts, in one line (None if it is)."""
    from pydantic import ValidationError
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=expr)
    except (ValidationError, ValueError):
        return f'--cron {expr!r} is not a cron schedule (five fields: minute hour day month weekday, e.g. "0 6 * * *")'
    return None


def _gold_dir_or_note(gold_dir: str) -> str | None:
    """The gold folder to score against, or None with one line saying why scoring is skipped."""
    if str(gold_dir).lower() == "none":
        return None
    if not (Path(gold_dir) / "manifest.json").is_file():
        print(
            f"note: no gold manifest at {Path(gold_dir) / 'manifest.json'} (outside the repository?): scoring skipped; "
            "pass --gold-dir DIR, or --gold-dir none to silence this",
            file=sys.stderr,
        )
        return None
    return gold_dir
def cmd_fetch(args: argparse.Namespace) -> int:
    from .fetch import run_fetch

    try:
        settings = fetch_settings(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    summary = run_fetch(settings)
    print(json.dumps(summary.to_dict(), indent=1) if args.json else "\n".join(summary.lines()))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    problem = cron_error(args.cron)
    if problem is None:
        missing = [str(p) for p in args.corpus if not Path(p).exists()]
        problem = f"--corpus: no such file or folder: {', '.join(missing)}" if missing else None
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if _gold_dir_or_note(args.gold_dir) is None:
        args.gold_dir = "none"
    args.limits = limits_from_args(args).as_dict()  # every scheduled run keeps the same per-document limits
    from .pipeline.serve import serve

    try:
        return serve(args)
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


class RowsError(Exception):
    """A rows argument that cannot be read; the message is the one line the user sees."""


def cmd_score(args: argparse.Namespace) -> int:
    from .reporting.scoring import format_report, score

    try:
        pred = _rows_arg(args.pred, args.db, "--pred")
        if args.gold == "curated":
            from .review.curation import curated_gold, mask_unreviewed

            cg = curated_gold(args.db)
            gold, pred = cg.rows, mask_unreviewed(pred, cg)
        else:
            cg = None
            gold = _rows_arg(args.gold, args.db, "--gold")
    except RowsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.doc is not None:
        problem = _doc_error(args.doc, pred, gold)
        if problem:
            print(f"error: --doc {args.doc}: {problem}", file=sys.stderr)
            return 2
        from .reporting.scoring import only_document

        pred, gold = only_document(pred, gold, args.doc)
    fields = [f.strip() for f in args.fields.split(",")] if args.fields else None
    try:
        rep = score(pred, gold, fields, own_patients=args.own_patients)
    except ValueError as exc:  # an unknown --fields name: one line, not a traceback
        print(f"error: --fields: {exc}", file=sys.stderr)
        return 2
    if args.json:
        out = rep.to_dict()
        if cg is not None:
            out["curated"] = cg.counts
        print(json.dumps(out, indent=1, ensure_ascii=False, default=str))
    else:
        if cg is not None:
            print(cg.describe())
        print(format_report(rep, max_mismatches=args.max_mismatches))
    return 0


def _doc_error(doc_id: str, pred, gold) -> str | None:
    """Why ``--doc`` selects nothing to score, in one line (None if it selects something)."""
    docs = sorted({r.doc_id for r in pred if r.doc_id})
    if doc_id not in docs:
        shown = ", ".join(docs[:5]) + (f" … ({len(docs)} in all)" if len(docs) > 5 else "")
        return f"no predicted rows of this document (documents: {shown or 'none'})"
    if not any(g.doc_id in (doc_id, "") for g in gold):
        return "the gold rows name other documents only"
    return None


def _rows_arg(value: str, db: str, what: str):
    """A rows file, or the store's machine rows ('store'); a one-line :class:`RowsError` otherwise."""
    from .reporting.scoring import load_rows

    if value in ("store", "curated"):
        problem = _store_error(db)
        if problem:
            raise RowsError(f"{what} {value}: {problem}")
        if value == "curated":
            from .review.curation import curated_rows

            return curated_rows(db)
        from .pipeline.papers import marked_store_rows
        from .store import Store

        with Store(db) as s:  # every document's rows, copies of a paper marked (copy_of)
            return marked_store_rows(s)
    p = Path(value)
    if not p.exists():
        raise RowsError(f"{what} {value}: no such file")
    if p.is_dir():
        raise RowsError(f"{what} {value}: is a folder, expected a rows file (.jsonl, .json, .csv, .parquet)")
    try:
        return load_rows(p)
    except (OSError, ValueError, KeyError, TypeError) as exc:  # JSON, CSV, Parquet and encoding errors
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise RowsError(f"{what} {value}: cannot read rows: {reason}") from None


def _store_error(db: str) -> str | None:
    """Why ``db`` is not an existing results store (without creating one), or None."""
    p = Path(db)
    if not p.is_file():
        return f"no results store at {db} (run `eims-extract run` first, or pass --db)"
    try:
        with p.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        return f"cannot read {db}: {exc.strerror or exc}"
    if head != b"SQLite format 3\x00":
        return f"{db} is not a SQLite results store"
    return None


def cmd_review(args: argparse.Namespace) -> int:
    from .review.app import is_loopback

    if not (args.export or args.verify) and not is_loopback(args.host) and not args.token:
        print(f"error: refusing to serve the review page on {args.host!r} without a token: bind 127.0.0.1 "
              "or pass --token (or EIMS_REVIEW_TOKEN)", file=sys.stderr)  # fmt: skip
        return 2
    if args.export and Path(args.export).suffix.lower() not in (".csv", ".xlsx"):
        print(f"error: --export {args.export}: use a .csv or .xlsx file name", file=sys.stderr)
        return 2
    problem = _store_error(args.db)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if args.verify:
        from .review.curation import verify_chain

        rep = verify_chain(args.db)
        counts = ", ".join(f"{n} {t}" for t, n in rep.counts.items())
        if not rep.ok:
            for line in rep.problems:
                print(f"audit trail broken: {line}", file=sys.stderr)
            return 1
        heads = ", ".join(f"{t} {(h or '-')[:16]}" for t, h in rep.heads.items())
        print(f"audit trail intact: {counts}; head hashes {heads} (keep them to detect a truncated tail later)")
        return 0
    if args.export:
        from .review.curation import export_curated

        out = export_curated(args.db, args.export, curator=args.curator)
        print(f"curated rows written to {out}")
        return 0
    from .review.app import serve

    try:
        serve(args.db, host=args.host, port=args.port, token=args.token, extra_hosts=tuple(args.allow_host))
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_summarize(args: argparse.Namespace) -> int:
    from .reporting.summary import format_summary, summarize

    if args.html and Path(args.html).suffix.lower() not in (".html", ".htm"):
        print(f"error: --html {args.html}: use a .html file name", file=sys.stderr)
        return 2
    if args.html and not Path(args.html).resolve().parent.is_dir():
        print(f"error: --html {args.html}: no such folder {Path(args.html).parent}", file=sys.stderr)
        return 2
    try:
        rows = _rows_arg(args.rows, args.db, "summarize")
    except RowsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    s = summarize(rows)  # rows of a copy of a paper (copy_of set) are left out: each paper counts once
    print(json.dumps(s.to_dict(), indent=1, ensure_ascii=False) if args.json else format_summary(s))
    if args.html:
        from .reporting.report import render_html

        Path(args.html).write_text(render_html(rows, title=f"Cohort of {Path(args.rows).name}"), encoding="utf-8")
        print(f"report written to {args.html}", file=sys.stderr if args.json else sys.stdout)
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    from .errors import IngestError
    from .ingest import load_document
    from .ingest.inspect import render

    try:
        doc = load_document(args.path)
    except IngestError as exc:
        print(f"error: {args.path}: {exc}", file=sys.stderr)
        return 1
    print(render(doc, show_text=args.text))
    return 0


def cmd_eval_dev(args: argparse.Namespace) -> int:
    from .evaluation.devcorpus import evaluate_dev, format_dev

    path = args.path or str(Path("..") / "shared" / "corpora" / "case-report-corpus-dev" / "dev.jsonl")
    if not Path(path).exists():
        print(f"error: dev corpus not found at {path}", file=sys.stderr)
        return 2
    rep = evaluate_dev(path)
    print(json.dumps(rep.to_dict(), indent=1, ensure_ascii=False) if args.json else format_dev(rep))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluation.evaluate import format_evaluations, run_dev, run_evaluations

    results = run_evaluations(args.gold_dir)
    dev = run_dev(args.dev)
    if args.json:
        print(json.dumps({"evaluations": results, "dev": dev}, indent=1, ensure_ascii=False))
    else:
        print(format_evaluations(results, dev))
    return 0


def cmd_benchmark(args: argparse.Namespace) -> int:
    from .evaluation.benchmark import format_benchmark, run_benchmark

    figures = run_benchmark(repeat=args.repeat, scale=args.scale, scale_docs=args.scale_docs)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=1))
    print(format_benchmark(figures))
    print(f"\nfigures written to {out}")
    return 0


# -- helpers ---------------------------------------------------------------------
def _progress(items: list, disabled: bool, desc: str):
    if disabled or len(items) < 2 or not sys.stderr.isatty() and not os.environ.get("EIMS_PROGRESS"):
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit="doc")


def load_flow():
    """The corpus flow (:func:`eims_extract.pipeline.flow.eims_pipeline`), imported when a command needs it:
    importing Prefect costs seconds that ``extract`` and ``score`` should not pay."""
    from .pipeline.flow import eims_pipeline

    return eims_pipeline


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
