"""The corpus flow: fetch (optional) → discover → extract (batched) → store → export → score → publish.

Runs on the embedded default (a temporary local Prefect API on SQLite) with no
server configured; ``eims-extract serve`` deploys it on a cron schedule.
Only orchestration lives here; every step is a task calling package code.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from prefect import flow
from prefect.futures import PrefectFuture

from . import runner
from .tasks import (
    discover_task,
    export_task,
    extract_batch_task,
    fetch_task,
    publish_task,
    score_task,
    store_task,
)


def completed(futures: list[PrefectFuture[Any]]) -> Iterator[PrefectFuture[Any]]:
    """The futures in the order they finish, keeping no reference to one once yielded.

    A finished future holds its batch's results; ``prefect.futures.as_completed`` keeps
    the list it was given (and the caller's list does too) until the last batch is in,
    so the flow's memory grew with the corpus. ``futures`` is emptied here."""
    finished: queue.Queue[PrefectFuture[Any]] = queue.Queue()
    n = len(futures)
    while futures:
        futures.pop().add_done_callback(finished.put)
    for _ in range(n):
        yield finished.get()


@flow(name="eims-extract", log_prints=True)
def eims_pipeline(
    corpus: list[str] | None = None,
    db: str = "results/eims.sqlite",
    out_dir: str = "results",
    gold_dir: str | None = "gold",
    batch_size: int | None = None,
    force: bool = False,
    limits: dict[str, Any] | None = None,
    fetch: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """``fetch``: options of ``eims-extract fetch`` (query, since, out_dir, ...) to fetch newly
    published articles into the corpus first; ``None`` extracts the corpus as it is."""
    t0 = time.perf_counter()
    corpus = corpus or ["corpus"]
    # one run per store at a time (a second one is told and does nothing); every run is recorded
    with runner.run_lock(db), runner.recorded_run(db) as stats:
        fetched = None
        if fetch is not None:
            fetched = fetch_task({"out_dir": str(Path(corpus[0]) / "fetched"), **fetch}, db)
        plan = discover_task(corpus, db, force)
        work = runner.batches(plan["todo"], batch_size, slots=runner.task_slots() if plan["todo"] else 1)
        done = completed(
            [extract_batch_task.submit([(w.path, w.sha256, w.nbytes, w.doc_id) for w in b], limits) for b in work]
        )
        stats.planned(plan)
        for fut in done:  # store each batch as soon as it is done: a killed run keeps it
            stats.add(store_task(db, fut.result()))
            del fut
        outputs = export_task(db, out_dir, changed=stats.processed > 0 or stats.gone > 0)
        reports = score_task(db, gold_dir) if gold_dir else []
        stats.rows_total = runner.count_rows(db)
        stats.rows_copies = runner.count_copy_rows(db)
        stats.seconds = time.perf_counter() - t0
        if fetched is not None:
            stats.fetch = fetched
        summary = publish_task(stats, reports, outputs)
    return {"stats": stats, "reports": reports, "outputs": outputs, "summary": summary}

