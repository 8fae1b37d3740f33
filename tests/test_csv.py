"""The Todoist CSV template, read back with the csv module."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from planexport.errors import OptionsError
from planexport.export.csv import HEADER, to_todoist_csv
from planexport.export.todoist import short_date
from planexport.model import Block, Day, Item, Plan, Variant
from tests.todoist_support import go_week, long_plan, simple_schedule


def rows(data: bytes) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(data.decode("utf-8"), newline=""))
    assert tuple(reader.fieldnames or ()) == HEADER
    return list(reader)


def test_week_template_has_sections_tasks_and_nested_items() -> None:
    table = rows(to_todoist_csv(simple_schedule(go_week())))

    assert (table[0]["TYPE"], table[0]["CONTENT"]) == ("meta", "view_style=list")
    sections = [r["CONTENT"] for r in table if r["TYPE"] == "section"]
    assert sections[0] == "Day 1 · Mon 30 Nov · System Design Interview Framework"
    assert len(sections) == 7
    tasks = [r for r in table if r["TYPE"] == "task"]
    assert len(tasks) == 25 + 40
    first = table[2]
    assert first == {
        "TYPE": "task",
        "CONTENT": "Concepts @go",
        "DESCRIPTION": "Planned: 60–75 min",
        "PRIORITY": "4",
        "INDENT": "1",
        "AUTHOR": "",
        "RESPONSIBLE": "",
        "DATE": "Nov 30 2026 9:00",
        "DATE_LANG": "en",
        "TIMEZONE": "",
        "DURATION": "60",
        "DURATION_UNIT": "minute",
    }
    assert [(r["CONTENT"], r["INDENT"]) for r in table[3:6]] == [
        ("Learn framework:", "2"),
        ("Clarify requirements.", "3"),
        ("Define APIs and core use cases.", "3"),
    ]
    assert all(r["PRIORITY"] == "4" for r in tasks)
    assert table[9]["CONTENT"] == "Template Creation @go"
    assert table[9]["DATE"] == "Nov 30 2026 10:10"
    assert table[10]["CONTENT"] == "Create **system design template** in markdown."


def test_tasks_sit_under_the_section_of_their_day() -> None:
    table = rows(to_todoist_csv(simple_schedule(go_week())))
    current = ""
    checked = 0
    for row in table[1:]:
        if row["TYPE"] == "section":
            current = row["CONTENT"]
        elif row["INDENT"] == "1":
            when = dt.datetime.strptime(row["DATE"], "%b %d %Y %H:%M")
            assert current.split(" · ")[1] == short_date(when.date())
            checked += 1
    assert checked == 25


def test_priority_uses_the_apps_numbering() -> None:
    table = rows(to_todoist_csv(simple_schedule(go_week()), priority="p1"))
    tops = [r for r in table if r["INDENT"] == "1"]
    subs = [r for r in table if r["INDENT"] not in ("", "1")]
    assert {r["PRIORITY"] for r in tops} == {"1"}
    assert {r["PRIORITY"] for r in subs} == {"4"}


def test_bad_priority_is_refused() -> None:
    with pytest.raises(OptionsError):
        to_todoist_csv(simple_schedule(go_week()), priority="p7")  # type: ignore[arg-type]


def test_fixed_zone_fills_the_timezone_column() -> None:
    table = rows(to_todoist_csv(simple_schedule(go_week()), fixed_zone=True))
    tops = [r for r in table if r["INDENT"] == "1"]
    assert {r["TIMEZONE"] for r in tops} == {"Europe/Berlin"}
    assert tops[0]["DATE"] == "Nov 30 2026 9:00"


def test_items_in_the_description() -> None:
    table = rows(to_todoist_csv(simple_schedule(go_week()), items="description"))
    assert {r["INDENT"] for r in table if r["TYPE"] == "task"} == {"1"}
    assert table[2]["DESCRIPTION"].startswith(
        "Planned: 60–75 min\n\n* Learn framework:\n  * Clarify requirements."
    )


def test_labels_follow_the_push_choices() -> None:
    schedule = simple_schedule(go_week())
    kind = rows(to_todoist_csv(schedule, labels="kind"))
    none = rows(to_todoist_csv(schedule, labels="none"))
    tops = [r["CONTENT"] for r in kind if r["TYPE"] == "task" and r["INDENT"] == "1"]
    assert tops[0] == "Concepts @concepts @go"
    # A title found on one day only gets no label of its own.
    assert "Template Creation @go" in tops
    assert all("@" not in r["CONTENT"] for r in none)


def test_long_plan_gets_a_section_per_week() -> None:
    table = rows(to_todoist_csv(simple_schedule(long_plan(3))))
    sections = [r["CONTENT"] for r in table if r["TYPE"] == "section"]
    assert sections == [
        "Week 1 · Mon 30 Nov – Sun 6 Dec",
        "Week 2 · Mon 7 Dec – Sun 13 Dec",
        "Week 3 · Mon 14 Dec – Sun 20 Dec",
    ]


def test_cells_that_look_like_formulas_are_neutralised() -> None:
    items = (
        Item(text='=HYPERLINK("http://evil.example","x")'),
        Item(text="+1 more problem"),
        Item(text="-5 minutes of review"),
        Item(text="@home reading"),
        Item(text="Plain text stays = plain"),
    )
    block = Block(title="=cmd|' /C calc'!A0", min_minutes=30, max_minutes=30, items=items)
    day = Day(number=1, title="-Tricky", variants=(Variant(hours=1, blocks=(block,)),))
    plan = Plan(id="x", title="Tricky", days=(day,))

    table = rows(to_todoist_csv(simple_schedule(plan)))

    section = next(r for r in table if r["TYPE"] == "section")
    assert section["CONTENT"] == "Day 1 · Mon 30 Nov · -Tricky"  # does not start with '-'
    top = next(r for r in table if r["INDENT"] == "1")
    assert top["CONTENT"].startswith("'=cmd")
    contents = [r["CONTENT"] for r in table if r["INDENT"] == "2"]
    assert contents == [
        '\'=HYPERLINK("http://evil.example","x")',
        "'+1 more problem",
        "'-5 minutes of review",
        "'@home reading",
        "Plain text stays = plain",
    ]
    for row in table:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_rest_days_get_no_section() -> None:
    plan = go_week()
    rest = Day(number=8, title="Rest")
    table = rows(
        to_todoist_csv(simple_schedule(plan.model_copy(update={"days": (*plan.days, rest)})))
    )
    assert len([r for r in table if r["TYPE"] == "section"]) == 7
