"""Age and sex of a patient, each with the evidence it was read from.

Rules live in ``patterns/demographics.jsonl``. An age is taken only from a
phrase that states an age ("43-year-old", "aged 7 months", "at the age of
35", "(age 12)", "2 years and 3 months old", "4½-year-old"), never from a bare
duration ("for 3 years"); "newborn"/"neonate" alone states no exact age and
gives none. Several patients' ages in one phrase ("a man and a woman aged 41
and 63 years, respectively", "two boys aged 6 and 8") are joint ages, one per
patient, each with the sex of its noun in order of mention. An age
introduced by a possessive ("her 30-year-old mother") or naming a relative
is someone else's; an age dating an earlier event ("since he was 5 years
old") or a later relapse ("at the age of 9 she developed a recurrence") loses
to the presentation age, and the age "now" ("she is now 8 years old") loses to
any other. Sex comes from the noun of the age
phrase, else from a sex noun in the patient's sentences, else from the
pronouns that refer to the patient. Sex is never inferred from a
sex-specific organ (uterus, prostate ...): the gold leaves sex empty when only
the organ tells it, and an organ names the tumour's site, not the patient.
A preterm infant's corrected age ("at a corrected age of 3 months") counts from the due date, not from birth: it
is not the patient's age and gives none. A decimal comma ("a 5,5-year-old") is read as a decimal point. In a
newborn's report, an age opening a later sentence with no verb of presenting, finding or treating ("At the age
of six months, two nodules remain") is a check-up's, not the patient's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from ..errors import ConfigError, CurationError
from ..prefilter import compile_filtered, may_match_indices
from .. import rules as rules_file
from ..normalize import fold, is_na, key, ordinal_to_number, parse_age, parse_sex, to_years, unit_key, words_to_number
from ..records import CaseRow
from ..rules import DemographicsLine
from .base import Sentence
from .cells import bare_number, rx, squash
from .registry import CellContext, FieldSpec, TableColumn, float_compare, parsed_or_key, register, register_columns


def _rx(name: str) -> re.Pattern[str]:
    """Named regex ``name`` of ``patterns/demographics.jsonl`` (what this family recognises; rules.py loads it)."""
    return rules_file.regex("patterns/demographics", name)


_FILE = "patterns/demographics.jsonl"


@dataclass(frozen=True)
class AgeRule:
    name: str
    priority: int
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Rules:
    ages: tuple[AgeRule, ...]
    #: several patients' ages in one phrase: groups ``nums`` (the numbers) and ``unit``
    joint: tuple[re.Pattern[str], ...]
    #: plural nouns naming patients of one sex ("two boys aged 6 and 8")
    sex_plurals: dict[str, str]
    #: courtesy titles ("Mrs. Lee"), matched case-sensitively
    titles: tuple[tuple[re.Pattern[str], str], ...]
    not_patient_before: re.Pattern[str]
    relative_before: re.Pattern[str]
    relative_after: re.Pattern[str]
    earlier_before: re.Pattern[str]
    #: lower-cased word → sex, for nouns that name the patient anywhere
    sex_nouns: dict[str, str]
    #: nouns that give sex only as the head of an age phrase ("a 30-year-old mother")
    sex_after_age: dict[str, str]
    pronouns: dict[str, str]
    noun_window: int
    #: adjectives that name a woman ("pregnant", "nulliparous"): taken only when no sex noun is there
    #: ("a 27-year-old nulliparous woman" keeps "woman" as its evidence)
    sex_adjectives: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AgeMatch:
    """One age phrase in one sentence; ``start``/``end`` are sentence-relative."""

    sentence: Sentence
    years: float
    text: str
    start: int
    end: int
    priority: int
    earlier: bool
    #: sex of the age phrase's own noun and that noun's sentence-relative span
    sex: str | None = None
    sex_span: tuple[int, int] | None = None
    #: one of several patients' ages stated in one phrase ("aged 41 and 63 years, respectively")
    joint: bool = False


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return compile_filtered(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"{where}: invalid regex ({exc})") from None


def _words(obj: DemographicsLine, where: str) -> list[str]:
    words = obj.words
    if not isinstance(words, tuple) or not all(isinstance(w, str) and w for w in words):
        raise ConfigError(f"{where}: 'words' must be a list of strings")
    return [w.lower() for w in words]


@cache
def rules() -> Rules:
    """Load and validate ``patterns/demographics.jsonl`` (once per process)."""
    ages: list[AgeRule] = []
    joint: list[re.Pattern[str]] = []
    plurals: dict[str, str] = {}
    titles: list[tuple[re.Pattern[str], str]] = []
    single: dict[str, re.Pattern[str]] = {}
    sex_nouns: dict[str, str] = {}
    sex_after: dict[str, str] = {}
    pronouns: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    window = 3
    for obj in rules_file.load("patterns/demographics"):
        where = obj.where
        kind = obj.kind
        if kind == "macro":
            continue  # filled into the patterns by rules.py at load
        elif kind == "age":
            rx = _compile(obj.pattern, where)
            if "num" not in rx.groupindex:
                raise ConfigError(f"{where}: age rule needs a (?P<num>...) group")
            ages.append(AgeRule(obj.name, int(obj.priority), rx))
        elif kind == "joint_age":
            rx = _compile(obj.pattern, where)
            if "nums" not in rx.groupindex:
                raise ConfigError(f"{where}: joint_age rule needs a (?P<nums>...) group")
            joint.append(rx)
        elif kind == "title":
            if obj.sex not in ("male", "female"):
                raise ConfigError(f"{where}: 'sex' must be male or female")
            try:
                titles.append((re.compile(obj.pattern), obj.sex))
            except (TypeError, re.error) as exc:
                raise ConfigError(f"{where}: bad 'pattern' ({exc})") from None
        elif kind in ("not_patient_before", "relative_before", "relative_after", "earlier_before"):
            single[kind] = _compile(obj.pattern, where)
        elif kind in ("sex", "sex_after_age", "pronoun", "sex_plural", "sex_adjective"):
            sex = obj.sex
            if sex not in ("male", "female"):
                raise ConfigError(f"{where}: 'sex' must be male or female")
            target = {"sex": sex_nouns, "sex_after_age": sex_after, "pronoun": pronouns, "sex_plural": plurals,
                      "sex_adjective": adjectives}[kind]
            target.update(dict.fromkeys(_words(obj, where), sex))
        elif kind == "noun_window":
            window = int(obj.words)
        else:
            raise ConfigError(f"{where}: unknown kind {kind!r}")
    missing = {"not_patient_before", "relative_before", "relative_after", "earlier_before"} - single.keys()
    if not ages or missing:
        raise ConfigError(f"{_FILE}: needs age rules and {sorted(missing)}")
    return Rules(
        tuple(ages),
        tuple(joint),
        plurals,
        tuple(titles),
        single["not_patient_before"],
        single["relative_before"],
        single["relative_after"],
        single["earlier_before"],
        sex_nouns,
        sex_after,
        pronouns,
        window,
        adjectives,
    )


def _age_noun(text: str, end: int, r: Rules) -> tuple[str | None, tuple[int, int] | None]:
    """Sex of the noun heading the age phrase ending at ``end``, if it names one (else of an
    adjective before it: "a 26-year-old parturient", "a 30-year-old pregnant patient")."""
    letter = _rx("sex_letter_after_age").match(text, end)
    if letter:
        return parse_sex(letter.group("sex")), letter.span("sex")
    adjective: tuple[str | None, tuple[int, int] | None] = (None, None)
    for k, m in enumerate(re.finditer(r"[A-Za-z][A-Za-z'-]*", text[end : end + 80])):
        if k > r.noun_window:
            break
        w = m.group(0).lower()
        sex = r.sex_nouns.get(w) or r.sex_after_age.get(w)
        if sex:
            return _unsplit(text, end + m.start(), end + m.end(), sex)
        if w in r.sex_adjectives and adjective[0] is None:
            adjective = (r.sex_adjectives[w], (end + m.start(), end + m.end()))
        if w in ("with", "who", "whose", "and", "presented", "was", "had", "is", "of", "in", "on", "when", "at"):
            break
    return adjective


def _unsplit(text: str, a: int, b: int, sex: str) -> tuple[str, tuple[int, int]]:
    """A male noun whose female head a PDF dump split off ("fe male", "wo man", "fe-male") is the female noun."""
    if sex == "male" and (head := _rx("split_female_head").search(text, max(0, a - 4), a)):
        return "female", (head.start(), b)
    return sex, (a, b)


def _noun_before(text: str, start: int, r: Rules) -> tuple[str | None, tuple[int, int] | None]:
    """Sex of a patient noun just before an age phrase ("a woman aged 41", "a girl of 6 years")."""
    words = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", text[max(0, start - 40) : start]))[-2:]
    base = max(0, start - 40)
    for m in reversed(words):
        sex = r.sex_nouns.get(m.group(0).lower())
        if sex:
            return _unsplit(text, base + m.start(), base + m.end(), sex)
    return None, None


def _rule_sex(m: re.Match[str], r: Rules) -> tuple[str | None, tuple[int, int] | None]:
    """Sex written inside the age phrase itself ("M/45", "45/F", "a lady of 82"): a rule's ``sex``
    group, a letter or a sex noun ("patient" in that place gives none)."""
    word = m.groupdict().get("sex")
    if not word:
        return None, None
    sex = parse_sex(word) or r.sex_nouns.get(word.lower())
    return _unsplit(m.string, *m.span("sex"), sex) if sex else (None, None)


#: the denominator of an age written as a fraction ("aged 18/12") → its unit; the neonatal "day of life" abbreviation
_FRACTION_UNITS = {"12": "months", "52": "weeks", "7": "days", "dol": "days"}


def _years(m: re.Match[str]) -> float | None:
    """The age a rule matched in years: number (+ ½) in its unit, plus a second part in months
    ("2 years and 3 months old")."""
    text = m.group("num")
    # a decimal comma ("5,5-year-old"): the num macro admits one only right before a unit
    num = words_to_number(text.replace(",", ".") if _rx("decimal_comma").fullmatch(text) else text)
    if num is None:
        num = ordinal_to_number(text)  # "on her second day of life"
    unit = m.groupdict().get("unit") or "years"
    # a clinical fraction: "18/12" is 18 months, "6/52" 6 weeks, "5/7" 5 days; a newborn's "DOL 5" is its fifth day of life
    unit = _FRACTION_UNITS.get(unit.lower(), unit)
    if num is not None and unit.lower() in ("h", "hr", "hrs", "hour", "hours"):  # a newborn's hours: days over 24
        num, unit = num / 24, "days"
    if num is None or unit_key(unit) is None:
        return None
    if m.groupdict().get("half"):
        num += 0.5
    years = to_years(num, unit)
    if m.groupdict().get("num2"):
        extra = words_to_number(m.group("num2"))
        unit2 = m.groupdict().get("unit2") or "months"
        if extra is None or unit_key(unit2) is None:
            return None
        years = round(years + to_years(extra, unit2), 2)
    return years


def _joint_sexes(
    text: str, start: int, n: int, r: Rules, end: int | None = None
) -> list[tuple[str | None, tuple[int, int] | None]]:
    """Sexes of ``n`` patients whose ages are stated together, from the nouns before the ages in
    order ("a man and a woman aged ..."), or one plural noun for all ("two girls aged ...")."""
    clause = text[:start]
    cut = max(clause.rfind(";"), clause.rfind(":"), clause.rfind("."))
    base = cut + 1
    singles, plural = [], set()
    # each noun in order with how many it names ("a woman and two men": 1, 2); a plural without a count word: None
    counted: list[tuple[str, tuple[int, int], int | None]] = []
    words = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", clause[base:]))
    paired = -1
    for k, m in enumerate(words):
        if k == paired:
            continue
        w = m.group(0).lower()
        two = f"{w} {words[k + 1].group(0).lower()}" if k + 1 < len(words) else ""
        if two in r.sex_plurals:  # "3 female patients aged ...": an adjective and a plural person noun
            plural.add((r.sex_plurals[two], (base + m.start(), base + words[k + 1].end())))
            counted.append((r.sex_plurals[two], (base + m.start(), base + words[k + 1].end()), _count_before(words, k)))
            paired = k + 1
        elif w in r.sex_nouns:
            singles.append((r.sex_nouns[w], (base + m.start(), base + m.end())))
            counted.append((r.sex_nouns[w], (base + m.start(), base + m.end()), 1))
        elif w in r.sex_plurals:
            plural.add((r.sex_plurals[w], (base + m.start(), base + m.end())))
            counted.append((r.sex_plurals[w], (base + m.start(), base + m.end()), _count_before(words, k)))
    if len(singles) == n:
        return singles
    if not singles and len({sx for sx, _ in plural}) == 1:
        return [sorted(plural)[0]] * n
    if singles and plural and counted and counted[-1][2] == n and counted[-1][1] in {sp for _, sp in plural}:
        # "a 34-year-old woman and two men aged 45 and 58 years": the counted plural right before the ages is theirs
        return [(counted[-1][0], counted[-1][1])] * n
    if (
        end is not None and counted and all(c for _, _, c in counted) and sum(c for _, _, c in counted) == n
        and _rx("joint_respectively_after").match(text, end)
    ):
        # "two boys and a girl, aged 4, 7 and 12 years, respectively": "respectively" deals the ages to the persons in the
        # order they are counted (two boys, then a girl)
        return [(sx, sp) for sx, sp, c in counted for _ in range(c or 0)]
    # "two boys and a girl aged 3, 7 and 11 years": which age is whose the order alone does not say; none has a sex
    if not singles and end is not None and (after := _rx("joint_sexes_after").match(text, end)):
        # "aged 45 and 62 years (female and male, respectively)": one sex per age, in order
        items = [(parse_sex(x.group(0)), (after.start("list") + x.start(), after.start("list") + x.end()))
                 for x in re.finditer(r"[A-Za-z]+", after.group("list")) if x.group(0).lower() != "and"]
        if len(items) == n and all(sx for sx, _ in items):
            return items
    return [(None, None)] * n


def _count_before(words: list[re.Match[str]], k: int) -> int | None:
    """How many a plural person noun at word ``k`` names, from the count word right before it ("two boys", "both
    girls"); None without one."""
    if k == 0:
        return None
    w = words[k - 1].group(0).lower()
    if w == "both":
        return 2
    n = words_to_number(w) if w not in ("a", "an") else None
    return int(n) if n is not None and n == int(n) and 2 <= n <= 12 else None


def _joint_ages(sentence: Sentence, r: Rules) -> tuple[list[AgeMatch], list[tuple[int, int]]]:
    """Ages of several patients stated in one phrase, one per patient, and the phrases' spans."""
    text = sentence.text
    out: list[AgeMatch] = []
    spans: list[tuple[int, int]] = []
    joint = r.joint
    for i in may_match_indices(joint, text, digits=True):  # each needs numbers (in digits or words)
        rx = joint[i]
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            if _rx("course_state_at_before").search(text, 0, m.start()):
                continue  # "disease free at 48 and 24 months, respectively": times of the course, not ages
            if _rx("follow_up_list_before").search(text, 0, m.start()):
                continue  # "Follow-up was 24, 15 and 36 months, respectively": follow-up times, not ages
            unit = m.groupdict().get("unit") or "years"
            if unit_key(unit) is None:
                continue
            base = m.start("nums")
            if "each_unit" in rx.groupindex:  # "aged 18 months and 4 years": every item with its own unit
                nums = [(base + n.start("n"), base + n.end("n"), words_to_number(n.group("n")), n.group("u"))
                        for n in _rx("joint_age_unit_item").finditer(m.group("nums"))]
                # "aged 2 years and 3 months", "aged 5 months and 2 weeks": one child's compound age, not two patients'
                rank = {"y": 3, "m": 2, "w": 1, "d": 0}
                if any(rank.get(unit_key(x[3]) or "", 0) > rank.get(unit_key(y[3]) or "", 0) for x, y in zip(nums, nums[1:])):
                    continue
            else:
                nums = [(base + n.start(), base + n.end(), words_to_number(n.group(0)), unit)
                        for n in _rx("joint_age_item").finditer(m.group("nums"))
                        if n.group(0).lower() != "and"]
            if len(nums) < 2 or any(v is None or unit_key(u) is None or to_years(v, u) > 120 for _, _, v, u in nums):
                continue
            sexes = _joint_sexes(text, m.start(), len(nums), r, m.end())
            phrase = text[m.start("nums") : m.end("unit") if m.groupdict().get("unit") else m.end("nums")]
            for (a, b, v, u), (sex, span) in zip(nums, sexes):
                out.append(AgeMatch(sentence, to_years(v, u), phrase, a, b, 1, False, sex, span, joint=True))
            spans.append(m.span())
    return out, spans


@cache
def _age_regexes() -> tuple[re.Pattern[str], ...]:
    """The age rules' regexes as one fixed tuple (the literal index is keyed by it)."""
    return tuple(rule.regex for rule in rules().ages)


#: find_ages' answers by sentence text, for the rules object they were read with: a document asks about the same
#: sentence many times (the narrative's scoping, grouping and the age field: 89 calls for 38 texts on the reference
#: paper). The answer depends on the text alone; its matches are bound to the asking sentence on the way out. Bounded:
#: emptied when it reaches _AGE_CACHE_MAX texts or when the rules are loaded again.
_AGE_CACHE: dict[str, tuple[AgeMatch, ...]] = {}
_AGE_CACHE_MAX = 4096
#: what kept answers are bound to (the text they were read in is their key)
_BARE_SENTENCE = Sentence("", "", 0)
_age_cache_rules: list[Rules] = []


def find_ages(sentence: Sentence) -> list[AgeMatch]:
    """The patient-age phrases of one sentence, in order (relatives' ages dropped)."""
    r = rules()
    if not _age_cache_rules or _age_cache_rules[0] is not r:
        _AGE_CACHE.clear()
        _age_cache_rules[:] = [r]
    found = _AGE_CACHE.get(sentence.text)
    if found is None:
        if len(_AGE_CACHE) >= _AGE_CACHE_MAX:
            _AGE_CACHE.clear()
        fresh = _find_ages(sentence, r)
        # kept bound to a bare sentence: the asking one holds its spaCy span, and so its whole parsed document, which
        # 4,096 kept answers would keep alive (+19 MB over 1,000 documents in the memory benchmark)
        _AGE_CACHE[sentence.text] = tuple(replace(a, sentence=_BARE_SENTENCE) for a in fresh)
        return fresh
    return [replace(a, sentence=sentence) for a in found]


def _find_ages(sentence: Sentence, r: Rules) -> list[AgeMatch]:
    """find_ages without its cache."""
    found = _rule_ages(sentence, r)
    # a dump of two columns printed side by side (pdftotext -layout) glues each line of one column to the same line of the
    # other across a wide run of spaces: an age broken at a line's end stands on both sides of the other column's line
    if "   " in sentence.text and _rx("column_gap").search(sentence.text):
        for a in _column_ages(sentence, r, found):
            # a broken age that holds a shorter one read on one line ("aged 3 years and | 4 months") replaces it
            clash = [k for k in found if k[0] < a.end and a.start < k[1]]
            if all(a.start <= k[0] and k[1] <= a.end for k in clash):
                for k in clash:
                    del found[k]
                found[(a.start, a.end)] = a
    return [found[k] for k in sorted(found)]


def _column_ages(sentence: Sentence, r: Rules, found: dict[tuple[int, int], AgeMatch]) -> list[AgeMatch]:
    """Ages broken at the end of a line in a side-by-side two-column dump. A fragment that cannot end an age ("45-year-",
    "aged", "3 years and", "on day 3 of") goes on in its own column: after the gap when it stands in the right column
    (its next line comes after the left column's next line), or at a word after the gap's other-column line when it
    stands in the left one. Each candidate continuation must open like the rest of an age ("old", "year-old", "52 years",
    "life"); an age is taken only when the joined text reads one that the continuation alone does not."""
    text = sentence.text
    gap_rx, cont_rx = _rx("column_gap"), _rx("column_age_continuation")
    out: list[AgeMatch] = []
    for fr in _rx("column_dangling_age").finditer(text):
        k = fr.end()
        if any(a < k < b for a, b in found):
            continue
        gap = gap_rx.match(text, k)
        if gap and _rx("column_gap_form_label").match(text, gap.end()):
            continue  # a form line's next field ("Age: 12 years      Gender: female"), no second column
        if gap:  # the left column: its line goes on after the right column's line, at a word start
            starts = [m.start() for m in cont_rx.finditer(text, gap.end(), min(len(text), gap.end() + 160))]
        elif _rx("column_glued_after").match(text, k) and (nxt := gap_rx.search(text, k, min(len(text), k + 160))):
            starts = [nxt.end()] if cont_rx.match(text, nxt.end()) else []  # the right column, glued to the left's next line
        else:
            continue
        lo = max(0, fr.start() - 40)
        if prev := [g.end() for g in gap_rx.finditer(text, lo, fr.start())]:
            lo = prev[-1]
        tail = text[lo:k]
        join = "" if tail[-1:] in "-\u2010\u2011\u2012\u2013" else " "
        for j in starts:
            rest = text[j : j + 100]
            cand = tail + join + rest
            off = len(tail) + len(join)
            alone = {(a.start, a.end) for a in _rule_ages(Sentence(sentence.doc_id, rest, 0), r).values()}
            hit = next((a for a in _rule_ages(Sentence(sentence.doc_id, cand, 0), r).values()
                        if a.end > off and (a.start - off, a.end - off) not in alone), None)
            if hit is None:
                continue

            def at(c: int) -> int:
                return lo + c if c < len(tail) else (k if c < off else j + c - off)

            span = (at(hit.sex_span[0]), at(hit.sex_span[1] - 1) + 1) if hit.sex_span else None
            out.append(replace(hit, sentence=sentence, start=at(hit.start), end=at(hit.end - 1) + 1, sex_span=span))
            break
    return out


def _rule_ages(sentence: Sentence, r: Rules) -> dict[tuple[int, int], AgeMatch]:
    """The age rules' matches in one sentence, by span (joint ages first, then each rule's; overlaps resolved)."""
    text = sentence.text
    joint, joint_spans = _joint_ages(sentence, r)
    found: dict[tuple[int, int], AgeMatch] = {(a.start, a.end): a for a in joint}
    # a sentence about a relative's own event ("An older sister had a defect closed at the age of three"): the relative's age
    relative_told = _rx("relative_subject_event").match(text)
    ages = r.ages
    # the rules (in order) whose literals the sentence holds: a digit or a number word among them
    for i in may_match_indices(_age_regexes(), text, digits=True):
        rule = ages[i]
        for m in rule.regex.finditer(text):
            years = _years(m)
            if years is None or years > 120:
                continue
            a_start, a_end = m.span("age") if "age" in rule.regex.groupindex else m.span()
            if any(a < a_end and a_start < b for a, b in joint_spans):
                continue
            before = text[max(0, m.start() - 60) : m.start()]
            after = text[m.end() : m.end() + 60]
            # "her parents" just before "at 2 months of age" is whose possessive, not whose age, when the relative is the one
            # who noticed or brought the patient ("noticed by her parents at 2 months of age")
            # ... nor when a verb opens the match and the parent closes the patient's apposition before it ("The boy, the
            # third child of a 35-year-old mother, presented at 2 years of age"): the verb's subject is the patient
            if r.not_patient_before.search(before) and not _rx("agent_relative_before").search(before) and not (
                _rx("relative_object_apposition_before").search(text, max(0, a_start - 100), a_start)
            ):
                continue
            if r.relative_before.search(before) and r.relative_after.search(after):
                continue
            if relative_told and a_start >= relative_told.end():
                continue
            # a preterm infant's corrected age is not its age ("at a corrected age of 3 months", "4 months corrected age")
            if _rx("corrected_before").search(text, max(0, a_start - 40), a_start) or _rx("corrected_after").match(text, m.end()):
                continue
            sex, sex_span = _rule_sex(m, r)
            if sex is None:
                sex, sex_span = _age_noun(text, m.end(), r)
            if sex is None:
                sex, sex_span = _noun_before(text, m.start(), r)
            # a prenatal report's mother: an adult woman in a sentence that places the lesion in the fetus
            if sex == "female" and years >= 12 and _fetal_sentence(text):
                continue
            # the age "now" or at the last follow-up: the worst of all, taken only when no other is stated; read before the
            # age itself too, since a rule may open on the patient's noun ("A girl, now 15, was diagnosed at 11")
            now = _rx("current_before")
            # unless the patient presents right after it ("Now 20 years old, she presented with ..."): the story's present
            # (asked further back than the other cues: a time may stand between the visit and the age, "At the last visit,
            # 22 months after the operation, she was 25 months old")
            told_now = now.search(text, max(0, m.start() - 120), m.start()) or (
                a_start > m.start() and now.search(text, max(0, a_start - 120), a_start)
            )
            priority = 9 if told_now and not _rx("now_age_presenting_after").match(text, m.end()) else rule.priority
            earlier = bool(r.earlier_before.search(before) or _rx("later_after").match(text, m.end())
                           or (a_start > m.start() and _rx("when_was_before").search(text, max(0, a_start - 40), a_start)))
            if not earlier and _rx("then_before").search(text, max(0, a_start - 20), a_start):
                # "a woman, then 51, had a breast carcinoma ...": the age at another neoplasm, an earlier event's
                earlier = bool(_rx("other_primary_had_after").match(text, m.end()))
            if earlier and sex_span is not None and sex_span[0] >= a_end and _rx("introducing_article_before").search(
                text, max(0, a_start - 40), a_start
            ):
                earlier = False  # "a mass was noted in a 10-month-old girl": the person introduced, not an earlier event
            am = AgeMatch(sentence, years, text[a_start:a_end], a_start, a_end, priority, earlier, sex, sex_span)
            # overlapping matches of two rules: keep the better-priority one
            clash = [k for k in found if k[0] < a_end and a_start < k[1]]
            if clash and all(found[k].priority <= am.priority for k in clash):
                continue
            for k in clash:
                del found[k]
            found[(a_start, a_end)] = am
    for am in _listed_bare_ages(sentence):
        if not any(k[0] < am.end and am.start < k[1] for k in found):
            found[(am.start, am.end)] = am
    return found


def _listed_bare_ages(sentence: Sentence) -> list[AgeMatch]:
    """A labelled patient's bare age in a list of ages told patient by patient with the unit once ("patient 1 was 3
    years old, patient 2 was 11, ..."): the list is read on the printed sentence, since a patient's piece of it has the
    other items blanked, and an age is kept only where its own item (label to number) stands unblanked in ``sentence``."""
    text = sentence.text
    printed = sentence.quote if sentence.quote is not None and len(sentence.quote) == len(text) else text
    out = []
    for m in _rx("labelled_bare_age_in_list").finditer(printed):
        a, b = m.span("age")
        if text[m.start() : b] != printed[m.start() : b]:
            continue  # another patient's item, blanked in this one's piece
        years = _years(m)
        if years is not None and years <= 120:
            out.append(AgeMatch(sentence, years, text[a:b], a, b, 2, False))
    return out


def _checkup_of_newborn(sentences: list[Sentence], i: int, age: AgeMatch) -> bool:
    """Is ``age`` (in sentence ``i``) a later check-up's age in a newborn's report? It opens its sentence ("At the age
    of 6 months, three nodules remained"), an earlier sentence says the patient was a newborn or the tumour was there at
    birth, and no verb of presenting, finding or treating stands in its sentence."""
    if age.joint or age.priority != 3 or not _rx("age_opening_sentence").match(age.sentence.text[: age.start]):
        return False
    if _rx("presentation_verb").search(age.sentence.text):
        return False
    return any(_rx("newborn_cue").search(s.text) for s in sentences[:i])


def _ages_across_a_cut(sentences: list[Sentence]) -> list[tuple[int, AgeMatch]]:
    """Ages broken where the reader cut a sentence in two (a page's running head or footer dropped between its lines: "A
    woman aged" / "45 years presented ..."): a sentence ending on a piece of an age with no stop, the next one in its
    section opening on the rest. Read over the two with blanks where the cut text stood, so that offsets stay the
    document's."""
    out: list[tuple[int, AgeMatch]] = []
    dangling, cont = _rx("age_piece_at_end"), _rx("column_age_continuation")
    for i, (a, b) in enumerate(zip(sentences, sentences[1:])):
        if a.section != b.section or not 0 <= b.start - a.end <= 300 or not dangling.search(a.text) or not cont.match(b.text):
            continue
        joined = Sentence(a.doc_id, a.text + " " * (b.start - a.end) + b.text, a.start, a.section, a.page, None, a.heading)
        off = b.start - a.start
        alone = {(y.start + off, y.end + off) for y in find_ages(b)}
        out += [(i, x) for x in find_ages(joined) if x.end > len(a.text) and (x.start, x.end) not in alone]
    return out


def _fetal_report(sentences: list[Sentence]) -> bool:
    """Does a sentence of the patient's place the lesion in the fetus (a prenatal report: the mother is only its
    setting)?"""
    return any(_fetal_sentence(s.text) for s in sentences)


@lru_cache(maxsize=4096)  # bounded, keyed by sentence: best_age and find_sex scan every sentence, the age and sex rules ask again
def _fetal_sentence(text: str) -> bool:
    """Does ``text`` place the lesion in the fetus (regex fetal_lesion_cue: "the fetus had a neck mass")?"""
    return _rx("fetal_lesion_cue").search(text) is not None


def _mothers_age(age: AgeMatch) -> bool:
    """In a prenatal report, an adult woman's age told in a sentence about the pregnancy ("A 33-year-old woman, gravida 2,
    was referred at 29 weeks' gestation.") is the mother's."""
    return age.sex == "female" and age.years >= 12 and _rx("pregnancy_cue").search(age.sentence.text) is not None


def best_age(sentences: list[Sentence]) -> AgeMatch | None:
    """The presentation age: best rule priority, not an earlier event, first mentioned; the age "now" (priority 9)
    yields to any other, an earlier event's included."""
    fetal = _fetal_report(sentences)
    cands = [(a.priority >= 9, a.earlier, a.priority, i, a) for i, s in enumerate(sentences) for a in find_ages(s)
             if not _checkup_of_newborn(sentences, i, a) and not (fetal and _mothers_age(a))]
    cands += [(a.priority >= 9, a.earlier, a.priority, i, a) for i, a in _ages_across_a_cut(sentences)]
    if not cands:
        return None
    best = min(cands, key=lambda c: c[:4])
    return _finer_earlier_age(cands, best)[4]


def _same_age_with_sex(sentences: list[Sentence], age: AgeMatch) -> AgeMatch | None:
    """The same age told again with its sex ("... in a 6-year-old" as the title, then "Case: 6yo F, haematuria"): a
    poster or letter names the age bare first and the sex only in its shorthand case line; that later phrase's sex is
    the patient's (the same years, not an earlier event's, not one of several patients' joint ages)."""
    if age.earlier or age.joint:
        return None
    for s in sentences:
        for a in find_ages(s):
            if a.years == age.years and a.sex and a.sex_span and not a.earlier and not a.joint:
                return a
    return None


def _finer_earlier_age(cands: list, best: tuple) -> tuple:
    """A whole-year age ("in a 3-year-old") told after a finer one of the same year ("Aged 3 1/2, she ...", "aged 4 years
    7 months"): the later mention rounds the same age, and the first, finer one is the patient's."""
    a = best[4]
    if best[0] or a.earlier or a.joint or a.years < 1 or a.years != int(a.years):
        return best
    finer = [c for c in cands if c[3] < best[3] and not c[0] and not c[1] and not c[4].joint
             and int(c[4].years) == int(a.years) and c[4].years != a.years]
    return min(finer, key=lambda c: c[3]) if finer else best


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_POSSESSIVE = re.compile(r"'s?$")


def _in_personal_name(text: str, a: int, b: int) -> bool:
    """Is the capitalised sex word ``text[a:b]`` part of a person's name in a list of names ("• Kwok Man Lau", "Man Kit
    Ng, Ann Lee")? The "sentence" has no word opening in lower case, and the word stands beside another capitalised word
    between two separators, with no article, preposition or adjective of a title-case title there ("In A Young Man")."""
    word = text[a:b]
    if not (word[:1].isupper() and word[1:].islower()) or _rx("lowercase_word").search(text):
        return False
    breaks = _rx("name_segment_break")
    lo = max((m.end() for m in breaks.finditer(text, 0, a)), default=0)
    hi = next((m.start() for m in breaks.finditer(text, b)), len(text))
    segment = text[lo:hi]
    names = [w for w in _WORD.findall(segment) if w[:1].isupper()]
    return len(names) >= 2 and not _rx("title_function_word").search(segment)


def _surname_like(text: str, a: int, b: int) -> bool:
    """Is the capitalised pronoun ``text[a:b]`` an author's surname ("Xiu-Lan He1*", "He, W.", "Mei He, Tao Liu")
    rather than the patient's pronoun? The marks a sex noun is checked for."""
    return text[a].isupper() and (
        _rx("marked_surname").match(text, b) is not None
        or _rx("surname_after").match(text, b) is not None
        or _in_personal_name(text, a, b)
    )


def _mothers_word(text: str, a: int, b: int, fetal: bool = False) -> bool:
    """Is the sex word ``text[a:b]`` the mother's in a child's report? An obstetric word ("gravida", "para 2", "pregnant")
    after the mother is named in its sentence ("The mother, aged 30, gravida 2 para 1"), or an obstetric word or an adult
    woman's noun in a sentence that places the lesion in the fetus ("a woman (G2P1) whose fetus had a neck mass") or,
    in a prenatal report (``fetal``), in a sentence about the pregnancy."""
    word = text[a:b].lower()
    obstetric = bool(_rx("obstetric_word").fullmatch(word))
    if not obstetric and word not in ("woman", "lady"):
        return False
    if _fetal_sentence(text) or (fetal and _rx("pregnancy_cue").search(text)):
        return True
    return obstetric and _rx("mother_before_obstetric").search(text, max(0, a - 60), a) is not None


def find_sex(sentences: list[Sentence]) -> tuple[str, Sentence, int, int] | None:
    """Sex from the first patient noun, else from a sex adjective ("she was pregnant", not a
    relative's: "his wife was pregnant"), else from a clear majority of pronouns."""
    r = rules()
    fetal = _fetal_report(sentences)

    def first_hit(lookup: dict[str, str], titles: bool) -> tuple[str, Sentence, int, int] | None:
        for s in sentences:
            # a possessive names the patient too ("the girl's mother noticed ...")
            hits = [(m.start(), m.end(), lookup.get(_POSSESSIVE.sub("", m.group(0).lower())), False)
                    for m in _WORD.finditer(s.text)]
            if titles:
                hits += [(m.start(), m.end(), sex, True) for rx, sex in r.titles for m in rx.finditer(s.text)]
            # an author's surname ("Man, J.", "Male1,2") is a sex word's risk, not a title's ("Ms. T, a 45-year-old ..."),
            # and so is an institution's name ("Lady Ridgemont Hospital", "Woman's Hospital") in an affiliation, or a given
            # name in a list of names ("• Kwok Man Lau")
            for a, b, sex, title in sorted(hits, key=lambda h: h[:2]):
                if sex and not r.not_patient_before.search(s.text[max(0, a - 30) : a]) \
                        and (title or not _rx("surname_after").match(s.text, b)) \
                        and not _rx("not_patient_after").match(s.text, b) \
                        and not (not title and s.text[a].isupper() and _rx("marked_surname").match(s.text, b)) \
                        and not (not title and s.text[a].isupper() and _rx("institution_after").match(s.text, b)) \
                        and not (not title and _in_personal_name(s.text, a, b)) \
                        and not (title and (_rx("author_title_before").search(s.text, max(0, a - 40), a)
                                            or _rx("author_title_after").match(s.text, b))) \
                        and (titles or not _rx("relative_before_adjective").search(s.text, max(0, a - 50), a)) \
                        and not _mothers_word(s.text, a, b, fetal):
                    sex, (a, b) = _unsplit(s.text, a, b, sex)
                    return sex, s, a, b
        return None

    found = first_hit(r.sex_nouns, True) or first_hit(r.sex_adjectives, False)
    if found:
        return found
    # "brought in by his mother", "her father noticed": a possessive before a relative's noun names the patient's
    # sex; when every such possessive agrees it decides, since the relative's own pronouns ("She had noticed ...")
    # would otherwise outvote the patient's
    anchors: dict[str, tuple[Sentence, int, int]] = {}
    for s in sentences:
        for m in _rx("possessive_before_relative").finditer(s.text):
            sex = r.pronouns.get(m.group("pronoun").lower())
            if sex and not _rx("relative_before_possessive").search(s.text, max(0, m.start() - 40), m.start()):
                anchors.setdefault(sex, (s, m.start("pronoun"), m.end("pronoun")))
    if len(anchors) == 1:
        sex, (s, a, b) = next(iter(anchors.items()))
        return sex, s, a, b
    counts = {"male": 0, "female": 0}
    first: dict[str, tuple[Sentence, int, int]] = {}
    for s in sentences:
        # a prenatal report's sentence about the pregnancy or the birth: its "she" is the mother ("After delivery she
        # recovered well"), while "he" can only be the child
        mothers = fetal and _rx("pregnancy_cue").search(s.text) is not None
        for m in _WORD.finditer(s.text):
            sex = r.pronouns.get(m.group(0).lower())
            if mothers and sex == "female":
                continue
            if sex and not _surname_like(s.text, m.start(), m.end()):
                counts[sex] += 1
                first.setdefault(sex, (s, m.start(), m.end()))
    for sex, other in (("female", "male"), ("male", "female")):
        if counts[sex] and counts[sex] >= 2 * counts[other] + 1:
            s, a, b = first[sex]
            return sex, s, a, b
    return None


def set_age(row: CaseRow, age: AgeMatch) -> None:
    ev = age.sentence.evidence(age.start, age.end)
    row.set("age_years", age.years, ev)
    row.set("age_text", age.text, ev)


def apply(sentences: list[Sentence], row: CaseRow) -> None:
    """Set ``age_years``/``age_text``/``sex`` of ``row`` from its patient's sentences."""
    age = best_age(sentences)
    if age is not None:
        set_age(row, age)
        if age.sex and age.sex_span:
            row.set("sex", age.sex, age.sentence.evidence(*age.sex_span))
            return
        if twin := _same_age_with_sex(sentences, age):
            row.set("sex", twin.sex, twin.sentence.evidence(*twin.sex_span))
            return
    found = find_sex(sentences)
    if found:
        sex, s, a, b = found
        row.set("sex", sex, s.evidence(a, b))


# -- literature-table cells ----------------------------------------------------
# A summary table's age / sex cells ("35", "7 mo", "35/F", "F, 35y"); ``literature_table`` finds the
# column (a unit in its header reads bare numbers), these read it.
def split_age_sex(text: str) -> tuple[str, str]:
    """``"35/F"``, ``"F, 35y"`` or ``"45 M"`` → ("35", "F") / ("35y", "F") / ("45", "M")."""
    parts = [p.strip() for p in rx("age_sex_split").split(fold(text).strip(), maxsplit=1)]
    if len(parts) != 2:
        if m := rx("age_sex_glued").match(fold(text)):
            return m.group(1).strip(), m.group(2)
        if m := rx("sex_age_glued").match(fold(text)):
            return m.group(2).strip(), m.group(1)
        return text.strip(), ""
    a, b = parts
    return (b, a) if parse_sex(a) else (a, b)


def cell_age(text: str) -> float | None:
    """A table cell's age in years: ``59y``, ``7 mo.``, ``1 y 3 m`` (years and months), ``NA`` → None."""
    age = parse_age(text)
    if age is not None:
        return age
    t = fold(text).strip()
    if t.endswith(".") and (age := parse_age(t[:-1])) is not None:
        return age
    if m := rx("table_age_compound").match(t):
        return round(float(m.group(1)) + float(m.group(2)) / 12, 2)
    return None


def _read_age(c: CellContext) -> None:
    text = c.cell.text
    bare = bare_number(text)
    age = to_years(bare, c.unit) if bare is not None and c.unit else cell_age(text)
    c.put("age_years", age, c.cell)
    if age is not None:
        c.put("age_text", squash(text), c.cell)


def tells_age_and_sex(text: str) -> bool:
    """Does a cell give both an age and a sex ("F, 34 y", "34/F")? A "Patient" column may print them in place of a
    number; a cell giving one of them alone ("12", "Mr K") is no such pair."""
    age_part, sex_part = split_age_sex(text)
    return bool(sex_part) and cell_age(age_part) is not None and cell_sex(sex_part) is not None


def _read_age_sex(c: CellContext) -> None:
    age_part, sex_part = split_age_sex(c.cell.text)
    age = cell_age(age_part)
    c.put("age_years", age, c.cell)
    if age is not None:
        c.put("age_text", age_part, c.cell)
    c.put("sex", cell_sex(sex_part), c.cell)


def cell_sex(text: str) -> str | None:
    """A table cell's sex: ``M``, ``Female``, ``F.`` (a full stop after the letter or word)."""
    return parse_sex(text) or parse_sex(text.strip().rstrip("."))


def _read_sex(c: CellContext) -> None:
    c.put("sex", cell_sex(c.cell.text), c.cell)


def read_key_value(lines: list[tuple[str, Any, str | None, Any]], row: CaseRow) -> None:
    """Age and sex from a one patient's key-value table (``literature_table.key_value_lines``: field, value cell, the
    unit its key states, evidence) for what the patient's sentences left unset. The value must fit the table grammar of
    its column whole ("46 years", "Male, 33"), so a group's summary ("44 (12-79)", "44 ± 12") gives nothing."""
    g = _grammars()
    for name, cell, unit, ev in lines:
        text = cell.text.strip()
        if not g.fits(name, text):
            continue
        if name in ("age", "age_sex") and row.age_years is None:
            part = split_age_sex(text)[0] if name == "age_sex" else text
            bare = bare_number(part)
            age = to_years(bare, unit) if bare is not None and unit else cell_age(part)
            if age is not None and age <= 120:
                row.set("age_years", age, ev)
                row.set("age_text", squash(part), ev)
        if name in ("sex", "age_sex") and row.sex is None:
            sex = cell_sex(split_age_sex(text)[1] if name == "age_sex" else text)
            if sex is not None:
                row.set("sex", sex, ev)


@cache
def _grammars() -> Any:
    from ..ingest.tables import Grammars

    return Grammars()


register_columns(
    TableColumn("age", ("age_years", "age_text"), _read_age),
    TableColumn("age_sex", ("age_years", "age_text", "sex"), _read_age_sex),
    TableColumn("sex", ("sex",), _read_sex),
)


# -- field registry -------------------------------------------------------------


def age_text_years(text: str | None) -> float | None:
    """Years from a printed age: ``59y``, ``7mo``, ``43-year-old``, ``seven months`` (None if unreadable)."""
    if text is None:
        return None
    y = cell_age(text)
    if y is not None:
        return y
    m = _rx("age_phrase").search(fold(text))
    if not m:
        return None
    n = words_to_number(m.group(1))
    u = unit_key(m.group(2))
    if n is None or u is None:
        return None
    factor = {"y": 1.0, "m": 1 / 12, "w": 7 / 365.25, "d": 1 / 365.25}[u]
    return round(n * factor, 2)


def _age_text_compare(v: object) -> float | str | None:
    if v is None or is_na(str(v)):
        return None
    y = age_text_years(str(v))
    return y if y is not None else key(str(v))


def _valid_sex(text: str, unknown: Callable[[str], None]) -> str:
    sex = parse_sex(text)
    if sex is None:
        raise CurationError(f"sex: expected male or female, got {text!r}")
    return sex


register(
    FieldSpec(
        "age_years", "float", float_compare, "shared", tolerance=0.05, value_range=(0.0, 120.0),
        validate=lambda text, unknown: parse_age(text.rstrip("%")),
    ),
    # the printed form ("43y" vs "43-year-old"): age_years carries the merge comparison
    FieldSpec("age_text", "scalar", _age_text_compare, "shared", tolerance=0.05, merge_conflicts=False),
    FieldSpec("sex", "scalar", parsed_or_key(parse_sex), "shared", validate=_valid_sex),
)  # fmt: skip
