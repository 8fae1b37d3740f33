"""Plans and schedules for people (rich tables) and for programs (plain JSON-ready data)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import RenderableType

    from planexport.model import Plan
    from planexport.scheduling import Schedule, ScheduledDay

__all__ = ["plan_table", "schedule_json", "schedule_table"]


def plan_table(plan: Plan) -> Table:
    """A table of a plan's days, their variants and blocks, with durations and variant totals.

    Args:
        plan: the plan to show.

    Returns:
        A rich table: day, plan (hours), block, duration; a total row after each variant.
    """
    table = Table(title=f"{plan.title} ({plan.id})", title_justify="left")
    table.add_column("Day", ratio=1)
    table.add_column("Plan", no_wrap=True)
    table.add_column("Block", ratio=1, min_width=12)
    table.add_column("Duration", justify="right", no_wrap=True)
    for day in plan.days:
        heading = f"{day.number}  {day.title}"
        if day.is_rest:
            table.add_row(heading, "", Text("rest", style="italic"), "", end_section=True)
            continue
        for vi, variant in enumerate(day.variants):
            last_variant = vi == len(day.variants) - 1
            for bi, block in enumerate(variant.blocks):
                table.add_row(
                    heading if vi == 0 and bi == 0 else "",
                    f"{variant.hours:g}h" if bi == 0 else "",
                    block.title,
                    block.range_text,
                )
            total = _range(variant.min_minutes, variant.max_minutes)
            table.add_row(
                heading if not variant.blocks and vi == 0 else "",
                f"{variant.hours:g}h" if not variant.blocks else "",
                Text("total", style="bold"),
                Text(f"{total} of {variant.hours * 60:g} min", style="bold"),
                end_section=last_variant,
            )
    return table


def schedule_table(schedule: Schedule) -> RenderableType:
    """The schedule as a week of dates and times, with each day's total and what did not fit.

    Args:
        schedule: the schedule to show.

    Returns:
        A rich renderable: a table (date, time, block, minutes; each day's focus on its first
        row) and a list of the blocks that were not scheduled, when there are any.
    """
    table = Table(title=f"Schedule (times in {schedule.tz})", title_justify="left")
    table.add_column("Date", no_wrap=True)
    table.add_column("Time", no_wrap=True)
    table.add_column("Block", ratio=1, min_width=12)
    table.add_column("Min", justify="right", no_wrap=True)
    for day in schedule.days:
        _add_day(table, day, break_minutes=schedule.options.break_minutes)
    unplaced = schedule.unplaced
    if not unplaced:
        return table
    lines = [Text(f"Not scheduled ({len(unplaced)}):", style="bold red")]
    lines.extend(Text(f"  {u}") for u in unplaced)
    return Group(table, *lines)


def _add_day(table: Table, day: ScheduledDay, *, break_minutes: int) -> None:
    # The focus gets a row of its own above the blocks: as a column beside them it wrapped
    # into a tall first row on an 80-column terminal.
    date = f"{day.date:%a %d %b %Y}"
    focus = day.day.focus or day.day.title
    if day.variant is None:
        table.add_row(date, "", Text(f"rest · {focus}", style="italic"), "", end_section=True)
        return
    table.add_row(date, "", Text(focus, style="italic"), "")
    for block in day.blocks:
        table.add_row(
            "", f"{block.start:%H:%M}–{block.end:%H:%M}", block.block.title, str(block.minutes)
        )
    for missing in day.unplaced:
        table.add_row(
            "",
            Text("not placed", style="red"),
            Text(missing.block.title, style="red"),
            str(missing.minutes),
        )
    # The plan's hours include the breaks: "210 of 240 min" read as half an hour short.
    note = f"{day.variant.hours:g}h plan: {day.minutes} min study"
    breaks = break_minutes * max(len(day.blocks) - 1, 0)
    if breaks:
        note += f" + {breaks} min breaks"
    style = "bold"
    if day.over_budget:
        note += ", over budget"
        style = "bold yellow"
    table.add_row(
        "",
        Text("total", style=style),
        Text(note, style=style),
        str(day.minutes),
        end_section=True,
    )


def schedule_json(schedule: Schedule) -> list[dict[str, Any]]:
    """The schedule's blocks as JSON-ready data, in chronological order.

    Args:
        schedule: the schedule to convert.

    Returns:
        One `{key, plan, day, block, start, end, minutes}` per block: `plan` the plan id, `day`
        the day number, `block` the title, `start`/`end` ISO 8601 local times with UTC offset.
    """
    return [
        {
            "key": block.key,
            "plan": block.plan.id,
            "day": block.day.number,
            "block": block.block.title,
            "start": block.start.isoformat(),
            "end": block.end.isoformat(),
            "minutes": block.minutes,
        }
        for block in schedule.blocks
    ]


def _range(low: int, high: int) -> str:
    return f"{low}–{high}" if low != high else str(low)
