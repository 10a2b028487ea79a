"""Scheduled runs need a real Prefect server on 127.0.0.1: ``serve`` starts one when
none is configured. This test starts it for real on a free port and registers a
cron deployment against it."""

import os
import socket
import subprocess
import time
import sys
from pathlib import Path

import pytest

from eims_extract.pipeline.serve import _healthy, start_local_server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_local_server_starts_on_loopback_and_takes_a_cron_deployment(tmp_path, monkeypatch):
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    port = _free_port()
    api, proc = start_local_server(port, wait_s=150, log_path=tmp_path / "server.log")
    try:
        assert api == f"http://127.0.0.1:{port}/api" and _healthy(api)
        code = (
            "from eims_extract.cli import load_flow\n"
            "from prefect.client.orchestration import get_client\n"
            "flow = load_flow()\n"
            "dep = flow.to_deployment(name='t', cron='0 6 * * *')\n"
            "dep_id = dep.apply()\n"
            "with get_client(sync_client=True) as c:\n"
            "    d = c.read_deployment(dep_id)\n"
            "    print(d.name, d.schedules[0].schedule.cron)\n"
            "    c.create_flow_run_from_deployment(dep_id)\n"
            "from eims_extract.pipeline.serve import deployment_runs\n"
            f"print(sorted({{r.state for r in deployment_runs('t', {api!r})}}), deployment_runs('other', {api!r}))\n"
        )
        env = {**os.environ, "PREFECT_API_URL": api, "PREFECT_HOME": str(tmp_path / "prefect")}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, cwd=Path(__file__).resolve().parents[1],
            capture_output=True, text=True, timeout=180,
        )
        assert out.returncode == 0, out.stderr[-2000:]
        assert out.stdout.strip().splitlines()[-2:] == ["t 0 6 * * *", "['Scheduled'] []"]
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
    assert not _healthy(api)


from eims_extract.pipeline.serve import RunView, RunWatcher, run_lines  # noqa: E402


@pytest.mark.parametrize(
    ("before", "now", "said"),
    [
        (None, RunView("1", "calm-otter", "Scheduled", False), None),  # a cron lists future runs: silent
        ("Scheduled", RunView("1", "calm-otter", "Pending", False), None),
        ("Pending", RunView("1", "calm-otter", "Running", False), "run calm-otter started"),
        ("Running", RunView("1", "calm-otter", "Completed", True, 12.34), "run calm-otter completed after 12.3 s"),
        ("Running", RunView("1", "calm-otter", "Failed", True, 3.0), "run calm-otter failed after 3.0 s"),
        ("Completed", RunView("1", "calm-otter", "Completed", True, 12.3), None),  # no change, no line
    ],
)
def test_a_line_when_a_scheduled_run_starts_and_ends(before, now, said):
    seen = {} if before is None else {"1": before}
    lines = run_lines(seen, [now])
    assert [line.split(" ", 1)[1] for line in lines] == ([said] if said else [])
    assert seen["1"] == now.state


def test_watcher_stays_quiet_about_runs_finished_before_it_started():
    import io
    import threading

    polls = [
        [RunView("old", "past-run", "Completed", True, 5.0)],
        [RunView("old", "past-run", "Completed", True, 5.0), RunView("new", "next-run", "Running", False)],
        [RunView("new", "next-run", "Completed", True, 1.5)],
    ]
    done = threading.Event()

    def fetch():
        if len(polls) == 1:
            done.set()
        if not polls:
            raise ConnectionError("server restarting")  # skipped, never fatal
        return polls.pop(0)

    out = io.StringIO()
    w = RunWatcher(fetch, every=0.01, out=out)
    w.start()
    assert done.wait(5)
    time.sleep(0.1)
    w.stop()
    w.join(5)
    said = [line.split(" ", 1)[1] for line in out.getvalue().splitlines()]
    assert said == ["run next-run started", "run next-run completed after 1.5 s"]


def test_serve_sends_the_server_log_to_out_dir(tmp_path, monkeypatch, capsys):
    import argparse

    import eims_extract.pipeline.serve as serve_mod

    got = {}

    def fake_start(port, log_path):
        got["log"] = Path(log_path)
        raise RuntimeError("stop here")

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setattr(serve_mod, "configured_api_url", lambda: None)
    monkeypatch.setattr(serve_mod, "start_local_server", fake_start)
    args = argparse.Namespace(out_dir=str(tmp_path / "out"), port=4999)
    with pytest.raises(RuntimeError):
        serve_mod.serve(args)
    assert got["log"] == tmp_path / "out" / "prefect-server.log"
    assert str(got["log"]) in capsys.readouterr().out


def test_serve_passes_per_document_limits_to_every_scheduled_run(tmp_path, monkeypatch):
    """``serve --max-pages 7`` must reach the deployment's parameters, as ``run --max-pages`` does."""
    import eims_extract.pipeline.flow as flow_mod
    import eims_extract.pipeline.serve as serve_mod
    from eims_extract.cli import main

    got = {}

    class FakeFlow:
        def serve(self, name, cron, parameters, print_starting_message):
            got.update(parameters)

    monkeypatch.setattr(serve_mod, "configured_api_url", lambda: "http://127.0.0.1:9/api")
    monkeypatch.setattr(serve_mod, "deployment_runs", lambda *a, **k: [])
    monkeypatch.setattr(flow_mod, "eims_pipeline", FakeFlow())
    (tmp_path / "c").mkdir()
    rc = main(["serve", "--corpus", str(tmp_path / "c"), "--gold-dir", "none", "--no-fetch",
               "--out-dir", str(tmp_path / "out"), "--max-pages", "7", "--max-seconds", "0"])
    assert rc == 0
    assert got["limits"]["max_pages"] == 7 and got["limits"]["max_seconds"] is None  # 0 switches a limit off
