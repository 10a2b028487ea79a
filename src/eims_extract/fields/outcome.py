"""Outcomes: ``recurrence``, ``metastasis``, ``response``, ``follow_up_months``, ``status``.

Conventions (rules in ``patterns/outcome.jsonl``):

* recurrence / metastasis: any asserted positive mention makes it True; a
  negated one ("no recurrence or metastasis", "free of metastasis") or a
  "-free" phrase makes it False only when nothing says True. Symptoms that
  "recur" and survival metrics ("recurrence-free survival") are masked first.
* response: the **last** asserted RECIST-style mention in text order (reports
  narrate chronologically, so the latest assessment wins over an earlier PD),
  unless a response is stated as the best one ("the best response was a partial
  response"): that one wins over a later progression.
* status: DOD when death of the patient is stated; otherwise the last AWD /
  ANED phrase. Status phrases carry their own negation ("no evidence of
  disease"), so only hypothetical/other/family cues drop them.
* status from a dated negative finding: real reports often give the last
  status only as "a year of surveillance found no recurrence" or
  "the 8-month follow-up scan showed no recurrence". A ``no_disease`` phrase
  in a sentence that also has an ``anchor`` (follow-up, N months after/later,
  so far ...) and no asserted recurrence/metastasis is ANED; a recurrence
  asserted in a later sentence overrides it. The time such a sentence dates its
  state by ("After 20 months of observation there is no recurrence", "the
  10-month check was normal and he is free of disease") is the follow-up when it
  states none; a time of treatment ("remission after 5 months of therapy") is not.
  A sentence that follows one
  stating the follow-up's length is dated by it ("She was followed for 2
  years. No recurrence was observed.").
* follow_up_months: only an explicitly stated follow-up duration, converted
  with ``normalize.months``; several give the longest. Never computed from dates.
  A time told relative to an earlier one that counts from the start ("relapsed
  10 months after surgery ... died 2 months later") is their sum (12): see
  :func:`_chain`. One patient's range ("followed for 18 to 24 months", "2-3
  years") is its upper bound, the last contact (a Ki-67 range gives its upper
  bound too); a range about several patients, a median or an interval is not
  read (:func:`_upper_bounds`).
* a relative as the subject of the clause ("Both parents have remained well at
  3 years", "The mother died 2 years later", "the boy's twin sister is alive")
  gives the patient no follow-up or status (:func:`_relatives_clause`); siblings
  without a possessive ("the two brothers") are a familial series' patients.
* a counted or other group of patients as the subject ("Among reported EIMS patients, most died within a year",
  "Six of the ten patients remained disease-free") gives no single patient a follow-up or status
  (:func:`_group_clause`); "both patients", "the two patients", "all patients" are the report's own together.
* a patient told only "alive" after a response that left the tumour there (progression, stable disease:
  "progressed and was switched to lorlatinib ... she is currently alive") is alive with disease (AWD); after a
  partial or complete response or none, "alive" gives no status (:func:`_alive_with_tumour_left`).
* a recurrence or metastasis suspected and then refuted by tissue in the same sentence ("a recurrence was suspected on
  ultrasound, but biopsies showed only scar tissue", regex ``suspicion_refuted``) is told absent (``False``).
* new nodules in the abdominal cavity found at a time point after a complete operation of an abdominal or pelvic primary
  ("CT at 6 months revealed new peritoneal nodules") are a recurrence (:func:`_cavity_deposits_after_operation`).
* a state free of disease told before a recurrence that a later time dates ("She was free of disease after the
  operation. Two years later her disease relapsed.") is no longer the last status.
* well-being (kept consistent 2026-12-06, session 18, after the probeout decision de07aa1d): the idioms of the patient's
  clinical state "doing well" / "doing fine" and "alive and well", and well over the follow-up ("has remained well on
  follow-up", "throughout her follow-up visits"), are ANED; a bare "is / remains well" ("the girl remains well at 2
  years", "Both remain well") gives no status, only its time as the follow-up: well-being alone says nothing of the
  tumour. Patients told together ("Both are doing well", "All three remain well") follow the same rule, each of them.
  The read golds never decide it alone (every read document with a bare "well" also states the disease's absence).
* ``"unmasked": true`` on a follow_up or status rule reads the sentence before
  the masks: one patient's "disease-free survival of 40 months" is a follow-up
  and a status, though survival metrics are masked for recurrence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache

from ..errors import ConfigError, CurationError
from ..prefilter import alternatives, may_match_indices
from ..normalize import BRACKETED, ROMANCE_HALVES, drug_class, fold, site_code, is_na, key, lookup, months, ordinal_to_number, parse_sign, parse_status, unit_key, words_to_number
from .. import rules
from ..records import RESPONSES, STATUSES, CaseRow, Evidence
from ..rules import OutcomeRule
from .assertion import NOT_ASSERTED, context, cues, mask
from .base import Sentence
from .cells import bare_number, codes, legend_expansion, paired_values, rx, squash
from .registry import (
    CellContext, FieldSpec, TableColumn, bool_compare, float_compare, parsed_or_key, register, register_columns,
)


def _rx(name: str) -> re.Pattern[str]:
    """Named regex ``name`` of ``patterns/outcome.jsonl`` (what this family recognises; rules.py loads it)."""
    return rules.regex("patterns/outcome", name)


KINDS = (
    "mask", "recurrence", "metastasis", "response", "status", "follow_up", "no_disease", "anchor", "more_months",
    "years_before", "new_lesion", "negator", "course_response",
)


@cache
def _rules() -> dict[str, list[OutcomeRule]]:
    out: dict[str, list[OutcomeRule]] = {k: [] for k in KINDS}
    for r in rules.load("patterns/outcome", kinds=KINDS):
        kind = r.kind
        if kind in ("recurrence", "metastasis") and not isinstance(r.value, bool):
            raise ConfigError(f"{r.where} ({r.id}): 'value' must be true or false")
        if kind in ("response", "course_response") and r.code not in (*RESPONSES, "abbr", "sizes"):
            raise ConfigError(f"{r.where} ({r.id}): response code must be one of {RESPONSES}, abbr or sizes")
        if r.code == "sizes" and not {"before", "after", "unit"} <= set(r.regex.groupindex):
            raise ConfigError(f"{r.where} ({r.id}): a sizes response needs groups 'before', 'after' and 'unit'")
        if kind == "status" and r.code not in STATUSES:
            raise ConfigError(f"{r.where} ({r.id}): status code must be one of {STATUSES}")
        if kind == "follow_up" and not {"num", "unit"} <= set(r.regex.groupindex):
            raise ConfigError(f"{r.where} ({r.id}): follow_up needs groups 'num' and 'unit'")
        if kind == "new_lesion" and "organ" not in r.regex.groupindex:
            raise ConfigError(f"{r.where} ({r.id}): new_lesion needs group 'organ'")
        if r.unmasked and kind not in ("follow_up", "status") and r.code != "sizes":
            raise ConfigError(f"{r.where} ({r.id}): 'unmasked' is a bool of follow_up/status and sizes rules")
        out[kind].append(r)
    return out


@cache
def _family(kind: str) -> tuple[tuple[OutcomeRule, ...], tuple[re.Pattern[str], ...]]:
    """One kind's rules and their regexes as fixed tuples (the literal index is keyed by the latter)."""
    rs = tuple(_rules()[kind])
    return rs, tuple(r.regex for r in rs)


@cache
def _any_unmasked(kind: str) -> bool:
    """Does one of the kind's rules read the unmasked text (asked for every sentence and kind)?"""
    return any(r.unmasked for r in _family(kind)[0])


#: the families a sentence's text and masked text are tried against, found in one literal pass for all
_SHARED = ("recurrence", "metastasis", "response", "status", "follow_up", "anchor", "course_response")


@cache
def _shared() -> tuple[tuple[re.Pattern[str], ...], tuple[tuple[str, int, int], ...]]:
    """Every shared family's regexes as one tuple (the anchor rules as their alternatives), and where each
    family's lie in it: ``(kind, first, end)``. Which of a tuple's patterns may match depends on each
    pattern's own literals only, so one pass over the whole tuple answers for every family at once."""
    joined: list[re.Pattern[str]] = []
    where: list[tuple[str, int, int]] = []
    for kind in _SHARED:
        rxs = _anchor_parts() if kind == "anchor" else _family(kind)[1]
        where.append((kind, len(joined), len(joined) + len(rxs)))
        joined += rxs
    return tuple(joined), tuple(where)


#: string -> {family: positions of its patterns that may match the string}: the string a sentence's
#: families are asked of in turn (its text and its masked text); bounded, a few strings at a time
_PASSING: dict[str, dict[str, tuple[int, ...]]] = {}
_PASSING_MAX = 8
# a finding of no disease dated in days is read as the last news from this many days on (over three months: earlier
# ones are the stay's or the first post-operative checks; the anchor regex reads three-digit counts of days alike)
_LATE_CHECK_DAYS = 100


def _may_match(kind: str, string: str) -> tuple[int, ...]:
    """``may_match_indices`` of the family ``kind`` (see :data:`_SHARED`) on ``string``, from one pass shared
    by all the families."""
    got = _PASSING.get(string)
    if got is None:
        joined, where = _shared()
        idx = may_match_indices(joined, string)
        got = {}
        for name, lo, hi in where:
            got[name] = tuple([i - lo for i in idx[bisect_left(idx, lo) : bisect_left(idx, hi)]])
        if len(_PASSING) >= _PASSING_MAX:
            _PASSING.clear()
        _PASSING[string] = got
    return got[kind]


def _tried(kind: str, text: str, masked: str) -> list[tuple[OutcomeRule, str]]:
    """The kind's rules (in order) whose literals are in the string each reads (the text when
    ``unmasked``, else the masked text), with that string: the others cannot match it."""
    rs = _family(kind)[0]
    if masked is text or not _any_unmasked(kind):
        return [(rs[i], text if rs[i].unmasked else masked) for i in _may_match(kind, masked)]
    on_text = {i for i in _may_match(kind, text) if rs[i].unmasked}
    on_masked = {i for i in _may_match(kind, masked) if not rs[i].unmasked}
    return [(rs[i], text if rs[i].unmasked else masked) for i in sorted(on_text | on_masked)]


def _context(text: str, start: int, end: int) -> frozenset[str]:
    """The context of an outcome mention, the family cue kept only when it is the mention's own: the relative named in
    the mention, or before it with no patient subject in between ("Her mother died of breast cancer at 60"). A relative
    named after the patient's state ("she is well, and her mother reports normal growth") or before the patient is
    named again ("Her father drove her to the clinic; at 18 months she had no evidence of disease") leaves the state
    the patient's: the cue's scope is the whole sentence, the outcome's subject is not."""
    cats = context(text, start, end)
    if "family" not in cats:
        return cats
    subject = _rx("patient_subject")
    for c in cues(text):
        if c.rule.category == "family" and (
            (c.start < end and start < c.end and not _relative_owns_a_thing(text, c.start, c.end, subject))
            or (c.end <= start and not subject.search(text, c.end, start))
        ):
            return cats
    return cats - {"family"}


