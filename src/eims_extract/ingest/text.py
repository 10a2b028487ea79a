"""Plain-text case reports (PDF-to-text dumps, pasted text, web scrapes) → :class:`Document`.

Two shapes of input are told apart by statistics, not by wording:

* *wrapped* text (a PDF's text layer): most prose lines end mid-sentence.
  Lines are joined into paragraphs; line-end hyphenation is undone where the
  document or the vocabularies know the joined word (``assemble.dehyphenate``,
  shared with the PDF reader), otherwise the hyphen is kept; blank lines count as paragraph breaks only when they
  are rarer than text lines (a dump with a blank line after every line has
  meaningless blanks). Running footers (patterns in ``patterns/sections.jsonl``
  plus any short line repeated with different page numbers) and the rotated
  debris split from them are dropped; the footer's number gives the page
  (text after footer *n* is on page *n+1*).
  Figure/table captions and table text interleaved with the body are moved
  out of the body flow; the body resumes at the first prose line of body
  width that continues the interrupted sentence (lower-case start when that
  sentence was cut off), so the interrupted sentence is stitched back.
* *one paragraph per line* (pasted text, scrapes): every line is a paragraph,
  except a table region: a "Table n" caption line, then grid-like lines (cells
  apart by ``|``, tabs or space runs, or a header naming known columns) up to
  the first finished prose sentence or heading, plus a legend line after them.

Sections come from heading lines (``sections.classify_heading``); see
``assemble`` for front matter and the synthetic ``case`` section used when a
document has no case heading (then the whole body is case-eligible).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import IngestError
from ..prefilter import char_gate
from ..rules import layout, value_pattern
from .encoding import detect_and_decode
from .assemble import (
    Caption,
    Line,
    Para,
    PendingTable,
    assemble,
    dehyphenate,
    dehyphenate_inline,
    is_author_line,
    joins_without_space,
)
from .language import language_turn, lines_counts, other_language_words
from .model import Document
from .tables import bulleted_cell_line, headless_panel_row, code_legend, mid_flat_record, plain_sheet_heading, ends_open, marked_note, export_cells, export_header, footnote_line, is_data_sheet, sheet_field, sheet_heading, export_legend, export_row, group_heading, header_spec, is_header_line, looks_like_legend, opens_with_legend, split_cells, spelled_out_code, rows_legend, symbol_legend, symbol_note, transposed_head
from .sections import (
    HEADING_KINDS,
    Heading,
    caption_start,
    classify_heading,
    is_continued,
    is_furniture,
    numbered_heading,
    split_glued_labels,
    split_inline_heading,
    table_id,
)

_TERMINAL = layout("sentence_end")
_FOOTER_NUM_TRAIL = layout("footer_name_number")
_FOOTER_DATE_YEAR = layout("footer_date_year")
#: "142      J Rare Sarcoma Rep 2023" on even pages: the number first, set apart by a wide gap
_FOOTER_NUM_LEAD = layout("footer_number_name")


#: a horizontal rule drawn with underscores, dashes or equals signs (a page break in plain-text renderings)
_RULE_LINE = layout("text_rule_line")
_TABLE_RULE = layout("table_rule_line")
_LEADER_FIELD = layout("leader_field_line")
_KEY_VALUE = layout("key_value_line")
_BULLET = layout("bullet_line")
_RESULT_LIST = layout("result_list_line")
_PANEL_RESULT = layout("panel_result_line")
_NOTE_FIELD = layout("note_field_line")
_LABEL_ALONE = layout("label_alone_line")


_WIDE_GAP_NUM = layout("wide_gap_number")
#: "Wielgat et al.   Sequential ALK inhibition   142": a running head printed once, told by its wide gaps
_ETAL_HEAD = layout("running_head_et_al_gap")
_CITATION_FOOT = layout("citation_foot")
_CITATION_TAIL = layout("citation_foot_tail")
_ETAL_PAGE_HEAD = layout("running_head_page_et_al")


def _opening(raw: str) -> str | None:
    """The first four words of a line, lower-cased (None for shorter lines)."""
    words = raw.split()
    return " ".join(words[:4]).lower() if len(words) >= 5 else None


def _footer_num(raw: str) -> re.Match[str] | None:
    """A running header/footer line read as (name, page number), number last or first."""
    s = raw.strip()
    # the page number is the line's last or first printed character: a line that neither ends nor
    # begins with a digit is answered without trying the patterns (most lines)
    if not s or not (s[-1].isdecimal() or s[0].isdecimal()):
        return None
    return _FOOTER_NUM_TRAIL.match(raw) or _FOOTER_NUM_LEAD.match(raw)
_WORD = layout("prose_word")
_TABLE_GLYPHS = layout("table_glyphs")


def decode(data: bytes) -> str:
    """The file's text (encoding detected, see ``encoding``), newlines normalised."""
    return decode_text(data)[0]


def decode_text(data: bytes, keep_form_feeds: bool = False) -> tuple[str, str]:
    """``(text, encoding used)``: BOMs, UTF-16 without a BOM, UTF-8, then a detector; NFC,
    newlines normalised (form feeds too, unless ``keep_form_feeds``: the page breaks of a dump);
    empty or letterless files refused."""
    text, encoding = detect_and_decode(data)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if not keep_form_feeds:
        text = text.replace("\f", "\n")
    if not text.strip():
        raise IngestError("empty file")
    if not any(ch.isalpha() for ch in text):
        raise IngestError("no letters in file: not a text case report")
    return text, encoding


#: a vertical box-drawing stroke set between a table's cells
_BOX_BAR = layout("box_drawing_bar")


def box_bars_as_pipes(text: str) -> str:
    """A grid drawn with box strokes ("│ ALK │ + │" between "┌──┬──┐" rules: a layout-keeping PDF-to-text dump, a web
    page's text table) cuts its cells where a typed grid prints "|": its vertical strokes are read as bars, one
    character for one, so every reader of barred rows reads it (the rules, all box strokes, stay rules)."""
    return _BOX_BAR.sub("|", text) if _BOX_BAR.search(text) else text


#: a line number in the left margin of a preprint or author manuscript, with the gap after it
_LINE_NUMBER = layout("line_number_margin")
_LINE_NUMBER_RIGHT = layout("line_number_right_margin")
#: candidates of each side counted over a whole text at once, each scan opening on a literal (a newline, a wide gap)
#: so the engine skips ahead (the first and last lines are left out of the count)
_LEFT_SCAN = layout("line_number_scan_left")
_RIGHT_SCANS = (layout("line_number_scan_right_spaces"), layout("line_number_scan_right_tab"))
_LONE_SCAN = layout("line_number_scan_lone")
#: how many margin numbers a chain needs before it is read as layout: every line numbered / every n-th line
_MIN_CHAIN_EVERY_LINE = 5
_MIN_CHAIN_EVERY_NTH = 3
#: the most lines a chain may skip between two numbers (every fifth or tenth line numbered, a figure between)
_MAX_CHAIN_GAP = 10


def _stepping(numbers: list[str], lines: int) -> bool:
    """The numbers found in a text's order may be a margin's: those that step up by a few over the one before span
    (by their steps) close to half of the text's ``lines`` at least, as a margin over half the lines must (a table's
    case numbers 1 to 52 span 52 lines of a long report; a number opening a line between two margin numbers
    breaks a step or two, hence the slack)."""
    nums = [int(x) for x in numbers]
    return sum(b - a for a, b in zip(nums, nums[1:]) if 0 < b - a <= _MAX_CHAIN_GAP) >= 0.4 * lines - 2 * _MAX_CHAIN_GAP


def _line_number_chains(lines: list[str], side: str = "left") -> tuple[list[list[tuple[int, int, int, int]]], int]:
    """Chains of line numbers that count the lines: each member is (line index, ordinal among the text lines,
    number, where the number's cut starts or ends), ``side`` saying where the numbers stand: "left" (opening the
    line: the cut ends after the number and its gap), "right" (ending the line after a wide gap: the cut starts
    at the gap) or "lone" (a line of its own before the line it numbers, a margin dumped line by line: the last
    item is the numbered line's index). Returns the chains and the count of text lines."""
    cands: list[tuple[int, int, int, int]] = []
    lone: list[tuple[int, int]] = []
    n = 0
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s:
            continue
        if side == "lone" and s.isdecimal() and len(s) <= 4:
            lone.append((i, int(s)))
            continue
        for j, num in lone:  # the lone numbers just before number this line
            cands.append((j, n + 1, num, i))
        lone = []
        n += 1
        if side == "left" and s[:1].isdigit() and (m := _LINE_NUMBER.match(ln)) is not None:
            cands.append((i, n, int(m.group(1)), m.end()))
        elif side == "right" and s[-1:].isdigit() and (m := _LINE_NUMBER_RIGHT.search(ln)) is not None:
            cands.append((i, n, int(m.group(1)), m.start()))
    return counting_chains(cands), n


def counting_chains(cands: list[tuple]) -> list[list[tuple]]:
    """Candidates ``(key, ordinal of the line, number, ...)`` in reading order grouped into chains whose numbers
    count the lines: two successive members' numbers differ by as many lines as lie between them."""
    chains: list[list[tuple]] = []
    for c in cands:
        n = c[1]
        for ch in reversed(chains):  # the most recent chain this number continues, else a new one
            last = ch[-1]
            if 0 < n - last[1] <= _MAX_CHAIN_GAP and c[2] - last[2] == n - last[1]:
                ch.append(c)
                break
        else:
            chains.append([c])
    return chains


def _margin_chain(ch: list[tuple], rest: Callable[[tuple], str]) -> bool:
    """A chain of numbers is a margin of line numbers: every line numbered (five or more), or every n-th line
    with numbers that are multiples of n (three or more); and most numbered lines read as text after their
    number (``rest``: a table's row numbers are cells, not layout)."""
    gaps = {b[1] - a[1] for a, b in zip(ch, ch[1:])}
    if not gaps:
        return False
    step = min(gaps)
    if any(g % step for g in gaps):
        return False
    if step == 1:
        if len(ch) < _MIN_CHAIN_EVERY_LINE:
            return False
    elif len(ch) < _MIN_CHAIN_EVERY_NTH or any(c[2] % step for c in ch):
        return False
    rests = [rest(c).strip() for c in ch]
    return sum(1 for r in rests if not r or is_prose(r, 2)) >= 0.6 * len(rests)


def margin_numbers(chains: list[list[tuple]], n: int, rest: Callable[[tuple], str]) -> list[list[tuple]]:
    """The chains that are a margin of line numbers (see :func:`_margin_chain`), when together they span at least
    half of the ``n`` lines; else none."""
    margin = [ch for ch in chains if len(ch) >= _MIN_CHAIN_EVERY_NTH and _margin_chain(ch, rest)]
    if not margin or sum(ch[-1][1] - ch[0][1] + 1 for ch in margin) < 0.5 * n:
        return []
    return margin


def strip_line_numbers(text: str) -> str:
    """``text`` without the line numbers a preprint or author manuscript prints in its left margin (at every line,
    every fifth line, right-aligned in a column; blank lines between the numbered lines or not), so its sentences,
    headings and lists read as if the numbers were not there. The numbers are layout only when they count the
    document's lines (see :func:`_line_number_chains`) over at least half of them; a number that opens a line
    and does not count the lines (a date, a dose, a size, a table's cell, "14 February") stays. The other lines
    lose the margin's indentation (at most its width). The document's text is built from these lines, as it is
    from a PDF's lines without their page numbers. Numbers at the right end of the lines after a wide gap, and numbers on
    lines of their own each before the line it numbers (a margin dumped line by line), go the same way."""
    head = text.split("\n", 40)[:40]
    if not any(ln.lstrip(" \t\f")[:1].isdigit() or ln.rstrip()[-1:].isdigit() for ln in head):
        return text  # no line of the first forty opens or ends on a digit: no margin of numbers (most documents)
    # a side whose candidates (one fast scan each, on the newline before or after the number) cannot step over half
    # the lines is not tried line by line
    n_lines = text.count("\n") - text.count("\n\n")  # about the non-blank lines
    lines = text.split("\n")
    margin = []
    if _stepping(_LEFT_SCAN.findall(text), n_lines):
        chains, n = _line_number_chains(lines)
        margin = margin_numbers(chains, n, lambda c: lines[c[0]][c[3] :])
    if not margin:
        if any(_stepping(rx.findall(text), n_lines) for rx in _RIGHT_SCANS):
            chains, n = _line_number_chains(lines, "right")
            margin = margin_numbers(chains, n, lambda c: lines[c[0]][: c[3]])
            if margin:  # "text ...      12": the gap and the number go
                cuts = {i: start for ch in margin for i, _, _, start in ch}
                return "\n".join(ln[: cuts[i]] if i in cuts else ln for i, ln in enumerate(lines))
        if _stepping(_LONE_SCAN.findall(text), n_lines):
            chains, n = _line_number_chains(lines, "lone")
            margin = margin_numbers(chains, n, lambda c: lines[c[3]])
            if margin:  # "12" on a line of its own before the line it numbers: the line goes
                gone = {c[0] for ch in margin for c in ch}
                return "\n".join(ln for i, ln in enumerate(lines) if i not in gone)
        return text
    ends = {i: end for ch in margin for i, _, _, end in ch}
    col = statistics.mode(ends.values())
    out = []
    for i, ln in enumerate(lines):
        end = ends.get(i)
        if end is None:  # an unnumbered line: at most the margin's width of indentation goes
            lead = len(ln) - len(ln.lstrip(" \t\f"))
            end = min(lead, col)
        out.append("\f" * ln.count("\f", 0, end) + ln[end:])
    return "\n".join(out)


#: the longest median line of running text that can still be a typeset column (wrapped lines)
MAX_COLUMN_CHARS = 160


#: classes of characters every match of those patterns holds: a line without one is answered by one
#: fast scan (both patterns open with alternations the regex engine tries at every position)
_TERMINAL_CHARS = char_gate(_TERMINAL)
_GLYPH_CHARS = char_gate(_TABLE_GLYPHS)


@lru_cache(maxsize=8192)  # bounded: keyed by line; the region, paragraph and statistics passes ask per line
def ends_sentence(s: str) -> bool:
    s = s.rstrip()
    if _TERMINAL_CHARS is not None and _TERMINAL_CHARS.search(s) is None:
        return False
    return bool(_TERMINAL.search(s))


@lru_cache(maxsize=8192)  # bounded: keyed by line; the region, paragraph and statistics passes ask per line
def is_prose(s: str, min_words: int = 4) -> bool:
    """Mostly ordinary words, no table glyphs: a line of running text."""
    words = s.split()
    if len(words) < min_words or ((_GLYPH_CHARS is None or _GLYPH_CHARS.search(s)) and _TABLE_GLYPHS.search(s)):
        return False
    return len(list(filter(None, map(_WORD.match, words)))) / len(words) >= 0.75  # the count, in C


@dataclass(slots=True)
class _Src:
    idx: int
    raw: str
    page: int | None = None
    furniture: bool = False
    s: str = field(init=False, repr=False, compare=False)  # ``raw`` stripped, asked for ~700 times a page

    def __post_init__(self) -> None:
        self.s = self.raw.strip()


