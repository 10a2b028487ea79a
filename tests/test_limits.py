"""Issue 16 item 6: per-document limits on bytes, pages, seconds and memory fail that document
with a one-line reason; the worker goes on to the next document."""

import re
import time

import pytest
from fpdf import FPDF

from eims_extract.pipeline import extract as extract_mod
from eims_extract.cli import main
from eims_extract.pipeline.extract import process_path
from eims_extract.pipeline.limits import Limits, deadline

REPORT = "Case report\nA 39-year-old woman presented with a mesenteric mass, which was resected.\n"


def _pdf(path, pages):
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for i in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Page {i + 1}. A 39-year-old woman presented with a mesenteric mass.")
    pdf.output(str(path))
    return path


def test_file_over_the_byte_limit_fails_before_it_is_read(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(REPORT * 100)
    res = process_path(p, limits=Limits(max_bytes=1000))
    assert res.status == "failed" and res.error.startswith("too large:") and "--max-bytes" in res.error


@pytest.mark.parametrize("precheck", [True, False], ids=["large_pdf_before_layout", "small_pdf_after_reading"])
def test_pdf_over_the_page_limit_fails(tmp_path, monkeypatch, precheck):
    called = []
    real = extract_mod.load_document
    monkeypatch.setattr(extract_mod, "load_document", lambda *a, **k: called.append(1) or real(*a, **k))
    if precheck:
        monkeypatch.setattr(extract_mod, "PAGE_PRECHECK_BYTES", 0)
    res = process_path(_pdf(tmp_path / "long.pdf", 5), limits=Limits(max_pages=3))
    assert res.status == "failed" and res.error == "too many pages: 5 > limit 3 (--max-pages)"
    assert bool(called) is not precheck


def _endless(doc, nlp=None):
    while True:
        time.sleep(0.005)


def _endless_swallowing(doc, nlp=None):
    end = time.monotonic() + 1.5
    while time.monotonic() < end:
        try:
            time.sleep(0.005)
        except Exception:  # a careless broad except in extraction code must not defeat the limit
            pass
    return [], None


def _stuck_in_one_regex_call(doc, nlp=None):
    # one C call that backtracks for ~30 s (blanks around optional pieces cost a power of the run): no bytecode runs
    # in between, so only the signal the watcher sends the main thread gets it out
    re.match(r"(?:\s*,?){4}y", " " * 400)
    return [], None


def _hungry(doc, nlp=None):
    hoard = []
    for _ in range(200):
        hoard.append(bytearray(10 * 1024 * 1024))
        time.sleep(0.01)
    return [], None


@pytest.mark.parametrize(
    "work,limits,reason",
    [
        (_endless, Limits(max_seconds=0.3), "took longer than 0.3 s (--max-seconds)"),
        (_endless_swallowing, Limits(max_seconds=0.3), "took longer than 0.3 s (--max-seconds)"),
        (_stuck_in_one_regex_call, Limits(max_seconds=0.3), "took longer than 0.3 s (--max-seconds)"),
        (_hungry, Limits(max_memory_mb=100), "needed more than 100 MB of memory (--max-memory-mb)"),
    ],
    ids=["endless", "endless_swallowing_exceptions", "stuck_in_one_regex_call", "memory_hungry"],
)
def test_document_over_time_or_memory_fails_and_the_next_one_is_fine(work, limits, reason, tmp_path, monkeypatch, nlp):
    p = tmp_path / "r.txt"
    p.write_text(REPORT)
    t0 = time.monotonic()
    with monkeypatch.context() as m:
        m.setattr(extract_mod, "extract_with_gate", work)
        res = process_path(p, nlp, limits=limits)
    assert res.status == "failed" and res.error == reason
    assert time.monotonic() - t0 < 15  # the limit fired (an endless document never returns), not a speed figure
    time.sleep(0.2)  # nothing left pending for this thread
    ok = process_path(p, nlp)
    assert ok.status == "ok" and ok.rows


def test_deadline_leaves_quick_work_alone():
    with deadline(5, 500):
        x = sum(range(1000))
    time.sleep(0.1)
    assert x == 499500


def test_limits_are_cli_options(tmp_path, capsys):
    p = tmp_path / "r.txt"
    p.write_text(REPORT * 50)
    assert main(["extract", str(p), "--out", str(tmp_path / "o.jsonl"), "--max-bytes", "100", "--strict"]) == 1
    assert "too large" in capsys.readouterr().err
    assert main(["extract", str(p), "--out", str(tmp_path / "o.jsonl"), "--max-bytes", "0", "--strict"]) == 0


def test_document_stuck_in_one_regex_call_fails_and_the_run_goes_on(tmp_path, monkeypatch, capsys):
    stuck, fine = tmp_path / "a_stuck.txt", tmp_path / "b_fine.txt"
    stuck.write_text(REPORT)
    fine.write_text(REPORT)
    real = extract_mod.extract_with_gate

    def work(doc, nlp=None):
        return _stuck_in_one_regex_call(doc) if doc.doc_id == "a_stuck" else real(doc, nlp)

    monkeypatch.setattr(extract_mod, "extract_with_gate", work)
    t0 = time.monotonic()
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "o.jsonl"), "--max-seconds", "0.5", "--no-progress"]) == 0
    assert time.monotonic() - t0 < 20
    err = capsys.readouterr().err
    assert f"failed: {stuck}: took longer than 0.5 s (--max-seconds)" in err.splitlines()
    assert "b_fine" in (tmp_path / "o.jsonl").read_text()
