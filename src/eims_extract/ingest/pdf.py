"""PDF case reports → :class:`Document`, via pdfplumber words (one parse per page).

Layout is read from geometry, not from any one journal's wording:

* **Columns.** A vertical gutter is a strip near the page middle that (almost)
  no word crosses, found once for the whole document. A visual line with a
  word across it is full-width (title, abstract, captions); the others belong
  to the left or right column. Between full-width blocks the left column is
  read before the right one — unless the columns are split into stacked
  two-column blocks (one per section), which is decided at each shared
  vertical gap by whether the text flows better across it (a line cut
  mid-sentence continues at the top of the other column, a heading follows a
  finished sentence).
* **Furniture.** Lines in the top/bottom margins that are page numbers,
  furniture patterns (``patterns/sections.jsonl``) or repeated on several
  pages (digits ignored) are dropped.
* **Tables.** A table starts at a horizontal rule followed by a header and a
  second rule; it ends at a closing rule or where the rows stop. Columns come
  from rule segments (when the rule is drawn per cell) or from gaps between
  header words; a row starts where the key column has text, so wrapped
  cells stay in their row. A cell printed once for a run of rows (a reference
  column) is placed by its vertical extent — its ruled box, or the alignment
  (top, middle, bottom) that seats all of the table's such cells best — and
  rows before its first one take the cell above. A table on the next page
  with the same header and no caption continues the previous one, and so do
  header-less rows at the top of the next page whose cells start at its
  column positions and fit its columns' grammars. Words running past the
  right end of a page-wide table's rules stay in their cells.
* **Turned pages.** A page whose text mostly runs up or down (a landscape
  table set on a portrait page) is read in the turned frame.
* **Page numbers.** A lone number above or below a page's text, numbered in
  step with the pages or centred, is furniture even outside the margin band;
  a column line running into the gutter is still a column line.
* **Captions.** Full-width lines starting with ``FIGURE n``/``TABLE n`` up to
  the next vertical gap; full-width small-print lines right under a table are
  its footnotes.

Every written character keeps its page (``Document.page_starts``).
"""

from __future__ import annotations

import io
import os
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter

from ..errors import IngestError
from ..rules import layout
from .assemble import Caption, GridCell, Line, Para, PendingTable, assemble, dehyphenate, is_author_line, join_lines, stops_open
from .model import Document
from .sections import (
    caption_start,
    classify_heading,
    figure_label_alone,
    glued_label_cuts,
    is_continued,
    is_furniture,
    is_span_column,
    numbered_heading,
    opens_on_glued_label,
    split_inline_heading,
    table_id,
)

_TERMINAL = layout("sentence_end")
_CITATION_TAIL = layout("citation_tail")
_RESULT_LIST = layout("result_list_line")
#: the first line of a figure legend printed after the reference list ("Fig. 1 (A) ...")
_LEGEND_AFTER_REFS = layout("legend_after_references")
#: how the PDF libraries word an encrypted file in their errors (their messages, not a document rule)
_ENCRYPTED = re.compile(r"password|encrypt", re.IGNORECASE)


def _ends_sentence(s: str) -> bool:
    return bool(_TERMINAL.search(s.rstrip()))


@dataclass
class W:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class VLine:
    words: list[W]
    page: int
    col: str = "F"  # F (full width), L, R

    # the layout code asks a line's box tens of thousands of times per document: computed
    # once per word count (words are only ever added to a line, while it is being grouped)
    _box: tuple[int, float, float, float, float] | None = field(default=None, init=False, repr=False, compare=False)
    _size: tuple[int, float] | None = field(default=None, init=False, repr=False, compare=False)

    def _bbox(self) -> tuple[int, float, float, float, float]:
        b = self._box
        if b is None or b[0] != len(self.words):
            ws = self.words
            b = self._box = (
                len(ws), min(w.x0 for w in ws), max(w.x1 for w in ws), min(w.top for w in ws), max(w.bottom for w in ws)
            )  # fmt: skip
        return b

    @property
    def x0(self) -> float:
        b = self._box
        return (b if b is not None and b[0] == len(self.words) else self._bbox())[1]

    @property
    def x1(self) -> float:
        b = self._box
        return (b if b is not None and b[0] == len(self.words) else self._bbox())[2]

    @property
    def top(self) -> float:
        b = self._box
        return (b if b is not None and b[0] == len(self.words) else self._bbox())[3]

    @property
    def bottom(self) -> float:
        b = self._box
        return (b if b is not None and b[0] == len(self.words) else self._bbox())[4]

    @property
    def size(self) -> float:
        s = self._size
        if s is None or s[0] != len(self.words):
            s = self._size = (len(self.words), statistics.median(w.size for w in self.words))
        return s[1]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)


@dataclass
class Rule:
    x0: float
    x1: float
    y: float
    cuts: list[float] = field(default_factory=list)  # segment starts, for per-cell rules


@dataclass
class _Page:
    number: int
    width: float
    height: float
    words: list[W]
    rules: list[Rule]
    #: stroked rectangles (x0, x1, top, bottom): a ruled cell, possibly merged over several rows
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)


# -- opening ------------------------------------------------------------------
def _open(data: bytes):  # noqa: ANN202 - pdfplumber type
    import pdfplumber

    if not data.lstrip().startswith(b"%PDF"):
        raise IngestError("corrupt PDF: no %PDF header")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except Exception as exc:  # pdfminer raises many types
        chain = f"{type(exc).__name__}: {exc} {exc.__cause__!r} {exc.__context__!r}"
        if _ENCRYPTED.search(chain):
            raise IngestError("encrypted PDF (a password is needed to read it)") from None
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise IngestError(f"corrupt PDF: {reason}") from None
    return pdf, pages


def _rules(page, rects: list[dict] | None = None, lines: list[dict] | None = None) -> list[Rule]:  # noqa: ANN001
    segs: list[tuple[float, float, float]] = []
    rects = page.rects if rects is None else rects
    lines = page.lines if lines is None else lines
    for r in rects:
        if r["bottom"] - r["top"] <= 2.0 and r["x1"] - r["x0"] >= 8:
            segs.append((r["x0"], r["x1"], (r["top"] + r["bottom"]) / 2))
        elif r.get("stroke") and not r.get("fill") and r["x1"] - r["x0"] >= 8:
            # a stroked cell box (fully ruled grid): its top and bottom edges are rules
            segs.append((r["x0"], r["x1"], r["top"]))
            segs.append((r["x0"], r["x1"], r["bottom"]))
    for ln in lines:
        if abs(ln["bottom"] - ln["top"]) <= 1.0 and ln["x1"] - ln["x0"] >= 8:
            segs.append((ln["x0"], ln["x1"], (ln["top"] + ln["bottom"]) / 2))
    segs.sort(key=lambda s: (round(s[2]), s[0]))
    rules: list[Rule] = []
    for x0, x1, y in segs:
        last = rules[-1] if rules else None
        if last and abs(last.y - y) <= 1.0 and x0 <= last.x1 + 2.0:
            last.x1 = max(last.x1, x1)
            last.cuts.append(x0)
        else:
            rules.append(Rule(x0, x1, y, [x0]))
    return [r for r in rules if r.x1 - r.x0 >= 0.3 * page.width]


#: A rotated page's turn: text reading bottom-to-top ("ccw") or top-to-bottom ("cw").
def _turn(page) -> str | None:  # noqa: ANN001
    """How most of a page's text is turned (a landscape table set on a portrait page), or None."""
    n: Counter[str] = Counter()
    kind_of: dict[tuple, str] = {}  # a text object's characters share one matrix: judge each once
    for c in page.chars:
        m = tuple(c["matrix"][:4])
        kind = kind_of.get(m)
        if kind is None:
            a, b, cc, d = (round(v) for v in m)
            kind = kind_of[m] = "ccw" if b > 0 and cc < 0 and a == 0 else "cw" if b < 0 and cc > 0 and a == 0 else "up"
        n[kind] += 1
    turn, k = max(n.items(), key=lambda kv: kv[1], default=("up", 0))
    return turn if turn != "up" and k > 0.5 * sum(n.values()) else None


