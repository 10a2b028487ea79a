"""ALK testing (``alk_tests``) and the fusion partner (``alk_fusion_partner``).

A test result is read per clause: a method (IHC, FISH, NGS, RT-PCR) and ALK
named in the same clause, negative wording ("did not detect", "negative",
"no rearrangement") makes it ``METHOD-``, otherwise ``METHOD+``. Negative and
not-done wording belongs to one method only (the one it follows, else the next
one), so a clause comparing two assays keeps both results apart; words about
"no other alteration" are not an ALK result. ALK in the
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
from ..normalize import load_patterns, canonical_gene, lookup
from ..records import CaseRow, Evidence
from . import ihc
from .assertion import NOT_ASSERTED, clause, context
from .base import Sentence

KINDS = ("method", "target", "negative", "not_done", "other_gene", "fusion", "finding", "not_gene", "break", "not_negative")
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


_CONJ = re.compile(r"^(?:[\s,/&]|\b(?:and|or|nor|as well as|plus|both|either|neither|by|using|via)\b)*$", re.IGNORECASE)


#: a negation word right before a method, an article apart ("without a FISH-detectable ...", "no NGS evidence")
_CUE_THEN_METHOD = re.compile(r"[\w']+\s+(?:(?:an?|any|the|evidence\s+of|signs?\s+of)\s+)?$", re.IGNORECASE)


def _clause(text: str, pos: int) -> tuple[int, int]:
    """Clause around ``pos`` for test results: only ``break`` rules end it, so a relative
    clause or a parenthetical ", however," stays with the method it describes."""
    lo, hi = 0, len(text)
    for r in _rules()["break"]:
        for m in r["regex"].finditer(text):
            if m.end() <= pos:
                lo = max(lo, m.end())
            elif m.start() >= pos:
                hi = min(hi, m.start())
    return lo, hi


def _method_mentions(text: str) -> list[tuple[str, int, int]]:
    found = [(r["method"], m.start(), m.end()) for r in _rules()["method"] for m in r["regex"].finditer(text)]
    found.sort(key=lambda t: (t[1], -t[2]))
    out: list[tuple[str, int, int]] = []
    for f in found:
        if out and f[1] < out[-1][2]:
            continue  # overlapping alternatives of one mention
        out.append(f)
    return out


def _groups(text: str, mentions: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """Method mentions grouped: repeated mentions of one method ("FISH with a break-apart
    probe") and coordinated methods ("neither FISH nor NGS") share their results."""
    groups: list[list[tuple[str, int, int]]] = []
    for m in mentions:
        if groups:
            last = groups[-1][-1]
            if m[0] == last[0] or _CONJ.match(text[last[2] : m[1]]):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


def _cue_owner(text: str, cue_start: int, groups: list[list[tuple[str, int, int]]]) -> int | None:
    """The group a polarity cue belongs to: the nearest method before it (the test's
    subject: "NGS failed to detect"), else the first one after it ("no fusion was found by NGS")."""
    before = [i for i, g in enumerate(groups) if g[0][1] < cue_start]
    after = [i for i, g in enumerate(groups) if g[0][1] >= cue_start]
    if after and _CUE_THEN_METHOD.match(text, cue_start, groups[after[0]][0][1]):
        return after[0]  # "... without a FISH-detectable rearrangement": the cue qualifies the method it precedes
    if before:
        return before[-1]
    return 0 if groups else None


def _owned(kind: str, text: str, lo: int, hi: int, groups: list[list[tuple[str, int, int]]]) -> set[int]:
    owners: set[int] = set()
    shields = [(m.start(), m.end()) for r in _rules()["not_negative"] for m in r["regex"].finditer(text, lo, hi)]
    for r in _rules()[kind]:
        for m in r["regex"].finditer(text, lo, hi):
            if kind == "negative" and any(a <= m.start() < b for a, b in shields):
                continue
            inside = any(s <= m.start() < e for g in groups for _, s, e in g)
            owner = None if inside else _cue_owner(text, m.start(), groups)
            if owner is not None:
                owners.add(owner)
    return owners


def alk_results(text: str) -> list[tuple[str, int, int]]:
    """``(METHOD±, start, end)`` for every asserted method result in ``text``.

    Within a clause a negative or not-done cue belongs to one group of methods, so
    "FISH showed a rearrangement that the DNA panel failed to detect" is FISH+ and NGS-.
    """
    out: list[tuple[str, int, int]] = []
    alk_calls = [c for c in ihc.calls(text) if c.mention.canonical == "ALK"]
    mentions = _method_mentions(text)
    seen_clauses: set[tuple[int, int]] = set()
    for m in mentions:
        lo, hi = _clause(text, m[1])
        if (lo, hi) in seen_clauses:
            continue
        seen_clauses.add((lo, hi))
        if not _any("target", text, lo, hi):
            continue
        groups = _groups(text, [x for x in mentions if lo <= x[1] < hi])
        negative = _owned("negative", text, lo, hi, groups)
        not_done = _owned("not_done", text, lo, hi, groups)
        for i, group in enumerate(groups):
            if i in not_done:
                continue
            for method, s, e in group:
                if method == "IHC" and alk_calls:
                    continue  # the marker-list reading knows which polarity belongs to ALK
                if context(text, s, e) & NOT_ASSERTED:
                    continue
                out.append((method + ("-" if i in negative else "+"), s, e))
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
