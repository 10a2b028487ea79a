"""A literal prefilter in front of every rule regex: skip the regex when its literal cannot be there.

Why: most rules never match most sentences, yet Python's regex engine tries a case-insensitive
pattern at every position of every sentence (no literal-prefix shortcut under IGNORECASE); a
substring test on the lowered sentence is an order of magnitude cheaper. The literals are
derived from each pattern's parse tree, never written by hand, so a rule edited later keeps a
correct filter, and a sentence the filter rejects is one the regex could not match: results are
identical by construction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: the non-ASCII characters that IGNORECASE matches to an ASCII letter but ``str.lower`` does not
#: map onto it (found by trying every code point against every ASCII letter)
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})
#: a literal shorter than this filters too little to pay for the test
MIN_LITERAL = 3
#: more alternatives than this cost as much to test as the regex itself
MAX_ALTERNATIVES = 12
#: the sets tested per pattern (each a further chance to say "cannot match")
MAX_SETS = 3

_REPEATS = tuple(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, n))
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)

_last: list[str] = ["", ""]  # the last text lowered and its lowered form: the rules of a family ask in a row


def lowered(text: str) -> str:
    """``text`` folded the way an ASCII literal under IGNORECASE sees it (cached for the last text)."""
    if text is _last[0]:
        return _last[1]
    low = text.lower() if text.isascii() else text.translate(_FOLD).lower()
    _last[0], _last[1] = text, low
    return low


def required_literals(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of lowered ASCII strings such that every text the pattern matches contains one string
    of each set; empty when none is known. Only sets worth testing are kept, most selective first."""
    try:
        tree = _p.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser refuses is simply not filtered
        return ()
    good = [c for c in _need(list(tree)) if len(c) <= MAX_ALTERNATIVES and min(map(len, c)) >= MIN_LITERAL]
    return tuple(sorted(set(good), key=_score, reverse=True)[:MAX_SETS])


def _score(lits: frozenset[str]) -> tuple[int, int]:
    return (min(map(len, lits)), -len(lits))


def _need(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """The literal sets a sequence needs, all of them (a conjunction of disjunctions)."""
    cands: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            cands.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        prev = "".join(run)
        flush()
        if op is _c.SUBPATTERN:
            cands += _need(list(av[-1]))
        elif _ATOMIC is not None and op is _ATOMIC:
            cands += _need(list(av))
        elif op is _c.BRANCH:  # one set: the union of each alternative's best
            parts = [_need(list(b)) for b in av[1]]
            if all(parts):
                cands.append(frozenset().union(*(max(p, key=_score) for p in parts)))
            if prev:  # the parser factors a common start out of the alternatives: "re(?:currence|lapse)"
                cands.append(frozenset(prev + _lead(list(b)) for b in av[1]))
        elif op in _REPEATS and av[0] >= 1:
            cands += _need(list(av[2]))
        elif op is _c.ASSERT:  # a positive lookaround's text is in the string too
            cands += _need(list(av[1]))
    flush()
    return cands


def _lead(items: list[tuple[Any, Any]]) -> str:
    """The literal text a sequence begins with."""
    out = []
    for op, av in items:
        if op is not _c.LITERAL or av >= 128:
            break
        out.append(chr(av).lower())
    return "".join(out)


class Prefiltered:
    """A compiled pattern that answers "no match" at once when none of its literals is in the text."""

    __slots__ = ("_rx", "_lits", "_hash", "pattern", "flags", "groups", "groupindex", "match", "fullmatch", "scanner")

    def __init__(self, rx: re.Pattern[str], lits: tuple[frozenset[str], ...]) -> None:
        self._rx = rx
        self._lits = tuple(tuple(sorted(s, key=len, reverse=True)) for s in lits)
        self.pattern = rx.pattern
        self.flags = rx.flags
        self.groups = rx.groups
        self.groupindex = rx.groupindex
        self._hash = hash(rx)
        # anchored matching fails at once on its own: no filter in front of it
        self.match = rx.match
        self.fullmatch = rx.fullmatch
        self.scanner = rx.scanner

    def _may(self, text: str) -> bool:
        low = _last[1] if text is _last[0] else lowered(text)
        for alts in self._lits:
            for lit in alts:
                if lit in low:
                    break
            else:
                return False
        return True

    def search(self, string: str, *a: Any, **k: Any) -> re.Match[str] | None:
        return self._rx.search(string, *a, **k) if self._may(string) else None

    def finditer(self, string: str, *a: Any, **k: Any) -> Iterator[re.Match[str]]:
        return self._rx.finditer(string, *a, **k) if self._may(string) else iter(())

    def findall(self, string: str, *a: Any, **k: Any) -> list[Any]:
        return self._rx.findall(string, *a, **k) if self._may(string) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self._rx.sub(repl, string, count) if self._may(string) else string

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return self._rx.subn(repl, string, count) if self._may(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self._rx.split(string, maxsplit) if self._may(string) else [string]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rx, name)

    def __eq__(self, other: object) -> bool:
        return self._rx == (other._rx if isinstance(other, Prefiltered) else other)

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        return repr(self._rx)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Prefiltered, (self._rx, tuple(frozenset(s) for s in self._lits)))