def _turned(obj: dict, turn: str, w: float, h: float) -> dict:
    """``obj`` in the frame of the page turned so that its turned text reads left to right."""
    x0, x1, top, bottom = obj["x0"], obj["x1"], obj["top"], obj["bottom"]
    if turn == "ccw":
        nx0, nx1, ntop, nbottom = h - bottom, h - top, x0, x1
    else:
        nx0, nx1, ntop, nbottom = top, bottom, w - x1, w - x0
    out = dict(obj, x0=nx0, x1=nx1, top=ntop, bottom=nbottom, doctop=ntop, upright=True)
    if obj.get("object_type") == "char":
        out["size"] = nbottom - ntop
    return out


def _turned_page(page, turn: str) -> tuple[float, float, list[dict], list[Rule]]:  # noqa: ANN001
    """Words and rules of a page read turned: its turned text comes out upright and in order.
    Upright words in the page's top and bottom margins (its running header and footer) are
    left out; other upright words keep their place as boxes of the turned frame."""
    from .pdfium_chars import extract_words

    w, h = float(page.width), float(page.height)
    turned = [c for c in page.chars if not c["upright"]]
    upright = [c for c in page.chars if c["upright"]]
    words = extract_words([_turned(c, turn, w, h) for c in turned], extra_attrs=["size", "fontname"], x_tolerance_ratio=0.15)
    for word in extract_words(upright, extra_attrs=["size", "fontname"], x_tolerance_ratio=0.15):
        if 0.07 * h < word["top"] and word["bottom"] < 0.93 * h:
            words.append(dict(_turned(word, turn, w, h), size=word["size"]))

    class _Frame:
        width = h

    rects = [_turned(r, turn, w, h) for r in page.rects]
    lines = [_turned(ln, turn, w, h) for ln in page.lines]
    return h, w, words, _rules(_Frame, rects, lines)


#: Where characters, lines and rectangles come from: "pdfium" (pypdfium2, ≈50× faster to
#: parse) or "pdfplumber" (pdfminer, the reference the tests compare pdfium against).
BACKENDS = ("pdfium", "pdfplumber")


def backend(name: str | None = None) -> str:
    """The backend to use: ``name``, else ``$EIMS_PDF_BACKEND``, else pdfium."""
    chosen = name or os.environ.get("EIMS_PDF_BACKEND") or BACKENDS[0]
    if chosen not in BACKENDS:
        raise ValueError(f"unknown PDF backend {chosen!r} (one of {', '.join(BACKENDS)})")
    return chosen


def _load(data: bytes, source: str | None = None) -> list[_Page]:
    if backend(source) == "pdfium":
        from .pdfium_chars import open_pdf

        pdf = open_pdf(data)
        pages = _PdfiumPages(pdf)
    else:
        pdf, pages = _open(data)
    out: list[_Page] = []
    try:
        for i, page in enumerate(pages, 1):
            try:
                # a word gap is judged against the type size: a fixed 3 pt glues the
                # words of tightly justified small print whose spaces are positioning only
                turn = _turn(page)
                if turn:
                    width, height, raw, rules = _turned_page(page, turn)
                else:
                    raw = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False, x_tolerance_ratio=0.15)
                    rules = _rules(page)
                    width, height = float(page.width), float(page.height)
            except Exception as exc:
                if _ENCRYPTED.search(f"{type(exc).__name__} {exc}"):
                    raise IngestError("encrypted PDF (a password is needed to read it)") from None
                raise IngestError(f"corrupt PDF: page {i}: {type(exc).__name__}: {exc}".splitlines()[0]) from None
            words = [
                W(unicodedata.normalize("NFC", w["text"]), w["x0"], w["x1"], w["top"], w["bottom"], float(w["size"]), "bold" in w["fontname"].lower())
                for w in raw
                if w["text"].strip()
            ]
            rects = [_turned(r, turn, float(page.width), float(page.height)) for r in page.rects] if turn else page.rects
            boxes = [(r["x0"], r["x1"], r["top"], r["bottom"]) for r in rects if r.get("stroke") and r["bottom"] - r["top"] > 2.0]
            out.append(_Page(i, width, height, words, rules, boxes))
    finally:
        pdf.close()
    if not out:
        raise IngestError("corrupt PDF: no pages")
    if not any(p.words for p in out):
        raise IngestError("no text layer — scanned image?")
    return out


class _PdfiumPages:
    """A pdfium document's pages, each read on first use (its errors then arise inside
    ``_load``'s per-page handling, as pdfplumber's lazy pages' do)."""

    def __init__(self, pdf) -> None:  # noqa: ANN001 - pypdfium2 document
        self.pdf = pdf

    def __iter__(self):  # noqa: ANN204
        from .pdfium_chars import read_index

        for i in range(len(self.pdf)):
            yield _Lazy(lambda i=i: read_index(self.pdf, i))


class _Lazy:
    """A page whose objects are read when first asked for."""

    def __init__(self, read) -> None:  # noqa: ANN001
        self._read, self._page = read, None

    def __getattr__(self, name: str):  # noqa: ANN204
        if self._page is None:
            self._page = self._read()
        return getattr(self._page, name)


# -- lines, furniture, gutter --------------------------------------------------
def _group_lines(words: list[W], page: int) -> list[VLine]:
    """Words whose vertical extents overlap (same baseline band) form a line."""
    groups: list[list[W]] = []
    first_top = 0.0
    for w in sorted(words, key=_TOP_X0):
        if groups and abs(w.top - first_top) <= 0.35 * max(w.size, 1.0):
            groups[-1].append(w)
            continue
        groups.append([w])
        first_top = w.top
    for g in groups:
        g.sort(key=_X0)
    return [VLine(g, page) for g in groups]


_TOP_X0, _X0 = attrgetter("top", "x0"), attrgetter("x0")


def _type_size(words: list[W]) -> float:
    """The size most of ``words`` are set in (0 for none)."""
    return Counter(round(w.size, 1) for w in words).most_common(1)[0][0] if words else 0.0


def _strip_furniture(pages: list[_Page]) -> None:
    """Drop running headers/footers: margin lines that are furniture or repeat across pages; on a one-page file
    (nothing to repeat on) a head line in the top margin set in smaller type than the page's text."""
    margin: dict[int, list[VLine]] = {}
    counts: Counter[str] = Counter()
    for p in pages:
        band = [
            ln
            for ln in _group_lines(p.words, p.number)
            if ln.bottom < 0.07 * p.height or ln.top > 0.93 * p.height
        ]
        margin[p.number] = band
        for key in {re.sub(r"\d+", "#", ln.text) for ln in band}:
            counts[key] += 1
    for p in pages:
        drop: set[int] = set()
        for ln in margin[p.number]:
            key = re.sub(r"\d+", "#", ln.text)
            num = layout("page_number_edge").search(ln.text.strip())
            own_number = num is not None and int(num.group()) == p.number and len(ln.text.split()) <= 8
            if is_furniture(ln.text) or own_number or (counts[key] >= 2 and len(pages) > 1) or (
                len(pages) == 1 and ln.bottom < 0.07 * p.height and ln.size < 0.9 * _type_size(p.words)
            ):
                drop.update(id(w) for w in ln.words)
        if drop:
            p.words = [w for w in p.words if id(w) not in drop]


_LONE_NUMBER = layout("lone_page_number")


def _strip_page_numbers(pages: list[_Page]) -> None:
    """Drop a page number printed above or below the text but inside the margin band's
    limit (a proceedings number centred under the columns): the first or last line of a
    page that is only a number, set apart from the text, and either numbered in step with
    the other pages (a constant offset from the page's place) or centred on the page."""
    found: list[tuple[_Page, VLine, int]] = []
    for p in pages:
        lines = sorted(_group_lines(p.words, p.number), key=lambda ln: ln.top)
        if len(lines) < 3:
            continue
        for ln, other in ((lines[0], lines[1]), (lines[-1], lines[-2])):
            m = _LONE_NUMBER.fullmatch(ln.text.strip())
            apart = max(other.top - ln.bottom, ln.top - other.bottom) > 0.3 * ln.size
            if m and apart:
                found.append((p, ln, int(m.group(1)) - p.number))
    offsets = Counter(off for _, _, off in found)
    for p, ln, off in found:
        centred = abs((ln.x0 + ln.x1) / 2 - p.width / 2) < 0.05 * p.width
        if offsets[off] >= 2 or centred:
            gone = {id(w) for w in ln.words}
            p.words = [w for w in p.words if id(w) not in gone]


#: how far a margin line number stands from the line's first word, in the number's own font sizes
_LINE_NUMBER_GAP = 1.0


