"""A table whose clock spans are written across three columns, the dash in a column of its own
(`| 9:00 | - | 10:30 | Welcome |`, as a spreadsheet pasted into a page writes them): read as
one column of spans (`| 9:00 - 10:30 | Welcome |`), so that every row has its end, the last one
of an evening included."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from planexport.reader.durations import find_point_time

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["dash_columns"]

# A cell that only joins the times on either side of it: a dash, or a word of "to".
_JOINS = frozenset(("-", "–", "—", "to", "bis", "à", "a", "al", "tot", "até"))


def dash_columns(nodes: list[Node]) -> list[Node]:
    """The nodes, each table with a column of dashes between a column of starts and a column of
    ends written with one column of spans in their place."""
    return [
        _joined(node) if node.kind == "table" and len(node.rows) >= 3 else node for node in nodes
    ]


def _joined(node: Node) -> Node:
    header, body = node.rows[0], node.rows[1:]
    for col in range(1, len(header) - 1):
        if not _dash_column(body, col):
            continue
        rows = [[*header[: col - 1], _header(header, col), *header[col + 2 :]]]
        for row in body:
            span = f"{row[col - 1].strip()} - {row[col + 1].strip()}"
            rows.append([*row[: col - 1], span, *row[col + 2 :]])
        return replace(node, rows=rows)
    return node


def _dash_column(body: list[list[str]], col: int) -> bool:
    """Whether every row has a dash in column `col`, a time of day before it and one after."""
    if any(len(row) <= col + 1 for row in body):
        return False
    timed = [row for row in body if row[col - 1].strip() or row[col + 1].strip()]
    return len(timed) >= 2 and all(
        row[col].strip().lower() in _JOINS
        and find_point_time(row[col - 1].strip("*_ ")) is not None
        and find_point_time(row[col + 1].strip("*_ ")) is not None
        for row in timed
    )


def _header(header: list[str], col: int) -> str:
    """The joined columns' header: the first of the three that names anything."""
    named = [cell for cell in header[col - 1 : col + 2] if cell.strip(" -–—")]
    return named[0] if named else ""
