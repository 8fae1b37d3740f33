"""The Todoist push against a stateful fake of API v1, through the real SDK and the CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from todoist_api_python.api import TodoistAPI
from typer.testing import CliRunner

from planexport.cli import app
from planexport.errors import ConfigError, ServiceError
from planexport.export.todoist import (
    PushResult,
    TodoistOptions,
    api_priority,
    push_todoist,
    ui_priority,
)
from planexport.keys import marker, parse_marker, strip_marker
from planexport.model import Item, Plan
from planexport.scheduling import Schedule
from tests.fake_todoist import TOKEN, FakeTodoist, Fault
from tests.paths import USER_PLAN
from tests.todoist_support import START, go_week, long_plan, simple_schedule

NOW = dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def fake() -> FakeTodoist:
    return FakeTodoist()


@pytest.fixture
def week() -> Schedule:
    return simple_schedule(go_week())


class Sleeps(list[float]):
    """Records the waits instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def push(
    fake: FakeTodoist,
    schedule: Schedule,
    *,
    sleep: Sleeps | None = None,
    **kwargs: Any,
) -> PushResult:
    options = kwargs.pop("options", TodoistOptions())
    return push_todoist(
        schedule,
        token=kwargs.pop("token", TOKEN),
        options=options,
        transport=fake.transport(),
        sleep=sleep if sleep is not None else Sleeps(),
        now=kwargs.pop("now", NOW),
        **kwargs,
    )


def edit_block(plan: Plan, day: int, index: int, **changes: Any) -> Plan:
    """A copy of `plan` with one block of one day's first variant changed."""
    days = []
    for old in plan.days:
        d = old
        if d.number == day:
            variant = d.variants[0]
            blocks = list(variant.blocks)
            blocks[index] = blocks[index].model_copy(update=changes)
            d = d.model_copy(
                update={"variants": (variant.model_copy(update={"blocks": tuple(blocks)}),)}
            )
        days.append(d)
    return plan.model_copy(update={"days": tuple(days)})


def by_marker(fake: FakeTodoist, *, only_ours: bool = True) -> dict[str, dict[str, Any]]:
    found = {}
    for task in fake.tasks.values():
        mark = parse_marker(task["description"])
        if mark is None and not only_ours:
            continue
        assert mark is not None
        found[mark[1]] = task
    return found


# ---------------------------------------------------------------------------------------------
# Mapping and budgets


def test_first_push_of_the_week_creates_everything_within_3_requests(
    fake: FakeTodoist, week: Schedule
) -> None:
    result = push(fake, week)

    # Projects, labels, one sync.
    assert len(fake.requests) <= 3
    assert fake.count("sync") == result.batches == 1
    project = fake.project_named("Go Track")
    sections = sorted(
        (s for s in fake.sections.values() if s["project_id"] == project["id"]),
        key=lambda s: s["section_order"],
    )
    assert [s["name"] for s in sections][:2] == [
        "Day 1 · Mon 30 Nov · System Design Interview Framework",
        "Day 2 · Tue 1 Dec · Designing Scalable REST APIs",
    ]
    assert len(sections) == 7
    top = [t for t in fake.tasks.values() if t["parent_id"] is None]
    subs = [t for t in fake.tasks.values() if t["parent_id"] is not None]
    assert (len(top), len(subs)) == (25, 40)
    tasks = by_marker(fake)
    concepts = tasks["go.d1.concepts"]
    assert concepts["content"] == "Concepts"
    assert concepts["section_id"] == sections[0]["id"]
    assert concepts["due"]["date"] == "2026-11-30T09:00:00"
    assert concepts["due"]["timezone"] is None
    assert concepts["duration"] == {"amount": 60, "unit": "minute"}
    assert concepts["labels"] == ["go"]
    assert concepts["priority"] == 1
    assert concepts["child_order"] == 1
    assert tasks["go.d1.template-creation"]["due"]["date"] == "2026-11-30T10:10:00"
    assert tasks["go.d1.template-creation"]["child_order"] == 2
    # Items nest as in the plan, in order, Markdown kept as written.
    learn = tasks["go.d1.concepts#1"]
    assert (learn["content"], learn["parent_id"]) == ("Learn framework:", concepts["id"])
    nested = [t for t in fake.tasks.values() if t["parent_id"] == learn["id"]]
    assert [t["content"] for t in sorted(nested, key=lambda t: t["child_order"])] == [
        "Clarify requirements.",
        "Define APIs and core use cases.",
        "High-level components and data flow.",
        "Storage, caching, queues.",
        "Scalability, reliability, security.",
    ]
    assert tasks["go.d1.template-creation#1"]["content"] == (
        "Create **system design template** in markdown."
    )
    # Labels are account-wide: one for the plan, nothing per block title.
    assert [lb["name"] for lb in fake.labels.values()] == ["go"]


def test_the_fake_satisfies_the_sdks_strict_models(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week)
    fake.complete(by_marker(fake)["go.d2.dsa"]["id"])
    api = TodoistAPI(TOKEN, client=httpx.Client(transport=fake.transport()))
    projects = [p for page in api.get_projects() for p in page]
    go = next(p for p in projects if p.name == "Go Track")
    tasks = [t for page in api.get_tasks(project_id=go.id, limit=200) for t in page]
    sections = [s for page in api.get_sections(project_id=go.id) for s in page]
    labels = [lb for page in api.get_labels() for lb in page]
    done = [
        t
        for page in api.get_completed_tasks_by_completion_date(
            since=NOW - dt.timedelta(days=1), until=NOW + dt.timedelta(days=30)
        )
        for t in page
    ]
    assert len(tasks) == 63
    assert len(sections) == 7
    assert [lb.name for lb in labels] == ["go"]
    assert sorted(t.content for t in done) == ["2–3 problems.", "DSA"]
    assert all(t.is_completed for t in done)
    assert any(p.is_inbox_project for p in projects)


def test_second_push_sends_no_write_within_5_requests(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week)
    before = fake.snapshot()
    fake.requests.clear()

    result = push(fake, week)

    assert len(fake.requests) <= 5
    assert fake.writes == 0
    assert result.batches == 0
    assert {c.action for c in result.plan.changes} == {"unchanged"}
    assert fake.snapshot() == before


MONDAY = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.timezone.utc)
"""The long plan's first morning."""
PER_DAY = 4 * (1 + 3) + 2
"""Tasks a day of `long_plan` makes: four blocks, three items each, two of them nested."""


def window_days(fake: FakeTodoist) -> dict[dt.date, int]:
    """How many tasks (subtasks too) of each day the fake holds, open or done."""
    days: dict[dt.date, int] = {}
    for task in fake.tasks.values():
        top = task
        while top["parent_id"] is not None:
            top = fake.tasks[top["parent_id"]]
        if top["due"] is None:
            continue
        day = dt.date.fromisoformat(top["due"]["date"][:10])
        days[day] = days.get(day, 0) + 1
    return days


def test_sixteen_week_plan_first_push_is_a_window_within_the_limits(fake: FakeTodoist) -> None:
    schedule = simple_schedule(long_plan(16))

    result = push(fake, schedule, now=MONDAY)

    assert len(fake.requests) <= 8
    assert fake.limit_errors == 0
    project = fake.project_named("Long Track")
    assert len(fake.open_tasks(project["id"])) <= 300
    # Whole days in time order: the first two weeks, every block with its subtasks.
    days = window_days(fake)
    assert sorted(days) == [START + dt.timedelta(days=n) for n in range(14)]
    assert set(days.values()) == {PER_DAY}
    sections = sorted(fake.sections.values(), key=lambda s: s["section_order"])
    assert [s["name"] for s in sections] == [
        "Week 1 · Mon 30 Nov – Sun 6 Dec",
        "Week 2 · Mon 7 Dec – Sun 13 Dec",
    ]
    assert [lb["name"] for lb in fake.labels.values()] == ["long"]
    [window] = result.plan.windows
    assert str(window) == (
        "pushed Mon 30 Nov – Sun 13 Dec (252 tasks, 48 left free); "
        "push again by Mon 7 Dec for the following days"
    )
    fake.requests.clear()
    again = push(fake, schedule, now=MONDAY)
    assert fake.writes == 0
    assert again.plan.count("create") == 0
    # A week on with nothing done: the first week's open tasks still count, so one more day
    # fits; days no push has sent cannot be done, so completed tasks are not read.
    fake.requests.clear()
    later = push(fake, schedule, now=MONDAY + dt.timedelta(days=7))
    assert fake.count("completed") == 0
    assert len(fake.requests) == 5  # the 252 open tasks are two pages
    assert str(later.plan.windows[0]).startswith(
        "pushed Mon 7 Dec – Mon 14 Dec (144 tasks, 30 left free)"
    )
    assert len(fake.open_tasks(project["id"])) == 270
    assert fake.limit_errors == 0


