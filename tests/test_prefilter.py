"""The literal prefilter and the vocabulary alternation give exactly the matches of the plain regex."""

from __future__ import annotations

import re

import pytest

from eims_extract.prefilter import Alternation, Prefiltered, alternation, compile_filtered, prefiltered, required_literals

TEXTS = [
    "",
    "The girl was followed up for 14 months without recurrence.",
    "FOLLOW-UP AT 2 YEARS SHOWED NO DISEASE.",
    "Follow‐up visit (after surgery): well.",
    "No follow up was possible.",
    "Tumour cells were positive for SMA, desmin and ALK, negative for CD34 and S-100.",
    "Stains: α-SMA+, β-catenin nuclear, ΔNp63 absent; vimentin diffusely positive.",
    "Staining for ſMA and KIT (K with a Kelvin sign) and İnhibin.",
    "imatinib, crizotinib-and alectinib were given; CRIZOTINIB again later.",
    "desminous cd34positive smaSMA sma-",
]


@pytest.mark.parametrize(
    "pattern, loose",
    [
        (r".*\bfollow(?:ed)?[- ]?up\b.*", True),
        (r"(?:no\s+)?.{0,40}\brecurrence\b.*|.*\bwell\b", True),
        (r"[^|]+\bdesmin\b[^|]*", True),
        (r"follow.*up", False),
        (r"\s*follow(?:ed)?[- ]?up", False),
    ],
)
@pytest.mark.parametrize("build", [lambda p, f: compile_filtered(p, f), lambda p, f: prefiltered(re.compile(p, f))])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_pattern_opening_with_a_run_of_any_character_keeps_its_filter_when_anchored(
    pattern: str, loose: bool, build, flags: int  # noqa: ANN001
) -> None:
    """".*cookie.*" walks the whole line before an anchored match fails: the literal test goes first, and
    match/fullmatch still answer exactly like the plain regex (before and after the code is compiled)."""
    plain = re.compile(pattern, flags)
    fast = build(pattern, flags)
    assert fast._loose is loose
    for t in TEXTS * 2:
        assert bool(fast.fullmatch(t)) == bool(plain.fullmatch(t))
        assert (fast.match(t) or re.match("", "")).span() == (plain.match(t) or re.match("", "")).span()


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bfollow(?:ed)?[- ]?up\b",
        r"(?P<num>\d+)\s+(?P<unit>months?|years?)\s+(?:after|following)\s+surgery",
        r"(?<!no )follow(?=ing)|follow-up",
        r"(?:recurrence|relapse)[- ]free",
        r"(?=.*surgery)\bwell\b",
        r"(?!foo)bar|follow",
        r"(?i:FOLLOW)",
        r"SMA|desmin",
        r"kit|inhibin|sma",
    ],
)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_prefiltered_pattern_matches_like_the_regex(pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    fast = prefiltered(re.compile(pattern, flags))
    for t in TEXTS:
        assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)]
        assert bool(fast.search(t)) == bool(plain.search(t))
        assert fast.sub("#", t) == plain.sub("#", t)
        assert fast.findall(t) == plain.findall(t)


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"\bfollow(?:ed)?[- ]?up", {frozenset({"follow"})}),
        (r"(?:recurrence|relapse)[- ]free", {frozenset({"recurrence", "relapse"}), frozenset({"free"})}),
        (r"(?!never)ever", {frozenset({"ever"})}),  # a negative lookahead's words are not needed
        (r"ab|cd", set()),  # too short to pay
        (r"\d+\s*months?", {frozenset({"month"})}),
        (r"(?:month)?s", set()),  # an optional group needs nothing
    ],
)
def test_required_literals_are_what_every_match_contains(pattern: str, needed: set[frozenset[str]]) -> None:
    got = set(required_literals(pattern, re.IGNORECASE))
    assert needed <= got
    if not needed:
        assert got == set()


