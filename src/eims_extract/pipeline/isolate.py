"""Each document of a batch in a worker process its parent can kill: the time limit off the main thread.

Why. The per-document time limit of :mod:`.limits` is a watcher thread raising an asynchronous exception,
plus an interval timer in the main thread. In Prefect's thread-pool task runner and in Dask's worker
threads there is no timer, and one long C call holds the interpreter lock (a regex backtracking over a
long run of empty comma-separated cells, a huge stream inflated in one call): the exception only lands
when the call returns, and the batch is held for minutes. A process can be stopped whatever it is doing.

When. :func:`wanted`: ``Limits.isolate`` True (``eims-extract run --isolate always``, or the flow's
``limits={"isolate": True}``) always, False never; None (the default, ``--isolate auto``) when the batch
runs off the main thread with a time limit set, i.e. in every task of the Prefect flow and on Dask
workers. In the main thread (``eims-extract extract``, ``run_local``, ``evaluate``) nothing changes
unless asked: there the interval timer already stops a regex, and a child would only cost start-up.

Design.

- One persistent child per worker thread (:func:`thread_worker`, thread-local), started on first use.
  It builds the nlp pipeline once (``current_nlp``, renewed as in-process when its string store
  outgrows its bound), reads a short built-in report (:data:`WARM_UP`: the rules are loaded and their
  patterns compiled) and says it is ready before the first document's clock starts; it then serves
  one document at a time until its parent closes the pipe (the parent thread ended, the process
  exits) or dies. A child that was killed is replaced on the next document (a new start-up: the
  interpreter, the rules and the nlp pipeline again, ≈ 3–5 s).
- Start method: a fresh interpreter (``python -c "...isolate import serve; serve(r, w)"`` through
  :mod:`subprocess`), i.e. spawn semantics: nothing is forked from a threaded parent (Prefect, Dask
  and the deadline watcher all run threads; a fork copies locks other threads hold). The
  :mod:`multiprocessing` start methods are not used because they refuse to start a child from a
  daemonic process, and Dask's worker processes are daemonic (``distributed.worker.daemon``). The
  child is given the directory this package was imported from first on its ``PYTHONPATH``, so it
  runs the same code as its parent, and ignores SIGINT (its parent stops it).
- Protocol: :class:`multiprocessing.connection.Connection` over two pipes. A request is a
  :class:`~.corpus.WorkItem` as a tuple and the limits as a dict; the child acknowledges it at once
  (so a death before it took the document is told from one while reading it) and then replies with the document's result
  packed as batches already travel (:func:`.packing.pack_results`: store-ready records), or an error
  line. The parent unpacks it to one :class:`~..store.DocumentRecord`, which ``store_results`` and
  ``pack_results`` take as they are.
- Limits: the child runs :func:`.extract.process_path` in its own main thread, so every limit applies
  there as in-process (bytes and pages; time by its watcher and interval timer, which stops a regex
  without losing the child; memory growth by its watcher, measured on the child alone). The parent is
  the backstop for what answers no signal: it waits ``max_seconds`` + :data:`GRACE_SECONDS` (or a
  tenth of ``max_seconds`` when longer) for the reply and watches the child's resident memory (:data:`MEMORY_BACKSTOP` times ``max_memory_mb`` of
  growth). A child over either is killed (SIGKILL) and its document failed with the usual one-line
  reason ("took longer than S s (--max-seconds)", "needed more than M MB of memory
  (--max-memory-mb)"); a child that dies on its own (a crash in a C library, the system's
  out-of-memory killer) fails its document with "the worker process died ..."; either way the batch
  goes on with a new child. A child found dead between documents is replaced without failing any.
- Results are those of the in-process path: the same :func:`.extract.process_path` on the same file
  with the same limits; only the timings and the worker's process id and peak memory differ.

Cost (session 27, a 2-core machine shared with other jobs, load ≈ 9): a child's start-up (interpreter,
rules, nlp pipeline, warm-up) took 9.5–11.6 s, paid once per worker thread and again after each kill;
per document no difference showed within the noise on the flow's per-document path (``pack_results``
of ``extract_batch``): blind160, 9 documents × 5 passes, 3.05 docs/s in-process and 3.07 isolated;
the reference paper as text and two-column PDF, 1.11 and 1.13 docs/s. Memory: one more process
holding the nlp pipeline per worker thread (≈ 190 MB peak), while its parent (the flow's process, a
Dask worker) no longer builds one.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import weakref
from dataclasses import astuple
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .corpus import WorkItem
from .limits import Limits, memory_reason, time_reason
from .packing import finish_result, pack_results, unpack_results
from ..ingest import doc_id_for
from ..store import DocumentRecord, failed_record

#: The parent kills a child this long after the time limit, at least, or a tenth of the limit when that is
#: longer (the child's own timer answers first whenever the call it is in answers signals; the parent's clock
#: also counts reading the file, packing the reply and a busy machine's scheduling)
GRACE_SECONDS = 2.0
#: A short fictional report the child reads before it says it is ready, so no document's clock pays for
#: loading the rules and compiling their patterns (≈ 1 s, more on a busy machine)
WARM_UP = (
    "Case report\nA 40-year-old woman presented with an abdominal mass. The tumour was resected; "
    "immunohistochemistry showed ALK positivity.\n"
)
#: The parent kills a child whose resident memory grew by this many times ``max_memory_mb`` while
#: it read one document (the child's own watcher fails the document at 1× when it can run).
MEMORY_BACKSTOP = 1.5
#: How often the waiting parent looks at the clock and the child's memory.
POLL_SECONDS = 0.2

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def wanted(limits: Limits) -> bool:
    """Whether a batch run now, in this thread, under ``limits`` goes to an isolated worker."""
    if limits.isolate is not None:
        return bool(limits.isolate)
    return limits.max_seconds is not None and threading.current_thread() is not threading.main_thread()


_local = threading.local()


def thread_worker() -> IsolatedWorker:
    """This thread's worker (one child process per worker thread; stopped when the thread ends)."""
    w = getattr(_local, "worker", None)
    if w is None:
        w = _local.worker = IsolatedWorker()
    return w


