"""Speed and memory figures (the README's numbers come from here, never from tests).

Inputs are the ../shared reference paper (text and two-column PDF) when
present, and our own demo reports otherwise; the --scale corpus is generated
at run time from both, with light perturbations, and never committed.
"""

from __future__ import annotations

import os
import random
import re
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from .. import PIPELINE_VERSION

ROOT = Path(__file__).resolve().parents[3]


def _shared() -> Path:
    for c in (Path.cwd().parent / "shared", ROOT.parent / "shared"):
        if c.exists():
            return c
    return ROOT.parent / "shared"


def _stage(what: str) -> None:
    """A line on stderr as each stage starts: the whole benchmark takes minutes."""
    import sys

    print(f"benchmark: {what} ({time.perf_counter() - _T0:.0f} s) …", file=sys.stderr, flush=True)


_T0 = time.perf_counter()


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _own_peak_rss_mb() -> float:
    """This process image's own high-water mark (see :func:`~eims_extract.pipeline.runner.peak_rss_mb`)."""
    from ..pipeline.runner import peak_rss_mb

    return peak_rss_mb()


def _inputs() -> dict[str, Path]:
    shared = _shared()
    seed_txt = shared / "seeds" / "000_499c37fac1693525.txt"
    seed_pdf = shared / "pdf" / "000_499c37fac1693525.two-column.pdf"
    demo = ROOT / "corpus"
    return {
        "text": seed_txt if seed_txt.exists() else demo / "demo_01_mesenteric_eims.txt",
        "pdf": seed_pdf if seed_pdf.exists() else demo / "demo_04_review_table.pdf",
    }


def bench_documents(path: Path, repeat: int, nlp: Any) -> dict[str, Any]:
    """Ingest + extract the same document ``repeat`` times: docs/s and per-stage seconds. The first pass
    also compiles every rule family's patterns (once per process): it is reported on its own, and the
    docs/s figure is the steady state of the passes after it, so a short run is not billed the compile."""
    _stage(f"{path.suffix[1:]} documents: {repeat} x {path.name}")
    from ..pipeline.extract import extract_document
    from ..ingest import load_document

    data = path.read_bytes()
    ingest_t, extract_t = [], []
    n_rows = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        doc = load_document(path, data=data)
        t1 = time.perf_counter()
        rows = extract_document(doc, nlp)
        t2 = time.perf_counter()
        ingest_t.append(t1 - t0)
        extract_t.append(t2 - t1)
        n_rows = len(rows)
    steady = [a + b for a, b in zip(ingest_t[1:], extract_t[1:])] or [ingest_t[0] + extract_t[0]]
    return {
        "file": path.name,
        "bytes": len(data),
        "pages": doc.n_pages,
        "rows": n_rows,
        "docs_per_s": round(len(steady) / sum(steady), 2),
        "docs_per_s_with_first": round(repeat / (sum(ingest_t) + sum(extract_t)), 2),
        "first_doc_ms": round((ingest_t[0] + extract_t[0]) * 1000, 1),
        "ingest_ms_median": round(statistics.median(ingest_t) * 1000, 1),
        "extract_ms_median": round(statistics.median(extract_t) * 1000, 1),
    }


def distinct_texts() -> list[Path]:
    """Every fictional text report in the repo (corpus/*.txt, tests/data/**/*.txt), sorted."""
    return sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "data").rglob("*.txt"))


def bench_distinct(paths: list[Path], nlp: Any, warmup: Path | None = None) -> dict[str, Any]:
    """Each of ``paths`` ingested + extracted once, after one warm-up document (rules compiled):
    unlike the repeated-document figure, per-sentence caches cannot hit between passes, so this
    is the speed on documents the process has not seen."""
    _stage(f"text documents: {len(paths)} distinct, each once")
    from ..ingest import load_document
    from ..pipeline.extract import extract_document

    if warmup is not None or paths:
        w = warmup if warmup is not None else paths[0]
        extract_document(load_document(w, data=w.read_bytes()), nlp)
    times: list[float] = []
    for path in paths:
        data = path.read_bytes()
        t0 = time.perf_counter()
        extract_document(load_document(path, data=data), nlp)
        times.append(time.perf_counter() - t0)
    total = sum(times)
    return {
        "docs": len(times),
        "docs_per_s": round(len(times) / total, 2) if total > 0 else 0.0,
        "ms_median": round(statistics.median(times) * 1000, 1) if times else 0.0,
    }


