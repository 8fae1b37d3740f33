"""A paragraph whose soft-wrapped lines each end on a length: the lines are read apart.

`Reasoning topic test → 1 hour` over `Total: 5.5 hours`, or `Mock analysis → 1.5 hour` over
`Quant drills → 2 hours`, written with no blank line between them: each line is an activity and
its length (or the day's total), never one title that hides the lengths. A sentence the writer
wrapped (`… study for about 2 hours` over `and then rest 30 min`) names its lengths in words, with
no mark before them, and stays one line.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["length_lines"]

# cheap test: the line ends on a number and a unit of time ("→ 2 hours", "(45 min)", "1.5 hrs")
_ENDS = lazy(r"\d\s*(?:h|hrs?|hours?|mins?|minutes?)\.?\)?\**\s*$", re.IGNORECASE)
# the mark that sets the length apart from the words before it
_MARK = lazy(r"(?:→|->|=>|[:=(\-–—|])[\s*_]*$")


def length_lines(lines: list[str]) -> bool:
    """Whether a paragraph's lines (two or more) each end on a length set apart by a mark (`→`,
    `:`, `-`, `(`) after words of their own: the lines are then read one by one."""
    parts = [part for part in lines if part]
    if len(parts) < 2 or not all(_ENDS.search(part) for part in parts):
        return False  # cheap: some line does not end on a length
    from planexport.reader.durations import find_duration

    for part in parts:
        found = find_duration(part)
        if found is None or found.at is not None or part[found.end :].strip(" )*_.") != "":
            return False  # a clock span, or words after the length
        head = part[: found.start]
        if not _MARK.search(head) or not re.search(r"\w", head):
            return False  # "… for about 2 hours": a sentence; "2 hours": no title
    return True
