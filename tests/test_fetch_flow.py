"""The fetch step at the head of the flow: fetched articles are extracted in the same run,
and a fetch that cannot reach its services never stops the extraction."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

from eims_extract.cli import load_flow
from eims_extract.reporting.scoring import load_rows

from fetch_server import LiteratureServer

ROOT = Path(__file__).resolve().parents[1]
FAST = {"since": "2031-01-01", "timeout_s": 0.5, "retries": 1, "backoff_s": 0.01, "europepmc_rate": 50.0}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_scheduled_flow_fetches_then_extracts(prefect_harness, tmp_path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / "demo_02_pediatric_omentum.txt", corpus)
    with LiteratureServer() as srv:
        monkeypatch.setenv("EIMS_EUTILS_BASE", srv.eutils)
        monkeypatch.setenv("EIMS_EUROPEPMC_BASE", srv.epmc)
        out = load_flow()(corpus=[str(corpus)], db=str(tmp_path / "s.sqlite"), out_dir=str(tmp_path / "out"), gold_dir=None, fetch=FAST)
    st = out["stats"]
    assert st.fetch["saved"] == {"xml": 2, "pdf": 1, "abstract": 1}
    assert st.processed == 5 and st.failed == 0  # the demo report and the four fetched articles
    assert (corpus / "fetched" / "PMC9000001.xml").exists()
    # doc ids are corpus-relative paths (issue 16): the fetched folder is part of the id
    assert any(r.doc_id == "fetched__PMC9000001" for r in load_rows(tmp_path / "out" / "rows.jsonl"))
    assert "- fetch: 5 records, 5 new; saved 2 JATS XML, 1 PDF, 1 abstract only; failed 1" in out["summary"]


def test_unreachable_services_do_not_stop_extraction(prefect_harness, tmp_path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / "demo_02_pediatric_omentum.txt", corpus)
    dead = f"http://127.0.0.1:{_closed_port()}"
    monkeypatch.setenv("EIMS_EUTILS_BASE", dead)
    monkeypatch.setenv("EIMS_EUROPEPMC_BASE", dead)
    out = load_flow()(corpus=[str(corpus)], db=str(tmp_path / "s.sqlite"), out_dir=str(tmp_path / "out"), gold_dir=None, fetch=FAST)
    assert out["stats"].processed == 1 and len(out["stats"].fetch["search_errors"]) == 2
    assert "connection failed" in out["stats"].fetch["search_errors"][0][1]
