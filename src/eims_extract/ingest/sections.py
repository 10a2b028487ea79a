"""Section headings, page furniture and caption starts, as data.

The vocabulary lives in ``patterns/sections.jsonl`` so a new journal's
heading ("Patient and observation") or running footer is a data change, not
a code change. Everything here is pure; the patterns are validated once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import get_args

from ..errors import ConfigError
from ..prefilter import any_of
from ..rules import compile_rule as _compile
from ..rules import layout
from ..rules import load as load_rules
from .model import SectionKind

#: Kinds a heading may map to: every section kind but those ingestion assigns itself.
HEADING_KINDS = frozenset(get_args(SectionKind)) - {"title", "authors", "caption", "table", "other"}

_NUMBERING = layout("heading_numbering")
_SUBNUMBER = layout("heading_subnumber")
_TRAIL = layout("heading_trail")
_BACK_TO_TOP = layout("heading_back_to_top")


@dataclass(frozen=True)
class CaptionRule:
    kind: str  # "figure" | "table"
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Patterns:
    headings: dict[str, str]  # normalised name -> kind
    furniture: tuple[re.Pattern[str], ...]
    captions: tuple[CaptionRule, ...]
    continued: tuple[re.Pattern[str], ...]
    span_columns: frozenset[str]
    #: one pattern matching where some furniture pattern does, and one where some caption does
    #: (``prefilter.any_of``; None when they cannot be joined): a line is asked once, not per pattern
    any_furniture: re.Pattern[str] | None = None
    any_caption: re.Pattern[str] | None = None
    #: normalised name -> kind of a fixed sub-heading ("Chief complaints", "TREATMENT"): it stays in its parent's kind,
    #: and takes its own only where no section is open yet
    subheadings: dict[str, str] = field(default_factory=dict)


@cache
def patterns() -> Patterns:
    """Load and validate ``patterns/sections.jsonl`` (cached)."""
    headings: dict[str, str] = {}
    subheadings: dict[str, str] = {}
    furniture: list[re.Pattern[str]] = []
    captions: list[CaptionRule] = []
    continued: list[re.Pattern[str]] = []
    span: set[str] = set()
    for obj in load_rules("patterns/sections"):
        where = obj.where
        typ = obj.type
        if typ in ("heading", "subheading"):
            kind, names = obj.kind, obj.names
            if kind not in HEADING_KINDS:
                raise ConfigError(f"{where}: unknown heading kind {kind!r}")
            if not names or not all(names):
                raise ConfigError(f"{where}: 'names' must be a list of strings")
            into = headings if typ == "heading" else subheadings
            for n in names:
                k = heading_key(n)
                if (k in headings and (typ == "subheading" or headings[k] != kind)) or (
                    k in subheadings and (typ == "heading" or subheadings[k] != kind)
                ):
                    raise ConfigError(f"{where}: heading {n!r} is declared twice with different kinds")
                into[k] = kind
        elif typ == "furniture":
            furniture.append(_compile(obj.pattern, where, re.IGNORECASE))
        elif typ == "caption":
            kind = obj.kind
            if kind not in ("figure", "table"):
                raise ConfigError(f"{where}: caption kind must be 'figure' or 'table'")
            flags = 0 if obj.case_sensitive else re.IGNORECASE
            rx = _compile(obj.pattern, where, flags)
            if "num" not in rx.groupindex:
                raise ConfigError(f"{where}: caption pattern needs a (?P<num>...) group")
            captions.append(CaptionRule(kind, rx))
        elif typ == "continued":
            continued.append(_compile(obj.pattern, where, re.IGNORECASE))
        elif typ == "span_column":
            names = obj.names
            if names is None:
                raise ConfigError(f"{where}: 'names' must be a list of strings")
            span.update(heading_key(n) for n in names)
        else:
            raise ConfigError(f"{where}: unknown type {typ!r}")
    return Patterns(
        headings, tuple(furniture), tuple(captions), tuple(continued), frozenset(span),
        any_of(furniture), any_of([c.regex for c in captions]), subheadings,
    )  # fmt: skip


def heading_key(line: str) -> str:
    """Heading comparison key: numbering, case, punctuation and spacing dropped."""
    s = _NUMBERING.sub("", line.strip())
    s = s.replace("’", "'").lower()
    s = layout("heading_key_drop").sub(" ", s)
    return re.sub(r"\s+", " ", s).strip(" ,")


@dataclass(frozen=True)
class Heading:
    kind: str
    title: str
    #: True for a numbered sub-heading ("2.1 Imaging"): it stays in its parent's kind.
    sub: bool = False


_HEADING_NOTE = layout("heading_note")


def _known_heading(head: str, line: str, *, subheadings: bool = True) -> Heading | None:
    """``line`` as the known heading ``head`` (the line, or its part before a link or note) names, if any; a fixed
    sub-heading of a case ("History of present illness") takes its parent's kind."""
    key = heading_key(_TRAIL.sub("", head))
    if (kind := patterns().headings.get(key)) is not None:
        return Heading(kind, line, bool(_SUBNUMBER.match(line)))
    if subheadings and (sub := patterns().subheadings.get(key)) is not None:
        return Heading(sub, line, True)
    return None