@dataclass
class _Item:
    kind: str  # figure | table
    num: str
    lines: list[_Src] = field(default_factory=list)
    continues: bool = False
    flat: bool = False  # its header printed one column name per line: every cell is a line of its own
    bare: bool = False  # a grid under no "Table n" caption: its first line is its header, not a caption
    foot: bool = False  # its legend has begun under the rows: only more of the legend may follow


#: the first printed lines of a dump that name the journal and the authors (its citation line, its byline)
_FRONT_LINES = 12
_HEAD_MAX_WORDS = 14
_TOKEN = layout("running_head_token")
_PAGE_EDGE = layout("running_head_page_edge")
#: a word that opens on a lower-case letter, but the small words of a journal's name and "et al.": no running head
_HEAD_LOWER_WORD = layout("running_head_lower_word")


def _front_running_heads(nb: list[_Src]) -> set[int]:
    """Running heads printed once that repeat the first page's front matter: a short single-spaced title-cased line with
    a number (volume, year, page) that opens on the first three words of one of the first lines (the journal's
    citation line: "Head Neck Pathol Clin 2024 · 6(2) 147" under "Head Neck Pathol Clin 2024 · 6(2) · 145-150"), or
    that names "X et al." with X a surname of the byline ("RMCR 12 (2025) 101877 A. Okafor et al."). Before, such a
    line was read into the sentence it interrupts or into the paragraph after it."""
    front = nb[:_FRONT_LINES]
    if len(nb) <= _FRONT_LINES:
        return set()
    openings = set()
    front_words: set[str] = set()
    for x in front:
        toks = _TOKEN.findall(x.s.lower())
        if len(toks) >= 3:
            openings.add(tuple(toks[:3]))
        front_words.update(t for t in toks if not t.isdigit())
    out: set[int] = set()
    for x in nb[_FRONT_LINES:]:
        s = x.s
        if "  " in s and (s[0].isdigit() or s[-1].isdigit()):
            s = _PAGE_EDGE.sub("", s)  # "212      Journal 2023; 11(4)": the page number beside the head is no part of it
        if (
            _HEAD_LOWER_WORD.search(s) is not None  # most lines: a lower-case word at their second word
            or "  " in s
            or "|" in s
            or "\t" in s
            or len(s.split()) > _HEAD_MAX_WORDS
            or not any(c in s for c in "0123456789")
            or caption_start(s)
            or _heading(s)
        ):
            continue
        toks = _TOKEN.findall(s.lower())
        if tuple(toks[:3]) in openings:
            out.add(id(x))
            continue
        etal = layout("running_head_byline_et_al").search(s)
        if etal is not None and set(_TOKEN.findall(etal.group("name").lower())) <= front_words:
            out.add(id(x))
    return out


_WIDE_GAP = layout("wide_gap_inside")


def _footer_inside_sentence(src: list[_Src], footer_num: dict[int, re.Match[str] | None]) -> set[int]:
    """Footer-shaped lines ("212      Journal name 9(3)") printed once, alone between blank lines, where a page break
    cuts a sentence: the text before ends without a full stop (often mid-word, "analy-") and the text after goes on
    in lower case. A running footer seen on one page only is still furniture there."""
    out: set[int] = set()
    for j in range(1, len(src) - 1):
        x = src[j]
        m = footer_num[id(x)]
        if not x.s or m is None or src[j - 1].s or src[j + 1].s:
            continue
        if len(m.group("name").split()) > 8 or _WIDE_GAP.search(x.s) is None:
            continue  # a wrapped text line ending in a count ("... and only 13") is no footer
        before = next((y.s for y in reversed(src[:j]) if y.s), "")
        after = next((y.s for y in src[j + 1 :] if y.s), "")
        if before and after[:1].islower() and not ends_sentence(before) and is_prose(before):
            out.add(id(x))
    return out


def _mark_furniture(src: list[_Src]) -> None:
    """Flag running headers/footers and their debris; give every line its page."""
    named: dict[str, set[str]] = {}
    footer_num = {id(x): _footer_num(x.raw) for x in src}  # asked twice per line below
    for x in src:
        m = footer_num[id(x)]
        if (
            m
            and not ends_sentence(m.group("name"))
            and len(m.group("name").split()) <= 6
            and not caption_start(x.raw)
            and not _heading(x.raw)
        ):
            named.setdefault(m.group("name").strip(), set()).add(m.group("num"))
    repeated = {n for n, nums in named.items() if len(nums) >= 2}
    # a page break ruled off with a line of underscores: a header/footer-shaped line next to the rule is
    # furniture even when it appears only once
    nb = [x for x in src if x.s]
    ruled = [_RULE_LINE.match(x.raw) is not None for x in nb]
    by_rule = {id(nb[k]) for j, r in enumerate(ruled) if r for k in (j - 1, j + 1) if 0 <= k < len(nb)}
    # ... but not a row of a table ruled with such lines ("1     None     NED 22 mo" under the rule below its header):
    # the line on its other side is cut into the same cells
    by_rule -= {
        id(nb[k])
        for k in range(len(nb))
        if id(nb[k]) in by_rule
        and any(0 <= j < len(nb) and not ruled[j] and _same_cells(nb[k].s, nb[j].s) for j in (k - 1, k + 1))
    }
    # a running footer printed once ("Journal of X Y 8(2)     117") names the journal the running header
    # on another page names too: a wide gap before its page number and the same first words elsewhere
    openings: dict[str, int] = {}
    for x in nb:
        k3 = _opening(x.raw)
        if k3:
            openings[k3] = openings.get(k3, 0) + 1
    # a spaced grid's cell wrapped onto lines of their own ("Died of" / "disease at 38" / "mo"; "Ki-67 10%" under
    # "myogenin-,"): the same words before another number under the next row are no running head or foot
    wrapped_cells = {id(x) for k, x in enumerate(src) if x.raw[:2] == "  " and x.s and _cell_continuation(src, k)}
    front_heads = _front_running_heads(nb) - wrapped_cells
    mid_sentence = _footer_inside_sentence(src, footer_num)
    cut_only: set[int] = set()
    footers: list[str] = []
    for x in src:
        if not x.s:
            continue
        m = footer_num[id(x)]
        shaped = m is not None and m.group("name").strip() in named
        journal_line = (
            m is not None and _WIDE_GAP_NUM.search(x.raw) is not None and openings.get(_opening(x.raw) or "", 0) >= 2
        )
        if (
            (m and m.group("name").strip() in repeated and id(x) not in wrapped_cells)
            or (shaped and id(x) in by_rule)
            or journal_line
            or is_furniture(x.raw)
            or (" et al" in x.raw and (_ETAL_HEAD.match(x.raw) is not None or _ETAL_PAGE_HEAD.match(x.raw) is not None))
            or id(x) in front_heads
        ):
            x.furniture = True
            if not _CITATION_FOOT.match(x.raw):
                # (a foot citing the article holds its whole title: a short heading is no debris of it)
                footers.append(x.s)
        elif id(x) in mid_sentence:  # one page's footer, known only by the sentence it cuts: no page number from it
            x.furniture = True
            footers.append(x.s)
            cut_only.add(id(x))
    # a running citation foot wrapped onto a second line that ends on the article's DOI ("Citation: Surname A (2019) Title
    # of the" / "Article. J Invented Rep 5: 172. doi:10.x/y"): that line is the foot's too
    for a, b in zip(nb, nb[1:]):
        if a.furniture and not b.furniture and _CITATION_FOOT.match(a.raw) and _CITATION_TAIL.search(b.raw):
            b.furniture = True
    # debris: short consecutive lines that together are a piece of a footer
    nonblank = [x for x in src if x.s and not x.furniture]
    wordy = [len(x.s.split()) > 3 for x in nonblank] if footers else []  # counted once a line, asked up to 6 times
    i = 0
    while i < len(nonblank) and footers:
        if wordy[i]:  # every group starting here holds a wordy line
            i += 1
            continue
        for n in (3, 2, 1):
            group = nonblank[i : i + n]
            if len(group) < n or any(wordy[i : i + n]):
                continue
            joined = "".join(g.s for g in group)
            if (
                (n > 1 or len(joined) >= 4) and any(joined in f and len(joined) < len(f) for f in footers)
                # "Case 1" / "Case 2" under a ruled grid whose header names the cases: headings, not pieces of it
                and not any(_heading(g.raw) for g in group)
            ):
                for g in group:
                    g.furniture = True
                i += n - 1
                break
        i += 1
    # pages from numbered footers: text after footer n is on page n+1
    # page numbers only from footers that print the number last; a document that also prints
    # it first runs headers, and "text after n is on page n+1" would be off by one
    numbered = [
        (x, int(m.group("num")))
        for x in src
        if x.furniture and id(x) not in cut_only and (m := _FOOTER_NUM_TRAIL.match(x.raw))
        and not _FOOTER_DATE_YEAR.search(x.raw)  # "Published: 18 June 2024": a date's year, no page number
    ]
    if not numbered or any(x.furniture and id(x) not in cut_only and _FOOTER_NUM_LEAD.match(x.raw) for x in src):
        return
    page = numbered[0][1]
    nums = dict((id(x), n) for x, n in numbered)
    for x in src:
        x.page = page
        if id(x) in nums:
            page = nums[id(x)] + 1


def _ruled_page_break(lines: list[_Src]) -> set[int]:
    """The lines of a page break ruled off inside a table carried over a page: a run of lines taken for furniture or drawn
    rules that holds a rule and either two printed lines (the last page's foot "303", the next page's head "304   Journal
    Vol. 9") or one wordy line (a running head of 4+ words with letters), none cut into more than two cells nor naming
    the columns of a grid with one column per case. A running head shaped
    line (a page number and a name) set between such lines belongs to the run though not taken for furniture on its own.
    A lone furniture-shaped line by a single rule may be a row of a grid ruled with such lines, and stays. Unruled, the
    break is told by its two page numbers in a row."""
    ruled = [_RULE_LINE.match(x.raw) is not None for x in lines]
    # a page's foot or head holds its number and a name, in no more than two cells: a line cut into more is a row of a
    # grid ruled row by row, taken for furniture by the rule beside it
    # ... and a head naming the columns ("Case 1      Case 2" over a grid with one column per patient) is none either
    pieces = [r or (len(split_cells(x.s) or ()) <= 2 and not transposed_head(x.s)) for x, r in zip(lines, ruled)]
    broken = [(x.furniture or r) and p for x, r, p in zip(lines, ruled, pieces)]
    for k, x in enumerate(lines):
        if (
            not broken[k]
            and pieces[k]
            and 0 < k < len(lines) - 1
            and broken[k - 1]
            and broken[k + 1]
            and (ruled[k - 1] or ruled[k + 1])
            and _footer_num(x.raw) is not None
        ):
            broken[k] = True
    # unruled (a form feed, blank lines): the last page's number and the next page's head numbered one more ("87" /
    # "88   Journal Vol. 3"), rules between them aside, are the break though only one was taken for furniture
    paired: set[int] = set()
    printed_at = [k for k, r in enumerate(ruled) if not r]
    for k, k2 in zip(printed_at, printed_at[1:]):
        a, b = _page_number(lines[k]), _page_number(lines[k2])
        # one of them taken for furniture, and no first page: a grid of two columns numbering its rows ("1   Excision" /
        # "2   Crizotinib") counts up too
        furn = lines[k].furniture or lines[k2].furniture
        if a is not None and a >= 2 and b == a + 1 and pieces[k] and pieces[k2] and furn:
            paired.update(range(k, k2 + 1))
            for j in range(k, k2 + 1):
                broken[j] = True
    out: set[int] = set()
    run: list[int] = []
    for k in [*range(len(lines)), None]:
        if k is not None and broken[k]:
            run.append(k)
            continue
        printed = [lines[j] for j in run if not ruled[j]]
        if (len(printed) < len(run) and (len(printed) >= 2 or any(_wordy_head(y.s) for y in printed))) or (
            paired & set(run)
        ):
            out.update(id(lines[j]) for j in run)
        run = []
    return out


def _wordy_head(s: str) -> bool:
    """A running head of four words or more that hold letters ("Int J Gynecol Pathol Rep • Vol. 9"), not "Case 1  Case 2"."""
    return sum(1 for w in s.split() if any(c.isalpha() for c in w)) >= 4


def _page_number(x: _Src) -> int | None:
    """The page number a line prints alone ("303") or beside a running head's name ("304   Journal Vol. 9")."""
    if x.s.isdecimal() and len(x.s) <= 4:
        return int(x.s)
    m = _footer_num(x.raw)
    return int(m.group("num")) if m is not None else None


def _cell_continuation(src: list[_Src], i: int) -> bool:
    """Is line ``i`` the next line of a cell wrapped under a grid set with spaces: indented, no blank line above it, its
    text starting where a cell (not the first) of the nearest row above starts, that row cut into 3+ cells by runs of
    spaces?"""
    raw = src[i].raw
    lead = len(raw) - len(raw.lstrip(" "))
    if lead < 2 or "|" in raw or "\t" in raw:
        return False
    for k in range(i - 1, max(-1, i - 1 - _WRAPPED_CELL_LINES), -1):
        above = src[k].raw
        if not src[k].s or "|" in above or "\t" in above:
            return False
        cells = split_cells(above)
        if cells is not None and len(cells) >= 3 and any(a == lead for a, _ in cells[1:]):
            return True
        if above[:1] != " ":
            return False  # the row's own line, no cell of it starting there
    return False


#: the most lines above a wrapped cell's line its row may start (the row's line, then wrapped lines)
_WRAPPED_CELL_LINES = 4


#: the mark between the rows of a table run onto its caption's line (a spaced dash, "//", a pilcrow)
_FLAT_ROW_SEP = layout("flat_row_sep")
#: the caption's last full stop or colon before the header's first cell ("Table 1 (all cases). Case | Age ...")
_CAPTION_END = layout("flat_caption_end")


_FLAT_REFERENCE_TAIL = layout("flat_reference_tail")
_FLAT_LEAD_STOP = layout("flat_reference_lead_stop")
#: the fewest reference entries in a row, run flat at a paragraph's end, taken for its reference list
_FLAT_REFERENCES_MIN = 3
#: the longest title between two entries of a flat reference run
_FLAT_TITLE_CHARS = 200


def _flat_title(s: str) -> bool:
    """The title of an entry of a flat reference run: a few words opening on a capital, no full stop or semicolon."""
    s = s.strip()
    return 3 <= len(s) <= _FLAT_TITLE_CHARS and s[:1].isupper() and not any(c in s for c in ".;!?")


def _flat_entry_starts(raw: str) -> list[int] | None:
    """Where each entry of a reference list run flat at the line's end begins (see :func:`split_flat_references`),
    None when the line does not end on one."""
    if raw.count(",") < _FLAT_REFERENCES_MIN:
        return None
    tails = list(_FLAT_REFERENCE_TAIL.finditer(raw))
    if len(tails) < _FLAT_REFERENCES_MIN or tails[-1].end() < len(raw.rstrip()):
        return None
    k = len(tails) - 1
    while k > 0 and _flat_title(raw[tails[k - 1].end() : tails[k].start()]):
        k -= 1
    if len(tails) - k < _FLAT_REFERENCES_MIN:
        return None
    stops = list(_FLAT_LEAD_STOP.finditer(raw, 0, tails[k].start()))
    cut = stops[-1].end() if stops else len(raw) - len(raw.lstrip())
    if not _flat_title(raw[cut : tails[k].start()]):
        return None
    # each later entry's title begins right after the year that closes the entry before it
    return [cut] + [m.end() for m in tails[k:-1]]


