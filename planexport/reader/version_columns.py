"""A table whose time columns are versions of one routine: a version of the day each.

Routines are often written once with a column of times per version:

    | Activity          | Full routine (1.5 hours) | Short routine (45 minutes) | Notes |
    | Wake up and water | 5:00 - 5:05 AM           | 5:45 - 5:50 AM             | …     |
    | Stretching        | 5:15 - 5:25 AM           | 6:00 - 6:10 AM             | …     |
    | Journaling        | 5:35 - 5:55 AM           | -                          | …     |

Read a block a row, only one time column could be read and the other version was lost. Each
such column becomes a heading named by its header over the table with that column alone, the
rows it leaves empty (`-`) left out; the day then reads the headings as its versions, as it
reads `### Short version` / `### Full version`. A column counts as a version when nearly all
its cells are clock spans and its header names a length or a version (`(45 minutes)`, `Plan
B`); weekday and date columns (a timetable), start and end columns, and planned and actual
columns (a log) are no versions.
"""

from __future__ import annotations

import dataclasses

from planexport.reader.durations import find_duration
from planexport.reader.outline import Node, unwrap
from planexport.reader.range_columns import range_columns
from planexport.reader.table_weekly import weekday_of
from planexport.reader.tracking_tables import tracks_actual
from planexport.reader.versions import version_name

__all__ = ["version_columns"]

_EMPTY = ("", "-", "—", "–", "n/a", "x")


def version_columns(nodes: list[Node]) -> list[Node]:
    """`nodes` with each table of version columns as a heading and a table per version."""
    out: list[Node] = []
    for idx, node in enumerate(nodes):
        found = _versions(node) if node.kind == "table" else []
        if len(found) < 2:
            out.append(node)
            continue
        level = _level(nodes[:idx])
        for number, col in enumerate(found, start=1):
            others = [c for c in found if c != col]
            keep = [c for c in range(len(node.rows[0])) if c not in others]
            rows, lines = [node.rows[0]], [node.row_lines[0] if node.row_lines else node.line]
            for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
                if col < len(row) and unwrap(row[col]).strip(" *_").lower() not in _EMPTY:
                    rows.append(row)
                    lines.append(line)
            # "Option 2: Short routine (45 minutes)": named as the day's versions are
            name = f"Option {number}: {unwrap(node.rows[0][col])}"
            out.append(Node("heading", node.line, level=level, text=name))
            cut = [[row[c] if c < len(row) else "" for c in keep] for row in rows]
            out.append(dataclasses.replace(node, rows=cut, row_lines=lines))
    return out


def _versions(node: Node) -> list[int]:
    """The columns of a table that give a version's clock spans each, else []."""
    if len(node.rows) < 3 or tracks_actual(node):
        return []
    header, body = node.rows[0], node.rows[1:]
    ranged = range_columns(header)
    found: list[int] = []
    for col in range(1, len(header)):
        name = unwrap(header[col])
        if col in ranged or weekday_of(name, short=True) is not None:
            return []  # "| Activity | Mon-Fri | Saturday |": days, not versions
        if not _named(name):
            continue  # no version without its name or length: its cells need not be read
        cells = [unwrap(row[col]).strip(" *_") for row in body if col < len(row)]
        filled = [cell for cell in cells if cell.lower() not in _EMPTY]
        spans = [cell for cell in filled if _span(cell)]
        if len(spans) >= 2 and len(spans) == len(filled):
            found.append(col)
    return found if _titled(header, body, found) else []


def _span(cell: str) -> bool:
    found = find_duration(cell)
    return found is not None and found.at is not None and found.hi > 0


def _named(header: str) -> bool:
    """A header that names a version: with a length (`Full routine (1.5 hours)`) or a
    version's name (`Plan B`), and no date."""
    found = find_duration(header)
    if found is not None and found.at is not None:
        return False  # "| 09:00 - 12:00 |": a slot
    return found is not None or version_name(header)


def _titled(header: list[str], body: list[list[str]], found: list[int]) -> bool:
    """Whether a column besides the versions names the rows (the activity)."""
    return len(found) >= 2 and any(
        col not in found and sum(1 for row in body if col < len(row) and row[col].strip()) >= 2
        for col in range(len(header))
    )


def _level(before: list[Node]) -> int:
    """A heading level under the nearest heading above (the day or the routine's section)."""
    heading = next((n for n in reversed(before) if n.kind == "heading"), None)
    return min((heading.level if heading is not None else 1) + 1, 6)
