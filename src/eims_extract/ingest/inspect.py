"""A human-readable summary of a :class:`Document` (``eims-extract inspect FILE``).

Meant for checking ingestion by eye: which sections were found and where,
what tables came out (header, size, pages), which captions were moved out of
the body, and any warnings.
"""

from __future__ import annotations

from .model import Document


def _first_words(text: str, n: int = 10) -> str:
    words = text.split()
    more = " …" if len(words) > n else ""
    return " ".join(words[:n]) + more


def render(doc: Document, show_text: bool = False) -> str:
    """Sections, tables, captions, page count and warnings; the full text too if asked."""
    out: list[str] = []
    pages = doc.n_pages if doc.n_pages is not None else "-"
    out.append(f"{doc.doc_id}  ({doc.kind}, {pages} pages, {len(doc.text)} chars)  {doc.path}")
    ids = [f"{k}={doc.meta[k]}" for k in ("pmid", "pmcid", "doi", "journal", "year", "license") if doc.meta.get(k)]
    if ids:
        out.append("meta: " + ", ".join(ids))
    out.append("")
    out.append("sections:")
    for s in doc.sections:
        if s.kind == "caption":
            continue
        page = doc.page_at(s.start)
        where = f" p{page}" if page is not None else ""
        title = f" {s.title!r}" if s.title else ""
        out.append(
            f"  {s.kind:<16}{title:<26} [{s.start}:{s.end}]{where}  {_first_words(doc.text[s.start:s.end])}"
        )
    caps = doc.sections_of("caption")
    out.append("")
    out.append(f"captions: {len(caps)}")
    for s in caps:
        page = doc.page_at(s.start)
        where = f" p{page}" if page is not None else ""
        out.append(f"  {s.title:<10} [{s.start}:{s.end}]{where}  {_first_words(doc.text[s.start:s.end], 12)}")
    out.append("")
    out.append(f"tables: {len(doc.tables)}")
    for t in doc.tables:
        pages_ = ",".join(str(p) for p in t.pages) or "-"
        out.append(f"  {t.id}: {t.caption!r}")
        out.append(
            f"      header={t.header_texts()} rows={len(t.rows)} pages={pages_} span=[{t.start}:{t.end}]"
            + (f" raw_lines={len(t.raw_lines)}" if t.raw_lines else "")
        )
    out.append("")
    if doc.warnings:
        out.append(f"warnings: {len(doc.warnings)}")
        out.extend(f"  - {w}" for w in doc.warnings)
    else:
        out.append("warnings: none")
    if show_text:
        out.append("")
        out.append("text:")
        out.append(doc.text)
    return "\n".join(out) + "\n"
