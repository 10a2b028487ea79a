"""Primary tumour site, canonical (``vocab/sites.jsonl``), with evidence.

Case reports name many organs; the primary site is the one the tumour is
said to arise in, be located in or be "of", or the one that qualifies the
tumour ("mesenteric mass"). Organs it invades, spreads to or recurs in are
not. Each site mention is scored by the cues around it
(``patterns/site.jsonl``) and the best positive score wins; a document that
names no site this way gets None rather than the first organ mentioned.
Mentions in generic or cited statements ("EIMS rarely arises in the bowel")
are not the patient's; a negated one ("no lesions in the chest") gets a negative cue. When a positively cued mention names a part of the
winner (``part_of`` rules: sigmoid of colon, ileum of the abdomen), the most
specific part wins: "abdominal mass" and "mass of the distal ileum" is ileum.
Besides the ``part_of`` rules, every vocabulary site whose lines all say
``within`` a region is a part of it (larynx within head and neck).

``site_code`` is the ICD-O-3 topography code of the winning mention as
written ("retroperitoneal" is C48.0 though its row value is "peritoneum"); among
positively cued mentions of the same site, a specific sub-site code (C32.0
glottis) is preferred to the organ's NOS code (C32.9).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..errors import ConfigError, CurationError
from ..normalize import (
    canonical_site,
    key,
    normalise_site_code,
    site_code_known,
    site_entries,
    site_entry,
    vocabulary,
)
from .. import rules as rules_file
from ..records import CaseRow
from .assertion import NOT_ASSERTED, context
from .base import Sentence
from .registry import FieldSpec, parsed_or_key, register

_FILE = "patterns/site.jsonl"


@dataclass(frozen=True)
class Cue:
    name: str
    where: str
    weight: int
    regex: re.Pattern[str]
    #: surface keys the cue is limited to ("soft tissue" as a radiological density), empty for every site
    names: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SiteRules:
    cues: tuple[Cue, ...]
    section_weight: dict[str, int]
    #: site -> the larger site it is a part of
    part_of: dict[str, str]
    #: sentences about the disease in general ("IMTs are most often seen in the lung"): no site is read there
    generic: tuple[re.Pattern[str], ...] = ()




@cache
def rules() -> SiteRules:
    """Load and validate ``patterns/site.jsonl`` (once per process)."""
    macros: dict[str, str] = {}
    cues: list[Cue] = []
    sec: dict[str, int] = {}
    part_of: dict[str, str] = {}
    generic: list[re.Pattern[str]] = []
    for obj in rules_file.load("patterns/site"):
        where = obj.where
        kind = obj.kind
        if kind == "macro":
            macros[obj.name] = obj.pattern
        elif kind in ("cue", "generic_sentence"):
            if kind == "cue" and (obj.where_ not in ("before", "after") or not isinstance(obj.weight, int)):
                raise ConfigError(f"{where}: cue needs where (before/after) and an integer weight")
            pat = re.sub(r"\{([A-Z]+)\}", lambda m: macros[m.group(1)], obj.pattern)
            try:
                rx = re.compile(pat, re.IGNORECASE)
            except re.error as exc:
                raise ConfigError(f"{where}: invalid regex ({exc})") from None
            if kind == "generic_sentence":
                generic.append(rx)
                continue
            names = obj.names
            if any(site_entry(n) is None for n in names):
                raise ConfigError(f"{where}: 'names' must list vocabulary site names")
            cues.append(Cue(obj.name or f"cue {obj.line}", obj.where_, obj.weight, rx, frozenset(key(n) for n in names)))
        elif kind == "section_weight":
            sec[str(obj.section)] = int(obj.weight)
        elif kind == "part_of":
            part, whole = canonical_site(str(obj.site)), canonical_site(str(obj.whole))
            if part is None or whole is None or part == whole:
                raise ConfigError(f"{where}: part_of needs two different vocabulary sites")
            part_of[part] = whole
        else:
            raise ConfigError(f"{where}: unknown kind {kind!r}")
    part_of = {**_vocab_within(), **part_of}  # a rule in patterns/site.jsonl overrides the vocabulary
    for start in part_of:  # no cycles
        seen, cur = {start}, start
        while cur in part_of:
            cur = part_of[cur]
            if cur in seen:
                raise ConfigError(f"{_FILE}: part_of cycle through {start!r}")
            seen.add(cur)
    return SiteRules(tuple(cues), sec, part_of, tuple(generic))


def _vocab_within() -> dict[str, str]:
    """site -> region, for sites whose every vocabulary line names the same ``within``."""
    regions: dict[str, set[str | None]] = {}
    for e in set(site_entries().values()):
        regions.setdefault(e.canonical, set()).add(e.within)
    return {c: next(iter(w)) for c, w in regions.items() if len(w) == 1 and None not in w}  # type: ignore[misc]


def _code(surface: str, canonical: str) -> str | None:
    e = site_entry(surface)
    if e is None or e.canonical != canonical:
        e = site_entry(canonical)
    return e.code if e is not None and e.canonical == canonical else None


@dataclass(frozen=True)
class SiteMention:
    sentence: Sentence
    start: int
    end: int
    canonical: str
    score: int
    cues: tuple[str, ...]
    code: str | None = None


@cache
def _site_regex() -> re.Pattern[str]:
    """Fallback when a sentence carries no spaCy span: every site name, longest first."""
    names = sorted({n for c in vocabulary("sites") for n in c.names}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", re.IGNORECASE)


def site_mentions(sentence: Sentence) -> list[tuple[int, int, str, str | None]]:
    """``(start, end, canonical, ICD-O-3 code)`` of site names in the sentence (sentence-relative)."""
    if sentence.span is not None:
        sent = sentence.span
        base = sent.start_char
        out = []
        for e in sent.ents:
            if e.label_ == "SITE":
                canon = canonical_site(e._.canonical) or e._.canonical
                out.append((e.start_char - base, e.end_char - base, canon, _code(e.text, canon)))
        return out
    out = []
    for m in _site_regex().finditer(sentence.text):
        c = canonical_site(m.group(0))
        if c:
            out.append((m.start(), m.end(), c, _code(m.group(0), c)))
    return out


def score_mentions(sentences: list[Sentence]) -> list[SiteMention]:
    r = rules()
    out: list[SiteMention] = []
    for s in sentences:
        if any(rx.match(s.text) for rx in r.generic):
            continue
        for a, b, canon, code in site_mentions(s):
            if context(s.text, a, b) & NOT_ASSERTED:
                continue
            before = s.text[max(0, a - 120) : a]
            after = s.text[b : b + 80]
            surface = key(s.text[a:b])
            hit = [
                c
                for c in r.cues
                if (not c.names or surface in c.names) and c.regex.search(before if c.where == "before" else after)
            ]
            score = sum(c.weight for c in hit) + (r.section_weight.get(s.section or "", 0) if hit else 0)
            if any(c.weight < 0 for c in hit):
                score = min(score, 0)
            out.append(SiteMention(s, a, b, canon, score, tuple(c.name for c in hit), code))
    return out


def _within(part: str, whole: str, part_of: dict[str, str]) -> bool:
    cur = part
    while cur in part_of:
        cur = part_of[cur]
        if cur == whole:
            return True
    return False


def _nos(code: str | None) -> bool:
    return code is None or code.endswith(".9")


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


def best_code(sentences: list[Sentence], best: SiteMention) -> SiteMention:
    """The mention whose code the row keeps: the winner's, or a specific sub-site code of the
    same site from another positively cued mention ("laryngeal mass ... on the glottis")."""
    if not _nos(best.code):
        return best
    for m in score_mentions(sentences):
        if m.canonical != best.canonical or _nos(m.code) or m.code[:3] != (best.code or m.code)[:3]:
            continue
        if m.score > 0 or (m.sentence is best.sentence and _OF_THE.fullmatch(best.sentence.text, best.end, m.start)):
            return m
    return best


#: "the soft tissue of the left groin region": the site named after the winner specifies it
_OF_THE = re.compile(r"\s+(?:of|in|at|around)\s+(?:the\s+)?(?:(?:left|right|upper|lower|anterior|posterior)\s+)?", re.IGNORECASE)


def apply(sentences: list[Sentence], row: CaseRow) -> None:
    """Set ``row.site`` and ``row.site_code`` from the patient's sentences."""
    m = best_site(sentences)
    if m is not None:
        row.set("site", m.canonical, m.sentence.evidence(m.start, m.end))
        c = best_code(sentences, m)
        if c.code is not None:
            row.set("site_code", c.code, c.sentence.evidence(c.start, c.end))


# -- field registry -------------------------------------------------------------
def _valid_site(text: str, unknown: Callable[[str], None]) -> str | None:
    site = canonical_site(text)
    if site is not None and site not in frozenset(c.canonical.lower() for c in vocabulary("sites")):
        unknown(site)
    return site


def _valid_site_code(text: str, unknown: Callable[[str], None]) -> str:
    code = normalise_site_code(text)
    if code is None or not site_code_known(code):
        raise CurationError(f"site_code: {text!r} is not an ICD-O-3 topography code of vocab/sites.jsonl (e.g. C32.9)")
    return code


register(
    FieldSpec(
        "site", "scalar", lambda v: None if v is None else canonical_site(str(v)), "shared",
        merge_key=canonical_site, validate=_valid_site, vocab="sites",
    ),
    FieldSpec("site_code", "scalar", parsed_or_key(normalise_site_code), "shared", validate=_valid_site_code),
)  # fmt: skip
