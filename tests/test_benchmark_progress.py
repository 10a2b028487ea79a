"""``benchmark`` runs for minutes: each stage says on stderr that it starts; stdout keeps the figures."""

from pathlib import Path

from eims_extract.evaluation import benchmark

PDF = Path(__file__).resolve().parents[1] / "corpus" / "demo_04_review_table.pdf"

_FIGURES = {
    "pipeline_version": "x", "cpu_count": 2, "nlp_build_s": 1.0,
    "text": {"file": "a.txt", "docs_per_s": 10.0, "docs_per_s_with_first": 9.0, "first_doc_ms": 1.0,
             "ingest_ms_median": 1.0, "extract_ms_median": 1.0},
    "text_distinct": {"docs": 5, "docs_per_s": 7.5, "ms_median": 130.0},
    "pdf": {"file": "b.pdf", "docs_per_s": 1.0, "ingest_ms_median": 1.0, "extract_ms_median": 1.0},
    "pdf_floor": {"pages": 1, "eims_ingest_pages_per_s": 1, "ratio_ours_over_pypdfium2_text": 1,
                  "pypdfium2_text_pages_per_s": 1, "eims_ingest_pdfplumber_backend_pages_per_s": 1,
                  "speedup_over_pdfplumber_backend": 1, "pdfplumber_extract_text_pages_per_s": 1},
    "startup": {"file": "c.txt", "extract_small_file_s": 1, "run_first_line_s": 1},
    "peak_rss_mb_single_process": 1,
    "flow": {"docs": 1, "plain_loop_s": 1, "flow_first_run_s": 1, "flow_overhead_pct": 1, "flow_rerun_s": 1,
             "rerun_ratio_pct": 1, "rerun_extracted": 0, "prefect_startup_s": 1},
}  # fmt: skip


def test_a_stage_announces_itself_on_stderr(capsys):
    figures = benchmark.bench_pdf_floor(PDF, 1)
    assert figures["eims_ingest_pages_per_s"] > 0
    out = capsys.readouterr()
    assert out.err.startswith("benchmark: PDF reading vs pypdfium2's plain text (the floor) (") and out.out == ""


def test_distinct_documents_figure_is_there_and_positive(capsys):
    """Two different reports, each read once: the figure exists and is positive (no timing bound)."""
    from eims_extract.nlp.pipeline import get_nlp

    paths = benchmark.distinct_texts()
    assert len(paths) > 3 and all(p.suffix == ".txt" for p in paths)
    figures = benchmark.bench_distinct(paths[:2], get_nlp())
    assert figures["docs"] == 2 and figures["docs_per_s"] > 0 and figures["ms_median"] > 0
    assert "2 distinct" in capsys.readouterr().err


def test_summary_line_names_the_distinct_documents_figure():
    f = dict(_FIGURES)
    assert "distinct documents: 7.5 docs/s per core, median 130.0 ms (5 fictional" in benchmark.format_benchmark(f)


def test_generated_corpus_is_unchanged_without_fresh_words_and_each_document_gets_its_own(tmp_path):
    """The memory figure's corpus: made-up words added only when asked, different in every document."""
    import re

    plain = benchmark.build_corpus(tmp_path / "a", 12)
    again = benchmark.build_corpus(tmp_path / "b", 12, fresh_words=0)
    assert [p.read_bytes() for p in plain] == [p.read_bytes() for p in again]
    fresh = benchmark.build_corpus(tmp_path / "c", 12, fresh_words=24)
    texts = [(p, f.read_text()) for p, f in zip(plain, fresh) if f.suffix == ".txt"]
    assert len(texts) >= 5
    words = []
    for p, t in texts:
        assert t.startswith(p.read_text())
        added = t[len(p.read_text()):]
        assert added.count("The register lists") == 2  # 12 pairs in sentences of six
        words.append(set(re.findall(r"[a-z]{4,} \d+", added)))
    assert all(len(w) == 12 for w in words)
    assert not set.intersection(*words)


def test_memory_line_gives_peak_rss_at_each_size():
    f = {"memory": {"fresh_words": 200, "peak_growth_mb": 1.5, "runs": [
        {"docs": 200, "peak_rss_mb": 180.0, "strings": 50000, "renewals": 0},
        {"docs": 1000, "peak_rss_mb": 181.5, "strings": 60000, "renewals": 1}]}}  # fmt: skip
    line = benchmark.format_benchmark({**_FIGURES, **f}).splitlines()[-1]
    assert line.startswith("memory, sequential path") and "180.0 MB at N=200" in line and "181.5 MB at N=1000" in line
    assert line.endswith(": +1.5 MB")


def test_memory_run_reports_peak_strings_and_renewals(monkeypatch):
    """The figure's one-process run on a few documents (its own pipeline: the session's stays as it is)."""
    from eims_extract.nlp import pipeline

    monkeypatch.setattr(pipeline, "_SHARED", [pipeline.build_nlp()])
    monkeypatch.setattr(pipeline, "RENEWALS", [0])
    r = benchmark.memory_run(4, fresh_words=20)
    assert r["docs"] == 4 and r["fresh_words"] == 20 and r["peak_rss_mb"] > 0
    assert r["strings"] == len(pipeline.get_nlp().vocab.strings) and r["renewals"] == 0


def test_a_child_started_by_a_large_parent_reports_its_own_peak_not_the_parents():
    """Regression (memory figure equal at 200 and 1,000 documents): ru_maxrss of a fresh child keeps the
    benchmark process's peak across fork and exec; the figure must be the child's own high-water mark."""
    import subprocess
    import sys

    ballast = bytearray(600 * 1024 * 1024)  # the parent's peak: 600 MB touched
    ballast[:: 4096] = b"x" * len(ballast[:: 4096])
    code = "from eims_extract.evaluation.benchmark import _own_peak_rss_mb; print(_own_peak_rss_mb())"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    del ballast
    assert float(out.strip().splitlines()[-1]) < 400
