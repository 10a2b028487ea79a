"""Scale-out on Dask through Prefect: same rows as sequential, nothing lost when killed."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eims_extract.pipeline import runner
from eims_extract.evaluation.benchmark import build_corpus
from eims_extract.cli import load_flow
from eims_extract.store import Store

pytestmark = pytest.mark.slow  # Dask clusters, Prefect servers or a browser: minutes, not seconds


def _rows(db):
    with Store(db) as s:
        rows = s.rows()
    return sorted((r.to_json() for r in rows))


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("scale") / "corpus"
    build_corpus(d, 24)
    return d


def test_dask_flow_stores_exactly_the_rows_of_the_sequential_run(prefect_harness, small_corpus, tmp_path):
    from prefect.task_runners import ThreadPoolTaskRunner

    flow = load_flow()
    seq = flow.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1))
    dsk = flow.with_options(task_runner=runner.dask_task_runner(2))
    a = seq(corpus=[str(small_corpus)], db=str(tmp_path / "seq.sqlite"), out_dir=str(tmp_path / "a"), gold_dir=None, batch_size=3)
    b = dsk(corpus=[str(small_corpus)], db=str(tmp_path / "dask.sqlite"), out_dir=str(tmp_path / "b"), gold_dir=None, batch_size=3)
    assert a["stats"].processed == b["stats"].processed == 24
    assert b["stats"].worker_peak_rss_mb > 0
    assert len(b["stats"].worker_peaks_mb) == 2  # one figure per worker process
    assert _rows(tmp_path / "seq.sqlite") == _rows(tmp_path / "dask.sqlite")


KILLED_RUN = """
import sys
from eims_extract.cli import load_flow
from eims_extract.pipeline.runner import dask_task_runner
if __name__ == "__main__":
    flow = load_flow().with_options(task_runner=dask_task_runner(2))
    flow(corpus=[sys.argv[1]], db=sys.argv[2], out_dir=sys.argv[3], gold_dir=None, batch_size=1)
"""


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as c:
            return c.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _start_dask_run(corpus: Path, db: Path, tmp_path: Path) -> subprocess.Popen:
    """The flow on a 2-worker LocalCluster in its own process group, returned once it has
    stored its first document (or ended, or 240 s passed)."""
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_LOGGING_LEVEL": "ERROR"}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_RUN, str(corpus), str(db), str(tmp_path / "o")],
        env=env,
        cwd=Path(__file__).resolve().parents[1],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 240
    while _stored(db) < 1 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    return proc


def test_run_killed_midway_loses_nothing_after_the_next_run(tmp_path):
    corpus = tmp_path / "corpus"
    n = len(build_corpus(corpus, 80))
    db = tmp_path / "killed.sqlite"
    proc = _start_dask_run(corpus, db, tmp_path)
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the flow process and its Dask workers
    except ProcessLookupError:
        pass  # it finished first: the assertion below says so
    proc.wait()
    stored_at_kill = _stored(db)
    assert 0 < stored_at_kill < n, "the run should have been killed midway"
    with Store(db) as s:  # consistent: every stored document has all its rows
        for d in s.documents():
            assert d.n_rows == len([r for r in s.rows([d.doc_id])])
    out = runner.run_local([corpus], db, tmp_path / "o2")
    assert out["stats"].processed == n - stored_at_kill
    runner.run_local([corpus], tmp_path / "clean.sqlite", tmp_path / "o3")
    assert _rows(db) == _rows(tmp_path / "clean.sqlite")


PROBE_RUN = """
import json, os
from prefect import flow, task
from eims_extract.pipeline.scaleout import dask_task_runner, flow_api_url

@task
def api_seen_by_worker(i):
    import dask
    from prefect.settings import PREFECT_API_URL
    return os.getpid(), PREFECT_API_URL.value(), dask.config.get("distributed.worker.profile.enabled")

if __name__ == "__main__":
    @flow(task_runner=dask_task_runner(2))
    def probe():
        seen = [f.result() for f in [api_seen_by_worker.submit(i) for i in range(4)]]
        return {"flow_api": flow_api_url(), "flow_pid": os.getpid(), "seen": seen}
    print("RESULT " + json.dumps(probe()))
"""


def test_dask_workers_report_to_the_flows_embedded_api(tmp_path):
    """Regression: on the embedded default each Dask worker started a temporary API server
    of its own (≈7 s per worker, task runs recorded in throwaway databases)."""
    import json

    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_LOGGING_LEVEL="ERROR")
    out = subprocess.run(
        [sys.executable, "-c", PROBE_RUN], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")), None)
    assert line, out.stderr[-2000:]
    res = json.loads(line.removeprefix("RESULT "))
    assert res["flow_api"] and res["flow_api"].startswith("http://127.0.0.1:")
    assert {pid for pid, _, _ in res["seen"]} - {res["flow_pid"]}, "tasks should have run in worker processes"
    assert all(url == res["flow_api"] for _, url, _ in res["seen"]), res
    assert not any(profiling for _, _, profiling in res["seen"]), "Dask's profiler should be off on our workers"


def test_worker_killed_mid_run_loses_nothing_after_the_next_run(tmp_path):
    """One Dask worker is SIGKILLed while the flow goes on: whatever the flow then does
    (Dask retries the batch, or the run fails), the store stays consistent and the next
    run leaves it identical to a clean run."""
    import psutil

    corpus = tmp_path / "corpus"
    n = len(build_corpus(corpus, 60))
    db = tmp_path / "w.sqlite"
    proc = _start_dask_run(corpus, db, tmp_path)
    try:
        workers = [
            c for c in psutil.Process(proc.pid).children(recursive=True)
            if "spawn_main" in " ".join(c.cmdline()) and "resource_tracker" not in " ".join(c.cmdline())
        ]
        assert workers, "the run should have Dask worker processes"
        killed_at = _stored(db)
        workers[0].kill()
        proc.wait(timeout=300)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert 0 < killed_at < n, "the worker should have been killed midway"
    with Store(db) as s:
        for d in s.documents():
            assert d.status == "ok" and d.n_rows == len(s.rows([d.doc_id]))
    stored = _stored(db)
    out = runner.run_local([corpus], db, tmp_path / "o2")
    assert out["stats"].processed == n - stored
    runner.run_local([corpus], tmp_path / "clean.sqlite", tmp_path / "o3")
    assert _rows(db) == _rows(tmp_path / "clean.sqlite")
