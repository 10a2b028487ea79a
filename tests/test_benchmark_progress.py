"""``benchmark`` runs for minutes: each stage says on stderr that it starts; stdout keeps the figures."""

from pathlib import Path

from eims_extract.evaluation import benchmark

PDF = Path(__file__).resolve().parents[1] / "corpus" / "demo_04_review_table.pdf"


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
    f = {
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
    assert "distinct documents: 7.5 docs/s per core, median 130.0 ms (5 fictional" in benchmark.format_benchmark(f)