def test_a_pattern_without_a_literal_stays_a_plain_regex() -> None:
    assert isinstance(prefiltered(re.compile(r"\d+")), re.Pattern)
    assert isinstance(prefiltered(re.compile(r"follow-up")), Prefiltered)
    assert isinstance(compile_filtered(r"\d+"), re.Pattern)


@pytest.mark.parametrize("pattern", [r"(?<=a+)follow", r"x(?:(?<!a|bc)follow)", r"follow(", r"(?P<n>follow)(?P<n>up)"])
def test_a_bad_pattern_fails_at_compile_though_its_code_is_made_later(pattern: str) -> None:
    with pytest.raises(re.error):
        re.compile(pattern)
    with pytest.raises(re.error):
        compile_filtered(pattern)


def test_compiled_later_the_pattern_matches_like_re_compile() -> None:
    fast, plain = compile_filtered(r"(?P<n>\d+) (?P<u>months?) of follow-up", re.I), re.compile(r"(?P<n>\d+) (?P<u>months?) of follow-up", re.I)
    assert (fast.groups, dict(fast.groupindex), fast.flags, fast.pattern) == (plain.groups, dict(plain.groupindex), plain.flags, plain.pattern)
    for t in TEXTS + ["After 14 Months of Follow-up she was well."]:
        assert [m.groupdict() for m in fast.finditer(t)] == [m.groupdict() for m in plain.finditer(t)]
        assert fast.match(t) == plain.match(t) or fast.match(t).span() == plain.match(t).span()


def test_prefiltered_pattern_is_equal_hashable_and_picklable() -> None:
    import pickle

    fast = compile_filtered("follow", re.IGNORECASE)
    again = compile_filtered("follow", re.IGNORECASE)
    assert fast == again and hash(fast) == hash(again) and fast != compile_filtered("follow")
    back = pickle.loads(pickle.dumps(fast))
    assert back.search("FOLLOW") and not back.search("fallow")


def test_ignorecase_literal_found_through_special_folds() -> None:
    """İ ı ſ K match ASCII letters under IGNORECASE without lower() mapping onto them."""
    for word, text in (("kit", "\u212aIT"), ("sma", "\u017fMA"), ("inhibin", "\u0130nhibin"), ("inhibin", "\u0131nhibin")):
        rx = re.compile(word, re.IGNORECASE)
        assert rx.search(text), word
        assert prefiltered(rx).search(text), word


VOCAB = ["α-SMA", "β-catenin", "SMA", "smooth muscle actin", "desmin", "CD34", "CD3", "S-100", "kit", "İnhibin", "ALK"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_alternation_matches_like_the_whole_regex(flags: int) -> None:
    alts = [re.escape(v).replace(r"\-", r"[\s\-]?") for v in sorted(VOCAB, key=len, reverse=True)]
    fast = alternation(r"(?<![A-Za-z0-9])", alts, r"(?![A-Za-z0-9])", flags)
    plain = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alts) + r")(?![A-Za-z0-9])", flags)
    assert isinstance(fast, Alternation) and fast._fast
    for t in [*TEXTS, "\u212aIT \u0130NHIBIN ſma Α-SMA ϐ-catenin"]:
        assert [(m.span(), m.group()) for m in fast.finditer(t)] == [(m.span(), m.group()) for m in plain.finditer(t)]
        for lo, hi in ((3, 40), (10, len(t))):
            assert [m.span() for m in fast.finditer(t, lo, hi)] == [m.span() for m in plain.finditer(t, lo, hi)]
        got, want = fast.search(t), plain.search(t)
        assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_alternation_cut_by_an_end_position_matches_like_the_whole_regex(flags: int) -> None:
    """A name's first two characters pick its bucket; an end position between them must not hide it."""
    alts = ["CD34", "CD3", "C", "ki67", "k", "S\\-100", "sma"]
    fast = alternation(r"(?<![A-Za-z0-9])", alts, r"(?![A-Za-z0-9])", flags)
    plain = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alts) + r")(?![A-Za-z0-9])", flags)
    t = "C CD3 cd34 K Ki67 s-100 SMA c"
    for lo in range(len(t)):
        for hi in range(lo, len(t) + 1):
            assert [m.span() for m in fast.finditer(t, lo, hi)] == [m.span() for m in plain.finditer(t, lo, hi)], (lo, hi)


