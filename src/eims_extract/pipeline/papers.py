"""Copies of one paper: grouped, each keeps its rows, marked with its paper and the copy it is a copy of.

A curator (or ``eims-extract fetch``) may save one paper as JATS XML, PDF, a
web page and a text dump, and a benchmark may give a PubMed abstract page and
the full text of one article as two documents. Each copy is a document of its
own: it is extracted, its rows are written, scored against its own gold and
reviewed. Its rows are *marked*, not dropped: every row carries the key of its
paper (``paper``), and a row of a copy other than the best one carries the
best copy's ``doc_id`` (``copy_of``). Cohort counts leave rows with
``copy_of`` set out, so every patient of a paper is counted once.

Copies are tied by what identifies a paper: a DOI, PMID or PMCID (from the
XML, the page's meta tags, a fetch sidecar or the document's front), a long
enough title, or the same file name with another suffix. The best copy is the
one whose format keeps the most structure: XML > PDF > HTML > text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..records import CaseRow

#: Lower is better: JATS has real cells and sections, a PDF has geometry, a web page
#: has markup but furniture, a text dump has neither.
FORMAT_RANK: dict[str, int] = {"xml": 0, "pdf": 1, "html": 2, "text": 3}
#: A title ties copies only when it is this long (a bare "Case report" ties nothing).
MIN_TITLE_WORDS = 5
#: Identifiers of a paper: copies that disagree on one are never the same paper.
ID_KEYS = ("doi", "pmid", "pmcid")


@dataclass(frozen=True)
class Copy:
    path: str
    doc_id: str
    kind: str | None
    meta: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Paper:
    """A paper: the key naming it, its copies (paths) and the best one, whose rows count in cohort figures."""

    key: str
    best: str
    copies: list[str]
    #: path -> doc_id of each copy (not in ``papers.json``)
    doc_ids: dict[str, str] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"paper": self.key, "best": self.best, "copies": list(self.copies)}


@dataclass(frozen=True)
class Mark:
    """What a document's rows carry: its paper's key and, for a copy other than the best, the best copy's doc_id."""

    paper: str
    copy_of: str | None = None


def title_key(title: str) -> str | None:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return " ".join(words) if len(words) >= MIN_TITLE_WORDS else None


def _keys(c: Copy) -> list[str]:
    keys = [f"{k}:{c.meta[k].lower()}" for k in ID_KEYS if c.meta.get(k)]
    if t := title_key(c.meta.get("title", "")):
        keys.append(f"title:{t}")
    keys.append(f"name:{c.doc_id}")
    return keys


def _key_order(item: tuple[str, int]) -> tuple[int, int]:
    """Identifier keys first, then titles, then file names (then document order)."""
    k, i = item
    kind = k.split(":", 1)[0]
    return (0 if kind in ID_KEYS else 1 if kind == "title" else 2, i)


def _paper_key(copies: list[Copy]) -> str:
    for k in ID_KEYS:
        for c in copies:
            if c.meta.get(k):
                return f"{k}:{c.meta[k].lower()}"
    return f"name:{min(c.doc_id for c in copies)}"


def _rank(c: Copy) -> tuple[int, str]:
    return (FORMAT_RANK.get(c.kind or "", len(FORMAT_RANK)), c.path)


