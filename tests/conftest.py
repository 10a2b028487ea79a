"""Shared fixtures. Tests that need ../shared fail in CI (``CI`` set) when it is
absent — it is always laid beside the checkout there — and skip with the reason
on a developer's machine that has no copy."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from _shared_inputs import _need

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_TXT = SHARED / "seeds" / "000_499c37fac1693525.txt"
SEED_PDF = SHARED / "pdf" / "000_499c37fac1693525.two-column.pdf"
DEV_CORPUS = SHARED / "corpora" / "case-report-corpus-dev" / "dev.jsonl"

# Prefect writes its database and settings under PREFECT_HOME: keep it out of
# the user's home and quiet while tests run.
_PREFECT_HOME = tempfile.mkdtemp(prefix="eims-prefect-")
os.environ.setdefault("PREFECT_HOME", _PREFECT_HOME)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# the compiled-regex store (eims_extract.regex_cache) of a test run starts empty and stays out of ~/.cache
os.environ.setdefault("EIMS_EXTRACT_CACHE_DIR", tempfile.mkdtemp(prefix="eims-regex-cache-"))
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


@pytest.fixture(scope="session")
def seed_txt() -> Path:
    return _need(SEED_TXT)


@pytest.fixture(scope="session")
def seed_pdf() -> Path:
    return _need(SEED_PDF)


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    return _need(DEV_CORPUS)


@pytest.fixture(scope="session")
def nlp():
    """The extraction pipeline, built once for the whole test session."""
    from eims_extract.nlp.pipeline import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API (SQLite) for every flow test of the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