def _rss_mb_of(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * _PAGE / 1024 / 1024
    except (OSError, ValueError, IndexError):
        return 0.0


def _stop(proc: subprocess.Popen[bytes], *conns: Connection) -> None:
    """Close the child's pipes (it exits when it reads their end) and reap it; kill it if it lingers."""
    for c in conns:
        try:
            c.close()
        except OSError:
            pass
    try:
        proc.wait(timeout=2)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _exit_reason(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


class IsolatedWorker:
    """A persistent child process that extracts one document at a time (see the module's docstring)."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._send: Connection | None = None
        self._recv: Connection | None = None
        self._finalizer: weakref.finalize | None = None
        #: children started so far (the first one, and one after each kill or death)
        self.starts = 0

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def _start(self) -> None:
        req_r, req_w = os.pipe()  # parent -> child
        rep_r, rep_w = os.pipe()  # child -> parent
        env = dict(os.environ)
        src = str(Path(__file__).resolve().parents[2])  # the directory ``eims_extract`` was imported from
        env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        code = f"from eims_extract.pipeline.isolate import serve; serve({req_r}, {rep_w})"
        try:
            proc = subprocess.Popen(
                [sys.executable, "-c", code], pass_fds=(req_r, rep_w), env=env, stdin=subprocess.DEVNULL
            )
        finally:
            os.close(req_r)
            os.close(rep_w)
        send, recv = Connection(req_w, readable=False), Connection(rep_r, writable=False)
        self._proc, self._send, self._recv = proc, send, recv
        self._finalizer = weakref.finalize(self, _stop, proc, send, recv)
        self.starts += 1
        try:
            kind, _ = recv.recv()  # ("ready", pid) once the nlp pipeline is built and warm; no clock runs yet
        except EOFError:
            why = _exit_reason(self._discard())
            raise RuntimeError(f"the isolated worker process could not start ({why}); see its error above") from None
        assert kind == "ready", kind

    def _discard(self, kill: bool = False) -> int | None:
        """Forget the child (killing it first when asked); its exit code."""
        proc = self._proc
        if proc is None:
            return None
        if kill:
            proc.kill()
        if self._finalizer is not None:
            self._finalizer.detach()
        for c in (self._send, self._recv):
            if c is not None:
                c.close()
        code = proc.wait()
        self._proc = self._send = self._recv = self._finalizer = None
        return code

    def close(self) -> None:
        """Stop the child (the next document would start a new one)."""
        if self._finalizer is not None:
            self._finalizer()
        self._proc = self._send = self._recv = self._finalizer = None

    def extract(self, item: WorkItem, limits: Limits) -> DocumentRecord:
        """One document's store-ready record: the child's, or failed with the reason the child was stopped."""
        for _ in range(2):
            rec = self._attempt(item, limits)
            if rec is not None:
                return rec
        raise RuntimeError("the isolated worker process dies before it takes a document")

    def _attempt(self, item: WorkItem, limits: Limits) -> DocumentRecord | None:
        """The document's record, or None when the child was found dead before it took the document
        (then a new child takes it)."""
        if self._proc is None:
            self._start()
        assert self._proc is not None and self._send is not None and self._recv is not None
        pid, recv = self._proc.pid, self._recv
        try:
            self._send.send((astuple(item), limits.as_dict()))
        except OSError:  # broken pipe: it died while idle
            self._discard()
            return None
        start, base = time.monotonic(), _rss_mb_of(pid)
        wait = None if limits.max_seconds is None else limits.max_seconds + max(GRACE_SECONDS, limits.max_seconds / 10)
        grown = None if limits.max_memory_mb is None else limits.max_memory_mb * MEMORY_BACKSTOP
        took = False
        while True:
            if recv.poll(POLL_SECONDS):
                try:
                    kind, payload = recv.recv()
                except EOFError:
                    why = _exit_reason(self._discard())
                    if not took:  # died before it read the request
                        return None
                    return self._failed(item, f"the worker process died while reading it ({why})", pid)
                if kind == "took":
                    took = True
                    continue
                break
            reason = None
            if wait is not None and time.monotonic() - start > wait:
                reason = time_reason(limits.max_seconds)  # type: ignore[arg-type]
            elif grown is not None and _rss_mb_of(pid) - base > grown:
                reason = memory_reason(limits.max_memory_mb)  # type: ignore[arg-type]
            if reason is not None:
                self._discard(kill=True)
                return self._failed(item, reason, pid)
        if kind == "error":
            return self._failed(item, payload, pid)
        (rec,) = unpack_results(payload)
        return rec

    @staticmethod
    def _failed(item: WorkItem, reason: str, pid: int) -> DocumentRecord:
        rec = failed_record(item.path, item.doc_id or doc_id_for(Path(item.path)), item.sha256, reason)
        rec.timings["worker_pid"] = float(pid)
        return rec


def serve(req_fd: int, rep_fd: int) -> None:
    """The child's loop: build the nlp pipeline, say so, then extract each document asked for."""
    from ..nlp.pipeline import current_nlp
    from .extract import process_path

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    recv, send = Connection(req_fd, writable=False), Connection(rep_fd, readable=False)
    nothing = Limits(None, None, None, None)
    process_path(Path("warm-up.txt"), current_nlp(), data=WARM_UP.encode("utf-8"), doc_id="warm-up", limits=nothing)
    send.send(("ready", os.getpid()))
    while True:
        try:
            item, limits = recv.recv()
        except EOFError:
            return
        w = WorkItem(*item)
        try:
            send.send(("took", None))  # the parent tells a death from now on from one before the document
        except OSError:
            return
        reply: tuple[str, Any]
        try:
            r = process_path(w.path, current_nlp(), doc_id=w.doc_id or None, limits=Limits(**limits))
            reply = ("done", pack_results([finish_result(r, w)]))
        except Exception as exc:  # process_path never raises for a document; this is a bug, told as one line
            reply = ("error", f"internal error: {type(exc).__name__}: {exc}".splitlines()[0])
        try:
            send.send(reply)
        except OSError:  # the parent is gone
            return


__all__ = ["GRACE_SECONDS", "IsolatedWorker", "MEMORY_BACKSTOP", "serve", "thread_worker", "wanted"]
