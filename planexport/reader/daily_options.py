"""A list of daily amounts to choose from (`- 15 Minutes/Day: the least that pays off`, `- 30
Minutes/Day: …`, `- 1-2 Hours/Day: …`): advice on how long to practise, not blocks of a day."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Item, Node

__all__ = ["without_daily_options"]

_FEWEST = 3  # two amounts may be two activities of a day; three rising ones are a choice
# Right after the length: "/Day", " / day", then the colon or dash before what it is for.
_PER_DAY = lazy(r"\s*/\s*day\s*[:\u2013\u2014-]", re.IGNORECASE)


def _amount(item: Item) -> int | None:
    """The least minutes of an item led by a length per day (`15 Minutes/Day: …`), else None."""
    text = unwrap(item.text).strip()
    found = find_duration(text)
    if found is None or found.at is not None or found.start > 2:
        return None
    return found.lo if _PER_DAY.compiled().match(text, found.end) is not None else None


def _options(items: list[Item]) -> bool:
    """Whether the items are all amounts per day, three or more, each more than the last."""
    if len(items) < _FEWEST or any("/" not in item.text for item in items):
        return False  # the cheap question first: every line has its slash
    amounts = [_amount(item) for item in items]
    rising = [a for a in amounts if a is not None]
    return len(rising) == len(items) and all(a < b for a, b in itertools.pairwise(rising))


def without_daily_options(nodes: list[Node], ctx: Ctx) -> list[Node]:
    """The nodes without each list of daily amounts to choose from, said once on its first
    line: `15 Minutes/Day: Minimum to gain rewards`, `30 Minutes/Day: …`, `1-2 Hours/Day: …`
    tell how long a day's practice may be, from the least to the most, not what to do in it
    (the lines were blocks titled `/Day`). Three or more such lines, each more than the one
    above, and nothing else in the list; `- 30 min/day: Anki` alone stays a block."""
    out: list[Node] = []
    for node in nodes:
        if node.kind == "list" and _options(node.items):
            first = unwrap(node.items[0].text).strip()
            shown = first if len(first) <= 40 else first[:37] + "…"
            ctx.warn(
                node.line,
                f'"{shown}" and the {len(node.items) - 1} lines below are daily amounts to '
                "choose from, not blocks: not read",
            )
            continue
        out.append(node)
    return out
