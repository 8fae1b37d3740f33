"""Lengths written after a pinned start, in one list: each starts when the one before ends.

    - 9:00 Warm-up (30 min)
    - Reading (45 min)
    - Break (10 min)
    - Exercises (1 h)

reads Reading at 09:30 and Exercises at 10:25: the break's length moves the clock on without a
block of its own. A `Start: 9:00` (`Start time: 18:30`, `Beginn: 9 Uhr`, `Inicio: 9h`) line just
above a list of lengths, or as its first item, is the list's start in the same way. The chain
holds only while the list reads as a sequence: it ends at a line with neither a length nor a
time, at a range (`20-30 min`: the next start is unknown), and a run before the next clock time
written in the list is pinned only when it ends just then: else the plan does not say where in
the gap it goes, or how the two agree.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.heading_starts import heading_start
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import SESSION_WORDS, START_LABEL_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Item, Node

__all__ = ["chained_lengths"]

_DAY = 24 * 60
# "Evening: …", "**Nachmittag** – …": a line's label, before a colon or a dash.
_PART_LABEL = lazy(
    r"^[\W_]*(?P<word>[^\W\d_][^\W\d_-]*(?:[- ][^\W\d_]+)?)[*_]*"
    r"\s*(?::|\s[\u2013\u2014-])"
)
# The parts of a day that place a line in it; a meal (`Lunch`, `Mittag`) may be the line itself.
_PARTS = frozenset(SESSION_WORDS) - {"lunch", "noon", "midday", "mittag", "midi", "mediodia"}
# "Start: 9:00", "**Start time:** 18:30", "Beginn: 9 Uhr", "Inicio: 9h30": the label, its time.
_LABEL = lazy(
    r"^[\W_]*(?P<word>[^\W\d_][^:]{0,24}?)[*_\s]*:[*_\s]*(?P<time>\d{1,2}(?:[:.h][0-5]\d)?"
    r"\s*(?:uhr|h|[ap]\.?\s?m\.?)?)[*_\s]*\.?$",
    re.IGNORECASE,
)
_HOUR = lazy(r"(?P<h>\d{1,2})(?:[:.h](?P<m>[0-5]\d))?\s*(?P<tail>uhr|h|[ap]\.?\s?m\.?)?$")


def start_label(text: str) -> int | None:
    """The minutes after midnight a `Start: 9:00` line gives, or None for any other line."""
    match = _LABEL.match(unwrap(text).strip())
    if match is None or " ".join(re.findall(r"[a-z]+", fold(match["word"]))) not in (
        START_LABEL_WORDS
    ):
        return None
    hour = _HOUR.match(match["time"].strip().lower())
    if hour is None:
        return None
    tail = (hour["tail"] or "").replace(".", "").replace(" ", "")
    if hour["m"] is None and tail not in ("uhr", "h", "am", "pm"):
        return None  # "Start: 9": a number, not said to be a time
    minutes = int(hour["h"]) * 60 + int(hour["m"] or 0)
    if tail == "pm" and int(hour["h"]) < 12:
        minutes += 12 * 60
    elif tail == "am" and int(hour["h"]) == 12:
        minutes -= 12 * 60
    return minutes if 0 <= minutes < _DAY else None


def _part_of_day(text: str) -> bool:
    """Whether a line is labelled with a part of the day (`Evening: …`, `**Abends** – …`)."""
    label = _PART_LABEL.match(text)
    return label is not None and fold(label["word"]).strip() in _PARTS


def _gap(text: str) -> int | None:
    """The minutes of a break line with a length and no time (`Break (10 min)`), else None."""
    found = find_duration(text)
    if found is None or found.at is not None or found.lo != found.hi or found.hi <= 0:
        return None
    if find_point_time(text) is not None:
        return None
    return found.hi if is_break(text[: found.start] + text[found.end :]) else None


def _clock_mark(text: str) -> int | None:
    """A clock time an unread line gives (`12:30 Lunch`, `- 11:00-11:15 Tea`), else None."""
    found = find_duration(text)
    if found is not None and found.at is not None:
        return found.at
    return find_point_time(text)


def _pin(run: list[tuple[RawBlock, int]], pin: RawBlock | None, end: int | None) -> None:
    """Pin each block of the run at its start when it ends by midnight and, before a next time
    the list writes (`end`), just at that time: lengths between two clock times that leave a gap
    (`09:00-10:00 Maths`, `1h30 Reading`, `14:00-15:00 History`) may sit anywhere in it."""
    if not run:
        return
    last, at = run[-1]
    if at + last.hi > _DAY or (end is not None and at + last.hi != end):
        return
    for raw, start in run:
        raw.at = start
        raw.sure = pin.sure if pin is not None else True


def _chain(
    items: list[Item], blocks: dict[int, RawBlock], clock: int | None, end: int | None = None
) -> None:
    run: list[tuple[RawBlock, int]] = []
    pin: RawBlock | None = None
    for item in items:
        raw = blocks.get(item.line)
        if raw is not None and raw.at is not None:
            _pin(run, pin, raw.at)
            run, pin = [], raw
            clock = raw.at + raw.hi if raw.lo == raw.hi and not raw.backward else None
            continue
        if raw is None and (gap := _gap(item.text)) is not None:
            clock = None if clock is None else clock + gap
            continue
        if raw is None and (label := start_label(item.text)) is not None:
            _pin(run, pin, label)
            run, pin, clock = [], None, label
            continue
        mark = _clock_mark(item.text)
        if raw is not None and _part_of_day(item.text):
            # "- Evening: Problem sheet 1 (1.5h)" after "- 2pm-3pm: Tutorial": in the evening,
            # not at 15:00
            _pin(run, pin, None)
            run, clock = [], None
            continue
        if raw is None or clock is None or mark is not None:
            # a line of its own time that is no pinned block ("12:30 Lunch") closes the run
            _pin(run, pin, mark)
            run, clock = [], None
            continue
        run.append((raw, clock))
        clock = clock + raw.hi if raw.lo == raw.hi else None
        if clock is None:
            _pin(run, pin, None)
            run = []
    _pin(run, pin, end)  # a run up to the heading's span's end: pinned only if it ends then


def chained_lengths(nodes: list[Node], blocks: list[RawBlock]) -> None:
    """Pin the blocks of lengths that follow a pinned start in the day's lists (see above).

    A plan whose blocks carry no time at all, and no `Start:` line, is left as it is."""
    lines = [raw.line for raw in blocks]
    # a line of several blocks ("Read 20 min, write 10 min") is no step of a sequence
    own = {raw.line: raw for raw in blocks if lines.count(raw.line) == 1}
    label: int | None = None
    end: int | None = None
    if nodes and nodes[0].kind == "heading":
        # "## Monday 18:30-20:00 — Statistics" over a list of lengths that fills the span (or
        # "## Montag (18:00)"): the list starts then
        label, end = heading_start(nodes[0].text) or (None, None)
        nodes = nodes[1:]
    for node in nodes:
        if node.kind == "list":
            _chain(node.items, own, label, end)
        end = None
        label = start_label(node.text) if node.kind == "paragraph" else None
