"""A week table whose day column writes the Spanish day letters (`| L-M | Teoría | 12h |`, `| X
| Práctica | 6h |`, `| V |`, `| S |`): L, M, X, J, V, S, D are Monday to Sunday, a range of two
is each of its days."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER
from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import DAY_COLUMN_WORDS, WEEKDAY_TITLES, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["day_letter_rows"]

_LETTERS = {"L": "mon", "M": "tue", "X": "wed", "J": "thu", "V": "fri", "S": "sat", "D": "sun"}
# "L", "X-J", "L – V", "L a V": one letter or a range of two, in capitals.
_CELL = lazy(rf"^[*_\s]*(?P<a>[LMXJVSD])(?:\s*(?:[{DASH}]|\ba\b)\s*(?P<b>[LMXJVSD]))?[*_\s]*$")


def day_letter_rows(nodes: list[Node]) -> list[Node]:
    """`nodes` with each table whose first column, headed `Día` (or `Day`, `Dia`), holds only
    day letters, two rows at least and one of `L`, `X`, `J`, `V` (never `M T W` alone, the
    English letters): a row per weekday, named in full, a range's row once for each of its
    days."""
    return [_read(node) if node.kind == "table" else node for node in nodes]


def _read(node: Node) -> Node:
    if len(node.rows) < 3 or not node.rows[0]:
        return node
    head = re.sub(r"[^a-z]", "", fold(unwrap(node.rows[0][0])))
    if head.rstrip("s") not in DAY_COLUMN_WORDS:
        return node
    cells = [_CELL.match(row[0]) if row else None for row in node.rows[1:]]
    if any(cell is None for cell in cells):
        return node
    letters = {m[k] for m in cells if m is not None for k in ("a", "b") if m[k]}
    if not letters & {"L", "X", "J", "V"}:
        return node
    rows: list[list[str]] = [node.rows[0]]
    lines: list[int] = [node.row_lines[0]]
    spans = [_days(m) for m in cells if m is not None]
    if any(days is None for days in spans):
        return node  # "V-L": no range runs backwards
    singles = [row for row, days in zip(node.rows[1:], spans, strict=True) if len(days or []) == 1]
    longest = max(map(_minutes, singles), default=0)
    for row, line, days in zip(node.rows[1:], node.row_lines[1:], spans, strict=True):
        for day in days or []:
            name = WEEKDAY_TITLES["es"][ORDER.index(day)]
            rows.append([name, *_share(row, len(days or []), longest)])
            lines.append(line)
    return dataclasses.replace(node, rows=rows, row_lines=lines)


def _days(match: re.Match[str]) -> list[str] | None:
    first = ORDER.index(_LETTERS[match["a"]])
    last = ORDER.index(_LETTERS[match["b"] or match["a"]])
    return list(ORDER[first : last + 1]) if first <= last else None


def _minutes(row: list[str]) -> int:
    """The length a row's one length cell gives (`12h`), else 0."""
    found = [f for cell in row[1:] if (f := find_duration(cell)) is not None and f.at is None]
    return found[0].hi if len(found) == 1 else 0


def _share(row: list[str], count: int, longest: int) -> list[str]:
    """A range row's cells for one of its days: its length split among them when it is longer
    than any one day's row (`| L-M | Teoría | 12h |` beside `| V | Proyecto | 6h |`: 6 h a
    day), else as written (`| L-V | Carrera | 30 min |`: each day's run)."""
    minutes = _minutes(row)
    if count < 2 or not longest or minutes <= longest:
        return row[1:]
    return [_shared(cell, count) for cell in row[1:]]


def _shared(cell: str, count: int) -> str:
    """A length cell (`12h`) as one of `count` days' shares (`360 min`); other cells as written."""
    found = find_duration(cell)
    if found is None or found.at is not None or found.lo != found.hi:
        return cell
    return f"{cell[: found.start]}{found.hi // count} min{cell[found.end :]}"
