"""../shared is laid beside every CI checkout: a test that needs it must fail there, not skip."""

import pytest

from _shared_inputs import _need


def test_missing_shared_input_fails_in_ci(monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="absent in CI"):
        _need(tmp_path / "nope.txt")


def test_missing_shared_input_skips_on_a_developer_machine(monkeypatch, tmp_path):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        _need(tmp_path / "nope.txt")
