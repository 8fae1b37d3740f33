"""A heading written in HTML on a line of its own over Markdown lines (`<h4>Time and place</h4>`
over `Tuesdays and Thursdays 12:30-1:50 PM`), read as the Markdown heading it shows."""

from __future__ import annotations

import re

from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy

__all__ = ["html_heading_lines"]

_HEADING = lazy(r"^<h(?P<level>[1-6])(?:\s[^<>]*)?>(?P<text>[^<>]+)</h(?P=level)>\s*$", re.I)


def html_heading_lines(text: str) -> str:
    """`text` with each such heading line as `#### Time and place`, line for line.

    To CommonMark the heading opens an HTML block that runs to the next blank line, so the
    Markdown lines right under it (the class time, `- Office hours Tue 4:00 PM - 5:00 PM`) would
    be raw HTML, never read; a page shows them as text under the heading, and so are they read
    here. Only a heading line that starts a block (after a blank line) with Markdown under it
    (no tag) is rewritten: HTML around it, and a heading alone, are read as HTML as before."""
    if "<h" not in text and "<H" not in text:
        return text
    lines = text.split("\n")
    for at in unfenced(lines):
        line = lines[at]
        if not line.startswith(("<h", "<H")) or (at > 0 and lines[at - 1].strip()):
            continue
        after = lines[at + 1].strip() if at + 1 < len(lines) else ""
        match = _HEADING.match(line)
        if match is None or not after or after.startswith("<"):
            continue
        lines[at] = f"{'#' * int(match['level'])} {match['text'].strip()}"
    return "\n".join(lines)
