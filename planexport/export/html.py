"""Timed blocks -> a picture of the week: one self-contained HTML page with a calendar grid."""

from __future__ import annotations

import datetime as dt
import html
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planexport.day_kinds import is_untimed
from planexport.keys import slugify
from planexport.plan_busy import busy_lines, routine_day
from planexport.text import plain

if TYPE_CHECKING:
    from planexport.model import Day, Item, Plan
    from planexport.progress import BlockProgress, DayProgress, Progress
    from planexport.scheduling import Schedule, ScheduledBlock, ScheduledDay, Unplaced

__all__ = ["to_html"]

_PALETTE: tuple[tuple[str, str], ...] = (
    ("#dbeafe", "#1d4ed8"),
    ("#dcfce7", "#15803d"),
    ("#fef3c7", "#b45309"),
    ("#ffe4e6", "#be123c"),
    ("#ede9fe", "#6d28d9"),
    ("#ccfbf1", "#0f766e"),
    ("#ffedd5", "#c2410c"),
    ("#e0f2fe", "#0369a1"),
    ("#ecfccb", "#4d7c0f"),
    ("#fae8ff", "#a21caf"),
    ("#e2e8f0", "#334155"),
    ("#fef9c3", "#a16207"),
)
"""Block colours as (background, edge): light fills under near-black text, darker edges."""

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Below this length a block has room for one line only: title and time share it.
_SHORT_MINUTES = 30

