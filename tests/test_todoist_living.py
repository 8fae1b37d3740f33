"""Todoist's completed tasks as done blocks: `status --todoist` and `push todoist --carry-over`."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from planexport.cli import app
from planexport.keys import parse_marker
from tests.fake_todoist import TOKEN, FakeTodoist
from tests.paths import USER_PLAN

# The week of 7 December in Berlin, pushed on the Sunday before it.
WEEK = ("--tz", "Europe/Berlin", "--hours", "4", "--start", "2026-12-07")
PUSHED = "2026-12-06 12:00"
# Wednesday noon: Monday's and Tuesday's blocks are over.
WEDNESDAY = "2026-12-09 12:00"


@pytest.fixture
def fake() -> FakeTodoist:
    return FakeTodoist()


@pytest.fixture
def served(fake: FakeTodoist, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The fake on 127.0.0.1, and the environment that points the CLI at it."""
    with fake.serve() as url:
        monkeypatch.setenv("PLANEXPORT_TODOIST_URL", url)
        monkeypatch.setenv("TODOIST_API_TOKEN", TOKEN)
        yield url


def run(*args: str, plan: Path = USER_PLAN) -> Any:
    return CliRunner().invoke(app, [*args, str(plan), *WEEK])


def by_key(fake: FakeTodoist) -> dict[str, dict[str, Any]]:
    found = {}
    for task in fake.tasks.values():
        mark = parse_marker(task["description"])
        if mark is not None:
            found[mark[1]] = task
    return found


def pushed_week(fake: FakeTodoist) -> dict[str, dict[str, Any]]:
    """The week pushed, then Monday's first block and Tuesday's second completed in Todoist."""
    result = run("push", "todoist", "--now", PUSHED)
    assert result.exit_code == 0, result.output
    tasks = by_key(fake)
    fake.clock = dt.datetime(2026, 12, 7, 9, 40, tzinfo=dt.timezone.utc)
    fake.complete(tasks["go.d1.concepts"]["id"])
    fake.clock = dt.datetime(2026, 12, 8, 16, 0, tzinfo=dt.timezone.utc)
    fake.complete(tasks["go.d2.dsa"]["id"])
    return tasks


def status_rows(*args: str) -> list[dict[str, Any]]:
    result = run("status", "--now", WEDNESDAY, "--json", *args)
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_status_counts_the_tasks_completed_in_todoist(fake: FakeTodoist, served: str) -> None:
    pushed_week(fake)
    rows = {row["key"]: row for row in status_rows("--todoist")}
    concepts, dsa = rows["go.d1.concepts"], rows["go.d2.dsa"]
    assert (concepts["state"], concepts["source"]) == ("done", "todoist")
    assert concepts["done_at"] == "2026-12-07T09:40:01+00:00"
    assert (dsa["state"], dsa["source"]) == ("done", "todoist")
    others = [
        r
        for k, r in rows.items()
        if r["day"] in (1, 2) and k not in ("go.d1.concepts", "go.d2.dsa")
    ]
    assert others
    assert {r["state"] for r in others} == {"missed"}
    # Without --todoist (and no config) only the plan's ticks count.
    plain = {row["key"]: row for row in status_rows()}
    assert plain["go.d1.concepts"]["state"] == "missed"


def test_a_config_with_a_todoist_table_implies_it(
    fake: FakeTodoist, served: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pushed_week(fake)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "planexport.toml").write_text("[todoist]\n", encoding="utf-8")
    rows = {row["key"]: row for row in status_rows()}
    assert rows["go.d1.concepts"]["source"] == "todoist"
    # Implied, a Todoist that cannot be read is a warning; asked for, an error.
    monkeypatch.setenv("TODOIST_API_TOKEN", "")
    implied = run("status", "--now", WEDNESDAY)
    assert implied.exit_code == 0, implied.output
    assert "warning: Todoist not read, so only the plans' ticks count: no Todoist token" in (
        implied.stderr
    )
    asked = run("status", "--now", WEDNESDAY, "--todoist")
    assert asked.exit_code == 1
    assert asked.stderr.count("\n") == 1
    assert "TODOIST_API_TOKEN" in asked.stderr
    assert "Traceback" not in asked.output


def test_carry_over_moves_the_missed_tasks_and_leaves_the_completed_ones(
    fake: FakeTodoist, served: str
) -> None:
    before = pushed_week(fake)
    count = len(fake.tasks)
    result = run("push", "todoist", "--carry-over", "shift", "--now", WEDNESDAY)
    assert result.exit_code == 0, result.output
    after = by_key(fake)
    assert len(fake.tasks) == count
    assert set(after) == set(before)
    for key in ("go.d1.concepts", "go.d2.dsa"):
        assert after[key]["completed_at"] is not None
        assert after[key]["due"] == before[key]["due"]
    missed = after["go.d1.dsa"]
    assert missed["completed_at"] is None
    assert missed["due"]["date"] >= "2026-12-09"


def test_status_todoist_write_ticks_the_markdown_boxes_of_completed_tasks(
    fake: FakeTodoist, served: str, tmp_path: Path
) -> None:
    pushed_week(fake)
    plan = tmp_path / "go-track.md"
    shutil.copy(USER_PLAN, plan)
    before = plan.read_bytes()

    shown = run("status", "--todoist", "--now", WEDNESDAY, "--diff", plan=plan)
    assert shown.exit_code == 0, shown.output
    changed = [line for line in shown.stdout.splitlines() if line.startswith(("-", "+"))]
    assert changed[2:] == [
        "-- **Block 1 (Concepts – 60–75 min)**",
        "+- [x] **Block 1 (Concepts – 60–75 min)**",
        "-- **Block 3 (DSA – 60 min)**",
        "+- [x] **Block 3 (DSA – 60 min)**",
    ]
    assert plan.read_bytes() == before

    written = run("status", "--todoist", "--now", WEDNESDAY, "--write", plan=plan)
    assert written.exit_code == 0, written.output
    assert f"ticked 2 blocks in {plan}" in written.stderr
    rows = before.decode().splitlines(True)
    new = plan.read_bytes().decode().splitlines(True)
    moved = [(a, b) for a, b in zip(rows, new, strict=True) if a != b]
    # Day 1's Concepts and Day 2's DSA, on the lines the reader read them from.
    assert [n for n, (a, b) in enumerate(zip(rows, new, strict=True), 1) if a != b] == [46, 86]
    assert all(b == a.replace("- **", "- [x] **", 1) for a, b in moved)
    # Ticked in the file, the blocks are the plan's own now: nothing left to tick.
    again = run("status", "--todoist", "--now", WEDNESDAY, "--write", plan=plan)
    assert "nothing to tick" in again.stderr
    assert plan.read_bytes() == "".join(new).encode()
