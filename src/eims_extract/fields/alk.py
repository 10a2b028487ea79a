"""ALK testing (``alk_tests``) and the fusion partner (``alk_fusion_partner``).

A test result is read per clause: a method (IHC, FISH, NGS, RT-PCR) and ALK
named in the same clause, negative wording there ("did not detect", "negative",
"no rearrangement") makes it ``METHOD-``, otherwise ``METHOD+``. ALK in the
patient's IHC list (see :mod:`.ihc`) gives ``IHC+``/``IHC-`` unless the clause
names another method ("FISH was positive for ALK" is not IHC).

A partner counts only when stated as found in this patient's tumour: cited
("(12)", "et al."), generic ("often harbours"), hypothetical or negated fusion
mentions are dropped, and a finding word (revealed, detected, harboured...)
must be in the sentence. Several tests of one method keep every distinct
result, in order IHC, FISH, NGS, RT-PCR.
"""

from __future__ import annotations

import re
from functools import cache

from ..errors import ConfigError
from ..normalize import canonical_gene, lookup
from ..records import CaseRow, Evidence
from . import ihc
from .assertion import NOT_ASSERTED, clause, context, load_patterns
from .base import Sentence

KINDS = ("method", "target", "negative", "not_done", "other_gene", "fusion", "finding", "not_gene")
METHODS = ("IHC", "FISH", "NGS", "RT-PCR")


@cache
def _rules() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {k: [] for k in KINDS}
    for r in load_patterns("alk", kinds=KINDS):
        if r["kind"] == "method" and r.get("method") not in METHODS:
            raise ConfigError(f"patterns/alk.jsonl ({r['id']}): method must be one of {METHODS}")
        out[r["kind"]].append(r)
    return out


def _any(kind: str, text: str, lo: int = 0, hi: int | None = None) -> bool:
    hi = len(text) if hi is None else hi
    return any(r["regex"].search(text, lo, hi) for r in _rules()[kind])


def alk_results(text: str) -> list[tuple[str, int, int]]:
    """``(METHOD±, start, end)`` for every asserted method result in ``text``."""
    out: list[tuple[str, int, int]] = []
    alk_calls = [c for c in ihc.calls(text) if c.mention.canonical == "ALK"]
    for r in _rules()["method"]:
        if r["method"] == "IHC" and alk_calls:
            continue  # the marker-list reading knows which polarity belongs to ALK
        for m in r["regex"].finditer(text):
            if context(text, m.start(), m.end()) & NOT_ASSERTED:
                continue
            lo, hi = clause(text, m.start())
            if not _any("target", text, lo, hi) or _any("not_done", text, lo, hi):
                continue
            sign = "-" if _any("negative", text, lo, hi) else "+"
            out.append((r["method"] + sign, m.start(), m.end()))
    # ALK called by the IHC list reading, when the clause names no other method
    for c in alk_calls:
        lo, hi = clause(text, c.mention.start)
        clause_methods = {
            r["method"] for r in _rules()["method"] if r["regex"].search(text, lo, hi)
        }
        if clause_methods - {"IHC"}:
            continue
        out.append(("IHC" + ("+" if c.positive else "-"), c.mention.start, c.mention.end))
    return sorted(out, key=lambda t: t[1])


def _partner_name(surface: str) -> str | None:
    hit = lookup("genes", surface)
    if hit:
        return hit.canonical
    if not re.fullmatch(r"[A-Z][A-Z0-9]{1,9}", surface):
        return None
    if any(r["regex"].fullmatch(surface) for r in _rules()["not_gene"]):
        return None
    return canonical_gene(surface)


def partners_in(text: str) -> list[tuple[str, int, int]]:
    """``(GENE, start, end)`` of fusion partners asserted as found in this tumour."""
    if not _any("finding", text):
        return []
    out: list[tuple[str, int, int]] = []
    for r in _rules()["fusion"]:
        for m in r["regex"].finditer(text):
            s, e = m.span("partner")
            name = _partner_name(m.group("partner"))
            if name is None or name == "ALK":
                continue
            cats = context(text, m.start(), m.end())
            if cats & NOT_ASSERTED or "negated" in cats or _any("negative", text, *clause(text, m.start())):
                continue
            out.append((name, s, e))
    return sorted(set(out), key=lambda t: t[1])


def apply(sentences: list[Sentence], row: CaseRow) -> None:
    """Set ``alk_tests`` and ``alk_fusion_partner`` from the patient's sentences."""
    results: dict[str, Evidence] = {}
    partner: tuple[str, Evidence] | None = None
    for sent in sentences:
        for code, s, e in alk_results(sent.text):
            results.setdefault(code, sent.evidence(s, e))
        if partner is None:
            found = partners_in(sent.text)
            if found:
                name, s, e = found[0]
                partner = (name, sent.evidence(s, e))
    if results:
        order = [m + sign for m in METHODS for sign in "+-"]
        codes = [c for c in order if c in results]
        row.set("alk_tests", codes, *(results[c] for c in codes))
    if partner is not None:
        row.set("alk_fusion_partner", partner[0], partner[1])
