"""A week written in a code block, weekday lines over their clock spans (or lengths), the points
often drawn as a tree:

    Monday: 3 hours
    ├── 7:00-9:00 AM: Theory study (2 hours)
    └── 7:00-8:00 PM: Hands-on labs (1 hour)

    Tuesday: 3 hours
    - 7:00-9:00 AM: Video courses (2 hours)

The block is rewritten as the lines the reader already reads, each line keeping its number: a
weekday line becomes a heading one level under the heading the block stands in (`#### Monday:
3 hours`), each span line a bullet without its tree marks (`- 7:00-9:00 AM: Theory study (2
hours)`), the fences blank lines; a closing total (`Total: 12.5 hours/week`) is left out. Only a
block of two weekday lines or more, each over one timed line or more, with no other line in it:
any other code stays code. A second such block that starts the week again (`Monday: 3 hours`
after a block that ran to Sunday) is read as the next week, and said so on its first line: the
blocks may be choices (`Template 1`, `Template 2`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["code_weekdays"]

# A fence's info string for plain text: the block may be a week; code in a language never is.
_PLAIN = frozenset(("", "text", "txt", "plaintext", "plain", "markdown", "md"))
# "├── 7:00-9:00 AM: Theory", "│   └── …", "- 9:00-10:00 Reading", "  * …": a point under a line.
_POINT = lazy(r"^[\s│|]*(?:[├└┣┗╰][─━-]*>?|[-*+•])\s*(?P<text>\S.*?)\s*$")
# "Monday: 4-5 hours", "Saturday: Theory and Concepts (4-5 hours)", "Mon–Fri", "Sunday".
_HEAD = lazy(r"^(?P<head>[^\W\d_][^:]{1,40}?)\s*(?::\s*(?P<rest>.*?))?\s*$")


def _weekdays(line: str) -> list[str]:
    """The weekdays a line of the block opens with, when it is a weekday line."""
    from planexport.reader.day_headings import weekdays_of

    if line[:1].isspace() or (match := _HEAD.match(line)) is None:
        return []
    head = match["head"]
    named = weekdays_of(Node("heading", 0, text=head))
    return named if named and weekdays_of(Node("heading", 0, text=head.split()[0])) else []


def _spanned(line: str) -> str | None:
    """The text of a point line that holds a clock span (`├── 7:00-9:00 AM: Theory`) or a
    length (`├── 45 minutes: New concept learning`)."""
    match = _POINT.match(line)
    if match is None:
        return None
    found = find_duration(match["text"])
    return match["text"] if found is not None else None


def _week(lines: list[str], level: int) -> tuple[list[str], list[tuple[str, ...]]] | None:
    """The body of a code block rewritten as headings and bullets, or None when it is no week."""
    from planexport.reader.blocks import is_total

    out: list[str] = []
    heads: list[tuple[str, ...]] = []
    under = 0  # span lines under the last weekday line
    for line in lines:
        if not line.strip():
            out.append("")
            continue
        if named := _weekdays(line):
            if heads and under == 0:
                return None
            heads.append(tuple(named))
            out.append(f"{'#' * level} {line.strip()}")
            under = 0
            continue
        if heads and under and is_total(line.strip()):
            out.append("")  # "Total: 12.5 hours/week" under the week: its sum, not Sunday's
            continue
        text = _spanned(line)
        if text is None or not heads:
            return None
        out.append(f"- {text}")
        under += 1
    if len(heads) < 2 or len(set(heads)) < 2 or under == 0:
        return None
    return out, heads


def code_weekdays(text: str, ctx: Ctx) -> str:
    """The text with each code block that writes a week of weekday lines over clock spans
    rewritten as day headings over bullets (see the module's docstring)."""
    from planexport.reader.fenced import fenced_blocks

    lines = text.split("\n")
    last: tuple[int, str] | None = None  # the last week's first line and its last weekday
    for block in fenced_blocks(lines):
        idx, end = block.start, block.end
        plain = block.info.lower() in _PLAIN
        week = _week(lines[idx + 1 : end], min(max(block.level, 1) + 1, 6)) if plain else None
        if week is not None:
            body, heads = week
            at = next(i for i, text in enumerate(body) if text)
            first = idx + 2 + at  # the block's first weekday line, in the file
            if last is not None and ORDER.index(heads[0][0]) <= ORDER.index(last[1]):
                ctx.warn(
                    first,
                    f'"{body[at].lstrip("# ")}" starts the week again: this code block is read '
                    f"as the week after the one at line {last[0]}, not as a choice between them",
                )
            last = (first, heads[-1][-1])
            lines[idx : end + 1] = ["", *body, ""]
    return "\n".join(lines)
