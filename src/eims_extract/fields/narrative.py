"""The document's own patient(s): select their sentences, split them per
patient and hand them to every field-family module.

A case report's title, abstract and case presentation speak about its own
patient(s); its discussion and conclusion do only where they say so ("our
patient", "in the present case"); its introduction, tables and captions and
any sentence citing others' cases ("Smith et al.", "(12)") do not. Cues are
data (``patterns/patient_scope.jsonl``). Reports of several patients are
split where a sentence opens with "Case 2" / "The second patient"; patients
introduced together without such headings ("two siblings: a 5-year-old boy
and a 3-year-old girl") share their sentences but keep their own age and sex.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

from ..errors import ConfigError
from ..ingest.model import PATIENT_SECTIONS, Document, Section
from ..normalize import words_to_number
from ..records import CaseRow
from ..rules import load as load_rules
from . import demographics, site
from .base import Sentence

#: Sections whose sentences count only with an explicit own-patient cue.
OWN_CUE_SECTIONS: frozenset[str] = frozenset({"discussion", "conclusion"})
#: Sections never read for the patient.
NEVER: frozenset[str] = frozenset(
    {"caption", "table", "references", "acknowledgements", "authors", "keywords", "introduction"}
)
#: Field-family modules, applied in this order; absent ones are skipped.
FIELD_MODULES: tuple[str, ...] = ("demographics", "site", "ihc", "alk", "treatment", "outcome")

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
_LETTERS = {"a": 1, "b": 2}


@dataclass(frozen=True)
class ScopeRules:
    own: tuple[re.Pattern[str], ...]
    literature: tuple[re.Pattern[str], ...]
    citation: tuple[re.Pattern[str], ...]
    marker: tuple[tuple[re.Pattern[str], int], ...]
    plural: tuple[re.Pattern[str], ...]
    heading: tuple[re.Pattern[str], ...]
    #: (pattern, sex, max_start): a sentence opening on "The woman ..." turns to that patient
    sex_marker: tuple[tuple[re.Pattern[str], str, int], ...] = ()
    #: a statement about the disease in general ("IMT is a rare tumour of the viscera ...")
    generic: tuple[re.Pattern[str], ...] = ()
    #: a statistic over a cohort ("the mean age of 8 patients", "3 of the 6 patients")
    cohort: tuple[re.Pattern[str], ...] = ()
    #: "we present two cases ..." with group ``n``: how many patients the report announces
    announce: tuple[re.Pattern[str], ...] = ()
    #: where a sentence deals the announced patients out ("one in the humerus and one in the femur")
    distribute: tuple[re.Pattern[str], ...] = ()
    #: a sentence of a series abstract singling out one patient ("One patient with ... received")
    single_out: tuple[tuple[re.Pattern[str], int], ...] = ()
    #: (pattern, k, n): a sentence opening on "The latter" turns to patient k of n introduced together
    turn: tuple[tuple[re.Pattern[str], int, int], ...] = ()
    #: (pattern, own_only): inline structured-abstract labels
    label: tuple[tuple[re.Pattern[str], bool], ...] = ()


@cache
def scope_rules() -> ScopeRules:
    """Load and validate ``patterns/patient_scope.jsonl`` (once per process)."""
    kinds: dict[str, list[re.Pattern[str]]] = {
        k: [] for k in ("own", "literature", "citation", "marker", "plural", "heading", "generic", "cohort", "announce", "distribute")
    }
    single_out: list[tuple[re.Pattern[str], int]] = []
    turns: list[tuple[re.Pattern[str], int, int]] = []
    labels: list[tuple[re.Pattern[str], bool]] = []
    markers: list[tuple[re.Pattern[str], int]] = []
    sex_markers: list[tuple[re.Pattern[str], str, int]] = []
    for obj in load_rules("patterns/patient_scope"):
        where = obj.where
        kind = obj.kind
        if kind not in kinds and kind not in ("sex_marker", "single_out", "turn", "label"):
            raise ConfigError(f"{where}: unknown kind {kind!r}")
        try:
            rx = re.compile(obj.pattern, re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f"{where}: bad 'pattern' ({exc})") from None
        if kind in ("marker", "announce") and "n" not in rx.groupindex:
            raise ConfigError(f"{where}: a {kind} needs a (?P<n>...) group")
        if kind == "sex_marker":
            if obj.sex not in ("male", "female"):
                raise ConfigError(f"{where}: a sex_marker needs 'sex' male or female")
            sex_markers.append((rx, obj.sex, obj.max_start))
        elif kind == "marker":
            markers.append((rx, obj.max_start))
        elif kind == "label":
            if not isinstance(obj.own_only, bool):
                raise ConfigError(f"{where}: a label needs 'own_only' true or false")
            labels.append((rx, obj.own_only))
        elif kind == "turn":
            if not (obj.k is not None and obj.of is not None and 1 <= obj.k <= obj.of):
                raise ConfigError(f"{where}: a turn needs integers 1 <= 'k' <= 'of'")
            turns.append((rx, obj.k, obj.of))
        elif kind == "single_out":
            single_out.append((rx, obj.max_start))
        else:
            kinds[kind].append(rx)
    if not kinds["own"] or not markers:
        raise ConfigError("patterns/patient_scope.jsonl: needs 'own' and 'marker' entries")
    return ScopeRules(
        own=tuple(kinds["own"]),
        literature=tuple(kinds["literature"]),
        citation=tuple(kinds["citation"]),
        marker=tuple(markers),
        plural=tuple(kinds["plural"]),
        heading=tuple(kinds["heading"]),
        sex_marker=tuple(sex_markers),
        generic=tuple(kinds["generic"]),
        cohort=tuple(kinds["cohort"]),
        announce=tuple(kinds["announce"]),
        distribute=tuple(kinds["distribute"]),
        single_out=tuple(single_out),
        turn=tuple(turns),
        label=tuple(labels),
    )


def _any(rxs: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(rx.search(text) for rx in rxs)


_PATIENT_REF = re.compile(r"\b(?:the\s+patient|she|he|her|his|him)\b", re.IGNORECASE)


def is_own(text: str) -> bool:
    """Does the sentence explicitly speak about the report's own patient?"""
    return _any(scope_rules().own, text)


