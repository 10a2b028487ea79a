"""The ``reference`` field: which published case a literature-table row cites.

Rows are matched on the first author's surname and the year, and on the
author's initials only where both sides print them, so ``"Xu X, 2019"`` and
``"Xu P, 2019"`` are two cases while ``"Xu et al., 2019"`` matches either.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..normalize import fold
from ..rules import value_pattern
from .registry import FieldSpec, register


def reference_key(ref: str | None) -> str | None:
    """``"Mariño E, 2011"`` → ``"marino2011"``: first surname word + first year, accents dropped."""
    if ref is None or not ref.strip():
        return None
    t = unicodedata.normalize("NFKD", fold(ref)).encode("ascii", "ignore").decode().lower()
    word = re.search(r"[a-z]+", t)
    year = value_pattern("reference_year").search(t)
    if not word:
        return None
    if value_pattern("reference_own_case").match(t.strip()):
        return "currentcase"  # the document's own patient, however the table names it
    return word.group(0) + (year.group(0) if year else "")


_INITIALS = value_pattern("reference_initials")


def reference_id(ref: str | None) -> tuple[str, str | None] | None:
    """(surname+year key, first-author initials if printed): ``"Xu X, 2019"`` ≠ ``"Xu P, 2019"``,
    while ``"Xu et al., 2019"`` matches either."""
    k = reference_key(ref)
    if k is None:
        return None
    m = _INITIALS.match(fold(ref or ""))
    return k, (m.group(1) if m else None)


def same_reference(a: Any, b: Any) -> bool:
    """Same surname+year, and the same first initial where both print one."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return a[0] == b[0] and (a[1] is None or b[1] is None or a[1][0] == b[1][0])
    return a == b


# the merge copies the table's reference itself (the narrative has none)
register(FieldSpec("reference", "scalar", reference_id, "table", same=same_reference))
