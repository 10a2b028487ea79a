"""The on-disk store of rule-pattern analyses: a later process gets the same patterns without parsing."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from eims_extract import prefilter, regex_cache
from eims_extract.prefilter import any_of, compile_filtered, compiled, index_literals

PATTERNS = [
    (r"\b(?P<age>\d{1,2})[- ]year[- ]old\s+(?P<sex>man|woman|boy|girl)\b", re.IGNORECASE),
    (r"(?<!\bno )\bfollowed up for (\d+) months\b", re.IGNORECASE),
    (r"(?i)\bALK\b(?:\s*\(\s*\+\s*\))?", 0),
    (r"(?:crizotinib|alectinib|ceritinib|lorlatinib|brigatinib|ensartinib|entrectinib|larotrectinib)", re.IGNORECASE),
    (r"\s*(?:\d+\s*)?$", 0),
]
TEXTS = [
    "A 34-year-old woman was followed up for 18 months on alectinib.",
    "There was no followed up for 3 months; alk (+) staining in a 7 year old boy.",
    "  12  ",
    "Crizotinib, then LORLATINIB.",
]


@pytest.fixture()
def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """A store in an empty directory of its own, as a new machine has; the module's store is put back after."""
    monkeypatch.setenv(regex_cache.ENV, str(tmp_path))
    monkeypatch.setattr(prefilter, "_STORE", None)
    yield tmp_path


