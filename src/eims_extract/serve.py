"""Scheduled runs: serve the flow on a cron schedule against a real Prefect server.

Schedules need a running API, which the embedded (temporary) one is not, so
when no ``PREFECT_API_URL`` is configured a ``prefect server start`` is
launched on 127.0.0.1 and used for as long as the serve process lives.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def _healthy(api_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(api_url.rstrip("/") + "/health", timeout=timeout) as r:  # noqa: S310 (loopback)
            return r.status == 200
    except Exception:
        return False


def configured_api_url() -> str | None:
    from prefect.settings import PREFECT_API_URL

    return os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value() or None


def start_local_server(port: int = 4200, wait_s: float = 90.0, log_path: str | Path = "results/prefect-server.log"):
    """Start ``prefect server start`` on 127.0.0.1:PORT and wait until it answers."""
    api = f"http://127.0.0.1:{port}/api"
    if _healthy(api):
        return api, None
    exe = shutil.which("prefect", path=str(Path(sys.executable).parent)) or shutil.which("prefect")
    if exe is None:
        raise RuntimeError("the prefect command is not installed in this environment")
    Path(log_path).parent.mkdir(parents=True, exist_ok=True)
    log = open(log_path, "ab")  # noqa: SIM115 (lives as long as the server)
    proc = subprocess.Popen(
        [exe, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"},
    )
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"prefect server exited with {proc.returncode}; see {log_path}")
        if _healthy(api):
            return api, proc
        time.sleep(1.0)
    proc.terminate()
    raise RuntimeError(f"prefect server did not answer on {api} within {wait_s:.0f} s; see {log_path}")


def serve(args: argparse.Namespace) -> int:
    from .fetch.defaults import fetch_options
    from .flow import eims_pipeline

    proc = None
    api = configured_api_url()
    if not api:
        api, proc = start_local_server(args.port)
        os.environ["PREFECT_API_URL"] = api
        print(f"started a Prefect server: UI at {api.removesuffix('/api')} (log: results/prefect-server.log)")
    else:
        print(f"using the configured Prefect API at {api}")
    gold = None if str(args.gold_dir).lower() == "none" else args.gold_dir
    flow = eims_pipeline
    params = dict(
        corpus=[str(Path(p).resolve()) for p in args.corpus],
        db=str(Path(args.db).resolve()),
        out_dir=str(Path(args.out_dir).resolve()),
        gold_dir=str(Path(gold).resolve()) if gold else None,
        batch_size=args.batch_size,
        force=args.force,
        # the scheduled run fetches newly published articles first (``--no-fetch`` to extract only)
        fetch=None if args.no_fetch else fetch_options(args.query, str(Path(args.fetch_out).resolve()) if args.fetch_out else None),
    )
    from prefect.settings import PREFECT_API_URL, temporary_settings

    print(f"serving deployment '{args.name}' on cron '{args.cron}' (Ctrl-C to stop)")
    try:
        # settings were read at import: make this process's client use the server, not an ephemeral API
        with temporary_settings(updates={PREFECT_API_URL: api}):
            flow.serve(name=args.name, cron=args.cron, parameters=params)
    finally:
        if proc is not None:
            proc.terminate()
    return 0
