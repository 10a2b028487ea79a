"""The field registry: one typed, frozen :class:`FieldSpec` per case-row field.

Why: scoring, merging and curation each used to know every field (per-field
dicts and if/elif chains), so a fix to one field meant hunting through four
modules. Now the family module that reads a field (demographics, site, ihc,
alk, treatment, outcome, reference) declares its spec and registers it at
import; the consumers ask :func:`spec` instead of knowing fields.
"""

from __future__ import annotations

import importlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from ..normalize import fold, is_na, key

Kind = Literal["scalar", "list", "bool", "float"]
#: Which side of a merged current-case row wins when table and narrative both give a value.
Merge = Literal["table", "shared", "narrative"]
#: A curation validator: the curator's text (one list item for list fields) and a callback
#: that notes an item outside the vocabulary -> the canonical value; raises CurationError.
Validator = Callable[[str, Callable[[str], None]], Any]

#: Family modules that own fields, imported (and so registered) on first use.
FAMILIES: tuple[str, ...] = ("demographics", "site", "ihc", "alk", "treatment", "outcome", "reference")

#: What a curator may type as a marker or drug name.
NAME_SHAPE = re.compile(r"^[\w][\w\-/().,αβγκλ ]{0,39}$")


@dataclass(frozen=True)
class FieldSpec:
    """What every consumer needs to know about one field."""

    name: str
    kind: Kind
    #: scoring: the comparison form of a value (None for empty/NA)
    compare: Callable[[Any], Any]
    #: merge: which side decides; see :data:`Merge`
    merge: Merge
    #: scoring: numeric tolerance for float comparison forms
    tolerance: float = 1e-9
    #: scoring: equality of two comparison forms, when plain ``==`` is not it
    same: Callable[[Any, Any], bool] | None = None
    #: merge: the form under which table and narrative values count as the same (None: generic)
    merge_key: Callable[[Any], Any] | None = None
    #: merge: no conflict is recorded for this field (a printed form another field compares)
    merge_conflicts: bool = True
    #: curation: text (or one list item) -> canonical value; None: plain text / generic by kind
    validate: Validator | None = None
    #: curation: the vocabulary file (``vocab/<name>.jsonl``) unknown items are checked against
    vocab: str | None = None
    #: curation: the closed range of a float field
    value_range: tuple[float, float] | None = None


_REGISTRY: dict[str, FieldSpec] = {}


def register(*specs: FieldSpec) -> None:
    """Add specs (called by a family module at import); a field registered twice is a bug."""
    for s in specs:
        old = _REGISTRY.get(s.name)
        if old is not None and old is not s:
            raise ValueError(f"field {s.name!r} registered twice")
        _REGISTRY[s.name] = s


def _load() -> None:
    for fam in FAMILIES:
        importlib.import_module(f"{__package__}.{fam}")


def spec(name: str) -> FieldSpec:
    """The spec of field ``name`` (KeyError for a field no family declares)."""
    if name not in _REGISTRY:
        _load()
    return _REGISTRY[name]


def specs() -> dict[str, FieldSpec]:
    """Every registered field, by name."""
    _load()
    return dict(_REGISTRY)


# -- comparison helpers shared by the families ----------------------------------
def parse_bool(s: str) -> bool | None:
    t = fold(s).strip().lower()
    if t in ("true", "1", "+", "yes"):
        return True
    if t in ("false", "0", "-", "no"):
        return False
    return None


def list_compare(fn: Callable[[str], str]) -> Callable[[Any], frozenset[str] | None]:
    """A list field's comparison form: the set of its items, each through ``fn``."""

    def norm(v: Any) -> frozenset[str] | None:
        if v is None:
            return None
        items = v.split(";") if isinstance(v, str) else list(v)
        out = frozenset(fn(str(x).strip()) for x in items if str(x).strip())
        return out or None

    return norm


def float_compare(v: Any) -> float | None:
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def text_key(v: Any) -> str | None:
    return None if v is None or is_na(str(v)) else key(str(v))


def bool_compare(v: Any) -> bool | None:
    if v is None or isinstance(v, bool):
        return v
    return parse_bool(str(v))


def parsed_or_key(parse: Callable[[str], Any]) -> Callable[[Any], Any]:
    """``parse(text)``, else the text's key (so an unparsed gold value still compares)."""
    return lambda v: None if v is None else parse(str(v)) or text_key(v)