def test_ahead_0_takes_as_many_whole_days_as_fit(fake: FakeTodoist) -> None:
    schedule = simple_schedule(long_plan(16))

    result = push(fake, schedule, now=MONDAY, options=TodoistOptions(ahead=0))

    # 300 - 20 kept free = 280: fifteen days of 18 tasks, not sixteen.
    assert sorted(window_days(fake)) == [START + dt.timedelta(days=n) for n in range(15)]
    assert str(result.plan.windows[0]).startswith(
        "pushed Mon 30 Nov – Mon 14 Dec (270 tasks, 30 left free)"
    )
    assert fake.limit_errors == 0


def test_items_in_the_description_let_three_times_as_many_days_in(fake: FakeTodoist) -> None:
    schedule = simple_schedule(long_plan(16))

    push(fake, schedule, now=MONDAY, options=TodoistOptions(ahead=0, items="description"))

    # Four tasks a day: 70 days, in 10 week sections.
    assert len(window_days(fake)) == 70
    assert len(fake.sections) == 10
    assert fake.limit_errors == 0


def test_the_users_own_tasks_shrink_the_window(fake: FakeTodoist) -> None:
    project = fake.projects_add("Long Track")
    for n in range(100):
        fake.task_add(f"my task {n}", project_id=project["id"])
    schedule = simple_schedule(long_plan(16))

    result = push(fake, schedule, now=MONDAY)

    # 300 - 100 of the user's - 20 kept free = 180: ten days.
    assert sorted(window_days(fake)) == [START + dt.timedelta(days=n) for n in range(10)]
    assert len(fake.open_tasks(project["id"])) == 280
    assert str(result.plan.windows[0]) == (
        "pushed Mon 30 Nov – Wed 9 Dec (180 tasks, 20 left free); "
        "push again by Thu 3 Dec for the following days"
    )
    assert fake.limit_errors == 0


def test_a_week_on_the_next_push_adds_the_following_days(fake: FakeTodoist) -> None:
    schedule = simple_schedule(long_plan(16))
    push(fake, schedule, now=MONDAY)
    # The user did the first week, and Thursday 10 December ahead of time.
    done_days = [
        t
        for t in fake.tasks.values()
        if t["parent_id"] is None
        and (t["due"]["date"] < "2026-12-07" or t["due"]["date"].startswith("2026-12-10"))
    ]
    for task in done_days:
        fake.complete(task["id"])
    done = {t["id"]: dict(t) for t in fake.tasks.values() if t["completed_at"]}
    assert len(done) == 8 * PER_DAY
    fake.requests.clear()

    result = push(fake, schedule, now=MONDAY + dt.timedelta(days=7))

    days = window_days(fake)
    assert sorted(days) == [START + dt.timedelta(days=n) for n in range(21)]
    assert set(days.values()) == {PER_DAY}  # no duplicates
    assert {t["id"]: t for t in fake.tasks.values() if t["completed_at"]} == done
    project = fake.project_named("Long Track")
    assert len(fake.open_tasks(project["id"])) == 13 * PER_DAY
    assert result.plan.count("create") == 7 * PER_DAY + 1  # and the week 3 section
    assert str(result.plan.windows[0]).startswith("pushed Mon 7 Dec – Sun 20 Dec (234 tasks")
    assert fake.limit_errors == 0
    fake.requests.clear()
    push(fake, schedule, now=MONDAY + dt.timedelta(days=7))
    assert fake.writes == 0


def test_a_plan_whose_days_are_past_pushes_nothing(fake: FakeTodoist, week: Schedule) -> None:
    result = push(fake, week, now=dt.datetime(2027, 1, 4, 8, 0, tzinfo=dt.timezone.utc))

    assert not fake.tasks
    assert fake.writes == 0
    assert [str(w) for w in result.plan.windows] == [
        "nothing to push in 'Go Track': the plan's days are past"
    ]


def test_a_push_that_still_meets_a_limit_names_it(fake: FakeTodoist, week: Schedule) -> None:
    project = fake.projects_add("Go Track")
    for n in range(290):
        fake.task_add(f"my task {n}", project_id=project["id"])

    with pytest.raises(ServiceError) as caught:
        push(fake, week)

    message = str(caught.value)
    assert "\n" not in message
    assert "300 active tasks per project" in message
    assert "complete or move some tasks" in message
    assert not fake.writes


def test_sections_per_day_can_be_asked_for_on_a_long_plan(fake: FakeTodoist) -> None:
    schedule = simple_schedule(long_plan(3))
    push(fake, schedule, options=TodoistOptions(sections="day"))
    # The window's fourteen days, a section each, within Todoist's 20.
    names = sorted(fake.sections.values(), key=lambda s: s["section_order"])
    assert len(names) == 14
    assert names[0]["name"] == "Day 1 · Mon 30 Nov · Topic 1"


def test_priority_is_converted_once() -> None:
    assert [api_priority(p) for p in ("p1", "p2", "p3", "p4")] == [4, 3, 2, 1]
    assert [ui_priority(p) for p in ("p1", "p2", "p3", "p4")] == [1, 2, 3, 4]


def test_priority_option_sets_block_tasks_only(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week, options=TodoistOptions(priority="p1"))
    tasks = by_marker(fake)
    assert tasks["go.d1.concepts"]["priority"] == 4
    assert tasks["go.d1.concepts#1"]["priority"] == 1


def test_items_in_the_description(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week, options=TodoistOptions(items="description"))
    assert all(t["parent_id"] is None for t in fake.tasks.values())
    concepts = by_marker(fake)["go.d1.concepts"]
    assert strip_marker(concepts["description"]).startswith(
        "Planned: 60–75 min\n\n"
        "* Learn framework:\n  * Clarify requirements.\n  * Define APIs and core use cases."
    )
    assert concepts["description"].endswith("\n\nplanexport:go/go.d1.concepts")


def test_fixed_zone_pins_due_times_in_utc(fake: FakeTodoist, week: Schedule) -> None:
    options = TodoistOptions(fixed_zone=True)
    push(fake, week, options=options)
    due = by_marker(fake)["go.d1.concepts"]["due"]
    assert (due["date"], due["timezone"]) == ("2026-11-30T08:00:00Z", "Europe/Berlin")
    fake.requests.clear()
    push(fake, week, options=options)
    assert fake.writes == 0


def test_project_option_and_several_plans_share_one_project(fake: FakeTodoist) -> None:
    plan = go_week()
    other = plan.model_copy(update={"id": "go2", "title": "Go Track 2"})
    schedule = simple_schedule([plan, other])
    push(fake, schedule, options=TodoistOptions(project="Study"))
    names = sorted(s["name"] for s in fake.sections.values())
    assert len(names) == 14
    assert "W1 · Day 1 · Mon 30 Nov · System Design Interview Framework" in names
    assert "W2 · Day 1 · Mon 7 Dec · System Design Interview Framework" in names
    assert {t["project_id"] for t in fake.tasks.values()} == {fake.project_named("Study")["id"]}


