"""Shared fixtures: paths to the bundled plans and the data corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.paths import USER_PLAN


@pytest.fixture
def user_plan_path() -> Path:
    """The user's own week plan, as bundled."""
    return USER_PLAN


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich wraps at the terminal width; fix it so that output assertions are stable."""
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
