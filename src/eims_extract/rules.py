"""One loader for every rule and vocabulary file: JSONL lines into typed, frozen rule objects.

Why: each module used to read its file as plain dicts, so a misspelt key ("case_sensitve") was
silently ignored and an error could only say "entry N". Here each file kind has a frozen
dataclass (:data:`SCHEMAS`); a line with an unknown key, a missing key or a value of the wrong
type is a :class:`ConfigError` naming the file and its line. Patterns may use named sub-patterns
``{{name}}`` of ``patterns/macros.jsonl``; pattern rules get their regex compiled here.
The modules keep their own checks of what the values mean (known codes, groups a rule needs).
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, ClassVar

from .errors import ConfigError
from .prefilter import compile_filtered

#: A rule value that is a regular expression: written as a string, compiled at load.
Regex = re.Pattern[str]
#: Marks a dataclass field that is computed at load, not read from the file.
_DERIVED = {"derived": True}


def read_lines(package_dir: str, name: str) -> list[tuple[int, dict]]:
    """``(line number, object)`` of ``eims_extract/<package_dir>/<name>.jsonl``; blank lines and
    ``//`` comments skipped. (Tests replace this one function to serve lines of their own.)"""
    path = resources.files("eims_extract").joinpath(package_dir, f"{name}.jsonl")
    out: list[tuple[int, dict]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("//"):
            continue
        try:
            obj = json.loads(s)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{package_dir}/{name}.jsonl:{lineno}: invalid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise ConfigError(f"{package_dir}/{name}.jsonl:{lineno}: expected an object")
        out.append((lineno, obj))
    return out


# -- named sub-patterns -----------------------------------------------------------
#: A reference to a named sub-pattern inside a rule's pattern (``{{number}}``).
MACRO_REF = re.compile(r"\{\{([a-z][a-z0-9_]*)\}\}")
#: What a macro or layout pattern may be called: a lower-case word.
NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True, kw_only=True)
class Line:
    """Where a rule came from: ``where`` is what every error about it names."""

    file: str = field(default="", metadata=_DERIVED)
    line: int = field(default=0, metadata=_DERIVED)
    #: kind -> keys a line of that kind must have (beyond the dataclass's required fields)
    NEEDS: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: the key naming a line's kind
    KIND_KEY: ClassVar[str] = "kind"
    #: ``{{name}}`` references in patterns are filled at load (False: by the user, who knows more names)
    EXPAND: ClassVar[bool] = True

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, kw_only=True)
class Macro(Line):
    name: str
    pattern: str
    doc: str | None = None


@cache
def macros() -> dict[str, str]:
    """Named sub-patterns (number, unit, gene symbol, ...), declared once in ``patterns/macros.jsonl``;
    a macro may use the ones declared above it."""
    out: dict[str, str] = {}
    for m in _typed(Macro, "patterns", "macros", expand=False):
        if not NAME.fullmatch(m.name) or m.name in out:
            raise ConfigError(f"{m.where}: 'name' must be a new lower-case word, got {m.name!r}")
        if not m.pattern:
            raise ConfigError(f"{m.where}: 'pattern' must be a non-empty string")
        pat = expand_macros(m.pattern, m.where, out)
        try:
            re.compile(pat)
        except re.error as exc:
            raise ConfigError(f"{m.where} ({m.name}): bad regex: {exc}") from None
        out[m.name] = pat
    return out


def expand_macros(pattern: str, where: str, known: dict[str, str] | None = None) -> str:
    """``pattern`` with every ``{{name}}`` replaced by its macro; an unknown name is a ConfigError."""
    table = macros() if known is None else known

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in table:
            raise ConfigError(f"{where}: unknown macro {{{{{m.group(1)}}}}} (patterns/macros.jsonl)")
        return table[m.group(1)]

    return MACRO_REF.sub(sub, pattern)


def macro(name: str, flags: int = 0) -> Regex:
    """One named sub-pattern compiled, for code that matches it alone (a gene-shaped token)."""
    return _macro_regex(name, flags)


@cache
def _macro_regex(name: str, flags: int) -> Regex:
    return compile_filtered(expand_macros("{{" + name + "}}", f"macro {name!r}"), flags)