def bench_pdf_floor(path: Path, repeat: int) -> dict[str, Any]:
    """PDF reading in pages/s — ours on the pdfium backend (the default) and on pdfplumber —
    against pypdfium2's plain text extraction of the same pages (the floor) and pdfplumber's
    ``extract_text``. Each timing is the best of ``repeat`` whole-file passes, so a
    neighbour's load on this shared machine moves it least."""
    _stage("PDF reading vs pypdfium2's plain text (the floor)")
    import io

    import pdfplumber
    import pypdfium2 as pdfium

    from ..ingest.pdf import read_pdf

    data = path.read_bytes()

    def best(fn: Any) -> float:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    def pdfium_text() -> None:
        doc = pdfium.PdfDocument(data)
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
        doc.close()

    def plumber_text() -> None:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for p in pdf.pages:
                p.extract_text()

    n_pages = len(pdfium.PdfDocument(data))
    floor = best(pdfium_text)
    plumber = best(plumber_text)
    ours = best(lambda: read_pdf(data, doc_id=path.stem, path=str(path), source="pdfium"))
    ours_plumber = best(lambda: read_pdf(data, doc_id=path.stem, path=str(path), source="pdfplumber"))
    return {
        "file": path.name,
        "pages": n_pages,
        "pypdfium2_text_pages_per_s": round(n_pages / floor, 1),
        "pdfplumber_extract_text_pages_per_s": round(n_pages / plumber, 2),
        "eims_ingest_pages_per_s": round(n_pages / ours, 2),
        "eims_ingest_pdfplumber_backend_pages_per_s": round(n_pages / ours_plumber, 2),
        "ratio_ours_over_pypdfium2_text": round(ours / floor, 1),
        "speedup_over_pdfplumber_backend": round(ours_plumber / ours, 1),
    }


def bench_startup(path: Path, repeat: int = 3) -> dict[str, Any]:
    """Seconds from starting ``eims-extract extract`` on one small file to its exit, and from
    starting ``eims-extract run`` to its first line (the run is then stopped): medians of
    ``repeat`` fresh processes, imports included. The regex store (:mod:`eims_extract.regex_cache`)
    starts empty: the first process is also timed alone (``extract_small_file_cold_s``, what a new
    machine or a changed rule file pays once); the median is over the later, warm processes."""
    import subprocess
    import sys

    cli = [sys.executable, "-m", "eims_extract.cli"]
    extract_s, first_line_s = [], []
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PREFECT_HOME=tmp, EIMS_EXTRACT_CACHE_DIR=f"{tmp}/regex-cache")
        t0 = time.perf_counter()
        subprocess.run([*cli, "extract", str(path), "--out", f"{tmp}/cold.jsonl"], env=env, check=True, capture_output=True)
        cold_s = time.perf_counter() - t0
        for k in range(repeat):
            t0 = time.perf_counter()
            subprocess.run([*cli, "extract", str(path), "--out", f"{tmp}/rows{k}.jsonl"], env=env, check=True, capture_output=True)
            extract_s.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            proc = subprocess.Popen(
                [*cli, "run", "--corpus", str(path), "--db", f"{tmp}/s{k}.sqlite", "--out-dir", f"{tmp}/out{k}"],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            )  # fmt: skip
            try:
                proc.stdout.readline()  # type: ignore[union-attr]
                first_line_s.append(time.perf_counter() - t0)
            finally:
                proc.kill()
                proc.wait()
    return {
        "file": path.name,
        "extract_small_file_s": round(statistics.median(extract_s), 2),
        "extract_small_file_cold_s": round(cold_s, 2),
        "run_first_line_s": round(statistics.median(first_line_s), 2),
    }


# -- generated corpus ---------------------------------------------------------
_NAMES = ["case", "report", "eims", "alk", "imt", "sarcoma", "abdominal", "omental", "mesenteric"]


