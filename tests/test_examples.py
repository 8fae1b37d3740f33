"""Every script in examples/ runs and prints what it promises."""

from __future__ import annotations

import subprocess
import sys

from paths import DATA, ROOT


def run_example(name: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name), *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return out.stdout


def test_minutes_per_day_on_the_user_plan() -> None:
    lines = run_example("minutes_per_day.py").splitlines()
    assert lines[0] == "Go Track (go)"
    assert lines[1] == (
        "  Day 1 System Design Interview Framework: 4h plan 210–225 min, 6h plan 270–285 min"
    )
    assert len(lines) == 8


def test_minutes_per_day_shows_rest_days() -> None:
    out = run_example("minutes_per_day.py", str(DATA / "plans" / "rest-day.md"))
    assert "  Day 2: rest" in out.splitlines()
