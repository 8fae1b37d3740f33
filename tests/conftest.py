"""Shared fixtures: paths to the bundled plans and the data corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.paths import USER_PLAN

# The CalDAV servers (`radicale`, `xandikos`, `sabredav`, `cyrus`, `server`), one module of
# fixtures for every test.
pytest_plugins = ["tests.dav_fixtures"]

# The fixtures that bring in something beyond Python, and the mark each gives its tests: a test
# is marked by what it uses, so `-m "not browser"` or `-m "not server"` can never miss one.
# (ical.js under node has no fixture: those tests carry `@pytest.mark.node` themselves.)
NEEDS = {
    "chromium": "browser",
    "radicale": "server",
    "xandikos": "server",
    "sabredav": "server",
    "cyrus": "server",
    "dav": "server",
    "server": "server",
    "readme_env": "server",
}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        for mark in sorted({NEEDS[f] for f in fixtures if f in NEEDS}):
            item.add_marker(mark)


@pytest.fixture
def user_plan_path() -> Path:
    """The user's own week plan, as bundled."""
    return USER_PLAN


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich wraps at the terminal width; fix it so that output assertions are stable."""
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """A date written without its year is read near today: fix today, so readings are stable."""
    monkeypatch.setattr("planexport.reader.weekday_years.today", lambda: dt.date(2026, 11, 30))