def _strip_line_numbers(pages: list[_Page]) -> None:
    """Drop the line numbers a preprint or author manuscript prints in its margin: a number set apart as a line's
    first word, when the numbers count the document's lines (the text reader's test, ``text.margin_numbers``: in
    step with the lines, every line or every n-th, over half of them), so the line reads as if it were not there."""
    from .text import counting_chains, margin_numbers

    cands: list[tuple[int, int, int, VLine]] = []
    n = 0
    for p in pages:
        for ln in sorted(_group_lines(p.words, p.number), key=attrgetter("top")):
            n += 1
            w = ln.words[0]
            if len(w.text) > 4 or not w.text.isdecimal():
                continue
            if len(ln.words) > 1 and ln.words[1].x0 - w.x1 < _LINE_NUMBER_GAP * w.size:
                continue  # a number opening the sentence ("12 nodes were free"), a normal space after it
            cands.append((id(w), n, int(w.text), ln))
    if len(cands) < 3:
        return
    margin = margin_numbers(counting_chains(cands), n, lambda c: " ".join(w.text for w in c[3].words[1:]))
    drop = {c[0] for ch in margin for c in ch}
    if drop:
        for p in pages:
            p.words = [w for w in p.words if id(w) not in drop]


def _gutter(pages: list[_Page]) -> tuple[float, float] | None:
    """The x-strip near mid-page that column text never crosses (None: one column)."""
    width = max(p.width for p in pages)
    lo, hi = int(0.3 * width), int(0.7 * width)
    counts = [0] * (hi - lo)
    n = 0
    for p in pages:
        for w in p.words:
            n += 1
            a, b = max(int(w.x0) - lo, 0), min(int(w.x1) - lo, hi - lo)
            for k in range(a, b):
                counts[k] += 1
    if n < 50:
        return None
    m = min(counts)
    med = statistics.median(counts)
    if med == 0 or m > 0.25 * med:
        return None
    thr = m + 0.05 * max(counts)
    best, cur_start = (0, 0), None
    for k, c in enumerate(counts + [10**9]):
        if c <= thr and cur_start is None:
            cur_start = k
        elif c > thr and cur_start is not None:
            if k - cur_start > best[1] - best[0]:
                best = (cur_start, k)
            cur_start = None
    if best[1] - best[0] < 6:
        return None
    g0, g1 = lo + best[0], lo + best[1]
    gc = (g0 + g1) / 2
    # a real gutter has text on both sides of it on many lines, and most lines
    # do not cross it (a table's column gap in one-column text fails this)
    crossing = left = right = 0
    for p in pages:
        for ln in _group_lines(p.words, p.number):
            if len(ln.words) < 3:
                continue
            if any(w.x0 < gc < w.x1 for w in ln.words):
                crossing += 1
                continue
            left += any(w.x1 <= gc and w.x1 > g0 - 0.2 * width for w in ln.words)
            right += any(w.x0 >= gc and w.x0 < g1 + 0.1 * width for w in ln.words)
    if crossing > 0.5 * (left + right):
        return None
    if min(left, right) < 10:
        # a one-page article whose right column holds only a few lines (the end of the text, a sidebar): a full
        # left column and an empty strip that (almost) nothing crosses still make two columns
        if not (max(left, right) >= 10 and min(left, right) >= 3 and crossing <= 0.1 * (left + right)):
            return None
    return g0, g1


# -- tables ----------------------------------------------------------------------
@dataclass
class _Region:
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    header_words: list[W]
    body_words: list[W]
    cuts: list[float]
    closed: bool
    footnotes: list[VLine] = field(default_factory=list)
    #: y of rules between data rows (tables ruled under every row)
    seps: list[float] = field(default_factory=list)
    #: the page's stroked cell boxes (a merged cell's box gives its vertical extent)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)


def _clusters(words: list[W]) -> int:
    """Number of horizontal word clusters (cells) in one line of words."""
    n, right = 0, -1e9
    for w in sorted(words, key=lambda w: w.x0):
        if w.x0 > right + 0.6 * w.size:
            n += 1
        right = max(right, w.x1)
    return n


def _header_starts(words: list[W]) -> list[float]:
    starts: list[float] = []
    right = -1e9
    for w in sorted(words, key=lambda w: w.x0):
        if w.x0 > right + 0.6 * w.size:
            starts.append(w.x0)
        right = max(right, w.x1)
    return starts


def _rows_below(words: list[W], start: float, size: float, header: list[W], page: int) -> tuple[list[W], float]:
    """Rows from ``start`` down while they keep coming: no gap wider than 2.5 lines and no
    line of running text (one run of words crossing a column boundary)."""
    starts = _header_starts(header)
    body: list[W] = []
    last = start
    for ln in _group_lines(words, page):
        if ln.top - last > 2.5 * size:
            break
        crosses = any(ln.x0 < s - 2 and ln.x1 > s + 2 for s in starts[1:])
        if _clusters(ln.words) == 1 and crosses:
            break
        body += ln.words
        last = max(last, ln.bottom)
    return body, last


def _framed(p: _Page, rule: Rule) -> list[W]:
    """Words within a table rule's x-range, and, under a rule across the page, the words that
    run past its right end: a cell wider than the frame goes on in the margin, word after
    word (gaps of a cell, not of a column gutter) or under such a word's start."""
    inside = [w for w in p.words if rule.x0 - 2 <= w.x0 and w.x1 <= rule.x1 + 2]
    if rule.x1 - rule.x0 < 0.6 * p.width:
        return inside  # a column-wide table: past its edge lies the other column
    out = {id(w) for w in inside}
    past = sorted((w for w in p.words if w.x1 > rule.x1 + 2 and w.x0 >= rule.x0 - 2), key=lambda w: w.x0)
    grew = bool(past)
    while grew:
        grew = False
        taken = [v for v in p.words if id(v) in out and abs(v.x1 - rule.x1) < 0.3 * p.width]
        for w in past:
            if id(w) in out:
                continue
            beside = any(abs(v.top - w.top) < 0.35 * w.size and 0 <= w.x0 - v.x1 < 1.5 * w.size for v in taken)
            under = any(v.x1 > rule.x1 + 2 and abs(v.x0 - w.x0) < 1.0 and 0 < w.top - v.bottom < 1.0 * w.size for v in taken)
            if beside or under:
                out.add(id(w))
                taken.append(w)
                grew = True
    return [w for w in p.words if id(w) in out]


def _chained(p: _Page, a: Rule, b: Rule, size: float) -> bool:
    """Rule ``b`` goes on the table whose last rule is ``a``: it lies close below (a row between), or the two are
    one tall row of a ruled grid; never across a caption (the next table's, set between them)."""
    if not (b.y - a.y <= 5 * size or _one_grid(p, a, b)):
        return False
    between = [w for w in p.words if a.y < w.top and w.bottom < b.y and a.x0 - 2 <= w.x0 <= a.x1]
    return not any(caption_start(ln.text) for ln in _group_lines(between, p.number))


def _one_grid(p: _Page, a: Rule, b: Rule) -> bool:
    """Two rules far apart (a row made tall by cells wrapped over many lines) are the top and bottom of one row of a
    fully ruled grid: they span the same width and a stroked cell box runs from the one to the other."""
    if abs(a.x0 - b.x0) > 2 or abs(a.x1 - b.x1) > 2:
        return False
    return any(
        abs(top - a.y) <= 1.5 and abs(bottom - b.y) <= 1.5 and a.x0 - 2 <= x0 and x1 <= a.x1 + 2
        for x0, x1, top, bottom in p.boxes
    )