def split_flat_references(raw: str) -> list[str]:
    """A paragraph that ends on its reference list run flat, each entry a title, its authors and journal and year with no
    number and no full stop ("... no conflict. Myofibroblastic tumours: an update Ortiz, L. Sarcoma Pathol Rev 2020
    Kinase fusions in IMT Suleiman, R. Mol Sarcoma Rep 2017 ..." as a record of a text-mining corpus prints it): the
    text before the list, then one line an entry, so that the list is read as references (their titles name other
    patients; see :func:`flat_reference_entry`)."""
    starts = _flat_entry_starts(raw)
    if starts is None:
        return [raw]
    head = [raw[: starts[0]].rstrip()] if raw[: starts[0]].strip() else []
    return head + [raw[a:b].strip() for a, b in zip(starts, [*starts[1:], len(raw)])]


def flat_reference_entry(s: str) -> bool:
    """One entry of a flat reference list on its line: a title, then its authors, journal and year ending the line."""
    tails = list(_FLAT_REFERENCE_TAIL.finditer(s))
    return len(tails) == 1 and tails[0].end() >= len(s.rstrip()) and _flat_title(s[: tails[0].start()])


def _split_flat_rows(raw: str) -> list[str]:
    """A web or PDF copy that runs a small table onto its caption's line, its rows set off by a mark
    ("Table 1. Cases. No. | Age | Site — 1 | 40 | lung — 2 | 12 | liver"): the caption, the header and each
    row become lines of their own, so the table is read as a table. Only when every piece has the same
    number of bars (3+ cells) and the caption ends before the header; anything else stays one line."""
    if raw.count("|") < 6 or not caption_start(raw.lstrip()):
        return [raw]
    pieces = [x.strip() for x in _FLAT_ROW_SEP.split(raw.strip())]
    if pieces and pieces[-1].endswith("."):
        pieces[-1] = pieces[-1][:-1].rstrip()
    if len(pieces) < 3 or any(not x for x in pieces):
        return [raw]
    bars = pieces[0].count("|")
    if bars < 2 or any(x.count("|") != bars for x in pieces[1:]):
        return [raw]
    first, _, rest = pieces[0].partition("|")
    m = _CAPTION_END.match(first.strip())
    if m is None:
        return [raw]
    return [m.group(1), f"{m.group(2)} |{rest}", *pieces[1:]]


#: the delimiters of a header run onto its caption's line, the rows on the lines below (a comma is left out: a caption's
#: title lists what its table gives, "Age, sex, site and outcome of the cases")
_CAPTION_HEADER_DELIMITERS = (";", "\t")


def _header_after_caption(tail: str) -> bool:
    """Is ``tail`` a table's header line: cut by semicolons or tabs into 3+ cells naming known columns (an export's
    header), or by bars into 3+ cells naming three known columns, its first cell naming one?"""
    head = export_header(tail)
    if head is not None and head[0] in _CAPTION_HEADER_DELIMITERS:
        return True
    cells = split_cells(tail) if "|" in tail else None
    return cells is not None and len(cells) >= 3 and header_spec(tail[cells[0][0] : cells[0][1]]) is not None and is_header_line(tail)


def _split_caption_header(raw: str) -> list[str]:
    """A caption run on into its table's header, the rows on the lines below ("Table 1 (all cases). Case; age/sex; site;
    outcome" then "1; 38/M; mesentery; DOD"): the caption and the header become lines of their own, so the rows are read
    under their header (each by its case cell) and not as prose of the patient told last. The header begins after a
    full stop or colon of the caption; a caption whose title only lists the columns stays one line."""
    if not caption_start(raw.lstrip()) or (raw.count(";") < 2 and raw.count("|") < 2 and raw.count("\t") < 2):
        return [raw]
    for k, c in enumerate(raw):
        if c in ".:" and raw[k + 1 : k + 2] == " ":
            tail = raw[k + 1 :].strip()
            if tail and _header_after_caption(tail):
                return [raw[: k + 1].rstrip(), tail]
    return [raw]


def _mark_web_furniture(src: list[_Src]) -> None:
    """Flag web-page and dump furniture lines (``patterns/web_furniture.jsonl``), judged on the
    normalised line so "&copy; 2024" or a non-breaking space does not hide a banner."""
    from .furniture import furniture_lines
    from .normalise_text import needs_view, normalise

    lines = [normalise(x.raw).text if needs_view(x.raw) else x.raw for x in src]
    for x, flag in zip(src, furniture_lines(lines, lambda s: _heading(s) is not None)):
        x.furniture = x.furniture or flag


#: the most lines above a note opened by its symbol searched for the row that carries the symbol
_NOTE_ROWS_ABOVE = 40


def _keep_table_symbol_notes(src: list[_Src]) -> None:
    """Give back a note under a table opened by its symbol ("† Lost after 3 months") that the furniture rules took for a
    page's footnote line: kept where a row of the block of lines right above it (no blank line between, other such
    notes passed over) carries that symbol at the end of a cell or a word (``tables.symbol_note``)."""
    for n, x in enumerate(src):
        if not x.furniture or not footnote_line(x.s):
            continue
        rows: list[str] = []
        for y in reversed(src[max(0, n - _NOTE_ROWS_ABOVE) : n]):
            if not y.s:
                break
            rows.append(y.s)
        if symbol_note(x.s, rows):
            x.furniture = False


#: a mark only page furniture carries (an e-mail address, "©", a DOI, "Surname et al.", "3 of 7")
_FURNITURE_MARK = layout("page_furniture_mark")
#: the most printed lines a page break between two halves of a sentence holds (a first page's footnote block: the
#: affiliations, the dates, the corresponding author and the copyright; a running foot and the next page's head)
_BREAK_BLOCK_LINES = 10


def _mark_furniture_inside_sentence(src: list[_Src]) -> None:
    """Flag a block of page furniture set off by blank lines between the two halves of a sentence of a PDF-to-text
    dump: a first page's footnotes ("Received: ... Accepted: ...", "Correspondence to ...", an affiliation, an e-mail
    address, the copyright), or a page's running foot and head ("Surname et al. J Name (2031) 15:212 Page 3 of 7"),
    printed where the page broke the sentence. Every line of the block must be furniture by the page rules read as
    front matter (``patterns/web_furniture.jsonl``, ``sections.jsonl``): the line before it is prose left open (no
    full stop) and the line after it goes on (lower case, or after a word no sentence ends on); or, where the page
    broke between two sentences, the block holds a mark only furniture carries (an e-mail address, "©", a DOI,
    "Surname et al.", "3 of 7") and a sentence in capitals follows. In the body such
    lines are kept otherwise: a sentence opening "Received ..." or "Correspondence with ..." is the report's; and in
    a double-spaced dump, where a blank line follows every line, a blank line sets no block apart."""
    from .furniture import line_rule
    from .normalise_text import needs_view, normalise

    def furniture_shaped(x: _Src) -> bool:
        if x.furniture or is_furniture(x.raw):
            return True
        if (h := _heading(x.s)) is not None and h.kind != "other":
            return False  # a section's heading ("Abstract", "Case report"), not a numbered affiliation
        s = " ".join((normalise(x.raw).text if needs_view(x.raw) else x.raw).split())
        return line_rule(s, True) is not None

    n = len(src)
    if 2 * sum(1 for x in src if not x.s) >= sum(1 for x in src if x.s):
        return  # a blank line after every line or two (a double-spaced dump): a blank line sets nothing apart
    i = 0
    while i < n - 2:
        a = src[i]
        if not (a.s and not a.furniture and is_prose(a.s) and _heading(a.s) is None):
            i += 1
            continue
        if src[i + 1].s:
            i = _unblanked_break_block(src, i, furniture_shaped)
            continue
        j = i + 1
        block: list[_Src] = []
        while j < n and len(block) <= _BREAK_BLOCK_LINES:
            x = src[j]
            if x.s:
                if not furniture_shaped(x):
                    break
                block.append(x)
            j += 1
        if (
            j < n and block and len(block) <= _BREAK_BLOCK_LINES and not src[j - 1].s
            and any(not x.furniture for x in block)
            and _heading(src[j].s) is None and not caption_start(src[j].s)
            and (
                (not ends_sentence(a.s) and (src[j].s[:1].islower() or _LINE_ENDS_OPEN.search(a.s) is not None))
                or (
                    ends_sentence(a.s) and src[j].s[:1].isupper() and is_prose(src[j].s)
                    and any(_FURNITURE_MARK.search(x.s) is not None for x in block)
                )
            )
        ):
            for x in block:
                x.furniture = True
        i = max(j, i + 1)


def _unblanked_break_block(src: list[_Src], i: int, furniture_shaped: Callable[[_Src], bool]) -> int:
    """The same block printed with no blank line around it ("... a mass of the" / "Received: 12 May 2031 / Accepted:
    ..." / "author@host.org" / "left kidney, ..."): held to more, as every wrapped line of a paragraph lies between two
    open lines. The line before is left open, no line of the block opens in lower case unless it is furniture already
    (a wrapped line of the sentence would), one holds a mark only furniture carries (an e-mail address, "©", a DOI, "et al.", "3 of 7"), and
    the line after goes on in lower case. Returns where to look next."""
    j = i + 1
    block: list[_Src] = []
    while (
        j < len(src) and src[j].s and len(block) <= _BREAK_BLOCK_LINES
        and (src[j].furniture or not src[j].s[:1].islower())  # (an e-mail address alone is furniture already)
    ):
        if not furniture_shaped(src[j]):
            break
        block.append(src[j])
        j += 1
    if (
        block and j < len(src) and src[j].s[:1].islower() and len(block) <= _BREAK_BLOCK_LINES
        and not ends_sentence(src[i].s)
        and any(not x.furniture for x in block)
        and any(_FURNITURE_MARK.search(x.s) is not None for x in block)
    ):
        for x in block:
            x.furniture = True
        return j
    return i + 1


def _front_furniture_ids(src: list[_Src]) -> dict[str, str]:
    """Identifiers on lines dropped as furniture (a PubMed page's "PMID: ... DOI: ..." line, its citation
    line) before the first list of other records ("Similar articles", "Comment in": a block rule) or the
    references: the paper's own. Without them ``ids_from_text`` reads the text left, where a linked
    record's PMID may be the only one."""
    from .furniture import line_rule, may_open_block
    from .identifiers import ids_in

    out: dict[str, str] = {}
    for x in src:
        if not x.s:
            continue
        if may_open_block(x.s) and (r := line_rule(x.s, front=False)) is not None and r.block:
            break
        if not x.furniture:
            if (h := _heading(x.s)) is not None and h.kind == "references":
                break
            continue
        for k, v in ids_in(x.s).items():
            out.setdefault(k, v)
    return out


def _stats(lines: list[str]) -> tuple[float, float]:
    lens = sorted(len(s) for s in lines if len(s.split()) >= 4)
    if not lens:
        return 80.0, 80.0
    p90 = lens[min(len(lens) - 1, int(0.9 * len(lens)))]
    return float(statistics.median(lens)), float(p90)


#: markdown heading marks and bold markup of pages saved as markdown ("## Abstract", "**Case report**")
_MARKDOWN = layout("markdown_marks")
_DECORATED = layout("decorated_heading")


@lru_cache(maxsize=8192)  # bounded: keyed by line; the furniture, region and paragraph passes ask per line
def _heading(s: str) -> Heading | None:
    if s and (s.lstrip()[:1] == "#" or "**" in s or "__" in s):
        s = _MARKDOWN.sub("", s).strip()
    if s[:3] in ("---", "===", "~~~", "***", "___") and (deco := _DECORATED.match(s)) is not None:
        s = deco.group("title")  # "----- Slide: Case 2 -----", "=== DISCUSSION ===": the heading inside its rules
    if "<" in s or "&" in s or not s.isascii():  # "<h2>Case report</h2>", "Case&nbsp;report"
        from .normalise_text import normalise

        s = normalise(s).text.strip()
    t = s.lstrip("0123456789. ")
    if t[:1] == "|" and len(t) < len(s):  # "2 | CASE": a number set off from the title by a bar (not a table row)
        t = t[1:].lstrip()
    if not s or not t[:1].isupper():
        return None
    return classify_heading(s) or numbered_heading(s)


