"""A matching view of real published text, with a map back to the original.

Scraped pages and PDF dumps carry Unicode hyphens and minus signs, soft hyphens,
non-breaking and zero-width spaces, ligatures, full-width letters, HTML tags and
entities, fusion genes whose hyphen was lost ("TFGROS1") and site furniture in
the middle of a line. Rules would have to spell every variant; instead the
rules read a *normalised view*, and every offset found in the view is mapped
back to ``Document.text``, which keeps the original characters so evidence
shows what the paper printed.

The view is built piece by piece: every output character records the
``[start, end)`` of the original characters it came from (an inserted
character has ``start == end``), so an output span ``[a, b)`` maps to
``[starts[a], ends[b - 1])`` and always covers whole original characters.
The rules are data (``patterns/text_normalise.jsonl`` and
``patterns/web_furniture.jsonl``), validated at load.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from ..errors import ConfigError
from ..normalize import vocabulary
from ..rules import layout, macro, value_pattern
from ..rules import load as load_rules
from .model import NON_BODY, Cell, Document, Table
from .tables import dash_meanings


@dataclass(frozen=True)
class _Rules:
    chars: dict[str, str]
    pad: frozenset[str]
    nfkc: tuple[tuple[int, int], ...]
    inline_tags: frozenset[str]
    block_tags: frozenset[str]
    citation_tags: frozenset[str]
    kinases: frozenset[str]


def _one_char(v: object, where: str) -> int:
    if not isinstance(v, str) or len(v) != 1:
        raise ConfigError(f"{where}: expected a single character, got {v!r}")
    return ord(v)


@cache
def rules() -> _Rules:
    """Load and validate ``patterns/text_normalise.jsonl`` (cached)."""
    chars: dict[str, str] = {}
    pad: set[str] = set()
    nfkc: list[tuple[int, int]] = []
    inline: set[str] = set()
    block: set[str] = set()
    cite: set[str] = set()
    kinases: set[str] = set()
    for obj in load_rules("patterns/text_normalise"):
        where = obj.where
        typ = obj.type
        if typ == "char":
            cs, to = obj.chars, obj.to
            if not isinstance(cs, str) or not cs or not isinstance(to, str) or len(to) > 1:
                raise ConfigError(f"{where}: 'chars' must be a non-empty string and 'to' at most one character")
            for c in cs:
                if c in chars:
                    raise ConfigError(f"{where}: character U+{ord(c):04X} mapped twice")
                chars[c] = to
                if obj.pad_between_words:
                    pad.add(c)
        elif typ == "nfkc_range":
            lo, hi = _one_char(obj.first, where), _one_char(obj.last, where)
            if hi < lo:
                raise ConfigError(f"{where}: 'last' comes before 'first'")
            nfkc.append((lo, hi))
        elif typ == "html":
            for key, into in (("inline", inline), ("block", block), ("drop_citation", cite)):
                names = getattr(obj, key)
                if names is None or not all(isinstance(n, str) and re.fullmatch(r"[a-z][a-z0-9-]*", n) for n in names):
                    raise ConfigError(f"{where}: {key!r} must be a list of lower-case tag names")
                into.update(names)
            if cite - inline:
                raise ConfigError(f"{where}: 'drop_citation' tags must also be inline tags")
        elif typ == "glued_genes":
            syms = obj.symbols
            if syms is None or not all(isinstance(s, str) and macro("gene_symbol").fullmatch(s) for s in syms):
                raise ConfigError(f"{where}: 'symbols' must be a list of HGNC-style symbols")
            kinases.update(syms)
        else:
            raise ConfigError(f"{where}: unknown type {typ!r}")
    return _Rules(chars, frozenset(pad), tuple(nfkc), frozenset(inline), frozenset(block), frozenset(cite), frozenset(kinases))


@cache
def gene_symbols() -> frozenset[str]:
    """HGNC-style symbols a glued fusion may be split into: vocab/genes.jsonl plus the other fusion genes listed."""
    out = set(rules().kinases)
    for c in vocabulary("genes"):
        for n in c.names:
            if macro("gene_symbol").fullmatch(n):
                out.add(n)
    return frozenset(out)


def split_glued_genes(token: str) -> tuple[str, str] | None:
    """``"TFGROS1"`` → ``("TFG", "ROS1")`` when exactly one cut gives two known symbols."""
    known = gene_symbols()
    if token in known or len(token) < 5:
        return None
    cuts = [(token[:k], token[k:]) for k in range(2, len(token) - 1) if token[:k] in known and token[k:] in known]
    return cuts[0] if len(cuts) == 1 else None


@dataclass(frozen=True)
class NormText:
    """The view ``text`` and, per view character, the original ``[starts[i], ends[i])`` (tuples, or
    ranges when every change is one character for one)."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    orig_len: int

    @property
    def identity(self) -> bool:
        return len(self.text) == self.orig_len and all(s == i for i, s in enumerate(self.starts))

    def to_orig(self, a: int, b: int) -> tuple[int, int]:
        """Original span of the view span ``[a, b)``: whole original characters."""
        n = len(self.text)
        a, b = max(0, min(a, n)), max(0, min(b, n))
        if a >= n:
            return self.orig_len, self.orig_len
        if b <= a:
            return self.starts[a], self.starts[a]
        return self.starts[a], self.ends[b - 1]

    def from_orig(self, o: int) -> int:
        """View offset of original offset ``o``: the first view character from at or after it."""
        s = self.starts
        if type(s) is range and s.start == 0 and s.step == 1:  # one for one: the offset itself
            return 0 if o < 0 else min(o, s.stop)
        return bisect.bisect_left(s, o)