def test_alternation_with_groups_keeps_the_whole_regex() -> None:
    """Capturing groups would be renumbered in a bucket: such an alternation is not split."""
    fast = alternation(r"\b", ["(a)bc", "abd"], r"\b", re.IGNORECASE)
    assert not fast._fast
    assert [m.group(1) for m in fast.finditer("ABC abd")] == ["A", None]


_JOINABLE = [
    re.compile(r"^\s*(Table)\s*(?P<num>\d+|[IVX]+)\b"),
    re.compile(r"^\s*(?P<num>\d{1,4})\s*$", re.I),
    re.compile(r"[(?P<x>]+ case", re.I),  # a group opening inside a character class is text
    re.compile(r"\\(?P<num>x)"),  # an escaped backslash, then a real group
    re.compile(r"(?-i:Sec)\.\s+[A-Z]\w+", re.I),
]


@pytest.mark.parametrize(
    "text",
    ["Table 2 Demographics", "table 2", "  42 ", "(?P<x> case", "[P case", "\\x", "Sec. Oncology", "sec. Oncology", "A boy of 9."],
)
def test_any_of_matches_where_one_of_its_patterns_does(text: str) -> None:
    from eims_extract.prefilter import any_of

    joined = any_of(_JOINABLE)
    assert joined is not None
    assert (joined.match(text) is not None) == any(rx.match(text) for rx in _JOINABLE)
    assert (joined.fullmatch(text) is not None) == any(rx.fullmatch(text) for rx in _JOINABLE)


@pytest.mark.parametrize(
    "patterns",
    [
        pytest.param([re.compile(r"(\w+) \1"), re.compile("x")], id="numbered-back-reference"),
        pytest.param([re.compile(r"(?P<w>\w+) (?P=w)"), re.compile("x")], id="named-back-reference"),
        pytest.param([re.compile("^a$", re.M), re.compile("b")], id="flags-beyond-case-differ"),
    ],
)
def test_any_of_refuses_patterns_it_cannot_join_exactly(patterns: list[re.Pattern[str]]) -> None:
    from eims_extract.prefilter import any_of

    assert any_of(patterns) is None


@pytest.mark.parametrize(
    "pattern",
    [
        r"[√±|\t]|(^|\s)[_–—](\s|$)",
        r"[.!?:][)\]”'’]*$|(?<=[A-Za-z)\]])\.\[?\d{1,3}(?:[,–-]\d{1,3})*\]?$",
        r"(?:ab)?c+d",
        r"(?i:table)\s+[0-9]",  # a group ignoring case: its letters are no test, the digit is
        r"x?(?:y|z)",
    ],
)
@pytest.mark.parametrize(
    "text",
    ["", "a plain line of prose", "ends here.", "cited.4,5", "SE + – 12 mo", "abccd", "TABLE 2", "Table x", "xz", "|", "q"],
)
def test_char_gate_finds_nothing_only_where_the_pattern_cannot_match(pattern: str, text: str) -> None:
    from eims_extract.prefilter import char_gate

    rx = re.compile(pattern)
    gate = char_gate(rx)
    assert gate is not None
    if gate.search(text) is None:
        assert rx.search(text) is None


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [(r"\s+\w", 0), (r"[^a]b?", 0), ("table", re.I), (r"(?i)table", 0), (r"a*|b", 0)],
    ids=["categories-only", "negated-class", "ignore-case", "inline-ignore-case", "empty-alternative"],
)
def test_char_gate_refuses_patterns_without_a_small_character_set(pattern: str, flags: int) -> None:
    from eims_extract.prefilter import char_gate

    assert char_gate(re.compile(pattern, flags)) is None