def compile_rule(pattern: object, where: str, flags: int = re.IGNORECASE) -> Regex:
    """A rule file's ``pattern`` compiled, or a ConfigError naming the rule (one check for every loader)."""
    if not isinstance(pattern, str) or not pattern:
        raise ConfigError(f"{where}: 'pattern' must be a non-empty string")
    try:
        return compile_filtered(pattern, flags)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regular expression ({exc})") from None


# -- rule kinds ---------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class PatternRule(Line):
    """A rule whose ``pattern`` is compiled at load (case-insensitive unless ``case_sensitive``)."""

    id: str
    kind: str
    pattern: str
    case_sensitive: bool = False
    regex: Regex = field(default=None, metadata=_DERIVED)  # type: ignore[assignment]


@dataclass(frozen=True, kw_only=True)
class AlkRule(PatternRule):
    method: str | None = None
    order: str | None = None
    before: Regex | None = None
    after: Regex | None = None
    NEEDS: ClassVar[dict[str, tuple[str, ...]]] = {"method": ("method",), "link": ("order",)}


@dataclass(frozen=True, kw_only=True)
class IhcRule(PatternRule):
    pass


@dataclass(frozen=True, kw_only=True)
class OutcomeRule(PatternRule):
    code: str | None = None
    value: bool | None = None
    #: read on the sentence as written, not its assertion-masked view (follow_up/status, and response rules of code sizes)
    unmasked: bool = False
    NEEDS: ClassVar[dict[str, tuple[str, ...]]] = {
        "recurrence": ("value",), "metastasis": ("value",), "response": ("code",), "status": ("code",)
    }


@dataclass(frozen=True, kw_only=True)
class TreatmentRule(PatternRule):
    code: str | None = None
    drug_class: str | None = field(default=None, metadata={"key": "class"})
    needs_given: bool = False
    NEEDS: ClassVar[dict[str, tuple[str, ...]]] = {"code": ("code",), "class": ("class", "code")}


@dataclass(frozen=True, kw_only=True)
class ContextRule(PatternRule):
    kind: str = "context"
    category: str
    direction: str = "both"
    window: int | None = None


@dataclass(frozen=True, kw_only=True)
class GateRule(PatternRule):
    why: str


@dataclass(frozen=True, kw_only=True)
class DemographicsLine(Line):
    kind: str
    name: str | None = None
    pattern: str | None = None
    priority: int | None = None
    sex: str | None = None
    words: int | tuple[str, ...] | None = None
    NEEDS: ClassVar[dict[str, tuple[str, ...]]] = {
        "macro": ("name", "pattern"), "age": ("name", "priority", "pattern"), "joint_age": ("pattern",),
        "title": ("pattern", "sex"), "noun_window": ("words",),
    }


@dataclass(frozen=True, kw_only=True)
class SiteLine(Line):
    kind: str
    name: str | None = None
    pattern: str | None = None
    weight: int | None = None
    where_: str | None = field(default=None, metadata={"key": "where"})
    names: tuple[str, ...] = ()
    section: str | None = None
    site: str | None = None
    whole: str | None = None
    code: str | None = None
    codes: tuple[str, ...] = ()
    NEEDS: ClassVar[dict[str, tuple[str, ...]]] = {
        "macro": ("name", "pattern"), "cue": ("pattern", "where", "weight"), "generic_sentence": ("pattern",),
        "section_weight": ("section", "weight"), "part_of": ("site", "whole"),
        "operation": ("site", "pattern"), "subject_verb": ("pattern",), "announce": ("pattern",),
        "announce_title": ("pattern",), "qualifier": ("site", "code", "pattern"),
        "skin_code": ("codes", "code", "pattern"), "anaphoric_subsite": ("site", "code", "pattern"),
        "homonym": ("site", "code", "names", "pattern"), "named_whole": ("site", "whole", "names", "pattern"),
    }


@dataclass(frozen=True, kw_only=True)
class ScopeLine(Line):
    kind: str
    pattern: str
    max_start: int = 0
    sex: str | None = None
    k: int | None = None
    of: int | None = None
    own_only: bool | None = None
    #: a person noun's age band in years ("infant": below 2), from ``min_years`` up to below ``max_years``
    min_years: float | None = None
    max_years: float | None = None