def _split_regions(src: list[_Src], wide: float) -> tuple[list[_Src], list[_Item]]:
    """Separate body lines from caption/table regions interleaved with them."""
    body: list[_Src] = []
    items: list[_Item] = []
    item: _Item | None = None
    interrupted_mid = False
    interrupted_open = False
    prev: str = ""
    blank = False
    flat_heads = _flat_header_lines(src)
    # the line after each line (blank lines and furniture skipped): a caption that interrupts a sentence
    # is one when a grid follows it
    shown = [x for x in src if x.s and not x.furniture]
    # a rule drawn under a caption (a grid printed with ruled lines) is not the line that says a grid follows
    unruled = [x for x in shown if _GRID_RULE.match(x.s) is None]
    after = {id(a): b.s for a, b in zip(unruled, unruled[1:])}
    after2 = {id(a): c.s for a, c in zip(unruled, unruled[2:])}  # ... and the line after that (a header set at its foot)
    # blank lines set blocks apart only when they do not follow every line (a dump with one after each line)
    n_blank = sum(1 for x in src if not x.s)
    blanks_part = n_blank < 0.5 * (len(src) - n_blank)
    grids = _bare_grids(shown)  # uncaptioned panels and per-patient tables: id of the first line -> ids of its lines
    grid: set[int] = set()
    block_start: _Src | None = None
    set_off = False
    for x in src:
        s = x.s
        if not s:
            blank = True
            continue
        after_blank, blank = blank, False
        if grid and item is not None and (id(x) in grid or x.furniture):
            item.lines.append(x)
            prev = s
            continue
        if grid:
            if item is not None and item.kind == "table" and code_legend(s, [(y.s, 0) for y in item.lines if not y.furniture]):
                # "Des desmin, f focal, ND not done" right under the grid's rows: its legend, not the body's
                grid = set()
                item.lines.append(x)
                item.foot = True
                prev = s
                continue
            grid, item = set(), None
        if id(x) in grids and item is None:  # (a grid under a "Table n" caption is that caption's)
            grid = grids[id(x)]
            item = _Item("table", f"U{sum(1 for it in items if it.num.startswith('U')) + 1}", [x], bare=True)
            items.append(item)
            prev = s
            continue
        if item is not None and x.idx in flat_heads:
            item.lines.append(x)  # "Case", "Outcome": a column's name, not a heading
            item.flat = True
            prev = s
            continue
        if item is None:
            if x.furniture:
                continue
            cs = caption_start(s)
            # a figure caption set off by a blank line may land in the middle of a sentence (a figure placed
            # between two columns of a dump); without the blank line, "as shown in / Figure 2 ..." is running text
            if cs and (
                s.split()[0].isupper()
                or not body
                or ends_sentence(body[-1].s)
                or _heading(body[-1].s)
                or _grid_line(after.get(id(x), ""))
                or (_header_top(after.get(id(x), "")) and _grid_line(after2.get(id(x), "")))
                or (after_blank and blanks_part and cs[0] == "figure")
                or _caption_cuts_sentence(s, body[-1].s, after.get(id(x), ""))
                or (block_start is body[-1] and _title_line(body[-1].s))
            ):
                item = _Item(cs[0], cs[1], [x], continues=cs[0] == "table" and is_continued(s))
                items.append(item)
                titled = block_start is body[-1] and _title_line(body[-1].s)
                set_off = after_blank and blanks_part  # the caption opens a block of its own
                interrupted_mid = bool(body) and not ends_sentence(body[-1].s) and not _heading(body[-1].s) and not titled
                interrupted_open = interrupted_mid and _LINE_ENDS_OPEN.search(body[-1].s) is not None
                prev = s
                continue
            if after_blank or not body or ends_sentence(body[-1].s) or _heading(body[-1].s):
                block_start = x  # the first line of a block: a one-line block may be an unlisted sub-heading
            body.append(x)
            continue
        # inside a non-body region
        if x.furniture:
            item.lines.append(x)
            continue
        if (h := _heading(s)) is not None:
            if item.flat and h.sub and not after_blank and not h.title[:1].isdigit():
                item.lines.append(x)  # "Treatment" among the column names of a table read cell by cell: a cell
                prev = s
                continue
            if item.flat and _flat_record_label(s, after.get(id(x), "")):
                item.lines.append(x)  # "Patient 2" over its values: a record of a table read cell by cell
                prev = s
                continue
            if item.kind == "table" and not _grid_seen(item) and header_spec(s) is not None and not is_prose(after.get(id(x), "")):
                item.lines.append(x)  # "Outcome" among the column names of a table printed one cell a line, a cell after it
                prev = s
                continue
            if item.kind == "table" and h.kind == "other" and _grid_seen(item) and (
                _WRAPPED_ROW_TAIL.fullmatch(s) or _same_cells(s, prev)
            ):
                # "26 AWD" under a row: the last cells of a wrapped row; "2    PR    Local    AWD" under "1    CR    No
                # NED": the next numbered row of a spaced grid, cut into the same cells as the row above; no heading
                item.lines.append(x)
                prev = s
                continue
            item = None
            body.append(x)
            continue
        cs = caption_start(s)
        if cs:
            item = _Item(cs[0], cs[1], [x], continues=cs[0] == "table" and is_continued(s))
            items.append(item)
            prev = s
            continue
        if (
            item.kind != "table"
            and after_blank
            and (
                (is_prose(s) and ends_sentence(prev))
                or (blanks_part and interrupted_mid and s[0].islower())
                # a legend set off by blank lines inside a sentence it cut, over with a full stop: the block after it
                # goes on with that sentence, however few plain words it has ("NTRK1-3, RET and PDGFRB detected ...")
                or (set_off and interrupted_mid and ends_sentence(prev) and len(item.lines) > 1)
                # a legend whose last panel has no full stop ("... c ALK. d ROS1 negative"), its line well short of the
                # column, then a blank line and a capitalised line of column width: the body's next paragraph
                or (item.kind == "figure" and blanks_part and _legend_ends_short(s, prev, item, wide, alone=True))
            )
        ):
            # a figure caption ends at a blank line: the paragraph after it is body text, and so is a lower-case
            # line after it that goes on with the sentence the caption cut (however wide the caption's line was)
            item = None
            body.append(x)
            continue
        if item.kind == "table" and len(item.lines) > 2 and (
            looks_like_legend(s)
            or (
                _grid_seen(item)
                # inside a record of a table pasted one cell per line, a cell that reads like a note is still a cell
                and not mid_flat_record([y.s for y in item.lines[1:] if not y.furniture])
                and (
                    footnote_line(s)
                    or code_legend(s, [(y.s, 0) for y in _whole_table_lines(item, items)])
                    or marked_note(s, [y.s for y in item.lines])
                    or spelled_out_code(s, [y.s for y in item.lines])
                    or rows_legend(s, [y.s for y in item.lines])
                    or symbol_legend(s, [y.s for y in item.lines])
                )
            )
        ):
            item.lines.append(x)  # the abbreviations or marked notes ("(a) ...") under a table are its foot, not body text
            item.foot = True
            prev = s
            continue
        if (
            item.kind == "table"
            and (ends_sentence(prev) or _GRID_RULE.match(prev) or _header_top_over(prev, item))
            and is_header_line(s)
            and not _grid_seen(item)
        ):
            # "Table 1" / "Clinical features." / "Case Age/Sex Site ... Outcome": a title that ends with a full stop
            # (or the rule drawn under it) does not give the body back when the next line names the table's columns;
            # nor does the first line of a header set at its foot ("Recur-    Follow-up" over "... rence  (mo)/status")
            item.lines.append(x)
            prev = s
            continue
        if item.kind == "table" and not _barred(s) and _barred_grid(item) and not _wraps_open_cell(prev, after.get(id(x), "")):
            # a grid set with bars ends at a line without one: a note opening on a code and its meaning ("nd, not
            # done. The panel covers ...") right under the rows is its foot, anything else gives the body back
            if "|" in prev and opens_with_legend(s):
                item.lines.append(x)
                prev = s
                continue
            item = None
            body.append(x)
            continue
        if item.kind == "table" and (
            _same_cells(s, prev) or _under_grid_columns(x.raw, item) or _header_again(s, item) or _header_cell_count(s, item)
        ):
            item.lines.append(x)  # "ALK test    IHC + FISH    IHC + RNA-seq": a row of the grid above, however like prose
            prev = s
            continue
        if (
            item.kind == "figure"
            and set_off
            and s[:1].islower()
            and not ends_sentence(prev)
            and len(prev) >= _LEGEND_SHORT_SHARE * wide / 1.15
        ):
            # a legend set off by a blank line whose full line stops mid-sentence: the lower-case line right under it
            # (no blank line between) is the legend's next line, not the body's sentence the legend was set inside
            item.lines.append(x)
            prev = s
            continue
        if item.kind == "figure" and not interrupted_mid and _legend_ends_short(s, prev, item, wide):
            item = None
            body.append(x)
            continue
        if (not item.flat or len(s) >= 0.5 * wide) and _resumes(s, prev, interrupted_mid, wide, len(item.lines) > 1, interrupted_open):
            # a table printed cell by cell: a short line is one of its cells, the body resumes at column width
            item = None
            body.append(x)
            continue
        if item.foot and not (prev.endswith(",") or s[0].islower() or (s[0] == "(" and not ends_sentence(prev))):
            # under a table's legend only the legend goes on (an item wrapped after its comma, a note in small
            # letters, the gloss in brackets of its last item): a line opening on a capital after a finished legend
            # is the body's ("Morphologic features")
            item = None
            body.append(x)
            continue
        item.lines.append(x)
        prev = s
    return body, items


_CAPTION_LABEL_STOP = layout("caption_label_stop")
_WRAPPED_ROW_TAIL = layout("wrapped_row_tail")
_FIGURE_CITING_END = layout("figure_citing_end")
_LINE_ENDS_OPEN = layout("line_ends_open")


def _title_line(s: str) -> bool:
    """A one-line block that reads as an unlisted sub-heading ("Pathological and molecular findings", "Imaging"):
    a few capitalised words, no full stop, no word a sentence goes on after; a figure or table caption right under
    it is a caption, not running text (a legend placed under the sub-heading of a section, no blank line between)."""
    words = s.split()
    return (
        1 <= len(words) <= _TITLE_LINE_WORDS
        and s[:1].isupper()
        and not ends_sentence(s)
        and s[-1:].isalpha()
        and _LINE_ENDS_OPEN.search(s) is None
        and _FIGURE_CITING_END.search(s) is None
        and caption_start(s) is None
        and all(_WORD.match(w) for w in words)
    )


def _legend_ends_short(s: str, prev: str, item: _Item, wide: float, alone: bool = False) -> bool:
    """A figure legend set without a blank line above the body text (panel letters, no full stop on its last panel:
    "... d Case 3, granular cytoplasmic ALK" / "Tumours in cases 1 and 2 were ..."): a legend line well short of the
    column after the legend's first line, then a capitalised prose line of column width, ends the legend there.
    ``alone``: the body line stands after a blank line, so the legend's first line may be its last one too."""
    column = wide / 1.15  # the text width (``wide`` is 1.15 x the 90th percentile of line lengths)
    return (
        (len(item.lines) > 1 or alone)
        and not item.flat
        and len(prev) < _LEGEND_SHORT_SHARE * column
        and s[:1].isupper()
        and 0.85 * column <= len(s) <= wide
        and is_prose(s)
    )


#: the most words of a one-line block read as an unlisted sub-heading above a caption
_TITLE_LINE_WORDS = 7
#: a legend line shorter than this share of the text width is the legend's last (see :func:`_legend_ends_short`)
_LEGEND_SHORT_SHARE = 0.75


def _caption_cuts_sentence(s: str, prev: str, nxt: str) -> bool:
    """A caption line set inside a sentence with no blank line around it (a PDF dump placing a figure's or table's
    title between two lines of a paragraph: "... showed diffuse staining" / "Table 1. Antibodies used" / "for SMA
    and ALK, ..."): its label closed by a stop and a capitalised title, the line before it ending on no word that
    cites a figure, the line after it going on in lower case with the sentence the caption cut, or in capitals
    ("positive for" / "Figure 2. Stains." / "ALK and SMA, ...") when the line before ends on a word no sentence ends
    on and the caption line finishes its own sentence."""
    return (
        _CAPTION_LABEL_STOP.match(s) is not None
        and not ends_sentence(prev)
        and _FIGURE_CITING_END.search(prev) is None
        and (nxt[:1].islower() or (_LINE_ENDS_OPEN.search(prev) is not None and ends_sentence(s)))
    )


_GRID_RULE = layout("table_rule_line")


def _barred(s: str) -> bool:
    """A line of a grid set with bars: cut by ``|``, or a rule drawn across it whose crossings are ``+``
    ("-----+------+----", as a console or plain-text table prints the rule under its header)."""
    return "|" in s or ("+" in s and _GRID_RULE.match(s) is not None)


def _barred_grid(item: _Item) -> bool:
    """Is a table region a grid set with bars: 2+ lines after its caption, all cut by ``|`` (or rules crossing the
    bars) but for the note lines under its rows?"""
    lines = [x.s for x in item.lines[1:] if not x.furniture]
    n = next((k for k, t in enumerate(lines) if not _barred(t)), len(lines))
    return n >= 2 and all(not _barred(t) for t in lines[n:])


def _wraps_open_cell(prev: str, nxt: str) -> bool:
    """Does a line without bars between two barred lines go on with the last cell of the one above, which ends open
    ("positive (granular," over "cytoplasmic)")?"""
    return "|" in prev and "|" in nxt and ends_open(prev.rstrip().rstrip("|").rsplit("|", 1)[-1])


def _whole_table_lines(item: _Item, items: list[_Item]) -> list[_Src]:
    """The lines of a table region and, when it continues a table carried over a page ("Table 1 (continued)"), of the
    parts before it: a legend under the last part spells out codes the first part's rows use."""
    if not item.continues:
        return item.lines
    return [y for it in items if it.kind == "table" and it.num == item.num for y in it.lines]


def _grid_seen(item: _Item) -> bool:
    """Has a table region already taken a line cut into cells or naming its columns (after its caption line)?"""
    return any(_grid_line(x.s) for x in item.lines[1:] if not x.furniture)


def _flat_record_label(s: str, nxt: str) -> bool:
    """Inside a table read one cell per line, a numbered patient's label ("Case 2", "Patient 3") followed by a
    cell, not by prose, opens the next record (that patient's column of a table with one column per patient),
    not a case section."""
    from ..rules import value_pattern

    return value_pattern("case_label").fullmatch(s) is not None and not (is_prose(nxt) and ends_sentence(nxt))


def _flat_header_lines(src: list[_Src]) -> set[int]:
    """Indices of the lines that open a table flattened one cell per line right under its caption
    (``tables.flat_column_names``): each names a column, so one that reads as a heading ("Case",
    "Treatment") is kept in the table."""
    from .tables import flat_cell_line, flat_column_names, flat_stub_then_columns

    out: set[int] = set()
    # (a column's name the front-matter furniture rules took for a page's button, "No." above every heading, is
    # read among them, as :func:`_split_pasted` reads it)
    lines = [x for x in src if x.s and (not x.furniture or flat_cell_line(x.s))]
    for i, x in enumerate(lines):
        cs = caption_start(x.s)
        if not cs or cs[0] != "table":
            continue
        j = i + 1
        if _label_only(x.s) and j < len(lines) and _caption_title(lines[j].s):
            j += 1
        top = j
        if j < len(lines) and flat_stub_then_columns([y.s for y in lines[j : j + 4]]):
            j += 1  # "Feature" over the attributes of a table with one column per patient
        while j < len(lines) and flat_column_names([y.s for y in lines[j : j + 3]]) and j - top < 40:
            j += 1
        if j > top:
            out.update(y.idx for y in lines[top : j + 2])
    return out


def _side_by_side_cases(body: list[_Src]) -> list[_Src]:
    """Two or more case reports printed in columns side by side, dumped one column after the other
    under one line holding all their headings ("Case 1        Case 2"): that line gives its first heading;
    each further heading goes before the paragraph where its column begins, a paragraph that introduces a
    patient (layout rule ``patient_opening``), or, when the paragraphs are exactly as many as the
    columns, before each of them. Left alone when the columns cannot be told apart."""
    opening = layout("patient_opening")
    out = list(body)
    i = 0
    while i < len(out):
        x = out[i]
        cells = split_cells(x.s)
        heads = [x.s[a:b] for a, b in cells] if cells else []
        if len(heads) < 2 or any((h := _heading(c)) is None or h.kind != "case" for c in heads):
            i += 1
            continue
        e = i + 1
        while e < len(out) and not _heading(out[e].s):
            e += 1
        # paragraph starts: a blank line or a moved-out caption before a line, the sentence before it finished
        starts = [j for j in range(i + 2, e) if out[j].idx > out[j - 1].idx + 1 and ends_sentence(out[j - 1].s)]
        k = len(heads)
        breaks = [j for j in starts if opening.match(out[j].s)]
        if len(breaks) != k - 1:
            breaks = starts if len(starts) == k - 1 else []
        if not breaks:
            i += 1
            continue
        for n, j in reversed(list(enumerate(breaks, 1))):
            out.insert(j, _Src(out[j].idx, heads[n], out[j].page))
        out[i] = _Src(x.idx, heads[0], x.page)
        i = e + len(breaks)
    return out


