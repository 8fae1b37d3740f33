"""A date heading with a bracket after it over the day's timed lines: the hours of the day (`## 26
de Abril (16:00hs - 19:30hs)`, `### March 3 (9:00-17:00)`) or a note (`## 30 de Abril (horário a
ser definido)`, `## June 4 (online)`). The heading is a day, as `## Monday (18:00–20:00)` is,
titled by its date without the hours; its lines are its blocks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.clock_brackets import clock_only
from planexport.reader.date_heads import DateHead
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import section_end, unwrap

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["date_window"]

# What follows the date: one bracket, then the end (marks at most).
_BRACKET = lazy(r"^[*_\s]*\((?P<inner>[^()\n]{1,60})\)[*_\s]*$")
# What may come before the date: marks only ("### ", "**", "📅 ").
_BEFORE = lazy(r"^[\W_]*$")


def date_window(nodes: list[Node], idx: int, date: re.Match[str]) -> DateHead | None:
    """The day a heading that starts with a date and ends with a bracket of its hours or of a
    note is (`## 26 de Abril (16:00 - 19:30)`: titled `26 de Abril`), when the lines under it
    are timed; else None (`## April 26 (16:00 - 19:30)` over untimed lines stays one block)."""
    from planexport.reader.sections import timed

    node = nodes[idx]
    if node.kind != "heading":
        return None
    before, after = node.text[: date.start()], node.text[date.end() :]
    bracket = _BRACKET.match(after)
    if bracket is None or not _BEFORE.match(before):
        return None
    inner = bracket.group("inner").strip()
    hours = clock_only(inner)
    if not hours and (find_duration(inner) is not None or re.search(r"\d", inner)):
        return None  # "## June 4 (2 hours)", "## Jan 5 (Week 1)": not read here
    if not timed(nodes[idx + 1 : section_end(nodes, idx)]):
        return None
    title = unwrap(node.text[: date.end()]).strip(" *_#")
    return DateHead(None, title if hours else "")