def _relative_owns_a_thing(text: str, start: int, end: int, subject: re.Pattern[str]) -> bool:
    """Is the relative at ``text[start:end]`` only the owner of something in the patient's clause ("she died in her
    mother's arms, one month after the biopsy", "he died at his daughter's home")? A possessive after a patient
    subject of the same clause: the clause is the patient's ("Her mother's tumour recurred" stays the mother's)."""
    return text[end : end + 2] in ("'s", "’s") and subject.search(text, _clause_begin(text, start), start) is not None


def flag_mentions(kind: str, text: str) -> list[tuple[bool, int, int]]:
    """``(value, start, end)`` of asserted recurrence/metastasis mentions, negation applied."""
    return list(_flag_mentions(kind, text))


#: how far before the suspicion word a suspected mention may start ("a local recurrence was suspected ..."): a suspicion
#: refuted after a turn (regex ``suspicion_refuted``: "..., but biopsies showed only scar tissue") tells that mention absent
_REFUTED_REACH = 60


@lru_cache(maxsize=4096)  # bounded: keyed by sentence; the outcome readers ask several times per sentence
def _flag_mentions(kind: str, text: str) -> tuple[tuple[bool, int, int], ...]:
    masked = mask(text, _rules()["mask"])
    out: list[tuple[bool, int, int]] = []
    negators: list[tuple[int, int]] | None = None
    refuted: list[re.Match[str]] | None = None
    for r, _ in _tried(kind, text, masked):
        for m in r.regex.finditer(masked):
            cats = _context(text, m.start(), m.end())
            if cats & NOT_ASSERTED:
                if r.value is True and cats & NOT_ASSERTED == {"hypothetical"}:
                    refuted = list(_rx("suspicion_refuted").finditer(text)) if refuted is None else refuted
                    if any(s.start() - _REFUTED_REACH <= m.start() and m.end() <= s.start("turn") for s in refuted):
                        out.append((False, m.start(), m.end()))  # suspected, then refuted by the tissue
                continue
            val = bool(r.value) and "negated" not in cats
            if val:
                negators = _negator_spans(masked) if negators is None else negators
                val = not any(a <= m.start() and m.end() <= b for a, b in negators)
            out.append((val, m.start(), m.end()))
    return tuple(sorted(out, key=lambda t: t[1]))


def _negator_spans(masked: str) -> list[tuple[int, int]]:
    """Spans of the outcome's own negations that the context cues do not know (a labelled field: "Recurrence: none",
    "Metastasis: no", "relapse (-)"): a recurrence/metastasis mention inside one is told absent (``negator`` rules)."""
    return [m.span() for r in _rules()["negator"] for m in r.regex.finditer(masked)]


def response_mentions(text: str, kind: str = "response") -> list[tuple[str, int, int]]:
    """The responses the sentence tells, in order: ``(code, start, end)``. ``kind="course_response"``: a course of
    treatment told failing or standing still ("... were followed by progression"), the row's response only when no
    other is told (:func:`apply`)."""
    masked = mask(text, _rules()["mask"])
    out: list[tuple[str, int, int]] = []
    for r, read in _tried(kind, text, masked):  # (a sizes rule reads the sizes the mask blanks: the text as written)
        for m in r.regex.finditer(read):
            cats = context(text, m.start(), m.end())
            if cats & NOT_ASSERTED or "negated" in cats:
                continue
            if _rx("response_denied_before").search(text, max(0, m.start() - 20), m.start()):
                continue
            code = m.group("abbr") if r.code == "abbr" else _size_change(m) if r.code == "sizes" else r.code
            if code is None:
                continue
            if code == "PD" and _rx("recap_relative_before").search(text, max(0, m.start() - 60), m.start()):
                continue  # "Our patient, who progressed on X, ...": an earlier progression retold
            out.append((code, m.start(), m.end()))
    return sorted(out, key=lambda t: t[1])


def _size_change(m: re.Match[str]) -> str | None:
    """The response a tumour's size told before and after a medical course gives (a ``sizes`` rule: "on crizotinib the
    mass decreased from 8.2 cm to 3.1 cm"): at least 30% smaller is a partial response, at least 20% larger progressive
    disease (RECIST 1.1, one diameter); a change in between is left unread (no response is guessed from it)."""
    before, after = float(m.group("before")), float(m.group("after"))
    unit, unit_before = m.group("unit").lower(), (m.group("unit_before") or m.group("unit")).lower()
    if unit_before != unit:
        before *= 10.0 if unit_before == "cm" else 0.1
    if before <= 0:
        return None
    if after <= 0.7 * before:
        return "PR"
    if after >= 1.2 * before:
        return "PD"
    return None


@cache
def _anchor_parts() -> tuple[re.Pattern[str], ...]:
    """The anchor rules cut into their alternatives (:func:`~eims_extract.prefilter.alternatives`): a
    sentence has an anchor exactly when one of them matches, and each is tried behind its own literals."""
    return tuple(part for r in _rules()["anchor"] for part in alternatives(r.regex))


def no_disease_mentions(text: str, anchored: bool = False) -> list[tuple[int, int]]:
    """Spans of a dated finding of no recurrence: the sentence needs an anchor and no asserted recurrence/metastasis;
    a relative or a group of other patients as the clause's subject has no finding of the patient's. ``anchored``: the sentence before stated the follow-up's length ("She was followed for 2 years. No recurrence was
    observed."), which dates this one."""
    masked = mask(text, _rules()["mask"])
    parts = _anchor_parts()
    if not anchored and not any(parts[i].search(masked) for i in _may_match("anchor", masked)):
        return []
    if any(val for val, _, _ in flag_mentions("metastasis", text)):
        return []
    # a recurrence asserted in the sentence voids its finding of no disease, unless the finding is of no FURTHER
    # recurrence after it ("recurred at 8 months and was re-excised; no further recurrence is seen at 20 months")
    recurred = [b for val, _, b in flag_mentions("recurrence", text) if val]
    return [
        (m.start(), m.end())
        for r in _rules()["no_disease"]
        for m in r.regex.finditer(masked)
        if (not recurred or (max(recurred) <= m.start() and _rx("no_further_event").match(masked, m.start())))
        and not _context(text, m.start(), m.end()) & NOT_ASSERTED
        and not _relatives_clause(text, m.start(), m.end()) and not _group_clause(text, m.start())
    ]


def _dated_finding_time(text: str, dated: bool = True, finding: int | None = None) -> list[tuple[float, int, int]]:
    """The time a dated finding of no disease is dated by ("Four months following excision, ... no recurrence
    was identified", "Imaging at 9 months showed ... no recurrence"): the last news of a sentence that states no
    follow-up of its own; the first such time in the sentence. Read on the masked text (a schedule interval is no
    date) with halves counted ("one and a half years after surgery" is 18, "a year and a half later" too).

    ``dated=False``: the sentence's state of no disease is a status phrase ("is free of disease", "no evidence of
    residual tumour"), not a finding the anchors date; a time in weeks is then a check soon after the operation
    ("Two weeks after resection, MRI showed no evidence of residual tumour"), not the last news, and is not read —
    unless the state after it is told as lasting ("At 18 weeks she remains NED": regex ``lasting_state_verb``).

    ``finding``: where the finding of no disease starts; a sentence that tells a course of several dated checks ("the
    lesion shrank after 6 months and to a scar after 12; at 18 months none could be seen") dates the finding by the
    last time told before it, not by the first time of the sentence (the first time after it when none comes before)."""
    masked = mask(text, _rules()["mask"])
    found = [
        m
        for rx_ in (
            _rx("dated_finding_time"), _rx("dated_finding_at"), _rx("dated_finding_period"), _rx("dated_finding_period_lead"),
            _rx("dated_finding_adjectival"), _rx("dated_finding_month_number"),
        )
        for m in rx_.finditer(masked)
    ]
    # "all are free of disease 18 to 60 months after surgery": a range spanning several patients (``range_of_several``)
    # dates no one's finding
    several = _rx("range_of_several").search(text) is not None
    lows = {r.end() for r in _rx("range_lower_bound").finditer(masked)} if several else set()
    times: list[tuple[float, int, int]] = []
    for m in sorted(found, key=lambda m: m.start()):
        if m.start("num") in lows or _inside_ordinal_year(masked, m, m.group("unit")):
            continue
        num = _number(m.group("num"))
        if num is not None and unit_key(m.group("unit")) is not None:
            # "no recurrence 600 days after the operation": a count of days is the last news only when it is no check
            # within the first post-operative months ("10 days after surgery CT showed no residual tumour")
            if unit_key(m.group("unit")) == "d" and num < _LATE_CHECK_DAYS:
                continue
            if not dated and unit_key(m.group("unit")) not in ("y", "m", "d") and not (
                # "At 18 weeks she remains NED": a state told as lasting is the last news, not a check soon after surgery
                unit_key(m.group("unit")) == "w" and _rx("lasting_state_verb").search(text)
            ):
                continue
            times.append((_duration_months(text, m, num, m.group("unit")), m.start(), m.end()))
    # a time told in an earlier clause ("X was stopped at 18 months; the child was well at the two-year review") dates
    # that clause's event, not the finding: the finding's own clause is asked first
    before = [t for t in times if finding is not None and t[1] < finding and ";" not in text[t[2] : finding]]
    after = [t for t in times if finding is not None and t[1] >= finding]
    if finding is not None and after and _rx("no_further_event").match(masked, finding):
        return after[:1]  # "recurred at 8 months ..., and no further recurrence is seen at 20 months": the earlier time the recurrence's
    return before[-1:] or after[:1] or times[:1]


def status_mentions(text: str) -> list[tuple[str, int, int]]:
    masked = mask(text, _rules()["mask"])
    out: list[tuple[str, int, int]] = []
    for r, string in _tried("status", text, masked):
        for m in r.regex.finditer(string):
            if _context(text, m.start(), m.end()) & NOT_ASSERTED or _relatives_clause(text, m.start(), m.end()):
                continue
            if _group_clause(text, m.start()):
                continue
            if r.code == "DOD" and "negated" in context(text, m.start(), m.end()):
                continue
            if r.code == "DOD" and _rx("death_of_other_primary").match(text, m.end()):
                continue  # "died of metastatic lung adenocarcinoma": another cause (the death still clears the status)
            if r.code == "DOD" and _rx("death_of_other_cause").match(text, m.start()):
                continue  # "died at 20 months of a cardiac event": the same death word, its cause told after a time
            out.append((r.code, m.start(), m.end()))
    return sorted(out, key=lambda t: t[1])


def _patient_died(text: str) -> bool:
    """Does ``text`` assert the patient's death, of any cause ("died of pneumonia" too)? A state told before it or in
    its sentence ("died of sepsis at 9 months, without recurrence") is no longer the patient's status; with no death
    of disease told, the status is left empty (a death of another cause is not a scored status)."""
    return any(
        not context(text, m.start(), m.end()) & (NOT_ASSERTED | {"negated"}) and not _relatives_clause(text, m.start(), m.end())
        and not _others_clause(text, m.start())
        for m in _rx("death_word").finditer(text)
    )