def _legends_after_references(body: list[_Src], items: list[_Item]) -> tuple[list[_Src], list[_Item]]:
    """Letters and short reports print their figure legends after the reference list: a legend's first line there
    (layout rule ``legend_after_references``: "Figure 1.", "Fig. 2 (A) ...") and the lines that go on with it (its
    panels, its wrapped lines; up to a heading, a labelled line, the next numbered reference or legend) are a figure
    caption, not references."""
    ref = next((k for k, x in enumerate(body) if (h := _heading(x.s)) is not None and h.kind == "references"), None)
    if ref is None:
        return body, items
    start = layout("legend_after_references")
    entry = layout("reference_entry")
    out = body[: ref + 1]
    new: list[_Item] = []
    item: _Item | None = None
    for x in body[ref + 1 :]:
        s = x.s
        m = start.match(s)
        if m is not None:
            item = _Item("figure", m.group("num"), [x])
            new.append(item)
            continue
        if item is not None and not (_heading(s) or split_inline_heading(s) or entry.match(s) or caption_start(s)):
            item.lines.append(x)
            continue
        item = None
        out.append(x)
    if not new:
        return body, items
    return out, sorted(items + new, key=lambda it: it.lines[0].idx)


@lru_cache(maxsize=4096)  # bounded; pure in the line: _grid_seen asks it again for a table's earlier lines at each new one
def _grid_line(s: str) -> bool:
    """A table's first line under its caption: cut into 3+ cells, a header naming known columns, or the head of a table
    with one column per patient run together ("Variable Case 1 Case 2 Case 3")."""
    return bool(s) and (len(split_cells(s) or ()) >= 3 or is_header_line(s) or transposed_head(s))


#: the most words of a header's first line printed above it ("Follow-up" over "(months)")
_HEADER_TOP_WORDS = 4


def _header_top(s: str) -> bool:
    """A line of a few header words over a header set at its foot ("Follow-up", "Treatment   Follow-up"): no sentence."""
    return bool(s) and len(s.split()) <= _HEADER_TOP_WORDS and not ends_sentence(s) and any(header_spec(w) for w in s.split())


#: the least indent (characters) of a line of a few words over a header that is that header's first line
_HEADER_TOP_INDENT = 16


def _header_top_over(prev: str, item: _Item) -> bool:
    """Is ``prev`` the first line of a header set at its foot, right under the table's caption ("Recur-    Follow-up"
    over "Case ... rence    (mo)/status"): a few header words (:func:`_header_top`), or a few words set well in from
    the margin, over columns to the right ("Time to" over "... relapse"), the caption's only line after it."""
    if len([y for y in item.lines if not y.furniture]) != 2 or item.lines[-1].s != prev:
        return False
    raw = item.lines[-1].raw
    indented = len(raw) - len(raw.lstrip()) >= _HEADER_TOP_INDENT and len(prev.split()) <= _HEADER_TOP_WORDS
    return _header_top(prev) or (indented and not ends_sentence(prev))


def _same_cells(s: str, prev: str) -> bool:
    """Is ``s`` cut into the same 3+ cells, starting at the same places, as the table line before it (a row of the
    same grid, whose cells may read like words of prose)?"""
    a, b = split_cells(s), split_cells(prev)
    return (
        a is not None and b is not None and len(a) >= 3 and len(a) == len(b)
        and all(abs(x[0] - y[0]) <= 1 for x, y in zip(a, b))
    )


def _header_cell_count(s: str, item: _Item) -> bool:
    """Is ``s`` cut by runs of spaces into as many cells (3+) as the header of the grid above, its cells not set under the
    header's (a dump that keeps one gap between cells, not the columns: "Date    Case    Event" over "Mar 2019    1
    Relapse; crizotinib started")? A line of prose has no such gaps, however like prose its last cell reads."""
    cells = split_cells(s)
    if cells is None or len(cells) < 3 or "|" in s or "\t" in s:
        return False
    head = next((y.s for y in item.lines[1:] if not y.furniture and _grid_line(y.s)), None)
    # the header: column names, no sentence (a grid whose first line is a row is read by its cells' places)
    return (
        head is not None and "|" not in head and not is_prose(head) and not ends_sentence(head)
        and len(split_cells(head) or ()) == len(cells)
    )


def _under_grid_columns(raw: str, item: _Item) -> bool:
    """Is ``raw`` a line of a grid set with spaces whose cells wrap onto the lines under a row ("      F      tissue
    and cytoplasmic), SMA+,      (NGS)      then excision"): cut into 2+ cells by runs of spaces, every one starting
    where a cell of the grid's lines above starts (its first cells may be blank, the line indented to its column)?"""
    cells = split_cells(raw)
    if cells is None or "|" in raw or "\t" in raw:
        return False
    starts = {a for y in item.lines[1:] if not y.furniture and "|" not in y.raw and "\t" not in y.raw for a, _ in (split_cells(y.raw) or [])[1:]}
    if len(starts) < 3:
        return False
    return all(any(abs(a - b) <= 1 for b in starts) for a, _ in cells)


def _header_again(s: str, item: _Item) -> bool:
    """Is ``s`` the header of the table above printed again (a PDF dump's table carried over a page break repeats its
    column names under the page's foot): a line cut into 3+ cells, the same as one of the table's lines?"""
    cells = split_cells(s)
    return cells is not None and len(cells) >= 3 and any(y.s == s for y in item.lines[1:])


def _table_row_line(s: str) -> bool:
    """A line that can be a table's header or row in one-paragraph-per-line text: cut into
    3+ cells by delimiters, or anything that is not a finished sentence of prose."""
    if _heading(s) or caption_start(s):
        return False
    cells = split_cells(s)
    if cells is not None and len(cells) >= 3:
        return True
    return not (is_prose(s) and ends_sentence(s)) and len(s.split()) <= 40


def _label_only(s: str) -> bool:
    return layout("caption_label_only").fullmatch(s) is not None


def _caption_title(s: str) -> bool:
    """The title line under a bare "Table n" label: words, not cells, not a header."""
    return split_cells(s) is None and not is_header_line(s) and not _heading(s) and len(s.split()) <= 40


def _legend_under_label(s: str) -> bool:
    """The legend line under a bare "Fig. n" label: words, not cells, not a heading, not the next caption."""
    return split_cells(s) is None and not _heading(s) and not caption_start(s)


#: the most words of one cell of a table pasted one cell per line
_FLAT_CELL_WORDS = 12


def _flat_cells_end(lines: list[_Src], top: int) -> int:
    """A table pasted one cell per line under its caption (a web page's table copied as text): column names first,
    each on a line of its own (``tables.flat_column_names``; a stub's head before them), then short cells up to a
    heading that names no column, a prose sentence or the next caption, then its legend and marked notes. Returns
    the end of the region, 0 when the lines under the caption do not open such a table."""
    from .tables import flat_column_names, flat_grid_width, flat_stub_then_columns

    texts = [x.s for x in lines]
    j = top
    if flat_stub_then_columns(texts[j : j + 4]):
        j += 1
    head = j
    while j < len(lines) and flat_column_names(texts[j : j + 3]) and j - head < 40:
        j += 1
    if j == head:
        return 0
    j += 2  # the last two column names (flat_column_names looks three lines ahead)
    while j < len(lines):
        s = texts[j]
        if caption_start(s) or (_heading(s) and header_spec(s) is None) or (is_prose(s) and ends_sentence(s)):
            break
        if len(s.split()) > _FLAT_CELL_WORDS or looks_like_legend(s) or footnote_line(s):
            break
        if (
            code_legend(s, [(t, 0) for t in texts[top:j]]) or spelled_out_code(s, texts[top:j]) or symbol_legend(s, texts[top:j])
        ) and not mid_flat_record(texts[top:j]):
            break
        j += 1
    rows_end = j
    while j < len(lines) and (
        looks_like_legend(texts[j]) or footnote_line(texts[j]) or code_legend(texts[j], [(t, 0) for t in texts[top:rows_end]])
        or spelled_out_code(texts[j], texts[top:rows_end])
        # a legend of the codes or symbols the cells print ("NED, no evidence of disease; AWD, alive with disease.",
        # "†, died of disease"), however few its items
        or rows_legend(texts[j], texts[top:rows_end])
        or symbol_legend(texts[j], texts[top:rows_end])
        # the notes the cells' marks point to ("FISH+ a" over "a Break-apart FISH. b RNA panel."), under the legend
        or marked_note(texts[j], texts[top:rows_end])
    ):
        j += 1
    # only a grid that reads as whole records under its column names is taken from the body (its cells stay
    # running text otherwise, as before)
    return j if flat_grid_width(texts[top:rows_end]) is not None else 0


#: a number alone on a line ("14", "5a"): a page number, or a cell of a table pasted one cell per line
_LONE_NUMBER = layout("lone_number_line")


def _after_figure_viewer(lines: list[_Src]) -> set[int]:
    """Ids of the lines right under a web page's figure-viewer links ("Zoom Image", "Open in new tab", "Download
    figure": furniture of ``patterns/web_furniture.jsonl``), blank lines and further such links skipped."""
    from .furniture import line_rule

    out: set[int] = set()
    under = False
    for x in lines:
        if not x.s:
            continue
        if x.furniture and (rule := line_rule(x.s, False)) is not None and rule.name == _FIGURE_VIEWER:
            under = True
            continue
        if under and not x.furniture:
            out.add(id(x))
        under = False
    return out


#: the furniture rule (``patterns/web_furniture.jsonl``) of a web page's figure-viewer links
_FIGURE_VIEWER = "figure viewer links"


def _split_pasted(lines: list[_Src], with_numbers: list[_Src] | None = None) -> tuple[list[_Src], list[_Item]]:
    """One-paragraph-per-line text: a "Table n" caption line followed by at least a header and
    a row line is a table region, up to the first prose sentence or heading; a legend line
    (abbreviations) right after the rows belongs to the table. Everything else is body. The
    first lines must look like a grid (cut into cells, or a header of known columns), so
    unpunctuated prose under a caption of a picture-only table stays in the body."""
    body: list[_Src] = []
    items: list[_Item] = []
    from .tables import flat_cell_line

    # the lines a table pasted one cell per line is read on: the furniture passes take its lone numbers for page
    # numbers and, above a document's first heading, a column's name such as "No." for a page's button
    cells = [x for x in (with_numbers or lines) if not x.furniture or _LONE_NUMBER.fullmatch(x.s) or (x.s and flat_cell_line(x.s))]
    at = {id(x): k for k, x in enumerate(cells)}
    viewed = _after_figure_viewer(with_numbers or lines)
    i = 0
    while i < len(lines):
        cs = caption_start(lines[i].s)
        if cs and cs[0] == "figure" and _label_only(lines[i].s) and i + 1 < len(lines) and _legend_under_label(lines[i + 1].s):
            # "Fig. 2" alone on its line, its legend on the next (a web page's figure copied as text: SpringerLink,
            # PMC, publisher pages): the two lines are the figure's caption, not a paragraph of the section around it
            items.append(_Item("figure", cs[1], lines[i : i + 2]))
            i += 2
            continue
        if (
            cs
            and cs[0] == "figure"
            and body
            and i + 1 < len(lines)
            and _caption_cuts_sentence(lines[i].s, body[-1].s, lines[i + 1].s)
        ):
            # "... and she underwent" / "Figure 1. Axial CT ..." / "partial gastrectomy. ...": a legend line a page set
            # between the two halves of a sentence is the figure's caption; the sentence goes on after it
            items.append(_Item("figure", cs[1], [lines[i]]))
            i += 1
            continue
        if cs and cs[0] == "figure" and id(lines[i]) in viewed:
            # "Zoom Image" / "Open in new tab" over "Fig. 1 (A) ...": a web page's figure copied as text, its legend
            # under the viewer's links is the figure's caption, not a line of the paragraph before it
            items.append(_Item("figure", cs[1], [lines[i]]))
            i += 1
            continue
        if cs and cs[0] == "table":
            j = i + 1
            if _label_only(lines[i].s) and j + 1 < len(lines) and _caption_title(lines[j].s):
                j += 1  # "Table 2" alone, its title on the next line
            top = j
            # a table pasted one cell per line: its cells read on the lines that keep the numbers alone on a line
            # ("1", "14": a case number, a size), which the furniture pass took for page numbers
            k0 = at.get(id(lines[top])) if top < len(lines) else None
            if k0 is not None:  # a column name the furniture passes took ("No.") between the caption and that line
                while k0 > 0 and cells[k0 - 1].furniture and not _LONE_NUMBER.fullmatch(cells[k0 - 1].s):
                    k0 -= 1
            flat = _flat_cells_end(cells, k0) if k0 is not None else 0
            if flat:
                items.append(_Item("table", cs[1], lines[i:top] + cells[k0:flat], continues=is_continued(lines[i].s)))
                i = top
                while i < len(lines) and at[id(lines[i])] < flat:
                    i += 1
                continue
            while j < len(lines) and not looks_like_legend(lines[j].s) and _table_row_line(lines[j].s):
                if _pipe_rows_end([x.s for x in lines[top:j]], lines[j].s) and not _wraps_cell(lines, j, "|") and not bulleted_cell_line([x.raw for x in lines[top:j]], lines[j].raw):
                    break
                if _tab_rows_end([x.s for x in lines[top:j]], lines[j].s) and not _wraps_cell(lines, j, "\t") and not bulleted_cell_line([x.raw for x in lines[top:j]], lines[j].raw):
                    break
                j += 1
            # ... or a panel printed with no header: its caption names what it holds, its first lines marker | result
            unruled = [x.s for x in lines[top:j] if not _TABLE_RULE.match(x.s)][:2]
            gridlike = any(_grid_line(x.s) for x in lines[top : top + 3]) or (
                len(unruled) == 2 and all(headless_panel_row(x) for x in unruled)
            )
            if j - top >= 2 and gridlike:
                rows_end = j
                tabbed = _tab_rows_end([x.s for x in lines[top:rows_end]], "")
                # ... or under rows cut into cells by runs of spaces (a PDF dump's grid pasted as text)
                tabbed = tabbed or all(split_cells(x.s) is not None for x in lines[top:rows_end])
                while j < len(lines) and (
                    looks_like_legend(lines[j].s)
                    or footnote_line(lines[j].s)
                    or marked_note(lines[j].s, [x.s for x in lines[top:rows_end]])
                    or spelled_out_code(lines[j].s, [x.s for x in lines[top:rows_end]])
                    or rows_legend(lines[j].s, [x.s for x in lines[top:rows_end]])
                    or symbol_legend(lines[j].s, [x.s for x in lines[top:rows_end]])
                    # a bare legend ("NED no evidence of disease, + positive") under tab or spaced rows, which ended at it
                    or (tabbed and code_legend(lines[j].s, [(x.s, 0) for x in lines[top:rows_end]]))
                ):
                    j += 1
                if j < len(lines) and any(sep in lines[j - 1].s for sep in "|\t") and opens_with_legend(lines[j].s):
                    j += 1  # "nd, not done. The panel covers ...": a note under a barred or tabbed grid's rows
                items.append(_Item("table", cs[1], lines[i:j], continues=is_continued(lines[i].s)))
                i = j
                continue
        j = _panel_grid_end(lines, i)
        if j:
            items.append(_Item("table", f"U{sum(1 for it in items if it.num.startswith('U')) + 1}", lines[i:j], bare=True))
            i = j
            continue
        body.append(lines[i])
        i += 1
    return body, items