def _table_regions(p: _Page) -> list[_Region]:
    rules = sorted(p.rules, key=lambda r: r.y)
    regions: list[_Region] = []
    used: set[int] = set()
    for i, r0 in enumerate(rules):
        if i in used:
            continue
        inside = _framed(p, r0)
        size = statistics.median(w.size for w in inside) if inside else 9.0
        above = [w for w in inside if w.bottom <= r0.y + 0.5 and w.bottom > r0.y - 1.8 * size]
        above_line = _group_lines(above, p.number)[-1:] if above else []
        cuts = sorted(set(r0.cuts)) if len(set(r0.cuts)) >= 3 else []
        if above_line and not caption_start(above_line[0].text) and _clusters(above_line[0].words) >= 3:
            # header printed above the first rule; rules under (every) row below it
            header = above_line[0].words
            chain = [i]
            for j in range(i + 1, len(rules)):
                if _chained(p, rules[chain[-1]], rules[j], size):
                    chain.append(j)
                else:
                    break
            last_rule = rules[chain[-1]].y
            below = [w for w in inside if w.top > r0.y]
            body = [w for w in below if w.bottom < last_rule + 1]
            more, bottom = _rows_below([w for w in below if w.top >= last_rule], last_rule, size, header, p.number)
            body += more
            used.update(chain)
            seps = [rules[j].y for j in chain]
            regions.append(_Region(p.number, r0.x0, r0.x1, r0.y - 1.8 * size, bottom, header, body, cuts, False, seps=seps))
            continue
        if i + 1 >= len(rules):
            continue
        r1 = rules[i + 1]
        header = [w for w in inside if r0.y < (w.top + w.bottom) / 2 < r1.y]
        if not header or r1.y - r0.y > 60:
            continue
        closing = rules[i + 2] if i + 2 < len(rules) else None
        below = [w for w in inside if w.top > r1.y]
        if closing is not None:
            # a rule under every row: follow the chain of closely spaced rules
            last = i + 2
            while last + 1 < len(rules) and _chained(p, rules[last], rules[last + 1], size):
                last += 1
            closing = rules[last]
            body = [w for w in below if w.bottom < closing.y + 1]
            bottom, closed = closing.y, True
            used.update(range(i, last + 1))
        else:
            body, bottom = _rows_below(below, r1.y, size, header, p.number)
            closed = False
            used.update({i, i + 1})
        seps = [r.y for r in rules[i + 2 : max(used) + 1] if r.y > r1.y] if closed else []
        regions.append(_Region(p.number, r0.x0, r0.x1, r0.y, bottom, header, body, cuts, closed, seps=seps[:-1]))
    for r in regions:
        r.boxes = [b for b in p.boxes if b[0] >= r.x0 - 2 and b[1] <= r.x1 + 2 and b[2] >= r.top - 2 and b[3] <= r.bottom + 2]
    return regions


def _continuation(p: _Page, prev: _Region, found: list[_Region]) -> _Region | None:
    """Rows at the top of page ``p`` that continue ``prev`` without a header or a
    "(continued)" mark: every line's cells start at ``prev``'s column positions, the first
    has a cell in the key column, no line is running text, and the cells fit the grammars
    of ``prev``'s columns."""
    from .tables import Grammars, header_spec

    starts = _columns(prev)
    if len(starts) < 3 or not p.words:
        return None
    size = statistics.median(w.size for w in prev.body_words or prev.header_words)
    head = [c.text for c in _grid(prev)[0]]
    key = _key_column(head)
    lines = _group_lines(p.words, p.number)
    body: list[W] = []
    last: VLine | None = None
    for ln in lines:
        if last is not None and ln.top - last.bottom > 2.5 * size:
            break
        if last is None and not body and caption_start(ln.text) and is_continued(ln.text):
            continue  # "Table 2 (continued)" over rows without a header: the caption stays in the flow
        if ln.x0 < prev.x0 - 2 or ln.x0 > prev.x1 or caption_start(ln.text):
            break
        cells: list[tuple[float, float]] = []
        for w in ln.words:
            if cells and w.x0 <= cells[-1][1] + 0.6 * w.size:
                cells[-1] = (cells[-1][0], max(cells[-1][1], w.x1))
            else:
                cells.append((w.x0, w.x1))
        aligned = all(any(st - 2 <= a <= st + size for st in starts) for a, _ in cells)
        crosses = any(a < st - 2 and b > st + 2 for a, b in cells for st in starts[1:])
        if not aligned or crosses:
            break
        if last is None and (
            len(cells) < 3
            or not any(_col_of(a, starts) == key for a, _ in cells)
            or any(w is h for r in found for h in r.header_words for w in ln.words)
        ):
            return None  # no key cell, or the page's own table header (a repeated one)
        body += ln.words
        last = ln
    if last is None:
        return None
    top = min(w.top for w in body)
    closing = [r.y for r in p.rules if last.bottom <= r.y <= last.bottom + 1.5 * size]
    bottom = closing[0] if closing else last.bottom
    seps = [r.y for r in p.rules if top < r.y < last.bottom]
    region = _Region(p.number, prev.x0, prev.x1, top, bottom, prev.header_words, body, prev.cuts, bool(closing), seps=seps)
    # the content must read as this table's cells, not only line up with its columns
    g = Grammars()
    specs = [header_spec(h) for h in head]
    fit = total = 0
    for row in _grid(region)[1]:
        for j, cell in enumerate(row):
            spec = specs[j] if j < len(specs) else None
            if cell.text and spec is not None and spec.grammar != "free":
                total += 1
                fit += g.fits(spec.grammar, cell.text)
    if total == 0 or fit < 0.8 * total:
        return None
    region.boxes = [b for b in p.boxes if b[0] >= region.x0 - 2 and b[1] <= region.x1 + 2 and b[2] >= top - 2 and b[3] <= bottom + 2]
    return region


def _take_footnotes(p: _Page, r: _Region, body_size: float) -> None:
    """Small-print lines right under a table are its footnotes, not body text; so are lines in the body's type that
    read as the table's foot (a note opened by a mark the rows carry, a legend of the codes its cells use: a web
    page printed to PDF sets them so) and the wrapped rest of such a note."""
    from .tables import code_legend, footnote_line, marked_note, opens_with_legend

    last = r.bottom
    # cells may run past the rules; a page-wide table's notes may fill the text width
    right = max([r.x1] + [w.x1 for w in r.header_words + r.body_words])
    if r.x1 - r.x0 >= 0.6 * p.width:
        right = max(right, p.width - r.x0)
    rows = [ln.text for ln in _group_lines(r.body_words, p.number)]
    body_note = False  # the last line taken is a note in the body's type
    for ln in _group_lines([w for w in p.words if w.top > r.bottom], p.number):
        if ln.top - last > 2.5 * ln.size or ln.x0 < r.x0 - 2 or ln.x1 > right + 2:
            break
        if caption_start(ln.text):
            break  # the next table's caption, set small right under this one
        if ln.size >= 0.97 * body_size:
            s = ln.text
            # a legend's line may end inside its last item, cut by the wrap ("..., PCR polymerase" / "chain reaction")
            whole = s if s.endswith(",") or "," not in s else s.rsplit(",", 1)[0]
            foot = (
                footnote_line(s) or marked_note(s, rows) or opens_with_legend(s)
                or any(code_legend(x, [(y, 0) for y in rows]) for x in {s, whole})
            )
            rest = body_note and ln.top - last < 0.6 * ln.size and not _ends_sentence(r.footnotes[-1].text)
            if not (foot or rest):
                break
        body_note = ln.size >= 0.97 * body_size
        r.footnotes.append(ln)
        last = ln.bottom
    taken = {id(w) for ln in r.footnotes for w in ln.words}
    p.words = [w for w in p.words if id(w) not in taken]


def _columns(region: _Region) -> list[float]:
    """Column start x positions (segment starts of a per-cell rule, else header word clusters)."""
    if region.cuts:
        return region.cuts
    words = sorted(region.header_words, key=lambda w: w.x0)
    starts: list[float] = []
    right = -1e9
    for w in words:
        if w.x0 > right + 0.6 * w.size:
            starts.append(w.x0)
            right = w.x1
        else:
            right = max(right, w.x1)
    return starts


def _col_of(x0: float, starts: list[float]) -> int:
    k = 0
    for j, s in enumerate(starts):
        if x0 >= s - 2.0:
            k = j
    return k


def _cells_by_col(words: list[W], starts: list[float], page: int) -> list[list[VLine]]:
    cols: list[list[W]] = [[] for _ in starts]
    for w in words:
        cols[_col_of(w.x0, starts)].append(w)
    return [_group_lines(c, page) for c in cols]


def _cell_text(lines: list[VLine]) -> str:
    return join_lines([ln.text for ln in sorted(lines, key=lambda ln: ln.top)])


def _key_column(header: list[str]) -> int:
    """The column that has text on exactly the first line of every row.

    A case-number column never wraps; failing that, the first column that is
    not printed once per run of rows (a reference column may wrap or be blank).
    """
    from .tables import header_spec

    for j, h in enumerate(header):
        spec = header_spec(h)
        if spec is not None and spec.field == "case":
            return j
    return next((j for j, h in enumerate(header) if not is_span_column(h)), 0)


@dataclass
class _Spans:
    """What a region's spanning columns need to be placed after all its pages are read:
    each row's vertical extent and, per spanning column, its cells (top, bottom, text, boxed)."""

    rows: list[tuple[float, float]]
    cells: dict[int, list[tuple[float, float, str, bool]]]


