"""A day of a challenge log that says when it was spent in a field of its own, and what was done
in another (the #100DaysOfCode log's form):

    ## Day 2: March 3, 2024
    **Today's Progress**: Grid layout drills
    **Time spent**: 18:00 - 20:00, 21:00 - 22:00 (about 3 hours)

A person reads the day's blocks as the time spent, titled by what was done: 18:00-20:00 and
21:00-22:00, both `Grid layout drills` (a plain `**Time spent**: 2 hours` is one two-hour block
so titled). The time field is read as if it were the line `- 18:00 - 20:00, 21:00 - 22:00 Grid
layout drills`; the bracket after two or more spans is their sum, left out. A day whose other
lines give times of their own (a `Task | Length` table) keeps them, the field then its total;
a day with no progress written keeps its field as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["progress_topic", "spent_fields"]

_HEADING = lazy(r"^ {0,3}#{1,6}\s")
# "**Time spent**: 13:00 - 19:00", "- Time Spent: 2 hours", "__Hours spent today:__ 1.5h".
_SPENT = lazy(
    r"^(?P<lead>\s*(?:[-*+]\s+)?)[*_]{0,2}(?:time|hours)\s+spent(?:\s+today)?[*_]{0,2}\s*:"
    r"\s*[*_]{0,2}\s*(?P<value>.*?)\s*$",
    re.IGNORECASE,
)
# "**Today's Progress**: Grid drills", "### Today's Progress: Loops", "Progress: …".
_PROGRESS = lazy(
    r"^\s*(?:#{1,6}\s+|[-*+]\s+)?[*_]{0,2}(?:today['’]?s\s+|daily\s+)?progress"
    r"(?:\s*\([^)]*\))?[*_]{0,2}\s*:\s*[*_]{0,2}\s*(?P<text>.*?)[*_\s]*$",
    re.IGNORECASE,
)
# A line that may hold a block of its own: a list item, a numbered line or a table row.
_BLOCK_LINE = lazy(r"^\s*(?:[-*+]\s|\d+[.)]\s|\|)|\|")
# A comma or semicolon with another span right after it: two spans or more.
_MORE_SPANS = lazy(
    r"[,;]\s*[*_]*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-\u2013\u2014]", re.IGNORECASE
)
_SUM = lazy(r"\s*\([^()]*\)\s*$")


def spent_fields(body: str) -> str:
    """`body` with each log day's time field written as its block, titled by its progress."""
    if "spent" not in body and "Spent" not in body and "SPENT" not in body:
        return body  # cheap: the field's word
    lines = body.split("\n")
    starts = [
        i for i, line in enumerate(lines) if _HEADING.match(line) and not _PROGRESS.match(line)
    ]
    for start, end in zip([0, *starts], [*starts, len(lines)], strict=True):
        _section(lines, start, end)
    return "\n".join(lines)


def _section(lines: list[str], start: int, end: int) -> None:
    """Rewrite the time field of the section `lines[start:end]`, if it has one to rewrite."""
    spent = [(i, m) for i in range(start, end) if (m := _SPENT.match(lines[i])) is not None]
    if len(spent) != 1:
        return  # none, or one a session: not a day's one field
    index, match = spent[0]
    value = match["value"]
    found = find_duration(value)
    if found is None:
        return  # "**Time spent**: -"
    if any(
        i != index and _BLOCK_LINE.search(lines[i]) and find_duration(lines[i])
        for i in range(start + 1, end)
    ):
        # "| Record a recipe | 1 hour |" below: the day's blocks; the field is their total
        lines[index] = f"{match['lead']}**Time**: {value}"
        return
    title = next(
        (
            p["text"].rstrip(". ")
            for i in range(start, end)
            if (p := _PROGRESS.match(lines[i])) is not None
        ),
        "",
    )
    if not title or find_duration(title) is not None:
        return  # nothing done is written, or it says a time of its own
    lead = match["lead"] if match["lead"].strip() else ""
    if found.at is None:
        lines[index] = f"{lead or '- '}{title} ({value})"
    elif _MORE_SPANS.search(value) is not None:
        lines[index] = f"{lead or '- '}{_SUM.sub('', value)} {title}"
    else:
        spans, bracket = _split_sum(value)
        lines[index] = f"{lead or '- '}{spans} {title}{bracket}"


def _split_sum(value: str) -> tuple[str, str]:
    """The spans of a value and the bracket after them (`(appr 6 hours)`), which may check them."""
    match = _SUM.search(value)
    return (value, "") if match is None else (value[: match.start()], " " + match[0].strip())


def progress_topic(body: list[Node]) -> str:
    """What a log's day says was done in its progress field (`**Today's Progress**: Loops`, `###
    Today's Progress: Loops`), or "" when it has none, or one with nothing after its label."""
    for node in body:
        if node.kind in ("paragraph", "heading") and "rogress" in node.text:
            match = _PROGRESS.match(node.text.split("\n", 1)[0])
            if match is not None and match["text"] and find_duration(match["text"]) is None:
                return match["text"].rstrip(". ")
    return ""
