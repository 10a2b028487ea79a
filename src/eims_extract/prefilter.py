"""A literal prefilter in front of every rule regex: skip the regex when its literal cannot be there.

Why: most rules never match most sentences, yet Python's regex engine tries a case-insensitive
pattern at every position of every sentence (no literal-prefix shortcut under IGNORECASE); a
substring test on the lowered sentence is an order of magnitude cheaper. The literals are
derived from each pattern's parse tree, never written by hand, so a rule edited later keeps a
correct filter, and a sentence the filter rejects is one the regex could not match: results are
identical by construction. A pattern is parsed (and so checked) at load but turned into code only
when a text first passes its filter: most rules never meet one in a small document.

:class:`Alternation` does the same for vocabulary alternations (hundreds of marker or drug names):
the names are tried only where one can begin, and only those that begin with the text's first
two characters there.
"""

from __future__ import annotations

import re
import threading
from array import array
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable

from eims_extract import regex_cache

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]
try:  # the engine's own case tables: which characters IGNORECASE folds beyond their lower case
    import _sre
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - then only ASCII characters make literals
    _sre, _EXTRA_CASES = None, None

#: the non-ASCII characters that IGNORECASE matches to an ASCII letter but ``str.lower`` does not
#: map onto it (found by trying every code point against every ASCII letter)
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})
#: a literal shorter than this filters too little to pay for the test (unless it holds a rare character, see :func:`_filtering`)
MIN_LITERAL = 3
#: more alternatives than this cost as much to test as the regex itself
MAX_ALTERNATIVES = 12
#: the sets tested per pattern (each a further chance to say "cannot match")
MAX_SETS = 3

_REPEATS = tuple(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, n))
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)

#: texts lowered lately (a sentence, its masked forms, a clause): rules of every family ask in turn
_LOWERED: dict[str, str] = {}
_LOWERED_MAX = 256
_SPECIAL = tuple(_FOLD.items())
_FOLD_KEYS = frozenset(chr(k) for k in _FOLD)


def lowered(text: str) -> str:
    """``text`` folded the way an ASCII literal under IGNORECASE sees it (cached for recent texts)."""
    low = _LOWERED.get(text)
    if low is None:
        t = text
        if not t.isascii():
            for code, ascii_ in _SPECIAL:
                if chr(code) in t:
                    t = t.replace(chr(code), ascii_)
        if len(_LOWERED) >= _LOWERED_MAX:
            _LOWERED.clear()
        low = _LOWERED[text] = t.lower()
    return low


@lru_cache(maxsize=1024)  # bounded: keyed by the non-ASCII characters rule patterns spell out
def _wide_char(code: int) -> str | None:
    """The lowered form of a non-ASCII pattern character, when every character the regex engine lets
    match it (under IGNORECASE too) has that same form in :func:`lowered` text; None when the engine folds
    it specially (its lower case is ASCII, as for İ and K, or has other equivalents: ſ, µ, σ/ς, θ/ϑ ...)."""
    if _sre is None:  # pragma: no cover
        return None
    ch = chr(code)
    low = ch.lower()
    if ch in _FOLD_KEYS or len(low) != 1 or low.isascii() or ord(low) != _sre.unicode_tolower(code):
        return None
    return None if ord(low) in _EXTRA_CASES else low


def _lit(code: int) -> str | None:
    """The character a LITERAL item stands for in :func:`lowered` text (None: no single one)."""
    return chr(code).lower() if code < 128 else _wide_char(code)


