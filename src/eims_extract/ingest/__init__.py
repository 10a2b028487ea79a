"""Readers that turn ``.txt``, ``.pdf``, JATS ``.xml`` and saved ``.html`` pages into one :class:`Document` model."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import IngestError
from .model import Cell, Document, Section, Table

#: Suffix → reader kind. ``.nxml`` is PMC's name for JATS files.
READERS: dict[str, str] = {
    ".txt": "text",
    ".pdf": "pdf",
    ".xml": "xml",
    ".nxml": "xml",
    ".html": "html",
    ".htm": "html",
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(READERS)
_EXPECTED = "expected .txt, .pdf, .xml (JATS) or .html"

__all__ = [
    "Cell",
    "Document",
    "IngestError",
    "Section",
    "SUPPORTED_SUFFIXES",
    "Table",
    "doc_id_for",
    "load_document",
    "read_bytes",
]


def doc_id_for(path: str | Path) -> str:
    """The schema's ``doc_id``: the file name without its suffix."""
    return Path(path).stem


def read_bytes(path: str | Path) -> bytes:
    """Read a file, turning OS errors into one-line :class:`IngestError` reasons."""
    p = Path(path)
    if p.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise IngestError(f"unsupported file type {p.suffix or '(none)'!r}: {_EXPECTED}")
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"file not found: {p}") from None
    except IsADirectoryError:
        raise IngestError(f"is a directory, not a file: {p}") from None
    except PermissionError:
        raise IngestError(f"unreadable (permission denied): {p}") from None
    except OSError as exc:
        raise IngestError(f"unreadable: {exc.strerror or exc}") from None


def sniff_kind(data: bytes) -> str | None:
    """The reader a ``.txt`` file's content asks for when it is markup, not text: a JATS article or a web page
    saved under a text name ("…_jats.txt" holding ``<?xml …><article …>``, a page saved as ``.txt`` from the
    browser's source view). None for anything else: plain text, and text that merely quotes a tag."""
    from ..rules import layout

    head = data[:4096].decode("utf-8", "ignore").lstrip("\ufeff")
    m = layout("markup_document_root").match(head)
    if m is None:
        return None
    root = (m.group(1) or m.group(2) or "").lower()
    return {"article": "xml", "html": "html"}.get(root)


def load_document(path: str | Path, data: bytes | None = None, doc_id: str | None = None) -> Document:
    """Read ``path`` (or already-read ``data``) into a :class:`Document`.

    ``doc_id`` is the corpus's unique id for the file (see ``corpus.doc_ids``); default its stem.

    Raises :class:`IngestError` with a one-line reason for anything that is not
    a readable case report, so callers can record the failure and move on.
    """
    p = Path(path)
    if data is None:
        data = read_bytes(p)
    elif p.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise IngestError(f"unsupported file type {p.suffix or '(none)'!r}: {_EXPECTED}")
    if not data.strip():
        raise IngestError("empty file")
    sha = hashlib.sha256(data).hexdigest()
    did = doc_id or doc_id_for(p)
    kind = READERS[p.suffix.lower()]
    if kind == "text":
        kind = sniff_kind(data) or kind
    if kind == "pdf":
        from .pdf import read_pdf

        doc = read_pdf(data, doc_id=did, path=str(p))
    elif kind == "xml":
        from .jats import read_jats

        doc = read_jats(data, doc_id=did, path=str(p))
    elif kind == "html":
        from .html import read_html

        doc = read_html(data, doc_id=did, path=str(p))
    else:
        from .text import read_text

        doc = read_text(data, doc_id=did, path=str(p))
    doc.sha256 = sha
    from .identifiers import complete_meta

    complete_meta(doc)
    return doc
