"""Rendering: plan and schedule tables for people, schedule JSON for programs."""

from __future__ import annotations

import datetime as dt
import json

from rich.console import Console, RenderableType

from planexport.cli.render import plan_table, schedule_json, schedule_table
from planexport.model import Block, Day, Plan, Variant
from planexport.scheduling import BusyInterval, ScheduleOptions, schedule

MONDAY = dt.date(2026, 11, 30)


def text_of(renderable: RenderableType) -> str:
    console = Console(width=160, record=True, color_system=None, force_terminal=False)
    console.print(renderable)
    return console.export_text()


def sample() -> Plan:
    four = Variant(
        hours=4,
        blocks=(
            Block(title="Concepts", min_minutes=60, max_minutes=75),
            Block(title="DSA", min_minutes=60, max_minutes=60),
        ),
    )
    six = Variant(
        hours=6, blocks=(*four.blocks, Block(title="Practice", min_minutes=60, max_minutes=60))
    )
    return Plan(
        id="go",
        title="Go Track",
        days=(
            Day(number=1, title="Framework", focus="System design framework", variants=(four, six)),
            Day(number=2, title="Rest"),
            Day(
                number=3,
                title="Long",
                variants=(
                    Variant(
                        hours=1, blocks=(Block(title="Big", min_minutes=200, max_minutes=200),)
                    ),
                ),
            ),
        ),
    )


def test_plan_table_shows_days_variants_blocks_and_totals() -> None:
    text = text_of(plan_table(sample()))
    assert "Go Track (go)" in text
    assert "1  Framework" in text
    assert "60–75 min" in text
    assert "120–135 of 240 min" in text  # the 4-hour plan's total against its hours
    assert "180–195 of 360 min" in text
    assert "Practice" in text
    assert "rest" in text


def test_plan_table_total_is_in_whole_minutes_when_hours_are_rounded() -> None:
    # 40 minutes read as a 0.67-hour plan: the total is "40 of 40 min", never "of 40.2 min".
    walk = Block(title="Walk", min_minutes=30, max_minutes=30)
    stretch = Block(title="Stretch", min_minutes=10, max_minutes=10)
    day = Day(number=1, title="Day 1", variants=(Variant(hours=0.67, blocks=(walk, stretch)),))
    text = text_of(plan_table(Plan(id="routine", title="Routine", days=(day,))))
    assert "40 of 40 min" in text
    assert "40.2" not in text


def test_schedule_table_shows_dates_times_focus_and_totals() -> None:
    result = schedule(sample(), ScheduleOptions(start=MONDAY, tz="Europe/Berlin", hours=4))
    text = text_of(schedule_table(result))
    assert "Schedule (times in Europe/Berlin)" in text
    lines = text.splitlines()
    heading = lines.index(next(line for line in lines if "Mon 30 Nov 2026" in line))
    assert "System design framework" in lines[heading]  # the focus heads the day
    assert "Concepts" in lines[heading + 1]
    assert "09:00–10:15" in lines[heading + 1]  # fit: 240 - 10 break leaves room for the range
    assert "4h plan: 135 min study + 10 min breaks" in text
    assert "Tue 01 Dec 2026" in text


def test_schedule_total_counts_only_the_breaks_the_schedule_made() -> None:
    # Blocks at the plan's own times (back to back, then two hours apart) have no break of ours;
    # an unpinned block placed after them gets the --break gap.
    talk = Block(title="Talk", min_minutes=60, max_minutes=60, at="09:00")
    workshop = Block(title="Workshop", min_minutes=60, max_minutes=60, at="10:00")
    panel = Block(title="Panel", min_minutes=60, max_minutes=60, at="13:00")
    pinned = Day(
        number=1, title="Pinned", variants=(Variant(hours=3, blocks=(talk, workshop, panel)),)
    )
    text = text_of(
        schedule_table(
            schedule(
                Plan(id="ev", title="Event", days=(pinned,)),
                ScheduleOptions(start=MONDAY, tz="Europe/Berlin"),
            )
        )
    )
    assert "3h plan: 180 min study" in text
    assert "breaks" not in text

    notes = Block(title="Notes", min_minutes=30, max_minutes=30)
    mixed = Day(number=1, title="Mixed", variants=(Variant(hours=2, blocks=(talk, notes)),))
    options = ScheduleOptions(start=MONDAY, tz="Europe/Berlin", break_minutes=15)
    text = text_of(schedule_table(schedule(Plan(id="mx", title="Mixed", days=(mixed,)), options)))
    assert "10:15–10:45" in text  # after the talk and a 15-minute break
    assert "90 min study + 15 min breaks" in text


def test_schedule_table_fits_80_columns_without_tall_rows() -> None:
    result = schedule(sample(), ScheduleOptions(start=MONDAY, tz="Europe/Berlin", hours=4))
    console = Console(width=80, record=True, color_system=None, force_terminal=False)
    console.print(schedule_table(result))
    lines = console.export_text().splitlines()
    assert max(len(line) for line in lines) <= 80
    # Each block is one line: nothing beside it wraps.
    for title in ("Concepts", "DSA"):
        row = next(i for i, line in enumerate(lines) if f"│ {title} " in line)
        assert lines[row + 1].split("│")[3].strip() != ""


