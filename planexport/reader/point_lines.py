"""A lone start time after clock spans (`**12.30** Wrap-up`), up to the next line's time."""

from __future__ import annotations

import re

from planexport.reader.blocks import Ctx, RawBlock, is_break, tidy
from planexport.reader.durations import find_duration, start_time
from planexport.reader.h_starts import h_start
from planexport.reader.last_starts import day_series_step, said_step
from planexport.reader.lazy import lazy
from planexport.reader.open_ends import end_left_blank, without_open_end
from planexport.reader.outline import Node

# "**12.30** Wrap-up", "**ca. 12.45** End of day 1", "~ 17:00 Closing": `ca.`, `approx.`, `~`
# before a time say it may move a little; it is still that time.
_POINT_LINE = lazy(
    r"^[*_\s]*(?:(?:ca\.?|circa|approx\.?|about|gegen|um|~|≈)\s*)?[*_]*\s*"
    # "20h00" too, when no length was read in it ("**20h00 - ...** Travail": an open end)
    r"(?P<h>[01]?\d|2[0-3])(?:[.:h](?P<m>[0-5]\d)(?!\d)|h(?!\w))"
    # "**8:00 PM – …** Study": a 12-hour clock's half of the day
    r"(?:\s*(?P<half>[ap])\.?m\b\.?)?(?:\s*uhr\b)?[*_]*\s*[-–—:|]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_END = lazy(
    r"^[\W_]*(?:end|the end|ende|fin|fine|fim|einde|schluss|closing|close)"
    r"(?:\s+(?:of|des|der|del|de|van|du)\b.*)?[\W_]*$",
    re.IGNORECASE,
)


def _point(text: str, after: int | None = None) -> tuple[int, str] | None:
    """A line that starts with a time of day and gives no length, as (minutes, the rest); one
    that starts with an `h` hour (`14h20 Équipe verte`) too, at or after `after`."""
    if find_duration(text) is not None and (after is None or h_start(text, after) is None):
        return None  # "**09.00 - 10.00** Lectures", "**12.30** Lunch (30 min)": timed lines
    match = _POINT_LINE.match(text)
    if match is None or not match.group("rest").strip():
        return None
    hour, half = int(match.group("h")), (match.group("half") or "").lower()
    if half and not end_left_blank(match.group("rest")):
        return None  # "5:00 PM onwards: free": read as before, a note of the day
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + int(match.group("m") or 0), match.group("rest")


def _time_of(node: Node, after: int) -> int | None:
    if node.kind != "paragraph":
        return None
    found = find_duration(node.text)
    if found is not None and found.at is not None:
        return found.at
    point = _point(node.text, after)
    return point[0] if point else None


def point_line(
    nodes: list[Node],
    idx: int,
    blocks: list[RawBlock],
    ctx: Ctx,
    *,
    notes: list[str] | None = None,
    until: int | None = None,
) -> bool:
    """Read the paragraph `nodes[idx]` when it is a lone start time after a clock span of the
    same day: a block until the next line's time, nothing when it marks the end (`ca. 12.45 End
    of day 1`), a warning when no time follows. An open end (`**20h00 - ...** → Travail`) with
    no time after it lasts until `until`, where its session ends (`### Journée (9h-22h)`), else
    it is kept in `notes`, as a list's is. False when it is no such line."""
    if not blocks or blocks[-1].at is None:
        return False
    point = _point(nodes[idx].text, blocks[-1].at + blocks[-1].hi)
    if point is None:
        return False
    after = nodes[idx + 1] if idx + 1 < len(nodes) else None
    if (
        start_time(nodes[idx].text)
        and after
        and after.kind == "paragraph"
        and start_time(after.text)
    ):
        return False  # "12:30 Wrap-up" over "12:45 Q&A": an agenda of start lines, read as one
    start, rest = point
    rest = without_open_end(rest)  # "18:00 in poi Ricevimento": from 18:00, with no end
    if _END.match(rest):
        return True  # "End of day 1": where the line above it ends, no activity
    title = tidy(rest)
    # "10:30 Talk" / "---" / "11:00 Q&A": the next line's time, across a rule
    later = next((node for node in nodes[idx + 1 :] if node.kind != "hr"), None)
    following = _time_of(later, start) if later is not None else None
    if following is None and until is not None and end_left_blank(point[1]):
        following = until  # "**20h00 - ...** Travail" under "### Journée intensive (9h-22h)"
    if following is None or following <= start:
        if notes is not None and end_left_blank(point[1]):
            hhmm = f"{start // 60 % 24:02d}:{start % 60:02d}"
            ctx.warn(nodes[idx].line, f'"{title}" starts at {hhmm} with no end: kept as a note')
            notes.append(nodes[idx].text)
            return True
        step = None if is_break(title) else day_series_step(blocks, start)
        if step is not None:  # "10:00", "10:30" read, "11:00 Q&A": a step, as the ones before
            said_step(nodes[idx].line, title, step, ctx)
            raw = RawBlock(title, None, step, step, None, [], nodes[idx].line)
            raw.at, raw.guessed = start, True
            blocks.append(raw)
            return True
        ctx.warn(nodes[idx].line, f'"{title}" has a start time but no length')
        return True
    if not is_break(title):
        raw = RawBlock(title, None, following - start, following - start, None, [], nodes[idx].line)
        raw.at, raw.guessed = start, True
        blocks.append(raw)
    return True