#: the most words of a label line taken for the caption of the export under it ("Supplementary Data S1 (CSV)")
_EXPORT_CAPTION_WORDS = 25


def _export_end(lines: list[_Src], i: int) -> int:
    """A spreadsheet saved as text under no "Table n" caption (a supplement's CSV, TSV or semicolon-separated
    export; a pasted sheet whose merged group headings sit on a line of their own): a header naming known columns
    (``tables.export_header``), 1+ rows cut into as many cells, then any legend lines. Returns the end of the grid
    and its legend, 0 when line ``i`` opens no such grid."""
    s = lines[i].raw.strip(" ")  # a leading tab is a blank first cell
    if not s or caption_start(s) or not any(d in s for d in ("\t", ";", ",")):
        return 0
    h = i + 1 if i + 1 < len(lines) and group_heading(s, lines[i + 1].raw.strip(" ")) else i
    head = export_header(lines[h].raw.strip(" "))
    if head is None:
        return 0
    j = h + 1
    while j < len(lines) and export_row(lines[j].raw.strip(" "), *head) and not export_legend(lines[j].s):
        j += 1
    if j == h + 1:
        return 0
    k = j + 1 if j + 1 < len(lines) and not lines[j].s else j  # a legend below a blank line
    while k < len(lines) and k < j + 3 and export_legend(lines[k].s) and not caption_start(lines[k].s):
        k += 1
        j = k
    return j


def _sheet_end(lines: list[_Src], i: int) -> int:
    """One patient's data sheet (a supplement's case-report form: one field per line, "Sex: M", "Age ...... 38 y"),
    under a heading line that labels it ("=== Patient H ===", "---- DATA SHEET 02 ----"): the end of its field lines,
    0 when line ``i`` opens no such sheet (4+ fields, 3+ of them known columns; ``tables.is_data_sheet``)."""
    if sheet_heading(lines[i].s, plain=True) is None:
        return 0
    j = i + 1
    while j < len(lines) and lines[j].s and sheet_field(lines[j].s) is not None and sheet_heading(lines[j].s, plain=True) is None:
        if len(lines[j].s.split()) > _SHEET_LINE_WORDS:
            break  # a sentence of prose after a colon ("Note: in case 2 the ..."), no field
        j += 1
    return j if is_data_sheet([x.s for x in lines[i + 1 : j]], plain_sheet_heading(lines[i].s)) else 0


#: the most words a data sheet's line holds (a field and its value; a longer line is prose)
_SHEET_LINE_WORDS = 24


def _take_sheets(src: list[_Src]) -> tuple[list[_Src], list[_Item]]:
    """The data sheets (see :func:`_sheet_end`) and the spreadsheet exports under no "Table n" caption (see
    :func:`_export_end`) among the source lines, as table items, and the other lines."""
    sheets = any((x.s[:1] in "=-*#_~" or x.s[:1] in "PpCc") and sheet_heading(x.s, plain=True) for x in src if x.s)
    exports = any(("\t" in x.raw or ";" in x.s or x.s.count(",") >= 2) and export_header(x.raw.strip(" ")) for x in src if x.s)
    if not (sheets or exports):
        return src, []
    rest: list[_Src] = []
    items: list[_Item] = []
    i = 0
    while i < len(src):
        usable = bool(src[i].s) and not src[i].furniture
        j = _sheet_end(src, i) if usable and sheets else 0
        if j:
            items.append(_Item("table", f"D{len(items) + 1}", src[i:j], bare=True))
            i = j
            continue
        j = _export_end(src, i) if usable and exports and not _caption_reads_grid(rest, src[i]) and not _inside_grid(rest, src[i]) else 0
        if j:
            items.append(_export_item(rest, [x for x in src[i:j] if x.s], f"X{len(items) + 1}"))
            i = j
            continue
        rest.append(src[i])
        i += 1
    return rest, items


def _inside_grid(rest: list[_Src], line: _Src) -> bool:
    """Is ``line`` a row inside a grid that began above it (the line right above is cut by the same delimiter)?"""
    if not rest or not rest[-1].s:
        return False
    above = rest[-1].raw.strip(" ")
    for d in ("\t", ";", ","):
        if d in above and d in line.raw:
            cells = export_cells(above, d) or []
            if len(cells) >= 3 and all(len(above[a:b].split()) <= 6 for a, b in cells):
                return True  # the line above is a row of cells too
    return False


def _caption_reads_grid(rest: list[_Src], line: _Src) -> bool:
    """Do the readers of a "Table n" caption right above take the grid opening at ``line``? They cut lines at bars,
    tabs and column gaps, not at commas or semicolons: a comma- or semicolon-separated export set under its caption
    (a web table copied as CSV) is read as an export, its caption kept."""
    return _under_table_caption(rest) and ("\t" in line.raw or "|" in line.raw)


def _under_table_caption(rest: list[_Src]) -> bool:
    """Is the last non-blank line before a grid a "Table n" caption (the caption's own readers take that grid)?"""
    last = next((x for x in reversed(rest) if x.s and not x.furniture), None)
    return last is not None and (cs := caption_start(last.s)) is not None and cs[0] == "table"


def _export_item(body: list[_Src], grid: list[_Src], num: str) -> _Item:
    """The table item of an export (see :func:`_export_end`): a legend line just above it goes with it (after its
    rows), and a short label line above that (or above the grid) is its caption."""
    above: list[_Src] = []
    caption: _Src | None = None
    for _ in range(2):  # the legend and the caption above the grid, in either order (blank lines between them)
        while body and not body[-1].s:
            body.pop()
        if not above and body and export_legend(body[-1].s) and export_header(body[-1].s) is None:
            above.append(body.pop())
        elif caption is None and body and len(body[-1].s.split()) <= _EXPORT_CAPTION_WORDS and layout("export_caption").match(body[-1].s):
            caption = body.pop()
    if caption is not None:
        return _Item("table", num, [caption, *grid, *above])
    return _Item("table", num, [*grid, *above], bare=True)


def _bare_grids(lines: list[_Src]) -> dict[int, set[int]]:
    """The uncaptioned grids among ``lines`` (see :func:`_panel_grid_end`): id of each grid's first line -> the ids
    of all its lines."""
    out: dict[int, set[int]] = {}
    k = 0
    while k < len(lines):
        end = _panel_grid_end(lines, k) if split_cells(lines[k].s) is not None else 0
        if end:
            out[id(lines[k])] = {id(x) for x in lines[k:end]}
            k = end
        else:
            k += 1
    return out


def _delimiter(s: str) -> str | None:
    """The character that cuts a line into cells (a bar, else a tab), if it is cut into 2+ cells by one."""
    cells = split_cells(s)
    if cells is None:
        return None
    return "|" if "|" in s else "\t" if "\t" in s else None


def _panel_grid_end(lines: list[_Src], i: int) -> int:
    """A grid set without a "Table n" caption (under a plain label such as "IHC" or "Clinical data", or none): an
    antibody panel, its header's first cell naming the antibody column ("Antibody | Clone | Result", "Marker<TAB>Result",
    "Antibody   Clone   Dilution   Result" set with space runs), a table with one column per patient, set with bars
    or tabs ("Feature | Patient 1 | Patient 2"), or a summary of cases set with bars or tabs, its header naming three
    known columns ("| Case | Age | Site | Surgery |"); then 2+ lines cut the same way. Returns the end of the grid (the
    first line not cut so), 0 when line ``i`` opens no such grid."""
    s = lines[i].s
    cells = split_cells(s)
    if cells is None or caption_start(s):
        return 0
    sep = _delimiter(s)
    texts = [s[a:b] for a, b in cells]
    spec = header_spec(texts[0])
    panel = spec is not None and spec.field == "ihc_panel:antibody" and (sep is not None or len(cells) >= 3)
    labels = [value_pattern("case_label").fullmatch(t.strip()) is not None for t in texts]
    # the attribute column's head may be a word ("Feature"), or blank (a bar or tab before the first patient)
    per_patient = sep is not None and (
        (len(texts) >= 3 and layout("transposed_stub").fullmatch(texts[0].strip()) is not None and all(labels[1:]))
        or (
            len(texts) >= 2
            and all(labels)
            and lines[i].raw.lstrip(" ").startswith(sep)
            and i + 1 < len(lines)
            and len(split_cells(lines[i + 1].s) or ()) == len(texts) + 1
        )
    )
    # a summary of cases set with bars or tabs under no caption ("| Case | Age | Site | ... |" pasted from a web page):
    # its header names three known columns or more
    summary = sep is not None and len(cells) >= 3 and is_header_line(s)
    if not (panel or per_patient or summary):
        return 0
    j = i + 1
    while j < len(lines) and not caption_start(lines[j].s):
        if sep is not None and sep not in lines[j].raw and not _wraps_cell(lines, j, sep) and not (sep == "|" and _barred(lines[j].s)):
            break
        elif sep is None and (split_cells(lines[j].s) is None or (is_prose(lines[j].s) and ends_sentence(lines[j].s))):
            break  # (a sentence with two spaces after a full stop is no row of a grid set with space runs)
        j += 1
    return j if j - i >= 3 else 0


def _wraps_cell(lines: list[_Src], j: int, sep: str) -> bool:
    """Is line ``j``, cut by no ``sep``, a cell wrapped onto a line of its own ("positive (granular," over
    "cytoplasmic)"): the last cell of the line above ends open and the line below is cut by ``sep`` again?"""
    if j == 0 or j + 1 >= len(lines) or sep not in lines[j - 1].raw or sep not in lines[j + 1].raw:
        return False
    return ends_open(lines[j - 1].raw.rstrip().rstrip(sep).rsplit(sep, 1)[-1])


def _tab_rows_end(rows: list[str], s: str) -> bool:
    """A table whose header and rows are all cut by tabs (a web page's table saved as text) ends at a line without
    one: a sub-heading outside the vocabulary ("Pathological findings"), a note in a sentence under it ("X and Y were
    negative in all four tumours": prose about every row, read as the body's), not one more row."""
    if layout("page_marker_line").fullmatch(s.strip()):
        return False  # a page marker printed inside the grid ("-- page 3 of 5 --"): the rows go on under it
    return len(rows) >= 2 and "\t" not in s and "|" not in s and all("\t" in r for r in rows)


def _pipe_rows_end(rows: list[str], s: str) -> bool:
    """A table whose header and rows are all set with bars ends at a line without one: what follows is the body
    again ("Comment", "Outcome and follow-up": a heading outside the vocabulary, or a paragraph), not one more row."""
    return len(rows) >= 2 and not _barred(s) and "\t" not in s and all(_barred(r) for r in rows)


def _resumes(s: str, prev: str, interrupted_mid: bool, wide: float, has_content: bool, interrupted_open: bool = False) -> bool:
    """Does line ``s`` give the body back after a caption/table region? (``interrupted_open``: the caption cut a
    sentence on a word no sentence ends on, "positive for": the body resumes at the line after the caption's
    finished sentence, whatever its first letter.)"""
    if not is_prose(s) or len(s) > wide:
        return False
    if len(prev) > wide and not ends_sentence(prev):
        return False  # wrapped full-width caption/footnote text goes on
    if interrupted_mid:
        return s[0].islower() or s[0] in "([" or (interrupted_open and ends_sentence(prev))
    # a legend's panel ending on its stain or magnification in brackets ends it, its first line alone too
    return (s[0].isupper() or s[0].isdigit()) and (
        (has_content and (ends_sentence(prev) or not is_prose(prev)))
        or layout("legend_magnification_end").search(prev) is not None
    )


#: the kinds of the main headings of a paper, which may follow a line that ends without a full stop
_MAIN_HEADINGS = HEADING_KINDS - {"acknowledgements"}


def _heading_after_open_line(s: str, nxt: str, after_heading: bool) -> Heading | None:
    """A main heading alone on a short line after a line that ends without a full stop (a wrapped title, a
    keywords line: "... crizotinib, children" / "Case presentation" / "A 6-year-old boy ..."): a heading when
    the line after it opens a paragraph (a capital or a digit), so a heading word carried over a wrapped
    sentence's line end ("... with" / "Presentation" / "of ...") is not one. A case heading so placed before
    any other heading is the article type printed over the title ("Case Report"), not a section."""
    if len(s) > 40 or not nxt[:1].isupper() and not nxt[:1].isdigit():
        return None
    h = _heading(s)
    if h is None or h.kind not in _MAIN_HEADINGS or h.sub:
        return None
    if (
        h.kind == "case"
        and not after_heading
        and not layout("numbered_case_opening").match(nxt)
        and not layout("numbered_heading").match(s)
    ):
        return None  # a case heading over "Case 1: A ..." or numbered ("1. Case presentation") is the section
    return h


def _article_type_label(h: Heading, k: int, body: list[_Src], paras: list[Para]) -> bool:
    """Is the case heading at body line ``k`` the article's type printed over its title ("CASE REPORT", "Case series"
    above "IMT of the X: two cases", then the authors)? Near the top, before any heading, followed by a title line (no
    full stop, no heading; wrapped over up to three lines) and then an author line. A PubMed page prints the citation
    and DOI lines between the type and the title ("Case Reports" / ". 2025 Mar;41(2):88-93. doi: ..." / the title /
    the authors). A page's "Abstract" tab printed over the title and the byline is front matter the same way."""
    if h.kind not in ("case", "abstract") or k >= 12 or any(p.heading for p in paras):
        return False
    j = k + 1
    while j < min(k + 3, len(body)) and _citation_line(body[j].s):
        j += 1
    # the title may be wrapped over up to three lines before the byline
    for end in range(j + 1, min(j + 4, len(body))):
        title = body[end - 1].s
        if ends_sentence(title) or _heading(title) is not None:
            return False
        if is_author_line(body[end].s):
            return True
    return False


def _typed_title(rest: str, k: int, byline: bool, paras: list[Para], wrapped: bool) -> bool:
    """Is ``rest``, after a case label run into body line ``k`` ("Case Report: Entrectinib in a tracheal IMT"), the
    article's title with its type printed first? Near the top, above the byline and any heading (under a saved page's
    site name and menu), in a text of one paragraph a line (a wrapped line may end mid-sentence), a phrase of five
    words or more that ends no sentence: a case told after its label ("Case report: A 40-year-old man ...") ends on a
    full stop."""
    words = rest.split()
    return (
        not wrapped and k < _FRONT_LINES and not byline and not any(p.heading for p in paras)
        and 5 <= len(words) <= 40 and not ends_sentence(rest) and rest.rstrip()[-1:] not in ".:;,"
    )  # fmt: skip


def _citation_line(s: str) -> bool:
    """A citation or DOI line (year, volume, pages, identifier): a sixth of it digits, or a DOI."""
    return "doi" in s.lower() or sum(c.isdigit() for c in s) * 6 > len(s)


