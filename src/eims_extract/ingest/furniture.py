"""Web-page and dump furniture, as data (``patterns/web_furniture.jsonl``).

Saved journal pages and PubMed records open with navigation, cookie and
metrics banners, identifiers, author lists (often printed twice) and
affiliations, and close with "cited by" and "similar articles" lists whose
titles are other papers' patients. None of it may give a value, and none of
it may be glued to the patient's first sentence. Whole lines are dropped at
ingest (:func:`furniture_lines`); furniture inside a line (a page scraped onto
one line) is cut out of the matching view (:func:`furniture_spans`), and so is
the last word of an excerpt cut off mid-word (:func:`truncated_tail`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from ..errors import ConfigError
from ..prefilter import any_of, char_gate, literal_gate, lowered
from ..rules import compile_rule as _compile
from ..rules import layout
from ..rules import load as load_rules


@dataclass(frozen=True)
class LineRule:
    name: str
    regex: re.Pattern[str]
    front_only: bool = False
    block: bool = False
    first_line_only: bool = False
    #: the next non-blank line is furniture too: the title a "Next article" / "Previous article" link
    #: names (another paper's, often with its patient)
    next_line: bool = False


@dataclass(frozen=True)
class FurnitureRules:
    lines: tuple[LineRule, ...]
    nav: re.Pattern[str] | None
    nav_front_only: bool
    spans: tuple[tuple[str, re.Pattern[str]], ...]
    #: per ``front`` (False, True): one alternation of the line rules that apply there and fail fast on
    #: their own, and the navigation pattern: when it cannot fullmatch a line none of them can, and only
    #: ``ungated`` is tried rule by rule
    gates: tuple[re.Pattern[str] | None, re.Pattern[str] | None] = (None, None)
    #: the line rules left out of the gates (in file order): those opening with a run of any character,
    #: which a literal prefilter answers faster than the regex engine (see ``prefilter``), and the rare
    #: rule a joined pattern cannot hold
    ungated: tuple[LineRule, ...] = ()
    #: per ``front`` (False, True): literals one of which every ungated rule that applies there needs in
    #: the lowered line (``prefilter.literal_gate``; None when one of them has no literal)
    ungated_literals: tuple[re.Pattern[str] | None, re.Pattern[str] | None] = (None, None)
    #: per span rule, a class of characters every match holds (``prefilter.char_gate``), or None
    span_gates: tuple[re.Pattern[str] | None, ...] = ()
    #: one alternation of the block rules that apply in the body (``prefilter.any_of``): when it cannot
    #: fullmatch a line, ``line_rule(line, front=False)`` is no block rule (None: no such pre-test)
    block_gate: re.Pattern[str] | None = None
    #: the rules for a publication-type line over the citation (``first_line_only``), in file order
    first_line: tuple[LineRule, ...] = ()


@cache
def rules() -> FurnitureRules:
    """Load and validate ``patterns/web_furniture.jsonl`` (cached)."""
    lines: list[LineRule] = []
    spans: list[tuple[str, re.Pattern[str]]] = []
    phrases: list[str] = []
    nav_front = False
    names: set[str] = set()
    for obj in load_rules("patterns/web_furniture"):
        where = obj.where
        typ = obj.type
        if typ == "nav":
            ps = obj.phrases
            if ps is None or not all(isinstance(p, str) and p.strip() for p in ps):
                raise ConfigError(f"{where}: 'phrases' must be a list of non-empty strings")
            phrases.extend(p.strip().lower() for p in ps)
            nav_front = obj.front_only
            continue
        name = obj.name
        if not name:
            raise ConfigError(f"{where}: 'name' must be a non-empty string")
        if (typ, name) in names:
            raise ConfigError(f"{where}: duplicate {typ} rule {name!r}")
        names.add((typ, name))
        if typ == "line":
            lines.append(
                LineRule(
                    name,
                    _compile(obj.pattern, where),
                    obj.front_only,
                    obj.block,
                    obj.first_line_only,
                    obj.next_line,
                )
            )
        elif typ == "span":
            spans.append((name, _compile(obj.pattern, where, 0)))
        else:
            raise ConfigError(f"{where}: unknown type {typ!r}")
    nav = None
    if phrases:
        alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))
        nav = re.compile(rf"(?:[\s|·•>/»,;:.…\[\]]*(?:{alts})\b)+[\s|·•>/»,;:.…\[\]]*", re.IGNORECASE)
    span_gates = tuple(char_gate(rx) for _, rx in spans)
    blocks = [r.regex for r in lines if r.block and not r.front_only and not r.first_line_only]
    block_gate = any_of(blocks) if blocks else None
    first_line = tuple(r for r in lines if r.first_line_only)
    candidates = [r for r in lines if not r.first_line_only]
    body_gate, ungated = _gate([r for r in candidates if not r.front_only], None if nav_front else nav)
    front_gate, ungated_front = _gate(candidates, nav)
    if body_gate is None or front_gate is None:
        return FurnitureRules(
            tuple(lines), nav, nav_front, tuple(spans), span_gates=span_gates, block_gate=block_gate, first_line=first_line
        )
    ungated = tuple(r for r in candidates if r in ungated or r in ungated_front)
    return FurnitureRules(
        tuple(lines), nav, nav_front, tuple(spans), (body_gate, front_gate), ungated,
        (literal_gate([r.regex for r in ungated if not r.front_only]), literal_gate([r.regex for r in ungated])),
        span_gates, block_gate, first_line,
    )  # fmt: skip


def _gate(lines: list[LineRule], nav: re.Pattern[str] | None) -> tuple[re.Pattern[str] | None, tuple[LineRule, ...]]:
    """Why: a line is tried against ~50 rules, most of which fail at its first character; one C call
    over their alternation (``prefilter.any_of``) replaces ~50 Python calls. Rules with a loose start
    (a literal prefilter decides them faster) and rules that cannot be joined exactly (a back-reference)
    stay outside, tried one by one."""
    joined: list[re.Pattern[str]] = []
    ungated: list[LineRule] = []
    for rule in lines:
        if getattr(rule.regex, "_loose", False) or any_of([rule.regex]) is None:
            ungated.append(rule)
        else:
            joined.append(rule.regex)
    if nav is not None:
        if any_of([nav]) is None:
            return None, tuple(lines)
        joined.append(nav)
    gate = any_of(joined)
    if gate is None:
        return None, tuple(lines)
    return gate, tuple(ungated)


#: furniture lines are short; a longer line is running text (or a whole page on one line)
MAX_LINE = 500

#: list bullets and markdown markup ("  • 1Department of ...", "**Authors:**") say nothing of what a line is
_BULLET = layout("list_bullets")


def line_rule(line: str, front: bool) -> LineRule | None:
    """The furniture rule a whole line matches (``front``: before the first heading)."""
    s = _BULLET.sub("", line).strip()
    if not s or len(s) > MAX_LINE:
        return None  # a page scraped onto one line is not a banner: its furniture is cut out as spans
    r = rules()
    gate = r.gates[front]
    if gate is not None and gate.fullmatch(s) is None:
        lits = r.ungated_literals[front]
        if lits is not None and lits.search(lowered(s)) is None:
            return None
        for rule in r.ungated:
            if (front or not rule.front_only) and rule.regex.fullmatch(s):
                return rule
        return None
    for rule in r.lines:
        if rule.first_line_only:
            continue
        if (front or not rule.front_only) and rule.regex.fullmatch(s):
            return rule
    if r.nav is not None and (front or not r.nav_front_only) and r.nav.fullmatch(s):
        return LineRule("navigation", r.nav, r.nav_front_only)
    return None


def may_open_block(line: str) -> bool:
    """False when ``line_rule(line, front=False)`` is surely no block rule (no block rule can match the whole
    line): one C call instead of the full rule pass, for callers that only ask for blocks."""
    gate = rules().block_gate
    if gate is None:
        return True
    s = _BULLET.sub("", line).strip()
    return bool(s) and len(s) <= MAX_LINE and gate.fullmatch(s) is not None


def furniture_lines(lines: Sequence[str], is_heading: Callable[[str], bool]) -> list[bool]:
    """Which of ``lines`` are furniture. A recognised heading never is; it also ends the
    front matter and any "cited by"/"similar articles" block. An author line printed a
    second time in the front matter is furniture too."""
    from .assemble import is_author_line
    out = [False] * len(lines)
    front = True
    in_block = False
    headed = False  # a heading seen: above the first one, "Full text links" is a page's button, not a list's head
    seen: set[str] = set()
    nonblank = [i for i, raw in enumerate(lines) if raw.strip()]
    after = {i: lines[j] for i, j in zip(nonblank, nonblank[1:])}
    earlier: set[str] = set()
    last = ""  # the previous non-blank line
    skip_next = False  # the line after a "Next article" link: that article's title
    for i, raw in enumerate(lines):
        s = " ".join(raw.split())
        if not s:
            continue
        if skip_next:
            skip_next = False
            if not is_heading(s):
                out[i] = True
                continue
        seen_before = s in earlier
        earlier.add(s)
        previous, last = last, s
        if in_block and _first_line_furniture(s.rstrip(". ")) and layout("listed_record_citation").search(previous):
            # a listed record's publication type under its citation ("Case Reports."): no heading, the list goes on
            out[i] = True
            continue
        if front and _first_line_furniture(s) and i in after:
            # a publication type ("Case Reports") over the citation, or over the title printed again
            nxt = " ".join(after[i].split())
            # (a PubMed page may print the journal's abbreviated name on a line of its own before the citation:
            # "Case Reports" / "Skeletal Radiol" / ". 2013 Mar;42(3):421-427.")
            over_journal = layout("journal_name_line").fullmatch(nxt) is not None and (
                (j := next((k for k in nonblank if k > i), None)) is not None and j in after
                and line_rule(" ".join(after[j].split()), True) is not None
            )
            if line_rule(nxt, True) is not None or nxt in earlier or over_journal:
                out[i] = True
                continue
        if front and not headed and _first_line_furniture(s) and _label_over_front_matter(lines, nonblank, i, is_heading):
            # a publication type over the title ("Case Report" / the title / the byline / "Abstract"): the page's label of
            # the article's kind, no heading of the case (that one follows the abstract or the introduction)
            out[i] = True
            continue
        if is_heading(s):
            in_block = False
            headed = True
            front = False if _body_heading(s) else front
            continue
        if in_block and not _own_legend(s):
            out[i] = True
            continue
        in_block = False
        rule = line_rule(s, front)
        if rule is not None:
            out[i] = True
            skip_next = rule.next_line
            # (a PubMed page prints "Full text links" over the citation, the title and the authors too)
            in_block = rule.block and (headed or not layout("top_links_button").fullmatch(s))
            continue
        if front and is_author_line(s) and not layout("item_card_mark").search(s):
            # the same names with other affiliation marks or "and" placement: the list printed again (a listing card's
            # tally, "Supporting 2 | Mentioning 11 | Contrasting 0", is printed again with other figures on every card:
            # the mark of each card, kept)
            key = " ".join(re.findall(r"[^\W\d_]+", layout("author_conjunction").sub(" ", s.lower())))
            if key in seen:
                out[i] = True
            seen.add(key)
    return out


#: heading kinds that open an article's abstract or body before its case: a publication type printed above them is the
#: page's label of the article's kind (not "Keywords": an abstract page may print them after its case text)
_FRONT_HEADING_KINDS = frozenset({"abstract", "introduction"})


def _label_over_front_matter(
    lines: Sequence[str], nonblank: Sequence[int], i: int, is_heading: Callable[[str], bool]
) -> bool:
    """Is the publication type at line ``i`` ("Case Report") a label over the title? The next heading after it opens the
    abstract or the introduction, with a line of text (the title) between: a case heading comes after those, never
    before them."""
    from .sections import classify_heading

    text_between = False
    for j in nonblank:
        if j <= i:
            continue
        s = " ".join(lines[j].split())
        if is_heading(s):
            h = classify_heading(s)
            return text_between and h is not None and h.kind in _FRONT_HEADING_KINDS
        text_between = True
    return False


def _own_legend(line: str) -> bool:
    """A figure's or table's legend with its text ("Fig. 3  Tumour cells stain for ..."), not a label alone ("Fig. 2"):
    a record page (KoreaMed, journal pages) prints the article's own legends after its keyword lists, so one ends such a
    list (another record is listed by title, never by a figure label) and its findings are the patient's."""
    from .sections import caption_start, figure_label_alone

    s = _BULLET.sub("", line).strip()
    return caption_start(s) is not None and not figure_label_alone(s) and len(s.split()) >= 4


