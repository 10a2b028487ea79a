"""One pass over a rule family's literals picks exactly the patterns whose own filter would let a text through."""

import re

import pytest

from eims_extract.fields.assertion import _rules_and_regexes
from eims_extract.prefilter import Prefiltered, compile_filtered, may_match, may_match_indices

FAMILY = (
    compile_filtered(r"\bno (?:evidence|sign) of\b", re.I),
    re.compile(r"\d+"),  # no literal: always tried
    compile_filtered(r"\bdenied\b.*\bpain\b", re.I),  # two literal sets: both must be there
    compile_filtered(r"\bnegative for\b", re.I),
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The girl had no sign of disease.", [0, 1]),
        ("He DENIED any abdominal pain.", [1, 2]),
        ("He denied fever.", [1]),
        ("Cells were negative for desmin; no evidence of relapse.", [0, 1, 3]),
    ],
)
def test_the_patterns_that_may_match_are_those_whose_filter_passes(text, expected):
    assert may_match_indices(FAMILY, text) == expected
    assert may_match(FAMILY, text) == [FAMILY[i] for i in expected]


@pytest.mark.parametrize(
    "text",
    ["No residual mass was seen at 14 months.", "The tumour was not resected; she declined surgery.", "Ki-67 below 5%."],
)
def test_the_cue_family_index_keeps_every_matching_pattern_within_each_patterns_own_filter(text):
    regexes = _rules_and_regexes()[1]
    own = {i for i, rx in enumerate(regexes) if not isinstance(rx, Prefiltered) or rx._may(text)}
    matching = {i for i, rx in enumerate(regexes) if rx.search(text)}
    assert matching <= set(may_match_indices(regexes, text)) <= own


@pytest.mark.parametrize("kind", ["follow_up", "status", "response", "recurrence"])
@pytest.mark.parametrize(
    "text",
    [
        "She was alive without disease 18 months after surgery.",
        "No recurrence was seen during two years of follow-up.",
        "The boy died of progressive disease; partial response had been recorded earlier.",
    ],
)
def test_outcome_rules_tried_hold_every_match_within_those_whose_own_filter_passes(kind, text):
    from eims_extract.fields.assertion import mask
    from eims_extract.fields.outcome import _rules, _tried

    masked = mask(text, _rules()["mask"])
    own = [
        (r, text if r.unmasked else masked)
        for r in _rules()[kind]
        if not isinstance(r.regex, Prefiltered) or r.regex._may(text if r.unmasked else masked)
    ]
    matching = [(r, s) for r, s in own if r.regex.search(s)]
    tried = _tried(kind, text, masked)
    assert [x for x in tried if x in matching] == matching and [x for x in own if x in tried] == tried


#: literals that overlap, nest and share starts: an automaton reports each occurrence, not only the longest
OVERLAPPING = (
    compile_filtered(r"\brecur(?:rence|red)\b", re.I),
    compile_filtered(r"\brecurrence[- ]free\b", re.I),
    compile_filtered(r"currence\w*", re.I),
    compile_filtered(r"\bfree of\b.*\b(?:tumou?r|disease)\b", re.I),
    compile_filtered(r"\d+ months?", re.I),
)


@pytest.mark.parametrize(
    "text",
    [
        "Recurrence-free at 20 months.",
        "She was free of tumour; it recurred later.",
        "free of it",
        "occurrence",
        "",
        "İSTANBUL: RECURRENCE",
    ],
)
@pytest.mark.parametrize("family", [FAMILY, OVERLAPPING])
def test_one_automaton_pass_finds_the_same_patterns_as_a_search_per_literal(family, text):
    from eims_extract.prefilter import _Index

    with_automaton, one_by_one = _Index(family), _Index(family, automaton=False)
    assert with_automaton.automaton is not None and one_by_one.automaton is None
    own = [i for i, rx in enumerate(family) if not isinstance(rx, Prefiltered) or rx._may(text)]
    assert with_automaton.passing(text) == one_by_one.passing(text) == own