def _grid(region: _Region) -> tuple[list[GridCell], list[list[GridCell]], _Spans]:
    starts = _columns(region)
    header = [GridCell(_cell_text(c), region.page) for c in _cells_by_col(region.header_words, starts, region.page)]
    key = _key_column([h.text for h in header])
    # a cell printed once for several rows is placed later, by its vertical extent
    span = {j for j, h in enumerate(header) if is_span_column(h.text) and j != key}
    words = [w for w in region.body_words if _col_of(w.x0, starts) not in span]
    bands: list[list[W]] = [[] for _ in range(len(region.seps) + 1)]
    for w in words:
        bands[sum(1 for y in region.seps if (w.top + w.bottom) / 2 > y)].append(w)
    rows: list[list[GridCell]] = []
    extents: list[tuple[float, float]] = []
    for band in bands:
        lines = _group_lines(band, region.page)
        anchors = [ln.top for ln in lines if any(_col_of(w.x0, starts) == key for w in ln.words)]
        if region.seps and band:
            anchors = [min(w.top for w in band)] if len(anchors) <= 1 else anchors
            anchors[0] = min(anchors[0], min(w.top for w in band))
        if not anchors:
            continue
        # each line joins the nearest row anchor; a tie goes to the row above
        # (top-aligned cells wrap downwards, middle-aligned ones both ways)
        groups: list[list[W]] = [[] for _ in anchors]
        for ln in lines:
            k = max(0, sum(1 for a in anchors if a <= ln.top + 1.0) - 1)
            if k + 1 < len(anchors) and anchors[k + 1] - ln.top < ln.top - anchors[k] - 2.0:
                k += 1
            if ln.top < anchors[0] - 1.0:
                k = 0
            groups[k] += ln.words
        for ws in groups:
            if not ws:
                continue
            rows.append([GridCell(_cell_text(c), region.page) for c in _cells_by_col(ws, starts, region.page)])
            extents.append((min(w.top for w in ws), max(w.bottom for w in ws)))
    cells = {j: _span_cells(region, [w for w in region.body_words if _col_of(w.x0, starts) == j], header[j].text) for j in span}
    return header, rows, _Spans(extents, cells)


def _span_cells(region: _Region, words: list[W], head: str) -> list[tuple[float, float, str, bool]]:
    """One spanning column's cells, top to bottom: its lines split where a ruled box ends,
    where the gap is wider than line spacing, or where a finished cell (it fits the column's
    grammar) would stop fitting by taking the next line."""
    from .tables import Grammars, header_spec

    spec = header_spec(head)

    def fits(text: str) -> bool:
        return spec is not None and Grammars().fits(spec.grammar, text)

    def box_of(ln: VLine) -> tuple[float, float, float, float] | None:
        mid = (ln.top + ln.bottom) / 2
        inside = [b for b in region.boxes if b[0] - 1 <= ln.x0 and ln.x1 <= b[1] + 1 and b[2] <= mid <= b[3]]
        return min(inside, key=lambda b: b[3] - b[2]) if inside else None

    out: list[tuple[float, float, str, bool]] = []
    cur: list[VLine] = []

    def close() -> None:
        if cur:
            box = box_of(cur[0])
            top, bottom = (box[2], box[3]) if box else (cur[0].top, cur[-1].bottom)
            out.append((top, bottom, _cell_text(cur), box is not None))

    for ln in sorted(_group_lines(words, region.page), key=lambda ln: ln.top):
        if cur:
            text = _cell_text(cur)
            split = (
                ln.top - cur[-1].bottom > 0.5 * ln.size
                or box_of(ln) != box_of(cur[-1])
                or (fits(text) and not fits(_cell_text(cur + [ln])))
            )
            if split:
                close()
                cur = []
        cur.append(ln)
    close()
    return out


def _row_at(rows: list[tuple[float, float]], y: float) -> int:
    """The row whose extent holds ``y`` (else the nearest one)."""
    return min(range(len(rows)), key=lambda i: (max(rows[i][0] - y, y - rows[i][1], 0.0), i))


def _place_spans(
    rows: list[tuple[float, float]], cells: list[tuple[float, float, str, bool]], align: str, first: bool, last: bool
) -> tuple[list[int | None], float]:
    """Which cell each row takes when cells are ``align``-ed in their run of rows, and how
    badly the cells sit that way (points, plus a row's height for a row left without a cell
    where the table cannot have taken one from the page before or after)."""
    n = len(rows)
    owner: list[int | None] = [None] * n
    if not rows or not cells:
        return owner, 0.0
    cost = 0.0
    free = [k for k, c in enumerate(cells) if not c[3]]
    for k, c in enumerate(cells):  # a ruled box is the cell's extent, whatever the alignment
        if c[3]:
            for i, (a, b) in enumerate(rows):
                if c[0] - 1 <= (a + b) / 2 <= c[1] + 1:
                    owner[i] = k
    if align == "top":
        begin = [_row_at(rows, cells[k][0]) for k in free]
        for k, s in zip(free, begin):
            cost += abs(cells[k][0] - rows[s][0])
        for i in range(n):
            if owner[i] is None:
                before = [k for k, s in zip(free, begin) if s <= i]
                owner[i] = before[-1] if before else None
    elif align == "bottom":
        end = [_row_at(rows, cells[k][1]) for k in free]
        for k, e in zip(free, end):
            cost += abs(cells[k][1] - rows[e][1])
        for i in range(n):
            if owner[i] is None:
                after = [k for k, e in zip(free, end) if e >= i]
                owner[i] = after[0] if after else None
    else:
        s = 0
        for m, k in enumerate(free):
            t, u = cells[k][0], cells[k][1]
            lo = max(s, _row_at(rows, u))
            hi = _row_at(rows, cells[free[m + 1]][0]) - 1 if m + 1 < len(free) else n - 1
            hi = max(lo, min(hi, n - 1))
            if m + 1 == len(free):
                lo = hi
            centre = (t + u) / 2
            e = min(range(lo, hi + 1), key=lambda e: abs((rows[min(s, e)][0] + rows[e][1]) / 2 - centre))
            cost += abs((rows[min(s, e)][0] + rows[e][1]) / 2 - centre)
            for i in range(s, e + 1):
                if owner[i] is None:
                    owner[i] = k
            s = e + 1
    for i, k in enumerate(owner):
        leading = all(o is None for o in owner[: i + 1])
        trailing = all(o is None for o in owner[i:])
        if k is None and not (leading and not first) and not (trailing and not last):
            cost += rows[i][1] - rows[i][0] + 5.0
    return owner, cost


def _fill_spans(parts: list[tuple[list[list[GridCell]], _Spans, int]]) -> None:
    """Give every row its spanning cells: the alignment (top, middle, bottom) that seats the
    cells best over the whole table decides the runs, so all three print the same rows."""
    cols = sorted({j for _, sp, _ in parts for j in sp.cells})
    for j in cols:
        best: tuple[float, int, list[list[int | None]]] | None = None
        for rank, align in enumerate(("top", "middle", "bottom")):
            owners, total = [], 0.0
            for n, (_, sp, _) in enumerate(parts):
                o, c = _place_spans(sp.rows, sp.cells.get(j, []), align, n == 0, n == len(parts) - 1)
                owners.append(o)
                total += c
            if best is None or (total, rank) < best[:2]:
                best = (total, rank, owners)
        assert best is not None
        for (rows, sp, page), owner in zip(parts, best[2]):
            cells = sp.cells.get(j, [])
            for row, k in zip(rows, owner):
                if j < len(row) and k is not None:
                    row[j] = GridCell(cells[k][2], page)


# -- column reading order ---------------------------------------------------------------
def _heading_of(ln: VLine, body_size: float):  # noqa: ANN202
    s = ln.text.strip()
    if not s or not s.lstrip("0123456789. ")[:1].isupper():
        return None
    emphasised = ln.bold or ln.size > 1.1 * body_size
    if not emphasised and _CITATION_TAIL.search(s):
        return None  # "Cases. 2017, 2:14-16.": a reference entry wrapped onto a heading word, not a heading
    h = classify_heading(s)
    if h is not None:
        return h
    if emphasised:
        return numbered_heading(s)
    return None


