"""Immunohistochemistry: ``ihc_positive``, ``ihc_negative``, ``ki67_percent``.

Reports state polarity for whole lists ("A, B and C were positive, while D
was negative"; "positive for A and B but negative for C"), per marker
("desmin(+)", "SMA+", "CD34-negative") or both. A focal or weak stain is a positive result: "focal +",
"weakly positive" and a "+/-" or "±" sign alike (a legend that redefines "+/-" as equivocal is not read).
A panel typed as text columns ("desmin    D33    +") reads the sign across the clone column. A sentence is cut into
clauses at contrast words and ";" (``split`` rules), and at a ", and" that starts a new subject after a list a
prefix opened ("positive for ALK and SMA, and desmin was negative"); inside a clause every
marker takes the polarity of the cue that reaches it across the fewest other
markers: a suffix cue ("were negative") reachable over list filler only, or
the nearest prefix cue ("positive for"). A sign glued to the marker wins. A
staining noun after the markers ("showed ALK expression", "desmin and CD30
reactivity") is a weak positive suffix: a prefix at the same distance ("no ALK
expression", "loss of INI1 expression") beats it.

A marker is a vocabulary name (``vocab/markers.jsonl``) or a token shaped like
one (CDnn, letters+digits); staining-pattern words and fusion partner genes
(``vocab/genes.jsonl``) are never markers, nor is a gene inside a fusion written
as one ("TFG-ROS1", "ETV6::NTRK3") or a kinase named as rearranged ("ROS1
rearrangement"), nor ALK in a disease label ("confirmed ALK-positive IMT", a
title's "ALK+ IMT of the tongue") unless the sentence names the staining method,
nor a marker said to stain background cells ("CD45 highlighted lymphocytes").

Ki-67 convention: the percentage next to the mention; a range ("10-15%") gives
its **upper bound**, "<5%" gives 5. Ki-67 with a percentage counts as
positive (as in published tables) unless a negative sign is attached.
Conflicting polarities across sentences: the first one stated wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from ..errors import CurationError
from ..prefilter import alternation
from .. import rules
from ..normalize import canonical_marker, fold, is_kinase, is_na, lookup, parse_sign, vocabulary
from ..ingest.model import Cell
from ..records import CaseRow, Evidence
from .assertion import NOT_ASSERTED, context
from ..rules import macro
from .base import Sentence
from .cells import marker_sign, rx
from .registry import (
    NAME_SHAPE, CellContext, FieldSpec, TableColumn, Validator, float_compare, list_compare, register, register_columns,
)


def _rx(name: str) -> re.Pattern[str]:
    """Named regex ``name`` of ``patterns/ihc.jsonl`` (what this family recognises; rules.py loads it)."""
    return rules.regex("patterns/ihc", name)


KINDS = (
    "pos_prefix", "pos_prefix_weak", "neg_prefix", "pos_prefix_near", "neg_prefix_near", "pos_suffix", "neg_suffix", "pos_noun", "pos_attached", "neg_attached",
    "split", "filler", "marker_shape", "not_marker", "context", "ki67_after", "ki67_before", "not_marker_span",
    "disease_label", "stain_method", "factual_modal", "clause_end", "not_positive_span",
)


@cache
def _rules() -> dict[str, list[re.Pattern[str]]]:
    out: dict[str, list[re.Pattern[str]]] = {k: [] for k in KINDS}
    for r in rules.load("patterns/ihc", kinds=KINDS):
        out[r.kind].append(r.regex)
    return out


#: a word hyphenated at a line end and rejoined ("calpo-nin", "vimen- tin")
_SOFT_BREAK = r"(?:[\-\u2010\u00ad]\s?)?"


def _word_regex(word: str) -> str:
    """A vocabulary word; a long all-letter word may carry one line-end hyphen
    (at least two letters on each side), as hard-wrapped text leaves it."""
    if len(word) < 6 or not word.isalpha():
        return re.escape(word)
    return word[:2] + "".join(_SOFT_BREAK + ch for ch in word[2:-1]) + word[-1]


def _surface_regex(forms: list[str], flags: int) -> re.Pattern[str] | None:
    if not forms:
        return None
    alts = []
    for f in sorted(set(forms), key=len, reverse=True):
        alts.append(r"[\s\-\u2010-\u2013]{0,3}".join(_word_regex(p) for p in re.split(r"[\s\-\u2010-\u2013]+", fold(f))))
    return alternation(r"(?<![A-Za-z0-9])", alts, r"(?![A-Za-z0-9])", flags)


@cache
def _marker_regexes() -> tuple[re.Pattern[str], ...]:
    """Vocabulary surface forms: short all-letter names (CR, ER, SYN) match case-sensitively."""
    short, other = [], []
    for c in vocabulary("markers"):
        for n in c.names:
            (short if _rx("short_name").fullmatch(n) else other).append(n)
    short += [s.upper() for s in short]
    return tuple(r for r in (_surface_regex(other, re.IGNORECASE), _surface_regex(short, 0)) if r)


def _fusion_spans(text: str) -> list[tuple[int, int]]:
    """Gene pairs written as a fusion ("TFG-ROS1", "ETV6::NTRK3", "RANBP2/ALK"): one side a kinase gene
    of ``vocab/genes.jsonl``, the other not a marker of ours; neither gene is an IHC marker there."""
    out = []
    for m in _rx("fusion_notation").finditer(text):
        a, b = m.group(1), m.group(2)
        other = b if is_kinase(a) else a
        # the partner is written as a gene symbol ("Anti-ALK" is an antibody, not a fusion)
        if (
            is_kinase(a) != is_kinase(b)
            and lookup("markers", other) is None
            and macro("gene_symbol").fullmatch(other)
            and not _rx("method_word").fullmatch(other)  # "IHC – ALK positive": a method label, not a partner
        ):
            out.append((m.start(), m.end()))
    return out


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    canonical: str


def markers_in(text: str) -> list[Mention]:
    """Marker mentions in ``text``, longest match first, non-overlapping, in order."""
    return list(_markers_in(text))


@lru_cache(maxsize=4096)  # bounded: keyed by sentence; the IHC, ALK and site readers ask for the same sentence
def _markers_in(text: str) -> tuple[Mention, ...]:
    rules = _rules()
    cands: list[tuple[int, int, str]] = []
    for rx in _marker_regexes():
        for m in rx.finditer(text):
            c = lookup("markers", m.group(0))
            cands.append((m.start(), m.end(), c.canonical if c else canonical_marker(m.group(0))))
    if "eceptor" in text:  # "oestrogen and progesterone receptors": the first receptor's head noun is elided
        for m in _rx("elided_receptor").finditer(text):
            c = lookup("markers", f"{m.group(1)} receptor")
            if c is not None:
                cands.append((m.start(1), m.end(1), c.canonical))
    for rx in rules["marker_shape"]:
        for m in rx.finditer(text):
            tok = m.group(0)
            if any(nm.fullmatch(tok) for nm in rules["not_marker"]):
                continue
            if lookup("genes", tok) is not None:
                continue  # a fusion partner gene ("RANBP2 exon 18"), not an antibody
            cands.append((m.start(), m.end(), canonical_marker(tok)))
    fusions = _fusion_spans(text)
    # spans where a marker-like word names something else ("superior mesenteric artery (SMA)")
    fusions += [(m.start(), m.end()) for rx in rules["not_marker_span"] for m in rx.finditer(text)]
    # "confirmed ALK-positive IMT": a disease label names the kind of tumour; only a sentence that names the
    # staining method ("immunohistochemistry confirmed an ALK-positive IMT") states a result
    if not any(rx.search(text) for rx in rules["stain_method"]):
        fusions += [(m.start(), m.end()) for rx in rules["disease_label"] for m in rx.finditer(text)]
    cands.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[Mention] = []
    last_end = -1
    for s, e, canon in cands:
        if s < last_end or any(fs <= s and e <= fe for fs, fe in fusions):
            continue
        out.append(Mention(s, e, canon))
        last_end = e
    return tuple(out)


@dataclass(frozen=True)
class Call:
    """A marker with its polarity, where it was read."""

    mention: Mention
    positive: bool


def _paren_spans(text: str) -> list[tuple[int, int]]:
    """Bracketed asides ("ALK (1A4; granular staining)"): a split inside one does not end the clause."""
    out: list[tuple[int, int]] = []
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch in "([":
            stack.append(i)
        elif ch in ")]" and stack:
            a = stack.pop()
            if not stack:
                out.append((a, i))
    return out


_BRACKET_TAIL = re.compile(r"\s*\([^()]*\)\s*$")


def _is_label_colon(text: str, pos: int, ends: set[int]) -> bool:
    """A colon right after a marker ("ALK (D5F3): positive") labels that marker's result:
    it joins the marker to its sign instead of ending the clause."""
    if text[pos] != ":":
        return False
    head = text[:pos].rstrip()
    if len(head) in ends:
        return True
    tail = _BRACKET_TAIL.search(head)
    return tail is not None and len(head[: tail.start()].rstrip()) in ends


def _segments(text: str, mentions: list[Mention] | None = None) -> list[tuple[int, int]]:
    parens = _paren_spans(text)
    ends = {m.end for m in (markers_in(text) if mentions is None else mentions)}
    cuts = sorted(
        {
            m.start()
            for rx in _rules()["split"]
            for m in rx.finditer(text)
            if not any(a < m.start() < b for a, b in parens) and not _is_label_colon(text, m.start(), ends)
        }
        | {len(text)}
    )
    out, lo = [], 0
    for c in cuts:
        out.append((lo, c))
        lo = c
    return out


def _new_subject_clauses(text: str, lo: int, hi: int, mentions: list[Mention]) -> list[tuple[int, int]]:
    """``text[lo:hi]`` cut where ", and" starts a clause of its own markers: after a list a strong prefix opened
    ("positive for ALK and SMA, and desmin was negative"; "negative for CD34, and ALK, SMA and calponin were positive"),
    a ", and" followed by markers, list filler and a copula with a result after them (regex ``new_subject_gap``) starts
    a new subject; its result is not the earlier list's ("ALK, SMA, and desmin were positive", with no prefix before it,
    stays one list)."""
    joins = list(_rx("comma_and").finditer(text, lo, hi))
    if not joins:
        return [(lo, hi)]
    cues = _cues(text, lo, hi)
    cuts: list[int] = []
    until = lo
    for j in joins:
        if j.start() < until:
            continue
        result = next((c for c in cues if c[0] >= j.end()), None)
        if result is None or not result[2].endswith("suffix"):
            continue
        gap, n = _strip(text, j.end(), result[0], mentions)
        if not (n and _rx("new_subject_gap").fullmatch(gap)):
            continue
        # a strong prefix opened the list before; a weak one ("staining for") only when that list already closed: with its
        # own "and" and no earlier ", and" ("Staining for ALK and SMA was seen, and CD34 was negative", not "Staining for
        # CD34, S100, and desmin was negative"), with its own result, or when the new subject is a list of its own
        # ("staining for vimentin, and CD34, S100, and DOG1 were negative")
        if any(
            e <= j.start() and (k in ("pos_prefix", "neg_prefix") or (k == "pos_prefix_weak" and _weak_list_closed(
                text, e, j, gap, cues, mentions)))
            for _, e, k in cues
        ):
            cuts.append(j.start())
            until = result[1]
    bounds = [lo, *cuts, hi]
    return list(zip(bounds, bounds[1:]))


def _weak_list_closed(
    text: str, e: int, j: re.Match[str], gap: str, cues: list[tuple[int, int, str]], mentions: list[Mention]
) -> bool:
    """Did the list a weak prefix ending at ``e`` opened close before the ", and" ``j`` (see :func:`_new_subject_clauses`):
    with its own "and", its own copula, its own result, or a new subject that is a list of its own?"""
    before = _rx("bracketed_aside").sub(" ", _strip(text, e, j.start(), mentions)[0])
    if _rx("list_and").search(before) and not _rx("comma_and").search(before):
        return True
    if _rx("own_predicate").search(before):  # "Expression of CD34 was found in the tumour cells, and desmin was negative"
        return True
    if any(k.endswith("suffix") and e <= s and t <= j.start() for s, t, k in cues):
        return True
    return _rx("list_and").search(_rx("bracketed_aside").sub(" ", gap)) is not None


def _cues(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Polarity cues in ``text[lo:hi]``; a negative cue shadows an overlapping positive one
    ("not expressed" is not "expressed"), while one phrase may act as prefix and suffix."""
    rules = _rules()
    found: list[tuple[int, int, str]] = []
    for kind in ("neg_prefix", "neg_prefix_near", "neg_suffix", "pos_prefix", "pos_prefix_near", "pos_prefix_weak", "pos_suffix", "pos_noun"):
        for rx in rules[kind]:
            for m in rx.finditer(text, lo, hi):
                if m.end() == m.start():
                    continue
                if any(m.start() < e and s < m.end() and k[:3] != kind[:3] for s, e, k in found):
                    continue
                found.append((m.start(), m.end(), kind))
    return sorted(found)