def test_marker_round_trips_and_survives_other_text() -> None:
    mark = marker("go plan", "go.d1.concepts#1.2")
    assert parse_marker(f"notes\n\n{mark}") == ("go plan", "go.d1.concepts#1.2")
    assert parse_marker("no marker here") is None
    assert strip_marker(f"notes\n\n{mark}") == "notes"


# ---------------------------------------------------------------------------------------------
# Labels and descriptions


def test_labels_kind_adds_recurring_titles_only(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week, options=TodoistOptions(labels="kind"))

    # Concepts, DSA, Review (and Requirements and Design, on days 4 and 5) recur across the
    # week; Template Creation and the other one-day titles get no label of their own.
    assert sorted(lb["name"] for lb in fake.labels.values()) == [
        "concepts",
        "design",
        "dsa",
        "go",
        "requirements",
        "review",
    ]
    tasks = by_marker(fake)
    assert tasks["go.d1.concepts"]["labels"] == ["concepts", "go"]
    assert tasks["go.d1.template-creation"]["labels"] == ["go"]
    assert tasks["go.d1.concepts#1"]["labels"] == []


def test_labels_none_makes_and_reads_no_label(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week, options=TodoistOptions(labels="none"))

    assert not fake.labels
    assert fake.count("labels") == 0
    assert all(t["labels"] == [] for t in fake.tasks.values())


def test_description_reads_note_then_range_session_focus_then_marker_last(
    fake: FakeTodoist,
) -> None:
    plan = edit_block(go_week(), 1, 0, note="Read chapter 1 first.", session="Morning")
    days = [
        d.model_copy(update={"focus": "Interview framework"}) if d.number == 1 else d
        for d in plan.days
    ]
    plan = plan.model_copy(update={"days": tuple(days)})
    push(fake, simple_schedule(plan))

    tasks = by_marker(fake)
    noted = tasks["go.d1.concepts"]["description"].split("\n")
    assert noted == [
        "Read chapter 1 first.",
        "",
        "Planned: 60–75 min",
        "Session: Morning",
        "Day focus: Interview framework",
        "",
        "planexport:go/go.d1.concepts",
    ]
    # A block without a note: its planned range is what the app shows first.
    ranged = tasks["go.d2.concepts"]["description"].split("\n")
    assert ranged == ["Planned: 60–75 min", "", "planexport:go/go.d2.concepts"]


def _old_layout(fake: FakeTodoist) -> None:
    """Turn a pushed project into what the previous layout made: a label per block title,
    the marker alone (or first) in the description."""
    for title in ("concepts", "dsa", "review", "template-creation"):
        fake._cmd_label_add({"name": title})
    for key, task in by_marker(fake).items():
        if task["parent_id"] is not None:
            continue
        mark = marker("go", key)
        title_label = key.split(".")[2].split("~")[0]
        task["labels"] = [title_label, "go"]
        if key == "go.d1.concepts":
            task["description"] = f"{mark}\n\nWritten before the marker moved."
        else:
            task["description"] = mark


def test_old_layout_converges_in_place(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week)
    _old_layout(fake)
    tasks = by_marker(fake)
    # The user's own: a label on one of our tasks, a label of their own, a task of their own.
    fake._cmd_label_add({"name": "Urgent"})
    tasks["go.d2.dsa"]["labels"].append("Urgent")
    project = fake.project_named("Go Track")
    mine = fake.task_add("Call the bank", project_id=project["id"], labels=["concepts"])
    ids = {key: task["id"] for key, task in tasks.items()}
    labels_before = sorted(lb["name"] for lb in fake.labels.values())
    commands_before = len(fake.commands)
    fake.requests.clear()

    result = push(fake, week)

    tasks = by_marker(fake, only_ours=False)
    assert {key: task["id"] for key, task in tasks.items()} == ids
    assert len(fake.tasks) == len(ids) + 1
    assert result.plan.count("create") == 0
    assert tasks["go.d1.concepts"]["labels"] == ["go"]
    assert tasks["go.d2.dsa"]["labels"] == ["go", "Urgent"]
    for key, task in tasks.items():
        assert task["description"].split("\n")[-1] == marker("go", key)
    assert tasks["go.d1.concepts"]["description"] == (
        "Planned: 60–75 min\n\nplanexport:go/go.d1.concepts"
    )
    assert tasks["go.d1.template-creation"]["description"] == marker(
        "go", "go.d1.template-creation"
    )
    # Nothing deleted or renamed in the account; the user's task is as it was.
    assert sorted(lb["name"] for lb in fake.labels.values()) == labels_before
    assert fake.tasks[mine["id"]]["labels"] == ["concepts"]
    assert fake.tasks[mine["id"]]["description"] == ""
    assert {c["type"] for c in fake.commands[commands_before:]} == {"item_update"}
    # Converged: the next push writes nothing.
    fake.requests.clear()
    push(fake, week)
    assert fake.writes == 0


# ---------------------------------------------------------------------------------------------
# Re-running


def test_plan_change_updates_and_moves_in_place(fake: FakeTodoist) -> None:
    plan = go_week()
    push(fake, simple_schedule(plan))
    ids = {key: task["id"] for key, task in by_marker(fake).items()}
    section_ids = set(fake.sections)
    first = by_marker(fake)["go.d1.concepts"]
    # The user renames a task and drags another into a different section.
    first["content"] = "Concepts (renamed by me)"
    dsa = by_marker(fake)["go.d3.dsa"]
    dsa["section_id"] = next(iter(fake.sections))
    # The plan changes: a longer block, a new note, an edited item, one day later.
    block = plan.day(2).variants[0].blocks[1]
    changed = edit_block(
        plan,
        2,
        1,
        min_minutes=75,
        max_minutes=75,
        note="Bring the notes from day 1.",
        items=(Item(text="Design APIs for a **chat** service."), *block.items[1:]),
    )
    fake.requests.clear()

    result = push(fake, simple_schedule(changed, start=dt.date(2026, 12, 1)))

    tasks = by_marker(fake)
    assert {key: task["id"] for key, task in tasks.items()} == ids
    assert set(fake.sections) == section_ids
    assert sorted(s["name"] for s in fake.sections.values())[0] == (
        "Day 1 · Tue 1 Dec · System Design Interview Framework"
    )
    assert tasks["go.d1.concepts"]["content"] == "Concepts"
    assert tasks["go.d1.concepts"]["due"]["date"] == "2026-12-01T09:00:00"
    exercises = tasks["go.d2.design-exercises"]
    assert exercises["duration"] == {"amount": 75, "unit": "minute"}
    assert strip_marker(exercises["description"]) == "Bring the notes from day 1."
    assert tasks["go.d2.design-exercises#1"]["content"] == "Design APIs for a **chat** service."
    day3 = next(s for s in fake.sections.values() if s["name"].startswith("Day 3 ·"))
    assert tasks["go.d3.dsa"]["section_id"] == day3["id"]
    moves = [c for c in result.plan.changes if c.action == "move"]
    assert len(moves) == 1
    assert "Day 3 · " in moves[0].name
    assert moves[0].name.endswith(" / DSA")
    assert moves[0].fields == ("section", "due")  # one day later
    assert result.plan.count("create") == 0
    assert result.plan.count("delete") == 0
    assert result.batches == 1


def test_switching_to_week_sections_moves_tasks(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week)
    ids = {key: task["id"] for key, task in by_marker(fake).items()}

    result = push(fake, week, options=TodoistOptions(sections="week", prune=True))

    assert {key: task["id"] for key, task in by_marker(fake).items()} == ids
    assert [s["name"] for s in fake.sections.values()] == ["Week 1 · Mon 30 Nov – Sun 6 Dec"]
    assert result.plan.count("move") == 25
    assert result.plan.count("delete") == 7  # the empty day sections planexport made


def test_order_follows_the_plan(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week)
    tasks = by_marker(fake)
    tasks["go.d1.concepts"]["child_order"] = 9
    result = push(fake, week)
    assert by_marker(fake)["go.d1.concepts"]["child_order"] == 1
    assert [c.fields for c in result.plan.changes if c.action == "update"] == [("order",)]


