"""Every script in examples/ runs and prints what it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.paths import DATA, ROOT


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


def test_build_in_python_exports_an_ics(tmp_path: Path) -> None:
    target = tmp_path / "basics.ics"
    out = run_example("build_in_python.py", str(target))
    assert out.splitlines()[:3] == [
        "Mon 30 Nov 09:00–09:45 Reading",
        "Mon 30 Nov 09:55–10:55 Drills",
        "Mon 30 Nov 11:05–12:05 Project",
    ]
    data = target.read_bytes()
    assert data.count(b"BEGIN:VEVENT") == 3
    assert b"DTSTART;TZID=Europe/Berlin:20261130T090000" in data


def test_around_busy_calendar_keeps_clear_of_meetings() -> None:
    out = run_example("around_busy_calendar.py")
    lines = out.splitlines()
    monday = lines[lines.index("Mon 30 Nov  Day 1: System Design Interview Framework") + 1 :][:4]
    # The 10:00–10:30 stand-up sits in the morning; blocks keep a 10-minute break from it.
    assert monday[0] == "  10:40–11:40  Concepts"
    assert all("09:" not in line for line in monday)
    wednesday = lines[
        lines.index("Wed 02 Dec  Day 3: API Gateway, Service Boundaries, Versioning") :
    ]
    assert not any(line.strip().startswith(("13:", "14:")) for line in wednesday[1:5])


def test_todoist_dry_run_against_a_local_server() -> None:
    from tests.fake_todoist import TOKEN, FakeTodoist

    fake = FakeTodoist()
    with fake.serve() as url:
        out = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "todoist_dry_run.py")],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "TODOIST_API_TOKEN": TOKEN, "PLANEXPORT_TODOIST_URL": url},
        ).stdout
    assert "create    project Go Track (dry run)" in out
    assert out.splitlines()[-1].startswith("would have ")
    assert fake.writes == 0
    assert TOKEN not in out


def test_two_week_roadmap(tmp_path: Path) -> None:
    target = tmp_path / "roadmap.ics"
    lines = run_example("two_week_roadmap.py", str(target)).splitlines()
    days = lines[:-1]
    assert len(days) == 14
    assert days[0] == "Mon 30 Nov  go day 1: 210 min"
    # Sundays are rest days: week 1's Day 7 moves to Monday, and week 2 follows on.
    assert not any(line.startswith("Sun") for line in days)
    assert days[6] == "Mon 07 Dec  go day 7: 195 min"
    assert days[7].startswith("Tue 08 Dec  go-concurrency day 1: ")
    # Saturdays follow the 6-hour plan.
    assert days[5] == "Sat 05 Dec  go day 6: 285 min"
    assert lines[-1] == f"wrote {target}"
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 51