#: rules whose literal sets are too large for their own filter (13 nouns, 14 words): only the index tests them
WIDE = (
    compile_filtered(r"\b(?:boy|girl|man|woman|child|infant|toddler|baby|neonate|patient|lady|gentleman|adolescent)\s+of\s+\d+", re.I),
    compile_filtered(r"\b(?:a|an|one|two)\s+(?:man|men|woman|women|boys?|girls?|child|children|infants?|adults?|patients?|twins?|sibling|lady|neonate)\b", re.I),
)


@pytest.mark.parametrize(
    "text, passing",
    [
        ("A woman of 40 came in.", [0, 1]),
        ("Of 40 cases reviewed, two were excised.", []),
        ("It arose in one patient.", [0, 1]),
        ("Two men were seen.", [1]),
        ("Two masses of 3 cm.", []),
    ],
)
def test_the_index_tests_literal_sets_too_large_for_a_patterns_own_filter(text, passing):
    from eims_extract.prefilter import _Index

    assert not any(isinstance(rx, Prefiltered) for rx in WIDE)  # no filter of their own: always tried alone
    assert _Index(WIDE).passing(text) == passing
    assert _Index(WIDE, automaton=False).passing(text) == [0, 1]
    assert all(i in passing for i, rx in enumerate(WIDE) if rx.search(text))


#: rules needing only a short literal of a rare character ("/", "("): their own filter and the index test it
SLASHED = (
    compile_filtered(r"(?<![\w/])(?P<sex>(?-i:[MF]))\s?/\s?(?P<num>\d{1,2})(?![\w/])", re.I),
    compile_filtered(r"\b(?:case|pt)s?\.?\s*\d{0,2}\s*\(\s*(?P<num>\d{1,2})\s?(?-i:[MF])\s*[,;)]", re.I),
    compile_filtered(r"\b(?:aged?|age\s+of)\s+(?P<num>\d{1,2})", re.I),
)


@pytest.mark.parametrize(
    "text, passing",
    [
        ("Case 3 (F/41) was a teacher.", [0, 1]),
        ("A woman aged 52 was seen (twice).", [1, 2]),
        ("She was 41 and well; pt 2 (9 M) too.", [1]),
        ("M/50 at the age of 50", [0, 2]),
        ("Nothing here at all", []),
    ],
)
def test_a_short_literal_of_a_rare_character_is_indexed(text, passing):
    from eims_extract.prefilter import _Index, index_literals

    assert index_literals(SLASHED[0]) == (("/",),) and ("(",) in index_literals(SLASHED[1])
    assert SLASHED[0]._lits == (("/",),) and ("(",) in SLASHED[1]._lits  # a rare character filters however short
    assert _Index(SLASHED).passing(text) == passing
    assert all(i in passing for i, rx in enumerate(SLASHED) if rx.search(text))


NUMBERED = (
    compile_filtered(r"(?<![\w.])(?:\d{1,3}|two|three|four)[\s-]*y(?:/o|o)(?!\w)", re.I),  # a digit or a number word
    compile_filtered(r"\(\s*[0-9]{1,2}\s*[MF]\s*\)"),  # "(" and an ASCII digit
    re.compile(r"\bno\b"),  # neither: always tried
)


@pytest.mark.parametrize(
    "text, passing",
    [
        ("A 3yo boy (5 F) came.", [0, 1, 2]),
        ("Three yo, no number in digits.", [0, 2]),
        ("A boy with no fever (afebrile).", [2]),
        ("Age \u0663\u0665 yo in Arabic-Indic digits, (\uff15 M) in full-width ones.", [0, 1, 2]),  # any \d counts
        ("", [2]),
    ],
)
def test_an_index_asked_for_digits_leaves_out_what_needs_a_number_where_there_is_none(text, passing):
    from eims_extract.prefilter import DIGIT, _Index, index_literals

    assert any(DIGIT in s for s in index_literals(NUMBERED[0], digits=True))
    assert not any(DIGIT in s for s in index_literals(NUMBERED[0]))  # only when asked for
    assert may_match_indices(NUMBERED, text, digits=True) == passing
    assert all(i in passing for i, rx in enumerate(NUMBERED) if rx.search(text))
    assert set(passing) <= set(may_match_indices(NUMBERED, text)) <= set(_Index(NUMBERED, automaton=False).passing(text))