def build_corpus(dest: Path, n_docs: int, seed: int = 7, fresh_words: int = 0) -> list[Path]:
    """``n_docs`` documents from the demo reports and ../shared inputs, each a
    lightly perturbed copy (ages, sizes, follow-up shifted; sentences shuffled
    within no section) under a varied file name. With ``fresh_words``, each text
    document also ends in short sentences of that many made-up words and numbers
    no other document has, as a real corpus keeps bringing names, codes and figures
    the process has not seen (what grows spaCy's string store)."""
    rng = random.Random(seed)
    fresh = random.Random(seed + 1)
    dest.mkdir(parents=True, exist_ok=True)
    sources = sorted((ROOT / "corpus").glob("demo_*.txt"))
    inputs = _inputs()
    if inputs["text"].exists() and inputs["text"] not in sources:
        sources.append(inputs["text"])
    pdf_sources = [p for p in [inputs["pdf"], ROOT / "corpus" / "demo_04_review_table.pdf"] if p.exists()]
    out: list[Path] = []
    for i in range(n_docs):
        stem = f"{rng.choice(_NAMES)}_{rng.choice(_NAMES)}_{i:04d}_{rng.randrange(16**6):06x}"
        if pdf_sources and i % 10 == 9:  # one in ten is a PDF, copied as is
            src = rng.choice(pdf_sources)
            p = dest / f"{stem}.pdf"
            shutil.copyfile(src, p)
        else:
            src = rng.choice(sources)
            text = src.read_text(encoding="utf-8")
            text = re.sub(r"\b(\d{1,2})-year-old\b", lambda m: f"{int(m.group(1)) + rng.randint(-3, 3)}-year-old", text)
            text = re.sub(r"\b(\d{1,2}) months\b", lambda m: f"{max(1, int(m.group(1)) + rng.randint(-2, 5))} months", text)
            p = dest / f"{stem}.txt"
            p.write_text(text + f"\n\nReceived: batch {i}\n" + _made_up_sentences(fresh, fresh_words), encoding="utf-8")
        out.append(p)
    return out


def _made_up_sentences(rng: random.Random, n_words: int) -> str:
    """About ``n_words`` made-up words and numbers in sentences of a dozen ("" for 0)."""
    pairs = [
        ("".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4))), rng.randint(1000, 999999))
        for _ in range(n_words // 2)
    ]  # fmt: skip
    lines = [", ".join(f"{w} {k}" for w, k in pairs[j : j + 6]) for j in range(0, len(pairs), 6)]
    return "".join(f"\nThe register lists {line}.\n" for line in lines)


def _timed(fn, *a, **k) -> tuple[float, Any]:
    t0 = time.perf_counter()
    r = fn(*a, **k)
    return time.perf_counter() - t0, r


def bench_flow(n_docs: int = 200) -> dict[str, Any]:
    """Flow vs plain loop on the same corpus, and the incremental re-run ratio."""
    _stage(f"flow vs plain loop over {n_docs} documents, then a re-run (starts Prefect)")
    from prefect.task_runners import ThreadPoolTaskRunner

    from ..pipeline.flow import eims_pipeline
    from ..pipeline.runner import run_local

    flow = eims_pipeline.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1))
    with tempfile.TemporaryDirectory(prefix="eims-bench-") as tmp:
        t = Path(tmp)
        corpus = build_corpus(t / "corpus", n_docs)
        # warm up: the pipeline and the temporary Prefect API, so neither is billed to one side
        startup, _ = _timed(flow, corpus=[str(t / "empty")], db=str(t / "w.sqlite"), out_dir=str(t / "w"), gold_dir=None)
        plain, _ = _timed(run_local, [t / "corpus"], t / "plain.sqlite", t / "plain_out")
        first, res = _timed(flow, corpus=[str(t / "corpus")], db=str(t / "flow.sqlite"), out_dir=str(t / "fo"), gold_dir=None)
        again, res2 = _timed(flow, corpus=[str(t / "corpus")], db=str(t / "flow.sqlite"), out_dir=str(t / "fo"), gold_dir=None)
    return {
        "docs": len(corpus),
        "prefect_startup_s": round(startup, 2),
        "plain_loop_s": round(plain, 2),
        "flow_first_run_s": round(first, 2),
        "flow_overhead_pct": round(100 * (first - plain) / plain, 1),
        "flow_rerun_s": round(again, 2),
        "rerun_extracted": res2["stats"].processed,
        "rerun_ratio_pct": round(100 * again / first, 1),
    }