def prefiltered(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind a literal prefilter when its pattern has a selective literal, else ``rx`` itself."""
    if not isinstance(rx.pattern, str):
        return rx
    lits = required_literals(rx.pattern, rx.flags)
    if not lits:
        return rx
    return Prefiltered(rx, lits)  # type: ignore[return-value]


# -- long vocabulary alternations ---------------------------------------------------
def _first_chars(alt: str, flags: int) -> frozenset[str] | None:
    """The characters an alternative can begin with (lowered under IGNORECASE); None when unknown."""
    try:
        items = list(_p.parse(alt, flags))
    except Exception:  # noqa: BLE001
        return None
    while items:
        op, av = items[0]
        if op is _c.SUBPATTERN:
            items = list(av[-1])
        elif op in _REPEATS and av[0] >= 1:
            items = list(av[2])
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
        self._rx = re.compile(prefix + "(?:" + "|".join(alts) + ")" + suffix, flags)
        self.pattern, self.flags, self.groups, self.groupindex = self._rx.pattern, flags, self._rx.groups, self._rx.groupindex
        self.match, self.fullmatch, self.sub, self.findall, self.split = (
            self._rx.match, self._rx.fullmatch, self._rx.sub, self._rx.findall, self._rx.split,
        )
        self._fold = bool(flags & re.IGNORECASE)
        self._prefix, self._suffix, self._alts = prefix, suffix, alts
        self._buckets: dict[str, re.Pattern[str]] = {}
        self._by_char: dict[str, re.Pattern[str]] = {}  # a text character -> the regex tried where it begins
        firsts = [_first_chars(a, flags) for a in alts]
        # capturing groups would be numbered differently in a bucket
        self._fast = bool(alts) and self._rx.groups == 0 and all(firsts)
        if self._fast:
            self._firsts = [frozenset(_key(ch, self._fold) for ch in f) for f in firsts]  # type: ignore[union-attr]
            chars = sorted(set().union(*firsts))  # type: ignore[arg-type]
            self._cand = re.compile(prefix + "[" + "".join(re.escape(ch) for ch in chars) + "]", flags)

    def _bucket(self, ch: str) -> re.Pattern[str]:
        rx = self._buckets.get(ch)
        if rx is None:
            alts = [a for a, f in zip(self._alts, self._firsts) if ch in f]
            rx = re.compile(self._prefix + "(?:" + "|".join(alts) + ")" + self._suffix, self.flags) if alts else self._rx
            self._buckets[ch] = rx
        return rx

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        if not self._fast:
            return self._rx.finditer(string, pos, len(string) if endpos is None else endpos)
        return self._iter(string, pos, len(string) if endpos is None else endpos)

    def _iter(self, string: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        after = pos
        by_char = self._by_char
        for c in self._cand.finditer(string, pos, endpos):
            p = c.start()
            if p < after:
                continue
            ch = string[p]
            rx = by_char.get(ch)
            if rx is None:
                # an ASCII key's bucket holds every alternative that can begin there; any other
                # character (Greek letters fold in more ways) is tried with the whole alternation
                rx = by_char[ch] = self._bucket(_key(ch, self._fold)) if ch.isascii() else self._rx
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
