"""A break with a length in a day of lengths alone (`- Break (10 min)`, `- Mittagspause 30 min`,
`| Lunch | 30 min |`): a gap between blocks, not a block, and said so in one warning, since the
schedule puts its own breaks between the blocks of such a day."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.model import Day
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["said_breaks"]

_CLOCK = lazy(r"\b\d{1,2}[:.h]\d{2}\b")


def _lines(node: Node) -> list[tuple[int, str]]:
    """A list's top items and a table's rows (its cells joined), with their lines."""
    if node.kind == "list":
        return [(item.line, item.text) for item in node.items]
    if node.kind == "table":
        return [
            (line, " | ".join(c for c in row if c.strip()))
            for line, row in zip(node.row_lines, node.rows, strict=False)
        ]
    return []


def _gap(text: str) -> bool:
    """Whether a line is a break with a length and no time of day (`Break (10 min)`)."""
    found = find_duration(text)
    if found is None or found.at is not None or found.hi <= 0:
        return False
    if re.search(r"[-+\u2212]\s*$", text[: found.start]):
        return False  # "Rest: −3 Min.": what is left of a budget, no break
    return find_point_time(text) is None and is_break(text[: found.start] + text[found.end :])


def said_breaks(
    nodes: list[Node],
    spans: list[DaySpan],
    days: list[Day],
    lines: dict[tuple[int, int, int], int],
    *,
    text_lines: list[str],
    ctx: Ctx,
) -> None:
    """Warn about each break line with a length in a day whose blocks have lengths and no
    times: it is left out as the gap it is, and the schedule's own breaks are used."""
    if not any(n.kind in ("list", "table") for n in nodes):
        return
    timed: dict[int, bool] = {}
    for (d, v, b), line in lines.items():
        timed[line] = days[d].variants[v].blocks[b].at is not None
    ordered = sorted(timed)  # the blocks' lines, so that each day finds its own by bisection
    said = {warning.line for warning in ctx.warnings}
    for span in spans:
        if span.start < 0 or span.table is not None:
            continue
        below = nodes[span.start + 1 : span.end]
        first = nodes[span.start].line
        last = nodes[span.end].line if span.end < len(nodes) else 1 << 30
        own = [
            timed[line]
            for line in ordered[bisect_left(ordered, first) : bisect_left(ordered, last)]
        ]
        if not own or any(own):
            continue  # no block read, or a day of times: its breaks are its gaps already
        for node in below:
            for line, text in _lines(node):
                if line in said or line in timed or not _gap(text):
                    continue
                if 0 < line <= len(text_lines) and _CLOCK.search(text_lines[line - 1]):
                    continue  # "01:00 - 01:10 Pause": an offset read as a length, a gap already
                said.add(line)
                quoted = " ".join(text.split())
                ctx.warn(
                    line,
                    f'"{quoted}" is a break between blocks: not a block '
                    "(the schedule's own breaks are used)",
                )