def _flow(a: list[VLine], b: list[VLine], body_size: float, edge: float | None = None) -> int:
    """How plausibly text block ``b`` follows block ``a`` (+1 yes, -1 no, 0 can't tell). ``edge``: where the lines
    of ``a``'s column end; a last line with room left for ``b``'s first word closes its paragraph, full stop or not
    (a front matter line, "Article views: 688", is not continued by "on day 3 ..." at the top of the other column:
    the typesetter would have set "on" on its line)."""
    if not a or not b:
        return 0
    end, start = a[-1].text.rstrip(), b[0].text.lstrip()
    first = b[0].words[0]
    short = edge is not None and edge - a[-1].x1 > (first.x1 - first.x0) + 0.5 * a[-1].size
    if _heading_of(b[0], body_size) is not None:
        return 1 if _ends_sentence(end) or short else -1
    mid = not _ends_sentence(end) and not short
    low = start[:1].islower()
    if mid and low:
        return 1
    if not mid and low:
        return -1
    return 0


def _right_edge(col: list[VLine]) -> float:
    """Where most lines of a column end (a wide line run into the gutter does not move it)."""
    x1s = sorted(ln.x1 for ln in col)
    return x1s[(4 * len(x1s)) // 5]


def _order_columns(left: list[VLine], right: list[VLine], body_size: float) -> list[VLine]:
    """Left then right, split into stacked two-column blocks where the text flows that way."""
    if not left or not right:
        return left + right
    out: list[VLine] = []

    def free(col: list[VLine], y: float) -> bool:
        return all(not (ln.top - 0.5 < y < ln.bottom + 0.5) for ln in col)

    cands: list[float] = []
    for col in (left, right):
        for a, b in zip(col, col[1:]):
            if b.top - a.bottom > 0.9 * body_size:
                y = (a.bottom + b.top) / 2
                # slide to a point free in both columns
                for yy in (y, a.bottom + 1, b.top - 1):
                    if free(left, yy) and free(right, yy):
                        cands.append(yy)
                        break
    L, R = left, right
    sl, sr = _right_edge(left), _right_edge(right)
    for y in sorted(set(cands)):
        lt, lb = [ln for ln in L if ln.bottom <= y], [ln for ln in L if ln.top >= y]
        rt, rb = [ln for ln in R if ln.bottom <= y], [ln for ln in R if ln.top >= y]
        if not (lt and lb and rt and rb):
            continue
        cut = _flow(lt, rt, body_size, sl) + _flow(rt, lb, body_size, sr) + _flow(lb, rb, body_size, sl)
        keep = _flow(lt, lb, body_size, sl) + _flow(lb, rt, body_size, sl) + _flow(rt, rb, body_size, sr)
        if cut > keep:
            out += lt + rt
            L, R = lb, rb
    return out + L + R


# -- main ------------------------------------------------------------------------------------
def read_pdf(data: bytes, doc_id: str, path: str, source: str | None = None) -> Document:
    """Read a PDF case report; raises :class:`IngestError` for encrypted, scanned or corrupt files.
    ``source`` picks the character backend (see :func:`backend`)."""
    pages = _load(data, source)
    warnings: list[str] = []
    _strip_furniture(pages)
    _strip_page_numbers(pages)
    _strip_line_numbers(pages)
    all_words = [w for p in pages for w in p.words]
    body_size = Counter(round(w.size, 1) for w in all_words).most_common(1)[0][0] if all_words else 10.0

    # tables first: their words leave the flow
    regions: list[_Region] = []
    before: _Region | None = None  # a table running to the foot of the page before
    for p in pages:
        rs = _table_regions(p)
        cont = _continuation(p, before, rs) if before is not None else None
        if cont is not None:
            claimed = {id(w) for w in cont.body_words}
            rs = [r for r in rs if not claimed & {id(w) for w in r.header_words + r.body_words}] + [cont]
        # a table with nothing under it on its page may go on overleaf
        ends = [r for r in rs if not any(w.top > r.bottom + 1 and r.x0 - 2 <= w.x0 <= r.x1 for w in p.words)]
        before = max(ends, key=lambda r: r.bottom) if ends else None
        taken = {id(w) for r in rs for w in r.header_words + r.body_words}
        p.words = [w for w in p.words if id(w) not in taken]
        for r in rs:
            _take_footnotes(p, r, body_size)
        regions += rs
    # the text's own type size, its tables' words left out: a short report whose tables hold most of its words (a
    # one-page timeline in small type) would otherwise read its body type as large, every line a title's
    flow_words = [w for p in pages for w in p.words]
    if flow_words:
        body_size = Counter(round(w.size, 1) for w in flow_words).most_common(1)[0][0]
    # one gutter per page shape: a landscape page among portrait ones has its own (or none)
    shapes = {(round(p.width), round(p.height)) for p in pages}
    gutters = {sh: _gutter([p for p in pages if (round(p.width), round(p.height)) == sh]) for sh in shapes}

    flow: list[VLine] = []
    for p in pages:
        lines = _group_lines(p.words, p.number)
        flow += _page_order(lines, gutters[(round(p.width), round(p.height))], body_size, p)

    return _build(doc_id, path, flow, regions, pages, body_size, warnings)


def _page_order(lines: list[VLine], gutter: tuple[float, float] | None, body_size: float, p: _Page) -> list[VLine]:
    if gutter is None:
        return lines
    gc = (gutter[0] + gutter[1]) / 2
    split: list[VLine] = []
    for ln in lines:
        if any(w.x0 < gc < w.x1 for w in ln.words):
            ln.col = "F"
            split.append(ln)
            continue
        lw = [w for w in ln.words if w.x1 <= gc]
        rw = [w for w in ln.words if w.x0 >= gc]
        if lw and rw and min(w.x0 for w in rw) - max(w.x1 for w in lw) < max(6.0, 0.5 * (gutter[1] - gutter[0])):
            ln.col = "F"  # an ordinary word space happens to sit on the gutter
            split.append(ln)
            continue
        if lw:
            split.append(VLine(lw, ln.page, "L"))
        if rw:
            split.append(VLine(rw, ln.page, "R"))
    split.sort(key=lambda ln: (ln.top, ln.x0))
    # a column line whose last word runs into the gutter (an unbreakable address) crosses
    # it without being full-width: column text lies just above and just below it
    for i, ln in enumerate(split):
        if ln.col != "F" or len(split) < 3:
            continue
        near = [o for o in split if o is not ln and o.col != "F" and abs(o.top - ln.top) < 2.0 * ln.size]
        above = [o for o in near if o.top < ln.top - 0.3 * ln.size]
        below = [o for o in near if o.top > ln.top + 0.3 * ln.size]
        if not (above and below and {o.col for o in near} == {"L", "R"}):
            continue
        lw = [w for w in ln.words if w.x0 < gc]
        rw = [w for w in ln.words if w.x0 >= gc]
        split[i] = VLine(lw, ln.page, "L") if lw else VLine(rw, ln.page, "R")
        if lw and rw:
            split.append(VLine(rw, ln.page, "R"))
    split.sort(key=lambda ln: (ln.top, ln.x0))
    # a short last line of a full-width paragraph sits in the left column only
    for i, ln in enumerate(split):
        if ln.col == "L" and i and split[i - 1].col == "F" and ln.top - split[i - 1].bottom < 0.8 * ln.size:
            if not any(o.col == "R" and abs(o.top - ln.top) < 1.5 * ln.size for o in split):
                ln.col = "F"
    out: list[VLine] = []
    left: list[VLine] = []
    right: list[VLine] = []
    for ln in split:
        if ln.col == "F":
            if left or right:
                out += _order_columns(left, right, body_size)
                left, right = [], []
            out.append(ln)
        elif ln.col == "L":
            left.append(ln)
        else:
            right.append(ln)
    out += _order_columns(left, right, body_size)
    return out


def _build(
    doc_id: str,
    path: str,
    flow: list[VLine],
    regions: list[_Region],
    pages: list[_Page],
    body_size: float,
    warnings: list[str],
) -> Document:
    paras: list[Para] = []
    captions: list[Caption] = []
    cur: list[VLine] = []
    prev: VLine | None = None
    in_caption: Caption | None = None
    pending_caps: list[tuple[VLine, str, str, list[Line]]] = []
    seen_heading = False
    after_refs = False  # past the reference list's heading: a letter's figure legends may follow it
    title_done = False
    leading = _leading(flow)

    def flush() -> None:
        nonlocal cur
        if cur:
            paras.append(Para([Line(ln.text, ln.page) for ln in cur]))
        cur = []

    cap_col = "F"
    cap_gap: float | None = None  # the gap between the open caption's lines
    # the usual gap between the lines of a paragraph: before a caption's second line shows its own, the
    # caption's lines are taken to be set as closely as the text's
    gaps = sorted(
        b.top - a.bottom for a, b in zip(flow, flow[1:]) if a.page == b.page and a.col == b.col and 0 <= b.top - a.bottom < b.size
    )
    line_gap = gaps[len(gaps) // 5] if gaps else None  # a low quantile: many paragraphs may be one line long
    # (page, column) -> its text's left and right edge: where most of its lines start and end (a wide table row or
    # a line run into the margin does not widen the column)
    ends: dict[tuple[int, str], tuple[list[float], list[float]]] = {}
    for v in flow:
        x0s, x1s = ends.setdefault((v.page, v.col), ([], []))
        x0s.append(v.x0)
        x1s.append(v.x1)
    edges = {k: (sorted(a)[len(a) // 5], sorted(b)[(4 * len(b)) // 5]) for k, (a, b) in ends.items()}
    loose: PendingTable | None = None
    loose_tables: list[PendingTable] = []
    heads: list[tuple[VLine, str]] = []  # the headings printed, where they stand
    for at, ln in enumerate(flow):
        s = ln.text.strip()
        # an unruled table under its caption: lines of several cells until the rows stop
        if loose is not None:
            prose = _clusters(ln.words) == 1 and len(ln.words) >= 8
            if (
                prev is not None
                and ln.page == prev.page
                and ln.top - prev.bottom <= 2.5 * ln.size
                and not prose
                and not caption_start(s)
                and _heading_of(ln, body_size) is None
            ):
                loose.raw_lines.append(Line(s, ln.page))
                prev = ln
                continue
            loose = None
        # captions: full-width lines from "FIGURE n"/"TABLE n" to the next vertical gap
        if in_caption is not None:
            if (
                pending_caps
                and pending_caps[-1][3] is in_caption.lines
                and _clusters(ln.words) >= 3
                and prev is not None
                and ln.page == prev.page
                and ln.top - prev.bottom <= 2.5 * ln.size
            ):
                vl, num, label, cap_lines = pending_caps.pop()
                text = join_lines([x.text for x in cap_lines])
                m = layout("caption_label").match(text)
                loose = PendingTable(
                    id=table_id(num),
                    caption=text[m.end() :] if m else text,
                    caption_lines=cap_lines,
                    raw_lines=[Line(s, ln.page)],
                    pages=[ln.page],
                )
                loose_tables.append(loose)
                in_caption = None
                prev = ln
                continue
            if (
                ln.col == cap_col
                and prev is not None
                and ln.page == prev.page
                and ln.top - prev.bottom < 0.8 * ln.size
                and not caption_start(s)
                and not _caption_ends(prev, ln, line_gap if cap_gap is None else cap_gap)
                and _heading_of(ln, body_size) is None
            ):
                cap_gap = ln.top - prev.bottom if cap_gap is None else cap_gap
                in_caption.lines.append(Line(s, ln.page))
                prev = ln
                continue
            if _legend_under_label(in_caption, prev, ln, cap_col) and _heading_of(ln, body_size) is None:
                # "Fig. 2" alone on its line, its legend set under it as a paragraph of its own (a web page's
                # figure printed to PDF): the legend is the figure's caption, not the text of the section it ends
                in_caption.lines.append(Line(s, ln.page))
                prev = ln
                continue
            in_caption = None
        cs = caption_start(s)
        block_start = (
            prev is None or _ends_sentence(prev.text) or ln.page != prev.page or ln.top - prev.bottom > 0.6 * ln.size
            # a paragraph's break without a full stop above: a short last line, or a little more space than a line's
            or _short_line_break(prev, ln, edges) or _spaced_break(prev, ln, line_gap)
        )
        if cs is None and after_refs and block_start and (lg := _LEGEND_AFTER_REFS.match(s)) is not None:
            cs = ("figure", lg.group("num"))  # a letter's legend printed after its references: "Fig. 1 (A) ..."
        if cs and figure_label_alone(s) and not (prev is not None and stops_open(prev.text)):
            pass  # "Fig. 2" alone on its line after a finished line: a figure's label, its legend below it
        elif cs and not (ln.col == "F" or ln.words[0].bold or block_start):
            cs = None  # "Table 2 shows ..." inside a running sentence
        elif cs and not s.split()[0].isupper() and not block_start:
            cs = None
        if cs:
            flush()
            label = " ".join(s.split()[:2]).rstrip(".:|")
            in_caption = Caption(label, [Line(s, ln.page)])
            cap_col = ln.col
            cap_gap = None
            if cs[0] == "table":
                pending_caps.append((ln, cs[1], label, in_caption.lines))
            else:
                captions.append(in_caption)
            prev = ln
            continue
        # title: large type on the first page before any heading
        if not seen_heading and not title_done and ln.page == pages[0].number and ln.size >= 1.25 * body_size:
            if cur and cur[-1].size < 1.25 * body_size:
                flush()
            cur.append(ln)
            prev = ln
            continue
        if cur and not title_done and cur[0].size >= 1.25 * body_size and ln.size < 1.25 * body_size:
            paras.append(Para([Line(x.text, x.page) for x in cur], role="title"))
            cur = []
            title_done = True
        # (a label ending the line is read with the next line's first word after it)
        after = f" {flow[at + 1].words[0].text}" if at + 1 < len(flow) and flow[at + 1].page == ln.page else ""
        ks = sorted({len(s[:c].split()) for c in glued_label_cuts(s + after, capital=True)} - {0, len(ln.words)}) if not ln.bold else []
        if ks:
            # a structured abstract set as one paragraph, a label run on inside a line ("... in children. Case
            # presentation: A 7-year-old ..."): the line is cut before each label; each label opens its section
            pieces = [ln.words[a:b] for a, b in zip([0, *ks], [*ks, len(ln.words)])]
            for n, piece in enumerate(pieces[:-1]):
                pl = VLine(piece, ln.page, ln.col)
                opens = n > 0 or not cur or (prev is not None and (
                    _para_break(prev, ln, leading) or _short_line_break(prev, ln, edges) or _spaced_break(prev, ln, line_gap)
                ))
                inline = split_inline_heading(pl.text) if opens else None
                if opens:
                    flush()
                if inline is not None:
                    head, rest = inline
                    paras.append(Para([Line(pl.text[: len(pl.text) - len(rest)].strip(), ln.page)], heading=head))
                    seen_heading = True
                    pl = VLine(piece[len(piece) - len(rest.split()) :], ln.page, ln.col)
                cur.append(pl)
                flush()
            ln = VLine(pieces[-1], ln.page, ln.col)
            s = ln.text
        h = _heading_of(ln, body_size)
        if h is None and ln.words[0].bold and not ln.bold:
            # an inline run-in heading: "Abstract Text text..."
            k = next(i for i, w in enumerate(ln.words) if not w.bold)
            head = " ".join(w.text for w in ln.words[:k])
            hh = classify_heading(head)
            if hh is not None:
                flush()
                paras.append(Para([Line(head, ln.page)], heading=hh))
                seen_heading = True
                cur = [VLine(ln.words[k:], ln.page, ln.col)]
                prev = ln
                continue
        # a run-in label ("Case: In a ...") opens a section where a paragraph starts, by any of the breaks below (a
        # labelled abstract set with a little space between its parts has no wider gap than _para_break asks)
        inline = split_inline_heading(s) if h is None and (not cur or (prev is not None and (
            _para_break(prev, ln, leading) or _short_line_break(prev, ln, edges) or _spaced_break(prev, ln, line_gap)
            # a structured abstract's label opening a line of its paragraph after a part's full stop
            or (_ends_sentence(prev.text) and opens_on_glued_label(s))
        ))) else None
        if inline is not None:
            flush()
            head, rest = inline
            paras.append(Para([Line(s[: len(s) - len(rest)].strip(), ln.page)], heading=head))
            seen_heading = True
            cur = [VLine(ln.words[len(ln.words) - len(rest.split()) :], ln.page, ln.col)]
            prev = ln
            continue
        if h is not None:
            flush()
            paras.append(Para([Line(s, ln.page)], heading=h))
            heads.append((ln, h.title))
            seen_heading = True
            after_refs = after_refs or h.kind == "references"
            prev = ln
            continue
        if not seen_heading and is_author_line(s) and len(paras) <= 2:
            flush()
            paras.append(Para([Line(s, ln.page)], role="authors"))
            prev = ln
            continue
        if cur and prev is not None and (
            _para_break(prev, ln, leading) or _short_line_break(prev, ln, edges) or _spaced_break(prev, ln, line_gap)
            or _result_list_break(prev, ln, edges)
        ):
            flush()
        cur.append(ln)
        prev = ln
    flush()
    dehyphenate([p.lines for p in paras] + [c.lines for c in captions] + [c[3] for c in pending_caps], [ln.text for ln in flow])

    tables, stray = _tables(regions, pending_caps, warnings, heads)
    captions += stray
    taken = {t.id for t in tables}
    for t in loose_tables:
        if t.id in taken:
            t.id = f"{t.id}.{len(taken) + 1}"
        taken.add(t.id)
        tables.append(t)
    return assemble(
        doc_id,
        path,
        "pdf",
        paras,
        captions,
        tables,
        n_pages=len(pages),
        warnings=warnings,
    )


def _leading(flow: list[VLine]) -> float:
    """The extra space a double-spaced manuscript sets between all its lines (0 for ordinary spacing): the median
    gap between successive lines of a column when that gap would already be a paragraph break."""
    gaps = [
        (b.top - a.bottom, b.size)
        for a, b in zip(flow, flow[1:])
        if a.page == b.page and a.col == b.col and b.top > a.top
    ]
    if len(gaps) < 5:
        return 0.0
    gap, size = statistics.median(g for g, _ in gaps), statistics.median(z for _, z in gaps)
    return gap if gap > 0.6 * size + 1.0 else 0.0


def _legend_under_label(cap: Caption, prev: VLine | None, ln: VLine, col: str) -> bool:
    """``ln`` opens the legend of a figure whose caption so far is its label only ("Fig. 2", "Figure 3."): the
    next line of the same column and page, a paragraph's gap below at most, neither a caption nor a lone label."""
    if len(cap.lines) != 1 or prev is None or ln.col != col or ln.page != prev.page:
        return False
    if not figure_label_alone(cap.lines[0].text) or caption_start(ln.text):
        return False
    return 0 <= ln.top - prev.bottom <= 2.5 * ln.size


def _caption_ends(prev: VLine, ln: VLine, gap: float | None) -> bool:
    """The open caption ended at ``prev`` and ``ln`` starts the text's next paragraph (a caption in body type, set
    as closely as the paragraphs): the gap above ``ln`` is wider than the caption's own line gap (the text's,
    before the caption has a second line), or ``prev`` finishes a sentence on a short line."""
    if gap is not None and ln.top - prev.bottom > gap + 0.25 * ln.size:
        return True
    return _ends_sentence(prev.text) and _para_break(prev, ln)


def _spaced_break(prev: VLine, ln: VLine, line_gap: float | None) -> bool:
    """Paragraphs set apart by a little more space than a paragraph's lines (a third of a line, as web-to-PDF
    renderers and many journals print them): the gap above ``ln`` is wider than the text's usual line gap by a
    quarter of the type size. (Smaller type in a line, a superscript or subscript, only narrows its gaps.)"""
    if line_gap is None or prev.page != ln.page or prev.col != ln.col or ln.top <= prev.top:
        return False
    return ln.top - prev.bottom > line_gap + 0.25 * ln.size


def _short_line_break(prev: VLine, ln: VLine, edges: dict[tuple[int, str], tuple[float, float]]) -> bool:
    """A line ending before the middle of its column, with the next line below it in the same column: a paragraph
    (or list item: "Desmin (D33) +" over "S100 (4C4.9) -") ends there even without a sentence end; only a
    paragraph's last line is that short."""
    if prev.page != ln.page or prev.col != ln.col or ln.top <= prev.top:
        return False
    left, right = edges.get((prev.page, prev.col), (prev.x0, prev.x1))
    return prev.x1 - left < 0.55 * (right - left)


def _result_list_break(prev: VLine, ln: VLine, edges: dict[tuple[int, str], tuple[float, float]]) -> bool:
    """A stain list's line opening on its result ("Positive - ALK, SMA, desmin (focal)" / "Negative - myogenin,
    CD34"): a line of its own, as the text reader keeps it; the list line ends where it stops short of its column's
    edge (a long list wrapped onto the next line goes on)."""
    if _RESULT_LIST.match(ln.text):
        return True
    if not _RESULT_LIST.match(prev.text):
        return False
    right = edges.get((prev.page, prev.col), (prev.x0, prev.x1))[1]
    return prev.x1 < right - 1.5 * prev.size


def _para_break(prev: VLine, ln: VLine, leading: float = 0.0) -> bool:
    """Paragraph boundary between two consecutive flow lines (``leading``: a double-spaced document's own gap
    between lines, see :func:`_leading`)."""
    if prev.page == ln.page and prev.col == ln.col and ln.top > prev.top:
        gap = ln.top - prev.bottom - leading
        if gap > 0.6 * ln.size + 1.0:
            return True
        width = max(prev.x1, ln.x1) - min(prev.x0, ln.x0)
        return _ends_sentence(prev.text) and prev.x1 - prev.x0 < 0.8 * width
    # column/page change: a finished sentence on a short line ends the paragraph
    return _ends_sentence(prev.text) and ln.text[:1].isupper() and prev.x1 - prev.x0 < 0.75 * (ln.x1 - ln.x0)


def _heading_over(r: _Region, heads: list[tuple[VLine, str]]) -> str:
    """The heading a table with no caption stands right under ("Timeline" over a Date | Event grid), nothing between
    them: the section holds the table alone, and its heading is the table's title ("" when there is none)."""
    above = [(r.top - v.bottom, t) for v, t in heads if v.page == r.page and -1 <= r.top - v.bottom < 2.5 * v.size]
    return min(above)[1] if above else ""


def _tables(
    regions: list[_Region],
    caps: list[tuple[VLine, str, str, list[Line]]],
    warnings: list[str],
    heads: list[tuple[VLine, str]] | None = None,
) -> tuple[list[PendingTable], list[Caption]]:
    out: list[PendingTable] = []
    parts: dict[int, list[tuple[list[list[GridCell]], _Spans, int]]] = {}
    for r in sorted(regions, key=lambda r: (r.page, r.top)):
        header, rows, spans = _grid(r)
        # the caption printed just above this region on the same page, if any
        cap = None
        for c in caps:
            if c[0].page == r.page and c[0].bottom <= r.top + 1 and r.top - c[0].bottom < 80:
                cap = c
        if cap is not None:
            caps.remove(cap)
        htexts = [h.text for h in header]
        if cap is None and out and [h.text for h in out[-1].header] == htexts:
            t = out[-1]
        elif cap is not None and is_continued(cap[3][0].text) and any(t.id == table_id(cap[1]) for t in out):
            t = next(t for t in out if t.id == table_id(cap[1]))
        else:
            tid = table_id(cap[1] if cap else str(len(out) + 1))
            if any(t.id == tid for t in out):
                tid = f"{tid}.{len(out) + 1}"
            caption_text = join_lines([x.text for x in cap[3]]) if cap else ""
            m = layout("caption_label").match(caption_text)
            t = PendingTable(
                id=tid,
                caption=(caption_text[m.end() :] if m else caption_text) if cap else _heading_over(r, heads or []),
                caption_lines=list(cap[3]) if cap else [],
                header=header,
            )
            out.append(t)
            if not rows:
                warnings.append(f"table {tid}: no data rows found on page {r.page}")
        t.rows.extend(rows)
        parts.setdefault(id(t), []).append((rows, spans, r.page))
        t.pages.append(r.page)
        t.footnotes += [Line(ln.text, ln.page) for ln in r.footnotes]
    for t in out:
        _fill_spans(parts.get(id(t), []))
        spans = [j for j, h in enumerate(t.header) if is_span_column(h.text)]
        for j in spans:
            have = False
            for row in t.rows:
                if j < len(row) and row[j].text:
                    have = True
                elif j < len(row) and have:
                    row[j].repeat = True
        for row in t.rows:
            for j in spans:
                if j < len(row) and row[j].repeat:
                    k = t.rows.index(row)
                    above = t.rows[k - 1][j]
                    row[j].text = above.text
                    row[j].page = above.page
    for c in caps:
        warnings.append(f"{c[2]}: caption without a ruled table below it on page {c[0].page}")
    return out, [Caption(c[2], c[3]) for c in caps]
