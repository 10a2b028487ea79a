"""The steps of a corpus run, as plain functions.

The Prefect flow (:mod:`.flow`) and the tasks in :mod:`.tasks` only
orchestrate these; keeping the logic here lets tests and the benchmark call it
without Prefect and keeps one code path for every entry point.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .. import PIPELINE_VERSION
from .corpus import WorkItem, doc_ids, file_size, scan, sha256_file
from ..errors import RunLockedError
from . import isolate
from .extract import process_path
from .limits import Limits
from .packing import finish_result
from .packing import pack_results, peak_rss_mb, unpack_results  # noqa: F401 (this module's names since before)
from ..records import DocumentResult
from ..store import BatchCounts, DocumentRecord, RunStats, Store, document_record, failed_record

#: The smallest and largest automatic batch (documents per task).
MIN_BATCH, MAX_BATCH = 8, 64
#: Automatic batching aims at this many tasks per task slot (worker thread): enough that
#: cost-balanced batches finish together, few enough that Prefect's per-task cost
#: (≈0.15 s on a Dask worker, mostly rebuilding its settings) stays small.
TASKS_PER_SLOT = 4


@dataclass
class Plan:
    """What a run has to do: the documents that are new or changed.

    ``failed`` are documents failed while planning, without extracting them (refused links,
    content that already failed under this pipeline version): already stored with their reason.
    ``gone`` are stored documents no longer in the corpus, now marked gone."""

    todo: list[WorkItem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return len(self.todo) + len(self.skipped) + len(self.failed)


def _under(path: str, roots: Sequence[Path]) -> bool:
    p = Path(path)
    return any(p == r or r in p.parents for r in roots)


def plan(paths: Iterable[str | Path], db: str | Path, force: bool = False) -> Plan:
    """Hash every discovered file and keep those whose (hash, pipeline version) is not stored.

    Planning also records what needs no extraction: a path refused at discovery (link outside
    the corpus, broken link, loop) or a file whose content already failed under this pipeline
    version is stored as failed with its reason (once: unchanged, it is skipped next time); a
    stored document under the scanned roots that is no longer found is marked gone.
    """
    out = Plan()
    found = scan(paths)
    with Store(db) as store:
        ids = doc_ids(found.found, store.doc_ids())
        for f in found.found:
            p = str(f.path)
            sha = sha256_file(p)
            if not force and store.is_current(p, sha, PIPELINE_VERSION):
                out.skipped.append(p)
                store.unmark_gone(p)
                continue
            known = None if force else store.known_failure(sha)
            if known is not None:
                store.save_record(failed_record(p, ids[p], sha, known))
                out.failed.append((p, known))
            else:
                out.todo.append(WorkItem(p, sha, file_size(p), ids[p]))
        stored_ids = store.doc_ids()
        for p, why in found.rejected:
            d = store.document(p)
            if not force and d is not None and d.status == "failed" and d.error == why and d.pipeline_version == PIPELINE_VERSION:
                out.skipped.append(p)
                store.unmark_gone(p)
                continue
            did = stored_ids.get(p) or doc_ids([_found_for(p, found.roots)], stored_ids)[p]
            store.save_record(failed_record(p, did, "", why))
            stored_ids[p] = did
            out.failed.append((p, why))
        here = {str(f.path) for f in found.found} | {p for p, _ in found.rejected}
        out.gone = [
            d.path for d in store.documents(include_gone=False) if d.path not in here and _under(d.path, found.roots)
        ]
        store.mark_gone(out.gone)
    return out


def _found_for(path: str, roots: Sequence[Path]):
    from .corpus import Found

    p = Path(path)
    root = next((r for r in roots if r in p.parents), p.parent)
    return Found(p, root)


def auto_batch_size(n_docs: int, slots: int = 1) -> int:
    """Documents per task when the caller gives none: about ``TASKS_PER_SLOT`` tasks per slot,
    bounded by ``MIN_BATCH`` and ``MAX_BATCH``."""
    per = -(-max(0, n_docs) // (TASKS_PER_SLOT * max(1, slots)))
    return max(MIN_BATCH, min(MAX_BATCH, per))


def _as_item(it: WorkItem | Sequence[Any] | str) -> WorkItem:
    if isinstance(it, WorkItem):
        return it
    if isinstance(it, str):
        return WorkItem(it, "", file_size(it))
    return WorkItem(*it)


def batches(items: Sequence[WorkItem | Sequence[Any] | str], size: int | None = None, slots: int = 1) -> list[list[WorkItem]]:
    """Split the work into ``ceil(n / size)`` batches (rounded up to a multiple of ``slots``)
    of about equal cost, heaviest first.

    Cost is the file size. Documents are dealt largest first to the lightest batch
    (LPT), so one 200-page PDF does not make a batch that finishes long after the
    others, and batches are returned heaviest first so the run's tail is short.
    ``size`` is documents per batch on average; ``None`` picks :func:`auto_batch_size`.
    """
    work = [_as_item(it) for it in items]
    if not work:
        return []
    size = auto_batch_size(len(work), slots) if not size else max(1, int(size))
    k = -(-len(work) // size)
    if slots > 1 and k > 1:
        k = min(len(work), -(-k // slots) * slots)
    bins: list[list[WorkItem]] = [[] for _ in range(k)]
    load = [0] * k
    for w in sorted(work, key=lambda w: (-w.nbytes, w.path)):
        i = min(range(k), key=lambda j: (load[j], len(bins[j]), j))
        bins[i].append(w)
        load[i] += max(1, w.nbytes)
    order = sorted(range(k), key=lambda j: (-load[j], j))
    return [bins[j] for j in order if bins[j]]


def extract_batch(
    items: Sequence[WorkItem | Sequence[Any] | str], limits: Limits | dict[str, Any] | None = None
) -> list[DocumentResult | DocumentRecord]:
    """Extract each document of a batch with this process's pipeline (built once, then reused;
    renewed between documents when its string store outgrows its bound: ``nlp.pipeline.current_nlp``).

    Each document runs under ``limits``; one that broke a limit is failed with its reason and
    the memory it took is handed back to the system before the next one. Off the main thread (or
    when ``limits.isolate`` asks) each document goes to this thread's worker process instead
    (:mod:`.isolate`), which its parent kills when it overruns; its results come back as
    store-ready records (:class:`~..store.DocumentRecord`), which ``store_results`` and
    ``pack_results`` take as they are."""
    lim = Limits(**limits) if isinstance(limits, dict) else (limits or Limits())
    work = [_as_item(it) for it in items]
    if isolate.wanted(lim):
        worker = isolate.thread_worker()
        return [worker.extract(w, lim) for w in work]
    from ..nlp.pipeline import current_nlp

    return [finish_result(process_path(w.path, current_nlp(), doc_id=w.doc_id or None, limits=lim), w) for w in work]


def store_results(db: str | Path, results: Iterable[DocumentResult | DocumentRecord]) -> BatchCounts:
    """Persist results, one transaction per document (a crash loses at most the one in flight)."""
    n = BatchCounts()
    with Store(db) as store:
        for r in results:
            rec = r if isinstance(r, DocumentRecord) else document_record(r)
            try:
                store.save_record(rec)
            except Exception as exc:  # one document that cannot be stored must not stop the run
                reason = f"could not be stored: {type(exc).__name__}: {exc}".splitlines()[0]
                rec = failed_record(rec.path, rec.document[0], rec.document[1], reason, rec.document[2])
                store.save_record(rec)
            n.processed += 1
            n.failed += rec.status == "failed"
            n.rows += rec.n_rows
            peak = rec.timings.get("peak_rss_mb", 0.0)
            n.worker_peak_rss_mb = max(n.worker_peak_rss_mb, peak)
            pid = str(int(rec.timings.get("worker_pid", 0)))
            n.worker_peaks_mb[pid] = max(n.worker_peaks_mb.get(pid, 0.0), peak)
            if rec.status == "failed":
                n.failures.append((rec.path, rec.error or ""))
    return n


def plan_dict(p: Plan) -> dict[str, Any]:
    """A plan as plain data (a Prefect task's result)."""
    return {
        "todo": [(w.path, w.sha256, w.nbytes, w.doc_id) for w in p.todo],
        "skipped": p.skipped,
        "failed": p.failed,
        "gone": p.gone,
        "seen": p.seen,
    }


def export(db: str | Path, out_dir: str | Path, changed: bool = True) -> dict[str, str]:
    """Write every stored row as JSONL (with evidence), CSV and Parquet, plus a documents table.

    With ``changed=False`` (a run that stored nothing) existing exports are kept as they are.
    """
    from ..writers import write_rows

    out = Path(out_dir)
    names = {
        "jsonl": "rows.jsonl", "csv": "rows.csv", "parquet": "rows.parquet", "documents": "documents.json",
        "papers": "papers.json",
    }
    if not changed and all((out / n).exists() for n in names.values()):
        return {k: str(out / n) for k, n in names.items()}
    out.mkdir(parents=True, exist_ok=True)
    from .papers import marked_store_rows, store_papers

    with Store(db) as store:
        papers = store_papers(store)
        # every document's rows; a copy of a paper read in another document is marked (copy_of), not dropped
        rows = marked_store_rows(store, papers=papers)
        docs = store.documents(include_gone=False)
    paths = {fmt: str(write_rows(rows, out / f"rows.{fmt}")) for fmt in ("jsonl", "csv", "parquet")}
    doc_path = out / "documents.json"
    doc_path.write_text(json.dumps([asdict(d) for d in docs], indent=1, ensure_ascii=False), encoding="utf-8")
    paths["documents"] = str(doc_path)
    papers_path = out / "papers.json"
    papers_path.write_text(json.dumps([p.to_dict() for p in papers], indent=1, ensure_ascii=False), encoding="utf-8")
    paths["papers"] = str(papers_path)
    return paths


# -- scoring against the gold files that apply --------------------------------
def gold_manifest(gold_dir: str | Path) -> list[dict[str, Any]]:
    """Entries of ``gold/manifest.json``: which gold file scores which documents."""
    p = Path(gold_dir) / "manifest.json"
    if not p.exists():
        return []
    entries = json.loads(p.read_text(encoding="utf-8"))
    return [dict(e, path=str(Path(gold_dir) / e["file"])) for e in entries]


def score_store(db: str | Path, gold_dir: str | Path) -> list[dict[str, Any]]:
    """Score stored rows against every gold file whose documents are in the store."""
    from ..reporting.scoring import load_rows, score

    reports: list[dict[str, Any]] = []
    with Store(db) as store:
        stored_ids = {d.doc_id for d in store.documents(include_gone=False) if d.status == "ok"}
        for entry in gold_manifest(gold_dir):
            gold = load_rows(entry["path"])
            doc_ids = set(entry.get("doc_ids") or {g.doc_id for g in gold if g.doc_id})
            present = doc_ids & stored_ids
            if not present:
                continue
            for g in gold:
                if not g.doc_id and len(doc_ids) == 1:
                    g.doc_id = next(iter(doc_ids))
            pred = store.rows(present)  # each document's own rows, a copy of a paper's too, against its own gold
            if entry.get("sources"):
                pred = [r for r in pred if r.source in entry["sources"]]
            columns = gold.columns  # the gold file's own columns decide what is scored
            gold = [g for g in gold if g.doc_id in present]
            rep = score(pred, gold, fields=columns or None).to_dict()
            rep["gold"] = entry["file"]
            rep["documents"] = sorted(present)
            reports.append(rep)
    return reports


def run_summary_markdown(stats: RunStats, reports: Sequence[dict[str, Any]], outputs: dict[str, str]) -> str:
    """The markdown run summary published as a Prefect artifact and printed by the CLI."""
    lines = [
        "# eims-extract run",
        "",
        f"- pipeline version: `{PIPELINE_VERSION}`",
        f"- documents seen: {stats.seen}, extracted: {stats.processed}, "
        f"unchanged (skipped): {stats.skipped}, failed: {stats.failed}, "
        f"gone from the corpus: {stats.gone}",
        f"- rows stored: {stats.rows_total or 0} (this run: {stats.rows})"
        + (f"; {stats.rows_copies} of them from copies of a paper stored in another format or page (exported with "
           "`copy_of`, left out of cohort counts)" if stats.rows_copies else ""),
        f"- time: {stats.seconds or 0:.2f} s",
    ]
    if stats.fetch:
        lines += fetch_summary_lines(stats.fetch)
    peaks = sorted(stats.worker_peaks_mb.values(), reverse=True)
    if len(peaks) > 1:
        lines.append(f"- peak memory per worker process: {' / '.join(f'{mb:.0f}' for mb in peaks)} MB")
    elif stats.worker_peak_rss_mb:
        lines.append(f"- peak memory of the extracting process: {stats.worker_peak_rss_mb:.0f} MB")
    lines.append("")
    if stats.failures:
        lines += ["## Failed documents", ""] + [f"- `{p}`: {why}" for p, why in stats.failures] + [""]
    for rep in reports:
        lines += [f"## Scores against `{rep['gold']}`", "", metrics_markdown(rep), ""]
    if outputs:
        lines += ["## Outputs", ""] + [f"- {k}: `{v}`" for k, v in outputs.items()]
    return "\n".join(lines)


def fetch_summary_lines(f: dict[str, Any]) -> list[str]:
    """The fetch step's outcome in the run summary (see ``fetch.FetchSummary``)."""
    if f.get("error"):
        return [f"- fetch: not run ({f['error']})"]
    saved = f.get("saved", {})
    out = [
        f"- fetch: {f.get('found', 0)} records, {f.get('new', 0)} new; saved {saved.get('xml', 0)} JATS XML, "
        f"{saved.get('pdf', 0)} PDF, {saved.get('abstract', 0)} abstract only; failed {len(f.get('failed', []))}"
    ]
    out += [f"  - fetch failed: `{k}`: {why}" for k, why in f.get("failed", [])]
    out += [f"  - search failed: {src}: {why}" for src, why in f.get("search_errors", [])]
    return out


def metrics_table(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Per-field metrics as table rows (for the Prefect table artifact)."""
    rows = []
    for name, m in report.get("fields", {}).items():
        rows.append(
            {
                "field": name,
                "COR": m.get("cor"),
                "INC": m.get("inc"),
                "MIS": m.get("mis"),
                "SPU": m.get("spu"),
                "precision": round(m.get("precision") or 0.0, 3),
                "recall": round(m.get("recall") or 0.0, 3),
                "f1": round(m.get("f1") or 0.0, 3),
            }
        )
    return rows


def metrics_markdown(report: dict[str, Any]) -> str:
    rows = metrics_table(report)
    head = "| field | COR | INC | MIS | SPU | P | R | F1 |\n|---|---|---|---|---|---|---|---|"
    body = "\n".join(
        f"| {r['field']} | {r['COR']} | {r['INC']} | {r['MIS']} | {r['SPU']} | {r['precision']:.3f} | "
        f"{r['recall']:.3f} | {r['f1']:.3f} |"
        for r in rows
    )
    micro = report.get("micro", {})
    tail = (
        f"\n\nmicro P/R/F1: {micro.get('precision', 0):.3f} / {micro.get('recall', 0):.3f} / "
        f"{micro.get('f1', 0):.3f}; whole-row exact accuracy: {report.get('row_exact_accuracy', 0):.3f}"
    )
    return head + "\n" + body + tail


def run_local(
    corpus: Sequence[str | Path],
    db: str | Path,
    out_dir: str | Path,
    gold_dir: str | Path | None = None,
    force: bool = False,
    batch_size: int | None = None,
    limits: Limits | None = None,
) -> dict[str, Any]:
    """The whole run without Prefect: the baseline the flow's overhead is measured against."""
    t0 = time.perf_counter()
    with run_lock(db), recorded_run(db) as stats:
        pl = plan(corpus, db, force)
        stats.planned(plan_dict(pl))
        for b in batches(pl.todo, batch_size):
            stats.add(store_results(db, extract_batch(b, limits)))
        outputs = export(db, out_dir, changed=stats.processed > 0 or stats.gone > 0)
        reports = score_store(db, gold_dir) if gold_dir else []
        stats.rows_total = count_rows(db)
        stats.rows_copies = count_copy_rows(db)
        stats.seconds = time.perf_counter() - t0
    return {"stats": stats, "reports": reports, "outputs": outputs}


# -- one run at a time, each one recorded ------------------------------------------
def lock_path(db: str | Path) -> Path:
    return Path(str(db) + ".lock")


def check_unlocked(db: str | Path) -> None:
    """Raise :class:`RunLockedError` now if another run holds the store (so the CLI can say so
    before starting an orchestrator that would report it with a traceback)."""
    with run_lock(db):
        pass


@contextmanager
def run_lock(db: str | Path) -> Iterator[None]:
    """Hold the store's run lock, or raise :class:`RunLockedError` saying who holds it.

    Two runs on one store used to both do all the work. An OS file lock (``flock``) is released
    when its holder dies, so a killed run never leaves a stale lock behind."""
    import fcntl

    lp = lock_path(db)
    lp.parent.mkdir(parents=True, exist_ok=True)
    fh = open(lp, "a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        holder = fh.read().strip() or "another process"
        fh.close()
        raise RunLockedError(f"another run is using {db} ({holder}); this run did nothing — try again when it ends") from None
    try:
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}")
        fh.flush()
        yield
    finally:
        fh.seek(0)
        fh.truncate()
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


@contextmanager
def recorded_run(db: str | Path) -> Iterator[RunStats]:
    """A row in the store's ``runs`` table for this run: its counts when it finishes, or the
    reason it stopped. Yields the stats the run fills in."""
    with Store(db) as s:
        run_id = s.start_run()
    stats = RunStats()
    try:
        yield stats
    except BaseException as exc:
        with Store(db) as s:
            s.finish_run(run_id, stats, error=f"{type(exc).__name__}: {exc}".splitlines()[0])
        raise
    with Store(db) as s:
        s.finish_run(run_id, stats, metrics=_run_metrics(stats))
    stats.run_id = run_id


def _run_metrics(stats: RunStats) -> dict[str, Any]:
    return {"rows_total": stats.rows_total, "rows_copies": stats.rows_copies, "seconds": stats.seconds,
            "worker_peak_rss_mb": stats.worker_peak_rss_mb}  # fmt: skip


def dask_task_runner(workers: int = 2, address: str | None = None):
    """See :func:`.scaleout.dask_task_runner` (imported lazily: Dask is only loaded when asked for)."""
    from .scaleout import dask_task_runner as make

    return make(workers, address)


def task_slots() -> int:
    """Task slots of the current flow run's task runner: the Dask cluster's worker threads,
    else 1 (the sequential runner)."""
    import sys

    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    tr = getattr(ctx, "task_runner", None)
    dask_mod = sys.modules.get("prefect_dask")
    if tr is not None and dask_mod is not None and isinstance(tr, dask_mod.DaskTaskRunner):
        return max(1, sum(tr.client.nthreads().values()))
    return 1


def count_rows(db: str | Path) -> int:
    with Store(db) as s:
        return s.counts()["rows"]


def count_copy_rows(db: str | Path) -> int:
    """Rows of current documents that are a copy of a paper other than its best copy (exported with ``copy_of``)."""
    from .papers import marks, store_papers

    with Store(db) as s:
        copies = {path for path, m in marks(store_papers(s)).items() if m.copy_of is not None}
        return sum(d.n_rows for d in s.documents(include_gone=False) if d.path in copies)