def group(copies: Iterable[Copy]) -> list[Paper]:
    """Copies joined when they share any key (union-find over keys), best copy first.

    Identifiers outrank titles and names: two copies whose DOIs, PMIDs or PMCIDs differ are two papers even when
    they share a title — a title line may be site furniture every page of one publisher repeats, and two reports
    may bear the same generic title ("... of the bladder: a case report"); tying on it would fold several papers'
    patients into one. Keys are joined in that order (identifiers, title, name); a join that would put two values of
    one identifier in a paper is skipped, and a title alone ties only copies of different formats (one paper saved
    as XML, PDF, page and text)."""
    items = list(copies)
    parent = list(range(len(items)))
    ids: list[dict[str, str]] = [{k: c.meta[k].lower() for k in ID_KEYS if c.meta.get(k)} for c in items]
    kinds: list[set[str | None]] = [{c.kind} for c in items]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int, by_title: bool) -> None:
        a, b = find(i), find(j)
        if a == b or any(ids[a].get(k, v) != v for k, v in ids[b].items()) or (by_title and kinds[a] & kinds[b]):
            return
        parent[a] = b
        ids[b] = {**ids[a], **ids[b]}
        kinds[b] |= kinds[a]

    owner: dict[str, int] = {}
    for k, i in sorted(((k, i) for i, c in enumerate(items) for k in _keys(c)), key=_key_order):
        if k in owner:
            join(i, owner[k], k.startswith("title:"))
        else:
            owner[k] = i
    members: dict[int, list[Copy]] = {}
    for i, c in enumerate(items):
        members.setdefault(find(i), []).append(c)
    out = []
    for cs in members.values():
        cs.sort(key=_rank)
        out.append(Paper(_paper_key(cs), cs[0].path, [c.path for c in cs], {c.path: c.doc_id for c in cs}))
    return sorted(out, key=lambda p: p.best)


def marks(papers: Iterable[Paper]) -> dict[str, Mark]:
    """path -> :class:`Mark` of every copy of every paper."""
    out: dict[str, Mark] = {}
    for p in papers:
        best = p.doc_ids.get(p.best, "")
        for path in p.copies:
            out[path] = Mark(p.key, None if path == p.best else best or None)
    return out


def mark_rows(rows: Iterable[CaseRow], mark: Mark | None) -> None:
    """Set ``paper`` and ``copy_of`` on ``rows`` (both None for a document in no paper: a failed or gone one)."""
    for r in rows:
        r.paper, r.copy_of = (mark.paper, mark.copy_of) if mark is not None else (None, None)


def marked_results(results: Iterable[Any]) -> tuple[list[Paper], list[CaseRow]]:
    """The papers of extraction results (``DocumentResult``) and every result's rows, in order, each row marked."""
    results = list(results)
    papers = group(result_copies(results))
    by_path = marks(papers)
    rows: list[CaseRow] = []
    for res in results:
        mark_rows(res.rows, by_path.get(res.path))
        rows += res.rows
    return papers, rows


# -- the store's view ---------------------------------------------------------------------------
def stored_copies(conn: Any) -> list[Copy]:
    """Successfully extracted documents of a store, still in the corpus, with their metadata (``document_meta``)."""
    cur = conn.execute(
        "SELECT d.path, d.doc_id, d.kind, m.meta FROM documents d LEFT JOIN document_meta m ON m.path = d.path "
        "WHERE d.status = 'ok' AND d.gone_at IS NULL"
    )
    import json

    return [Copy(r[0], r[1], r[2], json.loads(r[3]) if r[3] else {}) for r in cur]


def store_papers(store: Any) -> list[Paper]:
    return group(stored_copies(store.conn))


def store_marks(store: Any, papers: Iterable[Paper] | None = None) -> dict[str, Mark]:
    """doc_id -> :class:`Mark` of every current document of a store (doc ids are unique in a store)."""
    papers = store_papers(store) if papers is None else papers
    return {p.doc_ids[path]: m for p in papers for path, m in marks([p]).items()}


def marked_store_rows(store: Any, doc_ids: Iterable[str] | None = None, papers: Iterable[Paper] | None = None) -> list[CaseRow]:
    """The store's current rows (``Store.rows``), every copy's included, each marked with its paper and copy."""
    by_doc = store_marks(store, papers)
    rows = store.rows(doc_ids)
    for r in rows:
        mark_rows([r], by_doc.get(r.doc_id))
    return rows


def result_copies(results: Iterable[Any]) -> list[Copy]:
    """Copies of extraction results (``DocumentResult``) that succeeded."""
    return [Copy(r.path, r.doc_id, r.kind, dict(getattr(r, "meta", {}) or {})) for r in results if r.status == "ok"]


def kind_of(path: str | Path) -> str | None:
    from ..ingest import READERS

    return READERS.get(Path(path).suffix.lower())
