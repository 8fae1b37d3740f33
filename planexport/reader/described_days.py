"""An activity's heading with its weekdays in brackets (`## Dehnen (Mo–Fr morgens)`) below a
week table: when that activity is done, not days of the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import Ctx, session_name
from planexport.reader.day_headings import listed_weekdays
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.tables import table_days

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["described_days"]

# "Dehnen (Mo–Fr morgens)", "💪 Mini-Calisthenics (Mo–Fr morgens)", "Laufeinheiten (Di + Do)"
_ACTIVITY = lazy(r"^(?P<what>[^()]*?\w[^()]*?)\s*\((?P<when>[^()]+)\)[\s*_:.]*$")


def _activity(text: str) -> bool:
    """Whether a heading names an activity and, only in its closing bracket, its weekdays."""
    match = _ACTIVITY.match(unwrap(text).strip())
    if match is None or listed_weekdays(match["what"]):
        return False
    return session_name(match["what"]) is None  # "## Abends (Mo–Fr)": a part of those days


def described_days(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> bool:
    """Whether every day that headings give is an activity's heading with its weekdays in
    brackets, below a table whose rows already give weekdays: those rows are the days, and the
    headings describe an activity of some of them."""
    starts = sorted({span.start for span in spans})
    if not starts or any(
        nodes[idx].kind != "heading" or not _activity(nodes[idx].text) for idx in starts
    ):
        return False
    said = Ctx(ctx.source)  # the table is read again as the plan's days, warned then
    return any(
        node.kind == "table"
        and sum(1 for day in table_days(node, said) if day.weekday is not None) >= 2
        for node in nodes[: starts[0]]
    )
