"""Rebuild cell grids for tables whose text lost its layout.

Text extracted from a PDF keeps a table's words but not its columns: cells
wrap over several lines, a reference spanning rows is printed once between
them, page breaks leave a repeated header and footer debris behind. The
header tells which columns exist and each column has a cell grammar
(``patterns/table_headers.jsonl``), so every record's token stream can be
cut into cells by dynamic programming instead of by positions that only fit
one table. Legends (``patterns/table_legend.jsonl`` plus a table's own
footnote) supply the abbreviations the grammars accept. Pasted tables whose
every line is cut by ``|``, tabs or space runs into as many cells as the
header has columns are taken by position instead (empty cells kept).
"""

from __future__ import annotations

import csv
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import overload

from ..errors import ConfigError
from ..normalize import Concept, expand_macros, fold, fold_once, key, key_once, lookup, macros, parse_sign, vocabulary
from ..rules import layout, value_pattern
from ..rules import load as load_rules
from .model import Cell, Document, Table

# -- data: headers, grammars, legend ----------------------------------------


@dataclass(frozen=True)
class ColumnSpec:
    field: str
    headers: tuple[str, ...]
    grammar: str
    summary: bool = False


#: A column named after one marker ("SMA", "Ki-67") in a case series' pathology table.
MARKER_COLUMN = ColumnSpec("marker", (), "free", False)
#: ... its name one word among the other column names of a header cut by single spaces: its cells are signs
MARKER_SIGN_COLUMN = ColumnSpec("marker", (), "sign", False)
MARKER_PERCENT_COLUMN = ColumnSpec("marker", (), "percent", False)


def named_marker(header: str, *, once: bool = False) -> Concept | None:
    """The marker ``header`` names, from the marker vocabulary (``once``: a one-off cell, kept out of the string
    caches)."""
    h = re.sub(r"\s+", " ", value_pattern("parens").sub(" ", fold_once(header) if once else fold(header))).strip()
    return lookup("markers", h, once=once) if h else None


def names_marker(header: str, *, once: bool = False) -> bool:
    """Does ``header`` name a marker?"""
    return named_marker(header, once=once) is not None


@dataclass(frozen=True)
class LegendEntry:
    kind: str  # a field name ("treatment", "status") or "na" / "current" / "unit"
    canonical: str | None
    abbr: tuple[str, ...]
    expansions: tuple[str, ...]


#: Columns whose cells may be printed once for several rows (filled down).
SPANNING_FIELDS: frozenset[str] = frozenset({"reference"})
_PLACEHOLDERS = ("treatment", "status", "na", "unit", "current")


@cache
def column_specs() -> tuple[ColumnSpec, ...]:
    """Column lines of ``table_headers.jsonl``, validated against the grammars."""
    grammars = _grammar_sources()
    out: list[ColumnSpec] = []
    for obj in load_rules("patterns/table_headers"):
        if obj.regex is not None:
            continue
        fld, heads, gram = obj.field, obj.headers, obj.grammar
        if fld is None or not heads:
            raise ConfigError(f"{obj.where}: a column line needs 'field' and 'headers'")
        if gram not in grammars:
            raise ConfigError(f"{obj.where}: column {fld!r} names unknown grammar {gram!r}")
        out.append(ColumnSpec(fld, heads, gram, obj.summary))
    return tuple(out)


@cache
def grammar_max_tokens() -> dict[str, int]:
    """Most tokens a cell of each grammar can span (``max_tokens``, default 8): bounds the record parser."""
    out: dict[str, int] = {}
    for obj in load_rules("patterns/table_headers"):
        if obj.regex is not None:
            mt = _MAX_CELL_TOKENS if obj.max_tokens is None else obj.max_tokens
            if mt < 1:
                raise ConfigError(f"{obj.where}: grammar {obj.grammar!r}: bad max_tokens {mt!r}")
            out[str(obj.grammar)] = mt
    return out


@cache
def _grammar_sources() -> dict[str, str]:
    out: dict[str, str] = {}
    where: dict[str, str] = {}
    for obj in load_rules("patterns/table_headers"):
        if obj.regex is None:
            continue
        if obj.grammar is None:
            raise ConfigError(f"{obj.where}: a grammar line needs 'grammar' and 'regex'")
        out[obj.grammar] = obj.regex
        where[obj.grammar] = obj.where
    clash = set(_PLACEHOLDERS) & set(macros())
    if clash:
        raise ConfigError(f"patterns/macros.jsonl: {sorted(clash)} name table-legend codes (patterns/table_legend.jsonl)")
    for name, rx in out.items():  # validate: every grammar compiles once expanded
        try:
            re.compile(_expand(rx, legend_entries(), {}, where[name]))
        except re.error as exc:
            raise ConfigError(f"{where[name]}: grammar {name!r} does not compile ({exc})") from None
    return out


@cache
def legend_entries() -> tuple[LegendEntry, ...]:
    out: list[LegendEntry] = []
    for obj in load_rules("patterns/table_legend"):
        kind = obj.field or obj.kind
        if not isinstance(kind, str):
            raise ConfigError(f"{obj.where}: a legend line needs 'field' or 'kind'")
        if obj.field is not None and obj.canonical is None:
            raise ConfigError(f"{obj.where}: field entry without 'canonical'")
        out.append(LegendEntry(kind, obj.canonical, obj.abbr, obj.expansions))
    return tuple(out)