_CSS = """
:root {
  --ppm: 1.2px; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --hour: #eaeef2;
  --paper: #ffffff; --rest: #f6f8fa;
  color-scheme: light;
}
* { box-sizing: border-box; }
body {
  margin: 0; padding: 1.25rem 1.5rem 2rem; color: var(--ink); background: var(--paper);
  font: 14px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif;
}
h1 { font-size: 1.45rem; margin: 0 0 .2rem; }
h2 { font-size: 1.1rem; margin: 0; }
.meta, .week-meta { color: var(--muted); margin: 0; }
.warnings { margin: .6rem 0 0; padding: .5rem .8rem .5rem 2rem; background: #fff8c5;
  border: 1px solid #d4a72c; border-radius: 6px; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem .9rem; margin: .7rem 0 0; padding: 0;
  list-style: none; font-size: .85rem; color: var(--muted); }
.legend li { display: flex; align-items: center; gap: .35rem; }
.swatch { width: .9rem; height: .9rem; border-radius: 3px; background: var(--bg);
  border-left: 4px solid var(--edge); }
.week { margin-top: 1.4rem; }
.week-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem 1rem;
  margin-bottom: .5rem; }
.goals { font-size: .85rem; color: var(--muted); }
.goals summary { cursor: pointer; }
.goals ul { margin: .2rem 0; padding-left: 1.2rem; }
.grid { display: grid; grid-template-columns: 3.2rem repeat(var(--days), minmax(9.5rem, 1fr));
  grid-template-rows: auto calc(var(--span) * var(--ppm)) auto; column-gap: 0; }
.gutter, .day { grid-row: 1 / 4; display: grid; grid-template-rows: subgrid; }
.day { border-left: 1px solid var(--line); min-width: 0; }
.day:last-child { border-right: 1px solid var(--line); }
.day-head { padding: .45rem .55rem .55rem; border-top: 1px solid var(--line);
  border-bottom: 1px solid var(--line); background: #fafbfc; }
.date { display: block; font-weight: 650; }
.day-meta { display: block; font-size: .78rem; color: var(--muted); }
.day-title { font-size: .9rem; margin: .25rem 0 0; font-weight: 600; }
.focus { font-size: .8rem; margin: .15rem 0 0; color: var(--muted); }
.busy { list-style: none; margin: .2rem 0 0; padding: 0; font-size: .76rem; color: var(--muted);
  font-variant-numeric: tabular-nums; }
.badge { display: inline-block; font-size: .7rem; font-weight: 600; padding: 0 .35rem;
  border-radius: 1rem; background: #ffebe9; color: #a40e26; border: 1px solid #ff8182; }
.hours { position: relative; }
.hour { position: absolute; right: .4rem; top: calc(var(--top) * var(--ppm));
  transform: translateY(-50%); font-size: .72rem; color: var(--muted);
  font-variant-numeric: tabular-nums; }
.hour:first-child { transform: none; }
.hour:last-child { transform: translateY(-100%); }
.day-body { position: relative; min-height: 0;
  background-image: linear-gradient(to bottom, var(--hour) 1px, transparent 1px);
  background-size: 100% calc(60 * var(--ppm)); }
.day-body.rest, .day-body.untimed { background-color: var(--rest);
  background-image: repeating-linear-gradient(135deg, transparent 0 10px, #eef1f4 10px 20px); }
.rest-label { position: absolute; top: 1rem; left: 0; right: 0; text-align: center;
  color: var(--muted); font-weight: 600; }
.untimed-notes { position: absolute; top: 2.6rem; left: .4rem; right: .4rem; margin: 0;
  padding-left: 1.1rem; font-size: .8rem; color: var(--muted); }
.block { position: absolute; left: .25rem; right: .3rem; top: calc(var(--top) * var(--ppm));
  height: calc(var(--len) * var(--ppm)); overflow: hidden; border-radius: 5px;
  background: var(--bg); border-left: 4px solid var(--edge);
  box-shadow: 0 0 0 1px rgba(31, 35, 40, .08); font-size: .8rem; }
.block:hover { z-index: 2; box-shadow: 0 2px 8px rgba(31, 35, 40, .25); }
.block[open] { height: auto; min-height: calc(var(--len) * var(--ppm)); z-index: 3;
  overflow: visible; box-shadow: 0 4px 14px rgba(31, 35, 40, .3); }
.block summary { display: block; list-style: none; cursor: pointer; padding: .2rem .4rem; }
.block summary::-webkit-details-marker { display: none; }
.block summary:focus-visible { outline: 2px solid var(--edge); outline-offset: -2px; }
.title, .time { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.title { font-weight: 600; }
.time { color: #3d444d; font-variant-numeric: tabular-nums; font-size: .74rem; }
.block.short summary { display: flex; gap: .4rem; padding-top: 0; padding-bottom: 0;
  align-items: center; height: calc(var(--len) * var(--ppm)); }
.block.short .title { flex: 1 1 auto; min-width: 0; }
.block.short .time { flex: 0 0 auto; }
.block[open].short summary { height: auto; }
.more { padding: 0 .45rem .4rem; background: var(--bg); border-radius: 0 0 5px 0; }
.more ul { margin: .2rem 0; padding-left: 1rem; }
.more p { margin: .2rem 0; }
.planned { color: #3d444d; font-size: .74rem; }
.note { white-space: pre-line; font-style: italic; }
.day-foot { padding: .4rem .55rem; border-top: 1px solid var(--line);
  border-bottom: 1px solid var(--line); font-size: .78rem; color: var(--muted); }
.unplaced-list { margin: .25rem 0 0; padding: 0; list-style: none; color: #a40e26; }
.unplaced { display: flex; align-items: center; gap: .35rem; }
.unplaced .swatch { flex: 0 0 auto; }
.unplaced-head { font-weight: 600; color: #a40e26; }
.block.done { opacity: .55; }
.block.done:hover, .block.done[open] { opacity: 1; }
.block.missed { outline: 2px dashed #cf222e; outline-offset: -2px; }
.state { font-weight: 600; color: #a40e26; }
.bar { height: .4rem; margin: .15rem 0 .2rem; border-radius: .2rem; background: var(--hour);
  overflow: hidden; }
.bar span { display: block; height: 100%; background: #2da44e; }
@media print {
  body { padding: 0; }
  .block { box-shadow: none; border: 1px solid var(--edge); border-left-width: 4px; }
}
"""


