"""Characters, ruling lines and rectangles of PDF pages from PDFium (pypdfium2's raw API).

pdfminer (under pdfplumber) parses a page in ≈0.12 s; PDFium reads the same
page's characters ≈50× faster. This module gives the PDF reader the objects
it takes from pdfplumber — character dicts with boxes, type size and font
name, and the ``lines``/``rects`` the table code reads rules from — in
pdfplumber's own shapes and with pdfminer's geometry, so the layout analysis
in :mod:`.pdf` runs unchanged on either backend:

* a character's box is pdfminer's: from the origin, the advance width along
  the baseline, and from ``descent`` to ``descent + size`` across it (PDFium's
  "loose" box uses the font's ascent instead, a taller box);
* ``size`` is the font size times the text matrix's scale, as pdfminer's;
* paths are split into subpaths and classified as pdfminer does: one
  segment is a line, a closed axis-aligned four-sided subpath a rectangle,
  anything else a curve (not returned).

Characters PDFium generates itself (spaces and line breaks between text
objects) are dropped: pdfminer has none.
"""

from __future__ import annotations

import ctypes
import math
from itertools import groupby
from operator import itemgetter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pypdfium2_raw.bindings as raw_bindings

from ..errors import IngestError

Obj = dict[str, Any]


@dataclass
class PdfiumPage:
    """One page's objects in pdfplumber's shapes (``chars``, ``lines``, ``rects``)."""

    width: float
    height: float
    chars: list[Obj]
    lines: list[Obj] = field(default_factory=list)
    rects: list[Obj] = field(default_factory=list)

    def extract_words(self, **kwargs: Any) -> list[Obj]:
        """pdfplumber's word grouping over these characters (the same call pdfplumber's page makes)."""
        return extract_words(self.chars, **kwargs)


