"""Article identifiers (DOI, PMID, PMCID) and metadata sidecars.

One paper saved as XML, PDF, HTML and text must count once; what ties the
copies together is an identifier. JATS carries them in its front matter; a
fetched file carries them in its sidecar (``NAME.meta.json``, written by
``eims-extract fetch``); otherwise they are read from the document's front
(title page, header lines), never from the reference list, whose DOIs are
other papers'.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..rules import layout
from .model import Document

#: Suffix of the metadata file saved next to a fetched article.
SIDECAR_SUFFIX = ".meta.json"
META_KEYS = ("pmid", "pmcid", "doi", "title", "journal", "year", "license", "source", "retrieved_at", "url")
ID_KEYS = ("doi", "pmid", "pmcid")

_DOI = layout("doi")
_PMID = layout("pmid")
_PMCID = layout("pmcid")
#: How far into the reading-order text an identifier of the paper itself is looked for.
FRONT_CHARS = 4000


def clean_doi(doi: str) -> str:
    """Lower-cased, without a resolver prefix or trailing punctuation."""
    d = layout("doi_prefix").sub("", doi.strip())
    return d.rstrip(".,;:)]}'\"").lower()


def sidecar_path(path: str | Path) -> Path:
    p = Path(path)
    return p.with_name(p.stem + SIDECAR_SUFFIX)


def is_sidecar(path: str | Path) -> bool:
    return Path(path).name.lower().endswith(SIDECAR_SUFFIX)


def read_sidecar(path: str | Path) -> dict[str, str]:
    """The sidecar's metadata next to ``path``; ``{}`` when there is none or it is unreadable."""
    sc = sidecar_path(path)
    try:
        raw = json.loads(sc.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {k: str(raw[k]) for k in META_KEYS if raw.get(k) not in (None, "")}


def ids_from_text(doc: Document) -> dict[str, str]:
    """DOI / PMID / PMCID printed in the document's front, before any reference list."""
    end = min((s.start for s in doc.sections if s.kind == "references"), default=len(doc.text))
    return ids_in(doc.text[: min(end, FRONT_CHARS)])


def ids_in(front: str) -> dict[str, str]:
    """The first DOI / PMID / PMCID printed in ``front``."""
    out: dict[str, str] = {}
    if m := _DOI.search(front):
        out["doi"] = clean_doi(m.group(1))
    if m := _PMID.search(front):
        out["pmid"] = m.group(1)
    if m := _PMCID.search(front):
        out["pmcid"] = m.group(1).upper()
    return out


def document_title(doc: Document) -> str:
    return " ".join(doc.text[s.start : s.end].strip() for s in doc.sections_of("title")).strip()


def complete_meta(doc: Document) -> None:
    """Fill ``doc.meta``: the reader's own first, then the sidecar, then the text (no overriding)."""
    for k, v in read_sidecar(doc.path).items():
        doc.meta.setdefault(k, v)
    for k, v in ids_from_text(doc).items():
        doc.meta.setdefault(k, v)
    if "doi" in doc.meta:
        doc.meta["doi"] = clean_doi(doc.meta["doi"])
    if "pmcid" in doc.meta and not doc.meta["pmcid"].upper().startswith("PMC"):
        doc.meta["pmcid"] = "PMC" + doc.meta["pmcid"]
    title = document_title(doc)
    if title and "title" not in doc.meta:
        doc.meta["title"] = title