@pytest.mark.parametrize(
    "text",
    [
        "A 43-year-old woman (43/F) presented; her 70-year-old mother was well.",
        "Case 2 (11 M): a boy aged eleven years and three months.",
        "The patient, a man of forty-two, had a mass.",
        "Una niña de 7 años.",
        "He was \u0664\u0662 years old.",
        "No number at all here, nor any age.",
        "Seven-year-old twins; 2 y/o; 5 yrs; 35 y.o. male",
    ],
)
def test_the_age_rules_tried_with_digits_hold_every_age_rule_that_matches(text):
    from eims_extract.fields.demographics import _age_regexes

    regexes = _age_regexes()
    tried = may_match_indices(regexes, text, digits=True)
    assert {i for i, rx in enumerate(regexes) if rx.search(text)} <= set(tried) <= set(may_match_indices(regexes, text))


@pytest.mark.parametrize("family", [FAMILY, OVERLAPPING, WIDE, SLASHED])
def test_an_index_kept_answer_is_the_one_it_would_work_out_again(family, monkeypatch):
    """Answers are kept by the set of literals found (bounded): asked again, or after the store is
    emptied for being full, an index answers exactly what it works out from the literals."""
    import eims_extract.prefilter as prefilter
    from eims_extract.prefilter import _Index

    texts = [
        "The girl had no sign of disease.", "He DENIED any abdominal pain.", "A woman of 40 came in.",
        "Case 3 (F/41) was a teacher.", "Recurrence-free at 20 months.", "", "He denied fever.",
    ]
    monkeypatch.setattr(prefilter, "_ANSWERS_MAX", 3)
    index = _Index(family)
    for t in texts * 3:
        low = prefilter.lowered(t)
        fresh = index._passing_found(frozenset(lit for lit in index.lits if lit in low))
        assert index.passing(t) == fresh
        assert len(index._answers) <= 3


def test_an_index_built_after_a_text_was_scanned_still_finds_its_own_literals():
    """Every family's index shares one automaton and the literals it found in the texts seen last: a family
    indexed later (its rules first asked mid-document) adds its literals, and a text scanned before is scanned
    again for them, never answered from what the earlier automaton found."""
    from eims_extract.prefilter import _Index

    text = "The tumour recurred; a later scan found the zebroid lesion again."
    first = (compile_filtered(r"\brecurr\w*", re.I), compile_filtered(r"\bmetasta\w*", re.I))
    assert _Index(first).passing(text) == [0]
    later = (compile_filtered(r"\bzebroid\b", re.I), compile_filtered(r"\bquokkal\b", re.I))
    assert _Index(later).passing(text) == [0] == _Index(later, automaton=False).passing(text)
    assert _Index(first).passing(text) == [0]


#: a rule naming more kinds than a pattern's own filter tests one by one (13 here), each needing its own word
MANY_KINDS = r"\b(?:[a-z]+\s+){0,2}?(?:fasciitis|fibromatosis|leiomyoma|lymphoma|melanoma|thymoma|schwannoma|sarcoma|mesothelioma|pecoma|plasmacytoma|histiocytosis|neurofibroma)\b"


@pytest.mark.parametrize(
    "text",
    [
        "The final diagnosis was nodular fasciitis of the wall.",
        "Nothing but a benign cyst was found; the boy is well.",
        "A LYMPHOMA was excluded, as was a Schwannoma.",
        "",
        "Fibromatosis-like areas, then sarcoma again (low grade sarcoma).",
    ],
)
def test_a_pattern_with_too_many_literals_for_its_own_filter_is_gated_by_the_shared_automaton(text):
    """A pattern whose one needed literal set is too wide for its own filter is skipped where the automaton every
    family shares finds none of the set, and gives exactly the plain regex's answers everywhere."""
    from eims_extract.prefilter import Gated

    gated, plain = compile_filtered(MANY_KINDS, re.I), re.compile(MANY_KINDS, re.I)
    assert isinstance(gated, Gated)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in gated.finditer(text, 5, 40)] == [m.span() for m in plain.finditer(text, 5, 40)]
    assert gated.findall(text) == plain.findall(text)
    assert [m.span() for m in filter(None, [gated.search(text)])] == [m.span() for m in filter(None, [plain.search(text)])]
    assert bool(gated.match(text)) == bool(plain.match(text))
