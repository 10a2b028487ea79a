"""Treatment codes (``treatment``: SE, Che, RT, ALKi, ST) and ``drugs``.

Only therapy given to this patient counts. A mention is dropped when it is
negated ("refused surgery"), hypothetical ("may benefit from", "was
recommended"), historical, or someone else's (citations, "et al.", cohorts).
Word mentions of chemotherapy, radiotherapy or ALK inhibitors also need a
"given" word in the sentence (received, cycles, initiated...), so general
statements such as "EIMS responds poorly to chemotherapy" add nothing.
Biopsy is masked before surgery is matched.

Drugs are vocabulary names (``vocab/drugs.jsonl``) and regimens expanded by
``vocab/regimens.jsonl``; each drug class maps to a code (immunotherapy and
non-ALK targeted agents are recorded under Che, the table's code for systemic
therapy), except that a PDGFR/ABL, RET/ROS1 or FGFR kinase inhibitor (imatinib, cabozantinib...)
given to a patient whose tumour carries a non-ALK kinase fusion is ALKi (gold convention: any fusion-targeted
kinase inhibitor is ALKi). Ablation (radiofrequency, laser, cryo-, microwave) destroys the tumour without
excising it and is no SE (SE is surgical excision). Classes without a code (steroids, NSAIDs) count only outside
adverse-event/supportive wording; drugs outside the vocabulary (antihistamines,
antipyretics, G-CSF, iron) are never read. ST is kept only when no other
anti-tumour treatment was found, or when a sentence says supportive care
replaced it (``st_only`` rules: "best supportive care only"; a transfer to palliative care after therapy is not).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from ..errors import ConfigError, CurationError
from ..ingest.model import Cell
from ..prefilter import alternation, may_match_indices
from ..normalize import (
    BRACKETED,
    canonical_drug,
    drug_class,
    fold,
    fusion_targeted,
    is_na,
    key,
    regimen_drugs,
    treatment_code,
    treatment_join,
    treatment_split,
    vocabulary,
)
from .. import rules
from ..records import TREATMENT_ORDER, CaseRow, Evidence
from ..rules import TreatmentRule
from .assertion import NOT_ASSERTED, clause, context, mask
from .base import Sentence
from .cells import codes, legend_expansion, rx, squash
from .registry import NAME_SHAPE, CellContext, FieldSpec, TableColumn, list_compare, register, register_columns


def _rx(name: str) -> re.Pattern[str]:
    """Named regex ``name`` of ``patterns/treatment.jsonl`` (what this family recognises; rules.py loads it)."""
    return rules.regex("patterns/treatment", name)


KINDS = ("code", "mask", "given", "supportive", "regimen_context", "class", "st_only")


@cache
def _rules() -> dict[str, list[TreatmentRule]]:
    out: dict[str, list[TreatmentRule]] = {k: [] for k in KINDS}
    for r in rules.load("patterns/treatment", kinds=KINDS):
        if r.kind == "code" and r.code not in TREATMENT_ORDER:
            raise ConfigError(f"{r.where} ({r.id}): code must be one of {TREATMENT_ORDER}")
        if r.kind == "class" and (not isinstance(r.drug_class, str) or r.code not in (*TREATMENT_ORDER, None)):
            raise ConfigError(f"{r.where} ({r.id}): class needs 'class' and a code or null")
        out[r.kind].append(r)
    return out


@cache
def _kind_regexes(kind: str) -> tuple[re.Pattern[str], ...]:
    """The regexes of one kind's rules as one fixed tuple (the literal index is keyed by it)."""
    return tuple(r.regex for r in _rules()[kind])


def _any(kind: str, text: str, lo: int = 0, hi: int | None = None) -> bool:
    hi = len(text) if hi is None else hi
    regexes = _kind_regexes(kind)
    # only the rules whose literals the text holds (one pass): a literal within text[lo:hi] is one of the text's
    return any(regexes[i].search(text, lo, hi) for i in may_match_indices(regexes, text))


def _class_code(cls: str | None) -> tuple[bool, str | None]:
    """(known class, treatment code) of a drug class."""
    for r in _rules()["class"]:
        if cls is not None and r.drug_class == cls:
            return True, r.code
    return False, None


def _names_regex(names: list[str], flags: int) -> re.Pattern[str] | None:
    if not names:
        return None
    alts = [
        r"[\s\-]{0,2}".join(re.escape(p) for p in re.split(r"[\s\-]+", fold(n)))
        for n in sorted(set(names), key=len, reverse=True)
    ]
    return alternation(r"(?<![A-Za-z0-9])", alts, r"(?![A-Za-z0-9])", flags)


@cache
def _drug_regexes() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """(drug names, long regimen names, short regimen acronyms matched case-sensitively)."""
    drugs = [n for c in vocabulary("drugs") for n in c.names]
    regs = [n for c in vocabulary("regimens") for n in c.names]
    short = [n for n in regs if _rx("short_name").fullmatch(n)]
    long = [n for n in regs if n not in short]
    return _names_regex(drugs, re.I), _names_regex(long, re.I), _names_regex(short, 0)


@lru_cache(maxsize=4096)  # bounded: keyed by sentence (or its masked form, the same text when nothing is masked)
def _drug_names_found(text: str) -> tuple[re.Match[str], ...]:
    """Every drug name of ``text`` (the vocabulary's alternation, in order): the drug reader and the supportive-care
    reader scan the same sentence for them."""
    drug_rx = _drug_regexes()[0]
    return tuple(drug_rx.finditer(text)) if drug_rx else ()


# "on crizotinib, the mass shrank", "under oral alectinib": the patient was taking the drug named next


#: the categories whose reach ends at a coordinated clause with a subject of its own (``_own_clause``); a citation or
#: another patient ("other") stays the whole sentence's
CLAUSE_BOUND: frozenset[str] = frozenset({"negated", "hypothetical", "family"})


def _own_clause(text: str, s: int, e: int) -> tuple[int, int]:
    """Bounds of the told clause around ``text[s:e]`` between the "and"s that open a clause with a subject and verb of
    their own ("X was given and chemotherapy was not used": X's clause ends at the "and"). An "and" counts only when
    the clause before it has a finite verb (not a bare list: "X and Y were not given") and is no condition ("If it
    recurs and X is needed")."""
    lo, hi = 0, len(text)
    for m in _rx("own_subject_and").finditer(text):
        start = clause(text, m.start("m"))[0]
        head = text[start : m.start("m")]
        if not _rx("finite_verb").search(head) or _rx("condition_opening").match(head):
            continue
        if m.end("m") <= s:
            lo = max(lo, m.end("m"))
        elif m.start("m") >= e:
            hi = min(hi, m.start("m"))
    return lo, hi


