"""Helpers every summary-table cell reader shares (no field knowledge of its own).

Why a module of its own: each field family reads its table cells next to its narrative rules
(``alk.py`` the fusion cells, ``outcome.py`` the follow-up cells ...); what those readers share
(the table legend's codes, named value patterns, a bare number, a per-marker sign) lives here so
that no family imports ``literature_table`` and the dispatcher imports no reader: no import cycle.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from types import MappingProxyType
from typing import TypeVar

from ..ingest.tables import legend_codes, legend_entries
from ..normalize import BRACKETED, fold, key, parse_sign
from ..rules import macro, value_pattern


@cache
def rx(name: str) -> re.Pattern[str]:
    """Named pattern ``name`` of ``patterns/values.jsonl``; it may use the table legend's codes."""
    return value_pattern(name, legend_codes())


@cache
def _base_codes(kind: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in legend_entries():
        if e.kind == kind and e.canonical:
            for name in (*e.abbr, *e.expansions):
                out.setdefault(key(name), e.canonical)
    return out


def codes(kind: str, legend: dict[str, str]) -> Mapping[str, str]:
    """Base abbreviations of ``kind`` (``patterns/table_legend.jsonl``), plus those a table's own
    legend binds to a known meaning (read-only: worked out once per table legend, not per cell)."""
    return _codes(kind, tuple(legend.items()))


@lru_cache(maxsize=64)  # bounded: a document's tables have a legend or two; each of its cells asks
def _codes(kind: str, legend: tuple[tuple[str, str], ...]) -> Mapping[str, str]:
    out = dict(_base_codes(kind))
    for abbr, expansion in legend:
        canon = out.get(key(expansion)) or out.get(key(BRACKETED.sub("", expansion)))
        if canon is None and kind == "treatment":
            canon = _procedure_in(expansion)
        if canon and key(abbr) not in out:
            out[key(abbr)] = canon
    return MappingProxyType(out)


def _procedure_in(expansion: str) -> str | None:
    """The treatment a legend's longer expansion names as one of its words ("TAH-BSO, total abdominal hysterectomy
    with bilateral salpingo-oophorectomy" -> a hysterectomy, surgery): the longest known expansion inside it, whole
    words, when it is the only treatment named there."""
    words = f" {squash(re.sub(r'[^a-z0-9]+', ' ', fold(expansion).lower()))} "
    found = {c for name, c in _expansion_names("treatment") if f" {name} " in words}
    return found.pop() if len(found) == 1 else None


@cache
def _expansion_names(kind: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        (squash(re.sub(r"[^a-z0-9]+", " ", fold(x).lower())), e.canonical)
        for e in legend_entries()
        if e.kind == kind and e.canonical
        for x in e.expansions
        if len(x) >= 6
    )


def legend_expansion(abbr: str, legend: dict[str, str]) -> str | None:
    """What a table's own legend says ``abbr`` stands for ("Criz" -> "crizotinib"), if anything."""
    return next((v for k, v in legend.items() if key(k) == key(abbr)), None)


def legend_meaning(text: str, legend: Mapping[str, str]) -> str | None:
    """What a table's legend spells a result cell out as, when the cell is one of its codes ("P" under "P, positive",
    "F" under "F, focal", "NR" under "NR, not rearranged"); None for any other cell, and for a bare sign (+, -): it keeps
    its own meaning, since a legend's dashes (en dash, minus, hyphen) fold alike."""
    code = _rx_mark().sub("", text).strip()
    if not code or not legend or rx("legend_bare_sign").fullmatch(fold(code)):
        return None
    return next((v for k, v in legend.items() if fold(k).strip().lower() == fold(code).lower()), None)


def no_result_meaning(meaning: str) -> bool:
    """A legend's meaning that is no result ("equivocal", "not assessed", "failed")."""
    return na_code(meaning) or rx("legend_no_result").search(fold(meaning)) is not None


def legend_reading(text: str, legend: Mapping[str, str], read: Callable[[str], _T | None]) -> _T | None:
    """A result cell read through its table's legend (:func:`legend_meaning`): a code is read as its meaning; a code
    the legend calls no result ("±, equivocal") gives nothing; a cell or a meaning ``read`` cannot place is read as the
    cell itself."""
    meaning = legend_meaning(text, legend)
    if meaning is None:
        return read(text)
    value = read(meaning)
    if value is not None:
        return value
    return None if no_result_meaning(meaning) else read(text)


@cache
def _rx_mark() -> re.Pattern[str]:
    return rx("cell_code_mark")


def squash(text: str) -> str:
    """``text`` with each run of white space one space, stripped."""
    return re.sub(r"\s+", " ", text).strip()


def bare_number(text: str) -> float | None:
    """A cell that is one number and nothing else ("12"), for columns whose header states the unit."""
    t = fold(text).strip()
    if macro("number").fullmatch(t):
        return float(t)
    m = rx("decimal_comma_number").fullmatch(t)  # "14,5" (a European spreadsheet's decimal comma)
    return float(f"{m.group('whole')}.{m.group('part')}") if m else None


def marker_sign(text: str) -> bool | None:
    """A per-marker cell: "+", "+ (focal)", "focal +", "positive (diffuse)" → True; "-", "negative" → False."""
    t = squash(BRACKETED.sub(" ", fold(text))).lower()
    sign = parse_sign(t)
    if sign is not None or not t:
        return sign
    if rx("marker_positive").fullmatch(t) or t.startswith("+"):
        return True
    if rx("marker_negative").fullmatch(t) or t.startswith(("-", "\u2212")):
        return False
    return None


_T = TypeVar("_T")


def paired_values(text: str, read: Callable[[str], _T | None]) -> list[_T | None] | None:
    """A cell that answers a two-part header part by part, cut as the header is ("+/-" under "ALK IHC/FISH", "Yes / NA"
    under "Recurrence / metastasis"): each part read by ``read``, a not-available part None. None (read it whole) when
    the cell is not two parts or a part is neither a value nor a not-available code: a lone sign or a phrase with a
    slash says nothing about which part of the header it answers."""
    parts = rx("marker_pair_cut").split(text.strip())
    if len(parts) != 2:
        return None
    values = [None if na_code(p) else read(p) for p in parts]
    if any(v is None and not na_code(p) for v, p in zip(values, parts)):
        return None
    return values


@cache
def _na_keys() -> frozenset[str]:
    return frozenset(key(a) for e in legend_entries() if e.kind == "na" for a in (*e.abbr, *e.expansions) if key(a))


def na_code(text: str) -> bool:
    """A cell that says the value is missing: empty, or a not-available code of the legend ("NA", "n.d.", "not done")."""
    t = text.strip()
    return not t or t == "?" or key(t) in _na_keys()
