"""A batch run off the main thread extracts each document in a worker process its parent can stop:
a document stuck in one long C call fails with the time limit's reason, and the rest of the batch is
read as in-process (``pipeline.isolate``)."""

import os
import shutil
import signal
import threading
from pathlib import Path

import pytest

from eims_extract.cli import _parser, limits_from_args
from eims_extract.pipeline import isolate, runner
from eims_extract.pipeline.limits import Limits

ROOT = Path(__file__).resolve().parents[1]

REPORT = (
    "Case report\nA 52-year-old man was admitted with abdominal pain. Imaging showed a large mass of the "
    "small-bowel mesentery, which was resected. The tumour was ALK positive.\n"
)
#: a case report whose last sentence runs into a table row whose cells all came out empty, flattened to a long run
#: of ", ": the rules' regular expressions over that sentence hold a worker thread far beyond the 5 s limit (one call
#: after another, each too long for the limit to land in between). 400,000 cells, not 40,000: since hang27 made the
#: worst rule linear, 40,000 cells read in about 3 s and no longer outlast a limit or a kill at 3 s
EMPTY_CELLS = REPORT + "The resection margins were" + ", " * 400_000 + "\n"


def in_thread(fn):
    """``fn()`` in a worker thread, as Prefect's thread-pool and Dask's workers run a batch."""
    out = {}

    def run():
        try:
            out["value"] = fn()
        except BaseException as exc:  # handed to the test
            out["error"] = exc
        finally:
            w = getattr(isolate._local, "worker", None)
            out["starts"] = w.starts if w else 0
            if w is not None:
                w.close()

    t = threading.Thread(target=run)
    t.start()
    t.join(timeout=300)  # a guard against a hang (the unstopped call runs longer), not a speed figure
    assert not t.is_alive(), "the batch was not stopped"
    if "error" in out:
        raise out["error"]
    return out["value"], out["starts"]


@pytest.fixture
def docs(tmp_path):
    stuck, fine = tmp_path / "a_empty_cells.txt", tmp_path / "b_report.txt"
    stuck.write_text(EMPTY_CELLS)
    fine.write_text(REPORT)
    return str(stuck), str(fine)


@pytest.mark.parametrize(
    "isolate_opt,main_thread,max_seconds,expected",
    [
        (None, True, 180.0, False),  # eims-extract extract, run_local, evaluate: unchanged
        (None, False, 180.0, True),  # Prefect's and Dask's worker threads
        (None, False, None, False),  # no time limit to enforce
        (True, True, 180.0, True),  # asked for
        (False, False, 180.0, False),  # refused
    ],
    ids=["main_thread_in_process", "worker_thread_isolated", "no_time_limit_in_process", "asked_for", "refused"],
)
def test_which_batches_are_isolated(isolate_opt, main_thread, max_seconds, expected):
    lim = Limits(max_seconds=max_seconds, isolate=isolate_opt)
    if main_thread:
        assert isolate.wanted(lim) is expected
    else:
        got = []
        t = threading.Thread(target=lambda: got.append(isolate.wanted(lim)))
        t.start()
        t.join()
        assert got == [expected]


@pytest.mark.parametrize("choice,value", [("auto", None), ("always", True), ("never", False)])
def test_isolation_is_a_run_option(choice, value):
    args = _parser().parse_args(["run", "--isolate", choice])
    lim = limits_from_args(args)
    assert lim.isolate is value and lim.as_dict()["isolate"] is value


@pytest.mark.slow
def test_document_stuck_in_one_regex_call_in_a_worker_thread_fails_and_the_next_is_read(docs):
    stuck, fine = docs
    (a, b), starts = in_thread(lambda: runner.extract_batch([stuck, fine], Limits(max_seconds=5)))
    assert a.status == "failed" and a.error == "took longer than 5 s (--max-seconds)"
    assert b.status == "ok" and b.n_rows == 1, (b.error, b.timings)
    # the worker's own interval timer stopped the regex (it answers signals): the same worker read the next one
    assert starts == 1 and a.timings["worker_pid"] == b.timings["worker_pid"] != os.getpid()


@pytest.mark.slow
def test_worker_that_answers_no_signal_is_killed_at_the_limit_and_replaced(docs):
    _, fine = docs

    def batch():
        w = isolate.thread_worker()
        runner.extract_batch([fine], Limits(max_seconds=5))  # the worker is up and has read one document
        os.kill(w.pid, signal.SIGSTOP)  # as deep in a C call that checks for no signal: only SIGKILL ends it
        return runner.extract_batch([fine, fine], Limits(max_seconds=5))

    (a, b), starts = in_thread(batch)
    assert a.status == "failed" and a.error == "took longer than 5 s (--max-seconds)"
    assert b.status == "ok" and b.n_rows == 1, (b.error, b.timings)
    assert starts == 2 and a.timings["worker_pid"] != b.timings["worker_pid"]


@pytest.mark.slow
def test_worker_that_dies_fails_its_document_and_one_found_dead_is_replaced(docs):
    stuck, fine = docs

    def batch():
        w = isolate.thread_worker()
        runner.extract_batch([fine], Limits(max_seconds=60))
        os.kill(w.pid, signal.SIGKILL)  # dies between documents: the next document goes to a new worker
        between = runner.extract_batch([fine], Limits(max_seconds=60))
        threading.Timer(3, os.kill, (w.pid, signal.SIGKILL)).start()  # dies while it reads the stuck document
        return between + runner.extract_batch([stuck, fine], Limits(max_seconds=60))

    (between, died, after), starts = in_thread(batch)
    assert between.status == "ok" and after.status == "ok" and after.n_rows == 1
    assert died.status == "failed" and died.error == "the worker process died while reading it (killed by SIGKILL)"
    assert starts == 3


def _comparable(rec):
    d = dict(vars(rec))
    doc = list(d.pop("document"))
    doc[8:10] = [None, None]  # ingest and extract seconds
    d.pop("timings")  # seconds, the worker's process id and peak memory
    return doc, d


@pytest.mark.slow
def test_isolated_worker_reads_documents_as_the_process_does(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)  # the fictional demo reports, text and PDF
    (corpus / "empty.txt").write_text("")
    (corpus / "unsupported.docx").write_bytes(b"PK\x03\x04 not a report")
    items = runner.plan([corpus], tmp_path / "s.sqlite").todo
    assert len(items) >= 5
    in_process = runner.unpack_results(runner.pack_results(runner.extract_batch(items, Limits(isolate=False))))
    (isolated, _) = in_thread(lambda: runner.extract_batch(items, Limits()))
    assert all(type(r).__name__ == "DocumentRecord" for r in isolated)
    assert [_comparable(r) for r in isolated] == [_comparable(r) for r in in_process]
    assert sum(r.status == "ok" for r in isolated) >= 4 and sum(r.n_rows for r in isolated) >= 4
    assert runner.unpack_results(runner.pack_results(isolated)) == isolated  # packed for the flow as they are