def _patient_lost(text: str) -> bool:
    """Does ``text`` assert the patient lost to follow-up ("After that he missed his visits and was lost to follow-up")?
    Nothing is known of the patient after it: a state told in an EARLIER sentence ("the residual mass was stable at that
    visit") is no last status (gold/heldout.md: a patient lost gets no status); a state told beside the loss in its own
    sentence ("alive without disease at 14 months, when she moved away and was lost") is the state at the last contact
    and stays, as one told later (the patient came back) does."""
    return any(
        not context(text, m.start(), m.end()) & (NOT_ASSERTED | {"negated"}) and not _others_clause(text, m.start())
        and not _group_clause(text, m.start())
        for m in _rx("patient_lost").finditer(text)
    )


def _untreated(sentences: list[Sentence] | list[Sentence | _UnitsWritten], row: CaseRow) -> bool:
    """Is the patient told untreated (regex ``no_treatment_told``: "No specific treatment was given", "managed with
    observation alone") while the row names no therapy or drug? A regression told of such a lesion ("(b) At 6 months,
    partial regression.") is no response: a response needs a therapy (the treatment family reads before this one)."""
    if row.treatment is not None or row.drugs is not None:
        return False
    return any(_rx("no_treatment_told").search(sent.text) for sent in sentences)


def _died_of_other_cause(text: str) -> bool:
    """Does ``text`` tell the patient's death with a cause other than the tumour in a form the status rules do not reach
    ("death was attributed to sepsis", "died in March, fourteen months after resection, of pneumonia")? Then no status is
    scored, and a death of disease told for the row before it was this same death."""
    return any(
        not context(text, m.start(), m.end()) & (NOT_ASSERTED | {"negated"}) and not _relatives_clause(text, m.start(), m.end())
        and not _others_clause(text, m.start())
        for m in _rx("death_of_other_cause").finditer(text)
    )


def _other_cause_death_span(text: str) -> tuple[int, int] | None:
    """The span of the patient's death told in ``text`` with no death of disease read in it ("died of a myocardial
    infarction at 20 months, free of tumour", "died of unrelated causes"): the death word, asserted, of the patient
    (not of relatives, other patients or a counted group); None when the sentence tells no such death, or a death of
    disease."""
    deaths = list(_rx("death_word").finditer(text))
    if not deaths:
        return None  # asked of every sentence: most tell no death, and the status rules need not run for them again
    if any(code == "DOD" for code, _, _ in status_mentions(text)):
        return None
    for m in deaths:
        if context(text, m.start(), m.end()) & (NOT_ASSERTED | {"negated"}) or _relatives_clause(text, m.start(), m.end()):
            continue
        if _others_clause(text, m.start()) or _group_clause(text, m.start()):
            continue
        return m.start(), m.end()
    return None


def death_of_other_cause_told(row: CaseRow) -> bool:
    """Does ``row`` (a prose row) leave its status empty because its patient died of another cause (the status's
    evidence points at that death, no value set)? Then a table's bare "Died" / "Dead" for the same patient gives no
    death of disease when the two are merged."""
    return row.status is None and bool(row.evidence.get("status"))


def _alive_with_tumour_left(text: str) -> list[tuple[int, int]]:
    """Spans of the patient told alive and no more ("She is currently alive, 40 months after diagnosis"): read as
    alive with disease by :func:`apply` only when the last response told before it left the tumour there (PD, SD:
    "the disease progressed and she was switched to lorlatinib"), since nothing says it went away; a partial response
    is a response, not a status, and gives none."""
    return [
        (m.start(), m.end())
        for m in _rx("alive_bare").finditer(text)
        if not context(text, m.start(), m.end()) & (NOT_ASSERTED | {"negated"})
        and not _relatives_clause(text, m.start(), m.end()) and not _group_clause(text, m.start())
    ]


def _others_clause(text: str, start: int) -> bool:
    """Are other patients the subject of the clause before ``start`` ("similar patients died of sepsis"), with no
    patient subject after them?"""
    return _subject_before(_rx("others_noun"), text, start)


def _group_clause(text: str, start: int) -> bool:
    """Is a group of other or counted patients the subject of the clause before ``start`` ("Among reported EIMS
    patients, most died within a year", "Five of the eight patients remained disease-free"), with no patient subject
    after it? Their outcome is no single patient's; "both patients", "the two patients", "all patients" speak for the
    report's own patients together and are not such a group (``others_group``)."""
    return _subject_before(_rx("others_group"), text, start)


def _clause_begin(text: str, start: int) -> int:
    """Where the clause holding offset ``start`` begins: after the last clause break before it, else 0."""
    begin = 0
    for b in _rx("clause_break").finditer(text, 0, start):
        begin = b.end()
    return begin


def _subject_before(noun: re.Pattern[str], text: str, start: int) -> bool:
    """Is a ``noun`` match the subject of the clause before ``start``: one stands between the clause's start and
    ``start`` with no patient subject after it?"""
    found = list(noun.finditer(text, _clause_begin(text, start), start))
    return bool(found) and not _rx("patient_subject").search(text, found[-1].end(), start)


def _planned_clause(text: str, start: int) -> bool:
    """Is a plan told in the clause before ``start`` ("She will be followed with imaging every 3 months for 2 years")?
    A planned schedule is no follow-up that was done."""
    return _rx("follow_up_planned").search(text, _clause_begin(text, start), start) is not None


def _relatives_clause(text: str, start: int, end: int) -> bool:
    """Is a relative the subject of the clause of the mention ``text[start:end]``? A relative noun between the
    clause's start and the mention's end with no patient subject after it ("Both parents have remained well at 3
    years", "The mother died 2 years later"); "His parents report that he remains well" is the patient's."""
    window = text[_clause_begin(text, start):end]
    relatives = list(_rx("relative_noun").finditer(window))
    return bool(relatives) and not _rx("patient_subject").search(window, relatives[-1].end())


def _number(text: str) -> float | None:
    """A duration count in digits or words; "one and a half" counts the half, a bare "half" (of a year) is 0.5,
    and so is a Romance one ("medio año", "demi", "meio ano")."""
    if text.strip().lower() == "half" or text.strip().lower() in ROMANCE_HALVES:
        return 0.5
    head = _rx("and_a_half").sub("", text)
    num = words_to_number(head)
    if num is None and head == text:
        num = ordinal_to_number(head)  # "at the end of the first year"
    return None if num is None else num + (0.5 if head != text else 0.0)


def _unit(unit: str) -> str:
    """A duration unit in English: a Spanish, French or Portuguese one ("meses", "mois", "anos") is named by the
    ``foreign_*`` regexes; others pass unchanged."""
    u = unit.strip()
    for rx_, english in (
        (_rx("foreign_years"), "years"), (_rx("foreign_months"), "months"),
        (_rx("foreign_weeks"), "weeks"), (_rx("foreign_days"), "days"),
    ):
        if rx_.fullmatch(u):
            return english
    return unit


def follow_up_mentions(text: str) -> list[tuple[float, int, int]]:
    return [(val, s, e) for val, s, e, _ in _follow_up_found(text)]


def _follow_up_found(text: str) -> list[tuple[float, int, int, int]]:
    """``(months, start, end, end of the unit)`` of the sentence's follow-up mentions (the unit's end says which
    chained time, if any, the mention is: see :func:`_chain`)."""
    masked = mask(text, _rules()["mask"])
    ranged = _upper_bounds(text)
    if ranged is not text:
        masked = _upper_bounds(masked)
    out: list[tuple[float, int, int, int]] = []
    for r, string in _tried("follow_up", ranged, masked):
        for m in r.regex.finditer(string):
            num = _number(m.group("num"))
            unit = _unit(m.group("unit"))
            if num is None or unit_key(unit) is None:
                continue
            if _inside_ordinal_year(string, m, unit):  # "is now in the fourth year of follow-up": 36 to 48 months, no figure
                continue
            if _context(text, m.start(), m.end()) & NOT_ASSERTED or _relatives_clause(text, m.start(), m.end()):
                continue
            if _group_clause(text, m.start()) or _planned_clause(text, m.start()):
                continue
            out.append((_duration_months(ranged, m, num, unit), m.start(), m.end(), m.end("unit")))
            # "..., 23 months after starting treatment and 42 months after his initial diagnosis": the same time counted
            # from the start of the disease as well
            second = _rx("second_clock_from_start").match(string, m.end())
            if second is not None and (n2 := _number(second.group("num"))) is not None and unit_key(u2 := _unit(second.group("unit"))):
                out.append((_duration_months(ranged, second, n2, u2), m.start(), second.end(), second.end("unit")))
    return sorted(out, key=lambda t: t[1])


def _inside_ordinal_year(text: str, m: re.Match[str], unit: str) -> bool:
    """Is the time at ``m`` a year named by its ordinal as the one the patient is in ("in the fourth year of
    follow-up", "during her 2nd year of surveillance")? It spans twelve months: reading its end would be a guess."""
    num = m.group("num")
    return (
        unit_key(unit) == "y"
        and words_to_number(num) is None
        and ordinal_to_number(num) is not None
        and _rx("inside_ordinal_year_before").search(text, 0, m.start("num")) is not None
    )


def _upper_bounds(text: str) -> str:
    """``text`` with each range of durations cut to its upper bound, offsets kept ("followed for 18 to 24 months" is
    read as 24 months: one patient's range ends at the last contact); a sentence about several patients, a median,
    an interval or an age (``range_of_several``) is returned unchanged, and so is one without a range."""
    lows = list(_rx("range_lower_bound").finditer(text))
    if not lows or _rx("range_of_several").search(text):
        return text
    out, last = [], 0
    for m in lows:
        out += [text[last : m.start()], " " * (m.end() - m.start())]
        last = m.end()
    return "".join(out) + text[last:]


#: how many sentences a chained time may follow the one that set the clock
_CHAIN_REACH = 2


