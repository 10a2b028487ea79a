"""Scheduled runs: serve the flow on a cron schedule against a real Prefect server.

Schedules need a running API, which the embedded (temporary) one is not, so
when no ``PREFECT_API_URL`` is configured a ``prefect server start`` is
launched on 127.0.0.1 and used for as long as the serve process lives; its log
goes to ``<out-dir>/prefect-server.log``.

Scheduled runs execute in subprocesses that load the flow from its module, so
hooks added here would not reach them: a thread asks the API for the
deployment's runs instead and prints a line when one starts and when it ends.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
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


@dataclass(frozen=True)
class RunView:
    """What the run lines need of a Prefect flow run."""

    id: str
    name: str
    state: str  # state name: Scheduled, Pending, Running, Completed, Failed, Crashed, Cancelled, ...
    final: bool
    seconds: float | None = None


def run_lines(seen: dict[str, str], runs: Iterable[RunView]) -> list[str]:
    """Lines for the runs whose state changed since ``seen`` (updated in place): one when a run
    starts and one when it ends; scheduled and pending states say nothing (a cron lists many)."""
    lines = []
    for r in runs:
        before = seen.get(r.id)
        if before == r.state:
            continue
        seen[r.id] = r.state
        if r.state == "Running":
            lines.append(f"{time.strftime('%H:%M:%S')} run {r.name} started")
        elif r.final and before is not None:
            took = f" after {r.seconds:.1f} s" if r.seconds is not None else ""
            lines.append(f"{time.strftime('%H:%M:%S')} run {r.name} {r.state.lower()}{took}")
    return lines


def deployment_runs(deployment: str, api: str, limit: int = 10) -> list[RunView]:
    """The deployment's latest flow runs, from the API at ``api`` (settings are per thread)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterName
    from prefect.client.schemas.sorting import FlowRunSort
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api}), get_client(sync_client=True) as c:
        runs = c.read_flow_runs(
            deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=[deployment])),
            sort=FlowRunSort.EXPECTED_START_TIME_DESC,
            limit=limit,
        )
    out = []
    for r in runs:
        st = r.state
        final = bool(st is not None and st.is_final())
        secs = r.total_run_time.total_seconds() if final and r.total_run_time else None
        out.append(RunView(str(r.id), r.name, st.name if st is not None else "?", final, secs))
    return out


class RunWatcher(threading.Thread):
    """Prints :func:`run_lines` of the served deployment every ``every`` seconds; API hiccups are skipped."""

    def __init__(self, fetch: Callable[[], list[RunView]], every: float = 5.0, out=None) -> None:
        super().__init__(daemon=True)
        self.fetch, self.every, self.out = fetch, every, out
        self.seen: dict[str, str] = {}
        self._stop_event = threading.Event()

    def run(self) -> None:
        while True:
            try:
                runs = self.fetch()
            except Exception:  # the server restarting or busy: try again next time
                runs = None
            if runs is not None:
                for line in run_lines(self.seen, runs):
                    print(line, file=self.out or sys.stdout, flush=True)
            if self._stop_event.wait(self.every):
                return

    def stop(self) -> None:
        self._stop_event.set()


def serve(args: argparse.Namespace) -> int:
    from ..fetch.defaults import fetch_options
    from .flow import eims_pipeline

    proc = None
    api = configured_api_url()
    if not api:
        log = Path(args.out_dir) / "prefect-server.log"
        print(f"starting a Prefect server on 127.0.0.1:{args.port} (log: {log}) …", flush=True)
        api, proc = start_local_server(args.port, log_path=log)
        os.environ["PREFECT_API_URL"] = api
        print(f"started a Prefect server: UI at {api.removesuffix('/api')}")
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
        limits=getattr(args, "limits", None),
        # the scheduled run fetches newly published articles first (``--no-fetch`` to extract only)
        fetch=None if args.no_fetch else fetch_options(args.query, str(Path(args.fetch_out).resolve()) if args.fetch_out else None),
    )
    from prefect.settings import PREFECT_API_URL, temporary_settings

    print(f"serving deployment '{args.name}' on cron '{args.cron}' (Ctrl-C to stop); runs are listed "
          f"here as they start and end, and at {api.removesuffix('/api')}/runs", flush=True)  # fmt: skip
    watcher = None
    try:
        # settings were read at import: make this process's client use the server, not an ephemeral API
        with temporary_settings(updates={PREFECT_API_URL: api}):
            watcher = RunWatcher(lambda: deployment_runs(args.name, api))
            watcher.start()
            flow.serve(name=args.name, cron=args.cron, parameters=params, print_starting_message=False)
    finally:
        if watcher is not None:
            watcher.stop()
        if proc is not None:
            proc.terminate()
    return 0
