"""Primary tumour site, canonical (``vocab/sites.jsonl``), with evidence.

Case reports name many organs; the primary site is the one the tumour is
said to arise in, be located in or be "of", or the one that qualifies the
tumour ("mesenteric mass"). Organs it invades, spreads to or recurs in are
not. Each site mention is scored by the cues around it
(``patterns/site.jsonl``) and the best positive score wins; a document that
names no site this way gets None rather than the first organ mentioned.
Mentions in generic or cited statements ("EIMS rarely arises in the bowel")
are not the patient's. When a positively cued mention names a part of the
winner (``part_of`` rules: sigmoid of colon, ileum of the abdomen), the most
specific part wins: "abdominal mass" and "mass of the distal ileum" is ileum.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..errors import ConfigError
from ..normalize import canonical_site, load_jsonl, vocabulary
from ..records import CaseRow
from .assertion import NOT_ASSERTED, context
from .base import Sentence

_FILE = "patterns/site.jsonl"


@dataclass(frozen=True)
class Cue:
    name: str
    where: str
    weight: int
    regex: re.Pattern[str]


@dataclass(frozen=True)
class SiteRules:
    cues: tuple[Cue, ...]
    section_weight: dict[str, int]
    #: site -> the larger site it is a part of
    part_of: dict[str, str]


@cache
def rules() -> SiteRules:
    """Load and validate ``patterns/site.jsonl`` (once per process)."""
    macros: dict[str, str] = {}
    cues: list[Cue] = []
    sec: dict[str, int] = {}
    part_of: dict[str, str] = {}
    for i, obj in enumerate(load_jsonl("patterns", "site"), 1):
        where = f"{_FILE} entry {i}"
        kind = obj.get("kind")
        if kind == "macro":
            macros[obj["name"]] = obj["pattern"]
        elif kind == "cue":
            if obj.get("where") not in ("before", "after") or not isinstance(obj.get("weight"), int):
                raise ConfigError(f"{where}: cue needs where (before/after) and an integer weight")
            pat = re.sub(r"\{([A-Z]+)\}", lambda m: macros[m.group(1)], obj["pattern"])
            try:
                rx = re.compile(pat, re.IGNORECASE)
            except re.error as exc:
                raise ConfigError(f"{where}: invalid regex ({exc})") from None
            cues.append(Cue(obj.get("name", f"cue {i}"), obj["where"], obj["weight"], rx))
        elif kind == "section_weight":
            sec[str(obj["section"])] = int(obj["weight"])
        elif kind == "part_of":
            part, whole = canonical_site(str(obj.get("site"))), canonical_site(str(obj.get("whole")))
            if part is None or whole is None or part == whole:
                raise ConfigError(f"{where}: part_of needs two different vocabulary sites")
            part_of[part] = whole
        else:
            raise ConfigError(f"{where}: unknown kind {kind!r}")
    for start in part_of:  # no cycles
        seen, cur = {start}, start
        while cur in part_of:
            cur = part_of[cur]
            if cur in seen:
                raise ConfigError(f"{_FILE}: part_of cycle through {start!r}")
            seen.add(cur)
    return SiteRules(tuple(cues), sec, part_of)


@dataclass(frozen=True)
class SiteMention:
    sentence: Sentence
    start: int
    end: int
    canonical: str
    score: int
    cues: tuple[str, ...]


@cache
def _site_regex() -> re.Pattern[str]:
    """Fallback when a sentence carries no spaCy span: every site name, longest first."""
    names = sorted({n for c in vocabulary("sites") for n in c.names}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", re.IGNORECASE)


def site_mentions(sentence: Sentence) -> list[tuple[int, int, str]]:
    """``(start, end, canonical)`` of site names in the sentence (sentence-relative)."""
    if sentence.span is not None:
        sent = sentence.span
        base = sent.start_char
        return [
            (e.start_char - base, e.end_char - base, canonical_site(e._.canonical) or e._.canonical)
            for e in sent.ents
            if e.label_ == "SITE"
        ]
    out = []
    for m in _site_regex().finditer(sentence.text):
        c = canonical_site(m.group(0))
        if c:
            out.append((m.start(), m.end(), c))
    return out


def score_mentions(sentences: list[Sentence]) -> list[SiteMention]:
    r = rules()
    out: list[SiteMention] = []
    for s in sentences:
        for a, b, canon in site_mentions(s):
            if context(s.text, a, b) & NOT_ASSERTED:
                continue
            before = s.text[max(0, a - 120) : a]
            after = s.text[b : b + 80]
            hit = [c for c in r.cues if c.regex.search(before if c.where == "before" else after)]
            score = sum(c.weight for c in hit) + (r.section_weight.get(s.section or "", 0) if hit else 0)
            if any(c.weight < 0 for c in hit):
                score = min(score, 0)
            out.append(SiteMention(s, a, b, canon, score, tuple(c.name for c in hit)))
    return out


def _within(part: str, whole: str, part_of: dict[str, str]) -> bool:
    cur = part
    while cur in part_of:
        cur = part_of[cur]
        if cur == whole:
            return True
    return False


def best_site(sentences: list[Sentence]) -> SiteMention | None:
    """The best-scoring positively cued site mention, earliest on ties; then the
    best-scoring positively cued mention of a part of it, if any."""
    best: SiteMention | None = None
    positive = [m for m in score_mentions(sentences) if m.score > 0]
    for m in positive:
        if best is None or m.score > best.score:
            best = m
    part_of = rules().part_of
    while best is not None:
        parts = [m for m in positive if _within(m.canonical, best.canonical, part_of)]
        if not parts:
            break
        best = max(parts, key=lambda m: m.score)  # max keeps the earliest on ties
    return best


def apply(sentences: list[Sentence], row: CaseRow) -> None:
    """Set ``row.site`` from the patient's sentences."""
    m = best_site(sentences)
    if m is not None:
        row.set("site", m.canonical, m.sentence.evidence(m.start, m.end))
