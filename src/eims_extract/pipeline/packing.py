"""One document's result made ready for the store and for the trip back to the flow.

What every way of running a batch does to a document's result after :func:`.extract.process_path`
(in this process, or in an isolated worker process: :mod:`.isolate`), and the packed form batches
travel in. Kept apart from :mod:`.runner` so the isolated worker, which :mod:`.runner` starts, does
not import it back.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from .corpus import WorkItem
from ..records import DocumentResult
from ..store import DocumentRecord, document_record


def finish_result(r: DocumentResult, w: WorkItem) -> DocumentResult:
    """Fill in what the worker knows about a document's result: the plan's hash for one failed before
    reading (unsupported, too large), the worker's peak memory and process id; and hand back to the
    system the memory a failed (often oversized) document left behind."""
    if not r.sha256 and w.sha256:
        r.sha256 = w.sha256
    if r.status == "failed":
        release_memory()
    r.timings["peak_rss_mb"] = peak_rss_mb()
    r.timings["worker_pid"] = float(os.getpid())
    return r


def release_memory() -> None:
    """Free what a failed (often oversized) document left behind and return it to the OS."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def peak_rss_mb() -> float:
    """Peak resident memory of this (worker) process, in MB: Linux's ``VmHWM`` of this process image, since
    ``ru_maxrss`` of a worker started by a large parent keeps the parent's peak across fork and exec."""
    import resource

    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024.0, 1)
    except (OSError, ValueError, IndexError):
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1)


def pack_results(results: Sequence[DocumentResult | DocumentRecord]) -> bytes:
    """A batch's results as one compressed JSON blob of store-ready records.

    Orchestrators walk nested task arguments (Prefect records task inputs, Dask
    serialises them); a single opaque blob keeps that cost flat however many
    rows a batch carries. The records are built here, on the worker, so the one
    process writing the store only executes inserts. A result that is a record
    already (from an isolated worker) is packed as it is.
    """
    import zlib

    recs = [vars(r if isinstance(r, DocumentRecord) else document_record(r)) for r in results]  # JSON-safe fields
    return zlib.compress(json.dumps(recs, ensure_ascii=False).encode("utf-8"), 1)


def unpack_results(blob: bytes) -> list[DocumentRecord]:
    import zlib

    return [DocumentRecord(**d) for d in json.loads(zlib.decompress(blob).decode("utf-8"))]


__all__ = ["finish_result", "pack_results", "peak_rss_mb", "release_memory", "unpack_results"]
