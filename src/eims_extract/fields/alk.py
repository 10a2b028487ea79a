"""ALK testing (``alk_tests``) and the fusion partner (``alk_fusion_partner``).

A test result is read per clause: a method (IHC, FISH, NGS, RT-PCR) and ALK
named in the same clause, negative wording ("did not detect", "negative",
"no rearrangement") makes it ``METHOD-``, otherwise ``METHOD+`` — unless the
clause only says the test was done or what it is for ("FISH for ALK was
performed", "sent for ALK FISH") without a result word. Negative and
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
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from ..errors import ConfigError, CurationError
from ..ingest.model import Cell, Document
from ..prefilter import alternation, may_match_indices
from ..normalize import (
    BRACKETED,
    canonical_fusion,
    canonical_gene,
    fold,
    is_kinase,
    is_na,
    key,
    lookup,
    parse_sign,
    vocabulary,
)
from .. import rules
from ..records import CaseRow, Evidence
from ..rules import AlkRule, macro
from . import ihc
from .assertion import NOT_ASSERTED, clause, context
from .base import Sentence
from .cells import legend_expansion, legend_meaning, legend_reading, marker_sign, na_code, no_result_meaning, paired_values, rx as _rx_value, squash
from .registry import CellContext, FieldSpec, TableColumn, list_compare, register, register_also_read, register_columns


def _rx(name: str) -> re.Pattern[str]:
    """Named regex ``name`` of ``patterns/alk.jsonl`` (what this family recognises; rules.py loads it)."""
    return rules.regex("patterns/alk", name)


def _default_split_cutoff() -> float:
    """The cut-off (in %) a break-apart FISH share of split nuclei is read against when the text states none (the
    number ``split_share_default_cutoff`` of ``patterns/alk.jsonl`` holds)."""
    return _cutoff_number("split_share_default_cutoff", _rx("split_share_default_cutoff"))


def _lowest_split_cutoff() -> float:
    """The lowest cut-off (in %) laboratories use for a break-apart FISH share (``split_share_lowest_cutoff``): a share
    told with no cut-off and no verdict is negative only under it."""
    return _cutoff_number("split_share_lowest_cutoff", _rx("split_share_lowest_cutoff"))


@cache
def _cutoff_number(name: str, rx: re.Pattern[str]) -> float:
    """The number (a % cut-off) regex ``name`` of ``patterns/alk.jsonl`` holds: checked once, so a rule file giving no
    plain number fails as a configuration error, not on the first sentence that needs it."""
    text = rx.pattern
    try:
        value = float(text)
    except ValueError:
        raise ConfigError(f"patterns/alk.jsonl {name}: {text!r} is no number (a % cut-off)") from None
    if not 0 < value < 100:
        raise ConfigError(f"patterns/alk.jsonl {name}: {value} is no share of nuclei (0-100)")
    return value


KINDS = (
    "method", "target", "negative", "not_done", "other_gene", "fusion", "finding", "not_gene", "break", "not_negative",
    "link", "partner_after", "partner_before", "owner", "carry_over", "inferred", "no_result", "result",
    "follow_result", "topic", "example", "or_next", "or_prev", "coordinated", "class_share", "other_study",
    "unconfirmed", "class_generic", "not_fusion", "scope", "equivocal", "designator",
)
METHODS = ("IHC", "FISH", "NGS", "RT-PCR")


@cache
def _rules() -> dict[str, list[AlkRule]]:
    out: dict[str, list[AlkRule]] = {k: [] for k in KINDS}
    for r in rules.load("patterns/alk", kinds=KINDS):
        if r.kind == "method" and r.method not in METHODS:
            raise ConfigError(f"{r.where} ({r.id}): method must be one of {METHODS}")
        if r.kind == "link" and r.order not in ("written", "kinase_last"):
            raise ConfigError(f"{r.where} ({r.id}): a link needs order 'written' or 'kinase_last'")
        out[r.kind].append(r)
    return out


def _any(kind: str, text: str, lo: int = 0, hi: int | None = None) -> bool:
    hi = len(text) if hi is None else hi
    return any(r.regex.search(text, lo, hi) for r in _rules()[kind])


#: the sentence last asked about and whether it has a finding word (one pair, replaced at once: safe across threads)
_LAST_FINDING: tuple[str, bool] | None = None


def _has_finding(text: str) -> bool:
    """A finding word in the sentence (``finding`` rules): the fusion readers' common gate, asked by
    :func:`partners_in` and then :func:`fusions_in` of the same sentence (the answer kept for the next ask)."""
    global _LAST_FINDING
    last = _LAST_FINDING
    if last is None or last[0] != text:
        # only the rules whose literals the sentence holds can match it: one index pass, not a filter per rule
        rxs = _kind_regexes("finding")
        last = _LAST_FINDING = (text, any(rxs[i].search(text) for i in may_match_indices(rxs, text)))
    return last[1]


@cache
def _kind_regexes(kind: str) -> tuple[re.Pattern[str], ...]:
    """The regexes of the rules of ``kind``, in file order, as one fixed tuple (the literal index is keyed by it)."""
    return tuple(r.regex for r in _rules()[kind])


def _clause(text: str, pos: int) -> tuple[int, int]:
    """Clause around ``pos`` for test results: only ``break`` and ``coordinated`` rules end it, so a
    relative clause or a parenthetical ", however," stays with the method it describes; nor does a semicolon inside a
    bracketed aside opened after ``pos`` that tells no result of its own ("an RNA panel (multiplex assay; 60 genes
    including ALK) found no fusion")."""
    lo, hi = _cut(text, pos, ("break", "coordinated"))
    while hi < len(text) and text[hi] == ";":
        opened, closed = _bracket_edge(text, hi - 1, -1), _bracket_edge(text, hi + 1, 1)
        if opened <= pos or closed >= len(text) or _rx("result_in_bracket").search(text, opened + 1, closed):
            break
        hi = _cut(text, closed + 1, ("break", "coordinated"))[1]  # past the bracket: always further on
    return _within_result_bracket(text, pos, lo, hi)


def _bracket_edge(text: str, i: int, step: int) -> int:
    """The unmatched bracket met walking from ``i`` by ``step`` (-1: the opening one before, 1: the closing one after),
    nested pairs skipped; -1 or ``len(text)`` when there is none."""
    inner, outer = ("(", ")") if step > 0 else (")", "(")
    depth = 0
    while 0 <= i < len(text):
        if text[i] == inner:
            depth += 1
        elif text[i] == outer:
            if depth == 0:
                return i
            depth -= 1
        i += step
    return i


