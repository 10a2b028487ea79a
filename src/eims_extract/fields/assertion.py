"""ConText-like assertion of a mention: negated, hypothetical, historical,
family, or about other patients / the literature.

A case report mixes the patient's facts with the literature's, with tests that
only *suggest* drugs and with findings that are absent. Field rules ask
:func:`context` about the span they matched and drop (or flip) what is not
asserted for this patient. Cues and scope terminators are data
(``patterns/context.jsonl``); a cue covers a target only within its clause
(up to a terminator such as "but", "however", ";" or "while") and, where the
rule sets ``window``, within that many words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from ..errors import ConfigError
from ..prefilter import may_match_indices
from ..rules import PatternRule
from ..rules import load as load_rules
from ..rules import regex as rule_regex

CATEGORIES: frozenset[str] = frozenset(
    {"negated", "hypothetical", "historical", "family", "other", "self", "terminate", "pseudo"}
)
DIRECTIONS: frozenset[str] = frozenset({"forward", "backward", "both"})
#: Categories that mean "not an asserted fact about this patient".
NOT_ASSERTED: frozenset[str] = frozenset({"hypothetical", "historical", "family", "other"})

_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*")


# -- context rules ------------------------------------------------------------
@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    direction: str
    regex: re.Pattern[str]
    window: int | None = None


@cache
def rules() -> tuple[Rule, ...]:
    """Context cues of ``patterns/context.jsonl``, validated."""
    out: list[Rule] = []
    for obj in load_rules("patterns/context"):
        cat = obj.category
        if cat not in CATEGORIES:
            raise ConfigError(f"{obj.where} ({obj.id}): unknown category {cat!r}")
        direction = obj.direction
        if direction not in DIRECTIONS:
            raise ConfigError(f"{obj.where} ({obj.id}): unknown direction {direction!r}")
        window = obj.window
        if window is not None and (not isinstance(window, int) or window < 0):
            raise ConfigError(f"{obj.where} ({obj.id}): window must be a non-negative int")
        out.append(Rule(obj.id, cat, direction, obj.regex, window))
    return tuple(out)


@dataclass(frozen=True)
class Cue:
    rule: Rule
    start: int
    end: int


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@cache
def _rules_and_regexes() -> tuple[tuple[Rule, ...], tuple[re.Pattern[str], ...]]:
    """The cue rules and their regexes as one fixed tuple (the literal index is keyed by it)."""
    rs = rules()
    return rs, tuple(r.regex for r in rs)


def _cue_group(rx: re.Pattern[str]) -> int | str:
    return "m" if "m" in rx.groupindex else 0


@lru_cache(maxsize=8192)  # bounded: every sentence of every document is a new key
def cues(text: str) -> tuple[Cue, ...]:
    """All cues in ``text`` (terminators included), minus those inside a pseudo-cue. A rule with a
    group named ``m`` places its cue on that group only: the rest of its match is context that
    cannot be a fixed-width look-behind (", whose wall was not breached, <comma>": the comma that
    closes the relative clause is the terminator)."""
    rs, regexes = _rules_and_regexes()
    found = [
        Cue(rs[i], *m.span(_cue_group(regexes[i])))
        for i in may_match_indices(regexes, text)
        for m in regexes[i].finditer(text)
        if m.end(_cue_group(regexes[i])) > m.start(_cue_group(regexes[i]))
    ]
    pseudo = [(c.start, c.end) for c in found if c.rule.category == "pseudo"]
    return tuple(
        c for c in found if c.rule.category == "pseudo" or not any(_overlaps((c.start, c.end), p) for p in pseudo)
    )


def _words(text: str) -> int:
    return len(_WORD.findall(text))


@cache
def _rx_window_aside() -> re.Pattern[str]:
    return rule_regex("patterns/context", "window_aside")


def _window_text(span: str) -> str:
    """The stretch a windowed cue reaches over, its bracketed asides (brand, code, dose) blanked."""
    return _rx_window_aside().sub(" ", span) if "(" in span or ")" in span else span


def _terminated(text: str, lo: int, hi: int, terms: list[Cue]) -> bool:
    return any(lo <= t.start and t.end <= hi for t in terms)


def _subject_terms(text: str, terms: list[Cue]) -> list[Cue]:
    """The terminators that end a relative's scope: not a coordinated predicate without a subject of its own ("Her
    brother had a nephrectomy and later received sunitinib": the brother received it), whose subject is the relative;
    the same holds for the patient's own cue ("she was enrolled in a phase 2 trial and received X": she received it)."""
    elided = _rx_elided()
    return [t for t in terms if not elided.match(text, t.start)]


@cache
def _rx_aside() -> re.Pattern[str]:
    return rule_regex("patterns/context", "aside_before_cue")


@cache
def _rx_elided() -> re.Pattern[str]:
    return rule_regex("patterns/context", "subject_elided_coordination")


