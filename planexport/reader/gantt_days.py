"""A day drawn as a Mermaid gantt chart in a code block: ```` ```mermaid ```` over `gantt`,
`dateFormat HH:mm`, `section Morning` and task lines (`Deep Work :06:00, 2h`, `Lunch :done,
12:00, 30m`, `Review :a1, 09:00, 10:30`, `Quiz :after a1, 45m`). The chart is rewritten as the
lines the reader already reads, each line keeping its number: a `title` that names weekdays is
a day heading, a section a heading under it (the blocks' session), a task a clock span
(`- 06:00 - 08:00 Deep Work`); a last task with a start alone (`Sleep :21:00`) until where the
next section or the chart's day starts. A chart of dates and times gives dated days, its
sections their blocks' session; one of calendar dates (`dateFormat YYYY-MM-DD`) is warned about
and left as code."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import TYPE_CHECKING

from planexport.reader.day_headings import weekdays_of
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["gantt_days", "gantt_sessions"]

_OPEN = lazy(r"^\s{0,3}(`{3,}|~{3,})\s*mermaid\b", re.IGNORECASE)
_FORMAT = lazy(r"^\s*dateFormat\s+(\S.*?)\s*$", re.IGNORECASE)
_DATED_FORMAT = lazy(r"^YYYY-MM-DD[ T]HH:mm(?::ss)?$")
# "2026-12-07 09:00": a task's date and time in such a chart
_STAMP = lazy(r"^(?P<date>\d{4}-\d{2}-\d{2})[ T](?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d)?$")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CLOCK_FORMAT = lazy(r"^HH:mm(?::ss)?$")
# "axisFormat %H:%M", "todayMarker off", "%% a comment": how the chart is drawn, not a task
_KEYWORD = lazy(
    r"^(?:%%|(?:gantt|dateFormat|axisFormat|tickInterval|excludes|includes|todayMarker|weekday"
    r"|inclusiveEndDates|topAxis|displayMode|accTitle|accDescr)\b)",
    re.IGNORECASE,
)
_TITLE = lazy(r"^\s*title\s+(\S.*?)\s*$", re.IGNORECASE)
_SECTION = lazy(r"^\s*section\s+(\S.*?)\s*$", re.IGNORECASE)
_TIME = lazy(r"^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$")
_LENGTH = lazy(r"^(\d+(?:\.\d+)?)\s*(h|m|min)$", re.IGNORECASE)
_STARTED = lazy(r"^[^:]*:\s*(?:[A-Za-z_][\w-]*\s*,\s*)?((?:[01]?\d|2[0-3]):[0-5]\d)\s*$")
# "axisFormat %H:%M": an axis of hours, as a chart of one day draws it
_AXIS = lazy(r"^\s*axisFormat\s+(\S.*?)\s*$", re.IGNORECASE)
_HOUR_AXIS = lazy(r"%[HIkl]")
_NIGHT = 12 * 60  # the longest a last task runs on to where the chart's day starts again
_AFTER = lazy(r"^after\s+(\S+)", re.IGNORECASE)
_ID = lazy(r"^[A-Za-z_][\w-]*$")
_TAGS = frozenset({"done", "active", "crit", "milestone"})


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _span(start: int, minutes: int) -> str:
    """`06:00 - 08:00`; `11:30 am - 12:30 pm` for a span between 10:00 and 13:00, which a
    24-hour chart means as written (`11:30 - 12:30` could be the evening after a later line)."""
    end = start + minutes
    if not 10 * 60 <= start % 1440 < end < 13 * 60:
        return f"{_clock(start)} - {_clock(end)}"
    return " - ".join(
        f"{(at // 60 - 1) % 12 + 1:02d}:{at % 60:02d} {'pm' if at >= 12 * 60 else 'am'}"
        for at in (start, end)
    )


def _length(text: str) -> int | None:
    match = _LENGTH.match(text)
    if match is None:
        return None
    size = float(match.group(1)) * (60 if match.group(2).lower() == "h" else 1)
    return round(size) if round(size) > 0 else None


def _time(text: str) -> int | None:
    match = _TIME.match(text)
    return None if match is None else int(match.group(1)) * 60 + int(match.group(2))


def _name(line: str) -> str:
    return " ".join(line.partition(":")[0].split())


def _task(line: str, ends: dict[str, int], last: int | None) -> tuple[str, int, int, bool] | None:
    """`Deep Work :06:00, 2h`: its title, start, minutes and whether it is done; None when the
    line gives no start and length (or end) of its own or after another task."""
    name, sep, meta = line.partition(":")
    parts = [part.strip() for part in meta.split(",") if part.strip()]
    title = name.strip()
    if not sep or not title or not parts:
        return None
    done = "done" in [part.lower() for part in parts]
    parts = [part for part in parts if part.lower() not in _TAGS]
    ident = parts[0] if len(parts) == 3 and _ID.match(parts[0]) else None
    parts = parts[1:] if ident is not None else parts
    start: int | None = None
    if len(parts) == 2:
        after = _AFTER.match(parts[0])
        start = ends.get(after.group(1)) if after is not None else _time(parts[0])
        parts = parts[1:]
    elif len(parts) == 1 and _length(parts[0]) is not None:
        start = last  # "Quiz :45m": right after the task above
    if start is None or len(parts) != 1:
        return None
    minutes = _length(parts[0])
    end = _time(parts[0])
    if minutes is None and end is not None:
        minutes = (end - start) % 1440
    if not minutes:
        return None
    if ident is not None:
        ends[ident] = start + minutes
    return title, start, minutes, done


def _lone_ends(body: list[str], first: int) -> dict[int, tuple[int, int, str]]:
    """The start, end and why of each task with a start but no length or end (`Sleep :21:00`)
    that is the last of its section, where a chart of one day (`dateFormat HH:mm`, an axis of
    hours) gives it an end, by line: where the next section starts, when all of it starts
    later (`section Afternoon` at 13:00 after `Review :11:00`); else, when nothing in the chart
    starts or runs on after it, where the chart's day starts again (its first task, the next
    morning), up to 12 hours on."""
    axes = [m.group(1) for line in body if (m := _AXIS.match(line)) is not None]
    if axes and not _HOUR_AXIS.search(axes[0]):
        return {}
    # each task: its line, section, start, end (None when it has no length)
    tasks: list[tuple[int, int, int, int | None]] = []
    ends: dict[str, int] = {}
    last: int | None = None
    section = 0
    for offset, line in enumerate(body, start=first + 1):
        if _SECTION.match(line):
            section += 1
        if ":" not in line or _KEYWORD.match(line) or _TITLE.match(line) or _SECTION.match(line):
            continue
        task = _task(line, ends, last)
        started = _STARTED.match(line)
        if task is not None:
            last = task[1] + task[2]
            tasks.append((offset, section, task[1], task[1] + task[2]))
        elif started is not None and (start := _time(started.group(1))) is not None:
            tasks.append((offset, section, start, None))
    found: dict[int, tuple[int, int, str]] = {}
    for offset, section, start, end in tasks:
        if end is not None or any(s == section and o > offset for o, s, _, _ in tasks):
            continue
        after = [(s, st) for _, s, st, _ in tasks if s > section]
        nxt = [st for s, st in after if s == min(s for s, _ in after)]
        if nxt and min(nxt) > start:
            found[offset] = (start, min(nxt), "where the next section starts")
            continue
        others = [(st, e) for o, _, st, e in tasks if o != offset]
        if not others or any(st >= start or (e is not None and e > start) for st, e in others):
            continue
        dawn = min(st for st, _ in others)
        if 0 < dawn + 1440 - start <= _NIGHT:
            found[offset] = (start, dawn, "where the chart's day starts again")
    return found


def _chart(
    lines: list[str], level: int, ctx: Ctx, first: int, sections: dict[int, str]
) -> list[str] | None:
    """The lines of one gantt chart (fences included) rewritten, or None to leave it as code."""
    body = [line.strip() for line in lines[1:-1]]
    if next((line for line in body if line and not line.startswith("%%")), "").lower() != "gantt":
        return None
    formats = [m.group(1) for line in body if (m := _FORMAT.match(line)) is not None]
    if formats and _DATED_FORMAT.match(formats[0]):
        return _dated_chart(body, ctx, first, sections)
    if not formats or not _CLOCK_FORMAT.match(formats[0]):
        shown = formats[0] if formats else "YYYY-MM-DD"
        ctx.warn(first, f"gantt chart of dates (dateFormat {shown}) not read: no times of day")
        return None
    out = [""]
    lone = _lone_ends(body, first)  # "Sleep :21:00" last: until where the chart says
    ends: dict[str, int] = {}  # "a1": where the task of that id ends, for "after a1"
    last: int | None = None
    day = level
    for offset, line in enumerate(body, start=first + 1):
        title, section = _TITLE.match(line), _SECTION.match(line)
        if title is not None:
            node = Node("heading", offset, min(level + 1, 6), title.group(1))
            named = bool(weekdays_of(node))
            day = node.level if named else level
            out.append(f"{'#' * node.level} {title.group(1)}" if named else "")
        elif section is not None:
            sections[offset] = section.group(1)
            out.append(f"{'#' * min(day + 1, 6)} {section.group(1)}")
        elif ":" in line and not _KEYWORD.match(line):
            task = _task(line, ends, last)
            if task is None and "milestone" in line.partition(":")[2].lower():
                ctx.warn(
                    offset, f'gantt milestone "{_name(line)}" is a moment, not a block: not read'
                )
                out.append("")
                continue
            if task is None and (found := lone.get(offset)) is not None:
                start, end, where = found
                ctx.warn(
                    offset,
                    f'gantt task "{_name(line)}" has a start time but no length: read until '
                    f"{_clock(end)}, {where}",
                )
                tags = [part.strip().lower() for part in line.partition(":")[2].split(",")]
                task = _name(line), start, (end - start) % 1440, "done" in tags
            if task is None:
                why = (
                    "a start time but no length" if _STARTED.match(line) else "no start and length"
                )
                ctx.warn(offset, f'gantt task "{_name(line)}" has {why}: not read')
                out.append("")
                continue
            name, start, minutes, done = task
            last = start + minutes if offset not in lone else last
            mark = "[x] " if done else ""
            out.append(f"- {mark}{_span(start, minutes)} {name}")
        else:
            out.append("")  # "gantt", "dateFormat HH:mm", "axisFormat %H:%M"
    out.append("")
    return out


def _dated_task(line: str) -> tuple[str, str] | None:
    """`Lecture :crit, 2026-12-07 09:00, 2h`: the line the reader reads as a dated day's block
    (`- Lecture: Monday 2026-12-07, 09:00 - 11:00`, `- [x] …` when done), or None unless it
    gives its own date and time and a length (or an end that day) of its own."""
    meta = line.partition(":")[2]
    parts = [p.strip() for p in meta.split(",") if p.strip() and p.strip().lower() not in _TAGS]
    parts = parts[1:] if len(parts) == 3 and _ID.match(parts[0]) else parts
    start = _STAMP.match(parts[0]) if len(parts) == 2 else None
    if not _name(line) or start is None:
        return None
    end = _STAMP.match(parts[1])
    at = int(start.group("h")) * 60 + int(start.group("m"))
    minutes = _length(parts[1])
    if end is not None and end.group("date") == start.group("date"):
        minutes = int(end.group("h")) * 60 + int(end.group("m")) - at
    if minutes is None or minutes <= 0 or at + minutes > 1440:
        return None
    try:
        weekday = _WEEKDAYS[date.fromisoformat(start.group("date")).weekday()]
    except ValueError:
        return None
    done = "[x] " if "done" in [p.strip().lower() for p in meta.split(",")] else ""
    return start.group("date"), f"- {done}{_name(line)}: {weekday} {start.group('date')}, " + (
        f"{_clock(at)} - {_clock(at + minutes)}"
    )


def _dated_chart(
    body: list[str], ctx: Ctx, first: int, sections: dict[int, str]
) -> list[str] | None:
    """A chart of dates and times (`dateFormat YYYY-MM-DD HH:mm`): a dated day per date when
    every task gives its own date, time and length, each task's section (`section Study`) by
    its line in `sections`; else it is warned about and left as code."""
    out = [""]
    named: dict[int, str] = {}
    section: str | None = None
    for offset, line in enumerate(body, start=first + 1):
        if (head := _SECTION.match(line)) is not None:
            section = head.group(1)
        if ":" not in line or _KEYWORD.match(line) or _TITLE.match(line) or head is not None:
            out.append("")  # "gantt", "title Exam week", "section Monday"
            continue
        task = _dated_task(line)
        if task is None:
            ctx.warn(
                offset,
                f'gantt task "{_name(line)}" gives no date, time and length of its own: '
                "its chart is not read",
            )
            return None
        out.append(task[1])
        if section is not None:
            named[offset] = section
    sections.update(named)
    return [*out, ""]


def gantt_days(text: str, ctx: Ctx) -> tuple[str, dict[int, str]]:
    """The text with each Mermaid gantt chart of times of day rewritten as a day's clock spans
    (see the module's docstring), every other line as it is; and the charts' sections for
    `gantt_sessions`: each section's name by the line of the heading it was written as, and by
    the line of each task of a chart of dates."""
    from planexport.reader.fenced import fenced_blocks

    lines = text.split("\n")
    sections: dict[int, str] = {}
    for block in fenced_blocks(lines):
        idx, end = block.start, block.end
        chart = (
            _chart(lines[idx : end + 1], block.level, ctx, idx + 1, sections)
            if _OPEN.match(lines[idx])
            else None
        )
        if chart is not None:
            lines[idx : end + 1] = chart
    return "\n".join(lines), sections


def gantt_sessions(nodes: list[Node], sections: dict[int, str]) -> list[Node]:
    """The headings a chart's sections were written as (`### Morning`) as the session of the
    blocks under them, whatever they are named (`Busy Time`, `Personal`), not headings that
    could end a day; and in a chart of dates, a session before each run of a day's tasks from
    one section (`section Study`), where the day's list gathers them."""
    if not sections:
        return nodes
    # a dated day's heading stands on the line of its first task, and is no section
    tasks = {item.line for node in nodes if node.kind == "list" for item in node.items}
    out: list[Node] = []
    for node in nodes:
        if node.kind == "heading" and node.line in sections and node.line not in tasks:
            out.append(Node("session", node.line, text=node.text))
        elif node.kind == "list" and any(item.line in sections for item in node.items):
            out += _section_runs(node, sections)
        else:
            out.append(node)
    return out


def _section_runs(node: Node, sections: dict[int, str]) -> list[Node]:
    """A dated day's list of chart tasks split where their section changes, each run after a
    session of its section's name."""
    runs: list[tuple[str | None, list[Item]]] = []
    for item in node.items:
        name = sections.get(item.line, runs[-1][0] if runs else None)
        if not runs or runs[-1][0] != name:
            runs.append((name, []))
        runs[-1][1].append(item)
    out: list[Node] = []
    for name, items in runs:
        if name is not None:
            out.append(Node("session", items[0].line, text=name))
        out.append(dataclasses.replace(node, line=items[0].line, items=items))
    return out
