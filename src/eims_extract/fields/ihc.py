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

Layouts of PDF and web copies: an IHC table flattened to a line per cell or per row is read as a run of cells
(:func:`_panel_calls`); a marker list the sentence splitter cut at a line-end hyphen, slash or comma goes on in the
next sentence (:func:`_continued_list`); a table whose two columns are headed "Positive" and "Negative" gives each
row's markers their column's result (:func:`_polarity_column_calls`); "Of the antibodies (A, B, C), only A was positive" gives the rest of the
panel the other result (:func:`_panel_only`, :func:`_only_after_panel`).

Ki-67 convention: the percentage next to the mention; a range ("10-15%") gives
its **upper bound**, "<5%" gives 5, a peak bracketed after the value gives the peak ("<10% (up to 8% in
hot spots)" gives 8). Ki-67 with a percentage counts as
positive (as in published tables) unless a negative sign is attached.
Conflicting polarities across sentences: the first one stated wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from ..errors import ConfigError, CurationError
from ..prefilter import alternation, may_match_indices
from .. import rules
from ..normalize import BRACKETED, canonical_marker, fold, is_kinase, is_na, key, lookup, parse_sign, vocabulary, words_to_number
from ..ingest.model import Cell
from ..records import CaseRow, Evidence
from .assertion import NOT_ASSERTED, context
from ..rules import macro
from .base import Sentence
from .cells import legend_reading, marker_sign, rx, squash
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


_JOIN = r"[\s\-\u2010-\u2013]{0,3}"
_CLONE_JOIN = r"(?:\s{0,2}|[\-\u2010-\u2013])"


def _surface_regex(forms: list[str], flags: int) -> re.Pattern[str] | None:
    if not forms:
        return None
    alts = []
    for f in sorted(set(forms), key=len, reverse=True):
        parts = re.split(r"[\s\-\u2010-\u2013]+", fold(f))
        # before a bracketed clone ("ALK (D5F3)") a spaced dash is a minus sign, not a joiner: "ALK - (D5F3)" is ALK negative
        alts.append("".join(
            (("" if not i else _CLONE_JOIN if p.startswith("(") else _JOIN) + _word_regex(p)) for i, p in enumerate(parts)
        ))
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


@cache
def _clone_keys() -> frozenset[str]:
    """Keys of the synonyms the vocabulary marks as clone codes (``clones``), each checked to be one of its synonyms."""
    out: set[str] = set()
    for c in vocabulary("markers"):
        stray = [n for n in c.attrs.get("clones", ()) if n not in c.synonyms]
        if stray:
            raise ConfigError(f"vocab/markers.jsonl: clones {stray!r} of {c.canonical!r} must be among its synonyms")
        out.update(key(n) for n in c.attrs.get("clones", ()))
    return frozenset(out)


def _clone_slot(text: str, start: int, named_ends: set[int]) -> bool:
    """Does ``text[:start]`` end on a vocabulary marker followed only by white space, or by one opening bracket or comma
    (white space around it)? The place of that marker's clone: "CD31 (QBEnd10)", "CD31, JC70A, negative", a table's
    "CD31<tab>JC70A"."""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k > 0 and text[k - 1] in "(,":
        k -= 1
        while k > 0 and text[k - 1].isspace():
            k -= 1
    return k < start and k in named_ends


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
            and not macro("shouted_result_word").fullmatch(other)  # "ALK - POSITIVE (diffuse)": a result, not a partner
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


@cache
def _kind_regexes(kind: str) -> tuple[re.Pattern[str], ...]:
    """One kind's rule regexes as one fixed tuple (the literal index is keyed by it)."""
    return tuple(_rules()[kind])


@lru_cache(maxsize=4096)  # bounded: keyed by sentence; the IHC, ALK and site readers ask for the same sentence
def _markers_in(text: str, hide_spans: bool = True) -> tuple[Mention, ...]:
    """``hide_spans`` False keeps the markers of ``not_marker_span`` rules (a panel named as performed, see
    :func:`_only_after_panel`)."""
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
    named_ends = {e for _, e, _ in cands}  # where a marker of the vocabulary ends
    # a clone code right after a marker is that marker's clone ("CD31 (QBEnd10)", "PD-L1 (22C3)", a table's "CD31  JC70A")
    cands = [(s, e, c) for s, e, c in cands if not (key(text[s:e]) in _clone_keys() and _clone_slot(text, s, named_ends))]
    for rx in rules["marker_shape"]:
        for m in rx.finditer(text):
            tok = m.group(0)
            if any(nm.fullmatch(tok) for nm in rules["not_marker"]):
                continue
            if lookup("genes", tok) is not None:
                continue  # a fusion partner gene ("RANBP2 exon 18"), not an antibody
            if not tok.startswith("CD") and _rx("clone_after_marker").fullmatch(tok) and _after_named_marker(text, m.start(), named_ends):
                continue  # a clone set after its marker without a bracket ("MDM2 IF2 negative": a flattened panel row)
            if not tok.startswith("CD") and _clone_cell(text, m.start(), m.end(), named_ends):
                continue  # the clone cell of a flattened "Antibody, Clone, Result" row ("CD35, RLB25, negative")
            if not tok.startswith("CD") and _bracket_clone(text, m.start(), m.end(), named_ends):
                continue  # the clone opening the bracket after its marker ("MDM2 (IF2, 1:100)")
            if _rx("clone_word_before").search(text, max(0, m.start() - 12), m.start()):
                continue  # "ALK (clone ALK01)": named as the antibody's clone
            cands.append((m.start(), m.end(), canonical_marker(tok)))
    fusions = _fusion_spans(text)
    # spans where a marker-like word names something else ("superior mesenteric artery (SMA)")
    if hide_spans:
        spans = _kind_regexes("not_marker_span")  # the rules (in order) whose literals the sentence holds, found in one pass
        fusions += [(m.start(), m.end()) for i in may_match_indices(spans, text) for m in spans[i].finditer(text)]
        fusions += not_this_tumour_spans(text)
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
    return tuple(_drop_clone_repeats(text, out))


def not_this_tumour_spans(text: str) -> list[tuple[int, int]]:
    """Where stains named are not the tumour's: clauses whose subject is lymph nodes told free of tumour (regex
    ``clean_node_clause``: "the nodes were free of tumour; one showed follicular hyperplasia with germinal centres
    positive for CD10"), a second lesion of another kind (regex ``second_lesion_clause``: "the other nodule was a
    conventional leiomyoma: it was positive for desmin, and ALK was negative"), and stains the authors tell they did not
    do (regex ``stain_authors_did_not_do``: "we did not stain for SDHB"). Asked by the ALK test reading too (an ALK
    stain of such a node or lesion, or one not done, is no ALK test of the tumour)."""
    low = text.lower()
    out: list[tuple[int, int]] = []
    if "node" in low:
        out += [m.span() for m in _rx("clean_node_clause").finditer(text)]
    if " was " in low or " were " in low or "prove" in low or "represent" in low or "turned out" in low:
        out += [m.span() for m in _rx("second_lesion_clause").finditer(text)]
    if "not" in low or "unable" in low:
        out += [m.span() for m in _rx("stain_authors_did_not_do").finditer(text)]
    return out


def results_in_columns(text: str, label_end: int) -> bool:
    """Does a label ending at ``label_end`` (a marker, a test's name) head a row of two result cells of opposite sign set
    apart by wide gaps (regex ``results_in_columns``: "ALK IHC      Positive      Negative", a row of a table of patients
    flattened to text, a column per patient)? The sentence reader cannot tell whose column is whose. Only label words
    (a method, a clone) may stand between the label and the first cell (regex ``column_row_label_gap``: no verb, no
    preposition), so a sentence whose other patients' words were blanked ("was positive <blanks> but negative") is none."""
    m = _rx("results_in_columns").search(text, label_end, label_end + 240)
    return m is not None and _rx("column_row_label_gap").fullmatch(text, label_end, m.start()) is not None


def _after_named_marker(text: str, start: int, named_ends: set[int]) -> bool:
    """Does a word shaped like a marker and like a short clone code (regex ``clone_after_marker``) follow a vocabulary
    marker with only spaces between? Then it is that marker's clone (the "Antibody Clone Result" row of a table flattened
    to text), not a second marker: two markers of a list are set apart by a comma, a conjunction or a result; the filler
    reads the clone between the marker and its result."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k < start and k in named_ends


def _follows_named_marker(text: str, start: int, mark: str, named_ends: set[int]) -> bool:
    """Does ``text[:start]`` end, spaces aside, on the one character ``mark`` right after (spaces aside) the end of a
    vocabulary marker? Shared by the clone readings: a clone sits after its marker and a comma or an opening bracket."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k == 0 or text[k - 1] != mark:
        return False
    k -= 1
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k in named_ends


def _clone_cell(text: str, start: int, end: int, named_ends: set[int]) -> bool:
    """Is the marker-shaped word ``text[start:end]`` a clone cell of a flattened antibody row with commas ("CD35, RLB25,
    negative")? A clone code (regex ``clone_cell_code``) right after a vocabulary marker and a comma, and right before a
    comma and a result (regex ``result_cell_after_clone``)."""
    if not _rx("clone_cell_code").fullmatch(text, start, end) or not _rx("result_cell_after_clone").match(text, end):
        return False
    return _follows_named_marker(text, start, ",", named_ends)


def _bracket_clone(text: str, start: int, end: int, named_ends: set[int]) -> bool:
    """Is the marker-shaped word ``text[start:end]``, unknown to the vocabulary, the clone that opens the bracket right
    after a vocabulary marker, alone or before its dilution or vendor ("MDM2 (IF2, 1:100)", "p53 (DO7)")? A short clone
    code (regex ``clone_after_marker``) closed by the bracket or a comma (regex ``bracket_clone_close``); a marker of the
    vocabulary in the bracket ("cytokeratin (CK19)") stays a marker."""
    if not _rx("clone_after_marker").fullmatch(text, start, end) or not _rx("bracket_clone_close").match(text, end):
        return False
    return _follows_named_marker(text, start, "(", named_ends)


def _drop_clone_repeats(text: str, mentions: list[Mention]) -> list[Mention]:
    """A marker named again by its clone in a bracket after its result or its method ("ALK immunohistochemistry: positive
    (clone D5F3)", "ALK staining (5A4) was negative": regex ``clone_bracket_lead``), or as the means of its stain ("ALK
    immunostaining with D5F3": regex ``clone_method_lead``) is the same stain, not a second mention that would take the
    result written after it."""
    out: list[Mention] = []
    for m in mentions:
        # "ALK immunostaining with D5F3 was negative", "ALK staining using the 5A4 clone": the clone named as the means of
        # the stain just named (regex ``clone_method_lead``) is that stain
        if out and out[-1].canonical == m.canonical and _rx("clone_method_lead").fullmatch(text, out[-1].end, m.start):
            continue
        if "(" not in text and "[" not in text:
            out.append(m)
            continue
        lead = None
        k = text.rfind("(", 0, m.start)
        k = max(k, text.rfind("[", 0, m.start))
        if k >= 0:
            lead = _rx("clone_bracket_lead").fullmatch(text, k, m.start)
        # the bracket opens after words of the sentence, not on the marker itself ("cytokeratin (AE1/AE3 and CAM5.2)" lists
        # the members of its name)
        if lead is not None and any(p.canonical == m.canonical and p.end <= k and text[p.end : k].strip() for p in out):
            continue
        out.append(m)
    return out


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
    """A colon right after a marker ("ALK (D5F3): positive"; its method named between them, "ALK immunohistochemistry:
    positive") labels that marker's result: it joins the marker to its sign instead of ending the clause."""
    if text[pos] != ":":
        return False
    head = text[:pos].rstrip()
    if len(head) in ends:
        return True
    if (method := _rx("label_method_tail").search(head)) is not None:  # "ALK immunohistochemistry: positive"
        head = head[: method.start()].rstrip()
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
    a ", and" followed by markers, list filler, a staining noun or not and a copula with a result after them (regex
    ``new_subject_gap``: "..., and INI1 (SMARCB1) expression was retained") starts a new subject; its result is not the earlier list's ("ALK, SMA, and desmin were positive", with no prefix before it,
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
        # a cue opening with its noun and copula ("INI1 expression was retained") is read with that opening in the gap
        opening = _rx("noun_copula_opening").match(text, result[0])
        if opening:
            gap += opening.group(0)
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