def classify_heading(line: str) -> Heading | None:
    """The heading ``line`` is, if it is one of the known headings (whole line)."""
    s = line.strip()
    if not s or len(s) > 80 or len(s.split()) > 8:
        return None
    if (known := _known_heading(s, s)) is not None:
        return known
    if (top := _BACK_TO_TOP.search(s)) is not None and top.start() > 0:
        # "Case Report Top": a web page's back-to-top link copied after the heading (Medknow article pages)
        if (known := _known_heading(s[: top.start()], s)) is not None:
            return known
    if s.endswith(")") and (note := _HEADING_NOTE.search(s)) is not None:
        # "Discussion (excerpt)", "Case report (continued)": a heading with an editorial note in brackets
        return _known_heading(s[: note.start()], s, subheadings=False)
    return None


_NUMBERED_HEADING = layout("numbered_heading")


def numbered_heading(line: str) -> Heading | None:
    """A numbered heading outside the vocabulary ("2.1 Imaging findings").

    Only the numbering and a short capitalised title with no sentence
    punctuation make it one, so list items and table rows rarely qualify.
    """
    s = line.strip()
    m = _NUMBERED_HEADING.match(s)
    if not m or len(s.split()) > 8 or layout("heading_not_end").search(s):
        return None
    words = m.group(2).split()
    if any(w[0].isdigit() for w in words):
        return None
    known = classify_heading(s)
    if known:
        return known
    return Heading("other", s, "." in m.group(1))


def split_inline_heading(line: str) -> tuple[Heading, str] | None:
    """``"Abstract: text..."`` / ``"Keywords: a; b"`` → the heading and the rest of the line; the keywords'
    label may go without a colon (``"Keywords Lung · ALK"``, layout rule ``inline_heading_bare``)."""
    m = layout("inline_heading").match(line) or layout("inline_heading_bare").match(line)
    if not m and (m := layout("inline_case_label").match(line)):  # "CASE 2: An 11-year-old ...": patient 2's section
        return Heading("case", m.group(1)), m.group(2)
    if not m:
        return None
    h = classify_heading(m.group(1))
    if h is None or h.kind not in ("abstract", "keywords", "case", "conclusion", "introduction", "discussion"):
        return None
    if layout("whole_line_heading_only").match(m.group(1)):
        return None  # "COMMENT: the lesion is ...": a report's own text, not its discussion
    if h.kind == "conclusion" and layout("conclusion_diagnosis_line").match(m.group(2)):
        return None  # "Conclusion: Inflammatory myofibroblastic tumour, ALK negative": the pathologist's diagnosis line
    return h, m.group(2)


#: a structured-abstract label run on after the previous part's full stop ("...(IMT).Case Presentation: A 3-...")
_GLUED_LABEL = layout("glued_label")
#: a series' case row opening on its patient's number ("Case 3: ...", "No. 4 \u2014 ...")
_CASE_ROW = layout("case_row_opening")
_LABEL_ONLY = layout("caption_label_only")
_LABEL_KINDS = frozenset({"introduction", "case", "methods", "results", "discussion", "conclusion"})