def _chain(text: str, clock: tuple[float, int] | None, index: int) -> tuple[dict[int, float], tuple[float, int] | None]:
    """Chained times of sentence ``index``: ``({end of a 'N later' unit: months from the start}, clock after it)``.

    ``clock`` is (months from the start, index of the sentence that set it) or None. A time counted from the start
    ("10 months after surgery", "at 8 months of follow-up") sets it; "N months later" adds to it when it was set at
    most :data:`_CHAIN_REACH` sentences before; a time counted from anything else ("3 months after starting X")
    loses it, and so does a time "after diagnosis" in the sentence that reports the operation (follow-up counts
    from the operation). So "relapsed 10 months after surgery ... died 2 months later" is 12 months of follow-up.
    "After 10 months, ..." opening a sentence counts like "10 months later"; the sentence reporting the first
    operation with no time in it starts the clock at 0 (when no time has run on it yet) ("She underwent resection. Eight months later it recurred.
    She died 2 months later." is 10). A time counted from a repeat operation ("2 years after the second operation") is
    counted from another point and loses the clock: annotators record the time stated, not a sum ("recurred 18 months
    later ... re-excised ... free of disease 2 years after the second operation" is 24; every read gold that tells one,
    e.g. b18_01, b104_03, b35_10, b4_12, keeps the stated time), and "N later" after it adds to nothing."""
    events: list[tuple[int, str, float, int]] = []  # (start, kind, months, end of unit)
    starts: set[int] = set()
    for rx_ in (_rx("chain_from_start"), _rx("chain_of_follow_up")):
        for m in rx_.finditer(text):
            num = _number(m.group("num"))
            if num is None or unit_key(m.group("unit")) is None:
                continue
            kind = "start"
            if "start" in rx_.groupindex and (m.group("start") or "").lower() in ("diagnosis", "presentation"):
                kind = "lost" if _rx("chain_surgery_done").search(text) else "start"
            events.append((m.start("num"), kind, months(num, m.group("unit")), m.end("unit")))
            starts.add(m.start("num"))
    for m in _rx("chain_from_repeat").finditer(text):  # counted from a repeat operation: not from the clock's start
        num = _number(m.group("num"))
        if m.start("num") in starts or num is None or unit_key(m.group("unit")) is None:
            continue
        events.append((m.start("num"), "lost", months(num, m.group("unit")), m.end("unit")))
        starts.add(m.start("num"))
    for rx_, kind in ((_rx("chain_from_other"), "lost"), (_rx("chain_later"), "later"), (_rx("chain_after_comma"), "later")):
        for m in rx_.finditer(text):
            num = _number(m.group("num"))
            if m.start("num") in starts or num is None or unit_key(m.group("unit")) is None:
                continue
            events.append((m.start("num"), kind, months(num, m.group("unit")), m.end("unit")))
    if (
        not events and (clock is None or clock[0] == 0.0) and _rx("chain_surgery_done").search(text) and _rx("chain_operation_noun").search(text)
        and not _rx("chain_repeat_operation").search(text)
    ):  # the first operation reported with no time: the start
        return {}, (0.0, index)
    chained: dict[int, float] = {}
    for _, kind, value, unit_end in sorted(events):
        if kind == "start":
            clock = (value, index)
        elif kind == "later" and clock is not None and index - clock[1] <= _CHAIN_REACH:
            clock = (clock[0] + value, index)
            chained[unit_end] = clock[0]
        else:
            clock = None
    return chained, clock


#: how far under "almost N" an exact count told elsewhere may fall and still be the follow-up the bound rounds up
_JUST_UNDER_SHARE = 0.2

#: how far before a stable-disease mention its leftover word may stand ("the residual tumour is stable": the mention
#: opens on the noun)
_LEFTOVER_REACH = 12


def _duration_months(text: str, m: re.Match[str], num: float, unit: str) -> float:
    """Months of the matched duration: a rounded one followed by the exact count in brackets ("almost three years (35
    months)") is the bracket's count; else the count with a compound's rest (:func:`_compound_rest`)."""
    exact = _rx("exact_in_brackets_after_unit").match(text, m.end("unit"))
    if exact and (n := _number(exact.group("num"))) is not None and unit_key(exact.group("unit")) is not None:
        return months(n, exact.group("unit"))
    return months(num, unit) + _compound_rest(text, m)


def _compound_rest(text: str, m: re.Match[str]) -> float:
    """Months a compound duration adds to the matched count: "2 years and 3 months" matched as
    "2 years" gains 3; "6 years and 8 months" matched as "8 months" gains 72 (never both ways);
    "a year and a half" gains 6."""
    unit = unit_key(_unit(m.group("unit")))
    if unit in ("y", "m") and _rx("half_after_unit").match(text, m.end("unit")):
        return 6.0 if unit == "y" else 0.5  # "a year and a half": the half written after the unit
    if unit == "y":
        for r in _rules()["more_months"]:
            t = r.regex.match(text, m.end("unit"))
            if t and (n := _number(t.group("num"))) is not None:
                return months(n, t.group("unit"))
    elif unit == "m":
        head = text[max(0, m.start("num") - 40) : m.start("num")]
        for r in _rules()["years_before"]:
            t = r.regex.search(head)
            if t and (n := _number(t.group("num"))) is not None:
                return months(n, t.group("unit"))
    return 0.0


def _organ_group(name: str) -> str | None:
    """ICD-O-3 topography group (``C34``) of an organ word or a row's site; a plural is tried singular."""
    code = site_code(name) or (site_code(name[:-1]) if name.endswith("s") else None)
    return code[:3] if code else None


#: the serous membrane (its ICD-O-3 code) lining a primary organ (ICD-O-3 group): a relapse there is local, not a
#: distant spread (the peritoneum and omentum of abdominal primaries are left out of the ``new_lesion`` organ lists for
#: the same reason)
_LINING: dict[str, str] = {"C34": "C38.4"}


def new_lesion_spread(text: str, primary_code: str | None) -> list[tuple[int, int]]:
    """Spans of new lesions told with a progression ("progressed with new hepatic nodules") in an organ other than
    the primary site (``primary_code``, the row's ICD-O-3 code): a distant spread. New lesions at the primary site
    are its progression, and without a known primary nothing is read."""
    primary = primary_code[:3] if primary_code else None
    if primary is None or not _rx("new_lesion_context").search(text):
        return []
    masked = mask(text, _rules()["mask"])
    out = []
    for r in _rules()["new_lesion"]:
        for m in r.regex.finditer(masked):
            word = " ".join(m.group("organ").lower().split())
            organ = _organ_group(word)
            if primary in _LINING and site_code(word) == _LINING[primary]:
                continue  # "pleural relapse" of a lung tumour: the membrane lining the primary organ, a local relapse
            if organ is None or organ == primary or context(text, m.start(), m.end()) & (NOT_ASSERTED | {"negated"}):
                continue
            out.append((m.start(), m.end()))
    return sorted(out)


def _local_only_beside_spread(text: str, start: int, end: int, primary_code: str | None) -> bool:
    """A finding of no disease at the primary site only ("no local recurrence", regex ``local_only``) in a sentence that
    tells new lesions elsewhere ("CT showed five pulmonary nodules; no local recurrence was seen"): not free of disease."""
    return _rx("local_only").search(text, start, end) is not None and bool(new_lesion_spread(text, primary_code))


def _cavity_deposits_after_operation(sentences: list[Sentence] | list[Sentence | _UnitsWritten], primary_code: str | None) -> list[Evidence]:
    """Evidence of new nodules in the abdominal cavity found at a time point ("CT at 6 months revealed new peritoneal
    nodules", regex ``cavity_deposits_at_time``) after a complete operation told in an earlier sentence, of a primary in
    the abdomen or pelvis (regex ``abdominopelvic_primary_code``): a recurrence. Not read without a known primary or
    operation, after an operation that left tumour or was a biopsy (``operation_left_tumour``), after a drug begun since
    (``new_therapy_begun``: new nodules are then its progression), nor when the sentence calls them metastases."""
    if not primary_code or not _rx("abdominopelvic_primary_code").match(primary_code):
        return []
    out: list[Evidence] = []
    operated = False
    for sent in sentences:
        text = sent.text
        if operated and not any(val for val, _, _ in flag_mentions("metastasis", text)):
            for m in _rx("cavity_deposits_at_time").finditer(text):
                if not context(text, m.start(), m.end()) & (NOT_ASSERTED | {"negated"}):
                    out.append(sent.evidence(m.start(), m.end()))
        if _rx("new_therapy_begun").search(text):
            operated = False
        elif (
            _rx("chain_surgery_done").search(text) and _rx("chain_operation_noun").search(text)
            and not _rx("chain_repeat_operation").search(text) and not _rx("operation_left_tumour").search(text)
        ):
            operated = True
    return out


#: drug classes that treat the tumour: a patient still on one of them is still being treated for it
_TUMOUR_DRUG_CLASSES = frozenset({"ALKi", "Che", "immuno", "targeted", "steroid", "nsaid"})


def _still_on_drug(text: str) -> list[tuple[int, int]]:
    """Spans of the patient told still on a drug that treats the tumour ("She is still on methotrexate", "continues on
    crizotinib"): read as alive with disease by :func:`apply` only after a response told in an earlier sentence that
    left the tumour there (a partial response, stable disease, progression: "the mass shrank to a thin residual rim"),
    the convention for a patient alive in an ongoing partial response. A supportive drug (an antibiotic) or a
    relative's is not the tumour's treatment."""
    return [
        (m.start(), m.end())
        for m in _rx("still_on_drug").finditer(text)
        if (m.group("same") or drug_class(m.group("drug")) in _TUMOUR_DRUG_CLASSES)
        and not context(text, m.start(), m.end()) & (NOT_ASSERTED | {"negated"})
        and not _relatives_clause(text, m.start(), m.end()) and not _group_clause(text, m.start())
    ]


def _flag(kind: str, sentences: list[Sentence]) -> tuple[bool, list[Evidence]] | None:
    true_ev: list[Evidence] = []
    false_ev: list[Evidence] = []
    for sent in sentences:
        for val, s, e in flag_mentions(kind, sent.text):
            (true_ev if val else false_ev).append(sent.evidence(s, e))
    if true_ev:
        return True, true_ev
    if false_ev:
        return False, false_ev
    return None


class _UnitsWritten:
    """A sentence read with its abbreviated units written out ("18 mo" as "18 months", "2 yrs" as "2 years"): the
    outcome rules name the full units only, which keeps their literal prefilter sharp. Evidence is given in the
    original sentence's offsets (``index[i]`` is the original offset of ``text[i]``)."""

    __slots__ = ("text", "_sent", "_index")

    def __init__(self, sent: Sentence, text: str, index: list[int]) -> None:
        self.text, self._sent, self._index = text, sent, index

    def evidence(self, rel_start: int | None = None, rel_end: int | None = None) -> Evidence:
        if rel_start is None and rel_end is None:
            return self._sent.evidence()
        s = 0 if rel_start is None else rel_start
        e = len(self.text) if rel_end is None else rel_end
        return self._sent.evidence(self._index[s], self._index[e - 1] + 1 if e > s else self._index[s])


#: clinical shorthand for the words the outcome rules name ("18 mo from dx", "f/u now 30 mo", "no extrahepatic dz", "pt
#: expired", "mets to lung", "NED @ 2 yr"): written out as these
_SHORTHAND_NOUNS = {"dx": "diagnosis", "f/u": "follow-up", "dz": "disease", "pt": "patient", "mets": "metastases", "@": "at"}


def _units_written(sent: Sentence) -> Sentence | _UnitsWritten:
    """``sent`` itself, or read through :class:`_UnitsWritten` when it has an abbreviated unit after a count (or a
    shorthand word: "dx", "f/u", "dz", "pt", "mets", "@", regex ``abbreviated_noun``), or a time with a decimal comma
    ("2,5 years": read as 2.5, regex ``decimal_comma_duration``; one character for one, offsets unchanged)."""
    read = _fractions_written(sent, _abbreviations_written(sent))
    if "," not in read.text:
        return read
    commas = [m.start("comma") for m in _rx("decimal_comma_duration").finditer(read.text)]
    if not commas:
        return read
    chars = list(read.text)
    for at in commas:
        chars[at] = "."
    if isinstance(read, _UnitsWritten):
        return _UnitsWritten(read._sent, "".join(chars), read._index)
    return _UnitsWritten(sent, "".join(chars), list(range(len(chars) + 1)))