def _within_result_bracket(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """``(lo, hi)`` narrowed to the closed bracket around ``pos`` when that bracket names a test and tells results of
    its own (regex ``result_in_bracket``: "an IMT (ALK IHC positive; TPM4-ALK by NGS) not amenable to resection"): what is said outside
    it is not about its tests."""
    start, end = _bracket_edge(text, pos - 1, -1), _bracket_edge(text, pos, 1)
    if start < 0 or end >= len(text) or _rx("result_in_bracket").search(text, start + 1, end) is None:
        return lo, hi
    if not any(start < s < end for _, s, _ in _method_mentions(text)):
        return lo, hi  # "no fusion (e.g. EML4-ALK) was found": fusions named as examples, no test told in the bracket
    return max(lo, start + 1), min(hi, end)


@cache
def _cut_regexes(kinds: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The regexes of the rules of ``kinds`` as one fixed tuple (the literal index is keyed by it)."""
    return tuple(r.regex for k in kinds for r in _rules()[k])


@lru_cache(maxsize=16)  # a sentence is cut around several positions in turn: a sentence or two at a time
def _cut_spans(text: str, kinds: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """The spans of every match of the rules of ``kinds`` in ``text`` (only the rules whose literals it holds are run:
    the others cannot match it)."""
    rxs = _cut_regexes(kinds)
    return tuple(m.span() for i in may_match_indices(rxs, text) for m in rxs[i].finditer(text))


def _cut(text: str, pos: int, kinds: tuple[str, ...], lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """``text[lo:hi]`` around ``pos`` cut at the matches of the rules of ``kinds`` (the bounds only narrow, so the
    order the matches are taken in does not matter)."""
    hi = len(text) if hi is None else hi
    for start, end in _cut_spans(text, kinds):
        if end <= pos:
            lo = max(lo, end)
        elif start >= pos:
            hi = min(hi, start)
        else:  # inside a match that spans a whole clause ("Although ... ,"): the clause ends with it
            hi = min(hi, end)
    return lo, hi


@cache
def _method_regexes() -> tuple[re.Pattern[str], ...]:
    """The method rules' regexes as one fixed tuple (the literal index is keyed by it)."""
    return tuple(r.regex for r in _rules()["method"])


def _method_mentions(text: str) -> list[tuple[str, int, int]]:
    rs = _rules()["method"]
    # the rules (in order) whose literals the sentence holds: the others cannot match it
    found = [(rs[i].method, m.start(), m.end()) for i in may_match_indices(_method_regexes(), text) for m in rs[i].regex.finditer(text)]
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
    ends = [e.end() for r in _rules()["scope"] for e in r.regex.finditer(text)]  # "Despite negative ALK staining, NGS ..."
    for m in mentions:
        if groups:
            last = groups[-1][-1]
            if any(last[2] <= e <= m[1] for e in ends):
                groups.append([m])
                continue
            if m[0] == last[0] or _rx("coordination_gap").match(text[last[2] : m[1]]):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


def _cue_owner(text: str, cue_start: int, groups: list[list[tuple[str, int, int]]]) -> int | None:
    """The group a polarity cue belongs to: the nearest method before it (the test's
    subject: "NGS failed to detect"), else the first one after it ("no fusion was found by NGS")."""
    before = [i for i, g in enumerate(groups) if g[0][1] < cue_start]
    after = [i for i, g in enumerate(groups) if g[0][1] >= cue_start]
    if after and _rx("cue_then_method").match(text, cue_start, groups[after[0]][0][1]):
        return after[0]  # "... without a FISH-detectable rearrangement": the cue qualifies the method it precedes
    if after and _rx("inverted_cue_then_method").match(text, cue_start, groups[after[0]][0][1]):
        return after[0]  # "..., and in neither of them did an RNA panel detect a fusion": the inverted test's cue
    if before:
        return before[-1]
    return 0 if groups else None


def _owned(kind: str, text: str, lo: int, hi: int, groups: list[list[tuple[str, int, int]]]) -> set[int]:
    """The groups of methods a cue of ``kind`` in ``text[lo:hi]`` belongs to. A cue inside an opener of its own (``scope``
    rules: "Although ALK staining was negative, FISH ...", "After a failed FISH, NGS ...") is never owned by a method
    after the opener: it tells the earlier test's result."""
    owners: set[int] = set()
    shields = [(m.start(), m.end()) for r in _rules()["not_negative"] for m in r.regex.finditer(text, lo, hi)]
    openers = [(m.start(), m.end()) for r in _rules()["scope"] for m in r.regex.finditer(text)]
    for r in _rules()[kind]:
        for m in r.regex.finditer(text, lo, hi):
            if kind == "negative" and any(a <= m.start() < b for a, b in shields):
                continue
            inside = any(s <= m.start() < e for g in groups for _, s, e in g)
            if kind in ("negative", "not_done") and _other_gene_subject(text, m.start()):
                continue  # "ALK staining and FISH were negative, and ROS1 was not tested": the cue is that gene's
            owner = None if inside else _cue_owner(text, m.start(), groups)
            # a cue whose wording runs right up to a method names that method as its object ("no material remained for
            # sequencing"), not the test named before it
            nxt = [i for i, g in enumerate(groups) if g[0][1] >= m.end() and not text[m.end() : g[0][1]].strip()]
            if not inside and nxt:
                owner = nxt[0]
            if owner is not None and any(a <= m.start() < b <= groups[owner][0][1] for a, b in openers):
                continue
            if owner is not None:
                owners.add(owner)
    return owners


def _other_gene_subject(text: str, cue_start: int) -> bool:
    """A gene other than ALK is the subject right before a polarity cue ("..., and ROS1 was not tested"), or the
    cue's own object names only genes other than ALK ("FISH showed an ALK rearrangement and no ROS1 fusion was found")."""
    if after := _rx("negated_gene_list_after").match(text, cue_start):
        named = [canonical_gene(g.group(0)) or g.group(0) for g in _rx("gene_list_item").finditer(after.group("genes"))]
        if "ALK" not in named and any(lookup("genes", g) is not None for g in named):
            return True
    window = text[max(0, cue_start - 40) : cue_start]
    before = _rx("negated_gene_before").search(window)
    if before is None:
        return False
    head = window[: before.start()].rstrip()
    if any(head.endswith(conj) for conj in (" and", " or", " nor", ",", "/", "&")):
        # "FISH for ALK and ROS1 was negative": one subject of a coordination of genes, ALK's when ALK is among them;
        # "..., and NTRK1 and ROS1 were not rearranged" names only other genes (a member may be a numbered range of a
        # family: "ALK, NTRK1-3 and PDGFRB were not rearranged")
        named = _coordinated_genes(text[max(0, cue_start - 200) : cue_start - len(window) + before.start()])
        if named is None or "ALK" in named:
            return False  # (an empty list: the glue joins clauses, "..., and ROS1 was not tested")
    hit = lookup("genes", before.group("gene"))
    if hit is None:  # a gene of another test, not a kinase ("..., and MDM2 was not amplified")
        return any(r.regex.fullmatch(before.group("gene")) for r in _rules()["other_gene"])
    return hit.canonical != "ALK"


def _coordinated_genes(head: str) -> list[str] | None:
    """The genes coordinated at the end of ``head``, last first ("ALK, NTRK1-3 and" gives NTRK1, ALK), walking back over
    gene words (regex ``gene_range_word``) and their glue to the first other word (none: the glue joins clauses); None
    when the walk reaches the start of ``head`` (the list may go on before it)."""
    named: list[str] = []
    for token in reversed(head.replace("&", " ").split()):
        word = token.strip(",;(/")
        if word in ("", "and", "or", "nor"):
            continue
        # "NTRK1/2/3", "NTRK1-3" are one word of regex gene_range_word; "ALK/ROS1" two genes
        parts = [word] if _rx("gene_range_word").fullmatch(word) else word.split("/")
        found = [_gene_word(part) for part in parts]
        if None in found:
            return named
        named += [g for g in found if g is not None]
    return None


def _gene_word(word: str) -> str | None:
    """The canonical gene a word of a gene list names (regex ``gene_range_word``: "NTRK1-3" names NTRK1), else None."""
    m = _rx("gene_range_word").fullmatch(word)
    hit = None if m is None else lookup("genes", m.group("gene"))
    return None if hit is None else hit.canonical


def alk_results(text: str) -> list[tuple[str, int, int]]:
    """``(METHOD±, start, end)`` for every asserted method result in ``text``.

    Within a clause a negative or not-done cue belongs to one group of methods, so
    "FISH showed a rearrangement that the DNA panel failed to detect" is FISH+ and NGS-.
    """
    return _read_tests(text)[0]


def silent_tests(text: str) -> list[str]:
    """Methods of ``text`` named for ALK as done but with no result in their clause ("FISH for ALK
    was performed"): the next sentence may give it."""
    return _read_tests(text)[1]


def _read_tests(text: str) -> tuple[list[tuple[str, int, int]], list[str]]:
    out: list[tuple[str, int, int]] = []
    quiet: list[str] = []
    alk_calls = [c for c in ihc.calls(text) if c.mention.canonical == "ALK"]
    # clauses of lymph nodes free of tumour or of a second lesion, and stains not done ("we did not repeat ALK with
    # D5F3 because the 5A4 result was clear"): no test of the tumour there, nor a cue for the tests beside them; read
    # blanked (same length, so offsets hold)
    for a, b in ihc.not_this_tumour_spans(text):
        text = text[:a] + " " * (b - a) + text[b:]
    mentions = _method_mentions(text)
    seen_clauses: set[tuple[int, int]] = set()
    for m in mentions:
        lo, hi = _clause(text, m[1])
        if (lo, hi) in seen_clauses:
            continue
        seen_clauses.add((lo, hi))
        if any(ihc.results_in_columns(text, e) for _, s, e in mentions if lo <= s < hi):
            continue  # "ALK IHC      Positive      Negative": a row of a flattened table of patients, whose column is whose?
        if not _any("target", text, lo, hi):
            # "FISH found no ALK rearrangement, and a fusion panel was negative": a clause naming no gene after ALK
            # was named alone earlier in the sentence reports a test for ALK, as a sentence after such a sentence does
            if lo > 0 and (
                _only_alk_named(text[:lo]) or (_any("target", text, 0, lo) and _rx("no_fusion_at_all").search(text, lo, hi))
            ):
                out += _gene_free_clause(text, lo, hi, _clause_context, verdict=True)
            if lo > 0 and _only_alk_named(text[:lo]):
                out += _partner_clause(text, lo, hi, mentions)
            # "Break-apart FISH was negative, but RNA sequencing detected an EML4-ALK fusion": the sentence's opening
            # clause naming no gene, before a clause that names ALK alone, reports the same gene's test
            elif lo == 0 and hi < len(text) and _only_alk_named(text[hi:]):
                # (an ALK the marker-list reading calls there has its own polarity: "the tumour was negative for all
                # markers except for ALK, SMA and vimentin" is no negative ALK stain)
                out += [r for r in _gene_free_clause(text, lo, hi, _clause_context, verdict=True)
                        if not (alk_calls and r[0].startswith("IHC"))]
            # "NGS identified a YWHAE-ROS1 fusion; no fusions of ALK, NTRK1-3 or RET were detected": the panel that found
            # another kinase's fusion says in the next clause it found none of ALK (``no_alk_after_other_fusion``)
            if _rx("no_alk_after_other_fusion").match(text, hi):
                out += [
                    ("NGS-", s, e) for method, s, e in mentions
                    if method == "NGS" and lo <= s < hi and _reports_other_fusion(text, e, hi)
                    and not _clause_context(text, s, e) & NOT_ASSERTED
                ][:1]
            out += _result_in_next_clause(text, lo, hi, mentions)
            continue
        if _any("other_study", text, lo, hi):
            continue  # another study's finding ("in one of the largest series, ALK was not found")
        if _alk_only_aside(text, lo, hi):
            # "in this ALK-negative IMT, sequencing found a TIMP3-RET fusion": the tests are the other kinase's; a panel
            # listing ALK among its genes that found that fusion "and no other rearrangement" is negative for ALK
            out += _panel_found_nothing_else(text, lo, hi, mentions)
            continue
        if _any("not_fusion", text, lo, hi) and not _fusion_word_asserted(text, lo, hi):
            # "sequencing showed an ALK point mutation", "FISH showed ALK amplification rather than a rearrangement": a
            # variant, no rearrangement, is no fusion test result
            continue
        groups = _groups(text, [x for x in mentions if lo <= x[1] < hi])
        # "FISH failed (no signal) and was repeated on a second block: positive": the repeat's result is the final answer
        cue_lo = _repeat_with_result(text, lo, hi, groups)
        negative = _owned("negative", text, cue_lo, hi, groups) | _below_cutoff(text, cue_lo, hi, groups)
        # "ALK immunohistochemistry was negative, as was ALK break-apart FISH": the elided result is the one before
        negative |= {i for i in range(1, len(groups)) if i - 1 in negative
                     and _rx("same_result_as_before").search(text, groups[i - 1][-1][2], groups[i][0][1])}
        not_done = _owned("not_done", text, cue_lo, hi, groups) | _owned("equivocal", text, cue_lo, hi, groups)
        # "FISH for ALK was performed", "ALK immunohistochemistry is a useful tool": the test named, no result
        silent = (_any("no_result", text, lo, hi) and not _any("result", text, lo, hi)) or _any("topic", text, lo, hi)
        for i, group in enumerate(groups):
            if i not in negative and i not in not_done and _result_never_came(text, group, hi):
                continue  # the text stops after the test's name, before its result
            # "Because ALK staining was negative, ALK FISH was performed": the result in the clause is another test's;
            # this one is only said to be done
            done_only = (
                _any("no_result", text, group[0][1], hi)
                or _rx("tested_with_before").search(text, max(lo, group[0][1] - 80), group[0][1]) is not None
            ) and not _any("result", text, group[0][1], hi)
            if (silent or done_only) and i not in negative and i not in not_done:
                told = [method for method, s, e in group if not _clause_context(text, s, e) & NOT_ASSERTED]
                after = _result_after_semicolon(text, hi, told[0]) if told else None
                if after is not None:
                    out.append(after)  # "FISH was done with an ALK probe; split signals were seen in 40% of nuclei"
                    continue
                quiet += told
            if i in not_done:  # "... was not interpretable; when repeated it was positive"
                out += _repeat_in_next_clause(text, hi, group, mentions)
            if i in not_done or ((silent or done_only) and i not in negative):
                continue
            for method, s, e in group:
                if method == "IHC" and alk_calls:
                    continue  # the marker-list reading knows which polarity belongs to ALK
                if _for_other_gene(text, e) or any(
                    pm == method and pe <= s and _for_other_gene(text, pe) and not _any("target", text, pe, s)
                    for pm, _, pe in mentions
                    if lo <= pe <= hi
                ):
                    # "ALK staining was negative, and FISH for ROS1 was positive (break-apart signals)": ROS1's test
                    continue
                if _bracket_of_other_marker(text, s) or _bracket_of_other_marker(text, s, _rx("marker_before_method")):
                    continue  # "..., and positive for ROS1 (IHC)", "... by pan-TRK immunohistochemistry": that marker's test
                # (up to the next test named; for a result not negative, not the same test named again: "Archer
                # FusionPlex (RNA) CCDC6::RET" names one test twice, and what it found is the other kinase's fusion)
                if _reports_other_fusion(
                    text, e, min([
                        x[1] for x in mentions
                        if x[1] > e and not (i not in negative and x in group and x[0] == method)
                    ] + [hi])
                ) and not (
                    i in negative and _rx("no_alk_found_on").search(text, lo, s)
                ):
                    continue  # "..., and RT-PCR then amplified an ETV6-NTRK3 transcript": that kinase's test
                if i not in negative and (
                    other := _rx("unnamed_other_kinase_fusion").search(text, e, min([x[1] for x in mentions if x[1] > e] + [hi]))
                ) is not None and not _rx("alk_word").search(text, e, other.start()):
                    # "..., and RNA sequencing identified an alternative kinase fusion": not ALK's result (but "identified
                    # an ALK fusion and a second rearrangement": the ALK named first is the test's)
                    continue
                if _agent_of_other_fusion(text, lo, s):
                    continue  # "a YWHAE-ROS1 fusion detected by RNA sequencing after a negative ALK work-up": ROS1's test
                if _clause_context(text, s, e) & NOT_ASSERTED:
                    continue
                out.append((method + ("-" if i in negative else "+"), s, e))
    out += _carried_over(text, mentions)
    # ALK called by the IHC list reading, unless another method reports it ("FISH was positive for ALK",
    # "ALK was positive by FISH"); a method named in a clause of its own after the call ("... stained for
    # ALK, and FISH confirmed a rearrangement") or before IHC ("NGS found ..., and immunoreactivity for ALK")
    # does not
    for c in alk_calls:
        if ihc.results_in_columns(text, c.mention.end):
            continue  # "ALK IHC      Positive      Negative": whose column is whose?
        stained = _rx("stain_pattern_before").search(text[max(0, c.mention.start - 40) : c.mention.start]) is not None
        stained = stained or _stain_named_after(text, c.mention.end, mentions)
        if not stained and _other_method_reports(text, c.mention.start, c.mention.end, mentions):
            continue
        out.append(("IHC" + ("+" if c.positive else "-"), c.mention.start, c.mention.end))
    return sorted(dict.fromkeys(out), key=lambda t: t[1]), quiet  # a result read two ways is one result


def _result_after_semicolon(text: str, hi: int, method: str) -> tuple[str, int, int] | None:
    """The result of ``method``, told only as done in the clause ending at ``hi``, given by the clause after a semicolon
    that names no gene other than ALK ("ALK FISH was performed with a break-apart probe; separated red and green signals
    were seen in 62% of nuclei"): read as the next sentence would be (:func:`follow_up_result`)."""
    if not text.startswith(";", hi):
        return None
    nlo, nhi = _clause(text, hi + 1)
    part = text[nlo:nhi]
    if _any("other_gene", part) or any(g.symbol not in (None, "ALK") for g in genes_in(part)):
        return None
    res = follow_up_result(part, method)
    return None if res is None else (res[0], nlo + res[1], nlo + res[2])


def _repeat_in_next_clause(
    text: str, hi: int, group: list[tuple[str, int, int]], mentions: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """A failed or equivocal test whose repeat the next clause of the sentence tells with its result and no method of
    its own (regex ``repeat_next_clause``: "...was uninterpretable; when repeated on the resection it was positive")."""
    if hi >= len(text):
        return []
    m = _rx("repeat_next_clause").match(text, hi)  # the clause's own stretch: no full stop or semicolon in it
    if m is None or any(hi <= s < m.end() for _, s, _ in mentions):
        return []
    sign = "+" if m.group("sign").lower() == "positive" else "-"
    return [
        (method + sign, s, e) for method, s, e in group
        if not (method == "IHC" and sign == "+") and not _clause_context(text, s, e) & NOT_ASSERTED
    ][:1]


def _fusion_word_asserted(text: str, lo: int, hi: int) -> bool:
    """A fusion word of ``text[lo:hi]`` (regex ``fusion_word``) that is not only set against a variant (regex
    ``fusion_contrasted``: "amplification rather than a rearrangement")."""
    contrasts = [(m.start(), m.end()) for m in _rx("fusion_contrasted").finditer(text, lo, hi)]
    return any(
        not any(a <= m.start() < b for a, b in contrasts) for m in _rx("fusion_word").finditer(text, lo, hi)
    )


def _result_in_next_clause(text: str, lo: int, hi: int, mentions: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A molecular test told only as done in its clause ("RT-PCR with Sanger sequencing was performed"), the ALK fusion it
    found told in the next clause of the sentence, which names no test of its own ("...; two transcripts were detected,
    TPM4-ALK and CLTC-ALK"): that test is positive, as when its result comes in the next sentence."""
    if hi >= len(text) or not _any("no_result", text, lo, hi) or _any("result", text, lo, hi):
        return []
    nlo, nhi = _clause(text, hi + 1)
    if any(nlo <= s < nhi for _, s, _ in mentions):
        return []
    if not any(f.endswith("::ALK") for f, _, _ in fusions_in(text[hi:nhi])):
        return []
    return [
        (method + "+", s, e) for method, s, e in mentions
        if method != "IHC" and lo <= s < hi and not _clause_context(text, s, e) & NOT_ASSERTED
    ][:1]


def _repeat_with_result(text: str, lo: int, hi: int, groups: list[list[tuple[str, int, int]]]) -> int:
    """Where the result cues of ``text[lo:hi]`` start: at a repeat that gave a result (regex ``repeat_gave_result``)
    when a failed or equivocal cue of the test comes before it, else at ``lo``."""
    if not groups or (rep := _rx("repeat_gave_result").search(text, lo, hi)) is None:
        return lo
    if _owned("not_done", text, lo, rep.start(), groups) or _owned("equivocal", text, lo, rep.start(), groups):
        return rep.start()
    return lo


def _below_cutoff(text: str, lo: int, hi: int, groups: list[list[tuple[str, int, int]]]) -> set[int]:
    """The groups of ``text[lo:hi]`` whose share of nuclei or cells (regex ``cutoff_share``) is under the cut-off the
    clause states (regex ``cutoff_value``): "FISH showed 2% split signals (cut-off 15%)" is a negative result, "44%
    split nuclei (cut-off 15%)" stays positive. The share read is the nearest one before the cut-off, else after it."""
    if not groups:
        return set()
    if text.count("(", lo, hi) > text.count(")", lo, hi) and (close := text.find(")", hi)) != -1:
        hi = close  # "split signals in 25 of 200 nuclei (12.5%; cut-off 15%)": the bracket the clause ends in goes on
    cuts = list(_rx("cutoff_value").finditer(text, lo, hi))
    if not cuts:
        return _below_default_cutoff(text, lo, hi, groups)
    shares: list[tuple[int, float]] = []
    for m in _rx("cutoff_share").finditer(text, lo, hi):
        if any(c.start() <= m.start() < c.end() for c in cuts):
            continue  # the cut-off's own value
        if m.group("pct") is not None:
            shares.append((m.start(), float(m.group("pct"))))
        elif float(m.group("n")) > 0:
            shares.append((m.start(), 100 * float(m.group("k")) / float(m.group("n"))))
    owners: set[int] = set()
    for c in cuts:
        cut = float(c.group("cut") or c.group("cut2"))
        before = [x for x in shares if x[0] < c.start()]
        after = [x for x in shares if x[0] >= c.end()]
        share = before[-1] if before else (after[0] if after else None)
        if share is not None and share[1] < cut:
            owner = _cue_owner(text, share[0], groups)
            if owner is not None:
                owners.add(owner)
    return owners


def _below_default_cutoff(text: str, lo: int, hi: int, groups: list[list[tuple[str, int, int]]]) -> set[int]:
    """The FISH groups of ``text[lo:hi]`` whose share of nuclei with split signals, told with no cut-off and no verdict
    of the author's, is under the lowest cut-off in use (``split_share_lowest_cutoff``; a cut-off stated elsewhere may
    be any of 10-20%): a negative result, not the positive "split signals" alone would read as. Two shapes: a share
    stated alone ("ALK FISH: 5% of nuclei with split signals": regexes ``split_signal_share``, ``split_share_verdict``)
    and a share inside a FISH sentence ("split signals in only 4% of nuclei": :func:`_split_share_under_default`)."""
    owners: set[int] = set()
    if not _rx("split_share_verdict").search(text, lo, hi):
        for m in _rx("split_signal_share").finditer(text, lo, hi):
            if float(m.group("pct") or m.group("pct2")) < _lowest_split_cutoff():
                owner = _cue_owner(text, m.start(), groups)
                if owner is not None:
                    owners.add(owner)
    share = _split_share_under_default(text, lo, hi)
    owner = None if share is None else _cue_owner(text, share.start(), groups)
    if owner is not None and any(m == "FISH" for m, _, _ in groups[owner]):
        owners.add(owner)
    return owners


def _split_share_under_default(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """A share of nuclei with split signals in ``text[lo:hi]`` under the lowest cut-off laboratories use (a cut-off
    stated in another sentence may be any of 10-20%), in a stretch that states no cut-off and no verdict of its own
    (:func:`_below_default_cutoff`)."""
    share = _rx("split_share_bare").search(text, lo, hi)
    if share is None or _rx("split_share_own_verdict").search(text, lo, hi):
        return None
    return share if float(share.group("pct") or share.group("pct2")) < _lowest_split_cutoff() else None


def _agent_of_other_fusion(text: str, lo: int, start: int) -> bool:
    """The test named at ``start`` is the agent of a passive finding of another kinase's fusion right before it (regex
    ``fusion_found_by``: "YWHAE-ROS1 fusion detected by RNA sequencing"): that kinase's test."""
    m = _rx("fusion_found_by").search(text, max(lo, start - 120), start)
    if m is None or _any("target", text, m.start(), start):
        return False
    if any(m.start() < s < start for _, s, _ in _method_mentions(text)):
        return False  # "a ROS1 transcript confirmed by RT-PCR after ALK staining ...": RT-PCR is the agent, not the stain
    return any(
        "ALK" not in f.split("::") and fs < m.start() and fe >= m.start() - 2 and lo <= fs
        for f, fs, fe in fusions_in(text, require_finding=False)
    )


def _result_never_came(text: str, group: list[tuple[str, int, int]], hi: int) -> bool:
    """The sentence stops with no closing mark inside a coordinated clause, a list or a bracket (regex ``unfinished_end``:
    the text was cut inside it) and no result word, sign or gene pair stands in the stretch of the group's methods ("ALK FISH was negative,
    and a DNA-based sequencing panel (AL", "..., and an RNA-based panel cov")."""
    end = text.rstrip()
    if hi < len(end) or _rx("closed_end").search(end):
        return False
    # the group's own stretch: from the coordinated clause it opens ("..., and a sequencing panel (AL"), else the clause
    start = max((j.end() for j in _rx("joined_clause_start").finditer(text, 0, group[0][1])), default=0)
    # a coordinated clause with no closing mark stops inside ("..., and an RNA-based panel cov"); else only a list or a
    # bracket left open says so (a title may end on its test: "... detected by FISH")
    if not start and _rx("unfinished_end").search(end) is None:
        return False
    # a gene pair is itself the result ("ALK FISH (+); RNA NGS: DCTN1::ALK", a note's line with no full stop)
    return not _any("result", text, start, hi) and _rx("sign_result").search(text, start, hi) is None and not _any(
        "fusion", text, start, hi
    )


def _alk_only_aside(text: str, lo: int, hi: int) -> bool:
    """ALK is named in ``text[lo:hi]`` only aside, as the tumour's status ("this ALK-negative IMT": regex
    ``tumour_status``) or in the gene list of a panel ("an RNA panel including ALK, ROS1 and RET": regex
    ``panel_list``), and the clause names another kinase gene outside those: its tests report that kinase."""
    spans = [(m.start(), m.end()) for rx in (_rx("tumour_status"), _rx("panel_list")) for m in rx.finditer(text, lo, hi)]
    if not spans:
        return False
    targets = [m.start() for r in _rules()["target"] for m in r.regex.finditer(text, lo, hi)]
    if not all(any(a <= t < b for a, b in spans) for t in targets):
        return False
    return any(
        g.symbol and g.symbol != "ALK" and is_kinase(g.symbol) and lo <= g.start < hi
        and not any(a <= g.start < b for a, b in spans)
        for g in genes_in(text)
    )


def _panel_found_nothing_else(
    text: str, lo: int, hi: int, mentions: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The sequencing tests of a clause whose panel lists ALK among its genes (regex ``panel_list``) and found another
    kinase's fusion "and no other rearrangement" (regex ``no_other_fusion``): ALK looked for, not found (``NGS-``)."""
    listed = [m for m in _rx("panel_list").finditer(text, lo, hi) if _any("target", text, m.start(), m.end())]
    if not listed or _rx("no_other_fusion").search(text, listed[0].end(), hi) is None:
        return []
    return [("NGS-", s, e) for method, s, e in mentions if method == "NGS" and lo <= s < hi]


#: Sections whose gene list of a panel is no test of the document's own patients (what others did or should do).
_NOT_OWN_TEST_SECTIONS = frozenset({"discussion", "conclusion", "references", "keywords"})


def covering_panel(doc: Document) -> tuple[int, int] | None:
    """The first sentence of ``doc`` that names a sequencing test and the genes it covers, ALK among them (regexes
    ``sequencing_before_list`` and ``panel_list``: "the RNA panel covered ALK, ROS1, NTRK1-3, RET and PDGFRB"), told as
    done (regex ``panel_not_used``: no negation, advice or general statement) outside a discussion (an introduction is
    kept: a structured abstract's "Background" heading may hold its methods): ``(start, end)``."""
    text = doc.text
    for m in _rx("panel_list").finditer(text):
        if not _any("target", text, m.start(), m.end()):
            continue
        lo = max(text.rfind(". ", 0, m.start()), text.rfind(".\n", 0, m.start()), text.rfind("\n\n", 0, m.start())) + 1
        end = _rx("sentence_full_stop").search(text, m.end())
        hi = end.end() if end else len(text)
        if _rx("sequencing_before_list").search(text[lo : m.start()]) is None:
            continue
        if _rx("panel_not_used").search(text, lo, hi) or _any("other_study", text, lo, hi):
            continue
        sec = doc.section_at(m.start())
        if sec is not None and sec.kind in _NOT_OWN_TEST_SECTIONS:
            continue
        return lo, hi
    return None


def negative_on_covering_panel(doc: Document, rows: list[CaseRow]) -> None:
    """``NGS-`` for each own patient of ``doc`` whose tumour carries only another kinase's fusion, when ``doc`` says its
    sequencing panel covers ALK (:func:`covering_panel`): the panel looked for ALK and found the other fusion instead
    (counted over the readable golds, gold/blind.md, "ALK on a panel that found another kinase's fusion"). A row with any
    ALK-positive result or an ALK sequencing result of its own, or whose fusion the text gives to FISH or RT-PCR, is left."""
    span = None
    for row in rows:
        if row.published or row.reference or row.citation is not None or not row.kinase_fusions:
            continue
        if any("ALK" in f.split("::") for f in row.kinase_fusions) or row.alk_fusion_partner is not None:
            continue
        tests = row.alk_tests or []
        if any(t.startswith("NGS") for t in tests) or any(t.endswith("+") for t in tests):
            continue
        if not _found_by_sequencing(doc.text, row.evidence.get("kinase_fusions") or []):
            continue
        if span is None:
            span = covering_panel(doc) or (-1, -1)
        if span[0] < 0:
            return
        lo, hi = span
        sec = doc.section_at(lo)
        ev = Evidence(doc.doc_id, lo, hi, doc.text[lo:hi].strip(), doc.page_at(lo), sec.kind if sec else None)
        row.alk_tests = with_tests(row, ["NGS-"])
        row.evidence["alk_tests"] = list(row.evidence.get("alk_tests") or []) + [ev]


def _found_by_sequencing(text: str, evidence: list[Evidence]) -> bool:
    """No test but sequencing is named last in the stretch of the fusion's evidence, back to the cell or clause it stands
    in ("FISH: ALK BA -; NGS: ETV6::NTRK3" is sequencing's; "RT-PCR: ETV6-NTRK3", "ETV6-NTRK3 (RT-PCR)" are not)."""
    if not evidence:
        return False
    for ev in evidence:
        seg = text[max(0, ev.start - 60) : ev.end]
        seg = seg[max(seg.rfind("|"), seg.rfind("\n"), seg.rfind(";")) + 1 :]
        named = _method_mentions(seg)
        if named and named[-1][0] != "NGS":
            return False
    return True


def _rearranged_kinase(text: str) -> str | None:
    """The one kinase gene ``text`` names, when it speaks of a rearrangement (regex ``fusion_word``): the kinase a
    partner named alone in the next sentence goes with ("NGS detected an ALK rearrangement. The partner was TPM4."); none
    when the rearrangement is denied ("FISH showed no ALK rearrangement."): no partner can go with it."""
    named = [g for g in genes_in(text) if g.symbol and is_kinase(g.symbol)]
    kinases = {g.symbol for g in named}
    if len(kinases) != 1 or not _rx("fusion_word").search(text):
        return None
    if all(_negated(text, *_narrowest(text, g.start), genes=frozenset({g.symbol}), finding_end=g.end) for g in named):
        return None
    return kinases.pop()


def _for_other_gene(text: str, end: int) -> bool:
    """The test named just before ``end`` was done for a gene other than ALK (regex ``method_for_gene``, then a gene
    of the vocabulary): "FISH for ROS1", "RT-PCR for an ETV6 fusion"."""
    m = _rx("method_for_gene").match(text, end)
    if m is None:
        return False
    word = text[m.end() :].split(None, 1)[0] if text[m.end() :].strip() else ""
    if "ALK" in word:
        return False  # "RT-PCR for a TPM3-ALK transcript": a fusion with ALK is ALK's test
    if any(o.start() == m.end() for r in _rules()["other_gene"] for o in r.regex.finditer(text, m.end(), m.end() + 12)):
        return True
    return any(g.start == m.end() and g.symbol not in (None, "ALK") for g in genes_in(text))


def _bracket_of_other_marker(text: str, start: int, shape: re.Pattern[str] | None = None) -> bool:
    """The test named in brackets at ``start`` follows a gene or marker other than ALK (regex ``bracketed_method_after``):
    "negative for ALK rearrangement (FISH) and positive for ROS1 (IHC)" – the bracket gives ROS1's result its method,
    not ALK's; a marker coordinated with ALK right before it ("ALK and ROS1 (IHC)") shares the bracket. With
    ``shape`` regex ``marker_before_method`` the same for a test written right after the marker ("..., and for NTRK
    fusions by pan-TRK immunohistochemistry", "ROS1 break-apart FISH")."""
    m = (shape or _rx("bracketed_method_after")).search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group("marker")
    gene = lookup("genes", word.upper())
    marks = ihc.markers_in(word)
    if gene is not None:
        if gene.canonical == "ALK":
            return False
    elif not (marks and marks[0].canonical != "ALK" and marks[0].end - marks[0].start == len(word)):
        return False
    if m.group("head") and _any("target", text, max(0, m.start() - 20), m.start()):
        return False  # "ALK and ROS1 (IHC)": one bracket for both
    return True


def _reports_other_fusion(text: str, end: int, stop: int) -> bool:
    """The test named just before ``end`` reports a fusion of another kinase in ``text[end:stop]`` (up to the next
    test named) and names ALK nowhere there ("RT-PCR then amplified an ETV6-NTRK3 transcript", "a fusion panel,
    which found YWHAE joined to ROS1"): its result is that kinase's, not ALK's."""
    if not any(g.symbol and g.symbol != "ALK" and is_kinase(g.symbol) and end <= g.start < stop for g in genes_in(text)):
        return False  # no other kinase named there (the common case: no fusion to read)
    if _any("target", text, end, stop):
        return False
    return any(end <= s < stop and "ALK" not in f.split("::") for f, s, _ in fusions_in(text, require_finding=False))


def _only_alk_named(text: str) -> bool:
    """``text`` names ALK (``target``) and no other gene of a test (``other_gene``, a kinase of the vocabulary)."""
    return (
        _any("target", text)
        and not _any("other_gene", text)
        and all(g.symbol is None or g.symbol == "ALK" or not is_kinase(g.symbol) for g in genes_in(text))
    )


def gene_free_results(text: str) -> list[tuple[str, int, int]]:
    """A molecular test's result in a sentence that names no gene at all, read as ALK's when the sentence before
    named ALK alone ("ALK immunostaining was diffuse. Break-apart FISH confirmed the rearrangement in 45% of
    nuclei."): FISH, NGS or RT-PCR with a result word of ``follow_result`` rules, negative wording making it
    ``METHOD-``; a hedged or generic sentence gives none."""
    if not _any("follow_result", text):
        return []
    return _gene_free_clause(text, 0, len(text), context)


def no_fusion_results(text: str) -> list[tuple[str, int, int]]:
    """The sequencing test of a sentence that names no gene and finds no fusion of any gene ("No kinase fusion was
    detected by an NGS panel", "RNA sequencing found no fusion", "fusions were not detected by sequencing"): NGS- for ALK
    too (regexes ``no_fusion_at_all``, ``no_fusion_denied``), whatever the sentence before named; a hedged or generic
    sentence, another study's or one about a topic gives none."""
    hit = _rx("no_fusion_at_all").search(text) or _rx("no_fusion_denied").search(text)
    if hit is None or context(text, hit.start(), hit.end()) & NOT_ASSERTED:
        return []
    if _any("target", text) or _fusion_genes(text) or _any("other_study", text) or _any("topic", text):
        return []
    out: list[tuple[str, int, int]] = []
    for method, s, e in _method_mentions(text):
        # a sequencing panel reads every kinase at once; FISH and RT-PCR probe one gene, named elsewhere
        if method != "NGS" or out or context(text, s, e) & NOT_ASSERTED:
            continue
        out.append((method + "-", s, e))
    return out


def _fusion_genes(text: str) -> list[Gene]:
    """The genes of ``text`` that may be a fusion's: all but one named as a variant other than ALK ("no kinase fusion
    (TP53 mutation only)", "a KRAS variant and no fusion"), which says nothing of a rearrangement (regex
    ``gene_variant_after``)."""
    variant = _rx("gene_variant_after")
    return [g for g in genes_in(text) if g.symbol == "ALK" or not variant.match(text, g.end)]


def _gene_free_clause(
    text: str, lo: int, hi: int, ctx: Callable[[str, int, int], frozenset[str]], verdict: bool = False
) -> list[tuple[str, int, int]]:
    """Results of the molecular tests of ``text[lo:hi]``, a stretch that names no gene, whose method is what reports
    (regex ``method_reports``: "FISH confirmed ...", "the panel was negative"), or that finds a rearrangement told in
    the passive (regex ``method_passive_agent``: "the rearrangement was found by FISH"); ``ctx`` reads the assertion
    context.
    With ``verdict`` (a clause of a sentence that named ALK before it), the test must also give a verdict (regex
    ``method_verdict``) or a rearrangement (``follow_result``), and not be said to be for something else (regex
    ``method_object``: "PCR for mycobacteria was negative")."""
    if _any("target", text, lo, hi) or any(lo <= g.start < hi for g in _fusion_genes(text)):
        return []
    if _any("other_study", text, lo, hi) or _any("topic", text, lo, hi) or (
        _any("no_result", text, lo, hi) and not _any("result", text, lo, hi)
    ):
        return []
    out: list[tuple[str, int, int]] = []
    sign = "-" if _negated(text, lo, hi) else "+"
    for method, s, e in _method_mentions(text):
        if not lo <= s < hi or any(o[0].startswith(method) for o in out) or ctx(text, s, e) & NOT_ASSERTED:
            continue
        if method == "IHC" and not (
            verdict
            and _rx("method_verdict").match(text[:hi], e)
            and all(m.canonical == "ALK" for m in ihc.markers_in(text[lo:hi]))
        ):
            continue  # a stain names its marker; bare, only its own verdict after an ALK clause ("..., whereas IHC was positive")
        if verdict and _rx("verdict_by_method").fullmatch(text, lo, s):
            out.append((method + sign, s, e))  # "ALK was negative by IHC but positive by FISH": the verdict is FISH's
            continue
        if verdict and method == "FISH" and (share := _rx("method_split_share").match(text[:hi], e)):
            # "FISH 62% of nuclei with split signals": the share against the stated cut-off, else the probe's usual one
            cut = _rx("cutoff_value").search(text, lo, hi)
            limit = float(cut.group("cut") or cut.group("cut2")) if cut else _default_split_cutoff()
            out.append((method + ("+" if float(share.group("pct")) >= limit else "-"), s, e))
            continue
        if verdict and (
            _rx("method_object").match(text, e, hi)
            or not (
                _rx("method_verdict").match(text[:hi], e)
                or _any("follow_result", text, lo, hi)
                or _rx("no_fusion_at_all").search(text, lo, hi)
            )
        ):
            continue
        if _rx("method_reports").match(text[:hi], e):  # the test is what reports ("FISH confirmed ..."), not its object
            out.append((method + sign, s, e))
        elif _any("follow_result", text, lo, hi) and _rx("method_passive_agent").fullmatch(text, lo, s):
            out.append((method + sign, s, e))  # "The rearrangement was found in both tumours by FISH": its agent
    return out


def _partner_clause(
    text: str, lo: int, hi: int, mentions: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The test of ``text[lo:hi]``, a clause naming no ALK after a stretch that named ALK alone, when the clause finds
    ALK's partner named alone ("ALK FISH was positive, and RNA sequencing identified THBS1 as the fusion partner"): the
    one method other than IHC named in the clause found that fusion, so it is positive (as a sentence after such a
    sentence is read in :func:`apply`)."""
    if not any(lo <= s < hi and f.endswith("::ALK") for f, s, _ in fusions_in(text)):
        return []
    named = [(m, s, e) for m, s, e in mentions if lo <= s < hi and m != "IHC"]
    if len({m for m, _, _ in named}) != 1 or _clause_context(text, named[0][1], named[0][2]) & NOT_ASSERTED:
        return []
    return [(named[0][0] + "+", named[0][1], named[0][2])]


def follow_up_result(text: str, method: str) -> tuple[str, int, int] | None:
    """The result of ``method`` named in the sentence before ("FISH for ALK was performed. It showed a
    rearrangement in 40% of nuclei."): a sentence that names no method of its own and reports a
    rearrangement, split signals or a positive/negative result (``follow_result``)."""
    if any(m[0] != method for m in _method_mentions(text)):
        return None  # another test's sentence ("split signals" is FISH's own wording)
    hit = next((m for r in _rules()["follow_result"] for m in r.regex.finditer(text)), None)
    if hit is None or context(text, hit.start(), hit.end()) & NOT_ASSERTED:
        return None
    shields = [(m.start(), m.end()) for r in _rules()["not_negative"] for m in r.regex.finditer(text)]
    neg = any(
        not any(a <= m.start() < b for a, b in shields) for r in _rules()["negative"] for m in r.regex.finditer(text)
    ) or (method == "FISH" and _split_share_under_default(text, 0, len(text)) is not None)
    return method + ("-" if neg else "+"), hit.start(), hit.end()


def _result_of_method_before(text: str, before: str) -> list[tuple[str, int, int]]:
    """A sentence naming no test of its own that reports an ALK fusion or its absence ("Fusion: X::ALK (exon 20).", "No ALK,
    ROS1 or NTRK fusion detected."; after a sequencing panel also "No ALK or ROS1 alterations were found.", regex
    ``alteration_word``, only negative) gives the result of the one test other than IHC the sentence ``before`` named (a
    molecular report's panel line, then its result line); read as if the test's name opened it, only that test's results
    kept, at the sentence. A figure legend's lettered panel (regex ``legend_panel_opening``) tells its own image: no
    result line of the panel before."""
    fused = _rx("fusion_word").search(text) is not None
    if _method_mentions(text) or not (fused or _rx("alteration_word").search(text)) or not _any("target", text):
        return []
    if context(text, 0, len(text)) & NOT_ASSERTED:
        return []  # "Driver rearrangements of ALK, ROS1 and NTRK are common in IMT" under a title naming the assay: the disease in general
    if _rx("legend_panel_opening").match(text):
        return []  # "(C) FISH: fused signals." | "(D) Fusion reads, X::ALK.": another panel's image, not that test's result line
    named = {m for m, _, _ in _method_mentions(before) if m != "IHC"}
    if len(named) != 1 or (not fused and named != {"NGS"}):
        return []  # "No ALK, ROS1 or BRAF alterations were found." after a panel only: never a positive nor FISH's
    method = next(iter(named))
    label = f"{method}: "
    return [
        (code, 0, len(text)) for code, _, _ in _read_tests(label + text)[0] if code[:-1] == method and (fused or code[-1] == "-")
    ]


def _other_kinase_fusion_only(text: str) -> bool:
    """Does the sentence tell a fusion of a kinase other than ALK and name no test and no ALK ("A fusion between TFG exon 4
    and ROS1 exon 35 was detected.")? Such a line continues the result of the test the sentence before it named."""
    if _method_mentions(text) or "ALK" in text:
        return False
    return bool(fusions_in(text))


def _panel_found_none(text: str, before: str) -> list[tuple[str, int, int]]:
    """A sentence naming no test and no gene that finds no fusion of any gene ("No fusion was detected.", regexes
    ``no_fusion_at_all``, ``no_fusion_denied``) after a sentence that named one sequencing panel, listing ALK among its
    genes (regex ``panel_list``), without its result ("A 50-gene RNA panel covering ALK, ROS1 and RET was used."): that
    panel's result, ``NGS-``."""
    if _method_mentions(text) or _any("target", text) or genes_in(text) or _any("other_study", text) or _any("topic", text):
        return []
    hit = _rx("no_fusion_at_all").search(text) or _rx("no_fusion_denied").search(text)
    if hit is None or context(text, hit.start(), hit.end()) & NOT_ASSERTED:
        return []
    if {m for m, _, _ in _method_mentions(before) if m != "IHC"} != {"NGS"}:
        return []
    if not any(_any("target", before, m.start(), m.end()) for m in _rx("panel_list").finditer(before)):
        return []
    return [("NGS-", hit.start(), hit.end())]


def _stain_named_after(text: str, end: int, mentions: list[tuple[str, int, int]]) -> bool:
    """The stain is named right after ALK ("after ALK immunohistochemistry had been negative"): it reports the call,
    whatever other test the clause named before it."""
    nxt = min((x for x in mentions if x[1] >= end), key=lambda x: x[1], default=None)
    if _rx("stain_noun_after").match(text, end):
        return True  # "ALK staining and ALK FISH were negative": the stain's own noun
    if _rx("stain_own_verdict_after").match(text, end):
        return True  # "ALK staining was negative and no fusion was found by NGS": the stain's own verdict
    return nxt is not None and nxt[0] == "IHC" and not text[end : nxt[1]].strip()


def _other_method_reports(text: str, start: int, end: int, mentions: list[tuple[str, int, int]]) -> bool:
    """A method other than IHC is the one that reports ALK at ``start:end``: the nearest method before it
    in its clause, or (with none before) one after it in the same clause not opened as a new one."""
    lo, hi = _narrowest(text, start)
    before = [x for x in mentions if lo <= x[1] and x[2] <= start]
    if before:
        # "both immunohistochemistry and FISH were negative for ALK": coordinated methods share the result
        group = next(g for g in _groups(text, before) if before[-1] in g)
        return all(m[0] != "IHC" for m in group)
    after = [x for x in mentions if end <= x[1] < hi]
    # "ALK staining was negative, as were FISH and RNA sequencing": an elliptical clause giving the later tests the same
    # result is a clause of their own (regex ``same_result_as_before``), the stain's result stays the stain's
    return bool(after) and after[0][0] != "IHC" and not _rx("new_clause").search(text, end, after[0][1]) and not (
        _rx("same_result_as_before").search(text, end, after[0][1])
    )


def _carried_over(text: str, mentions: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"FISH showed an ETV6 rearrangement but no ALK or ROS1 translocation", "a DNA/RNA panel was
    requested; it identified an EML4-ALK fusion": a clause that names ALK but no method, opened as
    ``carry_over`` rules say, reports the method of the clause before it (one method only, or the one named last
    there when it is told only asked for; else nothing); negative wording makes it ``METHOD-``."""
    out: list[tuple[str, int, int]] = []
    for r in _rules()["carry_over"]:
        for m in r.regex.finditer(text):
            lo, hi = _clause(text, m.end())
            inside = [x[1] for x in mentions if lo <= x[1] < hi]
            if inside:
                # "..., while ALK, ROS1 and PDGFRB probes gave normal patterns, and RT-PCR identified ...": the clause
                # ends where a coordinated one naming the next method starts
                joined = _rx("joined_clause_start").search(text, lo, inside[0])
                if joined is None:
                    continue
                hi = joined.start()
            if lo != m.end() or not _any("target", text, lo, hi):
                continue
            plo, _ = _clause(text, max(0, lo - 1))
            named = [x for x in mentions if plo <= x[1] < lo]
            if len({x[0] for x in named}) == 1:
                t = named[0]
            elif (
                len(named) >= 2
                and _any_of(("result", "negative"), text, named[-2][2], named[-1][1])
                and _any_of(("no_result", "not_done"), text, named[-1][2], lo)
                and not _any("result", text, named[-1][2], lo)
            ):
                # "As ALK staining was negative, RNA sequencing was requested; it showed no ALK rearrangement": the
                # method named last, told only asked for after the others' results, is the one the clause reports
                # ("IHC and FISH were done; no ALK fusion was found" does not tell which)
                t = named[-1]
            else:
                continue
            out.append((t[0] + ("-" if _negated(text, lo, hi) else "+"), t[1], t[2]))
    return out


def _any_of(kinds: tuple[str, ...], text: str, lo: int, hi: int) -> bool:
    return any(_any(kind, text, lo, hi) for kind in kinds)


def _negated(text: str, lo: int, hi: int, genes: frozenset[str] | None = None, finding_end: int | None = None) -> bool:
    """Negative wording in ``text[lo:hi]`` other than about other alterations ("no additional
    mutations": ``not_negative`` shields). With ``genes`` (those of the finding read), a gene's negative
    status written as an adjective ("ALK-negative IMT") negates only a finding about that gene; with ``finding_end``
    (where the finding ends), a passive negation right after it whose agent is a test ("a TPM3-ALK fusion not
    detected by FISH") is that test's, not the finding's."""
    shields = [(m.start(), m.end()) for r in _rules()["not_negative"] for m in r.regex.finditer(text, lo, hi)]
    if genes is not None:
        shields += [
            (m.start(), m.end())
            for m in _rx("status_adjective").finditer(text, lo, hi)
            if (canonical_gene(m.group("gene")) or m.group("gene")) not in genes
        ]
    return any(
        not any(a <= m.start() < b for a, b in shields)
        and not (genes is not None and _about_other_gene(text, m, genes))
        and not (finding_end is not None and _missed_by_a_test(text, m, finding_end))
        and not (finding_end is not None and _earlier_test_negative(text, m, finding_end))
        for r in _rules()["negative"]
        for m in r.regex.finditer(text, lo, hi)
    )


def _missed_by_a_test(text: str, cue: re.Match[str], finding_end: int) -> bool:
    """The negative ``cue`` qualifies the finding ending at ``finding_end`` as missed by a test: a reduced or
    which-relative right after it (regex ``relative_after_finding``) and a passive verb whose agent is a method
    (regex ``negated_by_method``): "a TPM3-ALK fusion not detected by FISH"."""
    if cue.start() < finding_end or not _rx("relative_after_finding").fullmatch(text, finding_end, cue.start()):
        return False
    by = _rx("negated_by_method").match(text, cue.end())
    return by is not None and any(s == by.end() for _, s, _ in _method_mentions(text))


def _earlier_test_negative(text: str, cue: re.Match[str], finding_end: int) -> bool:
    """The negative ``cue`` after the finding ending at ``finding_end`` qualifies an earlier test in a phrase of time or
    concession (regexes ``earlier_test_before_cue``, ``earlier_test_after_cue``): "a CLTC-ALK fusion identified by RNA
    sequencing after a negative ALK FISH" is found, the FISH negative."""
    if cue.start() < finding_end or _rx("earlier_test_before_cue").search(text, max(0, cue.start() - 40), cue.start()) is None:
        return False
    return _rx("earlier_test_after_cue").match(text, cue.end()) is not None


def _about_other_gene(text: str, cue: re.Match[str], genes: frozenset[str]) -> bool:
    """The negative ``cue`` is about a gene outside ``genes``: that gene right after it ("... an ETV6-NTRK3 fusion and
    no ALK rearrangement": regex ``negated_gene_after``) or as the subject right before it ("..., whereas ALK was not
    rearranged": regex ``negated_gene_before``)."""
    after = _rx("negated_gene_after").match(text, cue.end())
    before = _rx("negated_gene_before").search(text[max(0, cue.start() - 40) : cue.start()])
    named = [m.group("gene") for m in (after, before) if m]
    return bool(named) and all((canonical_gene(g) or g) not in genes for g in named)


def _partner_name(surface: str) -> str | None:
    hit = lookup("genes", surface)
    if hit:
        return hit.canonical
    if not macro("gene_symbol").fullmatch(surface):
        return None
    if any(r.regex.fullmatch(surface) for r in _rules()["not_gene"]):
        return None
    return canonical_gene(surface)


def partners_in(text: str, title: bool = False) -> list[tuple[str, int, int]]:
    """``(GENE, start, end)`` of fusion partners asserted as found in this tumour (a case report's
    title names the patient's fusion without a finding word)."""
    if not title and not _has_finding(text):
        return []
    out: list[tuple[str, int, int]] = []
    rules_ = _rules()["fusion"]
    for r in (rules_[i] for i in may_match_indices(_kind_regexes("fusion"), text)):  # the others cannot match
        for m in r.regex.finditer(text):
            s, e = m.span("partner")
            name = _partner_name(m.group("partner"))
            if name is None or name == "ALK":
                continue
            cats = _clause_context(text, m.start(), m.end())
            if cats & NOT_ASSERTED or "negated" in cats or _negated(
                text, *_narrowest(text, m.start()), genes=frozenset({name, "ALK"}), finding_end=m.end()
            ):
                continue
            if _inferred(text, m.start()) or _alternative(text, m.start(), m.end()):
                continue
            out.append((name, s, e))
    return sorted(set(out), key=lambda t: t[1])


# -- kinase fusions ---------------------------------------------------------------
@dataclass(frozen=True)
class Gene:
    """A gene named in the text: ``symbol`` is its current HGNC symbol (None for an
    unknown symbol-shaped token, which may only be a partner written beside a kinase)."""

    start: int
    end: int
    symbol: str | None
    surface: str


def _glued(surface: str) -> tuple[str, str] | None:
    """Two vocabulary genes written without a separator ("RANBP2ALK", "ETV6NTRK3"), one of them a kinase."""
    for i in range(2, len(surface) - 1):
        a, b = lookup("genes", surface[:i]), lookup("genes", surface[i:])
        if a and b and surface[:i].isupper() and surface[i:].isupper() and bool(a.attrs.get("kinase")) != bool(b.attrs.get("kinase")):
            return a.canonical, b.canonical
    return None


@cache
def _gene_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(symbols and symbol-like aliases, case-sensitive; full names, case-insensitive, with an optional
    "(SYMBOL)" after them)."""
    symbols: set[str] = set()
    names: set[str] = set()
    for c in vocabulary("genes"):
        for n in c.names:
            (names if " " in n or len(n) > 12 else symbols).add(n)
    sym = [re.escape(n) for n in sorted(symbols, key=len, reverse=True)]
    full = [
        r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", n)) for n in sorted(names, key=len, reverse=True)
    ]
    # matched through ``Alternation``: the same matches as the whole alternation, tried only where a name can begin
    return (
        alternation(r"(?<![\w])", sym, r"(?![\w])"),
        alternation(r"(?<![\w])", full, f"(?:{_rx('full_name_symbol').pattern})?(?![\\w])", re.IGNORECASE),
    )


def genes_in(text: str) -> list[Gene]:
    """Gene mentions in order, longest first, non-overlapping; an exon note after a gene is part of it."""
    return list(_genes_in(text))


@lru_cache(maxsize=4096)  # bounded: keyed by sentence; the owner test and the fusion reader both ask
def _genes_in(text: str) -> tuple[Gene, ...]:
    sym_rx, full_rx = _gene_regexes()
    cands: list[Gene] = []
    for m in full_rx.finditer(text):
        inner = m.group("sym")
        g = canonical_gene(inner) if inner else None
        name = lookup("genes", m.group(0)[: m.start("sym") - m.start() if inner else None].strip().rstrip("(").strip())
        cands.append(Gene(m.start(), m.end(), g or (name.canonical if name else None), m.group(0)))
    for m in sym_rx.finditer(text):
        c = lookup("genes", m.group(0))
        cands.append(Gene(m.start(), m.end(), c.canonical if c else None, m.group(0)))
    for m in _rx("symbol_shape").finditer(text):
        if not any(r.regex.fullmatch(m.group(0)) for r in _rules()["not_gene"]):
            cands.append(Gene(m.start(), m.end(), None, m.group(0)))
    cands.sort(key=lambda g: (g.start, -(g.end - g.start), g.symbol is None))
    out: list[Gene] = []
    for g in cands:
        if out and g.start < out[-1].end:
            continue
        ex = _rx("exon_note").match(text[g.end :])
        g = Gene(g.start, g.end + (ex.end() if ex else 0), g.symbol, g.surface) if ex and ex.end() else g
        pre = _rx("exon_of").search(text, max(out[-1].end if out else 0, g.start - 32), g.start)
        out.append(Gene(pre.start(), g.end, g.symbol, g.surface) if pre else g)
    return _glossed(text, out)


def _glossed(text: str, genes: list[Gene]) -> tuple[Gene, ...]:
    """A symbol followed by its own full name in brackets ("EML4 (echinoderm microtubule associated protein like 4)",
    regexes ``gloss_open``/``gloss_close``) is one mention, so the gene after the gloss is the symbol's neighbour."""
    out: list[Gene] = []
    i = 0
    while i < len(genes):
        g = genes[i]
        if i + 1 < len(genes) and g.symbol is not None and genes[i + 1].symbol == g.symbol:
            name = genes[i + 1]
            close = _rx("gloss_close").match(text, name.end)
            if _rx("gloss_open").fullmatch(text, g.end, name.start) and close:
                ex = _rx("exon_note").match(text, close.end())  # "TEL (ETV6) exon 4": the exon note after the gloss
                out.append(Gene(g.start, ex.end() if ex else close.end(), g.symbol, g.surface))
                i += 2
                continue
        out.append(g)
        i += 1
    return tuple(out)


def _pair(a: Gene, b: Gene, order: str) -> str | None:
    """``FIVE::THREE`` of two genes of which exactly one is a kinase; an unknown token only beside a kinase."""
    sa = a.symbol or canonical_gene(a.surface)
    sb = b.symbol or canonical_gene(b.surface)
    if sa is None or sb is None or sa == sb or (a.symbol is None and b.symbol is None):
        return None
    ka, kb = is_kinase(sa), is_kinase(sb)
    if ka == kb:
        return None
    if (order == "kinase_last" or (ka and _three_prime(sa))) and ka:
        sa, sb = sb, sa
    return f"{sa}::{sb}"


def _three_prime(kinase: str) -> bool:
    """Kinases that are the 3' gene of their fusions (ALK, ROS1, NTRK...): "ALK-TPM3" is TPM3::ALK."""
    c = lookup("genes", kinase)
    return bool(c and c.attrs.get("kinase") and not c.attrs.get("five_prime"))


def _inferred(text: str, start: int) -> bool:
    """The fusion starting at ``start`` is what a finding implies ("an ETV6 split, pathognomonic for an
    ETV6-NTRK3 fusion"), not itself found (``inferred`` rules, matched on the text ending there), or
    an example of a class ("for example X-ALK and Y-ALK occur in ...": ``example`` rules, same window)."""
    # "Unlike most IMTs, the tumour carried a TPM4-ALK fusion": a comparison opening the sentence (regex
    # ``comparison_opener``) ends at its comma; the main clause after it is this tumour's
    opener = _rx("comparison_opener").match(text)
    lo = opener.end() if opener is not None and opener.end() <= start else 0
    window = text[max(lo, start - 80) : start]
    if any(r.regex.search(window) for k in ("inferred", "example") for r in _rules()[k]):
        return True
    # "most infantile fibrosarcomas carry a translocation that yields ETV6-NTRK3":
    # a share of a class of tumours, however far before the fusion in its clause (``class_share`` rules)
    return any(r.regex.search(text, lo, start) for r in _rules()["class_share"])


def _alternative(text: str, start: int, end: int) -> bool:
    """The fusion at ``start:end`` is one of alternatives ("with X-ALK or Y-ALK fusion"): a list of
    possibilities describes a class of tumours, never what this tumour was found to carry
    (``or_next`` rules match the text after it, ``or_prev`` the text ending at it); or it is not this
    tumour's finding at all: it names one case told of elsewhere ("the ETV6-NTRK3 case showed ...": ``designator``
    rules, matched after it, ``before`` on the text ending at it), or a relative clause after it says it was not found ("..., which was not
    confirmed": ``unconfirmed`` rules, matched after it; an optional ``before`` must match the text ending at it), or it stands in a present-tense statement about
    a class of tumours ("IMTs with an X-ALK fusion show ...": ``class_generic`` rules, a match covering it)."""
    return (
        any(r.regex.match(text, end) for r in _rules()["or_next"])
        or any(
            r.regex.match(text, end) and (r.before is None or r.before.search(text[max(0, start - 80) : start]))
            for r in _rules()["unconfirmed"]
        )
        or any(r.regex.search(text[max(0, start - 80) : start]) for r in _rules()["or_prev"])
        or any(
            r.regex.match(text, end) and (r.before is None or r.before.search(text[max(0, start - 80) : start]))
            for r in _rules()["designator"]
        )
        or any(m.start() <= start < m.end() for r in _rules()["class_generic"] for m in r.regex.finditer(text))
    )


def _asserted(text: str, start: int, end: int, genes: frozenset[str] | None = None) -> bool:
    """Asserted for this tumour; a fusion the patient is said to carry ("our patient with a rare
    TPM4-NTRK1 fusion could help ...", "like the reported cases, our tumour harboured X": ``owner`` rules) stands even
    when a modal governs the verb or a comparison with other cases opens the sentence."""
    if _inferred(text, start) or _alternative(text, start, end):
        return False
    cats = _clause_context(text, start, end)
    if any(r.regex.search(text[max(0, start - 80) : start]) for r in _rules()["owner"]):
        # the patient's own fusion: no modal over the verb, nor a comparison with others' cases, makes it not asserted
        cats = cats - {"hypothetical", "other"}
    if cats & NOT_ASSERTED or "negated" in cats:
        return False
    return not _negated(text, *_narrowest(text, start), genes=genes, finding_end=end)


def _clause_context(text: str, start: int, end: int) -> frozenset[str]:
    """Assertion context of ``start:end`` read within its test-result clause only, so a negative
    or a hedge about another test coordinated in the sentence does not reach this finding; a counted cohort opening the
    sentence ("In a series of 48 IMTs, ...": regex ``cohort_frame``) reaches every clause of it."""
    lo, hi = _narrowest(text, start)
    cats = context(text[lo:hi], start - lo, end - lo)
    frame = _rx("cohort_frame").match(text)
    return cats | {"other"} if frame is not None and frame.end() <= start else cats


def _narrowest(text: str, pos: int) -> tuple[int, int]:
    """The assertion clause around ``pos`` cut where another test's clause is coordinated (``coordinated``
    rules): in "sequencing found an LMNA-NTRK1 fusion and ALK immunohistochemistry was negative" the
    negative is the other test's."""
    lo, hi = _cut(text, pos, ("coordinated", "scope"), *clause(text, pos))
    return _within_result_bracket(text, pos, lo, hi)


def fusions_in(
    text: str, require_finding: bool = True, title: bool = False, kinase: str | None = None
) -> list[tuple[str, int, int]]:
    """``(FIVE::THREE, start, end)`` of kinase fusions stated as found in this tumour
    (``require_finding=False`` for a table cell, where the column says so; ``title``: a case
    report's title needs no finding word, but is still checked for negation and hedging; ``kinase``: the
    kinase a partner named alone ("The fusion partner was TPM4.") goes with when the sentence names none)."""
    if require_finding and not title and not _has_finding(text) and not _owned_fusion(text):
        return []
    rules = _rules()
    genes = genes_in(text)
    out: list[tuple[str, int, int]] = []
    for a, b in zip(genes, genes[1:]):
        gap = text[a.end : b.start]
        for r in rules["link"]:
            if not r.regex.fullmatch(gap):
                continue
            if r.before is not None and not r.before.search(text[max(0, a.start - 80) : a.start]):
                continue
            if r.after is not None and not r.after.match(text, b.end):
                continue
            f = _pair(a, b, r.order)
            if f is not None and (not require_finding or _asserted(text, a.start, b.end, frozenset(f.split("::")))):
                out.append((f, a.start, b.end))
            break
    for g in genes:  # "identified the RANBP2ALK fusion": a glued pair
        pair = _glued(g.surface) if g.symbol is None else None
        if pair and (not require_finding or _asserted(text, g.start, g.end, frozenset(pair))):
            five, three = pair if not (is_kinase(pair[0]) and _three_prime(pair[0])) else pair[::-1]
            out.append((f"{five}::{three}", g.start, g.end))
    kinases = [g for g in genes if g.symbol and is_kinase(g.symbol)]
    for g in genes:
        if g.symbol is None or is_kinase(g.symbol) or any(s <= g.start < e for _, s, e in out):
            continue
        after = any(r.regex.match(text, g.end) for r in rules["partner_after"])
        before = any(r.regex.search(text[max(0, g.start - 60) : g.start]) for r in rules["partner_before"])
        named = {k.symbol for k in kinases} or ({kinase} if kinase else set())
        if not (after or before) or len(named) != 1:
            continue
        k = next(iter(named))
        if not require_finding or _asserted(text, g.start, g.end, frozenset({g.symbol, k})):
            out.append((f"{g.symbol}::{k}", g.start, g.end))
    seen: set[str] = set()
    return [t for t in sorted(out, key=lambda t: t[1]) if not (t[0] in seen or seen.add(t[0]))]


def _owned_fusion(text: str) -> bool:
    """A gene of the sentence follows an ``owner`` phrase ("a girl with an ETV6-NTRK3 fusion")."""
    return any(
        r.regex.search(text[max(0, g.start - 80) : g.start]) for g in genes_in(text) for r in _rules()["owner"]
    )


def apply(sentences: list[Sentence], row: CaseRow) -> None:
    """Set ``alk_tests``, ``alk_fusion_partner`` and ``kinase_fusions`` from the patient's sentences.

    An ALK partner is also the fusion PARTNER::ALK, and a fusion X::ALK found by the general
    kinase-fusion reading gives the partner when the partner rules found none."""
    results: dict[str, Evidence] = {}
    partner: tuple[str, Evidence] | None = None
    fusions: dict[str, Evidence] = {}
    pending: str | None = None  # a method named as done for ALK in the sentence before, its result not given
    about_alk = False  # the sentence before names ALK and no other gene
    rearranged: str | None = None  # the one kinase the sentence before reports rearranged
    fusion_told: int | None = None  # the last sentence naming ALK alone with its fusion (the one "the fusion" refers to)
    at: dict[str, tuple[int, str, int, int]] = {}  # where each result was read (sentence number and text, start, end)
    told_before = False  # the sentence before gave a test result
    for n, sent in enumerate(sentences):
        text, back = _unmarked(sent.text)
        alk_before = about_alk  # the sentence before names ALK and no other gene

        def ev(s: int, e: int, sent: Sentence = sent, back: list[int] | None = back) -> Evidence:
            return sent.evidence(s, e) if back is None else sent.evidence(back[s], back[e - 1] + 1)

        found_tests, quiet = _read_tests(text)
        for code, s, e in found_tests:
            results.setdefault(code, ev(s, e))
            at.setdefault(code, (n, text, s, e))
        later = follow_up_result(text, pending) if pending and not found_tests else None
        if later:
            results.setdefault(later[0], ev(later[1], later[2]))
        elif about_alk and not pending and not found_tests:  # (a test left pending waits for its own result)
            for code, s, e in gene_free_results(text):
                results.setdefault(code, ev(s, e))
        elif (
            fusion_told == n - 2 and not pending and not found_tests and not genes_in(sentences[n - 1].text)
            and _rx("fusion_anaphor").search(text)
        ):
            # "The tumour carried a TPM3::ALK fusion. The cells stained diffusely. The fusion was confirmed by RNA
            # sequencing.": the fusion told back over a sentence naming no gene gives its test
            for code, s, e in gene_free_results(text):
                results.setdefault(code, ev(s, e))
        if not found_tests and not pending:  # "No kinase fusion was found by the NGS panel": ALK's too
            for code, s, e in no_fusion_results(text):
                results.setdefault(code, ev(s, e))
        if n and not found_tests and not later and not told_before and pending in (None, "NGS"):
            # "An RNA panel covering ALK, ROS1 and RET was used." | "No fusion was detected."
            for code, s, e in _panel_found_none(text, _unmarked(sentences[n - 1].text)[0]):
                results.setdefault(code, ev(s, e))
                at.setdefault(code, (n, text, s, e))
        if not found_tests and not later and n and "ALK" in text:
            # a molecular report's lines: the panel named on one, its fusion result on the next ("Panel: RNA fusion panel." |
            # "Fusion: X::ALK", "No ALK or ROS1 fusion detected."); a line between them that only tells the panel's fusion of
            # another kinase ("A TFG::ROS1 fusion was detected.") does not part the result from its panel (only ALK's
            # absence is read over such a line: the panel found the other kinase's fusion, not ALK's)
            before = _unmarked(sentences[n - 1].text)[0]
            skipped = n >= 2 and _other_kinase_fusion_only(before)
            if skipped:
                before = _unmarked(sentences[n - 2].text)[0]
            for code, s, e in _result_of_method_before(text, before):
                if skipped and not code.endswith("-"):
                    continue
                results.setdefault(code, ev(s, e))
                at.setdefault(code, (n, text, s, e))
        pending = quiet[0] if len(set(quiet)) == 1 and not found_tests else None
        told_before = bool(found_tests)
        about_alk = _only_alk_named(text)
        title = sent.section == "title"
        if partner is None:
            found = partners_in(text, title=title)
            if found:
                name, s, e = found[0]
                partner = (name, ev(s, e))
                if (both := _two_partners(text, found)) is not None:
                    # "sequencing found two fusions, TPM4-ALK and SQSTM1-ALK": both partners of the one tumour
                    partner = (both, ev(found[0][1], found[-1][2]))
            elif (form := _form_partner(text, alk_before)) is not None:
                name, s, e, method = form
                partner = (name, ev(s, e))
                if method is not None:
                    results.setdefault(method + "+", ev(*method_at(text, method)))
        for f, s, e in fusions_in(text, title=title, kinase=rearranged):
            fusions.setdefault(f, ev(s, e))
            if rearranged == "ALK" and f.endswith("::ALK") and not found_tests and not _any("target", text):
                # "FISH showed an ALK rearrangement. RNA sequencing identified TPM4 as the partner.": the one test named
                # beside a partner of the ALK carried over from the sentence before found that fusion
                named = {name for name, _, _ in _method_mentions(text) if name != "IHC"}
                if len(named) == 1:
                    method = named.pop()
                    ms, me = method_at(text, method)
                    results.setdefault(method + "+", ev(ms, me))
                    at.setdefault(method + "+", (n, text, ms, me))
        # the kinase a partner named alone in the next sentence goes with: one the sentence reports rearranged, or ALK
        # when the sentence tells only ALK and a positive result for it ("ALK immunostaining was positive. Sequencing
        # identified RANBP2 as the fusion partner.")
        rearranged = _rearranged_kinase(text) or (
            "ALK" if about_alk and any(code.endswith("+") for code, _, _ in found_tests) else None
        )
        if about_alk and any(f.endswith("::ALK") for f, _, _ in fusions_in(text, title=title)):
            fusion_told = n
    _final_on_better_material(results, at)
    _final_after_amendment(results, at, sentences)
    _positive_beside_narrower_negative(results, at, partner[0] if partner else None)
    _ihc_from_marker_lists(row, results)
    if results:
        order = [m + sign for m in METHODS for sign in "+-"]
        codes = [c for c in order if c in results]
        row.set("alk_tests", codes, *(results[c] for c in codes))
        _mirror_ihc(row, results)
    if partner is None:
        alk = [(f, ev) for f, ev in fusions.items() if f.endswith("::ALK")]
        if alk:
            partner = (alk[0][0].split("::")[0], alk[0][1])
    if partner is not None:
        row.set("alk_fusion_partner", partner[0], partner[1])
        fusions = {**{f"{name}::ALK": partner[1] for name in partner[0].split(";")}, **fusions} if not any(
            f.endswith("::ALK") for f in fusions
        ) else fusions
    if fusions:
        row.set("kinase_fusions", list(fusions), *fusions.values())


def _two_partners(text: str, found: list[tuple[str, int, int]]) -> str | None:
    """Two or more ALK partners found in one tumour and told so in one sentence ("NGS identified two fusions, TPM4-ALK
    and SQSTM1-ALK", "both EML4-ALK and KIF5B-ALK were detected"): the partners ``;``-joined in the order written. Only
    when the sentence says the fusions are several in one tumour (``several_fusions``); a list of partners without it
    keeps the first."""
    names = list(dict.fromkeys(name for name, _, _ in found))
    if len(names) < 2 or not _rx("several_fusions").search(text):
        return None
    return ";".join(names)


def _form_partner(text: str, alk_before: bool) -> tuple[str, int, int, str | None] | None:
    """A data sheet's ALK partner field ("Partner: RANBP2 (RT-PCR, exon 18 - exon 20)", "ALK partner | EML4"): the gene, where
    it stands, and the method named beside it that found it (None when none is). A label that names no kinase is ALK's only
    when the line before tells an ALK test and no other gene."""
    m = _rx("form_partner_line").match(text)
    if m is None or (m.group("kinase") or ("ALK" if alk_before else "")).upper() != "ALK":
        return None
    gene = next((g for g in genes_in(text) if g.start >= m.end() and g.symbol and not is_kinase(g.symbol)), None)
    if gene is None or gene.start != m.end() or _negated(text, gene.start, gene.end):
        return None
    methods = [name for name, s, _ in _method_mentions(text) if s >= gene.end and name != "IHC"]
    return gene.symbol, gene.start, gene.end, methods[0] if methods else None


def method_at(text: str, method: str) -> tuple[int, int]:
    """Where ``method`` is first named in ``text``."""
    return next((s, e) for name, s, e in _method_mentions(text) if name == method)


def _final_on_better_material(results: dict[str, Evidence], at: dict[str, tuple[int, str, int, int]]) -> None:
    """A test read with both signs, first on small material and then on a resected specimen ("ALK FISH on the smear was
    negative ... FISH on the lobectomy showed a rearrangement"): the resected specimen's result is the final one, the
    earlier one is dropped (see :func:`.ihc.repeated_on_better_material`); a later biopsy (of a recurrence) is a new test."""
    _drop_superseded(results, at, lambda first, last: ihc.repeated_on_better_material(at[first][1:], at[last][1:]))


def _final_after_amendment(
    results: dict[str, Evidence], at: dict[str, tuple[int, str, int, int]], sentences: list[Sentence]
) -> None:
    """A test read with both signs, the later one told as a correction ("ADDENDUM: on repeat hybridisation ALK FISH is
    positive", "AMENDED REPORT: ... the earlier negative result was in error"): the corrected result is the final one, the
    earlier one is dropped (:func:`.ihc.revises_earlier`)."""

    def corrects(first: str, last: str) -> bool:
        n = at[last][0]
        return n > at[first][0] and ihc.revises_earlier(at[last][1], at[last][2], sentences[n - 1].text if n else "")

    _drop_superseded(results, at, corrects)


def _drop_superseded(
    results: dict[str, Evidence], at: dict[str, tuple[int, str, int, int]], supersedes: Callable[[str, str], bool]
) -> None:
    """For each method read with both signs (both still in ``results``), the one read first is dropped when the one read
    last ``supersedes`` it (``at``: where each was read, sentence number first)."""
    for method in METHODS:
        plus, minus = method + "+", method + "-"
        if plus not in at or minus not in at or plus not in results or minus not in results:
            continue
        first, last = (minus, plus) if (at[minus][0], at[minus][2]) < (at[plus][0], at[plus][2]) else (plus, minus)
        if supersedes(first, last):
            results.pop(first, None)


def _positive_beside_narrower_negative(
    results: dict[str, Evidence], at: dict[str, tuple[int, str, int, int]], partner: str | None
) -> None:
    """A method read with both signs whose negative was a narrower test than its positive: one ALK antibody clone of two
    ("positive with D5F3 but negative with ALK1": the more sensitive clone's positive is the tumour's, as
    :func:`.ihc._other_alk_clone` reads the marker), or primers for named partners other than the one found ("RT-PCR for
    TPM3-ALK and CLTC-ALK was negative" beside the RT-PCR that found RANBP2-ALK): the negative only excludes those, so
    the method's result is the positive. A negative with no positive of its method stays."""
    for method in METHODS:
        plus, minus = method + "+", method + "-"
        if plus not in results or minus not in results or plus not in at or minus not in at:
            continue
        pos_text, neg_text = at[plus][1], at[minus][1]
        if method == "IHC":
            neg_clones, pos_clones = ihc.alk_clones(neg_text), ihc.alk_clones(pos_text)
            # one sentence of both signs names the two clones apart ("with 5A4 but not with ALK1"); told in two, the
            # negative is one clone's and the positive another's: a negative of two clones ("negative with ALK1 and
            # D5F3") or of none is no narrower test
            narrower = (
                ihc.alk_clones_apart(neg_text) if neg_text == pos_text
                else len(neg_clones) == 1 and bool(pos_clones) and not neg_clones & pos_clones
            )
        else:
            narrower = bool(_other_partner_pairs(neg_text, partner))
        if narrower:
            results.pop(minus, None)


def _other_partner_pairs(text: str, partner: str | None) -> list[str]:
    """The partners other than ``partner`` that ``text`` writes joined to ALK as a fusion ("TPM3-ALK", "ALK::CLTC",
    "EML4/ALK"): the targets of a partner-specific assay (primers, a fusion probe)."""
    genes = genes_in(text)
    out = []
    for a, b in zip(genes, genes[1:]):
        other = a if b.symbol == "ALK" else b if a.symbol == "ALK" else None
        if other is None or not other.symbol or other.symbol == partner or is_kinase(other.symbol):
            continue
        if _rx_value("fusion_separator").fullmatch(text[a.end : b.start]):
            out.append(other.symbol)
    return out


def _unmarked(text: str) -> tuple[str, list[int] | None]:
    """``text`` without the markdown emphasis marks that hug a word (``emphasis_mark``: "*TPM3*-*ALK*", "_ALK_",
    italic gene symbols of a page saved as markdown), and the index in ``text`` of each character kept (None when
    nothing was dropped), so evidence still points into the original characters; a gene pair written in lower
    or mixed case is read in capitals (:func:`_upper_pairs`)."""
    keep: list[int] | None = None
    if "*" in text or "_" in text:
        drop = {i for m in _rx("emphasis_mark").finditer(text) for i in range(m.start(), m.end())}
        if drop:
            keep = [i for i in range(len(text)) if i not in drop]
            text = "".join(text[i] for i in keep)
    return _upper_pairs(text), keep


def _upper_pairs(text: str) -> str:
    """Two vocabulary genes, one a kinase, joined as a fusion but not written in capitals ("Ranbp2-Alk",
    "tpm3/alk": regex ``cased_pair``) are read in capitals (same length, so offsets hold)."""
    if text.isupper() or not _rx("cased_pair").search(text):
        return text
    out = list(text)
    for m in _rx("cased_pair").finditer(text):
        a, b = m.group("a"), m.group("b")
        if a.isupper() and b.isupper():
            continue
        ga, gb = lookup("genes", a.upper()), lookup("genes", b.upper())
        if ga and gb and ga.canonical == a.upper() and gb.canonical == b.upper() and bool(ga.attrs.get("kinase")) != bool(gb.attrs.get("kinase")):
            for g in ("a", "b"):
                out[m.start(g) : m.end(g)] = m.group(g).upper()
    return "".join(out)


def _ihc_from_marker_lists(row: CaseRow, results: dict[str, Evidence]) -> None:
    """ALK in the patient's IHC lists read across sentences ("Immunostains for ALK, ROS1 and pan-TRK were performed. Only
    pan-TRK was positive.") is the ALK immunostain's result too, when no sentence gave one: the two fields state one fact."""
    if "IHC+" in results or "IHC-" in results:
        return
    for name, code in (("ihc_positive", "IHC+"), ("ihc_negative", "IHC-")):
        items = getattr(row, name) or []
        evs = row.evidence.get(name) or []
        if "ALK" in items and evs:
            results[code] = evs[items.index("ALK")] if len(evs) == len(items) else evs[0]


def _mirror_ihc(row: CaseRow, results: dict[str, Evidence]) -> None:
    """An ALK immunostain result read by the test rules ("positive cytoplasmic ALK-1 immunoreactivity") is
    also the ALK marker of the IHC lists, when the marker reading missed it: the two fields state one fact."""
    pos, neg = row.ihc_positive or [], row.ihc_negative or []
    if "ALK" in pos or "ALK" in neg:
        return
    if "IHC+" in results and "IHC-" not in results:
        row.set("ihc_positive", [*pos, "ALK"], results["IHC+"])
    elif "IHC-" in results and "IHC+" not in results:
        row.set("ihc_negative", [*neg, "ALK"], results["IHC-"])


# -- literature-table cells ----------------------------------------------------
# How a summary table's ALK / fusion cells read ("RANBP2-ALK", "IHC+, FISH-", "ALK rearranged (FISH)");
# ``literature_table`` finds the column, these read it, so the partner's meaning has this one home.


def parse_fusion_partner(text: str) -> str | None:
    """``"RANBP2-ALK"`` / ``"ALK::TPM3"`` / ``"ALK+ (TPM3)"`` → the partner gene; anything else (NA, "negative",
    "ALK-negative", "ALK (FISH)", a kinase alone or "ROS1 (TFG)": another kinase's fusion) → None."""
    t = _unmarked(fold(text))[0].strip()
    if is_na(t):
        return None
    m = _rx("partner_cell").search(t)
    if m:
        # "ALK-negative", "ALK/FISH", "ALK-ROS1": a sign, a test or a kinase written beside ALK is no partner
        name = _partner_name(m.group(1) or m.group(2))
        return name if name is not None and not is_kinase(name) else None
    if (pair := _kinase_bracketed_partner(t)) is not None:
        return pair[1] if pair[0] == "ALK" else None
    c = lookup("genes", t)
    if c:
        return None if c.attrs.get("kinase") else c.canonical  # "ROS1" in a fusion column: no partner of ALK
    bare = BRACKETED.sub("", t).strip()  # "RANBP2 (FISH)": the partner, its method in brackets
    if bare != t and not is_na(bare):
        c = lookup("genes", bare)
        if c:
            return None if c.attrs.get("kinase") else c.canonical  # "ALK (D5F3)", "ALK (FISH)": no partner
        if macro("gene_symbol").fullmatch(bare) and parse_sign(bare) is None and bare not in ("ALK", "NEG", "POS", "ND"):
            # "FISH (ALK)", "NGS (ALK)": a test's name over its gene, no partner
            return None if _method_mentions(bare) else bare
    # "TPM3 (exon 7)-ALK (exon 20)", "ALK fusion (partner: THBS1)": the one ALK fusion the cell's gene reading finds
    alk = {f.split("::")[0] for f, _, _ in fusions_in(t, require_finding=False) if f.endswith("::ALK")}
    return alk.pop() if len(alk) == 1 else None


def _kinase_bracketed_partner(text: str) -> tuple[str, str] | None:
    """(kinase, partner) of a cell naming a kinase, maybe with a positive word or sign, and its partner gene alone in
    brackets (regex ``kinase_bracketed_partner_cell``: "ALK (RANBP2)", "ALK+ (TPM3)", "ALK-R (TPM4)", "ROS1 (TFG)");
    None for a negative cell ("ALK- (TPM3 not tested)") or a bracket holding no gene, a kinase or a test ("ALK (D5F3)")."""
    m = _rx("kinase_bracketed_partner_cell").fullmatch(text.strip())
    if m is None or _cell_negative(m.group("mid")) or m.group("mid").strip() in ("-", "\u2212", "\u2013"):
        return None
    kinase, partner = lookup("genes", m.group("kinase")), lookup("genes", m.group("partner"))
    if kinase is None or partner is None or not kinase.attrs.get("kinase") or partner.attrs.get("kinase"):
        return None
    return kinase.canonical, partner.canonical


def _fusions(text: str, alk_partner: str | None) -> list[str] | None:
    """Kinase fusions a fusion cell names ("ETV6-NTRK3", "RANBP2 (NGS)": RANBP2::ALK in an ALK column, "ROS1 (TFG)":
    TFG::ROS1)."""
    t = _unmarked(fold(text))[0]
    found = [f for f, _, _ in fusions_in(t, require_finding=False)]
    if not found and (pair := _kinase_bracketed_partner(t)) is not None:
        kinase, partner = pair
        found = [f"{kinase}::{partner}" if not _three_prime(kinase) else f"{partner}::{kinase}"]
    if alk_partner and f"{alk_partner}::ALK" not in found:
        found.insert(0, f"{alk_partner}::ALK")
    return found or None


def fusion_methods(text: str) -> list[str]:
    """Methods a partner cell names in brackets: "RANBP2 (RT-PCR)" → ["RT-PCR"]."""
    out: list[str] = []
    for inner in re.findall(r"\(([^()]+)\)", fold(text)):
        for m, _, _ in _method_mentions(inner):
            if m not in out:
                out.append(m)
    return out


def rearrangement_methods(text: str) -> list[str]:
    """Methods of a fusion cell that reports a rearrangement without a partner
    ("ALK rearranged (FISH)", or in a fusion column ALK alone over its methods: "ALK (FISH)", "ALK+ (RT-PCR)", regex
    ``cell_alk_alone``); a negative or unavailable cell gives none."""
    return fusion_methods(text) if _alk_rearranged_cell(text) else []


def _alk_rearranged_cell(text: str) -> bool:
    """A fusion cell telling ALK rearranged without a partner (regexes ``cell_rearranged``, ``cell_alk_alone``: "ALK
    rearranged (FISH)", "ALK-positive by FISH", "ALK (FISH)"), naming no other kinase; not a negative or unavailable one."""
    bare = BRACKETED.sub(" ", fold(text))
    if is_na(text) or _cell_negative(text) or _any("other_gene", bare):
        return False
    return bool(_rx("cell_rearranged").search(bare) or _rx("cell_alk_alone").fullmatch(bare.strip()))


def _cell_negative(text: str) -> bool:
    """A molecular cell reporting a negative test outside its brackets (regex ``cell_negative``: "negative", "no
    fusion"); a bracketed aside ("(negative control)") says nothing of the row's result, nor does a partner told
    unnamed ("partner not resolved", regex ``partner_not_named``)."""
    bare = _rx("partner_not_named").sub(" ", BRACKETED.sub(" ", fold(text)))  # "ALK rearranged, partner unknown"
    return _rx("cell_negative").search(bare) is not None


def alk_ihc_sign(text: str) -> bool | None:
    """An ALK-staining cell: a sign, or a staining-pattern code (stated pattern → positive)."""
    if is_na(text) or na_code(text):  # "n.d.", "not done": no staining result
        return None
    sign = parse_sign(text)
    if sign is not None:
        return sign
    score = _rx_value("ihc_intensity_score").fullmatch(BRACKETED.sub(" ", text).strip())
    if score:  # an intensity score (0 / 1+ / 2+ / 3+): any staining is positive
        return score.group("score") != "0"
    # "- (ROS1+)", "negative (ROS1 positive)", "+ (D5F3)", "(-)": the sign outside the brackets (what is in them is
    # another marker or the clone), or the bracketed sign alone
    bare = BRACKETED.sub(" ", text).strip()
    if bare != text.strip():
        sign = parse_sign(bare) if bare else parse_sign(text.strip().strip("()[] "))
        if sign is not None or not bare:
            return sign
        text = bare
    return True if re.search(r"[A-Za-z]", text) else None


def parse_alk_tests(text: str) -> list[str]:
    """``"IHC+, FISH-"`` / ``"FISH (+)"`` → ["IHC+", "FISH-"]: each method (the ALK method
    vocabulary) with the sign printed right after it; anything else → []."""
    t = fold(text)
    out: list[str] = []
    for method, _, end in _method_mentions(t):
        m = _rx("sign_after").match(t, end)
        test = f"{method}{'+' if m.group(1) == '+' else '-'}" if m else None
        if test and test not in out:
            out.append(test)
    return out


def _test_order(t: str) -> int:
    return METHODS.index(t[:-1]) if t[:-1] in METHODS else len(METHODS)


def with_tests(row: CaseRow, tests: list[str]) -> list[str]:
    """The row's ALK tests with ``tests`` added, in method order."""
    return sorted(set((row.alk_tests or []) + tests), key=_test_order)


def _read_alk_fusion(c: CellContext) -> None:
    text = c.cell.text
    c.put("alk_fusion_partner", parse_fusion_partner(text), c.cell)
    c.put("kinase_fusions", _fusions(text, c.row.alk_fusion_partner), c.cell)
    methods = fusion_methods(text) if c.row.alk_fusion_partner is not None else rearrangement_methods(text)
    # a partner found, or ALK told rearranged without one ("ALK-positive by FISH", "ALK rearranged" under "Fusion (FISH)")
    told = c.row.alk_fusion_partner is not None or (_alk_rearranged_cell(text) and not _fusions(text, None))
    if not methods and told:
        # "EML4-ALK by RT-PCR", "NGS: TPM3::ALK": the one method the cell names, unless it reports a negative test too
        named = {m for m, _, _ in _method_mentions(fold(text))}
        if len(named) == 1 and not _cell_negative(text):
            methods = list(named)
    if not methods and told:
        # "Fusion (RNA NGS)" over "RANBP2::ALK": the method the header names found the partner
        methods = fusion_methods(c.header)
    if not methods and told and c.legend:
        # "RANBP2::ALK (AMP)" over "AMP anchored multiplex PCR (NGS)": the one method the legend spells the code out as
        named = {
            m
            for b in BRACKETED.finditer(text)
            if (spelled := legend_expansion(b.group(0).strip(" ()"), c.legend))
            for m, _, _ in _method_mentions(fold(spelled))
        }
        methods = list(named) if len(named) == 1 else []
    if methods:
        c.put("alk_tests", with_tests(c.row, [f"{m}+" for m in methods]), c.cell)
    elif c.row.alk_fusion_partner is None and not _fusions(text, None) and (tests := _worded_parts(fold(text))):
        c.put("alk_tests", with_tests(c.row, tests), c.cell)  # "RT-PCR: negative; FISH: rearranged"
    elif c.row.alk_fusion_partner is None and not _fusions(text, None) and _test_result_sign(text) is False:
        # "None detected" under "Fusion (RNA panel)": the one method the header names found no fusion, ALK's included
        named = {m for m, _, _ in _method_mentions(fold(c.header))} - {"IHC"}
        if len(named) == 1:
            c.put("alk_tests", with_tests(c.row, [f"{named.pop()}-"]), c.cell)


def _read_test(c: CellContext) -> None:
    if len({m for m, _, _ in _method_mentions(fold(c.header))}) >= 2:
        # a column of two tests named together ("FISH / NGS"): each cell names its methods ("FISH +; NGS FN1::ALK")
        _read_molecular(c)
        return
    method = c.column.split(":", 1)[1]
    if (meaning := legend_meaning(c.cell.text, c.legend)) is not None:
        # "R" / "NR" under a legend "R, rearranged; NR, not rearranged": the result its meaning tells
        coded = marker_sign(meaning)
        coded = _test_result_sign(meaning) if coded is None else coded
        if coded is not None:
            c.put("alk_tests", with_tests(c.row, [f"{method}{'+' if coded else '-'}"]), c.cell)
            return
        if no_result_meaning(meaning):
            return
    partner = parse_fusion_partner(c.cell.text)
    sign = True if partner else marker_sign(c.cell.text)
    if partner:
        c.put("alk_fusion_partner", partner, c.cell)
        c.put("kinase_fusions", _fusions(c.cell.text, partner), c.cell)
    elif sign and (named := parse_fusion_partner(c.header)):
        # a column for one fusion's assay ("RT-PCR RANBP2-ALK", "EML4-ALK RT-PCR") whose cell says only "Positive":
        # the header's fusion was found
        c.put("alk_fusion_partner", named, c.cell)
        c.put("kinase_fusions", _fusions(c.header, named), c.cell)
    elif sign is None:
        other = _fusions(c.cell.text, None)
        if other:  # another kinase's fusion ("PPFIBP1::ROS1"): no ALK result, but the patient's fusion
            c.put("kinase_fusions", other, c.cell)
            # ... unless a bracket beside it says what the test found for ALK ("YWHAE::ROS1 (no ALK fusion)")
            notes = [
                _gene_part_sign(m.group(0).strip("()[] ")) for m in BRACKETED.finditer(c.cell.text) if _only_alk_named(m.group(0))
            ]
            if False in notes and True not in notes:
                c.put("alk_tests", with_tests(c.row, [f"{method}-"]), c.cell)
            return
        sign = _gene_part_sign(c.cell.text)
    if sign is not None:
        c.put("alk_tests", with_tests(c.row, [f"{method}{'+' if sign else '-'}"]), c.cell)


def _gene_part_sign(text: str) -> bool | None:
    """A molecular-test cell in words, read for ALK: "split signals" → True, "not rearranged" → False; a cell naming
    each probe's gene before its result ("ALK split", "ROS1 split; ALK intact") gives ALK's part only, and no ALK
    result when ALK has none ("ROS1 split": another kinase's probe)."""
    parts = [p.strip() for p in _rx_value("test_cell_parts").split(fold(text)) if p.strip()]
    named = [_rx_value("test_cell_gene_part").fullmatch(p) for p in parts]
    if not parts or not all(named):
        return _test_result_sign(text)
    alk = [m.group("result") for m in named if m is not None and m.group("gene") == "ALK"]
    return _test_result_sign(alk[0]) if len(alk) == 1 else None


def _test_result_sign(text: str, drop_brackets: bool = False) -> bool | None:
    """A molecular-test cell in words: "rearranged (78%)", "split signals" → True; "not rearranged", "no fusion
    detected" → False; else None. ``drop_brackets``: read without its bracketed parts ("rearranged (40%)")."""
    t = fold(text)
    if drop_brackets:
        t = BRACKETED.sub(" ", t)
    t = squash(t).lower()
    if _rx_value("test_result_negative").fullmatch(t):
        return False
    if _rx_value("test_result_positive").fullmatch(t):
        return True
    return None


def _read_alk_test(c: CellContext) -> None:
    tests = parse_alk_tests(c.cell.text)
    if tests:
        c.put("alk_tests", with_tests(c.row, tests), c.cell)
    elif _method_mentions(fold(c.cell.text)):
        # "FISH: ALK rearranged", "NGS: EML4::ALK" under "ALK status": a method's result in words or its fusion, read
        # as a "Molecular" cell is
        _read_molecular(c)


def _read_alk_ihc(c: CellContext) -> None:
    if _read_method_pair(c):
        return
    sign = legend_reading(c.cell.text, c.legend, alk_ihc_sign)
    if sign is not None:
        # added to the stains the row's other columns gave ("Positive markers" printed before "ALK IHC"), not over them
        name = "ihc_positive" if sign else "ihc_negative"
        had = getattr(c.row, name) or []
        c.put(name, had if "ALK" in had else [*had, "ALK"], c.cell)
        c.put("alk_tests", with_tests(c.row, ["IHC+" if sign else "IHC-"]), c.cell)


def _read_method_pair(c: CellContext) -> bool:
    """A column of two ALK tests named together ("ALK IHC/FISH") whose cell is cut the same way ("+/-", "- / ND"): each
    method its own sign (an IHC sign is also the ALK stain's); a not-done part gives its method nothing. False for any
    other column or cell (one sign alone says nothing about which test it is)."""
    methods = [m for m, _, _ in _method_mentions(fold(c.header))]
    if len(methods) != 2 or len(set(methods)) != 2:
        return False
    signs = paired_values(c.cell.text, marker_sign)
    if signs is None:
        return False
    tests = [f"{m}{'+' if s else '-'}" for m, s in zip(methods, signs) if s is not None]
    for m, s in zip(methods, signs):
        if m == "IHC" and s is not None:
            c.put("ihc_positive" if s else "ihc_negative", ["ALK"], c.cell)
    if tests:
        c.put("alk_tests", with_tests(c.row, tests), c.cell)
    return True


def apply_elsewhere_only(sentences: list[Sentence], row: CaseRow) -> None:
    """Clauses telling the ALK stain of other patients of a series as theirs only ("only case 2 was ALK-positive",
    given to cases 1 and 3): the ALK immunostain read there is the opposite for ``row``, as :func:`ihc.apply_elsewhere_only`
    puts ALK in the opposite list, unless ``row`` already has an IHC result (no other method is flipped: "a
    rearrangement was found by FISH only in case 2" need not mean the others were tested)."""
    if any(t.startswith("IHC") for t in row.alk_tests or []):
        return
    scratch = CaseRow(row.doc_id, row.case_id, source=row.source)
    apply(sentences, scratch)
    theirs = {t for t in scratch.alk_tests or [] if t.startswith("IHC")}
    if len(theirs) != 1:
        return
    mine = "IHC-" if theirs == {"IHC+"} else "IHC+"
    if "ALK" in ((row.ihc_negative if mine == "IHC-" else row.ihc_positive) or []):
        row.set("alk_tests", with_tests(row, [mine]), *scratch.evidence.get("alk_tests", []))


def read_panel_tests(lines: list[tuple[Cell, Cell, Evidence]], row: CaseRow) -> None:
    """An ALK line of an IHC panel table (``literature_table.panel_lines``: "ALK (D5F3) | - "): an ALK immunostain, so
    an IHC test with the line's sign, unless the patient's sentences already told one."""
    _panel_method_tests(lines, row)
    if any(t.startswith("IHC") for t in row.alk_tests or []):
        return
    for antibody, result, ev in lines:
        sign = ihc.panel_line_sign(result.text)
        if sign is not None and {m.canonical for m in ihc.markers_in(antibody.text)} == {"ALK"}:
            row.set("alk_tests", with_tests(row, ["IHC+" if sign else "IHC-"]), ev)
            return


def _panel_method_tests(lines: list[tuple[Cell, Cell, Evidence]], row: CaseRow) -> None:
    """A line of an IHC panel table naming an ALK test by its method ("ALK FISH | rearranged (40%)", "ALK break-apart
    FISH | negative"): that method with the result cell's sign, unless the patient's sentences already told it."""
    for antibody, result, ev in lines:
        name = fold(antibody.text)
        methods = {m for m, _, _ in _method_mentions(name)}
        if len(methods) != 1 or "ALK" not in name.upper() or methods == {"IHC"}:
            continue
        method = methods.pop()
        if any(t[:-1] == method for t in row.alk_tests or []):
            continue
        sign = _test_result_sign(result.text, drop_brackets=True)
        if sign is None:
            sign = marker_sign(result.text)
        found = [f for f, _, _ in fusions_in(result.text, require_finding=False) if f.endswith("::ALK")]
        if sign is None and len(set(found)) == 1:
            sign = True  # "TPM3-ALK fusion transcript detected": the fusion the test found
        if sign is not None:
            row.set("alk_tests", with_tests(row, [f"{method}{'+' if sign else '-'}"]), ev)
        if sign and len(set(found)) == 1 and row.alk_fusion_partner is None:
            row.set("alk_fusion_partner", found[0].split("::")[0], ev)
            row.set("kinase_fusions", list(dict.fromkeys([*(row.kinase_fusions or []), found[0]])), ev)


def _read_alk_marker(c: CellContext) -> None:
    """A per-marker column named "ALK": the stain's sign, and so an ALK IHC test."""
    ihc.read_marker(c)
    sign = legend_reading(c.cell.text, c.legend, ihc.marker_cell_sign)
    if sign is not None:
        c.put("alk_tests", with_tests(c.row, ["IHC+" if sign else "IHC-"]), c.cell)


def _read_alk_in_stain_list(c: CellContext) -> None:
    """ALK among the stains of a series table's IHC column ("Positive: SMA, desmin, ALK", "SMA (+); ALK, S100 (−)"),
    read by the ihc family into the row's lists: that patient's ALK immunostain result, unless another column of the
    row already gave an IHC test (an "ALK IHC" column) or the lists hold ALK both ways."""
    if any(t.startswith("IHC") for t in c.row.alk_tests or []):
        return
    pos, neg = "ALK" in (c.row.ihc_positive or []), "ALK" in (c.row.ihc_negative or [])
    if pos != neg and "ALK" in {m.canonical for m in ihc.markers_in(c.cell.text)}:
        c.put("alk_tests", with_tests(c.row, ["IHC+" if pos else "IHC-"]), c.cell)


def _read_fusion_method(c: CellContext) -> None:
    """A "Method" / "Technique" column beside the partner column ("TPM3 | FISH", "FISH | TPM3"): the method(s) its
    cell names found that row's fusion. Nothing when the row (read after its other columns, wherever this one stands)
    has no fusion, when the cell reports a negative, or for an immunostain (it finds no partner). A row without a partner
    column whose cell itself gives the result with its method ("Molecular (method)": "EML4::ALK (N)", "ALK not rearr.
    (F)") is a molecular column's cell, read so. A row whose fusion cell tells ALK rearranged without naming the partner
    ("ALK rearrangement, partner NR") is signed by its method as a partner would be."""
    if c.row.alk_fusion_partner is None:
        if _names_result(c.cell.text, c.legend):
            _read_molecular(c)
            return
        # "DNA NGS" beside a fusion cell "ALK rearrangement, partner not resolved": the assay found ALK rearranged
        told = c.row_cells.get("alk_fusion")
        if told is None or not _alk_rearranged_cell(told.text) or _fusions(told.text, None) or no_result_meaning(c.cell.text):
            return
    if _cell_negative(c.cell.text):
        return
    text = fold(c.cell.text)
    had = {t[:-1] for t in c.row.alk_tests or []}
    found = [m for m, _, _ in _method_mentions(text) if m != "IHC" and m not in had]
    if found:
        c.put("alk_tests", with_tests(c.row, [f"{m}+" for m in dict.fromkeys(found)]), c.cell)


def _names_result(text: str, legend: dict[str, str]) -> bool:
    """Does a method column's cell give a molecular result of its own (a fusion named, a test signed), not only the
    method that found the partner another column gives? (Methods joined by a plus, "IHC + FISH", are a list of the
    methods used, not a signed test.)"""
    spelled = _method_codes_spelled(text, legend)
    return parse_fusion_partner(spelled) is not None or bool(_fusions(spelled, None)) or bool(_worded_parts(fold(spelled)))


#: the methods that can name a fusion's partner (a break-apart FISH or a stain cannot)
_PARTNER_METHODS = frozenset({"NGS", "RT-PCR"})


def series_fusion_method(text: str) -> tuple[str, frozenset[str] | None, tuple[int, int]] | None:
    """How a series' Methods say its fusions were found: the one partner-naming method of the sentence, the case numbers
    it was applied to (None: every case) and the sentence's span. "Fusions were identified by anchored multiplex PCR
    (NGS-based)" -> ("NGS", None, ...); "An anchored multiplex RNA panel was applied to cases 3, 4 and 5" -> ("NGS",
    {"3", "4", "5"}, ...). None when no sentence says so, when one names several methods or another study's, or when two
    sentences disagree."""
    found: list[tuple[str, frozenset[str] | None, tuple[int, int]]] = []
    folded = fold(text)
    rules = [_rx("series_fusions_found_by")]
    if _rx("series_method_for_cases_tail").search(folded):  # (the full rule tries every position: ~40 ms a paper)
        rules.append(_rx("series_method_for_cases"))
        rules.append(_rx("series_method_gapped_for_cases"))  # "X was done in case 2 and Y in case 4": Y's cases
    for rule in rules:
        for m in rule.finditer(folded):
            lo, hi = _clause(folded, m.start())
            if _any("other_study", folded, lo, hi) or _any("negative", folded, m.start(), m.end()):
                continue
            methods = {x for x, _, _ in _method_mentions(m.group("how"))}
            if len(methods) != 1 or not methods <= _PARTNER_METHODS:
                continue
            if any(g.symbol not in (None, "ALK") for g in genes_in(m.group("how"))):
                continue  # "RT-PCR for RANBP2-ALK was done in all cases": a test of one fusion, not how each was found
            listed = m.groupdict().get("cases")
            cases = frozenset(_rx("case_numbers").findall(listed)) if listed else None
            found.append((methods.pop(), cases, (m.start(), m.end())))
    if not found or len({f[0] for f in found}) != 1 or len({f[1] for f in found}) != 1:
        return None
    return found[0]


def sign_series_fusion_method(doc_id: str, text: str, rows: list[CaseRow], page_at: Callable[[int], int | None]) -> None:
    """Each own patient's ALK fusion whose row names no method that finds a partner: the method the series' Methods say
    found the fusions (:func:`series_fusion_method`), for every case or the ones it lists. A published case's row, or a
    row without an ALK partner, is left alone."""
    told = series_fusion_method(text)
    if told is None:
        return
    method, cases, (start, end) = told
    ev = Evidence(doc_id, start, end, text[start:end], page_at(start), "methods")
    for row in rows:
        if row.alk_fusion_partner is None or row.published or row.reference or row.citation is not None:
            continue
        number = _rx("numbered_case_id").fullmatch(row.case_id or "")
        if cases is not None and (number is None or number.group("n") not in cases):
            continue  # "applied to cases 3, 4 and 5": only those
        if any(t[:-1] in _PARTNER_METHODS for t in row.alk_tests or []):
            continue
        row.set("alk_tests", with_tests(row, [f"{method}+"]), ev)


def _bracketed_codes(text: str) -> list[str]:
    """The codes a cell gives in brackets, each bracket one code ("TPM3::ALK (RNA)" -> ["RNA"])."""
    return [m.group(0).strip("()[] ") for m in BRACKETED.finditer(text) if len(m.group(0).strip("()[] ").split()) == 1]


def _method_codes_spelled(text: str, legend: dict[str, str]) -> str:
    """A molecular cell with the codes its table's legend spells out as a method written out ("FISH: ALK BA +" under
    "BA, break-apart" -> "FISH: ALK break-apart +"): a code that is no method name itself, whole words only (a minus
    sign glued after the code, "BA-", is the result's, not a hyphen)."""
    if not legend:
        return text
    spelled = {
        code: meaning for code, meaning in legend.items()
        if code.isalnum() and not code.isdigit() and not _method_mentions(fold(code)) and _method_mentions(fold(meaning))
    }
    if not spelled:
        return text
    out: list[str] = []
    at = 0
    for m in re.finditer(r"[\w-]+", text):
        word = m.group(0).rstrip("-")
        if word in spelled:
            out += [text[at : m.start()], spelled[word]]
            at = m.start() + len(word)
    return "".join(out) + text[at:]


def _read_molecular(c: CellContext) -> None:
    """A "Molecular" column of a case series: signed ALK tests ("FISH +", "NGS negative") and a fusion
    found by a named method ("NGS: FN1::ALK", "RT-PCR TPM3-ALK"): that method is positive."""
    text = _method_codes_spelled(c.cell.text, c.legend)
    tests = _alk_part_tests(text)
    # "RT-PCR: negative for RANBP2-ALK; FISH: rearranged": a fusion a part says was not found is no partner
    found = "; ".join(p for p in _rx_value("molecular_cell_parts").split(text) if not _cell_negative(p))
    partner = parse_fusion_partner(found)
    fusions = _fusions(found, partner)
    if partner:
        c.put("alk_fusion_partner", partner, c.cell)
    if fusions:
        c.put("kinase_fusions", fusions, c.cell)
    folded = fold(text)
    mentions = _method_mentions(folded)
    methods = list(dict.fromkeys(m for m, _, _ in mentions))
    if partner and not methods:
        # "TPM3::ALK (RNA)" under a legend "RNA, targeted RNA sequencing": the bracketed code names the method
        methods = list(dict.fromkeys(m for code in _bracketed_codes(text) for m, _, _ in _method_mentions(fold(c.legend.get(code, "")))))
    if partner:
        # "FISH neg (b); FN1::ALK (a)": a part naming no fusion that tells one method's negative result (its note mark
        # aside) is that method's negative, not a share of the fusion's positive
        for part in _rx_value("molecular_cell_parts").split(text):
            if parse_fusion_partner(part) is None and not _fusions(part, None):
                bare = _rx_value("cell_code_mark").sub("", part)
                tests += [t for t in _worded_parts(fold(bare)) if t[-1] == "-" and t not in tests and f"{t[:-1]}+" not in tests]
        signed = {t[:-1] for t in tests} | _methods_not_done(text)
        tests += [f"{m}+" for m in methods if m not in signed]
    elif not tests and len(methods) == 1:
        rest = (folded[: mentions[0][1]] + " " + folded[mentions[-1][2] :]).strip(" :,;")
        if (sign := marker_sign(rest)) is not None:
            tests = [f"{methods[0]}{'+' if sign else '-'}"]  # "FISH negative", "negative by FISH"
    if not partner and not fusions:
        signed = {t[:-1] for t in tests}
        tests += [t for t in _worded_parts(folded) if t[:-1] not in signed]  # "FISH: rearranged" beside "RT-PCR: negative"
    elif fusions and not partner and not tests and len(methods) == 1 and _says_no_alk_fusion(text):
        tests = [f"{methods[0]}-"]  # "NGS (RNA): ETV6::NTRK3; no ALK fusion": the one test found none of ALK
    if tests:
        c.put("alk_tests", with_tests(c.row, list(dict.fromkeys(tests))), c.cell)


def _methods_not_done(text: str) -> set[str]:
    """The methods a molecular cell names only in a part saying the test was not done or gave no result ("FISH ND;
    AMP: IGFBP5-ALK", "FISH failed; NGS: TPM3::ALK"): no share of the fusion another method found."""
    out: set[str] = set()
    for part in _rx_value("molecular_cell_parts").split(text):
        mentions = _method_mentions(fold(part))
        if len({m for m, _, _ in mentions}) != 1 or parse_fusion_partner(part) is not None or _fusions(part, None):
            continue
        folded = fold(_rx_value("cell_code_mark").sub("", part))
        rest = squash(folded[: mentions[0][1]] + " " + folded[mentions[-1][2] :]).strip(" :,;-–")
        if rest and no_result_meaning(rest):
            out.add(mentions[0][0])
    return out


def _says_no_alk_fusion(text: str) -> bool:
    """A part of a molecular cell saying ALK has no fusion, naming no other gene ("no ALK fusion", "ALK not rearranged")."""
    for part in _rx_value("molecular_cell_parts").split(fold(text)):
        symbols = {g.symbol for g in genes_in(part) if g.symbol is not None}
        if symbols == {"ALK"} and _test_result_sign(part) is False:
            return True
    return False


def _alk_part_tests(text: str) -> list[str]:
    """The signed ALK tests of a molecular cell (:func:`parse_alk_tests`), part by part: a part naming another gene's
    probe and not ALK's ("ROS1 FISH +; ALK FISH −") gives nothing for ALK."""
    out: list[str] = []
    for part in _rx_value("test_cell_parts").split(fold(text)):
        symbols = {g.symbol for g in genes_in(part) if g.symbol is not None}
        if symbols and "ALK" not in symbols:
            continue
        out += [t for t in parse_alk_tests(part) if t not in out]
    return out


def _worded_sign(words: str) -> bool | None:
    """The sign of what a molecular cell's part says once its method and gene are set aside, as a sign or in words
    ("+", "negative", "rearranged", "no fusion"); None when it says none. A dash before the words separates them from
    the method ("FISH - rearranged"); one after them is their sign ("ALK rearr. -", "Split signal -"). Shared by
    :func:`_worded_parts` and :func:`_marked_part_sign`, which must read a trailing dash alike."""
    rest = squash(words).strip(" :,;").lstrip("-– ")
    if not rest:
        return None
    sign = marker_sign(rest)
    return sign if sign is not None else _test_result_sign(rest)


def _worded_parts(text: str) -> list[str]:
    """A molecular cell telling each test's result in words, part by part ("ALK rearranged (FISH)", "ALK FISH negative;
    NGS: no fusion"): per part that names one method and no gene but ALK, the method with the sign of what is left
    ("rearranged", "negative", "no fusion"). A part naming another gene ("ROS1 rearranged (FISH)") or no result in
    words gives nothing."""
    out: list[str] = []
    for part in _rx_value("test_cell_parts").split(text):
        mentions = _method_mentions(part)
        if len({m for m, _, _ in mentions}) != 1:
            continue
        if parse_fusion_partner(part) is not None and _cell_negative(part):
            out.append(f"{mentions[0][0]}-")  # "RT-PCR: negative for RANBP2-ALK": the test did not find that ALK fusion
            continue
        rest = part[: mentions[0][1]] + " " + part[mentions[-1][2] :]
        rest = _rx("bracketed_result_share").sub(" ", rest).replace("(", " ").replace(")", " ")  # "positive (40%)"
        genes = [g for g in genes_in(rest) if g.symbol is not None or g.surface.isupper()]
        if any(g.symbol != "ALK" for g in genes):
            continue
        for g in reversed(genes):
            rest = rest[: g.start] + " " + rest[g.end :]
        sign = _worded_sign(rest)
        if sign is not None:
            out.append(f"{mentions[0][0]}{'+' if sign else '-'}")
    return list(dict.fromkeys(out))


def _read_test_note(c: CellContext) -> None:
    """The note a molecular cell points to by its mark ("Not identified a" over "a RT-PCR negative for RANBP2-ALK;
    RNA inadequate for sequencing"): the ALK tests it tells with their results, read as a sentence; a method whose
    result the row already has keeps it."""
    had = {t[:-1] for t in c.row.alk_tests or []}
    found = [t for t, _, _ in alk_results(c.cell.text) if t[:-1] not in had]
    if not found and c.marked is not None and c.column in ("alk_fusion", "molecular") and not _cell_negative(c.cell.text):
        # "RANBP2::ALK c" over "c Detected by RT-PCR.": the one method the note names found the partner its cell gives
        # ("Rearranged a" over "a Break-apart FISH.", "No fusion b" over "b Targeted RNA panel.": the cell's own sign)
        named = {m for m, _, _ in _method_mentions(fold(c.cell.text))} - {"IHC"}
        sign = _marked_part_sign(c.marked.text) if not no_result_meaning(c.cell.text) else None
        if len(named) == 1 and sign is not None:
            found = [f"{m}{'+' if sign else '-'}" for m in named if m not in had]
    elif found and c.marked is not None and c.column in ("alk_fusion", "molecular"):
        found = _method_note_signed(c.cell.text, c.marked.text, found)
    if found:
        c.put("alk_tests", with_tests(c.row, list(dict.fromkeys(found))), c.cell)


def _method_note_signed(note: str, marked: str, found: list[str]) -> list[str]:
    """A note that only names the method ("b Targeted RNA fusion panel (ALK, ROS1, NTRK1-3)") under a cell carrying
    its mark: the method's result is the marked part's ("no fusion b": negative; "TFG::ROS1 b": no ALK fusion, so
    negative for ALK; "TPM3-ALK b": positive), not the bare naming's positive."""
    named = {m for m, _, _ in _method_mentions(fold(note))} - {"IHC"}
    if len(named) != 1 or marker_sign(fold(note)) is not None or _cell_negative(note) or no_result_meaning(note):
        return found
    if _marked_part_sign(marked) is False:
        return [f"{t[:-1]}-" if t[:-1] in named else t for t in found]
    return found


def _marked_part_sign(marked: str) -> bool | None:
    """The ALK result of the part of a cell that carries a note's mark (its last part: "FISH- a; no fusion b"): an ALK
    partner or a sign ("Rearranged") positive, a negative or a fusion of another kinase only negative, else None."""
    part = marked.split(";")[-1]
    if parse_fusion_partner(part) is not None:
        return True
    if _cell_negative(part) or _fusions(part, None):
        return False
    return _worded_sign(fold(part))


register_columns(
    TableColumn("molecular", ("alk_fusion_partner", "kinase_fusions", "alk_tests"), _read_molecular, _read_test_note),
    TableColumn("alk_fusion", ("alk_fusion_partner", "kinase_fusions", "alk_tests"), _read_alk_fusion, _read_test_note),
    TableColumn("test:", ("alk_fusion_partner", "kinase_fusions", "alk_tests"), _read_test, _read_test_note),
    TableColumn("alk_test", ("alk_fusion_partner", "kinase_fusions", "alk_tests"), _read_alk_test, _read_test_note),
    TableColumn("alk_ihc", ("ihc_positive", "ihc_negative", "alk_tests"), _read_alk_ihc),
    TableColumn("marker:ALK", ("ihc_positive", "ihc_negative", "alk_tests"), _read_alk_marker),
    TableColumn("fusion_method", ("alk_fusion_partner", "kinase_fusions", "alk_tests"), _read_fusion_method, reads_row=True),
)
for _kind in ("ihc", "ihc_negative"):  # the stain lists of a series table: their ALK is an ALK immunostain
    register_also_read(_kind, "alk", _read_alk_in_stain_list)


# -- field registry -------------------------------------------------------------
def _partner_compare(v: object) -> str | None:
    """The partner's current symbol; two partners of one tumour ("TPM4;SQSTM1") each by its own, in the order given."""
    if v is None or is_na(str(v)):
        return None
    return ";".join(canonical_gene(p) or key(p).upper() for p in str(v).split(";") if p.strip()) or None


def _valid_partner(text: str, unknown: Callable[[str], None]) -> str:
    """A gene symbol, or two or more ``;``-joined when one tumour carries several ALK fusions."""
    out = []
    for part in (p.strip() for p in text.split(";")):
        gene = canonical_gene(part)
        if gene is None:
            raise CurationError(f"alk_fusion_partner: {text!r} is not a gene symbol")
        if lookup("genes", part) is None:
            unknown(gene)
        out.append(gene)
    return ";".join(out)


def _valid_fusion(item: str, unknown: Callable[[str], None]) -> str:
    fusion = canonical_fusion(item)
    if fusion is None or not any(is_kinase(g) for g in fusion.split("::")):
        raise CurationError(f"kinase_fusions: {item!r} is not FIVE::THREE with a kinase gene (vocab/genes.jsonl)")
    return fusion


def _test_compare(s: str) -> str:
    t = fold(s).replace(" ", "")
    m = _rx("test_code").fullmatch(t)
    if not m:
        return key(t).upper()
    sign = "+" if m.group(2) in ("+",) or m.group(2).lower() == "positive" else "-"
    return m.group(1).upper().rstrip("-") + sign


def _valid_test(item: str, unknown: Callable[[str], None]) -> str:
    m = _rx("curated_test").match(fold(item).replace(" ", ""))
    if not m:
        raise CurationError(f"alk_tests: {item!r} is not METHOD+ or METHOD- (IHC, FISH, NGS, RT-PCR)")
    method = m.group(1).upper().replace("RTPCR", "RT-PCR")
    return method + ("+" if m.group(2).lower() in ("+", "positive", "pos") else "-")


register(
    FieldSpec("alk_fusion_partner", "scalar", _partner_compare, "narrative", validate=_valid_partner, vocab="genes"),
    FieldSpec(
        "kinase_fusions", "list", list_compare(lambda s: canonical_fusion(s) or key(s).upper()), "narrative",
        validate=_valid_fusion,
    ),
    FieldSpec("alk_tests", "list", list_compare(_test_compare), "narrative", validate=_valid_test),
)  # fmt: skip