def _is_filler(gap: str) -> bool:
    gap = re.sub(r"\([^()]*\)", " ", gap)
    gap = _rx("list_aside").sub(" ", gap)  # "SMA, but not desmin, was positive", "SMA and, to a lesser extent, desmin"
    if _rx("panel_subject").search(gap):  # "Except for SMA, all stains were negative": the panel's result, not SMA's
        return False
    return any(rx.search(gap) for rx in _rules()["filler"])


def _near(gap: str) -> bool:
    """A near prefix reaches the marker: only the list's commas and conjunctions (``near_gap``) between them."""
    return _rx("near_gap").fullmatch(gap) is not None


def _strip(text: str, lo: int, hi: int, mentions: list[Mention]) -> tuple[str, int]:
    """``text[lo:hi]`` with marker mentions blanked, and how many there were."""
    chars = list(text[lo:hi])
    n = 0
    for m in mentions:
        if m.start >= lo and m.end <= hi:
            n += 1
            chars[m.start - lo : m.end - lo] = " " * (m.end - m.start)
    return "".join(chars), n


def _attached(text: str, m: Mention) -> bool | None:
    rules = _rules()
    for kind, val in (("pos_attached", True), ("neg_attached", False)):
        for rx in rules[kind]:
            if rx.match(text, m.end):
                return val
    return None