@dataclass(frozen=True)
class _Page:
    """What every grid of a page shares: the time axis and the colour of each kind."""

    start: int
    """Minutes after midnight at the top of the grids."""
    end: int
    colours: dict[str, tuple[str, str]]
    states: dict[str, BlockProgress] = field(default_factory=dict)
    """Each block's progress by key; empty when the page shows no progress."""
    days: dict[int, DayProgress] = field(default_factory=dict)
    """Each day's progress by the identity of its ScheduledDay."""
    today: dt.date | None = None
    plan_days: tuple[tuple[Day, dt.date], ...] = ()
    """Every plan day with its date: a weekly routine's busy time repeats after its last day."""


@dataclass(frozen=True)
class _Column:
    """One date of a week's grid: a plan day, or a date the schedule skipped (a rest weekday)."""

    date: dt.date
    day: ScheduledDay | None
    blocks: list[ScheduledBlock] = field(default_factory=list)
    """The blocks drawn on this date: the day's own, and any carried over to it."""


def to_html(
    schedule: Schedule, *, title: str | None = None, progress: Progress | None = None
) -> str:
    """A self-contained HTML page picturing `schedule` as calendar grids, one per week.

    Each plan of the schedule is a week and gets its own grid, one under the other: a column per
    date from its first to its last day (a weekday skipped for rest shows as a rest column; a
    week too wide for the window scrolls the page sideways), blocks placed by time of day on one
    axis shared by every grid (whole hours from the earliest block start to the latest block
    end) and coloured by their title (a kind). A block opens (a `<details>` element, so
    without script) to its planned length, items and note; hovering shows the same as a tooltip.
    Blocks that did not fit are listed under their day. A day's busy time (its work hours or
    `busy` spans, `08:00–16:00 Work`) is listed under its heading, and a weekly routine's under a
    later date blocks were carried over to. The page loads nothing from anywhere.

    Elements carry stable attributes: day columns `data-date` (ISO date), blocks `data-key` (the
    block key), `data-day` (ISO date) and `data-kind` (the title's slug), blocks that did not fit
    the same with the class `unplaced`.

    With `progress`, as soon as any block is done, missed or due today, blocks carry
    `data-state` (done, missed, today, upcoming): done ones are ticked (✓) and muted, missed ones
    outlined and labelled; each day up to today shows a bar of its done over its planned minutes.
    A week still ahead, with nothing ticked, looks the same as without progress.

    Args:
        schedule: the scheduled plans.
        title: the page's heading; the plans' titles when None.
        progress: the schedule's progress (see `planexport.progress.progress_of`), to mark.

    Returns:
        The page as text (encode it as UTF-8, which it declares).
    """
    heading = title if title is not None else _default_title(schedule.plans)
    axis_start, axis_end = _axis(schedule)
    plan_days = tuple((d.day, d.date) for d in schedule.days)
    page = _Page(start=axis_start, end=axis_end, colours=_colours(schedule), plan_days=plan_days)
    shown = progress is not None and any(b.state != "upcoming" for b in progress.blocks)
    if progress is not None and shown:
        page = _Page(
            start=axis_start,
            end=axis_end,
            colours=page.colours,
            states={b.key: b for b in progress.blocks},
            days={id(d.day): d for d in progress.days},
            today=progress.now.date(),
            plan_days=plan_days,
        )
    weeks = _weeks(schedule.days)
    placed = sum(len(d.blocks) for d in schedule.days)
    minutes = sum(d.minutes for d in schedule.days)
    meta = [f"times in {schedule.tz}", f"{placed} blocks, {_duration(minutes)} of study"]
    if schedule.days:
        meta.insert(0, _range(schedule.days[0].date, schedule.days[-1].date))
    if progress is not None and shown:
        done = sum(d.done_minutes for d in progress.days)
        missed = len(progress.missed)
        now = progress.now
        meta.append(
            f"as of {_WEEKDAYS[now.weekday()]} {now.day} {_MONTHS[now.month - 1]} "
            f"{now:%H:%M}: {_duration(done)} done"
            + (f", {missed} block{'' if missed == 1 else 's'} missed" if missed else "")
        )

    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="planexport">',
        f"<title>{_esc(heading)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        '<header class="page">',
        f"<h1>{_esc(heading)}</h1>",
        f'<p class="meta">{_esc(" · ".join(meta))}</p>',
    ]
    if schedule.warnings:
        out.append('<ul class="warnings">')
        out.extend(f"<li>{_esc(w)}</li>" for w in schedule.warnings)
        out.append("</ul>")
    out.extend(_legend(schedule, page=page))
    out.append("</header>")
    out.append("<main>")
    for number, (week, plan_week, columns) in enumerate(weeks, start=1):
        out.extend(
            _week(
                week,
                columns,
                number=number if plan_week is None else plan_week,
                index=number - 1,
                several=len(weeks) > 1,
                page=page,
            )
        )
    out.extend(["</main>", "</body>", "</html>", ""])
    return "\n".join(out)