def required_literals(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of lowered strings such that every text the pattern matches contains one string
    of each set; empty when none is known. Only sets worth testing are kept, most selective first."""
    try:
        tree = _p.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser refuses is simply not filtered
        return ()
    good = [c for c in _need(_items(tree)) if len(c) <= MAX_ALTERNATIVES and all(map(_filtering, c))]
    return tuple(sorted(set(good), key=_score, reverse=True)[:MAX_SETS])


def _items(sub: Any) -> list[tuple[Any, Any]]:
    """The (op, argument) items of a parsed (sub)pattern, without copying them one by one."""
    return sub.data if isinstance(sub, _p.SubPattern) else list(sub)


def _score(lits: frozenset[str]) -> tuple[int, int]:
    return (min(map(len, lits)), -len(lits))


def _need(items: list[tuple[Any, Any]], digits: bool = False) -> list[frozenset[str]]:
    """The literal sets a sequence needs, all of them (a conjunction of disjunctions). ``digits``: a
    mandatory digit (``\\d``, ``[0-9]``) counts too, as :data:`DIGIT` (only the index can test it)."""
    cands: list[frozenset[str]] = []
    run: list[str] = [""]  # the literal run so far in each of its spellings (a small class multiplies them)

    def flush() -> None:
        if run[0]:
            cands.append(frozenset(run))
            run[:] = [""]

    for op, av in items:
        if op is _c.LITERAL and (ch := _lit(av)) is not None:
            run[:] = [r + ch for r in run]
            continue
        if op is _c.IN and (chars := _letter_class(av)) is not None and len(run) * len(chars) <= MAX_SPELLINGS:
            run[:] = [r + ch for r in run for ch in chars]  # "d[ée]c[ée]d[ée]": eight spellings of one word
            continue
        prev = list(run) if run[0] else []
        flush()
        if op is _c.SUBPATTERN:
            cands += _need(_items(av[-1]), digits)
        elif _ATOMIC is not None and op is _ATOMIC:
            cands += _need(_items(av), digits)
        elif op is _c.BRANCH:  # one set: the union of each alternative's best
            parts = [_need(_items(b), digits) for b in av[1]]
            if all(parts):
                cands.append(frozenset().union(*(max(p, key=_score) for p in parts)))
            if prev:  # the parser factors a common start out of the alternatives: "re(?:currence|lapse)"
                cands.append(frozenset(p + _lead(_items(b)) for p in prev for b in av[1]))
        elif op in _REPEATS and av[0] >= 1:
            cands += _need(_items(av[2]), digits)
        elif op is _c.ASSERT:  # a positive lookaround's text is in the string too
            cands += _need(_items(av[1]), digits)
        elif digits and op is _c.IN and _digit_class(av):
            cands.append(frozenset([DIGIT]))
    flush()
    return cands


#: a literal run's spellings at most: each class of a few letters inside a word multiplies them
MAX_SPELLINGS = 16


def _letter_class(av: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    """The characters, as :func:`lowered` text has them, one of which a class of plain letters (``[ée]``,
    ``[óo]``, ``[Yy]``) matches; None for any other class (ranges, categories, negation, digits: a class of
    digits stays what it was, a :data:`DIGIT` of the index or nothing)."""
    if _digit_class(av):
        return None
    out: list[str] = []
    for op, arg in av:
        if op is not _c.LITERAL or (ch := _lit(arg)) is None or not ch.isalpha():
            return None
        if ch not in out:
            out.append(ch)
    return tuple(out) or None


#: stands in a literal set of the index for "a digit" (any character ``\\d`` matches): one character no
#: literal is made of, so a set naming it is the weakest choice of a branch (see :func:`_score`)
DIGIT = "\x00"
_DIGITS = "0123456789"
_ANY_DIGIT = re.compile(r"\d")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _digit_class(av: list[tuple[Any, Any]]) -> bool:
    """Does the class match digits only (``\\d``, ``[0-9]``, ``[2-5]``)?"""
    for op, arg in av:
        if op is _c.CATEGORY:
            if arg is not _c.CATEGORY_DIGIT:
                return False
        elif op is _c.RANGE:
            if not (48 <= arg[0] and arg[1] <= 57):
                return False
        elif not (op is _c.LITERAL and 48 <= arg <= 57):
            return False
    return bool(av)


def _lead(items: list[tuple[Any, Any]]) -> str:
    """The literal text a sequence begins with."""
    out = []
    for op, av in items:
        if op is not _c.LITERAL or (ch := _lit(av)) is None:
            break
        out.append(ch)
    return "".join(out)


#: a start literal shorter than this begins at too many places to pay for trying the pattern only there
MIN_START = 3
#: fewer start literals than this: the regex engine's own scan tries them about as fast (measured)
MIN_STARTS = 7
#: more start literals than this: the automaton is no longer the cheap part
MAX_STARTS = 64
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def _starts(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The lowered strings one of which every match of the sequence begins with (at the match's
    own start: zero-width items before it consume nothing), None when some match may begin otherwise.
    A literal run ends at anything but a literal character (see :func:`_lit`); a group or an alternation extends it by
    each of its alternatives' starts (a necessary prefix, so what follows the group is not needed)."""
    prefix: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH and not prefix:
            continue
        if op is _c.LITERAL and (ch := _lit(av)) is not None:
            prefix.append(ch)
            continue
        if not prefix and _opens_with_digit(op, av):  # "{{num}}": a digit or a number word
            return {DIGIT}
        if not prefix and op is _c.IN and av and all(o is _c.LITERAL and chr(a) in _SPARSE_STARTS for o, a in av):
            return {chr(a) for _, a in av}  # "(?:\(|\[)", parsed as a class of its two characters
        if op is _c.BRANCH:
            alts = [_items(b) for b in av[1]]
        elif op is _c.SUBPATTERN:
            alts = [_items(av[-1])]
        elif _ATOMIC is not None and op is _ATOMIC:
            alts = [_items(av)]
        else:
            break
        out: set[str] = set()
        for a in alts:
            got = _starts(a)
            if got is None:
                break
            out |= got
        else:
            lead = "".join(prefix)
            if lead and any(DIGIT in s for s in out):  # a digit after a literal: the literal alone opens the match
                return {lead}
            return {lead + s for s in out}
        break
    return {"".join(prefix)} if prefix else None


def _opens_with_digit(op: Any, av: Any) -> bool:
    """Is the item a digit class, or one repeated at least once (``\\d``, ``\\d{1,3}``, ``[0-9]+``)?"""
    if op is _c.IN:
        return _digit_class(av)
    if op in _REPEATS and av[0] >= 1:
        body = _items(av[2])
        return len(body) == 1 and body[0][0] is _c.IN and _digit_class(body[0][1])
    return False


#: punctuation a sentence holds a few of at most: start literals that all open on one are found at few places,
#: however short and few they are (";", ":" and "." of a clause terminator; "(" or "[" of a citation mark), while the
#: engine's own scan of a pattern opening on a look-behind tries it at every position of the text (it skips ahead
#: by a first character only when the pattern opens on one: such a pattern is left to it, measured faster)
_SPARSE_STARTS = frozenset(".,;:()[]{}")


def _opens_on_lookbehind(items: list[tuple[Any, Any]]) -> bool:
    """Does the pattern open on a look-around (or an alternation with an alternative that does)?"""
    if not items:
        return False
    op, av = items[0]
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return True
    if op is _c.BRANCH:
        return any(_opens_on_lookbehind(_items(b)) for b in av[1])
    if op is _c.SUBPATTERN:
        return _opens_on_lookbehind(_items(av[-1]))
    return False


def start_literals(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """:func:`_starts` of a parsed pattern when each is long enough and they are few enough to be worth
    finding, or they all open on sparse punctuation (:data:`_SPARSE_STARTS`); None otherwise: a match can
    then only begin where one of them stands in ``lowered(text)``."""
    if items and items[0][0] is _c.AT and items[0][1] in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
        return None  # tried at the string's start only: the engine fails there at once
    got = _starts(items)
    if not got or len(got) > MAX_STARTS:
        return None
    if _opens_on_lookbehind(items) and all(s[:1] in _SPARSE_STARTS for s in got):
        return frozenset(got)
    if len(got) < MIN_STARTS or min(len(s) for s in got if s != DIGIT) < MIN_START:
        return None
    return frozenset(got)


class _LazyPattern:
    """What :class:`Prefiltered` and :class:`Anchored` share: a pattern object that stands for
    ``re.compile(pattern, flags)`` (equal, hashed, printed and pickled as that) and hands every other
    attribute to the compiled regex, compiled when first needed."""

    __slots__ = ()

    def _identity(self, rx: re.Pattern[str] | None, pattern: str, entry: dict[str, Any] | None) -> None:
        if rx is not None or entry is None:
            assert rx is not None
            self.pattern, self.flags, self.groups, self.groupindex = rx.pattern, rx.flags, rx.groups, rx.groupindex
        else:
            self.pattern, self.flags = pattern, entry["flags"]
            self.groups = entry["groups"] - 1
            self.groupindex = MappingProxyType(dict(entry["names"]))
        self._hash = hash((self.pattern, self.flags))

    @property
    def _rx(self) -> re.Pattern[str]:
        """The compiled regex, built from the stored tree when first used (:class:`Prefiltered` builds its own)."""
        rx = self._compiled  # type: ignore[attr-defined]
        if rx is None:
            rx = self._compiled = _build(self.pattern, self._tree, self._entry)  # type: ignore[attr-defined]
            self._tree = None
        return rx

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rx, name)

    def __eq__(self, other: object) -> bool:
        if type(other) is type(self):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return NotImplemented

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        return f"re.compile({self.pattern!r}, {self.flags})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (compile_filtered, (self.pattern, self.flags))


class Prefiltered(_LazyPattern):
    """A pattern that answers "no match" at once when none of its literals is in the text, and is
    compiled only when a text first passes that test (most rules never meet one in a document)."""

    # anchored matching fails at once on its own: no filter in front of it, and once compiled the
    # pattern's own (C) methods, so line classifiers calling them thousands of times pay nothing.
    # A pattern that opens with a run of any character (".*\\bcookies?\\b.*") does not fail at once:
    # its match/fullmatch keep the filter (``_loose``). A text that passes the filter is searched only
    # where a match can begin when the pattern has start literals (``_starts``, :class:`_StartIndex`)
    __slots__ = (
        "_compiled", "_tree", "_entry", "_lits", "_hash", "_loose", "_starts",
        "pattern", "flags", "groups", "groupindex", "match", "fullmatch",
    )

    def __init__(
        self, rx: re.Pattern[str] | None, lits: tuple[frozenset[str], ...], pattern: str = "",
        entry: dict[str, Any] | None = None, tree: Any = None, loose: bool = False, starts: frozenset[str] | None = None,
    ) -> None:
        self._compiled = rx
        self._tree, self._entry = tree, entry
        self._lits = tuple(tuple(sorted(s, key=len, reverse=True)) for s in lits)
        self._loose = loose
        self._starts = _StartIndex(starts) if starts and _ahocorasick is not None else None
        self._identity(rx, pattern, entry)
        if rx is not None:
            self.match, self.fullmatch = rx.match, rx.fullmatch
        else:
            self.match, self.fullmatch = self._first_match, self._first_fullmatch
        if loose:
            self.match, self.fullmatch = self._filtered_match, self._filtered_fullmatch

    @property
    def _rx(self) -> re.Pattern[str]:
        return self._compiled or self._compile()

    def _compile(self) -> re.Pattern[str]:
        rx = self._compiled = _build(self.pattern, self._tree, self._entry)  # type: ignore[arg-type]
        self._tree = None
        if not self._loose:
            self.match, self.fullmatch = rx.match, rx.fullmatch
        return rx

    def _filtered_match(self, string: str, *a: Any, **k: Any) -> re.Match[str] | None:
        return (self._compiled or self._compile()).match(string, *a, **k) if self._may(string) else None

    def _filtered_fullmatch(self, string: str, *a: Any, **k: Any) -> re.Match[str] | None:
        return (self._compiled or self._compile()).fullmatch(string, *a, **k) if self._may(string) else None

    def _first_match(self, string: str, *a: Any, **k: Any) -> re.Match[str] | None:
        return (self._compiled or self._compile()).match(string, *a, **k)

    def _first_fullmatch(self, string: str, *a: Any, **k: Any) -> re.Match[str] | None:
        return (self._compiled or self._compile()).fullmatch(string, *a, **k)

    def _may(self, text: str) -> bool:
        low = _LOWERED.get(text) or lowered(text)
        for alts in self._lits:
            for lit in alts:
                if lit in low:
                    break
            else:
                return False
        return True

    # search and finditer are most of the calls: the test of _may written out in them
    def search(self, string: str, *a: Any, **k: Any) -> re.Match[str] | None:
        low = _LOWERED.get(string) or lowered(string)
        for alts in self._lits:
            for lit in alts:
                if lit in low:
                    break
            else:
                return None
        if self._starts is not None:
            return self._starts.search((self._compiled or self._compile()).match, string, low, *a, **k)
        return (self._compiled or self._compile()).search(string, *a, **k)

    def finditer(self, string: str, *a: Any, **k: Any) -> Iterator[re.Match[str]]:
        low = _LOWERED.get(string) or lowered(string)
        for alts in self._lits:
            for lit in alts:
                if lit in low:
                    break
            else:
                return iter(())
        if self._starts is not None:
            return self._starts.finditer((self._compiled or self._compile()).match, string, low, *a, **k)
        return (self._compiled or self._compile()).finditer(string, *a, **k)

    def findall(self, string: str, *a: Any, **k: Any) -> list[Any]:
        return (self._compiled or self._compile()).findall(string, *a, **k) if self._may(string) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return (self._compiled or self._compile()).sub(repl, string, count) if self._may(string) else string

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return (self._compiled or self._compile()).subn(repl, string, count) if self._may(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return (self._compiled or self._compile()).split(string, maxsplit) if self._may(string) else [string]



class _StartIndex:
    """Where a pattern's start literals (:func:`start_literals`) stand in a lowered text: one automaton
    pass. A match can begin nowhere else, so ``search``/``finditer`` try the pattern (``match``) only
    there. Why: a case-insensitive pattern opening with an alternation ("{{tumor}} of the ...") gives
    the regex engine no prefix to skip by, and its search tries every alternative at every position.
    ``match(string, p, endpos)`` at ``p`` is the engine's own attempt there: look-behinds, ``\b`` and
    ``^`` see the whole string as in a search from an earlier ``pos``."""

    __slots__ = ("lits", "_automaton")

    def __init__(self, lits: frozenset[str]) -> None:
        self.lits = lits
        self._automaton: Any = None  # built when first needed: most rules never meet a text

    def positions(self, low: str, pos: int, endpos: int) -> list[int]:
        """The start positions (ascending) in ``[pos, endpos)`` of the literals in the lowered text (of any
        digit too when :data:`DIGIT` is one of them: an ASCII one by the automaton, another by a regex)."""
        auto = self._automaton
        if auto is None:
            auto = _ahocorasick.Automaton()
            for lit in self.lits - {DIGIT}:
                auto.add_word(lit, len(lit) - 1)
            if DIGIT in self.lits:
                for d in _DIGITS:
                    auto.add_word(d, 0)
            auto.make_automaton()
            self._automaton = auto
        found = {end - back for end, back in auto.iter(low)}
        if DIGIT in self.lits and not low.isascii():
            found.update(m.start() for m in _OTHER_DIGIT.finditer(low))
        return sorted(p for p in found if pos <= p < endpos)

    def search(self, match: Any, string: str, low: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``search``: the first start where the pattern matches."""
        pos, end = _bounds(string, pos, endpos)
        for p in self.positions(low, pos, end):
            m = match(string, p, end)
            if m is not None:
                return m
        return None

    def finditer(self, match: Any, string: str, low: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """``finditer``: every match is non-empty (it begins with a start literal), so the next one is the
        first to begin at or after the previous one's end, as the regex engine's own scan finds it."""
        pos, end = _bounds(string, pos, endpos)
        after = pos
        for p in self.positions(low, pos, end):
            if p < after:
                continue
            m = match(string, p, end)
            if m is not None:
                yield m
                after = m.end()


def _bounds(string: str, pos: int, endpos: int | None) -> tuple[int, int]:
    """``pos``/``endpos`` of a search clamped to the string as the regex engine clamps them."""
    n = len(string)
    end = n if endpos is None else min(max(endpos, 0), n)
    return min(max(pos, 0), n), end


class Anchored(_LazyPattern):
    """A pattern without a literal filter (see :class:`Prefiltered`) whose matches can only begin at its
    start literals: ``search``/``finditer`` through :class:`_StartIndex`, the rest by the compiled
    regex, compiled when first used."""

    __slots__ = ("_compiled", "_tree", "_entry", "_hash", "_starts", "pattern", "flags", "groups", "groupindex")

    def __init__(
        self, rx: re.Pattern[str] | None, starts: frozenset[str], pattern: str = "", entry: dict[str, Any] | None = None, tree: Any = None
    ) -> None:
        self._compiled, self._tree, self._entry, self._starts = rx, tree, entry, _StartIndex(starts)
        self._identity(rx, pattern, entry)

    def search(self, string: str, *a: Any, **k: Any) -> re.Match[str] | None:
        return self._starts.search(self._rx.match, string, _LOWERED.get(string) or lowered(string), *a, **k)

    def finditer(self, string: str, *a: Any, **k: Any) -> Iterator[re.Match[str]]:
        return self._starts.finditer(self._rx.match, string, _LOWERED.get(string) or lowered(string), *a, **k)

    def match(self, string: str, *a: Any, **k: Any) -> re.Match[str] | None:
        return self._rx.match(string, *a, **k)

    def fullmatch(self, string: str, *a: Any, **k: Any) -> re.Match[str] | None:
        return self._rx.fullmatch(string, *a, **k)



class Gated(_LazyPattern):
    """A pattern with neither a literal filter of its own nor start literals, whose necessary literals are too many to
    test one by one ("{{differential_head}}": some thirty kinds of disease) but not for the automaton every family
    shares (:class:`_Literals`): ``search``/``finditer``/``findall`` answer "no match" at once when a text holds none
    of a set of them (the automaton's pass over a sentence is mostly made already, for the families' indexes); the
    rest by the compiled regex, compiled when first used."""

    __slots__ = ("_compiled", "_tree", "_entry", "_hash", "_wide", "pattern", "flags", "groups", "groupindex")

    def __init__(
        self, rx: re.Pattern[str] | None, wide: tuple[tuple[str, ...], ...], pattern: str = "",
        entry: dict[str, Any] | None = None, tree: Any = None,
    ) -> None:
        self._compiled, self._tree, self._entry = rx, tree, entry
        self._wide = tuple(frozenset(s) for s in wide)
        self._identity(rx, pattern, entry)
        _LITERALS.add(set().union(*self._wide))

    def _may(self, text: str) -> bool:
        found = _LITERALS.found(_LOWERED.get(text) or lowered(text))
        for alts in self._wide:
            if found.isdisjoint(alts):
                return False
        return True

    def search(self, string: str, *a: Any, **k: Any) -> re.Match[str] | None:
        return self._rx.search(string, *a, **k) if self._may(string) else None

    def finditer(self, string: str, *a: Any, **k: Any) -> Iterator[re.Match[str]]:
        return self._rx.finditer(string, *a, **k) if self._may(string) else iter(())

    def findall(self, string: str, *a: Any, **k: Any) -> list[Any]:
        return self._rx.findall(string, *a, **k) if self._may(string) else []

    def match(self, string: str, *a: Any, **k: Any) -> re.Match[str] | None:
        return self._rx.match(string, *a, **k)

    def fullmatch(self, string: str, *a: Any, **k: Any) -> re.Match[str] | None:
        return self._rx.fullmatch(string, *a, **k)


def _wide_sets(items: list[tuple[Any, Any]]) -> tuple[tuple[str, ...], ...]:
    """The literal sets a :class:`Gated` pattern tests (as :func:`index_literals` finds them), most selective first."""
    good = {c for c in _need(items) if len(c) <= MAX_INDEX_ALTERNATIVES and all(map(_indexable, c))}
    return tuple(tuple(sorted(c)) for c in sorted(good, key=lambda c: (_score(c), sorted(c)), reverse=True)[:MAX_SETS])


def prefiltered(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind a literal prefilter when its pattern has a selective literal, else ``rx`` itself."""
    if not isinstance(rx.pattern, str):
        return rx
    lits = required_literals(rx.pattern, rx.flags)
    items = _items(_p.parse(rx.pattern, rx.flags))
    starts = start_literals(items) if _ahocorasick is not None else None
    if not lits:
        return Anchored(rx, starts) if starts else rx  # type: ignore[return-value]
    return Prefiltered(rx, lits, loose=_loose_start(items), starts=starts)  # type: ignore[return-value]


_STORE: regex_cache.Store | None = None
#: the array type code of one word of the regex engine's code (None: not stored, compiled each time)
_CODE_WORD = next((t for t in "IL" if _sre is not None and array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None)


def _store() -> regex_cache.Store:
    """The on-disk store of pattern analyses (:mod:`eims_extract.regex_cache`), keyed by this module's
    source (the analysis), the engine's code version and whether the Aho-Corasick automaton is there."""
    global _STORE
    if _STORE is None:
        magic = str(getattr(_sre, "MAGIC", "")) if _sre is not None else ""
        _STORE = regex_cache.Store(regex_cache.version_key(Path(__file__).read_bytes(), magic, str(_ahocorasick is not None)))
    return _STORE


def stored(key: tuple[str, ...], compute: Callable[[], Any]) -> Any:
    """A value derived from rule patterns alone, kept in the same on-disk store (``key`` must name the code that
    derives it, e.g. a hash of its module's source, so a change there misses the old entry)."""
    store = _store()
    got = store.get(key)
    if got is None:
        got = compute()
        store.put(key, got)
    return got


def compile_filtered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``prefiltered(re.compile(pattern, flags))`` with the pattern parsed once, not twice: rule
    files hold hundreds of patterns and parsing is most of their compile time (raises ``re.error``).
    What the parse gives (literals, groups, later the engine's code) is kept in :data:`STORE`, so a
    later process parses none of the patterns it has seen."""
    flags = int(flags)
    store = _store()
    key = (pattern, flags)
    entry = store.get(key)
    tree = None
    if entry is None:
        tree = _p.parse(pattern, flags)
        items = _items(tree)
        _check_lookbehinds(items)  # the one error the compiler raises after parsing: still at load
        good = [c for c in _need(items) if len(c) <= MAX_ALTERNATIVES and all(map(_filtering, c))]
        found = sorted(set(good), key=_score, reverse=True)[:MAX_SETS]
        starts = start_literals(items) if _ahocorasick is not None else None
        entry = _entry(tree, flags) | {
            "lits": tuple(tuple(sorted(s)) for s in found),
            "loose": bool(found) and _loose_start(items), "starts": tuple(sorted(starts)) if starts else None,
            "wide": _wide_sets(items) if not found and not starts and _ahocorasick is not None else (),
        }
        store.put(key, entry)
    lits = tuple(frozenset(s) for s in entry["lits"])
    starts = frozenset(entry["starts"]) if entry["starts"] else None
    if lits:
        return Prefiltered(None, lits, pattern, entry, tree, entry["loose"], starts)  # type: ignore[return-value]
    if starts:
        return Anchored(None, starts, pattern, entry, tree)  # type: ignore[return-value]
    if entry["wide"]:
        return Gated(None, entry["wide"], pattern, entry, tree)  # type: ignore[return-value]
    return _build(pattern, tree, entry)


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the engine's code in the store when an earlier process
    compiled the same pattern (joined classifiers: built per process, never edited). Not for the buckets of a
    vocabulary alternation: a text's letter pairs choose them, so every new corpus adds some, and their code
    (long alternations) made a store of 190 MB that every process then held in memory."""
    flags = int(flags)
    store = _store()
    key = ("plain", pattern, flags)
    entry = store.get(key)
    if entry is not None:
        return _build(pattern, None, entry)
    tree = _p.parse(pattern, flags)
    entry = _entry(tree, flags)
    rx = _build(pattern, tree, entry)  # the compiler's own errors (a variable look-behind) raise before storing
    store.put(key, entry)
    return rx


def _entry(tree: Any, flags: int) -> dict[str, Any]:
    """What a parse tree tells of its pattern that the compiled regex needs: the flags given and in force, the
    group count and names (the store's entry; the engine's code is added when first compiled)."""
    return {"src": flags, "flags": flags | tree.state.flags, "groups": tree.state.groups, "names": dict(tree.state.groupdict)}


def _build(pattern: str, tree: Any, entry: dict[str, Any]) -> re.Pattern[str]:
    """The compiled regex of a :func:`compile_filtered` pattern: from the engine's code kept in its
    entry, else from its parse tree (parsed now when the entry came from the store), keeping the code."""
    code = entry.get("code")
    if code is None:
        try:
            from re import _compiler
        except ImportError:  # pragma: no cover
            return re.compile(pattern, entry["src"])
        code = [int(op) for op in _compiler._code(tree if tree is not None else _p.parse(pattern, entry["src"]), entry["flags"])]
        if _CODE_WORD is not None:  # kept as the engine's words, 4 bytes each, not as a list of Python ints
            entry["code"] = array(_CODE_WORD, code).tobytes()
            _store().changed()
    else:
        code = array(_CODE_WORD, code).tolist()  # type: ignore[arg-type]
    names = entry["names"]
    indexgroup: list[str | None] = [None] * entry["groups"]
    for k, i in names.items():
        indexgroup[i] = k
    return _sre.compile(pattern, entry["flags"], code, entry["groups"] - 1, names, tuple(indexgroup))


#: a run this long of any character makes an anchored match slow to fail
_LOOSE_RUN = 20


def _loose_start(items: list[tuple[Any, Any]]) -> bool:
    """Does the pattern (some alternative of it) open with a long run of any character (".*", ".{0,40}",
    "[^|]+")? Then match/fullmatch walk the text before failing, and the literal filter pays for itself."""
    if not items:
        return False
    op, av = items[0]
    if op in _REPEATS:
        body = _items(av[2])
        if av[1] < _LOOSE_RUN or len(body) != 1:
            return False
        bop, bav = body[0]
        return bop is _c.ANY or bop is _c.NOT_LITERAL or (bop is _c.IN and bool(bav) and bav[0][0] is _c.NEGATE)
    if op is _c.SUBPATTERN:
        return _loose_start(_items(av[-1]))
    if _ATOMIC is not None and op is _ATOMIC:
        return _loose_start(_items(av))
    if op is _c.BRANCH:
        return any(_loose_start(_items(b)) for b in av[1])
    return False


def _check_lookbehinds(items: list[tuple[Any, Any]]) -> None:
    """Raise ``re.error`` for a look-behind of variable width, as ``re.compile`` would."""
    for op, av in items:
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            if av[0] < 0:
                lo, hi = av[1].getwidth()
                if lo != hi:
                    raise re.error("look-behind requires fixed-width pattern")
            _check_lookbehinds(_items(av[1]))
        elif op is _c.SUBPATTERN:
            _check_lookbehinds(_items(av[-1]))
        elif op is _c.BRANCH:
            for b in av[1]:
                _check_lookbehinds(_items(b))
        elif op in _REPEATS:
            _check_lookbehinds(_items(av[2]))
        elif _ATOMIC is not None and op is _ATOMIC:
            _check_lookbehinds(_items(av))
        elif op is _c.GROUPREF_EXISTS:
            for b in av[1:]:
                if b is not None:
                    _check_lookbehinds(_items(b))


# -- long vocabulary alternations ---------------------------------------------------
def _first_chars(alt: str, flags: int) -> frozenset[str] | None:
    """The characters an alternative can begin with (lowered under IGNORECASE); None when unknown."""
    try:
        items = _items(_p.parse(alt, flags))
    except Exception:  # noqa: BLE001
        return None
    while items:
        op, av = items[0]
        if op is _c.SUBPATTERN:
            items = _items(av[-1])
        elif op in _REPEATS and av[0] >= 1:
            items = _items(av[2])
        elif op is _c.LITERAL:
            return frozenset([chr(av)])
        elif op is _c.IN:
            out: set[str] = set()
            for iop, iav in av:
                if iop is _c.LITERAL:
                    out.add(chr(iav))
                elif iop is _c.RANGE and iav[1] - iav[0] < 64:
                    out.update(chr(x) for x in range(iav[0], iav[1] + 1))
                else:
                    return None
            return frozenset(out)
        else:
            return None
    return None


def _key(ch: str, fold: bool) -> str:
    """The bucket of a first character: itself, or under IGNORECASE its ASCII-folded lower case
    (only İ ı ſ K fold onto an ASCII letter beyond ``str.lower``, see :data:`_FOLD`)."""
    return ch.translate(_FOLD).lower() if fold else ch


#: an opening parenthesis that may start a capturing group (escapes removed first; one in a class counts too)
_MAY_CAPTURE = re.compile(r"\((?!\?(?:[:=!>]|<[=!]))")
_ESCAPED = re.compile(r"\\.")
#: an alternative that begins with a plain letter or digit, not quantified
_PLAIN_START = re.compile(r"[A-Za-z0-9](?![?*{])")


def _first_of(alt: str, flags: int) -> frozenset[str] | None:
    """:func:`_first_chars`, without parsing the common case of a plain first character."""
    if "|" not in alt and _PLAIN_START.match(alt):
        return frozenset(alt[0])
    return _first_chars(alt, flags)


_UNSEEN: Any = object()
_PLAIN2 = re.compile(r"[A-Za-z0-9]{2}(?![?*{])")


def _lead2(alt: str, fold: bool) -> str | None:
    """The two plain characters an alternative begins with (lowered under IGNORECASE), or None."""
    if "|" in alt or not _PLAIN2.match(alt):
        return None
    return alt[:2].lower() if fold else alt[:2]


class Alternation:
    """``prefix(?:alt1|alt2|...)suffix`` matched only where an alternative can begin, and there
    only with the alternatives that begin with that character (in their order).

    Why: a vocabulary of a few hundred names compiled as one case-insensitive alternation makes
    the regex engine try every name at every position of every sentence. Searching for the
    possible first characters (with the prefix's lookbehind) and then trying the alternatives of
    that character gives the same matches, in the same order, at a fraction of the cost.
    Anything but ``finditer``/``search`` goes to the whole compiled alternation.
    """

    def __init__(self, prefix: str, alts: list[str], suffix: str, flags: int = 0) -> None:
        self.pattern = prefix + "(?:" + "|".join(alts) + ")" + suffix
        self.flags = flags
        self._whole: re.Pattern[str] | None = None  # compiled when first needed: most documents never need it
        self._fold = bool(flags & re.IGNORECASE)
        self._prefix, self._suffix, self._alts = prefix, suffix, alts
        self._buckets: dict[str, re.Pattern[str]] = {}
        self._by_char: dict[str, re.Pattern[str]] = {}  # a text character -> the regex tried where it begins
        # capturing groups would be numbered differently in a bucket
        firsts = [None if _MAY_CAPTURE.search(_ESCAPED.sub("", a)) else _first_of(a, flags) for a in alts]
        self._fast = bool(alts) and all(firsts)
        if self._fast:
            self._firsts = [frozenset(_key(ch, self._fold) for ch in f) for f in firsts]  # type: ignore[union-attr]
            chars = sorted(set().union(*firsts))  # type: ignore[arg-type]
            self._cand = re.compile(prefix + "[" + "".join(re.escape(ch) for ch in chars) + "]", flags)
            # the two plain characters most names begin with ("cd" of CD34): a finer bucket, so only the
            # names that can begin where the text does are compiled and tried
            self._lead2 = [_lead2(a, self._fold) for a in alts]
            self._pairs = frozenset(l2 for l2 in self._lead2 if l2 is not None)
            self._by_pair: dict[str, re.Pattern[str] | None] = {}

    @property
    def _rx(self) -> re.Pattern[str]:
        if self._whole is None:
            self._whole = re.compile(self.pattern, self.flags)
        return self._whole

    def match(self, string: str, *a: Any) -> re.Match[str] | None:
        return self._rx.match(string, *a)

    def fullmatch(self, string: str, *a: Any) -> re.Match[str] | None:
        return self._rx.fullmatch(string, *a)

    def _bucket(self, key: str) -> re.Pattern[str]:
        """The alternatives (in order) that can begin with a character of ``key``; key ``""``: with a
        non-ASCII character other than İ ı ſ K (those fold onto ASCII letters, nothing else does)."""
        rx = self._buckets.get(key)
        if rx is None:
            if key:
                alts = [a for a, f in zip(self._alts, self._firsts) if key in f]
            else:
                alts = [a for a, f in zip(self._alts, self._firsts) if not all(k.isascii() for k in f)]
            rx = re.compile(self._prefix + "(?:" + "|".join(alts) + ")" + self._suffix, self.flags) if alts else self._rx
            self._buckets[key] = rx
        return rx

    def _pair_bucket(self, pair: str) -> re.Pattern[str] | None:
        """The alternatives (in order) that can begin with the ASCII ``pair`` (lowered under
        IGNORECASE): those beginning with it, and those whose second character is not plain but
        whose first can be the pair's first; None when no alternative can."""
        if pair not in self._pairs:  # no name begins with exactly these two: one bucket per first character
            return self._unpaired(pair[0])
        alts = [
            a for a, f, l2 in zip(self._alts, self._firsts, self._lead2) if (l2 == pair if l2 is not None else pair[0] in f)
        ]
        return re.compile(self._prefix + "(?:" + "|".join(alts) + ")" + self._suffix, self.flags)

    def _unpaired(self, first: str) -> re.Pattern[str] | None:
        """The alternatives (in order) without two plain leading characters that can begin with ``first``."""
        key = "\0" + first
        if key not in self._buckets:
            alts = [a for a, f, l2 in zip(self._alts, self._firsts, self._lead2) if l2 is None and first in f]
            self._buckets[key] = re.compile(self._prefix + "(?:" + "|".join(alts) + ")" + self._suffix, self.flags) if alts else None  # type: ignore[assignment]
        return self._buckets[key]

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        if not self._fast:
            return self._rx.finditer(string, pos, len(string) if endpos is None else endpos)
        return self._iter(string, pos, len(string) if endpos is None else endpos)

    def _iter(self, string: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        after = pos
        by_char, by_pair = self._by_char, self._by_pair
        for c in self._cand.finditer(string, pos, endpos):
            p = c.start()
            if p < after:
                continue
            rx: re.Pattern[str] | None
            pair = string[p : p + 2]
            if p + 1 < endpos and pair.isascii():
                rx = by_pair.get(pair, _UNSEEN)  # type: ignore[arg-type]
                if rx is _UNSEEN:
                    rx = by_pair[pair] = self._pair_bucket(pair.lower() if self._fold else pair)
                if rx is None:
                    continue
            else:
                ch = string[p]
                rx = by_char.get(ch)
                if rx is None:
                    key = _key(ch, self._fold)
                    rx = by_char[ch] = self._bucket("" if self._fold and not key.isascii() else key)
            m = rx.match(string, p, endpos)
            if m is not None:
                yield m
                after = m.end()

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(iter(self.finditer(string, pos, endpos)), None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rx, name)

    def __repr__(self) -> str:
        return f"Alternation({len(self._alts)} alternatives, fast={self._fast})"


def alternation(prefix: str, alts: list[str], suffix: str, flags: int = 0) -> re.Pattern[str]:
    """The compiled ``prefix(?:alts)suffix``, matched through :class:`Alternation`."""
    return Alternation(prefix, alts, suffix, flags)  # type: ignore[return-value]


try:  # Aho-Corasick: all the literals of a rule family found in one pass over the text
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - a declared dependency; without it the literals are tested one by one
    _ahocorasick = None


class _Literals:
    """Every indexed literal of every rule family, found by one Aho-Corasick automaton in one pass per text.

    Why: a sentence of a report is asked about by a dozen rule families in turn (IHC, drugs, outcome, site, the
    context cues ...), and each family's own automaton scanned it again. One scan finds the literals of all of
    them; a family takes the ones that are its own (a set intersection), as does a pattern with a literal set too
    wide for its own filter (:class:`Gated`). The literals found are kept for the texts seen last, so the families
    asking in turn share the one scan. Literals added later (a family indexed mid-document) make the automaton be
    rebuilt when next asked, and the texts' answers kept so far are dropped."""

    __slots__ = ("words", "state", "lock")

    def __init__(self) -> None:
        self.words: set[str] = set()  # changed only under the lock
        #: (whether ASCII digits are found as DIGIT, the automaton or None until asked, lowered text -> the literals
        #: it holds): replaced whole on a change, never changed in place but the last
        self.state: tuple[bool, Any, dict[str, frozenset[str]]] = (False, None, {})
        self.lock = threading.Lock()

    def add(self, words: Iterable[str], digits: bool = False) -> None:
        with self.lock:
            new = not self.words.issuperset(words)
            if new or (digits and not self.state[0]):
                self.words.update(words)
                self.state = (self.state[0] or digits, None, {})

    def found(self, low: str) -> frozenset[str]:
        """The literals of every index that occur in ``low`` (:func:`lowered` text); an ASCII digit as :data:`DIGIT`."""
        state = self.state
        digits, a, found_in = state
        got = found_in.get(low)
        if got is None:
            if a is None:
                with self.lock:
                    state = self.state
                    digits, a, found_in = state
                    if a is None:
                        a = _ahocorasick.Automaton()
                        for lit in self.words:
                            a.add_word(lit, lit)
                        if digits:  # an ASCII digit is found as DIGIT; another (Arabic-Indic ...) by each index
                            for d in _DIGITS:
                                a.add_word(d, DIGIT)
                        a.make_automaton()
                        self.state = (digits, a, found_in)
            if len(found_in) >= _LOWERED_MAX:  # bounded: a sentence, its masked forms, a clause
                found_in.clear()
            got = found_in[low] = frozenset([lit for _, lit in a.iter(low)])
        return got


#: the one literal automaton of every family's index
_LITERALS = _Literals()


class _Index:
    """For one tuple of patterns: which may match a text, found with one pass over their literals
    instead of one filtered call per pattern (a rule family of 70 patterns, most never matching).
    The literals (up to ~300 per family) are found together by an Aho-Corasick automaton when
    pyahocorasick is there: one scan of the text instead of a substring search per literal, and one
    scan for every family's index (:class:`_Literals`), each taking its own literals from it."""

    __slots__ = ("always", "by_lit", "rest", "automaton", "idxs_of", "digits", "_answers", "lits")

    def __init__(self, patterns: tuple[Any, ...], automaton: bool = True, digits: bool = False) -> None:
        by_lit: dict[str, list[int]] = {}
        always: list[int] = []
        rest: dict[int, tuple[tuple[str, ...], ...]] = {}
        use_automaton = automaton and _ahocorasick is not None
        for i, p in enumerate(patterns):
            lits = p._lits if isinstance(p, Prefiltered) else ()
            if use_automaton:  # the automaton finds any number of literals at once: the wide sets too
                lits = index_literals(p, digits) or lits
            if not lits:
                always.append(i)
                continue
            for lit in lits[0]:
                by_lit.setdefault(lit, []).append(i)
            if len(lits) > 1:
                rest[i] = tuple(lits[1:])
        self.always, self.rest = tuple(always), rest
        self.by_lit = tuple(by_lit.items())
        self.idxs_of = {lit: tuple(idxs) for lit, idxs in by_lit.items()}
        self.automaton: Any = None
        every = set(by_lit).union(*(lit for sets in rest.values() for lit in sets))
        self.digits = DIGIT in every  # only sets of index_literals(..., digits=True) name it
        #: this index's literals (DIGIT among them when it tests digits): its share of what the automaton finds
        self.lits = frozenset(every)
        #: the literals found -> the patterns passing: sentences of a report find the same few literals
        self._answers: dict[frozenset[str], tuple[int, ...]] = {}
        if use_automaton and every:
            _LITERALS.add(every - {DIGIT}, self.digits)
            self.automaton = _LITERALS

    def passing(self, text: str) -> list[int]:
        low = _LOWERED.get(text) or lowered(text)
        if self.automaton is not None:
            found = self.automaton.found(low) & self.lits
            if self.digits and DIGIT not in found and not low.isascii() and _ANY_DIGIT.search(low):
                found |= {DIGIT}
            got = self._answers.get(found)
            if got is None:
                if len(self._answers) >= _ANSWERS_MAX:  # bounded: a few hundred literals, a handful found at once
                    self._answers.clear()
                got = self._answers[found] = tuple(self._passing_found(found))
            return list(got)
        hit = set(self.always)
        for lit, idxs in self.by_lit:
            if lit in low:
                hit.update(idxs)
        rest = self.rest
        return sorted(
            i for i in hit if i not in rest or all(any(lit in low for lit in alts) for alts in rest[i])
        )

    def _passing_found(self, found: frozenset[str]) -> list[int]:
        """:meth:`passing` given the set of literals that occur in the text."""
        if not found:
            return list(self.always)
        hit = set(self.always)
        idxs_of = self.idxs_of
        for lit in found:
            if lit in idxs_of:
                hit.update(idxs_of[lit])
        rest = self.rest
        return sorted(i for i in hit if i not in rest or all(not found.isdisjoint(alts) for alts in rest[i]))


#: the answers an index keeps (by the literals found)
_ANSWERS_MAX = 512
#: an index tests its literals as set lookups after one automaton pass: sets this large cost nothing there
MAX_INDEX_ALTERNATIVES = 64


def index_literals(rx: Any, digits: bool = False) -> tuple[tuple[str, ...], ...]:
    """Every literal set of ``rx`` worth indexing (see :func:`required_literals`), also those too large
    for a pattern's own filter to test one by one: a rule naming 13 person nouns or 20 literature words.
    ``digits``: a set may name :data:`DIGIT` (a number in digits or words, "{{num}}" of the age rules)."""
    pattern = getattr(rx, "pattern", None)
    if not isinstance(pattern, str):
        return ()
    store = _store()
    key = ("index", pattern, int(rx.flags), bool(digits))
    got = store.get(key)
    if got is not None:
        return got  # type: ignore[no-any-return]
    try:
        tree = _p.parse(pattern, rx.flags)
    except Exception:  # noqa: BLE001 - a pattern the parser refuses is simply not filtered
        return ()
    good = {c for c in _need(_items(tree), digits) if len(c) <= MAX_INDEX_ALTERNATIVES and all(map(_indexable, c))}
    got = tuple(tuple(sorted(c)) for c in sorted(good, key=lambda c: (_score(c), sorted(c)), reverse=True))
    store.put(key, got)
    return got


#: characters few sentences hold: a literal with one of them is selective however short ("/" of "35/F")
_RARE_CHARS = frozenset("/()[]{}%;=+<>|#&*~^\\@$")


def _filtering(lit: str) -> bool:
    """Is ``lit`` worth a pattern's own filter: long enough, or holding a rare character ("%", ";", "/")."""
    return len(lit) >= MIN_LITERAL or not _RARE_CHARS.isdisjoint(lit)


def _indexable(lit: str) -> bool:
    """Is ``lit`` worth finding in the index: long enough, or holding a rare character (in the automaton
    a short literal costs nothing more than a long one; only one found everywhere would be useless)."""
    return len(lit) >= MIN_LITERAL or lit == DIGIT or not _RARE_CHARS.isdisjoint(lit)


_INDEXES: dict[int, tuple[tuple[Any, ...], _Index]] = {}
_DIGIT_INDEXES: dict[int, tuple[tuple[Any, ...], _Index]] = {}
_INDEXES_MAX = 64


def may_match_indices(patterns: tuple[re.Pattern[str], ...], text: str, digits: bool = False) -> list[int]:
    """Positions (ascending) of the patterns that may match ``text``: every pattern that matches it is
    among them (each literal set is necessary, derived from the pattern), so results are identical. With
    the automaton the sets are those of :func:`index_literals`, often more than a pattern's own filter
    tests; without it, exactly the patterns whose own ``finditer``/``search`` would try the regex.
    ``digits``: a pattern that needs a digit (or one of some words) is left out of a text without one
    too (the age rules: half the sentences of a report hold no number)."""
    # keyed by identity (hashing 70 patterns per call would cost what the index saves); the tuple
    # is held beside its index, so its id cannot be reused while the entry lives
    indexes = _DIGIT_INDEXES if digits else _INDEXES
    entry = indexes.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        if len(indexes) >= _INDEXES_MAX:  # bounded: callers pass a few fixed rule tuples
            indexes.clear()
        entry = indexes[id(patterns)] = (patterns, _Index(patterns, digits=digits))
    return entry[1].passing(text)


def may_match(patterns: tuple[re.Pattern[str], ...], text: str) -> list[re.Pattern[str]]:
    """The patterns (in their order) that :func:`may_match_indices` lets through."""
    return [patterns[i] for i in may_match_indices(patterns, text)]


# -- one pattern for "does any of these match here" -----------------------------------------
#: a back-reference or conditional names a group by number or name: it would point elsewhere once joined
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
#: the flags a joined pattern can give each part on its own, as a scoped group
_SCOPED = re.IGNORECASE


def _class_end(pattern: str, i: int) -> int:
    """The index just past the character class opening at ``pattern[i]`` ("[": a leading "^" and a
    first "]" are members, escapes are skipped), so scanners of a pattern's syntax never read a "(",
    "|" or group name inside a class."""
    n = len(pattern)
    j = i + 1
    if j < n and pattern[j] == "^":
        j += 1
    if j < n and pattern[j] == "]":
        j += 1
    while j < n and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups unnamed (``(?P<num>x)`` → ``(x)``): escapes and character
    classes are skipped, so only real group openings change."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "[":
            j = _class_end(pattern, i)
            out.append(pattern[i:j])
            i = j
            continue
        if pattern.startswith("(?P<", i):
            close = pattern.find(">", i)
            out.append("(")
            i = close + 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern that matches at a position (``match``, ``fullmatch``) exactly where one of ``patterns``
    does: their alternation, each part under its own case flag, group names dropped. Why: line
    classifiers ask a dozen anchored patterns per line, most failing at the first character; one C call
    replaces a dozen Python ones. Only a yes/no (which part matched is for the caller to ask). None when
    the parts cannot be joined exactly: a back-reference, other flags that differ, a part whose unnamed
    form would compile to another program."""
    try:
        from re import _compiler
    except ImportError:  # pragma: no cover
        return None
    if not patterns or not all(isinstance(rx.pattern, str) for rx in patterns):
        return None
    store = _store()
    key = ("any_of", tuple((rx.pattern, int(rx.flags)) for rx in patterns))
    joined = store.get(key)
    if joined is None:
        joined = _joined(patterns)
        store.put(key, joined)
    if not joined:
        return None
    try:
        return compiled(joined[0], joined[1])
    except re.error:  # a global inline flag inside a part, say
        return None


def _joined(patterns: list[re.Pattern[str]]) -> tuple[str, int] | tuple[()]:
    """:func:`any_of`'s pattern and flags, or ``()`` when the parts cannot be joined exactly."""
    from re import _compiler

    base = patterns[0].flags & ~_SCOPED
    parts: list[str] = []
    for rx in patterns:
        p = rx.pattern
        if rx.flags & ~_SCOPED != base or _GROUP_REFERENCE.search(p):
            return ()
        q = _unnamed(p)
        try:
            same = _compiler._code(_p.parse(q, rx.flags), rx.flags) == _compiler._code(_p.parse(p, rx.flags), rx.flags)
        except re.error:
            return ()
        if not same:
            return ()
        parts.append(f"(?{'i' if rx.flags & _SCOPED else '-i'}:{q})")
    return ("|".join(parts), int(base))


# -- "does it match anywhere" one alternative at a time -------------------------------------------
def _top_level_parts(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|`` (escapes, character classes and groups skipped)."""
    parts: list[str] = []
    depth, start, i, n = 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def alternatives(rx: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The top-level alternatives of ``rx`` ("a|b|c"), each compiled alone (:func:`compile_filtered`):
    ``rx`` matches somewhere in a text exactly when one of them does, so a yes/no question can ask each
    behind its own literal filter or start literals. Why: one alternative without a literal ("[a-z]+
    months after") makes the whole pattern's search try every alternative at every position. ``(rx,)``
    when it cannot be cut exactly: one alternative, a back-reference or conditional (group numbers would
    change), verbose mode (a comment may hold "|"), or a part the parser reads otherwise alone."""
    pattern = rx.pattern
    if not isinstance(pattern, str) or _GROUP_REFERENCE.search(pattern):
        return (rx,)
    try:
        flags = rx.flags | _p.parse(pattern, rx.flags).state.flags
    except re.error:  # pragma: no cover - it compiled once already
        return (rx,)
    if flags & re.VERBOSE:
        return (rx,)
    parts = _top_level_parts(pattern)
    if len(parts) < 2 or any(not p for p in parts):
        return (rx,)
    try:
        return tuple(compile_filtered(p, flags) for p in parts)
    except re.error:  # a part not standing alone (cut at a "|" the scan misread)
        return (rx,)


# -- a character every match holds -------------------------------------------------------------
#: a character range wider than this is no selective test
_MAX_RANGE = 64


def _class_chars(av: list[tuple[Any, Any]]) -> frozenset[str] | None:
    out: set[str] = set()
    for op, arg in av:
        if op is _c.LITERAL:
            out.add(chr(arg))
        elif op is _c.RANGE and arg[1] - arg[0] < _MAX_RANGE:
            out.update(chr(k) for k in range(arg[0], arg[1] + 1))
        else:  # a negated class, a category (\s, \w), a wide range
            return None
    return frozenset(out)


def _rarity(chars: frozenset[str]) -> tuple[int, int]:
    """Sort key of a candidate set, best first: fewest letters, digits and spaces (common in any line), then fewest characters."""
    return sum(1 for ch in chars if ch.isalnum() or ch.isspace()), len(chars)


def _seq_chars(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Characters one of which every match of the sequence holds: those of the mandatory item naming
    the rarest set ("©" before "C" in "Copyright ©"); zero-width items and items naming no small set
    are passed over."""
    best: frozenset[str] | None = None
    for op, av in items:
        got: frozenset[str] | None = None
        if op is _c.LITERAL:
            got = frozenset(chr(av))
        elif op is _c.IN:
            got = _class_chars(av)
        elif op is _c.SUBPATTERN:
            # a group ignoring case on its own ("(?i:table)") names its characters in one case only
            got = None if av[1] & re.IGNORECASE else _seq_chars(_items(av[-1]))
        elif op is _c.BRANCH:
            got = _branch_chars(av[1])
        elif op in _REPEATS and av[0] >= 1:
            got = _seq_chars(_items(av[2]))
        if got and (best is None or _rarity(got) < _rarity(best)):
            best = got
    return best


def _branch_chars(branches: list[Any]) -> frozenset[str] | None:
    out: set[str] = set()
    for b in branches:
        got = _seq_chars(_items(b))
        if got is None:
            return None
        out |= got
    return frozenset(out)


def char_gate(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character-class pattern whose ``search`` finds nothing only where ``rx`` cannot match
    (every match of ``rx`` holds one of its characters); None when no such small set is known, or the
    pattern ignores case. Why: a pattern that opens with an alternation of anchors and classes is
    tried at every position of a line, where a bare class is one fast scan."""
    if not isinstance(rx.pattern, str) or rx.flags & re.IGNORECASE:
        return None
    try:
        chars = _seq_chars(_items(_p.parse(rx.pattern, rx.flags)))
    except re.error:  # pragma: no cover - it compiled once already
        return None
    if not chars:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def literal_gate(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One alternation of literals, searched in ``lowered(text)``, that finds nothing only where none of
    ``patterns`` can match: each pattern's most selective literal set (see :class:`Prefiltered`) joined.
    None when some pattern has no literal set. Why: a line tried against several filtered rules in turn
    pays each filter's Python call; one C search answers "none of them" for most lines."""
    lits: set[str] = set()
    for rx in patterns:
        sets = getattr(rx, "_lits", None)
        if not sets:
            return None
        lits.update(sets[0])
    if not lits:
        return None
    return re.compile("|".join(re.escape(x) for x in sorted(lits, key=len, reverse=True)))