def cites_literature(text: str) -> bool:
    """Does the sentence report others' cases rather than the patient's?"""
    r = scope_rules()
    if is_own(text):
        return False
    if _any(r.literature, text):
        return True
    return _any(r.citation, text) and not _PATIENT_REF.search(text)


def inline_label(text: str) -> bool | None:
    """A structured-abstract label opening the sentence ("Background:", "Case presentation:"): True when
    the part it opens speaks of the patient only with an own cue (background, conclusion), False when it
    is read (case, results, outcomes), None without a label."""
    for rx, own_only in scope_rules().label:
        if rx.search(text):
            return own_only
    return None


def is_term_list(text: str) -> bool:
    """Is the "sentence" a list of index terms (PubMed "MeSH terms", keywords), whose "Female" is no patient?"""
    if _TERM_LIST.match(text):
        return True
    # bullets of web furniture glued to a sentence that introduces the patient keep that sentence
    return text.count("\u2022") >= 3 and not is_own(text) and not demographics.find_ages(Sentence("", text, 0))


_TERM_LIST = re.compile(r"(?:Publication\s+types|MeSH\s+terms|Keywords?|Key\s+words|Substances)\b", re.IGNORECASE)


def is_generic(text: str) -> bool:
    """Does the sentence state something about the disease in general, not about a patient?"""
    return _any(scope_rules().generic, text) and not is_own(text) and not _PATIENT_REF.search(text)


def is_cohort(text: str) -> bool:
    """Is the sentence a statistic over a group of patients ("3 of the 6 patients", "mean age")?"""
    return _any(scope_rules().cohort, text) and not is_own(text)


def announced_count(text: str) -> int | None:
    """How many patients a sentence announces ("We present two cases of ..." → 2), if it does."""
    for rx in scope_rules().announce:
        m = rx.search(text)
        if m:
            n = words_to_number(m.group("n"))
            if n and 2 <= n <= 6:
                return int(n)
    return None


def singles_out(text: str) -> bool:
    """Does the sentence open on one patient of a series ("One patient with ...", "In another patient, ...")?"""
    return any((m := rx.search(text)) is not None and m.start() <= max_start for rx, max_start in scope_rules().single_out)


def patient_number(text: str) -> int | None:
    """The patient a sentence opens on ("Case 2 ..." → 2), if it opens on one."""
    for rx, max_start in scope_rules().marker:
        m = rx.search(text)
        if m and m.start() <= max_start:
            n = m.group("n").lower()
            num = _ORDINALS.get(n) or _ROMAN.get(n) or _LETTERS.get(n) or words_to_number(n)
            if num:
                return int(num)
    return None