def _behaviour(rx: re.Pattern[str]) -> list[object]:
    out: list[object] = [rx.pattern, rx.flags, rx.groups, dict(rx.groupindex)]
    for t in TEXTS:
        out.append([(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(t)])
        m = rx.match(t)
        out.append(None if m is None else m.span())
    return out


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process sees: the file written at exit, nothing in memory."""
    assert prefilter._store().flush() or prefilter._store().path.exists()
    monkeypatch.setattr(prefilter, "_STORE", None)


def test_a_stored_pattern_behaves_as_the_parsed_one_and_is_not_parsed_again(fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = [compile_filtered(p, f) for p, f in PATTERNS]
    want = [_behaviour(rx) for rx in cold] + [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    _new_process(monkeypatch)
    parses: list[str] = []
    real_parse = prefilter._p.parse
    monkeypatch.setattr(prefilter._p, "parse", lambda p, f=0, *a: parses.append(p) or real_parse(p, f, *a))
    warm = [compile_filtered(p, f) for p, f in PATTERNS]
    assert [_behaviour(rx) for rx in warm] + [_behaviour(re.compile(p, f)) for p, f in PATTERNS] == want
    assert parses == []  # literals, groups and the engine's code all came from the store


def test_a_plain_compile_and_a_joined_classifier_come_back_from_the_store(fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parts = [re.compile(r"table\s+\d+", re.IGNORECASE), re.compile(r"fig(?:ure)?\.?\s*\d", re.IGNORECASE), re.compile(r"References?$")]
    joined = any_of(parts)
    plain = compiled(r"(?P<n>\d+)\s*(?:mo|months?)\b", re.IGNORECASE)
    lits = index_literals(parts[1])
    _new_process(monkeypatch)
    again = any_of(parts)
    assert joined is not None and again is not None and (again.pattern, again.flags) == (joined.pattern, joined.flags)
    for t in ["Table 3 lists", "figure 2", "References", "Reference list", "table x"]:
        assert bool(again.match(t)) == bool(joined.match(t))
    plain2 = compiled(r"(?P<n>\d+)\s*(?:mo|months?)\b", re.IGNORECASE)
    assert plain2.groupindex == plain.groupindex and plain2.search("after 14 Months").group("n") == "14"
    assert index_literals(parts[1]) == lits


def test_a_damaged_or_foreign_store_file_is_ignored_and_rebuilt(fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compile_filtered(*PATTERNS[0])
    path = prefilter._store().path
    assert prefilter._store().flush() and path.exists()
    path.write_bytes(b"\x00not marshal at all")
    monkeypatch.setattr(prefilter, "_STORE", None)
    rx = compile_filtered(*PATTERNS[0])
    assert rx.search("a 5-year-old boy").group("age") == "5"
    assert prefilter._store().flush()
    # another version's file (other rules code or Python) is not read, and is removed at the next write
    other = path.with_name("regex-0000000000000000.marshal")
    other.write_bytes(marshal.dumps({"version": "0000000000000000", "entries": {(PATTERNS[0][0], int(PATTERNS[0][1])): {"bogus": 1}}}))
    monkeypatch.setattr(prefilter, "_STORE", None)
    compile_filtered(r"\bpaediatric\b", re.IGNORECASE)
    assert prefilter._store().flush()
    assert not other.exists() and path.exists()


def test_the_store_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(regex_cache.ENV, "off")
    monkeypatch.setattr(prefilter, "_STORE", None)
    rx = compile_filtered(*PATTERNS[1])
    assert rx.search("she was followed up for 9 months").group(1) == "9"
    assert prefilter._store().path is None and not prefilter._store().flush()


def test_a_pattern_the_compiler_refuses_is_refused_again_in_a_later_process(fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is stored for a bad pattern: the error stays at load, in every process."""
    for _ in range(2):
        with pytest.raises(re.error):
            compile_filtered(r"(?<=ab+)c")
        with pytest.raises(re.error):
            compiled(r"(?<=a|bc+)d")
        _new_process(monkeypatch) if prefilter._store().path.exists() else monkeypatch.setattr(prefilter, "_STORE", None)


def test_past_its_size_a_flush_keeps_only_what_this_process_used(fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    store = regex_cache.Store("v1")
    for i in range(5):
        store.put(("k", i), i)
    assert store.flush()
    later = regex_cache.Store("v1")
    assert later.get(("k", 4)) == 4 and later.get(("k", 1)) == 1
    later.put(("k", 9), 9)
    later.put(("k", 10), 10)
    assert later.flush()
    assert set(regex_cache.Store("v1").entries) == {("k", 4), ("k", 1), ("k", 9), ("k", 10)}


def test_past_its_byte_size_a_flush_keeps_only_what_was_used_or_writes_nothing(fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A process holds the whole store in memory: the file is kept small."""
    monkeypatch.setattr(regex_cache, "MAX_BYTES", 4000)
    store = regex_cache.Store("v2")
    for i in range(3):
        store.put(("k", i), bytes([65 + i]) * 1000)  # distinct objects: marshal would share one
    assert store.flush()
    later = regex_cache.Store("v2")
    assert later.get(("k", 0)) is not None
    later.put(("big", 0), bytes(range(250)) * 10)
    assert later.flush()  # over the size with all entries: only the used ones are written
    assert set(regex_cache.Store("v2").entries) == {("k", 0), ("big", 0)}
    huge = regex_cache.Store("v3")
    huge.put(("huge", 0), bytes(range(250)) * 20)
    assert not huge.flush() and not huge.path.exists()  # over the size even alone: nothing is written


def test_vocabulary_buckets_are_not_stored(fresh_store: Path) -> None:
    from eims_extract.prefilter import alternation

    rx = alternation(r"\b", ["crizotinib", "ceritinib", "alectinib", "lorlatinib"], r"\b", re.IGNORECASE)
    assert [m.group(0) for m in rx.finditer("Crizotinib then LORLATINIB.")] == ["Crizotinib", "LORLATINIB"]
    assert not any(isinstance(k, tuple) and k and k[0] == "plain" for k in prefilter._store().entries)


def test_the_hyphenation_lexicon_comes_back_from_the_store_without_parsing_a_rule(fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ingest's line-end lexicon reads the literal words of ~400 outcome and treatment rules (parsing them cost a new
    process ~0.5 s): a later process gets the same words from the store and parses none of the rules."""
    from eims_extract.ingest import assemble

    assemble._lexicon.cache_clear()
    cold = assemble._lexicon()
    assert "recurrence" in cold and len(cold) > 1000
    _new_process(monkeypatch)
    assemble._lexicon.cache_clear()
    parsed: list[str] = []
    real = assemble._parse_regex
    monkeypatch.setattr(assemble, "_parse_regex", lambda p: parsed.append(p) or real(p))
    try:
        assert assemble._lexicon() == cold
        assert parsed == []
    finally:
        assemble._lexicon.cache_clear()


def test_a_stored_value_is_computed_once_per_key(fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    assert prefilter.stored(("test.words", "v1", "a|b"), lambda: calls.append(1) or ["alpha"]) == ["alpha"]
    _new_process(monkeypatch)
    assert prefilter.stored(("test.words", "v1", "a|b"), lambda: calls.append(1) or ["other"]) == ["alpha"]
    assert prefilter.stored(("test.words", "v2", "a|b"), lambda: calls.append(1) or ["beta"]) == ["beta"]  # new code: new key
    assert calls == [1, 1]