def _week(
    plan: Plan,
    columns: Sequence[_Column],
    *,
    number: int,
    index: int,
    several: bool,
    page: _Page,
) -> list[str]:
    start, end = page.start, page.end
    first, last = columns[0].date, columns[-1].date
    out = [f'<section class="week" data-week="{index}">', '<div class="week-head">']
    # One week needs no heading of its own: the page's says it all.
    if several:
        out.append(f"<h2>{_esc(f'Week {number} · {plain(plan.title)}')}</h2>")
        out.append(f'<p class="week-meta">{_esc(_range(first, last))}</p>')
    if plan.goals:
        out.append('<details class="goals"><summary>Goals of the week</summary>')
        for goal in plan.goals:
            out.append(f"<p><strong>{_text(goal.title)}</strong></p>")
            if goal.items:
                out.append("<ul>")
                out.extend(f"<li>{_text(item)}</li>" for item in goal.items)
                out.append("</ul>")
        out.append("</details>")
    out.append("</div>")
    out.append(f'<div class="grid" style="--days:{len(columns)};--span:{end - start}">')
    out.append('<div class="gutter" aria-hidden="true"><div></div><div class="hours">')
    for minute in range(start, end + 1, 60):
        out.append(f'<span class="hour" style="--top:{minute - start}">{_clock(minute)}</span>')
    out.append("</div><div></div></div>")
    for column in columns:
        out.extend(_column(column, page=page))
    out.extend(["</div>", "</section>"])
    return out


def _column(column: _Column, *, page: _Page) -> list[str]:
    iso = column.date.isoformat()
    day = column.day
    out = [f'<div class="day" data-date="{iso}">', '<header class="day-head">']
    out.append(f'<time class="date" datetime="{iso}">{_esc(_date(column.date))}</time>')
    if day is None and column.blocks:
        out.append('<span class="day-meta">carried over</span>')
        # A weekly routine's work hours hold here too: the blocks were kept out of them.
        routine = routine_day(page.plan_days, column.date)
        out.extend(_busy(busy_lines(routine) if routine is not None else ()))
        out.append("</header>")
        out.append('<div class="day-body">')
        for block in column.blocks:
            out.extend(_block(block, page=page))
        out.append("</div>")
        minutes = sum(b.minutes for b in column.blocks)
        out.append(f'<footer class="day-foot"><span>{_esc(_duration(minutes))} of study</span>')
        out.append("</footer>")
        out.append("</div>")
        return out
    if day is None:
        out.append('<span class="day-meta">no study (rest weekday)</span>')
        out.append("</header>")
        out.append('<div class="day-body rest"><span class="rest-label">Rest</span></div>')
        out.append('<footer class="day-foot"></footer>')
        out.append("</div>")
        return out
    meta = f"Day {day.day.number}"
    if day.day.week is not None:
        # Plans written in weeks number their days anew each week.
        meta = f"Week {day.day.week} · {meta}"
    if day.variant is not None:
        meta += f" · {day.variant.hours:g} h plan"
    out.append(f'<span class="day-meta">{_esc(meta)}')
    if day.over_budget:
        out.append(' <span class="badge">over budget</span>')
    out.append("</span>")
    out.append(f'<h3 class="day-title">{_text(day.day.title)}</h3>')
    # A focus that only repeats the title (the overview table and the day heading often say the
    # same) would print the same words twice in a narrow column.
    if day.day.focus and plain(day.day.focus).casefold() != plain(day.day.title).casefold():
        out.append(f'<p class="focus">{_text(day.day.focus)}</p>')
    out.extend(_busy(busy_lines(day.day)))
    out.append("</header>")
    if day.variant is None and not column.blocks and is_untimed(day.day):
        # Lines with no length are the day's work, not a day off: named, and listed as notes.
        out.append('<div class="day-body untimed"><span class="rest-label">No timed blocks</span>')
        out.extend(_untimed_notes(day.day.notes))
        out.append("</div>")
    elif day.variant is None and not column.blocks:
        out.append('<div class="day-body rest"><span class="rest-label">Rest day</span></div>')
    else:
        out.append('<div class="day-body">')
        for block in column.blocks:
            out.extend(_block(block, page=page))
        out.append("</div>")
    out.append('<footer class="day-foot">')
    if day.variant is not None:
        # The header already names the plan's hours, which include the breaks: "3 h 30 min of
        # 4 h" read as half an hour short.
        minutes = sum(b.minutes for b in column.blocks)
        out.append(f"<span>{_esc(_duration(minutes))} of study</span>")
        out.extend(_day_progress(page.days.get(id(day)), page=page))
    if day.unplaced:
        out.append('<div class="unplaced-head">Did not fit:</div><ul class="unplaced-list">')
        out.extend(_unplaced(u, page=page) for u in day.unplaced)
        out.append("</ul>")
    out.append("</footer>")
    out.append("</div>")
    return out