def _own_result(text: str, m: Mention, cues: list[tuple[int, int, str]], seg: list[Mention]) -> bool:
    """A result cue follows ``m`` over list filler with no other marker between ("... and desmin was negative")."""
    for s, _, kind in cues:
        if kind.endswith("suffix") and s >= m.end:
            gap, n = _strip(text, m.end, s, seg)
            return n == 0 and _is_filler(gap)
    return False


def _list_closed(cues: list[tuple[int, int, str]], start: int, end: int, parens: list[tuple[int, int]]) -> bool:
    """A result written after markers (a suffix cue outside brackets) lies between a prefix cue ending at ``start``
    and a marker at ``end``: that result closed the list the prefix opened ("ALK showed nuclear staining, CD30 and
    desmin were positive, and SMA, CK and EMA were negative" leaves SMA to "were negative"), so the prefix reaches the
    marker only as a weak cue, when nothing after the marker gives it a result."""
    return any(
        kind.endswith("suffix") and start <= s and e <= end and not any(a <= s and e <= b + 1 for a, b in parens)
        for s, e, kind in cues
    )


def _marker_follows(text: str, pos: int, seg: list[Mention]) -> bool:
    """A marker of the clause starts right after ``pos`` (over spaces only): the cue ending there opens it."""
    return any(m.start >= pos and not text[pos : m.start].strip() for m in seg)


