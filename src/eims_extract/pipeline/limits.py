"""Per-document limits: bytes, pages, seconds and memory growth.

One pathological file (a 400-page PDF, a 300 MB flate stream) must fail with a one-line reason
instead of holding a worker for minutes or gigabytes. Bytes are checked before reading and pages
before layout analysis; time and memory are watched by a thread that raises a
:class:`~.errors.LimitError` inside the extracting thread (an asynchronous exception, so it works
in Prefect's and Dask's worker threads where signals cannot be used). One long C call (a regex
backtracking for hours over a 20,000-space run) holds the interpreter lock: the watcher does not
even run until it returns. In the main thread (``eims-extract extract``) the time limit is
therefore also an interval timer, whose signal the regex engine and blocking calls answer while
they work, and its handler raises the same error. In another thread such a call is interrupted
only when it returns: a batch run off the main thread (Prefect's and Dask's worker threads) is
therefore extracted in a worker process its parent can kill (:mod:`.isolate`, ``Limits.isolate``).
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import LimitError

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True)
class Limits:
    """Configurable per-document limits; ``None`` switches one off."""

    #: file size (a text case report is kilobytes; a long review PDF a few MB)
    max_bytes: int | None = 64 * 1024 * 1024
    #: PDF pages (a review with its literature table is ≈ 10–40 pages; a 432-page book took 3.3 GB)
    max_pages: int | None = 150
    #: wall time for reading and extracting one document
    max_seconds: float | None = 180.0
    #: growth of the process's resident memory while one document is processed (the reference
    #: paper's PDF adds ≈ 50 MB to a worker of ≈ 300 MB)
    max_memory_mb: int | None = 1024
    #: extract in a worker process the parent kills when it overruns (:mod:`.isolate`): True always,
    #: False never, None when the batch runs off the main thread with a time limit set
    isolate: bool | None = None

    def check_size(self, path: Path) -> None:
        if self.max_bytes is None:
            return
        try:
            size = path.stat().st_size
        except OSError:
            return  # the reader reports missing or unreadable files
        self.check_bytes(size)

    def check_bytes(self, n: int) -> None:
        if self.max_bytes is not None and n > self.max_bytes:
            raise LimitError(f"too large: {_mb(n)} > limit {_mb(self.max_bytes)} (--max-bytes)")

    def as_dict(self) -> dict[str, float | int | None]:
        return {"max_bytes": self.max_bytes, "max_pages": self.max_pages,
                "max_seconds": self.max_seconds, "max_memory_mb": self.max_memory_mb, "isolate": self.isolate}


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def rss_mb() -> float:
    """Current resident memory of this process in MB (0 where /proc is absent)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * _PAGE / 1024 / 1024
    except (OSError, ValueError, IndexError):
        return 0.0


def _limit_exception(reason: str) -> type[LimitError]:
    """An exception class whose instances carry ``reason`` (an asynchronous exception is raised
    from its class, without arguments)."""

    def __init__(self: LimitError, *args: object) -> None:
        LimitError.__init__(self, reason)

    return type("LimitExceeded", (LimitError,), {"__init__": __init__})


def time_reason(seconds: float) -> str:
    """The one-line reason of a document over the time limit."""
    return f"took longer than {seconds:g} s (--max-seconds)"


def memory_reason(memory_mb: float) -> str:
    """The one-line reason of a document over the memory limit."""
    return f"needed more than {memory_mb:g} MB of memory (--max-memory-mb)"


def _raise_in(tid: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(exc) if exc else None)


def _arm_timer(seconds: float | None, state: dict[str, object]) -> object | None:
    """In the main thread, a SIGALRM timer at ``seconds`` (then every half second, in case a broad ``except``
    swallowed the error) whose handler raises the time limit's error; returns the handler it replaced, None when
    not armed (another thread, no time limit, or a handler or timer someone else set)."""
    if (
        seconds is None
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, signal.SIG_IGN)
        or signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0)
    ):
        return None

    def on_alarm(signum: int, frame: object) -> None:
        if not state["active"]:
            return
        if state["exc"] is None:
            state["exc"] = _limit_exception(time_reason(seconds))  # type: ignore[arg-type]
        raise state["exc"]()  # type: ignore[operator]

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001), 0.5)
    return previous


def _disarm_timer(previous: object | None) -> None:
    if previous is not None:
        signal.setitimer(signal.ITIMER_REAL, 0)  # a signal still pending is delivered here, to the handler
        signal.signal(signal.SIGALRM, previous)  # type: ignore[arg-type]


@contextmanager
def deadline(seconds: float | None, memory_mb: float | None, poll: float = 0.2) -> Iterator[None]:
    """Raise :class:`LimitError` in this thread when the block runs longer than ``seconds`` or
    the process grows by more than ``memory_mb``. Re-raised at the end if the block swallowed it."""
    if seconds is None and memory_mb is None:
        yield
        return
    tid = threading.get_ident()
    start, base = time.monotonic(), rss_mb()
    lock = threading.Lock()
    stop = threading.Event()
    state: dict[str, object] = {"active": True, "exc": None}
    timer = None

    def watch() -> None:
        last = 0.0
        while not stop.wait(poll):
            reason = None
            elapsed = time.monotonic() - start
            if seconds is not None and elapsed > seconds:
                reason = time_reason(seconds)
            elif memory_mb is not None:
                grown = rss_mb() - base
                if grown > memory_mb:
                    reason = memory_reason(memory_mb)
            if reason is None:
                continue
            with lock:
                if not state["active"]:
                    return
                if state["exc"] is None:
                    state["exc"] = _limit_exception(reason)
                if time.monotonic() - last > 0.5:  # again, in case a broad ``except`` swallowed it
                    _raise_in(tid, state["exc"])  # type: ignore[arg-type]
                    last = time.monotonic()

    t = threading.Thread(target=watch, name="eims-deadline", daemon=True)
    t.start()
    try:
        timer = _arm_timer(seconds, state)
        yield
    finally:
        state["active"] = False  # neither the timer's handler nor the watcher raises any more
        _disarm_timer(timer)
        stop.set()
        with lock:
            state["active"] = False
            fired = state["exc"]
            if fired is not None:
                _raise_in(tid, None)  # drop one still pending
    if fired is not None:
        raise fired()  # type: ignore[operator]


__all__ = ["Limits", "deadline", "memory_reason", "rss_mb", "time_reason"]