#: the decimal a written fraction after a whole count stands for ("4 1/2 years", "2½ years")
_FRACTION_DECIMALS = {"1/2": ".5", "½": ".5", "1/4": ".25", "¼": ".25", "3/4": ".75", "¾": ".75"}


def _fractions_written(sent: Sentence, read: Sentence | _UnitsWritten) -> Sentence | _UnitsWritten:
    """``read``, or read through :class:`_UnitsWritten` with a whole count and a written fraction of a time unit read as
    a decimal ("4 1/2 years" as "4.5 years", "2½ years" as "2.5 years"; regex ``mixed_fraction_duration``): the
    fraction alone would be read as a count of its own ("2 years" out of "1/2 years")."""
    if "/" not in read.text and not any(f in read.text for f in "½¼¾"):
        return read
    found = list(_rx("mixed_fraction_duration").finditer(read.text))
    if not found:
        return read
    index = read._index if isinstance(read, _UnitsWritten) else list(range(len(read.text) + 1))
    parts: list[str] = []
    new_index: list[int] = []
    last = 0
    for m in found:
        parts.append(read.text[last : m.start("frac")])
        new_index += index[last : m.start("frac")]
        dec = _FRACTION_DECIMALS["".join(m.group("frac").split())]
        parts.append(dec)
        new_index += [index[m.start("frac")]] * len(dec)
        last = m.end("frac")
    parts.append(read.text[last:])
    new_index += index[last:]
    return _UnitsWritten(sent, "".join(parts), new_index)


def _abbreviations_written(sent: Sentence) -> Sentence | _UnitsWritten:
    """``sent`` itself, or read through :class:`_UnitsWritten` with its abbreviated units and shorthand written out."""
    found = list(_rx("abbreviated_unit").finditer(sent.text))
    if "/12" in sent.text or "/52" in sent.text or "/ 12" in sent.text or "/ 52" in sent.text:
        found = sorted([*found, *_rx("fraction_duration").finditer(sent.text)], key=lambda m: m.start())
    low = sent.text.lower()
    if any(w in low for w in _SHORTHAND_NOUNS):
        found = sorted([*found, *_rx("abbreviated_noun").finditer(sent.text)], key=lambda m: m.start())
    if not found:
        return sent
    parts: list[str] = []
    index: list[int] = []
    last = 0
    for m in found:
        g = "u" if m.group("u") is not None else "u2"  # fraction_duration's second form names its group u2
        parts.append(sent.text[last : m.start(g)])
        index += range(last, m.start(g))
        u = m.group(g).lower()
        if u.startswith("/") or u.startswith(" "):  # "14/12" is 14 months, "6/52" 6 weeks
            full = " months" if u.rstrip().endswith("12") else " weeks"
        else:
            full = _SHORTHAND_NOUNS.get(u) or ("months" if u.startswith("m") else "years")
        parts.append(full)
        index += [min(m.start(g) + i, m.end(g) - 1) for i in range(len(full))]
        last = m.end(g)
    parts.append(sent.text[last:])
    index += range(last, len(sent.text))
    index.append(len(sent.text))
    return _UnitsWritten(sent, "".join(parts), index)


#: sections that look back on the course the case section told (a relapse named there came before the last status)
_RECAP_SECTIONS = frozenset({"discussion", "conclusion"})
_RANK = {"PD": 0, "SD": 1, "PR": 2, "CR": 3}  # response categories from worst to best


def _section(x: Sentence | _UnitsWritten | Evidence) -> str | None:
    """The section kind a sentence (or a piece of evidence) was read in."""
    if isinstance(x, _UnitsWritten):
        x = x._sent
    return getattr(x, "section", None)


#: sections whose sentences tell the patient's own course (a date in the abstract, a caption or the discussion starts
#: or ends none: the abstract's dates span the series, the discussion looks back)
_COURSE_SECTIONS = frozenset({"case", "results", None})
_MONTH_GROUPS = tuple(f"m{k:02d}" for k in range(1, 13))


def _month_dates(text: str) -> list[tuple[int, int, int]]:
    """``(months since year 0, start, end)`` of each exact month-year date of ``text`` ("March 2016"; regex
    ``month_year_date``; "03/2017", "15.04.2017", "2017-04": regex ``numeric_month_year_date``), in the order told; a
    year alone is no date here."""
    out: list[tuple[int, int, int]] = []
    for m in _rx("month_year_date").finditer(text):
        month = next(k for k, g in enumerate(_MONTH_GROUPS, 1) if m.group(g))
        out.append((int(m.group("year")) * 12 + month - 1, m.start(), m.end()))
    if "/" in text or "." in text or "-" in text:
        # "in 03/2017", "on 15.04.2017", "2019-11": the month written as a number (regex ``numeric_month_year_date``)
        for m in _rx("numeric_month_year_date").finditer(text):
            year, month = m.group("year") or m.group("year2"), m.group("mon") or m.group("mon2")
            out.append((int(year) * 12 + int(month) - 1, m.start(), m.end()))
        out.sort(key=lambda d: d[1])
    return out


def _dated_course(sentences: list[Sentence] | list[Sentence | _UnitsWritten]) -> tuple[float, Evidence, Evidence] | None:
    """The follow-up of a course told with dates, not durations: ``(months, end evidence, start evidence)``.

    Convention (blind163 on; gold/heldout.md): whole months from the month of the first event of the tumour's course
    (presentation, diagnosis or first operation) to the month of the last contact or death, both exact month-year dates
    ("In March 2016 a 34-year-old woman was referred ...; at her last visit in May 2022 she was free of disease" is 74).
    Strict: only the patient's own course sentences count (``_COURSE_SECTIONS``); the start is the first date told and
    the earliest of all, in a sentence telling such an event (``dated_course_start_event``) and no earlier history
    (``dated_course_history``); the end is the latest date of all, in a sentence telling the last contact, a death or a
    lasting state (``dated_course_last_contact``); a year alone, or a start or end left ambiguous, gives nothing."""
    dated = [
        (value, sent, s, e)
        for sent in sentences if _section(sent) in _COURSE_SECTIONS
        for value, s, e in _month_dates(sent.text)
    ]
    if len(dated) < 2:
        return None
    first, last = dated[0], max(dated, key=lambda d: d[0])
    if min(d[0] for d in dated) < first[0] or last[0] <= first[0]:
        return None  # an earlier date told later (a history, a date of another course): the start is unsure
    start_text, end_text = first[1].text, last[1].text
    if not _rx("dated_course_start_event").search(start_text) or _rx("dated_course_history").search(start_text):
        return None
    if sum(1 for d in dated if d[0] == last[0] and d[1] is not last[1]) or not _rx("dated_course_last_contact").search(end_text):
        return None  # the last month told twice in different sentences, or told of no last contact
    return float(last[0] - first[0]), last[1].evidence(last[2], last[3]), first[1].evidence(first[2], first[3])


def apply_elsewhere_only(sentences: list[Sentence], row: CaseRow) -> None:
    """Clauses telling an event of other patients of a series as theirs only ("only case 2 recurred", "case 2's
    recurrence was the only one", given to cases 1 and 3): a recurrence or metastasis asserted there is absent for
    ``row``, unless ``row`` already tells that event. An event told only as the time or reason of another finding
    ("only the second patient received X after a local recurrence": regex ``event_as_adjunct``) says nothing of it."""
    for kind in ("recurrence", "metastasis"):
        if getattr(row, kind) is not None:
            continue
        for s in sentences:
            told = [(a, b) for val, a, b in flag_mentions(kind, s.text) if val]
            if told and not any(_rx("event_as_adjunct").search(s.text[max(0, a - 60) : a]) for a, _ in told):
                row.set(kind, False, s.evidence(*told[0]))
                break


def _new_line_progression(text: str, s: int, e: int, since: int, before: list[Sentence]) -> bool:
    """A progression at ``s``-``e`` told on a line begun after the last response, ``before`` the sentences up to that
    response's: a new therapy begun earlier in the sentence and the progression told after it as the next event
    ("lorlatinib was begun, but the disease progressed"; regexes ``new_therapy_begun`` from ``since``, the start of the
    response told before it in the sentence, and ``begun_then_progressed_gap``; not the progression it was begun for:
    "was begun when the disease progressed"), or a progression on a kinase inhibitor no sentence up to that response
    names ("a complete response to crizotinib ... She then progressed on lorlatinib"; regex ``progression_on_named_drug``).
    Either way it is that line's response, not the end of the earlier one."""
    begun = _rx("new_therapy_begun").search(text, since, s)
    if begun is not None and _rx("begun_then_progressed_gap").match(text, begun.end(), s):
        return True
    m = _rx("progression_on_named_drug").match(text, s)
    return m is not None and not any(m.group("drug").lower() in b.text.lower() for b in before)


