"""Clock times read from the order of the lines: a 12-hour clock, lengths up to the next start."""

from __future__ import annotations

import re

from planexport.reader.blocks import Ctx, RawBlock
from planexport.reader.durations import find_duration
from planexport.reader.meridiem_slips import am_for_pm, slip_warning
from planexport.reader.words import fold

__all__ = ["GUESS_CAP", "clip_guesses", "is_moment", "order_halves", "span_start"]


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


# A line with only a start time lasts until the next start, however long (`06:00 Trabalho`, then
# `11:20 Almoço`: 320 minutes, as the writer planned); a length past this is warned about.
GUESS_CAP = 240
_DAY = 24 * 60


def clip_guesses(blocks: list[RawBlock], ctx: Ctx) -> None:
    """Lengths read from the next start end at the next block of the day; one longer than
    `GUESS_CAP` is kept, with a warning, unless no later start ends it that day."""
    starts = sorted({b.at for b in blocks if b.at is not None})
    for raw in blocks:
        if not raw.guessed or raw.at is None:
            continue
        from planexport.reader.stated_lengths import stated_length

        after = next((s for s in starts if s > raw.at), None)
        stated = stated_length(raw.items)
        if stated is not None and (after is None or raw.at + stated[1] <= after):
            raw.lo, raw.hi = stated  # "⏱️ 2h" under "**09:00** - Museo": its own length
            raw.guessed = False
            continue
        if stated is not None and after is not None:
            gap = after - raw.at
            ctx.warn(
                raw.line,
                f'"{_short(raw.title)}" says it lasts {stated[1]} min, but the next line starts '
                f"{gap} min later: read as {gap} min",
            )
        if after is not None and raw.at + raw.hi > after:
            raw.lo = raw.hi = after - raw.at
        if raw.hi > GUESS_CAP and after is not None:
            ctx.warn(
                raw.line,
                f'"{_short(raw.title)}" has only a start time and the next one is '
                f"{raw.hi // 60}h{raw.hi % 60:02d} later: read as lasting until then "
                f"(over {GUESS_CAP // 60} hours)",
            )
        elif raw.hi > GUESS_CAP:
            # "**9:00 pm** Lecture" over "**9:30 am**": no later start that day, so the next
            # line's time is the next morning's; half a night is no block.
            ctx.warn(
                raw.line,
                f'"{_short(raw.title)}" has only a start time and no later one that day: '
                f"read as {GUESS_CAP // 60} hours",
            )
            raw.lo = raw.hi = GUESS_CAP


def order_halves(blocks: list[RawBlock], ctx: Ctx) -> None:
    """`12:15 - 1:15`, then `1:15 - 2:00`: a 12-hour clock read from the order of the lines.

    A day that writes a start at 13:00 or later counts hours to 24, and a line that says which
    half of the day it is in is never turned; a start before the line above is then written
    out of order, kept as written with a warning. So is one whose next line goes on after the
    line above (`7:55`, `5:55`, `10:50`): one wrong start never moves the lines after it. A
    start after the end of a line above that runs past midnight (`7:00 - 9:00` after `Night
    shift 22-6`) is in order, as written.
    """
    timed = [raw for raw in blocks if raw.at is not None]
    clock24 = any(raw.at is not None and raw.at >= 13 * 60 for raw in timed)
    end: int | None = None
    start = -1
    guessed = False  # the line above lasts until the next start: its end says nothing yet
    for pos, raw in enumerate(timed):
        assert raw.at is not None
        end_above = None if guessed else end
        guessed = raw.guessed
        after = timed[pos + 1].at if pos + 1 < len(timed) else None
        if raw.sure and after is not None and am_for_pm(raw.at, start, end_above, after):
            # "**3:00 am** - Quiz" between "**1:30 pm**" and "**3:15 pm**": the writer's am
            # for pm, as only the afternoon falls between the lines around it.
            ctx.warn(raw.line, slip_warning(_short(raw.title), raw.at, start, after))
            raw.at += 12 * 60
        # Only a start before the line above turns the clock: "10:15 - 12:00" after
        # "10:00 - 10:30" overlaps it in the morning, "1:15" after "12:15" is the afternoon.
        if raw.sure or end is None or raw.at >= start or _DAY < end <= raw.at + _DAY:
            # "7:00 - 9:00" after "Night shift 22-6": the next morning, once the line above
            # that ran past midnight has ended; no start out of order, kept as written.
            start, end = raw.at, raw.at + raw.hi
            continue
        if clock24 or (after is not None and after >= start):
            # "5:55 - 10:40" between "7:55 - 8:40" and "10:50 - 12:30" (or "13:00 - 15:35"
            # later that day): a slip of the pen, not the evening; the lines after it keep
            # their own times.
            ctx.warn(
                raw.line,
                f'"{_short(raw.title)}" starts at {_hhmm(raw.at)}, before the line above '
                f"({_hhmm(start)}): kept at its written time",
            )
        elif raw.at + 12 * 60 >= end - 60:
            raw.at += 12 * 60
            ctx.warn(
                raw.line,
                f'"{raw.title}" read as starting at {_hhmm(raw.at)}, after the line before',
            )
        start, end = raw.at, raw.at + raw.hi


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


# A start that is a moment of the day, not an activity: "06:30 - Acordar" before
# "08:00-20:00 Work" is when one wakes, never a 90-minute block (folded, first words).
_MOMENTS = frozenset(
    ("wake", "wake up", "get up", "alarm", "acordar", "despertar", "levantarse", "levantar",
     "aufstehen", "wecker", "reveil", "lever", "sveglia", "opstaan", "wakker worden",
     "bed", "bedtime", "sleep", "dormir", "schlafen", "coucher", "dormire", "slapen",
     # "22:30 Lights out", "Go to bed", "Ins Bett", "Se coucher", "A letto", "Naar bed"
     "lights out", "go to bed", "ins bett", "zu bett", "bettzeit", "se coucher", "a letto",
     "a la cama", "naar bed", "licht uit", "se lever", "lichter aus", "ir a dormir")
)  # fmt: skip


def is_moment(title: str) -> bool:
    """Whether a start names a moment of the day (`Wake up`, `Lights out`, `Aufstehen`,
    `Despertar`, `Coucher`), not an activity that lasts."""
    words = re.sub(r"[^\w ]+", " ", fold(title)).split()
    return any(" ".join(words[:n]) in _MOMENTS for n in (1, 2, 3))


def span_start(text: str, *, start: tuple[int, str], steps: bool = False) -> int | None:
    """Where a line that opens with a span (`09:30-11:00 Talks`) starts, when that is later
    than `start`: a start-only line just above it (`09:00 Welcome`: its minutes and title)
    lasts until then, unless it names a moment (`06:30 Wake`) with no `steps` under it."""
    after, title = start
    # "**05:30** - Despertar" over "- Estiramientos (15 minutos)": what is done on waking fills
    # the time until the next line; a bare "06:30 - Despertar" is only when one wakes.
    if not steps and is_moment(title):
        return None
    found = find_duration(text)
    # "🏋️ 08:20–09:05 Workout": an emoji or markup before the span is no word of the line's
    if found is None or found.at is None or re.search(r"[^\W_]", text[: found.start]):
        return None
    return found.at if found.at > after else None