def _opens_list(text: str, cue_end: int) -> bool:
    """The cue ends in "for/with/to/in" ("negative expression of"): it introduces the markers after it."""
    return bool(_rx("opens_list").match(text, cue_end))


def _asserted_context(text: str, start: int, end: int) -> frozenset[str]:
    """Assertion context of a marker, reading a descriptive passive modal ("ALK staining could be
    observed", "... can be seen in the tumour cells": ``factual_modal`` rules, group ``modal``) as
    the finding it reports rather than as a hypothesis."""
    for rx in _rules()["factual_modal"]:
        for m in rx.finditer(text):
            a, b = m.span("modal")
            text = text[:a] + "was".ljust(b - a) + text[b:]
    # "positive for SMA, negative for S-100, and a low-grade sarcoma was suspected": the hedge of a new clause
    # after the markers (``clause_end`` rules) is about that clause's diagnosis, not the stains before it
    cut = min((m.start() for rx in _rules()["clause_end"] for m in rx.finditer(text, end)), default=len(text))
    return context(text[:cut], start, end)


def calls(text: str) -> list[Call]:
    """Every marker of ``text`` that a polarity cue reaches, in order of appearance."""
    return list(_calls(text))


@lru_cache(maxsize=4096)  # bounded: keyed by sentence; read by the IHC and ALK readers alike
def _calls(text: str) -> tuple[Call, ...]:
    rules = _rules()
    if not any(rx.search(text) for rx in rules["context"]):
        return ()
    mentions = markers_in(text)
    parens = _paren_spans(text)
    out: list[Call] = []
    for lo, hi in (piece for span in _segments(text, mentions) for piece in _new_subject_clauses(text, *span, mentions)):
        seg = [m for m in mentions if lo <= m.start and m.end <= hi]
        if not seg:
            continue
        paired = _respectively(text, lo, hi, seg)
        if paired is not None:
            out.extend(c for c in paired if not (_asserted_context(text, c.mention.start, c.mention.end) & NOT_ASSERTED))
            continue
        cues = _cues(text, lo, hi)
        echo: Mention | None = None  # the last marker that repeats the result before it ("..., as was calponin, and ...")
        for m in seg:
            pol = _attached(text, m)
            if pol is None and (
                _rx("same_result_before").search(_strip(text, lo, m.start, seg)[0])
                or (echo is not None and _near(text[echo.end : m.start]) and not _own_result(text, m, cues, seg))
            ):
                echo = m  # its result is the one before it (_same_result), not a result written after it
                continue
            if pol is None:
                best: tuple[int, int, bool] | None = None  # (markers crossed, tie-break, polarity)
                noun = False  # a staining noun after the marker over list filler
                # a near prefix ("neither", "nor", "negative, as were", "positive (") reaches only the markers right
                # after it, over list filler and out of no bracket: "Neither recurrence nor metastasis was seen, and ALK
                # was positive" and "SMA negative (focal), desmin positive" leave ALK and desmin alone
                prefixes = [
                    (s, e, kind)
                    for s, e, kind in cues
                    if "prefix" in kind and e <= m.start
                    and (not kind.endswith("near") or _near(_strip(text, e, m.start, seg)[0]))
                ]
                for s, e, kind in cues:
                    # "... and negative for X": a cue that opens its own list is a suffix
                    # only for markers that no earlier prefix cue ("positive for") reaches
                    if (prefixes and _opens_list(text, e)) or _rx("opens_labelled_list").match(text, e):
                        continue
                    # "..., with positive SMA", "weak desmin and absent CD34 staining": the polarity word ends a
                    # prefix cue that opens the next list (a marker follows it); "ALK was strongly expressed." ends
                    # no list: there the word is the result of the markers before it
                    if kind.endswith("suffix") and any(
                        k2.endswith("prefix") and s2 <= s and e2 == e for s2, e2, k2 in cues
                    ) and _marker_follows(text, e, seg):
                        continue
                    if (kind.endswith("suffix") or kind == "pos_noun") and s >= m.end:
                        gap, n = _strip(text, m.end, s, seg)
                        if _is_filler(gap):
                            if kind == "pos_noun":
                                noun = True
                            elif kind == "pos_suffix" and _rx("noun_head").match(text, s) and any(
                                k.startswith("neg_prefix") and _is_filler(_strip(text, pe, m.start, seg)[0])
                                for _, pe, k in prefixes
                            ):
                                pass  # "without desmin or CD34 expression was seen": the negation opened the noun phrase
                            else:
                                cand = (n, 0, kind.startswith("pos"))
                                best = cand if best is None or cand[:2] < best[:2] else best
                        break
                if prefixes:
                    # of prefixes ending at the same place the longest ("showed expression of" over its weak subject reading
                    # "expression of"); of one span the weak reading ("Immunoreactivity for desmin and CD34 was absent")
                    s, e, kind = max(prefixes, key=lambda p: (p[1], -p[0], p[2].endswith("weak")))
                    gap, n = _strip(text, e, m.start, seg)
                    # a weak prefix ("staining for") yields to any result read after the markers
                    # "did not present ALK perinuclear positivity": a negative staining prefix right before the
                    # marker governs the staining noun after it
                    tie = -1 if kind.startswith("neg_prefix") and n == 0 else 1
                    weak = kind.endswith("weak") or _list_closed(cues, e, m.start, parens)
                    cand = (n + (1000 if weak else 0), tie, kind.startswith("pos"))
                    best = cand if best is None or cand[:2] < best[:2] else best
                    # "lacked CD34 and S100 expression": a prefix that opens the list governs its noun
                    noun = noun and not _is_filler(gap)
                if noun:
                    best = (0, 2, True)
                pol = None if best is None else best[2]
                if pol and _in_none_of_list(text, lo, m, seg):
                    pol = False
            if pol is not None and not (_asserted_context(text, m.start, m.end) & NOT_ASSERTED):
                out.append(Call(m, pol))
    out.extend(_same_result(text, mentions, out))
    out.sort(key=lambda c: c.mention.start)
    # "CD34 (vessels +)", "CD45 highlighted the lymphocytes": a stain of the background cells is no positive result
    # for the tumour, while "negative for CD34, which highlighted the vessels" still tells the tumour's negative
    background = [(b.start(), b.end()) for rx in rules["not_positive_span"] for b in rx.finditer(text)]
    return tuple(
        c for c in out if not (c.positive and any(a <= c.mention.start and c.mention.end <= b for a, b in background))
    )


