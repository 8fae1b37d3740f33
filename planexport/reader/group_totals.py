"""A total for a group of weekdays (`**Weekdays** (10 hours total)`, `**Werktage** (10 Stunden
insgesamt)`, `## Días laborables (5 horas en total)`): shared out over the group's days, never
given to each of them. `**Weekdays** (10 hours total)` over untimed bullets is two hours on each
of Monday to Friday, with a warning that says so. The weekend's total stays one day, its
Saturday (`group_lengths`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import Found

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["range_share", "share_total", "warn_shared_total"]

# No day holds a block this long with no clock time (`day_limits` asks whether it is meant).
_LONGEST_DAY = 12 * 60


def _share(minutes: int, days: int) -> int:
    """`minutes` over `days`, to the nearest whole minute (a half up), one at least."""
    return max(1, (2 * minutes + days) // (2 * days))


def share_total(found: Found, days: int) -> Found:
    """`found`, a total for `days` days, as each day's share (`10 hours total` over five
    days: 120 minutes), the words as written."""
    return found._replace(lo=_share(found.lo, days), hi=_share(found.hi, days))


def warn_shared_total(nodes: list[Node], span: DaySpan, ctx: Ctx) -> None:
    """The warning for a day whose length is its share of its group's total: said once for
    the group's line (the same warning for each of its days is told once)."""
    from planexport.reader.group_lengths import group_total

    if span.length is None or not 0 <= span.start < len(nodes):
        return
    node = nodes[span.start]
    if (
        node.kind not in ("heading", "paragraph")
        or (shared := group_total(nodes, span.start)) is None
    ):
        return
    days, total = shared
    each = (
        f"{span.length.lo}"
        if span.length.lo == span.length.hi
        else (f"{span.length.lo}–{span.length.hi}")
    )
    whole = f"{total.lo}" if total.lo == total.hi else f"{total.lo}–{total.hi}"
    text = " ".join(node.text.replace("**", "").replace("__", "").split())
    text = text if len(text) <= 60 else text[:57] + "…"
    ctx.warn(
        node.line,
        f'"{text}" gives a total for {days} days ({whole} min): read as {each} min on each',
    )


def range_share(nodes: list[Node], span: DaySpan, stated: Found, ctx: Ctx) -> Found:
    """The length each day of a range of days gets from the length stated under it:
    `#### Day 78-82: Capstone Project` over `**Time:** 15-20 hours` is 3 to 4 hours on each of
    the five days, with a warning, as no one day holds 15 hours; a length one day can hold
    (`#### Day 6-7: Weekend Project` over `**Time:** 4-6 hours`) is each day's, as before."""
    days = len(span.numbers)
    if days < 2 or stated.lo < _LONGEST_DAY:
        return stated
    each = share_total(stated, days)
    node = nodes[span.start] if 0 <= span.start < len(nodes) else None
    text = " ".join((node.text if node is not None else span.title).replace("**", "").split())
    text = text if len(text) <= 60 else text[:57] + "…"
    whole = f"{stated.lo}" if stated.lo == stated.hi else f"{stated.lo}–{stated.hi}"
    share = f"{each.lo}" if each.lo == each.hi else f"{each.lo}–{each.hi}"
    ctx.warn(
        span.line,
        f'"{text}" gives {whole} min for {days} days, more than a day holds: read as {share} '
        "min on each",
    )
    return each
