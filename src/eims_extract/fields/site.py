"""Primary tumour site, canonical (``vocab/sites.jsonl``), with evidence.

Case reports name many organs; the primary site is the one the tumour is
said to arise in, be located in or be "of", or the one that qualifies the
tumour ("mesenteric mass"). Organs it invades, spreads to or recurs in are
not. Each site mention is scored by the cues around it
(``patterns/site.jsonl``) and the best positive score wins; a document that
names no site this way gets None rather than the first organ mentioned.
Mentions in generic or cited statements ("EIMS rarely arises in the bowel")
are not the patient's; a negated one ("no lesions in the chest") gets a negative cue. When a positively cued mention names a part of the
winner (``part_of`` rules: sigmoid of colon, ileum of the abdomen), the most
specific part wins: "abdominal mass" and "mass of the distal ileum" is ileum.
Besides the ``part_of`` rules, every vocabulary site whose lines all say
``within`` a region is a part of it (larynx within head and neck).

``site_code`` is the ICD-O-3 topography code of the winning mention as
written ("retroperitoneal" is C48.0 though its row value is "peritoneum"); among
positively cued mentions of the same site, a specific sub-site code (C32.0
glottis) is preferred to the organ's NOS code (C32.9), and a site's own NOS code (bone, C41.9) to
any specific code of it (femur, C40.2).

A row whose patient sentences name no site (or only a region) falls back, in order, on the printed
headings of its sections, on the report's announcements of its case (the title, also one ending "a case
report and review of the literature", a title-like line, "we present a case of IMT of the X"), and, as
the last resort, on the one organ its operations remove (appendectomy: appendix): :func:`apply_fallbacks`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..errors import ConfigError, CurationError
from ..prefilter import compile_filtered, may_match_indices
from ..ingest.model import Document
from ..normalize import (
    BRACKETED,
    canonical_site,
    fold,
    is_na,
    key,
    normalise_site_code,
    parse_sign,
    site_code,
    site_code_known,
    site_entries,
    site_entry,
    spelling_variants,
    vocabulary,
)
from .. import rules as rules_file
from ..records import CaseRow
from .assertion import NOT_ASSERTED, context
from .base import Sentence
from .cells import legend_expansion, squash
from .registry import CellContext, FieldSpec, TableColumn, parsed_or_key, register, register_columns


def _rx(name: str) -> re.Pattern[str]:
    """Named regex ``name`` of ``patterns/site.jsonl`` (what this family recognises; rules.py loads it)."""
    return rules_file.regex("patterns/site", name)


_FILE = "patterns/site.jsonl"


@dataclass(frozen=True)
class Cue:
    name: str
    where: str
    weight: int
    regex: re.Pattern[str]
    #: surface keys the cue is limited to ("soft tissue" as a radiological density), empty for every site
    names: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SiteRules:
    cues: tuple[Cue, ...]
    section_weight: dict[str, int]
    #: site -> the larger sites it is a part of (the trachea lies in the thorax and in the respiratory tract)
    part_of: dict[str, frozenset[str]]
    #: sentences about the disease in general ("IMTs are most often seen in the lung"): no site is read there
    generic: tuple[re.Pattern[str], ...] = ()
    #: a verb whose subject is the tumour ("... of the testis mimicking a seminoma"): assertion cues after it are
    #: about what the tumour resembles or how it was treated, not about the site named before it
    subject_verb: tuple[re.Pattern[str], ...] = ()
    #: "we present a case of ...": the report names its own tumour after the verb; see :func:`announcements`
    announce: tuple[re.Pattern[str], ...] = ()
    #: (operation name, the organ it removes, that organ's code): the last resort for a row with no stated site
    operations: tuple[tuple[re.Pattern[str], str, str | None], ...] = ()
    #: a title-like line ("X of the Y: a case report") read whole as an announcement
    announce_title: tuple[re.Pattern[str], ...] = ()
    #: (site, sub-site code, the words before a mention that name the sub-site): "maxillary ... gingiva" is C03.0
    qualifiers: tuple[tuple[str, str, re.Pattern[str]], ...] = ()
    #: (region codes, skin code, the words before a mention that make the tumour a skin lesion): "a papule on the
    #: left leg" is the skin of the lower limb (C44.7), not its soft tissue (C49.2); the row's site stays the region
    skin: tuple[tuple[frozenset[str], str, re.Pattern[str]], ...] = ()
    #: (site, sub-site code, a bare sub-site named without its organ): "a lesion at the dome" in a report whose site is
    #: the bladder is the dome of the bladder (C67.1); read only to refine the organ's NOS code
    anaphoric: tuple[tuple[str, str, re.Pattern[str]], ...] = ()
    #: (surface keys, site, code, the report's wording that makes them that site): a bare "antrum" in a report that tells
    #: a nasal obstruction and no stomach is the maxillary antrum (C31.0), not the gastric antrum its vocabulary line names
    homonyms: tuple[tuple[frozenset[str], str, str, re.Pattern[str]], ...] = ()
    #: surface key of a whole's name that spans more than its code -> (a site it spans too, the words before that site's
    #: mention that make it the tumour's place): "a sinonasal mass" (coded as the nasal cavity) gives way to a positively
    #: cued sinus the mass fills ("... filling the left antrum"), as a whole to its part
    named_parts: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = field(default_factory=dict)


@cache
def rules() -> SiteRules:
    """Load and validate ``patterns/site.jsonl`` (once per process)."""
    cues: list[Cue] = []
    sec: dict[str, int] = {}
    part_of: dict[str, set[str]] = {}
    generic: list[re.Pattern[str]] = []
    plain: dict[str, list[re.Pattern[str]]] = {"subject_verb": [], "announce": [], "announce_title": []}
    operations: list[tuple[re.Pattern[str], str, str | None]] = []
    qualifiers: list[tuple[str, str, re.Pattern[str]]] = []
    anaphoric: list[tuple[str, str, re.Pattern[str]]] = []
    skin: list[tuple[frozenset[str], str, re.Pattern[str]]] = []
    homonyms: list[tuple[frozenset[str], str, str, re.Pattern[str]]] = []
    named_parts: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for obj in rules_file.load("patterns/site"):
        where = obj.where
        kind = obj.kind
        if kind == "macro":
            continue  # filled into the patterns by rules.py at load
        elif kind == "operation":
            organ = canonical_site(str(obj.site))
            if organ is None or site_entry(organ) is None:
                raise ConfigError(f"{where}: an operation needs a pattern and a vocabulary site")
            try:
                # the code of the name the rule gives ("small intestine" is C17.9, its row value "intestine" C26.0)
                operations.append((compile_filtered(obj.pattern, re.IGNORECASE), organ, _code(str(obj.site), organ)))
            except re.error as exc:
                raise ConfigError(f"{where}: invalid regex ({exc})") from None
        elif kind in ("qualifier", "anaphoric_subsite"):
            site = canonical_site(str(obj.site))
            code = normalise_site_code(str(obj.code))
            if site is None or code is None or not any(e.canonical == site and e.code == code for e in site_entries().values()):
                raise ConfigError(f"{where}: a {kind} needs a vocabulary site and one of that site's codes")
            try:
                (qualifiers if kind == "qualifier" else anaphoric).append((site, code, compile_filtered(obj.pattern, re.IGNORECASE)))
            except re.error as exc:
                raise ConfigError(f"{where}: invalid regex ({exc})") from None
        elif kind == "homonym":
            site = canonical_site(str(obj.site))
            code = normalise_site_code(str(obj.code))
            if site is None or code is None or not any(e.canonical == site and e.code == code for e in site_entries().values()):
                raise ConfigError(f"{where}: a homonym needs a vocabulary site and one of that site's codes")
            if not obj.names or any(site_entry(n) is None or canonical_site(n) == site for n in obj.names):
                raise ConfigError(f"{where}: a homonym's names must be vocabulary names of another site")
            try:
                homonyms.append((frozenset(key(n) for n in obj.names), site, code, compile_filtered(obj.pattern, re.IGNORECASE | re.DOTALL)))
            except re.error as exc:
                raise ConfigError(f"{where}: invalid regex ({exc})") from None
        elif kind == "named_whole":
            part, whole = canonical_site(str(obj.site)), canonical_site(str(obj.whole))
            if part is None or whole is None or part == whole or any(canonical_site(n) != whole for n in obj.names):
                raise ConfigError(f"{where}: a named_whole needs two different vocabulary sites and names of the whole")
            try:
                rx = compile_filtered(obj.pattern, re.IGNORECASE)
            except re.error as exc:
                raise ConfigError(f"{where}: invalid regex ({exc})") from None
            for n in obj.names:
                named_parts.setdefault(key(n), []).append((part, rx))
        elif kind == "skin_code":
            code = normalise_site_code(str(obj.code))
            regions = frozenset(normalise_site_code(str(c)) or "" for c in obj.codes)
            skin_codes = {e.code for e in site_entries().values() if e.canonical == "skin"}
            if code not in skin_codes or not regions or not all(map(site_code_known, regions)):
                raise ConfigError(f"{where}: a skin_code needs known region codes and a skin code (C44.x)")
            try:
                skin.append((regions, code, compile_filtered(obj.pattern, re.IGNORECASE)))
            except re.error as exc:
                raise ConfigError(f"{where}: invalid regex ({exc})") from None
        elif kind in plain:
            if any(v not in (None, ()) for v in (obj.name, obj.weight, obj.where_, obj.names, obj.section, obj.site, obj.whole, obj.code, obj.codes)):
                raise ConfigError(f"{where}: a {kind} entry has only a pattern")
            try:
                plain[kind].append(compile_filtered(obj.pattern, re.IGNORECASE))
            except re.error as exc:
                raise ConfigError(f"{where}: invalid regex ({exc})") from None
        elif kind in ("cue", "generic_sentence"):
            if kind == "cue" and (obj.where_ not in ("before", "after") or not isinstance(obj.weight, int)):
                raise ConfigError(f"{where}: cue needs where (before/after) and an integer weight")
            try:
                rx = compile_filtered(obj.pattern, re.IGNORECASE)
            except re.error as exc:
                raise ConfigError(f"{where}: invalid regex ({exc})") from None
            if kind == "generic_sentence":
                generic.append(rx)
                continue
            names = obj.names
            if any(site_entry(n) is None for n in names):
                raise ConfigError(f"{where}: 'names' must list vocabulary site names")
            cues.append(Cue(obj.name or f"cue {obj.line}", obj.where_, obj.weight, rx, frozenset(key(n) for n in names)))
        elif kind == "section_weight":
            sec[str(obj.section)] = int(obj.weight)
        elif kind == "part_of":
            part, whole = canonical_site(str(obj.site)), canonical_site(str(obj.whole))
            if part is None or whole is None or part == whole:
                raise ConfigError(f"{where}: part_of needs two different vocabulary sites")
            part_of.setdefault(part, set()).add(whole)
        else:
            raise ConfigError(f"{where}: unknown kind {kind!r}")
    for part, whole in _vocab_within().items():  # patterns/site.jsonl adds regions to the vocabulary's
        part_of.setdefault(part, set()).add(whole)
    frozen = {k: frozenset(v) for k, v in part_of.items()}
    for start in frozen:  # no cycles
        if _within(start, start, frozen):
            raise ConfigError(f"{_FILE}: part_of cycle through {start!r}")
    return SiteRules(
        tuple(cues), sec, frozen, tuple(generic), tuple(plain["subject_verb"]), tuple(plain["announce"]),
        tuple(operations), tuple(plain["announce_title"]), tuple(qualifiers), tuple(skin),
        tuple(anaphoric), tuple(homonyms), {k: tuple(v) for k, v in named_parts.items()},
    )


def _vocab_within() -> dict[str, str]:
    """site -> region, for sites whose every vocabulary line names the same ``within``."""
    regions: dict[str, set[str | None]] = {}
    for e in set(site_entries().values()):
        regions.setdefault(e.canonical, set()).add(e.within)
    return {c: next(iter(w)) for c, w in regions.items() if len(w) == 1 and None not in w}  # type: ignore[misc]


def _code(surface: str, canonical: str) -> str | None:
    e = site_entry(surface)
    if e is None or e.canonical != canonical:
        e = site_entry(canonical)
    return e.code if e is not None and e.canonical == canonical else None


@dataclass(frozen=True)
class SiteMention:
    sentence: Sentence
    start: int
    end: int
    canonical: str
    score: int
    cues: tuple[str, ...]
    code: str | None = None


@cache
def _site_regex() -> re.Pattern[str]:
    """Fallback when a sentence carries no spaCy span: every site name, longest first."""
    names = sorted({v for c in vocabulary("sites") for n in c.names for v in spelling_variants(n, articles=True)}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", re.IGNORECASE)


#: the spaCy doc last asked about and its entities (one pair, replaced at once: safe across threads)
_LAST_ENTS: tuple[Any, tuple[Any, ...]] | None = None


def _span_ents(sent: Any) -> list[Any]:
    """``sent.ents`` with the document's entities built once per spaCy doc: ``Span.ents`` rebuilds every
    entity of the whole document for each sentence it is asked of. Kept beside the doc for its last
    asker, not in its ``user_data`` (entities there would tie the doc into a reference cycle)."""
    global _LAST_ENTS
    doc = sent.doc
    last = _LAST_ENTS
    if last is None or last[0] is not doc:
        last = _LAST_ENTS = (doc, tuple(doc.ents))
    out = []
    for ent in last[1]:  # the same walk as ``Span.ents``
        if ent.start >= sent.start:
            if ent.end <= sent.end:
                out.append(ent)
            else:
                break
    return out


def site_mentions(sentence: Sentence) -> list[tuple[int, int, str, str | None]]:
    """``(start, end, canonical, ICD-O-3 code)`` of site names in the sentence (sentence-relative)."""
    if sentence.span is not None:
        sent = sentence.span
        base = sent.start_char
        out = []
        for e in _span_ents(sent):
            if e.label_ == "SITE":
                canon = canonical_site(e._.canonical) or e._.canonical
                out.append((e.start_char - base, e.end_char - base, canon, _code(e.text, canon)))
        return _joined_across_side(sentence.text, out)
    out = []
    for m in _site_regex().finditer(sentence.text):
        c = canonical_site(m.group(0))
        if c:
            out.append((m.start(), m.end(), c, _code(m.group(0), c)))
    return _joined_across_side(sentence.text, out)


def _joined_across_side(
    text: str, found: list[tuple[int, int, str, str | None]]
) -> list[tuple[int, int, str, str | None]]:
    """A sub-site's name split by a side word or a bracketed gloss ("the lateral border of the right mobile tongue",
    "the mandibular (lower) gingiva") is read whole: the words before the split joined to the name after it, when
    that is a vocabulary name of the same site, give the mention its start and its (more specific) code; a site
    name among those words ("mandibular") is part of it, not a mention of its own."""
    idx = site_entries()
    out = list(found)
    for a, b, canon, _code_ in sorted(found):
        m = _rx("name_split_by_side").search(text, max(0, a - 90), a)
        if m is None:
            continue
        head = m.group("head")
        starts = [i for i, ch in enumerate(head) if not ch.isspace() and (i == 0 or head[i - 1].isspace())]
        best = None
        for i in starts:  # the longest name first
            e = idx.get(key(head[i:] + " " + text[a:b]))
            if e is not None and e.canonical == canon:
                best = (m.start("head") + i, e.code)
                break
        if best is None:
            continue
        lo = best[0]
        out = [x for x in out if not (lo <= x[0] and x[1] <= b)] + [(lo, b, canon, best[1])]
    return sorted(out)


def _line(s: Sentence, a: int, b: int) -> tuple[int, int]:
    """Bounds of the text a mention is read in: a title's own line (a saved page may put the journal's name,
    "Cancer Research", on the line above the title in the same block), else the whole sentence."""
    if s.section != "title" or "\n" not in s.text:
        return 0, len(s.text)
    lo = s.text.rfind("\n", 0, a) + 1
    hi = s.text.find("\n", b)
    return lo, len(s.text) if hi < 0 else hi


def _asserted(text: str, a: int, b: int, own: bool, history: bool = False, kin: bool = False) -> bool:
    """The mention is about this patient: no hypothetical, historical or family cue, nor (unless the sentence is
    the report's own announcement, ``own``) a literature cue; cues after a verb whose subject is the tumour
    ("... of the testis mimicking a seminoma") do not reach back to the site. A history before "presented with"
    is the patient's past ("a 1-year history of hoarseness presented with a vocal fold mass"): it does not reach
    the mass presented. ``history``: a historical cue does not count at all (the patient's own earlier tumour).
    ``kin``: a relative introduced with an age of their own ("Her sister, an 11-year-old girl, had ...") is one of
    the report's patients, not family history (see :func:`apply_fallbacks`)."""
    text = _unhedged(text)
    cut = min((m.start() for rx in rules().subject_verb if (m := rx.search(text, b))), default=len(text))
    cats = context(text[:cut], a, b) & NOT_ASSERTED
    if kin and "family" in cats and _rx("relative_introduced").search(text):
        cats = cats - {"family"}
    if "historical" in cats:
        starts = [m.start() for m in _rx("presented_with").finditer(text, 0, a)]
        told = bool(starts) and _rx("history_word").search(text, 0, starts[-1]) is not None
        if history or (told and "historical" not in context(text[starts[-1] : cut], a - starts[-1], b - starts[-1])):
            cats = cats - {"historical"}
    return not (cats - {"other"} if own else cats)


def _unhedged(text: str) -> str:
    """The sentence with an imaging study's "suggested" before a tumour read as "showed", and a hedge whose object is a diagnosis
    and the length of the present complaint ("a 3-month history of a mass") blanked (same length, offsets kept): "CT suggested a 5 cm mass in the left hepatic lobe", "a lesion in the liver, possibly a
    haemangioma" place the tumour; the hedge is on its nature (``imaging_suggested``, ``diagnosis_hedge``)."""
    low = text.lower()
    if "suggest" in low:
        parts, at = [], 0
        for m in _rx("imaging_suggested").finditer(text):
            a, b = m.span("verb")
            parts += [text[at:a], "showed".ljust(b - a)]
            at = b
        text = "".join(parts) + text[at:] if parts else text
    # "a tumour in the gastric body, suspected to be a GIST": the hedge is on what the tumour is (``diagnosis_hedge``)
    # (the rule's own literal prefilter returns the text unchanged when none of its words is there)
    text = _rx("diagnosis_hedge").sub(lambda m: " " * len(m.group(0)), text)
    # "presented with a 6-year history of an itchy lesion on his back": how long the present complaint has lasted, no past
    # history (``complaint_history``)
    return _rx("complaint_history").sub(lambda m: " " * len(m.group(0)), text) if "history" in low else text


def _announced_from(s: Sentence) -> int:
    """Where the announced case starts in an announcing sentence: after "we present" (its object), or
    at 0 for a title, a heading or a title-like line."""
    r = rules()
    if s.section in ("title", "heading") or any(rx.search(s.text) for rx in r.announce_title):
        return 0
    ends = [m.end() for rx in r.announce if (m := rx.search(s.text))]
    return min(ends) if ends else len(s.text)


#: the spaCy doc last asked about and its text (one pair, replaced at once: safe across threads)
_LAST_TEXT: tuple[Any, str] | None = None


def _doc_text(doc: Any) -> str:
    """``doc.text`` without rebuilding it: the text the tokenizer was given when the pipeline's tokenizer
    made the doc, else built once per spaCy doc (spaCy joins every token's text again on each call)."""
    global _LAST_TEXT
    given = getattr(doc._, "source_text", None)  # absent where the package's attributes are not declared
    if given is not None:
        return given
    last = _LAST_TEXT
    if last is None or last[0] is not doc:
        last = _LAST_TEXT = (doc, doc.text)
    return last[1]


def _cited(s: Sentence) -> bool:
    """The sentence lies on a line of a reference list the page kept ("1. Bahadori M, Liebow AA. Plasma cell
    granulomas of the lung. Cancer. 1973."): a cited title names no site of this patient."""
    if s.span is None:
        return False
    text, at = _doc_text(s.span.doc), s.span.start_char
    line = text[text.rfind("\n", 0, at) + 1 : at + len(s.text)]
    return _rx("reference_line").match(line) is not None


@cache
def _cue_families() -> tuple[tuple[int, ...], tuple[re.Pattern[str], ...], tuple[int, ...], tuple[re.Pattern[str], ...]]:
    """The cues read before a mention and those read after it: their positions among all cues and their
    regexes, as fixed tuples (the literal index is keyed by them)."""
    cues = rules().cues
    before = tuple(i for i, c in enumerate(cues) if c.where == "before")
    after = tuple(i for i, c in enumerate(cues) if c.where != "before")
    return before, tuple(cues[i].regex for i in before), after, tuple(cues[i].regex for i in after)


def _cues_tried(before: str, after: str) -> list[int]:
    """Positions (ascending) of the cues whose literals stand in the text each reads: the others cannot match."""
    b_ids, b_rxs, a_ids, a_rxs = _cue_families()
    return sorted([b_ids[i] for i in may_match_indices(b_rxs, before)] + [a_ids[i] for i in may_match_indices(a_rxs, after)])


def score_mentions(sentences: list[Sentence], own: bool = False, history: bool = False, kin: bool = False) -> list[SiteMention]:
    """Every site mention of the sentences with its cue score; ``own``: the sentences are the report's
    announcements of its own case, where a literature cue ("the first reported case of ...") is not another's;
    ``history``: mentions in the patient's history count too (see :func:`apply`)."""
    r = rules()
    cues = r.cues
    out: list[SiteMention] = []
    diagnosed = False  # an earlier sentence of the same section diagnosed the tumour or started its drug
    section: str | None = None
    report: str | None = None  # the sentences' text, joined when a homonym first asks for it
    for s in sentences:
        if s.section != section:  # an abstract tells the whole course before the case text tells it again
            diagnosed, section = False, s.section
        later = diagnosed and _rx("later_course").search(s.text) is not None and _rx("surgical_finding").search(_timed_from(s.text)) is None
        diagnosed = diagnosed or _rx("diagnosis_made").search(s.text) is not None
        if any(rx.match(s.text) for rx in r.generic) or _cited(s):
            continue
        obj = _announced_from(s) if own else 0
        found = site_mentions(s)
        spread_list = False  # the mention follows, in one list, an organ several tumours are spread over
        for i, (a, b, canon, code) in enumerate(found):
            listed = i + 1 < len(found) and _rx("list_gap").fullmatch(s.text, b, found[i + 1][0]) is not None
            in_spread, spread_list = spread_list, listed and (spread_list or _rx("spread_over").search(s.text, max(0, a - 120), a) is not None)
            # "a mandibular anterior gingival growth": a site word right before another qualifies it; the tumour
            # noun after them is the last one's, unless a cue limited to the first word's names says the word places
            # the tumour itself ("a dural-based intracranial mass" is based on the dura)
            stacked = i + 1 < len(found) and _rx("stacked_gap").fullmatch(s.text, b, found[i + 1][0]) is not None
            lo, hi = _line(s, a, b)
            # "She had undergone resection of a pulmonary IMT six years earlier": the report's own disease treated before
            # the present illness is the patient's primary, however long ago the sentence says it was (see below)
            own_earlier = _earlier_own(s.text[max(lo, a - 120) : a], s.text[b : min(hi, b + 80)])
            if not _asserted(s.text[lo:hi], a - lo, b - lo, own and a >= obj, history or own_earlier, kin):
                continue
            # "a mass in the patient's left breast": a person's possessive reads as a pronoun ("her left breast") for the cues
            # a piece of a sentence shared by several patients keeps the verb and blanks the others' words: the blanks count
            # as one space, so the words the piece kept before the mention are read as one phrase
            line = s.text[lo:a]
            before = _rx("person_possessive").sub("her ", (_rx("blanked_run").sub(" ", line) if "  " in line else line)[-120:])
            if '"' in before or "\u201c" in before:  # a quoted working diagnosis names this tumour ('a "fibroid" of the X')
                before = _rx("quoted_working_diagnosis").sub(" mass ", before)
            after = s.text[b : min(hi, b + 80)]
            code = next((c for site, c, rx in r.qualifiers if site == canon and rx.search(before)), code)
            code = next((c for regions, c, rx in r.skin if code in regions and rx.search(before)), code)
            surface = key(s.text[a:b])
            for names, h_site, h_code, h_rx in r.homonyms:
                if surface in names:
                    report = " ".join(t.text for t in sentences) if report is None else report
                    if h_rx.search(report):
                        canon, code = h_site, h_code
                        break
            hit = [
                c
                for c in (cues[i] for i in _cues_tried(before, after))
                if (not c.names or surface in c.names)
                and not (stacked and c.where == "after" and c.weight > 0 and not c.names)
                and c.regex.search(before if c.where == "before" else after)
            ]
            # "Case 2 (larynx)", "Case 3: left maxillary sinus", "Pt1 (M/45): retroperitoneum, ...": a case label places its
            # patient's tumour only when the site is a bare item of it ("Case 2: Renal function was normal" places nothing)
            hit = [c for c in hit if (rest := _item_cues().get(c.name)) is None or rest.match(after)]
            # "a history of gastric IMT resected years earlier ... presented with a liver mass": the history names the
            # report's own disease, the patient's primary (the liver mass its recurrence), not another cancer
            own_after = _rx("own_tumour_after").match(after) is not None
            # "five years after resection of a pulmonary IMT ... a mass in the frontal lobe": the report's own disease treated
            # before the present illness is the primary however firmly the new mass is placed (the cue's weight; the form
            # "an IMT of the left kidney" meets the cue itself)
            earlier = _earlier_own_cue()
            if own_after and earlier not in hit and _rx("earlier_own_tumour").search(before):
                hit.append(earlier)
            # and the words that told it ("a metastasis from the gastric IMT") are no cue against its site
            if (own_after and _rx("history_of_own_tumour").search(before)) or earlier in hit:
                hit = [c for c in hit if c.weight > 0]
            # "a mass invading the stomach and the spleen": the first organ of an invasion list is not the origin, nor any organ of
            # a list several tumours are spread over ("multiple nodules in the mesentery, omentum and peritoneum", "multiple
            # lesions in the liver and lungs": the last one is not the origin either)
            if in_spread or (listed and (_rx("invasion_verb").search(before) or _rx("spread_over").search(before))):
                hit = [c for c in hit if c.weight < 0]
            # "Six months later CT showed a 3 cm mass in the liver" (after the diagnosis): a recurrence or a metastasis is placed,
            # not the primary; only the origin cues still name it ("two months later the tumour arose from the mesentery")
            if later:
                origin = _origin_cues()
                hit = [c for c in hit if c.weight < 0 or c.name in origin]
            # "a mass of the right mandibular (lower) gingiva": a bone's adjective right before a soft-tissue organ qualifies
            # that organ; the tumour is the organ's, not the bone's (a cue limited to the bone's names still places it there)
            if stacked and _is_bone(code) and not _is_bone(found[i + 1][3]):
                hit = [c for c in hit if c.weight < 0 or c.names]
            score = sum(c.weight for c in hit) + (r.section_weight.get(s.section or "", 0) if hit else 0)
            if any(c.weight < 0 for c in hit):
                score = min(score, 0)
            out.append(SiteMention(s, a, b, canon, score, tuple(c.name for c in hit), code))
    return out


def _earlier_own(before: str, after: str) -> bool:
    """Does the mention name where the report's own disease was resected or treated before the present illness ("after
    resection of a pulmonary IMT", "had undergone excision of an IMT of the left kidney")? A historical cue ("six years
    earlier") does not then keep it out: that tumour is this patient's primary (another disease is not: "resection of a
    gastric carcinoma")."""
    if _rx("own_tumour_after").match(after) and _rx("earlier_own_tumour").search(before):
        return True
    return _earlier_own_cue().regex.search(before) is not None


def _is_bone(code: str | None) -> bool:
    """``code`` is a bone's topography (ICD-O-3 C40-C41: bones, joints and articular cartilage)."""
    return code is not None and code[:3] in ("C40", "C41")


def _timed_from(text: str) -> str:
    """The sentence with the operation it counts its time from blanked ("eight months after surgery, CT showed ...": no
    operation is told there), same length; unchanged when it names none (``after_operation``)."""
    return _rx("after_operation").sub(lambda m: " " * len(m.group(0)), text)


#: the cues that name where the tumour arose, read even in a sentence of the later course (see :func:`score_mentions`)
_ORIGIN_CUES = ("arising from", "arising from the wall of", "primary site", "primary tumor of the", "earlier own tumour of the",
                "origin of the tumor was", "X origin")


@cache
def _origin_cues() -> frozenset[str]:
    """The names of ``_ORIGIN_CUES``, each checked against ``patterns/site.jsonl`` (a renamed cue is a ConfigError)."""
    names = {c.name for c in rules().cues}
    missing = [n for n in _ORIGIN_CUES if n not in names]
    if missing:
        raise ConfigError(f"{_FILE}: no cue named {missing[0]!r} (fields/site.py _ORIGIN_CUES)")
    return frozenset(_ORIGIN_CUES)


@cache
def _item_cues() -> dict[str, re.Pattern[str]]:
    """The cues that place a bare item of a case label ("Case 2 (larynx)", "Pt1 (M/45): retroperitoneum, ..."), each with
    the regex of what must follow the site for it to hold (see :func:`score_mentions`); each name checked against
    ``patterns/site.jsonl`` (a renamed cue is a ConfigError)."""
    found = {"case label naming its site": _rx("case_label_rest"), "site item of a case label's age and sex": _rx("case_item_rest")}
    names = {c.name for c in rules().cues}
    missing = [n for n in found if n not in names]
    if missing:
        raise ConfigError(f"{_FILE}: no cue named {missing[0]!r} (fields/site.py _item_cues)")
    return found


@cache
def _earlier_own_cue() -> Cue:
    """The cue "earlier own tumour of the" of ``patterns/site.jsonl``, also given to a site adjective before the report's
    own disease treated before the present illness ("after resection of a pulmonary IMT")."""
    return next(c for c in rules().cues if c.name == "earlier own tumour of the")


def _within(part: str, whole: str, part_of: dict[str, frozenset[str]]) -> bool:
    """``part`` lies (directly or through other regions) in ``whole``."""
    seen: set[str] = set()
    todo = list(part_of.get(part, ()))
    while todo:
        cur = todo.pop()
        if cur == whole:
            return True
        if cur not in seen:
            seen.add(cur)
            todo.extend(part_of.get(cur, ()))
    return False


#: codes ICD-O-3 itself calls NOS for a part of an organ: the curvatures of the stomach are coded only when no
#: other part is named ("a lesser-curvature tumour of the body of the stomach" is the body, C16.2)
_COARSE = frozenset({"C16.5", "C16.6"})
#: the intestinal tract NOS (C26.0, "intestinal") gives way even to the small intestine NOS (C17.9); the uterus NOS
#: (C55.9, "uterine") to the corpus uteri (C54.9, "a uterine IMT ... a mass of the uterine corpus")
_TRACT = frozenset({"C26.0", "C26.9", "C55.9"})


def _rank(code: str | None) -> int:
    """How specific a code is: none 0; the intestinal tract NOS or the uterus NOS 1; an organ's NOS code (.9, or the code its
    bare name means: the mediastinum NOS is C38.3) 2; a curvature of the stomach 3; any other sub-site 4."""
    if code is None:
        return 0
    if code in _TRACT:
        return 1
    if code.endswith(".9") or code in _nos_codes():
        return 3 if code in _own_category_nos() else 2
    return 3 if code in _COARSE else 4


@cache
def _own_category_nos() -> frozenset[str]:
    """NOS codes of a category of their own inside a site whose bare name means another ("base of tongue", C01.9, in
    the tongue, C02.9; "bone of limb", C40.9, in bone, C41.9): more specific than the site's own NOS, still refined by
    that category's sub-sites ("an IMT of the tongue ... at the base of tongue": C01.9)."""
    entries = set(site_entries().values())
    out = set()
    for e in entries:
        bare = site_entry(e.canonical)
        if e.code.endswith(".9") and bare is not None and bare.canonical == e.canonical and bare.code[:3] != e.code[:3]:
            out.add(e.code)
    # a code some bare name means is that site's own NOS, never a category inside another
    site_nos = {nos.code for nos in (site_entry(c) for c in {e.canonical for e in entries}) if nos is not None}
    return frozenset(out - site_nos)


@cache
def _nos_codes() -> frozenset[str]:
    """The codes the bare names of sites with several codes mean (mediastinum: C38.3, "Mediastinum, NOS")."""
    codes: dict[str, set[str]] = {}
    for e in set(site_entries().values()):
        codes.setdefault(e.canonical, set()).add(e.code)
    out = set()
    for canon, cs in codes.items():
        e = site_entry(canon)
        if len(cs) > 1 and e is not None and e.canonical == canon:
            out.add(e.code)
    return frozenset(out)


@cache
def _code_within() -> dict[tuple[str, str], str]:
    """(site, code) -> the region the vocabulary line of that code lies in: the soft tissue of the neck (C49.0) lies in the
    head and neck though the soft tissue as a whole lies in no one region."""
    return {(e.canonical, e.code): e.within for e in set(site_entries().values()) if e.within is not None}


def _inside(m: SiteMention, whole: str, part_of: dict[str, frozenset[str]]) -> bool:
    """The mention names a part of ``whole``: its site lies in it, or the line of its code does ("the soft tissue of the
    posterior neck", C49.0, in a report titled "IMT of the neck")."""
    if _within(m.canonical, whole, part_of):
        return True
    region = _code_within().get((m.canonical, m.code or ""))
    return region is not None and region != m.canonical and (region == whole or _within(region, whole, part_of))


def best_site(sentences: list[Sentence], own: bool = False, mentions: list[SiteMention] | None = None) -> SiteMention | None:
    """The best-scoring positively cued site mention, earliest on ties; then the
    best-scoring positively cued mention of a part of it, if any."""
    best: SiteMention | None = None
    all_mentions = score_mentions(sentences, own) if mentions is None else mentions
    positive = [m for m in all_mentions if m.score > 0]
    for m in positive:
        if best is None or m.score > best.score:
            best = m
    part_of, named_parts = rules().part_of, rules().named_parts
    seen: set[str] = set()
    while best is not None and best.canonical not in seen:
        seen.add(best.canonical)
        spans = named_parts.get(key(best.sentence.text[best.start : best.end]), ())
        parts = [m for m in positive if m.canonical not in seen and (_inside(m, best.canonical, part_of) or _spanned(m, spans))]
        if not parts or (
            best.sentence.section == "title"
            and _listed_together(max(parts, key=lambda m: m.score), all_mentions, best.canonical)
        ):
            # "Gastrointestinal IMT in two girls ... had tumours of the stomach and the colon": organs one sentence lists
            # alike under the title's system name which of them is whose the text does not say; the title's name stays
            break
        best = max(parts, key=lambda m: m.score)  # max keeps the earliest on ties
    return best


def _listed_together(top: SiteMention, mentions: list[SiteMention], whole: str) -> bool:
    """Does the best part stand in one list with another part of ``whole`` ("tumours of the stomach and the mesentery",
    "of the stomach, the colon or the mesentery"): a different site, none inside the other, joined to it by "and", "or" or
    a comma?"""
    part_of = rules().part_of
    for m in mentions:
        if m.sentence is not top.sentence or m.canonical == top.canonical or m.score < 0:
            continue
        if not _inside(m, whole, part_of) or _within(m.canonical, top.canonical, part_of) or _within(top.canonical, m.canonical, part_of):
            continue
        a, b = (top.end, m.start) if top.end <= m.start else (m.end, top.start)
        if _rx("site_list_join").fullmatch(top.sentence.text, a, b):
            return True
    return False


def _spanned(m: SiteMention, spans: tuple[tuple[str, re.Pattern[str]], ...]) -> bool:
    """Is the mention a site a whole's wide name spans, told as the tumour's place ("the mass filling the antrum")?"""
    before = m.sentence.text[max(0, m.start - 120) : m.start]
    return any(m.canonical == part and rx.search(before) for part, rx in spans)


def best_code(sentences: list[Sentence], best: SiteMention, own: bool = False, mentions: list[SiteMention] | None = None) -> SiteMention:
    """The mention whose code the row keeps: the winner's, or a more specific sub-site code of the
    same site from another positively cued mention ("laryngeal mass ... on the glottis"), or from a
    mention the winner's sentence names as its part ("the body of the stomach, on its lesser curvature": C16.2).
    The site's own NOS code (bone, C41.9) gives way to any specific code of that site ("IMT of bone ...
    a lesion of the distal femur": C40.2)."""
    chosen, rank = best, _rank(best.code)
    if rank >= 4:
        return best
    entry = site_entry(best.canonical)
    site_nos = entry is not None and entry.code == best.code
    found = score_mentions(sentences, own) if mentions is None else mentions
    # a positively cued mention of the same site anchors an "of the" part too ("the lesion in the subcutaneous fat of the
    # lower back": C49.6), not the winner's alone
    anchors = [m for m in found if m.score > 0 and m.canonical == best.canonical]
    for m in found:
        if m.canonical != best.canonical or _rank(m.code) <= rank:
            continue
        if best.code is not None and m.code[:3] != best.code[:3] and not site_nos:  # type: ignore[index]
            continue
        if _later_lesion_place(m):  # "MRI showed a new 4 cm myometrial nodule": the later lesion's place, not the primary's
            continue
        # "a tumour in the lesser curvature of the gastric body": the part named after "of" refines the winner or the
        # sub-site chosen so far in the same sentence (C16.2; the curvatures are coded only when no other part is named)
        # "subglottic larynx (patient 3)": a finer word of the same site standing right before the winner names its part
        stacked_before = m.sentence is best.sentence and m.end <= best.start and not m.sentence.text[m.end : best.start].strip()
        if m.score > 0 or stacked_before or any(
            m.sentence is c.sentence and c.end <= m.start
            and (_rx("of_the").fullmatch(c.sentence.text, c.end, m.start) or _rx("apposed_part").fullmatch(c.sentence.text, c.end, m.start)
                 or _bracketed_alone(c.sentence.text, c.end, m))
            for c in (best, chosen, *anchors)
        ):
            chosen, rank = m, _rank(m.code)
    return chosen


def _bracketed_alone(text: str, end: int, m: SiteMention) -> bool:
    """Is mention ``m`` alone in a bracket opening at ``end``, right after a site ("in the gastric wall (antrum)")? A
    bracket saying more than the place ("(lacrimal region spared)") is not."""
    return bool(_rx("part_bracket_open").fullmatch(text, end, m.start) and _rx("part_bracket_close").match(text, m.end))


def _later_lesion_place(m: SiteMention) -> bool:
    """Does the mention place a lesion found later, a recurrence, a spread or a new lesion named before it in its
    sentence ("Fourteen months later a new 3 cm myometrial nodule appeared", "it recurred in the antrum")?"""
    text = m.sentence.text
    return bool(_rx("sub_site_later_lesion").search(text, 0, m.start) or _rx("new_lesion_before_site").search(text[: m.start]))


def apply(sentences: list[Sentence], row: CaseRow, own: bool = False, history: bool = False, kin: bool = False) -> None:
    """Set ``row.site`` and ``row.site_code`` from the patient's sentences (``own``: from the report's
    announcements of its case, see :func:`announcements`; ``history``: mentions in the patient's history
    count, see :func:`apply_fallbacks`; ``kin``: a relative introduced with an age is a patient, see :func:`_asserted`)."""
    mentions = score_mentions(sentences, own, history, kin)
    m = best_site(sentences, own, mentions)
    if m is not None:
        row.set("site", m.canonical, m.sentence.evidence(m.start, m.end))
        c = best_code(sentences, m, own, mentions)
        if c.code is not None:
            code = _skin_code(sentences, c.code) or _skin_of_region(c) or _skin_of_cued_region(c, mentions) or c.code
            row.set("site_code", code, c.sentence.evidence(c.start, c.end))


def _skin_code(sentences: list[Sentence], code: str) -> str | None:
    """The skin code of a limb or trunk region (``skin_code`` rules) when another of the patient's sentences calls
    the tumour a skin lesion ("The tumour on the back grew slowly. It was a dermal nodule."); None otherwise."""
    skin = next((c for regions, c, _ in rules().skin if code in regions), None)
    if skin is None:
        return None
    for s in sentences:
        for hit in _rx("skin_lesion_noun").finditer(s.text):
            if not context(s.text, hit.start(), hit.end()) & (NOT_ASSERTED | {"negated"}):
                return skin
    return None


def _skin_of_region(m: SiteMention) -> str | None:
    """The skin code of the limb or trunk region a skin mention is placed on ("a nodule on the skin of the left
    forearm", "a cutaneous lesion over the right scapular region": C44.6, C44.5; ``skin_code`` rules), when the
    winning mention is the skin NOS; None otherwise (the subcutis is soft tissue, not skin; the head and neck is
    left alone, as in :func:`_skin_code`)."""
    entry = site_entry("skin")
    if entry is None or m.canonical != "skin" or m.code != entry.code or key(m.sentence.text[m.start : m.end]).startswith("subcut"):
        return None
    for a, _, _, code in site_mentions(m.sentence):
        if a < m.end:
            continue
        if code is None or _rx("skin_region_gap").fullmatch(m.sentence.text, m.end, a) is None:
            return None
        return next((c for regions, c, _ in rules().skin if code in regions), None)
    return None


def _skin_of_cued_region(m: SiteMention, mentions: list[SiteMention]) -> str | None:
    """The skin code of the limb or trunk region the tumour is placed in by another positively cued mention, when
    the winning mention is the skin NOS ("a dermal nodule of the forearm: cutaneous IMT" is the skin of the upper
    limb, C44.6; ``skin_code`` rules); the best-scoring such region, earliest on ties. The subcutis is left alone
    (soft tissue), as in :func:`_skin_of_region`."""
    entry = site_entry("skin")
    if entry is None or m.canonical != "skin" or m.code != entry.code or key(m.sentence.text[m.start : m.end]).startswith("subcut"):
        return None
    found = [(r.score, -i, skin) for i, r in enumerate(mentions) if r.score > 0
             for regions, skin, _ in rules().skin if r.code in regions or r.code == skin]
    return max(found)[2] if found else None


#: where a report announces its own case: its title, abstract, introduction and case text
_ANNOUNCING_SECTIONS = frozenset({"title", "abstract", "introduction", "case", "other"})


def announcements(doc: Document, nlp: Any) -> list[Sentence]:
    """The sentences in which the report names its own tumour: the title (also one the patient's sentences
    leave out because it ends "a case report and review of the literature"), a title-like line with the
    genre after a colon, and "we present / report / describe ..." in the abstract or the introduction
    (``announce`` and ``announce_title`` rules). Read for the site only when a patient's own sentences name
    none: many reports state the site there and never again ("We present a case of IMT of the tonsil." then
    "the right tonsil was enlarged")."""
    r = rules()
    secs: dict[int, Any] = {}
    for sec in doc.sections:
        if sec.kind in _ANNOUNCING_SECTIONS and sec.end > sec.start and sec.start not in secs:
            text = doc.text[sec.start : sec.end]
            if sec.kind == "title" or any(rx.search(text) for rx in (*r.announce, *r.announce_title)):
                secs[sec.start] = sec
    chosen = [secs[k] for k in sorted(secs)]
    out: list[Sentence] = []
    seen: set[int] = set()
    texts = [doc.text[s.start : s.end] for s in chosen]
    for sec, sec_text, sdoc in zip(chosen, texts, nlp.pipe(texts)):
        for sent in sdoc.sents:
            raw = sec_text[sent.start_char : sent.end_char]  # ``Span.text`` rebuilds it token by token
            body = raw.strip()
            start = sec.start + sent.start_char + (len(raw) - len(raw.lstrip()))
            if len(body) < 3 or start in seen:
                continue
            if sec.kind == "title" or any(rx.search(body) for rx in (*r.announce, *r.announce_title)):
                seen.add(start)
                out.append(Sentence(doc.doc_id, body, start, sec.kind, doc.page_at(start), sent, sec.title or None))
    return out


def operation_site(sentences: list[Sentence]) -> tuple[Sentence, int, int, str, str | None] | None:
    """The organ the patient's operations remove (``operation`` rules: appendectomy -> appendix) and its code, when
    they name exactly one; asserted operations only (not "a history of cholecystectomy", not negated)."""
    r = rules()
    found: list[tuple[Sentence, int, int, str, str | None]] = []
    for s in sentences:
        if any(rx.match(s.text) for rx in r.generic):
            continue
        for rx, organ, code in r.operations:
            for m in rx.finditer(s.text):
                if _rx("operation_for_other_cancer").match(s.text, m.end()):
                    continue  # "sigmoid colectomy for adenocarcinoma": another cancer's organ
                if not context(s.text, m.start(), m.end()) & (NOT_ASSERTED | {"negated"}):
                    found.append((s, m.start(), m.end(), organ, code))
    return found[0] if len({f[3] for f in found}) == 1 else None


def _headings(doc: Document, sentences: list[Sentence]) -> list[Sentence]:
    """The printed headings of the patient's sections ("Case 2: pulmonary IMT") as sentences located in
    ``doc.text`` (the last occurrence before the section's first sentence); a heading not found is skipped."""
    out: list[Sentence] = []
    seen: set[str] = set()
    for s in sentences:
        if not s.heading or s.heading in seen:
            continue
        seen.add(s.heading)
        at = doc.text.rfind(s.heading, 0, s.start)
        if at >= 0:
            out.append(Sentence(doc.doc_id, s.heading, at, "heading", doc.page_at(at), None, s.heading))
    return out


def own_announcements(sents: list[Sentence], for_all: Callable[[str], bool] | None) -> list[Sentence]:
    """The announcements, other than the title, that speak for all of a several-patient report's patients and name one
    site ("Our experience with two patients with maxillary sinus IMT ..."): they speak for each more closely than a
    title, which may be another work's (a letter's 'Re: "Sinonasal IMT ..."')."""
    return [s for s in sents if s.section != "title" and for_all is not None and _for_each(s, for_all)]


def _for_each(s: Sentence, for_all: Callable[[str], bool]) -> bool:
    """An announcement of all the report's cases naming one site only ("Two cases of IMT of the bladder are
    reported"); one that names several ("Five cases of the chest, ... pleural, tracheal and pulmonary") deals
    its sites out to the patients and speaks for none of them."""
    return for_all(s.text) and len({m[2] for m in site_mentions(s)}) == 1


@cache
def _regions() -> frozenset[str]:
    """Sites other sites lie in (intra-abdominal, pelvis, thorax, head and neck, respiratory tract)."""
    return frozenset(w for ws in rules().part_of.values() for w in ws)


def lists_sites(title: list[Sentence]) -> bool:
    """Does a multi-patient report's title name several sites ("IMTs of the larynx, tongue and parotid: three cases")?
    Then it speaks for no one patient: a patient whose sentences place nothing is left to the later fallbacks (the
    organ an operation removes)."""
    return len({m[2] for s in title for m in site_mentions(s)}) > 1


def apply_fallbacks(
    doc: Document,
    nlp: Any,
    row: CaseRow,
    sentences: list[Sentence],
    patients: int = 1,
    announced: Callable[[], list[Sentence]] | None = None,
    for_all: Callable[[str], bool] | None = None,
) -> None:
    """A row whose patient sentences name no site, or only a region, takes, in this order:

    - in a report of several patients, the site its own sentences give a relative introduced with an age ("Her
      sister, an 11-year-old girl, had a tumour of the lung": the second patient of a report on two siblings);
    - the site the headings of its sections name ("Case 2: pulmonary IMT");
    - the site the report announces for its case (:func:`announcements`); in a report of several patients
      only the title ("IMT of bone: two cases") speaks for each, as a sentence announcing them names one
      patient's site; a region is replaced only by a site that lies in it or one the patient's sentences place
      the tumour in too;
    - the one organ the patient's operations remove (:func:`operation_site`);
    - the site of the patient's own earlier tumour, named only in their history (a report of a recurrence);
    - the one organ the patient's sentences name again and again (:func:`_recurring_site`).

    ``announced``: the document's announcements computed once for all its patients (the sections are
    otherwise run through ``nlp`` again for every row that needs them). ``for_all``: does an announcement
    speak for every patient ("Two cases of IMT of the bladder are reported here", as many as the rows)?
    """
    if row.site is None and patients > 1:
        apply(sentences, row, kin=True)
    if row.site is None:
        apply(_headings(doc, sentences), row)
    region = row.site if row.site is not None and row.site in _regions() else None
    if row.site is None or region is not None:
        sents = announced() if announced is not None else announcements(doc, nlp)
        if patients > 1:
            # the authors' own sentence about all their patients ("Our experience with two patients with maxillary sinus
            # IMT ...") speaks for each more closely than a title, which may be another work's ('Re: "Sinonasal IMT"')
            # (when none does, the titles naming one site: a title speaking for each names one site anyway)
            sents = own_announcements(sents, for_all) or [s for s in sents if s.section == "title" and not lists_sites([s])]
        if region is None:
            apply(sents, row, own=True)
        elif (m := best_site(sents, own=True)) is not None and (
            _inside(m, region, rules().part_of)
            or (_ill_defined(region) and any(c.score > 0 and c.canonical == m.canonical for c in score_mentions(sentences)))
        ):
            # "a large abdominal mass" in the case, "IMT of the jejunum" in the title: the most specific site stated; or
            # "a lump in the lower abdomen ... a mass within the rectus abdominis" in the case, "IMT of the abdominal wall"
            # in the title: the site the title announces, which the case also places the tumour in, over the ill-defined
            # region (C76: abdomen, pelvis, thorax, head and neck, limbs); an organ's own parts stay as the first rule has them
            _clear_site(row)
            apply(sents, row, own=True)
    titled = region is not None and row.site == region and best_site([s for s in sentences if s.section != "title"]) is None
    op = operation_site(sentences) if row.site is None or titled else None
    if op is not None and (row.site is None or _within(op[3], row.site, rules().part_of)):
        # "IMT of the intestine" (a region) in the title only, "segmental jejunal resection" in the case: the organ
        # removed (a region the case names itself stays: "a pelvic mass ... resection with partial cystectomy")
        s, a, b, organ, code = op
        _clear_site(row)
        row.set("site", organ, s.evidence(a, b))
        if code is not None:
            row.set("site_code", code, s.evidence(a, b))
    if row.site is None:
        # "she previously underwent resection of a sarcoma in the right brachialis; it recurred": a report of a
        # recurrence may name the primary site only in the patient's history (another disease there is kept
        # out by the cues: "a history of tongue cancer", "previous laryngeal surgery")
        apply(sentences, row, history=True)
    if row.site is None and (m := _recurring_site(sentences)) is not None:
        row.set("site", m.canonical, m.sentence.evidence(m.start, m.end))
        if m.code is not None:
            row.set("site_code", m.code, m.sentence.evidence(m.start, m.end))
    _anaphoric_subsite(sentences, row)
    if patients == 1:
        _announced_subsite(row, announced if announced is not None else lambda: announcements(doc, nlp))


def _announced_subsite(row: CaseRow, announced: Callable[[], list[Sentence]]) -> None:
    """A one-patient row coded with its organ's NOS code ("intracranial" in the abstract: C71.9; the case names the place
    only by an abbreviation or a landmark) takes the sub-site code the report's announcement of its case gives the same
    organ ("IMT of the cerebellopontine angle": C71.6): the most specific site stated. Only a code of the same organ and
    category, more specific than the row's; the site itself is kept."""
    entry = site_entry(row.site)
    if entry is None or row.site_code is None or row.site_code != entry.code:
        return
    sents = announced()
    mentions = score_mentions(sents, own=True)
    m = best_site(sents, own=True, mentions=mentions)
    if m is None or m.canonical != row.site:
        return
    c = best_code(sents, m, own=True, mentions=mentions)
    if c.code is None or c.code[:3] != row.site_code[:3] or _rank(c.code) <= _rank(row.site_code):
        return
    row.evidence.pop("site_code", None)
    row.set("site_code", c.code, c.sentence.evidence(c.start, c.end))


def _ill_defined(region: str) -> bool:
    """Is ``region`` a body region of the ill-defined sites (ICD-O-3 C76: abdomen, pelvis, thorax, head and neck, limbs),
    not an organ that has parts (colon, kidney, mouth)?"""
    entry = site_entry(region)
    return entry is not None and entry.code.startswith("C76")


def _clear_site(row: CaseRow) -> None:
    """Forget the row's site and code (a region about to give way to a site inside it)."""
    row.site, row.site_code = None, None
    row.evidence.pop("site", None)
    row.evidence.pop("site_code", None)


def _anaphoric_subsite(sentences: list[Sentence], row: CaseRow) -> None:
    """A row coded with its organ's NOS code (or a curvature of the stomach, coded only when no other part is named)
    takes the sub-site its sentences name without the organ ("the bladder ... a polypoid lesion at the dome": C67.1;
    "a submucosal gastric tumour in the body": C16.2), when the patient's asserted sentences name exactly one such
    sub-site. A sub-site followed by "of" is another thing's unless the organ named next is the row's ("at the dome of
    segment VIII", "in the body of the pancreas", "at the base of the lesion"); one after a recurrence, a metastasis or
    a new lesion in its sentence is that lesion's ("a recurrence was found at the dome")."""
    entry = site_entry(row.site)
    if entry is None:
        return
    # a part's own NOS code ("uterine corpus": C54.9) may still take a sub-site of that part ("in the fundus": C54.3)
    part_nos = row.site_code not in (entry.code, *_COARSE) and (row.site_code or "").endswith(".9")
    if row.site_code != entry.code and row.site_code not in _COARSE and not part_nos:
        return
    found: list[tuple[Sentence, int, int, str]] = []
    for site, code, rx in rules().anaphoric:
        if site != row.site or (part_nos and code[:3] != (row.site_code or "")[:3]):
            continue
        for s in sentences:
            for m in rx.finditer(s.text):
                if context(s.text, m.start(), m.end()) & (NOT_ASSERTED | {"negated"}):
                    continue
                if _rx("sub_site_later_lesion").search(s.text, 0, m.start()):  # "a recurrence was found at the dome"
                    continue
                if _rx("sub_site_away").search(s.text, max(0, m.start() - 20), m.start()):  # "well away from the trigone"
                    continue
                if _rx("sub_site_other_primary").search(s.text[: m.start()]):  # "resected for a carcinoma ... from the lateral wall"
                    continue
                if (of := _rx("sub_site_of").match(s.text, m.end())) is not None and not any(
                    a <= of.end() < b and canon == row.site for a, b, canon, _ in site_mentions(s)
                ):
                    continue
                found.append((s, m.start(), m.end(), code))
    if len({f[3] for f in found}) == 1:
        s, a, b, code = found[0]
        row.evidence.pop("site_code", None)
        row.set("site_code", code, s.evidence(a, b))


def _recurring_site(sentences: list[Sentence]) -> SiteMention | None:
    """Last resort: the one organ the patient's sentences name at least twice with no cue for or against it
    ("the mesentery ... the mesenteric vessels ..."), when no other organ is named as often."""
    neutral = [m for m in score_mentions(sentences) if not m.cues]
    counts = Counter(m.canonical for m in neutral)
    if not counts:
        return None
    (canon, n), *rest = counts.most_common()
    if n < 2 or (rest and rest[0][1] == n):
        return None
    return next(m for m in neutral if m.canonical == canon)


# -- literature-table cells ----------------------------------------------------
def _read_site(c: CellContext) -> None:
    """A summary table's site cell: the site and its code ("NA" or a negative sign gives none). A cell the
    vocabulary does not know whole that names an organ before a comma ("Liver, right lobe", "Stomach, antrum")
    is that organ, with the organ's code."""
    text = c.cell.text
    site = canonical_site(text)  # asked once: the tests below and the value read
    if site not in _canonicals() and (spelled := _site_spelled_out(text, getattr(c, "legend", None) or {})) is not None:
        text, site = spelled  # "RP" under "RP, retroperitoneum"; "Abd. wall": the site the cell's short form stands for
    head_site = canonical_site(text.split(",", 1)[0]) if "," in text and site not in _canonicals() else None
    finer: str | None = None  # "Stomach, antrum (posterior wall)": the part after the comma, a sub-site of that organ
    if head_site is not None and head_site in _canonicals():
        finer = _sub_site_after_comma(text, head_site)
        text, site = text.split(",", 1)[0], head_site
    elif site not in _canonicals() and (both := _same_organ_twice(text)) is not None:
        text, site = both  # "LUL bronchus": a cell wrapped over two lines, each part naming the same organ
    elif site not in _canonicals() and _rx("colon_segment_cell").fullmatch(text.strip()):
        seg = text.strip().rstrip(".").lower()  # "transverse" in a table of colonic cases
        text = "rectosigmoid" if seg.startswith("rectosigm") else f"{seg} colon"
        site = canonical_site(text)
    elif site not in _canonicals() and (first := _first_of_joined(text)) is not None:
        text, site = first  # "Lung + pleura": the first of two sites joined is the tumour's, the other its extension
    elif site not in _canonicals() and (later := _organ_after_comma(text)) is not None:
        text, site = later  # "Left hilum, LLL": a place near the organ, then the organ itself
    elif site not in _canonicals() and (whole := _organ_after_of(text)) is not None:
        # "Right lobe of liver": a part of the organ named after "of", coded from the whole cell, else as the organ
        site = whole
        text = text if site_code(text) is not None else whole
    if finer is None and site in _canonicals() and (br := _bracketed_part(text)) is not None:
        # "Uterus (corpus)", "Stomach (antrum)": the part of the organ given in brackets, read as after a comma
        finer = _sub_site_after_comma(f"{br[0]}, {br[1]}", site)
    if site not in _canonicals() and (part := _part_of_named_organ(text, c.about)) is not None:
        # "Corpus" (or "Corpus, intramural") under "Clinical features of four uterine IMTs": the part of the one organ
        # the caption or the title names, coded as the sub-site named without its organ in the prose would be
        c.put("site", part[0], c.cell)
        c.put("site_code", part[1], c.cell)
        return
    if site not in _canonicals() and _organs_joined(text):
        # "Liver/lung": two organs at once, the slash not saying which one the tumour arose in (joined by "+", "&",
        # "and" or "with" the first is the primary, _first_of_joined above); the present case's row keeps the site its
        # text tells
        site = None
    if site not in _canonicals() and (len(text.split()) == 1 or _organ_part_only(text)):
        # "Corpus", "Body", "Corpus, intramural", "Left lateral wall" in a series of one organ: a part of it the cell
        # does not name, no site of its own (the text names the organ, and the part with it)
        site = None
    if site not in _canonicals() and _rx("site_cell_not_a_place").search(text):
        site = None  # "not determined, NED no": a row flattened out of its columns puts another column's words here
    if site not in _canonicals() and any(_cut_word(w) for w in squash(fold(text)).lower().split()):
        site = None  # "Xyz. wall": a word cut short that no vocabulary name completes is no site to keep as written
    c.put("site", None if is_na(text) or parse_sign(text) is False else site, c.cell)
    if c.row.site is not None:
        c.put("site_code", finer or site_code(text), c.cell)


def _site_spelled_out(text: str, legend: dict[str, str]) -> tuple[str, str] | None:
    """A site cell in a short form: a code the table's legend spells out as a site the vocabulary knows ("RP" under
    "RP, retroperitoneum"), or words cut short with a full stop, each the start of the same word of one vocabulary name
    ("Abd. wall", "Retroperit.", "Ant. abd. wall"): (the name, its row value). None when the short form is of no site or
    could be of two organs ("Med." of mediastinum or of medulla)."""
    meaning = legend_expansion(text.strip(), legend)
    if meaning is not None:
        site = canonical_site(meaning)
        return (meaning, site) if site in _canonicals() else None
    words = squash(fold(text)).lower().split()
    if not words or not any(_cut_word(w) for w in words):
        return None
    found: dict[str, str] = {}
    for name, canon in _names_of_length(len(words)):
        if all(n.startswith(w[:-1]) if _cut_word(w) else n == w for w, n in zip(words, name.split())):
            found.setdefault(canon, name)
    return (next(iter(found.values())), next(iter(found))) if len(found) == 1 else None


def _cut_word(word: str) -> bool:
    """A word cut short with a full stop ("abd.", "retroperit."): three letters or more before it."""
    return word.endswith(".") and len(word) >= 4 and word[:-1].isalpha()


@cache
def _names_of_length(n: int) -> tuple[tuple[str, str], ...]:
    """The site vocabulary's names of ``n`` words (lower case), each with its row value."""
    return tuple(
        (name, c.canonical.lower())
        for c in vocabulary("sites")
        for name in {squash(fold(x)).lower() for x in c.names}
        if len(name.split()) == n
    )


def _organs_joined(text: str) -> bool:
    """A site cell naming two or more different organs joined by '+', '/', '&' or 'and' ("Lung + pleura"), each part
    one the vocabulary knows whole."""
    parts = [p.strip(" .") for p in _rx("organ_join_cell").split(text.strip())]
    if len(parts) < 2 or not all(parts):
        return False
    organs = [canonical_site(p) for p in parts]
    return all(o in _canonicals() for o in organs) and len(set(organs)) > 1


def _bracketed_part(text: str) -> tuple[str, str] | None:
    """A site cell written "organ (part)": (organ, part), else None (one bracket, closing the cell)."""
    t = text.strip().rstrip(".")
    brackets = list(BRACKETED.finditer(t))
    if len(brackets) != 1 or brackets[0].end() != len(t):
        return None
    head, inner = t[: brackets[0].start()].strip(), brackets[0].group(0).strip()[1:-1].strip()
    return (head, inner) if head and inner and "," not in head else None


def _sub_site_after_comma(text: str, organ: str) -> str | None:
    """The code of a sub-site of ``organ`` a site cell names after the organ and a comma ("Stomach, antrum (posterior
    wall)": C16.3; "Cervix, ectocervix": C53.1; "Breast, upper outer quadrant": C50.4), by the vocabulary or as a part
    named without its organ ("Uterus, fundus"); None when the part is no finer place of that organ ("Liver, right lobe":
    lobes are the organ's, as in the prose)."""
    rest = _rx("bracketed_aside").sub(" ", text.split(",", 1)[1]).strip(" .;")
    if not rest:
        return None
    organ_code = site_code(organ)
    if canonical_site(rest) == organ and (code := site_code(rest)) is not None and _rank(code) > _rank(organ_code):
        return code
    codes = {code for site, code in _anaphoric_parts(rest.lower()) if site == organ}
    return codes.pop() if len(codes) == 1 and _rank(next(iter(codes))) > _rank(organ_code) else None


#: a side opening a site cell, written out or short ("Left lateral wall", "R lateral wall", "Lt lateral wall")
_SIDE_WORDS = (["left"], ["right"], ["l"], ["r"], ["lt"], ["rt"])


def _part_of_named_organ(text: str, about: str) -> tuple[str, str] | None:
    """A site cell naming only a part of an organ ("Corpus", "Fundus", "Dome, left", "Left lateral wall"), read as a part of the one organ
    ``about`` (the table's caption and the document's title) names: (organ, code) when the anaphoric_subsite rules know
    that part of that organ ("in the corpus" of the uterus: C54.9); None when ``about`` names no organ or several, or
    the rules know no such part of it (the stomach's "Corpus" is the stomach's only under a gastric title)."""
    # (a bracketed aside says where in the part, or which side: "Fundus (subserosal)", "Lateral wall (right)")
    head = squash(BRACKETED.sub(" ", text.split(",", 1)[0])).strip().rstrip(".").lower()
    words = head.split()
    if words[:1] in _SIDE_WORDS:  # "Left lateral wall", "R lateral wall": the side is no word of the part's name
        words = words[1:]
    if not words or len(words) > 2 or not about.strip():
        return None
    # the caption first, then the title: a caption naming one organ ("three uterine IMT") decides under a title naming
    # two ("... of the uterine corpus and cervix")
    organs: set[str] = set()
    for line in about.split("\n", 1):  # the caption, then the title (however wrapped)
        organs = {c for m in _site_regex().finditer(line) if (c := canonical_site(m.group(0))) in _canonicals()}
        if organs:
            break
    if len(organs) != 1:
        return None
    organ = next(iter(organs))
    # the part as written first ("Right lobe" of the liver names its side), then without its side ("R lateral wall")
    codes = {code for site, code in _anaphoric_parts(head) or _anaphoric_parts(" ".join(words)) if site == organ}
    return (organ, codes.pop()) if len(codes) == 1 else None


def _organ_after_comma(text: str) -> tuple[str, str] | None:
    """A site cell the vocabulary does not know whole whose comma-separated parts after the first name one organ
    ("Left hilum, LLL"): that part and its organ; None when no part or parts of two organs do."""
    found = [(p.strip(), canonical_site(p.strip())) for p in text.split(",")[1:] if p.strip()]
    organs = {(p, a) for p, a in found if a is not None and a in _canonicals()}
    return organs.pop() if len({a for _, a in organs}) == 1 and len(organs) == 1 else None


def _first_of_joined(text: str) -> tuple[str, str] | None:
    """A site cell joining two sites the vocabulary knows each with "+", "&", "and" or "with" ("Lung + pleura",
    "Stomach and liver"): the first part and its organ (the row's primary; the second is where it extends or
    spreads); None when either part is no vocabulary site."""
    m = _rx("joined_sites_cell").fullmatch(text.strip())
    if m is None:
        return None
    first, rest = canonical_site(m.group("first")), canonical_site(m.group("rest"))
    if first is None or rest is None or first not in _canonicals() or rest not in _canonicals():
        return None
    return m.group("first").strip(), first


def _organ_after_of(text: str) -> str | None:
    """A site cell naming a part of an organ with "of" ("Right lobe of liver", "Tail of the pancreas"): the organ, when
    the vocabulary knows the words after "of" as one; None otherwise."""
    m = _rx("part_of_organ_cell").fullmatch(text.strip())
    organ = canonical_site(m.group("organ")) if m else None
    return organ if organ is not None and organ in _canonicals() else None


def _organ_part_only(text: str) -> bool:
    """A site cell whose first part (before a comma) is a part of an organ named without the organ ("Corpus,
    intramural", "Left lateral wall"): a single word, or a sub-site the report's text may name without its organ
    (``anaphoric_subsite`` rules, read as "in the <part>")."""
    head = text.split(",", 1)[0].strip()
    if not head:
        return False
    if "," in text and len(head.split()) == 1:
        return True
    words = head.lower().split()
    if words[:1] in _SIDE_WORDS and len(words) > 1:  # "R lateral wall": the side is no word of the part's name
        words = words[1:]
    return bool(_anaphoric_parts(head) or _anaphoric_parts(" ".join(words)))


def _anaphoric_parts(head: str) -> list[tuple[str, str]]:
    """The (organ, code) pairs whose ``anaphoric_subsite`` rules know ``head`` as a part named without its organ, read
    as "in the <head>" ("corpus", "dome"): what a site cell naming only a part of an organ means."""
    phrase = f"in the {head}"
    return [(site, code) for site, code, rx in rules().anaphoric if rx.fullmatch(phrase)]


def _same_organ_twice(text: str) -> tuple[str, str] | None:
    """A site cell of two parts the vocabulary knows each, naming the same organ ("RUL bronchus", "Bladder dome
    wall" printed over two lines): the first part and that organ; None otherwise."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return None
    for k in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        a = canonical_site(head)
        if a is not None and a in _canonicals():
            return (head, a) if canonical_site(tail) == a else None
    return None


@cache
def _canonicals() -> frozenset[str]:
    """The row values of the site vocabulary (lower case)."""
    return frozenset(c.canonical.lower() for c in vocabulary("sites"))


register_columns(TableColumn("site", ("site", "site_code"), _read_site))


# -- field registry -------------------------------------------------------------
def site_form(value: Any) -> tuple[str, str | None] | None:
    """The scoring form of a site value: its row value and the ICD-O-3 category (C17, C18 …) of the line it names.

    The category keeps what the row value drops: "small intestine" and "large intestine" share the row value
    "intestine" but not their category.
    """
    if value is None:
        return None
    site = canonical_site(str(value))
    if site is None:
        return None
    entry = site_entry(str(value))
    return site, entry.code[:3] if entry is not None else None


def same_organ(gold: Any, pred: Any) -> bool:
    """Scoring equality of two site forms: the same row value, or a part and its whole in one ICD-O-3 category.

    Why: gold tables write either the organ ("small intestine", "colon") or the segment ("ileum", "sigmoid") for a
    tumour whose code both sides agree on; which one is convention, not a reading error. How precise the site is stays
    scored by ``site_code``. Parts of different categories (colon inside the intestine, the bladder inside the pelvis,
    mesentery and omentum inside the abdomen) stay different values.
    """
    if gold is None or pred is None:
        return gold is pred
    (a, ca), (b, cb) = gold, pred
    if a == b:
        return True
    part_of = rules().part_of
    return ca is not None and ca == cb and (_within(a, b, part_of) or _within(b, a, part_of))


def _valid_site(text: str, unknown: Callable[[str], None]) -> str | None:
    site = canonical_site(text)
    if site is not None and site not in _canonicals():
        unknown(site)
    return site


def _valid_site_code(text: str, unknown: Callable[[str], None]) -> str:
    code = normalise_site_code(text)
    if code is None or not site_code_known(code):
        raise CurationError(f"site_code: {text!r} is not an ICD-O-3 topography code of vocab/sites.jsonl (e.g. C32.9)")
    return code


register(
    FieldSpec(
        "site", "scalar", site_form, "shared",
        same=same_organ, merge_key=canonical_site, validate=_valid_site, vocab="sites",
    ),
    FieldSpec("site_code", "scalar", parsed_or_key(normalise_site_code), "shared", validate=_valid_site_code),
)  # fmt: skip