def _same_result(text: str, mentions: list[Mention], out: list[Call]) -> list[Call]:
    """Markers no cue reached that repeat the result read last before them ("SMA was negative in the lesional cells, as
    was desmin": regex ``same_result_before``; "...; desmin likewise": regex ``same_result_after``; "SMA was positive in
    60% of cells and desmin in 10%": regex ``elliptic_share``, after a positive result only)."""
    reached = {c.mention for c in out}
    added: list[Call] = []
    for m in mentions:
        if m in reached:
            continue
        prev = [c for c in out + added if c.mention.end <= m.start]
        if not prev:
            continue
        last = max(prev, key=lambda c: c.mention.start)
        before = _strip(text, last.mention.end, m.start, mentions)[0]
        after = _strip(text, m.end, len(text), mentions)[0]
        share = last.positive and _rx("elliptic_share").match(text, m.end) is not None  # "... and desmin in 10%"
        # "...; so were CD34 and S100": the rest of a list whose first marker repeated the result takes it too
        listed = last in added and _near(text[last.mention.end : m.start])
        if not (share or listed or _rx("same_result_before").search(before) or _rx("same_result_after").match(after)):
            continue
        if _asserted_context(text, m.start, m.end) & NOT_ASSERTED:
            continue
        added.append(Call(m, last.positive))
    return added


