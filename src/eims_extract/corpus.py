"""Finding documents and deciding which of them need (re-)extraction."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .ingest import SUPPORTED_SUFFIXES

#: Files a corpus folder may hold that are not documents.
IGNORED_NAMES = ("readme", "license", "notice")


def _ignored(p: Path) -> bool:
    from .ingest.identifiers import is_sidecar  # a fetched article's metadata file is not a document

    return p.name.startswith(".") or p.stem.lower() in IGNORED_NAMES or p.suffix.lower() == ".md" or is_sidecar(p)


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files to process, sorted and de-duplicated.

    A folder contributes every file below it (recursively) except hidden
    files and READMEs; an unsupported file in a folder is still returned so
    that it is recorded as failed with its reason rather than silently skipped.
    A path that does not exist is returned too, for the same reason.
    Paths are made absolute (not resolved through links) so one file has one key.
    """
    out: dict[str, Path] = {}
    for raw in paths:
        # absolute paths key the store: "corpus/a.txt" and "/repo/corpus/a.txt" are one document
        p = Path(raw).expanduser().absolute()
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not _ignored(f) and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    out[str(f)] = f
        else:
            out[str(p)] = p
    return [out[k] for k in sorted(out)]


def sha256_file(path: str | Path) -> str:
    """Content hash, or ``""`` for a file that cannot be read (it will fail at ingestion)."""
    h = hashlib.sha256()
    try:
        with Path(path).open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return ""
    return h.hexdigest()


def is_supported(path: str | Path) -> bool:
    return Path(path).suffix.lower() in SUPPORTED_SUFFIXES


@dataclass(frozen=True)
class WorkItem:
    path: str
    sha256: str
    #: file size, the cost estimate batches are balanced on (extraction time grows with it
    #: for text and PDF alike: ≈4 µs per byte for both on the reference paper)
    nbytes: int = 0


def file_size(path: str | Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0
