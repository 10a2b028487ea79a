"""The real-report set keeps facts in git and texts in a cache rebuilt from saved search answers."""

import collections
import csv
import json

import pytest

from eims_extract.evaluation import realdev
from eims_extract.evaluation.evaluate import stated_facts

TEXT = "A 40-year-old fictional woman had a made-up mass of the spleen."


def _manifest(tmp_path, **over):
    line = {"doc_id": "r_01_spleen", "url": "https://example.org/a", "query": "spleen mass case",
            "rank": 1, "part": "dev", "sha256": realdev.sha256_text(TEXT)}
    line.update(over)
    p = tmp_path / "manifest.jsonl"
    p.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return p


def test_import_writes_the_excerpt_whose_url_and_hash_match(tmp_path):
    entries = realdev.load_manifest(_manifest(tmp_path))
    answer = {"results": [{"url": "https://example.org/a", "excerpt": TEXT},
                          {"url": "https://example.org/other", "excerpt": "unrelated"}]}
    assert realdev.import_results(entries, [answer], tmp_path / "cache") == ["r_01_spleen"]
    assert (tmp_path / "cache/dev/r_01_spleen.txt").read_text(encoding="utf-8") == TEXT
    assert realdev.check_cache(entries, tmp_path / "cache")["ok"] == ["r_01_spleen"]


def test_recrawled_page_with_other_text_is_not_swapped_in(tmp_path):
    entries = realdev.load_manifest(_manifest(tmp_path))
    answer = {"results": [{"url": "https://example.org/a", "excerpt": TEXT + " Updated."}]}
    assert realdev.import_results(entries, [answer], tmp_path / "cache") == []
    assert realdev.check_cache(entries, tmp_path / "cache")["missing"] == ["r_01_spleen"]


def test_changed_cache_file_is_reported(tmp_path):
    entries = realdev.load_manifest(_manifest(tmp_path))
    p = entries[0].path(tmp_path / "cache")
    p.parent.mkdir(parents=True)
    p.write_text(TEXT.upper(), encoding="utf-8")
    assert realdev.check_cache(entries, tmp_path / "cache")["changed"] == ["r_01_spleen"]


@pytest.mark.parametrize("over", [{"colour": "red"}, {"part": "train"}])
def test_manifest_rejects_unknown_keys_and_parts(tmp_path, over):
    with pytest.raises(ValueError, match="manifest.jsonl:1"):
        realdev.load_manifest(_manifest(tmp_path, **over))


def test_committed_manifest_and_gold_agree_part_by_part():
    """Each part's gold CSV has rows for exactly its manifest documents, as many as the manifest says."""
    if not realdev.MANIFEST.exists():
        pytest.fail("gold/real_dev/manifest.jsonl is missing")
    entries = realdev.load_manifest()
    assert {e.part for e in entries} == set(realdev.PARTS)
    assert len({e.doc_id for e in entries}) == len(entries)
    for part in realdev.PARTS:
        with open(realdev.MANIFEST.parent / f"{part}.csv", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        counts = collections.Counter(r["doc_id"] for r in rows)
        expected = {e.doc_id: e.patients for e in entries if e.part == part}
        assert dict(counts) == expected, part


def test_stated_facts_count_list_elements_and_scalars():
    rep = {
        "fields": {"age_years": {"cor": 3, "inc": 1, "mis": 1, "spu": 0},
                   "ihc_positive": {"cor": 1, "inc": 1, "mis": 0, "spu": 0}},
        "list_elements": {"ihc_positive": {"tp": 4, "fn": 1, "fp": 2}},
    }
    sf = stated_facts(rep)
    assert sf["fields"]["age_years"] == {"stated": 5, "found": 3, "share": 0.6}
    assert sf["fields"]["ihc_positive"]["stated"] == 5 and sf["fields"]["ihc_positive"]["found"] == 4
    assert sf["stated"] == 10 and sf["found"] == 7 and sf["share"] == 0.7


def test_recrawled_page_is_written_when_accepted_and_then_reported_changed(tmp_path):
    entries = realdev.load_manifest(_manifest(tmp_path))
    answer = {"results": [{"url": "https://example.org/a", "excerpt": TEXT + " Updated."}]}
    assert realdev.import_results(entries, [answer], tmp_path / "cache", accept_changed=True) == ["r_01_spleen"]
    assert realdev.check_cache(entries, tmp_path / "cache")["changed"] == ["r_01_spleen"]
