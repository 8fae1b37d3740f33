"""Weekday lines with a clock span under a heading that is no day (`## La hotline` over `- Mardi:
15h00-16h00`, `- Mercredi : 15h30-16h30`): a day per weekday, one block at that time."""

from __future__ import annotations

import re

from planexport.reader.blocks import tidy
from planexport.reader.day_headings import weekdays_of
from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, unwrap

__all__ = ["span_weekday_lists"]

# "Mardi:", "Mercredi :", "**Tue/Thu**:", "Mon–Wed:": weekdays leading an item, then its line.
_LEAD = lazy(r"^[*_]*(?P<names>[^\W\d_][^:*_]{1,40}?)[*_]*\s*:[*_]*\s*(?P<rest>\S.*)$")
# "Day 3", "Tag 2", "Semaine 1": a heading that is a day or a week has days of its own.
_NUMBERED = lazy(
    r"\b(?:day|tag|d[ií]a|jour|giorno|dag|week|woche|semana|semaine|settimana)\s*\d",
    re.IGNORECASE,
)


def span_weekday_lists(nodes: list[Node]) -> list[Node]:
    """Each list under a heading that names no day, two or more of whose items are a weekday and
    a span of clock time (`- Mardi: 15h00-16h00`), as a day line per weekday over its blocks.

    A block is titled by the words beside the span (`- Tue: 15:00-16:00 office hours`), else by
    the heading. The list's other items stay a list of their own, before the days. Plans with a
    weekday heading anywhere are left as they are: there the days are the headings'.
    """
    out: list[Node] = []
    heading: Node | None = None
    found = False
    for node in nodes:
        if node.kind == "heading":
            heading = node
        days = _days(node, heading) if node.kind == "list" and heading is not None else None
        found = found or days is not None
        out.extend(days if days is not None else [node])
    # Asked last: most plans have no such list, and a long plan has thousands of headings.
    if not found or any(node.kind == "heading" and weekdays_of(node) for node in nodes):
        return nodes
    return out


def _days(node: Node, heading: Node) -> list[Node] | None:
    if not any(_LEAD.match(item.text) for item in node.items):
        return None  # cheap first: no item leads with a label and a colon
    name = tidy(unwrap(heading.text))
    if not name or _NUMBERED.search(name):
        return None
    kept: list[Item] = []
    days: dict[str, tuple[str, list[Item]]] = {}
    for item in node.items:
        found = _weekday_span(item, name)
        if found is None:
            kept.append(item)
            continue
        weekdays, block = found
        for weekday, written in weekdays:
            days.setdefault(weekday, (written, []))[1].append(block)
    if sum(len(blocks) for _, blocks in days.values()) < 2:
        return None
    out = [Node("list", node.line, items=kept)] if kept else []
    for written, blocks in days.values():
        out.append(Node("paragraph", blocks[0].line, text=f"**{written}** – {name}"))
        out.append(Node("list", blocks[0].line, items=blocks))
    return out


def _weekday_span(item: Item, heading: str) -> tuple[list[tuple[str, str]], Item] | None:
    """The weekdays an item leads with and its block (`15h00-16h00 La hotline`), or None."""
    lead = _LEAD.match(item.text)
    if lead is None:
        return None
    from planexport.reader.weekday_cells import cell_weekdays

    weekdays = cell_weekdays(lead["names"])
    if not weekdays:
        return None
    rest = lead["rest"]
    found = find_duration(rest)
    if found is None or found.at is None or found.hi <= 0:
        return None  # "- Mardi: 1h de questions": a length, read as weekday lines are
    words = tidy(f"{rest[: found.start]} {rest[found.end :]}").strip(f" :,;.()[]{DASH}")
    if re.search(r"\d", words):
        return None  # "- Mon: 09:00-10:00, 14:00-15:00": more than one block
    title = words or heading
    block = Item(f"{found.text} {title}", item.line, more=list(item.more))
    block.children = list(item.children)
    return weekdays, block