def _busy(lines: Sequence[str]) -> list[str]:
    """A day's busy time under its heading (`08:00–16:00 Work`): a Markdown plan's work hours
    and a YAML or JSON plan's `busy` spans alike, the time no block was put in."""
    if not lines:
        return []
    out = ['<ul class="busy" aria-label="Busy">']
    out.extend(f"<li>{_text(line)}</li>" for line in lines)
    out.append("</ul>")
    return out


def _untimed_notes(notes: Sequence[str]) -> list[str]:
    """A day's untimed lines (`Bench press 4x8`) under its `No timed blocks` label."""
    out = ['<ul class="untimed-notes" aria-label="Untimed">']
    out.extend(f"<li>{_text(note)}</li>" for note in notes)
    out.append("</ul>")
    return out


def _block(block: ScheduledBlock, *, page: _Page) -> list[str]:
    start = _minute_of(block.start, block.date)
    end = _minute_of(block.end, block.date)
    # The drawn length follows the clock, so a block across a daylight-saving change still
    # meets the next one; never less than its real minutes, so it stays tall enough to read.
    length = max(end - start, block.minutes) if end > start else block.minutes
    kind = _kind(block.block.title)
    bg, edge = page.colours[kind]
    times = f"{block.start:%H:%M}–{block.end:%H:%M}"
    classes = "block short" if length < _SHORT_MINUTES else "block"
    tooltip = _tooltip(block, times)
    style = f"--top:{start - page.start};--len:{length};--bg:{bg};--edge:{edge}"
    state = page.states.get(block.key)
    extra = ""
    mark = ""
    when = times
    if state is not None:
        extra = f' data-state="{state.state}"'
        if state.state in ("done", "missed"):
            classes += f" {state.state}"
            tooltip = f"{tooltip}\n({state.state})"
        if state.state == "done":
            mark = "✓ "
        elif state.state == "missed":
            when = f'{times} · <span class="state">missed</span>'
    out = [
        f'<details class="{classes}" data-key="{_esc(block.key)}" '
        f'data-day="{block.date.isoformat()}" data-kind="{_esc(kind)}"{extra} '
        f'style="{style}" title="{_esc(tooltip)}">',
        f'<summary><span class="title">{mark}{_text(block.block.title)}</span>'
        f'<span class="time">{when}</span></summary>',
        '<div class="more">',
    ]
    planned = f"{block.minutes} min"
    if block.block.ranged or block.minutes != block.block.min_minutes:
        planned += f" (planned {block.block.range_text})"
    if block.block.label:
        planned = f"{plain(block.block.label)} · {planned}"
    out.append(f'<p class="planned">{_esc(planned)}</p>')
    if block.block.items:
        out.extend(_items(block.block.items))
    if block.block.note:
        out.append(f'<p class="note">{_text(block.block.note)}</p>')
    out.extend(["</div>", "</details>"])
    return out


