"""A pipe table ruled off below as it is above (`|-----|------|` under its last row, the rows
between rules drawn as a box): the closing rule is the frame's, no row and no header.

CommonMark takes a delimiter row under a row for that row's header: the table's last row (`|
Sat / Sun |  Sports & Friends |`) became the header of a table of its own, with no body, and
was lost without a word; under a table with a header, the rule became a row of dashes with no
day. The closing rule is made a blank line, so the last row stays the table's. Line numbers do
not change.
"""

from __future__ import annotations

from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy

__all__ = ["closing_rules"]

# "|---|---|", "| :--- | ---: |", "----|----": a delimiter row, here the frame's rule.
_RULE = lazy(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")


def _row(line: str) -> bool:
    """Whether a line is a pipe table's row that is no rule."""
    return "|" in line and _RULE.match(line) is None


def closing_rules(text: str) -> str:
    """`text` with each rule that closes a table ruled above too (see above) made blank."""
    if "-|" not in text and "|-" not in text:
        return text
    lines = text.split("\n")
    found = [
        at
        for at, line in enumerate(lines)
        if at > 0
        and "|" in line
        and _RULE.match(line) is not None
        and _row(lines[at - 1])
        and (at + 1 == len(lines) or "|" not in lines[at + 1])
    ]
    if not found:
        return text
    outside = set(unfenced(lines))
    for at in found:
        top = at - 1
        while top > 0 and _row(lines[top - 1]):
            top -= 1
        # Ruled above: the header's delimiter, or the box's opening rule, over the rows.
        if at in outside and top > 0 and _RULE.match(lines[top - 1]) is not None:
            lines[at] = ""
    return "\n".join(lines)
