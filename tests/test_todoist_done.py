"""Reading back which planexport tasks the user completed in Todoist (the fake's endpoints)."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import ConfigError
from planexport.export.todoist import TodoistOptions, completed_in_todoist, push_todoist
from planexport.keys import parse_marker
from tests.fake_todoist import TOKEN, FakeTodoist
from tests.todoist_support import go_week, simple_schedule

NOW = dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.timezone.utc)


def by_key(fake: FakeTodoist) -> dict[str, str]:
    found = {}
    for task in fake.tasks.values():
        mark = parse_marker(task["description"])
        if mark is not None:
            found[mark[1]] = task["id"]
    return found


def test_completed_tasks_come_back_by_key_with_their_time() -> None:
    fake = FakeTodoist()
    week = simple_schedule(go_week())
    push_todoist(week, token=TOKEN, transport=fake.transport(), now=NOW, sleep=lambda _s: None)
    ids = by_key(fake)
    fake.clock = dt.datetime(2026, 11, 30, 10, 5, tzinfo=dt.timezone.utc)
    fake.complete(ids["go.d1.concepts"])
    fake.complete(ids["go.d2.dsa#1"])
    # The user's own task, completed, in the same project: not ours.
    project = fake.project_named("Go Track")["id"]
    mine = fake.task_add("Call the bank", project_id=project)
    fake.complete(mine["id"])
    fake.requests.clear()

    done = completed_in_todoist(
        week,
        token=TOKEN,
        transport=fake.transport(),
        now=dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.timezone.utc),
    )

    # The block's subtasks are completed with it, as in the app.
    assert set(done) == {
        "go.d1.concepts",
        "go.d1.concepts#1",
        *(f"go.d1.concepts#1.{n}" for n in range(1, 6)),
        "go.d2.dsa#1",
    }
    assert done["go.d1.concepts"] == dt.datetime(2026, 11, 30, 10, 5, 1, tzinfo=dt.timezone.utc)
    assert all(when.tzinfo is not None for when in done.values())
    assert len(fake.requests) <= 3
    assert fake.writes == 0


def test_extra_pages_cost_one_request_each() -> None:
    fake = FakeTodoist()
    week = simple_schedule(go_week())
    push_todoist(week, token=TOKEN, transport=fake.transport(), now=NOW, sleep=lambda _s: None)
    for task_id in by_key(fake).values():
        if fake.tasks[task_id]["parent_id"] is None:
            fake.complete(task_id)
    fake.page_size = 20
    fake.requests.clear()

    done = completed_in_todoist(week, token=TOKEN, transport=fake.transport(), now=NOW)

    assert len(done) == 65
    # Projects, then 65 completed tasks in pages of 20: four pages.
    assert len(fake.requests) == 1 + 4


def test_a_shared_project_and_no_project() -> None:
    fake = FakeTodoist()
    week = simple_schedule(go_week())
    options = TodoistOptions(project="Study")
    assert completed_in_todoist(week, token=TOKEN, transport=fake.transport(), now=NOW) == {}
    assert len(fake.requests) == 1
    push_todoist(
        week,
        token=TOKEN,
        options=options,
        transport=fake.transport(),
        now=NOW,
        sleep=lambda _s: None,
    )
    fake.complete(by_key(fake)["go.d3.review"])

    done = completed_in_todoist(
        week, token=TOKEN, options=options, transport=fake.transport(), now=NOW
    )

    assert set(done) == {"go.d3.review", "go.d3.review#1"}


def test_no_token_says_what_to_set() -> None:
    with pytest.raises(ConfigError, match="TODOIST_API_TOKEN"):
        completed_in_todoist(simple_schedule(go_week()), token=" ", now=NOW)