def _first_line_furniture(line: str) -> bool:
    s = _BULLET.sub("", line).strip()
    return any(rule.regex.fullmatch(s) for rule in rules().first_line)


def _body_heading(s: str) -> bool:
    from .sections import classify_heading

    h = classify_heading(s)
    return h is not None and h.kind in ("introduction", "case", "methods", "results", "discussion")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are furniture inside running text, sorted, not overlapping."""
    found: list[tuple[int, int]] = []
    r = rules()
    for (_name, rx), gate in zip(r.spans, r.span_gates or [None] * len(r.spans)):
        if gate is not None and gate.search(text) is None:
            continue  # none of the characters every match holds ("©" of a copyright notice)
        found.extend((m.start(), m.end()) for m in rx.finditer(text) if m.end() > m.start())
    return merged_spans(found)


def merged_spans(spans: list[tuple[int, int]], touching: bool = False) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping ones joined (and ones that only touch, with ``touching``)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and (a < out[-1][1] or (touching and a == out[-1][1])):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out




def record_list_spans(text: str, heading_starts: Sequence[int]) -> list[tuple[int, int]]:
    """Spans of ``text`` that are a list of other records left in the text by a reader that reads no furniture lines
    (a PDF's, a web page's or a JATS file's text): a line of its own that opens a block rule ("Similar articles",
    "Cited by", "MeSH terms") down to the next heading (``heading_starts``: where the document's headed sections
    start) or the text's end, as :func:`furniture_lines` drops it from a plain-text page: the other articles' titles
    (a drug, a metastasis, a trial) are no facts of the patient. Sorted, not overlapping; a line above the first
    heading that is a page's "Full text links" button opens none (the title and the authors follow it)."""
    out: list[tuple[int, int]] = []
    starts = sorted(set(heading_starts))
    first = starts[0] if starts else len(text)
    a = 0
    while a < len(text):
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        line = text[a:b]
        if (
            (not out or a >= out[-1][1]) and line.strip() and may_open_block(line)
            and (rule := line_rule(" ".join(line.split()), False)) is not None and rule.block
            and not (a < first and layout("top_links_button").fullmatch(line.strip()))
        ):
            end = next((h for h in starts if h > a and not _listed_type_heading(text, h)), len(text))
            out.append((a, end))
        a = b + 1
    return out


