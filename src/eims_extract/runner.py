"""The steps of a corpus run, as plain functions.

The Prefect flow (``flows/eims_flow.py``) and the tasks in :mod:`.tasks` only
orchestrate these; keeping the logic here lets tests and the benchmark call it
without Prefect and keeps one code path for every entry point.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import PIPELINE_VERSION
from .corpus import WorkItem, discover, sha256_file
from .extract import process_path
from .records import DocumentResult
from .store import Store

DEFAULT_BATCH_SIZE = 8


@dataclass
class Plan:
    """What a run has to do: the documents that are new or changed."""

    todo: list[WorkItem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return len(self.todo) + len(self.skipped)


def plan(paths: Iterable[str | Path], db: str | Path, force: bool = False) -> Plan:
    """Hash every discovered file and keep those whose (hash, pipeline version) is not stored."""
    out = Plan()
    with Store(db) as store:
        for p in discover(paths):
            sha = sha256_file(p)
            if not force and store.is_current(str(p), sha, PIPELINE_VERSION):
                out.skipped.append(str(p))
            else:
                out.todo.append(WorkItem(str(p), sha))
    return out


def batches(items: Sequence[WorkItem], size: int = DEFAULT_BATCH_SIZE) -> list[list[WorkItem]]:
    size = max(1, int(size))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def extract_batch(items: Sequence[WorkItem | tuple[str, str] | str]) -> list[DocumentResult]:
    """Extract each document of a batch with this process's pipeline (built once, then reused)."""
    from .nlp.pipeline import get_nlp

    nlp = get_nlp()
    results: list[DocumentResult] = []
    for it in items:
        path = it.path if isinstance(it, WorkItem) else (it[0] if isinstance(it, (tuple, list)) else it)
        r = process_path(path, nlp)
        r.timings["peak_rss_mb"] = peak_rss_mb()
        results.append(r)
    return results


