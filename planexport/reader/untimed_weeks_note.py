"""Weeks with nothing timed below a plan read as one day (`## Daily Structure (90 min)` over
`- Coding (45 min)`, then `## Week 1 — Foundations` … `## Week 8` over untimed bullets): the
weeks are not scheduled, and the user is told so, once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.outline import unwrap
from planexport.reader.sections import timed

if TYPE_CHECKING:
    from planexport.model import Day
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node

__all__ = ["warn_untimed_weeks"]


def warn_untimed_weeks(nodes: list[Node], days: list[Day], ctx: Ctx) -> None:
    """One warning when a plan read as one day holds two or more week headings whose sections
    give no length: their lines are that day's notes, and no week is a day of its own."""
    if len(days) != 1:
        return
    from planexport.reader.week_days import week_heading

    heads = [idx for idx, node in enumerate(nodes) if node.kind == "heading"]
    weeks = [idx for idx in heads if week_heading(unwrap(nodes[idx].text))]
    if len(weeks) < 2:
        return
    for idx in weeks:
        end = next((j for j in heads if j > idx and nodes[j].level <= nodes[idx].level), None)
        if timed(nodes[idx + 1 : end if end is not None else len(nodes)]):
            return  # a week with times of its own is read as written
    names = ", ".join(f'"{unwrap(nodes[idx].text)}"' for idx in weeks[:2])
    more = ", …" if len(weeks) > 2 else ""
    # Beside a timetable the day has no notes of its own: the weeks' lines are not read at all.
    listed = [item.text for n in nodes[weeks[0] :] if n.kind == "list" for item in n.items]
    noted = any(text in days[0].notes for text in listed)
    ctx.warn(
        nodes[weeks[0]].line,
        f"{len(weeks)} weeks ({names}{more}) give nothing timed: "
        + ("read as notes of the plan's one day" if noted else "not read")
        + ", not scheduled week by week (give each week its days and blocks)",
    )
