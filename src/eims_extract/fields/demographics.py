"""Age and sex of a patient, each with the evidence it was read from.

Rules live in ``patterns/demographics.jsonl``. An age is taken only from a
phrase that states an age ("43-year-old", "aged 7 months", "at the age of
35", "(age 12)"), never from a bare duration ("for 3 years"); an age
introduced by a possessive ("her 30-year-old mother") or naming a relative
is someone else's; an age dating an earlier event ("since he was 5 years
old") loses to the presentation age. Sex comes from the noun of the age
phrase, else from a sex noun in the patient's sentences, else from the
pronouns that refer to the patient.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..errors import ConfigError
from ..normalize import load_jsonl, to_years, unit_key, words_to_number
from ..records import CaseRow
from .base import Sentence

_FILE = "patterns/demographics.jsonl"


@dataclass(frozen=True)
class AgeRule:
    name: str
    priority: int
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Rules:
    ages: tuple[AgeRule, ...]
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


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"{where}: invalid regex ({exc})") from None


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    for _ in range(5):
        new = re.sub(r"\{([A-Z]+)\}", lambda m: macros.get(m.group(1), m.group(0)), pattern)
        if new == pattern:
            break
        pattern = new
    if re.search(r"\{[A-Z]+\}", pattern):
        raise ConfigError(f"{where}: unknown macro in {pattern!r}")
    return pattern


def _words(obj: dict, where: str) -> list[str]:
    words = obj.get("words")
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise ConfigError(f"{where}: 'words' must be a list of strings")
    return [w.lower() for w in words]


@cache
def rules() -> Rules:
    """Load and validate ``patterns/demographics.jsonl`` (once per process)."""
    macros: dict[str, str] = {}
    ages: list[AgeRule] = []
    single: dict[str, re.Pattern[str]] = {}
    sex_nouns: dict[str, str] = {}
    sex_after: dict[str, str] = {}
    pronouns: dict[str, str] = {}
    window = 3
    for i, obj in enumerate(load_jsonl("patterns", "demographics"), 1):
        where = f"{_FILE} entry {i}"
        kind = obj.get("kind")
        if kind == "macro":
            macros[obj["name"]] = obj["pattern"]
        elif kind == "age":
            if not {"name", "priority", "pattern"} <= obj.keys():
                raise ConfigError(f"{where}: age rules need name, priority, pattern")
            rx = _compile(_expand(obj["pattern"], macros, where), where)
            if "num" not in rx.groupindex:
                raise ConfigError(f"{where}: age rule needs a (?P<num>...) group")
            ages.append(AgeRule(obj["name"], int(obj["priority"]), rx))
        elif kind in ("not_patient_before", "relative_before", "relative_after", "earlier_before"):
            single[kind] = _compile(_expand(obj["pattern"], macros, where), where)
        elif kind in ("sex", "sex_after_age", "pronoun"):
            sex = obj.get("sex")
            if sex not in ("male", "female"):
                raise ConfigError(f"{where}: 'sex' must be male or female")
            target = {"sex": sex_nouns, "sex_after_age": sex_after, "pronoun": pronouns}[kind]
            target.update(dict.fromkeys(_words(obj, where), sex))
        elif kind == "noun_window":
            window = int(obj["words"])
        else:
            raise ConfigError(f"{where}: unknown kind {kind!r}")
    missing = {"not_patient_before", "relative_before", "relative_after", "earlier_before"} - single.keys()
    if not ages or missing:
        raise ConfigError(f"{_FILE}: needs age rules and {sorted(missing)}")
    return Rules(
        tuple(ages),
        single["not_patient_before"],
        single["relative_before"],
        single["relative_after"],
        single["earlier_before"],
        sex_nouns,
        sex_after,
        pronouns,
        window,
    )


def _age_noun(text: str, end: int, r: Rules) -> tuple[str | None, tuple[int, int] | None]:
    """Sex of the noun heading the age phrase ending at ``end``, if it names one."""
    for k, m in enumerate(re.finditer(r"[A-Za-z][A-Za-z'-]*", text[end : end + 80])):
        if k > r.noun_window:
            break
        w = m.group(0).lower()
        sex = r.sex_nouns.get(w) or r.sex_after_age.get(w)
        if sex:
            return sex, (end + m.start(), end + m.end())
        if w in ("with", "who", "and", "presented", "was", "had", "is", "of", "in", "on"):
            break
    return None, None


def find_ages(sentence: Sentence) -> list[AgeMatch]:
    """The patient-age phrases of one sentence, in order (relatives' ages dropped)."""
    r = rules()
    text = sentence.text
    found: dict[tuple[int, int], AgeMatch] = {}
    for rule in r.ages:
        for m in rule.regex.finditer(text):
            num = words_to_number(m.group("num"))
            unit = m.groupdict().get("unit") or "years"
            if num is None or unit_key(unit) is None:
                continue
            a_start, a_end = m.span("age") if "age" in rule.regex.groupindex else m.span()
            before = text[max(0, m.start() - 60) : m.start()]
            after = text[m.end() : m.end() + 60]
            if r.not_patient_before.search(before):
                continue
            if r.relative_before.search(before) and r.relative_after.search(after):
                continue
            years = to_years(num, unit)
            if years > 120:
                continue
            sex, sex_span = _age_noun(text, m.end(), r)
            am = AgeMatch(
                sentence, years, text[a_start:a_end], a_start, a_end, rule.priority,
                bool(r.earlier_before.search(before)), sex, sex_span,
            )
            # overlapping matches of two rules: keep the better-priority one
            clash = [k for k in found if k[0] < a_end and a_start < k[1]]
            if clash and all(found[k].priority <= am.priority for k in clash):
                continue
            for k in clash:
                del found[k]
            found[(a_start, a_end)] = am
    return [found[k] for k in sorted(found)]


def best_age(sentences: list[Sentence]) -> AgeMatch | None:
    """The presentation age: best rule priority, not an earlier event, first mentioned."""
    cands = [(a.earlier, a.priority, i, a) for i, s in enumerate(sentences) for a in find_ages(s)]
    if not cands:
        return None
    return min(cands, key=lambda c: c[:3])[3]


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def find_sex(sentences: list[Sentence]) -> tuple[str, Sentence, int, int] | None:
    """Sex from the first patient noun, else from a clear majority of pronouns."""
    r = rules()
    for s in sentences:
        for m in _WORD.finditer(s.text):
            sex = r.sex_nouns.get(m.group(0).lower())
            if sex and not r.not_patient_before.search(s.text[max(0, m.start() - 30) : m.start()]):
                return sex, s, m.start(), m.end()
    counts = {"male": 0, "female": 0}
    first: dict[str, tuple[Sentence, int, int]] = {}
    for s in sentences:
        for m in _WORD.finditer(s.text):
            sex = r.pronouns.get(m.group(0).lower())
            if sex:
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
    found = find_sex(sentences)
    if found:
        sex, s, a, b = found
        row.set("sex", sex, s.evidence(a, b))
