"""Every accuracy figure the README states, from one command (``eims-extract evaluate``).

Each evaluation in ``gold/evaluations.json`` names a gold file, the documents
to extract and, optionally, which row sources to score; the dev corpus in
../shared adds age/sex accuracy per annotated patient.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _resolve(p: str, base: Path) -> Path:
    q = Path(p)
    return q if q.is_absolute() else (base / q).resolve()


def run_evaluations(gold_dir: str | Path = "gold", base: str | Path | None = None) -> list[dict[str, Any]]:
    """Extract and score each evaluation whose documents exist; missing ones are reported as skipped."""
    from .corpus import discover
    from .extract import process_path
    from .nlp.pipeline import get_nlp
    from .scoring import load_rows, score

    gold_dir = Path(gold_dir)
    root = Path(base) if base else gold_dir.resolve().parent
    specs = json.loads((gold_dir / "evaluations.json").read_text(encoding="utf-8"))
    nlp = get_nlp()
    out: list[dict[str, Any]] = []
    for spec in specs:
        docs = [_resolve(d, root) for d in spec["documents"]]
        gold_path = gold_dir / spec["gold"]
        if not all(d.exists() for d in docs) or not gold_path.exists():
            out.append({"name": spec["name"], "skipped": "documents or gold not present"})
            continue
        rows, failed = [], 0
        for f in discover(docs):
            if f.suffix.lower() not in (".txt", ".pdf"):
                continue
            res = process_path(f, nlp)
            failed += res.status == "failed"
            rows.extend(res.rows)
        if spec.get("sources"):
            rows = [r for r in rows if r.source in spec["sources"]]
        gold = load_rows(gold_path)
        rep = score(rows, gold).to_dict()
        ungrounded = sum(len(r.ungrounded()) for r in rows)
        out.append(
            {
                "name": spec["name"],
                "gold_rows": rep["n_gold"],
                "pred_rows": rep["n_pred"],
                "matched": rep["n_matched"],
                "precision": rep["micro"]["precision"],
                "recall": rep["micro"]["recall"],
                "f1": rep["micro"]["f1"],
                "row_exact": rep["row_exact_accuracy"],
                "failed_documents": failed,
                "ungrounded_values": ungrounded,
                "fields": {k: round(v["f1"], 3) for k, v in rep["fields"].items()},
            }
        )
    return out


def run_dev(path: str | Path) -> dict[str, Any] | None:
    from .devcorpus import evaluate_dev

    p = Path(path)
    if not p.exists():
        return None
    return evaluate_dev(p).to_dict()


def format_evaluations(results: list[dict[str, Any]], dev: dict[str, Any] | None) -> str:
    lines = [
        "| evaluation | gold rows | matched | P | R | F1 | exact rows |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        if "skipped" in r:
            lines.append(f"| {r['name']} | skipped: {r['skipped']} | | | | | |")
            continue
        lines.append(
            f"| {r['name']} | {r['gold_rows']} | {r['matched']} | {r['precision']:.3f} | {r['recall']:.3f} | "
            f"{r['f1']:.3f} | {r['row_exact']:.3f} |"
        )
    if dev is not None:
        n = dev["n_patients"]
        lines.append("")
        lines.append(
            f"dev corpus ({dev['n_docs']} reports, {n} annotated patients): age {dev['age_correct']}/{n}, "
            f"sex {dev['sex_correct']}/{n}, both {dev['both_correct']}/{n} (accuracy {dev['accuracy']['both']:.3f}); "
            f"{len(dev['misses'])} misses"
        )
    return "\n".join(lines)
