"""Plans and schedules for people (rich tables) and for programs (plain JSON-ready data)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import RenderableType

    from planexport.model import Plan
    from planexport.scheduling import Schedule, ScheduledBlock, ScheduledDay

__all__ = ["plan_table", "schedule_json", "schedule_table"]


def plan_table(plan: Plan) -> Table:
    """A table of a plan's days, their variants and blocks, with durations and variant totals.

    Args:
        plan: the plan to show.

    Returns:
        A rich table: day, plan (hours), block, duration; a total row after each variant.
    """
    # Plans' own words are Text, never console markup: `Resumen [opcional]` keeps its brackets.
    table = Table(title=Text(f"{plan.title} ({plan.id})"), title_justify="left")
    table.add_column("Day", ratio=1)
    table.add_column("Plan", no_wrap=True)
    table.add_column("Block", ratio=1, min_width=12)
    table.add_column("Duration", justify="right", no_wrap=True)
    from planexport.day_kinds import no_block_label
    from planexport.plan_busy import busy_notes

    for day in plan.days:
        heading = Text(f"{day.number}  {day.title}")
        notes = busy_notes(day)  # a YAML plan's busy spans are listed as a Markdown plan's
        if day.is_rest:
            label = no_block_label(day)  # "no timed blocks" for a day of untimed lines
            table.add_row(heading, "", Text(label, style="italic"), "", end_section=not notes)
            _add_notes(table, notes)
            continue
        for vi, variant in enumerate(day.variants):
            last_variant = vi == len(day.variants) - 1
            for bi, block in enumerate(variant.blocks):
                table.add_row(
                    heading if vi == 0 and bi == 0 else "",
                    f"{variant.hours:g}h" if bi == 0 else "",
                    Text(block.title),
                    block.range_text,
                )
            total = _range(variant.min_minutes, variant.max_minutes)
            table.add_row(
                heading if not variant.blocks and vi == 0 else "",
                f"{variant.hours:g}h" if not variant.blocks else "",
                Text("total", style="bold"),
                Text(f"{total} of {round(variant.hours * 60)} min", style="bold"),
                end_section=last_variant and not notes,
            )
        _add_notes(table, notes)
    return table


# A day's notes (untimed lines, meals, wake-up times) shown in a table: the first few, each cut to
# a line's length, then a count; the calendar's all-day event (`--day-events`) has them whole.
_NOTES_SHOWN = 3
_NOTE_CHARS = 70


def _clipped(text: str) -> str:
    return text if len(text) <= _NOTE_CHARS else text[: _NOTE_CHARS - 1].rstrip() + "…"


def _add_notes(table: Table, notes: Sequence[str]) -> None:
    """Rows for a day's notes in the block column, dimmed; the last one ends the day's section."""
    if not notes:
        return
    from planexport.text import plain

    lines = [f"· {_clipped(' '.join(plain(note).split()))}" for note in notes[:_NOTES_SHOWN]]
    if len(notes) > _NOTES_SHOWN:
        more = len(notes) - _NOTES_SHOWN
        lines.append(f"· and {more} more note{'s' if more > 1 else ''}")
    for line in lines:
        table.add_row("", "", Text(line, style="dim"), "")
    table.rows[-1].end_section = True


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
    # A block carried over to another date is listed under that date, not under its plan day.
    away: dict[dt.date, list[tuple[ScheduledBlock, dt.date]]] = {}
    for day in schedule.days:
        for block in day.blocks:
            if block.date != day.date:
                away.setdefault(block.date, []).append((block, day.date))
    dates = {day.date for day in schedule.days}
    entries: list[tuple[dt.date, ScheduledDay | None]] = [(d.date, d) for d in schedule.days]
    entries.extend((date, None) for date in away if date not in dates)
    entries.sort(key=lambda e: e[0])
    week: tuple[str, int, int] | None = None
    from planexport.plan_busy import busy_lines, routine_day

    plan_days = [(d.day, d.date) for d in schedule.days]
    for date, entry in entries:
        # The first plan day on a date (two may share one) lists what arrived there.
        arrived = away.pop(date, [])
        if entry is None:
            # A weekly routine's work hours hold on a later date too: the blocks kept out of them.
            routine = routine_day(plan_days, date)
            _add_arrivals(table, date, arrived, busy_lines(routine) if routine is not None else ())
            continue
        day = entry
        if day.day.week is not None and (day.plan.id, day.week, day.day.week) != week:
            # Plans written in weeks number their days anew: the week is said once at its start.
            week = (day.plan.id, day.week, day.day.week)
            table.add_row("", "", Text(f"Week {day.day.week}", style="bold underline"), "")
        _add_day(table, day, arrived, break_minutes=schedule.options.break_minutes)
    unplaced = schedule.unplaced
    if not unplaced:
        return table
    lines = [Text(f"Not scheduled ({len(unplaced)}):", style="bold red")]
    lines.extend(Text(f"  {u}") for u in unplaced)
    return Group(table, *lines)


def _add_arrivals(
    table: Table,
    date: dt.date,
    arrived: Sequence[tuple[ScheduledBlock, dt.date]],
    busy: Sequence[str],
) -> None:
    """A date with no plan day of its own that blocks were carried over to, with the busy time
    a weekly routine repeats there."""
    table.add_row(f"{date:%a %d %b %Y}", "", Text("carried over", style="italic"), "")
    _add_notes(table, busy)
    if busy:
        table.rows[-1].end_section = False
    for block, origin in sorted(arrived, key=lambda a: a[0].start.astimezone(dt.timezone.utc)):
        table.add_row("", *_block_cells(block, origin))
    table.rows[-1].end_section = True


def _block_cells(block: ScheduledBlock, origin: dt.date | None) -> tuple[str, Text, str]:
    title = Text(block.block.title)
    if origin is not None:
        title.append(f" (from {origin:%a %d %b})", style="dim")
    return f"{block.start:%H:%M}–{block.end:%H:%M}", title, str(block.minutes)


def _add_day(
    table: Table,
    day: ScheduledDay,
    arrived: Sequence[tuple[ScheduledBlock, dt.date]],
    *,
    break_minutes: int,
) -> None:
    # The focus gets a row of its own above the blocks: as a column beside them it wrapped
    # into a tall first row on an 80-column terminal.
    date = f"{day.date:%a %d %b %Y}"
    focus = day.day.focus or day.day.title
    label = f"Day {day.day.number}"
    if day.day.week is not None and not focus.casefold().startswith(label.casefold()):
        # Day numbers restart each week: the number tells days of a week apart.
        focus = f"{label} · {focus}"
    rows: list[tuple[ScheduledBlock, dt.date | None]] = [
        (b, None) for b in day.blocks if b.date == day.date
    ]
    rows.extend(arrived)
    rows.sort(key=lambda r: r[0].start.astimezone(dt.timezone.utc))
    from planexport.day_kinds import no_block_label
    from planexport.plan_busy import busy_notes

    notes = busy_notes(day.day)
    if day.variant is None and not rows:
        label = no_block_label(day.day)
        table.add_row(date, "", Text(f"{label} · {focus}", style="italic"), "")
        _add_notes(table, notes)
        table.rows[-1].end_section = True
        return
    table.add_row(date, "", Text(focus, style="italic"), "")
    _add_notes(table, notes)
    table.rows[-1].end_section = False
    for block, origin in rows:
        table.add_row("", *_block_cells(block, origin))
    for block in day.blocks:
        if block.date != day.date:
            moved = Text(f"{block.block.title} → {block.date:%a %d %b}", style="dim")
            table.add_row("", Text("carried", style="dim"), moved, str(block.minutes))
    for missing in day.unplaced:
        table.add_row(
            "",
            Text("not placed", style="red"),
            Text(missing.block.title, style="red"),
            str(missing.minutes),
        )
    if day.variant is None:
        table.rows[-1].end_section = True
        return
    # The plan's hours include the breaks: "210 of 240 min" read as half an hour short.
    note = f"{day.variant.hours:g}h plan: {day.minutes} min study"
    breaks = _breaks(day.blocks, break_minutes)
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


def _breaks(blocks: Sequence[ScheduledBlock], break_minutes: int) -> int:
    """The breaks the schedule put between the day's blocks: each gap after a block, up to
    `--break` minutes, unless both blocks sit at the times the plan wrote (back to back, or hours
    apart, as the author put them: no break of ours)."""
    ordered = sorted(blocks, key=lambda b: b.start)
    total = 0
    for before, after in itertools.pairwise(ordered):
        if before.block.at is not None and after.block.at is not None:
            continue
        gap = int((after.start - before.end).total_seconds() // 60)
        total += min(max(gap, 0), break_minutes)
    return total


def schedule_json(schedule: Schedule) -> list[dict[str, Any]]:
    """The schedule's blocks as JSON-ready data, in chronological order.

    Args:
        schedule: the schedule to convert.

    Returns:
        One `{key, plan, week, day, block, start, end, minutes}` per block: `plan` the plan id,
        `week` the plan's own week for plans written in weeks, else the plan's place among the
        plans given (1 for the first), `day` the day number, `block` the title, `start`/`end`
        ISO 8601 local times with UTC offset. A day named by its weekday or date adds `weekday`
        (`mon`…`sun`) or `date` (ISO, as the plan gives it; `start` says where it fell).
    """
    out: list[dict[str, Any]] = []
    for block in schedule.blocks:
        day = block.day
        item: dict[str, Any] = {
            "key": block.key,
            "plan": block.plan.id,
            "week": day.week if day.week is not None else block.week + 1,
            "day": day.number,
        }
        if day.weekday is not None:
            item["weekday"] = day.weekday
        if day.date is not None:
            item["date"] = day.date.isoformat()
        item.update(
            block=block.block.title,
            start=block.start.isoformat(),
            end=block.end.isoformat(),
            minutes=block.minutes,
        )
        out.append(item)
    return out


def _range(low: int, high: int) -> str:
    return f"{low}–{high}" if low != high else str(low)