#: the kinds of a structured abstract's first label ("Background:", "Abstract.", "Summary -")
_ABSTRACT_OPENING = frozenset({"abstract", "introduction"})
#: the main headings (case, discussion, conclusion): after one the case has been told (a run-in back-matter label
#: may follow), and one of them may be run into its text on a line after an open line
_TOLD_KINDS = frozenset({"case", "discussion", "conclusion"})
_BACK_MATTER_RUN_IN = layout("back_matter_run_in")
_INLINE_HEADING = layout("inline_heading")


def _back_matter_run_in(s: str) -> tuple[Heading, str] | None:
    """A back-matter label run into its text ("Funding: none.", "Declarations. Consent for publication: ..."): the
    heading (acknowledgements) and the rest of the line; None for any other line."""
    m = _INLINE_HEADING.match(s)
    if m is None or not _BACK_MATTER_RUN_IN.fullmatch(m.group(1).strip()):
        return None
    h = classify_heading(m.group(1))
    return (h, m.group(2)) if h is not None and h.kind == "acknowledgements" else None


_REFERENCE_ENTRY = layout("reference_entry")
_REFERENCE_YEAR = layout("reference_entry_year")
_ENTRY_NUMBER = layout("reference_entry_number")


def _headless_references(s: str, nxt: str) -> bool:
    """A reference list printed without its heading (a saved page that drops it, a PDF dump): its first entry
    ("1. Surname AB, Surname C. Title. J Abbrev 2010; 45:100-4.") with the second under it, both numbered
    citations with a year. The titles are other papers' patients, never this one's. A list cut part-way (a page
    that starts it at "14.") is one too: any two numbered citations in a row, the second numbered next."""
    if not all(_REFERENCE_ENTRY.match(t) is not None and _REFERENCE_YEAR.search(t) is not None for t in (s, nxt)):
        return False
    a, b = _ENTRY_NUMBER.match(s), _ENTRY_NUMBER.match(nxt)
    return a is not None and b is not None and int(b.group(1)) == int(a.group(1)) + 1


def _paragraphs(body: list[_Src], src: list[_Src], wrapped: bool, median: float) -> list[Para]:
    blank_before: set[int] = set()
    n_blank = sum(1 for x in src if not x.s)
    n_text = sum(1 for x in src if x.s)
    blank_sep = n_blank < 0.5 * n_text
    if blank_sep:
        for a, b in zip(src, src[1:]):
            if not a.s and b.s:
                blank_before.add(b.idx)
    paras: list[Para] = []
    cur: list[Line] = []

    def flush() -> None:
        nonlocal cur
        if cur:
            paras.append(Para(cur))
            cur = []

    # lines left out of the body (page furniture, a table or a figure caption set between two columns): a
    # sentence they interrupt goes on after them
    in_body = {x.idx for x in body}
    furniture = [y.idx for y in src if y.furniture or (y.s and y.idx not in in_body)]
    # a drawn rule between two blocks (the entries of a listing page): the block after it opens a paragraph, unless
    # a sentence goes on over it (a rule marking a page break: "... was" / "____" / "treated with ...")
    drawn = [y.idx for y in src if y.s and _RULE_LINE.match(y.raw) is not None]
    ruled_at: list[int] = []  # the paragraphs (by their index in ``paras``) a rule stands before
    prev = ""
    prev_idx = -1
    byline = False
    told = False  # a case, discussion or conclusion heading seen: a back-matter label may now be run in
    # a page printing its own language beside the English (not ASCII, or another language's words): a line that turns
    # from one to the other opens a paragraph (asked only then)
    bilingual = any(not x.s.isascii() for x in body) or any(other_language_words(x.s) for x in body)
    for k, x in enumerate(body):
        s = x.s
        prev_ends = ends_sentence(prev)  # asked up to three times below
        ln = Line(s, x.page)
        # a sentence carried over a page footer, a table or a figure goes on (in capitals too after a comma or a
        # word no sentence ends on, on a line of text width: "a panel covering ALK, ROS1," / figure / "NTRK1-3 and
        # RET detected ...", not a short running head "Surname AB et al."); in pasted text (a line a paragraph) too
        carried = bool(
            cur
            and (
                s[:1].islower()
                or (_LINE_ENDS_OPEN.search(prev) is not None and len(s) >= 0.6 * median)
                or (s[:1].isdigit() and prev[-1:].islower())  # "... and CT at" / footer / "12 months, without ..."
            )
            and not prev_ends
            and any(prev_idx < f < x.idx for f in furniture)
        )
        if carried and x.idx in blank_before:
            blank_before.discard(x.idx)
        if drawn and not s[:1].islower() and any(prev_idx < r < x.idx for r in drawn):
            flush()
            ruled_at.append(len(paras))
        prev_idx = x.idx
        if cur and s[:1].isalnum() and joins_without_space(prev, s):
            # a word or marker name broken at a line end ("S-" / "100", "AE1/" / "AE3", "CAM5." / "2") goes on,
            # whatever the line's shape (one paragraph per line, a blank line or a page footer between)
            cur.append(ln)
            prev = s
            continue
        starts_block = not cur or prev_ends or x.idx in blank_before or (not wrapped and not carried)
        if not starts_block and s[:3] in ("---", "===", "~~~", "***", "___") and _DECORATED.match(s) is not None:
            starts_block = True  # "----- Slide: Case 2 -----": a title set off by rules opens its line, whatever came before
        if starts_block:
            h = _heading(s)
        else:
            # past the byline, a case heading after an open line (an affiliation) is the case section, not the
            # article's type printed over the title
            h = _heading_after_open_line(
                s, body[k + 1].s if k + 1 < len(body) else "", byline or any(p.heading for p in paras)
            )
        if h is None and k and (
            _headless_references(s, body[k + 1].s if k + 1 < len(body) else "")
            or (
                flat_reference_entry(s)
                and k + 1 < len(body)
                and flat_reference_entry(body[k + 1].s)
                and not flat_reference_entry(body[k - 1].s)
            )
        ):
            h = Heading("references", "References")  # the list's first entry opens it as its heading would
        if h is not None and _article_type_label(h, k, body, paras):
            h = None  # "CASE SERIES" printed over the title: the article's type, front matter, not its case section
        if h is not None:
            flush()
            paras.append(Para([ln], heading=h))
            told = told or h.kind in _TOLD_KINDS
            prev = s
            continue
        # the line's run-in heading, asked once (only where one of the three checks below reads it)
        split = split_inline_heading(s) if starts_block or k < _FRONT_LINES or (wrapped and s[:1].isupper()) else None
        inline = split if starts_block else None
        if inline is None and k and k < _FRONT_LINES and not any(p.heading for p in paras):
            # a structured abstract's first label opening the line after a title printed without a full stop
            # ("... missed by FISH" / "Background. Renal IMT is ..."): the abstract starts there, the title ends
            inline = split if split is not None and split[0].kind in _ABSTRACT_OPENING else None
        if inline is None and not starts_block and wrapped and s[:1].isupper() and split is not None:
            # "08/2029 | MRI clear" / "Discussion. Such tumours ...": a main heading run into its text opens its line
            # after an open one (a table row, a title); a sentence is not carried over a line end onto a capitalised
            # heading word with its own full stop and a capital after it
            inline = split if split[0].kind in _TOLD_KINDS and split[1][:1].isupper() else None
        if inline is None and starts_block and told and (got := _back_matter_run_in(s)) is not None:
            inline = got  # "Acknowledgements: we thank Dr X, who performed the FISH" after the case: back matter
        if inline is not None and inline[0].kind == "case" and (k == 0 or _typed_title(inline[1], k, byline, paras, wrapped)):
            # "Case Report: <title>" on the first line, or on the first after a saved page's banner, is the title,
            # article type first
            inline = None
        if inline is not None:
            flush()
            head, rest = inline
            told = told or head.kind in _TOLD_KINDS
            paras.append(Para([Line(s[: len(s) - len(rest)].strip(), x.page)], heading=head))
            cur = [Line(rest, x.page)]
            prev = s
            continue
        if k < 12 and is_author_line(s):
            byline = True
            flush()
            paras.append(Para([ln]))
            prev = s
            continue
        if cur and (
            (not wrapped and not carried)
            or x.idx in blank_before
            or (prev_ends and len(prev) < 0.8 * median)
            # a synoptic checklist's lines ("Margins ........ Negative"): each its own line, its value not run into the next label
            or _LEADER_FIELD.match(prev) is not None
            or _LEADER_FIELD.match(s) is not None
            # a short field line ("ALK (D5F3): Positive", "Desmin - negative"): its value ends at the line's end, not run into
            # the next label or sentence (past the front matter: a wrapped title may hold a colon)
            or ((told or k >= _FRONT_LINES) and len(prev) < 0.8 * median and s[:1].isupper() and _KEY_VALUE.match(prev) is not None)
            # a list item opening on its bullet ("- ALK (+)", "* no recurrence at 12 mo"): one fact a bullet, not run
            # into the item or the label line before it
            or _BULLET.match(s) is not None
            # a clinical note's field opening on its label ("PMH: HTN", "FHx: mother h/o ..."): a field of its own
            or _NOTE_FIELD.match(s) is not None
            # a stain list opening on its result ("Positive - ALK, SMA", "Negative: CD34") or a headerless panel's line
            # ("ALK (5A4)     +"): one result a line, never run into the next or into the sentence before
            or _RESULT_LIST.match(s) is not None
            or _RESULT_LIST.match(prev) is not None
            or _PANEL_RESULT.match(s) is not None
            or _PANEL_RESULT.match(prev) is not None
            # a label alone on its line over the items after it ("Tx:", "Course:", "Path (final):")
            or (len(s) <= 40 and _LABEL_ALONE.match(s) is not None)
            # ``not cur`` first: the last paragraph's text is joined only when it can matter
            or (not cur and paras and not paras[-1].heading and is_author_line(paras[-1].text))
            # the English title or abstract under the original language's, or the other way round, printed without a
            # full stop between them: two paragraphs, each read (or left) as its language
            or (bilingual and language_turn(lines_counts(ln.text for ln in cur), s))
        ):
            flush()
        cur.append(ln)
        prev = s
    flush()
    for k in ruled_at:
        if k < len(paras):
            paras[k].ruled = True
    return paras


# -- side-by-side columns (``pdftotext -layout`` dumps, some copy-pastes) ------------------------------
#: the fewest spaces between the two columns' pieces of one line
_GUTTER_MIN = 3
#: how far right of the column's start a right piece may begin (a paragraph's indented first line)
_INDENT_MAX = 6
#: the fewest lines of a block holding a piece of both columns, and their pieces' least median length
_MIN_TWO_SIDED = 6
_MIN_PIECE_CHARS = 22
#: the fewest such lines on a page asked at the gutter the document's other pages share
_MIN_TWO_SIDED_KNOWN = 3


class ColumnLine(str):
    """A line of an unfolded dump that is one column's piece of a printed line (see :func:`unfold_columns`): as wide
    as its column, not the page, when the reader asks whether the text wraps."""


def _cut_at(line: str, c: int) -> tuple[str, str, str] | None:
    """How a line sits against a gutter whose right column starts at ``c``: ``("two", left, right)``,
    ``("left", line, "")``, ``("right", "", right)``; None when text crosses the gutter (a heading or a
    running head over both columns, a full-width table row). Right of the gutter, text may start a little
    later (an indented first line) or anywhere when it is a heading centred in its column."""
    n = len(line)
    if n < c or not line[c - 1 :].strip():
        return ("left", line, "")
    if line[c - 1] != " ":
        # the right column's line set one place early (a rounding of its x position): 3+ spaces before it
        if c >= 5 and line[c - 4 : c - 1] == "   " and line[: c - 4].strip():
            a = c - 4
            while a > 0 and line[a - 1] == " ":
                a -= 1
            return ("two", line[:a], line[c - 1 :])
        return None
    b = c - 1
    while b < n and line[b] == " ":
        b += 1
    a = c - 1
    while a > 0 and line[a - 1] == " ":
        a -= 1
    if not line[:a].strip():
        return ("right", "", line[b:])
    if b - a < _GUTTER_MIN:
        return None
    if b > c + _INDENT_MAX and _heading(line[b:].strip()) is None:
        return None  # a running head or a table row over both columns whose gap happens to cover the gutter
    return ("two", line[:a], line[b:])


def _narrow_gap_cuts(lines: list[str], cuts: list[tuple[str, str, str] | None], c: int) -> None:
    """A full line of the left column may leave only two spaces before the right column's piece (justified
    text: "... keratin, EMA, S-  if resistance ..."): a line crossing the gutter only by such a gap, its right
    piece starting right at the gutter and a printed line next to it cut there, is cut there too."""
    for i, k in enumerate(cuts):
        x = lines[i]
        if k is not None or len(x) <= c or x[c - 2 : c] != "  " or x[c] == " " or x[c - 3] == " ":
            continue
        if len(x[: c - 2].strip()) < _MIN_PIECE_CHARS:
            continue
        near = [cuts[j] for j in (i - 1, i + 1) if 0 <= j < len(cuts) and lines[j].strip()]
        if any(n is not None and n[0] == "two" for n in near):
            cuts[i] = ("two", x[: c - 2], x[c:])


def _overfull_cuts(lines: list[str], cuts: list[tuple[str, str, str] | None], c: int) -> None:
    """A left column's line set so tight that it runs up to the gutter, the right column's piece pushed one place on
    behind a single space ("... reported in almost every asis in fewer than 5% ..."): a line crossing the gutter only by
    such a space, right at the gutter, between two lines cut there (the printed lines right above and below it), is
    cut there too; a heading or a table row over both columns stands apart from the column lines around it."""
    for i, k in enumerate(cuts):
        x = lines[i]
        if k is not None or len(x) <= c + 2:
            continue
        spots = [p for p in (c, c - 1, c + 1) if x[p] == " " and x[p - 1] != " " and x[p + 1] != " "]
        if not spots:
            continue
        p = spots[0]
        left, right = x[:p], x[p + 1 :]
        if len(left.strip()) < _MIN_PIECE_CHARS or len(right.split()) < 3 or "   " in left.strip() or "   " in right.strip():
            continue
        if caption_start(x.strip()) is not None or _heading(x.strip()) is not None:
            continue  # a legend or a heading set over both columns
        near = [cuts[j] for j in (i - 1, i + 1) if 0 <= j < len(cuts)]
        if len(near) == 2 and all(n is not None and n[0] == "two" for n in near):
            cuts[i] = ("two", left, right)


def _gutter_column(lines: list[str]) -> int | None:
    """The column where the right-hand text of most lines starts after a run of 3+ spaces (each line
    votes once per such start), when at least ``_MIN_TWO_SIDED`` lines agree (one place either side
    counted); None otherwise."""
    cands = _gutter_columns(lines)
    return cands[0] if cands else None