def test_completed_tasks_are_never_reopened_recreated_or_changed(fake: FakeTodoist) -> None:
    plan = go_week()
    push(fake, simple_schedule(plan))
    tasks = by_marker(fake)
    fake.complete(tasks["go.d1.concepts"]["id"])  # with its subtasks
    fake.complete(tasks["go.d2.dsa#1"]["id"])
    done = {t["id"]: dict(t) for t in fake.tasks.values() if t["completed_at"]}
    count = len(fake.tasks)

    result = push(
        fake, simple_schedule(plan, start=dt.date(2026, 12, 7)), options=TodoistOptions(prune=True)
    )

    assert len(fake.tasks) == count
    assert {t["id"]: t for t in fake.tasks.values() if t["completed_at"]} == done
    # The block, its item and that item's five, and the lone subtask.
    assert result.plan.count("completed") == 1 + 6 + 1
    assert not [c for c in fake.commands[-1:] if c["args"].get("id") in done]
    assert by_marker(fake)["go.d1.template-creation"]["due"]["date"] == "2026-12-07T10:10:00"


def test_tasks_completed_over_more_than_three_months_are_all_found(
    fake: FakeTodoist, week: Schedule
) -> None:
    # The completed-tasks endpoint answers for three months at most (the fake refuses more).
    # A week pushed half a year ahead (`ahead=0`: as many days as fit) and ticked off at once
    # is asked for window by window, back to when the project was made.
    first = NOW - dt.timedelta(days=200)
    fake.clock = first
    push(fake, week, now=first, options=TodoistOptions(ahead=0))
    tasks = by_marker(fake)
    fake.complete(tasks["go.d1.concepts"]["id"])  # at once: with its item and that item's five
    fake.clock = NOW - dt.timedelta(days=2)
    fake.complete(tasks["go.d7.review"]["id"])  # lately: with its item
    fake.clock = NOW
    count = len(fake.tasks)

    result = push(fake, week, now=NOW)

    assert result.plan.count("completed") == 7 + 2
    assert result.plan.count("create") == 0
    assert len(fake.tasks) == count
    asked = [p for m, p in fake.requests if p == "tasks/completed/by_completion_date"]
    assert len(asked) >= 3


def test_user_deleted_task_is_created_again(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week)
    gone = by_marker(fake)["go.d4.design"]
    fake._cmd_item_delete({"id": gone["id"]})
    result = push(fake, week)
    assert result.plan.count("create") == 2  # the task and its one item
    assert by_marker(fake)["go.d4.design"]["content"] == "Design"


def test_prune_deletes_only_what_planexport_made(fake: FakeTodoist) -> None:
    plan = go_week()
    push(fake, simple_schedule(plan))
    project = fake.project_named("Go Track")
    tasks = by_marker(fake)
    mine = fake.task_add("Buy a whiteboard", project_id=project["id"])
    my_section = fake.section_add("Day 9 · my own notes", project["id"])
    my_sub = fake.task_add("My own subtask", parent_id=tasks["go.d6.dsa"]["id"])
    day7 = fake.tasks[tasks["go.d7.review"]["id"]]["section_id"]
    shorter = plan.model_copy(
        update={"days": tuple(d if d.number != 6 else _drop_dsa(d) for d in plan.days[:6])}
    )

    count = len(fake.tasks)
    kept = push(fake, simple_schedule(shorter))
    assert kept.plan.count("delete") == 0
    assert kept.plan.count("kept") == 8
    assert len(fake.tasks) == count
    assert day7 in fake.sections

    result = push(fake, simple_schedule(shorter), options=TodoistOptions(prune=True))

    left = by_marker_or_none(fake)
    assert not any(key.startswith("go.d7.") for key in left)
    assert day7 not in fake.sections
    assert mine["id"] in fake.tasks
    assert my_sub["id"] in fake.tasks
    assert my_section["id"] in fake.sections
    assert "go.d6.dsa" in left  # holds the user's subtask
    # Day 7's three blocks and their three items, day 6's DSA item, and day 7's section.
    assert result.plan.count("delete") == 6 + 1 + 1
    fake.requests.clear()
    push(fake, simple_schedule(shorter), options=TodoistOptions(prune=True))
    assert fake.writes == 0


def test_prune_removes_an_empty_section_named_like_planexport_names_them(
    fake: FakeTodoist, week: Schedule
) -> None:
    push(fake, week)
    project = fake.project_named("Go Track")
    leftover = fake.section_add("Day 8 · Mon 7 Dec · Left over", project["id"])
    mine = fake.section_add("Day 8 · my own notes", project["id"])
    push(fake, week, options=TodoistOptions(prune=True))
    assert leftover["id"] not in fake.sections
    assert mine["id"] in fake.sections


def _drop_dsa(day: Any) -> Any:
    variant = day.variants[0]
    blocks = tuple(b for b in variant.blocks if b.title != "DSA")
    return day.model_copy(update={"variants": (variant.model_copy(update={"blocks": blocks}),)})


def by_marker_or_none(fake: FakeTodoist) -> dict[str, dict[str, Any]]:
    found = {}
    for task in fake.tasks.values():
        mark = parse_marker(task["description"])
        if mark is not None:
            found[mark[1]] = task
    return found


def test_dry_run_sends_no_write(fake: FakeTodoist, week: Schedule) -> None:
    result = push(fake, week, dry_run=True)
    assert fake.writes == 0
    assert not fake.tasks
    assert result.dry_run
    assert result.plan.count("create") == 74
    assert str(result.plan.changes[0]).startswith("create")
    assert any("Go Track / Day 1 · Mon 30 Nov" in str(c) for c in result.plan.changes)


# ---------------------------------------------------------------------------------------------
# Faults


def reference_snapshot(schedule: Schedule) -> dict[str, Any]:
    reference = FakeTodoist()
    push(reference, schedule)
    return reference.snapshot()


def test_push_interrupted_after_any_batch_ends_like_an_uninterrupted_one(week: Schedule) -> None:
    expected = reference_snapshot(week)
    batches = 8  # 74 commands, 10 a batch
    assert push(FakeTodoist(), week, batch_size=10).batches == batches
    for k in range(batches):  # the last batch too: its answer lost, everything else done
        fake = FakeTodoist()
        fake.faults.append(Fault(503, path="sync", times=1000, after_execute=True, skip=k))
        with pytest.raises(ServiceError):
            push(fake, week, batch_size=10)
        fake.faults.clear()
        push(fake, week, batch_size=10)
        assert fake.snapshot() == expected, f"interrupted after batch {k + 1}"


def test_lost_sync_response_is_retried_without_running_twice(week: Schedule) -> None:
    fake = FakeTodoist()
    fake.faults.append(Fault("timeout", path="sync", after_execute=True, skip=3))
    sleeps = Sleeps()

    result = push(fake, week, batch_size=10, sleep=sleeps)

    assert sleeps == [0.5]
    assert fake.count("sync") == result.batches + 1
    assert len(fake.commands) == len(result.plan.commands)
    assert fake.snapshot() == reference_snapshot(week)


def test_repeated_batch_without_ids_is_planned_again(week: Schedule) -> None:
    fake = FakeTodoist()
    fake.mapping_on_repeat = False
    # The first batch adds the project and its sections that later batches refer to.
    fake.faults.append(Fault("timeout", path="sync", after_execute=True))

    push(fake, week, batch_size=10)

    assert fake.snapshot() == reference_snapshot(week)
    assert fake.count("projects") == 2  # read again after the ids went missing


def test_a_copy_of_a_task_is_left_to_the_user(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week)
    original = by_marker(fake)["go.d1.dsa"]
    copy = fake.task_add("DSA (copy)", section_id=original["section_id"])
    fake.tasks[copy["id"]]["description"] = original["description"]
    fake.requests.clear()

    result = push(fake, week, options=TodoistOptions(prune=True))

    assert fake.writes == 0
    assert fake.tasks[copy["id"]]["content"] == "DSA (copy)"
    assert result.plan.count("delete") == 0