def _asserted(text: str, s: int, e: int) -> bool:
    cats = context(text, s, e)
    if "hypothetical" in cats and (found := [m for m in _rx("finding_suggested").finditer(text) if m.end(1) <= s]):
        # "the biopsy suggested a spindle cell lesion, and a lobectomy was done": a finding verb, not advice
        for m in found:
            text = text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1) :]
        cats = context(text, s, e)
    if "other" in cats and (m := _rx("series_all_subject").match(text)) and m.end(1) <= s:
        # "All underwent resection.": a series sentence about its own patients together, not a cohort of others
        cats = context(text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1) :], s, e)
    if "negated" in cats and (held := [m for m in _rx("set_aside_after").finditer(text, e)]):
        # "after the hemicolectomy, complications were avoided", "X was withheld for a week and then resumed": still given
        if _rx("pause_ended").search(text) or all(any(p in text[e : m.start()] for p in ",;") for m in held):
            for m in held:
                text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
            cats = context(text, s, e)
    if "hypothetical" in cats and (
        _rx("offer_accepted").search(text)
        or _rx("recommendation_taken").search(text)
        or _rx("advice_then_response").search(text)
    ):
        # "was offered X and accepted", "X was recommended, and he took it", "X was suggested, but she failed to respond to
        # it": X was given
        cats = cats - {"hypothetical"}
    if "hypothetical" in cats and (m := _rx("patient_benefited").search(text, 0, s)):  # "she benefited from X": told as past
        cats = context(text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :], s, e)
    if "negated" in cats and (m := _rx("refusal_then_choice").search(text, 0, s)):
        # "refused chemotherapy and opted for X": the refusal ends at the choice named before X
        cats = context(" " * m.end() + text[m.end() :], s, e)
    if cats & {"negated", "hypothetical"} and (cuts := list(_rx("so_break").finditer(text, 0, s))):
        # "X was not affordable, so she received Y", "the family could not afford X, so he received Y": the negation or
        # the modal ends at the consequence clause
        cats = context(" " * cuts[-1].end() + text[cuts[-1].end() :], s, e)
    if "hypothetical" in cats and (cut := _rx("coordinated_clause_break").search(text, e)):
        # "The mass was excised, and X will be started later": the future belongs to the next clause
        head = text[: cut.start()]
        if _rx("past_clause").search(head) and not (context(head, s, e) & (NOT_ASSERTED | {"negated"})):
            cats = context(head, s, e)
    if _offered_not_chosen(text, s):
        return False
    held = _rx("condition_after").search(text, e, clause(text, s)[1])
    if held and not _rx("condition_gap_break").search(text, e, held.start()):  # "start X if the tumour recurs": held for later
        return False
    if cats & CLAUSE_BOUND and (own := _own_clause(text, s, e)) != (0, len(text)):
        # "X was given and chemotherapy was not used": a negation, hedge or relative of the other clause does not reach X
        lo, hi = own
        cats = cats - (CLAUSE_BOUND - context(" " * lo + text[lo:hi] + " " * (len(text) - hi), s, e))
    return not (cats & NOT_ASSERTED) and "negated" not in cats


def _offered_not_chosen(text: str, s: int) -> bool:
    """Is the therapy at ``s`` one of the options offered before another was chosen ("Re-excision was offered, as was
    X, but the parents chose Y": re-excision and X; "X was discussed, but Y was chosen": X)? From the clause the offer
    stands in (its subject, when it has no verb of its own, even across a list's commas) up to the "but"."""
    for m in _rx("offer_then_other_choice").finditer(text):
        offer, but = (m.start("offer"), m.start("but")) if m.group("offer") else (m.start("offer2"), m.start("but2"))
        lo = max(text.rfind(c, 0, offer) for c in ",;") + 1
        head = text.rfind(";", 0, offer) + 1
        if not _rx("finite_verb").search(_rx("auxiliary_end").sub("", text[head:offer])):
            lo = head  # "Chemotherapy with X, Y and Z was discussed, but ...": the offer's subject spans the list's commas
        if lo <= s < but:
            return True
    return False


def drug_mentions(text: str, headed: bool = False) -> list[tuple[str, str | None, int, int]]:
    """``(drug, code, start, end)`` for drugs given in ``text`` (regimens expanded). ``headed``: the sentence stands
    under a heading of the patient's therapy ("Treatment: surgery + crizotinib."), which says it was given."""
    return list(_drug_mentions(text, headed))


