"""A list item that opens with its length or time in square brackets and a colon (`- [30min]:
Introdução`, `- [1 hour]: Setup`, `* [09:00]: Standup`): Markdown would take the line for a link
reference definition (`[label]: destination`) and drop it, so the colon is set apart from the
bracket (`- [30min] : Introdução`), and the line reads as `- [30 min] Introdução` does: a block of
that length titled by the words after the colon."""

from __future__ import annotations

import re

from planexport.reader.clock_brackets import clock_only
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["length_references"]

# "- [30min]: Intro", "1. [1 hora]: Krig", "[45 min]: Review" (no list mark): the bracket, its
# colon, then words (a reference definition's destination is one word, so two words are needed
# for a title too; a URL after the colon is a real reference).
_LEAD = lazy(
    r"^(?P<lead>[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])?[ \t]*\[(?P<inner>[^\[\]\n]{1,30})\]):"
    r"(?P<rest>[ \t]*(?!<|https?:|www\.|/|#|\.)\S.*)$",
    re.MULTILINE,
)


def length_references(body: str) -> str:
    """The body with each line that opens with a bracket of a length or a clock time and a
    colon (`- [30min]: Intro`) written with a space before the colon (`- [30min] : Intro`), so
    that it stays a line of the plan, not a link reference definition."""
    if "]:" not in body:
        return body  # most plans: no work
    from planexport.reader.fenced import unfenced

    lines = body.split("\n")
    for at in unfenced(lines):
        if "]:" in lines[at]:
            lines[at] = _LEAD.sub(_spaced, lines[at])
    return "\n".join(lines)


def _spaced(match: re.Match[str]) -> str:
    inner = match.group("inner").strip()
    found = find_duration(inner)
    whole = found is not None and not (inner[: found.start] + inner[found.end :]).strip(" ~≈")
    if not (whole or clock_only(inner)):
        return match.group(0)  # "[1]: Notes", "[docs]: See below": a reference, as written
    return f"{match.group('lead')} :{match.group('rest')}"