_CUE_KINDS = ("neg_prefix", "neg_prefix_near", "neg_suffix", "pos_prefix", "pos_prefix_near", "pos_prefix_weak", "pos_suffix", "pos_noun")


def _cues(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Polarity cues in ``text[lo:hi]``; a negative cue shadows an overlapping positive one
    ("not expressed" is not "expressed"), while one phrase may act as prefix and suffix."""
    found: list[tuple[int, int, str]] = []
    for kind in _CUE_KINDS:
        regexes = _kind_regexes(kind)
        # only the rules whose literals the text holds (one pass; a match inside text[lo:hi] needs them in the text)
        for i in may_match_indices(regexes, text):
            for m in regexes[i].finditer(text, lo, hi):
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


def _control_before_result(text: str, m: Mention, s: int, cues: list[tuple[int, int, str]], seg: list[Mention]) -> bool:
    """Is the staining verb at ``s`` after marker ``m`` the stain's internal control, told before the tumour's result
    ("CD3 and CD20 stained the lymphocytes and were negative in the spindle cells")? Yes when a later result cue is
    reached from the marker over filler only, no other marker after the verb (the filler
    ``filler-control-stained-then-result`` names the background cells): that result is the marker's, the verb before it no positive result."""
    return any(
        k.endswith("suffix")
        and s2 > s
        and _strip(text, s, s2, seg)[1] == 0
        and _is_filler(_strip(text, m.end, s2, seg)[0])
        for s2, _, k in cues
    )


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


def _opens_list(text: str, cue_end: int, seg: list[Mention]) -> bool:
    """The cue ends in "for/with/to/in" ("negative expression of"): it introduces the markers after it. An "in" opens a
    list only right before a marker ("positive in SMA and desmin"): "negative in the tumour cells" says where the result
    was read, and stays the result of the markers before it."""
    hit = _rx("opens_list").match(text, cue_end)
    if hit is None:
        return False
    return not hit.group(0).lower().endswith("in") or _marker_follows(text, hit.end(), seg)


def _asserted_context(text: str, start: int, end: int) -> frozenset[str]:
    """Assertion context of a marker, reading a descriptive passive modal ("ALK staining could be
    observed", "... can be seen in the tumour cells": ``factual_modal`` rules, group ``modal``) as
    the finding it reports rather than as a hypothesis."""
    for rx in _rules()["factual_modal"]:
        for m in rx.finditer(text):
            a, b = m.span("modal")
            text = text[:a] + "was".ljust(b - a) + text[b:]
    if " of them" in text:  # "..., whereas SMA highlighted most of them": a share of the cells named before, no cohort
        for m in _rx("stained_share_of_them").finditer(text):
            if not _rx("cells_named").search(text, 0, m.start()):
                continue  # "Among the 14 children, ROS1 was positive in most of them": the patients
            a, b = m.span("share")
            text = text[:a] + " " * (b - a) + text[b:]
    # "positive for SMA, negative for S-100, and a low-grade sarcoma was suspected": the hedge of a new clause
    # after the markers (``clause_end`` rules) is about that clause's diagnosis, not the stains before it
    cut = min((m.start() for rx in _rules()["clause_end"] for m in rx.finditer(text, end)), default=len(text))
    cats = context(text[:cut], start, end)
    if "hypothetical" in cats and (occ := _rx("finding_as_occasion").search(text, 0, start)):
        # "X was proposed after an ALK-positive biopsy": the finding the proposal followed is a fact
        cats = context(" " * occ.end() + text[occ.end() : cut], start, end)
    return cats


def _graded_row(text: str, m: Mention, mentions: tuple[Mention, ...] | list[Mention]) -> bool:
    """Only clone/dilution cells and a grade stand between ``m`` and the next marker or the sentence end (regex
    ``row_intensity_gap``): a table row run into the sentence ("ALK 1A4 1:100 Strong, diffuse SMA 1A4 ...")."""
    nxt = min((x.start for x in mentions if x.start >= m.end), default=len(text))
    return _rx("row_intensity_gap").fullmatch(text, m.end, nxt) is not None


def calls(text: str) -> list[Call]:
    """Every marker of ``text`` that a polarity cue reaches, in order of appearance."""
    return list(_calls(text))


@lru_cache(maxsize=4096)  # bounded: keyed by sentence; read by the IHC and ALK readers alike
def _calls(text: str) -> tuple[Call, ...]:
    found = _calls_read(text)
    if "   " not in text:
        return found
    # "Desmin      Positive      Negative": a row of a table of patients flattened to text, a column per patient
    return tuple(c for c in found if not results_in_columns(text, c.mention.end))


def _calls_read(text: str) -> tuple[Call, ...]:
    form = _form_calls(text) if ("\n" in text or "  " in text or ".." in text or "|" in text or ": " in text) else None
    if form:
        # a form's stain lines are read as label and value; the rest of the text (prose around them) as before
        found, spans = form
        rest = list(text)
        for a, b in spans:
            rest[a:b] = " " * (b - a)
        blanked = "".join(rest)
        out = list(found) + (list(_prose_calls(blanked)) if blanked.strip() else [])
        return tuple(sorted(out, key=lambda c: c.mention.start))
    return _prose_calls(text)


def _form_line_result(value: str) -> bool | None:
    """A stain line's value as a result: True / False, None when it gives none ('not done', a blank, a share)."""
    if _rx("form_value_negative").match(value):
        return False
    if _rx("form_value_positive").match(value):
        return True
    return None


def _only_markers(label: str, mentions: list[Mention]) -> bool:
    """The label names markers and nothing else but clones, the method and slashes ('ALK (D5F3)', 'CD5 / CD117')."""
    if not mentions:
        return False
    return bool(_rx("form_marker_label_rest").match(_outside_mentions(label, mentions)))


def _outside_mentions(text: str, mentions: list[Mention]) -> str:
    """``text`` without its marker mentions (the pieces between them joined by spaces): what else a line or label says."""
    rest, at = [], 0
    for m in mentions:
        rest.append(text[at : m.start])
        at = m.end
    rest.append(text[at:])
    return " ".join(rest)


def _form_calls(text: str) -> tuple[list[Call], list[tuple[int, int]]] | None:
    """The stain lines of a filled form or a two-column characteristics table, one result each: a label naming markers and a
    value giving their result ('desmin ....... positive (patchy)', 'CD30 | [ ] pos [x] neg', 'CD5 / CD117 .. negative /
    negative'), a label heading a list of one sign ('IHC (-): CK, S100, CD34'; a boxed list's next line with an empty label
    goes on with it), or a run of signed stains ('IHC: ALK + | SMA + | desmin -'). Returns the calls and the lines read
    (None when no line is a stain line)."""
    out: list[Call] = []
    spans: list[tuple[int, int]] = []
    open_list: bool | None = None  # the sign of the list the line before opened
    for line in _rx("form_text_line").finditer(text):
        lo = line.start()
        raw = line.group(0)
        inner = _rx("form_box_edge").sub(lambda e: " " * len(e.group(0)), raw)
        # a list's next line, its label column blank ("|              HMB45, cyclin D1  |"), goes on with the list
        m = None if open_list is not None and inner[:4].isspace() else _rx("form_line").match(inner)
        if m is None:
            if open_list is not None and inner.strip():
                ms = markers_in(inner)
                if ms and _list_only(inner, ms):
                    out.extend(Call(Mention(lo + k.start, lo + k.end, k.canonical), open_list) for k in ms)
                    spans.append((lo, line.end()))
                    continue
            open_list = None
            continue
        label, value = m.group("label").strip(), m.group("value")
        v0 = lo + m.start("value")
        open_list = None
        sign: bool | None = None
        if _rx("form_positive_list_label").match(label):
            sign = True
        elif _rx("form_negative_list_label").match(label):
            sign = False
        if sign is not None:
            ms = markers_in(value)
            if ms and not _rx("form_result_word").search(value):
                out.extend(Call(Mention(v0 + k.start, v0 + k.end, k.canonical), sign) for k in ms)
                spans.append((lo, line.end()))
                open_list = sign
            continue
        items = _signed_items(value, v0)
        if items:
            out.extend(items)
            spans.append((lo, line.end()))
            continue
        l0 = lo + m.start("label")
        lab = m.group("label")
        lm = markers_in(lab)
        if not _only_markers(lab, lm) or any(k.canonical == "Ki-67" for k in lm):
            continue
        if _other_markers(value, lm) or _rx("form_value_goes_on").search(value):
            continue  # the value goes on with other stains or another sentence ("focal +  SMA  +", "positive. CD34: ..."): prose
        parts = _rx("form_result_split").split(value) if len(lm) > 1 else [value]
        results = [_form_line_result(p.strip()) for p in parts]
        if len(lm) > 1 and len(results) == len(lm) and None not in results:
            pairs = list(zip(lm, results))
        else:
            res = _form_line_result(value)
            pairs = [(k, res) for k in lm] if res is not None else []
        if pairs:
            out.extend(Call(Mention(l0 + k.start, l0 + k.end, k.canonical), r) for k, r in pairs if r is not None)
            spans.append((lo, line.end()))
    if text.count("|") >= 2:  # a run of signed stains inside a reflowed line ("Histology: IMT IHC: ALK + | SMA + | CK -")
        for run in _rx("form_sign_run").finditer(text):
            a, b = run.span("run")
            if not any(x <= a < y for x, y in spans) and (items := _signed_items(run.group("run"), a)):
                out.extend(items)
                spans.append((a, b))
    return (out, spans) if out else None


def _other_markers(value: str, label: list[Mention]) -> list[Mention]:
    """The markers a stain line's value names besides the label's own clone in brackets ("ALK immunohistochemistry:
    positive (clone D5F3)": D5F3 names the ALK antibody, not a second stain)."""
    own = {k.canonical for k in label}
    brackets = _paren_spans(value)
    return [k for k in markers_in(value) if not (k.canonical in own and any(a < k.start and k.end <= b for a, b in brackets))]


def _list_only(text: str, mentions: list[Mention]) -> bool:
    """A line that only lists markers (the next line of a boxed list): between them commas, brackets, 'and'."""
    return not _rx("form_list_word").search(_rx("form_list_aside").sub(" ", _outside_mentions(text, mentions)))


def _signed_items(value: str, v0: int) -> list[Call]:
    """A run of signed stains ('ALK + | SMA + | desmin -'), three items or more, each a marker and its sign."""
    if value.count("|") < 2 and value.count(";") < 2:
        return []
    sep = "|" if value.count("|") >= 2 else ";"
    out: list[Call] = []
    at = 0
    for piece in value.split(sep):
        m = _rx("form_sign_item").match(piece)
        ms = markers_in(m.group("name")) if m else []
        if not m or len(ms) != 1 or not _only_markers(m.group("name"), ms):
            return []
        k = ms[0]
        pos = m.group("sign").lower().startswith(("+", "pos"))
        out.append(Call(Mention(v0 + at + m.start("name") + k.start, v0 + at + m.start("name") + k.end, k.canonical), pos))
        at += len(piece) + 1
    return out if len(out) >= 3 else []


def _blank_generic(text: str) -> str:
    """``text`` with what it says of a marker in general, between the marker and the patient's own result, blanked
    (same length, so offsets hold): an aside ("SMA, which is positive in most such tumours, was also positive here":
    regex ``generic_aside``) or a concession whose result a pronoun gives ("Although desmin is often positive in these
    tumours, it was negative": regex ``generic_concession_it``, its marker kept). Only pieces naming no other marker."""
    spans: list[tuple[int, int]] = []
    for m in _rx("generic_aside").finditer(text):
        if not markers_in(m.group(0)):
            spans.append(m.span())
    hit = _rx("generic_concession_it").match(text)
    if hit is not None:
        subj = markers_in(hit.group("subj"))
        rest = _rx("form_marker_label_rest").match(_outside_mentions(hit.group("subj"), subj)) if len(subj) == 1 else None
        if rest is not None and not markers_in(hit.group("rest")):
            spans += [hit.span("open"), hit.span("rest")]
    spans += _generic_list_then_pronoun(text)
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _generic_list_then_pronoun(text: str) -> list[tuple[int, int]]:
    """Spans to blank when a general statement names a list of markers and a plural pronoun then gives this tumour's
    result for them ("GISTs typically express CD117 and DOG1; in our case these were all negative": regex
    ``generic_then_pronoun_result``): everything of the general clause around its one list of markers, and the pronoun
    clause up to its result word, so the list reads as "CD117 and DOG1 ... negative". None when the clause's markers
    are no single plain list or the pronoun clause names a marker of its own."""
    hit = _rx("generic_then_pronoun_result").match(text)
    if hit is None or markers_in(hit.group("ref")) or _rx("generic_head_own_tumour").search(hit.group("head")):
        return []
    head = _markers_in(hit.group("head"), False)  # the general clause's markers, hidden by its own span rules
    if not head:
        return []
    gaps = [(a.end, b.start) for a, b in zip(head, head[1:])]
    spans = [(0, head[0].start), (head[-1].end, hit.end("head")), hit.span("ref")]
    if all(_rx("generic_list_gap").fullmatch(text, a, b) for a, b in gaps):
        return spans
    if not _rx("generic_all_of_these").search(hit.group("ref")):
        return []
    # "GIST (CD117, DOG1) and schwannoma (S100) were considered; all of these were negative": "all" takes every marker
    # the discussion named, however it grouped them; the gaps are blanked, so they read as one list
    return spans + [(a, b) for a, b in gaps if b > a]


@lru_cache(maxsize=4096)
def _prose_calls(text: str) -> tuple[Call, ...]:
    rules = _rules()
    if not any(rx.search(text) for rx in rules["context"]):
        return ()
    if "," in text or "(" in text or ";" in text or " but " in text:
        text = _blank_generic(text)
    mentions = markers_in(text)
    parens = _paren_spans(text)
    out: list[Call] = []
    for lo, hi in (piece for span in _segments(text, mentions) for piece in _new_subject_clauses(text, *span, mentions)):
        seg = [m for m in mentions if lo <= m.start and m.end <= hi]
        if not seg:
            continue
        signed = _prefix_signed(text, lo, hi, seg)
        if signed:  # "+ALK, +SMA, -desmin": each marker's sign stands before it
            out.extend(signed)
            continue
        paired = _respectively(text, lo, hi, seg)
        if paired is not None:
            out.extend(c for c in paired if not (_asserted_context(text, c.mention.start, c.mention.end) & NOT_ASSERTED))
            continue
        cues = [c for c in _cues(text, lo, hi) if not _dangling_cue(text, c[0], c[1])]
        echo: Mention | None = None  # the last marker that repeats the result before it ("..., as was calponin, and ...")
        for m in seg:
            pol = _attached(text, m)
            if pol is None and _graded_row(text, m, mentions):
                pol = True
            if pol is None and (
                (_rx("same_result_before").search(_strip(text, _list_item_end(lo, m, seg), m.start, seg)[0])
                 and _result_read_before(text, m, out))
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
                # a list closed by its "and" item, then a comma and another noun phrase ("the absence of p63, GATA3 and
                # CK, the bland cytology and the ALK result favoured IMT"): the prefix's list ended before the marker
                prefixes = [
                    (s, e, kind)
                    for s, e, kind in cues
                    if "prefix" in kind and e <= m.start
                    and (not kind.endswith("near") or _near(_strip(text, e, m.start, seg)[0]))
                    and not _rx("closed_list_then_other").search(_strip(text, e, m.start, seg)[0])
                ]
                for s, e, kind in cues:
                    # "... and negative for X": a cue that opens its own list is a suffix
                    # only for markers that no earlier prefix cue ("positive for") reaches
                    if (prefixes and _opens_list(text, e, seg)) or _rx("opens_labelled_list").match(text, e):
                        continue
                    # "..., with positive SMA", "weak desmin and absent CD34 staining": the polarity word ends a
                    # prefix cue that opens the next list (a marker follows it); "ALK was strongly expressed." ends
                    # no list: there the word is the result of the markers before it
                    if kind.endswith("suffix") and any(
                        k2.endswith("prefix") and s2 <= s and e2 == e for s2, e2, k2 in cues
                    ) and _marker_follows(text, e, seg):
                        continue
                    # "positive - SMA, vimentin" | "negative - ALK, CD34" (a dash after each): a result word opening its own line as
                    # the label of the list after it is no result of the line before
                    if kind.endswith("suffix") and text[:s].rstrip(" \t").endswith("\n") and any(
                        k2.endswith("prefix") and s2 == s and e2 > e and _marker_follows(text, e2, seg) for s2, e2, k2 in cues
                    ):
                        continue
                    if kind == "pos_suffix" and s >= m.end and _control_before_result(text, m, s, cues, seg):
                        continue  # "CD3 and CD20 stained the lymphocytes and were negative in the spindle cells"
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
                    # "Stains for CD117 were performed, and the tumour was positive for ALK": a weak prefix whose list is
                    # only said to be done reports no result
                    if not (kind.endswith("weak") and _rx("list_done_no_result").match(_strip(text, m.end, hi, seg)[0])):
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
        out.extend(_gapped_clause(text, lo, hi, seg, out))
        out.extend(_gapped_conjunct(text, lo, hi, seg, cues, out))
    out.extend(_same_result(text, mentions, out))
    out.sort(key=lambda c: c.mention.start)
    if "stained" in text:
        out = _procedure_list_result(text, mentions, out)
    out = _open_tail(text, mentions, out)
    if "oss" in text:  # "no loss of INI1", "loss of H3K27me3 was not seen": a denied loss keeps the marker (positive)
        kept = [(k.start(), k.end()) for k in _rx("negated_loss").finditer(text)]
        out = [Call(c.mention, True) if not c.positive and any(a <= c.mention.start and c.mention.end <= b for a, b in kept)
               else c for c in out]
    if _rx("repeat_on_resection_after_marker").search(text):
        out = _final_on_resection(text, out)
    if "regard" in text or "consider" in text or "interpret" in text or "deem" in text or "judged" in text:
        out = _verdict_on_doubtful_stain(text, mentions, out)
    # "CD34 (vessels +)", "CD45 highlighted the lymphocytes": a stain of the background cells is no positive result
    # for the tumour, while "negative for CD34, which highlighted the vessels" still tells the tumour's negative
    background = [(b.start(), b.end()) for rx in rules["not_positive_span"] for b in rx.finditer(text)]
    return tuple(
        c for c in out if not (c.positive and any(a <= c.mention.start and c.mention.end <= b for a, b in background))
    )


def _verdict_on_doubtful_stain(text: str, mentions: list[Mention], out: list[Call]) -> list[Call]:
    """The authors' verdict (regex ``stain_verdict``) on a doubtful stain of one marker told right before it ("Rare cells
    were weakly positive for ALK, which was considered negative"; "with the ALK antibody only weak staining of rare
    cells was seen; we regarded this as positive"): that marker's result is the verdict. Only when the stretch before
    the verdict, back to the previous verdict or clause stop, tells the stain as doubtful (regex ``doubtful_stain``)
    and names one marker; a list of several leaves the calls as read."""
    start = 0
    for v in _rx("stain_verdict").finditer(text):
        lo = max(start, text.rfind(".", 0, v.start()) + 1)
        named = [m for m in mentions if lo <= m.start and m.end <= v.start()]
        start = v.end()
        if len({m.canonical for m in named}) != 1 or not _rx("doubtful_stain").search(text, lo, v.start()):
            continue
        m = named[-1]
        if _asserted_context(text, m.start, m.end) & NOT_ASSERTED:
            continue
        positive = v.group("sign").lower() == "positive"
        out = [c for c in out if c.mention.canonical != m.canonical or not (lo <= c.mention.start < v.start())]
        out.append(Call(m, positive))
    return sorted(out, key=lambda c: c.mention.start)


def _prefix_signed(text: str, lo: int, hi: int, seg: list[Mention]) -> list[Call]:
    """A list of two stains or more whose every marker carries its sign before its name ("Immunohistochemistry: +ALK,
    +SMA, -desmin", "IHC: (+) ALK, (+) SMA, (-) desmin"): each marker's call from the sign in front of it; [] unless
    every gap is only a sign and list punctuation (regexes ``prefix_sign_first`` / ``prefix_sign_next`` /
    ``prefix_sign_tail``)."""
    if len(seg) < 2 or not _rx("prefix_sign_tail").fullmatch(text, seg[-1].end, hi):
        return []
    out: list[Call] = []
    for n, m in enumerate(seg):
        sign = (
            _rx("prefix_sign_first").search(text, lo, m.start)
            if n == 0
            else _rx("prefix_sign_next").fullmatch(text, seg[n - 1].end, m.start)
        )
        if sign is None:
            return []
        out.append(Call(m, (sign.group("sign") or sign.group("bare")) == "+"))
    return out


def _procedure_list_result(text: str, mentions: list[Mention], out: list[Call]) -> list[Call]:
    """A stain told as a procedure, its markers a list of what was stained for (regex ``stained_for_procedure``: "We
    stained for S100 and SOX10 to exclude a nerve sheath tumour; both were negative"): the result told after the list by
    a pronoun (``pronoun_result_clause``) is every listed marker's, "both" for two markers only; with the authors or the
    slides stained and no result told in the sentence, the list has none (the staining verb is no positive result)."""
    for proc in _rx("stained_for_procedure").finditer(text):
        listed = [m for m in mentions if m.start >= proc.end()]
        res = _rx("pronoun_result_clause").search(text, proc.end())
        if res is not None:
            listed = [m for m in listed if m.end <= res.start()]
            # the list only: no clause of its own between it and the pronoun ("...; SMA was positive; both ..." reads no list)
            if not listed or _own_results_between(text, listed[-1].end, res.start()):
                continue
            if res.group("both") and len(listed) != 2:
                continue
            positive = res.group("pos") is not None and res.group("neither") is None
            ids = {(m.start, m.end) for m in listed}
            kept = [c for c in out if (c.mention.start, c.mention.end) not in ids]
            found = [Call(m, positive) for m in listed if not (_asserted_context(text, m.start, m.end) & NOT_ASSERTED)]
            return sorted(kept + found, key=lambda c: c.mention.start)
        if proc.group("who") or proc.group("slides"):
            told = [c for c in _cues(text, 0, len(text)) if not (proc.start() <= c[0] and c[1] <= proc.end() + 1)]
            if not told:
                ids = {(m.start, m.end) for m in listed}
                return [c for c in out if (c.mention.start, c.mention.end) not in ids]
    return out


def _own_results_between(text: str, lo: int, hi: int) -> bool:
    """Does a result cue stand in ``text[lo:hi]`` (a marker's own result between a list and a pronoun after it)?"""
    return any(lo <= s and e <= hi for s, e, _ in _cues(text, lo, hi))


def _list_item_end(lo: int, m: Mention, seg: list[Mention]) -> int:
    """Where the marker before ``m`` in its clause ends (``lo`` with none): "..., as well as ``m``" repeats a result only
    when its comma follows that marker's result, not when it is the comma of a list the marker closes ("desmin, CD34
    as well as myogenin were negative": the result after the list is myogenin's too)."""
    return max((x.end for x in seg if lo <= x.start and x.end <= m.start), default=lo)


def _result_read_before(text: str, m: Mention, out: list[Call]) -> bool:
    """A result was read for a marker before ``m`` in its sentence, for "..., as well as / along with ``m``" to repeat;
    with none ("ROS1 rearrangement, as well as CD34 and S100, were negative": the molecular test is no marker) the list
    takes the result written after it."""
    return any(c.mention.end <= m.start and not re.search(r"[.;]\s", text[c.mention.end : m.start]) for c in out)


def _gapped_clause(text: str, lo: int, hi: int, seg: list[Mention], out: list[Call]) -> list[Call]:
    """A clause on another tumour of the patient with its verb left out ("The thigh tumour expressed SMA; the calf tumour
    also desmin": regex ``gapped_clause`` over the clause, its markers blanked): its markers no cue reached take the
    result the sentence gave before it, when that was one result only ("positive for SMA but negative for CD34, the calf
    tumour also desmin" says nothing sure of desmin)."""
    prev = [c for c in out if c.mention.end <= lo]
    if not prev or len({c.positive for c in prev}) != 1 or any(lo <= c.mention.start < hi for c in out):
        return []
    if not _rx("gapped_clause").fullmatch(_strip(text, lo, hi, seg)[0]):
        return []
    return [Call(m, prev[0].positive) for m in seg if not (_asserted_context(text, m.start, m.end) & NOT_ASSERTED)]


def _gapped_conjunct(
    text: str, lo: int, hi: int, seg: list[Mention], cues: list[tuple[int, int, str]], out: list[Call]
) -> list[Call]:
    """Markers conjoined after a closed result with its verb and sign left out ("ALK was positive in most cells and
    desmin in a few", a series' "ALK was positive in all four cases and desmin in 4/4" once its closers are blanked):
    the markers after the last cue, joined to it by "and" and followed by no more than where they stained (regexes
    ``gapped_conjunct_joint``, ``gapped_conjunct_tail``), take the result the clause gave before them, when that was one
    result only."""
    left = [m for m in seg if not any(c.mention is m for c in out)]
    if not left or not cues:
        return []
    prev = [c for c in out if lo <= c.mention.start and c.mention.end <= left[0].start]
    cue_end = max(e for _, e, _ in cues)
    if not prev or len({c.positive for c in prev}) != 1 or cue_end > left[0].start or any(c.mention.start > left[0].start for c in out):
        return []
    if not _rx("gapped_conjunct_joint").fullmatch(text, cue_end, left[0].start):
        return []
    if not _rx("gapped_conjunct_tail").fullmatch(_strip(text, left[0].start, hi, seg)[0]):
        return []
    return [Call(m, prev[0].positive) for m in left if not (_asserted_context(text, m.start, m.end) & NOT_ASSERTED)]


def _final_on_resection(text: str, out: list[Call]) -> list[Call]:
    """A marker whose result the sentence tells twice, first on small material and then, elliptically, on a resected
    specimen ("ALK was equivocal on the cell block but strongly positive on the resection", "negative on the core but
    positive in the lobectomy specimen"): the resected specimen's result is the marker's (the final one)."""
    for m in _markers_in(text, hide_spans=False):  # an equivocal first result hides the marker from the lists
        rep = _rx("repeat_on_resection_after_marker").match(text, m.end)
        if rep is None or not _rx("small_material").search(rep.group("first")):
            continue
        if not _rx("resection_material").search(rep.group("second")):
            continue
        if _asserted_context(text, m.start, m.end) & NOT_ASSERTED:
            continue
        final = Call(m, rep.group("sign").lower() == "positive")
        out = sorted([c for c in out if (c.mention.start, c.mention.end) != (m.start, m.end)] + [final],
                     key=lambda c: c.mention.start)
    return out


def _dangling_cue(text: str, start: int, end: int) -> bool:
    """A polarity word the text stops on after a list and its "and" ("positive for SMA and ROS1, and negative", nothing
    after: a crawler excerpt cut there): it was to open the next list ("negative for ..."), not close the one before."""
    return not text[end:].strip() and _rx("dangling_cue_before").search(text, 0, start) is not None


def _open_tail(text: str, mentions: list[Mention], out: list[Call]) -> list[Call]:
    """A sentence the text ends inside, its last marker list still open (regex ``open_end``: "... CD21 marked the
    follicles; the stains for ALK, ROS1, pan-TRK," or "staining showed ALK and desmin, with CD117," and nothing after it,
    as a crawler excerpt or a page whose end is missing gives it): the result of that list was to come after it. Its
    markers keep a result written on them ("ALK+") or given by a strong cue that opens the list itself ("positive for
    SMA, desmin,"); a weak prefix ("the stains for") or a cue read before an earlier marker or clause gives them none."""
    if not out or not _rx("open_end").search(text):
        return out
    last = mentions[-1]
    if _rx("broken_name_end").fullmatch(text, last.end):  # "... pan-cytokeratin (AE1/": the name itself is cut
        return [c for c in out if (c.mention.start, c.mention.end) != (last.start, last.end)]
    rest = _rx("open_tail_aside").sub(" ", text[last.end :])  # a clone, or a bracket the cut left open
    if rest.strip() and not _rx("open_end").fullmatch(rest.strip()):
        return out  # words other than the list's own after the last marker: no list left open
    tail = [last]
    for m in reversed(mentions[:-1]):
        gap = _rx("open_tail_aside").sub(" ", _strip(text, m.end, tail[-1].start, mentions)[0])
        if not _near(gap):
            break
        tail.append(m)
    first = tail[-1]
    cues = _cues(text, 0, len(text))
    weak = {(s, e) for s, e, kind in cues if kind.endswith("weak")}  # "Immunoreactivity for" reads both ways
    opener = any(
        kind in ("pos_prefix", "neg_prefix", "pos_prefix_near", "neg_prefix_near")
        and (s, e) not in weak
        and e <= first.start
        and _near(_strip(text, e, first.start, mentions)[0])
        for s, e, kind in cues
    )
    if opener:
        return out
    dropped = {(m.start, m.end) for m in tail if _attached(text, m) is None}
    return [c for c in out if (c.mention.start, c.mention.end) not in dropped]


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
        # "...; so were CD34 and S100": the rest of a list whose first marker repeated the result takes it too, also after
        # a bracket of clones closed ("as were cytokeratins (AE1/AE3 and CAM5.2), EMA and ERG")
        gap = text[last.mention.end : m.start]
        gap = gap.replace(")", " ", 1) if gap.lstrip().startswith(")") else gap
        listed = last in added and _near(gap)
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


def ki67_percent(text: str, m: Mention, written: str | None = None) -> tuple[float, int, int] | None:
    """Ki-67 percentage near mention ``m``: (value, start, end) in ``text`` (upper bound of a range). A run of blanks
    after the name (the other patients' items of a list dealt out: "Ki-67 was <blanks> and 25% (case 5)") is read as one
    space, so the patient's own share is still near its name. ``written`` is the sentence as printed when ``text`` is
    one patient's share of it (same length): a bound it gives a group ("20% in case 3 and below 5% in the others",
    "below 10% in all cases") is no one patient's index, though the words naming the group are blanked in ``text``."""
    got = _ki67_found(text, m)
    if got is not None and written is not None and len(written) == len(text):
        if _rx("ki67_bound_word").search(text, got[1], got[2]) and _rx("ki67_series_scope_after").match(written, got[2]):
            return None
    return got


def _ki67_found(text: str, m: Mention) -> tuple[float, int, int] | None:
    got = _ki67_percent(text, m)
    if got is not None:
        return got
    gaps = [g for g in _rx("ki67_blanked_gap").finditer(text, m.end)]
    if not gaps:
        return None
    # the text with each run of blanks one space, and for each of its positions the position in ``text``
    parts, where, at = [], [], 0
    for g in gaps:
        parts += [text[at : g.start()], " "]
        where += [*range(at, g.start()), g.start()]
        at = g.end()
    parts.append(text[at:])
    where += [*range(at, len(text) + 1)]
    squeezed = "".join(parts)
    found = _ki67_percent(squeezed, m)  # the gaps all lie after the name: its span is the same there
    if found is None:
        return None
    value, _, end = found
    return value, m.start, where[end]


def _ki67_percent(text: str, m: Mention) -> tuple[float, int, int] | None:
    rules = _rules()
    nxt = [x.start for x in markers_in(text) if x.start >= m.end]
    stop = min(nxt + [len(text)])
    for rx in rules["ki67_after"]:
        hit = rx.match(text[:stop], m.end)
        if hit:
            g = hit.groupdict()
            val = g["hi"] if g.get("hi") else g.get("one")
            if _rx("ki67_bound_word").search(hit.group(0)) and _rx("ki67_series_scope_after").match(text, hit.end()):
                return None  # "Ki-67 was below 10% in all cases": a bound the whole series keeps under, no one patient's index
            if val is not None and (num := words_to_number(val)) is not None:  # "12", "five"
                # "below 10% (up to 7% in hot spots)": the bracketed peak is the number
                if (peak := _rx("ki67_bracketed_peak").match(text, hit.end())) is not None:
                    return float(peak.group("peak") or peak.group("spot")), m.start, peak.end()
                return num, m.start, hit.end()
    for rx in rules["ki67_before"]:
        hit = rx.search(text[: m.start])
        if hit and hit.group("one"):
            # "CD34 was negative in 100% of cells, Ki-67 low": a share after "in" completes the marker read before it
            earlier = [x.end for x in markers_in(text) if x.end <= hit.start()]
            if earlier and _rx("share_of_earlier_marker").search(text, 0, hit.start()) and not any(
                ch in ",;:" for ch in text[max(earlier) : hit.start()]
            ):
                continue
            return float(hit.group("one")), hit.start(), m.end
    return None


@dataclass(frozen=True)
class _Cell:
    """A sentence read as one cell of an IHC table flattened to a line per cell (see :func:`_panel_calls`): kind "M" a
    marker, "R" a result (``positive`` None when the cell gives no sign, ``pct`` a share of cells), "MR" a whole row on
    one line, "head" a header cell or caption, "skip" a clone, dilution or staining-pattern cell."""

    kind: str
    mention: Mention | None = None
    positive: bool | None = None
    pct: tuple[float, int, int] | None = None


def _cell(text: str) -> _Cell | None:
    """``text`` as a flattened table's cell, or None when it is prose (which ends a run of cells)."""
    t = text.strip().rstrip(".;,").strip()
    if not t or len(_rx("panel_column_gap").sub(" ", t)) > 60:  # a padded row is long for its spaces only
        return None
    mentions = markers_in(text)
    if mentions:
        if len({m.canonical for m in mentions}) != 1:
            return None
        m = mentions[0]
        rest = _strip(text, 0, len(text), mentions)[0]
        if lookup("markers", text[m.start : m.end]) is None and _rx("panel_clone_cell").fullmatch(t):
            return _Cell("skip")  # a clone shaped like a marker ("EP41")
        if _rx("panel_marker_rest").fullmatch(rest):
            return _Cell("M", m)
        kept = _rx("panel_retained_rest").fullmatch(rest)
        if kept is not None:  # "INI1   MRQ-27   Retained", "BRG1  Lost": a retained marker is positive, a lost one negative
            return _Cell("MR", m, kept.group("res").lower() not in ("lost", "loss"))
        row = _rx("panel_row_rest").fullmatch(rest)
        if row is None:
            # "Ki-67 ~15%": a share row, read by the Ki-67 reader itself; it keeps the run of rows going
            padded = _padded_row_result(text, m, rest)
            if _rx("panel_percent_cell").fullmatch(padded or rest.strip(" \t:")):
                return _Cell("skip")
            sign = None if padded is None else _result_sign(padded)
            return None if sign is None else _Cell("MR", m, sign)
        return _Cell("MR", m, _result_sign(row.group("res").strip()))
    if _rx("panel_header_cell").fullmatch(t):
        return _Cell("head")
    if _rx("panel_clone_cell").fullmatch(t) or _rx("panel_pattern_cell").fullmatch(t):
        return _Cell("skip")
    lead = _rx("panel_cell_lead").match(t)
    if lead is not None:  # "1A4" and "+" joined by the line break between them
        t = t[lead.end() :]
    pct = _rx("panel_percent_cell").fullmatch(t)
    if pct is not None:
        off = text.find(t)
        return _Cell("R", positive=float(pct.group("pct")) > 0, pct=(float(pct.group("pct")), off, off + len(t)))
    sign = _result_sign(t)
    if sign is not None:
        return _Cell("R", positive=sign)
    if _rx("panel_null_cell").fullmatch(t):
        return _Cell("R")
    return None


def _padded_row_result(text: str, m: Mention, rest: str) -> str | None:
    """A stain table's row printed on one line in padded columns, its marker the first cell ("CK7    OV-TL12/30    Dako
    1:100    \u2212", "p63   4A4   Nichirei   prediluted   +  (focal)"): the cells between marker and result are clone,
    maker and dilution whatever their shape (``panel_padded_cell``), the result is the last cell, a bracketed note after
    it set aside; that result cell, or None when the line is not such a row (``rest``: ``text`` with its markers
    blanked)."""
    gap = _rx("panel_column_gap")
    if m.start != len(text) - len(text.lstrip()) or not gap.match(text, m.end):
        return None
    cells = [c.strip() for c in gap.split(rest[m.end :].strip()) if c.strip()]
    while len(cells) > 2 and _rx("panel_note_cell").fullmatch(cells[-1]):
        cells.pop()
    if len(cells) < 2 or not all(_rx("panel_padded_cell").fullmatch(c) for c in cells[:-1]):
        return None
    return cells[-1].rstrip(".;,").strip()


def _result_sign(t: str) -> bool | None:
    """A panel's result cell as a sign: an intensity ("focal, weak") is positive, then "+"/"-"/"negative", then a
    Spanish, French or Portuguese result; None when it is none of them."""
    if _rx("panel_intensity_cell").fullmatch(t):
        return True
    sign = marker_sign(t)
    if sign is not None:
        return sign
    romance = _rx("panel_romance_result").fullmatch(t)
    return None if romance is None else romance.group("pos") is not None


def _panel_calls(sentences: list[Sentence]) -> dict[int, list[tuple[Mention, bool | None, tuple[float, Evidence] | None]]]:
    """An IHC table flattened to a line per cell, as PDF and web copies leave it: a run of adjacent one-cell sentences
    (markers, results, and clone/dilution/header cells skipped). Row by row ("ALK / 5A4 / 1:50 / Positive / SMA / 1A4 /
    1:200 / Focal") each result belongs to the marker cell right before it, when that marker follows no other marker
    cell; column by column ("ALK / SMA / desmin / Positive / Focal / Negative") n marker cells followed by n result
    cells pair in order, under a header cell of the run ("Antibody", "Result"); a row on one line ("SMA 1A4 1:200
    Focal") stands alone. A run gives calls only when it pairs at least two markers with results under a header cell
    (three without one), so a lone "ALK" line and a "Negative" line never make a call. Returns, by index of the marker's sentence, (mention, polarity or None,
    (share of cells, its evidence) when the result is one)."""
    out: dict[int, list[tuple[Mention, bool | None, tuple[float, Evidence] | None]]] = {}
    run: list[tuple[int, _Cell]] = []

    def close() -> None:
        pairs: list[tuple[int, int, _Cell, _Cell]] = []  # (marker's sentence, result's sentence, marker, result)
        cells = [(i, c) for i, c in run if c.kind not in ("skip", "head")]
        kinds = "".join(c.kind if c.kind in ("M", "R") else "x" for _, c in cells)
        n = kinds.count("M")
        # column by column only under a header cell of its own ("Antibody", "Result"): a literature table's marker
        # columns followed by one case's signs is no panel
        if n >= 2 and kinds == "M" * n + "R" * n and any(c.kind == "head" for _, c in run):
            pairs = [(i, j, c, r) for (i, c), (j, r) in zip(cells[:n], cells[n:])]
        else:
            for k, (i, c) in enumerate(cells):
                if c.kind == "MR":
                    pairs.append((i, i, c, c))
                elif c.kind == "R" and k and cells[k - 1][1].kind == "M" and (k < 2 or cells[k - 2][1].kind != "M"):
                    pairs.append((cells[k - 1][0], i, cells[k - 1][1], c))
        # two pairs under a header cell, three without one: a flattened differential table ("GIST / CD117 / Positive /
        # DOG1 / Positive / Leiomyosarcoma / ...") breaks into short runs at its entity names
        if len(pairs) >= (2 if any(c.kind == "head" for _, c in run) else 3):
            for i, j, c, r in pairs:
                pct = None if r.pct is None else (r.pct[0], sentences[j].evidence(r.pct[1], r.pct[2]))
                out.setdefault(i, []).append((c.mention, r.positive, pct))  # type: ignore[arg-type]
        run.clear()

    prev_end: int | None = None
    last_m: str | None = None
    for i, sent in enumerate(sentences):
        cell = _cell(sent.text)
        adjacent = prev_end is not None and 0 <= sent.start - prev_end <= 6
        if cell is None or (run and not adjacent):
            close()
            last_m = None
        if cell is not None:
            # "Cytokeratin AE1/AE3" then its clone "AE1/AE3": one marker cell, not two
            same = cell.kind == "M" and cell.mention is not None and cell.mention.canonical == last_m
            if same and run and run[-1][1].kind in ("M", "skip"):
                cell = _Cell("skip")
            if cell.kind == "M" and cell.mention is not None:
                last_m = cell.mention.canonical
            elif cell.kind not in ("skip", "head"):
                last_m = None
            run.append((i, cell))
        prev_end = sent.end
    close()
    return out


def _polarity_column_calls(sentences: list[Sentence]) -> dict[int, list[tuple[Mention, bool | None, tuple[float, Evidence] | None]]]:
    """A two-column stain table headed by its results (regex ``polarity_column_header``: "Positive        Negative"),
    as web and PDF copies print it: a line per row, the cells padded into columns or parted by bars (regex
    ``polarity_column_cell_gap``). The markers of a row of two cells under the header take the result of their column.
    A row of one cell (the other column ran out) is left unread: the reader takes off a line's indentation, so its
    column cannot be told. The table ends at the first line that is not one or two marker cells. Two calls at least.
    Same shape as :func:`_panel_calls`."""
    out: dict[int, list[tuple[Mention, bool | None, tuple[float, Evidence] | None]]] = {}
    gap = _rx("polarity_column_cell_gap")
    for i, head in enumerate(sentences):
        h = _rx("polarity_column_header").fullmatch(head.text.strip())
        if h is None or h.group("left")[:3].lower() == h.group("right")[:3].lower():
            continue
        left_pos = h.group("left")[:3].lower() == "pos"
        found: list[tuple[int, Mention, bool]] = []
        prev = head
        for j in range(i + 1, len(sentences)):
            row = sentences[j]
            if not 0 <= row.start - prev.end <= 2 or len(row.text) > 120:
                break
            mentions = markers_in(row.text)
            cells = [c for c in gap.split(row.text.strip().strip("|")) if c.strip()]
            if not mentions or len(cells) > 2 or _strip(row.text, 0, len(row.text), mentions)[0].strip(" \t|:;,.()") != "":
                break
            if len(cells) == 2:
                second = row.text.rindex(cells[1])
                found += [(j, m, (m.start >= second) != left_pos) for m in mentions]
            prev = row
        if len(found) >= 2:
            for j, m, pos in found:
                out.setdefault(j, []).append((m, pos, None))
    return out


def _cut_head(before: str) -> str:
    """``before``, a sentence the splitter cut, as the head of its joined reading: no space after a line-end hyphen or
    slash ("S-" / "100", "AE1/" / "AE3"), one space otherwise."""
    head = before.rstrip()
    return head + ("" if head[-1:] in "-\u2010/" else " ")


def _continued_list(
    before: str, text: str, found: dict[Mention, bool], head_only: bool = False
) -> tuple[str | None, str | None]:
    """``text`` goes on with a marker list the sentence splitter cut ("... negative for cytokeratin (AE1/" then
    "AE3), synaptophysin, S-" then "100 protein and CD34."): ``before`` (the list so far, ending in a broken name, a
    list comma or a conjunction: regex ``broken_list_end``) and ``text`` are read as one sentence, and the markers of
    ``text`` that its own reading left without a result take the joined reading's result (added to ``found``); a
    name broken across the cut ("S-" / "100") counts for ``text``. Returns the joined text while the list stays open
    (else None), and the canonical name the broken half alone was read as ("AE1" of "AE1/"), which the whole name
    replaces (else None). ``head_only``: ``before`` is the list's result and colon alone ("positive for:"), and the
    joined reading is every marker's of ``text`` up to the next result it tells ("ALK (clone D5F3) SMA desmin and
    negative for CD34": the "negative" is CD34's, not the markers' of the lines before)."""
    head = _cut_head(before)
    joined = head + text
    own = set() if head_only else {(m.start, m.end) for m in found}
    stale = None
    for c in calls(joined):
        s, e = c.mention.start - len(head), c.mention.end - len(head)
        if e <= 0 or (max(s, 0), e) in own:
            continue
        if s < 0:  # the name runs across the cut
            half = next((m for m in markers_in(before) if m.start >= c.mention.start), None)
            if half is not None and half.canonical != c.mention.canonical:
                stale = half.canonical
        found[Mention(max(s, 0), e, c.mention.canonical)] = c.positive
    more = joined if len(joined) <= 1500 and _rx("broken_list_end").search(text, max(0, len(text) - 12)) else None
    return more, stale


def _alk_clone(text: str) -> str | None:
    """The ALK antibody clone ``text`` names (regex ``alk_clone``, upper-cased without hyphens: "ALK1", "D5F3"), else None."""
    hit = _rx("alk_clone").search(text) if "ALK" in text or "5A4" in text or "D5F3" in text else None
    return None if hit is None else hit.group(0).replace("-", "").upper()


def alk_clones(text: str) -> set[str]:
    """Every ALK antibody clone ``text`` names (regex ``alk_clone``, upper-cased without hyphens)."""
    return {m.group(0).replace("-", "").upper() for m in _rx("alk_clone").finditer(text)}


def alk_clones_apart(text: str) -> bool:
    """Does ``text`` name two ALK clones apart, each with a result of its own ("positive with D5F3 but negative with
    ALK1"), rather than only in one list sharing one result ("negative with ALK1 and D5F3": regex ``alk_clone_list_gap``)?"""
    found = list(_rx("alk_clone").finditer(text))
    return len({m.group(0).replace("-", "").upper() for m in found}) >= 2 and any(
        not _rx("alk_clone_list_gap").fullmatch(text, a.end(), b.start()) for a, b in zip(found, found[1:])
    )


def _other_alk_clone(first: str | None, text: str) -> bool:
    """``text`` gives ALK's result with a clone other than the one of the first, negative reading ("ALK-1 was negative."
    then "ALK (D5F3) was weakly positive."): the more sensitive antibody's positive is the tumour's."""
    later = _alk_clone(text)
    return first is not None and later is not None and later != first


def _src_has(src: dict[str, int], idx: int) -> bool:
    """A result was read in sentence ``idx`` (``src``: the sentence each marker's result was read in)."""
    return idx in src.values()


def _earlier_results(before: str, text: str) -> dict[Mention, bool]:
    """The markers of ``before`` (a sentence cut inside its list before any result: "ALK (clone 5A4,") with the result
    the joined reading of ``before`` and ``text`` gives them, by their mention in ``before``."""
    head = _cut_head(before)
    return {c.mention: c.positive for c in calls(head + text) if c.mention.end <= len(before.rstrip())}


def _broken_ki67(before: str, sent: Sentence, found: dict[Mention, bool]) -> tuple[float, Evidence] | None:
    """"The Ki-" then "67 index was 8%.": the sentence splitter cut the name at its line-end hyphen (regex
    ``ki67_broken_end``); the share is read on the joined text, and the name's tail in ``sent`` is the positive."""
    head = before.rstrip()
    joined = head + sent.text
    for m in markers_in(joined):
        if m.canonical == "Ki-67" and m.start < len(head) < m.end:
            pk = ki67_percent(joined, m)
            if pk is None or pk[2] <= len(head):
                return None
            if pk[0] > 0:
                found[Mention(0, m.end - len(head), m.canonical)] = True
            return pk[0], sent.evidence(max(pk[1] - len(head), 0), pk[2] - len(head))
    return None


def _only_subset(panel: list[Mention], subset: dict[Mention, bool], found: dict[Mention, bool]) -> None:
    """A panel of markers, then "only A and B were positive" (``subset``: the calls read after "only", one polarity):
    every other marker of the panel that no cue reached takes the other result (added to ``found``). Nothing when
    the subset's polarity is mixed or names a marker outside the panel."""
    pols = set(subset.values())
    names = {m.canonical for m in panel}
    if len(pols) != 1 or not subset or not {m.canonical for m in subset} <= names:
        return
    pol = pols.pop()
    inside = {m.canonical for m in subset}
    called = {m.canonical for m in found}
    for m in panel:
        if m.canonical not in inside and m.canonical not in called:
            found[m] = not pol
            called.add(m.canonical)


def _panel_only(text: str, found: dict[Mention, bool]) -> None:
    """"Of the antibodies applied (A, B, C, D), only A and B were positive" (regex ``panel_then_only``): the markers of
    the bracketed panel the subset leaves out take the other result (added to ``found``)."""
    hit = _rx("panel_then_only").search(text) if "nly" in text else None
    if hit is not None:
        panel = [m for m in markers_in(text) if hit.start("list") <= m.start and m.end <= hit.end("list")]
        _only_subset(panel, {m: p for m, p in found.items() if m.start >= hit.end()}, found)


def _only_after_panel(before: str, text: str, found: dict[Mention, bool], start: int = 0) -> dict[Mention, bool]:
    """"Immunostains for A, B, C and D were performed." then "Only A was positive." (regexes ``panel_sentence`` and
    ``only_opening``; the panel sentence gives no result of its own) or "A was positive; the remaining stains were
    negative" (``panel_rest_result``): the other markers of ``before``, by their mention there, with the other result.
    The results may follow the panel in its own sentence after a colon (``start``: where they begin in ``text``)."""
    out: dict[Mention, bool] = {}
    if not found or not _rx("panel_sentence").search(before) or calls(before):
        return out
    panel = list(_markers_in(before, False))  # the panel "stains for A, B and C were performed" names
    if len(panel) < 3:
        return out
    if _rx("only_opening").match(text, start):
        _only_subset(panel, dict(found), out)
    elif (rest := _rx("panel_rest_result").search(text, start)) is not None:
        # "A and B were positive; the remaining stains were negative": the named markers are the subset, the rest of the
        # panel takes the result of "the remaining stains" (the subset's own result must be the other one)
        subset = {m: p for m, p in found.items() if m.end <= rest.start()}
        if subset and all(p == (rest.group("pos") is None) for p in subset.values()):
            _only_subset(panel, subset, out)
    return out


def _pronoun_result_after_done(before: str, text: str) -> dict[Mention, bool]:
    """"Immunostaining for ROS1 was performed." then "It was negative." (regexes ``panel_sentence`` and
    ``pronoun_result_sentence``; the sentence before gives no result of its own): its markers take the pronoun's result,
    "it" only for one marker and "both" only for two."""
    hit = _rx("pronoun_result_sentence").match(text)
    done = _rx("panel_sentence").search(before) or (
        (p := _rx("stained_for_procedure").search(before)) is not None and (p.group("who") or p.group("slides"))
    )  # "We stained for S100 and SOX10." then "Both were negative."
    if hit is None or not done or calls(before):
        return {}
    named = list(_markers_in(before, False))
    if not named or (hit.group("it") and len(named) != 1) or (hit.group("both") and len(named) != 2):
        return {}
    return {m: hit.group("pos") is not None for m in named}


def material(text: str, start: int, end: int) -> str | None:
    """What the result at ``text[start:end]`` was read on, from its clause: "resection" (a resected or excised specimen),
    "small" (an aspirate, smear, cell block, core or biopsy), or None when the clause names neither."""
    breaks = _rx("material_clause_break")
    lo = max((m.end() for m in breaks.finditer(text, 0, start)), default=0)
    nxt = breaks.search(text, end)
    hi = nxt.start() if nxt else len(text)
    if _rx("resection_material").search(text, lo, hi):
        return "resection"
    if _rx("small_material").search(text, lo, hi):
        return "small"
    return None


def repeated_on_better_material(before: tuple[str, int, int], now: tuple[str, int, int]) -> bool:
    """Is the result read at ``now`` (text, start, end) the same test repeated on a resected specimen after one read on
    small material at ``before`` ("equivocal on the cell block ... strongly positive on the resection")? Its result is
    the final one."""
    return material(*before) == "small" and material(*now) == "resection"


def revises_earlier(text: str, start: int, before: str) -> bool:
    """Is the result read at ``start`` in ``text`` a correction of an earlier one: a revision cue (``revision_cue``:
    "amended", "in error", "on repeat staining") in its sentence or the one before (``before``), and the result not itself
    the one being corrected ("the earlier report of desmin positivity", ``superseded_result_before``)? Asked by the ALK
    test reading too (a FISH result amended later)."""
    if _rx("superseded_result_before").search(text, max(0, start - 60), start):
        return False
    return bool(_rx("revision_cue").search(text) or _rx("revision_cue").search(before))


def apply(sentences: list[Sentence], row: CaseRow) -> None:
    """Set ``ihc_positive``/``ihc_negative``/``ki67_percent`` from the patient's sentences."""
    polarity: dict[str, bool] = {}
    order: list[str] = []
    ev: dict[str, Evidence] = {}
    ki: tuple[float, Evidence] | None = None
    src: dict[str, int] = {}  # the sentence each marker's result was read in
    probed: set[str] = set()  # markers first read as an in-situ hybridisation probe (EBER for EBV)
    last: bool | None = None  # the result read last in the sentence before
    panel = _panel_calls(sentences)
    for j, got in _polarity_column_calls(sentences).items():
        panel.setdefault(j, []).extend(got)
    carry: str | None = None  # the list a sentence cut inside a marker list left open (see _continued_list)
    alk_clone: str | None = None  # the ALK antibody named where ALK's result was read first
    at: dict[str, tuple[str, int, int]] = {}  # where each marker's result was read (sentence text, start, end)
    revised: set[str] = set()  # markers whose result an amendment corrected

    def keep_before(idx: int, results: dict[Mention, bool]) -> None:
        """Results read for the markers of sentence ``idx - 1`` (its mentions), kept unless read already."""
        for m, pos in results.items():
            if m.canonical not in polarity:
                polarity[m.canonical] = pos
                order.append(m.canonical)
                src[m.canonical] = idx - 1
                ev[m.canonical] = sentences[idx - 1].evidence(m.start, m.end)
                at[m.canonical] = (sentences[idx - 1].text, m.start, m.end)

    for idx, sent in enumerate(sentences):
        text = sent.text
        found = {c.mention: c.positive for c in calls(text)}
        glued = idx > 0 and 0 <= sent.start - sentences[idx - 1].end <= 2  # goes straight on from the sentence before
        if carry is not None and glued:
            if carry == sentences[idx - 1].text and not _src_has(src, idx - 1):
                # the sentence before named its markers with no result ("ALK (clone 5A4,"): their result is read here
                keep_before(idx, _earlier_results(carry, text))
            carry, stale = _continued_list(carry, text, found, head_only=bool(_rx("open_list_head").search(carry)))
            if stale is not None and stale in polarity and src.get(stale) == idx - 1:
                del polarity[stale]  # "AE1" of "AE1/" + "AE3": the whole name stands for it
                order.remove(stale)
        else:
            carry = None
        # a list cut with no result read yet ("ALK (clone 5A4," then a page's running head, then "Novocastra) was positive,
        # as was calponin") is open too, when it names a marker
        if carry is None and len(text) <= 1500 and _rx("broken_list_end").search(text, max(0, len(text) - 12)) and (
            found or markers_in(text)
        ):
            carry = text
        # "The tumour cells were positive for:" then one marker a line: the list opens in the next sentence
        if carry is None and not found and _rx("open_list_head").search(text, max(0, len(text) - 40)):
            carry = text
        if ki is None and glued:
            prev = sentences[idx - 1].text
            if _rx("ki67_broken_end").search(prev, max(0, len(prev) - 8)):
                ki = _broken_ki67(prev, sent, found) or ki
        for m, pos, pct in panel.get(idx, ()):
            if pct is not None and m.canonical == "Ki-67" and ki is None:
                ki = pct
            if pos is not None and m not in found:
                found[m] = pos
        _panel_only(text, found)
        if idx and found:  # "Immunostains for A, B, C and D were performed. Only A was positive."
            keep_before(idx, _only_after_panel(sentences[idx - 1].text, text, found))
        if found and (cut := text.find(": ")) > 0:  # "Stains for A, B, C and D were performed: A was positive, the rest negative"
            after = {m: p for m, p in found.items() if m.start > cut}
            for m, pos in _only_after_panel(text[:cut], text, after, cut + 2).items():
                found.setdefault(m, pos)
        if idx and not found:  # "Immunostaining for ROS1 was performed. It was negative."
            keep_before(idx, _pronoun_result_after_done(sentences[idx - 1].text, text))
        if not found and last is not None:  # "ALK was diffusely positive. Desmin likewise."
            found = {m: last for m in same_result_sentence(text)}
        last = max(found.items(), key=lambda kv: kv[0].start)[1] if found else None
        for m in markers_in(text):
            if m.canonical != "Ki-67" or ki is not None:
                continue
            if _asserted_context(text, m.start, m.end) & NOT_ASSERTED:
                continue
            pk = ki67_percent(text, m, sent.quote)
            if found.get(m) is False and not (pk is not None and pk[0] > 0 and pk[1] == m.start):
                continue  # "negative for ... and Ki-67": its own share of nuclei ("Ki-67 was < 1%") overrides the list
            if pk is not None:
                ki = (pk[0], sent.evidence(pk[1], pk[2]))
                if pk[0] > 0:
                    found[m] = True
        for m, pos in sorted(found.items(), key=lambda kv: kv[0].start):
            if pos and m.canonical == "ALK" and polarity.get(m.canonical) is False and (
                src.get(m.canonical) == idx or _other_alk_clone(alk_clone, text)
            ):
                # one sentence reads ALK both ways, with two antibodies ("negative with the ALK1 antibody but positive with
                # D5F3"): the tumour expresses ALK (the more sensitive clone's result)
                polarity[m.canonical] = True
                ev[m.canonical] = sent.evidence(m.start, m.end)
                continue
            if (
                m.canonical in polarity
                and polarity[m.canonical] != pos
                and m.canonical in at
                and repeated_on_better_material(at[m.canonical], (text, m.start, m.end))
            ):
                # "ALK was negative on the cell block. On the resection it was diffusely positive": the final result
                polarity[m.canonical] = pos
                ev[m.canonical] = sent.evidence(m.start, m.end)
                at[m.canonical] = (text, m.start, m.end)
                continue
            if (
                m.canonical in polarity
                and polarity[m.canonical] != pos
                and m.canonical not in revised
                and revises_earlier(text, m.start, sentences[idx - 1].text if idx else "")
            ):
                # "AMENDED REPORT: the earlier report of desmin positivity was in error ... desmin is NEGATIVE": the
                # corrected result is the final one (and stays so)
                polarity[m.canonical] = pos
                ev[m.canonical] = sent.evidence(m.start, m.end)
                at[m.canonical] = (text, m.start, m.end)
                revised.add(m.canonical)
                continue
            if m.canonical in polarity or m.canonical in probed:
                continue
            if m.canonical == "ALK":
                alk_clone = _alk_clone(text)
            if _rx("ish_probe").match(text, m.start, m.end) or _rx("ish_probe_before").search(text, max(0, m.start - 60), m.start):
                probed.add(m.canonical)  # an in-situ hybridisation probe ("EBER negative") is no immunostain: its virus
                continue  # is then left out, as a first result read decides a marker's polarity
            polarity[m.canonical] = pos
            order.append(m.canonical)
            src[m.canonical] = idx
            ev[m.canonical] = sent.evidence(m.start, m.end)
            at[m.canonical] = (text, m.start, m.end)
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
def apply_elsewhere_only(sentences: list[Sentence], row: CaseRow) -> None:
    """Clauses telling a stain result of other patients of a series as theirs only ("desmin was positive in K2
    only", given to K1 and K3): each marker read there is the opposite for ``row``, unless ``row`` already has a
    result for it (a Ki-67 index has no opposite)."""
    scratch = CaseRow(row.doc_id, row.case_id, source=row.source)
    apply(sentences, scratch)
    named = {fold(m) for f in ("ihc_positive", "ihc_negative") for m in getattr(row, f) or []}
    for theirs, mine in (("ihc_positive", "ihc_negative"), ("ihc_negative", "ihc_positive")):
        flipped = [m for m in getattr(scratch, theirs) or [] if fold(m) not in named and m != "Ki-67"]
        if flipped:
            row.set(mine, list(getattr(row, mine) or []) + flipped, *scratch.evidence.get(theirs, []))


def parse_ihc(text: str, positive_by_default: bool = False) -> tuple[list[str], list[str]]:
    """``"ALK+, desmin+, CK−"`` → (["ALK", "desmin"], ["CK"]). Unsigned markers are positive only
    when the column says so (``positive_by_default``)."""
    pos: list[str] = []
    neg: list[str] = []
    if is_na(text):
        return pos, neg
    for part in (p for semi in fold(text).split(";") for p in _rx("cell_list_label_cut").split(semi)):
        label = _rx("cell_list_label").match(part)
        labelled = parse_sign(label.group("label")) if label else None  # "Positive: SMA, ALK": the list's own sign
        if label:
            part = part[label.end() :]
        items: list[tuple[str, bool | None]] = []
        for s in (piece for item in _items_outside_brackets(part) for piece in _space_listed(item.strip())):
            s = _rx("cell_footnote_mark").sub("", s)
            if not s:
                continue
            m = rx("ihc_item").fullmatch(s)
            if m is None or _unclosed(m.group(1)):  # "SMA+ (focal)", "ALK- (ROS1+)": the call before the bracket
                m = _signed_before_aside(s) or m
            if (share := _share_item(s)) is not None:
                items.append(share)
            elif (scored := _scored_item(s)) is not None:
                items.append(scored)
            elif m:
                items.append((rx("ihc_item_qualifier").sub("", m.group(1).strip()) or m.group(1).strip(), _item_sign(m.group(2))))
            elif (graded := _graded_only(s)) is not None:
                items.append((graded, True))  # "SMA focal": a stain told only by how much took is a stain that took
            else:
                items.append((_rx("cell_item_qualifier_lead").sub("", s) or s, None))
        shared = _shared_sign(items)
        for name, sign in items:
            if sign is None and labelled is not None:
                sign = labelled
            if sign is None:
                sign = True if positive_by_default else shared  # a column of positive stains keeps its bare ones positive
            if sign is None or not re.search(r"[A-Za-z0-9]", name):
                continue
            if rx("ihc_item_qualifier").fullmatch(name.strip() + " "):
                continue  # "focal+" alone, its marker left in a cell broken off before it: a grade, no stain's name
            (pos if sign else neg).extend(_listed_markers(name))
    return pos, neg


def _items_outside_brackets(part: str) -> list[str]:
    """The items of an IHC cell, cut at its separators (``ihc_items``) outside brackets only: "pan-TRK+ (nuclear and
    cytoplasmic), SMA+" holds two items, not three."""
    out: list[str] = []
    at = 0
    for m in rx("ihc_items").finditer(part):
        if part.count("(", 0, m.start()) > part.count(")", 0, m.start()):
            continue  # inside a bracket
        out.append(part[at : m.start()])
        at = m.end()
    out.append(part[at:])
    return out


def _graded_only(item: str) -> str | None:
    """A known marker followed only by how much of the tumour stained ("SMA focal", "desmin patchy"; grades of
    ``ihc_item_qualifier``), no sign: the marker's name (such a stain took), else None."""
    m = rx("ihc_item_qualifier").search(item)
    if m is None or m.end() != len(item) or m.start() == 0 or len(m.group(0).strip()) < 4:
        return None  # (a lone letter, "SMA f", may be anything)
    name = item[: m.start()].strip()
    return name if lookup("markers", name) is not None else None


def _signed_before_aside(item: str) -> re.Match[str] | None:
    """A signed stain followed by a bracket that says how or where it stained ("SMA+ (focal)", "ALK positive (granular
    cytoplasmic)"): the stain and its sign, the aside dropped. None when the bracket holds a sign of its own."""
    bare = item.rstrip()
    if not bare.endswith(")"):
        return None
    aside = BRACKETED.search(bare)
    if aside is None or aside.end() != len(bare) or _rx("cell_bracketed_sign").fullmatch(aside.group(0).strip()):
        return None
    return rx("ihc_item").fullmatch(bare[: aside.start()].rstrip())


def _unclosed(name: str) -> bool:
    """A name that opens a bracket it does not close ("ALK- (ROS1" of "ALK- (ROS1+)"): the sign read was the aside's."""
    return name.count("(") > name.count(")")


def _scored_item(item: str) -> tuple[str, bool] | None:
    """A stain listed with its intensity score ("ALK 3+", "desmin 0"): a known marker's name before the score, which
    is not itself part of a longer marker's name ("CD 3+" is no score of "CD")."""
    m = _rx("cell_item_score").fullmatch(item.strip())
    if m is None or lookup("markers", m.group("name")) is None:
        return None
    if lookup("markers", item.strip().rstrip("+ ")) is not None or lookup("markers", item.replace(" ", "").rstrip("+")) is not None:
        return None
    return m.group("name").strip(), m.group("zero") is None


def _share_item(item: str) -> tuple[str, bool] | None:
    """A stain listed with its share of stained cells ("Ki-67 5%", "MIB-1: 10-15%", "SMA 30%"): a known marker's name
    before the share (regex ``cell_marker_share``), positive when any cell stained; the share is no part of its name."""
    m = _rx("cell_marker_share").fullmatch(item.strip())
    if m is None or lookup("markers", m.group("name")) is None:
        return None
    return m.group("name").strip(), max(float(x) for x in macro("number").findall(m.group("share"))) > 0


def _item_sign(sign: str) -> bool | None:
    """The sign of one listed stain: "+", "negative" ...; "±" and "+/-" (some cells stained) are positive."""
    return True if macro("equivocal_sign").fullmatch(sign.strip()) else parse_sign(sign)


def _shared_sign(items: list[tuple[str, bool | None]]) -> bool | None:
    """The sign a list of bare stains shares with its last, signed one ("CD34, S100, desmin −", "SOX10 and desmin
    negative"): only when every stain before it is a known marker without a sign of its own (a list mixing signed
    and bare items says nothing about the bare ones)."""
    if len(items) < 2 or items[-1][1] is None:
        return None
    if all(sign is None and lookup("markers", name) is not None for name, sign in items[:-1]):
        return items[-1][1]
    return None


def _listed_markers(name: str) -> list[str]:
    """A listed stain's canonical name (:func:`_listed_marker`), or the names of two stains sharing one sign across a
    slash ("CD117/DOG1 -") when each side is a known marker and the whole is none ("AE1/AE3" is one)."""
    parts = rx("marker_pair_cut").split(name.strip())
    if len(parts) > 1 and lookup("markers", name) is None and all(lookup("markers", p) is not None for p in parts):
        return [canonical_marker(p) for p in parts]
    return [_listed_marker(name)]


def _listed_marker(name: str) -> str:
    """A listed marker's canonical name; its bracketed detail ("CD30 (focal)", "pan-CK (AE1/AE3)") dropped when only
    the name without it is a known marker."""
    if lookup("markers", name) is None:
        bare = BRACKETED.sub(" ", name).strip()
        if bare and bare != name and lookup("markers", bare) is not None:
            return canonical_marker(bare)
    return canonical_marker(name)


def _space_listed(item: str) -> list[str]:
    """"ALK+ SMA+ CK-": signed markers set apart by spaces only (a cell of a table set in columns), or by slashes
    ("ALK+/SMA+/desmin-"); kept whole unless every piece ends with its own sign ("AE1/AE3 focal+" is one marker)."""
    if "+" not in item and "-" not in item:
        return [item]
    slashed = rx("marker_pair_cut").split(item)
    if len(slashed) > 1 and all(p.endswith(("+", "-")) and len(p) > 1 for p in slashed):
        return slashed  # "ALK+/SMA+/desmin-": signed stains set apart by slashes ("AE1/AE3+" is one stain)
    pieces = rx("ihc_space_after_sign").split(item)
    # ... the last piece may be a marker's share of stained cells instead ("ALK- SMA+ p63- Ki-67 12 %")
    signed = pieces[:-1] if len(pieces) > 1 and _rx("cell_marker_share").fullmatch(pieces[-1]) else pieces
    if len(pieces) > 1 and all(p.endswith(("+", "-")) and len(p) > 1 for p in signed):
        return pieces
    return [item]


def _read_ihc(c: CellContext) -> None:
    pos, neg = parse_ihc(c.cell.text, positive_by_default="positive" in c.header.lower() or "+" in c.header)
    _put_more(c, pos, neg)
    _cell_ki67(c)


def _cell_ki67(c: CellContext) -> None:
    """Ki-67 listed with its index among a cell's markers ("SMA+, Ki-67 15%"): positive, and the index (a range's
    upper bound) unless a Ki-67 column gave one."""
    for item in (piece for part in rx("ihc_items").split(fold(c.cell.text)) for piece in _space_listed(part.strip())):
        m = _rx("cell_marker_share").fullmatch(_rx("cell_footnote_mark").sub("", item.strip()))
        if m is None or canonical_marker(m.group("name")) != "Ki-67":
            continue
        nums = [float(x) for x in macro("number").findall(m.group("share"))]
        if nums and c.row.ki67_percent is None:
            c.put("ki67_percent", max(nums), c.cell)
        if nums and max(nums) > 0 and "Ki-67" not in (c.row.ihc_positive or []):
            c.put("ihc_positive", (c.row.ihc_positive or []) + ["Ki-67"], c.cell)


def _put_more(c: CellContext, pos: list[str], neg: list[str]) -> None:
    """Add a cell's markers to what the row's other columns gave ("ALK IHC" beside "Other positive")."""
    for name, found in (("ihc_positive", pos), ("ihc_negative", neg)):
        had = getattr(c.row, name) or []
        c.put(name, (had + [m for m in found if m not in had]) or None, c.cell)


def _read_ihc_negative(c: CellContext) -> None:
    """A column of negative stains ("Negative": "CK, S100, CD34"): an unsigned marker is negative, a signed one
    keeps its sign."""
    pos, neg = parse_ihc(c.cell.text)
    unsigned, _ = parse_ihc(c.cell.text, positive_by_default=True)
    neg = neg + [m for m in unsigned if m not in pos and m not in neg]
    _put_more(c, pos, neg)


def marker_cell_sign(text: str) -> bool | None:
    """A cell of a column named after one marker: its sign ("+", "focal +", "-"), or a grade of the stain alone
    ("focal", "patchy", "weak": a positive stain, as in a panel's result cell), or its intensity score ("3+", "1+":
    positive; "0": negative), or a call of an aberrant stain ("Mutant (diffuse strong)" in a p53 column: positive), or
    a result cell's opening call as a panel's ("Positive in 40% of cells"); None for anything else ("Wild-type",
    "Mutant (null)")."""
    sign = marker_sign(text)
    if sign is None and (inner := _rx("cell_bracketed_sign").fullmatch(text.strip())) is not None:
        sign = marker_sign(inner.group("sign"))  # "(+)", "(−)": a sign printed in brackets
    if sign is None:
        sign = _result_sign(text.strip())
    bare = BRACKETED.sub(" ", text).strip()
    if sign is None and ("+" in bare or bare == "0") and (score := rx("ihc_intensity_score").fullmatch(bare)) is not None:
        return score.group("score") != "0"  # "3+", "1+ (focal)": a stain that took; "0": none (a bare "2" says nothing)
    if sign is None and _rx("cell_aberrant_call").fullmatch(text.strip()):
        return True
    # "Positive in 40% of cells", "Positive, nuclear membrane": the call a panel's result cell opens with ("positive in
    # vessels only" is none)
    return sign if sign is not None else panel_result_sign(text)


def read_marker(c: CellContext) -> None:
    """A column named after one marker ("marker:SMA"): its sign adds the marker to the row's list."""
    sign = legend_reading(c.cell.text, c.legend, marker_cell_sign)  # "P" under a legend "P, positive"
    canon = c.column.split(":", 1)[1]
    if canon == "beta-catenin" and not sign and _rx("beta_catenin_cell_not_nuclear").fullmatch(c.cell.text):
        sign = False  # "cytoplasmic only" under a beta-catenin column: no nuclear stain
    if sign is not None:
        name = "ihc_positive" if sign else "ihc_negative"
        c.put(name, (getattr(c.row, name) or []) + [canon], c.cell)


def _read_marker_pair(c: CellContext) -> None:
    """A column named after two markers ("markers:CD117/DOG1"): a cell cut the same way gives each its own sign
    ("-/-", "+ / -"); one sign alone is both markers' ("-", the pair stained alike); a not-done code gives none."""
    names = c.column.split(":", 1)[1].split("/")
    parts = rx("marker_pair_cut").split(c.cell.text.strip())
    if len(parts) == 1:
        parts = parts * len(names)
    if len(parts) != len(names):
        return
    for canon, part in zip(names, parts):
        sign = marker_cell_sign(part)
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


def _panel_line_calls(lines: list[tuple[Cell, Cell, Evidence]]) -> list[tuple[str, str, Evidence]]:
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


def panel_result_sign(text: str) -> bool | None:
    """A panel's result cell as a sign: the whole cell ("focal +", "diffuse, strong", "-"), else the call it opens
    before a comma, a bracket or an "in" ("positive (cytoplasmic), diffuse", "positive, membranous pattern", "neg.",
    "positive in 60% of cells"), else a result in words ("retained", "lost", "not expressed", "2+")."""
    whole = text.strip()
    sign = _result_sign(whole)
    if sign is not None:
        return sign
    m = _rx("panel_result_head").match(text)  # always matches (the head may be empty)
    head = m.group().strip().rstrip(".").strip()
    # "positive in vessels only": a positive call of other cells than the tumour's is none (a negative one stands)
    elsewhere = _rx("panel_result_elsewhere").search(text, m.end()) is not None
    if whole and (words := _rx("panel_result_words").fullmatch(whole)) is not None:
        sign = words.group("pos") is not None
        return None if sign and elsewhere and whole == head else sign
    if not head or head == whole:
        return None
    sign = _result_sign(head)
    if sign is None and (words := _rx("panel_result_words").fullmatch(head)) is not None:
        sign = words.group("pos") is not None
    return None if sign and elsewhere else sign


def graded_panel_sign(text: str) -> bool | None:
    """A graded panel line's result (``literature_table`` lists the line's grade cells by kind: "intensity: strong |
    extent: 90% | pattern: cytoplasmic"): negative when the intensity is negative or nil ("negative", "0", "-") or the
    extent is nil ("0 %"); positive when any grade is given otherwise; None for a line that is not graded or gives no
    grade (regexes ``graded_part``, ``grade_nil``)."""
    parts = {m.group("kind"): m.group("value").strip() for m in _rx("graded_part").finditer(text)}
    if not parts:
        return None
    intensity, extent = parts.get("intensity"), parts.get("extent")
    if (intensity is not None and (_rx("grade_nil").fullmatch(intensity) or panel_result_sign(intensity) is False)) or (
        extent is not None and _rx("grade_nil").fullmatch(extent)
    ):
        return False
    given = [v for v in parts.values() if not _rx("grade_blank").fullmatch(v)]
    return True if given else None


def panel_line_sign(text: str) -> bool | None:
    """A panel line's result cell as a sign: a graded line's grades (:func:`graded_panel_sign`), else the result cell's
    own words (:func:`panel_result_sign`)."""
    return graded_panel_sign(text) if _rx("graded_part").match(text) else panel_result_sign(text)


def read_panel(lines: list[tuple[Cell, Cell, Evidence]], row: CaseRow) -> None:
    """An IHC panel table's calls for ``row``'s patient, one (antibody cell, result cell, evidence) per
    line (``literature_table.panel_lines``): an antibody cell naming one marker whose result cell is a
    sign ("positive", "focal +", "-") adds the marker to the row's list, unless the patient's sentences
    already called it. A line naming no known marker, or no sign ("not done"), adds nothing."""
    called = {*(row.ihc_positive or []), *(row.ihc_negative or [])}
    added: dict[bool, list[tuple[str, Evidence]]] = {True: [], False: []}
    for antibody_text, result_text, ev in _panel_line_calls(lines):
        names = {m.canonical for m in markers_in(antibody_text)}
        if len(names) != 1:
            continue
        sign = panel_line_sign(result_text)
        if names == {"beta-catenin"} and not sign and _rx("beta_catenin_cell_not_nuclear").fullmatch(result_text):
            sign = False  # "Membranous only (no nuclear staining)": beta-catenin's result is its nuclear stain
        if names == {"Ki-67"} and _rx("graded_part").match(result_text) and (extent := _rx("graded_extent").search(result_text)):
            result_text = extent.group("value")  # "Ki-67 | nuclear | - | 5%": the share of cells
            sign = None
        if names == {"Ki-67"} and sign is None:
            pct = _rx("panel_percent_cell").fullmatch(squash(BRACKETED.sub(" ", result_text)))
            if pct is not None:  # "Ki-67 | MIB-1 | 8%": the share of cells, and a stain that took
                if row.ki67_percent is None:
                    row.set("ki67_percent", float(pct.group("pct")), ev)
                sign = float(pct.group("pct")) > 0
        if sign is None:
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
    TableColumn("ihc_negative", ("ihc_positive", "ihc_negative"), _read_ihc_negative),
    TableColumn("marker:", ("ihc_positive", "ihc_negative"), read_marker),
    TableColumn("markers:", ("ihc_positive", "ihc_negative"), _read_marker_pair),
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