def bench_scale(n_docs: int = 500, workers: int = 2) -> dict[str, Any]:
    """Sequential vs Dask (LocalCluster of ``workers`` processes) over one generated corpus."""
    _stage(f"scale: {n_docs} documents, sequential vs Dask x{workers}")
    from prefect.task_runners import ThreadPoolTaskRunner

    from ..pipeline.flow import eims_pipeline
    from ..pipeline.runner import auto_batch_size, dask_task_runner, run_local

    flow = eims_pipeline
    seq_flow = flow.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1))
    dask_flow = flow.with_options(task_runner=dask_task_runner(workers))
    with tempfile.TemporaryDirectory(prefix="eims-scale-") as tmp:
        t = Path(tmp)
        build_corpus(t / "corpus", n_docs)
        seq_flow(corpus=[str(t / "empty")], db=str(t / "w.sqlite"), out_dir=str(t / "w"), gold_dir=None)
        plain, _ = _timed(run_local, [t / "corpus"], t / "plain.sqlite", t / "po")
        seq, _ = _timed(seq_flow, corpus=[str(t / "corpus")], db=str(t / "seq.sqlite"), out_dir=str(t / "so"), gold_dir=None)
        dsk, dres = _timed(dask_flow, corpus=[str(t / "corpus")], db=str(t / "dask.sqlite"), out_dir=str(t / "do"), gold_dir=None)
        again, _ = _timed(seq_flow, corpus=[str(t / "corpus")], db=str(t / "seq.sqlite"), out_dir=str(t / "so"), gold_dir=None)
        doc_s = {k: _document_seconds(t / f"{k}.sqlite") for k in ("plain", "dask")}
    return {
        "docs": n_docs,
        "workers": workers,
        "plain_loop_docs_per_s": round(n_docs / plain, 2),
        "sequential_flow_docs_per_s": round(n_docs / seq, 2),
        "dask_flow_docs_per_s": round(n_docs / dsk, 2),
        "dask_speedup": round(seq / dsk, 2),
        "flow_overhead_pct": round(100 * (seq - plain) / plain, 1),
        "rerun_ratio_pct": round(100 * again / seq, 1),
        "dask_worker_peak_rss_mb": dres["stats"].worker_peak_rss_mb,
        "dask_worker_peaks_mb": sorted(dres["stats"].worker_peaks_mb.values(), reverse=True),
        "batch_size_dask": auto_batch_size(n_docs, workers),
        # ingest + extract seconds summed over documents: how much slower a document is on a
        # worker sharing the cores with the flow process and the Prefect API than in a plain loop
        "document_seconds_plain": round(doc_s["plain"], 1),
        "document_seconds_dask": round(doc_s["dask"], 1),
    }


def memory_run(n_docs: int, fresh_words: int = 0) -> dict[str, Any]:
    """Peak RSS of this process after extracting ``n_docs`` generated documents one after another
    on the sequential flow's per-document path (``extract_batch`` and ``pack_results`` over the
    flow's batches, the pipeline renewed as :func:`~eims_extract.nlp.pipeline.current_nlp`
    decides). Peak RSS is a per-process high-water mark: call this in a fresh process
    (:func:`bench_memory` does)."""
    from ..nlp import pipeline as nlp_pipeline
    from ..pipeline.runner import auto_batch_size, batches, extract_batch, pack_results

    with tempfile.TemporaryDirectory(prefix="eims-mem-") as tmp:
        paths = build_corpus(Path(tmp) / "corpus", n_docs, fresh_words=fresh_words)
        t0 = time.process_time()
        for b in batches([str(p) for p in paths], auto_batch_size(n_docs)):
            pack_results(extract_batch(b))
        cpu = time.process_time() - t0
    return {
        "docs": n_docs,
        "fresh_words": fresh_words,
        "peak_rss_mb": round(_own_peak_rss_mb(), 1),
        "strings": len(nlp_pipeline.get_nlp().vocab.strings),
        "renewals": nlp_pipeline.RENEWALS[0],
        "cpu_s": round(cpu, 1),
    }


def bench_memory(sizes: tuple[int, ...] = (200, 1000), fresh_words: int = 500) -> dict[str, Any]:
    """:func:`memory_run` for each size in a fresh process: is the sequential flow's peak flat in
    corpus size? ``fresh_words`` made-up words per document keep spaCy's string store growing,
    as a real corpus would."""
    import json
    import subprocess
    import sys

    _stage(f"memory: peak RSS over {' and '.join(map(str, sizes))} generated documents, each in a fresh process")
    runs = []
    for n in sizes:
        code = f"import json; from eims_extract.evaluation.benchmark import memory_run; print(json.dumps(memory_run({n}, {fresh_words})))"
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    return {
        "fresh_words": fresh_words,
        "runs": runs,
        "peak_growth_mb": round(runs[-1]["peak_rss_mb"] - runs[0]["peak_rss_mb"], 1),
    }


def _document_seconds(db: Path) -> float:
    import sqlite3

    with sqlite3.connect(db) as c:
        return float(c.execute("SELECT COALESCE(SUM(ingest_s + extract_s), 0) FROM documents").fetchone()[0])


