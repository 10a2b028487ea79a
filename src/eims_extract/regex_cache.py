"""What the rule regexes cost to prepare, kept on disk between processes.

Why: a fresh process parses ~1,400 rule patterns to find their literals (:mod:`eims_extract.prefilter`)
and compiles most of them for its first document: about a second of the 2.5 s that ``eims-extract
extract`` takes on one small file, paid again by every worker. The results of that work — the
literal sets and the engine's code for each pattern — depend only on the pattern, its flags, the
analysing code and the Python that compiled it, so they are kept in one file keyed by all four and
reused while every one of them is unchanged.

The file is a cache and nothing else: a missing, unreadable, foreign or damaged file is ignored
and rebuilt; a directory that cannot be written is left alone. ``EIMS_EXTRACT_CACHE_DIR`` sets the
directory (default ``$XDG_CACHE_HOME/eims-extract``, else ``~/.cache/eims-extract``); ``off`` turns
the cache off. Only plain data is stored (``marshal`` of dicts, tuples, lists, strings and ints).
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

ENV = "EIMS_EXTRACT_CACHE_DIR"
_PREFIX = "regex-"
_SUFFIX = ".marshal"
#: past this many entries a flush keeps only those this process used: tests and edited rules add
#: patterns no later process asks for, and the file would otherwise only grow
MAX_ENTRIES = 20_000
#: past this size a flush keeps only what this process used, and above it even then writes nothing: a process
#: holds the whole store in memory (the rule set's own entries take ~5 MB)
MAX_BYTES = 32 * 2**20


def cache_dir() -> Path | None:
    """The directory the cache lives in, or None when it is turned off."""
    configured = os.environ.get(ENV)
    if configured is not None:
        configured = configured.strip()
        if not configured or configured.lower() in {"off", "0", "none", "false"}:
            return None
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eims-extract"


def version_key(*parts: str | bytes) -> str:
    """A short digest of everything the cached results depend on, with the interpreter's version."""
    h = hashlib.sha256()
    h.update(sys.version.encode())
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode())
        h.update(b"\x00")
    return h.hexdigest()[:16]


class Store:
    """One process's view of the cache file for one ``version``: read once when first asked, written
    back (whole, atomically) when :meth:`flush` finds new entries — at the latest at exit."""

    def __init__(self, version: str) -> None:
        self.version = version
        self._data: dict[Any, Any] | None = None
        self._dirty = False
        self._lock = threading.Lock()
        self._registered = False
        self._used: set[Any] = set()

    @property
    def path(self) -> Path | None:
        d = cache_dir()
        return None if d is None else d / f"{_PREFIX}{self.version}{_SUFFIX}"

    def _load(self) -> dict[Any, Any]:
        data: dict[Any, Any] = {}
        path = self.path
        if path is not None:
            try:
                got = marshal.loads(path.read_bytes())
                if isinstance(got, dict) and got.get("version") == self.version and isinstance(got.get("entries"), dict):
                    data = got["entries"]
            except (OSError, EOFError, ValueError, TypeError):
                data = {}  # missing or damaged: rebuilt from the patterns
        return data

    @property
    def entries(self) -> dict[Any, Any]:
        data = self._data
        if data is None:
            with self._lock:
                if self._data is None:
                    self._data = self._load()
                data = self._data
        return data

    def get(self, key: Any) -> Any:
        got = self.entries.get(key)
        if got is not None:
            self._used.add(key)
        return got

    def put(self, key: Any, value: Any) -> None:
        self.entries[key] = value
        self._used.add(key)
        self.changed()

    def changed(self) -> None:
        """An entry was added or grew (a pattern's code after its first compile): write it at the next flush."""
        self._dirty = True
        if not self._registered:
            self._registered = True
            atexit.register(self.flush)

    def flush(self) -> bool:
        """Write the entries when some are new (True when written). Other versions' files in the
        directory are removed: the code or the interpreter they were made for has changed."""
        path = self.path
        if not self._dirty or path is None or self._data is None:
            return False
        with self._lock:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                entries = self._data
                if len(entries) > MAX_ENTRIES:
                    entries = {k: v for k, v in entries.items() if k in self._used}
                blob = marshal.dumps({"version": self.version, "entries": entries})
                if len(blob) > MAX_BYTES:
                    entries = {k: v for k, v in entries.items() if k in self._used}
                    blob = marshal.dumps({"version": self.version, "entries": entries})
                    if len(blob) > MAX_BYTES:
                        return False
                fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
                try:
                    with os.fdopen(fd, "wb") as fh:
                        fh.write(blob)
                    os.replace(tmp, path)
                finally:
                    if os.path.exists(tmp):
                        os.unlink(tmp)
                for old in path.parent.glob(f"{_PREFIX}*{_SUFFIX}"):
                    if old != path:
                        old.unlink(missing_ok=True)
            except (OSError, ValueError):
                return False  # a read-only or full disk: the next process rebuilds what it needs
            self._dirty = False
        return True

    def clear(self) -> None:
        """Forget what this process read or added (tests; the file is left as it is)."""
        with self._lock:
            self._data, self._dirty = None, False
            self._used = set()
