"""A pipe table's delimiter row with fewer cells than its header, padded so the table is read."""

from __future__ import annotations

import re

from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy

__all__ = ["padded_rules"]

# "--- | ---", "|---|---|", ":--|--:": the line under a table's header, with at least one pipe
# (without one, "---" under a line is a setext heading's underline, no table).
_DELIMITER = lazy(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$", re.MULTILINE)


def padded_rules(text: str) -> str:
    """`text` with each table delimiter row that has fewer cells than the header above it
    given the cells it lacks (`Day 1 | What | Notes` over `--- | ---`). CommonMark reads a
    table only when the two agree, and keeps the lines as one paragraph otherwise; a person
    reads the table the author meant. Line numbers do not change."""
    if "|" not in text or "--" not in text:
        return text
    found = [m for m in _DELIMITER.finditer(text) if m.start() > 0]
    if not found:
        return text
    lines = text.split("\n")
    outside: set[int] | None = None
    changed = False
    at, last = 0, 0
    for match in found:
        at += text.count("\n", last, match.start())
        last = match.start()
        header = lines[at - 1]
        if "|" not in header or not header.strip():
            continue
        wanted, have = _cells(header), _cells(lines[at])
        if wanted <= have:
            continue
        if outside is None:
            outside = set(unfenced(lines))
        if at not in outside:
            continue
        rule = lines[at].rstrip()
        if rule.endswith("|"):  # "|---|---|": the cells it lacks go before its closing pipe
            lines[at] = rule[:-1] + "|---" * (wanted - have) + "|"
        else:
            lines[at] = rule + " | ---" * (wanted - have)
        changed = True
    return "\n".join(lines) if changed else text


def _cells(line: str) -> int:
    """How many cells CommonMark's tables find in `line`: its pipes cut it, and a pipe at
    either end opens or closes the row without making a cell."""
    row = line.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return row.count("|") - row.count("\\|") + 1