def test_schedule_table_marks_over_budget_and_unplaced_blocks() -> None:
    result = schedule(
        sample(), ScheduleOptions(start=MONDAY, tz="UTC", hours=4, day_end=dt.time(12, 0))
    )
    text = text_of(schedule_table(result))
    assert "1h plan: 0 min study, over budget" in text
    assert "not placed" in text
    assert "Not scheduled (1):" in text
    assert 'go day 3 (2026-12-02): "Big" (200 min) does not fit' in text


def test_schedule_json_is_chronological_with_local_offsets() -> None:
    busy = (
        BusyInterval(
            start=dt.datetime(2026, 11, 30, 14, 0, tzinfo=dt.timezone.utc),
            end=dt.datetime(2026, 11, 30, 14, 30, tzinfo=dt.timezone.utc),
        ),
    )
    options = ScheduleOptions(start=MONDAY, tz="America/New_York", hours=6, busy=busy)
    data = schedule_json(schedule(sample(), options))
    assert json.loads(json.dumps(data)) == data
    assert data[0] == {
        "key": "go.d1.concepts",
        "plan": "go",
        "week": 1,
        "day": 1,
        "block": "Concepts",
        "start": "2026-11-30T09:40:00-05:00",  # after the busy 09:00-09:30 and a break
        "end": "2026-11-30T10:55:00-05:00",
        "minutes": 75,
    }
    assert [d["key"] for d in data] == [
        "go.d1.concepts",
        "go.d1.dsa",
        "go.d1.practice",
        "go.d3.big",
    ]
    starts = [dt.datetime.fromisoformat(d["start"]) for d in data]
    assert starts == sorted(starts)
    assert all(d.utcoffset() == dt.timedelta(hours=-5) for d in starts)


def test_schedule_json_of_nothing_placed_is_empty() -> None:
    rest_only = Plan(id="r", title="R", days=(Day(number=1, title="Rest"),))
    assert schedule_json(schedule(rest_only, ScheduleOptions(start=MONDAY, tz="UTC"))) == []


def noted() -> Plan:
    block = Block(title="Run", min_minutes=60, max_minutes=60, at="07:00")
    return Plan(
        id="routine",
        title="Routine",
        days=(
            Day(
                number=1,
                title="Monday",
                variants=(Variant(hours=1, blocks=(block,)),),
                notes=(
                    "6:30am: Wake up",
                    "**8:30am**: Breakfast",
                    "Commute\n+ work",
                    "Call",
                    "Shop",
                ),
            ),
            Day(number=2, title="Sunday", notes=("Laundry",)),
        ),
    )


def test_plan_table_lists_a_days_notes_under_its_blocks_then_a_count() -> None:
    lines = text_of(plan_table(noted())).splitlines()
    total = next(i for i, line in enumerate(lines) if "60 of 60 min" in line)
    assert "· 6:30am: Wake up" in lines[total + 1]
    assert "· 8:30am: Breakfast" in lines[total + 2]
    assert "· Commute + work" in lines[total + 3]  # one line, however it was written
    assert "· and 2 more notes" in lines[total + 4]
    assert "Call" not in "\n".join(lines)
    # A day with a line and no timed block is not a rest day.
    untimed = next(i for i, line in enumerate(lines) if "no timed blocks" in line)
    assert "· Laundry" in lines[untimed + 1]


def test_plan_table_cuts_a_long_note_to_one_line() -> None:
    day = Day(number=1, title="Sunday", notes=("A long paragraph of prose. " * 10,))
    text = text_of(plan_table(Plan(id="p", title="P", days=(day,))))
    line = next(line for line in text.splitlines() if "· A long" in line)
    assert "…" in line
    assert len(line.split("·", 1)[1].strip(" │")) <= 70


def test_schedule_table_lists_a_days_notes_under_its_focus() -> None:
    result = schedule(noted(), ScheduleOptions(start=MONDAY, tz="Europe/Berlin", hours=1))
    lines = text_of(schedule_table(result)).splitlines()
    heading = next(i for i, line in enumerate(lines) if "Mon 30 Nov 2026" in line)
    assert "· 6:30am: Wake up" in lines[heading + 1]
    assert "· and 2 more notes" in lines[heading + 4]
    assert "07:00–08:00" in lines[heading + 5]
    sunday = next(i for i, line in enumerate(lines) if "no timed blocks · Sunday" in line)
    assert "· Laundry" in lines[sunday + 1]


def test_tables_show_brackets_in_plans_words_as_written() -> None:
    block = Block(title="Resumen [opcional]", min_minutes=30, max_minutes=30)
    plan = Plan(
        id="p",
        title="Plan [draft]",
        days=(
            Day(number=1, title="Day [b]one[/b]", variants=(Variant(hours=1, blocks=(block,)),)),
        ),
    )
    text = text_of(plan_table(plan))
    assert "Plan [draft] (p)" in text
    assert "Day [b]one[/b]" in text
    assert "Resumen [opcional]" in text
    result = schedule(plan, ScheduleOptions(start=MONDAY, tz="Europe/Berlin", hours=1))
    assert "Resumen [opcional]" in text_of(schedule_table(result))
