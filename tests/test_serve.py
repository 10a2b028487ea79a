"""Scheduled runs need a real Prefect server on 127.0.0.1: ``serve`` starts one when
none is configured. This test starts it for real on a free port and registers a
cron deployment against it."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from eims_extract.serve import _healthy, start_local_server


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
        )
        env = {**os.environ, "PREFECT_API_URL": api, "PREFECT_HOME": str(tmp_path / "prefect")}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, cwd=Path(__file__).resolve().parents[1],
            capture_output=True, text=True, timeout=180,
        )
        assert out.returncode == 0, out.stderr[-2000:]
        assert out.stdout.strip().splitlines()[-1] == "t 0 6 * * *"
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
    assert not _healthy(api)