def test_429_waits_for_retry_after_header(fake: FakeTodoist, week: Schedule) -> None:
    fake.faults.append(Fault(429, path="projects", headers={"Retry-After": "7"}, body=_limits(3)))
    sleeps = Sleeps()
    push(fake, week, sleep=sleeps)
    assert sleeps == [7.0]


def test_429_falls_back_to_error_extra_retry_after(fake: FakeTodoist, week: Schedule) -> None:
    fake.faults.append(Fault(429, path="sync", body=_limits(3)))
    sleeps = Sleeps()
    push(fake, week, sleep=sleeps)
    assert sleeps == [3.0]
    assert len(fake.commands) == 74


def test_429_wait_is_bounded(fake: FakeTodoist, week: Schedule) -> None:
    fake.faults.append(Fault(429, path="projects", headers={"Retry-After": "900"}, times=5))
    sleeps = Sleeps()
    with pytest.raises(ServiceError, match="rate limit"):
        push(fake, week, sleep=sleeps)
    assert sum(sleeps) <= 120


def _limits(seconds: int) -> dict[str, Any]:
    return {
        "error": "Too many requests",
        "error_code": 35,
        "error_extra": {"retry_after": seconds, "event_id": "x"},
        "error_tag": "LIMITS_REACHED",
        "http_code": 429,
    }


@pytest.mark.parametrize("status", [500, 502, 503, "timeout", "disconnect"])
def test_server_and_connection_errors_are_retried_with_backoff(
    fake: FakeTodoist, week: Schedule, status: int | str
) -> None:
    fake.faults.append(Fault(status, path="projects", times=2))
    sleeps = Sleeps()
    push(fake, week, sleep=sleeps)
    assert sleeps == [0.5, 1.0]
    assert len(fake.tasks) == 65


def test_retries_are_bounded(fake: FakeTodoist, week: Schedule) -> None:
    fake.faults.append(Fault(503, path="projects", times=100))
    sleeps = Sleeps()
    with pytest.raises(ServiceError, match="503"):
        push(fake, week, sleep=sleeps)
    assert len(sleeps) == 4
    assert fake.count("projects") == 5


def test_missing_token_says_what_to_set(fake: FakeTodoist, week: Schedule) -> None:
    with pytest.raises(ConfigError, match="set TODOIST_API_TOKEN"):
        push(fake, week, token="")
    assert fake.requests == []


def test_rejected_token_says_what_to_set_and_never_shows_it(
    fake: FakeTodoist, week: Schedule
) -> None:
    secret = "0123456789abcdef-wrong-token"
    with pytest.raises(ConfigError) as caught:
        push(fake, week, token=secret)
    assert "TODOIST_API_TOKEN" in str(caught.value)
    assert secret not in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_limit_met_meanwhile_stops_with_one_line_and_the_next_push_carries_on(
    week: Schedule,
) -> None:
    # The project filled up between reading and writing: the server refuses the 31st task.
    fake = FakeTodoist(max_tasks=30)
    with pytest.raises(ServiceError) as caught:
        push(fake, week, batch_size=20)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("Todoist's limit of 300 active tasks per project was reached")
    assert "MAX_ITEMS_LIMIT_REACHED" in message
    assert "then push again" in message
    fake.max_tasks = 300
    push(fake, week)
    assert fake.snapshot() == reference_snapshot(week)


def test_limit_answer_from_a_read_is_named(fake: FakeTodoist, week: Schedule) -> None:
    body = {
        "error": "Maximum number of projects reached",
        "error_code": 49,
        "error_extra": {},
        "error_tag": "MAX_PROJECTS_LIMIT_REACHED",
        "http_code": 403,
    }
    fake.faults.append(Fault(403, path="projects", body=body))
    with pytest.raises(ServiceError, match="limit of projects"):
        push(fake, week)


def test_section_limit_suggests_week_sections(week: Schedule) -> None:
    fake = FakeTodoist()
    fake.max_sections = 5
    with pytest.raises(ServiceError, match="--sections week"):
        push(fake, week)


def test_pages_beyond_the_first_are_read(fake: FakeTodoist, week: Schedule) -> None:
    project = fake.projects_add("Go Track")
    for n in range(200):
        fake.task_add(f"my task {n}", project_id=project["id"])
    push(fake, week)
    fake.requests.clear()
    push(fake, week)
    assert fake.writes == 0
    assert fake.count("tasks") == 2  # 200 + 65 tasks in pages of 200


def test_fake_refuses_pages_over_200(fake: FakeTodoist) -> None:
    api = TodoistAPI(TOKEN, client=httpx.Client(transport=fake.transport()))
    with pytest.raises(httpx.HTTPStatusError) as caught:
        next(api.get_tasks(limit=201))
    assert caught.value.response.status_code == 400


# ---------------------------------------------------------------------------------------------
# The command line, against the fake served on 127.0.0.1