@pytest.mark.parametrize("text", ["We use Cookies here.", "Please enable JavaScript.", "A plain patient sentence.", "cookie", ""])
def test_literal_gate_finds_nothing_only_where_no_filtered_pattern_can_match(text: str) -> None:
    from eims_extract.prefilter import literal_gate, lowered

    patterns = [
        compile_filtered(r".*\bcookies?\b.*\b(?:use|accept)\b.*", re.I),
        compile_filtered(r".*\b(?:enable|requires)\b.{0,20}\bjavascript\b.*", re.I),
    ]
    gate = literal_gate(patterns)
    assert gate is not None
    if gate.search(lowered(text)) is None:
        assert not any(rx.fullmatch(text) for rx in patterns)


def test_literal_gate_refuses_a_pattern_without_literals() -> None:
    from eims_extract.prefilter import literal_gate

    assert literal_gate([compile_filtered(r".*\bcookies?\b.*", re.I), re.compile(r"\d+")]) is None


# -- searched only where a match can begin (start literals) ------------------------------------------
#: seven or more words a match must open with: the pattern is tried only where one stands
GROWTHS = r"(?:tumou?rs?|mass(?:es)?|lesions?|nodules?|polyps?|cysts?|growths?)"
#: more than a literal filter tests one by one (12): no filter of its own, still tried only at its starts
MANY_GROWTHS = r"(?:tumou?rs?|mass(?:es)?|lesions?|nodules?|polyps?|cysts?|growths?|lumps?|swellings?|neoplasms?|papules?|plaques?|ulcers?)"
START_PATTERNS = [
    MANY_GROWTHS + r"\s+(?:of|in)\b",
    GROWTHS + r"\s+(?:of|in|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",  # tied to the end, as a cue before a site
    r"(?<![\w.])" + GROWTHS + r"\b",  # a look-behind before the words
    r"\b(?P<verb>reveal\w*|show\w*|detect\w*|confirm\w*|disclos\w*|identif\w*|demonstrat\w*)\s+(?P<what>\w+)",
    r"(?:ana|anas|nas|ast|sta|tas|asta)\w*",  # starts that overlap and nest inside each other
    r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)[- ]?(?:one|two|three)?\b",
    GROWTHS + r"|(?:solid|cystic|firm)\s+(?:lump|swelling)",
    # a number in digits or words opens it: tried where a digit (of any script) or a number word stands
    r"(?<![\w.])(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine)[\s-]*(?:y/o|yo|years?)\b",
    r"(?:\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:\.\d+)?\s*(?:%|percent)",
    r"(?:age(?:\d|d\s)|one|two|three|four|five|six)\w*",  # a digit inside a group after a literal
    # sparse punctuation after look-behinds: tried where the punctuation stands
    r";|(?<!:):(?!:)|(?<!\bal)(?<!\bFig)\.(?=\s|$)",
    r"(?<!Ki-67 )(?<!yo)(?:\(|\[)\s*\w+",
]
START_TEXTS = TEXTS + [
    "A firm lump of the left flank; CT showed two nodules in the liver and a mass of the ",
    "MASSES OF THE PELVIS were detected; imaging disclosed ascites.",
    "Nasty anastasis: ana nas asta tasta stasis.",
    "Thirty-one days later, forty two nodules; SIXTY.",
    "Imaging revealed \U0001d400\U0001d400 growths in the \u212aidney and a polyp (\u0130leum) — cysts\n",
    "tumour\ntumours tumors tumor-like \u017fmall polyps",
    "a.tumor b_tumor c-tumor",
    "A 3yo, a 12 y/o and a four-year-old; 2.5 years; x7 yo; 1,000 years",
    "Ki-67 was 30% (thirty percent); \u0665\u0660 % in Arabic-Indic and \uff17\uff10 percent full-width.",
    "Nine years; \u0969 yo in Devanagari; one\u00a0year",
    "Stage4 tumour, aged 5, AGE7 and page9.",
]


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (GROWTHS + r"\s+of", {"tumo", "mass", "lesion", "nodule", "polyp", "cyst", "growth"}),
        (r"(?<![\w.])\b" + GROWTHS, {"tumo", "mass", "lesion", "nodule", "polyp", "cyst", "growth"}),  # zero-width items pass
        (r"a (?:bb|cc|dd|ee|ff|gg|hh)x", {"a bb", "a cc", "a dd", "a ee", "a ff", "a gg", "a hh"}),  # a common lead joins each
        (r"^" + GROWTHS, None),  # anchored at the start: tried there only already
        (r"\d+\s*" + GROWTHS, None),  # opens with a class
        (r"(?:mass|lesion|nodule)\s+of", None),  # too few to pay for the automaton
        (r"(?:tumor|mass|lesion|nodule|polyp|cyst|gr)owth", None),  # one start too short
        (r"(?:tumor|mass|lesion|nodule|polyp|cyst|)growth", None),  # an empty alternative begins anywhere
        (r"(?:tum|mas|les|nod|pol|cys|gro)?owth", None),  # an optional opening
        # a digit opens it: DIGIT stands for any \d character; after a literal, the literal alone
        (r"(?:\d{1,3}|one|two|three|four|five|six)\s*y", {"\x00", "one", "two", "three", "four", "five", "six"}),
        (r"(?:abc\d|one|two|three|four|five|six|seven)x", {"abc", "one", "two", "three", "four", "five", "six", "seven"}),
        (r"(?:abc(?:\d|yz)|one|two|three|four|five|six)x", {"abc", "one", "two", "three", "four", "five", "six"}),
        (r"\d+\s*(?:mg|ml)", None),  # a digit only: the engine scans for a digit class itself
        # sparse punctuation opens every match of a pattern that opens on a look-behind: found at few places,
        # however few and short (the engine's own scan tries the look-behinds at every position)
        (r";|(?<!:):(?!:)|(?<!\bFig)\.(?=\s)", {";", ":", "."}),
        (r"(?<!Ki-67 )(?:\(|\[)\s*\d+", {"(", "["}),  # the two brackets, parsed as a class
        (r"(?<!\w), (?:she|he)\b", {", she", ", he"}),  # the words after it join the comma
        (r";|:|\.", None),  # no look-behind first: the engine skips to the punctuation itself
        (r"(?<!x)(?:\(|a)\d", None),  # not only punctuation
        (r"(?<!x)[^(\[]\d", None),  # a negated class
    ],
)
def test_start_literals_are_the_words_every_match_begins_with(pattern: str, starts: set[str] | None) -> None:
    from eims_extract.prefilter import _items, _p, start_literals

    got = start_literals(_items(_p.parse(pattern, re.IGNORECASE)))
    assert (set(got) if got is not None else None) == starts


