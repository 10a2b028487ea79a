"""The real published-report evaluation set: facts in git, texts in an ignored local cache.

``gold/real_dev/manifest.jsonl`` names each document (``doc_id``), where it comes from (``url``,
the ``query`` that finds it in the stored-pages search, the result ``rank``), which part it
belongs to (``dev`` and ``test`` — read to find phenomena — or ``heldout`` — scored only
before and after a session's rule changes) and the
SHA-256 of its text. The texts themselves are never committed: they live in
``cache/real_dev/<part>/<doc_id>.txt``. This module checks that cache against the manifest and
rebuilds it from saved search answers (the JSON the search tool returns), so anyone with the
same search access gets byte-identical documents.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
MANIFEST = ROOT / "gold" / "real_dev" / "manifest.jsonl"
CACHE = ROOT / "cache" / "real_dev"
PARTS: tuple[str, ...] = ("dev", "test", "heldout", "dev2", "heldout2", "dev3", "heldout3", "dev4", "heldout4", "dev5", "heldout5", "dev6", "heldout6", "dev7", "heldout7", "heldout8")


@dataclass(frozen=True)
class Entry:
    """One manifest line: a real document, by address and hash only."""

    doc_id: str
    url: str
    query: str
    rank: int
    part: str
    sha256: str
    kind: str = ""
    topic: str = ""
    patients: int = 0

    def path(self, cache: Path = CACHE) -> Path:
        return cache / self.part / f"{self.doc_id}.txt"


_REQUIRED = ("doc_id", "url", "query", "rank", "part", "sha256")
_OPTIONAL = ("kind", "topic", "patients", "chars")


def load_manifest(path: str | Path = MANIFEST) -> list[Entry]:
    """Manifest entries; an unknown or missing key, or an unknown part, is an error naming the line."""
    out: list[Entry] = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        unknown = set(d) - set(_REQUIRED) - set(_OPTIONAL)
        missing = [k for k in _REQUIRED if k not in d]
        if unknown or missing:
            raise ValueError(f"{path}:{n}: unknown keys {sorted(unknown)} / missing keys {missing}")
        if d["part"] not in PARTS:
            raise ValueError(f"{path}:{n}: part must be one of {PARTS}, not {d['part']!r}")
        d.pop("chars", None)
        out.append(Entry(**d))
    return out


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_cache(entries: Sequence[Entry], cache: Path = CACHE) -> dict[str, list[str]]:
    """Which documents are present and intact, missing, or changed (hash differs)."""
    report: dict[str, list[str]] = {"ok": [], "missing": [], "changed": []}
    for e in entries:
        p = e.path(cache)
        if not p.exists():
            report["missing"].append(e.doc_id)
        elif hashlib.sha256(p.read_bytes()).hexdigest() != e.sha256:
            report["changed"].append(e.doc_id)
        else:
            report["ok"].append(e.doc_id)
    return report


def _results(objs: Iterable[Any]) -> Iterable[dict[str, Any]]:
    """Result objects from saved search answers (a whole answer, a list of them, or bare results)."""
    for o in objs:
        if isinstance(o, list):
            yield from _results(o)
        elif isinstance(o, dict) and "results" in o:
            yield from _results(o["results"])
        elif isinstance(o, dict) and "url" in o and "excerpt" in o:
            yield o


def import_results(
    entries: Sequence[Entry], answers: Iterable[Any], cache: Path = CACHE, accept_changed: bool = False
) -> list[str]:
    """Write every excerpt whose URL (and hash) match a manifest entry; returns the doc ids written.

    By default an excerpt is taken only when its SHA-256 equals the manifest's, so a page the store
    has since re-crawled is reported missing rather than silently swapped for different text; with
    ``accept_changed`` it is written anyway and ``check`` then lists it as changed (the gold was
    annotated on the manifest's version: review those documents before trusting their figures).
    """
    by_url: dict[str, list[Entry]] = {}
    for e in entries:
        by_url.setdefault(e.url, []).append(e)
    written: list[str] = []
    for r in _results(answers):
        for e in by_url.get(r["url"], []):
            if accept_changed or sha256_text(r["excerpt"]) == e.sha256:
                p = e.path(cache)
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_bytes(r["excerpt"].encode("utf-8"))
                written.append(e.doc_id)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eims_extract.evaluation.realdev", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("check", help="compare cache/real_dev with the manifest")
    p = sub.add_parser("import", help="write cached texts from saved search answers (JSON files)")
    p.add_argument("answers", nargs="+", type=Path)
    p.add_argument("--accept-changed", action="store_true", help="write excerpts whose hash differs too")
    q = sub.add_parser("queries", help="print the search queries that rebuild the cache, one JSON per line")
    q.add_argument("--missing", action="store_true", help="only for documents not yet in the cache")
    args = ap.parse_args(argv)
    entries = load_manifest()
    if args.cmd == "check":
        rep = check_cache(entries)
        print(f"{len(rep['ok'])} ok, {len(rep['missing'])} missing, {len(rep['changed'])} changed (of {len(entries)})")
        for k in ("missing", "changed"):
            for d in rep[k]:
                print(f"  {k}: {d}")
        return 0 if not rep["missing"] and not rep["changed"] else 1
    if args.cmd == "queries":
        missing = set(check_cache(entries)["missing"]) if args.missing else None
        for e in entries:
            if missing is None or e.doc_id in missing:
                print(json.dumps({"doc_id": e.doc_id, "corpus": "pages", "query": e.query, "url": e.url}))
        return 0
    answers = [json.loads(p.read_text(encoding="utf-8")) for p in args.answers]
    written = import_results(entries, answers, accept_changed=args.accept_changed)
    print(f"wrote {len(written)} documents into {CACHE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