# -- words -------------------------------------------------------------------------
#: The word-grouping options the reader uses, which :func:`extract_words` does itself.
_FAST_OPTIONS = frozenset({"extra_attrs", "keep_blank_chars", "x_tolerance_ratio"})
_LIGATURES = {"\ufb00": "ff", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb01": "fi", "\ufb02": "fl", "\ufb06": "st", "\ufb05": "st"}


def extract_words(chars: list[Obj], **kwargs: Any) -> list[Obj]:
    """pdfplumber's ``extract_words`` — the same words, in the same order, with the same
    boxes — for the options the reader passes (``extra_attrs``, ``x_tolerance_ratio``, no
    blank characters kept; other options go to pdfplumber itself). pdfplumber's general
    version (any direction, clustering helpers, a generator per word) took a third of the
    PDF layout time."""
    extra = list(kwargs.get("extra_attrs") or [])
    ratio = kwargs.get("x_tolerance_ratio")
    if set(kwargs) - _FAST_OPTIONS or kwargs.get("keep_blank_chars") or ratio is None:
        from pdfplumber.utils import extract_words as plumber_words

        return plumber_words(chars, **kwargs)
    tol = 3  # pdfplumber's default x and y tolerance
    out: list[Obj] = []
    # runs of characters alike in uprightness and the extra attributes
    for _, group in groupby(chars, itemgetter("upright", *extra)):
        run = list(group)
        first = run[0]
        upright = bool(first["upright"])
        # lines: clusters of the line position (top, or x0 for turned text) within 3 units,
        # each line's characters ordered along it (sorts are stable, as pdfplumber's)
        line_key = "top" if upright else "x0"
        cluster: dict[float, int] = {}
        last: float | None = None
        c = -1
        for v in sorted({ch[line_key] for ch in run}):
            if last is None or v > last + tol:
                c += 1
            cluster[v] = c
            last = v
        lines: list[list[Obj]] = [[] for _ in range(c + 1)]
        for ch in run:
            lines[cluster[ch[line_key]]].append(ch)
        for line in lines:
            line.sort(key=_X0 if upright else _TOP_BOTTOM)
            word: list[Obj] = []
            for ch in line:
                text = ch["text"]
                if text.isspace():
                    if word:
                        out.append(_merge(word, extra))
                    word = []
                elif text == "":  # pdfplumber: the empty string is "in" every punctuation set
                    if word:
                        out.append(_merge(word, extra))
                    out.append(_merge([ch], extra))
                    word = []
                elif word:
                    prev = word[-1]
                    if upright:
                        x, y = ratio * prev["size"], tol
                        ay, cy, ax, bx, cx = prev["top"], ch["top"], prev["x0"], prev["x1"], ch["x0"]
                    else:
                        x, y = tol, ratio * prev["size"]
                        ay, cy, ax, bx, cx = prev["x0"], ch["x0"], prev["top"], prev["bottom"], ch["top"]
                    if cx < ax or cx > bx + x or abs(cy - ay) > y:
                        out.append(_merge(word, extra))
                        word = [ch]
                    else:
                        word.append(ch)
                else:
                    word = [ch]
            if word:
                out.append(_merge(word, extra))
    return out


_X0, _X1, _TOP, _BOTTOM, _TEXT = (itemgetter(k) for k in ("x0", "x1", "top", "bottom", "text"))
_TOP_BOTTOM = itemgetter("top", "bottom")


def _merge(chars: list[Obj], extra: list[str]) -> Obj:
    """pdfplumber's ``merge_chars``: one word from its characters."""
    first = chars[0]
    if len(chars) == 1:
        x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
        text = _LIGATURES.get(first["text"], first["text"] or "")
    else:
        x0 = min(map(_X0, chars))
        top = min(map(_TOP, chars))
        x1 = max(map(_X1, chars))
        bottom = max(map(_BOTTOM, chars))
        text = "".join([_LIGATURES.get(t, t or "") for t in map(_TEXT, chars)])
    upright = first["upright"]
    word = {
        "text": text,
        "x0": x0,
        "x1": x1,
        "top": top,
        "doctop": top + (first["doctop"] - first["top"]),
        "bottom": bottom,
        "upright": upright,
        "height": bottom - top,
        "width": x1 - x0,
        "direction": "ltr" if upright else "ttb",
    }
    for a in extra:
        word[a] = first[a]
    return word


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """The document, or an :class:`IngestError` with a one-line reason."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise IngestError("encrypted PDF (a password is needed to read it)") from None
        raise IngestError(f"corrupt PDF: {msg.splitlines()[0] if msg else 'unreadable'}") from None


def iter_pages(doc: pdfium.PdfDocument) -> Iterator[PdfiumPage]:
    for i in range(len(doc)):
        yield read_index(doc, i)


def read_index(doc: pdfium.PdfDocument, i: int) -> PdfiumPage:
    """Page ``i`` (from 0), read and closed."""
    page = doc[i]
    try:
        return read_page(page)
    finally:
        page.close()


def read_page(page: pdfium.PdfPage) -> PdfiumPage:
    left, bottom, right, top = page.get_bbox()  # the inherited media box clipped by the crop box
    width, height = right - left, top - bottom
    textpage = page.get_textpage()
    try:
        chars = _chars(textpage, left, top)
    finally:
        textpage.close()
    lines, rects = _paths(page, left, top)
    return PdfiumPage(float(width), float(height), chars, lines, rects)


# -- characters ----------------------------------------------------------------
def _proto(name: str, restype: Any, *argtypes: Any) -> Any:
    """A private prototype of a PDFium function taking and returning plain addresses:
    pypdfium2's typed wrappers cost several microseconds per call in argument checks,
    and a page has thousands of characters."""
    fn = raw_bindings._libs["pdfium"][name]
    fn.restype, fn.argtypes = restype, argtypes
    return fn


def _bare(name: str, restype: Any) -> Any:
    """A PDFium function called per character, without argument types: ctypes then
    converts nothing (≈0.2 µs a call saved); callers pass ``c_void_p`` objects for
    pointers, ``byref`` for out-parameters and Python ints only for C ``int``s."""
    fn = raw_bindings._libs["pdfium"][name]  # a new function object: _proto's stay typed
    fn.restype, fn.argtypes = restype, None
    return fn


_P = ctypes.c_void_p
_text_object = _bare("FPDFText_GetTextObject", _P)
_loose_box = _bare("FPDFText_GetLooseCharBox", ctypes.c_int)
_char_box = _proto("FPDFText_GetCharBox", ctypes.c_int, _P, ctypes.c_int, _P, _P, _P, _P)
_origin = _bare("FPDFText_GetCharOrigin", ctypes.c_int)
_char_matrix = _proto("FPDFText_GetMatrix", ctypes.c_int, _P, ctypes.c_int, _P)
_FONT_BUF = ctypes.create_string_buffer(512)


_obj_font = _proto("FPDFTextObj_GetFont", _P, _P)
_obj_font_size = _proto("FPDFTextObj_GetFontSize", ctypes.c_int, _P, _P)


def _font_of(textobj: int, fonts: dict[int, tuple[str, float]]) -> tuple[str, float, float, Any]:
    """``(font name, font size, descent per unit size, font handle)`` of a text object;
    a font's name and descent are looked up once per page (``fonts``)."""
    size = ctypes.c_float()
    _obj_font_size(textobj, ctypes.addressof(size))
    font = _obj_font(textobj)
    hit = fonts.get(font or 0)
    if hit is None:
        handle = ctypes.cast(font, raw.FPDF_FONT)
        n = raw.FPDFFont_GetBaseFontName(handle, _FONT_BUF, len(_FONT_BUF)) if font else 0
        name = _FONT_BUF.raw[: max(n - 1, 0)].decode("latin-1") if n else ""
        descent = ctypes.c_float()
        d = descent.value if font and raw.FPDFFont_GetDescent(handle, 1000.0, descent) else -200.0
        if font and not raw.FPDFFont_GetIsEmbedded(handle):
            d = _standard_descent(name, d)
        hit = fonts[font or 0] = (name, d / 1000.0)
    return hit[0], float(size.value), hit[1], font


def _standard_descent(name: str, default: float) -> float:
    """pdfminer's descent of a standard-14 font (the Adobe metrics it ships), which
    differs from PDFium's substitute font's by up to 0.02 em."""
    from pdfminer.fontmetrics import FONT_METRICS

    m = FONT_METRICS.get(name.split("+")[-1])
    return float(m[0]["Descent"]) if m else default


def _chars(textpage: pdfium.PdfTextPage, x_left: float, y_top: float) -> list[Obj]:
    """The page's characters in content order, as pdfplumber's char dicts.

    Two things PDFium does differently are undone here: it splits a ligature
    glyph ("ﬂ") into its letters, all at the glyph's origin, which are joined
    again (pdfplumber's word text expands ligatures, so words read the same);
    and it marks the space characters it keeps as generated ones, with no text
    object, which are kept as blank characters (they only separate words) while
    its generated line breaks are dropped."""  # noqa: RUF002
    tp = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    tpv = ctypes.c_void_p(tp)
    n = raw.FPDFText_CountChars(textpage.raw)
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n, errors="replace")
    if len(text) != n:  # characters outside the BMP: one code unit each is no longer one char each
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i)) for i in range(n))
    rect = raw.FS_RECTF()
    p_rect = ctypes.byref(rect)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    p_ox, p_oy = ctypes.byref(ox), ctypes.byref(oy)
    mat = raw.FS_MATRIX()
    p_mat = ctypes.addressof(mat)
    # per text object: (fontname, fontsize, descent, a, b, c, d, upright, lo, hi)
    objs: dict[int, tuple] = {}
    fonts: dict[int, tuple[str, float]] = {}
    out: list[Obj] = []
    append = out.append
    last_obj, last_origin = 0, (math.nan, math.nan)
    last: Obj | None = None
    pending_space = False
    for i in range(n):
        ch = text[i]
        if ch == "\ufffe":  # PDFium's mark for a hyphen ending a line: the hyphen printed
            ch = "-"
        obj = _text_object(tpv, i)
        if not obj:
            pending_space = pending_space or (ch == " " and last is not None)
            last_obj = 0
            continue
        info = objs.get(obj)
        _origin(tpv, i, p_ox, p_oy)
        e, f = ox.value, oy.value
        if info is None:
            fontname, fontsize, descent, font = _font_of(obj, fonts)
            _char_matrix(tp, i, p_mat)
            a, b, c, d = mat.a, mat.b, mat.c, mat.d
            info = objs[obj] = (fontname, fontsize, descent, a, b, c, d, a * d > 0 and b * c <= 0, font)
        fontname, fontsize, descent, a, b, c, d, upright, font = info
        if obj == last_obj and (e, f) == last_origin and last is not None:  # a ligature's next letter
            last["text"] += ch
            if b == 0.0 and c == 0.0:
                _loose_box(tpv, i, p_rect)
                right = max(last["x1"], rect.right - x_left)
                last.update(x1=right, width=right - last["x0"])
            continue
        last_obj, last_origin = obj, (e, f)
        lo, hi = descent * fontsize, (descent + 1.0) * fontsize
        if b == 0.0 and c == 0.0:  # unrotated: the loose box spans the advance along x
            _loose_box(tpv, i, p_rect)
            adv = rect.right - rect.left
            x0, x1 = e, e + adv
            if x1 < x0:
                x0, x1 = x1, x0
            y0, y1 = f + d * lo, f + d * hi
            if y1 < y0:
                y0, y1 = y1, y0
        else:
            adv = _turned_advance(tp, i, ch, font, fontsize, a, b, e, f)
            sx = math.hypot(a, b) or 1.0
            ux, uy = a / sx, b / sx  # unit vector along the baseline
            xs = [e + ux * p + c * q for p in (0.0, adv) for q in (lo, hi)]
            ys = [f + uy * p + d * q for p in (0.0, adv) for q in (lo, hi)]
            x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        top = y_top - y1
        if pending_space:
            pending_space = False
            # a space between two characters of one line, read left to right, separates
            # words; one PDFium put between table cells or before a jump back is dropped
            if last is not None and abs(last["top"] - top) < 0.5 * (y1 - y0) and x0 - x_left >= last["x1"] - 0.5:
                append(dict(last, text=" ", x0=last["x1"], width=0.0))
        last = {
            "object_type": "char",
            "text": ch,
            "fontname": fontname,
            "size": y1 - y0,  # pdfminer's size is the box height, turned text or not
            "upright": upright,
            "matrix": (a, b, c, d, e, f),
            "x0": x0 - x_left,
            "x1": x1 - x_left,
            "top": top,
            "bottom": y_top - y0,
            "doctop": top,
            "width": x1 - x0,
            "height": y1 - y0,
        }
        append(last)
    return out