def glued_label_cuts(raw: str, capital: bool = False) -> list[int]:
    """Where a structured abstract's label ("Case presentation:", "Conclusions:") runs on after a part's full stop
    inside ``raw``: the offsets of the cuts (the full stop's end), none at 0. ``capital``: only a label whose part
    opens on a capital or a digit, as an abstract's parts do ("... twice. Discussion: resection was preferred ..." in
    a paragraph of prose is the board's discussion, not the article's)."""
    if ":" not in raw:
        return []
    return [
        m.start()
        for m in _GLUED_LABEL.finditer(raw)
        if m.start() > 0 and (h := classify_heading(m.group(1))) is not None and h.kind in _LABEL_KINDS
        and (not capital or _opens_capital(raw, m.end(1)))
    ]


def _opens_capital(raw: str, label_end: int) -> bool:
    rest = raw[label_end:].lstrip(" \t:")
    return rest[:1].isupper() or rest[:1].isdigit()


def opens_on_glued_label(line: str) -> bool:
    """``line`` opens on such a label and its part on a capital or a digit, as it does when the part before it
    ended at the line end before ("... management." / "Case presentation: A 7-year-old ...")."""
    s = "." + line.lstrip()
    m = _GLUED_LABEL.match(s, 1) if ":" in line else None
    return (
        m is not None and (h := classify_heading(m.group(1))) is not None and h.kind in _LABEL_KINDS
        and _opens_capital(s, m.end(1))
    )


def split_glued_labels(raw: str, capital: bool = False) -> list[str]:
    """A structured abstract whose labels run on inside one line or paragraph (a scraped page's line, a web page's
    ``<p>``): the labelled parts, each opening on its label, so the label is read as the heading it is (the case part
    is then a case section). ``[raw]`` when there is nothing to cut; ``capital`` as for :func:`glued_label_cuts`."""
    if ":" not in raw or len(raw) < 80 or _CASE_ROW.match(raw):
        return [raw]  # (a case row's labelled parts, "Patient 2. Site: lung. Treatment: resection.", stay its own)
    cuts = glued_label_cuts(raw, capital)
    if not cuts:
        return [raw]
    bounds = [0, *cuts, len(raw)]
    return [raw[a:b].strip() for a, b in zip(bounds, bounds[1:]) if raw[a:b].strip()]


def is_furniture(line: str) -> bool:
    """Whole-line page furniture (running footer, lone page number, DOI line)."""
    p = patterns()
    if p.any_furniture is not None:
        return p.any_furniture.match(line) is not None
    return any(rx.match(line) for rx in p.furniture)


@lru_cache(maxsize=8192)  # bounded: keyed by line; the furniture, region and table passes ask per line
def caption_start(line: str) -> tuple[str, str] | None:
    """``(kind, number)`` if ``line`` starts a figure or table caption."""
    p = patterns()
    if p.any_caption is not None and p.any_caption.match(line) is None:
        return None
    for rule in p.captions:
        m = rule.regex.match(line)
        if m:
            return rule.kind, m.group("num")
    return None


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def table_id(num: str) -> str:
    """A table's id from the number its label gives (``caption_start``'s, a web page's or a JATS label's): "T2" for
    "Table 2" and "Table II" alike, so a table has one id whichever reader met it and however the journal numbers it. A
    reader's own number for an unlabelled table ("U1") is kept as it is."""
    if num and set(num) <= _ROMAN.keys():
        vals = [_ROMAN[c] for c in num]
        num = str(sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals)))
    return f"T{num}"


def figure_label_alone(line: str) -> bool:
    """A line that is a figure's label and nothing else ("Fig. 2", "Figure 3."; its legend set under it as a block
    of its own), not the end of a running sentence ("Fig. 2)", "Fig. 2, ...")."""
    cs = caption_start(line)
    return (
        cs is not None and cs[0] == "figure" and _LABEL_ONLY.fullmatch(line) is not None
        and not any(c in line for c in "()[],;")
    )


def is_continued(line: str) -> bool:
    """A caption line announcing the continuation of an earlier table."""
    return any(rx.search(line) for rx in patterns().continued)


def is_span_column(header: str) -> bool:
    """A column whose cells may be printed once for several rows (references, authors)."""
    return heading_key(header) in patterns().span_columns