def split_at_headings(sentence: Sentence) -> list[Sentence]:
    """Split a sentence before a patient heading that stands inside it."""
    cuts = sorted({m.start() for rx in scope_rules().heading for m in rx.finditer(sentence.text) if m.start() > 0})
    if not cuts:
        return [sentence]
    out: list[Sentence] = []
    for a, b in zip([0, *cuts], [*cuts, len(sentence.text)]):
        piece = sentence.text[a:b]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            out.append(
                Sentence(sentence.doc_id, body, sentence.start + a + lead, sentence.section, sentence.page, None, sentence.heading)
            )
    return out


def _chosen_sections(doc: Document) -> list[Section]:
    secs = [s for s in doc.sections if s.end > s.start]
    if not secs:
        return [Section("case", "", 0, len(doc.text))]
    if not any(s.kind == "case" for s in secs):
        # no case heading found: read every body section, literature filter still applies
        return [s for s in secs if s.kind not in NEVER or s.kind == "introduction"]
    return [s for s in secs if s.kind in PATIENT_SECTIONS or s.kind in OWN_CUE_SECTIONS]


def patient_sentences(doc: Document, nlp: Any) -> list[Sentence]:
    """Sentences about the document's own patient(s), in document order, located in ``doc.text``."""
    sections = sorted(_chosen_sections(doc), key=lambda s: s.start)
    texts = [doc.text[s.start : s.end] for s in sections]
    out: list[Sentence] = []
    seen: set[int] = set()  # overlapping sections must not read a sentence twice
    for sec, sdoc in zip(sections, nlp.pipe(texts)):
        sdoc._.offset = sec.start
        own_only = sec.kind in OWN_CUE_SECTIONS
        for sent in sdoc.sents:
            raw = sent.text
            body = raw.strip()
            if len(body) < 3:
                continue
            start = sec.start + sent.start_char + (len(raw) - len(raw.lstrip()))
            label = inline_label(body)
            if label is not None:  # "Background: ...", "Case presentation: ..." inside one block of text
                own_only = label
            elif own_only and sec.kind not in OWN_CUE_SECTIONS and demographics.find_ages(Sentence(doc.doc_id, body, start)):
                own_only = False  # a labelled background ends where the patient is introduced ("A 70-year-old man ...")
            if own_only and not is_own(body):
                continue
            if start in seen or cites_literature(body) or is_generic(body) or is_term_list(body):
                continue
            seen.add(start)
            out.extend(
                split_at_headings(Sentence(doc.doc_id, body, start, sec.kind, doc.page_at(start), sent, sec.title or None))
            )
    return out


@dataclass
class Patient:
    case_id: str
    sentences: list[Sentence] = field(default_factory=list)
    #: age phrase fixed at segmentation (patients introduced together)
    age: demographics.AgeMatch | None = None


def segment_patients(sentences: list[Sentence]) -> list[Patient]:
    """One :class:`Patient` per reported patient, each with its sentences.

    In order: numbered patients ("Case 2 ...", "The second ..."); patients introduced together with
    their ages ("a 4-month-old boy had X and a 5-month-old boy had Y", "aged 41 and 63 years,
    respectively"); patients announced without ages ("we present two cases: one in X and one in
    Y"); patients a series abstract singles out ("One patient with ... received ..."); else one.
    Statistics over a cohort ("the mean age of 8 patients") belong to no patient."""
    cohort = [is_cohort(s.text) for s in sentences]
    sentences_all = sentences
    sentences = [s for s, c in zip(sentences, cohort) if not c]
    numbers = _implicit_first(sentences, _patient_numbers(sentences))
    distinct = list(dict.fromkeys(n for n in numbers if n is not None))
    if len(distinct) >= 2:
        groups: dict[int, Patient] = {n: Patient(f"case-{n}") for n in sorted(distinct)}
        intro = _joint_introduction(sentences, numbers, len(groups))
        current: int | None = None
        prev_section: tuple[str | None, str | None] | None = None
        for i, (s, n) in enumerate(zip(sentences, numbers)):
            if (s.section, s.heading) != prev_section:
                current = None  # a new section does not continue the last patient
                prev_section = (s.section, s.heading)
            if n is not None:
                current = n
            if intro is not None and i == intro[0]:
                pieces = intro[2]
                for k, g in enumerate(groups.values()):
                    g.age = intro[1][k]
                    g.sentences.append(pieces[k] if pieces else s)
            elif current is not None:
                groups[current].sentences.append(s)
        return [p for p in groups.values() if p.sentences]
    if not sentences:
        return []
    r = scope_rules()
    any_age = False
    for i, s in enumerate(sentences):
        ages = demographics.find_ages(s)
        # the plural cue may stand in the sentence before ("We report two patients. The first, a ...")
        prev = sentences[i - 1].text if i and sentences[i - 1].section == s.section else ""
        if len(ages) >= 2 and (
            any(a.joint for a in ages) or _any(r.plural, s.text) or _any(r.plural, prev) or _each_introduced(s, ages)
        ):
            return _route_by_sex(
                [Patient("index" if k == 0 else f"index-{k + 1}", [], age) for k, age in enumerate(ages)], sentences
            )
        if ages:
            any_age = True
            break  # the first age-bearing sentence introduces one patient
    if not any_age:
        announced = _announced_patients(sentences)
        if announced:
            return announced
    else:
        sequential = _sequential_patients(sentences)
        if sequential:
            return sequential
    if any(cohort):
        singled = _singled_out_patients(sentences_all, cohort)
        if singled:
            return singled
    return [Patient("index", list(sentences))]


