"""Batching of the work: cost-balanced, heaviest first, sized for the task runner."""

from __future__ import annotations

import pytest

from eims_extract.pipeline import runner
from eims_extract.pipeline.corpus import WorkItem


def _items(sizes):
    return [WorkItem(f"/c/doc{i:03d}.txt", f"h{i}", s) for i, s in enumerate(sizes)]


@pytest.mark.parametrize(
    ("n_docs", "slots", "expected"),
    [(0, 1, 8), (10, 1, 8), (500, 1, 64), (500, 2, 63), (120, 2, 15), (10_000, 4, 64)],
)
def test_auto_batch_size(n_docs, slots, expected):
    assert runner.auto_batch_size(n_docs, slots) == expected


def test_every_document_lands_in_exactly_one_batch():
    items = _items([5, 1, 9, 3, 3, 7, 2, 8, 4, 6, 1])
    got = runner.batches(items, 3)
    flat = [w for b in got for w in b]
    assert sorted(flat, key=lambda w: w.path) == sorted(items, key=lambda w: w.path)
    assert len(got) == 4  # ceil(11 / 3)


def test_one_big_pdf_among_small_texts_gets_a_batch_of_its_own():
    """Regression: count-based batches put a 200-page PDF with seven texts, so that batch
    finished long after the others and one worker idled."""
    items = _items([20_000] * 15 + [2_000_000])
    got = runner.batches(items, 4, slots=2)
    assert got[0] == [items[-1]]  # heaviest first, alone
    loads = [sum(w.nbytes for w in b) for b in got]
    assert loads == sorted(loads, reverse=True)


def test_batches_balance_cost_within_the_largest_document():
    sizes = [1000, 900, 850, 700, 640, 600, 500, 420, 400, 300, 220, 150, 120, 90, 60, 30]
    got = runner.batches(_items(sizes), 4)
    loads = [sum(w.nbytes for w in b) for b in got]
    assert max(loads) - min(loads) <= max(sizes)


@pytest.mark.parametrize(("n", "size", "slots", "k"), [(40, 8, 2, 6), (40, 8, 1, 5), (3, 1, 4, 3), (9, 100, 2, 1)])
def test_batch_count_is_a_multiple_of_the_slots_when_there_is_enough_work(n, size, slots, k):
    assert len(runner.batches(_items([100] * n), size, slots=slots)) == k


def test_discover_tuples_and_bare_paths_are_accepted(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("x" * 10)
    b.write_text("x" * 1000)
    got = runner.batches([(str(a), "ha", 10), str(b)], 1)
    assert [[w.path for w in bt] for bt in got] == [[str(b)], [str(a)]]
    assert got[0][0].nbytes == 1000 and got[1][0].sha256 == "ha"


def test_rows_are_the_same_when_the_pipeline_is_renewed_before_every_document(monkeypatch):
    """The memory bound (nlp.pipeline.MAX_STRINGS) renews the shared pipeline between documents:
    the rows and their evidence must not depend on it."""
    from dataclasses import asdict
    from pathlib import Path

    from eims_extract.nlp import pipeline
    from eims_extract.nlp.pipeline import build_nlp
    from eims_extract.pipeline.runner import extract_batch

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    paths = [str(p) for p in sorted(corpus.glob("demo_*.txt"))[:3]]
    monkeypatch.setattr(pipeline, "_SHARED", [build_nlp()])
    monkeypatch.setattr(pipeline, "RENEWALS", [0])
    kept = [[asdict(r) for r in res.rows] for res in extract_batch(paths)]
    assert pipeline.RENEWALS == [0]
    monkeypatch.setattr(pipeline, "MAX_STRINGS", 0)  # renewed before every document
    renewed = [[asdict(r) for r in res.rows] for res in extract_batch(paths)]
    assert pipeline.RENEWALS == [len(paths)]
    assert renewed == kept and any(kept)

