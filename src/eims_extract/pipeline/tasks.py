"""Prefect tasks: typed, thin wrappers over :mod:`.runner`.

Tasks take and return plain data (paths, hashes, dicts) so they can run in
threads or on Dask workers; the nlp pipeline is built lazily once per worker
process by ``nlp.pipeline.get_nlp``.
"""

from __future__ import annotations

from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from . import runner
from .corpus import WorkItem

# Results live in the SQLite store, not in Prefect: no input hashing (inputs carry whole
# document texts) and no result persistence, which is most of Prefect's per-task cost.
_OPTS = {"cache_policy": NO_CACHE, "persist_result": False}


@task(name="discover", **_OPTS, description="Hash the corpus, keep new or changed documents, record refused and gone ones.")
def discover_task(corpus: list[str], db: str, force: bool = False) -> dict[str, Any]:
    return runner.plan_dict(runner.plan(corpus, db, force))


@task(name="extract-batch", **_OPTS, description="Ingest and extract a batch of documents.")
def extract_batch_task(items: list[tuple[str, str, int, str]], limits: dict[str, Any] | None = None) -> bytes:
    """Results travel packed (see ``runner.pack_results``); ``limits`` are per document."""
    return runner.pack_results(runner.extract_batch([WorkItem(*it) for it in items], limits))


@task(name="store", **_OPTS, description="Persist a batch's results, one transaction per document.")
def store_task(db: str, packed: bytes) -> runner.BatchCounts:
    return runner.store_results(db, runner.unpack_results(packed))


@task(name="export", **_OPTS, description="Write rows as JSONL/CSV/Parquet.")
def export_task(db: str, out_dir: str, changed: bool = True) -> dict[str, str]:
    return runner.export(db, out_dir, changed)


@task(name="score", **_OPTS, description="Score stored rows against the gold files that apply.")
def score_task(db: str, gold_dir: str) -> list[dict[str, Any]]:
    return runner.score_store(db, gold_dir)


@task(name="publish", **_OPTS, description="Publish per-field metrics and a run summary as artifacts.")
def publish_task(stats: runner.RunStats, reports: list[dict[str, Any]], outputs: dict[str, str]) -> str:
    import json
    from pathlib import Path

    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    for rep in reports:
        key = "metrics-" + "".join(ch if ch.isalnum() else "-" for ch in rep["gold"].lower())
        create_table_artifact(key=key, table=runner.metrics_table(rep), description=f"Per-field metrics vs {rep['gold']}")
    md = runner.run_summary_markdown(stats, reports, outputs)
    create_markdown_artifact(key="run-summary", markdown=md, description="eims-extract run summary")
    if outputs.get("jsonl"):
        out_dir = Path(outputs["jsonl"]).parent
        (out_dir / "metrics.json").write_text(json.dumps({"stats": stats.to_dict(), "reports": reports}, indent=1, default=str))
        (out_dir / "summary.md").write_text(md)
    if outputs.get("jsonl") and (stats.processed or stats.gone):  # unchanged rows: the last one stands
        from ..reporting.report import publish_cohort

        print(publish_cohort(outputs["jsonl"]))
    return md


@task(name="fetch", **_OPTS, description="Fetch newly published articles into the corpus (PubMed/PMC, Europe PMC).")
def fetch_task(options: dict[str, Any], db: str) -> dict[str, Any]:
    """Never fails the flow: a fetch that cannot run at all is reported, and the corpus is extracted anyway."""
    import datetime as dt

    from ..fetch import FetchSettings, run_fetch

    opts = dict(options)
    if isinstance(opts.get("since"), str):
        opts["since"] = dt.date.fromisoformat(opts["since"])
    if isinstance(opts.get("sources"), list):
        opts["sources"] = tuple(opts["sources"])
    try:
        summary = run_fetch(FetchSettings.from_env(db=db, **opts))
    except Exception as exc:  # a bad setting or an unwritable folder: say so, go on extracting
        return {"error": f"{type(exc).__name__}: {exc}".splitlines()[0]}
    print("\n".join(summary.lines()))
    return summary.to_dict()