def peak_rss_mb() -> float:
    """Peak resident memory of this (worker) process, in MB."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1)


def pack_results(results: Sequence[DocumentResult]) -> bytes:
    """A batch's results as one compressed JSON blob.

    Orchestrators walk nested task arguments (Prefect records task inputs, Dask
    serialises them); a single opaque blob keeps that cost flat however many
    rows, evidence spans and document texts a batch carries.
    """
    import zlib
    from dataclasses import asdict

    return zlib.compress(json.dumps([asdict(r) for r in results], ensure_ascii=False).encode("utf-8"), 1)


def unpack_results(blob: bytes) -> list[DocumentResult]:
    import zlib

    from .records import CaseRow

    out = []
    for d in json.loads(zlib.decompress(blob).decode("utf-8")):
        d["rows"] = [CaseRow.from_dict(r) for r in d.get("rows", [])]
        d["page_starts"] = [tuple(x) for x in d.get("page_starts", [])]
        out.append(DocumentResult(**d))
    return out


def store_results(db: str | Path, results: Iterable[DocumentResult]) -> dict[str, int]:
    """Persist results, one transaction per document (a crash loses at most the one in flight)."""
    n: dict[str, Any] = {"processed": 0, "failed": 0, "rows": 0, "worker_peak_rss_mb": 0.0, "failures": []}
    with Store(db) as store:
        for r in results:
            store.save_result(r)
            n["processed"] += 1
            n["failed"] += r.status == "failed"
            n["rows"] += len(r.rows)
            n["worker_peak_rss_mb"] = max(n["worker_peak_rss_mb"], r.timings.get("peak_rss_mb", 0.0))
            if r.status == "failed":
                n["failures"].append((r.path, r.error or ""))
    return n


def new_stats(p: Plan | dict[str, Any]) -> dict[str, Any]:
    seen = p.seen if isinstance(p, Plan) else p["seen"]
    skipped = len(p.skipped) if isinstance(p, Plan) else len(p["skipped"])
    return {"seen": seen, "skipped": skipped, "processed": 0, "failed": 0, "rows": 0, "worker_peak_rss_mb": 0.0, "failures": []}


def add_counts(stats: dict[str, Any], n: dict[str, Any]) -> dict[str, Any]:
    """Fold one batch's store counts into the run's stats."""
    for k in ("processed", "failed", "rows"):
        stats[k] += n[k]
    stats["worker_peak_rss_mb"] = max(stats["worker_peak_rss_mb"], n["worker_peak_rss_mb"])
    stats["failures"] += n["failures"]
    return stats


def export(db: str | Path, out_dir: str | Path, changed: bool = True) -> dict[str, str]:
    """Write every stored row as JSONL (with evidence), CSV and Parquet, plus a documents table.

    With ``changed=False`` (a run that stored nothing) existing exports are kept as they are.
    """
    from .writers import write_rows

    out = Path(out_dir)
    names = {"jsonl": "rows.jsonl", "csv": "rows.csv", "parquet": "rows.parquet", "documents": "documents.json"}
    if not changed and all((out / n).exists() for n in names.values()):
        return {k: str(out / n) for k, n in names.items()}
    out.mkdir(parents=True, exist_ok=True)
    with Store(db) as store:
        rows = store.rows()
        docs = store.documents()
    paths = {fmt: str(write_rows(rows, out / f"rows.{fmt}")) for fmt in ("jsonl", "csv", "parquet")}
    doc_path = out / "documents.json"
    doc_path.write_text(json.dumps([asdict(d) for d in docs], indent=1, ensure_ascii=False), encoding="utf-8")
    paths["documents"] = str(doc_path)
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
    from .scoring import load_rows, score

    reports: list[dict[str, Any]] = []
    with Store(db) as store:
        stored_ids = {d.doc_id for d in store.documents() if d.status == "ok"}
        for entry in gold_manifest(gold_dir):
            gold = load_rows(entry["path"])
            doc_ids = set(entry.get("doc_ids") or {g.doc_id for g in gold if g.doc_id})
            present = doc_ids & stored_ids
            if not present:
                continue
            for g in gold:
                if not g.doc_id and len(doc_ids) == 1:
                    g.doc_id = next(iter(doc_ids))
            pred = store.rows(present)
            if entry.get("sources"):
                pred = [r for r in pred if r.source in entry["sources"]]
            columns = gold.columns  # the gold file's own columns decide what is scored
            gold = [g for g in gold if g.doc_id in present]
            rep = score(pred, gold, fields=columns or None).to_dict()
            rep["gold"] = entry["file"]
            rep["documents"] = sorted(present)
            reports.append(rep)
    return reports


def run_summary_markdown(stats: dict[str, Any], reports: Sequence[dict[str, Any]], outputs: dict[str, str]) -> str:
    """The markdown run summary published as a Prefect artifact and printed by the CLI."""
    lines = [
        "# eims-extract run",
        "",
        f"- pipeline version: `{PIPELINE_VERSION}`",
        f"- documents seen: {stats.get('seen', 0)}, extracted: {stats.get('processed', 0)}, "
        f"unchanged (skipped): {stats.get('skipped', 0)}, failed: {stats.get('failed', 0)}",
        f"- rows stored: {stats.get('rows_total', 0)} (this run: {stats.get('rows', 0)})",
        f"- time: {stats.get('seconds', 0):.2f} s",
        "",
    ]
    if stats.get("failures"):
        lines += ["## Failed documents", ""] + [f"- `{p}`: {why}" for p, why in stats["failures"]] + [""]
    for rep in reports:
        lines += [f"## Scores against `{rep['gold']}`", "", metrics_markdown(rep), ""]
    if outputs:
        lines += ["## Outputs", ""] + [f"- {k}: `{v}`" for k, v in outputs.items()]
    return "\n".join(lines)


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
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> dict[str, Any]:
    """The whole run without Prefect: the baseline the flow's overhead is measured against."""
    t0 = time.perf_counter()
    pl = plan(corpus, db, force)
    stats = new_stats(pl)
    for b in batches(pl.todo, batch_size):
        add_counts(stats, store_results(db, extract_batch(b)))
    outputs = export(db, out_dir, changed=stats["processed"] > 0)
    reports = score_store(db, gold_dir) if gold_dir else []
    stats["rows_total"] = count_rows(db)
    stats["seconds"] = time.perf_counter() - t0
    return {"stats": stats, "reports": reports, "outputs": outputs}


def dask_task_runner(workers: int = 2, address: str | None = None):
    """Prefect's DaskTaskRunner: an existing cluster at ``address``, else a LocalCluster of
    ``workers`` single-threaded processes (each builds the nlp pipeline once, on first use)."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})


def count_rows(db: str | Path) -> int:
    with Store(db) as s:
        return s.counts()["rows"]
