"""``eims-extract fetch`` against a local server replaying E-utilities and Europe PMC
(tests/fetch_server.py: fictional articles, real response formats, faults on purpose)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eims_extract.cli import main
from eims_extract.fetch import FetchSettings, Seen, run_fetch
from eims_extract.fetch.http import FetchError, Http, RateLimiter, RetryPolicy
from eims_extract.ingest import load_document
from eims_extract.pipeline.runner import run_local
from eims_extract.reporting.scoring import load_rows

from fetch_server import ARTICLES, Behaviour, LiteratureServer


def faulty() -> Behaviour:
    """A 503 before the PubMed search, two 429s before one PMC full text, a malformed Europe PMC
    full text for that article, and a full text that never arrives."""
    return Behaviour(
        unavailable={"/eutils/esearch.fcgi": 1},
        too_many={"/eutils/efetch.fcgi?9000004": 2},
        malformed={"/epmc/PMC9000004/fullTextXML"},
        stall={"/eutils/efetch.fcgi?9000005"},
        stall_s=1.0,
    )


def settings(srv: LiteratureServer, tmp_path: Path, **kw) -> FetchSettings:
    base = dict(
        out_dir=str(tmp_path / "corpus" / "fetched"), db=str(tmp_path / "s.sqlite"), email="curator@example.org",
        eutils_base=srv.eutils, europepmc_base=srv.epmc, timeout_s=0.4, retries=2, backoff_s=0.01,
        since=dt.date(2031, 1, 1), europepmc_rate=50.0,
    )
    base.update(kw)
    return FetchSettings(**base)


@pytest.fixture(scope="module")
def fetched(tmp_path_factory):
    """One faulty fetch shared by the tests that read its outcome (the NCBI rate makes it take seconds)."""
    with LiteratureServer(behaviour=faulty()) as srv:
        s = settings(srv, tmp_path_factory.mktemp("fetched"))
        summary = run_fetch(s)
        yield srv, s, summary


def test_best_open_text_saved_per_record(fetched) -> None:
    srv, s, summary = fetched
    assert summary.found == 5 and summary.new == 5
    assert summary.saved == {"xml": 2, "pdf": 1, "abstract": 1}
    names = sorted(p.name for p in Path(s.out_dir).iterdir())
    assert names == [
        "PMC9000001.meta.json", "PMC9000001.xml", "PMC9000004.meta.json", "PMC9000004.xml",
        "PMID90000002.meta.json", "PMID90000002.pdf", "PMID90000003.meta.json", "PMID90000003.txt",
    ]
    assert Path(s.out_dir, "PMID90000002.pdf").read_bytes().startswith(b"%PDF")


def test_failure_recorded_with_reason_run_goes_on(fetched) -> None:
    srv, s, summary = fetched
    ((key, why),) = summary.failed
    assert key == "pmid:90000005"
    assert "HTTP 404" in why and "timed out" in why
    seen = Seen(s.db)
    try:
        rows = {e["key"]: e for e in seen.entries()}
    finally:
        seen.close()
    assert rows["pmid:90000005"]["status"] == "failed" and "timed out" in rows["pmid:90000005"]["reason"]
    assert {k for k, e in rows.items() if e["status"] == "saved"} == {f"pmid:9000000{i}" for i in (1, 2, 3, 4)}


def test_retries_429_and_5xx_then_succeeds(fetched) -> None:
    srv, _, summary = fetched
    codes = [(p, c) for _, p, q, c in srv.log if p == "/eutils/esearch.fcgi" or (p == "/eutils/efetch.fcgi" and q.get("id") == ["9000004"])]
    assert [c for p, c in codes if p == "/eutils/esearch.fcgi"] == [503, 200]
    assert [c for p, c in codes if p == "/eutils/efetch.fcgi"] == [429, 429, 200]
    assert not summary.search_errors


def test_sidecar_metadata_and_document_identifiers(fetched) -> None:
    _, s, _ = fetched
    meta = json.loads(Path(s.out_dir, "PMC9000004.meta.json").read_text())
    assert {k: meta[k] for k in ("pmid", "pmcid", "doi", "journal", "year", "license", "format")} == {
        "pmid": "90000004", "pmcid": "PMC9000004", "doi": "10.99999/fict.d", "journal": "Journal of Invented Cases",
        "year": "2031", "license": "cc by", "format": "xml",
    }
    assert meta["title"].startswith("Imaginary omental") and meta["retrieved_at"].endswith("Z")
    pdf_doc = load_document(Path(s.out_dir, "PMID90000002.pdf"))  # the sidecar gives the PDF its identifiers
    assert pdf_doc.meta["pmid"] == "90000002" and pdf_doc.meta["doi"] == "10.99999/fict.b"


def test_second_run_downloads_nothing_twice(fetched) -> None:
    srv, s, _ = fetched
    before = {f: srv.hits(f) for f in ("fullTextXML", "/files/", "db=pmc")}
    with LiteratureServer(behaviour=Behaviour()) as srv2:
        again = run_fetch(settings(srv2, Path(s.db).parent))
    assert again.new == 0 and again.already_seen == 4 and again.saved == {"xml": 0, "pdf": 0, "abstract": 0}
    assert srv2.hits("fullTextXML") == 1 and srv2.hits("/files/") == 0  # only the failed record is tried again
    assert {f: srv.hits(f) for f in before} == before
    seen = Seen(s.db)
    try:
        assert {e["key"]: e["attempts"] for e in seen.entries()}["pmid:90000005"] == 2
    finally:
        seen.close()


def test_killed_fetch_resumes_without_downloading_twice(tmp_path, monkeypatch) -> None:
    import eims_extract.fetch as fetch_mod

    real_save = fetch_mod.save
    calls = {"n": 0}

    def dying_save(*a, **k):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the process killed while saving the third article
        return real_save(*a, **k)

    with LiteratureServer() as srv:
        s = settings(srv, tmp_path)
        monkeypatch.setattr(fetch_mod, "save", dying_save)
        with pytest.raises(KeyboardInterrupt):
            run_fetch(s)
        monkeypatch.setattr(fetch_mod, "save", real_save)
        first_xml = srv.hits("/epmc/PMC9000001/fullTextXML")
        resumed = run_fetch(s)
    assert first_xml == 1 and srv.hits("/epmc/PMC9000001/fullTextXML") == 1
    assert resumed.already_seen == 2 and sum(resumed.saved.values()) == 2
    assert not list(Path(s.out_dir).glob("*.part"))


def test_ncbi_rate_limit_and_identification(tmp_path) -> None:
    with LiteratureServer() as srv:
        run_fetch(settings(srv, tmp_path, sources=("pubmed",)))
        ncbi = [(t, q) for t, p, q, _ in srv.log if p.startswith("/eutils/")]
    span = ncbi[-1][0] - ncbi[0][0]  # arrival times jitter on a busy machine: check the rate over the run
    assert len(ncbi) >= 5 and span >= (len(ncbi) - 1) / 3 - 0.05  # 3 requests per second without a key
    assert all(q["tool"] == ["eims-extract"] and q["email"] == ["curator@example.org"] for _, q in ncbi)
    assert all("api_key" not in q for _, q in ncbi)


def test_api_key_raises_ncbi_rate_to_ten_per_second(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NCBI_API_KEY", "fictional-key")
    with LiteratureServer() as srv:
        s = FetchSettings.from_env(**{k: v for k, v in vars(settings(srv, tmp_path, sources=("pubmed",))).items() if k != "api_key"})
        assert s.ncbi_rate == 10.0
        run_fetch(s)
        ncbi = [(t, q) for t, p, q, _ in srv.log if p.startswith("/eutils/")]
    span = ncbi[-1][0] - ncbi[0][0]
    assert span >= (len(ncbi) - 1) / 10 - 0.05 and span < (len(ncbi) - 1) / 3  # faster than without a key
    assert all(q["api_key"] == ["fictional-key"] for _, q in ncbi)


@pytest.mark.parametrize("where", ["/eutils/esearch.fcgi", "/epmc/search"])
def test_malformed_search_answer_is_a_reason_not_a_crash(tmp_path, where) -> None:
    with LiteratureServer(behaviour=Behaviour(malformed={where})) as srv:
        summary = run_fetch(settings(srv, tmp_path))
    ((src, why),) = summary.search_errors
    assert "malformed" in why
    assert sum(summary.saved.values()) >= 3  # the other service's records are still saved
    seen = Seen(settings(srv, tmp_path).db)
    try:
        assert seen.last_since(settings(srv, tmp_path).query) is None  # "since" not moved past a failed search
    finally:
        seen.close()


def test_since_defaults_to_last_finished_fetch(tmp_path) -> None:
    with LiteratureServer() as srv:
        run_fetch(settings(srv, tmp_path, since=None, sources=("pubmed",)))
        run_fetch(settings(srv, tmp_path, since=None, sources=("pubmed",)))
        mins = [q.get("mindate", [None])[0] for _, p, q, _ in srv.log if p == "/eutils/esearch.fcgi"]
    first_day = (dt.date.today() - dt.timedelta(days=365)).strftime("%Y/%m/%d")
    assert mins == [first_day, dt.date.today().strftime("%Y/%m/%d")]


def test_retry_gives_up_with_one_line_reason() -> None:
    import httpx

    def always_busy(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "0"})

    http = Http(RateLimiter(1000), RetryPolicy(retries=2, backoff_s=0.0), client=httpx.Client(transport=httpx.MockTransport(always_busy)))
    with pytest.raises(FetchError, match=r"^HTTP 429 from http://127.0.0.1:9/x \(after 3 attempts\)$"):
        http.get("http://127.0.0.1:9/x")
    assert http.requests == 3


def test_fetched_corpus_extracts_and_groups(fetched, tmp_path, nlp) -> None:
    _, s, _ = fetched
    out = run_local([Path(s.out_dir)], tmp_path / "x.sqlite", tmp_path / "out")
    assert out["stats"].failed == 0 and out["stats"].processed == 4
    rows = load_rows(tmp_path / "out" / "rows.jsonl")
    mesentery = [r for r in rows if r.doc_id == "PMC9000001"]
    assert mesentery and mesentery[0].age_years == 52 and mesentery[0].sex == "male"
    papers = json.loads((tmp_path / "out" / "papers.json").read_text())
    assert {p["paper"] for p in papers} >= {"doi:10.99999/fict.a", "doi:10.99999/fict.d"}


def test_fetch_help_documents_query_since_key_email(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["fetch", "--help"])
    out = capsys.readouterr().out
    for opt in ("--query", "--since", "--api-key", "--email", "NCBI_API_KEY", "--source"):
        assert opt in out


def test_fetch_command_against_local_server(tmp_path, capsys) -> None:
    with LiteratureServer() as srv:
        rc = main([
            "fetch", "--out", str(tmp_path / "c"), "--db", str(tmp_path / "s.sqlite"), "--since", "2031-01-01",
            "--eutils-base", srv.eutils, "--europepmc-base", srv.epmc, "--email", "x@example.org", "--timeout", "0.5",
        ])
    out = capsys.readouterr().out
    assert rc == 0 and "saved: 2 JATS XML, 1 PDF, 1 abstract only; failed: 1" in out
    assert len(list((tmp_path / "c").glob("*.meta.json"))) == 4
    assert len(ARTICLES) == 5


@pytest.mark.parametrize("per_second", [3.0, 10.0])
def test_rate_limiter_spaces_request_starts(per_second) -> None:
    lim = RateLimiter(per_second)
    for _ in range(4):
        lim.wait()
    gaps = [b - a for a, b in zip(lim.starts, lim.starts[1:])]
    assert min(gaps) >= 1 / per_second - 1e-3


def test_abstract_only_record_upgraded_when_full_text_opens(tmp_path) -> None:
    from fetch_server import Article

    early = Article("90000010", "A fictional report first listed without full text", "An invented abstract.")
    with LiteratureServer(articles=[early]) as srv:
        first = run_fetch(settings(srv, tmp_path, sources=("pubmed",)))
    later = Article(
        "90000010", early.title, early.abstract, pmcid="PMC9000010", doi="10.99999/fict.z",
        jats_body="A 45-year-old woman, an invented patient, had an omental mass.",
    )
    with LiteratureServer(articles=[later]) as srv:
        second = run_fetch(settings(srv, tmp_path))
        third = run_fetch(settings(srv, tmp_path))
    assert first.saved["abstract"] == 1 and second.saved["xml"] == 1 and third.already_seen == 1
    assert sorted(p.name for p in Path(tmp_path / "corpus" / "fetched").glob("*") if not p.name.endswith(".json")) == [
        "PMC9000010.xml", "PMID90000010.txt",  # both kept; grouped by PMID, the XML feeds the rows
    ]


def test_sigkilled_fetch_process_resumes(tmp_path) -> None:
    """``eims-extract fetch`` killed with SIGKILL while a full text stalls: the next fetch saves the rest
    and downloads nothing it had saved."""
    import os
    import signal
    import subprocess
    import sys
    import time

    out, db = tmp_path / "c", tmp_path / "s.sqlite"
    with LiteratureServer(behaviour=Behaviour(stall={"/epmc/PMC9000004/fullTextXML"}, stall_s=30.0)) as srv:
        args = [
            "fetch", "--out", str(out), "--db", str(db), "--since", "2031-01-01", "--source", "europepmc",
            "--eutils-base", srv.eutils, "--europepmc-base", srv.epmc, "--timeout", "20", "--retries", "0",
        ]
        proc = subprocess.Popen([sys.executable, "-m", "eims_extract.cli", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while srv.hits("/epmc/PMC9000004/fullTextXML") == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        saved_before = sorted(p.name for p in out.glob("*.meta.json"))
        srv.behaviour.stall.clear()
        pdf_hits = srv.hits("/files/")
        resumed = run_fetch(settings(srv, tmp_path, out_dir=str(out), db=str(db), sources=("europepmc",)))
    assert saved_before == ["PMC9000001.meta.json", "PMID90000002.meta.json"]
    assert resumed.already_seen == 2 and resumed.saved["xml"] == 1
    assert srv.hits("/files/") == pdf_hits and srv.hits("/epmc/PMC9000001/fullTextXML") == 1