_INDEFINITE = re.compile(r"\ban?\s+$", re.IGNORECASE)


def _each_introduced(s: Sentence, ages: list[demographics.AgeMatch]) -> bool:
    """"A 4-month-old boy had X and a 5-month-old girl had Y": every age phrase of the sentence
    introduces a person of its own (indefinite article, sex noun, not an earlier event)."""
    return all(
        not a.earlier and a.sex is not None and _INDEFINITE.search(s.text[max(0, a.start - 4) : a.start]) for a in ages
    ) and len({a.sex_span for a in ages}) == len(ages)


def _sequential_patients(sentences: list[Sentence]) -> list[Patient] | None:
    """"We report two cases of IMT. A 4-year-old boy presented with ... A 9-year-old girl had ...":
    a report that announces several patients and introduces them one after another, each by an
    indefinite age phrase. Each introduction (a new age) starts that patient; a repeated one (the
    case section retelling the abstract) returns to it. Only when the announced number (or, without
    one, at least two) of distinct ages are introduced this way."""
    announced = next((c for s in sentences if (c := announced_count(s.text))), None)
    if announced is None and not any(_any(scope_rules().plural, s.text) and not s.section == "title" for s in sentences):
        return None
    intro: dict[int, float] = {}
    for i, s in enumerate(sentences):
        for a in demographics.find_ages(s):
            if not a.earlier and _INDEFINITE.search(s.text[max(0, a.start - 4) : a.start]):
                intro[i] = a.years
                break
    distinct = list(dict.fromkeys(intro.values()))
    if len(distinct) < 2 or (announced is not None and len(distinct) != announced):
        return None
    patients = {y: Patient("index" if k == 0 else f"index-{k + 1}") for k, y in enumerate(distinct)}
    current: Patient | None = None
    prev_section: str | None = None
    for i, s in enumerate(sentences):
        if s.section != prev_section:
            current = None
            prev_section = s.section
        if i in intro:
            current = patients[intro[i]]
        if current is not None:
            current.sentences.append(s)
    return list(patients.values())


def _joint_introduction(
    sentences: list[Sentence], numbers: list[int | None], n: int
) -> tuple[int, list[demographics.AgeMatch], list[Sentence] | None] | None:
    """"Two women, aged 34 and 51 years, had ... The first underwent ... The second ...": the
    sentence before the first numbered one that gives all ``n`` patients' ages, in order (its
    index, the ages and its pieces per patient)."""
    first = next((i for i, x in enumerate(numbers) if x is not None), None)
    if first is None:
        return None
    for i in range(first - 1, -1, -1):
        s = sentences[i]
        if (s.section, s.heading) != (sentences[first].section, sentences[first].heading):
            return None
        ages = demographics.find_ages(s)
        if len(ages) == n and (any(a.joint for a in ages) or _any(scope_rules().plural, s.text)):
            return i, ages, _split_between_ages(s, [Patient("", [], a) for a in ages])
        if ages:
            return None
    return None


def _implicit_first(sentences: list[Sentence], numbers: list[int | None]) -> list[int | None]:
    """"Two cases; one is a 9-month-old boy ... The second is an 8-year-old girl ...": the text turns
    to patient 2 without naming patient 1, who is the age-bearing sentence before that turn."""
    ns = [n for n in numbers if n is not None]
    if not ns or 1 in ns or min(ns) != 2:
        return numbers
    first = numbers.index(2)
    for i in range(first - 1, -1, -1):
        if (sentences[i].section, sentences[i].heading) != (sentences[first].section, sentences[first].heading):
            break
        if demographics.find_ages(sentences[i]):
            out = list(numbers)
            out[i] = 1
            return out
    return numbers


