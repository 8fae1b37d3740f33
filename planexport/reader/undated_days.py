"""Days a plan gives without day headings, weeks or lessons: numbered sessions on a date
(`séance 1 (2h jeudi 04/09/25)`), sittings with a length (`### SESSION 1: Basics (2 hours)`),
else tables timed by their `Minutes` header alone (`| 10 | Warm-up |`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.session_days import session_days

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["undated_days"]


def undated_days(nodes: list[Node], ctx: Ctx) -> list[DaySpan]:
    """The sessions or sittings as days, else the tables timed by their header; [] if none."""
    spans = session_days(nodes, ctx)
    if spans:
        return spans
    from planexport.reader.minute_table_days import minute_table_days

    return minute_table_days(nodes, ctx)
