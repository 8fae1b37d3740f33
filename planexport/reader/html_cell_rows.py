"""A pipe-table row whose last cell opens an HTML block that runs over the next lines (`| | <div
class="abstract">` / `<strong>Title:</strong> …` / `</div> |`): one row, as the page shows it.

Conference and workshop pages fold a talk's abstract into the row under it; CommonMark ends the
table at the `</div>` line, so every row after the first abstract is lost. The lines of the cell
are joined into its row, and each line taken is left an empty row (`|`), so that the table goes
on and line numbers do not change.
"""

from __future__ import annotations

import re

from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy

__all__ = ["html_cell_rows"]

# Block tags a cell opens and closes on a later line: "<div id=…>", "<details>", "<p>".
_TAGS = ("div", "details", "p", "section", "blockquote", "ul", "ol")
_OPEN = lazy(rf"<(?:{'|'.join(_TAGS)})(?=[\s>])", re.IGNORECASE)
_CLOSE = lazy(rf"</(?:{'|'.join(_TAGS)})\s*>", re.IGNORECASE)
# "| ---- | :---: |": the line under a table's header.
_DELIMITER = lazy(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")
_LONGEST = 40  # lines one cell may run over
_EMPTY_ROW = "|"


def html_cell_rows(text: str) -> str:
    """`text` with each table row whose HTML cell runs over the lines below it joined into one
    row; the lines it took are empty rows. Line numbers do not change."""
    if "|" not in text or "</" not in text:
        return text
    lines = text.split("\n")
    outside = set(unfenced(lines))
    changed = False
    in_table = False
    idx = 0
    while idx < len(lines):
        line = lines[idx].strip()
        if not line or idx not in outside or "|" not in line:
            in_table = False
        elif _DELIMITER.match(line):
            in_table = idx > 0 and "|" in lines[idx - 1]
        elif in_table and line.startswith("|") and not line.endswith("|"):
            end = _cell_end(lines, idx)
            if end is not None:
                lines[idx] = " ".join(part.strip() for part in lines[idx : end + 1])
                lines[idx + 1 : end + 1] = [_EMPTY_ROW] * (end - idx)
                changed = True
                idx = end
        idx += 1
    return "\n".join(lines) if changed else text


def _cell_end(lines: list[str], idx: int) -> int | None:
    """The line that closes the HTML the row at `idx` leaves open and ends the row (`</div> |`),
    or None: no tag left open, a blank line first, or too far down."""
    depth = _depth(lines[idx])
    if depth <= 0:
        return None
    for end in range(idx + 1, min(idx + 1 + _LONGEST, len(lines))):
        line = lines[end].strip()
        if not line:
            return None
        depth += _depth(line)
        if line.endswith("|"):
            return end if depth <= 0 else None
    return None


def _depth(line: str) -> int:
    return len(_OPEN.findall(line)) - len(_CLOSE.findall(line))