def _alternation(words: list[str]) -> str:
    uniq = sorted({fold(w).strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) or "(?!)"


def _expand(rx: str, entries: tuple[LegendEntry, ...], extra: dict[str, tuple[str, ...]], where: str = "") -> str:
    """A grammar with its ``{{name}}`` references filled: the legend's codes (``{{treatment}}``,
    ``{{status}}``, ``{{na}}``, ``{{unit}}``, ``{{current}}``) and the shared macros (``{{number}}``)."""
    return expand_macros(rx, where or "patterns/table_headers.jsonl", {**macros(), **_legend_codes(entries, extra)})


def _legend_codes(entries: tuple[LegendEntry, ...], extra: dict[str, tuple[str, ...]]) -> dict[str, str]:
    words: dict[str, list[str]] = {p: [] for p in _PLACEHOLDERS}
    for e in entries:
        if e.kind in words:
            words[e.kind].extend(e.abbr)
            if e.kind in ("status", "na", "treatment"):
                words[e.kind].extend(e.expansions)  # a cell may print the procedure whole ("Myomectomy")
    words["treatment"].extend(n for c in vocabulary("drugs") for n in c.names)
    for k, v in extra.items():
        words.setdefault(k, []).extend(v)
    return {p: _alternation(words[p]) for p in _PLACEHOLDERS}


@cache
def legend_codes() -> dict[str, str]:
    """The table legend's codes as named sub-patterns (``{{unit}}`` -> ``mo|mos|...``), for the
    patterns of ``patterns/values.jsonl`` that read table cells."""
    return _legend_codes(legend_entries(), {})


@dataclass(frozen=True)
class Grammars:
    """Compiled cell grammars for one table (its own legend may add codes).

    Answers are memoised per table (the record parser asks the same (grammar, words)
    question many times) and dropped with it; a small shared cache serves cells that
    recur across tables ("M", "NA", "12 mo")."""

    extra: tuple[tuple[str, tuple[str, ...]], ...] = ()
    _memo: dict[str, dict[str, bool]] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def pattern(self, name: str) -> re.Pattern[str]:
        return _compiled(name, self.extra)

    def fits(self, name: str, text: str) -> bool:
        memo = self.memo(name)
        got = memo.get(text)
        if got is None:
            got = memo[text] = _fits(name, self.extra, text)
        return got

    def memo(self, name: str) -> dict[str, bool]:
        """This table's answers for one grammar, cell text → fits."""
        got = self._memo.get(name)
        if got is None:
            got = self._memo[name] = {}
        return got


@lru_cache(maxsize=16_384)  # bounded; the per-table memo above takes the repeats within a table
def _fits(name: str, extra: tuple[tuple[str, tuple[str, ...]], ...], text: str) -> bool:
    return _compiled(name, extra).fullmatch(fold(text).strip()) is not None


_SIGNATURES: dict[tuple, int] = {}
_SIGNATURE_OF: dict[int, tuple] = {}
_SIGNATURE_IDS = itertools.count()


def _signature(grammars: tuple[tuple[str, int], ...], extra: tuple[tuple[str, tuple[str, ...]], ...]) -> int:
    """A small number naming one table's (grammar, most tokens) list and legend codes, so the
    per-span cache key hashes cheaply. Numbers are never reused; the map is emptied when it
    grows large (a corpus of many legends), which only costs cache misses."""
    k = (grammars, extra)
    got = _SIGNATURES.get(k)
    if got is None:
        if len(_SIGNATURES) >= 1024:
            _SIGNATURES.clear()
        got = _SIGNATURES[k] = next(_SIGNATURE_IDS)
        _SIGNATURE_OF[got] = k
        while len(_SIGNATURE_OF) > 1024:
            del _SIGNATURE_OF[next(iter(_SIGNATURE_OF))]
    return got


#: span text -> grammar bits, one dict per signature: the record parser asks thousands of spans a table,
#: and a plain dict lookup by the span text is several times cheaper than an ``lru_cache`` keyed by
#: (signature, text). Bounded: emptied whole when it holds more than :data:`_SPAN_BITS_MAX` answers.
_SPAN_BITS: dict[int, dict[str, int]] = {}
_SPAN_BITS_MAX = 32_768
_span_bits_size = [0]


def _span_bits(sig: int) -> dict[str, int]:
    """The answers so far for one signature (fill it through :func:`_fits_miss`)."""
    got = _SPAN_BITS.get(sig)
    if got is None:
        got = _SPAN_BITS[sig] = {}
    return got


def _fits_miss(sig: int, memo: dict[str, int], text: str) -> int:
    """Compute, remember in ``memo`` (a :func:`_span_bits` dict) and return the bits of ``text``."""
    if _span_bits_size[0] >= _SPAN_BITS_MAX:
        _SPAN_BITS.clear()
        _span_bits_size[0] = 0
    got = memo[text] = _fits_compute(sig, text)
    _span_bits_size[0] += 1
    return got


def _fits_all(sig: int, text: str) -> int:
    """Bit b set when ``text`` is a cell of the signature's grammar b (within its most tokens)."""
    memo = _span_bits(sig)
    got = memo.get(text)
    return _fits_miss(sig, memo, text) if got is None else got


def _fits_compute(sig: int, text: str) -> int:
    grammars, extra = _SIGNATURE_OF[sig]
    ntok = text.count(" ") + 1  # tokens never hold a space; spans join them with one
    bits = 0
    for b, (name, most) in enumerate(grammars):
        if ntok <= most and _fits(name, extra, text):
            bits |= 1 << b
    return bits


@lru_cache(maxsize=512)  # bounded: each table's own legend is a new ``extra``
def _compiled(name: str, extra: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    return re.compile(_expand(_grammar_sources()[name], legend_entries(), dict(extra)), re.I)


# -- legends ------------------------------------------------------------------
_LEGEND_ITEM = layout("legend_item")
_LEGEND_SYMBOL_ITEM = layout("legend_symbol_item")


def parse_legend(text: str) -> dict[str, str]:
    """``"SE, surgical excision; DOD, dead of disease."`` → {abbr: expansion} (a fresh dict: callers may add to it)."""
    return dict(_legend_items(text))


@lru_cache(maxsize=4096)  # bounded, keyed by line: the text reader's passes ask each line under a table again and again
def _legend_items(text: str) -> tuple[tuple[str, str], ...]:
    out: dict[str, str] = {}
    t = re.sub(r"\s+", " ", fold(text)).strip()
    t = layout("legend_lead").sub("", t)
    # a spreadsheet's legend, opened by its word ("Legend:", "Codes:"), may set a code before its meaning with a
    # space only ("Tx: S surgery, C chemotherapy"); without that word such parts are prose, not a legend
    coded = layout("export_legend_lead").match(t) is not None
    t = layout("export_legend_lead").sub("", t) if coded else t
    # ... or set with semicolons between items each of a code in capitals and its meaning ("F break-apart FISH; N
    # targeted sequencing; ND not done", as Springer prints a table's foot), three items or more
    semis = [p.strip().rstrip(".") for p in t.split(";") if p.strip().rstrip(".")]
    coded = coded or (len(semis) >= _BARE_CODE_ITEMS and all(_SEMI_CODE_ITEM.fullmatch(p) for p in semis))
    # (a note opened by its symbol, run onto the legend's line, is a part of its own)
    for part in (p for semi in t.split(";") for p in layout("legend_note_cut").split(semi)):
        # (the symbol of the header a legend explains may open it: "*F, FISH; N, sequencing" under "Molecular*"); a
        # code the legend binds twice keeps its first meaning, the one next to the mark ("*F, FISH ... M, male; F,
        # female": the molecular column's F is FISH, and a sex cell's F needs no legend)
        m = _LEGEND_ITEM.fullmatch(part.strip().lstrip("*†‡§¶").rstrip("."))
        if m:
            out.setdefault(m.group(1), m.group(2).strip())
        elif coded or _all_code_items(part.strip()):
            for k, v in _code_items(part.strip(), spare=True).items():
                out.setdefault(k, v)
        elif (first := layout("note_first_sentence").match(part.strip())) is not None and _all_code_items(first.group(0)):
            # "Des desmin, f focal, ND not done. Blank cells: not stained": the items up to the note after them, and
            # the small letters abbreviating their words ("f focal", "w weak") with them
            for k, v in _code_items(first.group(0), spare=True).items():
                out.setdefault(k, v)
    for m in _LEGEND_SYMBOL_ITEM.finditer(t):  # "-, not done." / "+, positive; -, negative"
        out.setdefault(m.group("code"), m.group("meaning").strip())
    dashes = dash_meanings(text)
    if dashes:  # each dash its own code; the folded "-" would take whichever came first
        out.pop("-", None)
        out.update(dashes)
    return tuple(out.items())


def bound_legend(text: str) -> dict[str, str]:
    """The legend of a table already bound to it (its footnotes), for its cells to be read by: :func:`parse_legend`
    and the items whose code ends in its full stop ("Mes., mesentery; Exc., excision"). Those are left out of
    :func:`parse_legend`, which also decides where a table ends and how it is laid out."""
    out = parse_legend(text)
    for code, meaning in _stop_items(text):
        out.setdefault(code, meaning)
    return out


@lru_cache(maxsize=1024)
def _stop_items(text: str) -> tuple[tuple[str, str], ...]:
    t = layout("legend_lead").sub("", re.sub(r"\s+", " ", fold(text)).strip())
    return tuple((m.group("code"), m.group("meaning").strip()) for m in layout("legend_stop_item").finditer(t))


@lru_cache(maxsize=1024)
def _dash_meanings(text: str) -> tuple[tuple[str, str], ...]:
    raw = layout("legend_lead").sub("", re.sub(r"\s+", " ", text).strip())
    dashes = {m.group("code"): m.group("meaning").strip() for m in layout("legend_dash_item").finditer(raw)}
    return tuple(dashes.items()) if len(dashes) >= 2 and len({key(v) for v in dashes.values()}) >= 2 else ()


def dash_meanings(text: str) -> dict[str, str]:
    """The dashes a legend tells apart, unfolded, with their meanings ("−, negative; –, not performed" -> {"−":
    "negative", "–": "not performed"}); empty unless two kinds of dash have two meanings (dashes fold alike in the
    matching view, so its table cells are spelled out by this before: ``normalise_text._table_view``)."""
    return dict(_dash_meanings(text))


def na_codes(legend: dict[str, str]) -> frozenset[str]:
    """The codes a table's own legend says stand for a test not done or a value not known ("-, not done"; "NP, not
    performed"), folded: a cell that holds one of them states nothing."""
    na = {key(x) for e in legend_entries() if e.kind == "na" for x in (*e.abbr, *e.expansions)}
    return frozenset(fold(k).strip() for k, v in legend.items() if key(v) in na)


def legend_bindings(legend: dict[str, str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Codes a table's own legend introduces, keyed by the field they belong to."""
    by_kind: dict[str, list[str]] = {}
    for abbr, expansion in legend.items():
        k = key(expansion)
        for e in legend_entries():
            if e.kind in ("unit",):
                continue
            if k in {key(x) for x in e.expansions} and key(abbr) not in {key(a) for a in e.abbr}:
                by_kind.setdefault(e.kind, []).append(abbr)
        if _names_drugs(expansion):
            by_kind.setdefault("treatment", []).append(abbr)  # "AI, doxorubicin and ifosfamide": a regimen's code
    return tuple((k, tuple(v)) for k, v in sorted(by_kind.items()))


def _names_drugs(expansion: str) -> bool:
    """A legend's meaning that is only drug names, joined by "and", commas, "+" or "/" ("gemcitabine and docetaxel")."""
    parts = [p for p in value_pattern("drug_list_joins").split(fold(expansion).strip()) if p.strip()]
    return bool(parts) and all(key(p) in _drug_names() for p in parts)


@cache
def _drug_names() -> frozenset[str]:
    return frozenset(key(n) for c in vocabulary("drugs") for n in c.names)


def _code_items(part: str, spare: bool = False) -> dict[str, str]:
    """The items of a legend part that sets each code before its meaning with a space only ("Tx: S surgery, C
    chemotherapy", "NED no evidence of disease"); a scope naming the column ("Tx:", "Rec / Met:") is dropped.
    (``spare``: also a code in small letters abbreviating its word, "f focal", "w weak".)"""
    out: dict[str, str] = {}
    body = part.split(":", 1)[1] if ":" in part and len(part.split(":", 1)[0].split()) <= 4 else part
    for n, item in enumerate(value_pattern("legend_items").split(body)):
        m = _CODE_ITEM.fullmatch(item.strip().rstrip("."))
        if m is None and spare and (w := _SPARE_ITEM.fullmatch(item.strip().rstrip("."))) is not None and w.group("first"):
            code, meaning = item.strip().rstrip(".").split(None, 1)
            out.setdefault(code, meaning.strip())
            continue
        if m is None and n == 0 and len(item.split()) >= 3:  # the column named without a colon ("Tx S surgery")
            m = _CODE_ITEM.fullmatch(item.strip().split(None, 1)[1].rstrip("."))
        if m:
            out.setdefault(m.group("code"), m.group("meaning").strip())
    return out


_CODE_ITEM = layout("export_code_item")
_SEMI_CODE_ITEM = layout("legend_semicolon_code_item")
_SPARE_ITEM = layout("legend_spare_item")
#: the fewest items a legend without its opening word needs, every one a code then its meaning, to be read as one
_BARE_CODE_ITEMS = 3


def _all_code_items(part: str) -> bool:
    """A legend printed without an opening word or commas after its codes, as journals set a table's footnote
    ("TH total hysterectomy, RH radical hysterectomy, NED no evidence of disease"): three items or more, each a
    code of capitals (two or more, or a stain's short name) then its meaning in small letters. Prose never has every comma part so."""
    items = [i.strip().rstrip(".") for i in value_pattern("legend_items").split(part)]
    # a sign or a unit spelled out ("+ positive", "mo months") and one-letter codes ("M male") may stand among them
    items = [i for i in items if not _SPARE_ITEM.fullmatch(i)]
    matches = [_CODE_ITEM.fullmatch(item) for item in items]
    if any(m is None for m in matches):
        return False
    # (a code that is a stain's short name counts as one of capitals: "Des desmin, Cal caldesmon" under a stains' grid)
    return sum(
        1 for m in matches
        if m is not None and len(m.group("code")) >= 2 and (m.group("code")[:2].isupper() or names_marker(m.group("meaning")))
    ) >= _BARE_CODE_ITEMS


def looks_like_legend(line: str) -> bool:
    """A footnote spelling out abbreviations: several ``X, meaning;`` items."""
    s = fold(line).strip()
    if layout("legend_lead").match(s):
        return True
    if _cut_row(line):  # "3 | 23 | F | ALK: positive; SMA: positive; desmin: negative": a row whose stain cell is coded so
        return False
    return s.count(";") >= 2 and len(parse_legend(s)) >= 2


#: the fewest ``code, meaning`` items a legend set as a sentence of its own has (two could be a case row's cells)
_PROSE_LEGEND_ITEMS = 3
#: the characters :func:`fold` (NFKC) turns into a semicolon, one each: a sentence with fewer than two of them has fewer
#: than three parts, whatever it says
_SEMICOLONS = ";\u037e\ufe14\ufe54\uff1b"


def spells_out_codes(text: str) -> bool:
    """A sentence that only spells out abbreviations ("NED, no evidence of disease; AWD, alive with disease; DOD,
    died of disease."), as printed under a series written as "Case N: ..." rows: every part between semicolons is
    one code and its meaning (one part may be a note run onto it), no meaning holds a figure. A case row's parts
    ("Case 2: 9 y, F, lung; ALK+; resection, crizotinib; NED 12 mo") are values, not codes and meanings."""
    if sum(map(text.count, _SEMICOLONS)) < _PROSE_LEGEND_ITEMS - 1:
        return False  # a cheap gate: asked of every sentence read for a patient, and few hold two semicolons
    s = re.sub(r"\s+", " ", fold(text)).strip()
    s = layout("legend_lead").sub("", s)
    parts = [p.strip().rstrip(".") for p in s.split(";") if p.strip().rstrip(".")]
    if len(parts) < _PROSE_LEGEND_ITEMS:
        return False
    items = [m for m in (_LEGEND_ITEM.fullmatch(p) for p in parts) if m is not None and not any(c.isdigit() for c in m.group(2))]
    if any(_stain_result(m.group(1), m.group(2)) for m in items):
        return False  # "SMA: positive; desmin: focal positive; CD34: negative": stains' results, no codes spelled out
    return len(items) >= _PROSE_LEGEND_ITEMS and len(items) >= len(parts) - 1


def _stain_result(code: str, meaning: str) -> bool:
    """Is a ``code: meaning`` item a stain's result: a vocabulary marker named before a call ("desmin: focal positive")?
    A sign defined in words ("+, positive") or an abbreviation spelled out ("SMA, smooth muscle actin") is not."""
    return lookup("markers", code) is not None and layout("legend_stain_call").fullmatch(meaning.strip()) is not None


#: the fewest cells a line cut by bars or tabs has when it is a table's row rather than a legend set in one cell
_ROW_CELLS = 3


def _cut_row(line: str) -> bool:
    """A line cut by bars or tabs into three cells or more: a table's row, whatever one of its cells holds."""
    if "|" not in line and "\t" not in line:
        return False
    cells = split_cells(line.strip())
    return cells is not None and sum(1 for a, b in cells if b > a) >= _ROW_CELLS


#: the most words of the meaning of the one code a note under a table opens with ("nd, not done.")
_NOTE_MEANING_WORDS = 4


def opens_with_legend(line: str) -> bool:
    """A note under a table's rows whose first sentence spells out one code ("nd, not done. The panel covers ..."),
    or several (:func:`looks_like_legend`): the table's foot, whatever sentence follows in the note."""
    if looks_like_legend(line):
        return True
    first = layout("note_first_sentence").match(fold(line).strip())
    if first is None:
        return False
    legend = parse_legend(first.group(0))
    return len(legend) == 1 and all(len(v.split()) <= _NOTE_MEANING_WORDS and not any(ch.isdigit() for ch in v) for v in legend.values())


def footnote_line(line: str) -> bool:
    """A note under a table's rows opened by a footnote mark ("(a) diffuse staining. (b) at 14 months"), a line not
    cut into cells: the rows above are over, and what follows is the table's foot."""
    cells = split_cells(line)
    return _FOOTNOTE_MARK.match(line) is not None and (cells is None or len(cells) < 3)


_FOOTNOTE_MARK = layout("table_footnote_mark")
_NOTE_LINE = layout("table_note_line")
_CELL_MARK = layout("cell_note_mark")
_NEXT_NOTE = layout("next_note_on_line")
_GLUED_MARK = layout("mark_glued_to_number")
_CODE_MARK = layout("mark_glued_to_code")
_LISTED_NAME = layout("listed_name_in_cell")


@lru_cache(maxsize=4096)
def cell_mark(text: str) -> tuple[str, int] | None:
    """The footnote mark a cell ends with ("Died a", "13.0a", "24 mo*", "NED (b)") and where it starts, else None
    (cached, bounded: the legend tests ask it of every row above each line under a table)."""
    m = _CELL_MARK.search(text.rstrip())
    if m is None:
        return None
    mark = next(v for v in m.groupdict().values() if v)
    return mark, m.start()


def marked_note(line: str, rows: list[str]) -> bool:
    """A note under a table's rows opened by a bare small letter ("a Died of sepsis.", or "aDied of sepsis." where the
    page lost its superscript), which some row above carries as
    a mark at the end of a cell ("Died a", "13.0a"): the table's foot. A line opening with a lone letter is prose
    ("a 5-cm mass ...") unless the rows carry that letter so."""
    m = _NOTE_LINE.match(line)
    if m is None or (m.group("bare") or m.group("glued")) is None or split_cells(line) is not None:
        return False
    letter = m.group("bare") or m.group("glued")
    for raw in rows:
        for a, b in split_cells(raw) or [(0, len(raw))]:
            got = cell_mark(raw[a:b])
            if got is not None and got[0] == letter:
                return True
        # a row not cut into cells: "13.0a LMS", "pan-TRKb, SMA"
        if any(m.group("mark") == letter for rx in (_GLUED_MARK, _CODE_MARK) for m in rx.finditer(raw)):
            return True
    return any(word_marked(c, letter, cells) for cells in [_row_cells(rows)] for c in cells)


def _row_cells(rows: list[str]) -> list[str]:
    return [raw[a:b].strip() for raw in rows for a, b in (split_cells(raw) or [(0, len(raw))])]


def word_marked(cell: str, letter: str, cells: list[str]) -> bool:
    """A word cell ending in a note's letter that the page printed as a plain letter ("Excisiona" where "Excision" bore
    a superscript a): a mark only where another cell of the table prints the same word without it ("Excision"), or
    where the word without it is a name the vocabularies know and the word with it is none ("Desminc", "positiveb",
    "CD34a"; never "CD1a" or "FXIIIa", markers of their own)."""
    c = cell.strip()
    if len(c) <= 3 or not c.endswith(letter):
        return False
    if c[-2].isalpha() and any(o.strip() == c[:-1] for o in cells):
        return True
    return c[-2].isalnum() and known_name(c[:-1]) and not known_name(c)


def known_name(word: str) -> bool:
    """Is ``word`` (as printed) a name the vocabularies know: a marker, a drug, or a result in words ("positive")?"""
    w = word.strip()
    return bool(w) and (lookup("markers", w) is not None or lookup("drugs", w) is not None or parse_sign(w) is not None)


def _own_letter(text: str, at: int) -> bool:
    """Is the letter a cell ends with (at ``at``), glued to the word before it, part of a known name ("FXIIIa",
    "CD1a") rather than a footnote mark?"""
    t = text.rstrip()
    if at != len(t) - 1 or not t[-1].isalpha() or at == 0 or not t[at - 1].isalnum():
        return False
    word = t.split()[-1]
    for sep in ",;/":
        word = word.rpartition(sep)[2]
    return known_name(word)


def table_notes(doc: Document, table: Table) -> dict[str, str]:
    """The notes under a table, by their mark ("a" -> "Died of sepsis."): lines of the table's span opened by a mark,
    a further note on the same line after a full stop split off."""
    out: dict[str, str] = {}
    lo, hi = table.start, table.end if table.end > table.start else table.start
    for line in doc.text[lo : hi + 1].splitlines():
        for part in _NEXT_NOTE.split(line.strip()):
            m = _NOTE_LINE.match(part)
            if m is None or (m.group("bare") is None and m.group("glued") is None and _FOOTNOTE_MARK.match(part) is None):
                continue
            mark = next(m.group(g) for g in ("letter", "closed", "bare", "glued", "symbol") if m.group(g))
            out.setdefault(mark, m.group("note"))
    return out


def _end_before_mark(text: str, cell: Cell, at: int, value: str) -> int | None:
    """Where a cell's text ends once its footnote mark (from ``at`` in the cell's text) is taken off: before the mark
    where the printed span ends on it (a cell wrapped over lines, "ALK break-apart" over "FISH+ a", keeps its second
    line), else after the value's length from the start."""
    if cell.start is None:
        return None
    mark = cell.text.rstrip()[at:].strip()
    if cell.end is not None and mark:
        printed = text[cell.start : cell.end].rstrip()
        if printed.endswith(mark):
            return cell.start + len(printed[: len(printed) - len(mark)].rstrip())
    return cell.start + len(value)


def attach_notes(doc: Document, table: Table) -> None:
    """Resolve the footnote marks of a table's cells: a cell ending with a mark a note under the table opens with
    ("Died a" over "a Died of pneumonia, free of tumour.") is read without it, and carries the note (``Cell.note``);
    the first column (the rows' labels, "2a") is left as printed. A mark no note explains stays in its cell."""
    if not table.rows:
        return
    notes = table_notes(doc, table)
    if not notes:
        return
    _header_marks(doc, table, notes)
    for row in table.rows:
        for j, cell in enumerate(row):
            if j == 0 or not cell.text.strip():
                continue
            got = cell_mark(cell.text)
            if got is not None and _own_letter(cell.text, got[1]):
                got = None  # "FXIIIa": a marker's own letter, not a mark
            column = [r[j].text for r in table.rows if j < len(r)]
            if got is None and cell.text.strip()[-1:] in notes and word_marked(cell.text, cell.text.strip()[-1], column):
                got = (cell.text.strip()[-1], len(cell.text.rstrip()) - 1)  # "Excisiona" over "Excision" in the column
            if got is None or got[0] not in notes:
                _inner_marks(row, j, notes)
                continue
            value = cell.text[: got[1]].rstrip()
            if not value:
                continue
            end = _end_before_mark(doc.text, cell, got[1], value)
            row[j] = Cell(value, cell.start, end, cell.page, notes[got[0]])

def _header_marks(doc: Document, table: Table, notes: dict[str, str]) -> None:
    """A column heading ending in a mark a note under the table opens with ("ALKa", "Desminc", "Ki-67 (%)b"): read
    without it, carrying the note; a letter is a mark only where the heading's last word without it is a known name
    or the mark is set apart from a word (``cell_mark``), never a known name's own letter ("CD1a", "FXIIIa")."""
    for j, cell in enumerate(table.header):
        text = cell.text.rstrip()
        if not text or text[-1] not in notes:
            continue
        got = cell_mark(text)
        if got is not None and _own_letter(text, got[1]):
            got = None
        if got is None and word_marked(text.split()[-1], text[-1], []):
            got = (text[-1], len(text) - 1)
        if got is None or got[0] not in notes or not text[: got[1]].rstrip():
            continue
        value = text[: got[1]].rstrip()
        table.header[j] = Cell(value, cell.start, _end_before_mark(doc.text, cell, got[1], value), cell.page, notes[got[0]])


def _inner_marks(row: list[Cell], j: int, notes: dict[str, str]) -> None:
    """A mark glued to one item of a list cell, not its last ("pan-TRKb, SMA" over "bDiffuse staining."), or to any
    item whose name without it is known ("CD34a, SMA+", "SMA+, Desminc"): taken off that item when a note under the
    table opens with it; the cell keeps its span and carries the note."""
    cell = row[j]
    found = [
        (m.start("mark"), m.group("mark"))
        for m in _CODE_MARK.finditer(cell.text)
        if m.group("mark") in notes and m.end() < len(cell.text.rstrip())
    ]
    for m in _LISTED_NAME.finditer(cell.text):
        name = m.group("name")
        if name[-1] in notes and word_marked(name, name[-1], []) and all(at != m.end("name") - 1 for at, _ in found):
            found.append((m.end("name") - 1, name[-1]))
    if not found:
        return
    text = cell.text
    for at, _ in sorted(found, reverse=True):
        text = text[:at] + text[at + 1 :]
    row[j] = Cell(text, cell.start, cell.end, cell.page, "; ".join(dict.fromkeys(notes[mark] for _, mark in sorted(found))))


#: the fewest codes of a bare legend (codes set before their meanings with a space only) the rows above must use
_BARE_LEGEND_CODES = 2


def code_legend(line: str, rows: list[tuple[str, int]]) -> bool:
    """A legend under a table's rows that sets each code before its meaning with a space only and no opening word
    ("NED no evidence of disease, AWD alive with disease, ND not done", as BMC and Springer print them): a line not
    cut into cells whose every comma-separated part is such an item, at least two of its codes standing as words
    in the rows above (prose that happens to open its clauses with capitals names nothing the cells use)."""
    cells = split_cells(line)
    if cells is not None and len(cells) >= 3:
        return False
    # the legend's items end at its full stop; a note may begin after it on the same line ("ND not done. Blank cells:")
    first = layout("note_first_sentence").match(fold(line).strip())
    items = first.group(0) if first is not None else fold(line).strip()
    # a legend wrapped over lines ends a line on the comma before its next item: no empty item after it
    parts = [p.strip().rstrip(".") for p in value_pattern("legend_items").split(items.rstrip(","))]
    # a sign or a unit spelled out among the codes ("+ positive", "mo months") is no code of the rows
    parts = [p for p in parts if not _SPARE_ITEM.fullmatch(p)]
    if not parts or not all(_CODE_ITEM.fullmatch(p) for p in parts):
        return False
    words = {w for raw, _ in rows for w in layout("table_line_word").findall(raw)}
    codes = {m.group("code") for p in parts if (m := _CODE_ITEM.fullmatch(p))}
    if len(parts) == 1:
        # "ND not done" alone: one code the rows use, spelled out as a not-available code ("not done", "not tested")
        m = _CODE_ITEM.fullmatch(parts[0])
        return m is not None and m.group("code") in words and bool(na_codes({m.group("code"): m.group("meaning").strip()}))
    return len(codes & words) >= _BARE_LEGEND_CODES


def spelled_out_code(line: str, rows: list[str]) -> bool:
    """A note under a table spelling out one code the rows use, the initials of its meaning's words giving the code's
    letters in order ("NED, no evidence of disease."): the table's foot, even under cells pasted one per line, where a
    cell may read like a one-code note too ("Liver, right lobe", "Corpus, intramural")."""
    first = layout("note_first_sentence").match(fold(line).strip())
    legend = parse_legend(first.group(0)) if first else {}
    if len(legend) != 1:
        return False
    code, meaning = next(iter(legend.items()))
    if len(code) < 2 or not code.isalpha() or not code.isupper():
        return False
    if code not in {w for raw in rows for w in layout("table_line_word").findall(raw)}:
        return False
    initials = iter("".join(w[0] for w in re.findall(r"[^\W\d_]+", meaning)).upper())
    return all(ch in initials for ch in code)


def rows_legend(line: str, rows: list[str]) -> bool:
    """A legend under a table's rows that spells out only codes the rows use ("NED, no evidence of disease; DOD, died
    of disease."), a line not cut into cells: the table's foot, however few its items (prose spells out no code in
    capitals that the cells above print as a word of their own)."""
    if split_cells(line) is not None:
        return False
    first = layout("note_first_sentence").match(fold(line).strip())
    legend = parse_legend(first.group(0)) if first else {}
    if not legend:
        return False
    words: set[str] = set()
    for raw in rows:  # the rows' words, a cell's footnote mark taken off ("NEDa": NED)
        for a, b in split_cells(raw) or [(0, len(raw))]:
            cell = raw[a:b]
            mark = cell_mark(cell)
            words.update(layout("table_line_word").findall(cell[: mark[1]] if mark else cell))
    # a code of two capitals or more ("NED", "GEM/DOC") spelled out in words: a wrapped cell of words ("Corpus,
    # intramural") or a cell of a table pasted one per line ("NED, 22 mo") is no legend
    return all(
        sum(ch.isupper() for ch in code) >= 2 and code in words and len(meaning.split()) >= 2 and not any(ch.isdigit() for ch in meaning)
        for code, meaning in legend.items()
    )


#: the footnote symbols a cell may end with (layout ``cell_note_mark``, its group ``symbol``), and the characters
#: :func:`fold` (NFKC) turns into one of them: a line holding none spells out no symbol
_FOOTNOTE_SYMBOLS = "*\u2020\u2021\u00a7\u00b6\ufe61\uff0a"


def symbol_legend(line: str, rows: list[str]) -> bool:
    """A legend under a table's rows that spells out the footnote symbols its cells carry ("†, died of disease";
    "†, died of disease; ‡, lost to follow-up"), a line not cut into cells: every item a symbol and its meaning, each
    symbol ending a cell of a row above ("Died†"). However few the rows, and however the grid is set (a space-aligned
    or one-cell-per-line table has no bar to end its rows at), such a line is the table's foot."""
    if not any(c in line for c in _FOOTNOTE_SYMBOLS):
        return False  # a cheap gate: asked of every line under a table's rows, and few hold a footnote symbol
    if split_cells(line) is not None:
        return False
    first = layout("note_first_sentence").match(fold(line).strip())
    legend = parse_legend(first.group(0)) if first else {}
    if not legend or any(cell_mark("x" + code) != (code, 1) for code in legend):
        return False  # "+, positive": a sign, no footnote symbol
    marks = {got[0] for raw in rows for a, b in (split_cells(raw) or [(0, len(raw))]) if (got := cell_mark(raw[a:b]))}
    return set(legend) <= marks


def symbol_note(line: str, rows: list[str]) -> bool:
    """A note under a table opened by its footnote symbol ("† Lost after 3 months", "‡ Crizotinib given after the
    resection") whose symbol ends a cell of a row above ("3†", "TURBT‡"), or a word of a row not cut into cells
    ("Case 3: ...; hysterectomy*; ..."): the table's note, however much it looks like a page's footnote line. Only a
    row cut into cells or a case row carries such a mark (an author's line, "Anna Smith†", is neither)."""
    m = _NOTE_LINE.match(line)
    if m is None or m.group("symbol") is None:
        return False
    sym = m.group("symbol")
    for raw in rows:
        cells = split_cells(raw) or []
        if len(cells) >= _ROW_CELLS and any((got := cell_mark(raw[a:b])) is not None and got[0] == sym for a, b in cells):
            return True
        glued = re.search(r"(?<=[\w)%.+\u2212-])" + re.escape(sym) + r"(?![*†‡§¶])", raw)
        if glued and layout("case_row_opening").match(raw):
            return True
    return False


# -- header matching -------------------------------------------------------
@cache
def _header_index() -> dict[str, ColumnSpec]:
    idx: dict[str, ColumnSpec] = {}
    for spec in column_specs():
        for h in spec.headers:
            idx.setdefault(key(h), spec)
    return idx


def header_spec(text: str, *, once: bool = False) -> ColumnSpec | None:
    """The column a header cell names: exact synonym, else the longest synonym it begins with (``once``: a one-off
    cell, its key not cached)."""
    spec = _header_spec(text, once)
    if spec is not None and spec.field == "ihc" and "+" not in text and layout("header_minus_sign").search(text):
        return _header_index().get(key("ihc negative"), spec)  # "IHC −" beside "IHC +": the negative stains
    return spec


def _header_spec(text: str, once: bool) -> ColumnSpec | None:
    k = key_once(text) if once else key(text)
    idx = _header_index()
    if k in idx:
        return idx[k]
    # the longest synonym (3+ characters) k begins with: its prefixes, longest first, looked up in the
    # index (each synonym is the one prefix of its length), instead of a scan of every synonym
    for n in range(min(len(k) - 1, _longest_header()), 2, -1):
        spec = idx.get(k[:n])
        if spec is not None:
            return spec
    return None


@cache
def _longest_header() -> int:
    return max(map(len, _header_index()), default=0)


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    line: int
    gap_before: bool = False  # two spaces or a tab before it on the same line: a hard cell border
    glued: bool = False  # split off the previous token without any space ("(18)19")
    x: int = 0  # column of the token within its printed line


def _panel_header(toks: list[_Tok], bounds: list[int]) -> list[tuple[int, int, ColumnSpec | None]] | None:
    """A delimited header of an antibody panel, the antibody column first, that names fewer known columns than a header
    needs elsewhere (three): either the panel compared with its mimics, a column headed by the report's own case after
    the antibody ("Marker | Present case | Mimic A | Mimic B": the mimics' columns name no column we read, and only the
    own case's is read, as the panel's result column), or a panel naming only two known columns, the antibody and its
    result ("Antibody | Result", "Marker | Result | Comment": a panel's pair is enough; a further cell naming no known
    column is a free one, a comment)."""
    cells = [(a, b, " ".join(t.text for t in toks[a:b])) for a, b in zip(bounds, bounds[1:])]
    specs = [header_spec(text) for _, _, text in cells]
    if specs[0] is None or specs[0].field != "ihc_panel:antibody":
        return None
    out = [(a, b, sp) for (a, b, _), sp in zip(cells, specs)]
    if len(cells) >= 3:
        own = [i for i, (sp, (_, _, text)) in enumerate(zip(specs, cells)) if sp is not None and sp.field == "ihc_panel:result"
               and key(text) in _own_case_headers()]
        if len(own) == 1 and all(sp is None for i, sp in enumerate(specs) if i not in (0, own[0])):
            return out
    if len(cells) > 3 or not any(sp is not None and sp.field in ("ihc_panel:result", "outcome") for sp in specs[1:]):
        return None
    return out if sum(sp is not None for sp in specs) >= len(cells) - 1 else None


@cache
def _own_case_headers() -> frozenset[str]:
    """Column headers naming the report's own case: the legend's current-case labels ("Present case", "Our case")
    and "present tumour"."""
    return frozenset(
        [key(a) for e in legend_entries() if e.kind == "current" for a in e.abbr] + [key("present tumour"), key("present tumor")]
    )


def _header_phrases(toks: list[_Tok]) -> list[tuple[int, int, ColumnSpec | None]] | None:
    """Greedy longest-synonym cover of header tokens; unknown runs become free columns.

    On a delimited line (cells apart by ``|``, tabs or space runs) every cell is one column,
    named by its synonym or the synonym it begins with ("Author, year (ref.)")."""
    bounds = [0, *(i for i, t in enumerate(toks) if i and t.gap_before), len(toks)]
    one_line = len(bounds) >= 3 and len({t.line for t in toks}) == 1  # a delimited header of two cells or more, one line
    if one_line and (panel := _panel_header(toks, bounds)) is not None:
        return panel
    if len(bounds) >= 4 and one_line:
        out: list[tuple[int, int, ColumnSpec | None]] = []
        unknown = 0  # tokens in cells naming no column so far
        for a, b in zip(bounds, bounds[1:]):
            text = " ".join(t.text for t in toks[a:b])
            spec = header_spec(text)
            if spec is None:
                cov = _cover(toks[a:b])
                named = [sp for _, _, sp in cov if sp is not None]
                if len(named) >= 2 and len(named) == len(cov):
                    # "Pt Age/Sex Site" one space apart on a header cut by wide gaps elsewhere: each its own column
                    out.extend((a + x, a + y, sp) for x, y, sp in cov)
                    continue
                spec = named[0] if len(named) == 1 else (MARKER_COLUMN if names_marker(text) else None)
            out.append((a, b, spec))
            if spec is None:
                unknown += b - a
                if len(toks) - unknown < 0.7 * len(toks):
                    return None  # a data row: even if every other cell named a column, too few would
    else:
        # only when the line is not cut into cells (the cells name the columns then); a data row is
        # given up as soon as too many of its tokens name no column
        covered = _cover(toks, give_up=True)
        if covered is None:
            return None
        out = covered
    n_known = sum(1 for _, _, s in out if s is not None)
    known = sum(b - a for a, b, s in out if s is not None)
    if n_known < 3 or known < 0.7 * len(toks):
        return None
    return out


@overload
def _cover(toks: list[_Tok]) -> list[tuple[int, int, ColumnSpec | None]]: ...
@overload
def _cover(toks: list[_Tok], give_up: bool) -> list[tuple[int, int, ColumnSpec | None]] | None: ...


def _cover(toks: list[_Tok], give_up: bool = False, marker_cols: bool = True) -> list[tuple[int, int, ColumnSpec | None]] | None:
    """``give_up``: None once the tokens left unnamed are too many for a header (see :func:`_header_phrases`);
    a token left unnamed stays so, so the count only grows."""
    idx = _header_index()
    n = len(toks)
    unknown = 0
    texts = [t.text for t in toks]
    # one-word marker names are columns only in a series' table opening on its case column ("Case ALK SMA Ki-67 ...");
    # an antibody panel names its markers in rows
    first = idx.get(key(texts[0])) if texts else None
    marker_cols = marker_cols and first is not None and first.field == "case"
    # a synonym never spans a cell border: the first gap after i bounds its end
    next_gap = [n] * (n + 1)
    for i in range(n - 1, 0, -1):
        next_gap[i - 1] = i if toks[i].gap_before else next_gap[i]
    out: list[tuple[int, int, ColumnSpec | None]] = []
    i = 0
    while i < n:
        hit = None
        top = min(n, i + 5, next_gap[i])
        joined = [texts[i]]  # joined[j - i - 1]: tokens i .. j-1 with one space, grown once
        for t in texts[i + 1 : top]:
            joined.append(joined[-1] + " " + t)
        for j in range(top, i, -1):
            k = key(joined[j - i - 1])
            if k in idx:
                hit = (i, j, idx[k])
                break
        if hit is None and marker_cols and (named := named_marker(texts[i])) is not None:
            # "SMA", "Desmin": a column named after one marker, its cells signs ("+ (focal)", "-", "ND"); a
            # proliferation index's column (Ki-67, MIB-1) holds its figure
            hit = (i, i + 1, MARKER_PERCENT_COLUMN if key(named.canonical) == key("Ki-67") else MARKER_SIGN_COLUMN)
        if hit and out and out[-1][2] is hit[2] and not toks[i].gap_before and texts[i].startswith("("):
            out[-1] = (out[-1][0], hit[1], hit[2])  # "Author, year" + "(ref.)": one column named twice
            i = hit[1]
        elif hit:
            out.append(hit)
            i = hit[1]
        elif out and out[-1][2] is not None and not toks[i].gap_before and _UNIT_TOKEN.match(texts[i]):
            out[-1] = (out[-1][0], i + 1, out[-1][2])  # "Recurrence" + "(mo)": the unit of the column named before it
            i += 1
        else:
            if out and out[-1][2] is None and not toks[i].gap_before:
                out[-1] = (out[-1][0], i + 1, None)
            else:
                out.append((i, i + 1, None))
            i += 1
            unknown += 1
            if give_up and n - unknown < 0.7 * n:
                return None
    return out


def is_header_line(line: str) -> bool:
    """A line naming at least three known columns (see :func:`_header_phrases`)."""
    return _header_phrases(_tokens(line, 0, 0)) is not None


# -- tokenising ---------------------------------------------------------------
_GLUE = layout("bracket_glued_number")
_UNIT_TOKEN = layout("header_unit_token")
#: Cell borders that are one character (mechanics); a gap of spaces is the layout rule ``space_gap``.
_CHAR_SEP = {"pipe": re.compile(r"\|"), "tab": re.compile(r"\t")}


def _unemphasised(line: str, a: int, b: int) -> tuple[int, int]:
    """A cell's span without the markdown emphasis wrapped round its whole text ("| **Case** |", "__12__"): a page
    saved as markdown bolds a table's header or its patient labels; the marks are no part of the value."""
    for mark in ("**", "__"):
        if b - a > 2 * len(mark) and line.startswith(mark, a) and line.endswith(mark, a, b):
            inner = line[a + len(mark) : b - len(mark)]
            if inner.strip() and mark not in inner:
                lead = len(inner) - len(inner.lstrip())
                return a + len(mark) + lead, a + len(mark) + lead + len(inner.strip())
    return a, b


def split_cells(line: str) -> list[tuple[int, int]] | None:
    """Cell spans of a row whose cells are delimited (``|``, tabs, or runs of 2+ spaces),
    in that order of precedence; None for a line that is not cut into 2+ cells that way.
    Pipe and tab rows keep empty cells (``(k, k)``); a border pipe at either end is no cell."""
    got = _split_cells(line)
    return None if got is None else list(got)  # a list of its own: the caller may change it


@lru_cache(maxsize=8192)  # bounded: keyed by line; the text reader's passes and the table readers ask per line
def _split_cells(line: str) -> tuple[tuple[int, int], ...] | None:
    if "|" in line:
        kind = "pipe"
    elif "\t" in line:
        kind = "tab"
    elif layout("space_columns").search(line):
        kind = "spaces"
    else:
        return None
    sep = layout("space_gap") if kind == "spaces" else _CHAR_SEP[kind]
    bounds = [0, *(x for m in sep.finditer(line) for x in (m.start(), m.end())), len(line)]
    spans: list[tuple[int, int]] = []
    for a, b in zip(bounds[::2], bounds[1::2]):
        piece = line[a:b]
        lead = len(piece) - len(piece.lstrip())
        spans.append(_unemphasised(line, a + lead, a + lead + len(piece.strip())))
    if kind == "pipe":
        if spans and spans[0][0] == spans[0][1] and not line[: spans[0][0]].strip(" \t|"):
            spans = spans[1:]
        if spans and spans[-1][0] == spans[-1][1]:
            spans = spans[:-1]
    elif kind == "spaces":
        spans = [sp for sp in spans if sp[1] > sp[0]]
    return tuple(spans) if len(spans) >= 2 else None


_RUN = re.compile(r"[^\s|]+")
_DIGITS = re.compile(r"\d+")


#: markdown bold marks in pairs round one cell's words ("**Case**", "__Age (years)__"): markup, never a token's part
_EMPHASIS_PAIR = layout("markdown_emphasis_pair")


def _tokens(line: str, base: int, lineno: int) -> list[_Tok]:
    """Tokens of one printed line; ``|`` is never a token, only a cell border; markdown bold marks round a cell's
    words are no part of a token."""
    toks = _tokens_marked(line, base, lineno)
    if "**" not in line and "__" not in line:
        return toks
    marks = {x for m in _EMPHASIS_PAIR.finditer(line) for x in (m.start(), m.end() - 2)}
    if not marks:
        return toks
    out: list[_Tok] = []
    for t in toks:
        a, b = t.x, t.x + (t.end - t.start)
        if a in marks:
            a += 2
        if b - 2 in marks and b - 2 >= a:
            b -= 2
        if b <= a:
            continue
        if (a, b) == (t.x, t.x + (t.end - t.start)):
            out.append(t)
        else:
            out.append(_Tok(line[a:b], base + a, base + b, lineno, t.gap_before, t.glued, a))
    return out


def _tokens_marked(line: str, base: int, lineno: int) -> list[_Tok]:
    """Tokens of one printed line with any markdown emphasis still on them (:func:`_tokens` strips it); a line
    with a word cut inside it is left to :func:`_tokens_glued`."""
    out: list[_Tok] = []
    prev_end = 0
    if _GLUE.search(line) is None:
        # no word of the line is cut (a cut falls between a bracket and a digit, both inside one word, and a
        # word's first character has a space, a bar or nothing before it): one token per word
        for m in _RUN.finditer(line):
            start, end = m.span()
            # what lies between two words is spaces, tabs and bars: two or more characters, or one tab or bar
            d = start - prev_end
            gap = bool(out) and (d >= 2 or (d == 1 and line[prev_end] in "|\t"))
            prev_end = end
            out.append(_Tok(line[start:end], base + start, base + end, lineno, gap, False, start))
        return out
    return _tokens_glued(line, base, lineno)


def _tokens_glued(line: str, base: int, lineno: int) -> list[_Tok]:
    """:func:`_tokens` without its whole-line pre-test: every word split at the glue rule on its own."""
    out: list[_Tok] = []
    prev_end = 0
    glue = _GLUE.split
    for m in _RUN.finditer(line):
        start, end = m.span()
        between = line[prev_end:start]
        prev_end = end
        gap = bool(out) and ("|" in between or "\t" in between or len(between) >= 2)
        word = m.group()
        pieces = glue(word)
        if len(pieces) == 1:
            out.append(_Tok(word, base + start, base + end, lineno, gap, False, start))
            continue
        off = start
        for n, p in enumerate(pieces):
            out.append(_Tok(p, base + off, base + off + len(p), lineno, gap and n == 0, n > 0, off))
            off += len(p)
    return out


def _join(doc: Document, toks: list[_Tok]) -> str:
    """Cell text: original spacing within a line; a line break is a space, or nothing after a hyphen."""
    # tokens of one printed line, left to right (most cells): the text between them is the document's own
    # characters, so the cell is one slice of it (a token's text is ``doc.text[start:end]``)
    if toks:
        line = toks[0].line
        end = -1
        for t in toks:
            if t.line != line or t.start < end:
                break
            end = t.end
        else:
            return doc.text[toks[0].start : end]
    return _join_token_by_token(doc, toks)


def _join_token_by_token(doc: Document, toks: list[_Tok]) -> str:
    """:func:`_join` without its one-line slice: every gap taken from the text one token at a time."""
    parts: list[str] = []
    for n, t in enumerate(toks):
        if n:
            prev = toks[n - 1]
            if prev.line == t.line:
                parts.append(doc.text[prev.end : t.start])
            elif not (prev.text.endswith("-") and len(prev.text) > 1 and prev.text[-2].isalpha()):
                parts.append(" ")
        parts.append(t.text)
    return "".join(parts)


# -- records ------------------------------------------------------------------
_CAPTION = layout("table_caption")
_CONTINUED = layout("table_continued")
_MAX_CELL_TOKENS = 8
#: A ruling drawn with characters (Markdown ``|---|---|``, ``+----+``, ``=====``): not a row.
_RULE_LINE = layout("table_rule_line")
_BOX_STROKE = layout("box_drawing_stroke")


@dataclass
class _Column:
    name: str
    grammar: str
    field: str | None
    cell: Cell


def _row_start(g: Grammars, cols: list[_Column], toks: list[_Tok], t: int, prev_case: int | None) -> bool:
    """Does a record begin at token ``t``? Its first cells, on one line, fit the first
    columns' grammars: two of them, or three when a case number breaks the sequence."""
    if not (t == 0 or toks[t].line != toks[t - 1].line or toks[t].glued):
        return False
    need = min(2, len(cols))
    num = _DIGITS.fullmatch(toks[t].text)
    if cols[0].grammar == "case" and num and prev_case is not None and int(num.group()) != prev_case + 1:
        need = min(3, len(cols))
    if cols[0].field in SPANNING_FIELDS and len(cols) > 2 and _row_start(g, cols[1:], toks, t, prev_case):
        return True  # a row under a spanning first cell (e.g. an author column) starts at column two
    return _fits_prefix(g, cols[:need], toks, t, toks[t].line)


def _fits_prefix(g: Grammars, cols: list[_Column], toks: list[_Tok], pos: int, line: int) -> bool:
    """Can the tokens from ``pos`` on ``line`` be cut into cells fitting ``cols`` in order?"""
    if not cols:
        return True
    grammar = cols[0].grammar
    if grammar == "free":
        return False
    text = ""
    for a in range(1, 7):  # the first cell: tokens pos .. pos+a-1, joined as they grow
        k = pos + a - 1
        if k >= len(toks):
            return False
        tok = toks[k]
        if tok.line != line or (a > 1 and tok.gap_before):
            return False
        text = tok.text if a == 1 else text + " " + tok.text
        if g.fits(grammar, text) and _fits_prefix(g, cols[1:], toks, pos + a, line):
            return True
    return False


def _layout_order(rec: list[_Tok]) -> list[_Tok]:
    """Layout-preserving text (cells apart by space runs) wraps a cell onto the next line
    under the cell itself: put each continuation token after the first-line cell it is
    printed below, so "12 mo" + "(DOD)" meet again even with another cell in between."""
    # a record's lines ascend, so its first line's tokens are its prefix: one printed line when its last
    # token is on it
    line0 = rec[0].line
    if rec[-1].line == line0:
        return rec
    k = 1
    while rec[k].line == line0:
        k += 1
    first = rec[:k]
    if sum(t.gap_before for t in first) < 2:
        return rec
    chunks: list[list[_Tok]] = []
    for t in first:
        if not chunks or t.gap_before:
            chunks.append([])
        chunks[-1].append(t)
    extra: list[list[_Tok]] = [[] for _ in chunks]
    for t in rec[len(first):]:  # a record's first-line tokens are its prefix
        i = min(range(len(chunks)), key=lambda k: abs(chunks[k][0].x - t.x))
        extra[i].append(t)
    return [t for c, e in zip(chunks, extra) for t in (*c, *e)]


#: back-pointer codes of the record parser's grid (a cell's code is the token it starts at, >= 0)
_SKIP, _EMPTY = -1, -2


@dataclass(frozen=True, slots=True)
class _Plan:
    """What cutting records into cells needs of the columns alone: worked out once per table, not per record."""

    sig: int
    longest: int
    col_bit: list[int]
    step: list[float]
    empty_cost: list[float]


def _plan(g: Grammars, cols: list[_Column]) -> _Plan:
    bounds = grammar_max_tokens()
    names = list(dict.fromkeys(col.grammar for col in cols))
    reach = tuple(min(bounds.get(nm, _MAX_CELL_TOKENS), _MAX_CELL_TOKENS) for nm in names)
    return _Plan(
        sig=_signature(tuple(zip(names, reach)), g.extra),
        longest=max(reach, default=0),
        col_bit=[1 << names.index(col.grammar) for col in cols],
        step=[0.5 if col.grammar == "free" else 0.01 for col in cols],
        empty_cost=[1.0 if col.field in SPANNING_FIELDS else 4.0 for col in cols],
    )


def _assign(g: Grammars, cols: list[_Column], toks: list[_Tok], plan: _Plan | None = None) -> list[tuple[int, int] | None]:
    """Cut one record's tokens into cells: min-cost path where cells must fit their grammar,
    an empty cell costs (little for spanning columns) and a token left over costs more.
    ``plan``: :func:`_plan` of ``g`` and ``cols``, given by a caller that cuts many records."""
    n, m = len(toks), len(cols)
    if plan is None:
        plan = _plan(g, cols)
    # a cell never spans a column gap within one printed line: the first such gap after i bounds j
    limit = [n] * (n + 1)
    if n > 1:
        after = toks[n - 1]  # the token after i
        for i in range(n - 2, -1, -1):
            t = toks[i]
            limit[i] = i + 1 if after.gap_before and after.line == t.line else limit[i + 1]
            after = t
    # the cells each grammar accepts from token i, found in one pass over the row's spans
    # (one cached answer per span for all the table's grammars), so the path search below
    # only walks spans that fit: linear in the row. Kept per token as {grammar bit: [ends]}
    # for the bits that fit at all (most spans fit none): no list per grammar and token.
    sig, longest = plan.sig, plan.longest
    texts = [t.text for t in toks]
    spaced = [" " + t for t in texts]  # a span grows by one of these: one concatenation per span
    memo = _span_bits(sig)
    get = memo.get
    fits_at: list[dict[int, list[int]] | None] = [None] * n
    for i in range(n):
        top = limit[i]
        if top > i + longest:
            top = i + longest
        if top <= i:
            continue
        found: dict[int, list[int]] | None = None
        acc = texts[i]
        j = i + 1
        while True:  # the span of tokens i .. j-1
            bits = get(acc)
            if bits is None:
                bits = _fits_miss(sig, memo, acc)
            if bits:
                if found is None:
                    found = {}
                while bits:
                    low = bits & -bits
                    got = found.get(low)
                    if got is None:
                        found[low] = [j]
                    else:
                        got.append(j)
                    bits ^= low
            if j == top:
                break
            acc += spaced[j]
            j += 1
        fits_at[i] = found
    col_bit, step, empty_cost = plan.col_bit, plan.step, plan.empty_cost

    # a tight bound first (every token in a cell, at most one cheap empty cell): most records meet it
    # and the search then expands a narrow band of states; the others are searched in full
    tight = min(step) * n + min(empty_cost)
    back = _path(n, m, fits_at, col_bit, step, empty_cost, tight)
    if back is None:
        back = _path(n, m, fits_at, col_bit, step, empty_cost, float("inf"))
        assert back is not None
    out: list[tuple[int, int] | None] = [None] * m
    si, sc_ = n, m
    while si or sc_:
        code = back[si][sc_]
        if code == _SKIP:
            si -= 1
        elif code == _EMPTY:
            sc_ -= 1
        else:
            sc_ -= 1
            out[sc_] = (code, si)
            si = code
    return out


#: float room in the bound test: costs are short sums of 0.01 steps, far coarser than this
_SLACK = 1e-6


def _path(
    n: int, m: int, fits_at: list[dict[int, list[int]] | None], col_bit: list[int], step: list[float],
    empty_cost: list[float], bound: float,
) -> list[list[int]] | None:
    """Back pointers of the min-cost path (small ints: _SKIP, _EMPTY, or the token a cell starts at),
    states expanded in token order then column order, so ties resolve as ever. A state whose cost
    plus the least any completion can cost (a cell step per token left, an empty cell per column
    more than tokens left) exceeds ``bound`` is not expanded: it can be on no path of cost within
    ``bound``, nor decide a back pointer on one. None when the best path costs more than ``bound``
    (then search with a wider one): with ``bound`` infinite, the plain dynamic programme.

    Only states reached so far are visited (a bit per column and token, set as a cost is first
    written): an unreached state's cost is infinite and expanding it changes nothing, so the
    search walks the few reached states of each token instead of every column."""
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    back = [[_SKIP] * (m + 1) for _ in range(n + 1)]
    # reached[i]: bit c set once cost[i][c] is finite (column m is read directly below)
    reached = [0] * (n + 1)
    reached[0] = 1
    min_step, min_empty = min(step), min(empty_cost)
    limit = bound + _SLACK
    full = (1 << m) - 1
    for i in range(n + 1):
        row = cost[i]
        brow = back[i]
        left = n - i
        tok_lb = min_step * left
        bits = reached[i] & full
        if i == n:  # the last row: only empty cells are left to place
            while bits:
                low = bits & -bits
                bits ^= low
                c = low.bit_length() - 1
                here = row[c]
                if here + (m - c) * min_empty > limit:
                    continue
                empty = here + empty_cost[c]
                if empty < row[c + 1]:
                    row[c + 1] = empty
                    brow[c + 1] = _EMPTY
                    bits |= (low << 1) & full
            break
        nxt = cost[i + 1]
        bnxt = back[i + 1]
        found = fits_at[i]
        added = 0  # bits of row i + 1 reached from this row
        while bits:  # ascending columns; an empty cell reaches the next column of this row, still ahead
            low = bits & -bits
            bits ^= low
            c = low.bit_length() - 1
            here = row[c]
            if here + tok_lb + (m - c - left) * min_empty * (m - c > left) > limit:
                continue
            if here + 3 < nxt[c]:  # leave a token out
                nxt[c] = here + 3
                bnxt[c] = _SKIP
                added |= low
            c1 = c + 1
            empty = here + empty_cost[c]
            if empty < row[c1]:
                row[c1] = empty
                brow[c1] = _EMPTY
                bits |= (low << 1) & full
            if found is not None:
                js = found.get(col_bit[c])
                if js is not None:
                    sc = step[c]
                    hb = low << 1
                    for j in js:
                        w = here + sc * (j - i)
                        if w < cost[j][c1]:
                            cost[j][c1] = w
                            back[j][c1] = i
                            reached[j] |= hb
        reached[i + 1] |= added
        here = row[m]
        if here + tok_lb <= limit and here + 3 < nxt[m]:
            nxt[m] = here + 3
            bnxt[m] = _SKIP
    return back if cost[n][m] <= bound else None


def _path_cost(plan: _Plan, n: int, spans: list[tuple[int, int] | None]) -> float:
    """What :func:`_assign`'s cut of ``n`` tokens costs: a step per token in a cell, an empty cell's cost, 3 per token left out."""
    placed = sum(b - a for sp in spans if sp is not None for a, b in (sp,))
    cost = sum(plan.step[c] * (sp[1] - sp[0]) if sp is not None else plan.empty_cost[c] for c, sp in enumerate(spans))
    return cost + 3 * (n - placed)


#: the most tokens the second printed line of a wrapped record may have for the two-line solver (a few words wrapped)
_WRAP_TOKENS = 8
#: the first bound of the wrapped-record search over a step per word: an empty cell and a few words in free columns
_WRAP_TIGHT = 6.0
#: the most words of the second line one cell of a wrapped record takes
_WRAP_PART = 4
#: what a cell of a wrapped record printed on its second line only costs more (cells are set at the top of the row)
_WRAP_LONE = 0.25
_JOINER = layout("cell_joiner_token")


def _assign_two_lines(
    g: Grammars, cols: list[_Column], first: list[_Tok], second: list[_Tok], plan: _Plan, bound: float = float("inf")
) -> tuple[float, list[list[_Tok] | None]] | None:
    """Cut a record printed on two lines without column gaps (a PDF row whose cells wrap in place: "4 59 Corpus, 13.0a
    LMS TH + BSO + AI ×4 Peritoneum, lung DOD (23)" over "multiple omentectomy (5)") into cells: each column takes a
    run of the first line and a run of the second, both in column order, the two joined fitting its grammar; costs as
    :func:`_assign`. A token that the cheapest cuts place in different columns is left out of every cell (no value
    from a cell the words cannot place), and a cell that no longer fits its grammar without it is left empty.
    Returns (cost, each column's tokens or None); None when the second line is too long to be wrapped words, or no cut
    costs less than ``bound`` (states that cannot end below it are not expanded)."""
    n1, n2, m = len(first), len(second), len(cols)
    if not n2 or n2 > _WRAP_TOKENS:
        return None
    bounds = grammar_max_tokens()
    reach = [min(bounds.get(c.grammar, _MAX_CELL_TOKENS), _MAX_CELL_TOKENS) for c in cols]
    ta, tb = [t.text for t in first], [t.text for t in second]
    inf = float("inf")
    joined: dict[tuple[int, int, int, int], str] = {}  # the cell text of each pair of runs, built once for every column

    def text_of(i: int, i2: int, j: int, j2: int) -> str:
        got = joined.get((i, i2, j, j2))
        if got is None:
            got = joined[(i, i2, j, j2)] = " ".join(ta[i:i2] + tb[j:j2])
        return got

    def edges(c: int, i: int, j: int):
        """(cost, i', j', column taken or None) of each move from state (c, i, j)."""
        if i < n1:
            yield 3.0, i + 1, j, c, None
        if j < n2:
            yield 3.0, i, j + 1, c, None
        if c < m:
            yield plan.empty_cost[c], i, j, c + 1, None
            fits = g.fits
            grammar = cols[c].grammar
            for i2 in range(i, min(n1, i + reach[c]) + 1):
                for j2 in range(j, min(n2, j + reach[c] - (i2 - i), j + _WRAP_PART) + 1):
                    if i2 == i and j2 == j:
                        continue
                    if fits(grammar, text_of(i, i2, j, j2)):
                        # cells are set at the top of their row: one whose words are all on the second line costs more
                        lone = _WRAP_LONE if i2 == i else 0.0
                        yield plan.step[c] * (i2 - i + j2 - j) + lone, i2, j2, c + 1, (i2, j2)

    # states in topological order: every move raises the column, or keeps it and raises a line's position
    order = [(c, i, j) for c in range(m + 1) for i in range(n1 + 1) for j in range(n2 + 1)]
    fwd: dict[tuple[int, int, int], float] = {s: inf for s in order}
    back: dict[tuple[int, int, int], tuple[tuple[int, int, int], tuple[int, int] | None]] = {}
    fwd[(0, 0, 0)] = 0.0
    moves: dict[tuple[int, int, int], list[tuple[float, tuple[int, int, int], tuple[int, int] | None]]] = {}
    least = min(plan.step)
    for st in order:
        here = fwd[st]
        # a state no cut below ``bound`` passes through (each word left costs a step at least) is not expanded
        if here == inf or here + least * (n1 - st[1] + n2 - st[2]) >= bound - _SLACK:
            continue
        out = [(w, (c2, i2, j2), cell) for w, i2, j2, c2, cell in edges(*st)]
        moves[st] = out
        for w, dst, cell in out:
            if here + w < fwd[dst] - _SLACK:
                fwd[dst] = here + w
                back[dst] = (st, cell)
    end = (m, n1, n2)
    best = fwd[end]
    if best >= bound - _SLACK:
        return None
    bwd: dict[tuple[int, int, int], float] = {s: inf for s in order}
    bwd[end] = 0.0
    for st in reversed(order):
        for w, dst, _ in moves.get(st, ()):
            if w + bwd[dst] < bwd[st]:
                bwd[st] = w + bwd[dst]
    # where each token goes on every cheapest cut: a column, or -1 when left out
    places: dict[tuple[int, int], set[int]] = {}
    for st in order:
        if st not in moves:
            continue
        c, i, j = st
        for w, dst, cell in moves[st]:
            if fwd[st] + w + bwd[dst] > best + _SLACK:
                continue
            if cell is None:
                if dst[1] > i:
                    places.setdefault((0, i), set()).add(-1)
                elif dst[2] > j:
                    places.setdefault((1, j), set()).add(-1)
                continue
            for k in range(i, cell[0]):
                places.setdefault((0, k), set()).add(c)
            for k in range(j, cell[1]):
                places.setdefault((1, k), set()).add(c)
    out_cells: list[list[_Tok] | None] = [None] * m
    st = end
    while st != (0, 0, 0):
        prev, cell = back[st]
        if cell is not None:
            c, i, j = prev
            toks = [t for k, t in enumerate(first[i : cell[0]], i) if len(places[(0, k)]) == 1]
            toks += [t for k, t in enumerate(second[j : cell[1]], j) if len(places[(1, k)]) == 1]
            while toks and _JOINER.fullmatch(toks[-1].text):  # "TH + BSO +" once its wrapped word is left out
                toks.pop()
            fits = bool(toks) and g.fits(cols[c].grammar, " ".join(t.text for t in toks))
            out_cells[c] = toks if fits else None
        st = prev
    return best, out_cells


def fill_text_table(doc: Document, table: Table) -> None:
    """Fill ``table.header``/``table.rows`` from ``table.raw_lines`` with cell offsets into ``doc.text``."""
    # Locate each raw line in the text, in order, within the table's span when one is given.
    lo = table.start
    hi = table.end if table.end > table.start else len(doc.text)
    located: list[tuple[str, int]] = []
    pos = lo
    for raw in table.raw_lines:
        s = raw.strip()
        if not s:
            continue
        at = doc.text.find(raw, pos, hi) if raw else -1
        if at < 0:
            at = doc.text.find(s, pos, hi)
            raw = s
        if at < 0:
            doc.warnings.append(f"table {table.id}: raw line not found in text: {s[:40]!r}")
            continue
        located.append((raw, at))
        pos = at + len(raw)

    located, groups = _group_rows(_bulleted_cells(doc, located))
    if not _fill_side_parts(doc, table, located):
        _fill_located(doc, table, located)
    if groups and table.rows:
        _site_from_groups(doc, table, groups)
    _ditto_cells(table)


_DITTO = layout("ditto_cell")


def _ditto_cells(table: Table) -> None:
    """A cell holding only a ditto mark ('"', "do.") repeats the cell above it in its column: it takes that cell (its
    text and offsets, so the value keeps the evidence it was printed with). A mark with nothing above it stays. In a
    column that prints ditto marks, an empty cell between two filled ones repeats the cell above it too: the author
    left the repeat unmarked (:func:`_dittoed_columns`)."""
    dittoed = _dittoed_columns(table)
    for r in range(1, len(table.rows)):
        row, above = table.rows[r], table.rows[r - 1]
        below = table.rows[r + 1] if r + 1 < len(table.rows) else []
        for c, cell in enumerate(row):
            if c >= len(above) or not above[c].text.strip():
                continue
            if _DITTO.match(cell.text) or (
                c in dittoed and not cell.text.strip() and c < len(below) and below[c].text.strip()
            ):
                row[c] = above[c]


def _dittoed_columns(table: Table) -> set[int]:
    """The columns of a table that print a ditto mark under a filled cell ("Larynx" over "″"): the columns whose
    author repeats values from the row above."""
    out: set[int] = set()
    for r in range(1, len(table.rows)):
        row, above = table.rows[r], table.rows[r - 1]
        for c, cell in enumerate(row):
            if c < len(above) and above[c].text.strip() and _DITTO.match(cell.text):
                out.add(c)
    return out


def _continued_parts(located: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """The table's lines cut at each caption saying it continues the table ("Table 1 (continued)")."""
    parts: list[list[tuple[str, int]]] = [[]]
    cont = layout("continued_word")
    for raw, at in located:
        s = raw.strip()
        if parts[-1] and _CAPTION.match(s) and cont.search(s):
            parts.append([])
        parts[-1].append((raw, at))
    return parts


def _fill_side_parts(doc: Document, table: Table, located: list[tuple[str, int]]) -> bool:
    """A table printed in parts, each under its own header with the case number first ("Case | Age | Site" on one
    page, "Table 1 (continued)" / "Case | Recurrence" on the next), filled as one grid: each later part's columns join
    the row of the same case. False (table left alone) unless every part numbers, once each, only the first part's
    cases under other columns than the first part's."""
    parts = _continued_parts(located)
    if len(parts) < 2:
        return False
    heads = [" ".join(next((r for r, _ in part if not _CAPTION.match(r.strip())), "").split()) for part in parts]
    if any(h == heads[0] for h in heads[1:]):
        return False  # the header printed again over each part (a long table over pages): the same columns, one grid

    def filled(part: list[tuple[str, int]]) -> Table:
        t = Table(id=table.id, caption=table.caption, start=table.start, end=table.end)
        _fill_located(doc, t, part)
        return t

    def numbers(t: Table) -> list[str] | None:
        """A part's case numbers, each once; None unless its first column is headed as the case and numbers every row."""
        spec = header_spec(t.header[0].text) if t.header else None
        nums = [r[0].text.strip() for r in t.rows]
        if spec is None or spec.field != "case" or not nums or not all(_DIGITS.fullmatch(n) for n in nums):
            return None
        return nums if len(set(nums)) == len(nums) else None

    # each part filled only while the parts so far join (a literature table continued over pages, the common case,
    # fails on its first part and is then filled once, by the caller, not twice)
    first = filled(parts[0])
    ours = numbers(first)
    if ours is None:
        return False
    own_keys = {key(c.text) for c in first.header[1:]}
    grids = [first]
    for part in parts[1:]:
        t = filled(part)
        theirs = numbers(t)
        if theirs is None or not set(theirs) <= set(ours) or own_keys & {key(c.text) for c in t.header[1:]}:
            return False
        grids.append(t)
    header, rows = list(first.header), [list(r) for r in first.rows]
    for t in grids[1:]:
        header += t.header[1:]
        got = {r[0].text.strip(): r[1:] for r in t.rows}
        for n, row in zip(ours, rows):
            row += got.get(n) or [Cell("") for _ in t.header[1:]]
    table.header, table.rows = header, rows
    table.footnotes = " ".join(x for x in [table.footnotes, *(t.footnotes for t in grids)] if x)
    if not table.caption:
        table.caption = first.caption
    table.pages = sorted({p for t in grids for p in t.pages} | set(table.pages))
    return True


def bulleted_cell_line(rows: list[str], line: str) -> bool:
    """Is ``line`` a list item going on inside a cell of the rows above ("• SMA positive" under "1<TAB>41/M<TAB>• ALK
    positive"): it opens on a bullet, and the last row cut by bars or tabs ends on a cell opening on one, every line
    since being such an item too?"""
    bullet = layout("bullet_line")
    if not bullet.match(line):
        return False
    for raw in reversed(rows):
        sep = "|" if "|" in raw else "\t" if "\t" in raw else None
        if sep is None:
            if not bullet.match(raw):
                return False
            continue
        last = raw.rstrip().rstrip(sep).rsplit(sep, 1)[-1]
        return bullet.match(last) is not None and bool(raw.split(sep, 1)[0].strip() or raw.lstrip().startswith(sep))
    return False


def _bulleted_cells(doc: Document, located: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The table's lines with each list item that goes on inside a cell (:func:`bulleted_cell_line`) joined to its
    row, line break kept: the joined line is the text from the row's start to the item's end."""
    out: list[tuple[str, int]] = []
    for raw, at in located:
        if out and bulleted_cell_line([r for r, _ in out], raw):
            prev, pat = out[-1]
            end = at + len(raw)
            if doc.text[pat:end].endswith(raw) and end > pat:
                out[-1] = (doc.text[pat:end], pat)
                continue
        out.append((raw, at))
    return out


def _group_cells(raw: str) -> tuple[str, int, int] | None:
    """(label, start, end) of a line cut by bars or tabs whose first cell alone holds text ("Lung | |||||"): a heading
    over the rows under it, as a web page's table prints a row spanning every column; None for any other line."""
    sep = "|" if "|" in raw else "\t" if "\t" in raw else None
    if sep is None:
        return None
    cells = _raw_cells(raw, sep, raw.lstrip(" ").startswith(sep))
    if len(cells) < 3 or any(b > a for a, b in cells[1:]):
        return None
    a, b = cells[0]
    label = raw[a:b]
    if not label[:1].isalpha() or layout("table_rule_line").match(label):
        return None
    return label, a, b


def _group_rows(located: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], list[Cell]]:
    """The lines of a table without its group headings, and the headings (with their offsets). Headings are told from
    a first cell wrapped onto a line of its own by where they stand: one opens the rows, on the line under the header
    (a rule of dashes between them aside), and the rows that follow it are full ones."""
    delimited = [i for i, (raw, _) in enumerate(located) if "|" in raw or "\t" in raw]
    if len(delimited) < 4:
        return located, []
    body = [i for i in delimited[1:] if not _RULE_LINE.match(located[i][0].strip())]
    if not body or _group_cells(located[body[0]][0]) is None:
        return located, []
    heads = {i for i in body if _group_cells(located[i][0]) is not None}
    if any(i + 1 in heads or i + 1 not in body for i in heads):
        return located, []  # two headings in a row, or one the last line: not a grid of groups
    groups: list[Cell] = []
    for i in sorted(heads):
        raw, at = located[i]
        found = _group_cells(raw)
        assert found is not None
        label, a, b = found
        groups.append(Cell(label, at + a, at + b))
    return [x for i, x in enumerate(located) if i not in heads], groups


def _site_from_groups(doc: Document, table: Table, groups: list[Cell]) -> None:
    """Group headings that each name a site ("Lung", "Stomach"), over a table with no site column: each row's site is
    the heading above it, a column of its own; other headings ("ALK-positive", "Adults") add nothing."""
    if any(lookup("sites", g.text) is None for g in groups):
        return
    if any(spec is not None and spec.field == "site" for spec in (header_spec(c.text) for c in table.header)):
        return
    rows: list[list[Cell]] = []
    for row in table.rows:
        at = next((c.start for c in row if c.start is not None), None)
        above = [g for g in groups if at is not None and g.start is not None and g.start < at]
        if not above:
            return
        g = above[-1]
        assert g.start is not None
        rows.append([*row, Cell(g.text, g.start, g.end, doc.page_at(g.start))])
    table.header = [*table.header, Cell("Site")]
    table.rows = rows


_PAGE_MARKER = layout("page_marker_line")


def _fill_located(doc: Document, table: Table, located: list[tuple[str, int]]) -> None:
    """:func:`fill_text_table` for the located lines of the table."""
    # one patient's data sheet (one field per line)
    sheet = _sheet_grid(doc, located) if located and (sheet_heading(located[0][0].strip(), plain=True) or sheet_field(located[0][0].strip())) else None
    if sheet is not None:
        table.header, table.rows = sheet
        return
    # a spreadsheet saved as comma- or semicolon-separated text (or pasted with a line of merged group headings)
    export = _export_grid(doc, located)
    if export is not None:
        table.header, table.rows, legend = export
        if legend:
            table.footnotes = (table.footnotes + " " if table.footnotes else "") + " ".join(legend)
        if table.rows and not table.pages:
            table.pages = _cell_pages(table)
        return

    # Caption, continuation markers and the legend are not rows.
    body: list[tuple[str, int]] = []
    raws: list[str] = []  # the body's lines so far, and stripped (kept beside it: not rebuilt for every line)
    stripped: list[str] = []
    legend_lines: list[str] = []
    after_rule: set[int] = set()  # offsets of the lines right under a drawn rule (the header's first line aside)
    ruled = False
    box_ruled = False  # a rule drawn with box-drawing strokes: a layout dump, whose columns keep their places
    for raw, at in located:
        s = raw.strip()
        # a note spelling out one code under rows cut by bars or tabs, itself a line with neither
        barred_note = len(body) >= 2 and any(sep in body[-1][0] and sep not in s for sep in "|\t") and opens_with_legend(s)
        # inside a record of a table pasted one cell per line, a cell that reads like a note is still a cell
        foot = len(body) >= 2 and not mid_flat_record(stripped) and (
            footnote_line(s)
            or code_legend(s, body)
            or spelled_out_code(s, raws)
            or marked_note(s, raws)
            or rows_legend(s, raws)
            or symbol_legend(s, raws)
        )
        if legend_lines or looks_like_legend(s) or foot or barred_note:
            legend_lines.append(s)
            continue
        if _CAPTION.match(s):
            if not table.caption and not layout("continued_word").search(s):
                table.caption = s
            continue
        if _RULE_LINE.match(s):
            ruled = True
            box_ruled = box_ruled or _BOX_STROKE.search(s) is not None
            continue
        if _CONTINUED.match(s) or _PAGE_MARKER.fullmatch(s):
            continue  # ("Page 3/12": the foot of the page the table was carried over, no row)
        if ruled and body:
            after_rule.add(at)
        ruled = False
        body.append((raw, at))
        raws.append(raw)
        stripped.append(s)
    if legend_lines:
        table.footnotes = (table.footnotes + " " if table.footnotes else "") + " ".join(legend_lines)
    g = Grammars(legend_bindings(parse_legend(table.footnotes)) if table.footnotes else ())

    # a flattened table (one cell per line), else one column per patient turned round (one row per patient)
    flat = _flattened(doc, body, g) or _transposed(doc, body)
    if flat is not None:
        table.header, table.rows = flat
        if table.rows and not table.pages:
            table.pages = _cell_pages(table)
        return

    grouped = _group_header(doc, body) or _labelled_cells(doc, body) or _keyed_records(doc, body)
    if grouped is not None:
        table.header, table.rows = grouped
        if table.rows and not table.pages:
            table.pages = _cell_pages(table)
        return

    lines = [_tokens(raw, at, n) for n, (raw, at) in enumerate(body)]
    parse = _find_header(doc, lines, g)
    if parse is None and table.footnotes:
        # a header of short names spelled out in the table's legend ("Pt | A | S | Loc | FU" over "A, age (years);
        # FU, follow-up (months)"): found by the names the legend gives them; its cells keep their printed text
        parse = _find_header(doc, _legend_named(lines, parse_legend(table.footnotes)), g)
    if parse is None and (headless := _headless_panel(doc, body)) is not None:
        table.header, table.rows = headless
        if table.rows and not table.pages:
            table.pages = _cell_pages(table)
        return
    if parse is None:
        panel = _flat_panel(doc, body)
        if panel is not None:  # an antibody panel run together with single spaces, its header too
            _take_panel(table, panel)
            return
        doc.warnings.append(f"table {table.id}: no header with known columns; grid left empty")
        return
    cols, head, first, wrap = parse
    # the header's lines printed again after a page break (a header set on two lines repeats both; its second line,
    # "sex    (method)", names no column on its own): no row, nor part of one
    head_texts = {" ".join(body[i][0].split()) for i in range(head, first) if len(body[i][0].split()) >= 2}
    again = {n for n in range(first, len(body)) if " ".join(body[n][0].split()) in head_texts}
    # ... and a one-word second line right under a repeated first one ("(months)" under "Pt  Treatment ... Follow-up")
    all_head = [" ".join(body[i][0].split()) for i in range(head, first)]
    for n in sorted(again):
        k = all_head.index(" ".join(body[n][0].split())) if " ".join(body[n][0].split()) in all_head else -1
        while k >= 0 and k + 1 < len(all_head) and n + 1 < len(body) and " ".join(body[n + 1][0].split()) == all_head[k + 1]:
            n, k = n + 1, k + 1
            again.add(n)
    if again:
        body = [b for n, b in enumerate(body) if n not in again]
        lines = [ln for n, ln in enumerate(lines) if n not in again]
    header_keys = [key(c.cell.text) for c in cols]
    table.header = [c.cell for c in cols]
    # the header line, then the rows (the header cells' second lines printed under it are in the header already)
    grid_lines = [body[head], *body[first:]]
    one_line = first - wrap == head + 1
    # the rows' labels ("Case 1", "Child 2") may stand under a blank header cell: one more column, first
    grid = _stub_rows(doc, grid_lines, len(cols)) if one_line and not wrap else None
    if grid is not None:
        cols.insert(0, _Column("", "free", None, Cell("")))
        table.header = [c.cell for c in cols]
    if grid is None and one_line:
        grid = _delimited_rows(doc, grid_lines, len(cols), 1, ruled=after_rule)
    if grid is None and one_line:
        grid = _aligned_rows(doc, grid_lines, len(cols), cols)
        if grid is None and box_ruled:
            # a grid ruled with box-drawing strokes is a layout dump's: its words stand under their columns, and a line
            # whose words stand under none (a cell wrapped far from its column) is no grid the words' grammars should
            # guess at (rows then run into each other and take their neighbours' cells): left empty
            doc.warnings.append(f"table {table.id}: ruled grid whose lines keep no columns; grid left empty")
            return
    if grid is None and not one_line and not wrap and any(sep in body[head][0] for sep in "|\t"):
        # a header set with tabs or bars whose cells wrap onto the next lines ("Size" / "(cm)"): the rows under it
        # are still cut by their delimiters, one cell per column
        grid = _delimited_rows(doc, body[first:], len(cols), 0, header_keys)
    if grid is not None:
        table.rows = grid
        _fill_spans(cols, table.rows)
        if table.rows and not table.pages:
            table.pages = _cell_pages(table)
        return

    # One token stream for the body; repeated headers (page breaks) dropped.
    toks: list[_Tok] = []
    first_key = header_keys[0] if header_keys else ""
    for line in lines[first:]:
        # a header repeated after a page break names every column, each with a token at least
        ph = _header_phrases(line) if len(line) >= len(header_keys) and _may_open(line, first_key) else None
        if ph and [key(_join(doc, line[a:b])) for a, b, _ in ph] == header_keys:
            continue
        toks.extend(line)

    records: list[list[_Tok]] = []
    prev_case: int | None = None
    prev_line = -1
    for t, tok in enumerate(toks):
        # a record begins only at a line's first token or a glued one (the first test of _row_start, asked here)
        if (tok.line != prev_line or tok.glued) and _row_start(g, cols, toks, t, prev_case):
            records.append([])
            m = _DIGITS.fullmatch(tok.text)
            prev_case = int(m.group()) if m else (prev_case or 0) + 1
        prev_line = tok.line
        if records:  # words before the first row (a stray caption fragment) are not part of the grid
            records[-1].append(tok)

    table.rows = []
    plan = _plan(g, cols) if records else None
    for rec in records:
        rec = _layout_order(rec)
        spans = _assign(g, cols, rec, plan)
        cells: list[list[_Tok] | None] = [None if sp is None else rec[sp[0] : sp[1]] for sp in spans]
        lines_of = sorted({t.line for t in rec})
        if len(lines_of) == 2 and plan is not None and not any(t.gap_before for t in rec) and None in spans:
            # a row wrapped onto a second line with no column gaps, which one stream of words leaves a cell empty of:
            # its cells may wrap in place, each column's words on both lines; read so when that places the words
            # better (a row whose cells are all filled keeps its reading: a word it left out is debris, "Q")
            first = [t for t in rec if t.line == lines_of[0]]
            one = _path_cost(plan, len(rec), spans)
            # a tight bound first (every word in a cell, an empty cell or two, a few words in free columns): most
            # wrapped rows meet it and the search expands few states; a row that does not is searched up to ``one``
            tight = min(one, min(plan.step) * len(rec) + _WRAP_TIGHT)
            wrapped = _assign_two_lines(g, cols, first, rec[len(first) :], plan, tight)
            if wrapped is None and tight < one:
                wrapped = _assign_two_lines(g, cols, first, rec[len(first) :], plan, one)
            if wrapped is not None:
                cells = wrapped[1]
        row: list[Cell] = []
        for ts in cells:
            if not ts:
                row.append(Cell(""))
                continue
            row.append(Cell(_join(doc, ts), ts[0].start, ts[-1].end, doc.page_at(ts[0].start)))
        table.rows.append(row)
    if not table.rows and cols[0].field == "ihc_panel:antibody" and (panel := _flat_panel(doc, body[head:])) is not None:
        # an antibody panel run together with single spaces: its rows open on a marker's name, which no grammar reads
        _take_panel(table, panel)
        return
    _fill_spans(cols, table.rows)
    if table.rows and not table.pages:
        table.pages = _cell_pages(table)


def _cell_pages(table: Table) -> list[int]:
    """The pages a table's cells stand on."""
    return sorted({c.page for r in table.rows for c in r if c.page is not None})


def _take_panel(table: Table, panel: tuple[list[Cell], list[list[Cell]]]) -> None:
    """Fill ``table`` with a flattened antibody panel's header and rows (:func:`_flat_panel`)."""
    table.header, table.rows = panel
    table.pages = table.pages or _cell_pages(table)


_PANEL_RESULT_END = layout("panel_result_end")
_CASE_COLUMN_NUMBER = layout("panel_case_column_number")
#: the fields of an antibody panel's columns between the antibody and the results: one word each in a flattened row
_PANEL_METHOD_FIELDS = frozenset({"ihc_panel:method", "reference"})
#: the most words of a marker's name opening a flattened panel row ("Smooth muscle actin")
_PANEL_NAME_WORDS = 3
#: the most words a line under the last row may hold to be that row's last cell wrapped ("strong)")
_PANEL_WRAP_WORDS = 3


def _flat_panel_header(doc: Document, toks: list[_Tok]) -> tuple[list[Cell], list[str]] | None:
    """An antibody panel's header run together with single spaces ("Antibody Clone Dilution Case 1 Case 2", "Marker
    Clone Patient 1 Patient 2", "Antibody Clone Dilution Result"): its cells, a case column's number joined to its word,
    and each column's role: "antibody" (first), "method" (clone, dilution, source: one word a row), "result" (the
    result column, or one per case, last). None for any other line."""
    cover = _cover(toks)
    spans: list[tuple[int, int, ColumnSpec | None]] = []
    for a, b, spec in cover:
        if spans and spec is None and b == a + 1 and _CASE_COLUMN_NUMBER.fullmatch(toks[a].text) and (
            spans[-1][2] is not None and spans[-1][2].field == "case" and spans[-1][1] - spans[-1][0] == 1
        ):
            spans[-1] = (spans[-1][0], b, spans[-1][2])  # "Case" + "1": the column of case 1
            continue
        spans.append((a, b, spec))
    if len(spans) < 2 or spans[0][2] is None or spans[0][2].field != "ihc_panel:antibody":
        return None
    roles = ["antibody"]
    for a, b, spec in spans[1:]:
        if spec is None:
            return None
        if spec.field in _PANEL_METHOD_FIELDS and "result" not in roles:
            roles.append("method")
        elif spec.field == "case" and b - a == 2:
            roles.append("result")
        elif spec.field in ("ihc_panel:result", "outcome") and "result" not in roles:
            roles.append("result")
        else:
            return None
    if "result" not in roles or (roles.count("result") > 1 and any(
        spec.field != "case" for _, _, spec in spans[len(roles) - roles.count("result") :] if spec is not None
    )):
        return None
    cells = [Cell(_join(doc, toks[a:b]), toks[a].start, toks[b - 1].end, doc.page_at(toks[a].start)) for a, b, _ in spans]
    return cells, roles


def _flat_panel_results(toks: list[_Tok], n: int) -> list[list[_Tok]] | None:
    """The ``n`` result cells of a flattened panel row, from the words after its antibody and method cells: one cell
    each when ``n`` is 1, else cut after each word that ends a result (``panel_result_end``: "focal weak +", "+
    (focal)", "n.p.", "15\u201320%"), a bracket after such a word kept in its cell. None when they do not make ``n``."""
    if not toks:
        return None
    if n == 1:
        return [toks]
    out: list[list[_Tok]] = []
    cur: list[_Tok] = []
    k = 0
    while k < len(toks):
        cur.append(toks[k])
        if _PANEL_RESULT_END.fullmatch(toks[k].text):
            k += 1
            if k < len(toks) and toks[k].text.startswith("("):
                while k < len(toks):
                    cur.append(toks[k])
                    k += 1
                    if cur[-1].text.endswith(")"):
                        break
            out.append(cur)
            cur = []
            continue
        k += 1
    if cur:
        return None  # words after the last result: no cut the rule can trust
    return out if len(out) == n else None


def _flat_panel_row(doc: Document, line: list[_Tok], roles: list[str]) -> list[Cell] | None:
    """One row of a flattened antibody panel (:func:`_flat_panel`): the marker's name (its first words naming a marker),
    one word per method column, then the result cells; a row padded with runs of spaces is cut at them when they make
    its cells. None when the line is no such row."""
    n_method, n_result = roles.count("method"), roles.count("result")

    def cell(ts: list[_Tok]) -> Cell:
        return Cell(_join(doc, ts), ts[0].start, ts[-1].end, doc.page_at(ts[0].start))

    groups: list[list[_Tok]] = []
    for t in line:
        if t.gap_before or not groups:
            groups.append([])
        groups[-1].append(t)
    if len(groups) == len(roles) and names_marker(_join(doc, groups[0]), once=True):
        return [cell(g) for g in groups]
    if len(groups) > 1 and not any(_PANEL_RESULT_END.fullmatch(t.text) for t in groups[-1]) and not layout(
        "padded_note_cell"
    ).fullmatch(_join(doc, groups[-1])):
        line = line[: len(line) - len(groups[-1])]  # padding, then a reference or a year ("+   (12)"): no cell's word
    for w in range(1, min(_PANEL_NAME_WORDS, len(line)) + 1):
        if not names_marker(_join(doc, line[:w]), once=True):
            continue
        methods = line[w : w + n_method]
        if len(methods) < n_method or any(_PANEL_RESULT_END.fullmatch(t.text) for t in methods):
            continue
        results = _flat_panel_results(line[w + n_method :], n_result)
        if results is not None:
            return [cell(line[:w]), *(cell([t]) for t in methods), *(cell(r) for r in results)]
    return None


def _flat_panel(doc: Document, body: list[tuple[str, int]]) -> tuple[list[Cell], list[list[Cell]]] | None:
    """An antibody panel flattened by a PDF-to-text dump, its cells one space apart ("Antibody Clone Dilution Case 1
    Case 2" over "SMA 1A4 1:300 + +", "h-Caldesmon h-CD 1:100 \u2212 focal weak +"): the header's columns
    (:func:`_flat_panel_header`) and one row per line opening on a marker's name (:func:`_flat_panel_row`); a short
    line under a row whose last cell leaves a bracket open ("Mutant (diffuse" / "strong)") is that cell wrapped. None unless the first line is such a
    header and most lines under it such rows (two at least)."""
    if len(body) < 3:
        return None
    lines = [_tokens(raw, at, n) for n, (raw, at) in enumerate(body)]
    head = _flat_panel_header(doc, lines[0]) if lines[0] else None
    if head is None:
        return None
    header, roles = head
    rows: list[list[Cell]] = []
    missed = 0
    for line in lines[1:]:
        if not line:
            continue
        row = _flat_panel_row(doc, line, roles)
        if row is not None:
            rows.append(row)
        elif rows and len(line) <= _PANEL_WRAP_WORDS and rows[-1][-1].text.count("(") > rows[-1][-1].text.count(")"):
            last = rows[-1][-1]
            rows[-1][-1] = Cell(doc.text[last.start : line[-1].end].replace("\n", " "), last.start, line[-1].end, last.page)
        else:
            missed += 1
    if len(rows) < 2 or missed * 3 > len(rows):
        return None
    return header, rows


#: the most words a header cell printed on a line of its own holds ("Follow-up (months)", "ALK IHC")
_FLAT_HEADER_WORDS = 5


def _column_of(text: str) -> ColumnSpec | None:
    """The column a line holding one header cell names (a marker's name is a marker column)."""
    if len(text.split()) > _FLAT_HEADER_WORDS:
        return None
    return header_spec(text) or (MARKER_COLUMN if names_marker(text) else None)


def flat_cell_line(text: str) -> bool:
    """Can a line the furniture passes took for a page's navigation ("No.", "Authors", "Journal") be a cell of a
    table pasted one cell per line: does it name a column ("No.", the case-number column's head)?"""
    return _column_of(text) is not None


def flat_column_names(lines: list[str]) -> bool:
    """Do these lines open a table flattened one cell per line: at least three consecutive lines,
    each one short header cell, the first two naming known columns?"""
    return len(lines) >= 3 and all(_column_of(s) is not None for s in lines[:2]) and sum(
        _column_of(s) is not None for s in lines[:3]
    ) >= 2


def _flat_stub(text: str) -> bool:
    """Is a line the head of the attribute column of a table with one column per patient ("Feature",
    "Parameter"; layout rule ``transposed_stub``), printed on a line of its own?"""
    return bool(text) and _column_of(text) is None and layout("transposed_stub").fullmatch(text) is not None


def flat_stub_then_columns(lines: list[str]) -> bool:
    """Do these lines open such a table flattened one cell per line: the stub's head, then known columns
    (:func:`flat_column_names`)?"""
    return len(lines) >= 4 and _flat_stub(lines[0]) and flat_column_names(lines[1:4])


def _flattened(doc: Document, body: list[tuple[str, int]], g: Grammars) -> tuple[list[Cell], list[list[Cell]]] | None:
    """A table dumped one cell per line (a PDF's text layer read cell by cell, column headers first):
    the header is the first ``k`` lines, short, most of them naming known columns (the first two
    always, as in :func:`_header_phrases`: at least three known, 70 % of the lines), and the lines after
    it are a whole number of records of ``k`` cells each, every record opening with a cell that fits
    the first column's grammar and naming no column itself. Cells are taken by position; None when no
    ``k`` fits, and the token grammars decide."""
    if any(split_cells(raw) is not None for raw, _ in body):
        return None
    texts = [raw.strip() for raw, _ in body]
    k = _flat_width(texts, g)
    groups = [[i] for i in range(len(body))]
    if k is None:
        # a cell wrapped onto a second line ("Steroids, then" / "radiotherapy"): its lines are one cell
        groups = _flat_cell_groups(texts)
        if len(groups) == len(texts):
            return None
        texts = [" ".join(texts[i] for i in grp) for grp in groups]
        k = _flat_width(texts, g)
        if k is None:
            return None
    stub = _column_of(texts[0]) is None

    def cell(grp: list[int]) -> Cell:
        (raw, at), (last, last_at) = body[grp[0]], body[grp[-1]]
        lead = len(raw) - len(raw.lstrip())
        end = last_at + len(last.rstrip())
        text = " ".join(body[i][0].strip() for i in grp)
        return Cell(text, at + lead, end, doc.page_at(at + lead))

    header = [cell(grp) for grp in groups[:k]]
    if stub:
        header[0] = Cell("")  # the blank stub over the patients' labels, as a table turned round has it
    n = len(groups)
    rows = [[cell(grp) for grp in groups[r : r + k]] for r in range(k, n, k)]
    return header, rows


def mid_flat_record(texts: list[str]) -> bool:
    """Do these lines, a table pasted one cell per line so far (its column names first, :func:`flat_column_names`),
    stop inside a record: the header is the run of lines naming columns up to the first that fits the first column's
    grammar and names none, and the cells after it (a cell wrapped onto a lower-case line counted once) are no whole
    number of records of that width? A line read next is then a cell of that record, whatever it looks like ("FISH:
    ALK BA −; NGS: ETV6::NTRK3" reads as a code spelled out), not the table's foot."""
    if len(texts) < 4 or not flat_column_names(texts[:3]):
        return False
    first = _column_of(texts[0])
    if first is None or first.grammar == "free":
        return False
    g = Grammars(())
    k = next(
        (
            i
            for i in range(3, len(texts))
            if _column_of(texts[i]) is None
            and (g.fits(first.grammar, texts[i]) or (first.field == "case" and _lettered_records(texts, range(i, i + 1))))
        ),
        None,
    )
    if k is None:
        return False
    known = sum(_column_of(t) is not None for t in texts[:k])
    if known < 3 or known < 0.7 * k:
        return False
    cells = len(_flat_cell_groups(texts[k:]))
    return cells % k != 0


def _flat_cell_groups(texts: list[str]) -> list[list[int]]:
    """The lines of a table dumped one cell per line grouped into cells: a line whose words stop open ("Steroids,
    then", "Excision and") and the lower-case line under it are one cell."""
    groups: list[list[int]] = []
    for i, t in enumerate(texts):
        if groups and len(groups[-1]) == 1 and ends_open(texts[groups[-1][-1]]) and t[:1].islower():
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def flat_grid_width(texts: list[str], g: Grammars | None = None) -> int | None:
    """How many columns a table dumped one cell per line has (see :func:`_flattened`): the number ``k`` of its
    header lines, after which the lines are whole records of ``k`` cells (a cell wrapped onto a second lower-case line
    counted once when the lines fit no ``k`` otherwise); None when no ``k`` fits."""
    k = _flat_width(texts, g)
    if k is None:
        groups = _flat_cell_groups(texts)
        if len(groups) < len(texts):
            k = _flat_width([" ".join(texts[i] for i in grp) for grp in groups], g)
    return k


def _flat_width(texts: list[str], g: Grammars | None = None) -> int | None:
    n = len(texts)
    if n < 6:
        return None
    g = g or Grammars(())
    # the first two lines name known columns or no k fits: the others' columns are asked only then
    head0 = _column_of(texts[0])
    # or the first is the head of a stub column ("Feature"): a table with one column per patient read column by
    # column, every record then opening on a numbered patient's label ("Patient 1", its values under it)
    stub = head0 is None and _flat_stub(texts[0])
    if head0 is None and not stub:
        return None
    head1 = _column_of(texts[1])
    if head1 is None:
        return None
    specs: list[ColumnSpec | None] = [head0, head1, *(_column_of(s) for s in texts[2:])]
    if _flat_stain_pairs(texts, specs):
        return 2
    found: int | None = None
    for k in range(3, n // 2 + 1):
        head = specs[:k]
        known = sum(sp is not None for sp in head)
        if known < 3 or known < 0.7 * (k - stub) or (n - k) % k:
            continue
        first = head[0]
        starts = range(k, n, k)
        if stub:  # each record opens on its patient's label (which header_spec reads as a "Case" column)
            if not all(value_pattern("column_case_label").fullmatch(texts[r]) for r in starts):
                continue
        elif (
            first is not None
            and first.grammar != "free"
            and not all(g.fits(first.grammar, texts[r]) for r in starts)
            and not (first.field == "case" and _lettered_records(texts, starts))
        ):
            continue
        elif any(specs[r] is not None for r in starts):
            continue  # the header ends where the first record begins: its first cell is no column name
        found = k
        break
    return found


def _flat_stain_pairs(texts: list[str], specs: list[ColumnSpec | None]) -> bool:
    """A two-column stain panel printed one cell per line ("Antibody" / "Result" / "ALK" / "Positive" / ...): an
    antibody column and a result column named first, then pairs of a short cell that is no result (a marker, whose name
    may also name a series table's column: "ALK") and a stain result (layout ``flat_stain_result_cell``); the
    known-columns test below would take the markers for more column names."""
    head0, head1 = specs[0], specs[1]
    if head0 is None or head0.field != "ihc_panel:antibody" or head1 is None or head1.field not in ("ihc_panel:result", "outcome"):
        return False
    n = len(texts)
    if n < 6 or n % 2:
        return False
    result = layout("flat_stain_result_cell")
    return all(
        len(texts[r]) <= 30 and result.fullmatch(texts[r]) is None and result.fullmatch(texts[r + 1]) is not None
        for r in range(2, n, 2)
    )


def _lettered_records(texts: list[str], starts: range) -> bool:
    """Do the records of a table dumped one cell per line open on its patients' letters in order ("A", "B", "C";
    "Case A", "Case B": value pattern ``case_text_label``) under a "Case" column? The run from A is what tells a
    lettered series' labels from a cell that happens to be one capital (one record asked: it opens on A)."""
    label = value_pattern("case_text_label")
    found = [label.fullmatch(texts[r]) for r in starts]
    letters = "".join(m.group("label") if m is not None else "?" for m in found)
    return len(letters) >= min(2, len(starts)) and letters == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[: len(letters)]


def _may_open(line: list[_Tok], first_key: str) -> bool:
    """Can ``line`` open with a cell whose key is ``first_key`` (the header's first)? Phrases start at the
    line's first token and ``key`` works character by character (its NFKC step aside, which cannot reach
    across the space or ``|`` after a token), so that token's key must begin ``first_key``: most data rows
    fail on their first word, without the header phrase search. A glued next token has no separator
    between them: the full search decides."""
    if not line or (len(line) > 1 and line[1].glued):
        return True
    return first_key.startswith(key(line[0].text))


def _delimited_rows(
    doc: Document,
    lines: list[tuple[str, int]],
    n: int,
    skip: int,
    header_keys: list[str] | None = None,
    ruled: set[int] | None = None,
) -> list[list[Cell]] | None:
    """Rows of a table whose every line is cut by its delimiters into as many cells as the
    header has columns: cells are taken by position (empty cells kept). None otherwise, and
    the grammars decide (wrapped cells, a record over several lines, missing borders). ``header_keys``: the
    header's cell keys when it is not ``lines[0]`` (a header whose cells wrap over lines: only rows are given).
    ``ruled``: offsets of the lines printed right under a drawn rule (``+-----+``): in a grid that rules off each
    record, a line under no rule whose case cell is blank goes on with the record above, whatever its words."""
    if all("|" in r or "\t" in r or layout("page_marker_line").fullmatch(r.strip()) for r, _ in lines):
        # a page marker ("-- page 2 of 4 --") printed inside a grid set with bars or tabs is no row
        lines = [(r, at) for r, at in lines if "|" in r or "\t" in r]
    spans = [_note_in_last_cell(raw, split_cells(raw), n) for raw, _ in lines]
    _blank_first_cells(lines, spans)
    wrapped = _wrapped_lines(lines, spans)
    printed = [len(sp) if sp is not None and i not in wrapped else 0 for i, sp in enumerate(spans)]
    if (
        all("|" in r or "\t" in r or i in wrapped for i, (r, _) in enumerate(lines))
        and all(sp is not None and (2 <= len(sp) <= n or i in wrapped) for i, sp in enumerate(spans))
        and spans[0] is not None
        and len(spans[0]) == n
    ):
        # rows set with bars or tabs printed without their empty last cells ("p63 | negative |", "IgG<tab>14.2"; an
        # empty cell inside a row keeps its delimiters), a last row the text stopped inside (a crawler excerpt, a page
        # whose end is missing) among them: the cells a row has are read in order, the rest left empty (a wrapped
        # line has its row's spans already, as many as the line above it, so never more than the header's)
        spans = [sp + [(len(r.rstrip()), len(r.rstrip()))] * (n - len(sp)) for (r, _), sp in zip(lines, spans)]  # type: ignore[operator]
    if any(sp is None or len(sp) != n for sp in spans) or len(lines) <= skip:
        return None
    header = header_keys if header_keys is not None else [key(lines[0][0][a:b]) for a, b in spans[0]]  # type: ignore[index]
    # a table of patients (its first column their case numbers): a blank-labelled line may go on with the row above
    case_first = bool(header) and getattr(header_spec(header[0]), "field", None) == "case"
    rows: list[list[Cell]] = []
    told: list[int] = []  # how many cells each row's line printed
    for (raw, at), sp, k in list(zip(lines, spans, printed))[skip:]:
        assert sp is not None
        if [key(raw[a:b]) for a, b in sp] == header:
            continue  # the header repeated (a page break)
        row = [Cell(raw[a:b], at + a, at + b, doc.page_at(at + a)) if b > a else Cell("") for a, b in sp]
        if (
            case_first
            and rows
            and rows[-1][0].text.strip()
            and _breaks_cell(told[-1], k, n, row[0].text)
            and rows[-1][told[-1] - 1].start is not None
            and row[0].end is not None
        ):
            # a row broken by a line break inside one cell (a web table's "Excision<br>crizotinib" copied with tabs):
            # the line's first cell ends the last cell of the line above, its other cells follow that one (both
            # cells printed: an empty one on either side is no broken cell, and has no offsets to join)
            last = told[-1] - 1
            top, low = rows[-1][last], row[0]
            assert top.start is not None and low.end is not None
            rows[-1][last] = Cell(doc.text[top.start : low.end], top.start, low.end, top.page)
            rows[-1][last + 1 : last + k] = row[1:k]
            told[-1] = n
            continue
        if (
            case_first
            and rows
            and ruled is not None
            and len(ruled & {at for _, at in lines[skip:]}) >= _RULED_RECORDS
            and at not in ruled
            and not row[0].text.strip()
            and rows[-1][0].text.strip()
        ):
            # a record of a grid ruled off record by record, its cells wrapped onto a line of their own
            prev = rows[-1]
            for c, low in enumerate(row):
                if not low.text.strip():
                    continue
                top = prev[c]
                prev[c] = low if not top.text.strip() else Cell(top.text + _glue(top.text, low.text.strip()), top.start, low.end, top.page)
            continue
        rows.append(row)
        told.append(k)
    return _continued_rows(rows) if case_first else rows


#: the longest last cell a padded bracketed note is read as part of: a result ("+", "Negative", "Weak, ~20% +")
_NOTED_CELL = 16


def _note_in_last_cell(raw: str, spans: list[tuple[int, int]] | None, n: int) -> list[tuple[int, int]] | None:
    """A space-aligned row with more cells than the header's ``n`` columns, its surplus a bracketed note padded off after
    the last cell (``padded_note_cell``: "ALK   5A4   1:50   +  (diffuse, cytoplasmic)"): the note is that cell's
    own part, so the row keeps the header's columns."""
    if spans is None or len(spans) <= n or "|" in raw or "\t" in raw:
        return spans
    note = layout("padded_note_cell")
    if not all(note.fullmatch(raw[a:b]) for a, b in spans[n:]) or spans[n - 1][1] - spans[n - 1][0] > _NOTED_CELL:
        return spans  # (a long cell before it: a row cut wrongly elsewhere, whose last cell the bracket is not a note of)
    return [*spans[: n - 1], (spans[n - 1][0], spans[-1][1])]


#: the fewest rules under records that make a grid ruled off record by record
_RULED_RECORDS = 2


def _breaks_cell(above: int, here: int, n: int, first: str) -> bool:
    """Do the cells a line printed (``here``) finish a row the line above left short (``above``), the two sharing the
    cell the line broke inside? So when together they print the header's ``n`` cells once, neither line prints them
    all, and the line does not open on a case number."""
    return 2 <= above < n and 2 <= here < n and above + here - 1 == n and not _DIGITS.fullmatch(first.strip())


def _continued_rows(rows: list[list[Cell]]) -> list[list[Cell]]:
    """``rows`` with each row wrapped onto the next line joined back: a row whose case cell is blank and most of whose
    filled cells visibly go on with the cells above (:func:`_goes_on`: "Jejunal" over "mesentery", "ALK+, SMA+," over
    "desmin-"). A blank-labelled row of its own ("First recurrence", "14") is left as it is."""
    out: list[list[Cell]] = []
    for row in rows:
        prev = out[-1] if out else None
        filled = [k for k, c in enumerate(row) if c.text.strip()]
        if prev is None or len(prev) < len(row):
            out.append(row)
            continue
        going_on = [k for k in filled if _goes_on(row[k].text, prev[k].text)]
        if (
            row[0].text.strip()
            or not prev[0].text.strip()
            or not filled
            or not all(prev[k].text.strip() and prev[k].start is not None for k in filled)
            or 2 * len(going_on) <= len(filled)
        ):
            out.append(row)
            continue
        for k in filled:
            top, low = prev[k], row[k]
            prev[k] = Cell(top.text + _glue(top.text, low.text.strip()), top.start, low.end, top.page)
    return out


def _glue(top: str, low: str) -> str:
    """The join of a wrapped cell's two lines: a word broken at a hyphen ("resec-" over "tion") closes up; a stain's
    minus sign ("desmin-" over "myogenin-", "CD34-" over "S100-") is a result, and the next line a new item."""
    first = low.split(maxsplit=1)[0] if low.split() else ""
    broken = layout("cell_word_broken_end").search(top) is not None and not layout("cell_item_signed_end").search(first)
    return low if broken else " " + low


def _goes_on(low: str, top: str) -> bool:
    """Does a cell printed under a blank case cell go on with the cell above it: its words open in lower case, in a
    bracket or on a joining sign ("+ RT" under "Excision"), or the cell above stops open (a list item closed with a
    semicolon, "Recurred 8 mo;", included)?"""
    low = low.strip()
    first = low[:1]
    opener = low.split(maxsplit=1)[0] if low else ""
    return (
        first.islower()
        or first == "("
        or (opener not in ("-", ",") and _JOINER.fullmatch(opener) is not None)
        or ends_open(top)
        or top.rstrip().endswith(";")
    )


def _blank_first_cells(lines: list[tuple[str, int]], spans: list[list[tuple[int, int]] | None]) -> None:
    """In a grid set with bars whose first line has no border bar before its first cell ("Case | Age | Site"), a line
    opening on a bar ("     |      | mesentery |") opens with an empty first cell, not a border: that cell is put
    back (``spans`` is changed in place), so the line's words stay under their own columns."""
    if not lines or "|" not in lines[0][0] or lines[0][0].lstrip(" ").startswith("|"):
        return
    for i, (raw, _) in enumerate(lines):
        sp = spans[i]
        bar = raw.find("|")
        if sp is None or bar < 0 or raw[:bar].strip() or (sp and sp[0][0] < bar):
            continue
        spans[i] = [(bar, bar), *sp]


def ends_open(cell: str) -> bool:
    """Does a cell's text stop open, to go on on the next line (an unclosed bracket, a comma, a conjunction)?"""
    return cell.count("(") > cell.count(")") or layout("cell_open_end").search(cell) is not None


def _wrapped_lines(lines: list[tuple[str, int]], spans: list[list[tuple[int, int]] | None]) -> set[int]:
    """Lines of a grid set with bars or tabs that carry no delimiter but go on with the cell above them, whose words end
    open ("positive (granular," over "cytoplasmic)": an unclosed bracket, a comma, a conjunction): each such line is given
    the spans of a row whose only filled cell stands in that column, the rest empty (``spans`` is filled in place; the
    returned set says which lines were so read). A line after a closed cell is left alone (it ends the grid)."""
    out: set[int] = set()
    for i in range(1, len(lines)):
        raw, prev, above = lines[i][0], lines[i - 1][0], spans[i - 1]
        if spans[i] is not None or "|" in raw or "\t" in raw or above is None or not ("|" in prev or "\t" in prev):
            continue
        filled = [k for k, (a, b) in enumerate(above) if b > a]
        if not filled or not ends_open(prev[above[filled[-1]][0] : above[filled[-1]][1]]):
            continue
        k = filled[-1]
        lead, end = len(raw) - len(raw.lstrip()), len(raw.rstrip())
        row = [(lead, lead)] * k + [(lead, end)] + [(end, end)] * (len(above) - k - 1)
        spans[i] = row
        out.add(i)
    return out


#: how far (characters) a cell may start from its column's start in a table aligned with spaces
_ALIGN_SLACK = 1
#: the most characters a wrapped cell's second line may be set in from its column's start
_WRAP_INDENT = 3


def _aligned_rows(
    doc: Document, lines: list[tuple[str, int]], n: int, cols: list[_Column] | None = None, wraps: bool = False
) -> list[list[Cell]] | None:
    """Rows of a table set in columns with spaces, one line a record, where a cell may touch the next one
    with a single space ("right hemicolect. NED, 36 mo"): each cell starts where its column's header
    starts (give or take a character), so a word that starts exactly at a column's start begins that
    column's cell. None unless every line fits that way (a record wrapped over lines, right-aligned or
    ragged columns: the grammars decide)."""
    head_raw, head_at = lines[0]
    spans = split_cells(head_raw)
    if spans is not None and len(spans) != n and cols is not None and len(cols) == n:
        # a header cut by wide gaps with a few names one space apart ("Pt Age/Sex Site   Size"): the columns start
        # where their names do
        spans = [(c.cell.start - head_at, min(c.cell.end - head_at, len(head_raw))) for c in cols]  # (a cell wrapped under it ends on its line)
        if any(a < 0 or b > len(head_raw) or a >= b for a, b in spans) or spans != sorted(spans):
            return None
    if spans is None or len(spans) != n or len(lines) < 3:
        return None
    starts = [a for a, _ in spans]
    header = [key(head_raw[a:b]) for a, b in spans]

    def column(x: int) -> int | None:
        near = [i for i, st in enumerate(starts) if abs(x - st) <= _ALIGN_SLACK]
        return near[0] if near else None

    def within(x: int) -> int | None:
        """The column whose width holds a wrapped line's word: a cell's second line set a few characters in from its
        column's start, as a PDF-to-text dump prints it ("Crizotinib for" over "  recurrence")."""
        at = column(x)
        if at is not None:
            return at
        inside = [i for i, st in enumerate(starts) if st < x and (i + 1 == len(starts) or x < starts[i + 1] - _ALIGN_SLACK)]
        return inside[-1] if inside and x - starts[inside[-1]] <= _WRAP_INDENT else None

    rows: list[list[Cell]] = []
    for raw, at in lines[1:]:
        cells = split_cells(raw)
        if cells is not None and [key(raw[a:b]) for a, b in cells] == header:
            continue  # the header repeated (a page break)
        lead = len(raw) - len(raw.lstrip())
        cells = cells or [(lead, len(raw.rstrip()))]
        # a record wrapped over lines: an indented line whose cells stand under later columns goes on with the last
        # record's cells (its first column left blank); its words may be set a little in from their column's start
        more = bool(rows) and (cols is not None or wraps) and lead > starts[0] + _ALIGN_SLACK and within(cells[0][0]) not in (None, 0)
        if column(cells[0][0]) != 0 and not more:
            return None
        if more:
            column_of = within
        else:
            column_of = column
        if not more and rows and all(_DIGITS.fullmatch(r[0].text) for r in rows) and not _DIGITS.fullmatch(
            raw[cells[0][0] : cells[0][1]].split()[0]
        ):
            break  # numbered records, then a line opening on words (a legend, the next heading): the grid has ended
        found: list[tuple[int, int, int]] = []  # (column, start, end)
        for a, b in cells:
            c = column_of(a)
            if (
                c is None and found and found[-1][0] == n - 1 and found[-1][2] - found[-1][1] <= _NOTED_CELL
                and layout("padded_note_cell").fullmatch(raw[a:b])
            ):
                found[-1] = (found[-1][0], found[-1][1], b)  # "+  (focal)": the last cell's note, padded off it
                continue
            if c is None or (found and c <= found[-1][0]):
                return None
            found.append((c, a, b))
            # a word of this cell starting right at a later column's start opens that column's cell
            for m in _RUN.finditer(raw, a, b):
                c2 = column(m.start())
                if m.start() > a and c2 is not None and c2 > found[-1][0] and raw[m.start() - 1] == " ":
                    c0, a0, _ = found[-1]
                    found[-1] = (c0, a0, len(raw[:m.start()].rstrip()))
                    found.append((c2, m.start(), b))
        if more:
            last = rows[-1]
            for c, a, b in found:
                old = last[c]
                last[c] = (
                    Cell(f"{old.text} {raw[a:b]}", old.start, at + b, old.page)
                    if old.text
                    else Cell(raw[a:b], at + a, at + b, doc.page_at(at + a))
                )
            continue
        row = [Cell("") for _ in range(n)]
        for c, a, b in found:
            row[c] = Cell(raw[a:b], at + a, at + b, doc.page_at(at + a))
        rows.append(row)
    return rows or None


#: the least indent (characters) of a header line that leaves a row-label column blank above it
_STUB_INDENT = 4


def _stub_rows(doc: Document, lines: list[tuple[str, int]], n: int) -> list[list[Cell]] | None:
    """Rows of a space-aligned table whose header leaves the first column blank: the header line is indented
    and every row opens, left of the header's first cell, with its label ("Child 2", "Case 1", "Pt 3"); that
    stub is one more column before the ``n`` named ones. None unless every row fits (as :func:`_aligned_rows`)."""
    head_raw, head_at = lines[0]
    spans = split_cells(head_raw)
    if spans is not None and len(spans) == n and ("|" in head_raw or "\t" in head_raw):
        # delimited: the header's blank first cell is dropped as a border; every row has one cell more
        cut = [split_cells(raw) for raw, _ in lines[1:]]
        label = value_pattern("case_label")
        if not cut or any(sp is None or len(sp) != n + 1 for sp in cut):
            return None
        if not all(label.fullmatch(raw[slice(*sp[0])]) for (raw, _), sp in zip(lines[1:], cut) if sp):
            return None  # the extra first cell must name the row's patient ("Case 2", "Pt 3")
        return [
            [Cell(raw[a:b], at + a, at + b, doc.page_at(at + a)) if b > a else Cell("") for a, b in sp]
            for (raw, at), sp in zip(lines[1:], cut)
            if sp is not None
        ]
    if spans is None or len(spans) != n or spans[0][0] < _STUB_INDENT or head_raw[: spans[0][0]].strip():
        return None
    label = value_pattern("case_label")
    wrapped = False
    for k, (raw, _) in enumerate(lines[1:]):
        lead = len(raw) - len(raw.lstrip())
        if lead < spans[0][0] - 1:
            continue
        if k == 0 or not label.fullmatch(" ".join(lines[1][0].split()[:2])):
            return None  # a row starting under the first named column: no label stub
        wrapped = True  # a labelled row's cell wrapped onto the next line ("Transverse" over "mesocolon")
    # the blank stub made visible, so the header line names n + 1 columns starting where the cells start
    marked = "\x00" + head_raw[1:]
    return _aligned_rows(doc, [(marked, head_at), *lines[1:]], n + 1, wraps=wrapped)


#: a transposed table names at least this many attributes the header synonyms know, over at least this many rows
_TRANSPOSED_KNOWN = 2
_TRANSPOSED_ROWS = 3


def _transposed(doc: Document, body: list[tuple[str, int]]) -> tuple[list[Cell], list[list[Cell]]] | None:
    """A series' own table printed with one column per patient and one row per attribute: a first line naming
    only numbered patients ("Patient 1   Patient 2", "Case 1 | Case 2"), over a blank or generic head of the
    attribute column ("Feature", "Parameter"), then lines opening on an attribute ("Age/sex   58/F   33/M",
    "Ki-67 | 2% | 9%"), a value wrapped onto a line of its own continuing the cell above it. Cells are placed by
    their column's start in a table set with spaces, by position in a delimited one (pipes, tabs). Turned round:
    a blank stub column over the patients' labels, the attributes as headers, one row per patient, every cell
    keeping its offsets. None for any other table."""
    if len(body) < 1 + _TRANSPOSED_ROWS:
        return None
    raw0, at0 = body[0]
    spans = split_cells(raw0)
    if spans is None:
        return _transposed_run_together(doc, body)
    label = value_pattern("column_case_label")  # "Case 2", "Case B", "P1"
    delimited = "|" in raw0 or "\t" in raw0
    head = raw0[: spans[0][0]]
    if not label.fullmatch(raw0[slice(*spans[0])]):  # a head over the attribute column ("Feature", or empty)
        if not layout("transposed_stub").fullmatch(raw0[slice(*spans[0])].strip()):
            return None
        spans = spans[1:]
    elif not delimited and (spans[0][0] < _STUB_INDENT or head.strip()):
        return None  # spaces only: the attribute column is the blank indent before the first patient
    if len(spans) < 2 or not all(label.fullmatch(raw0[a:b]) for a, b in spans):
        return None
    starts = [a for a, _ in spans]

    def column(x: int) -> int | None:
        return max((j for j, st in enumerate(starts) if st <= x + _ALIGN_SLACK), default=None)

    attrs: list[tuple[Cell, list[list[tuple[int, int, str]]]]] = []
    name_lead = 0  # the indent of the last attribute's name
    bare_bars = "|" in raw0 and not raw0.lstrip().startswith("|")
    for raw, at in body[1:]:
        lead = len(raw) - len(raw.lstrip())
        sp = split_cells(raw) or [(lead, len(raw.rstrip()))]
        if bare_bars and "|" in raw:
            sp = _bar_cells(raw, len(spans) + 1) or sp
        if delimited:
            if len(sp) != len(spans) + 1:
                return None
            name, values = sp[0], list(enumerate(sp[1:]))
            if name[1] > name[0]:
                cell = Cell(raw[slice(*name)], at + name[0], at + name[1], doc.page_at(at + name[0]))
                attrs.append((cell, [[] for _ in starts]))
            elif not attrs:
                return None
            for j, (a, b) in values:  # by position; an empty name continues the row above
                if b > a:
                    attrs[-1][1][j].append((at + a, at + b, raw[a:b]))
            continue
        if sp[0][0] < starts[0] - _ALIGN_SLACK:  # an attribute's row, its name first
            a, b = sp[0]
            if b > starts[0]:
                return None
            prev = attrs[-1][0] if attrs else None
            if prev is not None and prev.start is not None and lead > name_lead and ends_open(prev.text):
                # the rest of the name above wrapped onto an indented line ("Other IHC," over "  negative"), with the
                # rest of its values: one attribute
                attrs[-1] = (Cell(f"{prev.text} {raw[a:b]}", prev.start, at + b, prev.page), attrs[-1][1])
            else:
                attrs.append((Cell(raw[a:b], at + a, at + b, doc.page_at(at + a)), [[] for _ in starts]))
                name_lead = lead
            sp = sp[1:]
        elif not attrs:
            return None
        sp = [piece for a, b in sp for piece in _cut_at_columns(raw, a, b, starts)]
        for a, b in sp:  # values; a line of values alone continues the row above
            j = column(a)
            if j is None:
                return None
            attrs[-1][1][j].append((at + a, at + b, raw[a:b]))
    if len(attrs) < _TRANSPOSED_ROWS or sum(_column_of(c.text) is not None for c, _ in attrs) < _TRANSPOSED_KNOWN:
        return None
    header = [Cell(""), *(c for c, _ in attrs)]
    rows: list[list[Cell]] = []
    for j, (a, b) in enumerate(spans):
        row = [Cell(raw0[a:b], at0 + a, at0 + b, doc.page_at(at0 + a))]
        for _, cols in attrs:
            parts = cols[j]
            row.append(
                Cell(" ".join(t for _, _, t in parts), parts[0][0], parts[-1][1], doc.page_at(parts[0][0]))
                if parts
                else Cell("")
            )
        rows.append(row)
    return header, rows


def _cut_at_columns(raw: str, a: int, b: int, starts: list[int]) -> list[tuple[int, int]]:
    """A run of words set with single spaces that reaches into the next patient's column, one of its words opening
    exactly where that column starts ("myogenin, CD34 CD34" over columns at 26 and 41): cut there, one piece a
    column."""
    cuts = [st for st in starts if a < st < b and raw[st - 1] == " " and raw[st] != " "]
    bounds = [a, *cuts, b]
    return [(x, y - (y < b)) for x, y in zip(bounds, bounds[1:])]


def _bracket_depth(text: str) -> int:
    return text.count("(") - text.count(")")


def _value_groups(raw: str) -> list[tuple[int, int]]:
    """A line's words one space apart as cells: a word opening with a bracket joins the cell before it ("+ (focal)",
    "Mutant (diffuse strong)") and so does every word up to the one closing it."""
    groups: list[tuple[int, int]] = []
    depth = 0
    for m in re.finditer(r"\S+", raw):
        w = m.group()
        if groups and (depth > 0 or w.startswith("(")):
            groups[-1] = (groups[-1][0], m.end())
        else:
            groups.append((m.start(), m.end()))
        depth = max(0, depth + _bracket_depth(w))
    return groups


def transposed_head(line: str) -> bool:
    """The head of a table with one column per patient run together with single spaces: a head of the attribute column
    ("Variable", "Parameter") then numbered patients' labels alone ("Variable Case 1 Case 2 Case 3")."""
    labels = list(value_pattern("case_label").finditer(line))
    return (
        len(labels) >= 2
        and layout("transposed_stub").fullmatch(line[: labels[0].start()].strip()) is not None
        and not line[labels[-1].end() :].strip()
        and not any(line[a.end() : b.start()].strip() for a, b in zip(labels, labels[1:]))
    )


def _transposed_run_together(doc: Document, body: list[tuple[str, int]]) -> tuple[list[Cell], list[list[Cell]]] | None:
    """:func:`_transposed` for a PDF-to-text copy that runs the cells together with one space ("Marker Case 1 Case 2
    Case 3", "Desmin + + (focal) -", "Ki-67 5% 3% 10%"): the header line is the attribute column's head and the numbered
    patients' labels alone; each row's last words, one per patient (a bracket joining the word before it), are its
    values and the words before them the attribute, which the header synonyms or the stain names must know; a line
    closing a bracket left open goes on with the last cell above it. None at any line that does not fit."""
    raw0, at0 = body[0]
    label = value_pattern("case_label")
    labels = list(label.finditer(raw0))
    if len(labels) < 2 or not layout("transposed_stub").fullmatch(raw0[: labels[0].start()].strip()):
        return None
    if raw0[labels[-1].end() :].strip() or any(raw0[a.end() : b.start()].strip() for a, b in zip(labels, labels[1:])):
        return None
    n = len(labels)
    attrs: list[tuple[Cell, list[list[tuple[int, int, str]]]]] = []
    open_cell = False
    for raw, at in body[1:]:
        if open_cell:  # "strong)": the rest of a bracketed cell wrapped onto a line of its own
            a, b = len(raw) - len(raw.lstrip()), len(raw.rstrip())
            last = next((c for c in reversed(attrs[-1][1]) if c), None)
            if last is None:
                return None
            last.append((at + a, at + b, raw[a:b]))
            open_cell = _bracket_depth(" ".join(t for _, _, t in last)) > 0
            continue
        groups = _value_groups(raw)
        if len(groups) < n + 1:
            return None
        name = (groups[0][0], groups[-n - 1][1])
        text = raw[slice(*name)]
        if _column_of(text) is None and not names_marker(text):
            return None
        attrs.append((Cell(text, at + name[0], at + name[1], doc.page_at(at + name[0])), [[(at + a, at + b, raw[a:b])] for a, b in groups[-n:]]))
        open_cell = _bracket_depth(raw[groups[-1][0] : groups[-1][1]]) > 0
    if len(attrs) < _TRANSPOSED_ROWS or sum(_column_of(c.text) is not None for c, _ in attrs) < _TRANSPOSED_KNOWN:
        return None
    header = [Cell(""), *(c for c, _ in attrs)]
    rows: list[list[Cell]] = []
    for j, m in enumerate(labels):
        row = [Cell(m.group(), at0 + m.start(), at0 + m.end(), doc.page_at(at0 + m.start()))]
        for _, cols in attrs:
            parts = cols[j]
            row.append(Cell(" ".join(t for _, _, t in parts), parts[0][0], parts[-1][1], doc.page_at(parts[0][0])))
        rows.append(row)
    return header, rows


def _bar_cells(raw: str, n: int) -> list[tuple[int, int]] | None:
    """The ``n`` cells of a line of a table whose header has no border bars ("Feature | Patient 1 | Patient 2"): every
    bar is a cell border, so a line opening on one begins with an empty cell (" | | wrapped words": the rest of a cell
    above), and a line ending on one or short of cells leaves its last ones empty. None for a line of more cells."""
    cuts = [i for i, ch in enumerate(raw) if ch == "|"]
    bounds = [-1, *cuts, len(raw)]
    spans = []
    for a, b in zip(bounds, bounds[1:]):
        piece = raw[a + 1 : b]
        lead = len(piece) - len(piece.lstrip())
        spans.append((a + 1 + lead, a + 1 + lead + len(piece.strip())))
    while len(spans) > n and spans[-1][0] == spans[-1][1]:
        spans.pop()
    if len(spans) > n:
        return None
    end = len(raw.rstrip())
    return spans + [(end, end)] * (n - len(spans))


def turn_grid(table: Table) -> None:
    """A cell grid (JATS, web page, ruled PDF table) of a series' own table printed with one column per patient:
    a header naming only numbered patients after a blank or generic head of the attribute column ("", "Feature"),
    rows opening on attributes the header synonyms know ("Age/sex", "ALK IHC", "Ki-67"). Turned round in place
    like the text reader's :func:`_transposed`: a blank stub over the patients' labels, the attributes as headers,
    one row per patient, every cell keeping its offsets. Any other grid is left as it is."""
    head = table.header
    if len(head) < 3 or len(table.rows) < _TRANSPOSED_ROWS:
        return
    label = value_pattern("case_label")
    if not layout("transposed_stub").fullmatch(head[0].text.strip()):
        return
    if not all(label.fullmatch(c.text.strip()) for c in head[1:]):
        return
    if any(len(r) != len(head) for r in table.rows):
        return
    if sum(_column_of(r[0].text) is not None for r in table.rows) < _TRANSPOSED_KNOWN:
        return
    table.header = [Cell(""), *(r[0] for r in table.rows)]
    table.rows = [[head[j], *(r[j] for r in table.rows)] for j in range(1, len(head))]


def _legend_named(lines: list[list[_Tok]], legend: dict[str, str]) -> list[list[_Tok]]:
    """``lines`` with each word that names no column, but that the table's legend spells out as one ("Loc,
    location"), standing for that name (its offsets kept); every other word as it is."""
    names = {key(k): v for k, v in legend.items() if header_spec(k) is None and header_spec(v) is not None}
    if not names:
        return lines
    return [
        [replace(t, text=names[key(t.text)]) if key(t.text) in names else t for t in line]
        for line in lines
    ]


def _find_header(doc: Document, lines: list[list[_Tok]], g: Grammars | None = None) -> tuple[list[_Column], int, int, int] | None:
    """The first run of up to three lines that reads as a header; returns its columns, its
    first line, the line after it and how many of its lines are its cells' second lines printed under
    them (:func:`_under_header`; those lines come right before the rows)."""
    for i in range(len(lines)):
        best: tuple[list[_Column], int, int, int] | None = None
        if (
            i + 1 < len(lines)
            and _header_phrases(lines[i]) is None
            and (nxt := _header_phrases(lines[i + 1])) is not None
            and _over_header(lines[i + 1], nxt, lines[i])
        ):
            continue  # the first line of a header set at its foot: read with the header line below it
        for k in range(1, 4):
            toks = [t for line in lines[i : i + k] for t in line]
            if i + k > len(lines):
                break
            if k > 1 and lines[i + k - 1] and lines[i + k - 1][0].text.isdecimal():
                break  # a line opening on a bare number is a row under the header (its case number), never its second line
            if k > 1 and best is not None and _panel_row_under(best[0], lines[i + k - 1]):
                break  # "Marker | Result" over "ALK | Negative": a panel's first row, however header-like its words
            if k == 2 and (stacked := _stacked_order(lines[i], lines[i + 1])) is not None:
                toks = stacked  # "Case Age/ Site Follow-up" over "sex (months)": each lower word after the cell it ends
            ph = _header_phrases(toks)
            if ph is None and k == 1 and i > 0:
                # "Recur-   Meta-   Follow-" over "Case ... rence   stasis   up (mo)": the names complete only with
                # the words printed above them (a header set at its foot, its long names broken over two lines)
                ph = _named_with_over(toks, lines[i - 1])
            if ph is None:
                continue
            under = (
                (_under_bars(doc, toks, ph, lines[i + 1]) if i + 1 < len(lines) else None)
                or _under_header(toks, ph, lines[i + 1 : i + 1 + _HEADER_WRAP_LINES], g)
            ) if k == 1 else None
            if k == 1 and under is None and i + 1 < len(lines) and (cut := _cut_over_lower(toks, ph, lines[i + 1])):
                # "Case Age/   Site" over "     sex": two names one space apart, the lower word under the second
                under = _under_header(toks, cut, lines[i + 1 : i + 1 + _HEADER_WRAP_LINES], g, loose=True)
                if under is not None:
                    ph = cut
            over = _over_header(toks, ph, lines[i - 1]) if k == 1 and i > 0 else None
            if over:
                over = _over_completing(doc, toks, ph, over)
            cols = []
            for n, (a, b, spec) in enumerate(ph):
                span = (over[n] if over else []) + toks[a:b] + (under[0][n] if under else [])
                if over and over[n]:
                    # the cell's first line printed above it ("Follow-up" over "(months)", the header set at its foot)
                    spec = header_spec(_join(doc, span), once=True) or spec
                cell = Cell(_join(doc, span), span[0].start, span[-1].end, doc.page_at(span[0].start))
                if under and under[0][n]:
                    # the cell's second line may say more of its column ("Follow-up" over "(months)")
                    spec = header_spec(cell.text, once=True) or spec
                cols.append(
                    _Column(cell.text, spec.grammar if spec else "free", spec.field if spec else None, cell)
                )
            if under:
                return (cols, i, i + 1 + under[1], under[1])
            best = (cols, i, i + k, 0)
        if best:
            return best
    return None


def _over_completing(
    doc: Document, head: list[_Tok], ph: list[tuple[int, int, ColumnSpec | None]], over: list[list[_Tok]]
) -> list[list[_Tok]]:
    """The words over a header's cells, each moved to the next cell when that is the name it completes: a run printed
    over a cell that names its column alone ("Recurrence"), beside one that names none alone ("(mo)/status") but does
    with the run ("Follow-up (mo)/status"), belongs to that next cell (a long name set flush right over its column)."""
    out = [list(o) for o in over]
    for n in range(len(ph) - 1):
        (a, b, _), (a2, b2, _) = ph[n], ph[n + 1]
        if not out[n] or out[n + 1] or header_spec(_join(doc, head[a:b]), once=True) is None:
            continue
        if header_spec(_join(doc, head[a2:b2]), once=True) is None and header_spec(
            " ".join(t.text for t in (*out[n], *head[a2:b2])), once=True
        ) is not None:
            out[n + 1], out[n] = out[n], []
    return out


def _named_with_over(head: list[_Tok], above: list[_Tok]) -> list[tuple[int, int, ColumnSpec | None]] | None:
    """The columns of a header line cut by gaps whose cells name too few known columns alone but enough with the words
    the line above prints over them (:func:`_over_header`): one column a cell, each named by its two lines read as one
    ("Recur-" + "rence", "Time to" + "relapse"), as many known as a header needs (:func:`_header_phrases`)."""
    bounds = [0, *(j for j, t in enumerate(head) if j and t.gap_before), len(head)]
    cells = list(zip(bounds, bounds[1:]))
    over = _over_header(head, [(a, b, None) for a, b in cells], above)
    if over is None or not any(over):
        return None
    out: list[tuple[int, int, ColumnSpec | None]] = []
    known = total = 0
    for (a, b), top in zip(cells, over):
        spec = header_spec(" ".join(t.text for t in (*top, *head[a:b])))
        out.append((a, b, spec))
        total += len(top) + b - a
        known += len(top) + b - a if spec is not None else 0
    if sum(1 for _, _, sp in out if sp is not None) < 3 or known < 0.7 * total:
        return None
    return out


def _panel_row_under(cols: list[_Column], line: list[_Tok]) -> bool:
    """Is ``line``, under a one-line header of an antibody panel ("Immunohistochemical markers | Results"), the panel's
    first row: a line opening on a marker's name ("ALK | Negative"), never a second line of the header."""
    return bool(line) and any(c.field == "ihc_panel:antibody" for c in cols) and names_marker(line[0].text, once=True)


def _stacked_order(top: list[_Tok], low: list[_Tok]) -> list[_Tok] | None:
    """A header run together with single spaces over two lines, the lower line ending some of its cells ("Case Age/
    Site Treatment Follow-up Outcome" over "sex (months)"): the tokens with each lower word put after the cell it ends,
    in order: a word after the first cell left open ("Age/", "Immuno-") at or after the last place, a unit after the
    first cell whose name it completes ("Follow-up" + "(months)"). None when a lower word fits no cell so, when no
    cell was left open (units alone keep the printed order), or either line has column gaps (the layout places them)."""
    if not top or not low or any(t.gap_before for t in (*top, *low)) or len(low) >= len(top):
        return None
    after: list[list[_Tok]] = [[] for _ in top]
    p = 0
    idx = _header_index()
    for t in low:
        q = next((q for q in range(p, len(top)) if top[q].text.endswith(("/", "-")) and not after[q]), None)
        if q is None and _UNIT_TOKEN.match(t.text):
            q = next((q for q in range(p, len(top)) if not after[q] and key(f"{top[q].text} {t.text}") in idx), None)
        if q is None:
            return None
        after[q].append(t)
        p = q + 1
    if not any(after[q] and tok.text.endswith(("/", "-")) for q, tok in enumerate(top)):
        return None  # units alone under a header: read as before (the header's words in printed order)
    return [t for q, tok in enumerate(top) for t in (tok, *after[q])]


def _raw_cells(raw: str, sep: str, leading_border: bool) -> list[tuple[int, int]]:
    """Every cell of a line cut by ``sep`` (empty ones kept), without the border after the last cell, and without the
    one before the first when the table's rows have one (``leading_border``)."""
    bounds = [-1, *(i for i, ch in enumerate(raw) if ch == sep), len(raw)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        piece = raw[a + 1 : b]
        lead = len(piece) - len(piece.lstrip())
        out.append(_unemphasised(raw, a + 1 + lead, a + 1 + lead + len(piece.strip())))
    if len(out) > 1 and out[-1][0] == out[-1][1]:
        out.pop()
    if leading_border and len(out) > 1 and out[0][0] == out[0][1]:
        out.pop(0)
    return out


def _group_header(doc: Document, body: list[tuple[str, int]]) -> tuple[list[Cell], list[list[Cell]]] | None:
    """A header set with bars or tabs over two lines, its last cell a group heading over the sub-columns the second line
    names under it ("Case | Age | Site | Follow-up" over " | | | Months | Status"): one column each, named by the group
    and the sub-column ("Follow-up (months)", "Status": a sub-name that is a column of its own stands alone); the rows
    under it cut by position. None for any other table."""
    if len(body) < 3:
        return None
    r0, r1, r2 = (raw for raw, _ in body[:3])
    sep = "|" if "|" in r0 else "\t" if "\t" in r0 else None
    if sep is None or sep not in r1 or sep not in r2:
        return None
    border = r2.lstrip(" ").startswith(sep)
    c0, c1, c2 = (_raw_cells(r, sep, border) for r in (r0, r1, r2))
    at0, at1 = body[0][1], body[1][1]
    spanned = _spanned_groups(r0, r1, c0, c1, c2)
    merged = _merged_cells(r0, r1, sep, c0, c1, c2) if spanned is None else None
    if merged is not None:
        header = []
        for (a1, b1), (k, wide) in zip(c1, merged):
            top, sub = r0[slice(*c0[k])], r1[a1:b1]
            if wide:  # a sub-column under a merged heading ("ALK" under "IHC"), named as a group's sub-column
                header.append(Cell(_sub_column_name(top, sub), at1 + a1, at1 + b1, doc.page_at(at1 + a1)))
            else:  # a cell of its own, maybe wrapped onto the second line ("Size" over "(cm)")
                a, b = c0[k]
                header.append(Cell(f"{top} {sub}" if sub else top, at0 + a, at0 + b, doc.page_at(at0 + a)))
    elif spanned is not None:
        c1 = c1 + [(len(r1), len(r1))] * (len(c0) - len(c1))
        header: list[Cell] = []
        for (a, b), (a1, b1), group in zip(c0, c1, spanned):
            if group is None:
                header.append(Cell(r0[a:b], at0 + a, at0 + b, doc.page_at(at0 + a)))
            else:
                header.append(Cell(_sub_column_name(group, r1[a1:b1]), at1 + a1, at1 + b1, doc.page_at(at1 + a1)))
    else:
        last = len(c0) - 1
        if not 2 <= last < len(c1) or len(c1) != len(c2) or len(c1) - last < 2:
            return None
        if any(b > a for a, b in c1[:last]) or any(b == a for a, b in c1[last:]) or any(b == a for a, b in c0):
            return None
        group = r0[slice(*c0[last])]
        header = [Cell(r0[a:b], at0 + a, at0 + b, doc.page_at(at0 + a)) for a, b in c0[:last]]
        for a, b in c1[last:]:
            header.append(Cell(_sub_column_name(group, r1[a:b]), at1 + a, at1 + b, doc.page_at(at1 + a)))
    if _header_phrases(_tokens(" | ".join(c.text for c in header), 0, 0)) is None:
        return None
    n = len(header)
    rows: list[list[Cell]] = []
    for raw, at in body[2:]:
        if sep not in raw:
            return None
        cells = _raw_cells(raw, sep, border)
        if len(cells) != n:
            return None
        rows.append([Cell(raw[a:b], at + a, at + b, doc.page_at(at + a)) if b > a else Cell("") for a, b in cells])
    if merged is not None and getattr(header_spec(header[0].text), "field", None) == "case":
        rows = _continued_rows(rows)  # a drawn grid's record over two lines, its case cell blank on the second
    return header, rows


#: how far (characters) a bar of a merged header line may stand from the bar under it (hand-padded cells)
_MERGED_BAR_SLACK = 3


def _merged_cells(
    r0: str, r1: str, sep: str, c0: list[tuple[int, int]], c1: list[tuple[int, int]], c2: list[tuple[int, int]]
) -> list[tuple[int, bool]] | None:
    """A header drawn with bars over two lines whose first line merges cells: a heading printed once across the
    sub-columns the second line names under it, no bar between them ("|   IHC   |" over "| ALK | SMA |"), as a drawn
    grid or a pasted PDF table sets a spanning cell. Every bar of the first line stands where a bar of the second
    does, and the first row cuts as the second line. Per cell of the second line: the first line's cell over it, and
    whether that cell spans more than one (a group heading). None unless some cell is so merged, each merged heading
    is named and every sub-column under it too, and the first column is named above."""
    if sep != "|" or len(c1) <= len(c0) or len(c2) != len(c1) or c0[0][0] == c0[0][1]:
        return None
    bars0 = [i for i, ch in enumerate(r0.rstrip()) if ch == sep]
    bars1 = [i for i, ch in enumerate(r1.rstrip()) if ch == sep]
    if len(bars0) < 3 or len(bars1) <= len(bars0):
        return None
    # each bar of the first line over a bar of the second, in order, give or take a hand-padded character or two
    edges: list[int] = []
    for x in bars0:
        free = [y for y in bars1 if not edges or y > edges[-1]]
        y = min(free, key=lambda y: abs(y - x), default=None)
        if y is None or abs(y - x) > _MERGED_BAR_SLACK:
            return None
        edges.append(y)
    out: list[tuple[int, bool]] = []
    for a1, b1 in c1:
        left = sum(1 for e in edges if e < a1)  # bars of the first line left of the cell
        k = left - (1 if r0.lstrip(" ").startswith(sep) else 0)
        if not 0 <= k < len(c0):
            return None
        out.append((k, False))
    counts = [sum(1 for k, _ in out if k == j) for j in range(len(c0))]
    if any(c == 0 for c in counts) or all(c == 1 for c in counts):
        return None
    for i, (k, _) in enumerate(out):
        if counts[k] > 1:
            if c0[k][0] == c0[k][1] or c1[i][0] == c1[i][1]:
                return None  # a merged heading names its sub-columns, and each is named under it
            out[i] = (k, True)
    return out


#: the most marker | result pairs one line of a panel printed with no header holds ("Marker  Result  Marker  Result")
_HEADLESS_PAIRS = 3
#: the most words of a clone or dilution cell between a marker and its result ("D5F3", "1:100", "poly")
_ASIDE_WORDS = 2


def _panel_pairs(line: str) -> tuple[list[tuple[int, int]], tuple[str, ...]] | None:
    """The cells of a line that is a row of an antibody panel printed with no header, with the columns they are: cut
    into marker | result pairs (one, or up to three side by side; a blank pair at the end, the last line of a split
    panel, dropped), or one marker, its clone and/or dilution, then its result; each marker a vocabulary marker, each
    result a sign, a call or a share (``panel_result_cell``). None otherwise."""
    cells = split_cells(line)
    if cells is None:
        return None
    while len(cells) > 2 and cells[-1][0] == cells[-1][1] and (len(cells) % 2 or cells[-2][0] == cells[-2][1]):
        cells.pop()
    result = layout("panel_result_cell")
    texts = [line[a:b].strip() for a, b in cells]
    if len(cells) % 2 == 0 and len(cells) <= 2 * _HEADLESS_PAIRS and all(
        names_marker(m, once=True) and result.fullmatch(r) for m, r in zip(texts[::2], texts[1::2])
    ):
        return cells, ("Antibody", "Result") * (len(cells) // 2)
    asides, marker = texts[1:-1], named_marker(texts[0], once=True)
    if not 1 <= len(asides) <= 2 or marker is None or not result.fullmatch(texts[-1]):
        return None
    # a clone cell may itself name the marker ("D5F3" is ALK's, "MIB-1" Ki-67's), never another one
    if any(not t or len(t.split()) > _ASIDE_WORDS or result.fullmatch(t) or named_marker(t, once=True) not in (None, marker) for t in asides):
        return None
    names = tuple("Dilution" if layout("dilution_cell").fullmatch(t) else "Clone" for t in asides)
    return (cells, ("Antibody", *names, "Result")) if len(set(names)) == len(names) else None


def headless_panel_row(line: str) -> bool:
    """Is ``line`` a row of an antibody panel printed with no header ("ALK | Positive", "│ Desmin │ D33 │ + │", "ALK
    +   S100   –")? Such rows under a table's caption make a grid though no line names its columns."""
    return _panel_pairs(line) is not None


def _headless_panel(doc: Document, body: list[tuple[str, int]]) -> tuple[list[Cell], list[list[Cell]]] | None:
    """An antibody panel with no header row (its caption, "Table 2. Immunohistochemistry", says what it holds): 2+
    lines, each a row of marker | result pairs or of a marker, its clone or dilution and its result
    (:func:`_panel_pairs`), all of one kind. The header is the columns those cells are (printed nowhere: its cells
    carry no offsets); None otherwise."""
    if len(body) < 2:
        return None
    got = [_panel_pairs(raw) for raw, _ in body]
    if any(g is None for g in got):
        return None
    heads = max((g[1] for g in got if g is not None), key=len)
    if any(g is not None and heads[: len(g[1])] != g[1] for g in got):
        return None
    rows: list[list[Cell]] = []
    for (raw, at), g in zip(body, got):
        row = [Cell(raw[a:b], at + a, at + b, doc.page_at(at + a)) for a, b in (g[0] if g else ())]
        rows.append(row + [Cell("") for _ in range(len(heads) - len(row))])
    return [Cell(n) for n in heads], rows


def _labelled_cells(doc: Document, body: list[tuple[str, int]]) -> tuple[list[Cell], list[list[Cell]]] | None:
    """Rows cut by bars or tabs whose cells each carry their column's name before the value ("Case 1 | Age: 36 |
    Sex: Female | Site: Mesentery"), as a web table narrowed for a phone is copied: the names, the same on every row and
    each a known column, are the header, the values the cells; a first cell without a name ("Case 1") is the case
    column. None for any other table."""
    if len(body) < 2:
        return None
    sep = "|" if all("|" in raw for raw, _ in body) else "\t" if all("\t" in raw for raw, _ in body) else None
    if sep is None:
        return None
    border = body[0][0].lstrip(" ").startswith(sep)
    labelled = layout("labelled_cell")
    names: list[str] | None = None
    rows: list[list[Cell]] = []
    for raw, at in body:
        cells = _raw_cells(raw, sep, border)
        stub = None
        if cells and not labelled.match(raw[slice(*cells[0])]):
            stub, cells = cells[0], cells[1:]
        found = [labelled.match(raw[a:b]) for a, b in cells]
        if len(found) < 2 or any(m is None for m in found):
            return None
        these = [m.group("label").strip() for m in found if m is not None]
        if names is None:
            if any(header_spec(n) is None for n in these):
                return None
            names = these
        elif [key(n) for n in these] != [key(n) for n in names]:
            return None
        row = [Cell(raw[slice(*stub)], at + stub[0], at + stub[1], doc.page_at(at + stub[0]))] if stub else []
        for (a, _b), m in zip(cells, found):
            assert m is not None
            s, e = a + m.start("value"), a + m.end("value")
            row.append(Cell(raw[s:e], at + s, at + e, doc.page_at(at + s)))
        rows.append(row)
    assert names is not None
    stubs = {len(r) - len(names) for r in rows}
    if stubs not in ({0}, {1}):
        return None
    header = ([Cell("Case")] if stubs == {1} else []) + [Cell(n) for n in names]
    return header, rows


#: a block of keyed records names at least this many known columns, and this share of its names
_KEYED_KNOWN = 3
_KEYED_SHARE = 0.6


def _keyed_records(doc: Document, body: list[tuple[str, int]]) -> tuple[list[Cell], list[list[Cell]]] | None:
    """Per-patient records of name–value cells cut by bars, each record opening on its patient's label and wrapped
    over as many lines as it needs ("Case 2 | Age/sex: 61/M | Site: mesentery | ALK: + (D5F3," over "granular) |
    Tx: resection | F/U: 18 mo, AWD"), as a tumour board's summaries or a box of case notes print them: each record's
    lines are joined, cut at the bars, and every cell after the label carries its name before a colon (layout rule
    ``labelled_cell``). Records may name different things; the header is every name in the order first met (at
    least three known columns or markers, most of the names), each row holding its own values under them, the label
    under a "Case" column. A line set in columns without a bar inside a record (a page's running head) is skipped.
    None for any other table."""
    label = value_pattern("column_case_label")
    starts = [k for k, (raw, _) in enumerate(body) if "|" in raw and label.fullmatch(raw.split("|", 1)[0].strip())]
    if len(starts) < 2 or starts[0] != 0:
        return None
    labelled = layout("labelled_cell")
    records: list[list[tuple[str, int, int]]] = []  # per record, its cells: (text, start, end)
    offsets: list[list[int]] = []  # per record, the document offset of each character of its joined lines
    spans: list[list[tuple[int, int]]] = []  # per record, its cells' spans in the joined lines
    for a, b in zip(starts, [*starts[1:], len(body)]):
        chars: list[str] = []
        where: list[int] = []
        for raw, at in body[a:b]:
            if "|" not in raw and split_cells(raw) is not None:
                continue  # a running head or foot set in columns, printed inside the record at a page break
            text = raw.strip()
            lead = len(raw) - len(raw.lstrip())
            if chars:
                chars.append(" ")
                where.append(where[-1] + 1)
            chars.extend(text)
            where.extend(range(at + lead, at + lead + len(text)))
        joined = "".join(chars)
        cells: list[tuple[str, int, int]] = []
        for x, y in _raw_cells(joined, "|", False):
            if y > x:
                cells.append((joined[x:y], x, y))
        records.append([(t, where[x], where[y - 1] + 1) for t, x, y in cells])
        offsets.append(where)
        spans.append([(x, y) for _, x, y in cells])
    names: list[str] = []
    rows_by_name: list[dict[str, tuple[str, int, int]]] = []
    for cells, where, cuts in zip(records, offsets, spans):
        if len(cells) < 3:
            return None
        got: dict[str, tuple[str, int, int]] = {}
        for (text, _, end), (x, _) in zip(cells[1:], cuts[1:]):
            m = labelled.match(text)
            if m is None:
                return None
            name = " ".join(m.group("label").split())
            if key(name) not in {key(n) for n in names}:
                names.append(name)
            name = next(n for n in names if key(n) == key(name))
            if name in got:
                return None
            got[name] = (m.group("value"), where[x + m.start("value")], end)
        rows_by_name.append(got)
    known = sum(header_spec(n) is not None or names_marker(n) for n in names)
    if known < _KEYED_KNOWN or known < _KEYED_SHARE * len(names):
        return None
    header = [Cell("Case"), *(Cell(n) for n in names)]
    rows: list[list[Cell]] = []
    for cells, got in zip(records, rows_by_name):
        text, start, end = cells[0]
        row = [Cell(text, start, end, doc.page_at(start))]
        for n in names:
            v = got.get(n)
            row.append(Cell(v[0], v[1], v[2], doc.page_at(v[1])) if v else Cell(""))
        rows.append(row)
    return header, rows


def _sub_column_name(group: str, sub: str) -> str:
    """A sub-column's name under its group heading: the unit in brackets ("Follow-up (months)"); a marker alone under
    a heading of stains ("SMA" under "IHC"), else with the test's heading ("ALK FISH"); the sub-name alone when it is
    a column of its own ("Status"), else both ("Follow-up Status")."""
    if _UNIT_TOKEN.match(f"({sub})"):
        return f"{group} ({sub.lower()})"
    if names_marker(sub):
        spec = header_spec(group)
        # a stain under a heading of stains ("IHC", "Immunostains") is its own column; a gene under a test's heading
        # is that test's column for the gene ("ALK" under "FISH": ALK FISH; "ROS1" under "FISH": no ALK column)
        return sub if spec is None or spec.field.startswith("ihc") else f"{sub} {group}"
    return sub if header_spec(sub) else f"{group} {sub}"


def _spanned_groups(
    r0: str, r1: str, c0: list[tuple[int, int]], c1: list[tuple[int, int]], c2: list[tuple[int, int]]
) -> list[str | None] | None:
    """Group headings anywhere on a two-line header, each over blank cells it spans ("Case | Site | IHC | | | Molecular"
    over " | | ALK | SMA | Desmin | FISH"): per column, its group heading (the cell above it, or the nearest heading to
    its left over the blanks), or None for a column named on the first line alone (blank under it). None unless both
    lines and the first row cut into as many cells (blanks at the second line's end may go without their bars), the
    first line leaves a blank after a heading (else the second line is its cells wrapped, read elsewhere), every blank
    on the first line sits under a heading with a sub-name below, and the first cell is named above and blank below."""
    n = len(c0)
    c1 = c1 + [(len(r1), len(r1))] * (n - len(c1))  # blanks under the last columns, their bars left off
    if n < 3 or len(c1) != n or len(c2) != n or c0[0][0] == c0[0][1] or c1[0][0] != c1[0][1]:
        return None
    if all(b > a for a, b in c0):
        return None  # no heading spans a blank: a header's cells wrapped onto a second line ("ALK" over "status")
    out: list[str | None] = []
    group: str | None = None
    for (a, b), (a1, b1) in zip(c0, c1):
        top, sub = r0[a:b], r1[a1:b1]
        if top and not sub:
            group = None
            out.append(None)
        elif top:
            group = top
            out.append(top)
        elif sub and group is not None:
            out.append(group)
        else:
            return None
    return out


def _over_header(head: list[_Tok], ph: list[tuple[int, int, ColumnSpec | None]], above: list[_Tok]) -> list[list[_Tok]] | None:
    """The words a header set in columns with spaces prints on the line above it, each run over one of its cells (a
    header set at its foot, a long name's first line over the others: "Follow-up" over "(months)"): per column, the
    tokens to put before its cell. Every run of the line above must sit within one cell's width, at most one run a
    cell, each a few words with a letter; None otherwise (a caption, a line of prose, a row)."""
    if not above or len(ph) < 3 or any(not head[a].gap_before for a, _, _ in ph[1:]) or len({t.line for t in head}) != 1:
        return None
    starts = [head[a].x for a, _, _ in ph]
    runs: list[list[_Tok]] = []
    for t in above:
        if not runs or t.gap_before:
            runs.append([])
        runs[-1].append(t)
    if len(runs) > len(ph) - 1 or above[0].x < starts[1] - _ALIGN_SLACK:
        return None  # a header's first lines stand over some of its cells, never from the line's start
    out: list[list[_Tok]] = [[] for _ in ph]
    for run in runs:
        x0, x1 = run[0].x, run[-1].x + len(run[-1].text)
        c = max((k for k, st in enumerate(starts) if st - _ALIGN_SLACK <= x0), default=None)
        text = " ".join(t.text for t in run)
        if (
            c is None
            or out[c]
            or len(run) > _HEADER_WRAP_WORDS
            or (c + 1 < len(starts) and x1 > starts[c + 1] - 1)
            or not any(ch.isalpha() for ch in text)
        ):
            return None
        out[c] = run
    return out


#: the most lines under a header line that carry its cells' second lines ("ALK FISH" / "(break-" / "apart)")
_HEADER_WRAP_LINES = 3
#: the most words of one header cell's part printed under it ("(break-apart)", "(months)", "fusion")
_HEADER_WRAP_WORDS = 3


_BRACKETED_RUN = layout("bracketed_header_run")
#: a header cell's name that stops open ("Site within", "Time to"): the run under it finishes it, whatever it reads like
_HEADER_OPEN_END = layout("header_open_end")


def _line_of(doc: Document, tok: _Tok) -> str:
    """The printed line a token stands on."""
    at = tok.start - tok.x
    end = doc.text.find("\n", at)
    return doc.text[at : len(doc.text) if end < 0 else end]


def _under_bars(
    doc: Document, head: list[_Tok], ph: list[tuple[int, int, ColumnSpec | None]], below: list[_Tok]
) -> tuple[list[list[_Tok]], int] | None:
    """A header cut by bars or tabs whose units stand on a line of their own under it, cut the same way, one under
    each cell it ends ("| Age | Follow-up |" over "| (years) | (months) |"): per column the tokens to append, and the
    one line they fill. The line under it leaves the first cell blank and holds nothing but bracketed units and
    glosses; None otherwise (the rows' cells, or a header that is not cut so)."""
    if not head or not below or len({t.line for t in head}) != 1:
        return None
    top, low = _line_of(doc, head[0]), _line_of(doc, below[0])
    sep = next((c for c in "|\t" if c in top and c in low), None)
    cells_top, cells_low = split_cells(top), split_cells(low)
    if sep is None or cells_top is None or cells_low is None or not len(cells_top) == len(cells_low) == len(ph):
        return None
    if cells_low[0][1] > cells_low[0][0]:
        return None  # a row opens on its label
    texts = [low[a:b] for a, b in cells_low]
    if not any(texts) or not all(not t or _BRACKETED_RUN.fullmatch(t) or _UNIT_TOKEN.match(t) for t in texts):
        return None
    out: list[list[_Tok]] = [[t for t in below if a <= t.x < max(b, a + 1)] for a, b in cells_low]
    if sum(len(o) for o in out) != len(below):
        return None
    return out, 1


def _cut_over_lower(
    head: list[_Tok], ph: list[tuple[int, int, ColumnSpec | None]], below: list[_Tok]
) -> list[tuple[int, int, ColumnSpec | None]] | None:
    """A header set in columns with spaces where two names stand one space apart ("Case Age/   Site   Size"), the line
    under it finishing some of them ("     sex           (cm)"): a lower word starting right under a word inside a
    header cell (not its first) opens a column there. Each cut leaves a left part that names a column on its own and a
    right part that names one with the lower word ("Age/" + "sex"). None unless some cell is so cut."""
    if not below or len({t.line for t in head}) != 1 or len({t.line for t in below}) != 1:
        return None
    lower = {t.x: t for t in below}
    out: list[tuple[int, int, ColumnSpec | None]] = []
    cut = False
    for a, b, spec in ph:
        at = a
        for q in range(a + 1, b):
            w = lower.get(head[q].x)
            if w is None or head[q].gap_before:
                continue
            left = header_spec(" ".join(t.text for t in head[at:q]))
            right = header_spec(" ".join([*(t.text for t in head[q:b]), w.text]))
            if left is None or right is None:
                return None
            out.append((at, q, left))
            at, spec, cut = q, header_spec(" ".join(t.text for t in head[q:b])), True
        out.append((at, b, spec))
    return out if cut else None


def _under_header(
    head: list[_Tok],
    ph: list[tuple[int, int, ColumnSpec | None]],
    below: list[list[_Tok]],
    g: Grammars | None,
    loose: bool = False,
) -> tuple[list[list[_Tok]], int] | None:
    """The words a header set in columns with spaces prints on its next lines, each under one of its cells (a unit,
    a clone, the rest of a long name: "Size" / "(cm)", "ALK" / "(D5F3)"): per column, the tokens to append to its
    cell, and how many lines they fill. Such a line leaves the first column blank (a row opens with its label), puts
    at most one short run of words under each cell, each run with a letter and none fitting its column's grammar
    (a value, not a name); the first line that does not fit ends them. None when no line does."""
    if len(ph) < 3 or (not loose and any(not head[a].gap_before for a, _, _ in ph[1:])) or len({t.line for t in head}) != 1:
        return None  # (``loose``: a header cut by :func:`_cut_over_lower`, some names one space apart)
    if ph[0][2] is not None and ph[0][2].field in SPANNING_FIELDS:
        return None  # a spanning first cell may be printed lower down, beside the first row's other cells
    starts = [head[a].x for a, _, _ in ph]
    out: list[list[_Tok]] = [[] for _ in ph]
    n = 0
    for line in below:
        if not line:
            break
        runs: list[list[_Tok]] = []
        for t in line:
            if not runs or t.gap_before:
                runs.append([])
            runs[-1].append(t)
        placed: dict[int, list[_Tok]] = {}
        for run in runs:
            x0, x1 = run[0].x, run[-1].x + len(run[-1].text)
            c = max((k for k, st in enumerate(starts) if st - _ALIGN_SLACK <= x0), default=None)
            text = " ".join(t.text for t in run)
            spec = ph[c][2] if c is not None else None
            if (
                c is None
                or c == 0
                or c in placed
                or len(run) > _HEADER_WRAP_WORDS
                or (c + 1 < len(starts) and x1 > starts[c + 1] - 1)
                # a run with no letter is a value, unless it is the column's unit alone ("Ki-67" over "(%)")
                or not (any(ch.isalpha() for ch in text) or _UNIT_TOKEN.match(text))
                # a run in brackets is the name's unit or gloss ("(months)", "(follow-up, months)"), whatever a value
                # of the column may look like
                or (g is not None and spec is not None and spec.grammar != "free" and not _BRACKETED_RUN.fullmatch(text)
                    and g.fits(spec.grammar, text) and not _HEADER_OPEN_END.search(" ".join(t.text for t in head[ph[c][0] : ph[c][1]])))
            ):
                placed = {}
                break
            placed[c] = run
        if not placed:
            break
        n += 1
        for c, run in placed.items():
            out[c].extend(run)
    return (out, n) if n else None


def _fill_spans(cols: list[_Column], rows: list[list[Cell]]) -> None:
    """A spanning cell is printed once: rows without one take the cell above (top-aligned
    spans); rows before the first printed cell take the first one."""
    for c, col in enumerate(cols):
        if col.field not in SPANNING_FIELDS:
            continue
        last: Cell | None = None
        pending: list[int] = []
        for r, row in enumerate(rows):
            if row[c].text:
                last = row[c]
                for p in pending:
                    rows[p][c] = last
                pending = []
            elif last is not None:
                row[c] = last
            else:
                pending.append(r)


# -- delimited exports (a spreadsheet saved as CSV, TSV or semicolon-separated text) ----------------------------
#: the delimiters a spreadsheet export uses, in the order they are tried
EXPORT_DELIMITERS = ("\t", ";", ",")
#: the most words one header cell of an export holds ("Age at diagnosis (years)", "Adjuvant / later tx")
_EXPORT_HEADER_WORDS = 6
#: an export's header is one of a table region's first lines (after its caption, a legend, a group-heading line)
_EXPORT_HEAD_LINES = 4


def export_cells(line: str, delim: str) -> list[tuple[int, int]] | None:
    """Cell spans of one line of a delimited export, parsed by the ``csv`` module (a quoted cell may hold the
    delimiter: ``"Lung, right lower lobe"``); each span is the cell's value within ``line``, stripped, without its
    quotes (an empty cell is ``(k, k)``). None for a line the delimiter does not cut, or that csv cannot parse."""
    if delim not in line:
        return None
    try:
        values = next(csv.reader([line], delimiter=delim, skipinitialspace=True, strict=True))
    except (csv.Error, StopIteration):
        return None
    spans: list[tuple[int, int]] = []
    pos = 0
    for v in values:
        while pos < len(line) and line[pos] in " \t" and line[pos] != delim:
            pos += 1
        if pos < len(line) and line[pos] == '"':
            raw = v.replace('"', '""')
            at = line.find(raw, pos + 1)
            if at < 0:
                return None
            end = at + len(raw) + 1  # past the closing quote
        else:
            at = pos
            nxt = line.find(delim, pos)
            end = len(line) if nxt < 0 else nxt
            raw = line[at:end]
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        spans.append((at + lead, at + lead + len(stripped)))
        nxt = line.find(delim, end)
        pos = len(line) if nxt < 0 else nxt + 1
    return spans if len(spans) >= 2 else None


def _names_column(text: str) -> bool:
    t = text.strip()
    return bool(t) and len(t.split()) <= _EXPORT_HEADER_WORDS and (
        header_spec(t, once=True) is not None or names_marker(t, once=True) or key_once(t) in _short_headers()
    )


@cache
def _short_headers() -> frozenset[str]:
    """Short column names matched whole (``kind: "header"`` of ``patterns/table_legend.jsonl``: "Rec", "Met")."""
    return frozenset(key(a) for e in legend_entries() if e.kind == "header" for a in e.abbr)


@lru_cache(maxsize=1024)  # bounded, keyed by line: the text reader's scan, the grid's end and its group heading ask again
def export_header(line: str) -> tuple[str, int] | None:
    """(delimiter, number of columns) when ``line`` is the header of a delimited export: cut by a tab, semicolon or
    comma into 3+ short cells, at least three of them (and half of all) naming known columns; else None. Every comma
    line of a document is asked, so its cells are looked up uncached (``once``): a corpus's own words would otherwise
    fill the bounded caches of :func:`~eims_extract.normalize.key` / ``fold`` (+25 MB over 1,000 documents)."""
    for delim in EXPORT_DELIMITERS:
        if delim not in line:
            continue
        spans = export_cells(line, delim)
        if spans is None or len(spans) < 3:
            continue
        texts = [line[a:b] for a, b in spans]
        if any(len(t.split()) > _EXPORT_HEADER_WORDS for t in texts):
            continue
        known, unknown_left = 0, len(texts) // 2  # half of all must name a column: stop once more than half do not
        for t in texts:
            if _names_column(t):
                known += 1
            else:
                unknown_left -= 1
                if unknown_left < 0:
                    break
        if unknown_left < 0:
            continue
        # three named by a column synonym, not only marker names (a panel's row "SMA | 1A4 | positive" is no header)
        # a patient list's columns (case, age, sex, site, treatment, outcome ...), not an antibody panel's or lab grid's
        specs = [header_spec(t, once=True) for t in texts if t]
        named = sum(sp is not None and sp.summary for sp in specs)
        if known >= 3 and named >= 3 and known * 2 >= len(texts) and not any(sp and sp.field.startswith("ihc_panel") for sp in specs):
            if _labelled_record(texts):
                continue
            return delim, len(spans)
    return None


def _labelled_record(texts: list[str]) -> bool:
    """Are these cells one patient's record run onto a line, its fields named before their values ("Case 4: M/18;
    Mesentery; Size, cm: 11.7; Follow-up (mo): 46; Status: AWD."): two cells or more a known column's name, a colon and
    a value? A header names its columns without values."""
    named = 0
    for t in texts:
        f = sheet_field(t)
        if f is not None and _names_column(t[f[0][0] : f[0][1]]):
            named += 1
            if named >= 2:
                return True
    return False


def export_row(line: str, delim: str, n: int) -> bool:
    """Is ``line`` a data row of an export whose header has ``n`` columns cut by ``delim``?"""
    spans = export_cells(line, delim)
    return spans is not None and len(spans) == n


def group_heading(line: str, nxt: str) -> bool:
    """Is ``line`` a pasted spreadsheet's line of merged group headings ("Patient | Demographics | | Tumour | ...")
    over the header ``nxt``: cut by the header's delimiter, no more cells than it, and not itself a header?"""
    head = export_header(nxt)
    if head is None:
        return False
    spans = export_cells(line, head[0])
    below = export_cells(nxt, head[0]) or []
    # merged cells leave blank ones beside their heading: fewer headings than the header line below has names
    filled = sum(b > a for a, b in spans) if spans else 0
    return spans is not None and 2 <= len(spans) <= head[1] and filled >= 2 and any(b == a for a, b in spans) and filled < sum(
        b > a for a, b in below
    )


def export_legend(line: str) -> bool:
    """A legend line of an export, below or above its data ("Legend: ...", "Codes: S surgery, ...", "AUB, abnormal
    uterine bleeding; NA, not available.")."""
    return layout("export_legend_lead").match(fold(line)) is not None or looks_like_legend(line)


def _export_grid(doc: Document, located: list[tuple[str, int]]) -> tuple[list[Cell], list[list[Cell]], list[str]] | None:
    """A delimited export's header, rows and legend lines from a table's located raw lines: a header line
    (:func:`export_header`; a line of merged group headings above it lends its cells to the header's blank ones),
    the rows cut into as many cells, any other line a legend or caption (kept as footnotes). None when no line is
    such a header."""
    texts = [raw.strip(" \r\n") for raw, _ in located]
    h = next((i for i, t in enumerate(texts[:_EXPORT_HEAD_LINES]) if export_header(t) is not None), None)
    if h is None:
        return None
    if h + 1 < len(texts) and group_heading(texts[h], texts[h + 1]):
        h += 1  # the group headings named known columns too ("Patient", "Outcome"): the header is the line below
    delim, n = export_header(texts[h])  # type: ignore[misc]
    if delim == "\t" and not (h > 0 and group_heading(texts[h - 1], texts[h])):
        return None  # a grid set with tabs alone is read as before (wrapped cells, page breaks: fill_text_table)

    def cells(i: int) -> list[Cell]:
        raw, at = located[i]
        lead = len(raw) - len(raw.lstrip(" \r\n"))
        s = raw.strip(" \r\n")
        return [
            Cell(s[a:b], at + lead + a, at + lead + b, doc.page_at(at + lead + a)) if b > a else Cell("")
            for a, b in export_cells(s, delim) or []
        ]

    header = cells(h)
    grouped = h > 0 and group_heading(texts[h - 1], texts[h])
    if grouped:
        group = ""
        groups = cells(h - 1)
        for k in range(len(header)):
            c = groups[k] if k < len(groups) else Cell("")
            group = c.text or group  # a merged heading covers the columns up to the next one
            if c.text and not header[k].text:
                header[k] = c
            elif group and header[k].text and not _names_column(header[k].text) and _names_column(f"{group} {header[k].text}"):
                # "Primary" under "Treatment": the column named by its group and its own name
                header[k] = Cell(f"{group} {header[k].text}")
    rows: list[list[Cell]] = []
    rest: list[str] = []
    for i in range(h + 1, len(located)):
        if export_row(texts[i], delim, n) and not export_legend(texts[i]):
            rows.append(cells(i))
        else:
            rest.append(texts[i])
    if not rows:
        return None
    before = texts[: h - 1] if grouped else texts[:h]
    return header, rows, [t for t in rest + before if export_legend(t)]


# -- data sheets (one patient's fields, one per line) -------------------------------------------------------------
#: the most words of a data sheet's field name ("Age at diagnosis (years)", "Follow-up (months from diagnosis)")
_SHEET_KEY_WORDS = 6
#: a data sheet names at least this many fields, at least three of them known columns
_SHEET_MIN_FIELDS = 4


def sheet_field(line: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (name, value) spans of a data sheet's line ("Sex: M", "Age at surgery ...... 38 months"), else None."""
    m = layout("sheet_field_line").fullmatch(line)
    if m is None or len(m.group("key").split()) > _SHEET_KEY_WORDS or not m.group("value").strip():
        return None
    return m.span("key"), m.span("value")


def sheet_heading(line: str, plain: bool = False) -> str | None:
    """The label of a data sheet's heading line ("=== Patient H ===" -> "Patient H"), else None; ``plain``: a plain
    heading naming one patient ("Patient 2") too, a sheet's heading only over field lines that all name known columns
    (:func:`plain_sheet_heading`)."""
    m = layout("sheet_heading").fullmatch(line) or (layout("sheet_case_heading").fullmatch(line) if plain else None)
    return m.group("label").strip() if m else None


def sheet_key_known(key_text: str) -> bool:
    """Does a data sheet's field name name a known column (its name whole, or with its details in brackets dropped)?"""
    t = key_text.strip()
    return _names_column(t) or _names_column(value_pattern("bracketed_detail").sub("", t)) or _names_column(value_pattern("trailing_number").sub("", t))


def is_data_sheet(lines: list[str], every_key: bool = False) -> bool:
    """Are ``lines`` a data sheet's fields: 4+ lines of one field each, 3+ of them known columns (``every_key``: all of
    them, for fields under a plain heading such as "Patient 2", which prose may open too)?"""
    fields = [sheet_field(s) for s in lines]
    if len(lines) < _SHEET_MIN_FIELDS or any(f is None for f in fields):
        return False
    known = sum(sheet_key_known(s[f[0][0] : f[0][1]]) for s, f in zip(lines, fields) if f)
    return known == len(lines) if every_key else known >= 3


def plain_sheet_heading(line: str) -> bool:
    """Is ``line`` a plain heading naming one patient ("Patient 2", "Case 3:"), not one set between rule characters?"""
    return layout("sheet_heading").fullmatch(line) is None and layout("sheet_case_heading").fullmatch(line) is not None


def _sheet_grid(doc: Document, located: list[tuple[str, int]]) -> tuple[list[Cell], list[list[Cell]]] | None:
    """One patient's data sheet as a table of one row: its field names the header, its values the row (a name and a
    value that pair two fields with a slash, "SMA / desmin ..... + / -", two columns); the sheet's heading, when it
    has one, the row's label under a "Case" column."""
    texts = [raw.strip() for raw, _ in located]
    label = sheet_heading(texts[0], plain=True) if texts else None
    body = located[1:] if label is not None else located
    if not is_data_sheet([raw.strip() for raw, _ in body], label is not None and plain_sheet_heading(texts[0])):
        return None

    def cell(i: int, a: int, b: int) -> Cell:
        raw, at = located[i]
        lead = len(raw) - len(raw.lstrip())
        return Cell(raw.strip()[a:b], at + lead + a, at + lead + b, doc.page_at(at + lead + a))

    header: list[Cell] = []
    row: list[Cell] = []
    if label is not None:
        raw0 = texts[0]
        a = raw0.find(label)
        header.append(Cell("Case"))
        row.append(cell(0, a, a + len(label)))
    first = 1 if label is not None else 0
    for i in range(first, len(located)):
        s = texts[i]
        (ka, kb), (va, vb) = sheet_field(s)  # type: ignore[misc]
        keys, vals = _pairs(s, ka, kb), _pairs(s, va, vb)
        if len(keys) > 1 and len(keys) == len(vals):
            for (a, b), (c, d) in zip(keys, vals):
                header.append(cell(i, a, b))
                row.append(cell(i, c, d))
        else:
            header.append(cell(i, ka, kb))
            row.append(cell(i, va, vb))
    return header, [row]


def _pairs(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """The parts of ``s[a:b]`` between " / " (spans, stripped)."""
    out: list[tuple[int, int]] = []
    pos = a
    for part in s[a:b].split(" / "):
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + lead + len(part.strip())))
        pos += len(part) + 3
    return out