@dataclass(frozen=True, kw_only=True)
class FlatHeading(Line):
    kind: str
    pattern: str


@dataclass(frozen=True, kw_only=True)
class SectionLine(Line):
    type: str
    kind: str | None = None
    names: tuple[str, ...] | None = None
    pattern: str | None = None
    case_sensitive: bool = True
    KIND_KEY: ClassVar[str] = "type"
    NEEDS: ClassVar[dict[str, tuple[str, ...]]] = {
        "heading": ("kind", "names"), "subheading": ("kind", "names"), "furniture": ("pattern",), "caption": ("kind", "pattern")
    }


@dataclass(frozen=True, kw_only=True)
class SentenceLine(Line):
    kind: str
    tokens: tuple[str, ...] | None = None
    pattern: str | None = None
    NEEDS: ClassVar[dict[str, tuple[str, ...]]] = {
        "no_split_after": ("tokens",), "terminal": ("tokens",), "weak": ("tokens",), "opener": ("pattern",), "hard_break": ("pattern",),
        "label_letter_after": ("tokens",), "cited_stop": ("pattern",),
    }


@dataclass(frozen=True, kw_only=True)
class NormaliseLine(Line):
    type: str
    name: str | None = None
    chars: str | None = None
    to: str | None = None
    pad_between_words: bool = False
    first: str | None = None
    last: str | None = None
    inline: tuple[str, ...] | None = None
    block: tuple[str, ...] | None = None
    drop_citation: tuple[str, ...] | None = None
    symbols: tuple[str, ...] | None = None
    KIND_KEY: ClassVar[str] = "type"


@dataclass(frozen=True, kw_only=True)
class FurnitureLine(Line):
    type: str
    name: str | None = None
    pattern: str | None = None
    phrases: tuple[str, ...] | None = None
    front_only: bool = False
    block: bool = False
    first_line_only: bool = False
    next_line: bool = False
    KIND_KEY: ClassVar[str] = "type"


@dataclass(frozen=True, kw_only=True)
class TableGrammar(Line):
    """A line of ``patterns/table_headers.jsonl``: a cell grammar or a column's header synonyms."""

    grammar: str | None = None
    regex: str | None = None
    max_tokens: int | None = None
    field: str | None = None
    headers: tuple[str, ...] = ()
    summary: bool = False


@dataclass(frozen=True, kw_only=True)
class LegendLine(Line):
    abbr: tuple[str, ...]
    expansions: tuple[str, ...] = ()
    canonical: str | None = None
    field: str | None = None
    kind: str | None = None


@dataclass(frozen=True, kw_only=True)
class ValuePattern(Line):
    """A named pattern of ``patterns/values.jsonl``: what the value readers (table cells, names,
    codes) match. Its ``{{name}}`` references are filled by :func:`value_pattern`."""

    name: str
    pattern: str
    case_sensitive: bool = False
    doc: str | None = None
    EXPAND: ClassVar[bool] = False


@cache
def value_patterns() -> dict[str, ValuePattern]:
    """The named patterns of ``patterns/values.jsonl`` by name (a name used twice is refused)."""
    out: dict[str, ValuePattern] = {}
    for p in load("patterns/values"):
        if p.name in out:
            raise ConfigError(f"{p.where}: pattern {p.name!r} is already declared at {out[p.name].where}")
        out[p.name] = p
    return out


def value_pattern(name: str, known: dict[str, str] | None = None) -> Regex:
    """Named pattern ``name`` compiled, its ``{{...}}`` filled from the macros and ``known``
    (cached when ``known`` is not given); an unknown pattern name is a ConfigError."""
    if known is not None:
        return _compile_value(name, known)
    return _value_pattern(name)


@cache
def _value_pattern(name: str) -> Regex:
    return _compile_value(name, None)


def _compile_value(name: str, known: dict[str, str] | None) -> Regex:
    p = value_patterns().get(name)
    if p is None:
        raise ConfigError(f"patterns/values.jsonl: no pattern named {name!r}")
    table = macros() if known is None else {**macros(), **known}
    return _compile(expand_macros(p.pattern, p.where, table), 0 if p.case_sensitive else re.IGNORECASE, f"{p.where} ({name})")


