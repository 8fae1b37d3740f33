"""Ticked task lines that open with a time (`- [x] 07:30 Note review`): read unticked, and done."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["ticked_starts"]

# "- [x] 07:30 Review", "* [X] **9:15 am** Standup", "1. [x] 13:00 - 14:00 Lab": a ticked box
# before a time of day. An open box ("- [ ] 07:30") reads already: its marks are no word.
_TICKED = lazy(
    r"^(?P<lead>[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)\[[xX]\][ \t]+"
    r"(?=[*_`]*\d{1,2}(?:[:.h][0-5]\d|\s*[ap]\.?m\b))",
    re.IGNORECASE,
)


def ticked_starts(body: str) -> tuple[str, frozenset[int]]:
    """The body with the box of each ticked line that opens with a time taken out, and the
    lines (1-based) it was taken from, whose blocks are done.

    A daily note kept in a notes app ticks its timed lines as the day goes (`- [x] 07:30 Note
    review`, `- [x] 08:40 Breakfast`); ticked, they are the same agenda as before, each start
    lasting until the next one, so the box is read as done and not as the line's first word.
    """
    if "[x]" not in body and "[X]" not in body:
        return body, frozenset()  # most plans tick nothing: no work
    lines = body.split("\n")
    ticked: set[int] = set()
    for pos, line in enumerate(lines):
        if "[" not in line:
            continue
        match = _TICKED.match(line)
        if match is not None:
            lines[pos] = match.group("lead") + line[match.end() :]
            ticked.add(pos + 1)
    if not ticked:
        return body, frozenset()
    return "\n".join(lines), frozenset(ticked)
