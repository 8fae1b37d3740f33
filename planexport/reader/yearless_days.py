"""Days headed by a month and a day in a plan that writes no year anywhere (`## April 14 –
Algebra`, `## 14/04 – Algebra`) and names no weekday to find one by: their dates cannot be used,
and one warning says so on the first such day, instead of dropping the dates without a word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import every_item

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["warn_yearless"]

_YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _texts(nodes: list[Node]) -> list[str]:
    """Every text of the outline: headings, paragraphs, items and their children, cells."""
    found: list[str] = []
    for node in nodes:
        found.append(node.text)
        found += [cell for row in node.rows for cell in row]
        found += [item.text for item in every_item(node.items)]
    return found


def warn_yearless(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> None:
    """Warn once when days give a month and a day, no weekday dates them and the plan writes
    no year anywhere."""
    undated = [s for s in spans if s.date is None and s.month_day is not None and not s.weekday]
    if not undated or any(_YEAR.search(text) for text in _texts(nodes)):
        return
    ctx.warn(
        undated[0].line,
        f"the plan writes no year: {len(undated)} day(s) headed by a date are read in order, "
        "undated (write the year beside each date to schedule them on their dates)",
    )
