"""One document in, case rows out: the function every entry point calls.

The CLI, the Prefect tasks and the benchmark all go through
:func:`process_path`, so there is exactly one extraction code path.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from .errors import EimsError
from .ingest import doc_id_for, load_document, read_bytes
from .ingest.model import Document
from .records import CaseRow, DocumentResult


def extract_document(doc: Document, nlp: Any | None = None) -> list[CaseRow]:
    """Narrative patient(s) + literature-table rows, the "current case" merged."""
    from .fields.literature_table import rows_from_tables
    from .fields.merge import merge_current_case
    from .fields.narrative import extract_narrative
    from .nlp.pipeline import get_nlp

    from .ingest.normalise_text import run_on_view

    nlp = nlp if nlp is not None else get_nlp()

    def rows(view: Document) -> list[CaseRow]:
        return merge_current_case(extract_narrative(view, nlp), rows_from_tables(view))

    # rules read the normalised view; evidence offsets come back pointing into ``doc.text``
    return run_on_view(doc, rows)


def process_path(path: str | Path, nlp: Any | None = None, data: bytes | None = None) -> DocumentResult:
    """Ingest and extract one file; never raises for bad input.

    A file that cannot be read becomes ``status="failed"`` with a one-line
    reason, so a run over a folder goes on past it.
    """
    import hashlib

    p = Path(path)
    timings: dict[str, float] = {}
    sha = ""
    try:
        t0 = time.perf_counter()
        if data is None:
            data = read_bytes(p)
        sha = hashlib.sha256(data).hexdigest()
        doc = load_document(p, data=data)
        t1 = time.perf_counter()
        timings["ingest"] = t1 - t0
        rows = extract_document(doc, nlp)
        timings["extract"] = time.perf_counter() - t1
    except EimsError as exc:
        return DocumentResult(doc_id_for(p), str(p), sha, "failed", error=str(exc), timings=timings)
    except Exception as exc:  # a bug must not lose the rest of the run
        reason = f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]
        return DocumentResult(doc_id_for(p), str(p), sha, "failed", error=reason, timings=timings)
    from dataclasses import asdict

    return DocumentResult(
        doc.doc_id,
        str(p),
        sha,
        "ok",
        rows=rows,
        kind=doc.kind,
        pages=doc.n_pages,
        timings=timings,
        text=doc.text,
        sections=[asdict(s) for s in doc.sections],
        page_starts=list(doc.page_starts),
    )
