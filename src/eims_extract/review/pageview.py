"""The PDF page beside the row: the page as an image, evidence boxes from pdfplumber's characters.

The store keeps the reading-order text and which page each stretch of it
came from, not where each character sat. To place ``[start, end)`` on the
page, the tokens of that text line (the span and up to ``CONTEXT`` tokens
either side) are aligned, in order, with the words of each pair of
neighbouring visual lines of the page; the best-aligned lines win and the
span's tokens map to their words, whose characters give the box. The span's
own tokens must all align, so a "+" is boxed in its own row and column,
never the first "+" on the page.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any

#: Tokens of the text line taken either side of the span when aligning.
CONTEXT = 8
#: Visual lines aligned at once (a table cell may wrap onto the next two lines).
WINDOW_LINES = 3
#: Image resolution of the rendered page (dpi).
RESOLUTION = 110
_TOKEN = re.compile(r"\S+")


class PageViewError(ValueError):
    """Why a page cannot be shown (one line)."""


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    #: ``(x0, top, x1, bottom, text)`` of each character, as pdfplumber read it
    chars: tuple[tuple[float, float, float, float, str], ...]


@dataclass(frozen=True)
class PageWords:
    width: float
    height: float
    words: tuple[Word, ...]


def check_pdf(path: str | Path, sha256: str | None) -> Path:
    """The document's PDF, unchanged since extraction (else the boxes would be misplaced)."""
    p = Path(path)
    if p.suffix.lower() != ".pdf":
        raise PageViewError("not a PDF document: there is no page to show")
    if not p.is_file():
        raise PageViewError(f"the PDF is no longer at {p}")
    if sha256 and _sha256(str(p), p.stat().st_mtime_ns) != sha256:
        raise PageViewError("the PDF changed since it was extracted: re-run extraction to see its pages")
    return p


@lru_cache(maxsize=64)
def _sha256(path: str, _mtime: int) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@lru_cache(maxsize=32)
def _page_words(path: str, _mtime: int, page: int) -> PageWords:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        if not 1 <= page <= len(pdf.pages):
            raise PageViewError(f"page {page} is outside 1..{len(pdf.pages)}")
        pg = pdf.pages[page - 1]
        raw = pg.extract_words(keep_blank_chars=False, x_tolerance_ratio=0.15, return_chars=True)
        words = tuple(
            Word(
                unicodedata.normalize("NFC", w["text"]), w["x0"], w["x1"], w["top"], w["bottom"],
                tuple((c["x0"], c["top"], c["x1"], c["bottom"], c["text"]) for c in w["chars"]),
            )
            for w in raw
        )  # fmt: skip
        return PageWords(float(pg.width), float(pg.height), words)


def page_words(path: str | Path, page: int) -> PageWords:
    p = Path(path)
    return _page_words(str(p), p.stat().st_mtime_ns, page)


@lru_cache(maxsize=16)
def _png(path: str, _mtime: int, page: int, resolution: int) -> bytes:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        if not 1 <= page <= len(pdf.pages):
            raise PageViewError(f"page {page} is outside 1..{len(pdf.pages)}")
        img = pdf.pages[page - 1].to_image(resolution=resolution).original
        buf = io.BytesIO()
        img.save(buf, format="PNG", optimize=True)
        return buf.getvalue()


def page_png(path: str | Path, page: int, resolution: int = RESOLUTION) -> bytes:
    p = Path(path)
    return _png(str(p), p.stat().st_mtime_ns, page, resolution)


def page_of(page_starts: list[Any], offset: int) -> int | None:
    """The page the text at ``offset`` came from (``page_starts`` pairs need not be in page order)."""
    pairs = sorted((int(s), int(p)) for s, p in page_starts)
    if not pairs:
        return None
    i = bisect.bisect_right([s for s, _ in pairs], offset) - 1
    return pairs[max(i, 0)][1]


def _lines(words: tuple[Word, ...]) -> list[list[Word]]:
    """Words grouped into visual lines (same baseline band), left to right."""
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (round(w.top), w.x0)):
        if out and abs(out[-1][0].top - w.top) <= 0.4 * max(w.bottom - w.top, 1.0):
            out[-1].append(w)
        else:
            out.append([w])
    for ln in out:
        ln.sort(key=lambda w: w.x0)
    return out


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    return [(m.start() + a, m.end() + a, m.group()) for m in _TOKEN.finditer(text[a:b]) if m.group() != "|"]


def span_boxes(text: str, start: int, end: int, pw: PageWords) -> list[dict[str, Any]]:
    """Boxes ``{x0, top, x1, bottom, text}`` (PDF points) around ``text[start:end]`` on the page."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    toks = _tokens(text, ls, len(text) if le < 0 else le)
    span_idx = [i for i, (a, b, _) in enumerate(toks) if a < end and b > start]
    if not span_idx:
        return []
    lo, hi = max(span_idx[0] - CONTEXT, 0), min(span_idx[-1] + CONTEXT + 1, len(toks))
    ctx = toks[lo:hi]
    want = [i - lo for i in span_idx]
    lines = _lines(pw.words)
    best: tuple[tuple[int, int], dict[int, Word]] | None = None
    for i in range(len(lines)):
        cand = [w for ln in lines[i : i + WINDOW_LINES] for w in ln]
        sm = SequenceMatcher(None, [t for _, _, t in ctx], [w.text for w in cand], autojunk=False)
        mapping: dict[int, Word] = {}
        for blk in sm.get_matching_blocks():
            for k in range(blk.size):
                mapping[blk.a + k] = cand[blk.b + k]
        if not any(j in mapping for j in want) and len(want) > 0 and len(mapping) < 2:
            continue
        aligned = len(mapping)
        # a wrapped cell puts its tail below the row's other cells: take the same word, unused, nearby
        used = {id(w) for w in mapping.values()}
        filled = 0
        for j in want:
            if j in mapping:
                continue
            same = [w for w in cand if w.text == ctx[j][2] and id(w) not in used]
            if not same:
                break
            near = mapping.get(j - 1) or mapping.get(j + 1)
            w = min(same, key=lambda w: abs(w.x0 - near.x0) + abs(w.top - near.top)) if near else same[0]
            mapping[j], filled = w, filled + 1
            used.add(id(w))
        if not all(j in mapping for j in want):
            continue
        key = (aligned, -filled)
        if best is None or key > best[0]:
            best = (key, mapping)
    if best is None:
        return []
    boxes = []
    for j in want:
        a, b, tok = ctx[j]
        w = best[1][j]
        ca, cb = max(start, a) - a, min(end, b) - a
        chars = w.chars[ca:cb] if len(w.chars) == len(tok) and cb > ca else w.chars
        boxes.append({
            "x0": min(c[0] for c in chars), "top": min(c[1] for c in chars),
            "x1": max(c[2] for c in chars), "bottom": max(c[3] for c in chars),
            "text": unicodedata.normalize("NFC", "".join(c[4] for c in chars)),
        })  # fmt: skip
    return boxes
