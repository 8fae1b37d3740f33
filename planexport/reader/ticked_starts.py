"""Ticked task lines that open with a time (`- [x] 07:30 Note review`, Logseq's `- DONE 07:30
Note review`): read as the same line with no box or marker, and done when ticked."""

from __future__ import annotations

from planexport.reader.lazy import lazy

__all__ = ["ticked_starts"]

# What a body must hold for any line to be read here: a ticked box or a Logseq task marker.
_MAY_TICK = lazy(r"\[[xX]\]|\b(?:TODO|DOING|DONE|LATER|NOW|WAITING) ")

# "- [x] 07:30 Review", "* [X] **9:15 am** Standup", "1. [x] 13:00 - 14:00 Lab", Logseq's
# "- DONE 07:30 Review" and "- TODO 09:30 - 11:00 Deep work": a ticked box or a task marker
# before a time of day. An open box ("- [ ] 07:30") reads already: its marks are no word.
_TICKED = lazy(
    r"^(?P<lead>[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)"
    r"(?:\[(?P<box>[xX])\]|(?P<marker>TODO|DOING|DONE|LATER|NOW|WAITING))[ \t]+"
    r"(?=[*_`]*\d{1,2}(?:[:.h][0-5]\d|\s*[ap]\.?m\b))"
)


def ticked_starts(body: str) -> tuple[str, frozenset[int]]:
    """The body with the box or marker of each task line that opens with a time taken out, and
    the lines (1-based) that were ticked or marked done, whose blocks are done.

    A daily note kept in a notes app ticks its timed lines as the day goes (`- [x] 07:30 Note
    review`, `- [x] 08:40 Breakfast`), and a Logseq journal marks them (`- DONE 07:30 …`,
    `- TODO 09:30 - 11:00 …`); they are the same agenda as without, each start lasting until
    the next one, so the mark is read as the task's state and not as the line's first word.
    """
    if _MAY_TICK.search(body) is None:
        return body, frozenset()  # most plans tick nothing: no work
    lines = body.split("\n")
    ticked: set[int] = set()
    for pos, line in enumerate(lines):
        match = _TICKED.match(line)
        if match is None:
            continue
        lines[pos] = match.group("lead") + line[match.end() :]
        if match.group("box") or match.group("marker") == "DONE":
            ticked.add(pos + 1)
    return "\n".join(lines), frozenset(ticked)