def _announced_patients(sentences: list[Sentence]) -> list[Patient] | None:
    """Patients a report announces without their ages ("We present two cases of IMT of bone: one in
    the humerus and one in the femur"): they share every sentence, except one that deals them out,
    whose pieces go one to each."""
    n = next((c for s in sentences if s.section != "title" and (c := announced_count(s.text))), None)
    if not n:
        return None
    patients = [Patient(f"case-{k + 1}") for k in range(n)]
    for s in sentences:
        if s.section == "title":
            continue  # read only as a fallback for the site, as for numbered cases
        pieces = _deal_out(s, n)
        for k, p in enumerate(patients):
            if pieces is None:
                p.sentences.append(s)
                continue
            lead = pieces[0].start - s.start  # "We report two cases of IMT of the stomach in" speaks for each
            if s.text[:lead].strip(" :;,"):
                p.sentences.append(_piece(s, 0, lead))
            p.sentences.append(pieces[k])
    return patients


def _deal_out(s: Sentence, n: int) -> list[Sentence] | None:
    """The ``n`` pieces of a sentence that deals the patients out ("one in X and one in Y", "one ...;
    the other ..."), from each "one"/"the other" to the next; None unless there are exactly ``n``."""
    cuts = sorted({m.start("w") for rx in scope_rules().distribute for m in rx.finditer(s.text)})
    if len(cuts) != n:
        return None
    return [_piece(s, a, b) for a, b in zip(cuts, [*cuts[1:], len(s.text)])]


def _piece(s: Sentence, a: int, b: int) -> Sentence:
    piece = s.text[a:b]
    lead = len(piece) - len(piece.lstrip())
    return Sentence(s.doc_id, piece.strip(), s.start + a + lead, s.section, s.page, None, s.heading)


def _singled_out_patients(sentences: list[Sentence], cohort: list[bool]) -> list[Patient] | None:
    """A series abstract ("the mean age of 8 patients ...") that then follows single patients ("One
    patient with a local recurrence received ...; she ..."; "In another patient, ..."): one patient
    per such sentence, continued by the sentences after it until a cohort statistic or a new section."""
    for s, c in zip(sentences, cohort):
        if not c and singles_out(s.text):
            break
        if not c and demographics.find_ages(s):
            return None  # a patient introduced by age before: a case report, not a series abstract
    patients: list[Patient] = []
    current: Patient | None = None
    prev_section: str | None = None
    for s, c in zip(sentences, cohort):
        if s.section != prev_section or c:
            current = None
            prev_section = s.section
        if c:
            continue
        if singles_out(s.text):
            current = Patient(f"case-{len(patients) + 1}")
            patients.append(current)
        if current is not None:
            current.sentences.append(s)
    return patients or None


def sentence_sex(text: str) -> str | None:
    """The sex of the patient a sentence opens on ("The woman described ..." → female), if any."""
    for rx, sex, max_start in scope_rules().sex_marker:
        m = rx.search(text)
        if m and m.start() <= max_start:
            return sex
    return None


def sentence_turn(text: str, n: int) -> int | None:
    """The patient (1-based) a sentence turns to among ``n`` introduced together ("The latter ..." → 2 of 2)."""
    for rx, k, of in scope_rules().turn:
        if of == n and rx.search(text):
            return k
    return None


def _route_by_sex(patients: list[Patient], sentences: list[Sentence]) -> list[Patient]:
    """Patients introduced together share their sentences, unless the text turns to each by sex ("The
    woman ... The man ...", when they differ in sex) or as former and latter: from there on, sentences
    follow that patient."""
    by_sex: dict[str, Patient] = {}
    for p in patients:
        if p.age is not None and p.age.sex:
            by_sex.setdefault(p.age.sex, p)
    distinct = len(by_sex) == len(patients)
    routed = distinct and any(sentence_sex(s.text) in by_sex for s in sentences)
    current: Patient | None = None
    prev_section: str | None = None
    for s in sentences:
        if s.section != prev_section:
            current = None
            prev_section = s.section
        if routed and s.section == "title":
            continue  # a title naming both patients' sites is read only as a fallback, as for numbered cases
        sex = sentence_sex(s.text) if routed else None
        turn = sentence_turn(s.text, len(patients))
        if sex in by_sex:
            current = by_sex[sex]
        elif turn is not None:
            current = patients[turn - 1]
        if current is not None:
            current.sentences.append(s)
            continue
        pieces = _split_between_ages(s, patients)
        for k, p in enumerate(patients):
            p.sentences.append(pieces[k] if pieces else s)
    return patients


