"""Days under a heading that offers them as an alternative (`## Alternative Daily Study Schedule
(2-2.5 hours/day)` over `**Saturday - Intensive Practice**`, after the plan's own week): another
way to spend the weekdays the plan has days for already, not more days after them.

Such a day is left out (a guide, neither read nor warned line by line) when its weekday is one
of the plan's days before the alternative; one warning names the heading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["alternative_days"]

# "Alternative", "Alternate schedule", "Alternativer Plan", "Horario alternativo", "Plan B".
_ALTERNATIVE = lazy(r"(?<!\w)(?:alternat\w*|plan\s+b)(?!\w)", re.IGNORECASE)


def alternative_days(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> list[DaySpan]:
    """`spans`, the days under an alternative's heading whose weekdays come before it marked
    as guides."""
    heads = [i for i, n in enumerate(nodes) if n.kind == "heading" and _ALTERNATIVE.search(n.text)]
    if not heads or not any(_ALTERNATIVE.search(fold(unwrap(nodes[i].text))) for i in heads):
        return spans  # most plans offer no alternative: no walk up from each day
    seen: set[str] = set()
    said: set[int] = set()
    for span in spans:
        head = _alternative_head(nodes, span.start) if span.start >= 0 else None
        if head is None or span.weekday is None or span.weekday not in seen:
            if head is None and span.weekday is not None:
                seen.add(span.weekday)
            continue
        span.guide = True
        if head not in said:
            said.add(head)
            title = unwrap(nodes[head].text)
            ctx.warn(nodes[head].line, f'"{title}" is an alternative to the days above: not read')
    return spans


def _alternative_head(nodes: list[Node], start: int) -> int | None:
    """The heading above `start`, or one enclosing it, that names an alternative."""
    level = 7
    for idx in range(start, -1, -1):
        node = nodes[idx]
        if node.kind != "heading" or node.level >= level:
            continue
        level = node.level
        if _ALTERNATIVE.search(fold(unwrap(node.text))):
            return idx
        if level == 1:
            break  # no heading encloses a top-level one
    return None