def same_result_sentence(text: str) -> list[Mention]:
    """The markers of a sentence that only repeats the result of the sentence before ("Desmin likewise.", "So was
    calponin.": regex ``same_result_sentence`` over the sentence with its markers blanked); [] otherwise."""
    mentions = markers_in(text)
    if not mentions or _rx("same_result_sentence").fullmatch(_strip(text, 0, len(text), mentions)[0]) is None:
        return []
    return mentions


def _in_none_of_list(text: str, lo: int, m: Mention, seg: list[Mention]) -> bool:
    """``m`` is listed right after "none of" (regex ``none_of_list``; only list commas and "and/or" between): "None of
    CD34, S-100 or myogenin was expressed" denies the result written after the list for every marker of it."""
    return any(_near(_strip(text, n.end(), m.start, seg)[0]) for n in _rx("none_of_list").finditer(text, lo, m.start))


def _respectively(text: str, lo: int, hi: int, seg: list[Mention]) -> tuple[Call, ...] | None:
    """A list of markers and a list of as many results paired by "respectively" ("SMA and desmin were positive and
    negative, respectively"; "positive and negative for SMA and desmin, respectively"): the n-th result is the n-th
    marker's. None when the clause has no "respectively" or the two lists differ in length."""
    end = _rx("respectively").search(text, lo, hi)
    if end is None or len(seg) < 2:
        return None
    signs = [m for m in _rx("respective_result").finditer(text, lo, end.start())
             if not any(s.start <= m.start() < s.end for s in seg)]
    if len(signs) != len(seg):
        return None
    return tuple(Call(m, _rx("respective_negative").search(s.group(0)) is None) for m, s in zip(seg, signs))


