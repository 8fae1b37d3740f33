"""A start-time table with its title column first (`| Session | Time |` over `| Registration |
08:30 |`): an agenda, as the same table with its columns the other way round is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.outline import unwrap
from planexport.reader.words import TIME_COLUMN_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["starts_before", "title_first_starts"]

# Headers of a column of start times in the seven languages, beyond the words for a time.
_START_WORDS = frozenset((*TIME_COLUMN_WORDS, "start", "begin", "beginn", "startzeit", "inicio",
                          "debut", "inizio", "aanvang", "tijdstip", "horas", "heures"))  # fmt: skip


def _start_header(cell: str) -> bool:
    return any(word in _START_WORDS for word in re.findall(r"[a-z]+", fold(unwrap(cell))))


def _start(cell: str) -> bool:
    """Whether a cell gives a start alone (`08:30`, `**9:00 AM**`), no span or length."""
    return find_point_time(cell) is not None and find_duration(cell) is None


def title_first_starts(nodes: list[Node]) -> int | None:
    """Where the first table of start times with its time column after the first lies: a
    column headed by a time word (`Time`, `Uhrzeit`, `Hora`, `Heure`, `Ora`, `Horário`, `Tijd`,
    `Start`, `Beginn`, `Aanvang`…) with two or more starts alone, most of its cells, beside a
    first column with no time in it; None when the plan has none."""
    for idx, node in enumerate(nodes):
        if node.kind == "table" and len(node.rows) > 2 and _title_first(node):
            return idx
    return None


def starts_before(nodes: list[Node], idx: int) -> int:
    """Where a plan's day starts given its first timed list or table at `idx`: at a table of
    start times with its title column first before it (`| Ontbijt | 08:00 |` under `##
    Dagschema`), when that table is the plan's only table of starts and the list or table at
    `idx` holds lengths alone (`| 1 min zitten in zicht |`), no time of day; else at `idx`."""
    start = title_first_starts(nodes[:idx])
    if start is None or _clock(nodes[idx]):
        return idx
    if title_first_starts(nodes[start + 1 :]) is not None:
        return idx  # two tables of starts: which is the day is not for this rule to say
    return start


def _clock(node: Node) -> bool:
    """Whether a list or a table holds a time of day anywhere."""
    if node.kind == "list":
        return any(find_point_time(item.text) is not None for item in node.items)
    return any(find_point_time(cell) is not None for row in node.rows for cell in row)


def _title_first(node: Node) -> bool:
    body = node.rows[1:]
    if any(row and (find_point_time(row[0]) or find_duration(row[0])) for row in body):
        return False  # "| 08:30 | Registration |": the time first, read as ever
    for col in range(1, len(node.rows[0])):
        if not _start_header(node.rows[0][col]):
            continue
        cells = [row[col] for row in body if col < len(row) and row[col].strip(" -—–")]
        starts = sum(1 for cell in cells if _start(cell))
        if starts >= 2 and 2 * starts >= len(cells):
            return True
    return False