@lru_cache(maxsize=4096)  # bounded: keyed by sentence; the drug and code readers both ask
def _drug_mentions(text: str, headed: bool = False) -> tuple[tuple[str, str | None, int, int], ...]:
    drug_rx, long_rx, short_rx = _drug_regexes()
    masked = mask(text, _rules()["mask"])  # e.g. drugs named as examples of a class
    found: list[tuple[int, int, list[str]]] = []
    if long_rx:
        # a regimen spelled out as its drugs ("doxorubicin and ifosfamide") that opens inside a longer drug name ("liposomal
        # doxorubicin and ifosfamide"): that name is the drug given, and the rest of the list is read drug by drug
        names = [m.span() for m in _drug_names_found(masked)]
        found += [
            (m.start(), m.end(), regimen_drugs(m.group(0)) or [])
            for m in long_rx.finditer(masked)
            if not any(a < m.start() < b for a, b in names)
        ]
    if short_rx and _any("regimen_context", text):
        found += [(m.start(), m.end(), regimen_drugs(m.group(0)) or []) for m in short_rx.finditer(masked)]
    if drug_rx:
        for m in _drug_names_found(masked):
            if any(s <= m.start() < e for s, e, _ in found):
                continue
            name = canonical_drug(m.group(0))
            if name:
                found.append((m.start(), m.end(), [name]))
    for m in _rx("drug_like_word").finditer(masked):  # "Ceretinib", "crizotanib": a kinase inhibitor misspelt
        if not any(s <= m.start() < e for s, e, _ in found) and (name := misspelt_drug(m.group(0))):
            found.append((m.start(), m.end(), [name]))
    out: list[tuple[str, str | None, int, int]] = []
    unstarted = _unstarted(text)
    subject_last = _list_subject_last(text, found)
    on_end = -1  # where the last drug named right after "on"/"under" ends ("progressed on X and Y": Y was taken too)
    for s, e, names in sorted(found):
        if _rx("on_drug").search(text, 0, s) or (on_end >= 0 and _rx("drug_list_glue").fullmatch(text, on_end, s)):
            on_end = e
        later = _later_cycle(text, s, e)
        if not later and any(s < ue and us < e for us, ue in unstarted):
            continue
        if (last := subject_last.get((s, e))) and not _asserted(text, *last):
            continue  # "X, Y and Z were discussed": X and Y are discussed with Z
        told, intolerant = text, False
        for m in _rx("not_tolerated").finditer(text, 0, s):  # "could not tolerate X": X was being taken, told as past
            told = told[: m.start()] + " " * (m.end() - m.start()) + told[m.end() :]
            intolerant = intolerant or m.end() == s
        given = intolerant or headed or _any("given", text) or "self" in context(text, s, e) or on_end == e
        # "X was suggested, but she failed to respond to it": the response told after X is X's, so X was taken
        given = given or any(m.end() > e for m in _rx("advice_then_response").finditer(text))
        if not (_asserted(told, s, e) and given) and not later and not _presupposed_therapy(text, s, e):
            continue
        lo, hi = clause(text, s)
        if (tail := _rx("serial_comma_list_tail").match(text, hi)) and not _rx("finite_verb").search(text, lo, hi):
            hi = clause(text, tail.end() - 1)[1]  # "X, Y, and Z were given for the rash": one list, one verb, one purpose
        if _rx("relative_clause_before").search(text[:lo]):  # "hepatitis, which was treated with X": the antecedent clause
            lo = clause(text, max(0, lo - 6))[0]
        if (why := _rx("reason_opening").match(text)) and why.end() <= lo:  # "Because of fever, she received X": the reason is X's
            lo = 0
        if _rx("other_disease_therapy_clause").search(text, lo, hi) and not _rx("this_tumour_word").search(text, lo, hi):
            continue  # "a boy with leukaemia received X", "GVHD prophylaxis was Y": another disease's therapy
        slo, shi = _item_bounds(text, s, e, lo, hi)
        for name in names:
            known, code = _class_code(drug_class(name))
            for_lesion = drug_class(name) == "antibiotic" and bool(_rx("purpose_this_tumour").search(text, lo, hi))
            if code is None and (not known or (_supportive(text, slo, shi) and not for_lesion)):
                continue
            if code is None and not for_lesion and _around_operation(text, name, slo, shi):
                continue  # "X was given for five days", "X before extubation": cover for the operation, not the tumour's drug
            if (
                drug_class(name) == "antibiotic"
                and (slo, shi) != (0, len(text))
                and _supportive(text, 0, len(text))
                and not for_lesion  # "... taken for an abscess, so X was started for the lesion"
            ):
                # "fevers and a cough for weeks; two courses of amoxicillin changed nothing": an antibiotic in a sentence
                # of symptoms treats them (a presumed infection), whichever clause names them
                continue
            out.append((name, code, s, e))
    if out and (other := _other_primary_spans(text)):  # "X was given as adjuvant therapy for the high-risk GIST"
        out = [t for t in out if not any(a <= t[2] < b for a, b in other)]
    if out and (told_other := _other_primary_drugs(text)):
        out = [t for t in out if t[0] not in told_other]
    return tuple(out)


def _other_disease_clause(text: str, s: int) -> bool:
    """The clause of ``text`` around ``s`` tells another disease's therapy (regex ``other_disease_therapy_clause``: "a
    girl with leukaemia was in maintenance chemotherapy", "a colorectal cancer was found and treated with chemotherapy")
    and names no word of this tumour (regex ``this_tumour_word``): the same test the drug reader makes."""
    lo, hi = clause(text, s)
    if _rx("relative_clause_before").search(text[:lo]):
        lo = clause(text, max(0, lo - 6))[0]
    return bool(_rx("other_disease_therapy_clause").search(text, lo, hi)) and not _rx("this_tumour_word").search(text, lo, hi)


