"""Does a document report patients at all? Decided before any patient row is emitted.

Non-medical or non-case documents (a computing paper, a department newsletter, a laboratory
assay, a staffing memo) otherwise yield stray values: "Department of Surgery" read as a
resection, "male wards" as a sex. The gate keeps a document on any one patient-report signal
(``patterns/report_gate.jsonl``) or a summary-of-cases table, because the users' real inputs are
often only an abstract or the cluttered first lines of a web page: rejecting one of those is far
worse than letting an off-topic page through.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..ingest.model import Document
from .. import rules
from ..rules import GateRule


@dataclass(frozen=True)
class GateDecision:
    """Whether the document reports patients, and the one-line reason stored with it."""

    reports_patients: bool
    reason: str


@cache
def _rules() -> tuple[GateRule, ...]:
    return rules.load("patterns/report_gate", kinds=("keep",))


def decide(doc: Document, n_table_rows: int = 0) -> GateDecision:
    """Keep on a case table or the first cue found; otherwise say what was looked for."""
    if n_table_rows:
        return GateDecision(True, f"summary-of-cases table ({n_table_rows} rows)")
    text = doc.text
    for rule in _rules():
        m = rule.regex.search(text)
        if m:
            quote = " ".join(m.group(0).split())[:60]
            return GateDecision(True, f"{rule.why}: {quote!r} at {m.start()}")
    return GateDecision(
        False,
        "not a patient report: no case-report phrase, patient age/sex, presentation or case table found",
    )
