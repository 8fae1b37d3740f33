"""A one-line agenda joined by HTML line breaks (`09:00 Welcome<br>09:30 Talk<br>12:00 Lunch`, in
a paragraph, a list item or a table cell): a line per time, as the page shows it, so that the
agenda reads as a start list (each start lasts until the next) and not as one block titled by
all of it."""

from __future__ import annotations

import re

from planexport.reader.bare_hour_lists import timed_line
from planexport.reader.lazy import lazy

__all__ = ["br_lines", "start_cell"]

_BR = lazy(r"[ \t]*<br\s*/?>[ \t]*", re.IGNORECASE)
_BULLET = lazy(r"^[-*•+]\s+")
_TAGS = lazy(r"</?(?:b|i|u|em|strong|span|font|small|mark)\b[^<>]*>", re.IGNORECASE)


def br_lines(content: str) -> list[tuple[int, str]] | None:
    """The parts of `content` between its `<br>` breaks, each with the number of line ends
    before it, when there are two or more and each starts with a time of day (`09:00 Welcome`,
    `**9h30** Café`, `10:00-11:00 Talk`, a bullet typed again after the break left out); else
    None. Text with no `<br>` is left as written."""
    if "<br" not in content.lower():
        return None
    parts: list[tuple[int, str]] = []
    pos = 0
    for match in [*_BR.finditer(content), None]:
        end = match.start() if match is not None else len(content)
        raw = content[pos:end]
        part = _BULLET.sub("", raw.strip())  # "<br>- 09:30 Talk": the bullet typed again
        if part:
            first = pos + len(raw) - len(raw.lstrip())
            parts.append((content.count("\n", 0, first), part))
        pos = match.end() if match is not None else end
    if len(parts) < 2 or not all(timed_line(_TAGS.sub("", part)) for _, part in parts):
        return None
    return parts


def start_cell(cell: str) -> str | None:
    """A table cell that is such an agenda with a start time in it (`| Saturday | 09:00
    Welcome<br>09:30 Talk<br>13:00 Workshop |`), its French starts written as clock times
    (`9h30 Conférence` -> `09:30 Conférence`, as they rise through the day); None for other
    cells, and for cells of spans or lengths alone, which are read already."""
    from planexport.reader.durations import find_duration
    from planexport.reader.hour_starts import hour_start_items
    from planexport.reader.outline import Item

    parts = br_lines(cell)
    if parts is None:
        return None
    items = [Item(part, 0) for _, part in parts]
    hour_start_items(items)
    if all(find_duration(item.text) is not None for item in items):
        return None
    return "<br>".join(item.text for item in items)