@pytest.mark.parametrize("pattern", START_PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("build", [lambda p, f: compile_filtered(p, f), lambda p, f: prefiltered(re.compile(p, f))])
def test_a_pattern_tried_only_at_its_starts_matches_like_the_regex(pattern: str, flags: int, build) -> None:  # noqa: ANN001
    """search and finditer (with and without pos/endpos) find what the plain regex finds: same spans,
    same groups, the first match first, non-overlapping matches in order."""
    from eims_extract.prefilter import Anchored

    plain, fast = re.compile(pattern, flags), build(pattern, flags)
    assert isinstance(fast, (Prefiltered, Anchored)) and fast._starts is not None

    def seen(m: re.Match[str] | None) -> object:
        return None if m is None else (m.span(), m.groups(), m.group(0))

    for t in START_TEXTS:
        for bounds in [(3,), (0, len(t) - 4), (-5, 10**6), (7, 5), (len(t) + 2,), (len(t) - 6, -1)]:
            assert seen(fast.search(t, *bounds)) == seen(plain.search(t, *bounds)), (t, bounds)
            assert [seen(m) for m in fast.finditer(t, *bounds)] == [seen(m) for m in plain.finditer(t, *bounds)]
        assert seen(fast.search(t, endpos=9)) == seen(plain.search(t, endpos=9))
        assert seen(fast.search(t)) == seen(plain.search(t))
        assert [seen(m) for m in fast.finditer(t)] == [seen(m) for m in plain.finditer(t)]
        assert seen(fast.match(t)) == seen(plain.match(t)) and seen(fast.fullmatch(t)) == seen(plain.fullmatch(t))
        assert fast.sub("#", t) == plain.sub("#", t) and fast.findall(t) == plain.findall(t)


def test_a_pattern_with_starts_but_no_literal_filter_is_anchored_equal_hashable_and_picklable() -> None:
    import pickle

    from eims_extract.prefilter import Anchored

    fast = compile_filtered(MANY_GROWTHS + r"\b", re.IGNORECASE)
    assert isinstance(fast, Anchored) and not isinstance(fast, Prefiltered)
    assert isinstance(prefiltered(re.compile(MANY_GROWTHS, re.I)), Anchored)
    assert fast == compile_filtered(MANY_GROWTHS + r"\b", re.IGNORECASE) and hash(fast) == hash(compile_filtered(MANY_GROWTHS + r"\b", re.I))
    assert fast != compile_filtered(MANY_GROWTHS + r"\b")
    back = pickle.loads(pickle.dumps(fast))
    assert isinstance(back, Anchored) and back.search("two POLYPS").span() == (4, 10)
    assert (fast.groups, dict(fast.groupindex), fast.pattern) == (0, {}, MANY_GROWTHS + r"\b")


def test_every_rule_pattern_tried_only_at_its_starts_matches_like_the_regex() -> None:
    """The rule families' own patterns (site cues, ALK test words, age phrases, outcome rules ...) on
    sentences of our own: the start path finds exactly the plain regex's matches."""
    import gc

    from eims_extract.fields import alk, demographics, ihc, outcome, site, treatment
    from eims_extract.prefilter import Anchored

    roots = [site.rules(), alk._rules(), demographics.rules(), outcome._rules(), ihc._rules(), treatment._rules()]
    # walk from the families' rule objects and module globals: gc.get_objects() misses what a built pipeline froze
    # (gc.freeze()), so an earlier test that built one would leave nothing to find
    seen: set[int] = set()
    stack: list[object] = [*roots, *(vars(m).values() for m in (site, alk, demographics, outcome, ihc, treatment))]
    started = []
    while stack:
        o = stack.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        if isinstance(o, (Prefiltered, Anchored)):
            if o._starts is not None:
                started.append(o)
        elif isinstance(o, (dict, list, tuple, set, frozenset)) or type(o).__module__.startswith("eims_extract"):
            stack.extend(gc.get_referents(o))
        elif type(o).__name__ in ("dict_values", "generator"):
            stack.extend(o)
    texts = START_TEXTS + [
        "A 61-year-old man was admitted; CT revealed a solid mass of the lower lobe of the right lung, with "
        "metastases in the liver, and sequencing showed a TPM3-ALK fusion confirmed by FISH.",
        "The lesion, which arose from the mesentery, recurred twice; a boy of 9 years had a similar tumour.",
        "Immunohistochemistry demonstrated ALK positivity; RNA sequencing identified no partner.",
    ]
    for rx in started:
        plain = re.compile(rx.pattern, rx.flags)
        for t in texts:
            assert [m.span() for m in rx.finditer(t)] == [m.span() for m in plain.finditer(t)], rx.pattern
            got, want = rx.search(t), plain.search(t)
            assert (got and got.span()) == (want and want.span()), rx.pattern
            tail = len(t) // 2
            got, want = rx.search(t, 0, tail), plain.search(t, 0, tail)
            assert (got and got.span()) == (want and want.span()), rx.pattern


# -- a yes/no search asked of each top-level alternative ----------------------------------------------
@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"\bfollow[- ]?ups?\b|\b(?:\d+|[a-z]+)[\s-]+months?\s+later\b|surveillance", 3),
        (r"(?i)later\b|surveillance", 2),  # a global flag at the start holds for every part
        (r"a(?:b|c)|[|(]x|\|y|(?P<n>z|w)", 4),  # "|" in a group, a class and an escape stays inside its part
        (r"[]|]q|[^]|]r", 2),
        (r"(a)|\1b", 1),  # a back-reference would point elsewhere once cut
        (r"(?x) a | b", 1),  # verbose: a comment may hold "|"
        (r"(a)?(?(1)b|c)|d", 1),  # so would a conditional's
        (r"just one", 1),
        (r"a||b", 1),  # an empty alternative matches anywhere on its own
    ],
)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_pattern_matches_somewhere_exactly_when_one_of_its_alternatives_does(pattern: str, parts: int, flags: int) -> None:
    from eims_extract.prefilter import alternatives

    whole = re.compile(pattern, flags)
    cut = alternatives(whole)
    assert len(cut) == parts
    if parts == 1:
        assert cut == (whole,)
    texts = TEXTS + [
        "Seven months later the scan was clear; SURVEILLANCE went on.",
        "ab ac |y (x [x z w ]q ^r |r",
        "twenty-two months later",
        "aab b",
    ]
    for t in texts:
        for bounds in [(), (2,), (0, 9), (5, 3)]:
            assert bool(whole.search(t, *bounds)) == any(p.search(t, *bounds) for p in cut), (t, bounds)


