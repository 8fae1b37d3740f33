"""Days no one can live: more than 24 hours of blocks, or one unpinned block of 12 hours or more."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from planexport.reader.result import BlockKey, ReadWarning

if TYPE_CHECKING:
    from planexport.model import Block, Plan

__all__ = ["impossible_days"]

_DAY = 24 * 60
# Half a day without a clock time is a misreading far more often than a plan: "06h00" as six
# hours, "24 hours to claim it" in a notes cell. A pinned one ("Hacking 00:00-23:59") is meant.
_LONG_BLOCK = 12 * 60


def impossible_days(plan: Plan, lines: Mapping[BlockKey, int], *, source: str) -> list[ReadWarning]:
    """A warning for each day whose blocks add up to more than 24 h, and each long unpinned block.

    Such a day passes the model's checks but cannot be scheduled: `export ics` would leave its
    blocks out one by one. Said here, `validate` shows it and `--strict` refuses it. A day whose
    long unpinned blocks rise like times of day is refused outright (PlanError).
    """
    warnings: list[ReadWarning] = []
    said: set[int] = set()  # a template read on seven weekdays is one mistake, said once
    for d, day in enumerate(plan.days):
        for v, variant in enumerate(day.variants):
            keys = [(d, v, b) for b in range(len(variant.blocks))]
            total = _busy(variant.blocks)
            line = min((lines[k] for k in keys if k in lines), default=1)
            if total > _DAY and line not in said:
                from planexport.reader.clock_like_lengths import refuse_clock_lengths

                # "8.30 uur", "9.00 uur" read as 8 h 18 min, 9 h: refused, not passed on
                refuse_clock_lengths(day, v, d, lines, total=_hours(total), source=source)
                said.add(line)
                warnings.append(
                    ReadWarning(
                        source,
                        line,
                        f"{_day(day.number, day.title)} has {_hours(total)} of blocks, more "
                        "than a day holds; check the lengths read (see `planexport show`)",
                    )
                )
            for key, block in zip(keys, variant.blocks, strict=True):
                if block.at is None and block.min_minutes >= _LONG_BLOCK:
                    warnings.append(
                        ReadWarning(
                            source,
                            lines.get(key, 1),
                            f'"{block.title}" lasts {_hours(block.min_minutes)} and has no '
                            "clock time; is that length meant?",
                        )
                    )
    return warnings


def _busy(blocks: Sequence[Block]) -> int:
    """Minutes the blocks take: pinned ones that overlap (a hackathon's night beside its
    mentors' hours) count once, as the scheduler reports their overlap on its own."""
    spans = sorted(
        (_minutes(block.at), _minutes(block.at) + block.min_minutes)
        for block in blocks
        if block.at is not None
    )
    pinned, end = 0, -1
    for start, stop in spans:
        if stop > end:
            pinned += stop - max(start, end)
            end = stop
    return pinned + sum(block.min_minutes for block in blocks if block.at is None)


def _minutes(at: str) -> int:
    hours, minutes = at.split(":")
    return int(hours) * 60 + int(minutes)


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d} min" if rest else f"{hours} h"


def _day(number: int, title: str) -> str:
    return title if title == f"Day {number}" else f'day {number} "{title}"'
