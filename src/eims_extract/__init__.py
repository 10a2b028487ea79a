"""eims-extract: evidence-backed case rows from EIMS case reports."""

from __future__ import annotations

import hashlib
from pathlib import Path

__version__ = "0.1.0"

#: What decides extraction output: rules, vocabularies and the code that applies them.
FINGERPRINTED = ("patterns", "vocab", "fields", "ingest", "nlp", "normalize.py", "pipeline/extract.py", "records.py")


def pipeline_fingerprint(root: Path | None = None) -> str:
    """A short hash over every rule, vocabulary and extraction module.

    Stored documents remember the version they were extracted with; deriving
    it from the files themselves means a rules change re-extracts on the next
    run without anyone remembering to bump a number.
    """
    root = root or Path(__file__).resolve().parent
    h = hashlib.sha256()
    for name in FINGERPRINTED:
        p = root / name
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.is_file() and f.suffix in (".py", ".jsonl"):
                h.update(f.relative_to(root).as_posix().encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:10]


PIPELINE_VERSION = f"{__version__}+{pipeline_fingerprint()}"
