"""Every accuracy figure the README states, from one command (``eims-extract evaluate``).

Each evaluation in ``gold/evaluations.json`` names a gold file, the documents
to extract and, optionally, which row sources to score; the dev corpus in
../shared adds age/sex accuracy per annotated patient.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]


def _resolve(p: str, base: Path) -> Path:
    q = Path(p)
    return q if q.is_absolute() else (base / q).resolve()


def run_evaluations(gold_dir: str | Path = "gold", base: str | Path | None = None) -> list[dict[str, Any]]:
    """Extract and score each evaluation whose documents exist; missing ones are reported as skipped."""
    from ..pipeline.corpus import discover
    from ..pipeline.extract import process_path
    from ..nlp.pipeline import get_nlp
    from ..reporting.scoring import load_rows, score

    gold_dir = Path(gold_dir)
    root = Path(base) if base else gold_dir.resolve().parent
    specs = json.loads((gold_dir / "evaluations.json").read_text(encoding="utf-8"))
    nlp = get_nlp()
    out: list[dict[str, Any]] = []
    for spec in specs:
        docs = [_resolve(d, root) for d in spec["documents"]]
        gold_path = gold_dir / spec["gold"]
        if not all(d.exists() for d in docs) or not gold_path.exists():
            out.append({"name": spec["name"], "skipped": spec.get("absent", "documents or gold not present")})
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
        # report_facts gold annotates the report's own patients only: unaligned published-case rows
        # (a literature review's table) are left out of the counts, and counted apart
        own = bool(spec.get("report_facts"))
        rep = score(rows, gold, own_patients=own).to_dict()
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
                "stated_facts": stated_facts(rep),
                "report_facts": own,
                "published_left_out": rep["published_left_out"],
            }
        )
    return out


def stated_facts(rep: dict[str, Any]) -> dict[str, Any]:
    """Share of the facts the gold states that the prediction got right, per field and overall.

    A scalar fact is found when the aligned prediction is correct (COR over COR+INC+MIS); a list
    field counts each gold element (a marker, a drug), so one missed marker of five costs 1/5.
    This is the recall a reader of real reports cares about: how much of what is written we find.
    """
    per: dict[str, dict[str, int]] = {}
    for name, f in rep["fields"].items():
        el = rep["list_elements"].get(name)
        if el is not None:
            per[name] = {"stated": el["tp"] + el["fn"], "found": el["tp"]}
        else:
            per[name] = {"stated": f["cor"] + f["inc"] + f["mis"], "found": f["cor"]}
    stated = sum(v["stated"] for v in per.values())
    found = sum(v["found"] for v in per.values())
    return {
        "stated": stated,
        "found": found,
        "share": round(found / stated, 4) if stated else 0.0,
        "fields": {k: {**v, "share": round(v["found"] / v["stated"], 3) if v["stated"] else None} for k, v in per.items()},
    }


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
    facts = [r for r in results if "stated_facts" in r and r.get("report_facts")]
    if facts:
        lines.append("")
        lines.append("Stated facts found (recall of what the gold states; lists count each element):")
        for r in facts:
            sf = r["stated_facts"]
            per = ", ".join(
                f"{k} {v['share']:.2f}" for k, v in sf["fields"].items() if v["share"] is not None
            )
            lines.append(f"- {r['name']}: {sf['found']}/{sf['stated']} = {sf['share']:.3f} ({per})")
        lines.append("")
        lines.append(
            "Published-case rows left out (report_facts sets score the report's own patients: a literature "
            "table's row of a published case that aligns with no gold row is not counted as spurious; "
            "sets not listed: 0):"
        )
        left = [r for r in facts if r.get("published_left_out")]
        for r in left:
            lines.append(f"- {r['name']}: published-case rows left out: {r['published_left_out']}")
        if not left:
            lines.append("- none")
    if dev is not None:
        n = dev["n_patients"]
        lines.append("")
        lines.append(
            f"dev corpus ({dev['n_docs']} reports, {n} annotated patients): age {dev['age_correct']}/{n}, "
            f"sex {dev['sex_correct']}/{n}, both {dev['both_correct']}/{n} (accuracy {dev['accuracy']['both']:.3f}); "
            f"{len(dev['misses'])} misses"
        )
    return "\n".join(lines)
