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

__all__ = ["share_total", "warn_shared_total"]


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