_TAG = layout("html_tag")
_ENTITY = layout("html_entity")
_CITATION = layout("citation_numbers")
_GLUED = layout("glued_gene_pair")
_ARROW_PAIR = layout("arrow_gene_pair")
_LINK_CITATION = layout("link_citation")
_GLUED_CITATION = layout("glued_citation")
_LONG_BLANK = layout("long_blank_run")


@cache
def _mapped_chars() -> re.Pattern[str]:
    """One character class of every character a rule changes."""
    r = rules()
    singles = "".join(re.escape(c) for c in r.chars)
    ranges = "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in r.nfkc)
    return re.compile(f"[{singles}{ranges}]")


def _map_char(c: str, r: _Rules) -> str | None:
    """The replacement of one character, or None when it stays as it is."""
    if c in r.chars:
        return r.chars[c]
    o = ord(c)
    for lo, hi in r.nfkc:
        if lo <= o <= hi:
            return unicodedata.normalize("NFKC", c)
    return None


def _special_spans(text: str, r: _Rules, furniture: list[tuple[int, int]]) -> list[tuple[int, int, str | list[tuple[str, int, int]]]]:
    """Non-overlapping replacements: tags, entities, link citations, glued genes, furniture spans."""
    out: list[tuple[int, int, str | list[tuple[str, int, int]]]] = []
    for a, b in furniture:
        out.append((a, b, "\n\n"))
    if "<" in text:
        for m in _TAG.finditer(text):
            name = m.group(2).lower()
            if name in r.block_tags:
                out.append((m.start(), m.end(), " "))
            elif name in r.inline_tags:
                if name in r.citation_tags and not m.group(1) and not m.group(3):
                    close = text.find(f"</{m.group(2)}>", m.end(), m.end() + 60)
                    if close < 0:
                        close = text.lower().find(f"</{name}>", m.end(), m.end() + 60)
                    inner = text[m.end() : close] if close >= 0 else ""
                    before = text[m.start() - 1] if m.start() else ""
                    if close >= 0 and _CITATION.fullmatch(inner) and not before.isdigit():
                        out.append((m.start(), close + len(name) + 3, ""))
                        continue
                out.append((m.start(), m.end(), ""))
    if "&" in text:
        for m in _ENTITY.finditer(text):
            rep = html.unescape(m.group())
            if rep != m.group() and len(rep) == 1:
                # the entity's character goes through the character rules too (&#x2013; is a dash)
                mapped = _map_char(rep, r)
                out.append((m.start(), m.end(), rep if mapped is None else mapped))
    for m in _LONG_BLANK.finditer(text):  # thousands of blanks in a sentence: one space (rules cost a power of a run)
        out.append((m.start(), m.end(), " "))
    for m in _LINK_CITATION.finditer(text):  # "Reference Lind and Moss4" run into the prose: no word of it
        out.append((m.start(), m.end(), ""))
    for m in _GLUED_CITATION.finditer(text):  # "ALK12,13", "17-year-old3": a superscript citation run into its word
        out.append((m.start(), m.end(), ""))
    for m in _GLUED.finditer(text):
        cut = split_glued_genes(m.group())
        if cut:
            k = m.start() + len(cut[0])
            chars = [(c, m.start() + i, m.start() + i + 1) for i, c in enumerate(cut[0])]
            chars.append(("-", k, k))
            chars += [(c, k + i, k + i + 1) for i, c in enumerate(cut[1])]
            out.append((m.start(), m.end(), chars))
    if not text.isascii() or "->" in text:
        known = gene_symbols()
        for m in _ARROW_PAIR.finditer(text):  # "RANBP2 \u2192 ALK": the arrow is the fusion's hyphen
            if m.group("a") in known and m.group("b") in known:
                out.append((m.start("arrow"), m.end("arrow"), "-"))
    out.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    kept: list[tuple[int, int, str | list[tuple[str, int, int]]]] = []
    pos = -1
    for a, b, rep in out:
        if a >= pos:
            kept.append((a, b, rep))
            pos = b
    return kept