def ki67_percent(text: str, m: Mention) -> tuple[float, int, int] | None:
    """Ki-67 percentage near mention ``m``: (value, start, end) in ``text`` (upper bound of a range)."""
    rules = _rules()
    nxt = [x.start for x in markers_in(text) if x.start >= m.end]
    stop = min(nxt + [len(text)])
    for rx in rules["ki67_after"]:
        hit = rx.match(text[:stop], m.end)
        if hit:
            g = hit.groupdict()
            val = g["hi"] if g.get("hi") else g.get("one")
            if val is not None:
                return float(val), m.start, hit.end()
    for rx in rules["ki67_before"]:
        hit = rx.search(text[: m.start])
        if hit and hit.group("one"):
            return float(hit.group("one")), hit.start(), m.end
    return None


def apply(sentences: list[Sentence], row: CaseRow) -> None:
    """Set ``ihc_positive``/``ihc_negative``/``ki67_percent`` from the patient's sentences."""
    polarity: dict[str, bool] = {}
    order: list[str] = []
    ev: dict[str, Evidence] = {}
    ki: tuple[float, Evidence] | None = None
    last: bool | None = None  # the result read last in the sentence before
    for sent in sentences:
        text = sent.text
        found = {c.mention: c.positive for c in calls(text)}
        if not found and last is not None:  # "ALK was diffusely positive. Desmin likewise."
            found = {m: last for m in same_result_sentence(text)}
        last = max(found.items(), key=lambda kv: kv[0].start)[1] if found else None
        for m in markers_in(text):
            if m.canonical != "Ki-67" or ki is not None:
                continue
            if _asserted_context(text, m.start, m.end) & NOT_ASSERTED:
                continue
            pk = ki67_percent(text, m)
            if found.get(m) is False and not (pk is not None and pk[0] > 0 and pk[1] == m.start):
                continue  # "negative for ... and Ki-67": its own share of nuclei ("Ki-67 was < 1%") overrides the list
            if pk is not None:
                ki = (pk[0], sent.evidence(pk[1], pk[2]))
                if pk[0] > 0:
                    found[m] = True
        for m, pos in sorted(found.items(), key=lambda kv: kv[0].start):
            if m.canonical in polarity:
                continue
            polarity[m.canonical] = pos
            order.append(m.canonical)
            ev[m.canonical] = sent.evidence(m.start, m.end)
    pos_list = [c for c in order if polarity[c]]
    neg_list = [c for c in order if not polarity[c]]
    if pos_list:
        row.set("ihc_positive", pos_list, *(ev[c] for c in pos_list))
    if neg_list:
        row.set("ihc_negative", neg_list, *(ev[c] for c in neg_list))
    if ki is not None:
        row.set("ki67_percent", ki[0], ki[1])


# -- literature-table cells ----------------------------------------------------
# A summary table's IHC cells ("ALK+, desmin+, CK-"; a column per marker; a Ki-67 column);
# ``literature_table`` finds the column, these read it.
def parse_ihc(text: str, positive_by_default: bool = False) -> tuple[list[str], list[str]]:
    """``"ALK+, desmin+, CK−"`` → (["ALK", "desmin"], ["CK"]). Unsigned markers are positive only
    when the column says so (``positive_by_default``)."""
    pos: list[str] = []
    neg: list[str] = []
    if is_na(text):
        return pos, neg
    for item in rx("ihc_items").split(fold(text)):
        s = item.strip()
        if not s:
            continue
        m = rx("ihc_item").fullmatch(s)
        if m:
            name, sign = m.group(1).strip(), parse_sign(m.group(2))
        else:
            name, sign = s, (True if positive_by_default else None)
        if sign is None or not re.search(r"[A-Za-z0-9]", name):
            continue
        (pos if sign else neg).append(canonical_marker(name))
    return pos, neg