def apply(sentences: list[Sentence], row: CaseRow) -> None:
    """Set the outcome fields from the patient's sentences."""
    sentences = [_units_written(sent) for sent in sentences]  # type: ignore[misc]
    for kind in ("recurrence", "metastasis"):
        got = _flag(kind, sentences)
        if kind == "recurrence" and (got is None or not got[0]):
            deposits = _cavity_deposits_after_operation(sentences, row.site_code)
            got = (True, deposits) if deposits else got
        if kind == "metastasis" and (got is None or not got[0]):
            spread = [sent.evidence(s, e) for sent in sentences for s, e in new_lesion_spread(sent.text, row.site_code)]
            got = (True, spread) if spread else got
        if got is not None:
            row.set(kind, got[0], *got[1])

    last_resp: tuple[str, Evidence] | None = None
    best_resp: tuple[str, Evidence] | None = None
    held_resp: tuple[str, Evidence] | None = None  # a response a progression told as an event has ended: still the row's
    after_best = False  # a progression was told after the stated best response
    best_at = (0, 0)  # the sentence and offset where the stated best response ends
    statuses: list[tuple[str, Evidence]] = []
    other_death: Evidence | None = None  # the last death told of another cause (no status; a table's "Died" must not give one)
    best_fu: tuple[float, Evidence] | None = None
    under_fu: tuple[float, Evidence] | None = None  # the longest follow-up told as "almost N" (a bound from below)
    clock: tuple[float, int] | None = None
    dated_before = False  # the sentence before stated a follow-up length: it dates a bare finding in this one
    exam_before: list[tuple[float, int, int]] = []  # the time of an examination the sentence before dated, and no more
    exam_sent: Sentence | _UnitsWritten | None = None
    cr_holds = False  # the last response was complete and nothing has come back since
    line_since_resp = False  # a new therapy was begun after the last response told (regex ``new_therapy_begun``)
    resp_index = 0  # the sentence of the last response told
    back_since_resp = False  # the tumour came back (recurrence, metastasis) after the last response told
    for index, sent in enumerate(sentences):
        chained, clock = _chain(sent.text, clock, index)
        cues = [m.end() for m in _rx("best_response_cue").finditer(sent.text)]
        resp_before = last_resp  # the response told before this sentence
        came_back = [s for kind in ("recurrence", "metastasis") for val, s, _ in flag_mentions(kind, sent.text) if val]
        if came_back and statuses and _section(sent) in _RECAP_SECTIONS and any(
            _section(ev) == "case" for _, ev in statuses
        ):
            # "repeated relapse after incomplete removal, as in the present case, is well documented": the discussion
            # looks back on the course the case section told, after its last status; nothing came back since
            came_back = []
        code_before, lasted_at = "", 0
        lasted = False  # "a partial response that lasted 9 months; when the disease progressed ...": the progression
        resp_here: list[tuple[str, int]] = []  # the responses this sentence tells, where
        legend = _rx("panel_lettered_legend").search(sent.text) is not None  # images of the course: no assessment
        for code, s, e in [] if legend else response_mentions(sent.text):  # told after it in the sentence ends it, not replaces it
            resp_here.append((code, s))
            if code == "PD" and lasted and not _rx("new_therapy_begun").search(sent.text, lasted_at, s):
                # (stable disease "for only four months, after which X was begun, but ... progressive disease", or a partial
                # response "for 10 months before progression; Y was then started, but the disease progressed": the new line's)
                continue
            # "a complete response at 6 months; the marked regression persisted": a partial one told after a complete
            # one, with nothing come back between, retells the way there and does not replace it
            if code == "PR" and cr_holds and not any(p < s for p in came_back):
                continue
            # "the nodule shrank by 48% ..., and a small residual lesion remained stable": the tumour left by a partial or
            # complete response told staying as it is keeps that response (stable disease named as a category is a new
            # one); the mention's own leftover word ("the residual tumour is stable") may stand just before it; not once
            # the tumour came back since that response, nor once a new line was begun since it (the stable disease is then
            # the new line's assessment: "partial response on X; switched to Y; remains on Y with stable residual disease")
            if (
                code == "SD" and last_resp is not None and last_resp[0] in ("CR", "PR") and not back_since_resp
                and not line_since_resp
                and not any(p < s for p in came_back)
                and _rx("response_kept_stable").search(sent.text, max(0, s - _LEFTOVER_REACH), e)
            ):
                continue
            # "... whereas our patient progressed on two regimens", told after the response to the drug that followed them:
            # the failed lines looked back on, not a new assessment
            if code == "PD" and last_resp is not None and last_resp[0] in ("CR", "PR") and _rx("failed_lines_retold").match(sent.text, s):
                continue
            # "a partial response at 3 months; the disease progressed at 9 months on X": a progression told as an event ends
            # the response before it and leaves it the row's (the best response before progression); one that names the
            # category ("restaging showed progressive disease"), or any later response, is a new assessment and replaces it;
            # stable disease is held the same way ("stable disease on X for 8 months, followed by progression": SD, the
            # best before progression, as the read golds record it)
            if code == "PD" and not _rx("progression_category_named").search(sent.text, s, e):
                if line_since_resp or (last_resp is not None and _new_line_progression(
                    sent.text, s, e, resp_here[-2][1] if len(resp_here) > 1 else 0, sentences[: resp_index + 1]
                )):
                    # the new line's progression: no earlier line's response is held over it
                    held_resp = None
                elif last_resp is not None and last_resp[0] in ("CR", "PR", "SD"):
                    held_resp = last_resp
            else:
                held_resp = None
            last_resp, resp_index = (code, sent.evidence(s, e)), index
            cr_holds, back_since_resp, line_since_resp = code == "CR", False, False
            if best_resp is None and any(c <= s for c in cues):
                best_resp, best_at = last_resp, (index, e)
            elif best_resp is not None and _RANK[code] > _RANK[best_resp[0]] and (
                after_best or _rx("progression_told").search(sent.text, best_at[1] if best_at[0] == index else 0, s)
            ):
                # "the best response to chemotherapy was stable disease; it then progressed, and X gave a partial response":
                # a better response on the line after the progression is the row's (the inhibitor that worked)
                best_resp, best_at, after_best = last_resp, (index, e), False
            # ... as does stable disease told with its length ("stable disease for only 4 months, after which it progressed")
            lasted = code in ("CR", "PR", "SD") and bool(_rx("response_duration_after").match(sent.text, e))
            code_before, lasted_at = code, e
        if last_resp is not None and _rx("new_therapy_begun").search(sent.text, max((p for _, p in resp_here), default=0)):
            # "a partial response lasting seven months; in March progression occurred, and lorlatinib was begun": a new line
            # begun after the last response makes that response an earlier line's; a progression told after it is the new
            # line's and holds no earlier response (the row's response is the last therapy's last assessment); a response
            # already held stays when the new line is told with no assessment ("stable disease; it progressed and she was
            # switched to X")
            line_since_resp = True
        if best_resp is not None and not after_best:
            after_best = bool(_rx("progression_told").search(sent.text, best_at[1] if best_at[0] == index else 0))
        back_since_resp = back_since_resp or bool(came_back)
        if came_back:
            # it came back after the dated finding, or after a state free of disease told before it by a time counted from
            # it ("She was free of disease after the operation. Two years later her disease relapsed."): that state is no
            # longer the last one (a recurrence retold in a timeline or a discussion, with no such time, leaves it)
            told_later = any(
                t.start() < min(came_back) for rx_ in (_rx("chain_later"), _rx("chain_after_comma")) for t in rx_.finditer(sent.text)
            )
            statuses = [(c, ev) for c, ev in statuses if c != "dated-ANED" and not (told_later and c == "ANED")]
            cr_holds = False
        # "CT showed six new lung nodules; the thigh was free of local recurrence": freedom at the primary site only, beside
        # new lesions elsewhere, is no state free of disease (nor a time of one), whether told as a status or a finding
        found = [
            (code, s, e) for code, s, e in status_mentions(sent.text)
            if not (code.endswith("ANED") and _local_only_beside_spread(sent.text, s, e, row.site_code))
        ]
        # "Her last MRI was done in May 2023, 28 months after resection. It showed no recurrence.": the finding is the
        # dated examination's, told in the next sentence by a word that points back at it
        exam_told = bool(exam_before) and _rx("finding_of_examination_before").match(sent.text) is not None
        found += [
            ("dated-ANED", s, e)
            for s, e in no_disease_mentions(sent.text, anchored=dated_before or exam_told)
            if not _local_only_beside_spread(sent.text, s, e, row.site_code)
        ]
        # "he remains on X with a stable lung nodule and no local recurrence": alive with the tumour elsewhere, the finding
        # limited to the primary site is no freedom from disease
        if any(code == "AWD" for code, _, _ in found):
            found = [f for f in found if not (f[0].endswith("ANED") and _rx("local_only").search(sent.text, f[1], f[2]))]
        # "disease-free for 6 years until a recurrence appeared": free of disease before it came back, not the last status
        # ... but not the relapse a time is counted from ("in remission 30 months after the relapse")
        later = [p for p in came_back if not _rx("time_counted_from_event").search(sent.text[max(0, p - 60) : p])]
        found = [f for f in found if not (f[0].endswith("ANED") and any(p > f[2] for p in later))]
        if _patient_died(sent.text):  # a death of any cause: no state told before it or beside it is the last one
            statuses = [(c, ev) for c, ev in statuses if c == "DOD"]
            found = [f for f in found if f[0] == "DOD"]
        if _died_of_other_cause(sent.text):  # "death was attributed to sepsis": the death told before was of another cause
            statuses, found = [], []
        if _patient_lost(sent.text):  # "Surveillance at six months showed no recurrence. He then moved away and was lost."
            statuses = [(c, ev) for c, ev in statuses if c == "DOD"]
        if (span := _other_cause_death_span(sent.text)) is not None and not any(code == "DOD" for code, _, _ in found):
            other_death = sent.evidence(*span)
        elif any(code == "DOD" for code, _, _ in found):
            other_death = None
        # "he achieved a partial response (PR) and is in good condition as of this writing": well after a response that
        # left the tumour there, in the same sentence and with no operation between, is alive with it (regex
        # ``wellbeing_after_response``), not free of it
        found = [
            ("AWD", s, e) if code.endswith("ANED") and _rx("wellbeing_after_response").match(sent.text, s) and any(
                c in ("PR", "SD") and p < s and not _rx("chain_operation_noun").search(sent.text, p, s) for c, p in resp_here
            ) else (code, s, e)
            for code, s, e in found
        ]
        if not found and last_resp is not None and last_resp[0] in ("PD", "SD"):
            found = [("AWD", s, e) for s, e in _alive_with_tumour_left(sent.text)][:1]
        if not found and last_resp is not None and last_resp[0] in ("CR", "PR", "SD"):
            # "RECIST partial response of -55% at 11 months. The response is ongoing.": the response told before it holds,
            # so the tumour is there (a partial response, stable disease) or gone (a complete one)
            found = [
                ("ANED" if last_resp[0] == "CR" else "AWD", m.start(), m.end())
                for m in _rx("response_ongoing").finditer(sent.text)
                if not context(sent.text, m.start(), m.end()) & (NOT_ASSERTED | {"negated"})
            ][:1]
        if not found and (still := _still_on_drug(sent.text)[:1]) and (
            (resp_before is not None and resp_before[0] in ("PR", "SD", "PD"))
            # "the remnant shrank by half (PR), with the child still taking crizotinib": the response told before it
            or any(c in ("PR", "SD", "PD") and s < still[0][0] for c, s in resp_here)
            # a note's status line: "still on weekly MTX; MRI: residual tissue, unchanged -> SD" (the response told last
            # in the sentence, after it, is stable or progressing disease: the tumour is there)
            or (resp_here and max(resp_here, key=lambda r: r[1])[0] in ("SD", "PD"))
        ):
            found = [("AWD", *still[0])]
        statuses += [(code, sent.evidence(s, e)) for code, s, e in sorted(found, key=lambda t: t[1])]
        found_fu = _follow_up_found(sent.text)
        fus = [(chained.get(unit_end, val), s, e) for val, s, e, unit_end in found_fu]
        # "almost a year after presentation": a bound the exact count told elsewhere ("11 months after presentation") may fill
        under = {(s, e) for _, s, e, unit_end in found_fu if _rx("count_just_under").search(sent.text, s, unit_end)}
        if not fus and any(code.endswith("ANED") or code == "AWD" for code, _, _ in found):  # a state at a time the sentence dates
            first = min(s for code, s, _ in found if code.endswith("ANED") or code == "AWD")
            fus = _dated_finding_time(sent.text, dated=any(code == "dated-ANED" for code, _, _ in found), finding=first)
            if not any(code.endswith("ANED") for code, _, _ in found):  # a state with disease: dated before it, in its clause
                closing = _rx("closing_time_aside").search(sent.text, first)  # "..., 15 months after the bleed."
                fus = [
                    f for f in fus
                    if (f[2] <= first and not _rx("state_clause_joined").search(sent.text, f[2], first))
                    or (closing is not None and closing.start("num") == f[1])
                    # "the mass remained stable at 2 years": the time inside the state's own phrase dates it
                    or any(code == "AWD" and s0 <= f[1] and f[2] <= e0 for code, s0, e0 in found)
                ]
        if not fus and exam_told and exam_sent is not None and any(code.endswith("ANED") for code, _, _ in found):
            val, s, e = exam_before[0]
            if best_fu is None or val > best_fu[0]:
                best_fu = (val, exam_sent.evidence(s, e))
        if index + 1 < len(sentences) and _rx("progression_opening").match(sentences[index + 1].text):
            # "Progression-free survival was 11 months. The disease then progressed": a survival free of progression
            # that the next sentence ends is no follow-up (it ended before the last contact)
            fus = [f for f in fus if not _rx("free_survival_label").match(sent.text, f[1])]
        for val, s, e in fus:
            if (s, e) in under:
                if under_fu is None or val > under_fu[0]:
                    under_fu = (val, sent.evidence(s, e))
            elif best_fu is None or val > best_fu[0]:
                best_fu = (val, sent.evidence(s, e))
        dated_before = bool(fus)
        exam_before, exam_sent = [], None
        if not fus and not found and _rx("examination_noun").search(sent.text):
            exam_before, exam_sent = _dated_finding_time(sent.text, dated=False), sent
    if best_resp is None and last_resp is None:
        # "two cycles of chemotherapy, after which the tumour size was unchanged": a course's own course, when the
        # patient's sentences tell no other response (the last one told)
        told = [(code, sent.evidence(s, e)) for sent in sentences for code, s, e in response_mentions(sent.text, "course_response")]
        last_resp = told[-1] if told else None
    if (best_resp is not None or last_resp is not None) and not _untreated(sentences, row):
        # a response is a treatment's: a patient told to have had no treatment and read with none ("declined treatment
        # and is alive with stable disease") has a course of the disease, not a response (its state is the status)
        code, ev = best_resp or held_resp or last_resp  # type: ignore[misc]
        row.set("response", code, ev)
    if statuses:
        dod = [ev for code, ev in statuses if code == "DOD"]
        if dod:
            row.set("status", "DOD", *dod)
        else:
            code = statuses[-1][0].removeprefix("dated-")
            row.set("status", code, statuses[-1][1])
    if not statuses and other_death is not None:
        # the status stays empty, grounded in the death told of another cause: a series table's bare "Died" for this
        # patient gives no death of disease when merged (``merge.merge_rows``, :func:`death_of_other_cause_told`)
        row.evidence["status"] = [other_death]
    if under_fu is not None and (best_fu is None or best_fu[0] < (1 - _JUST_UNDER_SHARE) * under_fu[0]):
        best_fu = under_fu  # no exact count just under the bound: the bound, as told
    if best_fu is None and (course := _dated_course(sentences)) is not None:
        # no duration told: a course told with dates gives its whole months (the end's evidence first, the start's kept)
        row.set("follow_up_months", course[0], course[1], course[2])
    elif best_fu is not None:
        row.set("follow_up_months", best_fu[0], best_fu[1])