def _day_progress(day: DayProgress | None, *, page: _Page) -> list[str]:
    """A bar of done over planned minutes, for days up to today and days with blocks done."""
    if day is None or not day.blocks or page.today is None:
        return []
    if day.date > page.today and not day.done_minutes:
        return []
    done, planned = day.done_minutes, day.planned_minutes
    share = f"{100 * done / planned:.1f}".rstrip("0").rstrip(".")
    text = f"{_duration(done)} of {_duration(planned)} done"
    if day.missed:
        text += f", {len(day.missed)} missed"
    return [
        f'<div class="bar" role="progressbar" aria-label="study done" aria-valuemin="0" '
        f'aria-valuemax="{planned}" aria-valuenow="{done}" data-done="{done}" '
        f'data-planned="{planned}"><span style="width:{share}%"></span></div>',
        f'<span class="done-text">{_esc(text)}</span>',
    ]


def _unplaced(unplaced: Unplaced, *, page: _Page) -> str:
    kind = _kind(unplaced.block.title)
    bg, edge = page.colours[kind]
    return (
        f'<li class="unplaced" data-key="{_esc(unplaced.key)}" '
        f'data-day="{unplaced.date.isoformat()}" data-kind="{_esc(kind)}">'
        f'<span class="swatch" style="--bg:{bg};--edge:{edge}"></span>'
        f"{_text(unplaced.block.title)} ({unplaced.minutes} min)</li>"
    )


def _items(items: Iterable[Item]) -> list[str]:
    out = ["<ul>"]
    for item in items:
        out.append(f"<li>{_text(item.text)}")
        if item.children:
            out.extend(_items(item.children))
        out.append("</li>")
    out.append("</ul>")
    return out


def _tooltip(block: ScheduledBlock, times: str) -> str:
    lines = [f"{plain(block.block.title)} · {times}"]
    _tooltip_items(block.block.items, 0, lines)
    if block.block.note:
        lines.append(plain(block.block.note))
    return "\n".join(lines)


def _tooltip_items(items: Iterable[Item], depth: int, lines: list[str]) -> None:
    """The items' lines of a tooltip, nested ones indented (a function of the module's own: a
    nested one that calls itself is a reference cycle a block)."""
    for item in items:
        lines.append(f"{'  ' * depth}• {plain(item.text)}")
        _tooltip_items(item.children, depth + 1, lines)


def _legend(schedule: Schedule, *, page: _Page) -> list[str]:
    kinds: dict[str, str] = {}
    for day in schedule.days:
        for title in [b.block.title for b in day.blocks] + [u.block.title for u in day.unplaced]:
            kinds.setdefault(_kind(title), title)
    if not kinds:
        return []
    out = ['<ul class="legend" aria-label="Kinds of block">']
    for kind, title in kinds.items():
        bg, edge = page.colours[kind]
        out.append(
            f'<li data-kind="{_esc(kind)}"><span class="swatch" '
            f'style="--bg:{bg};--edge:{edge}"></span>{_text(title)}</li>'
        )
    out.append("</ul>")
    return out