def _read_ihc(c: CellContext) -> None:
    pos, neg = parse_ihc(c.cell.text, positive_by_default="positive" in c.header.lower() or "+" in c.header)
    c.put("ihc_positive", pos or None, c.cell)
    c.put("ihc_negative", neg or None, c.cell)


def read_marker(c: CellContext) -> None:
    """A column named after one marker ("marker:SMA"): its sign adds the marker to the row's list."""
    sign = marker_sign(c.cell.text)
    canon = c.column.split(":", 1)[1]
    if sign is not None:
        name = "ihc_positive" if sign else "ihc_negative"
        c.put(name, (getattr(c.row, name) or []) + [canon], c.cell)


def _read_ki67(c: CellContext) -> None:
    nums = [float(x) for x in macro("number").findall(fold(c.cell.text))]
    if nums:
        c.put("ki67_percent", max(nums), c.cell)
        if max(nums) > 0:
            c.put("ihc_positive", (c.row.ihc_positive or []) + ["Ki-67"], c.cell)


def _read_panel_column(c: CellContext) -> None:
    """A panel table's column (antibody, result, clone ...) gives a summary row nothing: a panel table
    is never a summary of cases, and its lines are read by :func:`read_panel`."""


def _panel_calls(lines: list[tuple[Cell, Cell, Evidence]]) -> list[tuple[str, str, Evidence]]:
    """(antibody text, result text, evidence) per call of a panel's lines; a line pairing two antibodies with two
    results, each side cut by a spaced slash ("S100 / SOX10" | "- / +"), is two calls ("AE1/AE3" is one name)."""
    out = []
    for antibody, result, ev in lines:
        names, results = _rx("panel_pair_cut").split(antibody.text), _rx("panel_pair_cut").split(result.text)
        if len(names) > 1 and len(names) == len(results):
            out += [(a, r, ev) for a, r in zip(names, results)]
        else:
            out.append((antibody.text, result.text, ev))
    return out


def read_panel(lines: list[tuple[Cell, Cell, Evidence]], row: CaseRow) -> None:
    """An IHC panel table's calls for ``row``'s patient, one (antibody cell, result cell, evidence) per
    line (``literature_table.panel_lines``): an antibody cell naming one marker whose result cell is a
    sign ("positive", "focal +", "-") adds the marker to the row's list, unless the patient's sentences
    already called it. A line naming no known marker, or no sign ("not done"), adds nothing."""
    called = {*(row.ihc_positive or []), *(row.ihc_negative or [])}
    added: dict[bool, list[tuple[str, Evidence]]] = {True: [], False: []}
    for antibody_text, result_text, ev in _panel_calls(lines):
        names = {m.canonical for m in markers_in(antibody_text)}
        sign = marker_sign(result_text)
        if len(names) != 1 or sign is None:
            continue
        name = names.pop()
        if name in called:
            continue
        called.add(name)
        added[sign].append((name, ev))
    for sign, field_name in ((True, "ihc_positive"), (False, "ihc_negative")):
        if added[sign]:
            own = getattr(row, field_name) or []
            row.set(field_name, own + [n for n, _ in added[sign]], *(e for _, e in added[sign]))


register_columns(
    TableColumn("ihc_panel:", ("ihc_positive", "ihc_negative"), _read_panel_column),
    TableColumn("ihc", ("ihc_positive", "ihc_negative"), _read_ihc),
    TableColumn("marker:", ("ihc_positive", "ihc_negative"), read_marker),
    TableColumn("ki67", ("ki67_percent", "ihc_positive"), _read_ki67),
)


# -- field registry -------------------------------------------------------------
def _valid_marker(name: str) -> Validator:
    def valid(item: str, unknown: Callable[[str], None]) -> str:
        if not NAME_SHAPE.match(fold(item)) or item in ("+", "-"):
            raise CurationError(f"{name}: {item!r} is not a marker name")
        v = canonical_marker(item)
        if lookup("markers", item) is None:
            unknown(v)
        return v

    return valid


register(
    *(
        FieldSpec(n, "list", list_compare(canonical_marker), "narrative", validate=_valid_marker(n), vocab="markers")
        for n in ("ihc_positive", "ihc_negative")
    ),
    FieldSpec("ki67_percent", "float", float_compare, "narrative", tolerance=0.5, value_range=(0.0, 100.0)),
)
