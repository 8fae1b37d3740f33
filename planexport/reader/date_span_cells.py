"""A table column whose cells each hold a date and a clock span (`March 9, 2026 9:00 AM → 10:30
AM`, as a Notion database exports a date property; `2026-03-09 18:00-20:00`): written as two
columns, the date under `Date` and the span under `Time`, so that each row falls on its date at
its time, as a table with a date column and a time column does (whatever the column's own header
says: `Termin`, `When`, `Fecha y hora`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from planexport.reader.dates import date_in
from planexport.reader.durations import find_duration

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["date_span_cells"]

# What may stand between the date and its span: "March 9, 2026, 9:00", "2026-03-09 @ 18:00".
_BETWEEN = " ,@·|"
_EMPTY = ("", "-", "–", "—")
_HEADERS = ("Date", "Time")


def date_span_cells(nodes: list[Node]) -> list[Node]:
    """The nodes, each table with such a column written as two."""
    return [
        _split(node) if node.kind == "table" and len(node.rows) >= 3 else node for node in nodes
    ]


def _split(node: Node) -> Node:
    header, body = node.rows[0], node.rows[1:]
    for col in range(len(header)):
        cells = [row[col].strip() if col < len(row) else "" for row in body]
        filled = [cell for cell in cells if cell not in _EMPTY]
        if len(filled) < 2 or not any(ch.isdigit() for ch in filled[0]):
            continue
        parts = [_parts(cell) if cell not in _EMPTY else (cell, "") for cell in cells]
        if any(part is None for part in parts):
            continue
        rows = [[*header[:col], *_HEADERS, *header[col + 1 :]]]
        for row, part in zip(body, parts, strict=True):
            rows.append([*row[:col], *(part or ("", "")), *row[col + 1 :]])
        return replace(node, rows=rows)
    return node


def _parts(cell: str) -> tuple[str, str] | None:
    """The date and the clock span a cell holds, in that order, and nothing else; else None."""
    text = cell.strip("*_ ")
    _, match = date_in(text, None)
    if match is None or match.start() != 0:
        return None
    rest = text[match.end() :].lstrip(_BETWEEN)
    found = find_duration(rest)
    if found is None or found.at is None or found.start != 0 or rest[found.end :].strip(" *_"):
        return None
    return text[: match.end()].rstrip(_BETWEEN), rest
