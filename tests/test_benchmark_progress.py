"""``benchmark`` runs for minutes: each stage says on stderr that it starts; stdout keeps the figures."""

from pathlib import Path

import pytest

from eims_extract import benchmark

PDF = Path(__file__).resolve().parents[1] / "corpus" / "demo_04_review_table.pdf"


@pytest.mark.skipif(not PDF.exists(), reason="demo PDF missing")
def test_a_stage_announces_itself_on_stderr(capsys):
    figures = benchmark.bench_pdf_floor(PDF, 1)
    assert figures["eims_ingest_pages_per_s"] > 0
    out = capsys.readouterr()
    assert out.err.startswith("benchmark: PDF ingestion vs pdfplumber extract_text (") and out.out == ""
