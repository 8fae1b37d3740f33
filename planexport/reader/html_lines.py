"""Raw HTML lines of text (`<div align="center">Office Work 9AM - 5PM</div>`): a plan's lines."""

from __future__ import annotations

import html
import re

from planexport.reader.durations import find_duration, find_point_time, start_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item

__all__ = ["html_lines"]

# One element per line, text inside: `<div …>text</div>`, `<p>text</p>`, `<center>text</center>`.
_LINE = lazy(
    r"^\s*<(?P<tag>div|p|span|center|section)\b[^>]*>(?P<text>.*?)</(?P=tag)\s*>\s*(?:<br\s*/?>)?\s*$",
    re.IGNORECASE,
)
_INLINE = lazy(r"</?(?:b|strong|i|em|u|span|font|small|big|mark|code|br)\b[^>]*>", re.IGNORECASE)


def html_lines(content: str, first: int) -> list[Item] | None:
    """The lines of an HTML block as list items, or None unless it is such lines with times.

    A block of `<div>`/`<p>` lines, each one element holding a line of text, is what Markdown
    would have written as a list; it is read as one when at least one line has a time of day
    (a README's centred badges and captions stay raw HTML, left out as before).
    """
    items: list[Item] = []
    for offset, raw in enumerate(content.split("\n")):
        if not raw.strip():
            continue
        match = _LINE.match(raw)
        if match is None:
            return None
        text = html.unescape(_INLINE.sub("", match.group("text"))).strip()
        if "<" in text:
            return None  # an element inside (an image, a link): not a line of text
        if text:
            items.append(Item(" ".join(text.split()), first + offset))
    if not any(_timed(item.text) for item in items):
        return None
    return items


def _timed(text: str) -> bool:
    found = find_duration(text)
    if found is not None and found.at is not None:
        return True
    return start_time(text) is not None or find_point_time(text) is not None