# -- literature-table cells ----------------------------------------------------
# A summary table's follow-up cell ("12 mo (DOD)"); literature_table finds the column, this reads it,
# so follow-up months has one home (with patterns/outcome.jsonl for the narrative).


def parse_follow_up(text: str | None) -> tuple[float | None, str | None]:
    """``"12 mo (DOD)"`` → (12.0, "DOD"); ``"NA"`` → (None, None)."""
    if is_na(text):
        return None, None
    t = fold(text or "")
    m = _rx("follow_up_cell").match(t)
    if not m:
        st = _rx("status_code").search(t)
        return None, parse_status(st.group(1)) if st else None
    return months(float(m.group(1)), m.group(2)), parse_status(m.group(3)) if m.group(3) else None


def parse_outcome(text: str, legend: dict[str, str] | None = None) -> tuple[float | None, str | None]:
    """Follow-up months and status from ``"12 mo (DOD)"``, ``"DOD at 12 months"``, ``"alive, 8 mo"``."""
    if is_na(text):
        return None, None
    fu, status = parse_follow_up(text)
    t = squash(fold(text))
    if fu is None:
        # "LR at 4 mo; PR on crizotinib; AWD, 18 mo", "... re-resection; NED 2 y 6 mo": the time the cell's last status
        # is told at is the follow-up, whatever times of events come before it
        fu = _status_time(t, legend or {})
    if fu is None:
        # "pleural mets 9 mo; alive, 30 mo": the 30 (the 9 is when the metastases came); a cell's only time is its
        # follow-up ("Local recurrence at 7 mo")
        times = list(rx("number_unit").finditer(t))
        m = next((m for m in times if not _rx("cell_event_before_time").search(t[: m.start()])), times[0] if times else None)
        fu = _whole_time(t, m) if m else None
    if status is None:
        table = codes("status", legend or {})
        words = re.findall(r"[A-Za-z]+", t)
        best = None
        for i in range(len(words)):  # longest phrase wins: "alive with no evidence of disease" over "disease"
            for j in range(len(words), i, -1):
                c = table.get(key(" ".join(words[i:j])))
                if c and (best is None or j - i > best[0]):
                    best = (j - i, c)
                    break
        status = best[1] if best else None
        if status is None:
            # "†8 mo" under "†, died of disease": a symbol the table's legend spells out as a status
            status = next((s for sym, s in _symbol_statuses(legend or {}) if sym in t), None)
        if status is None and _rx("cell_residual_disease").match(t):
            status = "AWD"  # "Stable residual disease, 26 mo": the patient lives with the disease left in place
        if status == "ANED" and _rx("cell_death").search(t):
            status = None  # "No recurrence; died of pneumonia at 12 mo": no recurrence, but not alive
        if status == "DOD" and _patient_died(t) and not any(code == "DOD" for code, _, _ in status_mentions(t)):
            # "Died (cardiac), 7 months", "Died 6 mo (cardiac), NED": a death the status rules read as of another cause
            # (free of tumour or not, the patient is not alive: no scored status)
            status = None
        elif status == "DOD" and _rx("cell_death_of_other_cause").search(t) and not _rx("status_code").search(t):
            status = None  # "Dead (MI)", "Dead - stroke", "Dead, NED": a death of another cause, no status
    return fu, status


def _symbol_statuses(legend: dict[str, str]) -> list[tuple[str, str]]:
    """The table legend's symbols (no letter or digit: "†", "‡") whose meaning reads as a status ("†, died of disease",
    "†, deceased"), each with that status."""
    out = []
    for sym, meaning in legend.items():
        if sym.strip() and not any(ch.isalnum() for ch in sym) and not rx("legend_bare_sign").fullmatch(sym.strip()):
            status = parse_outcome(meaning)[1]
            if status is not None:
                out.append((sym.strip(), status))
    return out


def _status_time(t: str, legend: dict[str, str]) -> float | None:
    """The time a status code or word is told at in an outcome cell ("AWD, 18 mo", "NED 2 y 6 mo": a years-and-months
    time counted whole), the last such in the cell; None when no time follows a status."""
    table = codes("status", legend)
    found = None
    for m in rx("number_unit").finditer(t):
        before = _rx("cell_word_before_time").search(t, 0, m.start())
        if before is None or table.get(key(before.group("word"))) is None:
            continue
        found = _whole_time(t, m)
    return found


def _whole_time(t: str, m: re.Match[str]) -> float:
    """The months of a time ``m`` (number, unit) found in an outcome cell, a years-and-months time counted whole
    ("2 y 6 mo", "6y 8m": 30 and 80)."""
    value = months(float(m.group(1)), m.group(2))
    more = _rx("cell_more_months").match(t, m.end()) if unit_key(m.group(2)) == "y" else None
    return value + float(more.group("n")) if more else value


def _part_responses(text: str, legend: dict[str, str]) -> set[str]:
    """The responses an outcome cell's parts open with, the parts cut at ';' ("LR at 4 mo; PR on crizotinib; AWD, 18 mo",
    "CR; NED on therapy (20)")."""
    out = set()
    for part in fold(text).split(";"):
        m = _rx("cell_part_response").match(part.strip())
        if m is not None:
            out.add(m.group("code").upper())
    return out


def parse_response(text: str, legend: dict[str, str] | None = None) -> str | None:
    """An outcome cell that is a treatment response: "PR", or a legend code whose expansion the
    narrative response rules read ("PR, partial response")."""
    t = fold(text).strip().rstrip(".")
    if t.upper() in ("CR", "PR", "SD", "PD"):
        return t.upper()
    exp = legend_expansion(t, legend or {})
    found = response_mentions(t if exp is None else exp)
    return found[0][0] if len(found) == 1 else None


def parse_flag(text: str) -> bool | None:
    """A yes/no cell; a bracketed detail after the sign ("Yes (liver)", "+ (lung, bone)") does not hide it."""
    sign = parse_sign(text)
    if sign is None and BRACKETED.search(text):
        sign = parse_sign(BRACKETED.sub("", text))
    if sign is None and ("," in text or ";" in text):  # "yes, peritoneal, 9 months later": the answer, then details
        sign = parse_sign(rules.value_pattern("answer_then_details").split(text, maxsplit=1)[0])
    return sign


def _read_flag(c: CellContext) -> None:
    if rx("bare_long_dash").fullmatch(c.cell.text.strip()):
        # "—" under "Recurrence": no answer (not applicable, not known), unless the table's legend says the dash is a no
        meaning = legend_expansion(c.cell.text.strip(), c.legend)
        c.put(c.column, parse_flag(meaning) if meaning else None, c.cell)
        return
    flag = parse_flag(c.cell.text)
    if flag is None:  # "Pelvis (9)" under "Recurrence (mo)", "lungs" under "Metastasis": where the disease came back
        flag = _names_metastatic_sites(c.cell.text)
    if flag is None:  # "Local recurrence, 6 mo" under "Recurrence": the event the cell names, as the narrative rules read it
        flag = _cell_tells(c.column, c.cell.text)
    if flag is None:  # "Local, 14 mo" under "Recurrence", "Liver, 6 mo" under "Metastasis": where it came, and when
        flag = _place_and_time(c.column, c.cell.text)
    c.put(c.column, flag, c.cell)


def _place_and_time(kind: str, text: str) -> bool | None:
    """A recurrence or metastasis cell that tells where the event came and maybe when: the tumour's own place under
    "Recurrence" ("Local, 14 mo", "Tumour bed, 2 y"), an organ under "Metastasis" ("Liver, 6 mo"): True. None for
    anything else, an organ under "Recurrence" too ("Lung, 10 mo": a recurrence there, or a metastasis to it)."""
    t = fold(text).strip()
    m = _rx("event_part_place_time").fullmatch(t) or _rx("event_part_place_time").fullmatch(squash(BRACKETED.sub(" ", t)))
    if m is None:  # (a bracketed aside dropped: "Local (14 mo)", "Liver (month 9)")
        return None
    place = m.group("place").strip()
    if _rx("event_local_word").fullmatch(place):
        return True if kind == "recurrence" else None
    return True if kind == "metastasis" and lookup("sites", place) is not None else None


def _cell_tells(kind: str, text: str) -> bool | None:
    """True when a cell names the event ``kind`` (recurrence / metastasis) asserted ("Local recurrence, 6 mo", "liver
    metastases"), by the narrative mention rules; False when every mention is denied ("no distant metastases"); None
    when it names it nowhere, or both ways."""
    values = {v for v, _, _ in flag_mentions(kind, fold(text))}
    return values.pop() if len(values) == 1 else None