def normalise(text: str, furniture: list[tuple[int, int]] | None = None) -> NormText:
    """The matching view of ``text``; ``furniture`` spans become a paragraph break."""
    r = rules()
    specials = _special_spans(text, r, furniture or [])
    if not specials:
        same_length = _one_for_one(text, r)
        if same_length is not None:
            return same_length
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    mapped = _mapped_chars()

    def plain(a: int, b: int) -> None:
        pos = a
        for m in mapped.finditer(text, a, b):
            i = m.start()
            if i > pos:  # an untouched run, copied in one piece
                chars.append(text[pos:i])
                starts.extend(range(pos, i))
                ends.extend(range(pos + 1, i + 1))
            pos = i + 1
            c = text[i]
            rep = _map_char(c, r)
            if rep is None:
                chars.append(c)
                starts.append(i)
                ends.append(i + 1)
                continue
            if c in r.pad and rep and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
                rep = f" {rep} "
            for ch in rep:
                chars.append(ch)
                starts.append(i)
                ends.append(i + 1)

        if pos < b:
            chars.append(text[pos:b])
            starts.extend(range(pos, b))
            ends.extend(range(pos + 1, b + 1))

    pos = 0
    for a, b, rep in specials:
        plain(pos, a)
        if isinstance(rep, list):
            for ch, s, e in rep:
                chars.append(ch)
                starts.append(s)
                ends.append(e)
        else:
            for ch in rep:
                chars.append(ch)
                starts.append(a)
                ends.append(b)
        pos = b
    plain(pos, len(text))
    return NormText("".join(chars), tuple(starts), tuple(ends), len(text))


def _one_for_one(text: str, r: _Rules) -> NormText | None:
    """The view when every change is one character for one (a dash, a no-break space): view character
    ``i`` is original character ``i``, so the map is two ranges, not two tuples of ints as long as the
    text. None when a character is dropped, expanded or padded (the general path then)."""
    out: list[str] = []
    pos = 0
    n = len(text)
    for m in _mapped_chars().finditer(text):
        i = m.start()
        c = text[i]
        rep = _map_char(c, r)
        if rep is None:
            continue
        if len(rep) != 1 or (c in r.pad and 0 < i < n - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()):
            return None
        out.append(text[pos:i])
        out.append(rep)
        pos = i + 1
    out.append(text[pos:])
    return NormText("".join(out), range(n), range(1, n + 1), n)  # type: ignore[arg-type]


