"""A line that is only a clock span over a list of timed lines (`**13:00 - 17:00**` over
`- 13:00 - 14:30: Practice`): the session those lines belong to, never a block of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration, start_time

if TYPE_CHECKING:
    from planexport.reader.outline import Item, Node

__all__ = ["span_session"]

_EDGES = " \t*_`:.()[]"


def _clocked(text: str) -> bool:
    found = find_duration(text)
    return (found is not None and found.at is not None) or start_time(text) is not None


def _first_clocked(items: list[Item]) -> bool:
    """Whether a list starts with a clock time (`- 13:00 - 14:30: Practice`, `- 13:00 Lunch`)."""
    return bool(items) and _clocked(items[0].text)


def span_session(text: str, following: list[Node]) -> str | None:
    """The session's name (its span, `13:00 - 17:00`) when `text` is a span alone over a list
    whose lines have clock times of their own, else None."""
    found = find_duration(text)
    if found is None or found.at is None:
        return None
    if (text[: found.start] + text[found.end :]).strip(_EDGES):
        return None  # "**13:00 - 17:00 Workshop**": a titled block, its lines its items
    lists = [n for n in following[:1] if n.kind == "list"]
    if not lists or not _first_clocked(lists[0].items):
        return None
    return found.text.strip()
