"""``benchmark`` runs for minutes: each stage says on stderr that it starts; stdout keeps the figures."""

from pathlib import Path

from eims_extract.evaluation import benchmark

PDF = Path(__file__).resolve().parents[1] / "corpus" / "demo_04_review_table.pdf"


def test_a_stage_announces_itself_on_stderr(capsys):
    figures = benchmark.bench_pdf_floor(PDF, 1)
    assert figures["eims_ingest_pages_per_s"] > 0
    out = capsys.readouterr()
    assert out.err.startswith("benchmark: PDF reading vs pypdfium2's plain text (the floor) (") and out.out == ""