def needs_view(text: str) -> bool:
    """Cheap test: anything a rule would change (pure ASCII without tags, entities or capitals runs is as is)."""
    if not text.isascii():
        return True
    return (
        "<" in text
        or _LONG_BLANK.search(text) is not None
        or "&" in text
        or _GLUED.search(text) is not None
        or _LINK_CITATION.search(text) is not None
        or _GLUED_CITATION.search(text) is not None
        or ("->" in text and _ARROW_PAIR.search(text) is not None)
    )


# -- whole documents --------------------------------------------------------------


def document_view(doc: Document, furniture: list[tuple[int, int]] | None = None) -> tuple[Document, NormText] | None:
    """``doc`` with ``text`` normalised and every offset moved into the view; None when nothing changes."""
    if not furniture and not needs_view(doc.text):
        return None
    nt = normalise(doc.text, furniture)
    if nt.text == doc.text:
        return None
    f = nt.from_orig
    sections = [replace(s, start=f(s.start), end=f(s.end)) for s in doc.sections]
    tables = [_table_view(t, nt, doc.text) for t in doc.tables]
    view = replace(
        doc,
        text=nt.text,
        sections=sections,
        tables=tables,
        page_starts=[(f(o), p) for o, p in doc.page_starts],
        warnings=list(doc.warnings),
    )
    return view, nt


def view_text(text: str) -> str:
    """The matching view of a short text (a cell, a caption, a raw table line) without its offset map:
    the text itself when :func:`needs_view` finds nothing a rule would change."""
    return normalise(text).text if needs_view(text) else text


_LONG_DASH_CELL = value_pattern("bare_long_dash")
_SIGN_PAIR_CELL = value_pattern("sign_pair_cell")


def _table_view(t: Table, nt: NormText, otext: str = "") -> Table:
    vtext = nt.text
    f = nt.from_orig
    s = nt.starts
    same = type(s) is range and s.start == 0 and s.step == 1  # one for one: an offset is itself (clamped)
    top = len(s)
    # "−, negative; –, not performed": a cell holding one of the dashes its legend tells apart is spelled out as the
    # legend's meaning (the view folds the dashes alike), its offsets kept
    dashes = dash_meanings(t.footnotes) if t.footnotes else {}

    def cell(c: Cell) -> Cell:
        meaning = dashes.get(c.text.strip()) if dashes else None
        if meaning is not None and c.start is not None and c.end is not None:
            return Cell(meaning, f(c.start), f(c.end), c.page, view_text(c.note) if c.note else "")
        if c.start is None or c.end is None:
            return replace(c, text=view_text(c.text))
        if _LONG_DASH_CELL.fullmatch(c.text.strip()) or _SIGN_PAIR_CELL.fullmatch(c.text.strip()):
            # a cell that is only an em dash ("—": not applicable, no data) keeps it: folded to a hyphen it would read as
            # a minus sign, a no (the readers that fold a cell still see a hyphen); so does a pair of signs with a true
            # minus sign ("−/−"), told apart from an en dash pair ("– / –", not available) only so
            return Cell(c.text.strip(), f(c.start), f(c.end), c.page, view_text(c.note) if c.note else "")
        if same:  # :meth:`NormText.from_orig` inlined: a table has hundreds of cells
            a, b = c.start, c.end
            a = 0 if a < 0 else (a if a < top else top)
            b = 0 if b < 0 else (b if b < top else top)
        else:
            a, b = f(c.start), f(c.end)
        if ("\n" in otext[c.start : c.end] or c.note) and c.text != otext[c.start : c.end]:
            # a cell wrapped over lines, its parts joined (another column's words between them), or one with a
            # footnote mark taken off inside it ("pan-TRKb, SMA"): its own text
            return Cell(view_text(c.text), a, b, c.page, view_text(c.note) if c.note else "")
        return Cell(vtext[a:b], a, b, c.page, view_text(c.note) if c.note else "")  # every field given: what ``replace`` builds, faster

    return replace(
        t,
        caption=view_text(t.caption),
        header=[cell(c) for c in t.header],
        rows=[[cell(c) for c in row] for row in t.rows],
        footnotes=view_text(t.footnotes),
        start=f(t.start),
        end=f(t.end),
        raw_lines=[view_text(x) for x in t.raw_lines],
    )