@pytest.mark.parametrize(
    "text",
    [
        "No recurrence was seen during 14 months of follow-up.",
        "Nine months later she remained free of disease.",
        "At present the girl is well, with no sign of relapse on surveillance imaging.",
        "He has been monitored since then; no new lesion up to now.",
        "Until late 2019 the scans were clear.",
        "Resection margins were clear.",
        "",
    ],
)
def test_outcome_anchor_parts_find_an_anchor_exactly_where_the_anchor_rules_do(text: str) -> None:
    from eims_extract.fields.assertion import mask
    from eims_extract.fields.outcome import _anchor_parts, _rules

    masked = mask(text, _rules()["mask"])
    assert len(_anchor_parts()) > len(_rules()["anchor"])
    assert any(p.search(masked) for p in _anchor_parts()) == any(r.regex.search(masked) for r in _rules()["anchor"])


# -- non-ASCII pattern characters in literals ------------------------------------------------------------
#: every code point but the surrogates, once: what a character of a pattern may match among them
ALL_CHARS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("ch", ["ñ", "Ñ", "é", "Ü", "å", "Å", "ß", "–", "°", "α", "Ж", "ä"])
def test_a_non_ascii_literal_character_is_what_every_character_it_matches_lowers_to(ch: str) -> None:
    """Under IGNORECASE the engine matches "ñ" with "Ñ" (and "å" with the Ångström sign): each of them
    reads as the literal's character in lowered text, so a literal spelling it is needed by every match."""
    from eims_extract.prefilter import _lit, lowered

    want = _lit(ord(ch))
    assert want is not None
    for flags in (0, re.IGNORECASE):
        matched = {m.group(0) for m in re.compile(re.escape(ch), flags).finditer(ALL_CHARS)}
        assert ch in matched and all(lowered(x) == want for x in matched), (ch, flags, matched)


