"""The Prefect flow end to end on the demo corpus, and its tasks' logic via ``.fn``."""

import shutil
from pathlib import Path

import pytest

from eims_extract.pipeline import runner, tasks
from eims_extract.cli import load_flow
from eims_extract.store import Store

pytestmark = pytest.mark.slow  # Dask clusters, Prefect servers or a browser: minutes, not seconds

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def corpus(tmp_path):
    c = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", c)
    return c


def test_discover_task_skips_what_is_stored(corpus, tmp_path):
    db = str(tmp_path / "s.sqlite")
    first = tasks.discover_task.fn([str(corpus)], db)
    assert first["seen"] == len(first["todo"]) >= 4
    results = tasks.extract_batch_task.fn(first["todo"])
    tasks.store_task.fn(db, results)
    again = tasks.discover_task.fn([str(corpus)], db)
    assert again["todo"] == [] and len(again["skipped"]) == first["seen"]


def test_changed_document_is_re_extracted(corpus, tmp_path):
    db = str(tmp_path / "s.sqlite")
    runner.run_local([corpus], db, tmp_path / "out")
    doc = corpus / "demo_02_pediatric_omentum.txt"
    doc.write_text(doc.read_text().replace("24 months", "30 months"))
    todo = tasks.discover_task.fn([str(corpus)], db)["todo"]
    assert [Path(p).name for p, *_ in todo] == [doc.name]


def test_flow_runs_then_reruns_incrementally(prefect_harness, corpus, tmp_path):
    flow = load_flow()
    db, out = str(tmp_path / "s.sqlite"), str(tmp_path / "out")
    first = flow(corpus=[str(corpus)], db=db, out_dir=out, gold_dir=str(ROOT / "gold"))
    assert first["stats"].processed >= 4 and first["stats"].failed == 0
    assert (Path(out) / "rows.jsonl").exists() and (Path(out) / "metrics.json").exists()
    assert any(r["gold"] == "demo.csv" for r in first["reports"])
    with Store(db) as s:
        n_rows = s.counts()["rows"]
    second = flow(corpus=[str(corpus)], db=db, out_dir=out, gold_dir=str(ROOT / "gold"))
    assert second["stats"].processed == 0 and second["stats"].skipped == first["stats"].seen
    with Store(db) as s:
        assert s.counts()["rows"] == n_rows


def test_packed_batch_stores_what_the_results_store(corpus, tmp_path):
    """A batch packed on a worker and stored by the flow equals storing the results directly."""
    res = runner.extract_batch([str(p) for p in sorted(corpus.glob("*.txt"))])
    packed = runner.unpack_results(runner.pack_results(res))
    assert [r.path for r in packed] == [r.path for r in res] and packed[0].status == "ok"
    direct = runner.store_results(tmp_path / "direct.sqlite", res)
    via_blob = runner.store_results(tmp_path / "packed.sqlite", packed)
    assert direct == via_blob and direct.rows > 0
    with Store(tmp_path / "direct.sqlite") as a, Store(tmp_path / "packed.sqlite") as b:
        assert [r.to_dict() for r in a.rows()] == [r.to_dict() for r in b.rows()]
        assert [a.document_text(r.path) for r in res] == [b.document_text(r.path) for r in res]


@pytest.mark.parametrize(
    ("peaks", "line"),
    [
        ({"101": 412.6}, "peak memory of the extracting process: 413 MB"),
        ({"101": 412.6, "102": 530.2}, "peak memory per worker process: 530 / 413 MB"),
        ({}, None),
    ],
)
def test_run_summary_reports_worker_peak_memory(peaks, line):
    stats = runner.RunStats().planned({"seen": 3, "skipped": []})
    stats.add(runner.BatchCounts(processed=3, worker_peak_rss_mb=max(peaks.values(), default=0.0), worker_peaks_mb=peaks))
    md = runner.run_summary_markdown(stats, [], {})
    assert ("peak memory" in md) is (line is not None)
    if line:
        assert line in md
    assert "documents seen: 3, extracted: 3" in md


class _Future:
    """Stands in for a Prefect future: callbacks run when it is finished."""

    def __init__(self, k: int) -> None:
        self.k, self.callbacks = k, []

    def add_done_callback(self, fn) -> None:
        self.callbacks.append(fn)

    def finish(self) -> None:
        for fn in self.callbacks:
            fn(self)


def test_completed_yields_batches_as_they_finish_and_lets_go_of_stored_ones():
    """The flow must not hold every finished batch (and its rows) until the run ends."""
    import gc
    import threading
    import time
    import weakref

    from eims_extract.pipeline.flow import completed

    futures = [_Future(k) for k in range(3)]
    refs = [weakref.ref(f) for f in futures]
    finisher_holds = list(futures)

    def finish() -> None:
        time.sleep(0.05)
        for k in (2, 0, 1):
            finisher_holds[k].finish()

    t = threading.Thread(target=finish)
    t.start()
    order, alive_after_first = [], None
    for fut in completed(futures):
        order.append(fut.k)
        del fut
        if alive_after_first is None:
            t.join()
            finisher_holds.clear()
            gc.collect()
            alive_after_first = [r() is not None for r in refs]
    assert order == [2, 0, 1]
    assert futures == []
    assert alive_after_first[2] is False  # the first finished (and stored) batch is gone


def test_run_stats_fold_batches_and_keep_every_worker_peak():
    stats = runner.RunStats().planned({"seen": 5, "skipped": ["x"], "failed": [("bad.pdf", "empty file")], "gone": []})
    stats.add(runner.BatchCounts(processed=2, rows=3, worker_peak_rss_mb=300.0, worker_peaks_mb={"1": 300.0}))
    stats.add(runner.BatchCounts(processed=1, failed=1, worker_peak_rss_mb=250.0, worker_peaks_mb={"1": 120.0, "2": 250.0},
                                 failures=[("b.txt", "timed out")]))
    assert (stats.seen, stats.skipped, stats.processed, stats.failed, stats.rows) == (5, 1, 4, 2, 3)
    assert stats.worker_peaks_mb == {"1": 300.0, "2": 250.0} and stats.worker_peak_rss_mb == 300.0
    assert stats.failures == [("bad.pdf", "empty file"), ("b.txt", "timed out")]
    assert "fetch" not in stats.to_dict() and stats.to_dict()["rows"] == 3  # metrics.json: unset figures left out
