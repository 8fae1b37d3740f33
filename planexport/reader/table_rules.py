"""Rule lines (`---`) between the rows of one pipe table, read as the table going on."""

from __future__ import annotations

import re

from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy

__all__ = ["rows_across_rules"]

# "---" alone on a line: a thematic break to CommonMark, or a setext underline that makes the
# rows above it one heading.
_RULE = lazy(r"^ {0,3}-{3,}[ \t]*$", re.MULTILINE)
# "| ---- | :---: |", "----|----": the line under a table's header.
_DELIMITER = lazy(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")
# What a person writes in the rule's place so that the table goes on: an empty row.
_EMPTY_ROW = "|"


def rows_across_rules(text: str) -> str:
    """`text` with each rule line that sits between two rows of one table (one with a header
    and its `|---|` line above) made an empty row. Workshop schedules write one table for all
    their days, a `**Day 2** |` row opening each, and rule off the days (`---` under the last
    row of a day): CommonMark ends the table there and reads the next day's rows as a
    paragraph, or the rows above the rule as one heading. Line numbers do not change."""
    if "|" not in text or "---" not in text:
        return text
    lines = text.split("\n")
    # The rule lines, found in the text at once (most lines are none), with rows on both sides.
    rules: list[int] = []
    at, last = 0, 0
    for match in _RULE.finditer(text):
        at += text.count("\n", last, match.start())
        last = match.start()
        if 0 < at < len(lines) - 1 and "|" in lines[at - 1] and "|" in lines[at + 1]:
            rules.append(at)
    if not rules:
        return text
    outside = set(unfenced(lines))
    changed = False
    for at in rules:
        if at in outside and _in_table(lines, at):
            lines[at] = _EMPTY_ROW
            changed = True
    return "\n".join(lines) if changed else text


def _in_table(lines: list[str], at: int) -> bool:
    """Whether the rows right above line `at` run up, with no blank line, to a table's header
    and its delimiter line (a rule above, made a row already, counts as one)."""
    up = at - 1
    while up > 0 and "|" in lines[up]:
        if _DELIMITER.match(lines[up]) and "|" in lines[up - 1]:
            return True
        up -= 1
    return False