@pytest.mark.parametrize("ch", ["\u0130", "\u0131", "\u017f", "\u212a", "\u00b5", "σ", "Σ", "ς", "θ", "ϑ", "ι", "в", "ẛ"])
def test_a_non_ascii_character_the_engine_folds_specially_makes_no_literal(ch: str) -> None:
    from eims_extract.prefilter import _lit

    assert _lit(ord(ch)) is None


def test_a_non_ascii_word_is_a_literal_filter_and_matches_like_the_regex() -> None:
    pattern = r"\b(?:niñ[oa]|mujer|señora?)\s+de\s+(?P<n>\d{1,3})\s+años\b"
    assert frozenset({"años"}) in required_literals(pattern, re.IGNORECASE)
    fast, plain = compile_filtered(pattern, re.IGNORECASE), re.compile(pattern, re.IGNORECASE)
    for t in TEXTS + ["Una NIÑA de 7 AÑOS; una mujer de 40 años.", "a boy of 7 years", "Señor de 3 anos"]:
        assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)]


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"(?<![\w/])(?-i:[MF])\s?/\s?\d{1,2}", {frozenset({"/"})}),
        (r"\d+(?:\.\d+)?\s*%\s+of\s+(?:the\s+)?cells", {frozenset({"%"}), frozenset({"cells"})}),
        (r"\(\s*\d+\s*(?:M|F)\s*\)", {frozenset({"("}), frozenset({")"})}),
        (r"\d+\.\d+", set()),  # "." is everywhere: no filter
    ],
)
def test_a_rare_character_is_a_literal_however_short(pattern: str, needed: set[frozenset[str]]) -> None:
    got = set(required_literals(pattern, re.IGNORECASE))
    assert needed <= got and (got or not needed)
    if not needed:
        assert got == set()
    fast, plain = compile_filtered(pattern, re.IGNORECASE), re.compile(pattern, re.IGNORECASE)
    for t in TEXTS + ["Case 2 (F/14) and (12 M); 35% of the cells; 3.5 cm", "F / 7", "(7 f)"]:
        assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)]
        assert bool(fast.search(t)) == bool(plain.search(t)) and bool(fast.match(t)) == bool(plain.match(t))


