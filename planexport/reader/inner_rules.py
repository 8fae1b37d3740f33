"""A rule drawn between the body rows of a pipe table (`|------|------|` between one weekday's rows
and the next `| **Martes** |` row): a line that parts the rows, no row of its own.

CommonMark reads a delimiter row below the header's for a row of dashes, and the table readers
took its dashes for a cell with no day (`the Day cell is empty above any day: its row is not
read`, once a rule). The rule is made an empty row (`|`), which nothing reads and which keeps the
table going on. Line numbers do not change."""

from __future__ import annotations

from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy

__all__ = ["inner_rules"]

# "|---|---|", "| :--- | ---: |", "----|----": a delimiter row.
_RULE = lazy(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
# An empty row: what a person would leave in the rule's place for the table to go on.
_EMPTY_ROW = "|"


def _row(line: str) -> bool:
    """Whether a line is a pipe table's row that is no rule."""
    return "|" in line and _RULE.match(line) is None


def inner_rules(text: str) -> str:
    """`text` with each rule between two body rows of a table with a header (its header row,
    its delimiter row, then rows: the rule below them) made an empty row."""
    if "-|" not in text and "|-" not in text:
        return text
    lines = text.split("\n")
    found = [
        at
        for at in range(2, len(lines) - 1)
        if "-" in lines[at]
        and _RULE.match(lines[at]) is not None
        and _row(lines[at - 1])
        and _row(lines[at + 1])
    ]
    if not found:
        return text
    outside = set(unfenced(lines))
    changed = False
    for at in found:
        top = at - 1  # up through the rows above, and the rules already made empty rows
        while top > 0 and (_row(lines[top - 1]) or lines[top - 1] == _EMPTY_ROW):
            top -= 1
        # The header's delimiter right above the rows, and the header above it.
        if (
            at in outside
            and top >= 2
            and _RULE.match(lines[top - 1]) is not None
            and _row(lines[top - 2])
            and top - 1 != at - 1
        ):
            lines[at] = _EMPTY_ROW
            changed = True
    return "\n".join(lines) if changed else text
