"""One document in, case rows out: the function every entry point calls.

The CLI, the Prefect tasks and the benchmark all go through
:func:`process_path`, so there is exactly one extraction code path.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..errors import EimsError, LimitError
from .gate import GateDecision, decide
from ..ingest import doc_id_for, load_document, read_bytes
from ..ingest.model import Document
from .limits import Limits, deadline
from ..records import CaseRow, DocumentResult


def extract_document(doc: Document, nlp: Any | None = None) -> list[CaseRow]:
    """Narrative patient(s) + literature-table rows, the "current case" merged."""
    return extract_with_gate(doc, nlp)[0]


def extract_with_gate(doc: Document, nlp: Any | None = None) -> tuple[list[CaseRow], GateDecision]:
    """Rows and the decision whether the document reports patients at all.

    A document that does not (no case-report signal, no case table) gets no rows, so an
    off-topic page cannot leak stray values ("male wards" as a sex)."""
    from ..fields.literature_table import case_labels, rows_from_table, sheet_labels
    from ..fields.alk import negative_on_covering_panel, sign_series_fusion_method
    from ..fields.merge import merge_current_case, own_roster
    from ..fields.narrative import narrative_rows
    from ..nlp.pipeline import get_nlp

    from ..ingest.normalise_text import run_on_view

    from ..fields.narrative import item_about_tumour_patient
    from ..ingest.items import compilation_items, item_view

    gates: list[GateDecision] = []

    def rows(view: Document) -> list[CaseRow]:
        items = compilation_items(view, item_about_tumour_patient)
        if items is None:
            return doc_rows(view)
        # a compilation of unrelated items (an abstract-book page, a digest of cases): each item about the tumour
        # is read alone, as its own patient, and no other item lends it a fact
        relevant = [it for it in items if it.relevant]
        out: list[CaseRow] = []
        for k, item in enumerate(relevant, 1):
            got = doc_rows(item_view(view, item))
            if len(relevant) > 1:
                for r in got:
                    r.case_id = f"case-{k}" if r.case_id == "index" else f"I{k}-{r.case_id}"
            out += got
        if len(gates) > 1:  # the document's decision: the first item that reports a patient, else the first
            gates[:] = [next((g for g in gates if g.reports_patients), gates[0])]
        return out  # each item's rows are unique (doc_rows), and the item prefixes keep them apart

    def doc_rows(view: Document) -> list[CaseRow]:
        table_rows: list[CaseRow] = []
        table_of: dict[int, int] = {}  # id(row) -> ordinal of its summary table
        labels: dict[str, int] = {}  # "U2" -> 2: a patient the series' own table names by a label
        clash: set[str] = set()
        sheets: list[tuple[Any, list[CaseRow]]] = []
        for table in view.tables:
            found = rows_from_table(view, table)
            if found:
                sheets.append((table, found))
            for lab, num in (case_labels(table, found) if found else {}).items():
                if labels.setdefault(lab, num) != num:
                    clash.add(lab)  # two tables name different rows alike: the label names no one row
            if found:
                k = len(set(table_of.values())) + 1
                table_of.update((id(r), k) for r in found)
                table_rows += found
        gate = decide(view, len(table_rows))
        gates.append(gate)
        if not gate.reports_patients:
            return []
        for lab in clash:
            labels.pop(lab, None)
        labels.update(sheet_labels(sheets))
        roster = own_roster(table_rows)  # "The infant received ...": the prose finds a described patient among them
        narrative, others = narrative_rows(view, nlp if nlp is not None else get_nlp(), labels or None, roster or None)
        merged = merge_current_case(narrative, table_rows)
        # "fusions were identified by targeted RNA sequencing": the method of each own patient's fusion that names none
        sign_series_fusion_method(view.doc_id, view.text, merged, view.page_at)
        # a described patient with another diagnosis (a mimic's patient beside the tumour's) gives no row, nor does the
        # own table's row merged into theirs; a published case of a literature table keeps its row
        merged = [r for r in merged if not (r.case_id in others and not (r.reference or r.published or r.citation is not None))]
        negative_on_covering_panel(view, merged)  # ALK looked for by a panel that found another kinase's fusion
        return unique_case_ids(table_scoped_ids(merged, table_of))

    # rules read the normalised view; evidence offsets come back pointing into ``doc.text``
    out = run_on_view(doc, rows)
    return out, gates[0]


def table_scoped_ids(rows: list[CaseRow], table_of: dict[int, int]) -> list[CaseRow]:
    """Rows of a later summary table that numbers its cases like an earlier one ("Table 1
    abdominal cases", "Table 2 extra-abdominal cases", both from 1) all become ``T{k}-<id>``:
    the whole table, so its case 4 is not mistaken for the first table's. Runs after merging,
    so a case series' clinical and marker tables of the same patients still merge first."""
    by_table: dict[int, list[CaseRow]] = {}
    for r in rows:
        k = table_of.get(id(r))
        if k is not None and r.source == "table":
            by_table.setdefault(k, []).append(r)
    seen = {r.case_id for r in rows if id(r) not in table_of or r.source != "table"}
    for k in sorted(by_table):
        ids = {r.case_id for r in by_table[k]}
        if k > 1 and ids & seen:
            for r in by_table[k]:
                r.case_id = f"T{k}-{r.case_id}"
        seen |= {r.case_id for r in by_table[k]}
    return rows


def unique_case_ids(rows: list[CaseRow]) -> list[CaseRow]:
    """Make every ``case_id`` of one document unique, in place: the guarantee the store's
    key relies on, whatever the tables and narrative produced.

    After :func:`table_scoped_ids`, repeats remain only from text given twice (a paper pasted
    twice); the k-th repeat becomes ``T{k}-<id>`` (table rows) or ``D{k}-<id>`` (others), which
    keeps the case number last (the scorer aligns on it) and is stable across runs."""
    seen: set[str] = set()
    for row in rows:
        cid = row.case_id or "case"
        if cid in seen:
            prefix = "T" if row.source == "table" else "D"
            k = 2
            while f"{prefix}{k}-{cid}" in seen:
                k += 1
            cid = f"{prefix}{k}-{cid}"
        row.case_id = cid
        seen.add(cid)
    return rows


#: PDFs from this size on have their page count checked before layout analysis (parsing the
#: cross-reference table for it costs ≈ 4 % of a small PDF's reading; a small file with many
#: pages is caught by the count after reading and by the time and memory limits)
PAGE_PRECHECK_BYTES = 1 << 20


def _check_pages(data: bytes, limits: Limits) -> None:
    """Refuse a large PDF with more pages than allowed before its pages are read: the page
    tree's ``/Count`` costs one object lookup (a tenth of walking the tree). A file that lies
    about it is still caught by the time and memory limits and the count after reading; an
    unreadable PDF is left to the reader's own reason."""
    if limits.max_pages is None or len(data) < PAGE_PRECHECK_BYTES or not data.lstrip()[:5] == b"%PDF-":
        return
    import io

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        n = int(resolve1(resolve1(doc.catalog["Pages"])["Count"]))
    except Exception:  # the PDF reader gives encrypted/corrupt files their reason
        return
    _over_pages(n, limits)


def _over_pages(n: int | None, limits: Limits) -> None:
    if limits.max_pages is not None and n is not None and n > limits.max_pages:
        raise LimitError(f"too many pages: {n} > limit {limits.max_pages} (--max-pages)")


def process_path(
    path: str | Path,
    nlp: Any | None = None,
    data: bytes | None = None,
    doc_id: str | None = None,
    limits: Limits | None = None,
) -> DocumentResult:
    """Ingest and extract one file; never raises for bad input.

    A file that cannot be read, or that breaks a limit (bytes, pages, seconds, memory), becomes
    ``status="failed"`` with a one-line reason, so a run over a folder goes on past it.
    ``doc_id`` is given by the corpus (unique per store); a file given alone falls back to its stem.
    """
    p = Path(path)
    did = doc_id or doc_id_for(p)
    lim = limits or Limits()
    timings: dict[str, float] = {}
    sha = ""
    try:
        t0 = time.perf_counter()
        if data is None:
            lim.check_size(p)
            data = read_bytes(p)
        lim.check_bytes(len(data))
        sha = hashlib.sha256(data).hexdigest()
        with deadline(lim.max_seconds, lim.max_memory_mb):
            _check_pages(data, lim)
            doc = load_document(p, data=data, doc_id=did)
            _over_pages(doc.n_pages if doc.kind == "pdf" else None, lim)
            t1 = time.perf_counter()
            timings["ingest"] = t1 - t0
            rows, gate = extract_with_gate(doc, nlp)
            timings["extract"] = time.perf_counter() - t1
    except EimsError as exc:
        return DocumentResult(did, str(p), sha, "failed", error=str(exc), timings=timings)
    except MemoryError:
        return DocumentResult(did, str(p), sha, "failed", error="out of memory while reading", timings=timings)
    except Exception as exc:  # a bug must not lose the rest of the run
        reason = f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]
        return DocumentResult(did, str(p), sha, "failed", error=reason, timings=timings)
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
        encoding=doc.encoding,
        reports_patients=gate.reports_patients,
        gate_reason=gate.reason,
        meta=dict(doc.meta),
    )
