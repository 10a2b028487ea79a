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

import dataclasses
import importlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from types import ModuleType
from collections.abc import Callable
from typing import Any, NamedTuple

from ..errors import ConfigError
from ..prefilter import alternatives, compile_filtered, may_match_indices
from ..ingest.model import PATIENT_SECTIONS, Document, Section
from ..ingest.tables import spells_out_codes
from ..normalize import key as marker_key, ordinal_to_number, words_to_number
from ..records import VALUE_FIELDS, CaseRow
from .. import rules
from ..rules import load as load_rules
from ..rules import macro
from . import alk, demographics, ihc, literature_table, outcome, site, treatment
from .base import Sentence


def _rx(name: str) -> re.Pattern[str]:
    """Named regex ``name`` of ``patterns/patient_scope.jsonl`` (what this family recognises; rules.py loads it)."""
    return rules.regex("patterns/patient_scope", name)


@cache
def _parts(rx: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    return alternatives(rx)


def _found(rx: re.Pattern[str], text: str) -> bool:
    """Does ``rx`` match somewhere in ``text``? Asked of its alternatives, each behind its own literals: one
    alternative opening on a common word ("a 2-month ...", "she remained ...") would make the whole pattern try every
    alternative at every position of every sentence it is asked about."""
    return _any(_parts(rx), text)


#: Sections whose sentences count only with an explicit own-patient cue (in the introduction: a sentence
#: introducing the one patient, "We describe a case of a young man with ...").
OWN_CUE_SECTIONS: frozenset[str] = frozenset({"discussion", "conclusion", "introduction"})
#: a discussion no longer than this, in one paragraph, is a structured abstract's labelled part (a full text's is longer)
_ABSTRACT_PART_CHARS = 700
#: Sections never read for the patient.
NEVER: frozenset[str] = frozenset({"caption", "table", "references", "acknowledgements", "authors", "keywords"})
#: Field-family modules, applied in this order; absent ones are skipped.
FIELD_MODULES: tuple[str, ...] = ("demographics", "site", "ihc", "alk", "treatment", "outcome")

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
#: the double-struck digit zero: a lettered series' bare patient letter is written as the double-struck digit of its number
#: (a decimal digit to the numbered machinery, a name of its own: macro ``lettered_digit``)
_DOUBLE_STRUCK_ZERO = 0x1D7D8
_LETTERS = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}


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
    #: where a series sentence enumerates its patients by person noun, group ``w`` (and count ``k``:
    #: "including a 5-year-old boy with X, and 2 women with Y")
    enumerate: tuple[re.Pattern[str], ...] = ()
    #: a series sentence that speaks for every patient ("both", "all patients", "the children")
    collective: tuple[re.Pattern[str], ...] = ()
    #: a reference to one patient of a series by rank anywhere in a sentence ("as in our last case"), group ``n``
    rank: tuple[re.Pattern[str], ...] = ()
    #: where a clause about an unnamed one of a group starts ("two women ..., one of whom relapsed")
    unnamed_one: tuple[re.Pattern[str], ...] = ()
    #: a sentence about one member of a group named by its label ("In one case of X", "The other one of X")
    group_single: tuple[re.Pattern[str], ...] = ()
    #: an introduction's sentence introducing the one patient of the report
    intro_own: tuple[re.Pattern[str], ...] = ()
    #: a sentence of a several-patient report about all of them ("In both cases", "These two patients ...")
    together: tuple[re.Pattern[str], ...] = ()
    #: where a series sentence deals its patients out by place with counts, groups ``w`` (up to the place) and ``k``
    deal: tuple[re.Pattern[str], ...] = ()
    #: a sentence opening on the patient ("He later received ...") that goes on with the patient a background
    #: paragraph has just introduced ("We describe a case of an 18-year-old ... He ...")
    carry_on: tuple[re.Pattern[str], ...] = ()
    #: (noun pattern, sex, min_years, max_years): what a person noun tells of the patient it names ("the infant")
    person_noun: tuple[tuple[re.Pattern[str], str | None, float | None, float | None], ...] = ()


@cache
def scope_rules() -> ScopeRules:
    """Load and validate ``patterns/patient_scope.jsonl`` (once per process)."""
    kinds: dict[str, list[re.Pattern[str]]] = {
        k: []
        for k in (
            "own", "literature", "citation", "marker", "plural", "heading", "generic", "cohort", "announce", "distribute",
            "enumerate", "collective", "rank", "unnamed_one", "group_single", "intro_own", "together", "deal",
            "carry_on",
        )
    }
    single_out: list[tuple[re.Pattern[str], int]] = []
    turns: list[tuple[re.Pattern[str], int, int]] = []
    labels: list[tuple[re.Pattern[str], bool]] = []
    markers: list[tuple[re.Pattern[str], int]] = []
    sex_markers: list[tuple[re.Pattern[str], str, int]] = []
    person_nouns: list[tuple[re.Pattern[str], str | None, float | None, float | None]] = []
    for obj in load_rules("patterns/patient_scope"):
        where = obj.where
        kind = obj.kind
        if kind not in kinds and kind not in ("sex_marker", "single_out", "turn", "label", "person_noun"):
            raise ConfigError(f"{where}: unknown kind {kind!r}")
        try:
            rx = compile_filtered(obj.pattern, re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f"{where}: bad 'pattern' ({exc})") from None
        if kind in ("marker", "announce", "rank") and "n" not in rx.groupindex:
            raise ConfigError(f"{where}: a {kind} needs a (?P<n>...) group")
        if kind in ("distribute", "enumerate", "deal") and "w" not in rx.groupindex:
            raise ConfigError(f"{where}: a {kind} needs a (?P<w>...) group")
        if kind == "sex_marker":
            if obj.sex not in ("male", "female"):
                raise ConfigError(f"{where}: a sex_marker needs 'sex' male or female")
            sex_markers.append((rx, obj.sex, obj.max_start))
        elif kind == "person_noun":
            if obj.sex not in (None, "male", "female"):
                raise ConfigError(f"{where}: a person_noun's 'sex' is male or female")
            if obj.min_years is not None and obj.max_years is not None and obj.min_years >= obj.max_years:
                raise ConfigError(f"{where}: a person_noun needs 'min_years' below 'max_years'")
            person_nouns.append((rx, obj.sex, obj.min_years, obj.max_years))
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
        enumerate=tuple(kinds["enumerate"]),
        collective=tuple(kinds["collective"]),
        rank=tuple(kinds["rank"]),
        unnamed_one=tuple(kinds["unnamed_one"]),
        group_single=tuple(kinds["group_single"]),
        intro_own=tuple(kinds["intro_own"]),
        together=tuple(kinds["together"]),
        deal=tuple(kinds["deal"]),
        carry_on=tuple(kinds["carry_on"]),
        person_noun=tuple(person_nouns),
    )


def _any(rxs: tuple[re.Pattern[str], ...], text: str) -> bool:
    """Does any of a scope rule tuple's regexes match? Only those whose literals the text holds are run (one pass;
    the literal index is keyed by the tuple, one of ``scope_rules()``'s kept for the process)."""
    return any(rxs[i].search(text) for i in may_match_indices(rxs, text))


#: texts whose scope answers are kept (:func:`is_own`, :func:`cites_literature`): the segmenter, the date and course
#: readers and the field families ask them of the same sentences and clauses many times over a document
_SCOPE_CACHE = 4096


@lru_cache(maxsize=_SCOPE_CACHE)
def is_own(text: str) -> bool:
    """Does the sentence explicitly speak about the report's own patient? A comparison with it ("Like our patient,
    a boy reported by X ...", "similar to the present case") names it only to speak of another (cached, bounded:
    a pure function of the text)."""
    return _any(scope_rules().own, _rx("comparison_with_own").sub(" ", text))


def introduces_patient(text: str) -> bool:
    """Is an introduction's sentence about the report's own patient ("We report a 33-year-old man who ...",
    "in this case report we describe the tenth")? Not when it announces several: the case sections do."""
    return (is_own(text) or _any(scope_rules().intro_own, text)) and announced_count(text) is None


#: words one of which a letter's sentence on another report's patient holds (regex ``commented_case``): a cheap gate
_COMMENTED_GATE = ("they", "their", "correspond", "writer", "report", "article", "paper", "description", "letter")


def _commented_case(text: str) -> int | None:
    """Where a correspondence cue for another report's patient starts (regexes ``commented_case``,
    ``author_named_case``), if the sentence has one."""
    low = text.lower()
    m = _rx("commented_case").search(text) if any(w in low for w in _COMMENTED_GATE) else None
    if m is None and ("the " in low) and (n := _rx("author_named_case").search(text)):
        return n.start()
    return m.start() if m else None


@lru_cache(maxsize=_SCOPE_CACHE)
def cites_literature(text: str) -> bool:
    """Does the sentence report others' cases rather than the patient's? A novelty claim about what was found in the
    patient ("sequencing revealed an X-ALK fusion, which has not been reported before") cites no one; a clone in
    brackets after a marker name ("Ki-67 (30-9) 5%") is no citation range (cached, bounded: a pure function of the
    text)."""
    r = scope_rules()
    if (m := _commented_case(text)) is not None and not is_own(text[m:]):
        return True  # a letter's sentence on the commented report's patient ("thank you for your interest in our report")
    if is_own(text):
        return False
    if _rx("novelty_finding").search(text):
        text = _rx("novelty_claim").sub(" ", text)
    text = _rx("negated_course_documented").sub(" ", text)
    if (why := _rx("reason_citing_literature").search(text)) and (
        _rx("patient_word").search(text, 0, why.start())
        # "a course of oral X (7.5 mg daily), prescribed as an adjunct because ...": a dosed course, no one else introduced
        or (_rx("dosed_course").search(text, 0, why.start()) and not _rx("indefinite_person").search(text, 0, why.start()))
    ):
        text = text[: why.start()]  # "the boy was started on X, since Y has been reported to help": the reason cites
    if _any(r.literature, text):
        return True
    return _any(r.citation, _without_clones(text)) and not _rx("patient_ref").search(text)


def _own_after_contrast(text: str) -> int | None:
    """Where the own part of a sentence starts that tells another report's patient and then, by contrast, the report's
    own ("In the girl reported by X et al. [9], Y failed; in contrast, our patient ..."): the literature cue only before
    the turn, the own cue only after it; else None."""
    r = scope_rules()
    if not _any(r.literature, text) or not is_own(text):
        return None
    for m in _rx("contrast_turn").finditer(text):
        head, tail = text[: m.start()], text[m.end() :]
        if _any(r.literature, head) and not is_own(head) and is_own(tail) and not cites_literature(tail):
            return m.end()
    return None


def _own_beside_cited_clause(text: str) -> tuple[int, int] | None:
    """The own clause of a sentence whose clauses, cut at semicolons, split into one citing the literature and not naming
    the patient ("Crizotinib and lorlatinib have been used in relapsed IMT (refs 7-11); the co-mutation did not blunt
    the response in our patient", or the other way round): ``(start, end)`` of the own clause; else None."""
    if ";" not in text or not is_own(text):
        return None
    cuts = [i for i, ch in enumerate(text) if ch == ";"]
    for c in cuts:
        head, tail = text[:c], text[c + 1 :]
        if cites_literature(head) and not is_own(head) and is_own(tail) and not cites_literature(tail):
            return c + 1, len(text)
        if cites_literature(tail) and not is_own(tail) and is_own(head) and not cites_literature(head):
            return 0, c
    return None


def _own_clause(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the own clause of a sentence that also tells the literature: the part after a contrast turn
    (:func:`_own_after_contrast`, tried first), else the own clause beside a cited one (:func:`_own_beside_cited_clause`);
    else None."""
    if (cut := _own_after_contrast(text)) is not None:
        return cut, len(text)
    return _own_beside_cited_clause(text)


def _blank_citations(text: str) -> str:
    """``text`` with its citation marks ("[7]", "(8, 9)") blanked, when nothing else in it speaks of the literature.
    Why: in a case presentation under its own heading a mark supports what is said of the patient ("diagnosed by the
    WHO criteria [3]", "positive for ALK and SMA [7]"); read as a citation it made the whole sentence the literature's
    and its facts were lost. A sentence with a literature cue ("as reported by others [8]") keeps its marks."""
    r = scope_rules()
    if _any(r.literature, text):
        return text
    probe = _without_clones(text)  # an antibody clone "(30-9)" after a marker stays
    spans = [m.span() for rx in r.citation for m in rx.finditer(probe)]
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _ticked_only(text: str) -> str:
    """``text`` with a filled form's unticked options and tick marks blanked (same length): "Sex: [ ] female [x] male"
    reads "Sex:            male", "Metastasis: [ ] Yes [x] No" reads "Metastasis:          No". Only a text with a
    ticked box is a filled form ("[ ]" alone may be an empty citation or a placeholder)."""
    ticks = [m.span() for m in _rx("form_tick_mark").finditer(text)]
    if not ticks:
        return text
    unticked = [m.span() for m in _rx("form_unticked_option").finditer(text)]
    for a, b in ticks + unticked:
        text = text[:a] + " " * (b - a) + text[b:]
    # a field none of whose options was ticked ("Radiotherapy: [ ]" then the next field) gives nothing: its label goes too
    for a, b in unticked:
        label = _rx("form_label_before").search(text, 0, a)
        if label and not text[label.end() : a].strip() and _rx("form_field_end").match(text, b):
            text = text[: label.start()] + " " * (label.end() - label.start()) + text[label.end() :]
    return text


def _leader_colons(text: str) -> str:
    """A data sheet's leader dots (or a key/value line's one pipe) read as the label's colon, in place: "Age ........ 52"
    reads "Age:         52", "Site   | larynx" reads "Site:    larynx"."""
    spans = [m.span("dots") if m.group("dots") is not None else m.span("pipe") for m in _rx("form_leader_dots").finditer(text)]
    if "|" in text:  # a boxed summary's rows: "| Patient       33 y |"
        spans += [m.span("gap") for m in _rx("form_box_row_gap").finditer(text)]
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + ":" + " " * (b - a - 1) + text[b:]
    return text


def _without_clones(text: str) -> str:
    """``text`` with a bracketed number range right after a marker name (an antibody clone, "Ki-67 (30-9)") blanked."""
    for m in reversed(ihc.markers_in(text)):
        if clone := _rx("bracketed_range").match(text, m.end):
            text = text[: clone.start()] + " " * (clone.end() - clone.start()) + text[clone.end() :]
    return text


def item_about_tumour_patient(text: str) -> bool:
    """Is an item of a compilation of unrelated items (an abstract-book page, a digest of cases, a search-results
    entry) about one patient with an inflammatory myofibroblastic tumour, its epithelioid sarcoma or another
    kinase-fusion tumour? The tumour named in a clause that states it (not as a differential, a mimic, a negative
    test or a review of others: ``item_not_diagnosis``), or a fusion so stated in an item naming no other tumour
    (``item_other_tumour``), and one person's case (an age phrase, an own
    cue, "the patient", "she") rather than a cohort's or a review's figures."""
    not_dx, weighed = _rx("item_not_diagnosis"), _rx("item_weighed_after")
    # a clause with no word of a differential, a negative or a review, whose sentence does not go on to say it was only
    # weighed ("IMT, nodular fasciitis and fibromatosis were considered": the list is cut at its commas)
    stated = [
        c for m in _rx("item_clause").finditer(text)
        if not not_dx.search(c := m.group(0)) and not weighed.match(text, m.end())
    ]
    # a fusion alone does not make an item about the tumour when it names another tumour as the patient's (an
    # ALK-rearranged lung carcinoma or lymphoma)
    if not any(_rx("item_tumour_term").search(c) for c in stated) and not (
        any(_rx("item_kinase_fusion").search(c) for c in stated) and not _rx("item_other_tumour").search(text)
    ):
        return False
    return (
        is_own(text) or bool(_rx("patient_ref").search(text))
        or any(not a.joint for a in demographics.find_ages(Sentence("", text, 0)))
    )


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
    if _rx("term_list").match(text):
        return True
    # bullets of web furniture glued to a sentence that introduces the patient keep that sentence
    return text.count("\u2022") >= 3 and not is_own(text) and not demographics.find_ages(Sentence("", text, 0))


def is_generic(text: str) -> bool:
    """Does the sentence state something about the disease in general, not about a patient?"""
    return _any(scope_rules().generic, text) and not is_own(text) and not _rx("patient_ref").search(text)


def _kin_words(text: str) -> set[str]:
    """The relatives' nouns in ``text``, singular ("sisters" -> "sister"); "siblings" and "twins" stand for a sister and
    a brother too."""
    words = {w.lower().removesuffix("s") for w in _rx("kin_word").findall(text)}
    if words & {"sibling", "twin"}:
        words |= {"sister", "brother"}
    return words


def declared_kin(sentences: list[Sentence]) -> frozenset[str]:
    """The relatives a report makes its patients: named in its title or abstract as the ones it reports ("... in two
    sisters", "... in a mother and her son", "We describe twin brothers ...": regex ``kin_declared``), or introduced
    beside the patient with an age as a patient too ("A 6-year-old boy and his 9-year-old sister were referred ...":
    regex ``kin_joined``)."""
    words: set[str] = set()
    for s in sentences:
        if s.section in ("title", "abstract"):
            for m in _rx("kin_declared").finditer(s.text):
                words |= _kin_words(m.group(0))
        if m := _rx("kin_joined").match(s.text):
            words |= _kin_words(s.text[m.end("poss") : m.end()])
    return frozenset(words)


def without_relative_history(s: Sentence, kin: frozenset[str] = frozenset()) -> Sentence:
    """A sentence telling a relative's own illness as family history ("His father had a gastric cancer resected and
    received oxaliplatin; he died in 2015"), blanked after the relative's noun: its treatment, drugs and death are not
    the patient's, while the possessive before the noun still tells the patient's sex (regex ``relative_history``: not
    a relative with the same disease, nor an observer, nor a turn to the patient by noun, nor a relative of ``kin``,
    the relatives the report makes its patients: :func:`declared_kin`); any other sentence unchanged."""
    m = _rx("relative_history").search(s.text)
    if m is None:
        return s
    if m.group("rel") and _kin_words(m.group("rel")) & kin:
        return s  # "Her son had a mesenteric mass resected" in a report of a mother and her son: the son's own course
    keep = m.end("rel") if m.group("rel") else m.end("keep") if m.group("keep") else m.start()  # "Her", "She had a"
    return _mask(s, [(keep, len(s.text))])


_CORRECTION_GATE = ("read", "wrong", "incorrect", "error", "delet", "remov", "omit", "struck", "appear")


def without_corrected_wording(s: Sentence) -> Sentence:
    """A correction notice's sentence with the wrong wording it names blanked ("'A 51-year-old man' should read 'A
    15-year-old man'", "for 'ileum' read 'jejunum'", "should read 6 cm, not 9 cm", "'with metastases' is wrong and
    should be deleted"): only the corrected fact is read (regex ``corrected_wording``); any other sentence unchanged."""
    low = s.text.lower()
    if not any(w in low for w in _CORRECTION_GATE):
        return s
    spans = [
        m.span(g)
        for m in _rx("corrected_wording").finditer(s.text)
        for g in ("wrong", "wrong2", "wrong3", "wrong4")
        if m.group(g) is not None
    ]
    return _mask(s, spans)


@lru_cache(maxsize=_SCOPE_CACHE)
def is_cohort(text: str) -> bool:
    """Is the sentence a statistic over a group of patients ("3 of the 6 patients", "mean age")? (cached, bounded: the
    segmenter asks it of each sentence twice, before and after a statistic's colon is cut off)"""
    return _any(scope_rules().cohort, text) and not is_own(text)


def announced_count(text: str) -> int | None:
    """How many patients a sentence announces ("We present two cases of ..." → 2), if it does."""
    found = _announcement(text)
    return found[0] if found else None


def _announcement(text: str) -> tuple[int, tuple[int, int]] | None:
    """How many patients a sentence announces and where it counts them ("Two patients were treated ..." → 2, the
    span of "Two")."""
    for rx in scope_rules().announce:
        m = rx.search(text)
        if m:
            n = words_to_number(m.group("n"))
            if n and 2 <= n <= 6:
                return int(n), m.span("n")
    return None


@lru_cache(maxsize=_SCOPE_CACHE)
def speaks_for_all(text: str) -> bool:
    """Does a sentence of a several-patient report speak of all of them ("In both cases", "these patients")? (cached,
    bounded: the segmenter's branches ask it of the same sentence in turn)"""
    return _any(scope_rules().together, text)


def singles_out(text: str) -> bool:
    """Does the sentence open on one patient of a series ("One patient with ...", "In another patient, ...")?"""
    return any((m := rx.search(text)) is not None and m.start() <= max_start for rx, max_start in scope_rules().single_out)


@lru_cache(maxsize=_SCOPE_CACHE)
def patient_number(text: str) -> int | None:
    """The patient a sentence opens on ("Case 2 ..." → 2), if it opens on one; a patient it only compares with ("The
    tumour was less cellular than in case 1", regex ``compared_with_case``) is not the one it opens on (cached,
    bounded: a pure function of the text, asked of the same sentence by the reader and again by the segmenter)."""
    for rx, max_start in scope_rules().marker:
        m = next(
            (m for m in rx.finditer(text) if m.start() > max_start or not _rx("compared_with_case").search(text[: m.start()])),
            None,
        )
        if m and m.start() <= max_start:
            n = m.group("n").lower()
            # "1st case", "the 2nd patient": ordinals in digits name the same patients (ordinal_to_number)
            num = _ORDINALS.get(n) or ordinal_to_number(n) or _ROMAN.get(n) or _LETTERS.get(n) or _struck(n) or words_to_number(n)
            if num:
                return int(num)
    return None


def _struck(n: str) -> int | None:
    """The number of a lettered series' bare letter rewritten as a double-struck digit (:func:`_letters_as_numbers`)."""
    return ord(n) - _DOUBLE_STRUCK_ZERO if len(n) == 1 and 1 <= ord(n) - _DOUBLE_STRUCK_ZERO <= 9 else None


def split_at_headings(sentence: Sentence) -> list[Sentence]:
    """Split a sentence before a patient heading that stands inside it (or after a bullet, at its group ``at``)."""
    cuts = sorted({
        c for rx in scope_rules().heading for m in rx.finditer(sentence.text)
        if (c := m.start("at") if "at" in rx.groupindex else m.start()) > 0
    })
    if not cuts:
        return [sentence]
    out: list[Sentence] = []
    for a, b in zip([0, *cuts], [*cuts, len(sentence.text)]):
        if sentence.text[a:b].strip(" \t\n-*#\u2022"):  # not the bare bullet a sentence opened on
            out.append(sentence.piece(a, b))
    return out


def _chosen_sections(doc: Document) -> list[Section]:
    secs = [s for s in doc.sections if s.end > s.start]
    if not secs:
        return [Section("case", "", 0, len(doc.text))]
    if not any(s.kind == "case" for s in secs):
        # no case heading found: read every body section, literature filter still applies; figure legends as in a report
        # with a case heading (an abstract page that prints its figures' legends: "Fig. 2 Case 1. (A) ...")
        return [s for s in secs if s.kind not in NEVER or _figure_legend(s)] + _unread_panels(doc)
    chosen = [
        s for s in secs
        if s.kind in PATIENT_SECTIONS or s.kind in OWN_CUE_SECTIONS or _figure_legend(s) or _series_overview(s, secs, doc.text)
    ]
    # an introduction overlapping a section read anyway (a labelled abstract's "Background:") is read there
    return [
        s for s in chosen
        if s.kind != "introduction" or not any(o is not s and o.start < s.end and s.start < o.end for o in chosen)
    ] + _unread_panels(doc)


def _series_overview(sec: Section, secs: list[Section], text: str) -> bool:
    """A series' "Results" heading the sections of its numbered patients ("Results" | "Vimentin was expressed in all four
    tumours ..." | "Case 1" | ... | "Case 4"): the findings it tells across the series are those patients' (read whole, as
    their own sections are); a results section elsewhere (a review's, a cohort's) is not read."""
    if sec.kind != "results":
        return False
    after = sorted((s for s in secs if s.start >= sec.end and s.kind not in NEVER), key=lambda s: s.start)
    if bool(after) and after[0].kind == "case" and sum(s.kind == "case" and bool(s.title) for s in secs) >= 2:
        return True
    # a structured abstract's short "Case summary" the only case section, the patients told in the Results sentence by
    # sentence ("Case 1 was found at ... Case 2 presented with ... Case 3, a 70-year-old woman, ..."): theirs
    cases = [s for s in secs if s.kind == "case"]
    if cases and all(s.end <= sec.start and s.end - s.start <= _ABSTRACT_PART_CHARS for s in cases):
        opened = {patient_number(p.strip()) for p in _rx("sentence_start_cut").split(text[sec.start : sec.end])}
        if len(opened - {None}) >= 2:
            return True
    # "Case presentations" (Case 1. ... Case 4.) | "Results" ("4.1 Morphology", "4.2 Immunohistochemistry" ...): the
    # findings told across the series right after its patients, case by case, are theirs too
    before = sorted((s for s in secs if s.end <= sec.start and s.kind not in NEVER), key=lambda s: s.start)
    while before and before[-1].kind == "results":
        before.pop()
    if bool(before) and before[-1].kind == "case" and _numbers_patients(text[before[-1].start : before[-1].end]):
        return True
    return _results_before_course(sec, cases, text)


def _results_before_course(sec: Section, cases: list[Section], text: str) -> bool:
    """An original article's small series ("Patients and methods" | "Results" | "Outcome"): the results name two or more
    patients by number ("patients 1 and 4", "in case 2") and every case-kind section comes after them (only the course
    told under its own heading): the results are the patients' text. A case report's later "Results" (a review of
    published cases) follows its case section and stays unread."""
    if not cases or any(c.start < sec.end for c in cases):
        return False
    named: set[str] = set()
    for m in _rx("numbered_patient_mention").finditer(text, sec.start, sec.end):
        named |= {m.group("n")} if m.group("n") else set(re.findall(r"\d+", m.group(0)))
    return len(named) >= 2


def _numbers_patients(text: str) -> bool:
    """Does a case section tell two or more patients, each in paragraphs opening on its number ("Case 1. A 38-year-old
    man ...", "Case 2. ...")?"""
    opened = {patient_number(p.strip()) for p in text.split("\n") if p.strip()}
    return len(opened - {None}) >= 2


def _figure_legend(sec: Section) -> bool:
    """A figure's legend: read only for the sentences that tell the patient's course at a time or say whose it is
    ("Figure 4. CT 18 months after surgery: no recurrence", "Figure 3. Our patient is free of disease at 2 years")."""
    return sec.kind == "caption" and sec.title.lower().startswith("fig")


def _figure_number(title: str) -> int | None:
    """The number of a figure legend's section ("Figure 2", "Fig. 2"), None for any other section."""
    m = _rx("figure_label_number").match(title or "")
    return int(m.group("n")) if m else None


#: the parts a plain-text reader may leave a figure legend in that are read for own cues only
_LEGEND_HOST_SECTIONS = frozenset({"discussion", "conclusion", "references"})


def _legend_paragraph(text: str, start: int) -> Section | None:
    """The figure legend whose paragraph holds the sentence at ``start`` (a line opening on "Figure 2." / "Fig. 2"), as a
    caption section of its label; None when the sentence's paragraph is not a legend."""
    from ..ingest.sections import caption_start

    line = text.rfind("\n", 0, start) + 1
    head = text[line : text.find("\n", line) if "\n" in text[line:] else len(text)]
    cs = caption_start(head)
    if cs is None or cs[0] != "figure":
        return None
    return Section("caption", f"Figure {cs[1]}", line, line + len(head))


class _Legends(NamedTuple):
    """Whose the figure legends of a document are, however its reader set them: as caption sections (PDF, web page,
    JATS) or as lines of the case text (plain text, where :func:`patient_sentences` reads them as the case's anyway).

    * one patient (``one_patient``): a legend sentence telling a stain or probe result ("Ki-67 labels about 10% of
      nuclei", "desmin negative") is the patient's, as in the case text, unless it cites another report's case; the
      legends of the figures the case text leaves the pathology to (``whole``) are read whole;
    * a series: a legend sentence naming its case ("Case 2: ALK staining is diffuse") goes to that case; others are
      nobody's (whose the panel is is not said).

    Any legend's sentence saying whose it is or telling the course at a time is read by the rules of the case text."""

    one_patient: bool
    whole: frozenset[int]


def _legends(doc: Document) -> _Legends:
    texts = [doc.text[s.start : s.end] for s in doc.sections if s.kind == "case" and s.end > s.start]
    # a report that names a second patient, or whose case text numbers its patients, is a series
    one = not _rx("second_patient_named").search(doc.text) and not any(
        rx.search(t) for t in texts for rx, _ in scope_rules().marker
    )
    whole = frozenset(
        int(m.group("fig") or m.group("fig2")) for t in texts for m in _rx("pathology_in_figure").finditer(t)
    ) if one else frozenset()
    return _Legends(one, whole)


def _legend_sentence_read(legends: _Legends, sec: Section, body: str, case_labelled: bool = False) -> bool:
    """Is a caption section's sentence read as a case sentence (see :class:`_Legends`)? ``case_labelled``: the legend opens
    on its case ("Fig. 2 Case 1. (A) ..."), so each of its sentences is that case's."""
    if _figure_number(sec.title) in legends.whole:
        return True  # the legend of the figure the case text leaves the pathology to: the patient's stains and tests
    if not _rx("legend_stain_result").search(body):
        return False
    if legends.one_patient:
        return not cites_literature(body)
    return (case_labelled or patient_number(body) is not None) and not cites_literature(body)


def _legend_heading(doc: Document, sec: Section) -> str | None:
    """A series' figure legend that opens on its case right after the figure's label ("Fig. 2 Case 1. (A) The cells are
    positive for SMA ..."): the label with its case ("Fig. 2 Case 1"), the heading its sentences stand under, so each is
    that case's as under a printed "Case 1" heading; None for any other section."""
    if not _figure_legend(sec):
        return None
    text = doc.text[sec.start : sec.end]
    m = _rx("legend_case_opening").match(text)
    if m is None or patient_number(m.group("label")) is None:
        return None
    return text[: m.end("label")].strip()


def _unread_panels(doc: Document) -> list[Section]:
    """The body of an antibody-panel table whose grid could not be rebuilt ("Antibody Clone Result" over lines such as
    "ALK D5F3 Positive", cells one space apart), read as the report's own lines: its rows are one marker and its result
    each, which the IHC rules read in prose too; a grid that was rebuilt is read cell by cell instead."""
    from ..ingest.tables import header_spec

    out = []
    for t in doc.tables:
        if t.end > t.start and _rx("timeline_caption").search(t.caption):  # its grid's rows too (PDF, JATS, HTML)
            # a timeline of the patient's course (CARE), "Date | Event" lines: the patient's own, read as lines
            nl = doc.text.find("\n", t.start, t.end)
            if nl > 0:
                out.append(Section("case", "", nl + 1, t.end))
            continue
        if t.end > t.start and _key_value_table(doc.text, t.start, t.end):
            # one patient's "Parameter | Value" characteristics table: its lines are the patient's label / value lines
            nl = doc.text.find("\n", t.start, t.end)
            if nl > 0:
                out.append(Section("case", "", nl + 1, t.end))
            continue
        if t.rows or not t.header or t.end <= t.start:
            continue
        fields = {getattr(header_spec(c.text), "field", "") for c in t.header}
        if "ihc_panel:antibody" in fields and not any(f.startswith("case") for f in fields):
            out.append(Section("case", "", t.header[-1].end, t.end))
    return out


def _key_value_table(text: str, start: int, end: int) -> bool:
    """A table whose first line heads a two-column characteristics table of one patient ("Parameter | Value")."""
    nl = text.find("\n", start, end)
    return bool(_rx("key_value_table_header").match(text[start : nl if nl > 0 else end]))


def patient_sentences(doc: Document, nlp: Any) -> list[Sentence]:
    """Sentences about the document's own patient(s), in document order, located in ``doc.text``."""
    sections = sorted(_chosen_sections(doc), key=lambda s: s.start)
    has_case = any(s.kind == "case" for s in doc.sections if s.end > s.start)
    legends = _legends(doc)
    texts = [doc.text[s.start : s.end] for s in sections]
    out: list[Sentence] = []
    history: list[int] = []  # the sentences of ``out`` read for a relative's own illness
    seen: set[int] = set()  # overlapping sections must not read a sentence twice
    seen_age = False  # a patient's age has been read: a new age inside a literature stretch is another person's
    # a paper with no case heading is read whole as its case; the conclusions after its discussion are still read as
    # conclusions (the patient's only with an own cue): their general statements are no patient's
    closing = [
        (c.start, c.end) for c in sections
        if c.kind == "conclusion" and any(d.kind == "discussion" and d.start < c.start for d in sections)
    ]
    # ... and a series told under "Results" in such a paper: its discussion is a part of its own, so the last patient
    # the results told does not go on into it (a sentence there naming a patient, or all of them, is still theirs)
    discussed = [
        (d.start, d.end) for d in doc.sections
        if d.kind == "discussion" and any(r.kind == "results" and r.start < d.start for r in doc.sections)
    ]
    numbered: set[int] = set()  # the patients the case sections number ("Case 1", "Case 2", ...)
    for sec, sec_text, sdoc in zip(sections, texts, nlp.pipe(texts)):
        sdoc._.offset = sec.start
        case_legend = None if legends.one_patient else _legend_heading(doc, sec)
        heading = case_legend or sec.title or None
        # without a case section the introduction is read whole (abstracts labelled "Introduction: ... a 5-year-old")
        own_only = sec.kind in OWN_CUE_SECTIONS and (sec.kind != "introduction" or has_case)
        carried = False  # the last sentence read was the patient's, in the same paragraph
        review = False  # within a stretch about cases gathered from the literature ("We also reviewed 41 published cases.")
        last_end = sec.start
        caption = False  # the sentence before was a bare table label ("Table 2.")
        # the sentence before, in the same paragraph, may tell another person's case (a citation, "a 9-year-old"): kept as
        # (text, start) and judged only where a later sentence asks (find_ages is dear, and few sentences ask)
        others: tuple[str, int] | None = None
        # a structured abstract's conclusion (an inline "Conclusions: ..." label in a section read for the patient, or a
        # conclusion section before any discussion): its sentences on the course at a time are the one patient's
        labelled = sec.kind in ("conclusion", "discussion") and (
            (sec.kind == "conclusion" and not any(d.kind == "discussion" and d.start < sec.start for d in sections))
            or any(c.kind == "case" and c.start > sec.start for c in sections)  # a structured abstract's part: the case follows
            or (sec.kind == "discussion" and len(sec_text) <= _ABSTRACT_PART_CHARS and "\n" not in sec_text.strip())
        )
        for sent in sdoc.sents:
            # the section's own characters: ``Span.text`` rebuilds them token by token
            raw = sec_text[sent.start_char : sent.end_char]
            body = raw.strip()
            if len(body) < 3:
                continue
            if case_legend is not None and (switch := _rx("legend_case_switch").match(body)) is not None and (
                patient_number(switch.group("label")) != patient_number(heading or "")
            ) and (opening := _rx("legend_case_opening").match(sec_text)) is not None:
                # "Fig. 1. Case 1. (A) ... (C) ALK stain." then "Case 2. (D) ...": the legend's panels from here on are
                # the other case's, as under its own heading
                heading = case_legend[: opening.start("label")] + switch.group("label")
            if caption:  # the caption and rows after a bare table label ("Table 2." | "Summary of the cases Case Age ...")
                caption = False
                if patient_number(body) is None:
                    continue
            if cap := _rx("table_caption_block").match(body):
                caption = cap.end() == len(body)
                continue  # a PDF dump's table flattened into the text: its rows are no one patient's (as table sections)
            start = sec.start + sent.start_char + (len(raw) - len(raw.lstrip()))
            if sec.kind == "case" and not sec.title and any(a <= start < b for a, b in closing):
                continue  # read with the conclusions' own rules, in their section
            kind = "discussion" if sec.kind == "case" and not sec.title and any(a <= start < b for a, b in discussed) else sec.kind
            label = inline_label(body)
            if label is not None:  # "Background: ...", "Case presentation: ..." inside one block of text
                own_only = label
                labelled = label and sec.kind not in OWN_CUE_SECTIONS
            elif own_only and sec.kind not in OWN_CUE_SECTIONS and demographics.find_ages(Sentence(doc.doc_id, body, start)):
                own_only = False  # a labelled background ends where the patient is introduced ("A 70-year-old man ...")
            if carried and "\n" in doc.text[out[-1].end : start]:
                carried = False  # a new paragraph
            if review and (label is not None or "\n" in doc.text[last_end:start]):
                review = False  # a new part of a labelled abstract, or a new paragraph
            others_before = others if "\n" not in doc.text[last_end:start] else None
            others = (body, start) if own_only else None
            last_end = start + len(body)
            if review:
                if not _back_to_own(body, seen_age):
                    continue  # the reviewed cases' figures and patients ("Four patients died.", "A 45-year-old man ...")
                review = False
            if _rx("literature_review_opening").search(body):
                review = True
                if not is_own(body):
                    continue
            if sec.kind == "caption" and not (
                is_own(body) or tells_own_course(Sentence(doc.doc_id, body, start))
                or _legend_sentence_read(legends, sec, body, case_legend is not None)
            ):
                continue  # a figure legend's other sentences (the image, the stain) are read where the text tells them
            # a figure legend a plain-text reader left inside the discussion or after it ("Figure 2. (a) ALK shows
            # diffuse granular staining. (b) Desmin is negative."): read as the caption it is, by the legends' rules
            # (only in the parts read for own cues alone: a report with no case heading tells its case in such a legend)
            in_legend = (
                _legend_paragraph(doc.text, start)
                if sec.kind in _LEGEND_HOST_SECTIONS and legends.one_patient and start not in seen else None
            )
            if in_legend is not None and _legend_sentence_read(legends, in_legend, body) and not cites_literature(body):
                out.append(Sentence(doc.doc_id, body, start, "caption", doc.page_at(start), sent, in_legend.title, None))
                seen.add(start)
                continue
            if sec.kind == "case":  # under its "Case 2" heading, or opening on "Case 2: ..."
                numbered.update(k for k in (patient_number(body), patient_number(sec.title or "")) if k is not None)
            if own_only and sec.kind == "discussion" and (
                _names_own_series(body, numbered)
                or (
                    carried and len(numbered) >= 2 and (speaks_for_all(body) or bool(_rx("denied_of_all").search(body)))
                    and not _rx("another_work").search(body)
                )
            ):
                # "Both tumours were ALK-positive", "... in cases 1 and 3": the report's own numbered patients; so is a
                # statement for all of them right after a sentence about them ("In our series, ... . All are alive ...")
                pass
            elif own_only and not (introduces_patient(body) if sec.kind == "introduction" else is_own(body)):
                # a case abstract's conclusion telling the course at a time ("Conclusions: At 3 years, no recurrence has
                # been observed") is the one patient's; a citation or a generality is still dropped below
                if labelled and _rx("labelled_outcome").search(body) and not is_cohort(body):
                    pass
                elif sec.kind != "introduction" and tells_own_course(Sentence(doc.doc_id, body, start)) and not (
                    others_before is not None and _tells_another_person(doc.doc_id, *others_before)
                ):
                    pass  # not the course of a person the sentence before introduced ("X et al. described a boy. Two years ...")
                elif not (carried and _any(scope_rules().carry_on, body)):
                    continue  # skipped, but the paragraph may still go on with the patient ("We had ... Its resection ...")
            carried = bool(own_only)
            quote = None
            if sec.kind == "case" and sec.title and (blanked := _blank_citations(body)) != body:
                quote, body = body, blanked
            if "[" in body and (ticked := _ticked_only(body)) != body:
                quote, body = (quote or body), ticked
            if (".." in body or "|" in body) and (coloned := _leader_colons(body)) != body:
                quote, body = (quote or body), coloned
            if sec.kind == "case" and not seen_age and start not in seen and cites_literature(body) \
                    and (cut := _introduction_before_literature(body)):
                # "A 45-year-old woman presented with haemoptysis, which has been reported in a tenth of cases.": the case
                # section's introduction of the patient before a comment on the literature is the patient's
                seen.add(start)
                seen_age = True
                whole = Sentence(doc.doc_id, body, start, kind, doc.page_at(start), sent, heading, quote)
                out.append(whole.piece(0, cut))
                continue
            if start not in seen and (own := _own_clause(body)) is not None:
                # "In the child reported by X et al. [9], Y failed; in contrast, our patient ..." or "X and Y have been
                # used in relapsed IMT (refs 7-11); ... in our patient": the own clause only
                seen.add(start)
                whole = Sentence(doc.doc_id, body, start, kind, doc.page_at(start), sent, heading, quote)
                out.append(whole.piece(*own))
                continue
            if start in seen or cites_literature(body) or is_generic(body) or is_term_list(body) or spells_out_codes(body):
                continue  # (an abbreviation legend under a series' case rows is no patient's: "DOD, died of disease")
            seen.add(start)
            seen_age = seen_age or bool(demographics.find_ages(Sentence(doc.doc_id, body, start)))
            for p in split_at_headings(
                Sentence(doc.doc_id, body, start, kind, doc.page_at(start), sent, heading, quote)
            ):
                if _rx("symbol_note").match(p.text):
                    continue  # "*Treated elsewhere before transfer.": a note under the rows, whichever row its symbol marks
                history.append(len(out))  # read for a relative's own illness once the report's relatives are known
                out.append(without_corrected_wording(p))  # an erratum's wrong words
    # a relative's own illness is blanked, unless the report makes that relative one of its patients
    kin = declared_kin(out)
    for i in history:
        out[i] = without_relative_history(out[i], kin)
    return out


def _names_own_series(text: str, numbered: set[int]) -> bool:
    """Does a Discussion sentence of a report numbering two or more patients in its case sections speak of them: all of
    them, by a count that is theirs ("Both tumours were ALK-positive", "None of the three patients relapsed", regex
    ``own_series_count``) or a "respectively" list of times one for each ("All are alive at 12, 20 and 31 months,
    respectively"), or by their numbers ("RNA sequencing found X in cases 1 and 3", "Cases 1 and 3 carried X"; one of
    them as the subject of its later course, regex ``numbered_course_at_telling``)? Not a sentence citing the literature
    (dropped after)."""
    if len(numbered) < 2 or _rx("another_work").search(text):
        return False
    if (speaks_for_all(text) or _rx("denied_of_all").search(text)) and (m := _rx("own_series_count").search(text)):
        word = (m.group("two") or m.group("n")).lower()
        count = 2 if word in ("both", "neither") else words_to_number(word)
        return count == len(numbered)
    if speaks_for_all(text) and _time_list(text, len(numbered)):
        return True  # "Of note, all are alive at 12, 20 and 31 months, respectively": one time for each of them
    named = [_case_numbers(m.group("ns")) for m in _rx("case_group").finditer(text)] + [_listed_cases(text)]
    if (later := _rx("numbered_course_at_telling").match(text)) and int(later.group("n")) in numbered:
        return True  # "At the time of writing, 16 months after diagnosis, case 2 maintains a partial response"
    return any(named) and all(x in numbered for xs in named for x in xs)


def _tells_another_person(doc_id: str, text: str, start: int) -> bool:
    """Does a sentence read for the patient only with an own cue tell another person's case instead ("a 9-year-old
    girl ...", "X et al. described ...")? Then the dated course told right after it is that person's."""
    return not is_own(text) and (
        bool(_indefinite_ages(Sentence(doc_id, text, start)))
        or (cites_literature(text) and bool(_rx("person_introduced").search(text) or _rx("author_cited").search(text)))
    )


def _introduction_before_literature(text: str) -> int | None:
    """Where a case section's sentence that cites the literature stops introducing the patient: it opens on an
    indefinite age phrase ("A 45-year-old woman ...", "The patient was a 45-year-old man ...") and presents the patient
    before its first literature cue ("..., which has been reported in ...", "as in the case of X et al."); the
    clause before that cue, else None ("A 45-year-old woman reported by X et al. ..." names no presentation first)."""
    r = scope_rules()
    cues = [m.start() for rx in r.literature for m in [rx.search(text)] if m]
    if not cues:
        return None
    cue = min(cues)
    opening = _rx("own_introduction_opening").match(text)
    ages = demographics.find_ages(Sentence("", text[:cue], 0))
    if not opening or not ages or ages[0].start > opening.end() + 2:
        return None
    cut = max(text.rfind(",", 0, cue), text.rfind(";", 0, cue), text.rfind("(", 0, cue))
    if cut > ages[0].end and _rx("presentation_after_age").search(text, ages[0].end, cut):
        return cut
    # no clause boundary before the cue (a PDF dump that interleaved two columns runs the lines of both together): the
    # introduction up to its verb of presentation right after the age phrase
    verb = _rx("presentation_right_after_age").match(text, ages[0].end)
    return verb.end() if verb and verb.end() <= cue else None


def tells_own_course(s: Sentence) -> bool:
    """Does a discussion's sentence tell the report's own patient's course at a time, without naming the patient
    ("At the last visit, 20 months after the resection, MRI was clear", "By May 2024, two years after the nephrectomy,
    she had no recurrence")? A time counted from *the* operation, the last news ("at the time of writing") or a calendar
    month before a time after surgery is the authors' own patient's; not when the sentence introduces another person
    ("a 40-year-old woman whose tumour recurred 6 months after the excision"), counts a group, generalises ("usually",
    "may") or carries a citation mark ("the patient died 7 months after diagnosis [8]")."""
    return (
        _found(_rx("own_course"), s.text) and not _found(_rx("course_generalising"), s.text) and not is_cohort(s.text)
        and not singles_out(s.text) and not _indefinite_ages(s)
        and not _any(scope_rules().citation, _without_clones(s.text))  # "... died 7 months after diagnosis [8]"
    )


def _back_to_own(text: str, seen_age: bool) -> bool:
    """Does a sentence inside a stretch about reviewed literature cases turn back to the report's own patient? With
    an own cue ("We also describe a 17-year-old boy ...", "our patient") or a word for the one patient ("she", "the
    patient"); and with the first age of the document, when none was read before it (the review came first)."""
    if is_own(text) or _rx("patient_ref").search(text):
        return True
    return not seen_age and bool(_indefinite_ages(Sentence("", text, 0)))


@dataclass
class Patient:
    case_id: str
    sentences: list[Sentence] = field(default_factory=list)
    #: age phrase fixed at segmentation (patients introduced together)
    age: demographics.AgeMatch | None = None
    #: a multi-patient title's site may stand for this patient (not for members of an enumerated series)
    title_fallback: bool = True
    #: sentences read only for the fields the patient's own sentences leave empty (a series' lead)
    fallback: list[Sentence] = field(default_factory=list)
    #: (sex, sentence, start, end) of a plural noun naming a group of one sex the patient belongs to ("two women")
    sex_hint: tuple[str, Sentence, int, int] | None = None
    #: a trial's or registry's patient, headed by its identifier ("Patient 07-013"): one of the study's participants
    trial: bool = False
    #: the age (years) the patient was introduced with, where no age phrase is fixed for it (patients introduced one
    #: after another): "the younger", "the 6-year-old" find the patient by it
    intro_years: float | None = None
    #: the sex the patient was introduced with (the noun of its first age phrase), where no age phrase is fixed for
    #: it: "The girl ..., while the boy ...", "He ...; she ..." find the patient by it
    intro_sex: str | None = None
    #: clauses naming other patients of the series as the only ones with a finding ("desmin was positive in K2
    #: only", "only case 2 recurred"): read for this patient with the opposite sign (:func:`ihc.apply_elsewhere_only`,
    #: :func:`outcome.apply_elsewhere_only`)
    elsewhere_only: list[Sentence] = field(default_factory=list)


def _years_of(p: Patient) -> float | None:
    return p.age.years if p.age is not None else p.intro_years


def _kin_unmasked(s: Sentence, kin: frozenset[str] = frozenset()) -> Sentence:
    """A sentence introducing a relative who is a patient too ("A 6-year-old boy and his 9-year-old sister were
    referred ...", "His 12-year-old brother presented with a similar mass", or, for a relative of ``kin`` (the
    relatives the report names as its patients: :func:`declared_kin`), "Two years later, her 12-year-old sister
    presented with a tumour of the omentum"), its possessive blanked so that the relative's age reads as a patient's;
    any other sentence unchanged."""
    m = _rx("kin_joined").match(s.text) or _rx("kin_patient").match(s.text)
    if m is None and kin and (k := _rx("kin_presents").match(s.text)) and _kin_words(k.group("kin")) & kin:
        m = k
    return _mask(s, [m.span("poss")]) if m else s


def _is_kin(s: Sentence, joined: bool) -> bool:
    """Is ``s`` a sentence :func:`_kin_unmasked` blanked, introducing a relative beside the patient (``joined``) or
    in a sentence of their own?"""
    if not isinstance(s, Masked):
        return False
    if joined:
        return bool(_rx("kin_joined").match(s.original))
    if _rx("kin_patient").match(s.original):
        return True
    # a declared relative presenting with a tumour: only its possessive blanked (not a relative's history blanked after it)
    m = _rx("kin_presents").match(s.original)
    return m is not None and s.text[m.end("poss") :] == s.original[m.end("poss") :] and not s.text[m.start("poss") : m.end("poss")].strip()


def _letters_as_numbers(sentences: list[Sentence], labels: dict[str, int] | None = None) -> list[Sentence]:
    """A series that letters its patients ("Patient A was a 28-year-old man ... Patient B, a 41-year-old woman, ...
    Pts A and C are free of disease"): each lettered mention (regexes ``lettered_patient``, ``lettered_patients``)
    rewritten with the letter's number (A = 1, B = 2, ...; same length, the sentence quoted as printed), so that the
    numbered patients' machinery reads it. Only in a text naming two or more letters, A among them, and no numbered
    patient, whose own table (``labels``) names none by a letter other than in the same order (a table whose rows A, B,
    C are its rows 1, 2, 3 agrees with the rewrite)."""
    if labels and any(len(k) == 1 and _LETTERS.get(k.lower()) != n for k, n in labels.items()):
        return sentences
    found = [(s, [m.span("l") for m in _rx("lettered_patient").finditer(s.text)], [m.span("ls") for m in _rx("lettered_patients").finditer(s.text)]) for s in sentences]
    letters = {s.text[a] for s, one, many in found for a, _ in one} | {
        m.group() for s, _, many in found for a, b in many for m in _rx("patient_letter").finditer(s.text, a, b)
    }
    if len(letters) < 2 or "A" not in letters or any(_rx("numbered_patient_mention").search(s.text) for s in sentences):
        return sentences
    out: list[Sentence] = []
    for s, one, many in found:
        spots = [a for a, _ in one] + [m.start() for a, b in many for m in _rx("patient_letter").finditer(s.text, a, b)]
        # "ALK was positive in A and B, negative in C": bare letters, outside a sentence naming a figure's panels, stand
        # for the patients too; each is written as the double-struck digit of its number (a name without a noun)
        bare = [] if _rx("figure_word").search(s.text) else [
            m.start() for b in _rx("bare_letter_patients").finditer(s.text) for m in _rx("patient_letter").finditer(s.text, *b.span("ls"))
            if s.text[m.start()] in letters
        ]
        if not spots and not bare:
            out.extend(_split_after_bare_letters(s, letters))
            continue
        chars = list(s.text)
        for i in spots:
            chars[i] = str(_LETTERS[chars[i].lower()])
        for i in bare:
            if i not in spots:  # a letter read as a named patient already
                chars[i] = chr(_DOUBLE_STRUCK_ZERO + _LETTERS[chars[i].lower()])
        out.extend(_split_after_bare_letters(dataclasses.replace(s, text="".join(chars), quote=s.text if s.quote is None else s.quote), letters))
    return out


def _split_after_bare_letters(s: Sentence, letters: set[str]) -> list[Sentence]:
    """``s`` cut after each full stop closing a bare patient letter of the series ("ALK was negative in C. FISH was
    ..."), which the sentence splitter, not knowing the letters, took for a name's initial (regex ``bare_label_stop``:
    the letter after a preposition or conjunction, a capitalised word after it); only letters the series names its
    patients by."""
    cuts = [m.end("stop") for m in _rx("bare_label_stop").finditer(s.text) if m.group("l") in letters]
    if not cuts:
        return [s]
    return [s.piece(a, b) for a, b in zip([0, *cuts], [*cuts, len(s.text)]) if s.text[a:b].strip()]


def segment_patients(
    sentences: list[Sentence], labels: dict[str, int] | None = None, roster: dict[int, CaseRow] | None = None
) -> list[Patient]:
    """One :class:`Patient` per reported patient, each with its sentences.

    ``labels``: a series' own table names its patients by labels ("U1", "R3", "EIMS-02", "Patient G"); a sentence
    opening on one ("In U2 the tumour ...", "Case R2 underwent ...") is that row's numbered patient. ``roster``: the rows
    of a series' own table by number; a sentence naming no patient that opens on a description fitting one row alone
    ("The infant received ...", "For the girl, ...": :func:`described_patient`) is that row's numbered patient.

    In order: numbered patients ("Case 2 ...", "The second ..."); patients introduced together with
    their ages ("a 4-month-old boy had X and a 5-month-old boy had Y", "aged 41 and 63 years,
    respectively"); patients announced without ages ("we present two cases: one in X and one in
    Y"); patients a series abstract singles out ("One patient with ... received ..."); else one.
    Statistics over a cohort ("the mean age of 8 patients") belong to no patient."""
    # "3 women 31, 44 and 59 years of age (mean age 44.7 years)": each patient's own age listed beside the
    # group's mean is an introduction, not only a cohort statistic
    sentences = _letters_as_numbers(sentences, labels)  # "Patient B ... Pts A and C ...": read as numbered
    kin = declared_kin(sentences)  # "... in two sisters": the relatives the report names as its patients
    sentences = [_kin_unmasked(s, kin) for s in sentences]
    # "Two of the three tumours were ALK positive (cases 1 and 3)": a count whose brackets name its patients says whose
    # "Age ranged from 8 months to 16 years: patient 1 was 3 years old, patient 2 ...": the clauses after the statistic
    sentences = [(bare if is_cohort(s.text) and (bare := _after_statistic_colon(s)) is not None else s) for s in sentences]
    # "With a median follow-up of 22 months (range 6-48), all patients are alive without disease": everyone's outcome
    sentences = [_outcome_beside_followup_statistic(s) for s in sentences]
    cohort = [
        is_cohort(s.text) and not any(a.joint for a in demographics.find_ages(s)) and not _rx("bracketed_cases").search(s.text)
        and not _roster_pieces(s)  # "(Pt 1: 7 y M; Pt 2: 34 y F)": each item one patient's own
        # "ALK was positive in 2 of 3 cases (not case 3)": a share whose brackets name the ones left out says whose
        and not any(m.group("ns") or _whole_share_beside_named(s.text, m) for m in _rx("share_closer").finditer(s.text))
        # "Vimentin was expressed in all six tumours, and SMA in five of six": a share beside a clause for all of them
        and not _share_beside_all(s)
        for s in sentences
    ]
    sentences_all = sentences
    # "All lesions were ALK-positive": everyone's in a series where no patient is said to have several lesions
    lesions_shared = not any(_rx("several_lesions").search(s.text) for s in sentences)
    sentences = _ordinal_apposition_turns([s for s, c in zip(sentences, cohort) if not c], labels)
    numbers = _implicit_first(sentences, _patient_numbers(sentences, labels))
    # "The infant received X ... For the girl, ...": a series' own table's patients, described rather than numbered
    described = [described_patient(s, roster) if n is None and roster else None for s, n in zip(sentences, numbers)]
    numbers = [n if n is not None else d for n, d in zip(numbers, described)]
    numbers = _last_announced_member(sentences, numbers) if not roster else numbers
    distinct = list(dict.fromkeys(n for n in numbers if n is not None))
    # "Case 1 was a boy of 6, case 2 a girl of 11 and case 3 a man of 40": the patients of a gapped roster are named too
    # "Patient 1 (a 44-year-old man), patient 2 (a 9-year-old girl) ... underwent X": a bracketed roster names them too
    rostered = [[int(m.group("n")) for m in items] if (items := _bracketed_roster(s.text)) else [] for s in sentences]
    listed = [
        _listed_cases(s.text) or ((g := _gapped_subjects(s.text)) and g[2]) or r or [] for s, r in zip(sentences, rostered)
    ]
    whole = next((ns for ns in listed if len(ns) >= 2 and ns == list(range(1, len(ns) + 1))), None)
    if distinct and whole and set(distinct) <= set(whole):
        distinct = list(dict.fromkeys([*distinct, *whole]))  # "Three children (patients 1-3) ...": all of them
    for ros in rostered:  # a roster's patients are numbered patients, even those no later sentence opens on
        distinct = list(dict.fromkeys([*distinct, *ros]))
    # "... a girl with X (case 1), a girl with Y (case 2) and a boy with Z (case 3). ... Case 2 received ...": a patient
    # labelled only in the sentence introducing them all is one of them, even if no later sentence opens on them
    labelled_all = _labelled_series(sentences) if distinct else []
    if len(labelled_all) >= 2 and set(distinct) <= set(labelled_all):
        distinct = list(dict.fromkeys([*distinct, *labelled_all]))
    labelled_only = False
    if not distinct:  # "one in the X (case 1) and one in the Y (case 2)": numbered only by the labels of their facts
        distinct = _labelled_series(sentences)
        labelled_only = bool(distinct)
    if labels:  # "Caldesmon was positive in K3 only; ... negative in K1 and K2": the table's labelled patients named
        distinct += [x for x in dict.fromkeys(_labels_named(sentences, labels)) if x not in distinct]
    # "Note: in K-02 the team ...": a patient of a series' labelled table, even the only one the prose names
    labelled_one = bool(labels) and len(set((labels or {}).values())) >= 2 and len(distinct) == 1 \
        and distinct[0] in set((labels or {}).values())
    # "The infant received X": the one patient of a series' own table the prose singles out, by description
    labelled_one = labelled_one or (len(distinct) == 1 and distinct[0] in described)
    if len(distinct) >= 2 or labelled_one:
        # "Cases 1 and 2 presented with X and Y, respectively": a patient named only beside another still is one
        # ("Y was positive in cases 1 and 4 and not done in cases 2 and 3"): so too one beyond them who is a row of the
        # series' own table
        distinct += [
            x for ns in listed if ns and (max(ns) <= max(distinct) or (roster and set(ns) <= set(roster)))
            for x in ns if x not in distinct
        ]
        groups: dict[int, Patient] = {n: Patient(f"case-{n}") for n in sorted(distinct)}
        # "None of the tumours stained for CD117": a patient of the series' own table the prose never names is still one
        # of "all" (not of "both" or a "respectively" list, which count the patients the prose tells of); one no such
        # sentence reaches gets no piece and stays the table's alone
        unnamed = {x: Patient(f"case-{x}") for x in roster or {} if x not in distinct} \
            if roster and len(distinct) >= 2 and set(distinct) <= set(roster) else {}
        # "Two men aged 33 and 48 years ... a mass in the antrum (case 1) and at the cardia (case 2)": in a series numbered
        # only by its labels, the first labelled sentence stands where the first numbered one would for their joint ages
        at = next((k for k, x in enumerate(sentences) if _labelled_series([x])), None) if labelled_only else None
        intro_numbers = [1 if k == at else x for k, x in enumerate(numbers)] if at is not None else numbers
        intro = _in_own_age_order(_joint_introduction(sentences, intro_numbers, len(groups)), sentences, numbers, list(groups))
        current: int | None = None
        prev_section: tuple[str | None, str | None] | None = None
        last_single: int | None = None
        # "Immunostains were as in the first patient": the patient named is the one copied from, not the sentence's
        numbers = [None if n is not None and _copied_from(s.text) == n else n for s, n in zip(sentences, numbers)]
        for i, (s, n) in enumerate(zip(sentences, numbers)):
            if (s.section, s.heading) != prev_section:
                # a new section does not continue the last patient, unless it is a part of that patient's record printed
                # as a heading of its own under the patient's ("Case 2" | "CLINICAL HISTORY" | "ADDENDUM")
                if not (
                    current is not None and s.section == "case" and prev_section is not None and prev_section[0] == "case"
                    and s.heading and _rx("record_part_heading").match(s.heading)
                ):
                    current = None
                prev_section = (s.section, s.heading)
            if n is not None:
                current = n
            if n in groups and s.section in OWN_CUE_SECTIONS and _rx("numbered_course_at_telling").match(s.text) and {
                m.group("n") for m in _rx("numbered_patient_mention").finditer(s.text)
            } == {str(n)}:
                # "At the time of writing, 28 months after diagnosis, case 3 is alive": in the discussion, that patient's
                # later course, the sentence alone (the discussion goes on about the series, not about that patient); a
                # sentence going on to another patient ("..., and case 3 was continuing X") is dealt out below
                groups[n].sentences.append(s)
                current = None
                last_single = n
                continue
            if n is None and current is not None and s.section not in OWN_CUE_SECTIONS and (
                yard := _rx("yardstick_cases_opening").match(s.text)
            ):
                # "As in cases 1 and 2, no adjuvant therapy was given": the patient being told of, the cases named only as
                # the yardstick (blanked)
                groups[current].sentences.append(_mask(s, [yard.span()]))
                continue
            if n is None and _rx("own_series_phrase").search(s.text) and (
                speaks_for_all((bare := _own_series_masked(s)).text) or listed[i] or _rx("case_group").search(s.text)
                or _rx("denied_of_all").search(bare.text)
            ):
                # "In our series, X was found in cases 1 and 3", "In our series, no patient ...": the series named is no
                # statistic ("In our series only one patient ..." stays one)
                s = bare
            if bracketed := _bracketed_roster_pieces(s, groups):
                # "Patient 1 (a 44-year-old man) and patient 2 (a 9-year-old girl) underwent X": each its bracket and X
                current = None
                for x, piece in bracketed:
                    groups[x].sentences.append(piece)
                last_single = None
                continue
            if roster := _roster_pieces(s, groups):
                current = None
                for x, piece in roster:
                    groups[x].sentences.append(piece)
                last_single = None
                continue
            if ranked := _operated_subset_ranked(s, groups):
                # "Among the four resected patients, only the second had a recurrence; the remaining three ...": the
                # rank's clause that operated patient's (not the series' second), the rest clause the other operated ones'
                current = None
                for x, piece in ranked:
                    groups[x].sentences.append(piece)
                last_single = None
                continue
            if n is None and (bare_of_aside := _without_scope_aside(s, groups)) is not None:
                s = bare_of_aside  # "Sequencing, successful in cases 1, 2 and 4, found X in case 1 ...": the aside no one's
            if n is None and (shared := _share_pieces(s, groups)) is not None:
                # "Vimentin was expressed in all six tumours, and SMA in five of six": the sentence read on without the
                # share, which is nobody's unless it names the ones it leaves out ("case 5 being negative": the others
                # its clause, those it names the clause turned)
                s = shared[0]
                for x, piece in shared[1]:
                    groups[x].sentences.append(piece)
                for x, piece in shared[2]:
                    groups[x].elsewhere_only.append(piece)
            for x, piece in _elsewhere_only(s, groups, labels or {}):
                groups[x].elsewhere_only.append(piece)  # "desmin was positive in K2 only": the others' is negative
            for x, age in _group_joint_ages(s, groups):
                groups[x].age = groups[x].age or age  # "Cases 1 and 2 were men of 22 and 49 years, respectively"
            if intro is not None and i == intro[0]:
                pieces = intro[2]
                # "..., respectively, and patient 2 was the girl": the clause closing the dealt list that one's alone
                closing = _other_patient_clauses(s.text, list(groups), groups)
                for k, g in enumerate(groups.values()):
                    g.age = intro[1][k]
                    g.sentences.append(_mask(pieces[k] if pieces else _for_member(s, k, len(groups)), [sp for _, sp in closing]))
                for x, (a, b) in closing:
                    groups[x].sentences.append(_piece(s, a, b))
                # "... aged 6, 14 and 39 years, respectively; Pt 1 was a boy, Pt 2 a girl and Pt 3 a man": each one's sex
                for x, piece in _gapped_clauses(s, groups) or []:
                    groups[x].sex_hint = groups[x].sex_hint or demographics.find_sex([piece])
            elif n is None and s.section not in OWN_CUE_SECTIONS and (again := _reintroduced(s, _aged(groups))) is not None:
                # "A boy of 20 months had syncope", after an abstract's "a boy aged 20 months (case 1)": that one, told again
                current = next(k for k, g in groups.items() if g is again)
                again.sentences.append(s)
            elif n is None and (none_gap := _all_then_none_pieces(s, len(groups))) is not None:
                # "Desmin was positive in all three and CD34 in none": everyone's, the marker "in none" read denied
                current = None
                for g in groups.values():
                    g.sentences.extend(_each_one(p) for p in none_gap)
            elif n is None and current is None and (whose := _announced_relative(s, len(groups))) is not None:
                # "We describe three patients whose tumours were negative for ALK by IHC and FISH": before any of them
                # is told, the relative clause of the sentence announcing exactly them is each one's
                for k, g in enumerate(groups.values()):
                    g.sentences.append(_each_one(_for_member(whose, k, len(groups), whole=True)))
            elif n is None and (operated := _described_subset(s, groups)) is not None:
                # "The three surgically treated patients were alive at 44, 28 and 12 months, respectively": the list
                # dealt to the patients operated on, in order (not to the one the sentence before told of, nor
                # to all for its count of patients)
                current = None
                for k, x in enumerate(operated):
                    groups[x].sentences.append(_for_member(s, k, len(operated)))
            elif n is None and (operated_all := _operated_subset_whole(s, groups)) is not None:
                # "All four resected patients are alive without evidence of disease": each operated patient's whole
                current = None
                for x in operated_all:
                    groups[x].sentences.append(_each_one(s))
            elif n is None and (by_class := _person_group_clauses(s, groups)) is not None:
                # "The two tumours of the adults were negative for X, and all three were negative for Y": the adults' clause
                # theirs, the clause for all everyone's
                current = None
                for x, piece in by_class:
                    groups[x].sentences.append(piece)
            elif (excepted := _all_except_pieces(s, groups)):
                # "All but case 3 are alive without disease", "... except patient 2, who died 8 months later": the others
                # the sentence less the exception, the excepted ones only what the exception tells of them
                current = None
                for x, piece in excepted:
                    groups[x].sentences.append(_each_one(piece))
            elif (elided := _elided_result_halves(s, groups)):
                # "ALK was positive in case 1 and case 2 was negative": the second patient's result is of the first's test
                current = None
                for x, piece in elided:
                    groups[x].sentences.append(piece)
            elif (sex_split := _sex_split_hints(s, groups)):
                # "four male patients and one female patient (case 3)": each patient's sex, nothing else of the sentence
                current = None
                for x, hint in sex_split.items():
                    groups[x].sex_hint = groups[x].sex_hint or hint
            elif (sex_roster := _sex_group_roster_hints(s, groups, sentences)):
                # "The men were patients 1, 3 and 5": the named ones' sex, the rest's when told or counted
                current = None
                for x, hint in sex_roster.items():
                    groups[x].sex_hint = groups[x].sex_hint or hint
            elif n is None and (others_of_one := _complement_of_one(s, groups, last_single)) is not None:
                # "The largest tumour (case 3) ... . There was no extrauterine disease in the other four patients."
                current = None
                # "... at 24 and 40 months, respectively": a list dealt to the others in order
                others = [g for k_, g in groups.items() if k_ != last_single]
                for j, g in enumerate(others):
                    g.sentences.append(_for_member(others_of_one, j, len(others), whole=True))
            elif (mixed_scope := _mixed_scope_pieces(s, groups, n)) and (n is None or n in dict(mixed_scope)):
                # "All tumours were SMA-positive, desmin was expressed in patients 1 and 4 only, and CD117 was negative
                # in all four": each clause (or predicate) the patients it speaks for
                current = None
                for x, piece in mixed_scope:
                    groups[x].sentences.append(_each_one(piece))
            elif n is None and s.section not in OWN_CUE_SECTIONS and (rank_set := _rank_set_only(s, groups)) is not None:
                # "Caldesmon was expressed in the first and third tumours (only)": those patients' (the others' turned); in
                # the discussion, "as in the first and third cases" compares, it tells no record
                current = None
                for x in rank_set[0]:
                    groups[x].sentences.append(s)
                for x, piece in rank_set[1]:
                    groups[x].elsewhere_only.append(piece)
            elif n is None and (only := _only_ranked(s, groups)) is not None:
                # "Desmin stained the first tumour only": that patient's (the others' read with the opposite sign above)
                groups[only].sentences.append(s)
            elif n is None and (only_placed := _only_placed(s, groups)) is not None:
                # "Desmin was detected only in the tracheal lesion": that patient's, the phrase naming it blanked (it
                # reads as no place of the finding; the others' turned above)
                groups[only_placed[0]].sentences.append(_mask(s, [only_placed[1].span()]))
            elif n is None and labels and (dealt := _label_pieces(s, labels, groups)):
                # "SMA was positive in all three; desmin in K2 only": each table label's patient its clauses
                current = None
                for x, piece in dealt:
                    groups[x].sentences.append(piece)
            elif n is None and (by_kinase := _kinase_pieces(s, groups)):
                # "the ALK-rearranged tumour stained for ALK, while the ROS1-rearranged tumour ...": each clause the
                # numbered patient whose own sentences gave that kinase's fusion
                current = None
                for x, piece in by_kinase:
                    groups[x].sentences.append(piece)
            elif n is None and (ranked := _ranked_pieces(s, len(groups))):
                # "The first received X; the second underwent Y": each numbered patient its own piece
                current = None
                for g, piece in zip(groups.values(), ranked):
                    g.sentences.append(piece)
            elif n is None and _opens_for_all(s) and not (_some_of(s.text, len(groups)) and _bracket_pieces(s, groups)) and (
                mixed := _all_and_named_pieces(s, _every_one(s, groups, unnamed))
            ):
                # "No patient had metastasis; none of the resected nodes (cases 1 and 3) contained tumour": the opening
                # clause every patient's, the later clause only the cases it names (not when it opens on a count of
                # some of them and its brackets name which: "The three operated on ...; they are well at 14 (case 1),
                # ...": read item by item, below)
                current = None
                for x, piece in mixed:
                    (groups.get(x) or unnamed[x]).sentences.append(_each_one(piece))
            elif n is None and (bracketed := _bracket_pieces(s, groups)):
                # "GENE1-ALK (case 1) and GENE2-ALK (case 2); for case 3 ...": each item its bracket's patients'
                current = None
                for xs, piece in bracketed:
                    for x in xs:
                        groups[x].sentences.append(piece)
            elif n is None and (by_clause := _clause_named_pieces(s, groups)):
                # "X was positive in 3/5 (Pts 1, 3, 5); Pt 2 was negative, and Pt 4 ...": each clause its named patients'
                current = None
                for x, piece in by_clause:
                    groups[x].sentences.append(piece)
            elif n is None and (counted := _count_then_named_rest(s, groups)):
                # "Three underwent resection; the fourth (case 4) was given X": the count the others, the clause the one
                current = None
                for x, piece in counted:
                    groups[x].sentences.append(piece)
            elif n is None and (grouped := _group_bracket_clauses(s, groups)):
                # "X in the two men (cases 1 and 2) and Y in case 3": each predicate the patients it is closed by
                current = None
                for xs, piece in grouped:
                    for x in xs:
                        groups[x].sentences.append(piece)
            elif n is None and (refs := _bracketed_cases(s.text, groups)):
                # "... in one child (case 2)": that numbered patient's, wherever the text stands; "The other two (cases 1
                # and 3) are disease free at 48 and 24 months, respectively": each its own item
                dealt = len(refs) > 1 and _rx("respectively").search(s.text) is not None
                for j, r_ in enumerate(refs):
                    groups[r_].sentences.append(_for_member(s, j, len(refs)) if dealt else s)
            elif ranked_sets := _rank_set_clauses(s, groups):
                # "The first and the third patient are alive, the second died of disease": each clause the ranks it opens on
                current = None
                for x, piece in ranked_sets:
                    groups[x].sentences.append(piece)
            elif clauses := _subject_clauses(s, groups):
                # "At last follow-up, patient 1 was alive with disease and patient 2 had no evidence of disease": each
                # numbered patient the clause it is the subject of
                current = None
                for x, piece in clauses:
                    groups[x].sentences.append(piece)
            elif clauses := _gapped_clauses(s, groups):
                # "Patient 1 underwent resection and patient 2 crizotinib": the second clause borrows the first's verb
                current = None
                for x, piece in clauses:
                    groups[x].sentences.append(piece)
            elif clauses := _contrast_halves(s, groups):
                # "Resection was done in patient 1, whereas patient 2 received X": each the clause naming it
                current = None
                for x, piece in clauses:
                    groups[x].sentences.append(piece)
            elif n is None and (detailed := _all_with_case_detail(s, groups)):
                # "All five tumours expressed ALK, with a membranous pattern in cases 1-4 and a cytoplasmic one in case
                # 5": the clause for all everyone's, each item of the detail only the cases it names
                current = None
                for x, piece in detailed:
                    groups[x].sentences.append(piece)
            elif clauses := _case_clauses(s, groups):
                # "Desmin was positive in case 1 and negative in cases 2 and 3": each its own predicate
                current = None
                for xs, piece in clauses:
                    for x in xs:
                        groups[x].sentences.append(piece)
            elif (n is None or _rx("complement_cases").search(s.text)) and (split := _clausewise_case_pieces(s, groups)):
                # "Desmin was positive in cases 1 and 3 and negative in case 2; CD30 was positive in cases 1 and 2": a
                # patient named in more than one clause; each clause dealt to the cases it names ("...; the remaining
                # case was negative": the unnamed ones theirs)
                current = n
                for x, piece in split:
                    groups[x].sentences.append(piece)
            elif (mixed_closers := _site_and_case_pieces(s, groups)) and (n is None or any(n in xs for xs, _ in mixed_closers)):
                # "NGS showed X in the bronchial tumour and Y in case 3": each predicate the patient its closer names, by
                # site or by number
                current = None
                for xs, piece in mixed_closers:
                    for x in xs:
                        groups[x].sentences.append(piece)
            elif (referred := _ref_clauses(s, _aged(groups))) and (n is None or referred[0][0] is groups.get(n)):
                # "ALK was positive in the first case and negative in the second": each its own predicate (the first
                # reference is the patient the sentence was taken to open on)
                current = None
                for p, piece in referred:
                    p.sentences.append(piece)
            elif n is None and (placed := _site_plural_pieces(s, list(groups.values()))):
                # "CD117 and DOG1 were negative in both gastric tumours": the patients whose site it names
                current = None
                for p, piece in placed:
                    p.sentences.append(piece)
            elif n is None and (placed := _site_named_pieces(s, list(groups.values()))):
                # "The bladder tumour recurred; the lung tumour did not": each clause the patient whose site it names
                for p, piece in placed:
                    p.sentences.append(piece)
                current = next(k for k, g in groups.items() if g is placed[-1][0])
            elif n is None and (detailed := _all_with_case_bracket(s, groups)):
                # "All patients underwent endoscopic excision (laser in cases 1 and 2, cold steel in case 3)": the
                # clause for all everyone's, each item of the bracket only the cases it names
                current = None
                for x, piece in detailed:
                    groups[x].sentences.append(piece)
            elif n is None and len(named := [x for x in listed[i] if x in groups]) >= 2:
                # "The tumours of cases 1 and 3 ...": those patients' (a "respectively" list dealt out in order)
                current = None
                if turned_pair := _pair_turn_pieces(s, named):
                    # "Cases 2 and 3 were followed for 22 and 36 months; the former is well, while the latter recurred":
                    # each clause on "the former" / "the latter" that one's, the text going on with the last one named
                    for x, piece in turned_pair:
                        groups[x].sentences.append(piece)
                    current = turned_pair[-1][0]
                else:
                    # "ALK was expressed in cases 1-3, ...; the tumour of case 4 was ALK-negative": a clause after a
                    # semicolon naming only another patient is that one's, not the listed patients'
                    others = _other_patient_clauses(s.text, named, groups)
                    shared = _mask(s, [span for _, span in others]) if others else s
                    # "X and Y, tested in cases 1 and 3, were negative, as was Z in case 1": the closing "as was" clause
                    # only the patients it names
                    as_was = _rx("as_was_named_clause").search(s.text)
                    for j, x in enumerate(named):
                        mine = shared if as_was is None or x in _case_numbers(as_was.group("ns")) else _mask(shared, [as_was.span()])
                        groups[x].sentences.append(_for_member(mine, j, len(named)))
                    for x, (a, b) in others:
                        groups[x].sentences.append(_piece(s, a, b))
            elif n is None and (led := _group_lead_then_placed(s, _aged(groups))):
                # "ALK FISH was performed in the two men: the maxillary tumour showed X, the nasal tumour did not": the
                # lead the group's, each clause opening on a tumour named by its site that patient's
                current = None
                for p, piece in led:
                    p.sentences.append(piece)
            elif n is None and (by_sex_group := _sex_group_pieces(s, _aged(groups))):
                # "In both men desmin was positive, whereas the woman's tumour was negative": each clause the numbered
                # patients of its sex (the turn kept when the first clause is the one being told of alone, as above)
                current = current if current is not None and _opens_on(by_sex_group, groups[current]) else None
                for p, piece in by_sex_group:
                    p.sentences.append(piece)
            elif n is None and _rx("denied_of_all").search(s.text):
                # "Neither tumour recurred during follow-up": every numbered patient's, the turn staying where it was
                for k, g in enumerate(groups.values()):
                    g.sentences.extend(_denial_and_all_clauses(_own_series_masked(_for_member(s, k, len(groups), whole=True))))
            elif n is None and speaks_for_all(s.text) and (lead_turn := _shared_lead_turn(s, _aged(groups))):
                # "Both tumours were ALK positive, and the boy's tumour carried X": the lead everyone's, the clause the
                # one it names only
                current = None
                for p, piece in lead_turn:
                    p.sentences.append(piece)
            elif n is None and speaks_for_all(s.text) and (mixed := _all_and_named_pieces(s, _every_one(s, groups, unnamed))):
                # "SOX10 was negative in all cases, and CD34 was negative in case 2": the clause for all everyone's, the
                # clause naming its cases theirs only
                current = None
                for x, piece in mixed:
                    (groups.get(x) or unnamed[x]).sentences.append(_each_one(piece))
            elif n is None and speaks_for_all(s.text) and (placed := _all_then_placed(s, _aged(groups))):
                # "In both tumours, X; the abdominal lesion had Y, whereas the thigh lesion had Z": the opening clause
                # everyone's, each clause opening on a tumour named by its site the patient whose site it is
                current = None
                for p, piece in placed:
                    p.sentences.append(piece)
            elif n is None and (
                speaks_for_all(s.text) or (lesions_shared and len(groups) >= 2 and bool(_rx("all_lesions_opener").search(s.text)))
            ):  # "In both cases, ...": every numbered patient's
                current = None
                # "..., and one received X": a clause about some of them unnamed is none of theirs
                subset = _subset_clauses(s.text, len(groups)) + _one_member_clauses(s.text) + _series_ranges(s.text)
                s_all = _mask(s, subset) if subset else s
                for k, g in enumerate(groups.values()):
                    g.sentences.append(_each_one(_for_member(s_all, k, len(groups), whole=True)))
                if not subset and len(_every_one(s, groups, unnamed)) > len(groups):
                    for g in unnamed.values():
                        g.sentences.append(_each_one(s))
            elif n is None and (turned := _turn_pieces(s, _aged(groups)) or _oblique_turn_pieces(s, _aged(groups))):
                # "The younger remains well, whereas the older relapsed": each clause the numbered patient of that age
                for p, piece in turned:
                    p.sentences.append(piece)
                current = next(k for k, g in groups.items() if g is turned[-1][0])
            elif n is None and len(groups) == 2 and (k_turn := sentence_turn(s.text, 2)) is not None:
                # "Only the latter was given X", "The former relapsed": of two numbered patients, the first or second
                current = list(groups)[k_turn - 1]
                groups[current].sentences.append(_turned_to(s, 2))
            elif n is None and (by_age := _turn_by_age(s, _aged(groups))) is not None:
                current = next(k for k, g in groups.items() if g is by_age)  # "The 6-year-old ...": that one
                by_age.sentences.append(s)
            elif n is None and (by_sex := _turn_by_sex(s, _aged(groups), groups.get(current) if current else None)) is not None:
                current = next(k for k, g in groups.items() if g is by_sex)  # "The man remains well": that one
                by_sex.sentences.append(s)
            elif n is not None and n == current and (rest := _rx("others_closing_clause").search(s.text)):
                # "Case 3 recurred at 6 months; there was no recurrence in the other two": the clause closed by the others
                # theirs (the phrase naming them blanked), the clause before it the named patient's
                groups[current].sentences.append(_piece(s, 0, rest.start("c")))
                others = _mask(_piece(s, rest.end("c"), len(s.text)), [(rest.start("w") - rest.end("c"), rest.end("w") - rest.end("c"))])
                for k_, g in groups.items():
                    if k_ != current:
                        g.sentences.append(others)
            elif current is not None and (rest := _rx("others_clause").search(s.text)):
                # "Patient 2 received X, while the others underwent Y": the named patient's clause only, the rest the
                # other patients' when the sentence names its patient; one opening on the others is nobody's
                if rest.start("w") > 0:
                    groups[current].sentences.append(_piece(s, 0, rest.start("w")))
                    if n is not None:
                        # "...; the other two patients are alive": each other's piece without the phrase naming them as
                        # others (which reads as other persons than the one whose piece it is)
                        others = _mask(_piece(s, rest.start("w"), len(s.text)), [(0, rest.end("w") - rest.start("w"))])
                        for k_, g in groups.items():
                            if k_ != current:
                                g.sentences.append(others)
            elif n is None and _any(scope_rules().collective, s.text) and _one_member_clauses(s.text):
                # "ALK was expressed in all tumours except the hepatic one": about all of them but one set apart by its
                # tumour, not the last one told of: each other one's when one patient's own words describe its tumour so,
                # else nobody's
                current = None
                for p, piece in (_all_but_one(s, list(groups.values())) or ([], None))[0]:
                    p.sentences.append(piece)
            elif n is None and (by_age := _age_ordered_pieces(s, groups)) is not None:
                # "Ki-67 was 5%, 8% and 25%, in order of age": one item each, dealt by the patients' ages, not numbers
                current = None
                for x, piece in by_age:
                    groups[x].sentences.append(piece)
            elif (
                current is not None and groups[max(groups)].sentences and n is None and not listed[i] and len(groups) >= 3
                and _one_value_each(s.text, len(groups))
            ):
                # "Pt4 (F/27): ...; NED 14 mo. | Ki-67 index was 20%, 15%, 50% and 10% respectively.": after the last
                # patient's own line, a lone list of one value for each numbered patient, naming none, is all of theirs;
                # inside an earlier patient's telling ("Patient 2 ... Follow-up bronchoscopies at 3, 12 and 24 months
                # were normal."), with the last patient's telling still to come, it is that patient's own (the times of
                # their checks); once the last one was told, a later note about an earlier one does not change that
                current = None
                for k, g in enumerate(groups.values()):
                    g.sentences.append(_for_member(s, k, len(groups)))
            elif s.section not in OWN_CUE_SECTIONS and (clauses := _referent_clauses(s, _aged(groups))):
                # "The first patient is well at 5 years; the renal tumour has not recurred at 26 months": each clause the
                # one it names anywhere (by rank, age, sex or its tumour's site)
                # ("On the girl's tissue X was done; it was not done in the man": a sentence opening on the patient being
                # told of, the other named only in a later clause, goes on telling that patient)
                current = current if current is not None and _opens_on(clauses, groups[current]) else None
                for p, piece in clauses:
                    p.sentences.append(piece)
            elif n is None and s.section not in OWN_CUE_SECTIONS and (turned := _opening_turn(s, _aged(groups))) is not None:
                # "The boy is well 20 months after gastrectomy. The woman is alive ...": in a numbered series, a sentence
                # opening on a person noun or relative age that only one of them fits turns the text to that one
                current = next(k for k, g in groups.items() if g is turned)
                turned.sentences.append(s)
            elif n is None and current is None and s.section not in OWN_CUE_SECTIONS and (
                sole := _sole_referent(s, _aged(groups))
            ) is not None:
                # "CD117 was negative in the oesophageal tumour": the one it names, wherever (the text's turn not moved;
                # inside one patient's telling, "as in the first patient" compares, it does not turn; in the discussion,
                # "For the orbital tumour, X avoided exenteration" comments, it tells no record)
                current = None
                sole.sentences.append(s)
            elif n is None and labels and len(lettered := _lettered_labels(s.text, labels, {**unnamed, **groups})) >= 2:
                # "Patients A, B, C and E were free of disease at 52, 19, 33 and 8 months, respectively": the patients of
                # a table lettering them, named together, each its own item (the one left out none)
                current = None
                for j, x in enumerate(lettered):
                    (groups.get(x) or unnamed[x]).sentences.append(_for_member(s, j, len(lettered)))
            elif current is not None and n is None and not listed[i] and not demographics.find_ages(s) \
                    and _plural_list_for_all(s.text, len(groups)):
                # "Patient 2 was a woman. After progression, they were switched to X and Y, respectively.": a plural
                # subject before a list of one item per numbered patient is all of theirs, dealt out in order (not the
                # last-named one's alone; a longer list after the subject is not theirs)
                current = None
                for k, g in enumerate(groups.values()):
                    g.sentences.append(_for_member(s, k, len(groups)))
            elif current is not None and not (s.section in OWN_CUE_SECTIONS and _names_another(s.text, current, groups)):
                groups[current].sentences.append(s)
            elif n is None and not listed[i] and _rx("respectively").search(s.text) and not demographics.find_ages(s) \
                    and parallel_list(s.text, len(groups)) is not None and (
                        parallel_list(s.text, len(groups) + 1) is None or _plural_list_for_all(s.text, len(groups))
                    ):
                # "Case 2 ... . The Ki-67 index was 30% and 8%, respectively.": after a sentence shared out, a list of
                # one value for each numbered patient, naming none of them, deals its items out in the patients' order
                # (a longer list is not theirs, nor a sentence introducing patients by their ages: its other lists stay whole)
                for k, g in enumerate(groups.values()):
                    g.sentences.append(_for_member(s, k, len(groups)))
            elif labelled_only and s.section not in ("title", "other"):
                # a series numbered only by its labels: a sentence naming none of them is about all of them, as an
                # announced series' ("The patients were 36 and 43 years old, respectively": each its own item)
                for k, g in enumerate(groups.values()):
                    g.sentences.append(_mask(_for_member(s, k, len(groups), whole=True), _mixed_sex_spans(s.text)))
            # the one numbered patient this sentence went to alone, if so: "the other four" of the next sentence are the rest
            received = [k_ for k_, g in groups.items() if g.sentences and g.sentences[-1].start == s.start]
            last_single = received[0] if len(received) == 1 else None
            for x, piece in _echoed(s, groups, n if n is not None else current):
                # "..., as they were in case 7": the echoed patient's too; "Immunostains were as in case 1": case 1's
                # stain results this patient's too
                groups[x].sentences.append(piece)
        if intro is not None and sentences[intro[0]].section == "abstract":
            _check_abstract_sexes(groups, sentences[intro[0]])
        # a trial's patient of another tumour type ("Patient 07-013, a 16-year-old with neuroblastoma ...") is no row
        trial = {n for s, n in zip(sentences, numbers) if n is not None and (_trial_id(s.text) or _trial_id(s.heading or ""))}
        groups = dict(sorted({**groups, **unnamed}.items()))
        kept = [p for k, p in groups.items() if p.sentences and not (k in trial and _other_tumours_patient(p))]
        for k, p in groups.items():
            p.trial = k in trial
        # "Both patients were adult males": the series' sex for each numbered patient whose own sentences give none
        hint = _group_sex(sentences, len(groups))
        for p in kept:
            p.sex_hint = p.sex_hint or hint
        return kept
    # "Desmin was positive in 3 of 4, and SMA in all": beside no numbered patients, a share of a series is its statistic
    # (kept for a series whose members one sentence enumerates: there the clause for all is each member's)
    with_shares = sentences
    sentences = [s for s in sentences if not _share_beside_all(s)]
    if not sentences:
        return []
    told = _told_in_turn(with_shares, sentences_all)
    if told:
        return told
    series = _enumerated_series(with_shares, sentences_all)
    if series:
        return series
    r = scope_rules()
    any_age = False
    for i, s in enumerate(sentences):
        ages = demographics.find_ages(s)
        # the plural cue may stand in the sentence before ("We report two patients. The first, a ...")
        prev = sentences[i - 1].text if i and sentences[i - 1].section == s.section else ""
        if len(ages) >= 2 and (
            any(a.joint for a in ages) or _any(r.plural, s.text) or _any(r.plural, prev) or _each_introduced(s, ages)
            or _is_kin(s, True)
        ):
            together = [Patient("index" if k == 0 else f"index-{k + 1}", [], age) for k, age in enumerate(ages)]
            # "Two women were treated. They were 31 and 54 years old, respectively.": the group's plural noun gives the
            # sex of each whose age phrase has none
            hint = _group_sex(sentences, len(together)) if any(p.age is not None and p.age.sex is None for p in together) else None
            for p in together:
                if hint and p.age is not None and p.age.sex is None:
                    p.sex_hint = hint
            return _route_by_sex(together, sentences)
        if ages:
            any_age = True
            break  # the first age-bearing sentence introduces one patient
    if not any_age:
        counted = {int(c) for s in sentences_all for m in _rx("counted_patients").finditer(s.text) if (c := words_to_number(m.group("n")))}
        announced = _announced_patients(sentences, any(cohort), counted)
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
    # "The series comprised one man and three women (mean age, 40 years)": one patient per member, when nothing above
    # found them one by one
    by_sex = _series_by_sex_in_statistics(sentences, sentences_all, _series_total(sentences), _stated_totals(sentences_all))
    if by_sex:
        return by_sex
    if not any_age and _reports_no_individual(sentences_all):
        return []  # a review or a cohort's statistics: no patient of its own to give a row
    return [Patient("index", _without_other_persons(sentences))]


def _plural_list_for_all(text: str, k: int) -> bool:
    """"After progression on X, they were switched to Y and Z, respectively", "Both were then given Y and Z,
    respectively": a plural subject (regex ``they`` or ``collective_subject``) followed by a "respectively" list of
    one item for each of ``k`` patients; a longer list counts only when it takes in words before that subject (the
    clause before it, not a list of theirs)."""
    if not _rx("respectively").search(text):
        return False
    plural = _rx("they").search(text) or _rx("collective_subject").search(text)
    own = parallel_list(text, k) if plural is not None else None
    if plural is None or own is None or own[0][0] < plural.end():
        return False
    longer = parallel_list(text, k + 1)
    return longer is None or longer[0][0] < plural.start()


def _other_tumours_patient(p: Patient) -> bool:
    """Is a trial's numbered patient one with another tumour, told beside the report's own (a basket trial's
    neuroblastoma or lymphoma patient): another tumour named where the patient is introduced (the first two
    sentences, or the heading), and the tumour of the extraction nowhere in its sentences."""
    if any(_rx("item_tumour_term").search(s.text) for s in p.sentences):
        return False
    opening = [s.text for s in p.sentences[:2]] + [p.sentences[0].heading or ""]
    return any(_rx("item_other_tumour").search(t) for t in opening)


def _diagnosis_events(text: str) -> list[tuple[int, bool]]:
    """The settled diagnoses a sentence states, in order: (offset, True when it is the tumour itself, False when it is
    another entity, one of its mimics); the tumour is also settled by weaker words ("histology confirmed an IMT",
    ``tumour_confirmed_before``), which never settle a mimic. A statement names its entity right after its words ("the final diagnosis is a
    GIST", "the diagnosis was revised to an ALK-negative IMT", "Diagnosis: IgG4-related disease", "this is an FDC
    sarcoma", "pointed to a spindle cell nodule"), right before them ("IgG4-related disease was diagnosed", "the
    diagnosis of IMT was made") or opens its sentence alone ("Nodular fasciitis; no further therapy"). A first, outside,
    suspected or past diagnosis ("initially diagnosed as", "had been diagnosed with ... years ago") is none."""
    tumour, mimic = _rx("item_tumour_term"), _rx("mimic_entity")
    entities = sorted(
        [(m.start(), m.end(), True) for m in tumour.finditer(text)] + [(m.start(), m.end(), False) for m in mimic.finditer(text)]
    )
    if not entities:
        return []
    not_before, not_after = _rx("diagnosis_not_settled_before"), _rx("diagnosis_not_settled_after")
    events: list[tuple[int, bool]] = []
    for m in _rx("diagnosis_stated_before").finditer(text):
        # the first entity named after the words (a mimic's name may take in words before it: searched from there)
        found = [(e.start(), e.end(), k) for rx, k in ((tumour, True), (mimic, False)) if (e := rx.search(text, m.end()))]
        if not found:
            continue
        a, b, is_tumour = min(found)
        if a - m.end() > _DIAGNOSIS_FILLER or _rx("diagnosis_filler_break").search(text, m.end(), b):
            continue
        if not_before.search(text[max(0, m.start() - 30) : m.start()]) or not_after.match(text, b):
            continue
        events.append((m.start(), is_tumour))
    for m in _rx("tumour_confirmed_before").finditer(text):
        t = tumour.search(text, m.end())
        first = min((e.start() for e in (t, mimic.search(text, m.end())) if e), default=None)
        if (
            t and first == t.start() and t.start() - m.end() <= _DIAGNOSIS_FILLER
            and not _rx("diagnosis_filler_break").search(text, m.end(), t.end())
            and not not_before.search(text[max(0, m.start() - 30) : m.start()])
        ):
            events.append((m.start(), True))
    for a, b, is_tumour in entities:
        if _rx("diagnosis_filler_break").search(text, a, b):
            continue  # "no nodular fasciitis was diagnosed"
        stated = _rx("diagnosis_stated_after").match(text, b)
        if stated and (lead := _diagnosis_of_lead(text, a, b)) is not None and not_before.search(text[max(0, lead - 30) : lead]):
            continue  # "A clinical diagnosis of degenerating leiomyoma was made": the qualifier stands before "diagnosis of"
        bare = (
            not text[:a].strip(" \t\"'([") and _rx("diagnosis_bare_line").match(text, b)
            and not _rx("diagnosis_entity_not_bare").search(text, a, b)
        )
        if (stated and not not_before.search(text[max(0, a - 30) : a]) and not not_after.match(text, stated.end())) or bare:
            events.append((a, is_tumour))
    return sorted(events)


def _diagnosis_of_lead(text: str, a: int, b: int) -> int | None:
    """Where "diagnosis of" opens an entity named at ``a:b`` ("the preoperative diagnosis of a GIST", or within the
    entity when a differential's name took in the words before it: "clinical diagnosis of degenerating leiomyoma"),
    so that the word before the statement, not before the entity, says whether it is settled; None when none does."""
    for m in _rx("diagnosis_of_words").finditer(text, max(0, a - 30), b):
        if a <= m.end() < b:
            return m.start()
    return None


#: at most this many characters between a diagnosis statement's words and the entity they name ("revised to an
#: ALK-negative, NTRK3-rearranged inflammatory myofibroblastic tumour")
_DIAGNOSIS_FILLER = 60


def _settled_elsewhere(p: Patient) -> bool:
    """Is the patient's settled diagnosis another entity, one of the tumour's mimics? The last diagnosis their own
    sentences state is the other entity ("the diagnosis was revised to sclerosing mesenteritis"), and no kinase fusion
    named with its partner is theirs."""
    events = [e for s in p.sentences for e in _diagnosis_events(s.text)]
    return bool(events) and not events[-1][1] and not any(_rx("named_kinase_fusion").search(s.text) for s in p.sentences)


def _mimic_beside_tumour(p: Patient, row: CaseRow, others: list[tuple[Patient, CaseRow]]) -> bool:
    """In a report whose title sets the tumour beside a mimic ("EIMS versus epithelioid GIST"), the patient whose own
    sentences never name the tumour nor a kinase fusion and whose ALK tests are all negative, while another patient's
    name the tumour, a fusion or a positive ALK test: the mimic's patient."""
    def marked(q: Patient, r: CaseRow) -> bool:
        return any(_rx("item_tumour_term").search(s.text) or _rx("named_kinase_fusion").search(s.text) for s in q.sentences) or any(
            t.endswith("+") for t in r.alk_tests or []
        )

    tests = row.alk_tests or []
    return bool(tests) and all(t.endswith("-") for t in tests) and not marked(p, row) and any(marked(q, r) for q, r in others)


def _title_sets_beside(title: list[Sentence]) -> bool:
    """Does the title name the tumour and another entity side by side ("an IMT and an inflammatory leiomyosarcoma
    compared", "EIMS versus epithelioid GIST")?"""
    for s in title:
        tumour = [m.span() for m in _rx("item_tumour_term").finditer(s.text)]
        mimic = [m.span() for m in _rx("mimic_entity").finditer(s.text)]
        for a, b in tumour:
            for c, d in mimic:  # between the tumour and the mimic's head (its name may take in the word before it)
                lo, hi = (b, d) if b <= c else (d, a)
                if lo <= hi and _rx("title_contrast").search(s.text, lo, hi) and not _rx("title_contrast_gap_break").search(s.text, lo, hi):
                    return True
    return False


def other_diagnosis_patients(patients: list[Patient], rows: list[CaseRow], title: list[Sentence], text: str) -> set[str]:
    """The case ids of described patients who are not patients with the tumour (in a report, ``text``, that names it): their settled diagnosis is a mimic
    (:func:`_settled_elsewhere`), or, told beside a patient with the tumour in a report whose title sets the two
    entities side by side, nothing of theirs is the tumour's (:func:`_mimic_beside_tumour`). They give no row."""
    # only a report about the tumour sets its patients apart by it: a report of another disease (a thyroid carcinoma's
    # case report) keeps its patient whatever their diagnosis
    if not _rx("item_tumour_term").search(text):
        return set()
    out = {p.case_id for p in patients if _settled_elsewhere(p)}
    if len(patients) > 1 and _title_sets_beside(title):
        pairs = list(zip(patients, rows))
        for p, r in pairs:
            if p.case_id not in out and _mimic_beside_tumour(p, r, [x for x in pairs if x[0] is not p and x[0].case_id not in out]):
                out.add(p.case_id)
    return out


def _opens_on(dealt: list[tuple[Patient, Sentence]], patient: Patient) -> bool:
    """Is the first clause of a sentence dealt clause by clause ``patient``'s alone ("On the girl's tissue X was done;
    it was not done in the man")? Then the text, which was telling of that patient, goes on with it."""
    first = dealt[0][1].start
    return [p for p, piece in dealt if piece.start == first] == [patient]


def _aged(groups: dict[int, Patient]) -> list[Patient]:
    """Numbered patients, each with the age its own sentences so far first state (for "the younger", "the
    6-year-old"); one without any stays unaged."""
    for g in groups.values():
        if g.intro_years is None and g.age is None:
            first = next((a for x in g.sentences for a in demographics.find_ages(x) if not a.joint and not a.earlier), None)
            g.intro_years = first.years if first is not None else None
            g.intro_sex = first.sex if first is not None else None
            if first is not None and first.sex is None and (told := demographics.find_sex([first.sentence])) is not None:
                # "The second patient was a girl of 4 years": the person noun of the sentence stating the age, where the
                # age phrase has none of its own ("the girl ...; ... in the man" then tells them apart)
                g.intro_sex = told[0]
    return list(groups.values())


def _indefinite_ages(s: Sentence) -> list[float]:
    """Ages of persons the sentence introduces ("a 70-year-old man")."""
    return [
        a.years
        for a in demographics.find_ages(s)
        if not a.earlier and _rx("indefinite_article_before").search(s.text[max(0, a.start - 4) : a.start])
    ]


def _without_other_persons(sentences: list[Sentence]) -> list[Sentence]:
    """A single report's sentences, less those introducing another person of an earlier report ("The only earlier
    adult patient, a 70-year-old man, died ...", "A search found one previous case, a 70-year-old man ..."): an age
    other than the patient's, a word of earlier reports, and neither an own cue nor a pronoun. The patient's age is
    the first in a sentence with an own cue or a pronoun, else the first in a sentence without such a word."""
    def own(s: Sentence) -> bool:
        return is_own(s.text) or _any(scope_rules().intro_own, s.text) or bool(_rx("patient_ref").search(s.text))

    hinted = [bool(_rx("earlier_report").search(s.text)) for s in sentences]
    ages = [demographics.find_ages(s) for s in sentences]
    mine = next((a[0].years for s, a in zip(sentences, ages) if a and own(s)), None)
    if mine is None:
        mine = next((a[0].years for a, h in zip(ages, hinted) if a and not h), None)
    out = []
    for s, h in zip(sentences, hinted):
        other = _indefinite_ages(s) if h and mine is not None else []
        if other and mine not in other and not own(s):
            continue  # another, earlier patient
        if not own(s) and _rx("others_opening").match(s.text):
            continue  # "The two other participants both had stable disease": the rest of the study's patients
        out.append(s)
    return out


def _reports_no_individual(sentences: list[Sentence]) -> bool:
    """A review or a cohort study that describes no patient of its own: no age (checked by the caller), no trace
    of one patient (a case report, "one further case", "a patient", a pronoun, "Case 2"), and it names itself a
    review or a study of a group ("we reviewed", "were analysed retrospectively"); a series of two to four told in
    figures keeps its row. A case report's page cut before its patient (a title and background only) says none of
    these and keeps its row."""
    if any(_rx("individual_cue").search(s.text) or is_own(s.text) or singles_out(s.text) or patient_number(s.text) for s in sentences):
        return False
    # "two thirds of cases" is a share, not a group of two
    totals = _stated_totals([dataclasses.replace(s, text=_rx("fraction").sub(" ", s.text)) for s in sentences])
    if totals and max(totals) < 5:
        return False  # a small series told in figures ("3 men and 1 woman") keeps its row
    return any(_rx("review_cue").search(s.text) for s in sentences)


def _each_introduced(s: Sentence, ages: list[demographics.AgeMatch]) -> bool:
    """"A 4-month-old boy had X and a 5-month-old girl had Y": every age phrase of the sentence
    introduces a person of its own (indefinite article, sex noun, not an earlier event)."""
    def introduced(a: demographics.AgeMatch) -> bool:
        # the article before the age ("a 4-month-old boy") or before the noun the age follows ("a girl aged 8 years")
        at = a.sex_span[0] if a.sex_span is not None and a.sex_span[1] <= a.start else a.start
        return _rx("indefinite_article_before").search(s.text[max(0, at - 4) : at]) is not None

    return all(not a.earlier and a.sex is not None and introduced(a) for a in ages) and len({a.sex_span for a in ages}) == len(ages)


def _sequential_patients(sentences: list[Sentence]) -> list[Patient] | None:
    """"We report two cases of IMT. A 4-year-old boy presented with ... A 9-year-old girl had ...":
    a report that announces several patients and introduces them one after another, each by an
    indefinite age phrase. Each introduction (a new age) starts that patient; a repeated one (the
    case section retelling the abstract) returns to it. Only when the announced number (or, without
    one, at least two) of distinct ages are introduced this way."""
    announced = next((c for s in sentences if (c := announced_count(s.text))), None)
    if announced is None:  # a title counting the report's patients ("... of the breast and the thyroid: two case reports")
        announced = next((words_to_number(m.group("n")) for s in sentences if s.section == "title" and (m := _rx("title_count").search(s.text))), None)
    if announced is None and not any(
        (_any(scope_rules().plural, s.text) or _rx("another_own_patient").search(s.text) or _is_kin(s, False))
        and not s.section == "title"
        for s in sentences
    ):
        return None
    intro: dict[int, float] = {}
    sexes: dict[float, str | None] = {}
    for i, s in enumerate(sentences):
        # "The younger, aged 6 years, ...", "The first was 6 years old", "His 9-year-old brother presented with ...":
        # an age in the opening of a sentence that opens on one of the patients by rank, or on a relative who is one
        definite = bool(_rx("definite_intro").match(s.text)) or _is_kin(s, False)
        for a in demographics.find_ages(s):
            if not a.earlier and (
                _rx("indefinite_article_before").search(s.text[max(0, a.start - 4) : a.start]) or (definite and a.start <= 80)
            ):
                intro[i] = a.years
                sexes.setdefault(a.years, a.sex)
                break
    distinct = list(dict.fromkeys(intro.values()))
    if len(distinct) < 2 or (announced is not None and len(distinct) != announced):
        return None
    patients = {
        y: Patient("index" if k == 0 else f"index-{k + 1}", intro_years=y, intro_sex=sexes.get(y)) for k, y in enumerate(distinct)
    }
    current: Patient | None = None
    prev_section: str | None = None
    for i, s in enumerate(sentences):
        if s.section != prev_section:
            current = None
            prev_section = s.section
        if i in intro:
            current = patients[intro[i]]
        elif turned := _turn_pieces(s, list(patients.values())) or _oblique_turn_pieces(s, list(patients.values())):
            # "The younger had X, and the older girl had Y": each clause its patient's; the text goes on with the last
            # ("X was done for the older child, whereas the younger one ...": the first named in an oblique role)
            for p, piece in turned:
                p.sentences.append(piece)
            current = turned[-1][0]
            continue
        elif (by_age := _turn_by_age(s, list(patients.values()))) is not None:
            current = by_age  # "The 6-year-old ...", "The older girl ...": that one of them
        elif (sole := _sole_referent(s, list(patients.values()))) is not None:
            # "Because of the residual tumour, the boy was given X": the one it names, wherever (turning the text to it
            # only when the name opens the sentence)
            if not _rx("referent_opener").match(s.text):
                sole.sentences.append(s)
                continue
            current = sole
        elif (rank := _rank_opening(s.text, len(patients))) is not None:
            current = list(patients.values())[rank - 1]  # "The second tumour was ALK-negative": the second introduced
        elif ranked := _ranked_pieces(s, len(patients)):  # "The first received X; the second Y": each its piece
            current = None
            for p, piece in zip(patients.values(), ranked):
                p.sentences.append(piece)
            continue
        elif referred := _ref_clauses(s, list(patients.values())):  # "positive in the man and negative in the woman"
            current = None
            for p, piece in referred:
                p.sentences.append(piece)
            continue
        elif placed := _site_named_pieces(s, list(patients.values())):  # "The bladder tumour recurred; the lung tumour did not"
            for p, piece in placed:
                p.sentences.append(piece)
            current = placed[-1][0]
            continue
        elif clauses := _referent_clauses(s, list(patients.values())):  # "in the girl a lesion of X, and in the boy Y"
            current = None
            for p, piece in clauses:
                p.sentences.append(piece)
            continue
        elif _part_of(s.text, len(patients)) or any(a == 0 for a, _ in _unnamed_spans(s)):
            current = None  # "One relapsed", "In one case ...": which of them the text does not say
            continue
        elif speaks_for_all(s.text):  # "Both were ...": every patient's, and no longer the last one's alone
            current = None
            for k, p in enumerate(patients.values()):
                p.sentences.append(_own_series_masked(_for_member(s, k, len(patients), whole=True)))
            continue
        if current is not None:
            current.sentences.append(s)
    hint = _group_sex(sentences, len(patients))
    for p in patients.values():
        p.sex_hint = hint  # "Two sisters were referred. The younger, aged 6 years, ...": each of them is a girl
    return list(patients.values())


def _group_sex(sentences: list[Sentence], n: int) -> tuple[str, Sentence, int, int] | None:
    """The sex of the first plural cue naming exactly ``n`` patients by a plural noun of one sex ("two sisters", "both
    boys"), if there is one."""
    for s in sentences:
        if s.section == "title":
            continue
        for rx in scope_rules().plural:
            for m in rx.finditer(s.text):
                first = m.group(0).split()[0].lower()
                # "twin sisters": a pair
                count = 2 if first in ("both", "twin") else words_to_number(first)
                if count == n and (hint := _plural_sex(s, _Item(m.start(), m.end(), n, ""))):
                    return hint
    # "Both patients were adult males", "our two female patients": the sex of every one of them
    for s in sentences:
        if s.section == "title":
            continue
        for m in _rx("collective_sex").finditer(s.text):
            if m.group("k") is None and m.group("k2") is None and m.group("k3") is None:
                continue  # "the patients were women": no count to hold it to
            word = (m.group("k3") or m.group("k") or m.group("k2")).lower()
            count = 2 if word == "both" else n if word == "all" else words_to_number(word)
            g = "sex" if m.group("sex") else "sex2"
            sex = demographics.rules().sex_plurals.get(m.group(g).lower()) or demographics.rules().sex_nouns.get(m.group(g).lower())
            if sex and count == n:
                return sex, s, m.start(g), m.end(g)
    # "We describe 3 women with X": the announcing count in figures, its plural noun of one sex every patient's
    for s in sentences:
        if s.section == "title":
            continue
        for rx in scope_rules().announce:
            if (m := rx.search(s.text)) is None or words_to_number(m.group("n")) != n:
                continue
            # the count's own noun, the match's last word ("3 women", "two young girls"), not a word after it ("three
            # patients (two men and a woman)")
            tail = s.text[m.start("n") : m.end()].rstrip()
            word = tail.rsplit(None, 1)[-1].lower() if " " in tail else ""
            if sex := demographics.rules().sex_plurals.get(word):
                return sex, s, m.start("n") + len(tail) - len(word), m.start("n") + len(tail)
            break
    return None


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
            break
        ages = demographics.find_ages(s)
        # "The patients were a 58-year-old woman, a 41-year-old man and a 6-year-old boy. Case 1 ...": a listing of
        # as many persons as the series, each introduced by its own age phrase, names them in the cases' order
        if len(ages) == n and (any(a.joint for a in ages) or _any(scope_rules().plural, s.text) or _each_introduced(s, ages)):
            return i, ages, _split_between_ages(s, [Patient("", [], a) for a in ages])
        if len(ages) == 1 and n >= 2 and _rx("shared_group_age").search(s.text):
            # "Twin sisters, aged 7 years, each developed ...", "Two brothers, both aged 5 years": one age for all
            return i, ages * n, None
        if ages:
            return None
    return _abstract_joint_ages(sentences, numbers, first, n)


def _in_own_age_order(
    intro: tuple[int, list[demographics.AgeMatch], list[Sentence] | None] | None,
    sentences: list[Sentence], numbers: list[int | None], keys: list[int],
) -> tuple[int, list[demographics.AgeMatch], list[Sentence] | None] | None:
    """"Two men aged 38 and 16 years and a 54-year-old woman ... Case 2. A 54-year-old woman ...": a joint listing's
    order need not be the numbered cases' order. Where every numbered patient introduces itself with its own age and
    those ages are the listing's in another order, the listing's ages (and pieces) go to the patients whose own age
    they are; else the listing stands as it is dealt."""
    if intro is None:
        return None
    i, ages, pieces = intro
    own: dict[int, float] = {}
    current: int | None = None
    for s, n in zip(sentences[i + 1 :], numbers[i + 1 :]):
        current = n if n is not None else current
        if current is not None and current not in own:
            if stated := [a for a in demographics.find_ages(s) if not a.earlier and not a.joint]:
                own[current] = stated[0].years
    if all(own.get(k, a.years) == a.years for k, a in zip(keys, ages)):
        return intro  # no numbered patient's own age says another order
    order: list[int] = []
    for k in keys:
        fits = [j for j, a in enumerate(ages) if a.years == own.get(k)]
        if len(fits) != 1 or fits[0] in order:
            return intro  # not each case's own age one of the listing's (a stray number, "a boy of 3,240 g"): as listed
        order.append(fits[0])
    return i, [ages[j] for j in order], [pieces[j] for j in order] if pieces else None


def _abstract_joint_ages(
    sentences: list[Sentence], numbers: list[int | None], first: int, n: int
) -> tuple[int, list[demographics.AgeMatch], list[Sentence] | None] | None:
    """"We saw two patients, a woman and a man aged 27 and 61 years, respectively", "... : a 3-month-old girl with
    X, a 9-year-old boy with Y and ..." in the abstract, the numbered case sections giving no age: the abstract's
    one sentence listing exactly ``n`` ages (in one phrase, or each introducing a person) gives them to the
    numbered patients in order; the caller drops them where a patient's own sentences say another sex. Not when any sentence from the first numbered one on states an age."""
    if any(not a.earlier for s in sentences[first:] for a in demographics.find_ages(s)):
        return None
    found = [
        (i, ages)
        for i, s in enumerate(sentences[:first])
        if s.section == "abstract"
        and len(ages := demographics.find_ages(s)) == n
        and (all(a.joint for a in ages) or _each_introduced(s, ages))
    ]
    if len(found) != 1:
        return None
    i, ages = found[0]
    # each introduced with its own clause ("a 3-month-old girl with X, a 9-year-old boy with Y"): each its piece
    pieces = None if all(a.joint for a in ages) else _split_between_ages(sentences[i], [Patient("", [], a) for a in ages])
    return i, ages, pieces


def _check_abstract_sexes(groups: dict[int, Patient], lead: Sentence) -> None:
    """Ages the abstract dealt out in order stand only if no numbered patient's own sentences say another sex
    than the abstract's noun gave it (the order was not the cases' order): else none of them stands, nor the
    abstract's pieces. A sentence all of them share is no one's own."""
    def in_lead(s: Sentence) -> bool:
        return lead.start <= s.start < lead.start + len(lead.text)

    # a sentence every one of them shares ("Both boys had X; the girl had Y") tells of them all: no one's own sex
    shared = Counter(s.start for g in groups.values() for s in g.sentences)
    for g in groups.values():
        found = demographics.find_sex([s for s in g.sentences if not in_lead(s) and shared[s.start] < len(groups)])
        if g.age is not None and g.age.sex and found and found[0] != g.age.sex:
            for h in groups.values():
                h.age = None
                h.sentences = [s for s in h.sentences if not in_lead(s)]
            return


def _own_series_masked(s: Sentence) -> Sentence:
    """A sentence told of each of the report's own patients with its words naming the series blanked ("No tumour in
    this series metastasised": regex ``own_series_phrase``), so no family reads it as a cohort's statistic."""
    return _mask(s, [m.span() for m in _rx("own_series_phrase").finditer(s.text)])


def _each_one(s: Sentence) -> Sentence:
    """A sentence about every numbered patient, read for one of them: its pronoun "all" ("..., and all were
    SMA-positive") and its phrase for all of them ("In all cases CD117 was negative") blanked, so no family reads the
    patient's own findings as a statistic over a cohort."""
    spans = [m.span() for m in _rx("together_quantifier").finditer(s.text)]
    spans += [m.span() for m in _rx("own_series_phrase").finditer(s.text)]  # "No tumour in this series recurred"
    # the phrase closing its clause ("... were negative in all cases.") or opening the sentence ("In all cases CD117 ...");
    # not one a qualifier follows ("positive in all NTRK-rearranged tumours": a subset of them)
    spans += [
        m.span() for m in _rx("label_clause_all").finditer(s.text)
        if _rx("clause_close").match(s.text, m.end()) or not s.text[: m.start()].strip()
    ]
    return _mask(s, spans)


def _denial_and_all_clauses(s: Sentence) -> list[Sentence]:
    """A sentence denying something of every patient read for one of them, cut where a clause opens on "all" ("None of
    the patients recurred, and all were alive without disease at 14, 26 and 40 months, respectively"): the denial one
    piece, the clause for all another with its "all" blanked (:func:`_each_one`), so the group named by the denial is
    not read as the subject of the clause after it (a cohort's outcome). Unchanged without such a clause."""
    for m in _rx("together_quantifier").finditer(s.text):
        if m.start() > 0 and _rx("together_clause_opening").search(s.text, 0, m.start()):
            return [_piece(s, 0, m.start()), _each_one(_piece(s, m.start(), len(s.text)))]
    return [s]


def _pair_turn_pieces(s: Sentence, named: list[int]) -> list[tuple[int, Sentence]] | None:
    """A sentence naming two numbered patients that goes on in clauses opening on "the former" and "the latter" ("Cases
    2 and 3 were followed for 22 and 36 months; the former remains disease-free, while the latter recurred"): the text
    before the first such clause both patients' (a "respectively" list dealt out in order), each clause the patient it
    turns to, its "the former" / "the latter" blanked. None unless two patients are named and both turns are told."""
    if len(named) != 2:
        return None
    turns = list(_rx("pair_turn_clause").finditer(s.text))
    if {m.group("turn").lower() for m in turns} != {"former", "latter"}:
        return None
    lead = _piece(s, 0, turns[0].start("ref"))
    out = [(x, _for_member(lead, j, 2)) for j, x in enumerate(named)]
    for m, nxt in zip(turns, [*turns[1:], None]):
        end = nxt.start("ref") if nxt is not None else len(s.text)
        piece = _mask(_piece(s, m.start("ref"), end), [(0, m.end("ref") - m.start("ref"))])
        out.append((named[0] if m.group("turn").lower() == "former" else named[1], piece))
    return out


def _opens_for_all(s: Sentence) -> bool:
    """Does the sentence open on a clause speaking for every patient and naming none ("No patient had metastasis; ...",
    up to the first clause break, regex ``label_clause_break``) before a later clause that names some?"""
    brk = _rx("label_clause_break").search(s.text)
    return brk is not None and speaks_for_all(s.text[: brk.start()]) and not any(
        _rx(name).search(s.text, 0, brk.start()) for name in ("numbered_patient_mention", "bracketed_cases")
    )


def _all_and_named_pieces(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """A sentence about all numbered patients with a clause closed by some of them ("SOX10 was negative in all cases,
    and CD34 was negative in case 2"): each clause naming cases is theirs (:func:`_named_clause_pieces`), a clause naming
    none everyone's when it speaks for all. None when no clause names a case, or one names a patient not in ``groups``."""
    # "... in case 2", or bracketed ("none of the resected nodes (cases 1 and 3) contained tumour")
    matches = _case_name_matches(s.text)
    named = [_case_numbers(m.group("ns")) for m in matches]
    if not matches or not all(x in groups for xs in named for x in xs):
        return None
    # each match keyed by a number no patient has (its index, negative), dealt to its patients afterwards
    found = [(m.start(), m.end(), -1 - j) for j, m in enumerate(matches)]
    pieces = _named_clause_pieces(s, found, [*groups, *(f[2] for f in found)])
    if pieces is None:
        return None
    out = [(x, _with_test_subject(s, piece)) for k, piece in pieces for x in (named[-1 - k] if k < 0 else [k])]
    # "...; CD30 was positive in the two women and in case 1": the patients of one sex joined to the named one share it
    return out + [
        (x, _each_one(piece)) for k, piece in pieces if k < 0 and len(named[-1 - k]) == 1
        for x in _sex_joined_members(s, matches[-1 - k], groups) if x not in named[-1 - k]
    ]


def _with_test_subject(s: Sentence, piece: Sentence) -> Sentence:
    """A later clause of ``s`` whose subject is its patient and whose predicate a bare sign ("FISH showed split signals
    in cases 1 and 2, while case 3 was negative": regex ``named_bare_sign_clause``) tells the result of the test or
    stain the first clause named: the piece shown with that clause's subject (the words before its first verb, regex
    ``clause_verb``), when those name no patient, the patient's name blanked ("FISH ... was negative"); so does a later
    clause telling only how the stain looked in its patient ("ALK showed membranous staining in cases 1 and 3, and
    cytoplasmic staining in case 2": regex ``named_stain_clause``), shown with that subject and its verb; and a later
    clause whose subject is a pronoun for that stain ("..., and it was negative in case 2": regex
    ``pronoun_sign_clause``), shown with the subject in place of the pronoun. Any other piece unchanged."""
    text = piece.text
    a = len(text) - len(text.lstrip())
    b = len(text.rstrip())
    m = _rx("named_bare_sign_clause").fullmatch(text, a, b) if a else None
    if m is None and a:  # "..., and it was negative in case 2": the pronoun the stain the first clause named
        m = _rx("pronoun_sign_clause").fullmatch(text, a, b)
    seen = _rx("named_stain_clause").fullmatch(text, a, b) if a and m is None else None
    if m is None and seen is None:
        return piece
    verb = _rx("clause_verb").search(s.text, 0, a)
    if verb is None or verb.start() == 0 or _rx("numbered_patient_mention").search(s.text, 0, verb.start()):
        return piece
    if seen is not None:  # "ALK showed membranous staining in cases 1 and 3, and cytoplasmic staining in case 2"
        return _mask(s, [(verb.end(), a), (b, len(s.text))])
    # "FISH showed ALK split signals ...": the gene the test looked at kept with it ("FISH ALK ... was negative")
    at, spans = verb.start(), []
    for g in _rx("test_target_gene").finditer(s.text, verb.start(), a):
        spans.append((at, g.start()))
        at = g.end()
    return _mask(s, [*spans, (at, a), m.span("who"), (b, len(s.text))])


def _case_name_matches(text: str) -> list[re.Match[str]]:
    """Where a sentence names its numbered patients, in order: after "in" ("positive in case 1", regex ``case_group``),
    in brackets ("(cases 1 and 3)"), or as a clause's subject listing several ("Cases 1-3 were resected; in case 1 the
    margin was involved": regex ``listed_cases``, where no other name stands)."""
    found = [*_rx("case_group").finditer(text), *_rx("bracketed_cases").finditer(text)]
    found += [m for m in _rx("listed_cases").finditer(text) if not any(f.start() < m.end() and m.start() < f.end() for f in found)]
    return sorted(found, key=lambda m: m.start())


def _all_with_case_bracket(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """A sentence opening on a clause for every numbered patient that names none, then a bracket telling its detail
    case by case ("All patients underwent endoscopic excision (laser in cases 1 and 2, cold steel in case 3); no
    adjuvant therapy was given"): every patient the sentence with the bracket blanked, each named one also the bracket's
    item naming it (its other items blanked), all read as each one's (:func:`_each_one`). None unless the bracket names
    exactly the patients of ``groups`` and the text before the bracket speaks for all."""
    start = s.text.find("(")
    end = s.text.find(")", start + 1)
    return _all_with_detail(s, groups, start, end, end + 1)


def _all_with_case_detail(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """"All five tumours expressed ALK, with a membranous pattern in cases 1-4 and cytoplasmic staining in case 5": a
    clause for every numbered patient, then a detail opened by "with" (regex ``all_detail_with``) telling how it
    showed case by case, up to the next semicolon: read as :func:`_all_with_case_bracket` reads a bracket (the detail
    does not restrict the clause for all)."""
    m = _rx("all_detail_with").search(s.text)
    if m is None:
        return None
    end = s.text.find(";", m.end())
    end = len(s.text) if end < 0 else end
    return _all_with_detail(s, groups, m.start(), end, end)


def _all_with_detail(
    s: Sentence, groups: dict[int, Patient], start: int, end: int, close: int
) -> list[tuple[int, Sentence]] | None:
    """:func:`_all_with_case_bracket` for a detail from ``start`` (its opening character) to ``end``, blanked up to
    ``close`` for a patient it does not name."""
    if start <= 0 or end < 0 or not speaks_for_all(s.text[:start]) or _rx("numbered_patient_mention").search(s.text, 0, start):
        return None
    names = [m for m in _case_name_matches(s.text[start + 1 : end])]
    named = [_case_numbers(m.group("ns")) for m in names]
    if not names or {x for xs in named for x in xs} != set(groups):
        return None  # "Ki-67 was below 10% in all cases (highest in case 3)": a remark on one, no detail case by case
    cuts = [start + 1] + [start + 1 + m.end() for m in names[:-1]] + [end]
    out = []
    for k in groups:
        own = [(a, b) for xs, a, b in zip(named, cuts, cuts[1:]) if k in xs]
        keep = [start, end] + [x for a, b in own for x in (a, b)]
        blank = [(a, b) for a, b in zip(sorted(keep)[::2], sorted(keep)[1::2])] if own else [(start, close)]
        out.append((k, _each_one(_mask(s, blank))))
    return out


def _all_except_pieces(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """"All but case 3 are alive without disease", "All patients underwent resection except patient 2, who received
    crizotinib" (regex ``all_except_cases``): every numbered patient but those the exception names gets the sentence
    less the exception; those it names get only the relative clause that tells their own course after it (regex
    ``except_relative``), else nothing. None without such an exception, or when it names a patient not in ``groups``
    or every one of them."""
    m = _rx("all_except_cases").search(s.text) or _rx("fronted_except_cases").search(s.text)
    bare = m is None and (m := _rx("result_except_cases").search(s.text)) is not None
    if m is None or any(
        c.group("ns") and c.start() <= m.start("x") < c.end() for c in _rx("share_closer").finditer(s.text)
    ):
        return None  # "in 4/5 cases (all except case 3)": a share naming the one left out is dealt as a closer
    if any(c.start() < m.start("x") < c.end() for c in _rx("all_but_closer").finditer(s.text)) and any(
        _rx("case_group").search(s.text, g.end(), _clause_end(s.text, g.end())) for g in _rx("scope_gapped_break").finditer(s.text)
    ):
        return None  # "SMA positive in all but case 3; desmin in cases 2 and 4": clauses dealt by their closers
    named = [x for x in _case_numbers(m.group("names"))]
    if not named or not set(named) <= set(groups) or set(named) == set(groups):
        return None
    rel = _rx("except_relative").match(s.text, m.end("x"))
    cut = (m.start("x"), rel.end() if rel else m.end("x"))
    rest = _mask(s, [cut])
    out = [(x, rest) for x in groups if x not in named]
    if rel is not None:
        own = _mask(s, [(0, rel.start("rel")), (rel.end("rel"), len(s.text))])
        out += [(x, own) for x in named]
    elif (bare or any(c.start() < m.start("x") < c.end() for c in _rx("all_but_closer").finditer(s.text))) and (
        others := [u for u in _scope_units(s) if not u[0] < m.start("x") <= u[1] and u[0] != m.start("x")]
    ):
        # "Desmin was positive in all three; SMA was negative except case 2", "Every tumour expressed ALK; desmin was
        # positive in all but case 3": the excepted ones keep the other clauses (the excepted clause is theirs with the
        # opposite sign: :func:`_elsewhere_only`)
        out += [(x, _mask(s, [u for u in _scope_units(s) if u not in others])) for x in named]
    return out


def _clausewise_case_pieces(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """A sentence of two or more clauses (regex ``label_clause_break``) each naming its numbered patients ("Desmin was
    positive in cases 1 and 3 and negative in case 2; CD30 was positive in cases 1 and 2"): each clause is the patients'
    it names (:func:`_all_and_named_pieces`); None unless the names stand in two or more clauses. The patients it leaves
    unnamed, when it says so (regex ``complement_cases``: "ALK FISH showed a rearrangement in cases 1 and 3; the
    remaining case was negative", "SMA was positive in cases 1 and 3 and negative in the other two"), get their own
    predicate after the subject and verb of the sentence's first clause."""
    cuts = [m.end() for m in _rx("label_clause_break").finditer(s.text)]
    named = _case_name_matches(s.text)
    rest = _rx("complement_cases").search(s.text, min((m.end() for m in named), default=len(s.text)))
    if rest is None:
        if not cuts or len({sum(c <= m.start() for c in cuts) for m in named}) < 2:
            return None
        return _all_and_named_pieces(s, groups)
    said = {x for m in named for x in _case_numbers(m.group("ns"))}
    others = [x for x in groups if x not in said]
    if not said <= set(groups) or not others or (
        rest.group("k") is not None and words_to_number(rest.group("k")) != len(others)
    ):
        return None
    first = min(m.start() for m in named)
    verbs = list(_rx("clause_verb").finditer(s.text, 0, first))
    clause_end = next((m.start() for m in _rx("label_clause_break").finditer(s.text, rest.end())), len(s.text))
    # "..., whereas the others were cytokeratin-negative": a subject clause of the rest naming a marker of its own
    # borrows no subject (nor needs one before the names: "Patients 1 and 3 showed X; the other patients were X-negative")
    own_marker = not rest.group("closing") and bool(ihc.markers_in(s.text[rest.end() : clause_end]))
    if not verbs and not own_marker:
        return None
    joint = None
    # "Desmin stained cases 2 and 4 ...": a verb taking the named patients as its object is theirs alone
    object_verb = bool(verbs) and not s.text[verbs[-1].end() : first].strip()
    if rest.group("closing"):
        # "... and negative in the other two": their predicate runs from the end of the last named patients' to them
        lo = max(m.end() for m in named if m.end() <= rest.start())
        joint = _rx("predicate_joint").match(s.text, lo, rest.start())
        # "Desmin stained cases 2 and 4; it was negative in the other two": a later clause whose subject is a pronoun for
        # the first one's has a verb of its own: theirs is the first subject with it, the pronoun blanked
        turn = _rx("pronoun_clause_joint").match(s.text, lo, rest.start())
        head = verbs[-1].start() if turn or object_verb else verbs[-1].end()
        keep = [(0, head), (turn.end() if turn else joint.end() if joint else lo, rest.start())]
    elif own_marker:
        keep = [(rest.end(), clause_end)]
    else:
        # "...; the remaining case was negative": the clause after them, its subject (and copula) blanked
        keep = [(0, verbs[-1].end()), (rest.end(), clause_end)]
    gaps, at = [], 0
    for a, b in keep:
        gaps.append((at, a))
        at = b
    gaps.append((at, len(s.text)))
    gaps += [m.span() for m in named]  # "Cases 1 and 3 were ...": no other patient's name in their piece
    theirs = _mask(s, gaps)
    upto = (joint.start() if joint else rest.start()) if rest.group("closing") else rest.start("who")
    mine = _all_and_named_pieces(_mask(s, [(upto, len(s.text))]), groups) or []
    if object_verb:  # "Desmin stained cases 2 and 4": read as "Desmin stained", the names no object of the stain
        mine = [(x, _mask(piece, [m.span() for m in named])) for x, piece in mine]
    return [*mine, *((x, theirs) for x in others)] or None


def _bracketed_roster(text: str) -> list[re.Match[str]] | None:
    """A sentence opening on a list of numbered patients as its subjects, each described in a bracket after its number
    ("Patient 1 (a 44-year-old man), patient 2 (a 9-year-old girl) and patient 3 (a 70-year-old woman) underwent ...":
    regex ``bracketed_roster_item``, joined by ``roster_item_joint``): the items in order; None unless two or more, each
    bracket describing its patient (``roster_description``), distinct, and no other patient named in the sentence."""
    items = list(_rx("bracketed_roster_item").finditer(text))
    if len(items) < 2 or text[: items[0].start()].strip(" \t\n\"'([{"):
        return None
    if any(not _rx("roster_item_joint").match(text[a.end() : b.start()]) for a, b in zip(items, items[1:])):
        return None
    if not all(_rx("roster_description").search(m.group("d")) for m in items):
        return None
    ns = [int(m.group("n")) for m in items]
    named = {int(m.group("n")) if m.group("n") else -1 for m in _rx("numbered_patient_mention").finditer(text)}
    return items if len(set(ns)) == len(ns) and named <= set(ns) else None


def _bracketed_roster_pieces(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """Each patient's piece of a bracketed roster (:func:`_bracketed_roster`): its own item and the predicate they
    share, the other items blanked. None unless it is one and names only patients of ``groups``."""
    items = _bracketed_roster(s.text)
    if items is None or not {int(m.group("n")) for m in items} <= set(groups):
        return None
    return [(int(m.group("n")), _mask(s, [o.span() for o in items if o is not m])) for m in items]


def _roster_pieces(s: Sentence, groups: dict[int, Patient] | None = None) -> list[tuple[int, Sentence]] | None:
    """A shorthand roster of two or more numbered patients, each item its own ("... aged 7 to 61 years (Pt 1: 7 y M;
    Pt 2: 34 y F; Pt 3: 45 y M)", regex ``roster_item``): each item is its patient's alone, the rest of the sentence
    (a statistic over them all) blanked. None unless the items name distinct patients (all of ``groups``, if given)."""
    items = list(_rx("roster_item").finditer(s.text))
    ns = [int(m.group("n")) for m in items]
    if len(items) < 2 or len(set(ns)) != len(ns) or (groups is not None and not set(ns) <= set(groups)):
        return None
    return [(n, _mask(s, [(0, m.start()), (m.end(), len(s.text))])) for n, m in zip(ns, items)]


def _sex_split_hints(s: Sentence, groups: dict[int, Patient]) -> dict[int, tuple[str, Sentence, int, int]] | None:
    """A series counted out by sex, one group's numbered patients in brackets ("four male patients and one female
    patient (case 3)", "two girls (cases 2 and 4) and three boys (cases 1, 3 and 5)"): the bracketed patients have that
    group's sex, the others the other group's, when the counts add up to the numbered patients and the bracket names as many as its
    count. Each patient's sex with its evidence span (as :attr:`Patient.sex_hint`); None otherwise."""
    m = _rx("sex_counts_named").search(s.text)
    if m is None or not (m.group("ba") or m.group("bb")):
        return None
    k1, k2 = words_to_number(m.group("k1").lower()), words_to_number(m.group("k2").lower())
    if k1 is None or k2 is None or int(k1) + int(k2) != len(groups):
        return None
    if m.group("ba") and m.group("bb"):  # "three boys (patients 1, 3 and 5) and three girls (patients 2, 4 and 6)"
        both = [_bracketed_cases(m.group(b), groups) for b in ("ba", "bb")]
        if [len(x) for x in both] != [int(k1), int(k2)] or set(both[0]) & set(both[1]):
            return None
        return _sex_split_hints(_mask(s, [m.span("bb")]), groups)
    # "girls", "women": the plural's singular is the noun the sex words know
    sexes = [_first_sex(_singular(m.group(g).split()[0])) for g in ("s1", "s2")]
    if None in sexes or sexes[0] == sexes[1]:
        return None
    named_at = 0 if m.group("ba") else 1
    bracket = m.group("ba") or m.group("bb")
    named = _bracketed_cases(bracket, groups)
    if len(named) != int((k1, k2)[named_at]) or len(_case_numbers(bracket)) != len(named):
        return None
    out: dict[int, tuple[str, Sentence, int, int]] = {}
    for x in groups:
        j = named_at if x in named else 1 - named_at
        g = ("s1", "s2")[j]
        out[x] = (str(sexes[j]), s, m.start(g), m.end(g))
    return out


def _names_another(text: str, current: int, groups: dict[int, Patient]) -> bool:
    """Does a sentence name, by number, a patient of ``groups`` other than ``current`` ("Crizotinib has given durable
    responses, as in our case 3" after a sentence on case 4)? In the discussion such a sentence compares or comments;
    it does not go on telling the patient the text was on."""
    return any(
        m.group("n") and int(m.group("n")) in groups and int(m.group("n")) != current
        for m in _rx("numbered_patient_mention").finditer(text)
    )


def _sex_group_roster_hints(
    s: Sentence, groups: dict[int, Patient], sentences: list[Sentence]
) -> dict[int, tuple[str, Sentence, int, int]] | None:
    """A sentence naming the numbered patients of one sex ("The men were patients 1, 3 and 5", "Patients 2 and 4 were
    women; the others were men"; regex ``sex_group_roster``): the named ones have that sex; the rest the sex its closing
    clause gives them, else the other sex of a count of the series by sex ("three men and two women", regex
    ``sex_counts``) whose count for the named sex is theirs and whose total is the series'. None unless the named are
    patients of ``groups``."""
    m = _rx("sex_group_roster").search(s.text)
    if m is None:
        return None
    g, ns = ("s", "ns") if m.group("ns") else ("s2", "ns2")
    named = _case_numbers(m.group(ns))
    sex = _first_sex(_singular(m.group(g)))
    if sex is None or not named or not set(named) <= set(groups) or len(named) >= len(groups):
        return None
    out: dict[int, tuple[str, Sentence, int, int]] = {x: (sex, s, m.start(g), m.end(g)) for x in named}
    rest = [x for x in groups if x not in named]
    if m.group("s3"):
        other = _first_sex(_singular(m.group("s3")))
        if other is not None and other != sex:
            out.update({x: (other, s, m.start("s3"), m.end("s3")) for x in rest})
        return out
    for c in sentences:
        if (k := _rx("sex_counts").search(c.text)) is None:
            continue
        counts = [words_to_number(k.group(x).lower()) for x in ("k1", "k2")]
        sexes = [_first_sex(_singular(k.group(x))) for x in ("s1", "s2")]
        if None in counts or None in sexes or sexes[0] == sexes[1] or sum(int(x) for x in counts) != len(groups):
            continue
        j = sexes.index(sex) if sex in sexes else None
        if j is not None and int(counts[j]) == len(named):
            other_g = ("s1", "s2")[1 - j]
            out.update({x: (str(sexes[1 - j]), c, k.start(other_g), k.end(other_g)) for x in rest})
        break
    return out


def _without_scope_aside(s: Sentence, groups: dict[int, Patient]) -> Sentence | None:
    """``s`` with the aside naming the patients a test was done in blanked ("Sequencing, successful in cases 1, 2 and
    4, found X in cases 1 and 4 and Y in case 2"; regex ``test_scope_aside``), or its opening clause's names before a
    colon ("FISH was done in cases 2 and 3: ..."; ``test_scope_lead``), when the rest still names two or more of
    ``groups``' patients: the results the rest deals out are those patients', the aside no one's."""
    m = _rx("test_scope_aside").search(s.text)
    if m is not None:
        bare = _mask(s, [(m.start() + 1, m.end() - (m.group(0).endswith(",")))])
    elif (lead := _rx("test_scope_lead").search(s.text)) is not None:
        bare = _mask(s, [lead.span("names")])  # "RNA sequencing was done in cases 1, 2 and 4: it found X in case 1 ..."
    else:
        return None
    rest = {x for r in _rx("clause_named_cases").finditer(bare.text) for x in _case_numbers(r.group("ns"))}
    return bare if len(rest) >= 2 and rest <= set(groups) else None


def _other_patient_clauses(text: str, named: list[int], groups: dict[int, Patient]) -> list[tuple[int, tuple[int, int]]]:
    """The clauses after the first of a sentence naming several patients together (cut at semicolons) that name one
    other numbered patient of ``groups`` alone ("...; the omental tumour of case 4 was ALK-negative"), each with that
    patient's number and the clause's span. A clause closing a list dealt out "respectively" ("aged 3, 8 and 12 years,
    respectively, and patient 3 was the boy") is the one patient's alone even when the list named it too."""
    dealt = {m.end() - 1 for m in _rx("respectively_closed").finditer(text)}
    cuts = sorted({i for i, ch in enumerate(text) if ch == ";"} | dealt)
    out = []
    for a, b in zip(cuts, [*cuts[1:], len(text)]):
        ns = [m.group("n") for m in _rx("numbered_patient_mention").finditer(text, a, b)]
        if not ns or any(n is None for n in ns):
            continue
        xs = {int(n) for n in ns}
        if len(xs) == 1 and (x := xs.pop()) in groups and (
            x not in named or (a in dealt and not _rx("turn_except").search(text, a, b))  # "..., but not in patient 3"
        ):
            out.append((x, (a + 1, b)))
    return out


def _complement_of_one(s: Sentence, groups: dict[int, Patient], last: int | None) -> Sentence | None:
    """A sentence about "the other four patients" / "the remaining cases" right after a sentence about one numbered
    patient alone ("The largest tumour (case 3) had an omental metastasis. There was no extrauterine disease in the
    other four patients."): the piece every patient but ``last`` reads, the phrase naming them as others blanked.
    None unless the sentence names no numbered patient and its count, if any, is that of the others."""
    if last is None or last not in groups or len(groups) < 2 or _rx("clause_named_cases").search(s.text):
        return None
    m = _rx("complement_cases").search(s.text)
    if m is None or (m.group("k") is not None and words_to_number(m.group("k")) != len(groups) - 1):
        return None
    # "the other four", "the remaining patients"; a bare "The others ..." may be other persons than the series'
    if m.group("k") is None and not _rx("patient_noun_at_end").search(m.group("who")):
        return None
    # "Three had surgery ... . The remaining patient (C) was given X": one, not the others of a series of four
    if m.group("k") is None and len(groups) > 2 and _rx("singular_patient_noun_at_end").search(m.group("who")):
        return None
    return _mask(s, [m.span("who")])


def _after_statistic_colon(s: Sentence) -> Sentence | None:
    """A cohort's statistic, then after a colon each numbered patient's own value as the subject of a clause ("Age
    ranged from 8 months to 16 years (median 8.5): patient 1 was 3 years old, patient 2 was 11, ..."): the sentence
    with the statistic blanked, the clauses after the colon to be dealt out; None without two such clauses."""
    subjects = list(_rx("numbered_subject").finditer(s.text))
    colon = s.text.rfind(":", 0, subjects[0].start()) if subjects else -1  # the colon right before them, not a label's
    if colon < 0 or len(subjects) < 2:
        # "Follow-up was 18-72 months (median 40): 72, 44, 18 and 36 months for cases 1-4": one value each, the
        # statistic between the verb and the colon blanked ("Follow-up was 72 months" left for case 1)
        colon = s.text.rfind(":")
        if colon > 0 and len(ns := _listed_cases(s.text[colon:])) >= 2 and parallel_list(s.text, len(ns), colon) is not None:
            verbs = list(_rx("clause_verb").finditer(s.text, 0, colon))
            return _mask(s, [(verbs[-1].end() if verbs else 0, colon + 1)])
        return None
    return _mask(s, [(0, colon + 1)])


def _outcome_beside_followup_statistic(s: Sentence) -> Sentence:
    """A series' follow-up statistic beside an outcome told of all its patients ("With a median follow-up of 22 months
    (range 6-48), all patients are alive without disease", "Follow-up ranged from 5 to 40 months (mean 19 months); none
    of the three has relapsed": regex ``followup_statistic``): the sentence with the statistic blanked, so the outcome
    is read for each patient and the statistic (no one's follow-up, and a cohort's figure by its mean) for none.
    Unchanged unless the rest speaks for all of them and is no statistic itself ("..., two patients are alive")."""
    spans = [m.span("w") for m in _rx("followup_statistic").finditer(s.text)]
    if not spans:
        return s
    bare = _mask(s, spans)
    return bare if speaks_for_all(bare.text) and not is_cohort(bare.text) else s


def _clause_named_pieces(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """A sentence of clauses each naming its own numbered patients in any role ("ALK was positive in 3/5 (Pts 1, 3,
    5); Pt 2 was ALK negative, and Pt 4 was negative for ALK and ROS1"): each clause (regex ``label_clause_break``) is
    the patients' it names, dealt out by :func:`_named_clause_pieces`. None unless two or more clauses name patients,
    all of them in ``groups``, no clause names a patient another clause names too (then a clause is no one's) and each
    clause names its patients in one run."""
    names = sorted(
        [*_rx("bracketed_cases").finditer(s.text), *_rx("clause_named_cases").finditer(s.text)], key=lambda m: (m.start(), -m.end())
    )
    kept: list[re.Match[str]] = []
    for m in names:  # "(Pts 1, 3, 5)": the bracket, not the name inside it
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    if len(kept) < 2 or _rx("subjectless_predicate").search(s.text):
        return None  # "CD30 stained cases 1 and 2, but was negative in case 3": predicates of one subject (_case_clauses)
    named = [_case_numbers(m.group("ns")) for m in kept]
    if not all(x in groups for xs in named for x in xs):
        return None
    bounds = [0] + [m.end() for m in _rx("label_clause_break").finditer(s.text)] + [len(s.text)]
    clause_of = [next(j for j, (a, b) in enumerate(zip(bounds, bounds[1:])) if a <= m.start() < b) for m in kept]
    per_clause: dict[int, set[int]] = {}
    for c, xs in zip(clause_of, named):
        per_clause.setdefault(c, set()).update(xs)
    if len(per_clause) < 2 or sum(len(v) for v in per_clause.values()) != len(set().union(*per_clause.values())):
        return None
    # "Case 1 received X, case 3 Y, and ...": a clause of several subjects, or "cases 1 and 2 ... at 18 and 15 months,
    # respectively": a list dealt out inside a clause, is for the subject and list readers (:func:`_subject_clauses`)
    for c in per_clause:
        mine = [m for m, c_ in zip(kept, clause_of) if c_ == c]
        if any(not _rx("label_run_joint").fullmatch(s.text, a.end(), b.start()) for a, b in zip(mine, mine[1:])):
            return None
        if len(per_clause[c]) > 1 and _rx("respectively").search(s.text, bounds[c], bounds[c + 1]):
            return None
    found = [(m.start(), m.end(), -1 - j) for j, m in enumerate(kept)]
    pieces = _named_clause_pieces(s, found, [*groups, *(f[2] for f in found)])
    if pieces is None:
        return None
    # "Ki-67 was 12%, 6% and 10-30% in cases 1, 2 and 5; it was not done in case 4": a clause naming several patients
    # after a list of as many values deals it out, one each in their order
    out: list[tuple[int, Sentence]] = []
    for k, piece in pieces:
        xs = named[-1 - k] if k < 0 else [k]
        for j, x in enumerate(xs):
            out.append((x, _with_test_subject(s, _for_member(piece, j, len(xs)) if len(xs) > 1 else piece)))
        # "CD30 was positive in the two women and in case 1": the patients of one sex joined to the named one share it
        if k < 0 and len(xs) == 1:
            out += [(x, _each_one(piece)) for x in _sex_joined_members(s, kept[-1 - k], groups) if x not in xs]
    return out


def _sex_joined_members(s: Sentence, m: re.Match[str], groups: dict[int, Patient]) -> list[int]:
    """The numbered patients of one sex a closer joins by "and" to the patient ``m`` names ("positive in the two women
    and in case 1", "in case 3 and the man": regexes ``sex_group``, ``sex_group_closer``, ``sex_and_case_joint``),
    when the sexes of all are known and the group's count fits; none otherwise."""
    patients = _aged(groups)
    sexes = [p.age.sex if p.age is not None else p.intro_sex for p in patients]
    if None in sexes:
        return []
    keys = list(groups)
    for g in _rx("sex_group").finditer(s.text):
        if g.end() <= m.start():
            joined = _rx("sex_and_case_joint").fullmatch(s.text, g.end(), m.start()) is not None and (
                _rx("sex_group_closer").search(s.text, max(0, g.start() - 5), g.start()) is not None
            )
        else:
            joined = _rx("sex_and_case_joint").fullmatch(s.text, m.end(), g.start()) is not None
        if joined and (members := _sex_members(g, patients, sexes)) is not None:
            return [keys[k] for k in members]
    return []


def _named_groups(rx: re.Pattern[str], s: Sentence, groups: dict[int, Patient]) -> tuple[list[re.Match[str]], list[list[int]]] | None:
    """The matches of ``rx`` (each naming patients in its group ``ns``) and the numbers each names, when two or more
    match and every patient named is one of ``groups``, named once."""
    found = list(rx.finditer(s.text))
    if len(found) < 2:
        return None
    named = [_case_numbers(m.group("ns")) for m in found]
    flat = [x for xs in named for x in xs]
    if len(flat) != len(set(flat)) or not all(x in groups for x in flat):
        return None
    return found, named


def _case_clauses(s: Sentence, groups: dict[int, Patient]) -> list[tuple[list[int], Sentence]] | None:
    """"X was focally positive in case 1 and negative in cases 2 and 3": a shared subject and verb, then two or more
    predicates each closed by the numbered patients it is about (or, without such a verb, parallel objects: "found a
    GENE1 fusion in case 1 and a GENE2 fusion in case 2", :func:`_parallel_start`). Each patient's piece keeps the subject and its own
    predicate, the others blanked; None unless every named patient is one of ``groups`` and each is named once."""
    if (hit := _named_groups(_rx("case_group"), s, groups)) is None:
        return None
    pieces = _predicate_pieces(s, *hit)
    if pieces is None:
        return None
    # "Ki-67 was 12% and 4% in cases 3 and 4, respectively; it was not assessed in cases 1 and 2": a predicate whose
    # patients "respectively" closes deals its list out to them in order, one item each
    out: list[tuple[list[int], Sentence]] = []
    for m, (xs, piece) in zip(hit[0], pieces):
        if len(xs) > 1 and _rx("respectively_closing_names").match(s.text, m.end()):
            out += [([x], _for_member(piece, j, len(xs))) for j, x in enumerate(xs)]
        else:
            out.append((xs, piece))
    return out


def _group_bracket_clauses(s: Sentence, groups: dict[int, Patient]) -> list[tuple[list[int], Sentence]] | None:
    """"Sequencing found GENE1::ALK in the two men (cases 1 and 2) and GENE2::ALK in case 3": predicates closed by the
    patients they name, one or more by a group's noun with its numbers in brackets (regex ``group_bracket_closer``),
    dealt out as :func:`_case_clauses` deals them; None without such a group, or unless two or more predicates name
    distinct patients of ``groups``."""
    grouped = list(_rx("group_bracket_closer").finditer(s.text))
    if not grouped:
        return None
    found = sorted(
        [*grouped, *(m for m in _rx("case_group").finditer(s.text) if not any(g.start() <= m.start() < g.end() for g in grouped))],
        key=lambda m: m.start(),
    )
    named = [_case_numbers(m.group("ns")) for m in found]
    flat = [x for xs in named for x in xs]
    if len(found) < 2 or len(flat) != len(set(flat)) or not all(x in groups for x in flat):
        return None
    return _predicate_pieces(s, found, named)


def _count_then_named_rest(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """"Three patients underwent resection (... in cases 1, 2 and 3, respectively); the fourth (case 4) was given X": a
    sentence opening on a count of the series' patients, then a clause after a semicolon opening on the ones it leaves,
    named in brackets (regexes ``counted_subject_opening``, ``named_rest_clause``): the first clause is each of the
    others' (one item each of a "respectively" list in it), the later clause the named ones'. None unless the count and
    the named ones make up the series, and every patient named in the first clause is one of the others."""
    head = _rx("counted_subject_opening").match(s.text)
    rest = _rx("named_rest_clause").search(s.text)
    if head is None or rest is None or not head.group(0).strip():
        return None
    k = words_to_number(head.group("k").lower())
    named = _case_numbers(rest.group("ns"))
    others = [x for x in groups if x not in named]
    if k is None or not named or not set(named) < set(groups) or int(k) != len(others):
        return None
    said = {x for m in _case_name_matches(s.text[: rest.start()]) for x in _case_numbers(m.group("ns"))}
    if not said <= set(others):
        return None
    first = _mask(s, [head.span(), (rest.start(), len(s.text))])  # the count is no statistic of each one's
    dealt = _rx("respectively").search(s.text, 0, rest.start()) is not None
    out = [(x, _for_member(first, j, len(others)) if dealt else first) for j, x in enumerate(others)]
    return out + [(x, _piece(s, rest.start() + 1, len(s.text))) for x in named]


def _site_and_case_pieces(s: Sentence, groups: dict[int, Patient]) -> list[tuple[list[int], Sentence]] | None:
    """"NGS showed GENE1::ALK in the gastric tumour and GENE2::ALK in case 3": predicates closed some by a numbered
    patient (regex ``case_group``), others by one tumour named by its site (regex ``place_named_closer``), dealt out as
    :func:`_case_clauses` deals numbered ones. A site closer is the one patient, of those no other closer names, whose
    own sentences name that site (or hold its words: "the bronchial tumour", the bronchus); None unless every closer
    names a different patient of ``groups``, told apart unambiguously."""
    cased = list(_rx("case_group").finditer(s.text))
    placed = list(_rx("place_named_closer").finditer(s.text))
    if not cased or not placed or any(p.group("conj") for p in placed):
        return None
    numbers = [x for m in cased for x in _case_numbers(m.group("ns"))]
    if len(numbers) != len(set(numbers)) or not all(x in groups for x in numbers):
        return None
    keys = list(groups)
    patients = list(groups.values())
    places, stems_of = _own_places(patients), _own_place_stems(patients)
    found = sorted([*cased, *placed], key=lambda m: m.start())
    named: list[list[int]] = []
    taken = set(numbers)
    for m in found:
        if m.re is _rx("case_group"):
            named.append(_case_numbers(m.group("ns")))
            continue
        said = {canon for _, _, canon, _code in site.site_mentions(s.piece(*m.span("place")))}
        stems = _place_stems(m.group("place"))
        fits = [keys[k] for k, own in enumerate(places) if said & own] if said else []
        fits = [x for x in fits if x not in taken]
        if len(fits) != 1 and stems:
            fits = [keys[k] for k, words in enumerate(stems_of) if stems <= words and keys[k] not in taken]
        if len(fits) != 1:
            return None
        taken.add(fits[0])
        named.append(fits)
    return _predicate_pieces(s, found, named)


def _predicate_pieces(s: Sentence, found: list[re.Match[str]], named: list[Any]) -> list[tuple[Any, Sentence]] | None:
    """The pieces of a sentence whose shared subject and verb open two or more predicates, each closed by the
    patients ``named`` by the matching item of ``found`` (:func:`_case_clauses`, :func:`_ref_clauses`): each keeps the
    subject and its own predicate (without the word joining it to the one before: "The follow-up is 14 months for the
    woman", not "... is and 14 months ..."), its own closing name blanked too, the others blanked; what follows the last predicate is the last one's,
    unless it is a clause of its own about all of them ("...; both were resected") or a closing phrase without a verb
    that qualifies every predicate ("..., without recurrence")."""
    verbs = [v for v in _rx("clause_verb").finditer(s.text, 0, found[0].start())]
    # without a shared verb, parallel objects each closed by their patients ("sequencing identified a GENE1 fusion in
    # case 1 and a GENE2 fusion in case 2"): the first opens on the word the second opens on; so too when the verb is
    # the first item's own and the second leaves it out ("a mass of the X was found in the first case and a mass of the
    # Y in the second"): the subject is no longer shared
    parallel = _parallel_start(s.text, found[0].start(), found[0].end())
    opening = parallel if parallel is not None and (not verbs or parallel < verbs[-1].start()) else verbs[-1].end() if verbs else None
    if opening is None:
        return None
    if verbs and opening == verbs[-1].end() and not s.text[opening : found[0].start()].strip():
        opening = verbs[-1].start()  # "CD30 stained cases 1 and 2 but was negative in case 3": the verb is the first's own
    # "X in Pt 2 (without ALK fusion) and Y in Pt 3": a bracket right after a name is that predicate's remark
    # (not one naming the next patients: "positive only in case 4 (negative in cases 1-3)" is two predicates)
    bounds = [opening] + [
        (b.end() if (b := _rx("name_trailing_bracket").match(s.text, m.end())) and not any(b.start() <= f.start() < b.end() for f in found)
         else m.end()) for m in found
    ]
    clauses = list(zip(bounds, bounds[1:]))
    tail = s.text[found[-1].end() :]
    # "...; both were resected": the clause's own opening, not its semicolon, is where "both" opens it
    shared_tail = (bool(_rx("clause_of_its_own").match(tail)) and speaks_for_all(tail.lstrip(" ;)"))) or bool(
        _rx("shared_trailing_phrase").fullmatch(tail)
    )
    out = []
    for k, xs in enumerate(named):
        # "RT-PCR detected the X-ALK transcript in case 1 but not in cases 2 and 3": a predicate left out after a test's
        # finding verb, only negated, is the one before it denied; that one's words are read with the "not"
        elided = bool(
            k and verbs and opening == verbs[-1].end() and _rx("finding_verb").fullmatch(verbs[-1].group(0).strip())
            and _rx("elided_negation").fullmatch(s.text, clauses[k][0], found[k].start())
            and _rx("molecular_finding").search(s.text, clauses[k - 1][0], found[k - 1].start())
        )
        # "ALK was positive in case 1 but not in case 2": a stain's sign left out after the copula, only negated, is the
        # sign before it denied; that patient's piece reads the sign before it turned (and the "but not" blanked)
        denial = (
            _rx("elided_negation").fullmatch(s.text, clauses[k][0], found[k].start())
            if k and not elided and verbs and opening == verbs[-1].end() and _rx("copula_verb").fullmatch(verbs[-1].group(0).strip())
            else None
        )
        sign = _rx("stain_sign_predicate").fullmatch(s.text, clauses[k - 1][0], found[k - 1].start()) if denial else None
        turned = denial is not None and sign is not None
        spans = [c for j, c in enumerate(clauses) if j != k and not ((elided or turned) and j == k - 1)]
        if elided or turned:
            spans.append(found[k - 1].span())
        if turned:
            spans.append(denial.span())
        if k and (joint := _rx("predicate_joint").match(s.text, clauses[k][0], clauses[k][1])):
            spans.append(joint.span())  # "... and negative in the latter": the joining word is no part of it
        spans.append(found[k].span())  # "negative in the woman": the name said whose it is, and reads as no site or result
        if k < len(named) - 1 and not shared_tail:
            spans.append((found[-1].end(), len(s.text)))  # what follows the last predicate is the last one's
        piece = _mask(s, spans)
        out.append((xs, _sign_turned(piece, sign.span("sign")) if turned and sign is not None else piece))
    return out


def _all_then_none_pieces(s: Sentence, n: int) -> list[Sentence] | None:
    """"Desmin was positive in all three and CD34 in none": every one of ``n`` patients' pieces, the clause for all and
    the left-out predicate of the markers named "in none" read denied ("CD34 neg"); None unless a count said is ``n``."""
    m = _rx("all_then_none_gap").search(s.text)
    if m is None or (m.group("k") and words_to_number(m.group("k").lower()) != n):
        return None
    denied = _sign_turned(_mask(s, [(0, m.start("gap")), (m.end("gap"), len(s.text))]), m.span("none"), "neg")
    return [_mask(s, [m.span("gap")]), denied]


def _sign_turned(s: Sentence, span: tuple[int, int], word: str = "negative") -> Sentence:
    """``s`` read with its stain's sign word at ``span`` ("positive", "expressed") turned ("negative", padded to the
    word's length, so offsets hold; or a finding verb turned to ``word``, "lacked"), for the patient a left-out predicate
    denies it to; its evidence quotes the sentence as written."""
    a, b = span
    original = s.quote if s.quote is not None else s.text
    text = s.text[:a] + word.ljust(b - a) + s.text[b:]
    return Masked(s.doc_id, text, s.start, s.section, s.page, None, s.heading, original)


def _ref_clauses(s: Sentence, patients: list[Patient]) -> list[tuple[Patient, Sentence]] | None:
    """"ALK was positive in the former and negative in the latter", "a mass of the jejunum was found in the first case
    and one of the ileum in the second case", "the follow-up is 8 years for the man and 14 months for the woman",
    "positive in patient A and negative in patient B": two or more predicates, each closed by a reference to one of
    ``patients`` (in their order) by turn, rank, relative age, sex or letter, dealt out as :func:`_case_clauses` deals
    numbered ones. None unless every reference names a different one of them, told apart unambiguously (sexes all known
    and different for a sex noun, ages all known and different for "the older", two patients for former/latter)."""
    found = list(_rx("patient_ref_group").finditer(s.text))
    if len(patients) < 2:
        return None
    # "an X-ALK fusion in her tumour and a Y-ALK fusion in his": a possessive pronoun names the one of that sex
    found = sorted([*found, *_rx("patient_ref_pronoun").finditer(s.text)], key=lambda m: m.start())
    # "CD10 was expressed in the first and third tumours but not in the second": ranks named together close one predicate
    sets = list(_rx("rank_set_ref").finditer(s.text))
    if sets:
        found = sorted([m for m in found if not any(t.start() <= m.start() < t.end() for t in sets)] + sets, key=lambda m: m.start())
    closers = found or list(_rx("place_named_closer").finditer(s.text))
    if closers and (semi := s.text.rfind(";", 0, closers[0].start())) > 0 and speaks_for_all(s.text[:semi]):
        # "All 3 were positive for X; CD10 was expressed in the first and third tumours but not in the second": the
        # clause before the semicolon every patient's, the references dealing out only the clause after it (by their
        # sites too: "Both were positive for X; ALK was negative in the laryngeal tumour but positive in the sinus one")
        rest = _ref_clauses(_piece(s, semi + 1, len(s.text)), patients)
        lead = _each_one(_piece(s, 0, semi + 1))
        return None if rest is None else [(p, lead) for p in patients] + rest
    picked: list[int] = []
    if len(found) < 2:  # "SMA was positive in the jejunal tumour and negative in the mesenteric one": by their sites
        found = list(_rx("place_named_closer").finditer(s.text))
        # "10% in the lung and 25% in the breast tumour": a site alone, its head noun the next closer's
        bare = [b for b in _rx("place_bare_closer").finditer(s.text) if not any(f.start() <= b.start() < f.end() for f in found)]
        found = sorted([*found, *bare], key=lambda m: m.start())
        if len(found) < 2:
            return None
        places = _own_places(patients)
        slots: list[list[list[int]]] = []
        for m in found:
            said = list(dict.fromkeys(canon for _, _, canon, _code in site.site_mentions(s.piece(*m.span("place")))))
            # "positive in the laryngeal and thigh tumours": each site named together the one patient whose site it is
            groups_ = [{c} for c in said] if m.group("conj") else [set(said)]
            fits = [[k for k, own in enumerate(places) if g & own] for g in groups_]
            if not said and not m.group("conj") and (stems := _place_stems(m.group("place"))):
                # "... in the sinus tumour": a word naming no site alone, the patient whose own sites' names hold it
                fits = [[k for k, words in enumerate(_own_place_stems(patients)) if stems <= words]]
            slots.append(fits)
        # "negative in the laryngeal tumour but positive in the sinus tumour": a site two patients' sentences name is
        # the one the other closers have not taken
        flat = [f for fits in slots for f in fits]
        taken: set[int] = set()
        while (single := next((f for f in flat if len(f) == 1 and f[0] not in taken), None)) is not None:
            taken.add(single[0])
            for f in flat:
                if f is not single and single[0] in f and len(f) > 1:
                    f.remove(single[0])
        sited: list[list[int]] = []
        for fits in slots:
            ks = [f[0] for f in fits if len(f) == 1]
            if not ks or len(ks) != len(fits) or len(set(ks)) != len(ks) or any(k in picked for k in ks):
                return None
            picked += ks
            sited.append(ks)
    named: list[list[int]] = sited if picked else []
    for m in found if not picked else []:
        if "ranks" in m.re.groupindex:
            ks = [_ORDINALS[w] - 1 for w in m.group("ranks").lower().replace(",", " ").split() if w in _ORDINALS]
        else:
            ks = [k] if (k := _ref_index(m, patients)) is not None else []
        if not ks or any(k in picked or not 0 <= k < len(patients) for k in ks) or len(set(ks)) != len(ks):
            return None
        picked += ks
        named.append(ks)
    if len(found) >= 2 and (opened := _ref_opened_clause(s, found[-1])) is not None:
        # "CD34 was negative in the lung tumour, and in the breast tumour p63 was negative": the last reference opens a
        # clause of its own (its own subject and verb), so the shared subject before it is none of that patient's
        head = _piece(s, 0, opened)
        lead = [(named[0], _mask(head, [found[0].span()]))] if len(found) == 2 else _predicate_pieces(head, found[:-1], named[:-1])
        last = (named[-1], _mask(_piece(s, found[-1].start(), len(s.text)), [(0, found[-1].end() - found[-1].start())]))
        return None if lead is None else [(patients[k], piece) for ks, piece in [*lead, last] for k in ks]
    pieces = _predicate_pieces(s, found, named)
    return None if pieces is None else [(patients[k], piece) for ks, piece in pieces for k in ks]


def _ref_opened_clause(s: Sentence, m: re.Match[str]) -> int | None:
    """Where the clause before a patient reference ends, when the reference opens a clause of its own after a comma or
    semicolon (regex ``ref_opening_joint``) and is followed by its own subject and verb (regex ``ref_opened_clause``):
    "..., and in the breast tumour p63 was negative". None when the reference closes a predicate ("..., and negative in
    the latter")."""
    joint = _rx("ref_opening_joint").search(s.text, 0, m.start())
    if joint is None or not _rx("ref_opened_clause").match(s.text, m.end()):
        return None
    return joint.start()


def _ref_index(m: re.Match[str], patients: list[Patient]) -> int | None:
    """The index in ``patients`` of the one a ``patient_ref_group`` match names by turn, rank, letter, relative age or
    sex (or a ``patient_ref_pronoun`` match by its possessive's sex); None unless told apart unambiguously (see
    :func:`_ref_clauses`)."""
    years = [_years_of(p) for p in patients]
    sexes = [p.age.sex if p.age is not None else p.intro_sex for p in patients]
    k: int | None = None
    if "pron" in m.re.groupindex:  # "in her tumour ... in his": of patients all of known and different sexes
        sex = "female" if m.group("pron").lower().startswith("her") else "male"
        k = sexes.index(sex) if None not in sexes and len(set(sexes)) == len(sexes) and sex in sexes else None
    elif m.group("turn"):
        k = (0 if m.group("turn").lower() == "former" else 1) if len(patients) == 2 else None
    elif m.group("rank"):
        k = _ORDINALS[m.group("rank").lower()] - 1
    elif m.group("letter"):
        k = ord(m.group("letter")) - ord("A")
    elif m.group("age"):
        word = m.group("age").lower()
        if None not in years and len(set(years)) == len(years) and (len(patients) == 2 or word.endswith("est")):
            pick = min if word.startswith("young") else max
            k = years.index(pick(y for y in years if y is not None))
    elif m.group("sex"):
        sex = demographics.rules().sex_nouns.get(m.group("sex").lower())
        if None not in sexes and len(set(sexes)) == len(sexes) and sex in sexes:
            k = sexes.index(sex)
        elif (by_noun := _by_person_noun(m.group("sex"), patients)) is not None:
            k = patients.index(by_noun)  # "in the boy, ... in the man": two of one sex, told apart as child and adult
    elif m.group("stage"):
        # "the adolescent is well": the one patient in her or his teens (13 to 19 years), all ages known
        teens = [j for j, y in enumerate(years) if y is not None and 13 <= y < 20]
        k = teens[0] if None not in years and len(teens) == 1 else None
    return k if k is not None and 0 <= k < len(patients) else None


def _opening_turn(s: Sentence, patients: list[Patient]) -> Patient | None:
    """The one of numbered ``patients`` a sentence opens on by person noun or relative age ("The woman is alive 9 months
    after surgery", "The eldest patient recovered", after a heading run into it: "FOLLOW-UP The boy is well"); None
    unless that noun or age tells exactly one of them apart (:func:`_ref_index`'s tests: sexes or ages all known)."""
    lead = _rx("caps_heading_lead").match(s.text)
    at = lead.end() if lead is not None else 0
    if (held := _holder_opening(s, at, patients)) is not None:
        return held  # "The man with the lateral wall tumour is well": the site tells apart what the noun does not
    m = _rx("turn_clause").match(s.text[at:])
    if m is None or m.start("w") != 0 or m.group("kin") or len(patients) < 2:
        # "The maxillary tumour recurred ...", "The patient with the nasal tumour is free of disease": a sentence opening
        # on one tumour (or its bearer) named by a site only one of them has
        first = next(iter(_partnered_referents(s.text)), None)
        if len(patients) >= 2 and first is not None and first.start() == at and _referent_place(first) is not None:
            return _sole_referent(s, patients)
        return None
    if m.group("sex"):
        sexes = [p.age.sex if p.age is not None else p.intro_sex for p in patients]
        sex = demographics.rules().sex_nouns.get(m.group("sex").lower())
        if None not in sexes and sexes.count(sex) == 1 and _rx("child_person_noun").fullmatch(m.group("sex")) is None:
            return patients[sexes.index(sex)]
        return _by_person_noun(m.group("sex"), patients) if None not in sexes else None
    if m.group("rank"):
        pool = _rank_sex_pool(s.text, at + m.end("w"), patients)
        years = [_years_of(p) for p in pool]
        word = m.group("rank").lower()
        if None in years or len(set(years)) != len(years) or not (len(pool) == 2 or word.endswith("est")):
            return None
        pick = min if word.startswith("young") else max
        return pool[years.index(pick(y for y in years if y is not None))]
    return None


def _rank_sex_pool(text: str, at: int, patients: list[Patient]) -> list[Patient]:
    """The patients a relative age ranks among: those of the sex its noun names ("The older woman ...", "The younger of
    the two men ...", regex ``rank_sex_noun`` right after the rank word at ``at``), so that of two women beside a man
    "the older woman" is the older of the two; all ``patients`` when no sex noun follows or a sex is unknown."""
    m = _rx("rank_sex_noun").match(text, at)
    if m is None:
        return patients
    sex = demographics.rules().sex_nouns.get(_singular(m.group("sex")))
    sexes = [p.age.sex if p.age is not None else p.intro_sex for p in patients]
    if sex is None or None in sexes:
        return patients
    return [p for p, x in zip(patients, sexes) if x == sex]


def _holder_opening(s: Sentence, at: int, patients: list[Patient]) -> Patient | None:
    """"The man with the posterior wall tumour is free of disease", "At the last visit, the boy with the hepatic lesion
    was well": a sentence opening (after at most a short lead, regex ``holder_opening_lead``) on a person named with the
    site of their tumour (regex ``patient_referent`` group holder_place) is the one patient whose own sentences name that
    site (:func:`_sole_referent`), even where the person noun alone fits several; None otherwise."""
    first = next(iter(_partnered_referents(s.text)), None)
    if len(patients) < 2 or first is None or first.group("holder_place") is None:
        return None
    if not _rx("holder_opening_lead").fullmatch(s.text, at, first.start()):
        return None
    if (sole := _sole_referent(s, patients)) is not None:
        return sole
    # "The woman with the retroperitoneal mass ...", where a man's sentences name the peritoneum too: the site's
    # patients of the person noun's sex
    sex = demographics.rules().sex_nouns.get(first.group(0).split()[1].lower())
    fits = [patients[k] for k in _place_fits(s, first.span("holder_place"), patients)]
    fits = [p for p in fits if sex and (p.age.sex if p.age is not None else p.intro_sex) == sex]
    return fits[0] if len(fits) == 1 else None


def _turn_by_noun(s: Sentence, patients: list[Patient]) -> Patient | None:
    """The patient a sentence opens on by its person noun ("The man had ..."), among patients introduced together whose
    sexes alone do not tell them apart (:func:`_by_person_noun`); None when all sexes are not known."""
    m = _rx("turn_clause").match(s.text)
    if m is None or not m.group("sex") or m.group("kin") or m.start("w") != 0:
        return None
    if len(patients) < 2 or None in [p.age.sex if p.age is not None else p.intro_sex for p in patients]:
        return None
    return _by_person_noun(m.group("sex"), patients)


def _by_person_noun(word: str, patients: list[Patient]) -> Patient | None:
    """The one of ``patients`` a person noun names when their sexes alone do not tell them all apart: the only one of
    its sex ("two men and a woman": "the woman"), or a boy beside a man ("a 3-year-old boy ... and a 66-year-old man":
    "the man" is the adult, "the boy" the child, regex ``child_person_noun``). None unless exactly one patient of the
    noun's sex fits it (a known age on the noun's side of 18, when several share the sex)."""
    sex = demographics.rules().sex_nouns.get(word.lower())
    if sex is None:
        return None
    child = _rx("child_person_noun").fullmatch(word) is not None
    same_sex = [p for p in patients if (p.age.sex if p.age is not None else p.intro_sex) == sex]
    fits = [p for p in same_sex if (y := _years_of(p)) is None or (y < 18) == child]
    if len(same_sex) == 1:
        return fits[0] if fits else None
    return fits[0] if len(fits) == 1 and all(_years_of(p) is not None for p in same_sex) else None
def _referent_place(m: re.Match[str]) -> tuple[int, int] | None:
    """Where a ``patient_referent`` match names its tumour's site: "the renal tumour" (group place) or "the girl with
    mesenteric disease" (group holder_place, the person told apart from another of the same sex by the site of their
    disease); None for a reference by turn, rank, age, sex or letter."""
    for g in ("place", "holder_place"):
        if m.group(g) is not None:
            return m.start(g), m.end(g)
    return None


def _referent_of(m: re.Match[str], patients: list[Patient], s: Sentence) -> int | None:
    """The index in ``patients`` of the one a ``patient_referent`` match names, told apart as :func:`_ref_index` tells
    them (its phrase read as "in the ..."); None when it does not say which one."""
    if m.group("letter"):
        k = ord(m.group("letter")) - ord("A")
        return k if 0 <= k < len(patients) else None
    if m.group("bare"):  # "... and the second ROS1-positive": a rank with no noun, read beside another rank only
        k = _ORDINALS[m.group("bare").lower()] - 1
        return k if 0 <= k < len(patients) else None
    if (place := _referent_place(m)) is not None:  # "the renal tumour": the one patient whose own sentences name that site
        named = {canon for _, _, canon, _code in site.site_mentions(_piece(s, *place))}
        fits = [k for k, own in enumerate(_own_places(patients)) if named and named & own]
        if not named and (stems := _place_stems(s.text[place[0]:place[1]])):
            # "the maxillary tumour": a word naming no site alone, the patient whose own sites' names hold it
            fits = [k for k, words in enumerate(_own_place_stems(patients)) if stems <= words]
        return fits[0] if len(fits) == 1 else None
    ref = _rx("patient_ref_group").match(f"in the {m.group('w')}")
    return _ref_index(ref, patients) if ref is not None else None


def _partnered_referents(text: str, a: int = 0, b: int | None = None) -> list[re.Match[str]]:
    """The ``patient_referent`` matches in ``text[a:b]``, a bare rank ("the second", group bare) kept only when the
    whole sentence names two different ranks ("The first tumour was ALK-positive and the second ROS1-positive", "the
    first, a woman, ...; the second, a man, ..."): alone, "the second was done in 2019" may be an operation's rank, and after
    a count of events ("two biopsies: the first ..., the second ...", regex ``ranked_events_counted``) they rank those."""
    found = list(_rx("patient_referent").finditer(text, a, len(text) if b is None else b))
    if not any(m.group("bare") for m in found):
        return found
    first_bare = min(m.start() for m in _rx("patient_referent").finditer(text) if m.group("bare"))
    if _rx("ranked_events_counted").search(text, 0, first_bare):
        # "Two biopsies were taken from the woman: the first ..., the second ...": the ranks are the biopsies'
        return [m for m in found if not m.group("bare")]
    ranks = {
        (m.group("bare") or m.group("w") or "").lower().split()[0]
        for m in _rx("patient_referent").finditer(text)
        if m.group("bare") or (m.group("w") and m.group("w").lower().split()[0] in _ORDINALS)
    }
    return found if len(ranks) >= 2 else [m for m in found if not m.group("bare")]


def _referent_clauses(s: Sentence, patients: list[Patient]) -> list[tuple[Patient, Sentence]] | None:
    """"CT showed in the girl a lesion of X, and in the boy a mass of Y", "Excision was done in the girl; the boy
    underwent Z", "desmin stained the former case, while in the latter it was negative", "the girl has no recurrence at
    38 months and the boy is free of disease at 2 years": a sentence cut into clauses where it turns (regex
    ``referent_joint``), each naming at most one of ``patients`` anywhere in it (regex ``patient_referent``), by turn,
    rank, relative age, sex or letter. A clause naming one is that patient's; a later clause naming none goes on with
    the one before (unless it speaks for all); a first clause naming none is everyone's. None unless two or more different patients are named and each clause names at most
    one, told apart unambiguously."""
    if len(patients) < 2:
        return None
    joints: list[re.Match[str]] = []
    for j in _rx("referent_joint").finditer(s.text):
        a = joints[-1].end() if joints else 0
        # "The girl and the boy were both ...": an "and" after no more than a patient's name lists them, it cuts nothing
        said = _rx("patient_referent").sub(" ", s.text[a : j.start()]).split()
        if j.start() > 0 and (";" in j.group(0) or len(said) >= 2):
            joints.append(j)
    bounds = list(zip([0] + [j.end() for j in joints], [j.start() for j in joints] + [len(s.text)]))
    owners: list[int | None] = []
    for a, b in bounds:
        named = set()
        for m in _partnered_referents(s.text, a, b):
            if _rx("comparison_before_referent").search(s.text, a, m.start()):
                return None  # "..., compared with 3% in the younger woman": a yardstick, no clause of hers
            k = _referent_of(m, patients, s)
            if k is None and _referent_place(m) is not None:
                continue  # "the same lesion", "the left one": no site of one of them, no reference
            if k is None:
                return None
            named.add(k)
        if named and speaks_for_all(s.text[a:b]):
            return None  # "Both tumours, the girl's and the boy's, were ...": the names are the "both", no clause of one
        if len(named) > 1:
            return None if (runs := _ref_runs(_piece(s, a, b), patients)) is None else _runs_dealt(s, bounds, owners, runs, patients)
        owners.append(named.pop() if named else None)
    named_ks = {k for k in owners if k is not None}
    # "Histology showed ALK and SMA; the girl's tumour also expressed desmin": one patient named after a clause naming
    # none, as adding to it, leaves that clause everyone's (not the named one's alone)
    adds_to_all = bool(named_ks) and owners[0] is None and not _rx("pronoun_opener").match(s.text) and any(
        k is not None and _rx("added_to_all").search(s.text, a, b) for (a, b), k in zip(bounds, owners)
    )
    if len(named_ks) < 2 and not adds_to_all:
        return None
    out: list[tuple[Patient, Sentence]] = []
    for j, ((a, b), k) in enumerate(zip(bounds, owners)):
        if k is None:
            before = [x for x in owners[:j] if x is not None]
            if j == 0 or not before or speaks_for_all(s.text[a:b]):
                # "Both were ALK positive; in the girl ...": everyone's ("X-ALK and Y-NTRK3 fusions, respectively; the
                # first ...": a list of one item each gives each patient its own)
                out.extend((p, _for_member(_piece(s, a, b), i, len(patients), whole=True)) for i, p in enumerate(patients))
                continue
            k = before[-1]
        out.append((patients[k], _gapped_rank_piece(s, bounds[:j], a, b) or _piece(s, a, b)))
    return out or None


def _gapped_rank_piece(s: Sentence, earlier: list[tuple[int, int]], a: int, b: int) -> Sentence | None:
    """"The first was treated with X and the second with Y", "the first was alive at 30 months and the second at 14
    months": a clause ``s.text[a:b]`` opening on a bare rank with its verb left out (regex ``bare_rank_gap``) borrows the
    verb of the last ranked clause before it (of ``earlier``) that has the same preposition after its own verb: the
    piece keeps that clause's words from its rank up to the preposition and this clause's own words after its rank,
    the rest blanked. None when the clause is not gapped or no such clause is before it."""
    gap = _rx("bare_rank_gap").match(s.text, a, b)
    if gap is None:
        return None
    prep = f" {gap.group('p').lower()} "
    for a0, b0 in reversed(earlier):
        rank = next((m for m in _rx("patient_referent").finditer(s.text, a0, b0) if m.group("bare")), None)
        if rank is None or _rx("bare_rank_gap").match(s.text, a0, b0):
            continue
        at = s.text.lower().find(prep, rank.end(), b0)
        if at < 0:
            return None
        return _mask(s, [(0, rank.end()), (at, gap.start("p")), (b, len(s.text))])
    return None


def _ref_runs(s: Sentence, patients: list[Patient]) -> list[tuple[Patient, Sentence]] | None:
    """"TFG-ROS1 in the woman and ETV6-NTRK3 in the boy, concordant with ROS1 staining in the former and pan-TRK in the
    latter": predicates closed by references to the patients (regex ``patient_ref_group``) in runs that start over at
    a comma, each run dealt out by :func:`_ref_clauses`. None unless there are two runs or more, each naming every
    patient once."""
    found = list(_rx("patient_ref_group").finditer(s.text))
    ks = [_ref_index(m, patients) for m in found]
    n = len(patients)
    if None in ks or len(found) < 2 * n or len(found) % n:
        return None
    runs = [ks[i : i + n] for i in range(0, len(ks), n)]
    if any(sorted(r) != list(range(n)) for r in runs):
        return None
    out: list[tuple[Patient, Sentence]] = []
    a = 0
    for i in range(0, len(found), n):
        b = len(s.text) if i + n >= len(found) else found[i + n - 1].end()
        if i + n < len(found):
            comma = s.text.find(",", b, found[i + n].start())
            if comma < 0:
                return None
            b = comma
        run = found[i : i + n]
        # "..., with ROS1 staining in the former and pan-TRK in the latter": without a verb of its own, each predicate
        # runs from the reference before it to its own (the reference itself blanked)
        dealt = _ref_clauses(_piece(s, a, b), patients) or [
            (patients[k], _mask(_piece(s, a0, m.end()), [(m.start() - a0 - lead, m.end() - a0 - lead)]))
            for k, m, a0 in zip(ks[i : i + n], run, [a] + [x.end() for x in run[:-1]])
            for lead in [len(s.text[a0 : m.end()]) - len(s.text[a0 : m.end()].lstrip())]
        ]
        out.extend(dealt)
        a = b + 1
    return out


def _runs_dealt(
    s: Sentence, bounds: list[tuple[int, int]], owners: list[int | None], runs: list[tuple[Patient, Sentence]],
    patients: list[Patient],
) -> list[tuple[Patient, Sentence]] | None:
    """:func:`_referent_clauses` where the clause after ``owners`` deals out runs of references (:func:`_ref_runs`): the
    clauses before it read as that function reads them, those after it each the patient it alone names; None when one
    of them names no one or several."""
    j = len(owners)
    rest: list[tuple[Patient, Sentence]] = []
    for a, b in bounds[j + 1 :]:
        named = {_referent_of(m, patients, s) for m in _partnered_referents(s.text, a, b)}
        if len(named) != 1 or None in named:
            return None
        rest.append((patients[named.pop()], _piece(s, a, b)))
    before = [(patients[k], _piece(s, a, b)) for (a, b), k in zip(bounds[:j], owners) if k is not None]
    if len(before) != j:
        return None
    return before + runs + rest


def _sole_referent(s: Sentence, patients: list[Patient]) -> Patient | None:
    """"Because of the residual tumour, the boy was given X": the one of ``patients`` a sentence names (regex
    ``patient_referent``, anywhere in it) when it names no other and does not speak for all of them; None otherwise."""
    found = [(m, _referent_of(m, patients, s)) for m in _partnered_referents(s.text)]
    named = {k for m, k in found if k is not None or _referent_place(m) is None}
    if len(named) != 1 or None in named or speaks_for_all(s.text) or _rx("pronoun_opener").match(s.text) or any(
        _rx("comparison_before_referent").search(s.text, 0, m.start()) for m, _ in found
    ):
        return None  # "Her Ki-67 index was 20%, compared with 3% in the younger woman": hers, the other the yardstick
    if _referent_clauses(s, patients) is not None:
        return None  # "Histology showed ALK; the girl's tumour also expressed desmin": dealt clause by clause
    k = named.pop()
    # "The Ki-67 index was 10% in the lung and 20% in the breast tumour": a tumour named by its site beside a site of
    # another one's is not that one's alone
    if all(_referent_place(m) is not None for m, x in found if x is not None):
        said = {canon for _, _, canon, _code in site.site_mentions(s)}
        if any(said & own for j, own in enumerate(_own_places(patients)) if j != k):
            return None
    return patients[k]


def _rank_set_clauses(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """"The first and the third patient are alive, the second died of disease": clauses each opening on some of a
    numbered series' patients by rank (regex ``rank_set_clause``), each clause theirs. None unless the first opens the
    sentence, two or more do, and no patient is named twice or is not one of ``groups``."""
    hits = list(_rx("rank_set_clause").finditer(s.text))
    if len(hits) < 2 or hits[0].start("w") != 0:
        return None
    if any(_rx("counted_things_before").search(s.text, 0, m.start("w")) for m in hits[1:]):
        return None  # "she needed two further excisions, the second with wide margins": one of the things counted
    sets = [[_ORDINALS[w] for w in re.findall(r"[a-z]+", m.group("ranks").lower()) if w in _ORDINALS] for m in hits]
    flat = [x for xs in sets for x in xs]
    if len(flat) != len(set(flat)) or not all(x in groups for x in flat):
        return None
    cuts = [m.start("w") for m in hits] + [len(s.text)]
    return [(x, _piece(s, a, b)) for xs, a, b in zip(sets, cuts, cuts[1:]) for x in xs]


def _rank_set_only(s: Sentence, groups: dict[int, Patient]) -> tuple[list[int], list[tuple[int, Sentence]]] | None:
    """"Caldesmon was detected in the first and third tumours", "... only in the second and third cases": one predicate
    closed by several of a numbered series' patients named together by rank (regex ``rank_set_ref``), the sentence's
    only reference to any patient: the patients it names, and, when it says they are the only ones ("only"), each other
    patient with the clause to read with the opposite sign. None unless the ranks name distinct patients of ``groups``
    and the sentence names no patient otherwise, by number, rank or for all."""
    sets = list(_rx("rank_set_ref").finditer(s.text))
    if len(sets) != 1:
        return None
    m = sets[0]
    rest = _mask(s, [m.span()]).text
    if _case_name_matches(rest) or _rx("patient_ref_group").search(rest) or speaks_for_all(rest) or _rx("label_clause_all").search(rest):
        return None
    ranks = [_ORDINALS[w] for w in m.group("ranks").lower().replace(",", " ").split() if w in _ORDINALS]
    if len(ranks) < 2 or len(set(ranks)) != len(ranks) or max(ranks) > len(groups):
        return None
    named = [list(groups)[k - 1] for k in ranks]
    turned: list[tuple[int, Sentence]] = []
    if m.group("only") or _rx("only_just_before").search(s.text, 0, m.start()):
        a, b = next(((a, b) for a, b in _scope_units(s) if a <= m.start() < b), (0, len(s.text)))
        turned = [(x, _mask(s, [(0, a), (b, len(s.text))])) for x in groups if x not in named]
    return named, turned


def _label_pieces(s: Sentence, labels: dict[str, int], groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """A sentence naming patients by their table labels inside its clauses ("SMA was positive in all three; desmin was
    positive in K2 only", "desmin was negative in K1 and focally positive in K2, and CK was negative in both"): each
    clause is the labelled patients' (a clause of several predicates, each closed by its labels, is dealt out like
    :func:`_case_clauses`), a clause naming none is everyone's when it speaks for all ("in both", "in all cases") and
    nobody's otherwise. Each patient's piece has the rest blanked; None when no label of ``groups`` is named."""
    found = [
        (m.start(), m.end(), labels[x]) for m in _rx("case_label_mention").finditer(s.text)
        if (x := _label_of(m)) in labels and labels[x] in groups
    ]
    return _named_clause_pieces(s, found, list(groups))


def _named_clause_pieces(
    s: Sentence, found: list[tuple[int, int, int]], keys: list[int], every: re.Pattern[str] | None = None
) -> list[tuple[int, Sentence]] | None:
    """The clauses of ``s`` dealt to the patients ``found`` names in them ((start, end, patient key) of each name, a
    table label or a tumour's place): each clause is its named patients', a clause of several predicates each closed
    by its names dealt out predicate by predicate after their shared subject and verb, a clause naming none everyone's
    (of ``keys``) when it speaks for all (or ``every`` finds its words for all in it) and nobody's otherwise; each
    piece has the names of the other patients blanked. None when nothing is named."""
    if not found:
        return None
    keep: dict[int, list[tuple[int, int]]] = {}
    bounds = [0] + [m.end() for m in _rx("label_clause_break").finditer(s.text)] + [len(s.text)]
    for a, b in zip(bounds, bounds[1:]):
        here = [f for f in found if a <= f[0] < b]
        if not here:
            if speaks_for_all(s.text[a:b]) or _rx("label_clause_all").search(s.text, a, b) or (
                every is not None and every.search(s.text, a, b)
            ):
                for k in keys:
                    keep.setdefault(k, []).append((a, b))
            continue
        runs: list[list[tuple[int, int, int]]] = [[here[0]]]
        for f in here[1:]:  # "in K1 and K3": one predicate for both
            if _rx("label_run_joint").fullmatch(s.text, runs[-1][-1][1], f[0]):
                runs[-1].append(f)
            else:
                runs.append([f])
        if len(runs) == 1:
            for f in runs[0]:
                keep.setdefault(f[2], []).append((a, b))
            continue
        verbs = list(_rx("clause_verb").finditer(s.text, a, runs[0][0][0]))
        if not verbs:
            continue  # no shared subject and verb to give each predicate: the clause is nobody's
        starts = [verbs[-1].end()] + [r[-1][1] for r in runs[:-1]]
        for j, (run, start) in enumerate(zip(runs, starts)):
            end = b if j == len(runs) - 1 else run[-1][1]
            for f in run:
                keep.setdefault(f[2], []).extend([(a, verbs[-1].end()), (start, end)])
    out = []
    for k in keys:
        if k in keep:
            mine = sorted(keep[k])
            gaps, at = [], 0
            for a, b in mine:
                gaps.append((at, a))
                at = max(at, b)
            gaps.append((at, len(s.text)))
            gaps += [m.span() for m in _rx("label_clause_all").finditer(s.text)]  # "in all three": no statistic
            gaps += [(f[0], f[1]) for f in found if f[2] != k]  # "the forearm and calf tumours": not the forearm's site
            if every is not None:  # a clause blanked keeps its closing semicolon: the kept ones do not run together
                gaps = [g for a, b in gaps for g in _around(s.text, a, b, ";")]
            out.append((k, _mask(s, gaps)))
    return out or None


def _around(text: str, a: int, b: int, keep: str) -> list[tuple[int, int]]:
    """The span ``a``-``b`` of ``text`` cut around each ``keep`` character in it."""
    out, at = [], a
    for i in range(a, min(b, len(text))):
        if text[i] == keep:
            out.append((at, i))
            at = i + 1
    out.append((at, b))
    return out


def _dealt_places(sentences: list[Sentence], k: int) -> dict[str, int]:
    """The place of each of ``k`` patients introduced together, from the first list dealing one site to each in their
    order ("the tumours lay within the flexor compartment of the forearm, the vastus lateralis of the thigh and the
    medial head of gastrocnemius in the calf, respectively"): the last site named in each item, as written (lower
    case), to the patient's index; empty unless every item names one and no two the same."""
    for s in sentences:
        if not _rx("respectively").search(s.text):
            # "two adolescents with IMT of bone, one in the humerus and one in the femur": one place dealt to each
            dealt = _deal_out(s, k)
            if dealt and len(dealt) == k:
                named = site.site_mentions(s)
                places = []
                for d in dealt:
                    a, b = d.start - s.start, d.start - s.start + len(d.text)
                    inside = [s.text[x:y].lower() for x, y, _, _ in named if a <= x and y <= b]
                    places.append(inside[-1] if inside else None)
                if all(places) and len(set(places)) == k:
                    return {p: j for j, p in enumerate(places) if p}
            continue
        items = parallel_list(s.text, k)
        if not items:
            continue
        named = site.site_mentions(s)
        places = []
        for a, b in items:
            inside = [s.text[x:y].lower() for x, y, _, _ in named if a <= x and y <= b]
            places.append(inside[-1] if inside else None)
        if all(places) and len(set(places)) == k:
            return {p: j for j, p in enumerate(places) if p}
    return {}


def _place_pieces(s: Sentence, places: dict[str, int], k: int) -> list[tuple[int, Sentence]] | None:
    """A sentence naming the tumours of patients introduced together by their places ("the thigh tumour recurred;
    the forearm and calf tumours have not", "ALK was positive in the forearm and calf tumours and negative in the
    thigh tumour"): each clause the patients whose tumour it names (:func:`_named_clause_pieces`)."""
    # a one-word place is also named by its adjective ("the humeral tumour" of the humerus, "the femoral" of the femur):
    # its stem (place_stem) and an adjective's ending, when the stems tell the places apart
    stems = {p: m.group("stem") for p in places if p.isalpha() and (m := _rx("place_stem").fullmatch(p))}
    if len(set(stems.values())) != len(stems) or any(a != b and a.startswith(b) for a in stems.values() for b in stems.values()):
        stems = {}
    names = [re.escape(p) for p in places] + [re.escape(x) + _rx("place_adjective_ending").pattern for x in stems.values()]
    alt = "|".join(sorted(names, key=len, reverse=True))
    rx = re.compile(_rx("place_named_tumour").pattern.replace("PLACES", alt), re.IGNORECASE)

    def place_of(word: str) -> int:
        word = word.lower()
        return places[word] if word in places else next(places[p] for p, x in stems.items() if word.startswith(x))

    found = [(m.start("place"), m.end(), place_of(m.group("place"))) for m in rx.finditer(s.text)]
    return _named_clause_pieces(s, found, list(range(k)), _rx("place_clause_all"))


def _stain_exception(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]]:
    """"All four tumours were positive for desmin, except that of case 3(, which was negative)", "With the exception of
    case 3, all tumours expressed desmin" (regexes ``all_except_cases``, ``fronted_except_cases``): each excepted patient
    with the stain's clause (up to a semicolon), its exception blanked, to be read with the opposite sign. Nothing when
    the exception tells a result of its own beyond a bare opposite ("..., which was ALK-negative", "which was not
    tested": regex ``except_bare_result``), when the clause tells no stain result, or when it excepts every patient."""
    m = _rx("all_except_cases").search(s.text) or _rx("fronted_except_cases").search(s.text)
    if m is None:
        return []
    named = _case_numbers(m.group("names"))
    if not named or not set(named) <= set(groups) or set(named) == set(groups):
        return []
    rel = _rx("except_relative").match(s.text, m.end("x"))
    if rel is not None and not _rx("except_bare_result").match(rel.group("rel").strip()):
        return []
    cut = (m.start("x"), rel.end() if rel else m.end("x"))
    lo = s.text.rfind(";", 0, cut[0]) + 1
    hi = s.text.find(";", cut[1])
    hi = len(s.text) if hi < 0 else hi
    piece = _mask(s, [(0, lo), cut, (hi, len(s.text))])
    if not _rx("legend_stain_result").search(piece.text):
        return []
    return [(x, _each_one(piece)) for x in named]  # read for one of them: "all tumours" blanked


def _elsewhere_only(s: Sentence, groups: dict[int, Patient], labels: dict[str, int]) -> list[tuple[int, Sentence]]:
    """A clause naming some patients of a series as the only ones with a finding ("desmin was positive in K2 only",
    "CD10 was expressed only in cases 1 and 3"): (patient, the clause with the rest blanked) for every other numbered
    patient, to be read with the opposite sign. Nothing when a name is neither a table label nor a numbered patient
    ("only in 2019"), or when the clause names every patient."""
    out: list[tuple[int, Sentence]] = []
    # "All tumours were SMA-positive, desmin was expressed in patients 1 and 4 only": the clause of the "only" alone
    units = _scope_units(s)
    for j, (a, b) in enumerate(units):
        m = _rx("only_in").search(s.text, a, b)
        if m is None or _rx("done_before_only").search(s.text, a, m.start()):
            continue  # "ROS1 was performed in case 2 only": the others were not tested, not negative
        who = m.group("who") or m.group("who2") or m.group("who3") or m.group("who4") or m.group("who5")
        prefix = _rx("only_in_prefix").match(who)
        names = _rx("label_run_joint").split(who[prefix.end():] if prefix else who)
        numbers = [labels[x] if x in labels else int(x) if prefix and x.isdigit() else None for x in names if x]
        if not numbers or not all(x in groups for x in numbers) or len(set(numbers)) >= len(groups):
            continue
        if {x for r in _rx("clause_named_cases").finditer(s.text, a, b) for x in _case_numbers(r.group("ns"))} - set(numbers):
            continue  # "positive only in case 4 (negative in cases 1-3)": the others' own result is told
        lo, named = _borrowed_clause(s, units, j, m.span())
        if lo < a and _case_name_matches(s.text[lo:a]):  # not when that clause names patients of its own ("in case 2, and
            lo, named = a, []  # calponin in case 3 only")
        out += [(k, _own_series_masked(_mask(s, [(0, lo), (b, len(s.text)), *named]))) for k in groups if k not in numbers]
    out += [(k, piece) for k, piece in _stain_exception(s, groups) if k not in {x for x, _ in out}]
    # "ALK was positive in all but case 4", "SMA was positive in 3/4 (not case 2)": the ones left out, the clause alone
    for a, b in _scope_units(s):
        closers = _scope_closers(s.text, a, b, groups)
        left = _but_closers(s.text, a, b, groups)
        if closers and len(closers) == 1 and len(left) == 1 and left[0][3]:
            out += [(k, _mask(s, [(0, a), (left[0][0], left[0][1]), (b, len(s.text))])) for k in left[0][3]]
        elif len(left) == 1 and left[0][3] and closers and closers[0][:2] == left[0][:2] and all(
            set(c[2]) <= set(left[0][2]) for c in closers[1:]
        ):
            # "ALK was expressed in three of four tumours (all except case 4), with a granular pattern in cases 1 and 2
            # and a membranous one in case 3": the detail after it is of the others; the one left out, the stain alone
            out += [(k, _mask(s, [(0, a), (left[0][0], len(s.text))])) for k in left[0][3]]
        # "SMA was expressed in cases 1, 2 and 4 (not case 3)": the ones the bracket leaves out
        elif closers and len(closers) == 1 and (m := _rx("left_out_bracket").match(s.text, closers[0][1])) and m.end() <= b:
            out_ = set(_case_numbers(m.group("ns")))
            if out_ <= set(groups) and not out_ & set(closers[0][2]):
                out += [(k, _mask(s, [(0, a), (closers[0][0], m.end()), (b, len(s.text))])) for k in sorted(out_)]
    # "SMA in five of six (cases 1-4 and 6)": a share of the whole series naming the ones it speaks for, the rest left
    # out (the clause alone, or, when it borrows its verb from the clauses before, the sentence up to it: a stain those
    # tell the rest already has is not turned, :func:`ihc.apply_elsewhere_only`)
    for m in _rx("share_closer").finditer(s.text):
        br = _rx("share_named_bracket").match(s.text, m.end())
        if br is None or m.group("ns") or words_to_number(m.group("n")) != len(groups):
            continue
        named = _case_numbers(br.group("ns"))
        if len(set(named)) != words_to_number(m.group("k")) or not set(named) < set(groups):
            continue
        a, b = next(((a, b) for a, b in _scope_units(s) if a <= m.start() < b), (0, len(s.text)))
        lo = a if _rx("clause_verb").search(s.text, a, m.start()) and not _rx("borrowed_verb_opening").match(s.text[a:m.start()]) else 0
        out += [(k, _mask(s, [(0, lo), (m.start(), br.end()), (b, len(s.text))])) for k in groups if k not in named]
    # "SMA was negative except in case 2": the ones the exception names, the clause before it alone
    if (m := _rx("result_except_cases").search(s.text)) is not None and not _rx("all_except_cases").search(s.text):
        named = _case_numbers(m.group("names"))
        a = max([a for a, _ in _scope_units(s) if a < m.start("x")], default=0)
        if named and set(named) < set(groups):
            out += [(k, _mask(s, [(0, a), (m.start("x"), len(s.text))])) for k in named]
    if out and _rx("others_operated").search(s.text):
        # "Only case 3 recurred; none of the other operated patients has": the others operated on, not the unoperated
        out = [(k, piece) for k, piece in out if k in _operated(groups)]
    if not out and (placed := _only_placed(s, groups)) is not None:
        # "Desmin was detected only in the tracheal lesion": the other patients' with the opposite sign (the clause of
        # the "only" alone, the tumour's name blanked)
        at = placed[1]
        j = next((j for j, (a, b) in enumerate(units) if a <= at.start() < b), None)
        a, b = units[j] if j is not None else (0, len(s.text))
        lo, named = _borrowed_clause(s, units, j, at.span()) if j is not None else (a, [])
        out += [(k, _mask(s, [(0, lo), (b, len(s.text)), at.span(), *named])) for k in groups if k != placed[0]]
    if not out and (one := _only_ranked(s, groups)) is not None:
        # "Desmin stained the first tumour only": the other patients' with the opposite sign (the clause of the "only"
        # alone: "... positive for SMA in all cases, desmin only in the first one" turns no SMA)
        at = _rx("only_ranked").search(s.text)
        j = next((j for j, (a, b) in enumerate(units) if at is not None and a <= at.start() < b), None)
        a, b = units[j] if j is not None else (0, len(s.text))
        lo, named = _borrowed_clause(s, units, j, at.span()) if j is not None and at is not None else (a, [])
        out += [(k, _mask(s, [(0, lo), (b, len(s.text)), *named])) for k in groups if k != one]
    return out


def _borrowed_clause(
    s: Sentence, units: list[tuple[int, int]], j: int, only: tuple[int, int]
) -> tuple[int, list[tuple[int, int]]]:
    """Where the reading of the "only" clause ``units[j]`` (its "only" phrase at ``only``) starts, and the spans to blank
    in it: "SMA was positive in all three, and desmin only in case 3" — a clause with no verb of its own is read with the
    clause before it, whose result it borrows (a stain that clause gives everyone is not turned), the words naming whom
    each clause speaks for blanked so the borrowed result is read as the stain's alone; otherwise the clause alone."""
    a = units[j][0]
    if not j or _rx("clause_verb").search(s.text, a, only[0]):
        return a, []
    lo = units[j - 1][0]
    return lo, [only, *(w.span() for w in _rx("label_clause_all").finditer(s.text, lo, a))]


def _scope_units(s: Sentence) -> list[tuple[int, int]]:
    """The clauses of a series sentence that may each speak for other patients: broken at a semicolon or a
    coordinating comma (regex ``label_clause_break``), at a comma opening a clause with its own subject and copula
    after a clause with a verb ("All tumours were SMA-positive, desmin was ...", regex ``scope_comma_break``), and
    where an exception opens (regex ``scope_exception``)."""
    text = s.text
    # each clause opens on the break before it (", while S100 was negative"): kept with it, it is not read on with the
    # clause before when a clause between is blanked
    cuts = {m.start() for m in _rx("label_clause_break").finditer(text)}
    for m in _rx("scope_comma_break").finditer(text):
        before = max([0, *(c for c in cuts if c <= m.start())])
        if _rx("clause_verb").search(text, before, m.start()):
            cuts.add(m.start())
    cuts |= {m.start() for m in _rx("scope_exception").finditer(text) if m.start() > 0}
    # "SMA was positive in all four, desmin in cases 3 and 4": a gapped clause naming its own patients opens a clause
    cuts |= {m.start() for m in _rx("scope_gapped_break").finditer(text) if m.start() > 0}
    # "positive in all cases except case 3": the patients left out close the predicate, they open no clause of their own
    # "CD10 stained cases 1, 3 and 4 and was negative in case 2": the comma of a list of numbered patients opens nothing
    # "positive in three of the four tumours (all except case 2)": nor does the bracket naming those a share leaves out
    cuts -= {
        c for name in ("all_but_closer", "case_group", "share_closer") for m in _rx(name).finditer(text)
        for c in range(m.start() + 1, m.end())
    }
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(text)), len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _whole_share_beside_named(text: str, m: re.Match[str]) -> bool:
    """Is share ``m`` the whole of a series ("in 4/4", "in 3 of 3 cases") in a sentence that names some of its patients
    too ("ALK was positive in 4/4; CD10 was positive in cases 1 and 3 and negative in cases 2 and 4")? Then the
    sentence deals its clauses to the patients (:func:`_mixed_scope_pieces`), it is no statistic over a group."""
    return words_to_number(m.group("k")) == words_to_number(m.group("n")) and bool(_rx("case_group").search(text))


def _share_units(s: Sentence) -> list[tuple[tuple[int, int], re.Match[str]]]:
    """The clauses of a sentence (:func:`_scope_units`) closed by a share of some patients that names none of those it
    speaks for ("..., and SMA in five of six", "..., as was ER in four of five (case 2 weakly positive)"), each with its
    share; not a whole share ("in 4/4"), one naming the ones left out ("in 2 of 3 (not case 3)", regex ``share_closer``
    group ns) or the ones it speaks for ("in five of six (cases 1-4 and 6)", regex ``share_named_bracket``)."""
    # "Vimentin was expressed in all five and SMA in four of five": the gapped clause after a bare "and" is one too
    joints = sorted(m.start() for m in _rx("share_gapped_joint").finditer(s.text))
    units = [(x, y) for a, b in _scope_units(s) for x, y in zip([a, *(j for j in joints if a < j < b)], [*(j for j in joints if a < j < b), b])]
    out: list[tuple[tuple[int, int], re.Match[str]]] = []
    for m in _rx("share_closer").finditer(s.text):
        k, n = words_to_number(m.group("k")), words_to_number(m.group("n"))
        if m.group("ns") or k is None or n is None or not 0 < k < n or _rx("share_named_bracket").match(s.text, m.end()):
            continue
        unit = next(((a, b) for a, b in units if a <= m.start() < b), None)
        if unit is not None:
            out.append((unit, m))
    return out


def _share_beside_all(s: Sentence) -> bool:
    """Does a sentence speak for every patient of a series beside clauses closed by an unnamed share of them ("Vimentin
    was expressed in all six tumours, and SMA in five of six", "h-Caldesmon was negative in all five cases, as was ER in
    four of five")? Then it is no statistic over a group: the clauses for all are everyone's, each share's nobody's
    unless it names the ones it leaves out (:func:`_share_pieces`)."""
    shares = _share_units(s)
    if not shares:
        return False
    rest = _mask(s, [u for u, _ in shares]).text
    # "CD10 was positive in cases 2 and 3. h-Caldesmon was negative in all five, as was ER in four of five": clauses
    # naming patients beside it are dealt out otherwise
    # ("desmin was positive in all but case 3, and CD30 in two of the four": the ones an exception leaves out are no such)
    bare = _mask(_mask(s, [u for u, _ in shares]), [m.span() for m in _rx("all_but_closer").finditer(rest)]).text
    if _rx("clause_named_cases").search(bare) or _rx("bracketed_cases").search(bare):
        return False
    return not is_cohort(rest) and not cites_literature(rest) and (
        speaks_for_all(rest) or _found(_rx("label_clause_all"), rest) or _found(_rx("every_one_subject"), rest)
        or _found(_rx("all_but_closer"), rest)
    )


def _share_pieces(
    s: Sentence, groups: dict[int, Patient]
) -> tuple[Sentence, list[tuple[int, Sentence]], list[tuple[int, Sentence]]] | None:
    """A sentence for every patient beside clauses closed by an unnamed share of them (:func:`_share_beside_all`): the
    sentence with those clauses blanked, to be dealt out as any other; a share of the whole series naming the ones it
    leaves out with their own result ("as was ER in four of five (case 2 weakly positive)", "and SMA in five of six, case 5
    being negative": regex ``share_exception``) gives the others its clause (second list), and the ones left out the same
    clause to read with the opposite sign (third list); a share naming nobody ("and SMA in five of six") is nobody's,
    since which ones it speaks for is unsaid. A clause borrowing its verb from the clauses before ("and SMA in five of
    six") is read with them, when they name no patient (they speak for all: a stain they tell is not turned,
    :func:`ihc.apply_elsewhere_only`). None unless the sentence is such."""
    if not _share_beside_all(s):
        return None
    shares = _share_units(s)
    told: list[tuple[int, Sentence]] = []
    turned: list[tuple[int, Sentence]] = []
    for (a, b), m in shares:
        exc = _rx("share_exception").match(s.text, m.end())
        if exc is None or exc.end() > b or words_to_number(m.group("n")) != len(groups):
            continue
        named = _case_numbers(exc.group("ns"))
        if not set(named) < set(groups) or len(set(named)) != len(groups) - (words_to_number(m.group("k")) or 0):
            continue
        lo = a if _rx("clause_verb").search(s.text, a, m.start()) and not _rx("borrowed_verb_opening").match(s.text[a:m.start()]) else 0
        if lo == 0 and _case_name_matches(s.text[:a]):
            continue
        piece = _each_one(_mask(s, [(0, lo), m.span(), exc.span(), (b, len(s.text))]))
        told += [(x, piece) for x in groups if x not in named]
        turned += [(x, piece) for x in named]
    return _mask(s, [u for u, _ in shares]), told, turned


def _left_out(text: str) -> set[int]:
    """The numbered patients a sentence names only as left out of a predicate for the others ("in all but case 4",
    "in 2 of 3 cases (not case 3)")."""
    return {x for name in ("all_but_closer", "share_closer", "left_out_bracket") for m in _rx(name).finditer(text)
            if m.group("ns") for x in _case_numbers(m.group("ns"))}


def _but_closers(text: str, a: int, b: int, groups: dict[int, Patient]) -> list[tuple[int, int, tuple[int, ...], tuple[int, ...]]]:
    """The words closing predicates of ``text[a:b]`` for all the series' patients but some they name ("in all but case
    4", "in 2 of 3 cases (not case 3)"; "in 4/4": all of them), with the patients they speak for and those left out.
    A share whose total is not the series' or whose left-out ones do not make up the rest is no closer."""
    every = tuple(groups)
    found: list[tuple[int, int, tuple[int, ...], tuple[int, ...]]] = []
    for m in _rx("all_but_closer").finditer(text, a, b):
        out = tuple(_case_numbers(m.group("ns")))
        if out and set(out) < set(every):
            found.append((m.start(), m.end(), tuple(x for x in every if x not in out), out))
    for m in _rx("share_closer").finditer(text, a, b):
        k, n = words_to_number(m.group("k")), words_to_number(m.group("n"))
        out = tuple(_case_numbers(m.group("ns"))) if m.group("ns") else ()
        if n == len(every) and set(out) < set(every) and k == n - len(set(out)):
            found.append((m.start(), m.end(), tuple(x for x in every if x not in out), out))
    return found


def _scope_closers(text: str, a: int, b: int, groups: dict[int, Patient]) -> list[tuple[int, int, tuple[int, ...]]] | None:
    """The words closing predicates of ``text[a:b]`` with the patients they speak for, in order: numbered patients
    ("in case 2", "in patients 1 and 4 only", "only in the first one") or every one of them ("in all
    three", "in every case"); None when a name is no patient of ``groups``."""
    every = tuple(groups)
    found: list[tuple[int, int, tuple[int, ...]]] = []
    for m in _rx("case_group").finditer(text, a, b):
        xs = tuple(_case_numbers(m.group("ns")))
        if not xs or not set(xs) <= set(groups):
            return None
        found.append((m.start(), m.end(), xs))
    for m in _rx("only_ranked").finditer(text, a, b):
        w = (m.group("r") or m.group("r2")).lower()
        k = ({"former": 1, "latter": 2}.get(w) if len(groups) == 2 else None) or _ORDINALS.get(w)
        if k is None or k > len(groups):
            return None
        found.append((m.start(), m.end(), (list(groups)[k - 1],)))
    but = [(x, y, xs) for x, y, xs, _ in _but_closers(text, a, b, groups)]  # "in all but case 4", "in 3/4 (not case 2)"
    found += but
    for rx in (_rx("label_clause_all"), _rx("every_one_closer")):
        for m in rx.finditer(text, a, b):
            if any(x <= m.start() < y for x, y, _ in but):
                continue  # "in all cases except case 1": the words for all are the start of those for the others
            if (_rx("anaphoric_all").search(m.group(0)) or _counted_other_than(m.group(0), len(groups))) and _rx(
                "case_group"
            ).search(text, 0, m.start()):
                # "done in patients 1, 5 and 6 and showed a rearrangement in each of them", "done in cases 1 and 3 and
                # showed split signals in both" (of four): those named
                return None
            found.append((m.start(), m.end(), every))
    found.sort()
    return [f for j, f in enumerate(found) if not any(g[0] <= f[0] < g[1] for g in found[:j])]


def _counted_other_than(words: str, n: int) -> bool:
    """Whether words for all ("in both", "in all three") count a number of patients other than ``n``."""
    m = _rx("all_word_count").search(words)
    if m is None:
        return False
    k = 2 if m.group("both") else words_to_number(m.group("n"))
    return k is not None and k != n


def _mixed_scope_pieces(s: Sentence, groups: dict[int, Patient], opens_on: int | None = None) -> list[tuple[int, Sentence]] | None:
    """A series sentence mixing what holds for every patient with what holds for some it names ("All tumours were
    SMA-positive, desmin was expressed in patients 1 and 4 only, and CD117 was negative in all four"; "positive for
    vimentin in every case and focally for desmin in case 2, while CK was negative in all three"; "All three were
    positive for SMA and negative for desmin, except focal desmin staining in case 2"): each clause
    (:func:`_scope_units`) is the patients' it names, or everyone's when it speaks for all; a clause of several
    predicates each closed by its patients is dealt predicate by predicate after its shared subject and verb; an
    exception's patients lose, in the clauses for all, the words the exception tells of again ("desmin"). A clause
    naming nobody and speaking for nobody is nobody's. None unless one clause or predicate speaks for all and another
    names some patients only; None too, for a sentence taken to open on patient ``opens_on`` ("Desmin was expressed
    only in case 2; all three ..."), when a clause speaks for nobody (its subject may be that patient: "Case 2 had
    X; all three were Y")."""
    text = s.text
    if _rx("bracketed_cases").search(text) or any(
        text.count("(", 0, m.start()) > text.count(")", 0, m.start()) for m in _rx("case_group").finditer(text)
    ):
        return None  # "Ki-67 was below 10% in all cases (highest in patient 3)": a remark on some, not a clause of theirs
    keep: dict[int, list[tuple[int, int]]] = {}
    blank: list[tuple[int, int]] = []
    for_all: list[tuple[int, int]] = []
    excepted: list[tuple[tuple[int, ...], tuple[int, int]]] = []
    apart: dict[int, list[tuple[int, int]]] = {}
    joints: list[tuple[int, int]] = []
    some = False
    last: tuple[int, int, tuple[int, ...]] | None = None  # the clause before, when it names one set of patients
    lenders: dict[tuple[int, int], tuple[int, int]] = {}
    for a, b in _scope_units(s):
        closers = _scope_closers(text, a, b, groups)
        if closers is None:
            return None
        blank += [(f[0], f[1]) for f in closers]
        before, last = last, ((a, b, closers[0][2]) if closers and len({f[2] for f in closers}) == 1 else None)
        lender = lenders.get(before[:2]) if before else None  # a gapped clause lends what it borrowed
        if not closers:
            if speaks_for_all(text[a:b]) or _rx("together_quantifier").search(text, a, b):
                for_all.append((a, b))
            elif opens_on is not None:
                return None
            continue
        scopes = {f[2] for f in closers}
        if _rx("scope_exception").match(text, a) and len(groups) not in {len(x) for x in scopes}:
            some = True
            xs = tuple(x for f in closers for x in f[2])
            excepted.append((xs, (a, b)))
            continue
        if len(scopes) == 1:
            xs = closers[0][2]
            if len(xs) == len(groups):
                for_all.append((a, b))
            else:
                some = True
                # "SMA was positive in all the three cases, and desmin only in the third one": a clause with no verb of
                # its own borrows the result of the clause for all just before it (read with it)
                lo = for_all[-1][0] if for_all and for_all[-1][1] == a and not _rx("clause_verb").search(text, a, closers[0][0]) else a
                if _lent_clause(text, a, closers[0][0], before, xs):
                    # "SMA positive in all but case 3; desmin in cases 2 and 4; CD30 only in case 2": read apart with the
                    # clause that tells the result, so that no clause or remark after it lends it another
                    lenders[(a, b)] = lender or before[:2]
                    for x in xs:
                        apart.setdefault(x, []).append((lenders[(a, b)], (a, closers[-1][1])))
                    continue
                for x in xs:
                    keep.setdefault(x, []).append((lo, b))
            continue
        verbs = list(_rx("clause_verb").finditer(text, a, closers[0][0]))
        if not verbs:
            return None
        start = verbs[-1].end()
        # "CD10 stained cases 1, 3 and 4 and was negative in case 2": a verb taking the first patients as its object is
        # that predicate's alone, the later ones share the subject only
        head = verbs[-1].start() if not text[start:closers[0][0]].strip() else start
        for j, f in enumerate(closers):
            end = b if j == len(closers) - 1 else f[1]
            # "... and negative in case 2": the word joining it to the predicate before is no part of it
            joint = _rx("predicate_joint").match(text, start, end) if j else None
            span = [(a, verbs[-1].end() if not j else start), (joint.end() if joint else start, end)] if not j else \
                [(a, head), (joint.end() if joint else start, end)]
            if joint:
                joints.append((joint.start(), joint.end()))
            if len(f[2]) == len(groups):
                for_all += span
            else:
                some = True
                for x in f[2]:
                    keep.setdefault(x, []).extend(span)
            start = f[1]
    # "ALK was positive in all but case 4": a predicate for all the others speaks for the series as one for all does
    but = any(_but_closers(text, a, b, groups) for a, b in _scope_units(s))
    if not (for_all or but) or not some:
        return None
    out = []
    for k in groups:
        mine = sorted([*keep.get(k, []), *for_all])
        # "SMA was expressed in all four tumours and desmin in patients 1 and 3 only": a patient holding the predicates
        # on both sides of their joint keeps the joint ("and"), which ties the second (verbless) one to the first's verb
        mine += [(ja, jb) for ja, jb in joints if any(y == ja for _, y in mine) and any(x == jb for x, _ in mine)]
        mine.sort()
        gaps, at = [], 0
        for a, b in mine:
            gaps.append((at, a))
            at = max(at, b)
        gaps.append((at, len(text)))
        for xs, (a, b) in excepted:
            if k in xs:  # "..., except focal desmin staining in case 2": its desmin is not the one denied to all
                words = {w.group(0).lower() for w in _rx("exception_word").finditer(text, a, b)}
                gaps += [w.span() for fa, fb in for_all for w in _rx("exception_word").finditer(text, fa, fb)
                         if w.group(0).lower() in words]
        if keep.get(k) or for_all:
            out.append((k, _mask(s, gaps + blank)))
        for (la, lb), (a, b) in apart.get(k, []):  # a gapped clause with the clause lending it its result
            out.append((k, _mask(s, [(0, la), (lb, a), (b, len(text)), *blank])))
        for xs, (a, b) in excepted:
            if k in xs:  # the exception read as a sentence of its own, its opening word blanked
                opening = _rx("scope_exception").match(text, a)
                out.append((k, _mask(s, [(0, opening.end() if opening else a), (b, len(text)), *blank])))
    return out


def _clause_end(text: str, at: int) -> int:
    """Where the clause opening at ``at`` ends: the next comma or semicolon, else the sentence's end."""
    return min((k for k in (text.find(",", at + 1), text.find(";", at + 1)) if k >= 0), default=len(text))


def _lent_clause(text: str, a: int, closes: int, before: tuple[int, int, tuple[int, ...]] | None, xs: tuple[int, ...]) -> bool:
    """Does the gapped clause ``text[a:closes]`` ("SMA was positive in all four, desmin in cases 3 and 4", "SMA positive
    in all but case 3; desmin in cases 2 and 4": regex ``scope_gapped_break``, no verb of its own) borrow its result
    from the clause just before? Only when that one speaks for every patient the gapped one names (what it would lend
    to others is unsure)."""
    if before is None or before[1] != a or not set(xs) <= set(before[2]) or not _rx("scope_gapped_break").match(text, a):
        return False
    return not _rx("clause_verb").search(text, a, closes) and not _rx("gapped_clause_own_result").search(text, a, closes)


def _age_ordered_pieces(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """"Ki-67 was 5%, 8% and 25%, in order of age", "... from the oldest to the youngest": a list of one item for each
    patient dealt out by their ages (youngest first unless the phrase says decreasing), each patient their own item;
    None unless the phrase (regex ``in_order_of_age``) is there, every patient's age is known and all differ, the
    sentence names no patient, and the list has exactly one item each."""
    m = _rx("in_order_of_age").search(s.text)
    if m is None or len(groups) < 2 or _case_name_matches(s.text) or parallel_list(s.text, len(groups)) is None:
        return None
    years = {k: _first_years(p) for k, p in groups.items()}
    if any(y is None for y in years.values()) or len(set(years.values())) != len(years):
        return None
    down = any(m.group(g) for g in ("down", "down2", "down3"))
    ranked = sorted(groups, key=lambda k: years[k], reverse=down)
    plain = _mask(s, [m.span()])
    return [(x, _for_member(plain, j, len(ranked))) for j, x in enumerate(ranked)]


def _person_group_clauses(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """"The two tumours of the adults were negative for X, and all three were negative for Y": a sentence opening on the
    tumours of the patients a person noun of age or sex fits (regex ``person_group_tumour_opening``; :func:`_fitting_noun`)
    is theirs clause by clause, a later clause for all (:func:`speaks_for_all`, "all three") everyone's. None unless the
    noun fits as many as the count says (with no count: all that fit, every patient's age known), some but not all of
    the patients, and the sentence names no patient by number and deals no "respectively" list."""
    m = _rx("person_group_tumour_opening").match(s.text)
    if m is None or _rx("respectively").search(s.text) or _rx("case_group").search(s.text) or _case_name_matches(s.text):
        return None
    fit = _fitting_noun(m.group("noun") or m.group("noun2"), groups)
    k = m.group("k") or m.group("k2") or m.group("k3")
    if not fit or (k and words_to_number(k.lower()) != len(fit)) or len(fit) >= len(groups):
        return None
    if not k and any(_first_years(p) is None for p in groups.values()):
        return None  # "the adults' tumours" with an age unsaid: that patient may be one of them too
    text = s.text
    units = list(_scope_units(s))
    for_all = [(a, b) for a, b in units[1:]
               if speaks_for_all(text[a:b].lstrip(" ,;:").removeprefix("and ")) or _rx("together_quantifier").search(text, a, b)]
    theirs = [u for u in units if u not in for_all]
    out = [(x, _mask(s, for_all)) for x in fit]
    if for_all:
        out += [(x, _each_one(_mask(s, theirs))) for x in groups]
    return out


def _first_years(p: Patient) -> float | None:
    """The age (years) a patient was introduced with, else the first its own sentences so far state (as :func:`_aged`
    finds it, without setting it on the patient)."""
    if (y := _years_of(p)) is not None:
        return y
    return next((a.years for x in p.sentences for a in demographics.find_ages(x) if not a.joint and not a.earlier), None)


def _only_ranked(s: Sentence, groups: dict[int, Patient]) -> int | None:
    """The numbered patient a sentence names by rank as the only one with its finding ("desmin stained the first
    tumour only", "ALK was positive only in the latter case"), if it names exactly one (former / latter: of two)."""
    found = set()
    for m in _rx("only_ranked").finditer(s.text):
        w = (m.group("r") or m.group("r2")).lower()
        k = ({"former": 1, "latter": 2}.get(w) if len(groups) == 2 else None) or _ORDINALS.get(w)
        if k is None or k > len(groups):
            return None
        found.add(list(groups)[k - 1])
    return found.pop() if len(found) == 1 else None


def _only_placed(s: Sentence, groups: dict[int, Patient]) -> tuple[int, re.Match[str]] | None:
    """The numbered patient a sentence names by the site of its tumour as the only one with its finding ("desmin was
    detected only in the tracheal lesion", "... in the cardiac tumour only": regex ``only_placed``), with the match: the
    one patient whose own sentences name that site (or hold its words); None unless exactly one such phrase names one
    patient, the test not merely said to be done there ("FISH was performed only in the lung tumour"), and the sentence
    names no patient by number."""
    found = list(_rx("only_placed").finditer(s.text))
    if len(found) != 1 or len(groups) < 2 or _case_name_matches(s.text):
        return None
    m = found[0]
    if _rx("done_before_only").search(s.text, 0, m.start()) or _rx("done_before_only").search(s.text, 0, m.start() + len("only")):
        return None
    keys = list(groups)
    fits = [keys[k] for k in _place_fits(s, m.span("place" if m.group("place") else "place2"), list(groups.values()))]
    return (fits[0], m) if len(fits) == 1 else None


def _subject_clauses(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """"At last follow-up, patient 1 was alive with disease at 22 months and patient 2 had no evidence of disease at 40
    months", "Cases 1 and 2 were treated with X, whereas case 3 underwent Y": two or more numbered patients (or groups of
    them) each the subject of a clause of their own. Each patient's piece runs from
    their name to the next one's (the first keeps what opens the sentence), the others blanked; None unless every
    named patient is one of ``groups`` and each is named once."""
    # "Cases 1 and 2 were treated with X, whereas case 3 underwent Y": a subject may name several of them
    grouped = list(_rx("numbered_group_subject").finditer(s.text))
    # "Pt 1 and Pt 3 had ...": the last of a group repeating its noun is no subject of its own
    alone = [m for m in _rx("numbered_subject").finditer(s.text) if not any(g.start() <= m.start() < g.end() for g in grouped)]
    found = sorted([*alone, *grouped], key=lambda m: m.start())
    if len(found) < 2:
        return None
    named = [[int(m.group("n"))] if "n" in m.re.groupindex else _case_numbers(m.group("ns")) for m in found]
    flat = [x for xs in named for x in xs]
    # one patient named twice only as the one told of and then among a group ("Pt 1 had no recurrence; Pt 1 and Pt 3
    # are free of disease"): each clause its own subjects'
    singles = [xs[0] for xs in named if len(xs) == 1]
    if len(singles) != len(set(singles)) or any(len(xs) != len(set(xs)) for xs in named) or not all(x in groups for x in flat):
        return None
    if len(set(flat)) < 2 or any(set(a) & set(b) for i, a in enumerate(named) for b in named[i + 1 :] if len(a) > 1 and len(b) > 1):
        return None
    bounds = [0] + [m.start() for m in found[1:]] + [len(s.text)]
    # "Median follow-up was 18 months (range 6-40); patient 1 was ...": the series' statistic is no one's own value
    lead = [(0, found[0].start())] if found[0].start() and _rx("statistic_lead_clause").match(s.text, 0, found[0].start()) else []
    gaps = _time_gaps(s.text, found, bounds, flat)
    if gaps is None or not all(x in groups for x, _, _ in gaps):
        return None
    out: list[tuple[int, Sentence]] = []
    for k, xs in enumerate(named):
        gapped = [span for x, span, _ in gaps if bounds[k] <= span[0] < bounds[k + 1]]
        mine = _mask(s, [(a, b) for j, (a, b) in enumerate(zip(bounds, bounds[1:])) if j != k] + lead + gapped)
        # "Patients 1 and 2 are alive at 24 and 36 months": each its own item of the clause's list
        out += [(x, _for_member(mine, j, len(xs), bounds[k], bounds[k + 1]) if len(xs) > 1 else mine) for j, x in enumerate(xs)]
    for x, span, kept in gaps:
        out.append((x, _mask(s, _outside(len(s.text), kept))))
    return out


def _outside(length: int, kept: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a text of ``length`` characters outside the (sorted, disjoint) ``kept`` spans."""
    out, at = [], 0
    for a, b in kept:
        out.append((at, a))
        at = b
    return [*out, (at, length)]


def _time_gaps(
    text: str, found: list[re.Match[str]], bounds: list[int], named: list[int]
) -> list[tuple[int, tuple[int, int], list[tuple[int, int]]]] | None:
    """Numbered patients named inside a numbered subject's clause with only an object and no verb ("patient 1 was last
    seen disease-free at 40 months and patient 3 at 6 months": regex ``gapped_subject``): each as ``(number, its span,
    the spans its piece keeps)``, the piece the subject's predicate up to that clause's first time (regex
    ``gapped_time``) and the gapped patient's own words. None when such a patient is named twice or is a subject too."""
    out: list[tuple[int, tuple[int, int], list[tuple[int, int]]]] = []
    for k, m in enumerate(found):
        if "v" not in m.re.groupindex:
            continue
        gs = list(_rx("gapped_subject").finditer(text, m.end(), bounds[k + 1]))
        for j, g in enumerate(gs):
            end = gs[j + 1].start() if j + 1 < len(gs) else bounds[k + 1]
            time = _rx("gapped_time").search(text, m.end("v"), g.start())
            if time is None:
                continue  # "patient 1 underwent resection and patient 2 crizotinib": the gapped clauses' own reading
            out.append((int(g.group("n")), (g.start(), end), [(m.start("v"), time.start()), (g.end(), end)]))
    ns = [x for x, _, _ in out]
    if len(set(ns)) != len(ns) or set(ns) & set(named):
        return None
    return out


def _every_one(s: Sentence, groups: dict[int, Patient], unnamed: dict[int, Patient]) -> dict[int, Patient]:
    """The patients a sentence speaking for all means: the numbered ones, and the series' own table's patients the prose
    never names (``unnamed``) when it says "all", "none", "every" ("None of the tumours stained for CD117") rather than
    counting them ("both", "the two", a "respectively" list: the patients told of)."""
    if not unnamed:
        return groups
    # only the words before the first patient named ("..., and calretinin was negative in the two cases tested (cases 1
    # and 3)": that count is the named clause's)
    named = [m.start() for name in ("numbered_patient_mention", "case_group", "bracketed_cases") if (m := _rx(name).search(s.text))]
    if named and (brk := _rx("label_clause_break").search(s.text, 0, min(named))):
        named.append(brk.start())  # the clause for all ends where the clause naming its patients begins
    # "FISH showed ALK rearrangement in all five": a count of all the table's patients means them all
    total = len(groups) + len(unnamed)
    for m in _rx("counted_together").finditer(s.text, 0, min(named, default=len(s.text))):
        said = 2 if m.group("k") else words_to_number(m.group("n") or m.group("m") or "")
        if said != total:
            return groups
    return dict(sorted({**groups, **unnamed}.items()))


def _group_joint_ages(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, demographics.AgeMatch]]:
    """"Cases 1 and 2 were men of 22 and 49 years, respectively; case 3 ...": numbered patients the subject of one
    clause (regex ``numbered_group_subject``) whose joint ages, one for each, stand in that clause (up to a semicolon or
    the next numbered subject): each its age in order, with the sex of the plural noun ("men") the phrase names. The
    clause's pieces, cut per patient, no longer hold the age phrase whole ("men of 22 years" names no one person)."""
    found = list(_rx("numbered_group_subject").finditer(s.text))
    if len(found) != 1:
        return []
    xs = _case_numbers(found[0].group("ns"))
    if len(xs) != len(set(xs)) or not set(xs) <= set(groups):
        return []
    lo = found[0].end()
    ends = [i for i in (s.text.find(";", lo),) if i >= 0]
    ends += [m.start() for m in _rx("numbered_subject").finditer(s.text, lo)]
    hi = min(ends, default=len(s.text))
    ages = [a for a in demographics.find_ages(s) if lo <= a.start < hi]
    if len(ages) != len(xs) or not all(a.joint for a in ages):
        return []
    if _rx("time_preposition_before").search(s.text, lo, ages[0].start):
        return []  # "alive without disease at 18, 15 and 40 months, respectively": times of the course, not ages
    return list(zip(xs, ages))


def _gapped_clauses(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """"Patient 1 underwent resection and patient 2 crizotinib", "Patient 1 received crizotinib, whereas patient 2 an
    excision", "Case 1 was an 11-year-old boy, case 2 a 34-year-old woman and case 3 a 52-year-old man": a numbered
    patient the subject of a clause (regex ``numbered_subject``, its verb group ``v``) and others named after a joint
    with only an object, the verb left out (regex ``gapped_subject``). The first patient's piece ends at the first
    joint; each other's keeps the first clause's verb and its own clause up to the next joint, the rest blanked. None
    unless the sentence names exactly these patients of ``groups``, each once."""
    found = _gapped_subjects(s.text)
    if found is None:
        return None
    first, gaps, ns = found
    if not set(ns) <= set(groups):
        return None
    # "...; no ALK fusion was found in these two patients", "...; each underwent lobectomy": a last clause after a
    # semicolon speaking for them all (regex ``each_tail_subject``), read for each one ("all" blanked: no statistic)
    semi = s.text.find(";", gaps[-1].end())
    shared_tail = semi >= 0 and (speaks_for_all(s.text[semi + 1 :]) or bool(_rx("each_tail_subject").match(s.text[semi + 1 :])))
    stop = semi if shared_tail else len(s.text)
    ends = [g.start() for g in gaps[1:]] + [stop]
    # "Patient 1 was free of disease at 30 months and patient 2 at 12 months": the first clause's predicate up to its time
    time = _rx("gapped_time").search(s.text, first.end("v"), gaps[0].start())
    said = time.start() if time is not None else first.end("v")
    # "Mean follow-up was 21 months: patient 1 was ...": the series' statistic is no one's own value
    lead = [(0, first.start())] if first.start() and _rx("statistic_lead_clause").match(s.text, 0, first.start()) else []
    pieces = [(ns[0], _mask(s, [(gaps[0].start(), stop), *lead]))] + [
        (b, _mask(s, [(0, first.start("v")), (said, gap.end("j")), (end, stop)]))
        for b, gap, end in zip(ns[1:], gaps, ends)
    ]
    if not shared_tail:
        return pieces
    # "...; each had a mass resected, in the omentum and the mesentery, respectively": the tail's list dealt in order
    return [(x, _for_member(_each_one(piece), j, len(pieces), lo=stop)) for j, (x, piece) in enumerate(pieces)]


def _gapped_subjects(text: str) -> tuple[re.Match[str], list[re.Match[str]], list[int]] | None:
    """The numbered subject of a clause and the numbered patients named after it in gapped clauses (see
    :func:`_gapped_clauses`): the subject's match, the gaps' matches and the patients' numbers in order; None unless
    the text names exactly these patients, each once."""
    holders = list(_rx("holder_subject").finditer(text))
    if len(holders) == 1 and (held := list(_rx("holder_gap").finditer(text, holders[0].end()))):
        # "The tumour of patient 3 carried X and that of patient 4 Y": the patients' tumours the subjects
        first, gaps = holders[0], held
    else:
        subjects = list(_rx("numbered_subject").finditer(text))
        if len(subjects) != 1:
            return None
        first = subjects[0]
        gaps = list(_rx("gapped_subject").finditer(text, first.end()))
        if not gaps:
            return None
    ns = [int(first.group("n")), *(int(g.group("n")) for g in gaps)]
    named = {int(m.group("n")) if m.group("n") else -1 for m in _rx("numbered_patient_mention").finditer(text)}
    if len(set(ns)) != len(ns) or named != set(ns):
        return None
    return first, gaps, ns


def _elided_result_halves(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """"ALK was positive in case 1 and case 2 was negative", "ALK staining was seen in case 1, whereas case 2 was
    negative": a first clause naming its numbered patients after its verb, then a clause whose subject is another
    numbered patient and whose predicate is a bare result (regex ``elided_result_clause``), the test left out. The
    first clause is its patients'; the other patient's piece keeps the first clause's subject (the test) and its own
    predicate, the rest blanked. None unless both name patients of ``groups``, none of them twice, and the first
    clause has a verb before its patients."""
    m = _rx("elided_result_clause").search(s.text)
    if m is None:
        return None
    second = int(m.group("n"))
    names = list(_rx("case_group").finditer(s.text, 0, m.start()))
    firsts = [x for f in names for x in _case_numbers(f.group("ns"))]
    if not firsts or second in firsts or not {second, *firsts} <= set(groups):
        return None
    verbs = list(_rx("clause_verb").finditer(s.text, 0, names[0].start()))
    if not verbs or not s.text[: verbs[0].start()].strip() or _rx("numbered_patient_mention").search(s.text, 0, verbs[0].start()):
        return None
    if _rx("finding_verb").fullmatch(verbs[0].group(0).strip()):
        return None  # "FISH showed a rearrangement in case 1, while case 2 was negative": the finding is the object, not the subject
    first = _mask(s, [(m.start(), len(s.text))])
    return [(x, first) for x in firsts] + [(second, _mask(s, [(verbs[0].start(), m.start("v"))]))]


def _contrast_halves(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """"Patient 1 underwent resection, whereas patient 2 received X", "Resection was done in patient 1; in patient 2 ...":
    one sentence of two clauses in contrast (regex ``contrast_joint``), each naming one numbered patient of ``groups`` in
    whatever role (subject, after "in", before an aside) and no other: each patient its own clause, the other blanked.
    None unless the sentence has exactly one such joint and the two clauses name two different patients."""
    joints = list(_rx("contrast_joint").finditer(s.text))
    if len(joints) != 1:
        return None
    j = joints[0]
    halves = [(0, j.start()), (j.end(), len(s.text))]
    out: list[tuple[int, Sentence]] = []
    for k, (a, b) in enumerate(halves):
        found = list(_rx("numbered_patient_mention").finditer(s.text, a, b))
        nums = {int(m.group("n")) if m.group("n") else -1 for m in found}
        if len(nums) != 1 or (n := nums.pop()) not in groups or any(x == n for x, _ in out):
            return None
        out.append((n, _mask(s, [halves[1 - k]])))
    return out


def _bracket_pieces(s: Sentence, groups: dict[int, Patient]) -> list[tuple[list[int], Sentence]] | None:
    """"Sequencing found GENE1-ALK (case 1) and GENE2-ALK (case 2); for case 3 FISH was negative": two or more items
    each closed by a bracket naming its own numbered patients. Each patient's piece keeps what opens the sentence and
    its own item, the other items blanked (the first item is the word before its bracket); a clause after the last
    bracket that opens on other numbered patients is theirs alone, any other ending is everyone's. None unless two or
    more brackets name distinct patients of ``groups``."""
    if (hit := _named_groups(_rx("bracketed_cases"), s, groups)) is None:
        return None
    found, named = hit
    head = s.text[: found[0].start()].rstrip()
    first = _parallel_start(s.text, found[0].start(), found[0].end())
    if first is None and (counted := _rx("counted_item_opening").match(s.text, found[0].end())):
        # "Three arose in the X (cases 1, 2 and 4), one in the Y (case 3)": the first item runs from the preposition the
        # next one repeats after its count
        at = [p.end() for p in _whole_word(re.escape(counted.group("prep"))).finditer(head) if head[p.end() : p.end() + 1].isspace()]
        first = at[-1] + len(head[at[-1] :]) - len(head[at[-1] :].lstrip()) if at else None
    if first is None:  # else the first item is the word before its bracket ("GENE1-ALK (case 1)")
        first = len(head) - len(head.split()[-1]) if head.split() else 0
    items = [(first, found[0].end())] + [(a.end(), b.end()) for a, b in zip(found, found[1:])]
    tail = _rx("clause_case").search(s.text, found[-1].end())
    rest: list[int] = []
    tail_at: int | None = None
    tail_pieces: list[tuple[list[int], Sentence]] = []
    closing: list[re.Match[str]] = []
    if tail is not None:
        rest = [int(tail.group("n"))] if tail.group("n") else _case_numbers(tail.group("ns"))
        if not rest or set(rest) & {x for xs in named for x in xs} or not all(x in groups for x in rest):
            return None
        tail_at = tail.start()
    elif (semi := s.text.find(";", found[-1].end())) >= 0 and len(closing := list(_rx("case_group").finditer(s.text, semi))) == 1:
        # "... and CLTC::ALK (case 4); no ALK fusion was detected in cases 1-3": a clause after the items closed by
        # the patients it names is theirs alone (they read their own item too)
        rest = _case_numbers(closing[0].group("ns"))
        if rest and set(rest) <= set(groups):
            tail_at = semi
        else:
            rest = []
    elif semi >= 0 and (pieces := _pronoun_tail_pieces(s, semi, found[0].start(), closing, named, groups)):
        # "Ki-67 ranged from 10% (case 2) to 25% (case 4); it was 5% in case 1 and was not recorded in case 3"
        tail_pieces, tail_at = pieces, semi
    shared_unit = _shared_bracket_unit(s.text, items, found)
    out: list[tuple[list[int], Sentence]] = []
    for k, xs in enumerate(named):
        spans = [c for j, c in enumerate(items) if j != k]
        if k:  # "..., and X (case 2)": the separator before its own item leaves no dangling "and"
            lead = _rx("item_separator_lead").match(s.text, items[k][0], found[k].start())
            spans.append((items[k][0], lead.end() if lead else items[k][0]))
        if shared_unit is not None and k != len(items) - 1:
            # "at 14 (case 1), 30 (case 2) and 9 months (case 4)": its own bare number read with the last item's unit
            spans = [c for c in spans if c != items[-1]]
            spans += [(items[-1][0], shared_unit[0]), (shared_unit[1], items[-1][1]), found[k].span()]
        if tail_at is not None:
            spans.append((tail_at, len(s.text)))
        out.append((xs, _mask(s, spans)))
    if tail_pieces:
        return out + tail_pieces
    if tail_at is not None:
        a = tail_at
        while a < len(s.text) and not s.text[a].isalnum():
            a += 1  # the clause opens after its semicolon or comma
        out.append((rest, _pronoun_subject(s, a, found[0].start()) or _piece(s, a, len(s.text))))
    return out


def _pronoun_subject(s: Sentence, a: int, head_end: int) -> Sentence | None:
    """The clause of ``s`` from ``a`` on shown with the subject of the sentence's first clause in place of its opening
    pronoun ("Ki-67 ranged from 8% (case 3) to 35% (case 1); it was 12% in case 4" → "Ki-67 ... was 12% in case 4":
    regexes ``pronoun_clause_opening``, ``head_subject_verb``), when that subject (before ``head_end``) names no
    patient; None otherwise."""
    pron = _rx("pronoun_clause_opening").match(s.text, a)
    verb = _rx("head_subject_verb").search(s.text, 0, head_end) if pron else None
    if verb is None or verb.start() == 0 or _rx("numbered_patient_mention").search(s.text, 0, verb.start()):
        return None
    return _mask(s, [(verb.start(), pron.end("p"))])


def _pronoun_tail_pieces(
    s: Sentence, semi: int, head_end: int, closing: list[re.Match[str]], named: list[list[int]], groups: dict[int, Patient]
) -> list[tuple[list[int], Sentence]] | None:
    """A clause after bracket-closed items whose subject is a pronoun for what the first clause measured and which
    deals it over other numbered patients one by one ("...; it was 5% in case 1 and was not recorded in case 3"): each
    group's stretch shown with that subject (``_pronoun_subject``), the other stretches blanked. None unless two or more
    groups name patients of ``groups`` none of the items named, and nothing but punctuation follows the last."""
    a = semi + 1
    while a < len(s.text) and s.text[a].isspace():
        a += 1
    said = {x for xs in named for x in xs}
    numbers = [_case_numbers(m.group("ns")) for m in closing]
    if len(closing) < 2 or s.text[closing[-1].end() :].strip(" .;") or not all(
        xs and set(xs) <= set(groups) and not set(xs) & said for xs in numbers
    ):
        return None
    whole = _pronoun_subject(s, a, head_end)
    if whole is None:
        return None
    opening = _rx("clause_verb").match(s.text, _rx("pronoun_clause_opening").match(s.text, a).end())
    head = opening.end() if opening else a
    bounds = [head] + [m.end() for m in closing]
    out: list[tuple[list[int], Sentence]] = []
    for k, xs in enumerate(numbers):
        keep = (bounds[k], bounds[k + 1])
        out.append((xs, _mask(whole, [(head, keep[0]), (keep[1], len(s.text))])))
    return out


def _shared_bracket_unit(text: str, items: list[tuple[int, int]], found: list[re.Match[str]]) -> tuple[int, int] | None:
    """The span of the unit the last item of a bracket-closed list prints for all its items, when every item before it is
    a bare number ("14 (case 1), 30 (case 2) and 9 months (case 4)": regexes ``bare_bracketed_value``,
    ``unit_bracketed_value``); None otherwise (a value with its own unit keeps it)."""
    bodies = [(a, m.start()) for (a, _), m in zip(items, found)]
    last = _rx("unit_bracketed_value").match(text[bodies[-1][0] : bodies[-1][1]])
    if last is None or not all(_rx("bare_bracketed_value").match(text[a:b]) for a, b in bodies[:-1]):
        return None
    return bodies[-1][0] + last.start("u"), bodies[-1][0] + last.end("u")


def _labelled_series(sentences: list[Sentence]) -> list[int]:
    """The patients of a report that opens no sentence on a numbered one but labels each of its facts with its
    patient's number in one sentence ("two tumours: one of the X (case 1) and one of the Y (case 2)", "a GENE1 fusion
    in case 1 and a GENE2 fusion in case 2"): their numbers 1..k, from the first such sentence of the report's own
    (two or more labels, each naming other patients, together 1..k, as many as any count the report announces);
    none otherwise."""
    counts = {c for s in sentences if (c := announced_count(s.text))}
    for s in sentences:
        if s.section == "title" or cites_literature(s.text):
            continue
        for name in ("bracketed_cases", "case_group"):
            named = [_case_numbers(m.group("ns")) for m in _rx(name).finditer(s.text)]
            flat = [x for xs in named for x in xs]
            if len(named) >= 2 and flat == list(range(1, len(flat) + 1)) and not counts - {len(flat)}:
                return flat
    return []


def _parallel_start(text: str, first: int, second: int) -> int | None:
    """Where the first of two parallel items opens, the second running from ``second`` ("... and a GENE2 fusion in case
    2"): the last word before ``first`` (the end of the first item's label) that is the word the second item opens on
    after its joining "and" or comma ("identified a novel GENE1 fusion in case 1 and a GENE2 fusion ..." → "a novel
    ..."; "one in the X (case 1) and one in the Y" → "one in the X"); None when the first item has no such word."""
    m = _rx("parallel_item_opening").match(text, second)
    if m is None:
        return None
    word = m.group("word")
    # "found a GENE1 fusion in cases 1 and 4 and an GENE2 fusion in case 2": either indefinite article opens an item
    # "27 years (case 1, female), 45 years (case 2, male)": an item opening on a number opens on any number
    if word.lower() in ("a", "an"):
        word = _rx("parallel_item_any_article").pattern
    else:
        word = _rx("parallel_item_any_number").pattern if word.isdigit() else re.escape(word)
    hits = list(_whole_word(word).finditer(text, 0, first))
    return hits[-1].start() if hits else None


@lru_cache(maxsize=64)
def _whole_word(word: str) -> re.Pattern[str]:
    """The regex ``word`` (escaped, or a named alternative) as a whole word (regex ``parallel_item_word``, WORD standing
    for it): where a list's first item opens on the word its next item repeats."""
    return re.compile(_rx("parallel_item_word").pattern.replace("WORD", word), re.IGNORECASE)


def _kinase_pieces(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """"On IHC, the ALK-rearranged tumour stained for ALK, while the ROS1-rearranged tumour stained for ROS1": two or
    more patients named by the kinase their tumour's fusion involves, each the clause from its name to the next one's
    (the first keeps what opens the sentence). A kinase names the one numbered patient whose own sentences (not those
    every patient shares) give a fusion or rearrangement of it ("a GENE1-ALK fusion in case 1"); None unless every
    name is one patient's, each named once."""
    found = list(_rx("kinase_named_patient").finditer(s.text))
    if len(found) < 2:
        return None
    texts = {k: {x.text for x in g.sentences} for k, g in groups.items()}
    named: list[int] = []
    for m in found:
        fused = re.compile(_rx("kinase_fused").pattern.replace("GENE", re.escape(m.group("gene"))), re.IGNORECASE)
        hits = [k for k in groups if any(fused.search(x) for x in texts[k] - set().union(*(texts[j] for j in groups if j != k)))]
        if len(hits) != 1 or hits[0] in named:
            return None
        named.append(hits[0])
    return _kinase_clauses(s, found, named)


def _kinase_clauses(s: Sentence, found: list[re.Match[str]], named: list[Any]) -> list[tuple[Any, Sentence]]:
    """Each patient ``named`` by the matching kinase name of ``found`` the clause from its name to the next one's; a
    clause of its own after the last one that speaks for all ("...; both were positive for desmin") is everyone's."""
    end = len(s.text)
    semi = s.text.find(";", found[-1].end())
    if semi >= 0 and (speaks_for_all(s.text[semi + 1 :]) or _any(scope_rules().collective, s.text[semi + 1 :])):
        end = semi
    bounds = [0] + [m.start() for m in found[1:]] + [end]
    return [
        (x, _mask(s, [(a, b) for j, (a, b) in enumerate(zip(bounds, bounds[1:])) if j != k]))
        for k, x in enumerate(named)
    ]


def _kinases_dealt(sentences: list[Sentence], k: int) -> dict[str, int]:
    """The kinase of each of ``k`` patients introduced together, from the first sentence dealing them one kinase fusion
    each ("sequencing found a GENE1::ALK fusion and a GENE2::ROS1 fusion, respectively") or announcing them one by one
    by their kinase ("one IMT with an ALK fusion and one with a ROS1 fusion"): kinase → the patient's index; empty
    unless the kinases differ."""
    for s in sentences:
        for m in _rx("respectively").finditer(s.text):
            items = _fusions_before(s.text, m.start(), k)
            if items:
                kinases = [m_.group("kinase").upper() if (m_ := _rx("fusion_kinase").search(s.text, a, b)) else "" for a, b in items]
                return {x: j for j, x in enumerate(kinases)} if len(set(kinases)) == k else {}
        # "We report one IMT with a fusion involving ALK and one with ROS1 rearrangement": each in the order named
        named = [(m.group("g1") or m.group("g2")).upper() for m in _rx("one_with_kinase").finditer(s.text)]
        if len(named) == k and len(set(named)) == k:
            return {x: j for j, x in enumerate(named)}
    return {}


def _dealt_kinase_pieces(s: Sentence, kinases: dict[str, int]) -> list[tuple[int, Sentence]] | None:
    """"The ALK-rearranged tumour stained for ALK, whereas the ROS1-rearranged tumour stained for ROS1", where a list of
    fusions dealt one kinase to each patient introduced together (:func:`_kinases_dealt`): each clause its patient's;
    None unless every name is a different patient's."""
    found = list(_rx("kinase_named_patient").finditer(s.text)) if kinases else []
    named = [kinases.get(m.group("gene").upper()) for m in found]
    if len(found) < 2 or None in named or len(set(named)) != len(named):
        return None
    return _kinase_clauses(s, found, named)


def _case_numbers(ns: str) -> list[int]:
    """The patient numbers of a list ("1, 3 and 4"), a range standing for each of its numbers ("1-3", "2 to 4")."""
    out: list[int] = []
    for m in _rx("case_number_range").finditer(ns):
        a, b = int(m.group("a")), int(m.group("b") or m.group("a"))
        for x in range(a, b + 1) if a < b <= a + 9 else (a, b):
            if x not in out:
                out.append(x)
    return out


def _bracketed_cases(text: str, groups: dict[int, Patient]) -> list[int]:
    """The numbered patients a sentence names in brackets ("in one child (case 2)", "(patients 1 and 3)")."""
    found: list[int] = []
    for m in _rx("bracketed_cases").finditer(text):
        found += [x for x in _case_numbers(m.group("ns")) if x in groups and x not in found]
    return found


def _lettered_labels(text: str, labels: dict[str, int], groups: dict[int, Patient]) -> list[int]:
    """The patients of a table lettering them (``labels``) a "respectively" sentence names together by their letters
    after a plural noun, the only such list of the sentence and no letter named outside it ("Patients A, B, C and E
    were free of disease at 52, 19, 33 and 8 months, respectively", "for patients A-D, respectively", regex
    ``lettered_patients``; a range names each letter within it), in order; empty unless every letter is a label of one
    of ``groups``."""
    found = list(_rx("lettered_patients").finditer(text))
    if len(found) != 1 or not _rx("respectively").search(text):
        return []
    a, b = found[0].span()
    if any(m.group() in labels for m in _rx("lone_capital_letter").finditer(text) if not a <= m.start() < b):
        return []  # "performed in patients B, D and E: it showed X in D and Y in E": the list is not dealt alone
    letters = list(_rx("patient_letter").finditer(text, *found[0].span("ls")))
    out: list[str] = []
    for j, m in enumerate(letters):
        if j and _rx("letter_range_joint").fullmatch(text, letters[j - 1].end(), m.start()):
            out += [chr(c) for c in range(ord(letters[j - 1].group()) + 1, ord(m.group()))]
        out.append(m.group())
    numbers = [labels.get(x) for x in out]
    if not all(x is not None and x in groups for x in numbers) or len(set(numbers)) != len(numbers):
        return []
    return [x for x in numbers if x is not None]


def _listed_cases(text: str) -> list[int]:
    """The numbered patients a sentence names together in running text ("Cases 1 and 3 ...", "Patients 1-3"), or opens
    on by rank ("The first and second patients ..."), in order."""
    found: list[int] = []
    for m in _rx("listed_cases").finditer(text):
        found += [x for x in _case_numbers(m.group("ns")) if x not in found]
    if not found and (m := _rx("listed_ranks").match(text)):  # "The first and second patients underwent ..."
        a, b = _ORDINALS[m.group("a").lower()], _ORDINALS[m.group("b").lower()]
        found = [a, b] if a < b else []
    return found


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
        if len(_listed_cases(sentences[i].text)) >= 2:
            break  # "Three children (patients 1-3) aged ...": the series named as a whole, not patient 1 alone
        if demographics.find_ages(sentences[i]):
            out = list(numbers)
            out[i] = 1
            return out
    return numbers


def _announced_patients(sentences: list[Sentence], cohort: bool = False, totals: set[int] | None = None) -> list[Patient] | None:
    """Patients a report announces without their ages ("We present two cases of IMT of bone: one in
    the humerus and one in the femur"): they share every sentence, except one that deals them out,
    whose pieces go one to each. The announcing sentence counts exactly them ("Two patients were treated
    with X": these two patients), also beside a ``cohort`` statistic or other ``totals`` of patients ("We reviewed
    nine adults ... Two patients were treated with X": the two the abstract follows, its rows); only a count with
    what its group had ("Five patients with unresectable tumours were ...") beside a larger total is a subset, no row."""
    at, n, span = next(((i, *a) for i, s in enumerate(sentences) if s.section != "title" and (a := _announcement(s.text))), (-1, 0, (0, 0)))
    if not n:
        return None
    if _rx("series_subject").match(sentences[at].text, span[0]) and any(t > n for t in totals or ()):
        return None  # "We reviewed 20 children ... Five patients with unresectable tumours were treated ...": a subset
    # the announcing count (and its noun) reads as "these two patients", not as a counted group of others: the rows are
    # made from it, so its sentence tells their facts even inside a larger series ("We reviewed nine adults ... Two
    # patients were treated with X after progression": those two, the ones the abstract follows)
    own_count: list[tuple[int, int]] = [span]
    if noun := _rx("count_noun").match(sentences[at].text, span[1]):
        own_count.append(noun.span("noun"))
    patients = [Patient(f"case-{k + 1}") for k in range(n)]
    hint = None
    # "Four girls with X were treated ...": each of them is a girl, unless the document counts others ("three patients
    # (two men and one woman)": the noun then counts a part of them)
    if not cohort and not (totals or set()) - {n}:
        hint = _plural_sex(sentences[at], _Item(span[0], min(len(sentences[at].text), span[1] + 40), n, ""))
    # "We describe two cases ... Both patients were adult males": the series' sex, stated apart from the count
    hint = hint or _group_sex(sentences, n)
    for p in patients:
        p.sex_hint = hint
    listing = next(((i, items) for i, s in enumerate(sentences) if s.section != "title" and (items := _listed_places(s, n))), None)
    stems = [_place_stems(sentences[listing[0]].text[a:b]) for a, b in listing[1]] if listing else []
    for i, s in enumerate(sentences):
        if s.section == "title":
            continue  # read only as a fallback for the site, as for numbered cases
        if listing is not None and i == listing[0]:  # "Sites included X, Y and Z": each its own item, in order
            items = listing[1]
            for k, p in enumerate(patients):
                p.sentences.append(_mask(s, [(items[0][0], items[k][0]), (items[k][1], items[-1][1])]))
            continue
        pieces = _deal_out(s, n)
        if pieces is None and (k_ := _opens_on_place(s.text, stems)) is not None:
            patients[k_].sentences.append(s)  # "The Y lesion recurred ...": the patient listed with Y
            continue
        if pieces is None and (k_ := patient_number(s.text)) is not None and 1 <= k_ <= n and len(_listed_cases(s.text)) < 2:
            patients[k_ - 1].sentences.append(s)  # "Patient 3 had a recurrence ...": that one of them, not every one
            continue
        if pieces is None and (verb := _covering_verb(s.text, n)) is not None:
            # "Three patients recurred within 12 months, and the other one after 6 years": every one's verb, not the
            # times that belong to some of them
            for p in patients:
                p.sentences.append(_mask(s, [(0, verb[0]), (verb[1], len(s.text))]))
            continue
        if pieces is None and _part_of(s.text, n):
            continue  # "In two cases ...", "In the other case ...": which of them the text does not say
        for k, p in enumerate(patients):
            if pieces is None:
                mine = own_count if i == at else []
                # "All of them had a recurrence": each one's own, no statistic over a cohort
                mine = mine + [m.span() for m in _rx("together_quantifier").finditer(s.text)]
                # "..., and one had neoadjuvant chemotherapy": which of them the text does not say
                mine += _unnamed_spans(s) + _subset_clauses(s.text, n)
                p.sentences.append(_mask(_for_member(s, k, n, whole=True), _mixed_sex_spans(s.text) + mine))
                continue
            lead = pieces[0].start - s.start  # "We report two cases of IMT of the stomach in" speaks for each,
            p.sentences.append(pieces[k])
            if s.text[:lead].strip(" :;,"):  # where the patient's own piece says nothing ("arising in a long bone:")
                p.fallback.append(_piece(s, 0, lead))
    return patients


def _listed_places(s: Sentence, n: int) -> list[tuple[int, int]] | None:
    """The ``n`` items of a plain list of places dealing out ``n`` announced patients ("Sites included the X, the
    subcutaneous Y and the Z"), sentence-relative; None unless there are exactly ``n`` short items."""
    m = _rx("place_list").search(s.text)
    if not m:
        return None
    base, body = m.start("list"), m.group("list").rstrip(" ,")
    items: list[tuple[int, int]] = []
    pos = 0
    for sep in _rx("list_split").finditer(body):
        items.append((pos, sep.start()))
        pos = sep.end()
    items.append((pos, len(body)))
    items = [(base + a, base + b) for a, b in items if body[a:b].strip()]
    if len(items) != n or any(len(s.text[a:b].split()) > 6 for a, b in items):
        return None
    return items


def _place_stems(item: str) -> set[str]:
    """The stems of a listed place's words (``place_word``), so that "scapular" finds "scapula" and "orbital" "orbit";
    none of a word that tells no place ("tissue", "region")."""
    return {
        m.group("stem").lower()
        for m in _rx("place_word").finditer(item)
        if not _rx("place_vague_word").fullmatch(m.group(0)) and not _rx("vague_group_word").fullmatch(m.group(0))
    }


def _part_of(text: str, n: int) -> bool:
    """Does a sentence open on an unnamed part of ``n`` announced patients ("In one case", "Two of the three
    tumours", "The other patient") or on a larger cohort than them ("Seven patients received ..." beside two
    announced), not on all of them ("Two patients presented ..." of two)?"""
    if lead := _rx("partitive_lead").match(text):  # "Of the five patients, three relapsed": the whole is no "all of them"
        k = words_to_number(lead.group("k").lower())
        return k is None or int(k) != n
    m = _rx("subset").search(text)
    if _any(scope_rules().collective, text):
        return False
    if not m:
        # "Complete resection was achieved in two patients who remain well": a count of some of them inside the sentence
        counts = [words_to_number(x.group("k").lower()) for x in _rx("subset_inside").finditer(text)]
        return any(k is not None and 0 < int(k) < n for k in counts)
    k = words_to_number(m.group("k").lower())
    return k is None or int(k) != n


def _covering_verb(text: str, n: int) -> tuple[int, int] | None:
    """The span of the verb that counts of ``n`` announced patients making all of them share ("Three patients recurred
    within a year, and the other one recurred after 6 years": "recurred"); None otherwise."""
    m = _rx("covering_counts").match(text)
    if m is None or m.group("v1").lower() != m.group("v2").lower():
        return None
    k1, k2 = words_to_number(m.group("k1").lower()), words_to_number(m.group("k2").lower())
    if k1 is None or k2 is None or int(k1) + int(k2) != n:
        return None
    return m.span("v1")


def _described_subset(s: Sentence, groups: dict[int, Patient]) -> list[int] | None:
    """The numbers of the patients a sentence opening on a description of some of them speaks for, one item of its
    "respectively" list each: those operated on ("The three surgically treated patients were alive at 44, 28 and 12
    months, respectively", "Follow-up of the resected patients was ...": regex ``operated_subset_opening``; the numbered
    patients whose own sentences so far tell a surgical excision) or those one or two person nouns name ("The two girls
    ...", "Both children and the man ...": regex ``person_subset_opening``; those whose own age and sex fit each noun,
    in the order the nouns come). None unless each description fits as many as it counts ("both" two, a singular noun
    one), they are two or more but fewer than all, and the list has exactly that many items (a sentence naming patients
    by number is theirs)."""
    if not _rx("respectively").search(s.text) or _rx("case_group").search(s.text):
        return None
    if m := _rx("operated_subset_opening").match(s.text):
        members = _operated(groups)
        told = [(m.group("k"), members)]
    elif m := _rx("person_subset_opening").match(s.text):
        told = []
        for sfx in ("", "2"):
            if m.group("noun" + sfx):
                noun = m.group("noun" + sfx).lower()
                fit = _fitting_noun(noun, groups)
                k = m.group("k" + sfx) or ("two" if (m.group("q" + sfx) or "").strip().lower() == "both" else None)
                if _singular(noun) == noun:  # "the man": the only one
                    k = "1"
                told.append((k, fit))
        members = [x for _, fit in told for x in fit]
    else:
        return None
    for k, fit in told:
        n = words_to_number(k.lower()) if k else len(fit)
        if n is None or int(n) != len(fit) or not fit:
            return None
    if len(set(members)) != len(members) or not 1 < len(members) < len(groups):
        return None
    longer = parallel_list(s.text, len(members) + 1)  # a list of one more value is not theirs ("... with no X, at 4, 2 and 9")
    if parallel_list(s.text, len(members)) is None or (longer and _rx("bare_bracketed_value").match(s.text[slice(*longer[0])])):
        return None
    return members


def _operated_subset_whole(s: Sentence, groups: dict[int, Patient]) -> list[int] | None:
    """The patients operated on (:func:`_operated`) a sentence opening on them speaks for together, with no list to deal
    out ("All four resected patients are alive without evidence of disease", "The three patients who underwent
    resection remain free of disease"; regex ``operated_subset_opening``): each one's whole. None when it names patients
    by number, lists values, singles one of them out ("only the second ...", "the remaining three": regex
    ``subset_singled_out``), or its count is not theirs; they must be two or more but fewer than all."""
    m = _rx("operated_subset_opening").match(s.text)
    if m is None or _rx("respectively").search(s.text) or _rx("case_group").search(s.text):
        return None
    if _rx("numbered_patient_mention").search(s.text) or _rx("subset_singled_out").search(s.text, m.end()):
        return None
    members = _operated(groups)
    k = words_to_number(m.group("k").lower()) if m.group("k") else len(members)
    if k is None or int(k) != len(members) or not 1 < len(members) < len(groups):
        return None
    return members


def _operated_subset_ranked(s: Sentence, groups: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """A sentence opening on the patients operated on (regex ``operated_subset_opening``) that singles one of them out by
    rank ("Among the four resected patients, only the second had a local recurrence; the remaining three have shown
    none", regex ``rank_in_subset``): the ranked clause (to the rest clause, regex ``others_clause``) is that operated
    patient's, the rest clause each other operated one's. None when the count is not theirs or the rank is out of it."""
    m = _rx("operated_subset_opening").match(s.text)
    if m is None or _rx("respectively").search(s.text) or _rx("numbered_patient_mention").search(s.text):
        return None
    r = _rx("rank_in_subset").match(s.text, m.end() + (1 if s.text[m.end() : m.end() + 1] == "," else 0))
    if r is None:
        return None
    members = _operated(groups)
    k = words_to_number(m.group("k").lower()) if m.group("k") else len(members)
    if k is None or int(k) != len(members) or not 1 < len(members) < len(groups):
        return None
    word = r.group("rank").lower()
    j = len(members) if word == "last" else _RANKS[word]
    if not 1 <= j <= len(members):
        return None
    rest = _rx("others_clause").search(s.text, r.end())
    cut = rest.start() if rest else len(s.text)
    out = [(members[j - 1], _mask(s, [(0, r.end()), (cut, len(s.text))]))]
    if rest is not None:
        out += [(x, _mask(s, [(0, rest.end("w"))])) for x in members if x != members[j - 1]]
    return out


def _fitting_noun(plural: str, groups: dict[int, Patient]) -> list[int]:
    """The numbers of the patients whose own sentences so far give an age and sex that fit a plural person noun
    ("girls": female under 19; "adults": 18 or older; the ``person_noun`` rules), in order; a patient whose trait the
    noun tells but whose own sentences leave it unsaid fits no noun."""
    word = _singular(plural)
    told = next(((sex, lo, hi) for rx, sex, lo, hi in scope_rules().person_noun if rx.fullmatch(word)), None)
    if told is None:
        return []
    sex, lo, hi = told
    out = []
    for x, g in sorted(groups.items()):
        ages = [a for p in g.sentences for a in demographics.find_ages(p) if not a.joint]
        years = g.age.years if g.age is not None else ages[0].years if ages else None
        sexes = demographics.find_sex(g.sentences)
        own_sex = g.age.sex if g.age is not None and g.age.sex else sexes[0] if sexes else None
        if sex and own_sex != sex:
            continue
        if (lo is not None or hi is not None) and (
            years is None or (lo is not None and years < lo) or (hi is not None and years >= hi)
        ):
            continue
        out.append(x)
    return out


def _operated(groups: dict[int, Patient]) -> list[int]:
    """The numbers of the patients whose own sentences so far tell a surgical excision, in order."""
    return sorted(x for x, g in groups.items()
                  if any(code == "SE" for p in g.sentences for code, _, _ in treatment.code_mentions(p.text)))


def _subset_clauses(text: str, n: int) -> list[tuple[int, int]]:
    """The clauses of a sentence about all ``n`` patients that close or open on a count of only some of them ("All five
    were positive for ALK, and desmin was positive in four", "All were resected, and one received X"): their spans,
    which of the patients they are about unsaid."""
    out = []
    for m in [*_rx("subset_tail").finditer(text), *_rx("subset_head").finditer(text)]:
        k = words_to_number(m.group("k").lower())
        if k is not None and 0 < int(k) < n:
            out.append(m.span("w"))
    return out


def _series_ranges(text: str) -> list[tuple[int, int]]:
    """The ranges a sentence shared by several patients states of them together ("The Ki-67 index ranged from 30% to
    70%", "(follow-up 14-52 months)": regex ``series_range``): their spans, since neither end is any one patient's."""
    return [m.span("w") for m in _rx("series_range").finditer(text)]


def _opens_on_place(text: str, stems: list[set[str]]) -> int | None:
    """The listed patient whose place (alone of all) a sentence names in its opening words ("The Y lesion ...")."""
    head = {m.group("stem").lower() for m in _rx("place_word").finditer(" ".join(text.split()[:4]))}
    hits = [k for k, st in enumerate(stems) if st & head]
    return hits[0] if len(hits) == 1 else None


def _mixed_sex_spans(text: str) -> list[tuple[int, int]]:
    """The sex nouns of a sentence shared by several patients that names both sexes ("three patients, two
    men and one woman, ..."): none of them tells which patient is which, so none may give a patient's sex."""
    r = demographics.rules()
    hits = [(m.start(), m.end(), r.sex_nouns.get(w) or r.sex_plurals.get(w))
            for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", text) if (w := m.group(0).lower())]
    hits = [h for h in hits if h[2]]
    return [(a, b) for a, b, _ in hits] if len({sx for _, _, sx in hits}) > 1 else []


def _deal_out(s: Sentence, n: int) -> list[Sentence] | None:
    """The ``n`` pieces of a sentence that deals the patients out ("one in X and one in Y", "one ...;
    the other ..."), from each "one"/"the other" to the next; None unless there are exactly ``n``."""
    cuts = sorted({m.start("w") for rx in scope_rules().distribute for m in rx.finditer(s.text)})
    if len(cuts) != n:
        return None
    return [_piece(s, a, b) for a, b in zip(cuts, [*cuts[1:], len(s.text)])]


def _rank_opening(text: str, n: int) -> int | None:
    """The patient (1-based, of ``n`` introduced one after another) a sentence opens on by its tumour's rank ("The first
    tumour was ALK-positive", "The second lesion ...": regex ``rank_tumour_opener``); None when the sentence names another
    rank too ("The first tumour ..., the second ...": dealt out by :func:`_ranked_pieces` instead) or a rank past ``n``."""
    m = _rx("rank_tumour_opener").match(text)
    if m is None:
        return None
    k = _ORDINALS.get(m.group("n").lower())
    ranks = {w.strip(",;:.()").lower() for w in text.split()} & set(_ORDINALS)
    return k if k is not None and k <= n and len(ranks) == 1 else None


def _ranked_pieces(s: Sentence, n: int | None = None) -> list[Sentence] | None:
    """"The first received X; the second underwent Y": a sentence that opens on the first of ``n`` (any number
    without ``n``) patients and deals the others out by rank in order, one piece each; None otherwise ("one ...,
    the other ..." names no rank). A short lead clause closed by a colon or comma may open the sentence ("Both were
    followed up: the first ...", "At the last follow-up, the first patient ...": ``ranked_lead``)."""
    found = sorted({(m.start("w"), m.group("w").lower().split()[-1]) for rx in scope_rules().distribute for m in rx.finditer(s.text)})
    k = len(found) if n is None else n
    if k < 2 or len(found) != k or [w for _, w in found] != [w for w, r in _ORDINALS.items() if r <= k]:
        return None
    if found[0][0] != 0 and not _rx("ranked_lead").fullmatch(s.text, 0, found[0][0]):
        return None
    cuts = [0] + [a for a, _ in found[1:]]  # a lead clause ("Both were followed up: the first ...") stays with the first
    return _ungapped(s, cuts, [_piece(s, a, b) for a, b in zip(cuts, [*cuts[1:], len(s.text)])])


def _ungapped(s: Sentence, cuts: list[int], pieces: list[Sentence]) -> list[Sentence]:
    """Ranked pieces with a gapped one read whole: "The first remains free of disease at 26 months, the second at 15
    months" leaves out the second's predicate, so the second reads the first's clause with its own time in place of
    the first's (the sentence with the first's time and the pieces between blanked)."""
    first = list(_rx("gapped_time").finditer(s.text, 0, cuts[1]))
    if not first:
        return pieces
    out = list(pieces)
    for k in range(1, len(cuts)):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(s.text)
        g = _rx("gapped_piece").fullmatch(s.text, cuts[k], end)
        if g:
            out[k] = _mask(s, [(first[-1].start(), g.start("t")), (g.end("t"), len(s.text))])
    return out


def _piece(s: Sentence, a: int, b: int) -> Sentence:
    return s.piece(a, b)


def _profile_reference(text: str) -> re.Match[str] | None:
    """Where ``text`` tells its stain results as another numbered patient's: "Immunostains were as in the first
    patient" (regex ``profile_as_in_case``), "showed the same immunoprofile as in case 1" (``same_profile_as_case``),
    "the same IHC panel as in case 1 was applied, with identical results" (``same_panel_results_as_case``); else None."""
    return (
        _rx("profile_as_in_case").search(text) or _rx("same_profile_as_case").search(text)
        or _rx("same_panel_results_as_case").search(text)
    )


def _copied_from(text: str, owner: int | None = None) -> int | None:
    """The numbered patient whose stain results ``text`` says are this one's ("Immunostains were as in the first
    patient" -> 1, "identical to that of case 2" -> 2, "as in the previous case" -> ``owner`` - 1), else None."""
    if (m := _profile_reference(text)) is None:
        return None
    if m.group("n"):
        return int(m.group("n"))
    rank = m.group("r").lower()
    if rank in ("previous", "former"):
        return owner - 1 if owner is not None else None
    return int(ordinal_to_number(rank) or 0) or None


def _echoed(s: Sentence, groups: dict[int, Patient], owner: int | None) -> list[tuple[int, Sentence]]:
    """Findings one numbered patient's sentence explicitly gives another as well: ``[(patient number, piece)]``.

    "In case 3, CD117 and DOG1 were negative, as they were in case 7": the clause before the echo (regex
    ``echoed_case``) is case 7's too. "Immunostains were as in the first patient", "the immunoprofile was identical to
    that of case 1" (regex ``profile_as_in_case``, in a sentence of patient ``owner``): the stain results of that
    patient's sentences so far are the owner's too, each from the clause where its first stain result is read. An
    example cited in passing ("..., as in case 2") or a likeness only ("similar to case 1") copies nothing."""
    out: list[tuple[int, Sentence]] = []
    if owner is None or owner not in groups:
        return out
    if (m := _rx("echoed_case").search(s.text)) and (x := int(m.group("n"))) in groups and x != owner:
        out.append((x, _piece(s, 0, m.start())))
    if (same := _rx("same_fusion_as_case").search(s.text)) and (y := int(same.group("n"))) in groups and y != owner:
        # "NGS detected the same fusion as in case 1": case 1's one fusion named in the phrase's place (same length)
        names = {f for t in groups[y].sentences for f, _, _ in alk.fusions_in(t.text)}
        name = f"a {next(iter(names))} fusion" if len(names) == 1 else ""
        if name and len(name) <= same.end() - same.start():
            text = s.text[: same.start()] + name.ljust(same.end() - same.start()) + s.text[same.end() :]
            out.append((owner, dataclasses.replace(s, text=text, quote=s.text if s.quote is None else s.quote)))
    x = _copied_from(s.text, owner)
    if x is None or x == owner or x not in groups:
        return out
    # "..., except that desmin was negative": the markers the exception names keep this patient's own results (read in
    # its own sentence); a proliferation index is a count of each tumour's own, never copied
    ref = _profile_reference(s.text)
    exception = _rx("profile_exception").match(s.text, ref.end()) if ref is not None else None
    kept_out = {k.canonical for k in ihc.markers_in(exception.group("x"))} if exception else set()
    kept_out.add("Ki-67")
    for t in list(groups[x].sentences):
        found = ihc.calls(t.text)
        if found and _profile_reference(t.text) is None:
            first = found[0].mention.start
            opening = max((b.end() for b in _rx("stain_clause_break").finditer(t.text, 0, first)), default=0)
            piece = _piece(t, opening, len(t.text))
            piece = _mask(piece, [(k.start, k.end) for k in ihc.markers_in(piece.text) if k.canonical in kept_out])
            if ihc.calls(piece.text):
                out.append((owner, piece))
    return out


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
        if current is not None and not singles_out(s.text) and _rx("rest_of_series").match(s.text):
            current = None  # "Eleven patients are free of disease", "The remaining ...": the rest of the series
        if singles_out(s.text):
            current = Patient(f"case-{len(patients) + 1}")
            patients.append(current)
            if lead := _rx("series_lead").match(s.text):
                s = _piece(s, lead.end(), len(s.text))  # "Of the 12 patients, one ...": the series is no subject of hers
            if other := _rx("other_group_clause").search(s.text):
                # "One patient died of X, one was lost to follow-up, three relapsed and the remaining nine ...": the
                # outcomes of the rest of the series follow the singled-out patient's; the sentence ends with the rest
                current.sentences.append(_piece(s, 0, other.start()))
                current = None
                continue
        if current is not None:
            current.sentences.append(s)
    return patients or None


# -- case series: patients enumerated in one sentence, facts tied by lists, labels and ranks -------------


@dataclass
class Masked(Sentence):
    """A sentence read for one patient of a series, other patients' parts blanked with spaces (same
    length, so offsets hold); its evidence quotes the sentence as written (``quote``)."""

    @property
    def original(self) -> str:
        return self.text if self.quote is None else self.quote


def _mask(s: Sentence, spans: list[tuple[int, int]]) -> Sentence:
    """``s`` with the (sentence-relative) spans blanked; unchanged without spans."""
    spans = [(a, b) for a, b in spans if b > a]
    if not spans:
        return s
    chars = list(s.text)
    for a, b in spans:
        for i in range(max(0, a), min(len(chars), b)):
            if not chars[i].isspace():
                chars[i] = " "
    original = s.text if s.quote is None else s.quote
    return Masked(s.doc_id, "".join(chars), s.start, s.section, s.page, None, s.heading, original)




def _items_before(text: str, end: int, k: int) -> list[tuple[int, int]] | None:
    """The ``k`` items of a list ending at ``end`` ("80, 105 and 58 [months]", "the lung and the liver")."""
    head = text[:end]
    num = _rx("numbers_before").search(head)
    if num:
        found = [(m.start(), m.end()) for m in macro("number").finditer(head[num.start() : num.end()])]
        found = [(num.start() + a, num.start() + b) for a, b in found]
        # "30% and 8%": a percentage item keeps its sign
        found = [(a, b + 1) if head[b : b + 1] == "%" else (a, b) for a, b in found]
        return found[-k:] if len(found) >= k and _joined(head, found[-k:]) else None
    m = _rx("words_before").search(head)
    if not m:
        return None
    items = [(m.start(1), m.end(1))]
    width = len(head[m.start(1) : m.end(1)].split())
    pos = m.start(1)
    while len(items) < k:
        sep = _rx("sep_before").search(head[:pos])
        if not sep:
            return None
        words = list(re.finditer(r"[\w-]+", head[: sep.start()]))
        if len(words) < width:
            return None
        # items of a list may be longer than the last one ("the left ovary, greater omentum and bladder"):
        # an item grows by up to two words until a separator stands before it
        n = width
        while n < width + 2 and n < len(words) and not _rx("sep_before").search(head[: words[-n].start()]) and len(items) + 1 < k:
            n += 1
        items.insert(0, (words[-n].start(), words[-1].end()))
        pos = words[-n].start()
    return items if _joined(head, items) else None


def _durations_before(text: str, end: int, k: int) -> list[tuple[int, int]] | None:
    """The ``k`` durations, each with its own unit, of a list ending at ``end`` ("3 years and 20 months after
    surgery, respectively"): each item keeps its unit, and what they count from stays outside them."""
    m = _rx("durations_before").search(text, 0, end)
    if not m:
        return None
    found = [(x.start(), x.end()) for x in _rx("duration_item").finditer(text, m.start(), m.end())]
    return found[-k:] if len(found) >= k and _joined(text, found[-k:]) else None


def _fusions_before(text: str, end: int, k: int, lo: int = 0) -> list[tuple[int, int]] | None:
    """The ``k`` kinase fusions, each named with its partner, of a list ending at ``end`` ("THBS1::ALK and IGFBP5::ALK
    fusions, respectively", "a TNS1::ALK fusion and a TFG::ROS1 fusion, respectively"): each item is the fusion's
    name; None unless the last ``k`` fusions before ``end`` are joined as one list and close it."""
    found = [(m.start(), m.end()) for m in _rx("named_kinase_fusion").finditer(text, lo, end)][-k:]
    if len(found) != k or not _rx("fusion_list_end").fullmatch(text, found[-1][1], end):
        return None
    seps = [text[a[1] : b[0]] for a, b in zip(found, found[1:])]
    if not all(_rx("fusion_list_joint").fullmatch(x) for x in seps) or not _rx("coordinator").search(seps[-1]):
        return None
    return found


def _time_list(text: str, k: int) -> bool:
    """Does the sentence deal ``k`` times out in a "respectively" list ("during a follow-up of 24, 18 and 12 months,
    respectively", "after 2 years and 8 months, respectively")?"""
    for m in _rx("respectively").finditer(text):
        if _durations_before(text, m.start(), k):
            return True
        items = _items_before(text, m.start(), k)
        if items and all(text[a:b].replace(".", "").isdigit() for a, b in items) and _rx("list_time_unit").match(text, items[-1][1]):
            return True
    return False


def _fusion_list(text: str, k: int) -> bool:
    """Does the sentence deal ``k`` kinase fusions out in a "respectively" list (:func:`_fusions_before`)?"""
    return any(_fusions_before(text, m.start(), k) for m in _rx("respectively").finditer(text))


#: the longest item of a "respectively" list of phrases ("the medial head of gastrocnemius in the calf")
_PHRASE_ITEM_WORDS = 8


def _phrases_before(text: str, end: int, k: int, lo: int = 0) -> list[tuple[int, int]] | None:
    """The ``k`` items of a list of longer phrases ending at ``end``, opened by the first preposition of its
    clause whose rest splits into ``k`` items of up to eight words ("with a X neck mass and a Y parotid mass,
    respectively", "lay within the flexor compartment of the forearm, the vastus lateralis of the thigh and the
    medial head of gastrocnemius in the calf, respectively"); else None (a comma inside an item or longer items:
    which goes with whom is unsure)."""
    start = max(lo, text.rfind(";", 0, end) + 1, text.rfind(":", 0, end) + 1)
    # a list inside a bracket still open at ``end`` ("positive in all (split signals in 48%, 62% and 35% of nuclei,
    # respectively)") opens after that bracket: the words before it are no item
    opened = text.rfind("(", start, end)
    if opened >= 0 and text.find(")", opened, end) < 0:
        start = opened + 1
    stop = start + len(text[start:end].rstrip(" ,)"))
    for m in _rx("list_preposition").finditer(text, start, stop):
        seps = list(_rx("list_sep").finditer(text, m.end(), stop))
        if len(seps) != k - 1:
            continue
        bounds = [m.end(), *[x for s in seps for x in (s.start(), s.end())], stop]
        items = list(zip(bounds[::2], bounds[1::2]))
        if all(0 < len(text[a:b].split()) <= _PHRASE_ITEM_WORDS for a, b in items) and _joined(text, items):
            return items
    return None


def _preposition_led_items(text: str, end: int, k: int, lo: int = 0) -> list[tuple[int, int]] | None:
    """The ``k`` items of a list ending at ``end`` whose every item opens on the same preposition ("treated with X plus Y
    and with Z and W, respectively", "by partial cystectomy and by transurethral resection, respectively"): each the
    phrase after its preposition, whole (an "and" inside it is the item's own: a two-drug regimen), of up to eight
    words; None unless exactly ``k`` such items close the clause, joined by list separators (each before the next one's
    preposition), the last by "and"/"or"."""
    start = max(lo, text.rfind(";", 0, end) + 1, text.rfind(":", 0, end) + 1)
    stop = start + len(text[start:end].rstrip(" ,)"))
    found = list(_rx("repeated_list_preposition").finditer(text, start, stop))
    for word in {m.group("p").lower() for m in found}:
        same = [m for m in found if m.group("p").lower() == word]
        if len(same) < k:
            continue
        # the last k openings, each after the first following a list separator that ends the item before it
        chain = same[-k:]
        items: list[tuple[int, int]] = []
        for m, nxt in zip(chain, chain[1:]):
            sep = _rx("list_sep_closing").search(text[m.end() : nxt.start()])
            if sep is None or sep.start() == 0:
                break
            items.append((m.end(), m.end() + sep.start()))
        else:
            items.append((chain[-1].end(), stop))
            earlier = same[-k - 1] if len(same) > k else None
            if earlier is not None and _rx("list_sep_closing").search(text[earlier.end() : chain[0].start()]):
                return None  # a longer list of such items: not one item each
            last_sep = text[items[-2][1] : chain[-1].start()]
            if all(0 < len(text[a:b].split()) <= _PHRASE_ITEM_WORDS for a, b in items) and _rx("coordinator").search(last_sep):
                return items
    return None


def _joined(text: str, items: list[tuple[int, int]]) -> bool:
    """Items separated only by list separators, the last one by "and"/"or"."""
    seps = [text[a[1] : b[0]] for a, b in zip(items, items[1:])]
    return bool(seps) and all(_rx("list_sep").fullmatch(x) for x in seps) and bool(_rx("coordinator").search(seps[-1]))


def _items_after(text: str, start: int, k: int) -> list[tuple[int, int]] | None:
    """The ``k`` single-word (or number) items of a list starting at ``start`` ("pleural and endobronchial")."""
    m = _rx("items_after").match(text[start:])
    if not m:
        return None
    base = start + m.start(1)
    found = [(base + x.start(), base + x.end()) for x in _rx("list_item").finditer(m.group(1)) if x.group(0).lower() not in ("and", "or")]
    for n in range(len(found), 1, -1):  # the shortest well-formed prefix of k items
        if n == k and _joined(text, found[:k]):
            return found[:k]
    return None


def _one_value_each(text: str, k: int) -> bool:
    """A sentence that is only a "respectively" list of ``k`` values, one per patient ("Ki-67 index was 20%, 15%, 50% and
    10% respectively"): exactly ``k`` items, every "and" of the sentence the list's own (no second list it pairs with:
    "X, Y and Z were started at 3, 6 and 9 months, respectively" is one patient's), no age, no singular pronoun."""
    items = parallel_list(text, k)
    if items is None or parallel_list(text, k + 1) is not None or demographics.find_ages(Sentence("", text, 0)):
        return False
    if _rx("personal_pronoun").search(text):
        return False
    lo, hi = items[0][0], items[-1][1]
    return all(lo <= m.start() < hi for m in _rx("list_and").finditer(text))


def parallel_list(text: str, k: int, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]] | None:
    """The items of a list stating one value per patient, in the patients' order: a "respectively"
    list ("aged 3, 7 and 11 years"; "follow-up of 80, 105 and 58 months, respectively"; "with
    respectively X and Y") or a labelled list in brackets ("(follow-up: 2 y, 5 y, 7 y)"), of exactly
    ``k`` items within ``text[lo:hi]``; else None."""
    hi = len(text) if hi is None else hi
    for m in _rx("respectively").finditer(text, lo, hi):
        durations = _durations_before(text, m.start(), k)
        if durations and durations[0][0] >= lo:
            return durations
        if fusions := _fusions_before(text, m.start(), k, lo):
            return fusions
        if led := _preposition_led_items(text, m.start(), k, lo):
            return led  # "with X plus Y and with Z and W, respectively": each item whole, its own "and" inside it
        before = _items_before(text, m.start(), k)
        if before and _names_the_patients(text, before) and (shares := _share_items(text, k, lo, m.start())):
            return shares  # "... 12%, 6% and 3% in cases 1, 2 and 4, respectively": the shares, not the patients' numbers
        if before and before[0][0] >= lo and _rx("list_after").fullmatch(text, before[-1][1], m.start()):
            return before
        after = _items_after(text, m.end(), k)
        if after and after[-1][1] <= hi:
            return after
        phrases = _phrases_before(text, m.start(), k, lo)
        if phrases and _names_the_patients(text, phrases) and (shares := _share_items(text, k, lo, m.start())):
            return shares
        if phrases:
            return phrases
    for m in _rx("number_list").finditer(text, lo, hi):  # "followed for 14, 30 and 52 months"
        found = [(m.start() + x.start(), m.start() + x.end()) for x in macro("number").finditer(m.group("nums"))]
        if len(found) == k and _joined(text, found):
            return found
    if shares := _share_items(text, k, lo, hi):  # "Ki-67 was 12%, 6%, 10-30% and 4% in cases 1, 2, 3 and 5"
        return shares
    for m in _rx("bracket_colon_list").finditer(text[lo:hi]):
        base = lo + m.start(1)
        parts = [(base + x.start(), base + x.end()) for x in re.finditer(r"[^,]+", m.group(1))]
        parts = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in parts]
        if len(parts) == k and all(len(text[a:b].split()) <= 3 for a, b in parts):
            return parts
    return None


def _share_items(text: str, k: int, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """A list of ``k`` shares of cells within ``text[lo:hi]``, one per patient, a range one item ("12%, 6%, 10-30% and
    4%"), else None."""
    for m in _rx("share_list").finditer(text, lo, hi):
        base = m.start("items")
        found = [(base + x.start(), base + x.end()) for x in _rx("share_item").finditer(m.group("items"))]
        if len(found) == k and _joined(text, found):
            return found
    return None


def _names_the_patients(text: str, items: list[tuple[int, int]]) -> bool:
    """Are a list's items the numbers naming the patients ("in cases 1, 2 and 4"; a first item "of nuclei in cases 1"
    taking in words before them), no values of theirs?"""
    m = _rx("clause_named_cases").search(text, max(0, items[0][0] - 12), items[-1][1] + 1)
    return m is not None and m.start() < items[0][1] and m.end("ns") >= items[-1][1]


def _for_member(s: Sentence, j: int, k: int, lo: int = 0, hi: int | None = None, whole: bool = False) -> Sentence:
    """Member ``j`` of ``k`` patients a (part of a) sentence speaks for: a per-patient list keeps only
    their own item; a clause about an unnamed one of them ("..., one of whom relapsed") is blanked.
    A ``whole`` sentence shared by all patients is read so only when it speaks of them together
    ("both", "they", "the patients"), lists one kinase fusion each ("X::ALK and Y::ALK fusions, respectively") or one
    time each ("Our cases have been followed for 4 and 2 years, respectively"): else its "respectively" pairs other
    things ("ALK and CD34 ...")."""
    hi = len(s.text) if hi is None else hi
    spans: list[tuple[int, int]] = []
    # a list of kinase fusions, each named with its partner, or of durations pairs them with the patients (one each);
    # a clause dealing findings to unnamed ones of them ("X-ALK in one and Y-ALK in the other") is still no one's
    if whole and not (
        _any(scope_rules().collective, s.text) or _rx("they").search(s.text) or _fusion_list(s.text, k) or _time_list(s.text, k)
        or (k > 1 and _rx("dealt_by_count_clause").search(s.text, lo, hi))
    ):
        return s
    if k > 1:
        for rx in scope_rules().unnamed_one:
            m = rx.search(s.text, lo, hi)
            if m:
                spans.append((m.start(), hi))
                hi = m.start()
                break
        anchors = list(_rx("respectively").finditer(s.text, lo, hi))
        # "aged 41 and 63 years, respectively, with X and Y, respectively": each "respectively" closes a list of its own
        windows = [(anchors[i - 1].end() if i else lo, anchors[i + 1].start() if i + 1 < len(anchors) else hi)
                   for i in range(len(anchors))] if len(anchors) > 1 else [(lo, hi)]
        for (a, b), m in zip(windows, anchors or [None]):
            items = parallel_list(s.text, k, a, b)
            if items:  # the list less this member's item, separators included
                spans += [(items[0][0], items[j][0]), (items[j][1], items[-1][1])]
                spans += _result_list_spans(s.text, items, j, k, a)
            elif m is not None:  # a "respectively" list of another length: its clause is tied to none of them
                spans.append((max(a, s.text.rfind(";", 0, m.start()) + 1, s.text.rfind(":", 0, m.start()) + 1), m.end()))
        if anchors and (rel := _rx("relative_after_respectively").match(s.text, anchors[-1].end(), hi)):
            # "..., respectively, whose tumours arose in the X and in the Y": the relative clause goes on one by one
            stop = s.text.find(";", rel.end(), hi)
            items = _phrases_before(s.text, hi if stop < 0 else stop, k, rel.end())
            if items and _same_preposition_each(s.text, items):
                spans += [(items[0][0], items[j][0]), (items[j][1], items[-1][1])]
    return _mask(s, spans)


def _result_list_spans(text: str, items: list[tuple[int, int]], j: int, k: int, lo: int) -> list[tuple[int, int]]:
    """What else member ``j`` of a "respectively" sentence leaves out when the list dealt out (``items``) or a second
    list before it is of bare stain results: "ALK was positive and negative in cases 2 and 4, respectively" (the
    results' list, besides the patients', is dealt out: its other items) and "ROS1 was stained in cases 2 and 4,
    positive and negative respectively" (the results dealt: the phrase naming the patients, with the staining verb, so
    the stain reads with its own result). Nothing when no list of results of ``k`` items stands there."""
    spans: list[tuple[int, int]] = []
    results = all(_rx("result_word").fullmatch(text[x:y].strip()) for x, y in items)
    if not results:
        lst = [m for m in _rx("result_word_list").finditer(text, lo, items[0][0])]
        words = list(_rx("result_word").finditer(text, lst[-1].start(), lst[-1].end())) if lst else []
        if len(words) != k:
            return []
        spans += [(words[0].start(), words[j].start()), (words[j].end(), words[-1].end())]
    spans += [m.span() for m in _rx("dealt_cases_phrase").finditer(text, lo, items[-1][1])]
    return spans


def _same_preposition_each(text: str, items: list[tuple[int, int]]) -> bool:
    """Does each item after the first repeat the preposition opening the list ("in the X and in the Y")? One place each,
    not a treatment of several parts ("treated with surgery and chemotherapy")."""
    m = _rx("list_preposition").search(text, 0, items[0][0])
    last = None
    while m is not None and m.end() <= items[0][0]:
        last, m = m, _rx("list_preposition").search(text, m.end(), items[0][0])
    if last is None or last.end() != items[0][0]:
        return False
    word = last.group(0).strip().lower()
    return all(text[a:b].lower().startswith(word + " ") for a, b in items[1:])


@dataclass
class _Item:
    start: int
    end: int
    count: int
    label: str


def _counted_items(text: str) -> list[_Item] | None:
    """Groups of a series with their sizes ("located in the X (n=2), the Y (n=1) and the Z (n=4)")."""
    ms = list(_rx("group_size").finditer(text))
    if len(ms) < 2:
        return None
    opens = [o.end() for o in _rx("list_open").finditer(text, 0, ms[0].start())]
    if not opens:
        return None
    items: list[_Item] = []
    prev = opens[-1]
    for m in ms:
        body = text[prev : m.start()]
        lead = _rx("list_lead").match(body)
        a = prev + (lead.end() if lead else 0)
        if m.start() - a > 120 or not text[a : m.start()].strip() or re.search(r"[.;]\s", text[a : m.start()]):
            return None
        label = re.sub(r"\([^)]*\)", " ", text[a : m.start()])
        label = _rx("leading_article").sub("", label.strip()).strip(" ,").lower()
        count = int(m.group("n")) if m.group("n") else int(words_to_number(m.group("w")) or 0)
        if not count:
            return None
        items.append(_Item(a, m.end(), count, label))
        prev = m.end()
    return items


def _part_items(text: str) -> list[_Item] | None:
    """Patients dealt out by where their tumour was, with counts ("one in the rib, one in the humerus and two
    in the femur"): each item completes the lead, its place is its label."""
    cuts: dict[int, tuple[int, int]] = {}
    for rx in scope_rules().deal:
        for m in rx.finditer(text):
            cuts.setdefault(m.start("w"), (int(words_to_number(m.group("k")) or 1), m.end("w")))
    if len(cuts) < 2:
        return None
    starts = sorted(cuts)
    ends = [*starts[1:], len(text)]
    items = []
    for a, b in zip(starts, ends):
        body = _rx("trailing_link").sub("", text[a:b].strip()).strip()
        label = _rx("leading_article_bare").sub("", text[cuts[a][1] : a + len(body)].strip()).lower()
        items.append(_Item(a, b, cuts[a][0], label if len(label.split()) <= 3 else ""))
    return items


def _person_items(text: str) -> list[_Item] | None:
    """Patients enumerated by person noun, each piece up to the next ("including a 3-year-old boy with X,
    a woman with Y and 2 men with Z"), with the count each stands for."""
    cuts: dict[int, int] = {}
    for rx in scope_rules().enumerate:
        for m in rx.finditer(text):
            k = words_to_number(m.group("k")) if "k" in rx.groupindex and m.group("k") else 1
            cuts.setdefault(m.start("w"), int(k or 1))
    if len(cuts) < 2:
        return None
    starts = sorted(cuts)
    ends = [*starts[1:], len(text)]
    return [_Item(a, b, cuts[a], "") for a, b in zip(starts, ends)]


def _series_total(sentences: list[Sentence]) -> int | None:
    return next((c for s in sentences if s.section != "title" and (c := announced_count(s.text))), None)


def _stated_totals(sentences: list[Sentence]) -> set[int]:
    """How many patients the text says a group has ("Seven children were treated", "8 patients")."""
    out: set[int] = set()
    for s in sentences:
        for m in _rx("total").finditer(s.text):
            n = words_to_number(m.group("n"))
            if n:
                out.add(int(n))
    return out


def _enumerated_series(sentences: list[Sentence], every: list[Sentence] | None = None) -> list[Patient] | None:
    """A series whose patients are enumerated in one sentence, by group sizes ("(n=2)") or person nouns
    with counts ("a boy with X, and 2 women with Y"): one patient per member. Each member reads the
    enumerating sentence with the other items blanked (its own list item only, where a list gives one
    value per member); later sentences go to the members they name by rank ("our last case") or by
    group label ("in the X group ..."; "in one case of X" / "the other one of X" to one member), to all
    when they speak for all ("both", "the patients"), else to nobody: a fact the text does not tie to a
    patient is no patient's value."""
    announced = _series_total(sentences)
    totals = _stated_totals(every or sentences)
    for i, s in enumerate(sentences):
        if s.section == "title":
            continue
        items = _counted_items(s.text)
        counted = items is not None
        dealt = items is None and (items := _part_items(s.text)) is not None
        if items is None:
            items = _person_items(s.text)
        if not items:
            continue
        total = sum(it.count for it in items)
        if not counted and announced is None and (lead := _rx("roster_lead_count").search(s.text[: items[0].start])) \
                and words_to_number(lead.group("n").lower()) == total \
                and all(_rx("bracketed_person_item").match(s.text[it.start : it.end]) for it in items):
            # "Four tumours with ROS1 fusions were found: X (lung, 6-year-old girl), Y (...), ...": the lead counts the
            # items and, like a counted lead, each item completes it
            announced, counted = total, True
        if dealt and announced is not None and total == announced and total > len(items):
            return _series_patients(sentences, i, items, total, True)
        if not 2 <= total <= 10 or (announced is not None and total != announced) or (announced is None and not counted):
            continue
        if counted and announced is None and total not in totals:
            continue  # "nodes in the neck (n=2) and the axilla (n=1)": sizes of things, not of a series of patients
        if counted and _sex_subgroup_lead(s.text[: items[0].end], total) and any(t > total for t in totals):
            continue  # "the man's ..., whereas the three women had X (n = 2) and Y (n = 1)": sizes within one sex of four
        if not counted and total == len(items) and total < 3:
            return None  # two patients dealt out one by one: the announced-patients reading
        return _series_patients(sentences, i, items, total, counted)
    return None


def _series_by_sex_in_statistics(
    sentences: list[Sentence], every: list[Sentence], announced: int | None, totals: set[int]
) -> list[Patient] | None:
    """"The series comprised one man and three women, aged 23 to 61 years (mean, 40 years)": a small series counted
    out by sex in a sentence set aside as the cohort's statistics (its mean age) still gives one patient per member,
    when the text counts the same total elsewhere ("all four tumours"). Each member reads only its own count's words
    (its sex); the sentence's ages are nobody's (a range, a mean); later sentences go to a member only as
    :func:`_series_patients` routes them (by rank, by a sex only one member has, to all when they speak for all)."""
    kept = {s.start for s in sentences}
    for s in every:
        if s.start in kept or s.section == "title" or not (m := _rx("sex_counts").search(s.text)):
            continue
        k1, k2 = words_to_number(m.group("k1").lower()), words_to_number(m.group("k2").lower())
        if k1 is None or k2 is None:
            continue
        total = int(k1) + int(k2)
        if not (2 <= total <= 6 and total in totals and (announced is None or announced == total)):
            continue
        items = [_Item(m.start("a"), m.end("a"), int(k1), ""), _Item(m.start("b"), m.end("b"), int(k2), "")]
        lead = _mask(s, [(0, m.start("a")), (m.end("b"), len(s.text))])
        merged = sorted([*sentences, lead], key=lambda x: x.start)
        patients = _series_patients(merged, merged.index(lead), items, total, True)
        at = 0
        for it in items:  # "three women": each of them a woman
            for p in patients[at : at + it.count]:
                p.sex_hint = p.sex_hint or _plural_sex(s, it)
            at += it.count
        return patients
    return None


def _singular(word: str) -> str:
    """The singular of a plural person noun ("girls", "women", "males"): the form the sex nouns list."""
    w = word.lower()
    if w.endswith("ren"):  # "children"
        return w[:-3]
    return w[:-3] + "man" if w.endswith("men") else w[:-1] if len(w) > 1 and w.endswith("s") else w


def _first_sex(text: str) -> str | None:
    """The sex of the first person noun of a sentence's first clause ("The fourth patient, a 66-year-old man, ...")."""
    nouns = demographics.rules().sex_nouns
    for m in re.finditer(r"[A-Za-z]+", text.split(";")[0]):
        if (sex := nouns.get(m.group(0).lower())) is not None:
            return sex
    return None


def _bracketed_persons(text: str, k: int) -> list[tuple[int, int]] | None:
    """"Both children managed with surgery alone (a 15-year-old boy with X and a girl with Y) ...": the spans of the
    ``k`` persons a bracket lists one by one, each from its person noun's article to the next; None unless exactly k."""
    a = text.find("(")
    b = text.find(")", a + 1)
    if a < 0 or b < 0:
        return None
    items = _person_items(": " + text[a + 1 : b])
    if not items or len(items) != k or any(it.count != 1 for it in items):
        return None
    return [(a + 1 + it.start - 2, a + 1 + it.end - 2) for it in items]


def _told_in_turn(sentences: list[Sentence], every: list[Sentence]) -> list[Patient] | None:
    """"There were three men and one woman ... Two patients had X; both ... after 2 and 5 years, respectively. The only
    woman ... The fourth patient, a 66-year-old man, ...": a small series counted out by sex (in ``every`` sentence,
    statistics included), its patients then told one after another (or two together) without numbers. One patient per
    member in the order the text tells them: a group opening ("Two patients ...", "Both children (a boy ... and a girl
    ...) ...") brings that many new patients, each its item of the sentence's lists; a definite singular opening ("The
    only woman", "The youngest patient", "The patient with the hepatic tumour") one more; a pronoun goes on with the
    last one; a statement for all of them is everyone's fallback, minus its clauses about some. What names no one (a
    count of some, "all except ...", "that case", any other sentence) is nobody's. A member whose sex is left unsaid
    takes the one sex the count leaves over. None unless the telling meets exactly the members the count announced,
    of the sexes it gave. A roster of person nouns ("were a boy, a girl and a man") tells each member it names alone
    by its definite noun ("The girl (13 years) had ..."), the sentences after naming no one going on with that one."""
    r = scope_rules()
    lead = next((s for s in every if s.section != "title" and _rx("sex_counts").search(s.text)), None)
    if lead is None or (m := _rx("sex_counts").search(lead.text)) is None:
        return None
    roster = _sex_roster(lead.text, m)
    if roster is None:
        return None
    slots: dict[str, int] = {}
    for k, sx, _, _, _ in roster:
        slots[sx] = slots.get(sx, 0) + k
    total = sum(slots.values())
    if not 2 <= total <= 6:
        return None
    # "a boy, a girl and a man": a noun the roster gives one member opens that member's telling ("The girl ...")
    single = {noun for k, _, noun, _, _ in roster if k == 1 and [x[2] for x in roster].count(noun) == 1}
    by_noun: dict[str, int] = {}
    told: list[Patient] = []
    sexes: list[str | None] = []
    shared: list[Sentence] = []
    by_age: list[Sentence] = []
    current: int | None = None
    for s in sentences:
        if s.section == "title" or s.start <= lead.start:
            continue
        text = s.text.lstrip()
        if (g := _rx("turn_group").match(text)) is not None:
            k = 2 if g.group("k").lower() == "both" else int(words_to_number(g.group("k").lower()) or 0)
            if not 2 <= k <= total - len(told) or k >= total:
                return None
            persons = _bracketed_persons(s.text, k)
            for j in range(k):
                # the count opening the sentence ("Two patients had ...") speaks of the group, the piece of this member
                piece = _mask(s, [g.span(), *[x for i, x in enumerate(persons) if i != j]]) if persons \
                    else _mask(_for_member(s, j, k), [g.span()])
                told.append(Patient(f"case-{len(told) + 1}", [piece]))
                sexes.append(_first_sex(piece.text))
            current = None
        elif len(told) == total and (but := _all_but_one(s, told)):
            current = told.index(but[1])  # "in all tumours except the supraglottic one": each other one's ...
            for p, piece in but[0]:
                p.sentences.append(piece)
        elif (tn := _rx("turn_noun").match(text)) is not None and tn.group("n").lower() in single:
            noun = tn.group("n").lower()
            if noun in by_noun:
                current = by_noun[noun]  # "The boy received ...": the boy told before
                told[current].sentences.append(s)
            elif len(told) >= total:
                return None
            else:
                told.append(Patient(f"case-{len(told) + 1}", [s]))
                sexes.append(demographics.rules().sex_nouns.get(noun))
                current = by_noun[noun] = len(told) - 1
        elif current is not None and _rx("turn_that_one").match(text):
            told[current].sentences.append(s)  # "... In that ALK-negative case, ROS1 ...": the one set apart or told last
        elif _some_of(text, total) or _rx("turn_except").search(text) or _rx("one_each").search(text):
            current = None  # "Two of the three tumours ...", "in all tumours except the X one", "(one each)": nobody's
        elif _rx("turn_new_one").match(text):
            if len(told) >= total:
                return None
            told.append(Patient(f"case-{len(told) + 1}", [s]))
            sexes.append(_first_sex(text))
            current = len(told) - 1
        elif (pr := _rx("turn_pronoun").match(text)) is not None:
            if current is None:
                return None
            sex = "male" if pr.group("p").lower() in ("he", "his") else "female"
            if sexes[current] not in (None, sex):
                return None
            sexes[current] = sex
            told[current].sentences.append(s)
        elif current is not None and _names_no_one(text, sexes[current]):
            told[current].sentences.append(s)  # "The girl had X. ALK was positive by FISH.": still the girl's
        elif _rx("in_order_of_age").search(text) and parallel_list(text, total) is not None:
            current = None
            by_age.append(s)  # "Ki-67 was 5%, 8% and 25%, in order of age": dealt out once all are told
        else:
            current = None
            if _any(r.collective, text) or _rx("turn_none_had").match(text):
                # "All three tumours expressed X; Y was positive in two of three": the share nobody's
                shared.append(_mask(s, _subset_clauses(s.text, total) + _one_member_clauses(s.text) + [u for u, _ in _share_units(s)]))
    if by_noun and len(demographics.find_ages(lead)) >= 2:
        return None  # "A man and a woman aged 50 and 34 years, respectively ...": introduced with their ages, read so
    left = {sx: n - sexes.count(sx) for sx, n in slots.items()}
    if len(told) != total or any(n < 0 for n in left.values()) or any(x is not None and x not in slots for x in sexes):
        return None
    rest = [sx for sx, n in left.items() if n > 0]
    for s in by_age:
        for x, piece in _age_ordered_pieces(s, dict(enumerate(told))) or []:
            told[x].sentences.append(piece)
    for p, sx in zip(told, sexes):
        p.fallback = list(shared)
        p.title_fallback = False
        if sx is None and len(rest) == 1:  # "three men and one woman": the two told with no sex are men
            a, b = next((a, b) for _, x, _, a, b in roster if x == rest[0])
            p.sex_hint = (rest[0], lead, a, b)
    return told


def _names_no_one(text: str, sex: str | None = None) -> bool:
    """Does a sentence name no patient, by number, rank, group, list of values, person noun or pronoun ("ALK was positive
    by FISH.")?
    Pronouns of ``sex``, the patient told last, name that one ("After resection X recurred; he remains on Y")."""
    r = demographics.rules()
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    own = {"male": {"he", "his", "him"}, "female": {"she", "her"}}.get(sex or "", set())
    persons = {*r.sex_nouns, *r.sex_plurals, "he", "she", "his", "her", "him", "they", "their", "them"} - own
    return not (words & persons) and not _rx("turn_names_someone").search(text)


def _sex_roster(text: str, m: re.Match[str]) -> list[tuple[int, str, str, int, int]] | None:
    """The groups of a roster counted out by person noun, from its first two (``m``, a sex_counts match) on ("one man
    and three women", "a boy, a girl and a man"): (count, sex, singular noun, start, end) each; None unless the roster
    names at least two different nouns, each of a sex."""
    found = [(m.group("k1"), m.group("s1"), m.start("s1"), m.end("s1")), (m.group("k2"), m.group("s2"), m.start("s2"), m.end("s2"))]
    at = m.end()
    while (more := _rx("sex_roster_more").match(text, at)) is not None:
        found.append((more.group("k"), more.group("s"), more.start("s"), more.end("s")))
        at = more.end()
    nouns = {**demographics.rules().sex_nouns, **demographics.rules().sex_plurals}
    out = []
    for k, noun, a, b in found:
        n, sx = words_to_number(k.lower()), nouns.get(noun.lower())
        if n is None or sx is None:
            return None
        out.append((int(n), sx, _singular(noun), a, b))
    if len({x[2] for x in out}) < 2 or (len(out) == 2 and out[0][1] == out[1][1]):
        return None
    return out


def _sex_subgroup_lead(lead: str, total: int) -> bool:
    """Does the clause opening a list of group sizes name its ``total`` members by one sex ("..., whereas the three
    women had tumours of X (n = 2) and Y (n = 1)")? Then the sizes deal out those members only."""
    clause = _rx("contrast_joint").split(lead)[-1].rsplit(":", 1)[-1]
    plurals = demographics.rules().sex_plurals
    return any(
        words_to_number(m.group("n").lower()) == total and m.group(0).split()[-1].lower() in plurals
        for m in _rx("total").finditer(clause)
    )


def _announced_relative(s: Sentence, n: int) -> Sentence | None:
    """The relative clause of a sentence announcing exactly the ``n`` numbered patients ("We describe three patients
    whose tumours were negative for ALK by immunohistochemistry and FISH, and in whom ..."), up to the sentence's end,
    with its clauses about only some of them ("..., one of whom relapsed") blanked; None for any other sentence."""
    if announced_count(s.text) != n or (m := _rx("announced_relative").search(s.text)) is None:
        return None
    whose = _piece(s, m.start("rel"), len(s.text))
    subset = _subset_clauses(whose.text, n) + _one_member_clauses(whose.text)
    # "..., one of whom relapsed": from the unnamed one on, which of them the text does not say
    subset += [(u.start(), len(whose.text)) for rx in scope_rules().unnamed_one if (u := rx.search(whose.text))][:1]
    return _mask(whose, subset) if subset else whose


def _one_member_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a statement about all patients that set one of them apart by its tumour ("...; desmin staining was
    confined to the mediastinal tumour", "... in all tumours except the supraglottic one"): from the clause's opening
    (the last ";" or "," before, else the sentence's) to its end, nobody's."""
    out = []
    for m in _rx("one_member_only").finditer(text):
        a = max(text.rfind(";", 0, m.start()), text.rfind(",", 0, m.start())) + 1
        b = min([x for x in (text.find(";", m.end()), text.find(",", m.end())) if x >= 0], default=len(text))
        out.append((a, b))
    return out


def _all_but_one(s: Sentence, patients: list[Patient]) -> tuple[list[tuple[Patient, Sentence]], Patient] | None:
    """"ALK immunoreactivity was found in all tumours except the supraglottic one": when exactly one of ``patients``
    has its own sentences describe its tumour so (a word of the description, "supraglottic"), the sentence, less the
    phrase setting that one apart, is each other patient's (the pieces), and the one set apart (returned too) gets
    nothing of it. None otherwise."""
    found = [m for m in _rx("one_member_only").finditer(s.text) if m.group("but")]
    if len(found) != 1 or not _any(scope_rules().collective, s.text):
        return None
    m = found[0]
    stems = _place_stems(m.group("what"))
    if not stems:
        return None
    seen = Counter(x.start for p in patients for x in p.sentences)
    hits = [p for p in patients if any(stems & _place_stems(x.text) for x in p.sentences if seen[x.start] == 1)]
    if len(hits) != 1:
        return None
    rest = _each_one(_mask(s, [m.span()]))
    return [(p, rest) for p in patients if p is not hits[0]], hits[0]


def _sex_clause_before_others(s: Sentence, sexes: list[str | None], n: int) -> tuple[int, Sentence] | None:
    """"Every tumour was intra-abdominal: the man's arose in the greater omentum, whereas the three women had ...": the
    clause before a contrast turning to some of the ``n`` patients ("the three women", "the other two") that opens on
    the one member of its sex (``sexes``, the members' sexes): that member's index and the clause alone."""
    for j in _rx("contrast_joint").finditer(s.text):
        if not _some_of(s.text[j.end() :], n):
            continue
        a = max(s.text.rfind(":", 0, j.start()), s.text.rfind(";", 0, j.start())) + 1
        sex = sentence_sex(s.text[a : j.start()].lstrip())
        if sex is not None and sexes.count(sex) == 1:
            return sexes.index(sex), _mask(s, [(0, a), (j.start(), len(s.text))])
        return None
    return None


def _some_of(text: str, n: int) -> bool:
    """Does a sentence speak of a counted part of the ``n`` patients ("Two of the three women relapsed", "The three
    women recovered" of four): not a statement for all of them, whatever its collective words say?"""
    if (m := _rx("subset").match(text)) and (k := words_to_number(m.group("k").lower())) is not None and int(k) < n:
        return True
    return any(
        (k := words_to_number(m.group("n").lower())) is not None and int(k) < n
        for m in _rx("counted_group").finditer(text)
    )


def _series_patients(sentences: list[Sentence], at: int, items: list[_Item], total: int, counted: bool) -> list[Patient]:
    s = sentences[at]
    patients = [Patient(f"case-{k + 1}") for k in range(total)]
    groups: list[list[Patient]] = []
    # "Three adults (two men and one woman, aged 28, 45 and 63 years) were treated by X (n = 2) or Y (n = 1)": the
    # lead's list of one age per patient gives them in order; its sex nouns of both sexes tell nobody's sex
    lead_ages = [a for a in demographics.find_ages(s) if a.joint and not items[0].start <= a.start < items[-1].end]
    lead_ages = lead_ages if counted and len(lead_ages) == total else []
    # "three children, two boys and one girl, aged 4, 7 and 11 years": one list of ages for the whole enumeration, set
    # after its last person noun (so inside the last piece), is every member's in order, not the last member's; as in
    # the counted reading, person nouns of both sexes then tell nobody's sex
    shared = [] if counted or len(items) < 2 or items[-1].count >= total else [
        a for a in demographics.find_ages(s) if a.joint and a.start >= items[-1].start]
    shared = shared if len(shared) == total and len({a.text for a in shared}) == 1 else []
    blind = bool(shared) and bool(_mixed_sex_spans(s.text[items[0].start : items[-1].end]))
    mixed = [(a, b) for a, b in _mixed_sex_spans(s.text) if not items[0].start <= a < items[-1].end] if counted else []
    k = 0
    for it in items:
        members = patients[k : k + it.count]
        k += it.count
        groups.append(members)
        others = [(items[0].start, it.start), (it.end, items[-1].end)]  # the other items, separators included
        # a parenthesis listing several organs ("the X (a, b, c)") is a group's extent, not one site
        inner = [(it.start + m.start(), it.start + m.end()) for m in _rx("bracket_list").finditer(s.text[it.start : it.end])]
        for j, p in enumerate(members):
            own = _for_member(s, j, it.count, it.start, it.end)
            if counted:  # "located in the X (n=2), ...": the item completes the lead
                p.sentences.append(_mask(own, others + inner + mixed))
                if lead_ages:
                    p.age = lead_ages[patients.index(p)]
            else:  # "..., including a boy with X, ...": the piece describes the patient, the lead is a fallback
                p.sentences.append(_mask(own, [(0, it.start), *others]))
                p.fallback.append(_mask(s, [(o.start, o.end) for o in items]))
                if shared:
                    p.age = shared[patients.index(p)]
                if not blind:
                    p.sex_hint = p.sex_hint or _plural_sex(s, it)
    labelled = [(rx, g) for it, g in zip(items, groups) if (rx := _label_regex(it.label, items))]
    ages, sexes = _member_traits(patients)
    places = _dealt_places(sentences[at:], total)
    taken: dict[int, int] = {}
    r = scope_rules()
    current: Patient | None = None
    prev_section = s.section
    for s2 in sentences[at + 1 :]:
        if s2.section == "title":
            continue
        if s2.section != prev_section:
            current, prev_section = None, s2.section
        listed = _listed_cases(s2.text)
        if len(listed) >= 2 and all(1 <= x <= total for x in listed):
            # "The second and third patients underwent X": those members, not the one told of last
            current = None
            for j, x in enumerate(listed):
                patients[x - 1].sentences.append(_for_member(s2, j, len(listed)))
            continue
        rank = _rank(s2.text, total)
        met = _introduced(s2, ages) if rank is None else None
        if rank is None and met is None:
            met = _by_noun(s2.text, patients)
        sex = sentence_sex(s2.text) if rank is None and met is None else None
        if rank is not None or met is not None or (sex is not None and sexes.count(sex) == 1):
            # "The third case was a girl ...", "A 7-year-old boy presented ...", "The man ...", "The girl ...": that
            # patient, and the sentences after it until another is named
            current = patients[rank if rank is not None else met if met is not None else sexes.index(sex)]
            turn = next((j for j in _rx("contrast_joint").finditer(s2.text) if _some_of(s2.text[j.end() :], total)), None)
            if turn is not None:
                # "The man's tumour arose in X, whereas the three women had Y (n = 2) and Z (n = 1)": his clause only
                current.sentences.append(_mask(s2, [(turn.start(), len(s2.text))]))
                current = None
                continue
            current.sentences.append(s2)
            continue
        named = [(gi, g) for gi, (rx, g) in enumerate(labelled) if rx.search(s2.text)]
        if named:
            current = None
            if len(named) == 1 and _any(r.group_single, s2.text):
                gi, g = named[0]
                j = taken.get(gi, 0)
                if j < len(g):
                    taken[gi] = j + 1
                    g[j].sentences.append(s2)
                continue
            members = [(gi, p) for gi, g in named for p in g]
            for j, (gi, p) in enumerate(members):
                # "the X and Y masses were ...": each member reads its own group's name only
                others = [m.span() for gj, _ in named if gj != gi for m in labelled[gj][0].finditer(s2.text)]
                p.sentences.append(_mask(_for_member(s2, j, len(members)), others))
            continue
        if places and (by_place := _place_pieces(s2, places, total)):
            # "The thigh tumour recurred; the forearm and calf tumours have not": each clause the members whose tumour's
            # place it names, as the list of their sites dealt them out
            current = None
            for j, piece in by_place:
                patients[j].sentences.append(piece)
            continue
        # what all share yields to what a patient's own words say; a list of one time per member ("a follow-up of 24,
        # 18 and 12 months, respectively") speaks for them all, each its own item
        if (half := _sex_clause_before_others(s2, sexes, total)) is not None:
            # "...: the man's arose in the omentum, whereas the three women had ...": his clause his, the rest nobody's
            current = None
            patients[half[0]].sentences.append(half[1])
            continue
        if _share_beside_all(s2):
            # "All four showed ALK staining, and desmin was positive in three of four": the clauses for all everyone's,
            # the share's clause nobody's (which three is unsaid), as a numbered series deals it (:func:`_share_pieces`)
            current = None
            whole = _mask(s2, [u for u, _ in _share_units(s2)])
            for j, p in enumerate(patients):
                p.fallback.append(_for_member(whole, j, total))
            continue
        if _some_of(s2.text, total):
            current = None  # "Two of the three women relapsed": which of them unsaid, so nobody's
            continue
        if _any(r.collective, s2.text) and (lead_turn := _shared_lead_turn(s2, _with_traits(patients))):
            # "All underwent resection; the oldest patient also received X": the lead everyone's, the clause the one named
            current = None
            for p, piece in lead_turn:
                (p.sentences if piece is s2 else p.fallback).append(piece)
            continue
        if _any(r.collective, s2.text) or _time_list(s2.text, total):
            current = None
            for j, p in enumerate(patients):
                p.fallback.append(_for_member(s2, j, total))
        elif current is not None:
            current.sentences.append(s2)
    for p in patients:
        p.title_fallback = False
    return patients


def _with_traits(patients: list[Patient]) -> list[Patient]:
    """The members of an enumerated series, each knowing the age and sex its own piece states (for "the oldest
    patient", "the boy's tumour"), where nothing set them before."""
    ages, sexes = _member_traits(patients)
    for p, y, sx in zip(patients, ages, sexes):
        if p.age is None and p.intro_years is None:
            p.intro_years = y
        if p.age is None and p.intro_sex is None:
            p.intro_sex = sx
    return patients


def _member_traits(patients: list[Patient]) -> tuple[list[float | None], list[str | None]]:
    """Each member's age and sex as its own piece of the enumeration states them (None where it does not)."""
    ages: list[float | None] = []
    sexes: list[str | None] = []
    for p in patients:
        found = [a for s in p.sentences for a in demographics.find_ages(s) if not a.joint]
        ages.append(found[0].years if len(found) == 1 else None)
        sx = demographics.find_sex(p.sentences)
        sexes.append(sx[0] if sx else p.sex_hint[0] if p.sex_hint else None)
    return ages, sexes


def _by_noun(text: str, patients: list[Patient]) -> int | None:
    """The member a sentence opens on by the person noun of its own piece only ("The man underwent ...")."""
    m = _rx("definite_person").match(text)
    if not m:
        return None
    rx = re.compile(rf"\b{m.group(1)}\b", re.IGNORECASE)
    hits = [i for i, p in enumerate(patients) if p.sentences and rx.search(p.sentences[0].text)]
    return hits[0] if len(hits) == 1 else None


def _introduced(s: Sentence, ages: list[float | None]) -> int | None:
    """The member a sentence introduces by an indefinite age phrase of its age ("A 7-year-old boy presented ...")."""
    for a in demographics.find_ages(s):
        if not a.earlier and not a.joint and _rx("indefinite_article_before").search(s.text[max(0, a.start - 4) : a.start]):
            hits = [i for i, y in enumerate(ages) if y is not None and abs(y - a.years) < 0.01]
            return hits[0] if len(hits) == 1 else None
    return None


def _plural_sex(s: Sentence, it: _Item) -> tuple[str, Sentence, int, int] | None:
    """The sex of a group piece's plural person noun ("2 middle-aged women with ..."), if it has one."""
    plurals = demographics.rules().sex_plurals
    if it.count < 2:
        return None
    for m in list(re.finditer(r"[A-Za-z]+", s.text[it.start : it.end]))[1:5]:
        if m.group(0).lower() in plurals:
            return plurals[m.group(0).lower()], s, it.start + m.start(), it.start + m.end()
    return None


def _label_regex(label: str, items: list[_Item]) -> re.Pattern[str] | None:
    """How later sentences name a group: its label ("small bowel mesentery") or, when no other group's
    label ends so, its last word ("the mesentery masses")."""
    if not label:
        return None
    names = [label]
    head = label.split()[-1]
    if head != label and not _rx("vague_group_word").fullmatch(head) and len(head) > 3 and sum(it.label.split()[-1:] == [head] for it in items) == 1:
        names.append(head)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", re.IGNORECASE)


_RANKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}


def _rank(text: str, total: int) -> int | None:
    """The (0-based) patient a sentence names by rank ("as in our last case"), if exactly one."""
    found = set()
    for rx in scope_rules().rank:
        for m in rx.finditer(text):
            w = m.group("n").lower()
            n = total if w in ("last", "final") else _RANKS.get(w) or words_to_number(w)
            if n and 1 <= n <= total:
                found.add(int(n) - 1)
    return found.pop() if len(found) == 1 else None


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


def _turned_to(s: Sentence, n: int) -> Sentence:
    """``s`` as the patient it turns to reads it: a reference to that patient inside its subject ("The nodes sampled
    in the latter were negative": a turn rule's group ``ref``) blanked, so the rest reads as any sentence of hers."""
    for rx, _, of in scope_rules().turn:
        if of == n and (m := rx.search(s.text)) is not None:
            return _mask(s, [m.span("ref")]) if "ref" in rx.groupindex else s
    return s


def _route_by_sex(patients: list[Patient], sentences: list[Sentence]) -> list[Patient]:
    """Patients introduced together share their sentences, unless the text turns to each by sex ("The
    woman ... The man ...", "He ... She ...", when they differ in sex) or as former and latter: from there on,
    sentences follow that patient."""
    by_sex: dict[str, Patient] = {}
    for p in patients:
        if p.age is not None and p.age.sex:
            by_sex.setdefault(p.age.sex, p)
    distinct = len(by_sex) == len(patients)
    routed = distinct and any(sentence_sex(s.text) in by_sex for s in sentences)
    places = _dealt_places(sentences, len(patients))
    kinases = _kinases_dealt(sentences, len(patients))
    numbered = _bracket_labelled(patients)
    current: Patient | None = None
    prev_section: str | None = None
    for s in sentences:
        if s.section != prev_section:
            current = None
            prev_section = s.section
        if routed and s.section == "title":
            continue  # a title naming both patients' sites is read only as a fallback, as for numbered cases
        if numbered and any(p.age is not None and p.age.sentence is s for p in patients):
            pass  # the introduction itself is dealt out below, as for any patients introduced together
        elif numbered and (by_number := _subject_clauses(s, numbered) or _case_clauses(s, numbered)):
            # "a 52-year-old man (case 1) and a 35-year-old woman (case 2) ... ALK was positive in case 1 and negative
            # in case 2": each clause the patient the introduction labelled with that number
            for xs, piece in by_number:
                for x in [xs] if isinstance(xs, int) else xs:
                    numbered[x].sentences.append(piece)
            current = None
            continue
        elif numbered and (halves := _numbered_halves(s, numbered)):
            # "In case 1 the mass was resected; in case 2 it was biopsied": each half the patient it opens on
            for x, piece in halves:
                numbered[x].sentences.append(piece)
            current = numbered[halves[-1][0]] if len(halves) == 1 else None
            continue
        if by_kinase := _dealt_kinase_pieces(s, kinases):
            # "the ALK-rearranged tumour was positive for ALK and the ROS1-rearranged tumour for ROS1": each clause the
            # patient a list of fusions gave that kinase
            for j, piece in by_kinase:
                patients[j].sentences.append(piece)
            current = None
            continue
        if turned := _turn_pieces(s, patients):
            # "The former underwent X, while the latter received Y": each clause its patient's; the text goes on with
            # the one it turned to last
            for p, piece in turned:
                p.sentences.append(piece)
            current = turned[-1][0]
            continue
        if lead_turn := _shared_lead_turn(s, patients):
            # "All underwent resection; the oldest patient also received X": the lead everyone's, the clause the one named
            for p, piece in lead_turn:
                p.sentences.append(piece)
            current = None
            continue
        if referred := _ref_clauses(s, patients):
            # "ALK was positive in the former and negative in the latter": each its own predicate, no one's turn
            for p, piece in referred:
                p.sentences.append(piece)
            current = None
            continue
        if placed := _site_named_pieces(s, patients):
            # "The bladder tumour recurred; the lung tumour did not": each clause the patient whose site it names
            for p, piece in placed:
                p.sentences.append(piece)
            current = placed[-1][0]
            continue
        if clauses := _referent_clauses(s, patients):
            # "CT showed in the girl a lesion of X, and in the boy a mass of Y": each clause the one it names anywhere
            for p, piece in clauses:
                p.sentences.append(piece)
            current = None
            continue
        if _rx("denied_of_all").search(s.text):
            # "Neither tumour recurred during follow-up": every patient's, the turn staying where it was
            for k, p in enumerate(patients):
                p.sentences.append(_for_member(s, k, len(patients), whole=True))
            continue
        kin = _rx("turn_clause").match(s.text) if distinct else None
        if kin is not None and kin.group("kinpos") and kin.start("w") == 0 and (
            (by_kin := by_sex.get(demographics.rules().sex_after_age.get(kin.group("kinpos").lower(), ""))) is not None
        ):
            # "Her son had a mesenteric mass resected": the relative introduced beside the patient as a patient too, by
            # the relative's sex (its possessive blanked: it tells the other patient's sex)
            current = by_kin
            current.sentences.append(_mask(s, [(0, kin.start("kinpos"))]))
            continue
        if (by_kin_noun := _turn_by_kin(s, patients)) is not None:
            # "a 41-year-old woman and her 15-year-old daughter ... The mother had X. Her daughter had Y": a parent and
            # child of one sex, each sentence the one its kin noun names (a possessive before it blanked, as above)
            current = by_kin_noun[0]
            current.sentences.append(_mask(s, [(0, by_kin_noun[1])]) if by_kin_noun[1] else s)
            continue
        sex = sentence_sex(s.text) if routed else None
        if sex is None and distinct and (opener := _rx("pronoun_opener").match(s.text)):
            # "A 55-year-old man and a 30-year-old woman ... He underwent X; his tumour ...": the one of that sex
            sex = demographics.rules().pronouns.get(opener.group("pron").lower())
        turn = sentence_turn(s.text, len(patients))
        if sex is None and turn is None and current is not None and len(patients) > 2 and (
            (rest := _rx("others_clause").match(s.text)) and rest.start("w") == 0
        ):
            # "The first patient received X. The other patients underwent Y and Z, respectively": all but the one told
            # of (each its own item of a list)
            others = [p for p in patients if p is not current]
            for j, p in enumerate(others):
                p.sentences.append(_for_member(s, j, len(others), rest.end("w")))
            current = None
            continue
        # a sentence opening on one rank and naming no other ("The first patient received X", not "In the first case
        # ..., while in the second ...")
        one_rank = len({w.strip(",;:.()").lower() for w in s.text.split()} & set(_ORDINALS)) == 1
        # (or on one's tumour by rank: "The second tumour was ALK-negative")
        rank = (patient_number(s.text) or _rank_opening(s.text, len(patients))) if sex is None and turn is None and one_rank else None
        if sex in by_sex:
            current = by_sex[sex]
        elif turn is not None:
            current = patients[turn - 1]
        elif rank is not None and 1 <= rank <= len(patients) and not _listed_cases(s.text):
            current = patients[rank - 1]  # "The first patient received X": the first introduced, until another is named
        elif (by_age := _turn_by_age(s, patients)) is not None:
            current = by_age
        elif not distinct and (by_noun := _turn_by_noun(s, patients)) is not None:
            current = by_noun  # "The man had metastatic disease": of a boy and a man introduced together, the adult
        elif (sole := _sole_referent(s, patients)) is not None:
            # "Because of the residual tumour, the boy was given X": the one it names, wherever (only a name opening the
            # sentence turns the text to that patient; one inside it leaves the sentences after it as they were)
            if not _rx("referent_opener").match(s.text):
                sole.sentences.append(s)
                continue
            current = sole
        elif speaks_for_all(s.text):
            current = None  # "Both are alive and well": every patient's, and no longer the one turned to alone
        if current is not None:
            current.sentences.append(_turned_to(s, len(patients)) if turn is not None else s)
            continue
        if places and (by_place := _place_pieces(s, places, len(patients))):
            # "The thigh tumour recurred; the forearm and calf tumours have not": each clause the patient whose tumour's
            # place it names, as the list of their sites dealt them out
            for j, piece in by_place:
                patients[j].sentences.append(piece)
            continue
        pieces = _split_between_ages(s, patients) or _ranked_pieces(s, len(patients))
        if pieces is None and _part_of(s.text, len(patients)):
            continue  # "In one case ...", "One patient relapsed": which of them the text does not say
        # "One received X, the other Y", "One relapsed": which of the patients is "one" the text does not say
        # (and "..., two died of disease": a count of some of them; "Ki-67 ranged from 30% to 70%": the series' range)
        unnamed = _unnamed_spans(s) + _subset_clauses(s.text, len(patients)) + _series_ranges(s.text) if pieces is None else []
        # the sentence stating their ages together speaks for them ("aged 41 and 63 years, respectively, with X and Y")
        # (so does one introducing each with an age of its own: "a 74-year-old man and a 69-year-old woman had masses of
        # the X and the Y, respectively")
        whole = not any(p.age is not None and p.age.joint and p.age.sentence is s for p in patients) and not all(
            p.age is not None and p.age.sentence is s for p in patients
        )
        # "All were SMA-positive": a sentence for every one of them read for each with its "all" blanked (_each_one),
        # so no family reads the patient's own finding as a statistic over a cohort
        together = pieces is None and speaks_for_all(s.text)
        for k, p in enumerate(patients):
            one = _for_member(s, k, len(patients), whole=whole)
            p.sentences.append(pieces[k] if pieces else _mask(_each_one(one) if together else one, unnamed))
    return patients


def _numbered_halves(s: Sentence, numbered: dict[int, Patient]) -> list[tuple[int, Sentence]] | None:
    """The parts of a sentence between semicolons, each opening on one of the ``numbered`` patients ("In case 1 ...; in
    case 2 ..."), with that patient's number; a sentence of one part opening on one is that patient's whole. None
    unless every part opens on a different one of them and names no other."""
    bounds = [0] + [i + 1 + len(s.text[i + 1 :]) - len(s.text[i + 1 :].lstrip()) for i, c in enumerate(s.text) if c == ";"]
    bounds.append(len(s.text) + 1)
    out: list[tuple[int, Sentence]] = []
    for a, b in zip(bounds, bounds[1:]):
        part = s.text[a : b - 1] if b <= len(s.text) else s.text[a:]
        n = patient_number(part)
        named = {x for m in _rx("case_group").finditer(part) for x in _case_numbers(m.group("ns"))} | set(_listed_cases(part))
        if n not in numbered or named - {n} or any(x == n for x, _ in out):
            return None
        out.append((n, _piece(s, a, a + len(part))))
    return out


def _bracket_labelled(patients: list[Patient]) -> dict[int, Patient]:
    """Patients introduced together, each labelled with its number in brackets after its age phrase ("a 52-year-old man
    (case 1) and a 35-year-old woman (case 2)"): those numbers (1..n, in the order introduced) and their patients; empty
    unless every one carries its own label."""
    out: dict[int, Patient] = {}
    for k, p in enumerate(patients, 1):
        a = p.age
        if a is None:
            return {}
        after = a.sentence.text[a.end :]
        m = _rx("bracketed_cases").search(after)
        if m is None or _case_numbers(m.group("ns")) != [k]:
            return {}
        out[k] = p
    return out if len(out) >= 2 else {}


def _turn_pieces(s: Sentence, patients: list[Patient]) -> list[tuple[Patient, Sentence]] | None:
    """A sentence that opens on one of two or more patients introduced together and turns to another in a later
    clause ("The younger was treated by excision, whereas the older received X"; "the 4-year-old ...; the
    11-year-old ..."), cut where each clause starts: (patient, piece) pairs; None unless every clause names a
    different patient and the first clause opens the sentence."""
    hits = list(_rx("turn_clause").finditer(s.text))
    if len(hits) < 2 or (hits[0].start("w") != 0 and not _rx("ranked_lead").fullmatch(s.text, 0, hits[0].start("w"))):
        return None  # a short lead ("At the last visit, the man ..., while the girl ...") stays with the first clause
    picked: list[Patient] = []
    for m in hits:
        if (p := _turn_pick(s, m, patients, picked)) is None:
            return None
        picked.append(p)
    if len({id(p) for p in picked}) != len(picked):
        return None
    # "Both tumours were ALK positive; in the older child FISH confirmed ..., while in the younger ...": a lead clause of
    # its own about all of them (closed by a semicolon) is every patient's, not the first named one's
    lead = s.text[: hits[0].start("w")]
    shared_lead = hits[0].start("w") > 0 and lead.rstrip().endswith(";") and speaks_for_all(lead)
    cuts = [hits[0].start("w") if shared_lead else 0] + [m.start("w") for m in hits[1:]]
    # "...; both responded before resection": a closing clause of its own about all of them is every patient's
    end = len(s.text)
    semi = s.text.rfind(";", hits[-1].end())
    if semi >= 0 and (speaks_for_all(s.text[semi + 1 :]) or _any(scope_rules().collective, s.text[semi + 1 :])):
        end = semi
    # "The boy is free of disease at 3 years, and the girl at 14 months": a gapped later clause reads the first's
    pieces = _ungapped(s, cuts, [_piece(s, a, b) for a, b in zip(cuts, [*cuts[1:], end])])
    # "The girl was treated with X and the boy with Y": a later clause with its verb left out borrows the first's
    pieces = [_person_gapped(s, hits[0], cuts[k], b) or x if k else x
              for k, (x, b) in enumerate(zip(pieces, [*cuts[1:], end]))]
    # "... and his sister a mass of the X": the relative is a patient here, not another person of the history
    pieces = [_mask(x, [(m.start("w") - a, m.start("kinpos") - a)]) if m.group("kinpos") else x
              for x, m, a in zip(pieces, hits, cuts)]
    shared = [(p, _piece(s, 0, hits[0].start("w"))) for p in patients] if shared_lead else []
    tail = [(p, _for_member(_piece(s, end + 1, len(s.text)), k, len(patients), whole=True)) for k, p in enumerate(patients)] if end < len(s.text) else []
    return shared + list(zip(picked, pieces)) + tail


def _person_gapped(s: Sentence, first: re.Match[str], a: int, b: int) -> Sentence | None:
    """"The girl was treated with X and the boy with Y": the clause ``s.text[a:b]`` opening on a person noun followed at
    once by a preposition, its verb left out (regex ``person_gap``), reads the first clause's words from after its
    ``turn_clause`` match ``first`` up to the same preposition, then its own words after the noun; None when the clause
    is not gapped or the first clause has no such preposition."""
    gap = _rx("person_gap").match(s.text, a, b)
    if gap is None:
        return None
    at = s.text.lower().find(f" {gap.group('p').lower()} ", first.end(), a)
    if at < 0:
        return None
    return _mask(s, [(0, first.end()), (at, gap.start("p")), (b, len(s.text))])


#: words by which a lead clause names one patient of those introduced together ("the former case", "the first")
_LEAD_NAMES_ONE = frozenset({*_ORDINALS, "former", "latter", "younger", "older", "youngest", "oldest", "elder", "eldest"})


def _shared_lead_turn(s: Sentence, patients: list[Patient]) -> list[tuple[Patient, Sentence]] | None:
    """A sentence about all of the patients introduced together whose one later clause turns to one of them ("All
    underwent resection; the oldest patient also received radiotherapy", "Both tumours were ALK positive, and the boy's
    tumour carried X"): the lead every patient's, the clause the one it names only. None unless the sentence has one
    such turn (regex ``turn_clause``), after a lead that speaks for all of them, to a patient told apart unambiguously."""
    hits = list(_rx("turn_clause").finditer(s.text))
    if len(hits) != 1 or hits[0].start("w") == 0 or hits[0].group("kin"):
        return None
    m = hits[0]
    lead = s.text[: m.start("w")]
    if _rx("patient_ref_group").search(lead) or any(w.strip(",;:.()").lower() in _LEAD_NAMES_ONE for w in lead.split()):
        return None  # "..., desmin stained the former case, while in the latter ...": the lead names one of them too
    p = _turn_pick(s, m, patients, [])
    if p is None and m.group("sex") and None not in [q.age.sex if q.age is not None else q.intro_sex for q in patients]:
        p = _by_person_noun(m.group("sex"), patients)  # "two men and a woman ... the woman also received X"
    if not speaks_for_all(lead) or p is None:
        return None
    return [(q, _piece(s, 0, m.start("w"))) for q in patients if q is not p] + [(p, s)]


def _turn_pick(s: Sentence, m: re.Match[str], patients: list[Patient], picked: list[Patient]) -> Patient | None:
    """The one of ``patients`` a ``turn_clause`` match ``m`` of ``s`` names (by turn, relative age, age, sex, letter, or
    as "the other" of two after ``picked``); None unless told apart unambiguously (see :func:`_turn_pieces`)."""
    years = [_years_of(p) for p in patients]
    known = None not in years and len(set(years)) == len(years)
    sexes = [p.age.sex if p.age is not None else p.intro_sex for p in patients]
    if m.group("other"):  # "The man ..., and the other patient ...": the one of two not named before
        rest = [p for p in patients if all(p is not q for q in picked)]
        if len(patients) != 2 or len(picked) != 1 or len(rest) != 1:
            return None
        return rest[0]
    elif m.group("letter"):  # "Patient A had X; patient B had Y": the patients in the order they were introduced
        k = ord(m.group("letter")[-1]) - ord("A")
        if not 0 <= k < len(patients):
            return None
        return patients[k]
    elif m.group("sex") or m.group("pron") or m.group("kinpos"):
        # "The boy ..., while the girl ...", "He ...; she ...", "The boy ... and his sister ...": different sexes
        r = demographics.rules()
        word = (m.group("sex") or m.group("kinpos") or "").lower()
        sex = (r.sex_nouns.get(word) or r.sex_after_age.get(word)) if word else r.pronouns.get(m.group("pron").lower())
        if sex is None or None in sexes or len(set(sexes)) != len(sexes) or sex not in sexes:
            return None
        return patients[sexes.index(sex)]
    elif m.group("turn"):
        if len(patients) != 2:
            return None
        return patients[0 if m.group("turn").lower() == "former" else 1]
    elif not known:
        return None
    elif m.group("rank"):
        young = m.group("rank").lower() in ("younger", "youngest")
        if m.group("rank").lower() in ("younger", "older", "elder") and len(patients) != 2:
            return None
        return patients[years.index((min if young else max)(y for y in years if y is not None))]
    else:
        found = demographics.find_ages(_piece(s, m.start("w"), m.end("w")))
        p = next((p for p, y in zip(patients, years) if found and y == found[0].years), None)
        if p is None:
            return None
        return p


def _oblique_turn_pieces(s: Sentence, patients: list[Patient]) -> list[tuple[Patient, Sentence]] | None:
    """"Resection was done for the older child, whereas the younger one received X", "An excision was performed in the
    girl; the boy was given X": one sentence of two clauses in contrast (regex ``contrast_joint``), the first naming one of
    ``patients`` in an oblique role (after "in"/"for", regex ``patient_ref_group``), the second opening on another
    (regex ``turn_clause``, told apart as :func:`_turn_pieces` tells them): each its own clause, the other blanked. None
    unless each clause names exactly one of them and the two differ."""
    joints = list(_rx("contrast_joint").finditer(s.text))
    if len(joints) != 1 or len(patients) < 2:
        return None
    j = joints[0]
    refs = list(_rx("patient_ref_group").finditer(s.text))
    turns = list(_rx("turn_clause").finditer(s.text))
    if len(refs) != 1 or refs[0].end() > j.start() or len(turns) != 1 or turns[0].start("w") != j.end():
        return None
    k = _ref_index(refs[0], patients)
    if k is None or (second := _turn_pick(s, turns[0], patients, [patients[k]])) is None or second is patients[k]:
        return None
    return [(patients[k], _mask(s, [(j.start(), len(s.text))])), (second, _mask(s, [(0, j.end())]))]


def _symptom_place(s: Sentence, m: tuple[int, int, str, str | None]) -> bool:
    """Does the site mention ``m`` of ``s`` only name where a symptom is felt ("nasal obstruction", "pelvic pain": regex
    ``place_as_symptom_after``)?"""
    return _rx("place_as_symptom_after").match(s.text, m[1]) is not None


def _own_mentions(patients: list[Patient], of: Callable[[Sentence, tuple[int, int, str, str | None]], set[str]]) -> list[set[str]]:
    """What ``of`` gives for the site mentions of each patient's own sentences (not those the patients share, nor the
    title); a symptom's place ("nasal obstruction") counts only when no other patient's sentences name it too: it tells
    no patient's tumour apart from another's (a site word that is only one patient's stays, as before)."""
    seen = Counter((x.start, x.text) for p in patients for x in p.sentences)
    proper: list[set[str]] = []
    felt: list[set[str]] = []
    for p in patients:
        a: set[str] = set()
        b: set[str] = set()
        for x in p.sentences:
            if x.section == "title" or seen[(x.start, x.text)] != 1:
                continue
            for m in site.site_mentions(x):
                (b if _symptom_place(x, m) else a).update(of(x, m))
        proper.append(a)
        felt.append(b)
    return [
        a | {w for w in b if not any(w in proper[j] or w in felt[j] for j in range(len(patients)) if j != k)}
        for k, (a, b) in enumerate(zip(proper, felt))
    ]


def _own_places(patients: list[Patient]) -> list[set[str]]:
    """The sites (canonical names) each patient's own sentences name (not those the patients share, nor the title, nor
    a symptom's place another patient names too: :func:`_own_mentions`)."""
    return _own_mentions(patients, lambda x, m: {m[2]})


def _place_fits(s: Sentence, span: tuple[int, int], patients: list[Patient]) -> list[int]:
    """The indices of ``patients`` a tumour named by its site at ``span`` may be: those whose own sentences name that
    site; when none do, by the site's words ("the maxillary tumour" of the patient whose sentences name the maxillary
    sinus) — only then, since two patients whose sites hold the name leave it ambiguous."""
    named = {canon for _, _, canon, _code in site.site_mentions(s.piece(*span))}
    fits = [k for k, own in enumerate(_own_places(patients)) if named and named & own]
    if not fits and (stems := _place_stems(s.text[span[0] : span[1]])):
        fits = [k for k, words in enumerate(_own_place_stems(patients)) if stems <= words]
    return fits


def _own_place_stems(patients: list[Patient]) -> list[set[str]]:
    """The stems of the words of the site names each patient's own sentences hold (as :func:`_own_places`), so that "the
    sinus tumour" finds the patient whose sentences name the maxillary sinus."""
    return _own_mentions(patients, lambda x, m: _place_stems(x.text[m[0] : m[1]]))


def _site_named_pieces(s: Sentence, patients: list[Patient]) -> list[tuple[Patient, Sentence]] | None:
    """"The bladder tumour recurred at 8 months; the lung tumour has not recurred": clauses opening on a tumour named by
    its site, each the one patient whose own sentences (alone of them) name that site; a sentence opening on one such
    tumour with no other is that patient's whole, unless a last clause is closed by the others ("...; there was no
    recurrence in the other two": theirs). (patient, piece) pairs; None unless every such clause names a different
    patient and the first opens the sentence."""
    if len(patients) >= 2 and (contrast := _rx("place_contrast_opening").match(s.text)):
        return _site_contrast_pieces(s, contrast, patients)
    hits = list(_rx("place_named_clause").finditer(s.text))
    if not hits or len(patients) < 2 or hits[0].start() != 0:  # ("Results: The X tumour ...": after a part label)
        return None
    picked: list[Patient] = []
    for m in hits:
        fits = [patients[k] for k in _place_fits(s, m.span("place"), patients)]
        if len(fits) != 1 or any(fits[0] is q for q in picked):
            return None
        picked.append(fits[0])
    cuts = [0] + [m.start("w") for m in hits[1:]]
    rest = _rx("others_closing_clause").search(s.text, hits[-1].end()) if len(hits) == 1 else None
    if rest is not None:
        # "The thigh tumour recurred at 6 months; there was no recurrence in the other two": the clause closed by the
        # others theirs (the phrase naming them blanked), listed first so the named patient stays the last one told
        others = _mask(_piece(s, rest.end("c"), len(s.text)), [(rest.start("w") - rest.end("c"), rest.end("w") - rest.end("c"))])
        return [*((p, others) for p in patients if p is not picked[0]), (picked[0], _piece(s, 0, rest.start("c")))]
    ends = [*cuts[1:], len(s.text)]
    out = []
    for k, (p, a, b) in enumerate(zip(picked, cuts, ends)):
        verb = _rx("denied_finding_verb").search(s.text, hits[k - 1].end("w"), a) if k else None
        if (
            verb is not None and _rx("elided_denial_rest").fullmatch(s.text, hits[k].end("w"), b)
            and _rx("molecular_finding").search(s.text, verb.end(), a)
        ):
            # "The maxillary tumour showed an ALK rearrangement, the nasal tumour did not": a clause that only denies is
            # the finding before it denied: read with its verb turned ("lacked"), the other tumour's name blanked
            piece = _mask(s, [(0, cuts[k - 1]), hits[k - 1].span("w"), (b, len(s.text))])
            out.append((p, _sign_turned(piece, verb.span(), "lacked")))
        else:
            out.append((p, _piece(s, a, b)))
    return out


def _group_lead_then_placed(s: Sentence, patients: list[Patient]) -> list[tuple[Patient, Sentence]] | None:
    """"ALK FISH was performed in the two men: the maxillary tumour showed a rearrangement, the nasal tumour did not": a
    lead naming a group of the series (the patients of one sex, regex ``sex_group``, or all of them) up to a colon or
    semicolon (regex ``group_lead_break``), then clauses each opening on a tumour named by its site
    (:func:`_site_named_pieces`). Each patient so named reads the lead (the group's name and the break blanked) with its
    own clause; the group's other members the lead alone. None unless two clauses or more name different members of the group."""
    brk = _rx("group_lead_break").search(s.text)
    if brk is None or len(patients) < 2:
        return None
    lead = s.text[: brk.start()]
    groups = list(_rx("sex_group").finditer(lead))
    if speaks_for_all(lead) and not groups:
        members, named_span = list(range(len(patients))), None
    elif len(groups) == 1:
        sexes = [p.age.sex if p.age is not None else p.intro_sex for p in patients]
        members, named_span = _sex_members(groups[0], patients, sexes) or [], groups[0].span()
    else:
        return None
    placed = _site_named_pieces(_piece(s, brk.end(), len(s.text)), patients)
    if not members or not placed or len(placed) < 2:
        return None
    whose = [next(k for k, q in enumerate(patients) if q is p) for p, _ in placed]
    if len(set(whose)) != len(whose) or not set(whose) <= set(members):
        return None
    out = []
    for k in members:
        own = next((piece for j, piece in zip(whose, (x for _, x in placed)) if j == k), None)
        # the lead's colon or semicolon blanked too: the lead and the clause are read as one ("FISH was done in both
        # men; the nasal tumour was negative": the test's result)
        chars = list(s.text[: brk.start()]) + [c if c.isspace() else " " for c in s.text[brk.start() :]]
        if named_span is not None:
            chars[named_span[0] : named_span[1]] = [" "] * (named_span[1] - named_span[0])
        if own is not None:
            off = own.start - s.start
            chars[off : off + len(own.text)] = list(own.text)
        out.append((patients[k], Masked(s.doc_id, "".join(chars), s.start, s.section, s.page, None, s.heading, s.text if s.quote is None else s.quote)))
    return out


def _site_contrast_pieces(s: Sentence, m: re.Match[str], patients: list[Patient]) -> list[tuple[Patient, Sentence]] | None:
    """"Unlike the renal lesion, which was ALK-negative, the pulmonary one showed ALK staining" (regex
    ``place_contrast_opening``): the relative clause the first tumour's patient's, the main clause from the second
    tumour on the second's (the first gets nothing when no relative clause tells its own finding: "unlike" alone says
    no more than a difference). None unless each site is the own site of one patient alone, two different ones."""
    places = _own_places(patients)
    picked: list[Patient] = []
    for g in ("place1", "place2"):
        named = {canon for _, _, canon, _code in site.site_mentions(s.piece(*m.span(g)))}
        fits = [p for p, own in zip(patients, places) if named and named & own]
        if len(fits) != 1 or any(fits[0] is q for q in picked):
            return None
        picked.append(fits[0])
    second = (picked[1], _piece(s, m.start("w2"), len(s.text)))
    return [(picked[0], _piece(s, *m.span("rel"))), second] if m.group("rel") else [second]


def _site_plural_pieces(s: Sentence, patients: list[Patient]) -> list[tuple[Patient, Sentence]] | None:
    """"CD117 and DOG1 were negative in both gastric tumours": a sentence naming several of the series' tumours together by
    their site is the sentence of each patient whose own sentences name that site. (patient, piece) pairs; None unless
    the sentence names one such group and its site is the own site of two patients or more (then the other readers decide)."""
    hits = list(_rx("place_named_plural").finditer(s.text))
    if len(hits) != 1 or len(patients) < 2:
        return None
    named = {canon for _, _, canon, _code in site.site_mentions(s.piece(*hits[0].span("place")))}
    if not named:
        return None
    fits = [p for p, own in zip(patients, _own_places(patients)) if named & own]
    if len(fits) < 2:  # "all intracranial lesions had resolved": one patient's several lesions, no group of patients
        return None
    return [(p, _each_one(_for_member(s, k, len(fits), whole=True))) for k, p in enumerate(fits)]


def _all_then_placed(s: Sentence, patients: list[Patient]) -> list[tuple[Patient, Sentence]] | None:
    """"In both tumours, round cells were mixed with spindle cells; the abdominal lesion contained neutrophils, whereas
    the thigh lesion had lymphocytes": a first clause for all the patients (up to the semicolon) and, after it, clauses
    each opening on a tumour named by its site (:func:`_site_named_pieces`). The first clause goes to every patient, each
    later clause to the patient whose site it names; None unless the later clauses fit so."""
    semi = s.text.find(";")
    if semi < 0 or not speaks_for_all(s.text[:semi]):
        return None
    a = semi + 1 + len(s.text[semi + 1 :]) - len(s.text[semi + 1 :].lstrip())
    placed = _site_named_pieces(_piece(s, a, len(s.text)), patients)
    if not placed or len(placed) < 2:
        return None
    head = _piece(s, 0, semi + 1)
    return [*((p, _each_one(head)) for p in patients), *placed]


def _turn_by_sex(s: Sentence, patients: list[Patient], current: Patient | None) -> Patient | None:
    """The patient a sentence opens on by sex, among patients of different sexes introduced together: "The man remains
    well ..." (a definite person noun; a pronoun is not read: the sexes known so far may come from an abstract's list
    in another order, and "He ..." inside a case section is that case's). None when the sexes are not all known and
    different, or when the sentence goes on with the patient being told of."""
    m = _rx("turn_clause").match(s.text)
    if m is None or not m.group("sex") or m.group("kin"):
        return None
    sexes = [p.age.sex if p.age is not None else p.intro_sex for p in patients]
    if len(patients) < 2 or None in sexes or len(set(sexes)) != len(sexes):
        return None
    sex = demographics.rules().sex_nouns.get(m.group("sex").lower())
    if sex not in sexes:
        return None
    picked = patients[sexes.index(sex)]
    return None if picked is current else picked


def _sex_group_pieces(s: Sentence, patients: list[Patient]) -> list[tuple[Patient, Sentence]] | None:
    """A sentence of a series of patients of both sexes whose clauses each speak of the patients of one sex ("EMA was
    negative in both men"; "In both men desmin was positive, whereas the woman's tumour was negative"): each clause
    the patients of its sex, when its count fits them ("both" two, "the three" three, "the woman" the only woman;
    regex ``sex_group``), with the phrase naming them blanked. None unless the sexes are all known and mixed, and every
    clause (regex ``sex_group_break``) names one such group, a different sex each, and no patient by number or rank;
    None too for a sentence about one patient alone (a turn to that patient, :func:`_turn_by_sex`)."""
    sexes = [p.age.sex if p.age is not None else p.intro_sex for p in patients]
    if len(patients) < 2 or None in sexes or len(set(sexes)) < 2 or not _rx("sex_group").search(s.text):
        return None
    if (closed := _sex_closer_pieces(s, patients, sexes)) is not None:
        return closed
    breaks = list(_rx("sex_group_break").finditer(s.text))
    bounds = list(zip([0, *(m.end() for m in breaks)], [*(m.start() for m in breaks), len(s.text)]))
    r = demographics.rules()
    out: list[tuple[Patient, Sentence]] = []
    seen: set[str] = set()
    for a, b in bounds:
        clause = s.text[a:b]
        hits = list(_rx("sex_group").finditer(clause))
        words = {w.strip(",;:.()").lower() for w in clause.split()}
        if len(hits) != 1 or words & set(_ORDINALS) or patient_number(clause) is not None or _rx("case_group").search(clause):
            return None
        m = hits[0]
        if _rx("compared_with_case").search(clause[: m.start()]) or _rx("personal_pronoun").search(clause):
            return None  # "Unlike both women, he had no fever": about the one told of, by comparison with the group
        word = " ".join((m.group("pl") or m.group("sg")).lower().split())
        sex = r.sex_plurals.get(word) or r.sex_nouns.get(word) or r.sex_nouns.get(word.split()[0])
        members = [p for p, sx in zip(patients, sexes) if sx == sex]
        if sex is None or sex in seen or not members:
            return None
        if m.group("sg"):
            fits = len(members) == 1
        else:
            q = m.group("q").lower().split()[-1]
            fits = len(members) >= 2 if q == "the" else len(members) == (2 if q == "both" else words_to_number(q))
        if not fits:
            return None
        seen.add(sex)
        piece = _mask(_piece(s, a, b), [(m.start(), m.end())])
        out += [(p, _each_one(piece) if len(members) > 1 else piece) for p in members]
    # one clause about the only patient of a sex ("The boy was followed ...") is a turn to that patient, read as such
    return out if len(out) > 1 else None





def _sex_members(m: re.Match[str], patients: list[Patient], sexes: list[str | None]) -> list[int] | None:
    """The indices in ``patients`` of those a ``sex_group`` match names, when its count fits them ("the two men" two
    men, "the woman" the only woman); None otherwise."""
    r = demographics.rules()
    word = " ".join((m.group("pl") or m.group("sg")).lower().split())
    sex = r.sex_plurals.get(word) or r.sex_nouns.get(word) or r.sex_nouns.get(word.split()[0])
    members = [k for k, sx in enumerate(sexes) if sx == sex]
    if sex is None or not members:
        return None
    if m.group("sg"):
        return members if len(members) == 1 else None
    q = m.group("q").lower().split()[-1]
    fits = len(members) >= 2 if q == "the" else len(members) == (2 if q == "both" else words_to_number(q))
    return members if fits else None


def _sex_closer_pieces(s: Sentence, patients: list[Patient], sexes: list[str | None]) -> list[tuple[Patient, Sentence]] | None:
    """"Sequencing was done in all three and found X in the two men and Y in the woman": two or more predicates each
    closed by the patients of one sex (regex ``sex_group_closer``), dealt out as :func:`_case_clauses` deals numbered
    ones. None unless each closer names a different sex, its count fitting that sex's patients."""
    found = [m for m in _rx("sex_group").finditer(s.text) if _rx("sex_group_closer").search(s.text, max(0, m.start() - 5), m.start())]
    if len(found) < 2 or len(found) != len(list(_rx("sex_group").finditer(s.text))):
        return None
    named = [_sex_members(m, patients, sexes) for m in found]
    if any(xs is None for xs in named):
        return None
    flat = [k for xs in named for k in xs or []]
    if len(flat) != len(set(flat)):
        return None
    pieces = _predicate_pieces(s, found, named)
    return None if pieces is None else [(patients[k], _each_one(piece)) for ks, piece in pieces for k in ks]


def _turn_by_kin(s: Sentence, patients: list[Patient]) -> tuple[Patient, int] | None:
    """The patient a sentence opens on by a kin noun, among two introduced as parent and child ("We describe a 41-year-old
    woman and her 15-year-old daughter ... The mother had X. Her daughter had Y."): the one whose introduction used that
    noun, else, for a parent's noun, the one not introduced as the child. With where a possessive before the noun ends (0
    when none). None when the sentence opens on no kin noun or the introduction does not tell them apart."""
    m = _rx("turn_clause").match(s.text)
    if m is None or m.start("w") != 0 or len(patients) != 2:
        return None
    noun = (m.group("kin") or m.group("kinpos") or "").lower()
    if not noun:
        return None
    nouns = [
        p.age.sentence.text[p.age.sex_span[0] : p.age.sex_span[1]].lower()
        if p.age is not None and p.age.sex_span is not None else None
        for p in patients
    ]
    hits = [p for p, n in zip(patients, nouns) if n == noun]
    child = [n is not None and _rx("child_noun").fullmatch(n) is not None for n in nouns]
    if not hits and _rx("parent_noun").fullmatch(noun) and sum(child) == 1:
        hits = [p for p, c in zip(patients, child) if not c]
    if len(hits) != 1:
        return None
    return hits[0], (m.start("kinpos") if m.group("kinpos") else 0)


def _turn_by_age(s: Sentence, patients: list[Patient]) -> Patient | None:
    """The patient a sentence opens on by age, among patients of distinct ages introduced together ("The
    6-year-old ...", "The younger man ...", "The eldest ...")."""
    years = [_years_of(p) for p in patients]
    if len(patients) < 2 or None in years or len(set(years)) != len(years):
        return None
    if m := _rx("age_opener").match(s.text):
        found = demographics.find_ages(_piece(s, 0, m.end()))
        if found:
            return next((p for p, y in zip(patients, years) if y == found[0].years), None)
        return None
    if m := _rx("relative_age_opener").match(s.text):
        young = m.group("rank").lower() in ("younger", "youngest")
        if m.group("rank").lower() in ("younger", "older", "elder") and len(patients) != 2:
            return None  # "the younger" picks one of two only
        pick = min if young else max
        return patients[years.index(pick(y for y in years if y is not None))]
    return None


def _last_announced_member(sentences: list[Sentence], numbers: list[int | None]) -> list[int | None]:
    """"Four women were treated. The first, aged 33, ... The second ... The third ... The pregnant woman, aged 29, was
    found ...": a series announced as k + 1 patients (:func:`announced_count`) whose text numbers k of them (1 to k)
    then opens a sentence on a person with an age (regex ``late_member_opening``) that none of the k has: that person
    is patient k + 1, numbered there (only the first such sentence after patient k's own age is told, in a case
    section; the size read by :func:`announced_count` or :func:`_stated_totals`, the largest one stated)."""
    distinct = sorted({n for n in numbers if n is not None})
    k = len(distinct)
    if k < 2 or distinct != list(range(1, k + 1)) or k + 1 in numbers:
        return numbers
    told = [s for s in sentences if s.section not in OWN_CUE_SECTIONS]
    totals = _stated_totals(told) | ({c} if (c := _series_total(told)) else set())
    if not totals or max(totals) != k + 1:
        return numbers  # "Four women were treated", "We treated three adults": the series' size, one more than numbered
    # the ages told so far, each numbered patient's first (in its numbered sentence or the run after it: "Case 2. An
    # 8-year-old girl ..." is case 2's own introduction, no new person)
    aged: dict[int, float] = {}
    cur: int | None = None
    for i, (s, n) in enumerate(zip(sentences, numbers)):
        cur = n if n is not None else cur
        m = _rx("late_member_opening").match(s.text) if n is None else None
        ages = demographics.find_ages(_piece(s, 0, m.end()) if m else s)[:1]
        if cur == k and n is None and m and ages and k in aged and s.section == "case" \
                and ages[0].years not in aged.values():
            return [*numbers[:i], k + 1, *numbers[i + 1 :]]
        if cur is not None and ages and cur not in aged:
            aged[cur] = ages[0].years
    return numbers


def _reintroduced(s: Sentence, patients: list[Patient]) -> Patient | None:
    """"A boy of 20 months had syncope" in a case section after an abstract numbered "a boy aged 20 months (case 1)": a
    sentence opening on an indefinite person with an age (regex ``age_reintroduction``) is the numbered patient of that
    very age (and sex, where both are known), the only one known to be of that age (one told without an age yet, as
    an addendum's "second child (case 2)", does not stand in the way); None for an age none of them has (a new person,
    left as before)."""
    years = [_years_of(p) for p in patients]
    if len(patients) < 2 or all(y is None for y in years):
        return None
    m = _rx("age_reintroduction").match(s.text)
    if m is None:
        return None
    found = demographics.find_ages(_piece(s, 0, m.end()))
    if len(found) != 1:
        return None
    fits = [
        p for p, y in zip(patients, years)
        if y == found[0].years and (found[0].sex is None or p.age is None or p.age.sex in (None, found[0].sex))
    ]
    return fits[0] if len(fits) == 1 else None


def _unnamed_spans(s: Sentence) -> list[tuple[int, int]]:
    """The clauses of a sentence about an unnamed one of patients who are told apart otherwise ("One relapsed",
    "..., and the other received X"), each from its "one"/"another"/"the other" to the next such cut."""
    cuts = sorted({(m.start("w"), " ".join(m.group("w").lower().split())) for rx in scope_rules().distribute for m in rx.finditer(s.text)})
    ends = [a for a, _ in cuts[1:]] + [len(s.text)]
    return [(a, b) for (a, w), b in zip(cuts, ends) if w in ("one", "another", "the other")]


def _split_between_ages(s: Sentence, patients: list[Patient]) -> list[Sentence] | None:
    """The sentence introducing the patients, cut at the semicolon or conjunction between their age
    phrases ("the first, a 61-year-old woman, had X; the second, a 29-year-old man, had Y"; "a
    4-month-old boy had X and a 5-month-old boy had Y"), one piece each; None when the persons are one phrase, none
    but the last saying more ("a 33-year-old woman and a 64-year-old man with X": X is both patients')."""
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
        conj = list(_rx("conjunction").finditer(s.text, a.end, b.start)) or list(_rx("comma_before_article").finditer(s.text, a.end, b.start))  # type: ignore[union-attr]
        if not conj:
            return None
        cuts.append(conj[-1].start())
    # "We treated a 33-year-old woman and a 64-year-old man with IMT of the X": persons joined as one phrase, each
    # piece before the last ending on its person, what follows the last speaks for all (the sentence is shared)
    if all(not s.text[max(a.end, a.sex_span[1] if a.sex_span else 0) : c].strip(" ,;") for a, c in zip(ages, cuts)):  # type: ignore[union-attr]
        return None
    out: list[Sentence] = []
    for a, b in zip([0, *cuts], [*cuts, len(s.text)]):
        out.append(s.piece(a, b))
    return out


def _ordinal_apposition_turns(sentences: list[Sentence], labels: dict[str, int] | None = None) -> list[Sentence]:
    """"First patient, a 45-year-old man, came with X; the second, a 52-year-old woman, had Y": in a text that goes on
    to number its patients by rank elsewhere ("The second one is alive ..."), the sentence is split where the later
    patient's apposition opens (regex ``ordinal_apposition_turn``), each part that patient's. In a text that never
    does, the sentence introduces its patients together and is left whole: what follows it unnamed ("ALK was positive
    ...") is then theirs together, not the last one's alone."""
    cuts = [[m.start("at") for m in _rx("ordinal_apposition_turn").finditer(s.text)] for s in sentences]
    if not any(cuts):
        return sentences
    numbers = _patient_numbers(sentences, labels)
    if not any(n is not None and n >= 2 and not c for n, c in zip(numbers, cuts)):
        return sentences
    out: list[Sentence] = []
    for s, c in zip(sentences, cuts):
        bounds = [0, *c, len(s.text)]
        out += [s.piece(a, b) for a, b in zip(bounds, bounds[1:]) if s.text[a:b].strip()] if c else [s]
    return out


def _patient_numbers(sentences: list[Sentence], labels: dict[str, int] | None = None) -> list[int | None]:
    """The patient each sentence opens on: from its own words ("Case 2 was ..."), or, for the
    first sentence under a patient heading ("Case 2" printed as a section heading), from the heading."""
    out: list[int | None] = []
    prev: tuple[str | None, str | None] | None = None
    ids: dict[str, int] = {}  # a trial's patient identifiers ("Patient 07-013"), numbered in order of appearance
    for s in sentences:
        key = (s.section, s.heading)
        if (tid := _trial_id(s.text) or (_trial_id(s.heading) if key != prev and s.heading else None)) is not None:
            out.append(ids.setdefault(tid, len(ids) + 1))
            prev = key
            continue
        # "The first received X; the second underwent Y" opens on no one patient: it is dealt out
        n = patient_number(s.text)
        if n is not None and _ranked_pieces(s) is not None:
            n = None
        if n is not None and len({x for m in _rx("bracketed_cases").finditer(s.text) for x in _case_numbers(m.group("ns"))}) >= 2:
            n = None  # "Two women, a 45-year-old (case 1) and a 62-year-old (case 2), ...": labels each, opens on none
        if n is not None and len(_listed_cases(s.text)) >= 2:
            n = None  # "Case 1 and case 2 were followed for 24 and 12 months, respectively": names both, opens on none
        if n is not None and _bracketed_roster(s.text):
            n = None  # "Patient 1 (a 44-year-old man) and patient 2 (a 9-year-old girl) underwent X": opens on none
        if n is not None and n in _left_out(s.text):
            n = None  # "ALK was positive in 2 of 3 cases (not case 3)": the one left out is not the one it tells of
        if n is None and key != prev and s.heading:
            n = patient_number(s.heading)
        if n is None and labels:
            n = labelled_patient(s.text, labels)
        prev = key
        out.append(n)
    return out


def _labels_named(sentences: list[Sentence], labels: dict[str, int]) -> list[int]:
    """The numbers of the table rows the sentences name by their labels, in order of mention."""
    rx = _rx("case_label_mention")
    return [labels[x] for s in sentences for m in rx.finditer(s.text) if (x := _label_of(m)) in labels]


def _label_of(m: re.Match[str]) -> str:
    return m.group("label") or m.group("letter")


def labelled_patient(text: str, labels: dict[str, int]) -> int | None:
    """The table row a sentence opens on by the row's own label ("In U2 the tumour recurred ...", "Case R2 underwent
    ...", "For patient H, ..."), or names alone in brackets ("The woman with the breast lesion (R1) was ..."): its
    number; None when the sentence names two of the table's labels ("desmin was negative in U1 and positive in U2")."""
    # "The remaining patient (C), whose ...": a bare label in brackets is a mention too
    named = {labels[x] for name in ("case_label_mention", "case_label_bracketed") for m in _rx(name).finditer(text) if (x := _label_of(m)) in labels}
    if len(named) != 1:
        return None
    m = _rx("case_label_opening").match(text)
    if m and _label_of(m) in labels:
        return labels[_label_of(m)]
    for m in _rx("case_label_bracketed").finditer(text):
        if _label_of(m) in labels:
            return labels[_label_of(m)]
    return None


def described_patient(s: Sentence, roster: dict[int, CaseRow]) -> int | None:
    """The row of a series' own table (``roster``: row number -> row) a sentence opens on by describing its patient
    instead of numbering it ("The infant received ...", "For the girl, ...", "The older woman ...", "The patient with
    the bladder tumour ...", "The ALK-negative case ..."): the one row whose age, sex, site and ALK status all fit what
    the description tells. A row leaving a trait blank may fit it; None when the description tells nothing, when
    no row or two rows fit, or when it ranks by age ("the older") among rows whose ages are not all known and
    different."""
    m = _rx("described_person").match(s.text)
    if m is None or len(roster) < 2:
        return None
    noun = m.group("noun")
    told = next(((sex, lo, hi) for rx, sex, lo, hi in scope_rules().person_noun if rx.fullmatch(noun)), None)
    if told is None:
        return None
    sex, lo, hi = told
    mods = m.group("mods")
    rank = _rx("relative_age_opener").match(f"the {mods}") if mods else None
    alk_word = _rx("alk_status_word").search(mods)
    alk_told = None if alk_word is None else ("negative" if alk_word.group("neg") else "positive")
    ages = demographics.find_ages(_piece(s, 0, m.end("noun")))
    years = ages[0].years if ages else None
    place = _place_stems(m.group("place")) if m.group("place") else set()
    if not (sex or lo is not None or hi is not None or rank or alk_told or years is not None or place):
        return None  # "The patient ...": which of them the words do not tell

    def fits(row: CaseRow) -> bool:
        age = row.age_years
        if sex and row.sex and row.sex != sex:
            return False
        if age is not None and ((lo is not None and age < lo) or (hi is not None and age >= hi)):
            return False
        if age is not None and years is not None and abs(age - years) >= (0.05 if years < 2 else 1.0):
            return False
        status = _alk_status(row)
        if alk_told and status and status != alk_told:
            return False
        return not place or bool(row.site and place & _place_stems(row.site))

    fit = [n for n, row in roster.items() if fits(row)]
    if rank and len(fit) >= 2:
        known = [roster[n].age_years for n in fit]
        word = rank.group("rank").lower()
        if None in known or len(set(known)) != len(known) or (word in ("younger", "older", "elder") and len(fit) != 2):
            return None
        pick = min if word in ("younger", "youngest") else max
        fit = [fit[known.index(pick(a for a in known if a is not None))]]
    return fit[0] if len(fit) == 1 else None


def _alk_status(row: CaseRow) -> str | None:
    """A table row's ALK status: "positive" (a positive stain or test), "negative" (a negative stain, or every test
    negative), None when the row gives no ALK result."""
    if any(marker_key(m) == marker_key("ALK") for m in row.ihc_positive or []) or any(t.endswith("+") for t in row.alk_tests or []):
        return "positive"
    if any(marker_key(m) == marker_key("ALK") for m in row.ihc_negative or []) or (row.alk_tests and all(t.endswith("-") for t in row.alk_tests)):
        return "negative"
    return None


def _trial_id(text: str) -> str | None:
    """The trial or registry patient identifier a sentence or heading opens on ("Patient 11-004 (DL4). ..." →
    "11-004", "Participant B-0305, a woman ..." → "B-0305"), upper-cased; none for "Case 2" or "patients 1-3"."""
    m = _rx("trial_patient_id").match(text)
    return m.group("id").upper() if m else None


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


def extract_narrative(
    doc: Document, nlp: Any, labels: dict[str, int] | None = None, roster: dict[int, CaseRow] | None = None
) -> list[CaseRow]:
    """One narrative row per patient the document reports on with the tumour (``labels``: the non-numeric labels the
    series' own table names its patients by, with their row numbers; ``roster``: that table's rows by number; see
    :func:`segment_patients`)."""
    rows, others = narrative_rows(doc, nlp, labels, roster)
    return [r for r in rows if r.case_id not in others]


def narrative_rows(
    doc: Document, nlp: Any, labels: dict[str, int] | None = None, roster: dict[int, CaseRow] | None = None
) -> tuple[list[CaseRow], set[str]]:
    """One narrative row per described patient, and the case ids of those whose diagnosis is another entity (a
    mimic's patient told beside the tumour's, a case revised away from it: :func:`other_diagnosis_patients`), whose
    rows the caller drops once a table's rows of the same patients are merged in."""
    rows: list[CaseRow] = []
    sentences = patient_sentences(doc, nlp)
    patients = segment_patients(sentences, labels, roster)
    # a title naming the site ("Uterine IMT: two women ...") speaks for every patient of a
    # multi-patient report, whose title is in no patient's sentences
    title = [s for s in sentences if s.section == "title"]
    shared = Counter(s.start for p in patients for s in p.sentences)
    announced = cache(lambda: site.announcements(doc, nlp))  # one nlp pass over the title/abstract for all rows
    # table sections are never read as sentences; an IHC panel table (one row per antibody) is read per patient
    panels = [p for t in doc.tables if (p := literature_table.panel_lines(doc, t))]
    # a one-patient key-value table ("Age | 46 years", "Sex | Male"), read only for a one-patient report
    key_values = [kv for t in doc.tables if (kv := literature_table.key_value_lines(doc, t))] if len(patients) == 1 else []
    for_all = lambda t: announced_count(t) == len(patients)  # noqa: E731
    group_sex = cache(lambda: _group_sex(sentences, len(patients)))  # the series' one sex, told for all of them
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
        for panel in panels:
            lines = _panel_lines_of(panel, patient.case_id, len(patients))
            if lines:
                ihc.read_panel(lines, row)
                alk.read_panel_tests(lines, row)
        if len(patients) == 1:  # a one-patient key-value table ("Age | 46 years", "Sex | Male"): what the sentences left unset
            for kv in key_values:
                demographics.read_key_value(kv, row)
        if patient.elsewhere_only:
            ihc.apply_elsewhere_only(patient.elsewhere_only, row)
            alk.apply_elsewhere_only(patient.elsewhere_only, row)  # "only case 2 was ALK-positive": the others' stain negative
            outcome.apply_elsewhere_only(patient.elsewhere_only, row)  # "only case 2 recurred": the others did not
        if patient.fallback:
            _fill_from(patient.fallback, row)
        if patient.trial:  # a trial vignette that names no drug was on the study drug its title names
            treatment.apply_study_drug(title, row)
        if row.sex is None and patient.sex_hint:
            sex, s, a, b = patient.sex_hint
            row.set("sex", sex, s.evidence(a, b))
        elif row.sex is None and len(patients) > 1 and (hint := group_sex()):
            sex, s, a, b = hint  # "We describe 3 women ...": a patient whose own sentences name no sex is one of them
            row.set("sex", sex, s.evidence(a, b))
        if (
            row.site is None and patient.title_fallback and len(patients) > 1 and title
            and not set(map(id, title)) & set(map(id, patient.sentences)) and not site.lists_sites(title)
            and not site.own_announcements(announced(), for_all)  # the authors' sentence about all of them speaks first
        ):
            site.apply(title, row)
        site.apply_fallbacks(  # title, "we present ...", operation
            doc, nlp, row, patient.sentences, len(patients), announced, for_all
        )
        rows.append(row)
    return rows, other_diagnosis_patients(patients, rows, title, doc.text)


def _panel_lines_of(panel: dict[int | None, list[Any]], case_id: str, n_patients: int) -> list[Any] | None:
    """A panel table's lines for one patient: the single result column (or the one "Case 1" column) of a
    one-patient report; the column "Case k" for patient ``case-k`` of several. None when the columns do
    not say which patient (one result column in a report of several)."""
    if n_patients == 1:
        return panel.get(None) or (panel.get(1) if len(panel) == 1 else None)
    number = case_id.removeprefix("case-")
    return panel.get(int(number)) if case_id.startswith("case-") and number.isdigit() else None


def _fill_from(sentences: list[Sentence], row: CaseRow) -> None:
    """Every family reads ``sentences`` into a scratch row; only fields ``row`` leaves empty are taken."""
    extra = CaseRow(doc_id=row.doc_id, case_id=row.case_id, source=row.source)
    for mod in field_modules():
        mod.apply(sentences, extra)
    had_site = row.site is not None
    for name in VALUE_FIELDS:
        value, own = getattr(extra, name), getattr(row, name)
        if isinstance(value, list) and isinstance(own, list) and own:
            added = [v for v in value if v not in own]  # a list gains what the shared sentences add
            if added:
                row.set(name, own + added, *[e for e in extra.evidence.get(name, []) if e not in row.evidence.get(name, [])])
            continue
        if value is None or value == [] or own not in (None, []):
            continue
        if name == "site_code" and had_site:
            continue  # a code belongs to the site it was read with
        setattr(row, name, value)
        if name in extra.evidence:
            row.evidence[name] = list(extra.evidence[name])

