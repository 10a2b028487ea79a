"""Where ../shared inputs are needed: fail in CI (it is always laid there), skip elsewhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def _need(path: Path) -> Path:
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"../shared input absent in CI: {path}")
        pytest.skip(f"../shared input absent: {path} (present in CI)")
    return path