def context(text: str, start: int, end: int) -> frozenset[str]:
    """Categories whose cue scope covers ``text[start:end]``.

    "self" (our case / the patient) in the same clause cancels "other": a
    sentence may cite the literature and still state this patient's facts.
    """
    all_cues = cues(text)
    terms = [c for c in all_cues if c.rule.category == "terminate"]
    cats: set[str] = set()
    for c in all_cues:
        cat = c.rule.category
        if cat in ("terminate", "pseudo"):
            continue
        if _overlaps((c.start, c.end), (start, end)):
            if c.rule.direction == "both":  # "her deceased mother": the cue wraps the target
                cats.add(cat)
            continue
        if c.end <= start:  # cue before the target
            if c.rule.direction == "backward":
                continue
            lo, hi = c.end, start
        elif c.start >= end:  # cue after the target
            if c.rule.direction == "forward":
                continue
            lo, hi = end, c.start
            if hi - lo > 3 and _rx_aside().fullmatch(text, lo, hi):
                # "X - which others have used for it - was not given": the predicate after the aside is X's
                cats.add(cat)
                continue
        else:
            continue
        if _terminated(text, lo, hi, _subject_terms(text, terms) if cat in ("family", "other", "self") and c.end <= start else terms):
            continue
        if c.rule.window is not None and _words(_window_text(text[lo:hi])) > c.rule.window:
            continue
        cats.add(cat)
    if "self" in cats:
        cats.discard("other")
    return frozenset(cats)


def asserted(text: str, start: int, end: int) -> bool:
    """True when the span is neither hypothetical, historical, family nor someone else's."""
    return not (context(text, start, end) & NOT_ASSERTED)


def negated(text: str, start: int, end: int) -> bool:
    return "negated" in context(text, start, end)


#: rule sets :func:`mask` has been given: id -> (the set, its regexes, a number naming the set). Keyed by
#: identity: a family passes its one loaded rule list every time, and building and hashing the tuple of its
#: regexes on every call cost more than masking itself. The set is held in its entry, so its id stays its own.
_MASK_SETS: dict[int, tuple[object, tuple[re.Pattern[str], ...], int]] = {}
_MASK_SETS_MAX = 64
#: (set number, sentence) -> masked sentence; bounded: every sentence of every document is a new key
_MASKED: dict[tuple[int, str], str] = {}
_MASKED_MAX = 4096
_SET_NUMBERS = itertools.count()


def mask(text: str, rules: Iterable[PatternRule]) -> str:
    """``text`` with every match of the rules' ``regex`` blanked to spaces.

    Blanking (not deleting) keeps offsets, so matches found in the masked text
    are evidence spans of the original. A rule with a group named ``m`` blanks
    only that group, so its context words stay readable ("died due to
    <progressive disease>": the death is still read, the response is not).
    Computed once per sentence and rule set: the field readers ask again and again.
    ``rules`` is a family's loaded rule list (never changed after loading) or any one-off iterable.
    """
    entry = _MASK_SETS.get(id(rules))
    if entry is None or entry[0] is not rules:
        if not isinstance(rules, (tuple, list)):  # a one-off iterable: nothing to key the cache on
            return _mask(text, tuple(r.regex for r in rules))
        if len(_MASK_SETS) >= _MASK_SETS_MAX:
            _MASK_SETS.clear()
        entry = _MASK_SETS[id(rules)] = (rules, tuple(r.regex for r in rules), next(_SET_NUMBERS))
    key = (entry[2], text)
    out = _MASKED.get(key)
    if out is None:
        if len(_MASKED) >= _MASKED_MAX:
            _MASKED.clear()
        out = _MASKED[key] = _mask(text, entry[1], indexed=True)
    return out


def _mask(text: str, regexes: tuple[re.Pattern[str], ...], indexed: bool = False) -> str:
    """``text`` blanked where ``regexes`` match. ``indexed`` (a rule set's one kept tuple, never a one-off:
    the literal index is built once per tuple): only the regexes whose literals stand in the text are run,
    found in one pass (a sentence holds the words of a few of a family's 30-odd masks at most)."""
    spans: list[tuple[int, int]] = []
    for i in may_match_indices(regexes, text) if indexed else range(len(regexes)):
        rx = regexes[i]
        part = "m" if "m" in rx.groupindex else 0
        for m in rx.finditer(text):
            if m.start(part) >= 0:
                spans.append((m.start(part), m.end(part)))
    if not spans:
        return text
    out = list(text)
    for a, b in spans:  # every blank is the same space, so order does not matter
        out[a:b] = " " * (b - a)
    return "".join(out)


def clause(text: str, pos: int) -> tuple[int, int]:
    """Bounds of the clause around ``pos`` (between terminators)."""
    lo, hi = 0, len(text)
    for t in cues(text):
        if t.rule.category != "terminate":
            continue
        if t.end <= pos:
            lo = max(lo, t.end)
        elif t.start >= pos:
            hi = min(hi, t.start)
    return lo, hi