@pytest.fixture
def served(fake: FakeTodoist, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The fake on 127.0.0.1, and the environment that points the CLI at it.

    The commands run the real reader and scheduler on the bundled plan: each option is checked
    by what it does to the tasks the fake ends up holding.
    """
    with fake.serve() as url:
        monkeypatch.setenv("PLANEXPORT_TODOIST_URL", url)
        monkeypatch.setenv("TODOIST_API_TOKEN", TOKEN)
        yield url


def run(*args: str) -> Any:
    if args[:2] == ("push", "todoist") and "--now" not in args:
        args = (*args, "--now", NOW.isoformat())  # the fixed week stays ahead of the clock
    return CliRunner().invoke(app, list(args))


# Berlin, the 4-hour plans, and a Monday that is not the default start (the coming Monday):
# the week does not depend on the day the tests run.
WEEK = ("--tz", "Europe/Berlin", "--hours", "4", "--start", "2026-12-07")


def push_cli(*args: str, plan: Path = USER_PLAN) -> Any:
    """`planexport push todoist` of the plan for the week of 7 December in Berlin."""
    return run("push", "todoist", str(plan), *WEEK, *args)


def test_cli_push_then_push_again(fake: FakeTodoist, served: str) -> None:
    first = push_cli()
    assert first.exit_code == 0, first.output
    assert first.stdout.splitlines() == [
        "todoist: pushed Mon 7 Dec – Sun 13 Dec (65 tasks, 235 left free); "
        "the rest of the plan is in Todoist",
        "todoist: created 74 (1 sync request)",
    ]
    assert len(fake.tasks) == 65
    assert len(fake.requests) <= 8
    fake.requests.clear()
    second = push_cli("--quiet")
    assert second.exit_code == 0
    assert second.stdout == ""
    assert fake.writes == 0
    assert len(fake.requests) <= 5


def test_cli_dry_run_lists_changes_by_name(fake: FakeTodoist, served: str) -> None:
    result = push_cli("--dry-run", "--priority", "p2")
    assert result.exit_code == 0
    line = "create    task    Go Track / Day 1 · Mon 7 Dec · System Design Interview Framework"
    assert f"{line} / Concepts\n" in result.stdout
    assert result.stdout.endswith("dry run, nothing sent: would create 74\n")
    assert fake.writes == 0


def test_cli_options_reach_todoist(fake: FakeTodoist, served: str) -> None:
    result = push_cli(
        "--project", "Study", "--items", "description", "--priority", "p1", "--sections", "week"
    )
    assert result.exit_code == 0, result.output
    assert [s["name"] for s in fake.sections.values()] == ["Week 1 · Mon 7 Dec – Sun 13 Dec"]
    assert len(fake.tasks) == 25
    assert {t["priority"] for t in fake.tasks.values()} == {4}
    study = fake.project_named("Study")
    assert {t["project_id"] for t in fake.tasks.values()} == {study["id"]}
    concepts = by_marker(fake)["go.d1.concepts"]
    assert "\n\n* Learn framework:\n" in strip_marker(concepts["description"])


def test_cli_due_times_float_unless_fixed_zone(fake: FakeTodoist, served: str) -> None:
    assert push_cli().exit_code == 0
    due = by_marker(fake)["go.d1.concepts"]["due"]
    assert (due["date"], due["timezone"]) == ("2026-12-07T09:00:00", None)

    result = push_cli("--fixed-zone")

    assert result.exit_code == 0, result.output
    due = by_marker(fake)["go.d1.concepts"]["due"]
    assert (due["date"], due["timezone"]) == ("2026-12-07T08:00:00Z", "Europe/Berlin")
    assert {t["due"]["timezone"] for t in fake.tasks.values() if t["due"]} == {"Europe/Berlin"}


def test_cli_tz_places_the_blocks_on_that_zones_clock(fake: FakeTodoist, served: str) -> None:
    args = ["push", "todoist", str(USER_PLAN), "--hours", "4", "--start", "2026-12-07"]
    result = run(*args, "--tz", "America/New_York", "--fixed-zone")
    assert result.exit_code == 0, result.output
    due = by_marker(fake)["go.d1.concepts"]["due"]
    # 09:00 in New York in December is 14:00 UTC.
    assert (due["date"], due["timezone"]) == ("2026-12-07T14:00:00Z", "America/New_York")


def test_cli_start_is_the_date_of_day_one(fake: FakeTodoist, served: str) -> None:
    # A Wednesday: neither the default start (the coming Monday) nor a week after it.
    result = run(
        "push", "todoist", str(USER_PLAN), "--tz", "Europe/Berlin", "--start", "2026-12-02"
    )
    assert result.exit_code == 0, result.output
    tasks = by_marker(fake)
    assert tasks["go.d1.concepts"]["due"]["date"] == "2026-12-02T09:00:00"
    assert tasks["go.d7.review"]["due"]["date"].startswith("2026-12-08T")
    names = sorted(s["name"] for s in fake.sections.values())
    assert names[0] == "Day 1 · Wed 2 Dec · System Design Interview Framework"


def test_cli_prune_deletes_what_the_plan_dropped(
    fake: FakeTodoist, served: str, tmp_path: Path
) -> None:
    assert push_cli().exit_code == 0
    text = USER_PLAN.read_text(encoding="utf-8")
    shorter = tmp_path / USER_PLAN.name
    shorter.write_text(text[: text.index("### Day 7 ")], encoding="utf-8")
    day7 = {k for k in by_marker(fake) if k.startswith("go.d7.")}
    assert len(day7) == 6  # three blocks, an item each

    kept = push_cli(plan=shorter)
    assert kept.exit_code == 0, kept.output
    assert {k for k in by_marker(fake) if k.startswith("go.d7.")} == day7
    sections = len(fake.sections)

    pruned = push_cli("--prune", plan=shorter)

    assert pruned.exit_code == 0, pruned.output
    assert "deleted 7" in pruned.stdout
    assert not any(k.startswith("go.d7.") for k in by_marker(fake))
    assert len(fake.sections) == sections - 1
    assert len(fake.tasks) == 65 - 6


def test_cli_window_and_label_options_reach_todoist(fake: FakeTodoist, served: str) -> None:
    result = run(
        "push",
        "todoist",
        "plans/go-track.md",
        # The default start is the Monday after --now (7 Dec here); the window is in 30 Nov's week.
        "--start",
        "2026-11-30",
        "--labels",
        "kind",
        "--now",
        "2026-12-02T10:00",
        "--ahead",
        "3",
        "--room",
        "0",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (
        "todoist: pushed Mon 30 Nov – Wed 2 Dec (39 tasks, 261 left free); "
        "push again by Thu 3 Dec for the following days"
    )
    assert sorted(window_days(fake)) == [START + dt.timedelta(days=n) for n in range(3)]
    assert "concepts" in {lb["name"] for lb in fake.labels.values()}


def test_cli_bad_now_is_bad_input(served: str) -> None:
    result = run("push", "todoist", "plans/go-track.md", "--now", "next tuesday")
    assert result.exit_code == 2
    assert "--now: cannot read the time 'next tuesday'" in result.output
    assert "Traceback" not in result.output


def test_cli_bad_choice_is_bad_input(served: str) -> None:
    result = push_cli("--priority", "p9")
    assert result.exit_code == 2
    assert "invalid value for '--priority': 'p9' is not one of" in result.stderr


def test_cli_missing_token_is_one_line_and_exit_1(
    fake: FakeTodoist, served: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TODOIST_API_TOKEN")
    result = push_cli()
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "set TODOIST_API_TOKEN" in result.stderr
    assert fake.requests == []


def test_cli_rejected_token_never_appears(
    fake: FakeTodoist, served: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "s3cret-token-that-must-not-leak"
    monkeypatch.setenv("TODOIST_API_TOKEN", secret)
    result = run("--verbose", "push", "todoist", str(USER_PLAN), *WEEK)
    assert result.exit_code == 1
    assert "TODOIST_API_TOKEN" in result.stderr
    assert secret not in result.output
    assert secret not in result.stderr


def test_cli_unreachable_server_is_exit_1(served: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANEXPORT_TODOIST_URL", "http://127.0.0.1:9/api/v1")
    monkeypatch.setattr("time.sleep", lambda seconds: None)
    result = push_cli()
    assert result.exit_code == 1
    assert "cannot reach Todoist" in result.stderr


def test_cli_export_csv(served: str, tmp_path: Path) -> None:
    target = tmp_path / "week.csv"
    result = run("export", "todoist-csv", str(USER_PLAN), *WEEK, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT")
    assert "Dec 7 2026 9:00" in target.read_text(encoding="utf-8")


def test_options_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        TodoistOptions().prune = True  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------
# Other faithful servers: what the reference leaves open, each way a server may take it


def test_project_deleted_by_the_user_is_created_again(fake: FakeTodoist, week: Schedule) -> None:
    # The fake remembers every uuid it ran: a push that reused the first push's uuids would
    # be dropped as a repeat and report success with nothing made.
    push(fake, week)
    expected = fake.snapshot()
    project = fake.project_named("Go Track")
    for task in fake.open_tasks(project["id"]):
        fake.tasks.pop(task["id"])
    for section in [s for s in fake.sections.values() if s["project_id"] == project["id"]]:
        fake.sections.pop(section["id"])
    fake.projects.pop(project["id"])

    result = push(fake, week)

    assert result.plan.count("create") == 1 + 7 + 65
    assert fake.snapshot() == expected


def test_task_deleted_twice_is_created_twice(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week)
    for _ in range(2):
        fake._cmd_item_delete({"id": by_marker(fake)["go.d4.design"]["id"]})
        assert push(fake, week).plan.count("create") == 2
        assert "go.d4.design" in by_marker(fake)


def test_command_uuids_and_temp_ids_are_never_reused_by_a_later_push(
    fake: FakeTodoist, week: Schedule
) -> None:
    first = push(fake, week, dry_run=True).plan.commands
    second = push(fake, week, dry_run=True).plan.commands
    assert [c["type"] for c in first] == [c["type"] for c in second]
    assert not {c["uuid"] for c in first} & {c["uuid"] for c in second}
    temps = {c["temp_id"] for c in first if "temp_id" in c}
    assert not temps & {c["temp_id"] for c in second if "temp_id" in c}


@pytest.mark.parametrize("repeat", ["ok", "same", "omit"])
def test_lost_response_is_safe_whatever_a_repeated_uuid_answers(
    week: Schedule, repeat: str
) -> None:
    fake = FakeTodoist()
    fake.repeat_status = repeat
    fake.faults.append(Fault("timeout", path="sync", after_execute=True, skip=2))

    push(fake, week, batch_size=10)

    assert fake.snapshot() == reference_snapshot(week)


def test_repeated_last_batch_left_out_of_sync_status_is_checked_not_failed(
    week: Schedule,
) -> None:
    fake = FakeTodoist()
    fake.repeat_status = "omit"
    fake.faults.append(Fault("timeout", path="sync", after_execute=True, skip=7))

    push(fake, week, batch_size=10)

    assert fake.snapshot() == reference_snapshot(week)
    assert len(fake.commands) == 74


def test_server_numbering_siblings_itself_sends_no_write_on_re_push(week: Schedule) -> None:
    fake = FakeTodoist()
    fake.renumber = True
    push(fake, week)
    assert sorted(t["child_order"] for t in fake.tasks.values())[0] == 0
    fake.requests.clear()

    result = push(fake, week)

    assert fake.writes == 0
    assert len(fake.requests) <= 5
    assert {c.action for c in result.plan.changes} == {"unchanged"}


def test_order_is_restored_on_a_server_that_numbers_siblings_itself(week: Schedule) -> None:
    fake = FakeTodoist()
    fake.renumber = True
    push(fake, week)
    tasks = by_marker(fake)
    tasks["go.d1.concepts"]["child_order"] = 9
    push(fake, week)
    day1 = [t for k, t in by_marker(fake).items() if k.startswith("go.d1.") and "#" not in k]
    ranked = sorted(day1, key=lambda t: t["child_order"])
    assert parse_marker(ranked[0]["description"]) == ("go", "go.d1.concepts")
    fake.requests.clear()
    push(fake, week)
    assert fake.writes == 0


def test_server_without_reorder_commands_still_pushes(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week)
    by_marker(fake)["go.d1.concepts"]["child_order"] = 9
    fake._cmd_item_reorder = None  # type: ignore[assignment,method-assign]  # unknown command

    result = push(fake, week)

    assert result.batches == 1
    assert [c.fields for c in result.plan.changes if c.action == "update"] == [("order",)]


def test_small_pages_and_lists_in_any_order(week: Schedule) -> None:
    fake = FakeTodoist()
    fake.page_size = 7
    fake.reverse_lists = True
    push(fake, week)
    assert fake.snapshot() == reference_snapshot(week)
    fake.requests.clear()
    push(fake, week)
    assert fake.writes == 0


def test_of_two_projects_with_the_plans_name_the_oldest_is_used(week: Schedule) -> None:
    fake = FakeTodoist()
    fake.reverse_lists = True
    push(fake, week)
    newer = fake.projects_add("Go Track")
    fake.requests.clear()
    push(fake, week)
    assert fake.writes == 0
    assert not fake.open_tasks(newer["id"])


def test_labels_made_by_item_add_are_fine(week: Schedule) -> None:
    fake = FakeTodoist()
    fake.implicit_labels = True
    push(fake, week)
    assert fake.snapshot() == reference_snapshot(week)


def test_label_made_meanwhile_does_not_stop_a_push(fake: FakeTodoist, week: Schedule) -> None:
    real = fake._cmd_label_add

    def label_add(args: dict[str, Any]) -> str:
        # Another device made the label between planexport's read and its write.
        if not any(lb["name"] == args["name"] for lb in fake.labels.values()):
            real(args)
        return real(args)

    fake._cmd_label_add = label_add  # type: ignore[method-assign]
    push(fake, week)
    assert len(fake.tasks) == 65


class Sparse(httpx.BaseTransport):
    """The fake, answering lists the way a leaner server may: fewer keys, other spellings."""

    def __init__(self, fake: FakeTodoist) -> None:
        self.inner = fake.transport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method != "GET" or response.status_code != 200:
            return response
        data = response.json()
        for row in data.get("results", data.get("items", [])):
            for key in ("deadline", "is_collapsed", "responsible_uid", "assigned_by_uid"):
                row.pop(key, None)
            if row.get("labels") == []:
                row["labels"] = None
            row["id"] = row["id"]  # opaque strings stay as they are
            if row.get("due"):
                date = row["due"]["date"]
                row["due"] = {"date": date[:10], "datetime": date, "timezone": None}
            if "section_order" in row:
                row.pop("is_collapsed", None)
        if "items" in data:
            data["results"] = data.pop("items")
        data["next_cursor"] = data["next_cursor"] or ""
        return httpx.Response(200, json=data)


def test_lean_server_answers_are_read(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week)
    fake.complete(by_marker(fake)["go.d2.dsa"]["id"])
    fake._cmd_item_delete({"id": by_marker(fake)["go.d3.dsa"]["id"]})
    count = len(fake.tasks)
    fake.requests.clear()

    result = push_todoist(
        week, token=TOKEN, transport=Sparse(fake), sleep=Sleeps(), now=NOW + dt.timedelta(days=1)
    )

    # Only the deleted block and its item come back; the completed one stays done.
    assert result.plan.count("create") == 2
    assert result.plan.count("completed") == 2
    assert len(fake.tasks) == count + 2
    fake.requests.clear()
    push_todoist(week, token=TOKEN, transport=Sparse(fake), sleep=Sleeps(), now=NOW)
    assert fake.writes == 0


def test_unreadable_answer_is_a_clear_error(week: Schedule) -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"results": [{"id": "1"}], "next_cursor": None})

    with pytest.raises(ServiceError, match="cannot read while reading projects"):
        push_todoist(week, token=TOKEN, transport=httpx.MockTransport(broken), sleep=Sleeps())


def test_a_cursor_that_leads_back_ends_the_listing(fake: FakeTodoist, week: Schedule) -> None:
    inner = fake.transport()

    def looping(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/projects"):
            # Every cursor gives the first page again, and another cursor.
            request = httpx.Request(
                "GET", request.url.copy_remove_param("cursor"), headers=request.headers
            )
        response = inner.handle_request(request)
        if request.url.path.endswith("/projects"):
            return httpx.Response(200, json={**response.json(), "next_cursor": "again"})
        return response

    push_todoist(week, token=TOKEN, transport=httpx.MockTransport(looping), sleep=Sleeps())
    assert fake.count("projects") == 2
    assert len(fake.tasks) == 65


def test_completed_tasks_are_asked_for_in_whole_seconds(fake: FakeTodoist, week: Schedule) -> None:
    push(fake, week)
    fake._cmd_item_delete({"id": by_marker(fake)["go.d3.dsa"]["id"]})
    seen: list[httpx.URL] = []
    inner = fake.transport()

    def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return inner.handle_request(request)

    later = NOW + dt.timedelta(microseconds=123456)
    push_todoist(week, token=TOKEN, transport=httpx.MockTransport(spy), sleep=Sleeps(), now=later)
    asked = [u for u in seen if u.path.endswith("by_completion_date")]
    assert asked
    for url in asked:
        for key in ("since", "until"):
            value = url.params[key]
            assert dt.datetime.fromisoformat(value.replace("Z", "+00:00")).microsecond == 0


def test_fake_refuses_unknown_command_args(fake: FakeTodoist) -> None:
    command = {"type": "item_add", "uuid": "u1", "args": {"content": "x", "colour": "red"}}
    response = fake.handle(_sync_request(command))
    status = response.json()["sync_status"]["u1"]
    assert status["error_tag"] == "INVALID_ARGUMENT_VALUE"
    assert not fake.tasks


def test_fake_takes_commands_as_a_form_field_or_a_json_body(fake: FakeTodoist) -> None:
    project = fake.project_named("Inbox")["id"]
    command = {"type": "item_add", "uuid": "u2", "args": {"content": "x", "project_id": project}}
    as_json = httpx.Request(
        "POST",
        "https://api.todoist.com/api/v1/sync",
        json={"commands": [command]},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert fake.handle(as_json).json()["sync_status"] == {"u2": "ok"}
    bad = httpx.Request(
        "POST",
        "https://api.todoist.com/api/v1/sync",
        data={"command": "[]"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert fake.handle(bad).status_code == 400
    assert fake.handle(_sync_request(command)).json()["temp_id_mapping"] == {}


def _refusal_cases() -> dict[str, tuple[str, Callable[[FakeTodoist], dict[str, Any]], str]]:
    """What Todoist refuses: (command, its args given the account, the error tag)."""

    def inbox(f: FakeTodoist) -> str:
        return str(f.project_named("Inbox")["id"])

    def task(f: FakeTodoist) -> str:
        return str(f.open_tasks()[0]["id"])

    def others_section(f: FakeTodoist) -> str:
        return str(f.section_add("Elsewhere", f.project_named("Other")["id"])["id"])

    bad = "INVALID_ARGUMENT_VALUE"
    return {
        "content over 500 characters": (
            "item_add",
            lambda f: {"content": "x" * 501, "project_id": inbox(f)},
            bad,
        ),
        "description over 16,383 characters": (
            "item_add",
            lambda f: {"content": "x", "description": "d" * 16_384, "project_id": inbox(f)},
            bad,
        ),
        "label name over 60 characters": ("label_add", lambda f: {"name": "l" * 61}, bad),
        "label over 60 characters on a task": (
            "item_add",
            lambda f: {"content": "x", "labels": ["l" * 61], "project_id": inbox(f)},
            bad,
        ),
        "unknown label in item_update": (
            "item_update",
            lambda f: {"id": task(f), "labels": ["nope"]},
            "LABEL_NOT_FOUND",
        ),
        "empty content in item_update": (
            "item_update",
            lambda f: {"id": task(f), "content": ""},
            bad,
        ),
        "blank content in item_update": (
            "item_update",
            lambda f: {"id": task(f), "content": "  "},
            bad,
        ),
        "section of another project": (
            "item_add",
            lambda f: {"content": "x", "project_id": inbox(f), "section_id": others_section(f)},
            bad,
        ),
        "invalid due timezone": (
            "item_add",
            lambda f: {
                "content": "x",
                "project_id": inbox(f),
                "due": {"date": "2026-11-30T08:00:00Z", "timezone": "Mars/Olympus"},
            },
            bad,
        ),
        "invalid due timezone in item_update": (
            "item_update",
            lambda f: {"id": task(f), "due": {"date": "2026-11-30T08:00:00Z", "timezone": "+1"}},
            bad,
        ),
        "due as text": ("item_update", lambda f: {"id": task(f), "due": "tomorrow"}, bad),
        "duration as text": ("item_update", lambda f: {"id": task(f), "duration": "60 min"}, bad),
        "duration amount as text": (
            "item_update",
            lambda f: {"id": task(f), "duration": {"amount": "60", "unit": "minute"}},
            bad,
        ),
        "priority as text": ("item_update", lambda f: {"id": task(f), "priority": "4"}, bad),
        "content not text": ("item_add", lambda f: {"content": 42, "project_id": inbox(f)}, bad),
        "labels as text": ("item_update", lambda f: {"id": task(f), "labels": "go"}, bad),
        "child order as text": (
            "item_add",
            lambda f: {"content": "x", "project_id": inbox(f), "child_order": "1"},
            bad,
        ),
        "project id a number": ("item_add", lambda f: {"content": "x", "project_id": 7}, bad),
        "reorder entry without a number": (
            "item_reorder",
            lambda f: {"items": [{"id": task(f), "child_order": "a"}]},
            bad,
        ),
        "reorder entries not objects": ("section_reorder", lambda f: {"sections": [5]}, bad),
        "content missing": ("item_add", lambda f: {"project_id": inbox(f)}, "ARGUMENT_MISSING"),
    }


REFUSALS = _refusal_cases()


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_fake_refuses_what_todoist_refuses_and_changes_nothing(
    fake: FakeTodoist, case: str
) -> None:
    kind, make_args, tag = REFUSALS[case]
    fake.projects_add("Other")
    fake.task_add("Read", project_id=fake.project_named("Inbox")["id"], labels=[])
    args = make_args(fake)
    before = fake.snapshot()

    response = fake.handle(_sync_request({"type": kind, "uuid": "u1", "args": args}))

    assert response.status_code == 200  # the request went through; the command did not
    status = response.json()["sync_status"]["u1"]
    assert isinstance(status, dict), status
    assert (status["http_code"], status["error_tag"]) == (400, tag)
    assert status["error"]
    assert fake.snapshot() == before
    assert fake.commands == []


def test_fake_takes_text_up_to_the_services_limits(fake: FakeTodoist) -> None:
    inbox = fake.project_named("Inbox")["id"]
    commands = [
        {"type": "label_add", "uuid": "u1", "args": {"name": "l" * 60}},
        {
            "type": "item_add",
            "uuid": "u2",
            "args": {
                "content": "x" * 500,
                "description": "d" * 16_383,
                "labels": ["l" * 60],
                "project_id": inbox,
                "due": {"date": "2026-11-30T08:00:00Z", "timezone": "Europe/Berlin"},
            },
        },
    ]
    response = fake.handle(_sync_request(*commands))
    assert response.json()["sync_status"] == {"u1": "ok", "u2": "ok"}
    (task,) = fake.tasks.values()
    assert (len(task["content"]), len(task["description"])) == (500, 16_383)
    assert task["due"]["timezone"] == "Europe/Berlin"


def _sync_request(*commands: dict[str, Any]) -> httpx.Request:
    import json

    return httpx.Request(
        "POST",
        "https://api.todoist.com/api/v1/sync",
        data={"commands": json.dumps(list(commands))},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )


@pytest.mark.parametrize("status", [401, 500])
def test_cli_verbose_failure_never_shows_the_token(
    fake: FakeTodoist, served: str, monkeypatch: pytest.MonkeyPatch, status: int
) -> None:
    secret = "s3cret-verbose-token-0001"
    monkeypatch.setenv("TODOIST_API_TOKEN", secret)
    monkeypatch.setattr("time.sleep", lambda seconds: None)
    fake.token = secret
    body = {
        "error": f"echoing {secret}",
        "error_code": 1,
        "error_extra": {},
        "error_tag": "AUTH_INVALID_TOKEN" if status == 401 else "INTERNAL",
        "http_code": status,
    }
    fake.faults.append(Fault(status, path="projects", times=10, body=body))
    result = run("--verbose", "push", "todoist", str(USER_PLAN), *WEEK)
    assert result.exit_code == 1
    assert "Traceback" in result.stderr
    assert secret not in result.output
    assert secret not in result.stderr


def test_fake_enforces_todoists_usage_limits_by_default() -> None:
    fake = FakeTodoist(max_projects=5)  # the Beginner plan's projects: an option

    def sync(kind: str, uuid: str, **args: Any) -> Any:
        command = {"type": kind, "uuid": uuid, "args": args}
        return fake.handle(_sync_request(command)).json()["sync_status"][uuid]

    statuses = [sync("project_add", f"p{n}", name=f"P{n}") for n in range(6)]
    assert statuses[:5] == ["ok"] * 5
    assert statuses[5]["error_tag"] == "MAX_PROJECTS_LIMIT_REACHED"
    project = fake.project_named("P0")["id"]
    sections = [sync("section_add", f"s{n}", name=f"S{n}", project_id=project) for n in range(21)]
    assert sections[19] == "ok"
    assert sections[20]["error_tag"] == "MAX_SECTIONS_LIMIT_REACHED"
    for n in range(300):
        fake.task_add(f"t{n}", project_id=project)
    assert sync("item_add", "i", content="one more", project_id=project)["error_tag"] == (
        "MAX_ITEMS_LIMIT_REACHED"
    )
    # Completed tasks do not count.
    fake.complete(next(iter(fake.open_tasks(project)))["id"])
    assert sync("item_add", "i2", content="one more", project_id=project) == "ok"
    labels = [sync("label_add", f"l{n}", name=f"l{n}") for n in range(501)]
    assert labels[499] == "ok"
    assert labels[500]["error_tag"] == "MAX_LABELS_LIMIT_REACHED"
    assert fake.limit_errors == 4