#: The ``flags`` a layout pattern may name, as Python's ``re`` spells them.
LAYOUT_FLAGS: dict[str, int] = {
    "IGNORECASE": re.IGNORECASE, "MULTILINE": re.MULTILINE, "DOTALL": re.DOTALL, "VERBOSE": re.VERBOSE
}


@dataclass(frozen=True, kw_only=True)
class LayoutPattern(Line):
    """A named pattern of ``patterns/layout.jsonl``: how documents are laid out and written (a caption
    label, a running footer, an author line, an identifier's shape), read by the ingest code.
    Case-sensitive unless ``flags`` names IGNORECASE; ``doc`` (required) says what it encodes."""

    name: str
    pattern: str
    doc: str
    flags: tuple[str, ...] = ()
    EXPAND: ClassVar[bool] = False


def _check_named(p: Any, seen: dict[str, Any], noun: str, verb: str) -> None:
    """The checks a named pattern line (layout.jsonl, a family's ``regex`` lines) must pass: a lower-case
    name used once, known flags and a ``doc`` that says what it does (ConfigError naming the line)."""
    if not NAME.fullmatch(p.name):
        raise ConfigError(f"{p.where}: 'name' must be a lower-case word, got {p.name!r}")
    if p.name in seen:
        raise ConfigError(f"{p.where}: {noun} {p.name!r} is already declared at {seen[p.name].where}")
    bad = [f for f in p.flags if f not in LAYOUT_FLAGS]
    if bad:
        raise ConfigError(f"{p.where}: unknown flag(s) {bad} (known: {sorted(LAYOUT_FLAGS)})")
    if not p.doc.strip():
        raise ConfigError(f"{p.where}: 'doc' must say what the {noun} {verb}")

@cache
def layout_patterns() -> dict[str, LayoutPattern]:
    """The named patterns of ``patterns/layout.jsonl`` by name (a name used twice, an unknown flag or
    a pattern that does not compile is a ConfigError naming the line)."""
    out: dict[str, LayoutPattern] = {}
    for p in load("patterns/layout"):
        _check_named(p, out, "pattern", "encodes")
        out[p.name] = p
        _compile(expand_macros(p.pattern, p.where), _flags(p), f"{p.where} ({p.name})")  # compiles at load
    return out


def layout(name: str) -> Regex:
    """Layout pattern ``name`` compiled once with its flags (``{{macro}}`` references filled);
    an unknown name is a ConfigError."""
    return _layout(name)


@cache
def _layout(name: str) -> Regex:
    p = layout_patterns().get(name)
    if p is None:
        raise ConfigError(f"patterns/layout.jsonl: no pattern named {name!r}")
    return _compile(expand_macros(p.pattern, p.where), _flags(p), f"{p.where} ({name})")


def _flags(p: LayoutPattern | NamedRegex) -> int:
    flags = 0
    for f in p.flags:
        flags |= LAYOUT_FLAGS[f]
    return flags


#: The ``kind`` of a named regex line in a family's rule file (see :class:`NamedRegex`).
REGEX_KIND = "regex"


@dataclass(frozen=True, kw_only=True)
class NamedRegex(Line):
    """A named regex of a field family's rule file (``{"kind": "regex", "name", "pattern", "doc"}``):
    one thing the family's code recognises (a cue, a word list, a gene or sign shape) that is not a
    rule line of its own kind but is matched by name from the code, so it lives with the family's
    other rules. Case-sensitive unless ``flags`` names IGNORECASE; ``doc`` says what it encodes."""

    kind: str
    name: str
    pattern: str
    doc: str
    flags: tuple[str, ...] = ()


@cache
def named_regexes(path: str) -> dict[str, NamedRegex]:
    """The named regexes of rule file ``path`` ("patterns/alk") by name; a name used twice, an
    unknown flag, an empty ``doc`` or a pattern that does not compile is a ConfigError naming the line."""
    package_dir, name = path.split("/", 1)
    out: dict[str, NamedRegex] = {}
    for p in _typed(NamedRegex, package_dir, name):
        _check_named(p, out, "regex", "recognises")
        _compile(p.pattern, _flags(p), f"{p.where} ({p.name})")  # compiles at load
        out[p.name] = p
    return out


