"""A weekly timetable kept in the front matter, as course sites built on Jekyll write it.

A course page may hold its whole week in YAML above an empty body, one entry per weekday with
its events::

    ---
    schedule:
      - name: Tuesday
        events:
          - name: Lecture
            start: 10:00 AM
            end: 11:30 AM
            location: Room 204
    ---

The reader keeps front matter out of the plan (only its title is read), so such a page had no
days. This pass writes the week into the lines the front matter leaves blank, each on the line
it came from: `## Tuesday` where the weekday is named and `- 10:00 AM - 11:30 AM Lecture` where
the event is, the place as an item of it. The rest of the reader then reads these as any weekday
plan. Only a `schedule:` whose entries are all weekdays is read; an event with no start or end is
left out with a warning on its line, and so is a weekday with no events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.table_weekly import weekday_of

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["front_schedule"]

_ENTRY = lazy(r"^(?P<indent>\s*)-\s+name:\s*(?P<value>.*?)\s*$")
_FIELD = lazy(r"^\s*(?P<key>start|end|location):\s*(?P<value>.*?)\s*$")
_SCHEDULE = lazy(r"^schedule:\s*$")


@dataclass
class _Event:
    """One event under a weekday: the line that names it, and its fields."""

    line: int
    name: str
    fields: dict[str, tuple[int, str]] = field(default_factory=dict)


@dataclass
class _Day:
    """One weekday entry of the schedule and its events."""

    line: int
    name: str
    events: list[_Event] = field(default_factory=list)


def front_schedule(text: str, body: str, ctx: Ctx) -> str:
    """The body with the front matter's weekly `schedule:` written into its blank lines, or the
    body as it is when the text has no such schedule."""
    if text.startswith("+++"):
        from planexport.reader.front_features import front_features

        return front_features(text, body, ctx)  # "[[feature]]" / name = "Monday"
    if "schedule:" not in text or "events:" not in text or not text.startswith("---"):
        return body
    lines = text.split("\n")
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return body
    days = _days(lines, end)
    if not days or not any(day.events for day in days):
        return body
    out = body.split("\n")
    for day in days:
        if not day.events:
            ctx.warn(day.line + 1, f'"{day.name}" in the front matter has no events: not read')
            continue
        out[day.line] = f"## {_unquote(day.name)}"
        for event in day.events:
            _write(event, out, ctx)
    return "\n".join(out)


def _days(lines: list[str], end: int) -> list[_Day]:
    """The weekday entries under `schedule:`, or none when an entry names no weekday."""
    start = next((i for i in range(1, end) if _SCHEDULE.match(lines[i])), None)
    if start is None:
        return []
    days: list[_Day] = []
    top: int | None = None
    for i in range(start + 1, end):
        raw = lines[i]
        if raw.strip() and not raw[:1].isspace() and not raw.startswith("-"):
            break  # the next top-level key
        entry = _ENTRY.match(raw)
        if entry is not None:
            indent = len(entry.group("indent"))
            top = indent if top is None else top
            if indent <= top:
                if weekday_of(_unquote(entry.group("value"))) is None:
                    return []  # "- name: Week": a grid of something else
                days.append(_Day(i, entry.group("value")))
            elif days:
                days[-1].events.append(_Event(i, entry.group("value")))
            continue
        known = _FIELD.match(raw)
        if known is not None and days and days[-1].events:
            days[-1].events[-1].fields[known.group("key")] = (i, known.group("value"))
    return days


def _write(event: _Event, out: list[str], ctx: Ctx) -> None:
    """Write one event as a timed list item on its own line, its place as an item below."""
    start = _unquote(event.fields.get("start", (0, ""))[1])
    finish = _unquote(event.fields.get("end", (0, ""))[1])
    name = _unquote(event.name)
    if not start or not finish:
        ctx.warn(event.line + 1, f'"{name}" in the front matter has no start or end: not read')
        return
    out[event.line] = f"- {start} - {finish} {name}"
    if "location" in event.fields:
        line, place = event.fields["location"]
        out[line] = f"  - {_unquote(place)}" if _unquote(place) else ""


def _unquote(value: str) -> str:
    """A YAML scalar without its quotes: `'10:00 AM'` is `10:00 AM`."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].strip()
    return re.sub(r"\s+#.*$", "", value)
