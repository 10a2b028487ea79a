"""Evidence shown by character offsets only, never by searching for the value's text.

A value's evidence is ``[start, end)`` in the document's reading-order text.
What the page marks is exactly that slice: inside its sentence when the
stored sentence sits at those offsets, otherwise inside the text line that
holds it. A table cell is shown with its column's header, found by counting
the cell separators before the offset in its line (the text renders table
rows as ``a | b | c``), so "+" under *Recurrence* cannot be confused with the
"+" in "SE+Che" or the "–" under *Metastasis*.
"""

from __future__ import annotations

from typing import Any

#: How table cells are joined in the reading-order text.
CELL_SEP = " | "
#: Context kept either side of a span when no stored sentence lines up with it.
WINDOW = 160


def _piece(text: str, mark: bool) -> dict[str, Any]:
    return {"text": text, "mark": mark}


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start of the line holding ``start`` and end of the line holding ``end``."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", max(end, start))
    return a, (len(text) if b < 0 else b)


def sentence_start(text: str, start: int, end: int, sentence: str) -> int | None:
    """Offset where ``sentence`` sits in ``text`` covering ``[start, end)``, or None.

    Only the positions that would put the span inside the sentence are tried,
    so this lines the sentence up with the offsets; it never looks elsewhere.
    """
    n = len(sentence)
    if not sentence or n < end - start:
        return None
    for p in range(max(0, end - n), min(start, len(text) - n) + 1):
        if text.startswith(sentence, p):
            return p
    return None


def evidence_pieces(text: str | None, start: int, end: int, sentence: str | None) -> list[dict[str, Any]]:
    """The evidence as pieces (escaped later), the ``[start, end)`` slice marked.

    The stored sentence when it lines up with the offsets; else the text line
    holding the span (clipped to ``WINDOW`` either side); with no stored text,
    the sentence unmarked (a highlight that cannot be placed is not guessed).
    """
    s = sentence or ""
    if text is None or not 0 <= start < end <= len(text):
        return [_piece(s, False)]
    p = sentence_start(text, start, end, s)
    if p is not None:
        a, b = p, p + len(s)
    else:
        a, b = line_bounds(text, start, end)
        a, b = max(a, start - WINDOW), min(b, end + WINDOW)
    out = [_piece(text[a:start], False), _piece(text[start:end], True), _piece(text[end:b], False)]
    if p is None:
        out[0]["text"] = ("…" if a > 0 and text[a - 1] != "\n" else "") + out[0]["text"]
        out[-1]["text"] += "…" if b < len(text) and text[b] != "\n" else ""
    return [x for x in out if x["text"]]


def table_section(sections: list[dict[str, Any]], offset: int) -> dict[str, Any] | None:
    """The table section (``kind == "table"``) whose text holds ``offset``."""
    best = None
    for s in sections:
        if s.get("kind") == "table" and int(s["start"]) <= offset < int(s["end"]):
            if best is None or int(s["end"]) - int(s["start"]) < int(best["end"]) - int(best["start"]):
                best = s
    return best


def cells_of(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of the table line ``text[a:b]``."""
    out, pos = [], a
    while True:
        k = text.find(CELL_SEP, pos, b)
        if k < 0:
            out.append((pos, b))
            return out
        out.append((pos, k))
        pos = k + len(CELL_SEP)


def table_cell(text: str, sections: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    """Where a table value sits: its table, line, column, and the header cell of that column."""
    t = table_section(sections, start)
    if t is None:
        return None
    ls, le = line_bounds(text, start, start)
    cells = cells_of(text, ls, le)
    col = next((i for i, (a, b) in enumerate(cells) if a <= start <= b), None)
    if col is None or len(cells) < 2:
        return None
    ts = int(t["start"])
    hs, he = line_bounds(text, ts, ts)
    header = [text[a:b] for a, b in cells_of(text, hs, he)]
    return {
        "table": t.get("title", ""),
        "line": ls,
        "col": col,
        "header": header,
        "column": header[col] if col < len(header) else "",
        "cells": [text[a:b] for a, b in cells],
        "cell_start": cells[col][0],
        "is_header": ls == hs,
    }


def cell_pieces(text: str, cell: dict[str, Any], start: int, end: int) -> list[dict[str, Any]]:
    """The value's own cell, the span marked by offsets (the rest of the cell unmarked)."""
    a = cell["cell_start"]
    b = a + len(cell["cells"][cell["col"]])
    end = min(end, b)
    out = [_piece(text[a:start], False), _piece(text[start:end], True), _piece(text[end:b], False)]
    return [x for x in out if x["text"]]
