"""Prefect's Dask task runner, made to report to the flow's own API.

A task run on a Dask worker rebuilds Prefect's settings from the context the
flow serialises at submit time. On the embedded default (a temporary API the
flow process started for itself) those settings carry no API URL, so every
worker process started a temporary API server of its own: ≈7 s of start-up per
worker, and the task runs were recorded in throwaway databases instead of the
flow's. Submitting under the flow's API URL makes the workers use the one
server the flow already runs.
"""

from __future__ import annotations

from typing import Any

from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect_dask import DaskTaskRunner


def flow_api_url() -> str | None:
    """The API the current flow run talks to (configured, or the temporary one it started)."""
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    client = getattr(ctx, "client", None) if ctx else None
    url = getattr(client, "api_url", None)
    return str(url) if url else None


class SharedApiDaskTaskRunner(DaskTaskRunner):
    """``DaskTaskRunner`` whose workers use the flow's API instead of starting their own."""

    def __enter__(self) -> SharedApiDaskTaskRunner:
        if self._cluster is None and not self.address:
            import dask

            self._config = dask.config.set(LOCAL_WORKER_CONFIG)
        return super().__enter__()

    def __exit__(self, *exc: Any) -> None:
        try:
            super().__exit__(*exc)
        finally:
            cfg = getattr(self, "_config", None)
            if cfg is not None:
                self._config = None
                cfg.__exit__(*exc)

    def submit(self, task: Any, parameters: dict[str, Any], wait_for: Any = None, dependencies: Any = None):  # type: ignore[override]
        url = None if PREFECT_API_URL.value() else flow_api_url()
        if not url:
            return super().submit(task, parameters, wait_for=wait_for, dependencies=dependencies)
        with temporary_settings(updates={PREFECT_API_URL: url}):
            return super().submit(task, parameters, wait_for=wait_for, dependencies=dependencies)


def dask_task_runner(workers: int = 2, address: str | None = None) -> SharedApiDaskTaskRunner:
    """An existing cluster at ``address``, else a LocalCluster of ``workers`` single-threaded
    processes (each builds the nlp pipeline once, on first use)."""
    if address:
        return SharedApiDaskTaskRunner(address=address)
    return SharedApiDaskTaskRunner(cluster_kwargs=local_cluster_kwargs(workers))


def local_cluster_kwargs(workers: int) -> dict[str, Any]:
    """Single-threaded worker processes: extraction is CPU-bound Python, so threads would
    share one GIL. (The profiler is switched off by :data:`LOCAL_WORKER_CONFIG`.)"""
    return {
        "n_workers": workers,
        "threads_per_worker": 1,
        "processes": True,
    }


#: Dask settings for the LocalCluster this package starts (workers copy the config at start):
#: no statistical profiler, which samples every worker thread every 10 ms and cost ≈7 % of
#: the workers' CPU on the 500-document benchmark.
LOCAL_WORKER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False}
