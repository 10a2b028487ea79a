"""Finding documents, naming them, and deciding which of them need (re-)extraction."""

from __future__ import annotations

import hashlib
import os
import stat
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path


#: Files a corpus folder may hold that are not documents.
IGNORED_NAMES = ("readme", "license", "notice")


def _ignored(p: Path) -> bool:
    from ..ingest.identifiers import is_sidecar  # a fetched article's metadata file is not a document

    return p.name.startswith(".") or p.stem.lower() in IGNORED_NAMES or p.suffix.lower() == ".md" or is_sidecar(p)


@dataclass(frozen=True)
class Found:
    """A file to process: its absolute (unresolved) path and the root it was found under."""

    path: Path
    root: Path

    @property
    def rel(self) -> Path:
        """Corpus-relative path (a file named on its own is relative to its folder)."""
        try:
            return self.path.relative_to(self.root)
        except ValueError:
            return Path(self.path.name)


@dataclass
class Discovery:
    """What a scan found: files to process, and paths refused with a one-line reason
    (links leading outside the corpus, broken links, link loops, special files)."""

    found: list[Found] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    #: the scanned folders and files (absolute): stored documents under them that were not
    #: found again are gone
    roots: list[Path] = field(default_factory=list)

    @property
    def paths(self) -> list[Path]:
        return [f.path for f in self.found]


def _real(p: Path) -> Path | None:
    try:
        return p.resolve(strict=True)
    except (OSError, RuntimeError):
        return None


def _link_problem(p: Path, real_roots: list[Path]) -> str | None:
    """Why a symlink is not followed, or None when it stays inside the corpus roots."""
    try:
        target = os.readlink(p)
    except OSError as exc:
        return f"unreadable symlink: {exc.strerror or exc}"
    try:
        real = p.resolve(strict=True)
    except RuntimeError:
        return f"symlink loop: {p.name} -> {target}"
    except FileNotFoundError:
        return f"broken symlink: {p.name} -> {target} (target does not exist)"
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            return f"symlink loop: {p.name} -> {target}"
        return f"unreadable symlink: {p.name} -> {target}: {exc.strerror or exc}"
    if not any(real == r or r in real.parents for r in real_roots):
        return f"skipped: symlink leads outside the corpus ({p.name} -> {real})"
    return None


def _special(p: Path) -> str | None:
    """A FIFO, socket or device would block or stream forever when read."""
    try:
        mode = p.stat().st_mode
    except OSError:
        return None  # reported by the reader
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    return "not a regular file (FIFO, socket or device): not read"


def scan(paths: Iterable[str | Path]) -> Discovery:
    """Walk the given folders and files without following links blindly.

    A folder contributes every file below it (recursively) except hidden files and READMEs; an
    unsupported file is still returned so that it is recorded as failed with its reason, and so
    is a path that does not exist. A symlink is followed only when it resolves inside one of the
    given roots (a link to a folder inside them is not walked twice); one leading elsewhere
    (``passwd.txt -> /etc/passwd``), a broken link and a link loop are rejected with a reason.
    Paths are made absolute (not resolved through links) so one file has one key.
    """
    out = Discovery()
    raw_roots = [Path(r).expanduser().absolute() for r in paths]
    out.roots = raw_roots
    real_roots = [r for r in (_real(x) for x in raw_roots) if r is not None]
    found: dict[str, Found] = {}
    rejected: dict[str, str] = {}
    for root in raw_roots:
        if root.is_symlink():
            why = _link_problem(root, real_roots + [root.parent.resolve()])
            if why and not why.startswith("skipped"):
                rejected[str(root)] = why
                continue
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
                d = Path(dirpath)
                dirnames[:] = sorted(n for n in dirnames if not n.startswith("."))
                for n in list(dirnames):
                    sub = d / n
                    if sub.is_symlink():
                        dirnames.remove(n)  # a link to a folder: inside the corpus it is walked where it lives
                        why = _link_problem(sub, real_roots)
                        if why:
                            rejected[str(sub)] = why
                for n in sorted(filenames):
                    f = d / n
                    if _ignored(f):
                        continue
                    if f.is_symlink():
                        why = _link_problem(f, real_roots)
                        if why:
                            rejected[str(f)] = why
                            continue
                    why = _special(f)
                    if why:
                        rejected[str(f)] = why
                        continue
                    found[str(f)] = Found(f, root)
        else:
            why = _special(root)
            if why:
                rejected[str(root)] = why
            else:
                found[str(root)] = Found(root, root.parent)
    out.found = [found[k] for k in sorted(found)]
    out.rejected = sorted(rejected.items())
    return out


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files to process, sorted and de-duplicated (see :func:`scan`; refused links are left out)."""
    return scan(paths).paths


def _candidates(f: Found) -> list[str]:
    """Doc ids for a file, most readable first: the corpus-relative path without its suffix
    (``sub__report``; a top-level file keeps its bare stem, which gold files use), then with its
    suffix (``report.txt`` beside ``report.pdf``), then with its root's name, then a path hash."""
    rel = f.rel
    parts = list(rel.parts)
    base = "__".join(parts[:-1] + [rel.stem]) if parts else f.path.stem
    with_suffix = "__".join(parts) if parts else f.path.name
    rooted = "__".join([f.root.name, *parts]) if f.root.name else with_suffix
    hashed = f"{base}-{hashlib.sha1(str(f.path).encode()).hexdigest()[:8]}"
    return [base, with_suffix, rooted, hashed]


def doc_ids(found: Iterable[Found], stored: Mapping[str, str] | None = None) -> dict[str, str]:
    """A unique, stable doc id per found path (keyed by ``str(path)``).

    Files of one name in two folders (``a/dup.txt``, ``b/dup.txt``) used to share the id ``dup``,
    so one review page mixed both files' rows. Ids come from the corpus-relative path; ``stored``
    (path -> doc id already in the store) keeps a stored document's id across runs and keeps
    other paths from taking it."""
    stored = dict(stored or {})
    held = Counter(stored.values())
    items = list(found)
    out: dict[str, str] = {}
    used: set[str] = set()
    for f in items:  # a stored, unshared id is kept: curators' decisions are keyed on it
        sid = stored.get(str(f.path))
        if sid and held[sid] == 1 and sid not in used:
            out[str(f.path)] = sid
            used.add(sid)
    taken = used | {d for p, d in stored.items() if p not in {str(f.path) for f in items}}
    first = Counter(_candidates(f)[0] for f in items if str(f.path) not in out)
    for f in items:
        key = str(f.path)
        if key in out:
            continue
        cands = _candidates(f)
        if first[cands[0]] > 1:  # x.txt beside x.pdf: neither gets the bare name
            cands = cands[1:]
        pick = next((c for c in cands if c not in taken), None)
        k = 2
        while pick is None:
            pick = f"{cands[-1]}-{k}" if f"{cands[-1]}-{k}" not in taken else None
            k += 1
        out[key] = pick
        taken.add(pick)
    return out


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


@dataclass(frozen=True)
class WorkItem:
    path: str
    sha256: str
    #: file size, the cost estimate batches are balanced on (extraction time grows with it
    #: for text and PDF alike: ≈4 µs per byte for both on the reference paper)
    nbytes: int = 0
    #: the document's unique id (see :func:`doc_ids`); "" falls back to the file stem
    doc_id: str = ""


def file_size(path: str | Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0
