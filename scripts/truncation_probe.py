"""Self-consistency probe for cut text (crawler excerpts, pages whose end is missing).

Every ``.txt`` document of the given folders is cut at a few character counts (raw, and at the sentence end nearest
each count), the cut copies and the full documents are extracted with this checkout's pipeline, and every value a cut
copy's row holds that the full document's row for the same patient lacks or holds differently is listed: a value lost
by the cut is expected, a value the cut *created* means a rule read something wrong when the text ended early (a
sentence cut inside a list, a literature sentence without its closing citation, a table cut mid-row, ...).

    python scripts/truncation_probe.py --out /tmp/probe tests/data/blind10 tests/data/blind11

Writes ``cut/`` (the copies), ``full.jsonl``, ``cut.jsonl`` and ``suspicious.tsv`` (document, cut, case, field, cut
value, full value, evidence sentence) under ``--out`` and prints the count per field. Only fictional or permitted
documents belong here; held-out sets must not be probed.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

FIELDS = (
    "age_years", "sex", "site", "site_code", "treatment", "drugs", "recurrence", "metastasis", "follow_up_months",
    "status", "response", "ihc_positive", "ihc_negative", "ki67_percent", "alk_fusion_partner", "kinase_fusions",
    "alk_tests",
)
_SENTENCE_END = re.compile(r"[.!?;:](?=\s)|\n")


def sentence_cut(text: str, n: int) -> int | None:
    """The sentence end nearest ``n`` (at most 300 characters after it)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, min(len(text), n + 300))]
    return min(ends, key=lambda e: abs(e - n)) if ends else None


def write_cuts(folders: list[pathlib.Path], points: list[int], cut: pathlib.Path) -> None:
    cut.mkdir(parents=True, exist_ok=True)
    for d in folders:
        for f in sorted(d.glob("*.txt")):
            text = f.read_text(encoding="utf-8")
            for n in points:
                if len(text) <= n + 100:
                    continue
                (cut / f"{f.stem}__c{n}.txt").write_text(text[:n], encoding="utf-8")
                s = sentence_cut(text, n)
                if s and s < len(text) - 50:
                    (cut / f"{f.stem}__s{n}.txt").write_text(text[:s], encoding="utf-8")


def extract(paths: list[pathlib.Path], out: pathlib.Path) -> None:
    env = dict(os.environ, PREFECT_HOME=tempfile.mkdtemp())
    cmd = [sys.executable, "-m", "eims_extract.cli", "extract", "--no-progress", "--out", str(out), *map(str, paths)]
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)


def _full_row(full: dict[tuple[str, str], dict], stem: str, row: dict) -> dict | None:
    """The full document's row for the cut row's patient: same case id, else (case ids differ when the cut drops a
    table or a case heading) the one own row of the same age, else the one own row, else the first case."""
    got = full.get((stem, row["case_id"]))
    if got is not None:
        return got
    own = [r for (d, _), r in full.items() if d == stem and not r.get("published")]
    same_age = [r for r in own if row.get("age_years") is not None and r.get("age_years") == row.get("age_years")]
    if len(same_age) == 1:
        return same_age[0]
    if len(own) == 1:
        return own[0]
    return next((r for r in own if row["case_id"] == "index" and r["case_id"] in ("case-1", "1")), None)


def compare(full_path: pathlib.Path, cut_path: pathlib.Path) -> list[tuple]:
    full = {(r["doc_id"], r["case_id"]): r for r in map(json.loads, full_path.open(encoding="utf-8"))}
    out = []
    for row in map(json.loads, cut_path.open(encoding="utf-8")):
        stem, tag = row["doc_id"].rsplit("__", 1)
        f = _full_row(full, stem, row) or {}
        for k in FIELDS:
            v, fv = row.get(k), f.get(k)
            if v in (None, [], False):
                continue
            if isinstance(v, list):
                extra = [x for x in v if x not in (fv or [])]
                if extra:
                    out.append((stem, tag, row["case_id"], k, extra, fv, row))
            elif k == "treatment" and fv and set(v.split("+")) <= set(fv.split("+")):
                continue  # a treatment told later adds to the combination
            elif v != fv:
                out.append((stem, tag, row["case_id"], k, v, fv, row))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=pathlib.Path)
    ap.add_argument("--out", type=pathlib.Path, required=True)
    ap.add_argument("--points", type=int, nargs="+", default=[1500, 2000, 2500, 3000])
    args = ap.parse_args(argv)
    write_cuts(args.folders, args.points, args.out / "cut")
    extract(args.folders, args.out / "full.jsonl")
    extract([args.out / "cut"], args.out / "cut.jsonl")
    found = compare(args.out / "full.jsonl", args.out / "cut.jsonl")
    with (args.out / "suspicious.tsv").open("w", encoding="utf-8") as o:
        for stem, tag, case, k, v, fv, row in found:
            ev = (row.get("evidence") or {}).get(k) or []
            o.write(f"{stem}\t{tag}\t{case}\t{k}\t{json.dumps(v)}\t{json.dumps(fv)}\t{ev[0]['sentence'] if ev else ''}\n")
    print(len(found), "values the cut created:", dict(collections.Counter(x[3] for x in found).most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