def regex(path: str, name: str) -> Regex:
    """Named regex ``name`` of rule file ``path`` compiled once with its flags (macros filled at
    load); an unknown name is a ConfigError."""
    return _regex(path, name)


@cache
def _regex(path: str, name: str) -> Regex:
    p = named_regexes(path).get(name)
    if p is None:
        raise ConfigError(f"{path}.jsonl: no regex named {name!r}")
    return _compile(p.pattern, _flags(p), f"{p.where} ({name})")


# -- vocabularies ---------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class VocabLine(Line):
    canonical: str
    synonyms: tuple[str, ...] = ()

    #: the file keys the line states (an attribute left at its default is not one of them)
    given: frozenset[str] = field(default=frozenset(), metadata=_DERIVED, repr=False, compare=False)

    def attrs(self) -> dict[str, Any]:
        """The attributes the line states beyond its names, under their file keys."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            k = f.metadata.get("key", f.name)
            if k in self.given and k not in ("canonical", "synonyms"):
                v = getattr(self, f.name)
                out[k] = list(v) if isinstance(v, tuple) else v
        return out


@dataclass(frozen=True, kw_only=True)
class Drug(VocabLine):
    drug_class: str | None = field(default=None, metadata={"key": "class"})
    #: a kinase inhibitor of PDGFR/ABL, RET/ROS1 or FGFR classed "targeted": given for a named fusion of its
    #: kinase it is the fusion's inhibitor (ALKi by the gold convention)
    fusion_targeted: bool = False


@dataclass(frozen=True, kw_only=True)
class Gene(VocabLine):
    name: str | None = None
    kinase: bool = False
    five_prime: bool = False


@dataclass(frozen=True, kw_only=True)
class Marker(VocabLine):
    #: synonyms that are antibody clone codes ("L26", "QBEnd10"): read as the marker when named alone, but opening the
    #: bracket after another marker they are that marker's clone, however mislabelled ("CD31 (QBEnd10)")
    clones: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Regimen(VocabLine):
    drugs: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Site(VocabLine):
    code: str
    preferred: str
    within: str | None = None
    default: bool = False


#: The rule object of every rule and vocabulary file.
SCHEMAS: dict[str, type[Line]] = {
    "patterns/alk": AlkRule,
    "patterns/context": ContextRule,
    "patterns/demographics": DemographicsLine,
    "patterns/flat_headings": FlatHeading,
    "patterns/ihc": IhcRule,
    "patterns/layout": LayoutPattern,
    "patterns/macros": Macro,
    "patterns/outcome": OutcomeRule,
    "patterns/patient_scope": ScopeLine,
    "patterns/report_gate": GateRule,
    "patterns/sections": SectionLine,
    "patterns/sentences": SentenceLine,
    "patterns/site": SiteLine,
    "patterns/table_headers": TableGrammar,
    "patterns/table_legend": LegendLine,
    "patterns/text_normalise": NormaliseLine,
    "patterns/treatment": TreatmentRule,
    "patterns/values": ValuePattern,
    "patterns/web_furniture": FurnitureLine,
    "vocab/drugs": Drug,
    "vocab/genes": Gene,
    "vocab/markers": Marker,
    "vocab/regimens": Regimen,
    "vocab/sites": Site,
}


def load(path: str, kinds: tuple[str, ...] | None = None) -> tuple[Any, ...]:
    """The typed rule objects of ``path`` ("patterns/alk", "vocab/genes"), in file order.

    ``kinds``: the ``kind`` values the caller handles (anything else is an error naming the line).
    """
    package_dir, name = path.split("/", 1)
    out = _typed(SCHEMAS[path], package_dir, name, kinds=kinds)
    if out and any(f.name == "id" for f in dataclasses.fields(out[0])):
        seen: set[str] = set()
        for r in out:
            if r.id in seen:
                raise ConfigError(f"{r.where}: duplicate id {r.id!r}")
            seen.add(r.id)
    return out


def _typed(
    cls: type[Any], package_dir: str, name: str, kinds: tuple[str, ...] | None = None, expand: bool = True
) -> tuple[Any, ...]:
    fname = f"{package_dir}/{name}.jsonl"
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if not f.metadata.get("derived")]
    by_key = {f.metadata.get("key", f.name): f for f in fields}
    required = {
        k for k, f in by_key.items() if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    out = []
    lines = read_lines(package_dir, name)
    known = _file_macros(fname, lines) if expand and cls.EXPAND and cls is not Macro else None
    for lineno, obj in lines:
        if (obj.get("kind") == REGEX_KIND) is not (cls is NamedRegex):  # named regexes: see named_regexes()
            continue
        if obj.get("kind") == "macro" and known is not None and "name" not in by_key:
            continue  # a file-local macro, filled into the file's patterns (its schema has no macro lines)
        where = f"{fname}:{lineno}"
        unknown = set(obj) - set(by_key)
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}")
        kind = obj.get(cls.KIND_KEY)
        missing = (required | set(cls.NEEDS.get(kind, ()))) - set(obj)
        if missing:
            raise ConfigError(f"{where}: missing key(s) {sorted(missing)}")
        if kinds is not None and kind not in kinds:
            raise ConfigError(f"{where}: unknown kind {kind!r}")
        values: dict[str, Any] = {}
        for k, v in obj.items():
            f = by_key[k]
            values[f.name] = _value(
                v, hints[f.name], where, k, expand and cls.EXPAND and k in ("pattern", "before", "after"), known
            )
        if hints.get("regex") == Regex:  # a pattern rule: compiled here
            flags = 0 if values.get("case_sensitive") else re.IGNORECASE
            values["regex"] = _compile(values["pattern"], flags, f"{where} ({values.get('id')})")
        if issubclass(cls, VocabLine):
            values["given"] = frozenset(obj)
        out.append(cls(file=fname, line=lineno, **values))
    return tuple(out)


def _file_macros(fname: str, lines: list[tuple[int, dict]]) -> dict[str, str] | None:
    """The global macros plus the file's own (``{"kind": "macro", "name", "pattern"}`` lines, in file
    order; one may use those above it); None when the file declares none. A file-local name must be a
    new lower-case word (not a global macro's)."""
    local: dict[str, str] = {}
    for lineno, obj in lines:
        if obj.get("kind") != "macro":
            continue
        where = f"{fname}:{lineno}"
        mname, pattern = obj.get("name"), obj.get("pattern")
        if not isinstance(mname, str) or not NAME.fullmatch(mname) or mname in local or mname in macros():
            raise ConfigError(f"{where}: a macro's 'name' must be a new lower-case word, got {mname!r}")
        if not isinstance(pattern, str) or not pattern:
            raise ConfigError(f"{where}: a macro's 'pattern' must be a non-empty string")
        local[mname] = expand_macros(pattern, where, {**macros(), **local})
    return {**macros(), **local} if local else None


def _compile(pattern: str, flags: int, where: str) -> Regex:
    if not pattern:
        raise ConfigError(f"{where}: 'pattern' must be a non-empty string")
    try:
        return compile_filtered(pattern, flags)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regex: {exc}") from None


def _value(v: Any, hint: Any, where: str, key: str, expand: bool, known: dict[str, str] | None = None) -> Any:
    """``v`` checked against the field's type (lists become tuples, regexes are compiled); ``{{name}}``
    references are filled from ``known`` (default: the global macros) when ``expand``."""
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union else (hint,)
    for t in options:
        if t is type(None) and v is None:
            return None
        if t == Regex and isinstance(v, str):
            return _compile(expand_macros(v, where, known) if expand else v, re.IGNORECASE, f"{where} ({key})")
        if t in (str, int, float) and isinstance(v, t) and not isinstance(v, bool):
            return expand_macros(v, where, known) if expand and t is str else v
        if t is bool and isinstance(v, bool):
            return v
        if typing.get_origin(t) is tuple and isinstance(v, list) and all(isinstance(x, str) for x in v):
            return tuple(v)
    raise ConfigError(f"{where}: {key!r} must be {_type_name(hint)}, got {v!r}")


def _type_name(hint: Any) -> str:
    names = {str: "a string", int: "an integer", bool: "true or false", float: "a number", type(None): "null", Regex: "a regex string"}
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    return " or ".join(names.get(t, "a list of strings") for t in options)