def remap_evidence(rows: list, view: Document, nt: NormText, doc: Document) -> None:
    """Move every evidence span of ``rows`` from the view back into ``doc.text`` (in place).

    The sentence becomes the original sentence when the view sentence can be
    located around the span; otherwise (a table row's joined cells) it is kept.
    """
    done: dict = {}  # Evidence is frozen: a span read for several fields (age and its text) is moved once
    # a sentence found at one view offset has one original text, however many values it gave
    sentences: dict[tuple[str, int], str] = {}
    vtext, otext = view.text, doc.text
    for row in rows:
        for evs in row.evidence.values():
            for k, ev in enumerate(evs):
                got = done.get(ev)
                if got is None:
                    got = done[ev] = _remap_one(ev, vtext, nt, otext, sentences)
                evs[k] = got


def _remap_one(ev, vtext: str, nt: NormText, otext: str, sentences: dict[tuple[str, int], str] | None = None):  # noqa: ANN001, ANN202 - Evidence in, Evidence out
    start, end = nt.to_orig(ev.start, ev.end)
    sentence = ev.sentence
    if sentence:
        lo = max(0, ev.end - len(sentence))
        k = vtext.find(sentence, lo, ev.start + len(sentence))
        if 0 <= k <= ev.start:
            got = None if sentences is None else sentences.get((sentence, k))
            if got is None:
                s0, s1 = nt.to_orig(k, k + len(sentence))
                got = otext[s0:s1]
                if sentences is not None:
                    sentences[(sentence, k)] = got
            sentence = got
        else:  # a table row's joined cells: at least the value's own words as printed
            vspan, ospan = vtext[ev.start : ev.end], otext[start:end]
            if vspan != ospan and vspan in sentence:
                sentence = sentence.replace(vspan, ospan, 1)
    if start == ev.start and end == ev.end and sentence == ev.sentence:
        return ev  # nothing moved (most spans of a one-for-one view): the frozen evidence itself
    # ``replace`` with every field given (test_normalise_text checks the list), at a fraction of its cost
    return type(ev)(doc_id=ev.doc_id, start=start, end=end, sentence=sentence, page=ev.page, section=ev.section)


def matching_view(doc: Document) -> tuple[Document, NormText] | None:
    """The view rules read (normalised, furniture inside lines and paragraphs in another language beside the English cut
    out), or None when it is ``doc`` itself."""
    from .furniture import furniture_spans, merged_spans, record_list_spans, truncated_tail
    from .language import other_language_spans

    spans = furniture_spans(doc.text)
    # a list of other records (a PubMed page's "Similar articles") a PDF, web-page or JATS reader left in the text (the
    # plain-text reader drops it line by line)
    heads = [s.start for s in doc.sections if s.title and s.end > s.start]
    blocks = record_list_spans(doc.text, heads) if doc.kind != "text" else []
    if blocks:
        spans = merged_spans(spans + blocks, touching=True)
    # a bilingual page's paragraphs in another language beside the English: no value read from them
    other = other_language_spans(doc.text, doc.sections)
    if other:
        spans = merged_spans(spans + other, touching=True)
    tail = truncated_tail(doc.text)
    in_table = tail is not None and any(s.start <= tail[0] <= s.end for s in doc.sections if s.kind in NON_BODY)
    if tail is not None and not in_table and not any(a <= tail[0] < b for a, b in spans):
        spans.append(tail)
    return document_view(doc, spans)


def run_on_view(doc: Document, extract: Callable[[Document], list]) -> list:
    """``extract`` run on the matching view of ``doc``, its evidence moved back into ``doc.text``."""
    view = matching_view(doc)
    if view is None:
        return extract(doc)
    rows = extract(view[0])
    remap_evidence(rows, view[0], view[1], doc)
    return rows