def _read_both(c: CellContext) -> None:
    """A column for both events ("Recurrence/metastasis"): a plain no ("None", "No") is no to both; a bare dash or sign
    answers neither (not applicable, unknown); a cell naming an event sets that one ("Local recurrence, 6 mo; liver
    metastases": both; "Lung metastases, 3 mo": metastasis only, the recurrence left unsaid); a pair of signs with a plus
    or a true minus sign ("−/−", "+/−", value pattern ``sign_pair_cell`` on the raw text) answers each event in the header's
    order; a bare yes or a list of sites, as before, is the recurrence."""
    text = c.cell.text
    if not any(ch.isalpha() for ch in squash(BRACKETED.sub(" ", fold(text)))):
        if rx("sign_pair_cell").fullmatch(text):
            _read_pair(c)  # "−/−": no to both ("– / –", an en dash pair, stays no answer: it may mean not available)
        return
    if _read_pair(c):
        return
    flag = parse_flag(text)
    if flag is False:
        c.put("recurrence", False, c.cell)
        c.put("metastasis", False, c.cell)
        return
    rec, met = _cell_tells("recurrence", text), _cell_tells("metastasis", text)
    if flag is None and rec is None and met is None and _local_and_elsewhere(text):
        # "Local + lung", "locoregional, liver": the tumour came back in its own place and in an organ elsewhere
        c.put("recurrence", True, c.cell)
        c.put("metastasis", True, c.cell)
        return
    if flag is None and rec is None and met is None:
        flag = _names_metastatic_sites(text)
    if rec is None and met is None:
        c.put("recurrence", flag, c.cell)
        return
    c.put("recurrence", rec, c.cell)
    c.put("metastasis", met, c.cell)


def _local_and_elsewhere(text: str) -> bool:
    """A "Recurrence/metastasis" cell listing the tumour's own place and organs elsewhere ("Local + lung", "Locoregional,
    liver and bone"): a recurrence and a metastasis. False for a list of organs only or the local word alone."""
    bare = BRACKETED.sub(" ", fold(text)).strip()
    parts = [p.strip() for p in rules.value_pattern("listed_sites").split(bare) if p.strip()]
    local = [p for p in parts if _rx("event_local_word").fullmatch(p)]
    others = [p for p in parts if not _rx("event_local_word").fullmatch(p)]
    return bool(local) and bool(others) and all(lookup("sites", p) is not None for p in others)


def _read_pair(c: CellContext) -> bool:
    """A cell answering both events in the header's order, cut as the header is ("Yes / No" under "Recurrence /
    metastasis", "NA / Yes (pleura)"): each part its own event, a not-available part neither. False (nothing read)
    for any other cell."""
    names = [p.strip().lower() for p in rx("marker_pair_cut").split(fold(c.header))]
    if len(names) != 2:
        return False
    # a slash inside brackets cuts nothing ("Yes (liver/lung)")
    flags = paired_values(BRACKETED.sub(lambda m: m.group(0).replace("/", " "), c.cell.text.strip()), _event_part)
    if flags is None:
        return False  # a part that is no plain answer ("Local recurrence / 6 mo"): read whole, as before
    order = ["metastasis", "recurrence"] if names[0].startswith("metast") else ["recurrence", "metastasis"]
    for event, flag in zip(order, flags):
        c.put(event, flag, c.cell)
    return True


def _event_part(part: str) -> bool | None:
    """One part of a cell answering "Recurrence / metastasis" part by part: a plain answer ("None", "Yes (liver)"), or
    where the event came and maybe when ("Local, 5 mo", "Peritoneal, 3 mo", "liver"): True. None for anything else (a
    part that says more than a place and a time is read whole)."""
    flag = parse_flag(part)
    if flag is not None:
        return flag
    m = _rx("event_part_place_time").fullmatch(fold(part).strip())
    if m is None:
        return None
    place = m.group("place").strip()
    return True if _rx("event_local_word").fullmatch(place) or lookup("sites", place) is not None else None


def told_later(sentence: str) -> bool:
    """Does ``sentence`` open a note added after the article was written ("Note added in proof: ...", "Addendum: ..."),
    or date its follow-up after the summary table ("at the last visit before submission", "Table 1 gives his follow-up
    as 15 months; ...")? Its follow-up is later than the one the summary table prints."""
    return _rx("note_added_later").match(sentence) is not None or _rx("follow_up_dated_after_table").search(sentence) is not None


def _names_metastatic_sites(text: str) -> bool | None:
    """A recurrence or metastasis cell that names where the disease came back ("lungs (month 4)", "liver and bone",
    "Pelvis (9)"): True; None for anything else (a word that is no organ, a not-available code)."""
    bare = BRACKETED.sub(" ", fold(text)).strip()
    parts = [p.strip() for p in rules.value_pattern("listed_sites").split(bare) if p.strip()]
    return True if parts and all(lookup("sites", p) is not None for p in parts) else None


def _read_outcome(c: CellContext) -> None:
    text = c.cell.text
    fu, status = parse_outcome(text, c.legend)
    if status is not None and c.cell.note and _died_of_other_cause(c.cell.note):
        status = None  # "Died a" over "a Died of a stroke, free of tumour.": the note says the death was of another cause
    bare, unit = bare_number(text), c.unit
    if fu is None and bare is not None and unit:
        fu = months(bare, unit)
    if fu is None and unit and (
        status is not None or len(BRACKETED.sub(" ", text).split()) <= 1 or _part_responses(text, c.legend)
    ):
        # "DOD (7)", "PR; stable residual (19)" under "Outcome (FU, mo)": the one number is the follow-up; not beside
        # words that state no outcome ("omentectomy (5)": a wrapped row's cell cut wrongly)
        nums = rx("lone_number").findall(fold(text))
        fu = months(float(nums[0]), unit) if len(nums) == 1 else None
    if c.row.follow_up_months is None or (c.column == "follow_up" and fu is not None):
        c.put("follow_up_months", fu, c.cell)  # a follow-up column's own number over one an outcome cell gave
    if status is None and c.more and c.row.status is None:
        # "Vital status | Disease status": "Dead" beside "With disease" is one course, read together
        status = parse_outcome(", ".join([text, *(m.text for m in c.more)]), c.legend)[1]
    elif status == "DOD" and c.more and parse_outcome(", ".join([text, *(m.text for m in c.more)]), c.legend)[1] is None:
        status = None  # "Dead" beside "No evidence of disease": died free of the tumour, a death of another cause
    if status is None and (on := _rx("cell_response_on_drug").match(fold(text))) is not None:
        if drug_class(on.group("drug")) in _TUMOUR_DRUG_CLASSES and not _rx("cell_death").search(fold(text)):
            status = "AWD"  # "PR on crizotinib, 6 mo": alive, still in a partial response on the drug
    if c.row.status is None:
        c.put("status", status, c.cell)
    if status is None and c.row.response is None:
        c.put("response", parse_response(text, c.legend), c.cell)
    elif status is not None and c.row.response is None:
        # "AWD (PR)": the status, then the response to treatment in brackets after it
        said = {r for m in BRACKETED.finditer(text) if (r := parse_response(m.group(0).strip(" ()"), c.legend)) is not None}
        c.put("response", said.pop() if len(said) == 1 else None, c.cell)
    if c.row.response is None and len(found := _part_responses(text, c.legend)) == 1:
        c.put("response", found.pop(), c.cell)  # a course told part by part: the one response among its parts
    for event in ("recurrence", "metastasis"):
        # "No recurrence, 12 months", "Liver metastases at 8 mo; DOD": the event the course names, unless a column of
        # its own told it
        if getattr(c.row, event) is None:
            c.put(event, _cell_tells(event, text), c.cell)


def _read_remarks(c: CellContext) -> None:
    """A free-text "Remarks" / "Comments" column ("Recurred at 9 mo", "Lung metastasis at 2 y"): the recurrence or
    metastasis it names, as the narrative rules read it, when no other column told it; nothing else (its notes on the
    diagnosis, the margins or the family are no outcome)."""
    for event in ("recurrence", "metastasis"):
        if getattr(c.row, event) is None:
            c.put(event, _cell_tells(event, c.cell.text), c.cell)


def _read_outcome_note(c: CellContext) -> None:
    """The note an outcome cell's mark points to, for a patient the cell says was lost ("Lost c" over "c after 5
    months"): the one time the note tells is the follow-up; a note under any other outcome cell gives nothing here."""
    said = fold(c.marked.text) if c.marked is not None else ""
    lost = rx("lost_cell").fullmatch(said) or rx("lost_to_follow_up").search(said)
    if lost is None or c.row.follow_up_months is not None:
        return
    fu, status = parse_outcome(c.cell.text, c.legend)
    if status is None:
        c.put("follow_up_months", fu, c.cell)


def _read_nodes(c: CellContext) -> None:
    """A column of the resected lymph nodes, involved over examined ("LN": "0/6"): none involved is nodes free of tumour
    at the resection, no metastasis, unless another column told it; a count of involved nodes is left unread."""
    if c.row.metastasis is None and _rx("cell_nodes_free").match(fold(c.cell.text).strip()):
        c.put("metastasis", False, c.cell)


def _read_response(c: CellContext) -> None:
    """A "Best response" column: the response its cell names (CR, PR ...), nothing else."""
    if c.row.response is None:
        c.put("response", parse_response(c.cell.text, c.legend), c.cell)


register_columns(
    TableColumn("response", ("response",), _read_response),
    TableColumn("recurrence", ("recurrence",), _read_flag),
    TableColumn("metastasis", ("metastasis",), _read_flag),
    TableColumn("recurrence_metastasis", ("recurrence", "metastasis"), _read_both),
    TableColumn("follow_up", ("follow_up_months", "status", "response", "recurrence", "metastasis"), _read_outcome, _read_outcome_note),
    TableColumn("outcome", ("follow_up_months", "status", "response", "recurrence", "metastasis"), _read_outcome, _read_outcome_note),
    TableColumn("remarks", ("recurrence", "metastasis"), _read_remarks),
    TableColumn("nodes", ("metastasis",), _read_nodes),
)


# -- field registry -------------------------------------------------------------
def _valid_status(text: str, unknown: Callable[[str], None]) -> str:
    st = parse_status(text)
    if st is None:
        raise CurationError(f"status: expected one of {', '.join(STATUSES)}, got {text!r}")
    return st


def _valid_response(text: str, unknown: Callable[[str], None]) -> str:
    if text.upper() not in RESPONSES:
        raise CurationError(f"response: expected one of {', '.join(RESPONSES)}, got {text!r}")
    return text.upper()


register(
    FieldSpec("recurrence", "bool", bool_compare, "table"),
    FieldSpec("metastasis", "bool", bool_compare, "table"),
    FieldSpec("follow_up_months", "float", float_compare, "table", tolerance=0.5, value_range=(0.0, 1200.0)),
    FieldSpec("status", "scalar", parsed_or_key(parse_status), "table", validate=_valid_status),
    FieldSpec(
        "response", "scalar", lambda v: None if v is None else (str(v).strip().upper() or None), "narrative",
        validate=_valid_response,
    ),
)  # fmt: skip