def run_benchmark(repeat: int = 20, scale: bool = False, scale_docs: int = 500) -> dict[str, Any]:
    from ..nlp.pipeline import get_nlp

    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    _stage("building the nlp pipeline")
    t0 = time.perf_counter()
    nlp = get_nlp()
    build_s = time.perf_counter() - t0
    inputs = _inputs()
    figures: dict[str, Any] = {
        "pipeline_version": PIPELINE_VERSION,
        "cpu_count": os.cpu_count(),
        "nlp_build_s": round(build_s, 2),
        "text": bench_documents(inputs["text"], repeat, nlp),
        "text_distinct": bench_distinct(distinct_texts(), nlp, warmup=inputs["text"]),
        "pdf": bench_documents(inputs["pdf"], max(3, repeat // 4), nlp),
        "pdf_floor": bench_pdf_floor(inputs["pdf"], max(3, repeat // 4)),
        "startup": bench_startup(ROOT / "corpus" / "demo_01_mesenteric_eims.txt"),
    }
    figures["peak_rss_mb_single_process"] = round(_peak_rss_mb(), 1)
    figures["flow"] = bench_flow()
    if scale:
        figures["scale"] = bench_scale(scale_docs)
        figures["memory"] = bench_memory()
    return figures


def format_benchmark(f: dict[str, Any]) -> str:
    t, p, fl = f["text"], f["pdf"], f["pdf_floor"]
    lines = [
        f"pipeline {f['pipeline_version']} on {f['cpu_count']} cores; nlp build {f['nlp_build_s']} s",
        f"text  {t['file']}: {t['docs_per_s']} docs/s per core after the first document ({t['docs_per_s_with_first']} with it; "
        f"first {t['first_doc_ms']} ms, rules compiled; ingest {t['ingest_ms_median']} ms, extract {t['extract_ms_median']} ms per doc)",
        f"text  distinct documents: {f['text_distinct']['docs_per_s']} docs/s per core, median "
        f"{f['text_distinct']['ms_median']} ms ({f['text_distinct']['docs']} fictional reports, each once after a warm-up)",
        f"pdf   {p['file']}: {p['docs_per_s']} docs/s per core (ingest {p['ingest_ms_median']} ms, extract {p['extract_ms_median']} ms per doc)",
        f"pdf reading ({fl['pages']} pages): ours {fl['eims_ingest_pages_per_s']} pages/s = {fl['ratio_ours_over_pypdfium2_text']}x "
        f"pypdfium2's plain text extraction ({fl['pypdfium2_text_pages_per_s']} pages/s); on the pdfplumber backend "
        f"{fl['eims_ingest_pdfplumber_backend_pages_per_s']} pages/s (pdfium {fl['speedup_over_pdfplumber_backend']}x faster); "
        f"pdfplumber extract_text {fl['pdfplumber_extract_text_pages_per_s']} pages/s",
        f"start-up: extract on {f['startup']['file']} {f['startup']['extract_small_file_s']} s (fresh process, imports "
        f"included; {f['startup'].get('extract_small_file_cold_s', '?')} s with an empty regex store); "
        f"run's first line after {f['startup']['run_first_line_s']} s",
        f"peak RSS (single process) {f['peak_rss_mb_single_process']} MB",
    ]
    fw = f["flow"]
    lines.append(
        f"flow over {fw['docs']} docs: plain loop {fw['plain_loop_s']} s, flow {fw['flow_first_run_s']} s "
        f"(overhead {fw['flow_overhead_pct']}%), re-run {fw['flow_rerun_s']} s = {fw['rerun_ratio_pct']}% of first "
        f"({fw['rerun_extracted']} extracted); Prefect temporary API start-up {fw['prefect_startup_s']} s"
    )
    if "scale" in f:
        s = f["scale"]
        lines.append(
            f"scale {s['docs']} docs: plain {s['plain_loop_docs_per_s']} docs/s, sequential flow "
            f"{s['sequential_flow_docs_per_s']} docs/s, dask x{s['workers']} {s['dask_flow_docs_per_s']} docs/s "
            f"(speed-up {s['dask_speedup']}x, {s['batch_size_dask']} documents per task), flow overhead "
            f"{s['flow_overhead_pct']}%, re-run {s['rerun_ratio_pct']}%; document time summed: plain "
            f"{s['document_seconds_plain']} s, on workers {s['document_seconds_dask']} s; peak RSS per worker "
            f"{' / '.join(str(round(mb)) for mb in s['dask_worker_peaks_mb'])} MB"
        )
    if "memory" in f:
        m = f["memory"]
        lines.append(
            "memory, sequential path, generated documents with "
            f"{m['fresh_words']} made-up words each: peak RSS "
            + " vs ".join(f"{r['peak_rss_mb']} MB at N={r['docs']} ({r['strings']} strings, {r['renewals']} pipeline renewals)" for r in m["runs"])
            + f": {m['peak_growth_mb']:+} MB"
        )
    return "\n".join(lines)
