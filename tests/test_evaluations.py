"""Accuracy floors on our own fictional report sets (regression guards, not tuning targets):
the demo corpus, the held-out set and the blind set, each against its gold."""

from pathlib import Path

import pytest

from eims_extract.pipeline.corpus import discover
from eims_extract.pipeline.extract import process_path
from eims_extract.reporting.scoring import load_rows, score

ROOT = Path(__file__).resolve().parents[1]

SETS = [
    # (documents, gold, micro-F1 floor) — floors sit a little under the figures reached; the blind
    # sets were written by colleagues who never saw the rules (see gold/blind.md)
    ("corpus", "gold/demo.csv", 0.97),
    ("tests/data/heldout", "gold/heldout.csv", 0.97),
    ("tests/data/blind", "gold/blind.csv", 0.97),
    ("tests/data/blind2", "gold/blind2.csv", 0.97),
    ("tests/data/blind3", "gold/blind3.csv", 0.97),
    ("tests/data/blind4", "gold/blind4.csv", 0.97),
    ("tests/data/blind5", "gold/blind5.csv", 0.97),
    ("tests/data/blind6", "gold/blind6.csv", 0.97),
    ("tests/data/blind7", "gold/blind7.csv", 0.97),
    ("tests/data/blind8", "gold/blind8.csv", 0.97),
    # blind9: one fix round only (case-series tables, literature-table legends); misses listed in gold/blind.md
    ("tests/data/blind9", "gold/blind9.csv", 0.94),
    # realistic fictional sets (real-page layouts, gold in the real-text format): blind10/11 read from round 6,
    # blind12/13 held out until their measurement after round 7, read in round 8 (gold/blind.md)
    ("tests/data/blind10", "gold/blind10.csv", 0.97),
    ("tests/data/blind11", "gold/blind11.csv", 0.97),
    ("tests/data/blind12", "gold/blind12.csv", 0.95),
    ("tests/data/blind13", "gold/blind13.csv", 0.96),
    # night of 2026-12-04: blind14/15 read for fixes, blind16 held out through five merges, then read (first micro F1
    # 0.940 / 0.759 / 0.922 on a5720ba)
    ("tests/data/blind14", "gold/blind14.csv", 0.97),
    # blind15's micro F1 counts the literature-table rows of b15_05 as spurious (its gold, in the real-text format,
    # lists only the report's own patient): 0.860 with all 13 patients matched after the night round
    ("tests/data/blind15", "gold/blind15.csv", 0.84),
    ("tests/data/blind16", "gold/blind16.csv", 0.91),
    ("tests/data/blind17", "gold/blind17.csv", 0.87),  # held out; first micro F1 0.887 on a5720ba
    ("tests/data/blind18", "gold/blind18.csv", 0.87),  # held out; first micro F1 0.887 on a5720ba
    ("tests/data/blind19", "gold/blind19.csv", 0.87),  # held out; first micro F1 0.884 on a5720ba
    ("tests/data/blind20", "gold/blind20.csv", 0.88),  # held out; micro F1 0.896 on a5720ba, 0.907 on dc8be81
    ("tests/data/blind21", "gold/blind21.csv", 0.89),  # held out; micro F1 0.784 on a5720ba, 0.917 on dc8be81
    ("tests/data/blind22", "gold/blind22.csv", 0.90),  # held out; first micro F1 0.925 on dc8be81 rules
    ("tests/data/blind23", "gold/blind23.csv", 0.76),  # held out; first micro F1 0.782 on dc8be81 rules
    ("tests/data/blind24", "gold/blind24.csv", 0.86),  # held out; first micro F1 0.881 on 1c05247
    ("tests/data/blind25", "gold/blind25.csv", 0.54),  # read from 2026-12-05; first micro F1 0.565 on 1c05247
    ("tests/data/blind26", "gold/blind26.csv", 0.94),  # held out; first micro F1 0.960 on 1c05247
    ("tests/data/blind27", "gold/blind27.csv", 0.90),  # held out; first micro F1 0.924 on 1c05247
]


@pytest.mark.parametrize("docs,gold,floor", SETS)
def test_fictional_set_meets_its_floor_with_every_value_grounded(docs, gold, floor, nlp):
    rows = []
    for f in discover([ROOT / docs]):
        res = process_path(f, nlp)
        assert res.status == "ok", (f, res.error)
        rows.extend(res.rows)
    assert all(not r.ungrounded() for r in rows)
    d = score(rows, load_rows(ROOT / gold)).to_dict()
    assert d["micro"]["f1"] >= floor, d["mismatches"][:10]
    assert d["n_matched"] >= 0.9 * d["n_gold"]  # no reported patient silently lost


def test_evaluate_command_lists_every_set(capsys):
    from eims_extract.cli import main

    assert main(["evaluate", "--gold-dir", str(ROOT / "gold"), "--dev", str(ROOT / "nonexistent.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "held-out fictional reports" in out and "blind fictional reports, seventh set" in out
