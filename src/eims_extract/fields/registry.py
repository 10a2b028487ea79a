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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ..normalize import fold, is_na, key
from ..rules import value_pattern

if TYPE_CHECKING:
    from ..ingest.model import Cell
    from ..records import CaseRow, Evidence

Kind = Literal["scalar", "list", "bool", "float"]
#: Which side of a merged current-case row wins when table and narrative both give a value.
Merge = Literal["table", "shared", "narrative"]
#: A curation validator: the curator's text (one list item for list fields) and a callback
#: that notes an item outside the vocabulary -> the canonical value; raises CurationError.
Validator = Callable[[str, Callable[[str], None]], Any]

#: Family modules that own fields and the table columns' cell readers, imported (and so registered)
#: on first use.
FAMILIES: tuple[str, ...] = ("demographics", "site", "ihc", "alk", "treatment", "outcome", "reference")

#: What a curator may type as a marker or drug name.
NAME_SHAPE = value_pattern("curated_name")


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

    def columns(self) -> tuple[TableColumn, ...]:
        """The summary-table columns that give this field (their header synonyms and cell readers)."""
        _load()
        return tuple(c for c in _COLUMNS.values() if self.name in c.fields)


@dataclass
class CellContext:
    """What a cell reader gets: the row being built, the cell, its column and the table's legend."""

    row: CaseRow
    cell: Cell
    #: the column kind ("age", "marker:SMA", "test:FISH")
    column: str
    #: the header of the table's first column of this kind
    header: str
    #: the unit this cell's column header states ("Follow-up (months)"), if any
    unit: str | None
    #: the table's own legend (abbreviation -> expansion)
    legend: dict[str, str]
    #: set a row field from a cell, grounded on the cell (an ungroundable value is dropped)
    put: Callable[[str, Any, Cell], None]
    #: the evidence of a cell (None when it cannot be grounded)
    evidence: Callable[[Cell], Evidence | None]
    #: further non-empty cells of the same column kind in this row ("Operation" + "Adjuvant therapy")
    more: list[Cell] = field(default_factory=list)
    #: the table's caption and the document's title: what a cell naming only a part of an organ is a part of (a
    #: "Site" cell "Corpus" in "Clinical features of four uterine IMTs")
    about: str = ""
    #: for a note read by a column's ``read_note``: the cell whose mark points to it ("Lost c" over "c after 5 months")
    marked: Cell | None = None
    #: the row's cells by column kind (the first of each kind): what a reader of the whole row (``reads_row``) may look at
    #: when the row's values do not say it ("Fusion assay | Fusion detected": "DNA NGS | ALK rearrangement, partner NR")
    row_cells: dict[str, Cell] = field(default_factory=dict)


#: Reads one cell into the row (through ``CellContext.put``).
CellReader = Callable[[CellContext], None]


@dataclass(frozen=True)
class TableColumn:
    """A column kind of summary-of-cases tables: the fields its cells give and the reader of one cell.

    The header synonyms and the cell grammar are rules, kept as data in
    ``patterns/table_headers.jsonl`` under the same name; a name ending in ``:`` ("test:",
    "marker:") stands for every column of that family ("test:FISH", "marker:SMA").
    """

    name: str
    fields: tuple[str, ...]
    read: CellReader
    #: reads the note under the table that a cell of this column points to by its mark ("Not identified a" over
    #: "a RT-PCR negative for RANBP2-ALK"), the note given as the cell; None: such notes give this column nothing
    read_note: CellReader | None = None
    #: the reader asks what the row's other columns gave ("Method" signs the fusion the partner column found):
    #: read after every other column of the row, wherever the column stands
    reads_row: bool = False

    @property
    def headers(self) -> tuple[str, ...]:
        """Header synonyms that name this column (data: ``patterns/table_headers.jsonl``)."""
        from ..ingest.tables import column_specs

        family = self.name.endswith(":")
        return tuple(
            h for s in column_specs() if (s.field.startswith(self.name) if family else s.field == self.name) for h in s.headers
        )


_REGISTRY: dict[str, FieldSpec] = {}
_COLUMNS: dict[str, TableColumn] = {}
#: further readers of a column kind's cells, each another family's reading of the same cell (the alk family reads the
#: ALK of an "IHC" column's list as the ALK immunostain's result, the list itself being the ihc family's)
_ALSO_READ: dict[str, list[tuple[str, CellReader]]] = {}


def _add(table: dict, items: tuple, what: str) -> None:
    """Register ``items`` by name; one name registered twice (by different objects) is a bug."""
    for it in items:
        old = table.get(it.name)
        if old is not None and old is not it:
            raise ValueError(f"{what} {it.name!r} registered twice")
        table[it.name] = it


def register_columns(*cols: TableColumn) -> None:
    """Add table columns' cell readers (at import of the module that defines them)."""
    _add(_COLUMNS, cols, "table column")


def register_also_read(kind: str, name: str, read: CellReader) -> None:
    """Add a further reader of the cells of column kind ``kind`` (its own family's, named ``name``), run after the
    column's own reader on the same cell; one name registered twice for one kind is a bug."""
    readers = _ALSO_READ.setdefault(kind, [])
    if any(n == name for n, _ in readers):
        raise ValueError(f"further reader {name!r} of {kind!r} registered twice")
    readers.append((name, read))


def also_read(kind: str) -> tuple[CellReader, ...]:
    """The further readers of column kind ``kind``'s cells (:func:`register_also_read`), in registration order."""
    _load()
    return tuple(r for _, r in _ALSO_READ.get(kind, ()))


def column(kind: str) -> TableColumn | None:
    """The reader of column kind ``kind`` ("age", "test:FISH" -> the "test:" column); None if unread."""
    _load()
    return _COLUMNS.get(kind) or (_COLUMNS.get(kind.split(":", 1)[0] + ":") if ":" in kind else None)


def register(*specs: FieldSpec) -> None:
    """Add specs (called by a family module at import); a field registered twice is a bug."""
    _add(_REGISTRY, specs, "field")


_loaded: list[bool] = []


def _load() -> None:
    """Import every family once (each registers its fields and columns; importing one family alone
    registers only its own, so the first lookup loads them all)."""
    if _loaded:
        return
    for fam in FAMILIES:
        importlib.import_module(f"{__package__}.{fam}")
    _loaded.append(True)


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