#: words whose accents a rule spells as classes, in texts that have them, lack them or shout them
SPELLED = [
    "Il est décédé 4 mois plus tard.",
    "IL EST DÉCÉDÉ; elle est decedee.",
    "O paciente faleceu e a doente evoluiu a óbito; a paciente falecida.",
    "O paciente evoluiu para obito.",
    "Year 3: the tumour grew. YEARS later, none. Yrs and yRS.",
    "décidé, dédié, decade, déchet: other words.",
    "",
]


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"\bd[ée]c[ée]d[ée]e?s?\b", {frozenset("d" + a + "c" + b + "d" + c for a in "eé" for b in "eé" for c in "eé")}),
        (r"\bfalecid[oa]\b|\bevolu[ií]u?\s+(?:a|para)\s+[óo]bito\b", {frozenset({"falecido", "falecida", "evolui", "evoluí"})}),
        (r"[Yy]ears?", {frozenset({"year"})}),
        (r"[- ]free", {frozenset({"free"})}),  # not letters: the run starts after the class, as before
    ],
)
def test_a_class_of_a_few_letters_spells_the_word_each_way(pattern: str, needed: set[frozenset[str]]) -> None:
    got = set(required_literals(pattern, re.IGNORECASE))
    assert needed <= got
    if not needed:
        assert got == set()
    for flags in (0, re.IGNORECASE):
        fast, plain = compile_filtered(pattern, flags), re.compile(pattern, flags)
        for t in SPELLED + TEXTS:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)]
            assert bool(fast.search(t)) == bool(plain.search(t))


def test_spellings_of_a_run_are_bounded() -> None:
    from eims_extract.prefilter import MAX_SPELLINGS

    # five two-letter classes would make 32 spellings: the run stops short of that
    got = required_literals(r"[ab][cd][ef][gh][ij]klmno", re.IGNORECASE)
    assert all(len(s) <= MAX_SPELLINGS for s in got) and frozenset({"klmno"}) in set(got)