_CONJ = re.compile(r"(?:,\s*|\s+)(?:and|while|whereas|but)\s+", re.IGNORECASE)
_COMMA = re.compile(r",\s+(?=(?:an?|the|another)\s)", re.IGNORECASE)


def _split_between_ages(s: Sentence, patients: list[Patient]) -> list[Sentence] | None:
    """The sentence introducing the patients, cut at the semicolon or conjunction between their age
    phrases ("the first, a 61-year-old woman, had X; the second, a 29-year-old man, had Y"; "a
    4-month-old boy had X and a 5-month-old boy had Y"), one piece each."""
    ages = [p.age for p in patients]
    if any(a is None or a.sentence is not s or a.joint for a in ages):
        return None
    cuts: list[int] = []
    for a, b in zip(ages, ages[1:]):
        semi = s.text.rfind(";", a.end, b.start)  # type: ignore[union-attr]
        if semi >= 0:
            cuts.append(semi + 1)
            continue
        # "a 4-month-old boy had X and a 5-month-old boy had Y": cut before the conjunction
        # a list ("a 2-year-old boy with X, a 5-year-old girl with Y and ..."): cut at the last comma
        conj = list(_CONJ.finditer(s.text, a.end, b.start)) or list(_COMMA.finditer(s.text, a.end, b.start))  # type: ignore[union-attr]
        if not conj:
            return None
        cuts.append(conj[-1].start())
    out: list[Sentence] = []
    for a, b in zip([0, *cuts], [*cuts, len(s.text)]):
        piece = s.text[a:b]
        lead = len(piece) - len(piece.lstrip())
        out.append(Sentence(s.doc_id, piece.strip(), s.start + a + lead, s.section, s.page, None, s.heading))
    return out


def _patient_numbers(sentences: list[Sentence]) -> list[int | None]:
    """The patient each sentence opens on: from its own words ("Case 2 was ..."), or, for the
    first sentence under a patient heading ("Case 2" printed as a section heading), from the heading."""
    out: list[int | None] = []
    prev: tuple[str | None, str | None] | None = None
    for s in sentences:
        n = patient_number(s.text)
        key = (s.section, s.heading)
        if n is None and key != prev and s.heading:
            n = patient_number(s.heading)
        prev = key
        out.append(n)
    return out


@cache
def field_modules() -> tuple[ModuleType, ...]:
    """The field-family modules that exist (others land later and are skipped until then)."""
    mods = []
    for name in FIELD_MODULES:
        full = f"{__package__}.{name}"
        try:
            mod = importlib.import_module(full)
        except ModuleNotFoundError as exc:
            if exc.name == full:
                continue
            raise
        if not callable(getattr(mod, "apply", None)):
            raise ConfigError(f"{full} has no apply(sentences, row)")
        mods.append(mod)
    return tuple(mods)


def extract_narrative(doc: Document, nlp: Any) -> list[CaseRow]:
    """One narrative row per patient the document reports on."""
    rows: list[CaseRow] = []
    sentences = patient_sentences(doc, nlp)
    patients = segment_patients(sentences)
    # a title naming the site ("Uterine IMT: two women ...") speaks for every patient of a
    # multi-patient report, whose title is in no patient's sentences
    title = [s for s in sentences if s.section == "title"]
    shared = Counter(s.start for p in patients for s in p.sentences)
    for patient in patients:
        row = CaseRow(doc_id=doc.doc_id, case_id=patient.case_id, source="narrative")
        for mod in field_modules():
            if mod is demographics and patient.age is not None:
                age = patient.age
                demographics.set_age(row, age)
                if age.sex and age.sex_span:
                    row.set("sex", age.sex, age.sentence.evidence(*age.sex_span))
                elif own := [s for s in patient.sentences if s.start != age.sentence.start and shared[s.start] == 1]:
                    # "Two patients aged 3 and 7 years ... The first ... he ...": sex from sentences of this patient only
                    found = demographics.find_sex(own)
                    if found:
                        row.set("sex", found[0], found[1].evidence(found[2], found[3]))
                continue
            mod.apply(patient.sentences, row)
        if row.site is None and len(patients) > 1 and title and not set(map(id, title)) & set(map(id, patient.sentences)):
            site.apply(title, row)
        rows.append(row)
    return rows