@lru_cache(maxsize=1024)  # bounded: keyed by sentence; the code and drug readers both ask
def _other_primary_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Clauses whose therapy is for another neoplasm (regex ``therapy_for_other_primary``): their drugs and non-surgical
    codes are that neoplasm's; an operation in one is kept (this tumour may lie in its specimen). Only a sentence that
    names another neoplasm (regex ``other_primary_named``) is searched."""
    if not _rx("other_primary_named").search(text):
        return ()
    return tuple(m.span() for m in _rx("therapy_for_other_primary").finditer(text))


def _other_primary_drugs(text: str) -> set[str]:
    """Drugs the sentence names inside another neoplasm's therapy (regex ``other_primary_therapy``: "adjuvant CAPOX
    because of the carcinoma's nodal stage"): named again later in it ("oxaliplatin was stopped after four cycles"),
    each is still that course."""
    drug_rx, long_rx, _ = _drug_regexes()
    names: set[str] = set()
    if not _rx("other_primary_named").search(text):
        return names
    for m in _rx("other_primary_therapy").finditer(text):
        part = m.group(0)
        for r in (long_rx, drug_rx):
            for d in r.finditer(part) if r else ():
                names.update(regimen_drugs(d.group(0)) or ([n] if (n := canonical_drug(d.group(0))) else []))
    return names


def _list_subject_last(text: str, found: list[tuple[int, int, list[str]]]) -> dict[tuple[int, int], tuple[int, int]]:
    """Each earlier drug of a list that is the subject of a plural verb ("vincristine, dactinomycin and
    cyclophosphamide were discussed"), or the content of a therapy noun that is ("chemotherapy with vincristine,
    dactinomycin and cyclophosphamide was discussed"), mapped to the list's last drug, whose verb (and its hedge) is
    theirs too."""
    spans = sorted({(s, e) for s, e, _ in found})
    out: dict[tuple[int, int], tuple[int, int]] = {}
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and _rx("drug_list_glue").fullmatch(text[spans[j][1] : spans[j + 1][0]]):
            j += 1
        if j > i and (
            _rx("list_plural_verb").match(text, spans[j][1])
            or (_rx("list_singular_verb").match(text, spans[j][1]) and _rx("list_therapy_noun_head").search(text, 0, spans[i][0]))
        ):
            out.update({sp: spans[j] for sp in spans[i:j]})
        i = j + 1
    return out


#: how many words may stand between a proposed therapy and its "was never started"
_PROPOSAL_GAP_WORDS = 24


@lru_cache(maxsize=4096)
def _unstarted(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of therapies that never began: "was offered X and accepted, but died before starting
    it" names X before the death and only points back to it; the therapy mention (drug, regimen or
    treatment word) named last before each such clause is the one never started."""
    matches = list(_rx("never_started_back").finditer(text))
    if matches and not _rx("pending_therapy").search(text, 0, matches[-1].start()):
        matches = []
    bare = list(_rx("not_started_after").finditer(text))
    avoided = list(_rx("not_given_after").finditer(text))
    none_of = _rx("none_of_these_given").search(text)
    if not matches and not bare and not avoided and none_of is None:
        return ()
    masked = mask(text, _rules()["mask"])
    spans = [(m.start(), m.end()) for r in _rules()["code"] for m in r.regex.finditer(masked)]
    named = {(m.start(), m.end()) for rx_ in _drug_regexes() if rx_ is not None for m in rx_.finditer(masked)}
    spans += sorted(named)
    out: list[tuple[int, int]] = []

    def named_last(before: list[tuple[int, int]], upto: int) -> list[tuple[int, int]]:
        # the last mention with the ones glued to it by brackets or a regimen hyphen ("lorlatinib (Lorbrena)", "X-Y chemotherapy"),
        # and drugs listed with it ("cisplatin and etoposide were prepared, but she died before the first dose")
        chain = [max(before)]
        for sp in sorted(before, reverse=True):
            gap = text[sp[1] : chain[-1][0]]
            if sp[1] <= chain[-1][0] and (
                _rx("bracket_gap").fullmatch(gap)
                or _rx("regimen_glue").fullmatch(gap)
                or (
                    sp in named
                    and chain[-1] in named
                    and _rx("drug_list_glue").fullmatch(gap)
                    and _rx("plural_copula").search(text, chain[0][1], upto) is not None
                )
            ):
                chain.append(sp)
        return chain

    for m in matches:
        before = [sp for sp in spans if sp[1] <= m.start()]
        if before:
            out += named_last(before, m.start())
    for m in bare:  # "X was prescribed but never started": X, named a few words before, with no other therapy word between
        before = [sp for sp in spans if sp[1] <= m.start()]
        if before:
            last = max(before)
            gap = text[last[1] : m.start()]
            # a longer gap that proposes the therapy ("X had been put forward by the board in case ..., and was never
            # started") still speaks of it: the not-started verb is the proposal's own coordinated predicate
            near = len(gap.split()) <= 8 or (len(gap.split()) <= _PROPOSAL_GAP_WORDS and _rx("pending_therapy").search(gap))
            # "... X had been prescribed by the referring team ..., but the revision came first and it was never taken": a
            # pronoun subject points back to the therapy the sentence proposed, past the proposal gap
            near = near or bool(
                len(gap.split()) <= 2 * _PROPOSAL_GAP_WORDS and _rx("pending_therapy").search(gap)
                and _rx("pronoun_subject_end").search(gap)
            )
            if near and not _rx("other_therapy_noun").search(_rx("anaphor_subject_end").sub("", gap)):
                out += named_last(before, m.start())
    if none_of is not None:  # "X, Y and Z have been used in such tumours; none of these was started": none of them
        out += [sp for sp in spans if sp[1] <= none_of.start()]
    for m in avoided:  # "X, as used for Y, was avoided": X, right before, was not given
        before = [sp for sp in spans if sp[1] <= m.start()]
        if not before:
            continue
        gap = text[max(before)[1] : m.start()]
        # "... the option of X, which was not used.": the relative clause ending there says X was not given
        relative = _rx("not_given_relative_gap").fullmatch(gap) and _rx("clause_ends_here").match(text, m.end())
        if _rx("not_given_gap").fullmatch(gap) or relative:
            out += named_last(before, m.end())  # its own "were" makes a list before it the subject
    return tuple(out)


def _supportive(text: str, lo: int, hi: int) -> bool:
    """Care for symptoms or side effects around ``text[lo:hi]``: supportive words in that span, unless the
    sentence tells the tumour shrinking with no symptom named as the drug's purpose ("after prednisolone the
    fever settled and the mass regressed" is treatment of the tumour; "ibuprofen for pain" stays supportive)."""
    told = [(m.start(), m.end()) for m in _rx("relief_as_outcome").finditer(text, lo, hi)]
    words = [
        m.group(0)
        for r in _rules()["supportive"]
        for m in r.regex.finditer(text, lo, hi)
        if not any(a <= m.start() < b for a, b in told)  # "... with transient relief": the course's result
    ]
    if not words:
        return False
    if not all(_rx("tumour_symptom_word").fullmatch(w) for w in words):  # premedication, infection, side effects
        return True
    return bool(_rx("symptom_purpose").search(text)) or not _rx("tumour_response").search(text)


def _around_operation(text: str, name: str, lo: int, hi: int) -> bool:
    """A drug without a code given as cover for an operation: timed by an event of the anaesthetic ("before extubation"),
    or an antibiotic given for a few days or hours in its clause or named with an operation in its sentence; a sentence
    telling the tumour shrinking keeps it the tumour's drug."""
    if _rx("tumour_response").search(text):
        return False
    if _rx("airway_event_timing").search(text):
        return True
    return drug_class(name) == "antibiotic" and bool(
        _rx("antibiotic_short_course").search(text, lo, hi) or _rx("antibiotic_operation_context").search(text)
    )


def _item_bounds(text: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    """The part of clause ``lo:hi`` that speaks of the drug at ``s:e``: for a drug inside brackets,
    from the opening bracket to the next semicolon or closing bracket. A bracketed treatment
    list ("(30 mg prednisone daily, ...; antibiotics, transfusions)") is apart from the
    infection or the supportive care named around it; a drug outside brackets keeps its clause."""
    opening = text.rfind("(", lo, s)
    if opening == -1 or text.find(")", opening, s) != -1:
        return lo, hi
    if _rx("class_word_before_bracket").search(text, lo, opening):  # "an antibiotic (X) for an abscess": X glosses the class word
        return lo, hi
    ends = [i for i in (text.find(";", e, hi), text.find(")", e, hi)) if i != -1]
    return opening, min(ends) if ends else hi


@cache
def _long_drug_names() -> dict[str, str]:
    return {n.lower(): c.canonical for c in vocabulary("drugs") for n in c.names if len(n) >= 8 and n.isalpha()}


@lru_cache(maxsize=4096)
def misspelt_drug(word: str) -> str | None:
    """The vocabulary drug a word is one letter away from ("Ceretinib" → ceritinib), when exactly one is:
    real reports misspell the long generic names; a word that is itself in the vocabulary is not asked."""
    w = word.lower()
    hits = {canon for name, canon in _long_drug_names().items() if abs(len(name) - len(w)) <= 1 and _one_edit(w, name)}
    return hits.pop() if len(hits) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one substituted, inserted or deleted letter."""
    if a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i:] == b[i + 1 :]


def _named_drug_code(text: str, pos: int) -> str | None:
    """Code of a drug named right before ``pos`` ("crizotinib chemotherapy"), else None."""
    drug_rx = _drug_regexes()[0]
    if drug_rx is None:
        return None
    last = None
    for m in drug_rx.finditer(text, max(0, pos - 60), pos):
        last = m
    if last is None or text[last.end() : pos].strip(" -"):
        return None
    name = canonical_drug(last.group(0))
    return _class_code(drug_class(name))[1] if name else None


def _presupposed(text: str, s: int, e: int) -> bool:
    """An operation presupposed by an adjunct ("no adjuvant therapy was given after the complete resection", "as the tumour
    was completely resected, X was not started"): it took place whatever the rest of the clause negates or hedges; a cue of
    the literature, a relative or the history still keeps it out."""
    found = [m for m in _rx("presupposed_surgery").finditer(text) if m.start() <= s and e <= m.end()]
    if not found:
        return False
    cats = context(text, s, e)
    if cats & {"family", "other", "historical"}:
        return False
    # a bare "after surgery" in a hedged clause may be general advice ("X may be considered after surgery")
    return "hypothetical" not in cats or any(m.group("det") for m in found)


def _later_cycle(text: str, s: int, e: int) -> bool:
    """"The second cycle of X was not given", "the last course of X was omitted": a later cycle of X not given, so X had
    begun (a hedge, the literature or a relative still keeps it out)."""
    if not _rx("later_cycle_before").search(text, max(0, s - 60), s):
        return False
    cats = context(text, s, e)
    omitted = "negated" in cats or any(s < ue and us < e for us, ue in _unstarted(text))
    return omitted and not (cats & NOT_ASSERTED)  # only what blocked it: a cycle not given or omitted


def _presupposed_therapy(text: str, s: int, e: int) -> bool:
    """A therapy presupposed by a temporal adjunct of a negated event ("no recurrence since completing radiotherapy", "the
    tumour did not progress on lorlatinib", "no relapse since crizotinib was stopped"): it was given. Only in a negated,
    unhedged clause about this patient (a general "relapse may follow stopping X" stays out)."""
    if not _rx("therapy_adjunct_anchor").search(text):
        return False
    cont = _rx("therapy_not_continued_after").match(text, e) or _rx("therapy_not_completed_before").search(text, 0, s)
    if cont:  # "X could not be continued", "did not complete the planned six cycles of X": begun, so given
        told = text[: cont.start()] + " " * (cont.end() - cont.start()) + text[cont.end() :]
        return not (context(told, s, e) & (NOT_ASSERTED | {"negated"}))
    if _rx("therapy_ruled_out_after").match(text, e):
        return False
    before = _rx("therapy_adjunct_before").search(text, 0, s)
    after = before is None and _rx("therapy_clause_before").search(text, 0, s) and _rx("therapy_clause_after").match(text, e)
    if before is None and not after:
        return False
    cats = context(text, s, e)
    return "negated" in cats and not (cats & NOT_ASSERTED)


def code_mentions(text: str, headed: bool = False) -> list[tuple[str, int, int]]:
    """``(code, start, end)`` for treatments given in ``text`` (drugs included).

    A therapy word right after a named drug is that drug's therapy: "crizotinib
    chemotherapy" is an ALK inhibitor loosely called chemotherapy, not Che.
    """
    return list(_code_mentions(text, headed))


@lru_cache(maxsize=4096)  # bounded: keyed by sentence
def _code_mentions(text: str, headed: bool = False) -> tuple[tuple[str, int, int], ...]:
    masked = mask(text, _rules()["mask"])
    given = headed or _any("given", text)
    out: list[tuple[str, int, int]] = []
    code_rules = _rules()["code"]
    anchored: bool | None = None  # a therapy presupposed by an adjunct (therapy_adjunct_anchor), asked once if at all
    # the rules (in order) whose literals the masked sentence holds, found in one pass
    for i in may_match_indices(_kind_regexes("code"), masked):
        r = code_rules[i]
        if r.needs_given and not given:
            if anchored is None:
                anchored = _rx("therapy_adjunct_anchor").search(text) is not None
            if not anchored:
                continue
        for m in r.regex.finditer(masked):
            later = r.code != "SE" and _later_cycle(text, m.start(), m.end())
            if not later and any(m.start() < ue and us < m.end() for us, ue in _unstarted(text)):
                continue
            named = _named_drug_code(masked, m.start())
            if named is not None and named != r.code:
                continue
            if r.code != "SE" and _other_disease_clause(text, m.start()):
                continue  # "a girl with leukaemia was in maintenance chemotherapy": the leukaemia's therapy
            if (
                ((given or not r.needs_given) and _asserted(text, m.start(), m.end()))
                or (r.code == "SE" and _presupposed(text, m.start(), m.end()))
                or later
                or (r.code != "SE" and _presupposed_therapy(text, m.start(), m.end()))
            ):
                out.append((r.code, m.start(), m.end()))
    if out and (other := _other_primary_spans(text)):  # "For the stage IB carcinoma she received brachytherapy"
        out = [t for t in out if t[0] == "SE" or not any(a <= t[1] < b for a, b in other)]
    drugs = [(code, s, e) for _, code, s, e in drug_mentions(text, headed) if code]
    if given and not drugs and any(_asserted(text, f.start(), f.end()) for f in _rx("fusion_kinase_positive").finditer(text)):
        for m in _rx("bare_tki").finditer(masked):  # "for the ALK-rearranged mass she received a TKI": an ALK inhibitor
            if not any(s <= m.start() < e for _, s, e in out) and _asserted(text, m.start(), m.end()):
                out.append(("ALKi", m.start(), m.end()))
    out += drugs
    return tuple(sorted(out, key=lambda t: t[1]))


def apply(sentences: list[Sentence], row: CaseRow) -> None:
    """Set ``treatment`` and ``drugs`` from the patient's sentences."""
    codes: dict[str, Evidence] = {}
    drugs: dict[str, Evidence] = {}
    st_only = False
    previous = ""
    previous_sent: Sentence | None = None
    added: list[tuple[int, dict[str, Evidence], str]] = []  # what the previous sentence added, by position
    se_words: list[str] = []  # the words of every SE mention
    fusion = any(_fusion_named(sent.text) for sent in sentences)
    # drugs the patient's sentences name as given for another disease ("methotrexate for arthritis was restarted")
    other_disease = {name for sent in sentences for name in _other_disease_drugs(sent.text)}
    set_aside: set[str] = set()  # code-less drugs a sentence named as supportive care ("dexamethasone and levetiracetam")
    for sent in sentences:
        if _treats_earlier_cancer(previous, sent.text):
            previous, previous_sent = sent.text, sent
            added = []
            continue
        previous_text, previous = previous, sent.text
        if previous_sent is not None and _takes_up_advice(previous_text, sent.text):
            # "Crizotinib was recommended. She started it in May.": the advised therapy was given
            codes_up, drugs_up = _advised_mentions(previous_text)
            for code, s, e in codes_up:
                codes.setdefault(code, previous_sent.evidence(s, e))
            for name, s, e in drugs_up:
                drugs.setdefault(name, previous_sent.evidence(s, e))
        previous_sent = sent
        if added and _rx("pending_therapy").search(previous_text) and _points_back_to_previous(sent.text):  # "... offered X and accepted. She died before starting it."
            pos = max(p for p, _, _ in added)
            for p, store, name in added:
                if p == pos:
                    store.pop(name, None)
        if added and _none_of_previous(sent.text):  # "X and Y have been tried in IMT. None of these was given here."
            for _, store, name in added:
                store.pop(name, None)
        added = []
        headed = _under_therapy_heading(sent)
        retarget = fusion and {(s, e) for name, _, s, e in drug_mentions(sent.text, headed) if fusion_targeted(name)}
        cut = _courses_of_other_primary(previous_text, sent.text)
        held = other_disease and _rx("medication_paused_or_resumed").search(sent.text) and not _rx("this_tumour_word").search(sent.text)
        paused = {(s, e) for name, _, s, e in drug_mentions(sent.text, headed) if held and name in other_disease}
        for code, s, e in code_mentions(sent.text, headed):
            if s < cut or (s, e) in paused:
                continue
            if code == "SE":
                se_words.append(sent.text[s:e])
            if retarget and (s, e) in retarget:
                code = "ALKi"  # imatinib for a PDGFRB-fused tumour: the fusion's kinase inhibitor (gold convention)
            if code not in codes:
                added.append((s, codes, code))
            codes.setdefault(code, sent.evidence(s, e))
            st_only = st_only or (code == "ST" and _any("st_only", sent.text))
        given_here = drug_mentions(sent.text, headed)
        ended_only = bool(set_aside) and _rx("course_ended").search(sent.text) and not _rx("tumour_response").search(sent.text)
        set_aside |= _supportive_names(sent.text, {name for name, _, _, _ in given_here})
        for name, _, s, e in given_here:
            if s < cut or (s, e) in paused:
                continue  # "Methotrexate was withheld for two weeks around surgery": the arthritis drug paused, not this tumour's
            if ended_only and name in set_aside:
                continue  # "Dexamethasone was tapered off within 3 weeks": the end of the supportive course told before
            if name not in drugs:
                added.append((s, drugs, name))
            drugs.setdefault(name, sent.evidence(s, e))
    if len(codes) > 1 and not st_only:
        codes.pop("ST", None)  # supportive care alongside anti-tumour therapy is not "ST only"
    if (
        se_words
        and all(_rx("postoperative_word").fullmatch(w) for w in se_words)
        and any(_rx("exploratory_operation_only").search(sent.text) for sent in sentences)
    ):
        # "exploratory laparotomy with biopsy ... postoperative chemotherapy": the operation the adjective presupposes
        # was the exploration, no excision
        codes.pop("SE", None)
    joined = treatment_join(codes)
    if joined:
        row.set("treatment", joined, *(codes[c] for c in TREATMENT_ORDER if c in codes))
    if drugs:
        row.set("drugs", list(drugs), *drugs.values())


def _supportive_names(text: str, given: set[str]) -> set[str]:
    """Drugs without a treatment code (steroids, NSAIDs) that ``text`` names but did not read as given because their
    clause is supportive care: a later sentence that only tells their course ending is that care's, not the tumour's."""
    names = {canonical_drug(m.group(0)) for m in _drug_names_found(text)}
    names = {n for n in names if n and n not in given and _class_code(drug_class(n)) == (True, None)}
    # the supportive-care test last: most sentences name no such drug, and it runs every supportive rule
    return names if names and _supportive(text, 0, len(text)) else set()


def _under_therapy_heading(sent: Sentence) -> bool:
    """Does the sentence stand under a heading of the patient's own therapy ("Treatment", "Therapeutic intervention",
    "Interventions") in the case or its abstract? Its words tell what was given ("Treatment: surgery + crizotinib.")
    with no verb of giving; a hedge, negation or the literature in the sentence still keeps a therapy out."""
    return bool(
        sent.heading
        and sent.section in ("case", "abstract")
        and _rx("therapy_heading").fullmatch(sent.heading.strip())
    )


#: the masks of a drug named with another disease it is given for (``patterns/treatment.jsonl``)
_OTHER_DISEASE_MASKS = frozenset({"mask-drug-for-another-disease", "mask-drug-given-for-another-disease"})


def _other_disease_drugs(text: str) -> set[str]:
    """Drugs ``text`` names as given for another disease ("rheumatoid arthritis treated with methotrexate")."""
    drug_rx = _drug_regexes()[0]
    if drug_rx is None:
        return set()
    out: set[str] = set()
    for rule in _rules()["mask"]:
        if rule.id in _OTHER_DISEASE_MASKS:
            for m in rule.regex.finditer(text):
                out.update(n for d in drug_rx.finditer(text, m.start(), m.end()) if (n := canonical_drug(d.group(0))))
    return out


def study_drug(title: list[Sentence]) -> tuple[str, str, Evidence] | None:
    """(code, drug, evidence) of the one targeted drug a trial publication's title names as its study drug
    ("Brigatinib in ALK-altered solid tumours: a phase 2 basket study"); None when the title names none or several,
    or one that is no kinase inhibitor. A trial's vignette that gives a response but names no drug was on it."""
    drug_rx = _drug_regexes()[0]
    found: dict[str, tuple[str | None, Evidence]] = {}
    for sent in title:
        for m in drug_rx.finditer(sent.text) if drug_rx else ():
            name = canonical_drug(m.group(0))
            if name:
                found.setdefault(name, (_class_code(drug_class(name))[1], sent.evidence(m.start(), m.end())))
    if len(found) != 1:
        return None
    name, (code, ev) = next(iter(found.items()))
    return (code, name, ev) if code == "ALKi" else None


def apply_study_drug(title: list[Sentence], row: CaseRow) -> None:
    """A trial vignette with a best response but no treatment or drug read ("Best response: stable disease."): the
    study drug the publication's title names (:func:`study_drug`), with the title's words as evidence."""
    if row.response and row.treatment is None and row.drugs is None and (got := study_drug(title)):
        code, drug, ev = got
        row.set("treatment", code, ev)
        row.set("drugs", [drug], ev)


def _fusion_named(text: str) -> bool:
    """Does the sentence tell this tumour to carry a non-ALK kinase fusion ("an ETV6::PDGFRB fusion was found")?
    A kinase inhibitor given to such a patient is the fusion's inhibitor: ALKi by the gold convention."""
    return any(_asserted(text, m.start(), m.end()) for m in _rx("kinase_fusion_named").finditer(text))


def _takes_up_advice(previous: str, text: str) -> bool:
    """``text`` tells, naming no therapy of its own and with no refusal or negation, that the therapy
    advised in ``previous`` was taken up ("She started it in May", "The family agreed, and treatment began")."""
    return bool(
        _rx("advice_cue").search(previous)
        and _rx("uptake_next").search(text)
        and not _rx("uptake_blocked").search(text)
        and not code_mentions(text)
        and not drug_mentions(text)
    )


@lru_cache(maxsize=1024)
def _advised_mentions(text: str) -> tuple[tuple[tuple[str, int, int], ...], tuple[tuple[str, int, int], ...]]:
    """(codes, drugs) of ``text`` read as given: each advice word is read as "given", a preference word as "chosen"
    (same length, so the offsets stay those of ``text``)."""
    # a preference ("X was preferred to Y") is read as a choice, "chosen", so the therapy passed over stays masked
    told = _rx("advice_cue").sub(
        lambda m: "chosen".rjust(len(m.group(0))) if m.group("prefer") else "given".ljust(len(m.group(0))),
        text,
    )
    return (
        tuple((c, s, e) for c, s, e in code_mentions(told)),
        tuple((n, s, e) for n, _, s, e in drug_mentions(told)),
    )


def _none_of_previous(text: str) -> bool:
    """Does ``text`` say that none of the therapies named before it was given, naming no therapy of its own before saying
    so ("None of these drugs was started.": regex ``none_of_these_given``)? Then it points back to the sentence before."""
    m = _rx("none_of_these_given").search(text)
    if m is None:
        return False
    before = mask(text[: m.start()], _rules()["mask"])  # any therapy named there, asserted or not, is what "these" are
    return not any(rx_.search(before) for rx_ in _drug_regexes() if rx_ is not None) and not any(
        r.regex.search(before) for r in _rules()["code"]
    )


def _points_back_to_previous(text: str) -> bool:
    """A sentence telling that the patient died or was lost before starting "it", with no therapy
    named before that clause: the "it" is the therapy the previous sentence named last."""
    m = _rx("never_started_back").search(text)
    return m is not None and not _unstarted(text) and not code_mentions(text[: m.start()])


def _courses_of_other_primary(previous: str, text: str) -> int:
    """Where the therapy of another neoplasm ends when ``text`` opens on courses already given ("After three cycles of
    BEP (...) the markers normalised, and ...") right after a sentence that tells that neoplasm and no word of this
    tumour ("He underwent orchiectomy for a germ-cell tumour."): the opening's therapy is that neoplasm's; 0 otherwise."""
    if not previous or not (m := _rx("after_courses_opening").match(text)) or _rx("this_tumour_word").search(text, 0, m.end()):
        return 0
    if _rx("this_tumour_word").search(previous) or not any(
        not _rx("other_primary_hedged_before").search(previous, max(0, n.start() - 60), n.start())
        for n in _rx("other_primary_named").finditer(previous)
    ):
        return 0
    return m.end()


def _treats_earlier_cancer(previous: str, text: str) -> bool:
    """"... a history of breast carcinoma. She was treated with surgery and chemotherapy.": a sentence
    opening with the patient treated, right after another cancer in the history and naming no word
    of this tumour, tells that cancer's treatment."""
    return bool(
        previous
        and _rx("treated_pronoun_opening").search(text)
        and not _rx("this_tumour_word").search(text)
        and _rx("other_cancer_history").search(previous)
    )


# -- literature-table cells ----------------------------------------------------
# A summary table's therapy cells ("SE+Che+ALKi", "CT (AI)", legend codes, drug names; "Operation"
# and "Adjuvant therapy" columns give one treatment); ``literature_table`` finds the columns.
def legend_drugs(abbr: str, legend: dict[str, str]) -> list[str]:
    """Drugs a table legend binds to a code: "Criz, crizotinib"; "AI, doxorubicin plus ifosfamide"."""
    exp = legend_expansion(abbr, legend)
    if exp is None:
        return []
    exp = BRACKETED.sub("", exp).strip()
    one = canonical_drug(exp)
    if one:
        return [one]
    named = regimen_drugs(exp)
    if named:
        return named
    parts = [p for p in rx("legend_regimen_items").split(exp) if p.strip()]
    drugs = [canonical_drug(p) for p in parts]
    return [d for d in drugs if d] if drugs and all(drugs) else []


def parse_treatment(text: str, legend: dict[str, str] | None = None) -> tuple[str | None, list[str]]:
    """``"SE+Che+ALKi"`` → ("SE+Che+ALKi", []); drug names count as their class and are listed."""
    if is_na(text):
        return None, []
    table = codes("treatment", legend or {})
    found: list[str] = []
    drugs: list[str] = []
    for part in rx("treatment_steps").split(fold(text).strip()):
        part = part.strip()
        inner = rx("modality_regimen").fullmatch(part)
        if inner:  # "CT (AI)": a modality with its regimen in brackets
            part = inner.group(1).strip()
            for sub in rx("regimen_items").split(inner.group(2)):
                named = legend_drugs(sub, legend or {}) or regimen_drugs(sub) or ([canonical_drug(sub)] if canonical_drug(sub) else [])
                drugs += [d for d in named if d and d not in drugs]
        part = part.strip("()")
        # "VAC at relapse", "entrectinib at recurrence": the name, given at that time, read as the cell's therapy
        part = rx("treatment_timing_tail").sub("", part)
        if not part:
            continue
        dosed = rx("drug_code_dosed").fullmatch(part)
        if dosed and legend_drugs(dosed.group("code"), legend or {}):
            part = dosed.group("code")  # "CZT 250 mg BID" under "CZT, crizotinib": the legend's drug, its dose aside
        code = table.get(key(part)) or treatment_code(part)
        named = [] if code else legend_drugs(part, legend or {})
        drug = None if code else canonical_drug(part) or (named[0] if len(named) == 1 else None)
        if named and len(named) > 1:
            drugs += [d for d in named if d not in drugs]
            classes = {drug_class(d) for d in named}
            code = "ALKi" if "ALKi" in classes else "Che" if "Che" in classes else None
        elif drug:
            drugs.append(drug)
            cls = drug_class(drug)
            code = cls if cls in ("ALKi", "Che") else None
        elif code is None:
            code, named = _chemo_part(part)
            drugs += [d for d in named if d not in drugs]
        if code is None and not named:
            got = _unlisted_part(part)
            found += got
            # "crizotinib 250 mg bid from 05/2019": the drug the part is read by, with its dose and dates
            drugs += [d for d, c, _, _ in drug_mentions(part) if c in got and d not in drugs]
        if code:
            found.append(code)
    return treatment_join(found), drugs


def _unlisted_part(part: str) -> list[str]:
    """A cell part naming a therapy the code table does not list ("distal gastrectomy", "maxillectomy (R1)", "sleeve
    resection", "IMRT 54 Gy", "radiotherapy 50 Gy"): the codes the prose's rules read in it (their negation kept: "no
    resection", "refused surgery" are none), or SE for an incision named as the operation ("lateral orbitotomy")."""
    got = [code for code, _, _ in code_mentions(part)]
    if not got and rx("cell_operation").fullmatch(part):
        got = ["SE"]
    return list(dict.fromkeys(got))


def _chemo_part(part: str) -> tuple[str | None, list[str]]:
    """"AI chemotherapy", "FOLFOX", "doxorubicin-based chemotherapy": Che, with a named
    regimen's drugs; a bare chemotherapy word is Che without drugs."""
    rest = squash(rx("chemo_words").sub(" ", part).replace("-", " "))
    if rest:
        named = regimen_drugs(rest)
        if named:
            return "Che", named
        drug = canonical_drug(rest)
        if drug and drug_class(drug) == "Che":
            return "Che", [drug]
    if rest != part.strip() and rx("chemo_word").search(part):
        return "Che", []
    return None, []


def _read_treatment(c: CellContext) -> None:
    found: set[str] = set()
    drugs: list[str] = []
    used: list[Cell] = []
    for cell in [c.cell, *c.more]:
        code, named = parse_treatment(cell.text, c.legend)
        if code or named:
            used.append(cell)
        found |= treatment_split(code)
        drugs += [d for d in named if d not in drugs]
    evs = [e for e in (c.evidence(cell) for cell in used) if e is not None]
    if found and evs:
        c.row.set("treatment", treatment_join(found), *evs)
    if drugs and evs:
        c.row.set("drugs", drugs, *evs)


def _read_drug(c: CellContext) -> None:
    """A "Drug" column names the drugs given, not the whole treatment: the drugs only."""
    _, named = parse_treatment(c.cell.text, c.legend)
    if named:
        c.put("drugs", list(dict.fromkeys((c.row.drugs or []) + named)), c.cell)


def _read_treatment_note(c: CellContext) -> None:
    """The note a treatment cell's mark points to ("Resection‡" over "‡ Crizotinib given after the resection"): the
    drugs it says were given join the row's treatment and drugs. A note naming no drug, or one only planned, offered,
    refused or given elsewhere ("Treated elsewhere before referral", "Crizotinib was declined") gives nothing."""
    text = fold(c.cell.text)
    if _rx("note_says_given").search(text) is None or _rx("note_not_given").search(text) is not None:
        return
    code, named = parse_treatment(c.cell.text, c.legend)
    if not named:
        return
    c.put("treatment", treatment_join(treatment_split(c.row.treatment or "") | treatment_split(code)), c.cell)
    c.put("drugs", list(dict.fromkeys((c.row.drugs or []) + named)), c.cell)


register_columns(
    TableColumn("treatment", ("treatment", "drugs"), _read_treatment, _read_treatment_note),
    TableColumn("drug", ("drugs",), _read_drug),
)


# -- field registry -------------------------------------------------------------
def _drug_compare(name: str) -> str:
    return (canonical_drug(name) or fold(name).strip()).lower()


def _valid_treatment(text: str, unknown: Callable[[str], None]) -> str | None:
    parts = [p for p in re.split(r"[+;,/]", text) if p.strip()]
    bad = [p.strip() for p in parts if treatment_code(p) is None]
    if bad or not parts:
        raise CurationError(f"treatment: unknown code(s) {bad!r}; use {'+'.join(TREATMENT_ORDER)}")
    return treatment_join(parts)


def _valid_drug(item: str, unknown: Callable[[str], None]) -> str:
    canon = canonical_drug(item)
    if canon is None:
        if not NAME_SHAPE.match(fold(item)):
            raise CurationError(f"drugs: {item!r} is not a drug name")
        canon = re.sub(r"\s+", " ", fold(item)).strip().lower()
        unknown(canon)
    return canon


register(
    FieldSpec(
        "treatment", "scalar", lambda v: treatment_split(v) or None if v is not None else None, "table",
        merge_key=treatment_split, validate=_valid_treatment,
    ),
    FieldSpec("drugs", "list", list_compare(_drug_compare), "narrative", validate=_valid_drug, vocab="drugs"),
)  # fmt: skip