def _gutter_columns(lines: list[str]) -> list[int]:
    """The columns where the right-hand text of lines starts after a run of 3+ spaces, most votes first (see
    :func:`_gutter_column`): a table's column may outvote a page's gutter when the page's column text is short."""
    votes: dict[int, int] = {}
    width = max((len(x) for x in lines), default=0)
    for x in lines:
        at = x.find("   ")
        while at >= 0:
            b = at + 3
            while b < len(x) and x[b] == " ":
                b += 1
            if b < len(x) and at > 0 and x[:at].strip():
                votes[b] = votes.get(b, 0) + 1
            at = x.find("   ", b)
    if not votes:
        return []
    # the middle half of the widest line: a column, not an indented list or a page number at the margin; a
    # start one place off (rounded x positions) still votes for its neighbour
    near = {c: votes.get(c - 1, 0) + v + votes.get(c + 1, 0) for c, v in votes.items()}
    cands = [(near[c], v, c) for c, v in votes.items() if 0.25 * width <= c <= 0.75 * width and near[c] >= _MIN_TWO_SIDED]
    return [c for *_, c in sorted(cands, reverse=True)]


def _column_block(cuts: list[tuple[str, str, str]], min_two: int = _MIN_TWO_SIDED) -> bool:
    """Do these lines read as two columns of prose: enough lines hold a piece of each column, their pieces
    are long runs of words, and few pieces hold a wide gap of their own (table cells do)."""
    two = [(a.strip(), b.strip()) for k, a, b in cuts if k == "two"]
    if len(two) < min_two:
        return False
    lefts = sorted(len(a) for a, _ in two)
    rights = sorted(len(b) for _, b in two)
    if lefts[len(lefts) // 2] < _MIN_PIECE_CHARS or rights[len(rights) // 2] < _MIN_PIECE_CHARS:
        return False
    wordy = sum(1 for a, b in two if len(a.split()) >= 3 and len(b.split()) >= 3)
    gapped = sum(1 for a, b in two if "   " in a or "   " in b)
    return wordy >= 0.5 * len(two) and gapped <= 0.2 * len(two)


def _table_caption(s: str) -> bool:
    cs = caption_start(s)
    return cs is not None and cs[0] == "table"


def _grid_under_caption(lines: list[str], cuts: list[tuple[str, str, str] | None], k: int) -> bool:
    """Is line ``k`` a "Table n" caption over a table whose first line under it holds a wide gap inside a column's
    piece (cells set with spaces: a table over both columns, or two halves of one side by side)? A block of column
    text ends there: its rows are no column's lines."""
    if not _table_caption(lines[k].strip()):
        return False
    nxt = next((h for h in range(k + 1, len(lines)) if lines[h].strip()), None)
    if nxt is None:
        return False
    cut = cuts[nxt]
    return cut is None or "   " in cut[1].strip() or "   " in cut[2].strip()


def _column_runs(
    lines: list[str], cuts: list[tuple[str, str, str] | None]
) -> list[tuple[int, int, list[tuple[str, str, str]] | None, bool]]:
    """A page's lines as runs ``(i, j, block, ok)``: a line crossing the gutter alone (``block`` None), or a run of
    lines cut at the gutter, ``ok`` False when it sits under a "Table n" caption over both columns (a two-column
    table of long cells, not columns of text). A table narrower than the left column, its caption heading the run,
    is a run of its own up to the blank line under it when none of its lines reaches the right column: the column
    text after it is judged apart."""
    runs: list[tuple[int, int, list[tuple[str, str, str]] | None, bool]] = []
    i = 0
    while i < len(lines):
        if cuts[i] is None:
            runs.append((i, i + 1, None, False))
            i += 1
            continue
        j = i
        while j < len(lines) and cuts[j] is not None and not (j > i and _grid_under_caption(lines, cuts, j)):
            j += 1
        block = [k for k in cuts[i:j] if k is not None]
        above = next((lines[h].strip() for h in range(i - 1, -1, -1) if lines[h].strip()), "")
        top = next((k for k in block if k[0] != "blank"), ("blank", "", ""))
        headed = top[0] == "left" and _table_caption(top[1].strip())
        if headed:
            end = next((h for h in range(i, j) if cuts[h] is not None and cuts[h][0] == "blank" and h > i), j)
            if end < j and all(k is not None and k[0] in ("left", "blank") for k in cuts[i:end]):
                runs.append((i, end, [k for k in cuts[i:end] if k is not None], False))
                i = end
                continue
        runs.append((i, j, block, not (_table_caption(above) or headed)))
        i = j
    return runs


def _unfold_page(lines: list[str], depth: int = 0, at: int | None = None, min_two: int = _MIN_TWO_SIDED) -> list[str] | None:
    """One page's lines in reading order: each block of lines cut by a common gutter gives its left column,
    then its right one; lines crossing the gutter (headings and tables over both columns) end a block
    and stay where they are (the lines of no block are asked again for a gutter of their own: facing
    pages of a dump without form feeds set their columns apart at different places). None when the
    page holds no such block. ``at``: the gutter found on the document's other pages (a short last page
    has too few lines to find it alone), asked with ``min_two`` lines holding both columns."""
    if at is None:
        # the gutter most lines vote for, else the next one whose lines read as columns of text
        return next((got for c in _gutter_columns(lines) if (got := _unfold_page(lines, depth, c, min_two)) is not None), None)
    c = at
    cuts = [_cut_at(x, c) if x.strip() else ("blank", "", "") for x in lines]
    _narrow_gap_cuts(lines, cuts, c)
    _overfull_cuts(lines, cuts, c)
    # the first and last printed lines of a page set off by a blank line are its running head and foot,
    # printed over both columns even when their gap happens to fall on the gutter
    shown = [i for i, x in enumerate(lines) if x.strip()]
    if len(shown) > 2:
        for edge, inner in ((shown[0], shown[0] + 1), (shown[-1], shown[-1] - 1)):
            if not lines[inner].strip():
                cuts[edge] = None
    # so is a line standing alone between blank lines with a piece on each side (a running head between two
    # pages of a dump without form feeds): column text is never a lone line in both columns at once
    for i in shown:
        if cuts[i] is not None and cuts[i][0] == "two":
            if (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip()):
                cuts[i] = None
    out: list[str] = []
    rest: list[str] = []  # lines of no block yet
    found = False

    def flush() -> None:
        nonlocal found
        sub = _unfold_page(rest, depth + 1) if depth < 2 and len(rest) >= _MIN_TWO_SIDED else None
        found = found or sub is not None
        out.extend(sub if sub is not None else rest)
        rest.clear()

    runs = _column_runs(lines, cuts)
    # a page whose two-column text is broken into short blocks by a figure legend or a table over both columns
    # (a case report's "Case 1" block, its legend, "Case 2" block): the blocks cut at the same gutter count together
    two_sided = [sum(1 for k in b if k[0] == "two") for _, _, b, ok in runs if ok and _column_block(b, _MIN_TWO_SIDED_KNOWN)]
    if len(two_sided) >= 2 and sum(two_sided) >= min_two:
        min_two = min(min_two, _MIN_TWO_SIDED_KNOWN)
    for i, j, block, ok in runs:
        if block is None:
            rest.append(lines[i])
            continue
        if not ok or not _column_block(block, min_two):
            # under a "Table n" caption over both columns: a two-column table of long cells, not columns of text
            rest.extend(lines[i:j])
            continue
        flush()
        found = True
        # a side left empty beside the other's text is a blank line of that column (a paragraph break); the
        # blank rows under the shorter column are not: the sentence may run on into the right column
        left = [ColumnLine(a) if k != "blank" else "" for k, a, _ in block]
        right = [ColumnLine(b) if k != "blank" else "" for k, _, b in block]
        while left and not left[-1].strip():
            left.pop()
        while right and not right[0].strip():
            right.pop(0)
        # one blank line for a run of them: a column's paragraph break, not a count that tells the reader
        # blank lines follow every line (they then stop meaning paragraph breaks)
        out += [x for col in (left, right) for n, x in enumerate(col) if x.strip() or not n or col[n - 1].strip()]
    if not found:
        return None
    flush()
    return out


def unfold_columns(text: str) -> list[str] | None:
    """The lines of a dump printed in two columns side by side, in reading order (per page: the left
    column, then the right one), or None when no page is printed so (most text). Every line is a piece
    of one printed line, its characters as printed: evidence read from the text keeps pointing at the
    characters of the file. Pages are the form-feed-separated parts (the whole text without any)."""
    if "\t" in text:
        return None  # columns are told by character positions: a tab has none
    pages = [page.split("\n") for page in text.split("\f")]
    gutters: list[int | None] = []
    got: list[list[str] | None] = []
    for lines in pages:
        # the gutter that unfolds the page (the first one most lines vote for that does), else the most voted one
        cands = _gutter_columns(lines) if "   " in "".join(lines) else []
        g, c = next(((g, c) for c in cands if (g := _unfold_page(lines, at=c)) is not None), (None, cands[0] if cands else None))
        gutters.append(c)
        got.append(g)
    # a page too short to find its gutter alone (the last one, a few lines above the references) is asked at
    # the gutter the document's unfolded pages share, or the one all its pages vote for together (a short letter)
    known = sorted({c for c, g in zip(gutters, got) if g is not None and c is not None})
    if not known and len(pages) > 1:
        c = _gutter_column([x for lines in pages for x in lines])
        known = [c] if c is not None else []
    for k, lines in enumerate(pages):
        if got[k] is None and len(known) == 1 and "   " in "".join(lines):
            got[k] = _unfold_page(lines, at=known[0], min_two=_MIN_TWO_SIDED_KNOWN)
    if not any(g is not None for g in got):
        return None
    return [x for lines, g in zip(pages, got) for x in (g if g is not None else lines)]


def read_text(data: bytes, doc_id: str, path: str) -> Document:
    """Read a text case report; raises :class:`IngestError` for undecodable or empty input."""
    text, encoding = decode_text(data, keep_form_feeds=True)
    text = strip_line_numbers(box_bars_as_pipes(text))
    from .export_records import record_lines

    # a MEDLINE / RIS / CSV export record: its title and abstract are the document, its other fields are not
    maybe_record = "- " in text or text.startswith(('"', "id,"))
    record = record_lines(text.replace("\f", "\n").split("\n")) if maybe_record else None
    lines = record[0] if record else unfold_columns(text) if "   " in text else None
    if lines is None:
        lines = text.replace("\f", "\n").split("\n")
    src = [
        _Src(i, piece)
        for i, raw in enumerate(lines)
        for part in split_glued_labels(raw.rstrip())
        for row in _split_flat_rows(part)
        for head in _split_caption_header(row)
        for piece in split_flat_references(head)
    ]
    _mark_furniture(src)
    _mark_web_furniture(src)
    _keep_table_symbol_notes(src)
    _mark_furniture_inside_sentence(src)
    shown = [x for x in src if x.s and not x.furniture]
    texts = [x.s for x in shown]
    median, p90 = _stats(texts)
    # a column's piece of an unfolded line is measured against its column's width, the rest against the page's
    pieces = {i for i, raw in enumerate(lines) if isinstance(raw, ColumnLine)}
    p90_piece = _stats([x.s for x in shown if x.idx in pieces])[1] if pieces else p90
    # captions and rows cut into cells are not running text, however wordy: they say nothing of wrapping
    running = [(x.s, x.idx in pieces) for x in shown if not caption_start(x.s) and len(split_cells(x.s) or ()) < 3]
    prose_flags = [is_prose(t) for t, _ in running]  # asked once a line, read twice below
    prose = [t for (t, _), p in zip(running, prose_flags) if p]
    open_lines = [(t, piece) for (t, piece), p in zip(running, prose_flags) if not ends_sentence(t) and (p or t.endswith("-"))]
    # a wrapped line fills the column; the open-ended lines of pasted text are titles and labels, far
    # shorter than its paragraph lines (a short web excerpt has few lines, so the count alone misleads)
    fills = bool(open_lines) and statistics.median(len(t) / (p90_piece if piece else p90) for t, piece in open_lines) >= 0.5
    # a typeset column holds at most ~130 characters a line; pasted web text keeps a whole paragraph on
    # one line, and its few open-ended lines (an excerpt cut mid-word, citation digits) are not wrapping
    column = bool(prose) and statistics.median(len(t) for t in prose) <= MAX_COLUMN_CHARS
    wrapped = len(prose) >= 3 and len(open_lines) >= 0.4 * len(prose) and fills and column
    wide = 1.15 * p90
    src, sheets = _take_sheets(src)
    if wrapped:
        body, items = _split_regions(src, wide)
    else:
        body, items = _split_pasted([x for x in src if x.s and not x.furniture], [x for x in src if x.s])
    items += sheets
    body, items = _legends_after_references(body, items)
    body = _side_by_side_cases(body)
    paras = _paragraphs(body, src, wrapped, median)

    captions: list[Caption] = []
    tables: dict[str, PendingTable] = {}
    for it in items:
        # a running head or foot printed inside a table carried over a page ("Journal | www.site.org   3", "Surname et
        # al.   Short title") is no line of it: one taken for furniture that carries a mark only furniture carries (a
        # web address, "et al."); any other (a lone "3", a wrapped row's last cells) may be the table's own and stays
        broken = _ruled_page_break(it.lines) if it.kind == "table" else set()
        lines = [
            Line(x.raw, x.page)
            for x in it.lines
            if it.kind != "table" or not ((x.furniture and _FURNITURE_MARK.search(x.s)) or id(x) in broken)
        ]
        if it.kind == "figure":
            label = " ".join(it.lines[0].s.split()[:2]).rstrip(".:|")
            captions.append(Caption(label, [Line(x.s, x.page) for x in it.lines if not x.furniture]))
            continue
        tid = table_id(it.num)
        pages = [x.page for x in it.lines if x.page is not None]
        if tid in tables and it.continues:
            tables[tid].raw_lines.extend(lines)
            tables[tid].pages.extend(pages)
            continue
        if tid in tables:
            tid = f"{tid}.{sum(1 for t in tables if t.startswith(tid))}"
        head = it.lines[0].s
        # "Table 2" alone, its title on the next line: in a wrapped dump too when the line after the title names
        # the columns (a title line is never a grid's row there)
        n_cap = 0 if it.bare else (
            2
            if _label_only(head)
            and len(it.lines) > 3
            and _caption_title(it.lines[1].s)
            and (not wrapped or is_header_line(it.lines[2].s))
            else 1
        )
        cap = " ".join(x.s for x in it.lines[:n_cap])
        m = layout("caption_label").match(cap)
        tables[tid] = PendingTable(
            id=tid,
            caption=cap[m.end() :].strip() if m else cap,
            caption_lines=[Line(x.s, x.page) for x in it.lines[:n_cap]],
            raw_lines=lines[n_cap:],
            pages=pages,
        )
    # a PDF's text layer: undo the typesetter's line-end hyphenation as the PDF reader does; pasted text only where
    # the joined word is confirmed (its few breaks make no habit), and breaks a dump flattened into a line ("nega- tive")
    dehyphenate([p.lines for p in paras] + [c.lines for c in captions], texts, confirmed_only=not wrapped)
    dehyphenate_inline([p.lines for p in paras] + [c.lines for c in captions], texts)
    pages_seen = [x.page for x in src if x.page is not None]

    doc = assemble(
        doc_id,
        path,
        "text",
        paras,
        captions,
        list(tables.values()),
        n_pages=max(pages_seen) if pages_seen else None,
    )
    doc.encoding = encoding
    for k, v in {**_front_furniture_ids(src), **(record[1] if record else {})}.items():
        doc.meta.setdefault(k, v)
    return doc