def _turned_advance(tp: int, i: int, ch: str, font: Any, fontsize: float, a: float, b: float, e: float, f: float) -> float:
    """Advance width of a turned character along its baseline, in page units.

    PDFium's loose box collapses for turned text, so the font's width of the
    character is asked for; failing that, the tight glyph box's extent along the
    baseline stands in (short of the advance by the glyph's side bearings)."""
    width = ctypes.c_float()
    if font and len(ch) == 1 and raw.FPDFFont_GetGlyphWidth(ctypes.cast(font, raw.FPDF_FONT), ord(ch), fontsize, width) and width.value > 0:
        return width.value * (math.hypot(a, b) or 1.0)
    box = [ctypes.c_double() for _ in range(4)]
    _char_box(tp, i, *(ctypes.addressof(v) for v in box))
    left, right, bottom, top = (v.value for v in box)
    sx = math.hypot(a, b) or 1.0
    ux, uy = a / sx, b / sx
    return max(0.0, max((x - e) * ux + (y - f) * uy for x in (left, right) for y in (bottom, top)))


# -- paths -----------------------------------------------------------------------
def _mul(m1: tuple[float, ...], m2: tuple[float, ...]) -> tuple[float, ...]:
    """``m1`` then ``m2`` (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2, e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def _paths(page: pdfium.PdfPage, x_left: float, y_top: float) -> tuple[list[Obj], list[Obj]]:
    lines: list[Obj] = []
    rects: list[Obj] = []
    m = raw.FS_MATRIX()
    fx, fy = ctypes.c_float(), ctypes.c_float()
    fillmode, stroke = ctypes.c_int(), ctypes.c_int()

    def walk(count: int, get: Any, ctm: tuple[float, ...]) -> None:
        for k in range(count):
            obj = get(k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_FORM:
                raw.FPDFPageObj_GetMatrix(obj, m)
                inner = _mul((m.a, m.b, m.c, m.d, m.e, m.f), ctm)
                walk(raw.FPDFFormObj_CountObjects(obj), lambda j, o=obj: raw.FPDFFormObj_GetObject(o, j), inner)
                continue
            if kind != raw.FPDF_PAGEOBJ_PATH:
                continue
            raw.FPDFPageObj_GetMatrix(obj, m)
            pm = _mul((m.a, m.b, m.c, m.d, m.e, m.f), ctm)
            raw.FPDFPath_GetDrawMode(obj, fillmode, stroke)
            is_fill, is_stroke = fillmode.value != 0, bool(stroke.value)
            subpath: list[tuple[str, float, float]] = []
            for s in range(raw.FPDFPath_CountSegments(obj)):
                seg = raw.FPDFPath_GetPathSegment(obj, s)
                raw.FPDFPathSegment_GetPoint(seg, fx, fy)
                x, y = fx.value, fy.value
                px, py = pm[0] * x + pm[2] * y + pm[4], pm[1] * x + pm[3] * y + pm[5]
                t = raw.FPDFPathSegment_GetType(seg)
                if t == raw.FPDF_SEGMENT_MOVETO and subpath:
                    _classify(subpath, is_stroke, is_fill, x_left, y_top, lines, rects)
                    subpath = []
                subpath.append(("m" if t == raw.FPDF_SEGMENT_MOVETO else "l" if t == raw.FPDF_SEGMENT_LINETO else "c", px, py))
                if raw.FPDFPathSegment_GetClose(seg):
                    subpath.append(("h", subpath[0][1], subpath[0][2]))
            if subpath:
                _classify(subpath, is_stroke, is_fill, x_left, y_top, lines, rects)

    walk(raw.FPDFPage_CountObjects(page.raw), lambda j: raw.FPDFPage_GetObject(page.raw, j), (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
    return lines, rects


def _classify(
    sub: list[tuple[str, float, float]], stroke: bool, fill: bool, x_left: float, y_top: float, lines: list[Obj], rects: list[Obj]
) -> None:
    """pdfminer's reading of one subpath: a line, a rectangle, or (dropped) a curve."""
    shape = "".join(s[0] for s in sub)
    pts = [(s[1], s[2]) for s in sub]
    if shape[:1] != "m":
        return
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    box = {
        "x0": min(xs) - x_left,
        "x1": max(xs) - x_left,
        "top": y_top - max(ys),
        "bottom": y_top - min(ys),
        "stroke": stroke,
        "fill": fill,
    }
    box["width"], box["height"] = box["x1"] - box["x0"], box["bottom"] - box["top"]
    box["doctop"] = box["top"]
    if shape in ("mlh", "ml"):
        xs, ys = [pts[0][0], pts[1][0]], [pts[0][1], pts[1][1]]
        box.update(x0=min(xs) - x_left, x1=max(xs) - x_left, top=y_top - max(ys), bottom=y_top - min(ys))
        box["width"], box["height"], box["doctop"] = box["x1"] - box["x0"], box["bottom"] - box["top"], box["top"]
        lines.append(dict(box, object_type="line"))
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), p4 = pts[:5]
        closed = _same(pts[0], p4)
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if closed and square:
            rects.append(dict(box, object_type="rect"))


def _same(p: tuple[float, float], q: tuple[float, float]) -> bool:
    return abs(p[0] - q[0]) < 1e-6 and abs(p[1] - q[1]) < 1e-6