def _listed_type_heading(text: str, start: int) -> bool:
    """The section starting at ``start`` is headed by a listed record's publication type under its citation
    ("Moreau E, et al. Pretend Rep. 2022. PMID: 35280441" / "Case Reports."): a line of the list a reader took for a
    heading, not the end of the list (:func:`furniture_lines` reads it so in a plain-text page)."""
    lines = text[:start].rstrip("\n").rsplit("\n", 2)
    if len(lines) < 3:
        return False
    head, citation = " ".join(lines[2].split()), lines[1]
    return _first_line_furniture(head.rstrip(". ")) and layout("listed_record_citation").search(citation) is not None


def truncated_tail(text: str) -> tuple[int, int] | None:
    """The last word of an excerpt cut off mid-sentence ("... negative for desmin and CD3" of "CD34"):
    a final paragraph of running prose that ends in a word, not punctuation. The word may be a fragment,
    so nothing is read from it — unless it is a long run of lower-case letters ("... without recurren"):
    that is the stem of an ordinary word, which prefix rules may read, never a marker or gene cut short."""
    body = text.rstrip()
    para = body[body.rfind("\n") + 1 :]
    m = layout("last_word").search(para)
    if m is None or len(para.split()) < 12 or m.start() == 0 or layout("word_stem").fullmatch(m.group()):
        return None
    start = len(body) - len(para) + m.start()
    return start, start + len(m.group())