def _weeks(days: Sequence[ScheduledDay]) -> list[tuple[Plan, int | None, list[_Column]]]:
    """Days grouped by week (one plan each; a plan written in weeks by its weeks), with the dates
    skipped inside a week filled in, and each block in the column of its date: a block carried
    over to a date no plan day has extends the week it lands in."""
    weeks: list[tuple[tuple[int, int | None], Plan, list[_Column]]] = []
    for day in days:
        group = (day.week, day.day.week)
        if not weeks or weeks[-1][0] != group:
            weeks.append((group, day.plan, [_Column(day.date, day)]))
            continue
        columns = weeks[-1][2]
        gap = columns[-1].date + dt.timedelta(days=1)
        while gap < day.date:
            columns.append(_Column(gap, None))
            gap += dt.timedelta(days=1)
        columns.append(_Column(day.date, day))
    by_date: dict[dt.date, _Column] = {}
    own: dict[int, _Column] = {}
    for _, _, columns in weeks:
        for column in columns:
            by_date.setdefault(column.date, column)
            if column.day is not None:
                own[id(column.day)] = column
    for day in days:
        for block in day.blocks:
            target = own[id(day)] if block.date == day.date else by_date.get(block.date)
            if target is None:
                # The latest week that starts by the block's date takes it (carried blocks only
                # move later), with the dates up to it.
                home = [c for _, _, c in weeks if c[0].date <= block.date] or [weeks[-1][2]]
                columns = home[-1]
                gap = columns[-1].date + dt.timedelta(days=1)
                while gap <= block.date:
                    columns.append(_Column(gap, None))
                    by_date[gap] = columns[-1]
                    gap += dt.timedelta(days=1)
                target = by_date[block.date]
            target.blocks.append(block)
    for column in [c for _, _, cs in weeks for c in cs]:
        column.blocks.sort(key=lambda b: b.start.astimezone(dt.timezone.utc))
    return [(plan, group[1], columns) for group, plan, columns in weeks]


def _axis(schedule: Schedule) -> tuple[int, int]:
    """Minutes after midnight the grids span: whole hours from the earliest block start to the
    latest block end (the options' day window when nothing was placed)."""
    blocks = schedule.blocks
    if blocks:
        start = min(_minute_of(b.start, b.date) for b in blocks)
        end = max(_minute_of(b.end, b.date) for b in blocks)
    else:
        opts = schedule.options
        start = opts.day_start.hour * 60 + opts.day_start.minute
        end = opts.day_end.hour * 60 + opts.day_end.minute
    start = start // 60 * 60
    end = -(-end // 60) * 60
    return start, max(end, start + 60)


def _minute_of(moment: dt.datetime, date: dt.date) -> int:
    """Minutes from the midnight that starts `date` to `moment`, by the wall clock."""
    return (moment.date() - date).days * 1440 + moment.hour * 60 + moment.minute


def _kind(title: str) -> str:
    return slugify(plain(title))


def _colours(schedule: Schedule) -> dict[str, tuple[str, str]]:
    """A colour per kind of block (its title's slug), distinct while the palette lasts.

    Each kind prefers the palette entry its slug hashes to, so a kind tends to keep its colour
    from page to page; the most frequent kinds choose first, and a kind whose entry is taken
    moves to the next free one, so the kinds seen most never share a colour.
    """
    counts: dict[str, int] = {}
    for day in schedule.days:
        for title in [b.block.title for b in day.blocks] + [u.block.title for u in day.unplaced]:
            kind = _kind(title)
            counts[kind] = counts.get(kind, 0) + 1
    size = len(_PALETTE)
    taken: set[int] = set()
    chosen: dict[str, tuple[str, str]] = {}
    for kind in sorted(counts, key=lambda k: -counts[k]):  # stable: first seen wins a tie
        # crc32, unlike hash(), is the same in every process.
        index = zlib.crc32(kind.encode("utf-8")) % size
        if len(taken) < size:
            while index in taken:
                index = (index + 1) % size
            taken.add(index)
        chosen[kind] = _PALETTE[index]
    return chosen


def _default_title(plans: Sequence[Plan]) -> str:
    titles = list(dict.fromkeys(plain(p.title) for p in plans))
    return " + ".join(titles) if titles else "Study week"


def _date(date: dt.date) -> str:
    return f"{_WEEKDAYS[date.weekday()]} {date.day} {_MONTHS[date.month - 1]}"


def _range(first: dt.date, last: dt.date) -> str:
    def short(date: dt.date) -> str:
        return f"{date.day} {_MONTHS[date.month - 1]}"

    if first == last:
        return f"{short(first)} {first.year}"
    if first.year != last.year:
        return f"{short(first)} {first.year} – {short(last)} {last.year}"
    return f"{short(first)} – {short(last)} {last.year}"


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _text(markdown: str) -> str:
    """Plan text (inline Markdown) as escaped plain text."""
    return _esc(plain(markdown))
