"""The one rule loader: typed, frozen rule objects; a bad line is refused naming its file and line."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from eims_extract import rules
from eims_extract.errors import ConfigError


@pytest.fixture
def serve(monkeypatch):
    """Serve the given lines (numbered from 3, as after a comment header) for every rule file."""

    def use(*lines: dict) -> None:
        monkeypatch.setattr(rules, "read_lines", lambda *_: [(i, obj) for i, obj in enumerate(lines, 3)])

    return use


@pytest.mark.parametrize("path", sorted(rules.SCHEMAS))
def test_every_shipped_rule_file_loads_into_frozen_typed_objects(path):
    loaded = rules.load(path)
    assert loaded and all(type(r) is rules.SCHEMAS[path] for r in loaded)
    first = loaded[0]
    assert first.where.startswith(f"{path}.jsonl:")
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.line = 0  # type: ignore[misc]


@pytest.mark.parametrize(
    "path,lines,message",
    [
        # a misspelt key used to be ignored silently
        ("patterns/ihc", [{"id": "a", "kind": "split", "pattern": "x", "case_sensitve": True}], r"ihc\.jsonl:3: unknown key\(s\) \['case_sensitve'\]"),
        ("patterns/outcome", [{"id": "a", "kind": "status", "pattern": "x"}], r"outcome\.jsonl:3: missing key\(s\) \['code'\]"),
        ("patterns/treatment", [{"id": "a", "pattern": "x"}], r"treatment\.jsonl:3: missing key\(s\) \['kind'\]"),
        ("patterns/context", [{"id": "a", "category": "negated", "pattern": "x", "window": "6"}], r"context\.jsonl:3: 'window' must be an integer or null"),
        ("vocab/markers", [{"canonical": "SMA", "synonyms": "smooth muscle actin"}], r"markers\.jsonl:3: 'synonyms' must be a list of strings"),
        ("patterns/alk", [{"id": "a", "kind": "break", "pattern": "x"}, {"id": "a", "kind": "break", "pattern": "y"}], r"alk\.jsonl:4: duplicate id 'a'"),
        ("patterns/alk", [{"id": "a", "kind": "link", "pattern": "x", "order": "written", "before": "(open"}], r"alk\.jsonl:3 \(before\): bad regex"),
        ("patterns/report_gate", [{"id": "a", "kind": "keep", "pattern": r"\b{{gene_symbl}}\b", "why": "w"}], r"report_gate\.jsonl:3: unknown macro \{\{gene_symbl\}\}"),
    ],
)
def test_a_bad_rule_line_is_a_config_error_naming_file_and_line(serve, path, lines, message):
    serve(*lines)
    with pytest.raises(ConfigError, match=message):
        rules.load(path)


def test_a_kind_the_caller_does_not_handle_is_refused(serve):
    serve({"id": "a", "kind": "fusion", "pattern": "x"})
    with pytest.raises(ConfigError, match=r"ihc\.jsonl:3: unknown kind 'fusion'"):
        rules.load("patterns/ihc", kinds=("split",))


def test_pattern_rules_are_compiled_with_their_macros_and_case_flag(serve):
    serve(
        {"id": "a", "kind": "follow_up", "pattern": r"{{number}}\s*{{time_unit}}"},
        {"id": "b", "kind": "mask", "pattern": "ALK", "case_sensitive": True},
    )
    a, b = rules.load("patterns/outcome")
    assert a.regex.fullmatch("12 Months") and a.regex.flags & re.IGNORECASE
    assert b.regex.search("ALK") and not b.regex.search("alk")


def test_a_rule_file_may_declare_its_own_macros_used_with_the_one_syntax(serve):
    serve(
        {"kind": "macro", "name": "small", "pattern": "(?:one|two)"},
        {"kind": "macro", "name": "count_word", "pattern": "(?:{{small}}|{{number}})"},
        {"kind": "joint_age", "pattern": r"aged (?P<nums>{{count_word}}) years"},
    )
    *_, joint = rules.load("patterns/demographics")
    assert re.fullmatch(joint.pattern, "aged two years") and re.fullmatch(joint.pattern, "aged 12 years")


@pytest.mark.parametrize(
    "lines,message",
    [
        ([{"kind": "cue", "where": "after", "weight": 1, "pattern": "{{tumour}} of"}], r"site\.jsonl:3: unknown macro \{\{tumour\}\}"),
        ([{"kind": "macro", "name": "TUMOR", "pattern": "mass"}], r"site\.jsonl:3: a macro's 'name' must be a new lower-case word"),
        ([{"kind": "macro", "name": "number", "pattern": "x"}], r"site\.jsonl:3: a macro's 'name' must be a new lower-case word"),
        ([{"kind": "macro", "name": "a", "pattern": "x"}, {"kind": "macro", "name": "a", "pattern": "y"}], r"site\.jsonl:4: a macro"),
    ],
)
def test_a_file_local_macro_is_checked_like_the_shared_ones(serve, lines, message):
    serve(*lines)
    with pytest.raises(ConfigError, match=message):
        rules.load("patterns/site")


def _shipped_lines(path: str) -> list[dict]:
    import json
    from importlib import resources

    text = resources.files("eims_extract").joinpath(*f"{path}.jsonl".split("/")).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("//")]


@pytest.mark.parametrize("path", sorted(rules.SCHEMAS))
def test_a_file_local_macro_is_not_named_like_a_named_regex_of_its_file(path):
    """Two things under one name in one file (a macro spliced into rules, a regex the code calls by that name) read as
    one: the name the code asks for must say which it gets. (A regex that is the macro itself, "{{name}}", is one thing.)"""
    lines = _shipped_lines(path)
    local = {o.get("name") for o in lines if o.get("kind") == "macro"}
    named = {o.get("name") for o in lines if o.get("kind") == "regex" and o.get("pattern") != "{{%s}}" % o.get("name")}
    assert not local & named


@pytest.mark.parametrize("path", ["patterns/demographics", "patterns/site"])
def test_family_rule_files_use_the_one_macro_syntax(path):
    from importlib import resources

    text = resources.files("eims_extract").joinpath(*f"{path}.jsonl".split("/")).read_text(encoding="utf-8")
    body = [line for line in text.splitlines() if not line.startswith("//")]
    assert not any(re.search(r"(?<!\{)\{[A-Za-z_]+\}(?!\})", line) for line in body)
    assert any("{{" in line for line in body)


def test_json_lists_become_tuples_and_file_keys_keep_their_names(serve):
    serve({"canonical": "cisplatin", "synonyms": ["CDDP"], "class": "Che"})
    (drug,) = rules.load("vocab/drugs")
    assert drug.synonyms == ("CDDP",) and drug.drug_class == "Che"
    assert drug.attrs() == {"class": "Che"}


@pytest.mark.parametrize(
    "name,text,matches",
    [
        ("number", "12.5", True),
        ("number", "12.", False),
        ("time_unit", "mos", True),
        ("gene_symbol", "RANBP2", True),
        ("gene_symbol", "R", False),
        ("marker", "CD30", True),
        ("negation", "never", True),
        ("marker_sign", "diffusely positive", True),
        ("residual_disease_gone", "the remaining nodule had resolved", True),
        ("residual_disease_gone", "the residual mass shrank", False),
    ],
)
def test_shared_macros_match_what_their_names_say(name, text, matches):
    assert bool(rules.macro(name).fullmatch(text)) is matches


def test_table_grammars_use_the_one_macro_syntax():
    from importlib import resources

    text = resources.files("eims_extract").joinpath("patterns", "table_headers.jsonl").read_text(encoding="utf-8")
    body = [line for line in text.splitlines() if not line.startswith("//")]
    assert not any(re.search(r"(?<!\{)\{[a-z_]+\}(?!\})", line) for line in body)
    assert any("{{number}}" in line for line in body)


# -- named patterns of the value readers (patterns/values.jsonl) --------------------------------
def test_every_value_pattern_compiles_with_the_table_legend_codes():
    from eims_extract.ingest.tables import legend_codes

    for name in rules.value_patterns():
        assert rules.value_pattern(name, legend_codes()).pattern


@pytest.mark.parametrize(
    "name,text,groups",
    [
        ("table_age", "7 mo", ("7", "mo")),
        ("site_code_loose", "C329", ("32", "9")),
        ("reference_citation", "Doe J, 2019 (14)", ("Doe J, 2019", "14")),
        ("reference_initials", "Xu XY", ("XY",)),
    ],
)
def test_value_patterns_capture_what_their_readers_use(name, text, groups):
    m = rules.value_pattern(name).fullmatch(text)
    assert m and m.groups() == groups


def test_an_unknown_value_pattern_name_is_a_config_error():
    with pytest.raises(ConfigError, match="no pattern named 'gene_shap'"):
        rules.value_pattern("gene_shap")


def test_a_value_pattern_declared_twice_is_refused(serve):
    serve({"name": "x", "pattern": "a"}, {"name": "x", "pattern": "b"})
    rules.value_patterns.cache_clear()
    try:
        with pytest.raises(ConfigError, match=r"values\.jsonl:4: pattern 'x' is already declared at patterns/values\.jsonl:3"):
            rules.value_patterns()
    finally:
        rules.value_patterns.cache_clear()


# -- layout patterns of the ingest code (patterns/layout.jsonl) -------------------------------
@pytest.fixture
def fresh_layout():
    """Layout patterns re-read from whatever ``read_lines`` serves, and re-read from disk after."""
    rules.layout_patterns.cache_clear()
    rules._layout.cache_clear()
    yield
    rules.layout_patterns.cache_clear()
    rules._layout.cache_clear()


@pytest.mark.parametrize(
    "lines,message",
    [
        ([{"name": "x", "pattern": "a", "doc": "d", "flags": ["IGNORCASE"]}], r"layout\.jsonl:3: unknown flag\(s\) \['IGNORCASE'\]"),
        ([{"name": "x", "pattern": "a"}], r"layout\.jsonl:3: missing key\(s\) \['doc'\]"),
        ([{"name": "x", "pattern": "a", "doc": " "}], r"layout\.jsonl:3: 'doc' must say"),
        ([{"name": "x", "pattern": "a", "doc": "d", "ignore_case": True}], r"layout\.jsonl:3: unknown key\(s\) \['ignore_case'\]"),
        ([{"name": "x", "pattern": "a", "doc": "d"}, {"name": "x", "pattern": "b", "doc": "d"}], r"layout\.jsonl:4: pattern 'x' is already declared"),
        ([{"name": "x", "pattern": "(open", "doc": "d"}], r"layout\.jsonl:3 \(x\): bad regex"),
        ([{"name": "Caption", "pattern": "a", "doc": "d"}], r"layout\.jsonl:3: 'name' must be a lower-case word"),
    ],
)
def test_a_bad_layout_pattern_is_refused_at_load_naming_its_line(serve, fresh_layout, lines, message):
    serve(*lines)
    with pytest.raises(ConfigError, match=message):
        rules.layout_patterns()


def test_layout_flags_are_the_ones_the_line_names(serve, fresh_layout):
    serve(
        {"name": "any_case", "pattern": "^table", "doc": "d", "flags": ["IGNORECASE", "MULTILINE"]},
        {"name": "exact", "pattern": "ALK", "doc": "d"},
    )
    assert rules.layout("any_case").search("x\nTABLE 1")
    assert rules.layout("exact").search("ALK") and not rules.layout("exact").search("alk")
    assert rules.layout("any_case") is rules.layout("any_case")  # compiled once


def test_an_unknown_layout_pattern_name_is_a_config_error():
    with pytest.raises(ConfigError, match="no pattern named 'table_captoin'"):
        rules.layout("table_captoin")


@pytest.mark.parametrize(
    "name,text,matches",
    [
        ("table_caption", "Supplementary Table S2. Invented cases", True),
        ("table_caption", "Tables are given below", False),
        ("table_continued", "(Continued)", True),
        ("table_continued", "Table 2 cont'd", True),
        ("lone_page_number", "- 14 -", True),
        ("lone_page_number", "Page 7", True),
        ("footer_name_number", "Journal of Imaginary Pathology 12", True),
        ("pmid", "PMID: 30123456", True),
        ("pmcid", "PMC7654321", True),
        ("doi", "10.1234/fict.2020.001", True),
        ("inline_heading", "Case presentation: A 40-year-old man", True),
        ("numbered_heading", "2.1 Imaging findings", True),
        ("numbered_heading", "2.1 imaging findings", False),
        ("hyphen_broken", "the tumour was resec-", True),
        ("author_name", "Quillfeather A1*", True),
    ],
)
def test_layout_patterns_match_what_their_names_say(name, text, matches):
    assert bool(rules.layout(name).search(text)) is matches


def test_every_layout_pattern_is_read_by_the_code():
    """A pattern no module names is a dead rule (or a misspelt name that only fails when reached)."""
    from pathlib import Path

    src = "\n".join(p.read_text(encoding="utf-8") for p in Path(rules.__file__).parent.rglob("*.py"))
    used = set(re.findall(r"""layout\(["']([a-z0-9_]+)["']\)""", src))
    assert set(rules.layout_patterns()) - used == set()
    assert used - set(rules.layout_patterns()) == set()


#: Regex literals that may stay in code: pure mechanics (white space, word and number tokens, brackets, one
#: character class, separators to split on, a library's error wording, the loader's own syntax), not rules
#: about what a field recognises (those are named entries of patterns/*.jsonl, read through rules.py).
MECHANICS = {
    # white space and separators to fold or split on
    r"\s+", r"[\s-]+", r"[\s\-]+", r"[\s\-\u2010-\u2013]+", r"[|\s]+", r"\|", r"\t", r"[^,]+", r"[+;,/]", r"[.;]\s",
    # tokens: words, numbers, one character of a kind
    r"\d+", r"\d{1,2}", r"\S+", r"[^\s|]+", r"[a-z]+", r"[A-Za-z]+", r"[A-Za-z0-9]", r"[A-Za-z]", r"[a-z0-9]+", r"[\w-]+",
    r"[^a-z0-9]+", r"[A-Za-z]+(?:-[A-Za-z]+)*", r"[A-Za-z][A-Za-z'-]*", r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*", r"'s?$",
    r"[a-z][a-z0-9-]*", r"[^A-Za-z0-9._-]+",
    # brackets: their contents, a bracketed tail
    r"\(([^()]+)\)", r"\([^()]*\)", r"\([^)]*\)", r"\s*\([^()]*\)\s*$",
    # a library's error wording, the loader's own syntax, an HTML meta tag
    r"password|encrypt", r"\{\{([a-z][a-z0-9_]*)\}\}", r"[a-z][a-z0-9_]*", rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""",
    # the prefilter reading regex syntax: a capturing bracket, an escape, literal characters that are not quantified
    r"\((?!\?(?:[:=!>]|<[=!]))", r"\\.", r"[A-Za-z0-9](?![?*{])", r"[A-Za-z0-9]{2}(?![?*{])",
    # ... and a back-reference or conditional in a pattern it would join with others (prefilter.any_of)
    r"\\[1-9]|\(\?P=|\(\?\(",
    # ... and a digit of any script, one not ASCII (prefilter.DIGIT: "a number" among a pattern's literals)
    r"\d", r"(?![0-9])\d",
    # the project's own case-id format; letters only (a key of an author line); the benchmark's synthetic corpus
    # varying ages and durations in copies of one report
    r"case-\d+", r"[^\W\d_]+", r"\b(\d{1,2})-year-old\b", r"\b(\d{1,2}) months\b",
}
#: Built at run time from what was matched (a word found in the text, escaped vocabulary names): no rule in it.
DYNAMIC = {
    r"""f'\\b{m.group(1)}\\b'""", "f'[{singles}{ranges}]'",
    # the words a document's line-end breaks ask about, as whole runs of letters (ingest.assemble._runs_of)
    "f'(?<![a-z])(?:{alts})(?![a-z])'",
    # navigation phrases of patterns/web_furniture.jsonl joined into one pattern
    "f'(?:[\\\\s|\xb7\u2022>/\xbb,;:.\u2026\\\\[\\\\]]*(?:{alts})\\\\b)+[\\\\s|\xb7\u2022>/\xbb,;:.\u2026\\\\[\\\\]]*'",
}
#: Modules whose owners have not moved their rule regexes yet (not this change's files): listed so that
#: nothing new joins them unseen. Empty now: every rule regex is a named entry of a patterns file.
PENDING: dict[str, set[str]] = {}
_PKG = Path(rules.__file__).parent
_RE_FUNCS = {"compile", "match", "search", "sub", "subn", "split", "fullmatch", "findall", "finditer"}


def _regex_literals(source: str) -> list[str | bytes]:
    """The pattern arguments written in code: ``re.<f>("...")`` / ``re.<f>(f"...")`` calls."""
    import ast

    out: list[str | bytes] = []
    for n in ast.walk(ast.parse(source)):
        if (
            isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name)
            and n.func.value.id == "re" and n.func.attr in _RE_FUNCS and n.args
        ):
            arg = n.args[0]
            if isinstance(arg, ast.Constant):
                out.append(arg.value)
            elif isinstance(arg, ast.JoinedStr):
                out.append(ast.unparse(arg))
    return out


@pytest.mark.parametrize("module", sorted(str(p.relative_to(_PKG)) for p in _PKG.rglob("*.py")))
def test_no_rule_regex_is_written_in_code(module):
    literals = _regex_literals((_PKG / module).read_text(encoding="utf-8"))
    allowed = MECHANICS | DYNAMIC | PENDING.get(module, set())
    assert [x for x in literals if x not in allowed] == []


@pytest.mark.parametrize(
    "source,found",
    [
        ('import re\nX = re.compile(r"\\bremission\\b", re.I)', [r"\bremission\b"]),
        ('import re\ndef f(t, w):\n    return re.search(rf"\\b{w}s?\\b", t)', ["f'\\\\b{w}s?\\\\b'"]),
        ('import re\ndef f(t):\n    return re.split(r"\\s+", t)', [r"\s+"]),
    ],
)
def test_the_regex_guard_sees_literals_and_f_strings(source, found):
    assert _regex_literals(source) == found
    assert [x for x in found if x not in MECHANICS | DYNAMIC] == ([] if found == [r"\s+"] else found)


# -- named regexes of a family's rule file ------------------------------------------------------------
#: rule file -> the module that reads its named regexes
REGEX_READERS = {
    "patterns/alk": "fields/alk.py", "patterns/demographics": "fields/demographics.py", "patterns/ihc": "fields/ihc.py",
    "patterns/outcome": "fields/outcome.py", "patterns/patient_scope": "fields/narrative.py",
    "patterns/site": "fields/site.py", "patterns/treatment": "fields/treatment.py",
}


@pytest.mark.parametrize("path,module", sorted(REGEX_READERS.items()))
def test_every_named_regex_is_read_by_its_family_and_every_name_read_exists(path, module):
    used = set(re.findall(r"""_rx\(["']([a-z0-9_]+)["']\)""", (_PKG / module).read_text(encoding="utf-8")))
    declared = set(rules.named_regexes(path))
    assert declared and declared - used == set() and used - declared == set()


def test_a_named_regex_is_compiled_with_its_macros_and_flags_and_hidden_from_the_family_loader(serve):
    serve(
        {"kind": "regex", "name": "cell", "pattern": r"{{number}}\s*{{time_unit}}", "doc": "d", "flags": ["IGNORECASE"]},
        {"kind": "regex", "name": "shape", "pattern": "{{gene_symbol}}", "doc": "d"},
        {"id": "a", "kind": "split", "pattern": "x"},
    )
    rules.named_regexes.cache_clear()
    rules._regex.cache_clear()
    try:
        assert rules.regex("patterns/ihc", "cell").fullmatch("12 Months")
        assert rules.regex("patterns/ihc", "shape").fullmatch("ALK") and not rules.regex("patterns/ihc", "shape").fullmatch("alk")
        assert [r.id for r in rules.load("patterns/ihc", kinds=("split",))] == ["a"]
        with pytest.raises(ConfigError, match=r"patterns/ihc\.jsonl: no regex named 'nope'"):
            rules.regex("patterns/ihc", "nope")
    finally:
        rules.named_regexes.cache_clear()
        rules._regex.cache_clear()


@pytest.mark.parametrize(
    "lines,message",
    [
        ([{"kind": "regex", "name": "a", "pattern": "x"}], r"ihc\.jsonl:3: missing key\(s\) \['doc'\]"),
        ([{"kind": "regex", "name": "a", "pattern": "x", "doc": "d", "flags": ["NOCASE"]}], r"ihc\.jsonl:3: unknown flag"),
        ([{"kind": "regex", "name": "a", "pattern": "(x", "doc": "d"}], r"ihc\.jsonl:3 \(a\): bad regex"),
        ([{"kind": "regex", "name": "a", "pattern": "x", "doc": "d"}, {"kind": "regex", "name": "a", "pattern": "y", "doc": "d"}],
         r"ihc\.jsonl:4: regex 'a' is already declared at patterns/ihc\.jsonl:3"),
        ([{"kind": "regex", "name": "a", "pattern": "{{nope}}", "doc": "d"}], r"ihc\.jsonl:3: unknown macro \{\{nope\}\}"),
    ],
)
def test_a_bad_named_regex_is_a_config_error_naming_file_and_line(serve, lines, message):
    serve(*lines)
    rules.named_regexes.cache_clear()
    try:
        with pytest.raises(ConfigError, match=message):
            rules.named_regexes("patterns/ihc")
    finally:
        rules.named_regexes.cache_clear()
