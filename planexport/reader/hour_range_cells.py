"""Spans of whole hours with one `h` at the end in a table's time-of-day column (`| 10-12h |`
under `Heure`, beside `| 14h-16h |`): from ten to twelve o'clock, as `10h-12h` is, not a length
of ten to twelve hours."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["hour_ranges"]

# "10-12h", "9 – 11 h", "**10-12h**": two hours of the day, a dash and one `h` after the second.
_RANGE = lazy(
    r"^(?P<lead>[*_`\s]*)(?P<a>[01]?\d|2[0-3])\s*[-–—]\s*(?P<b>[01]?\d|2[0-4])\s*h"
    r"(?P<tail>[*_`\s]*)$"
)
# A header that names the time of day, never an amount of hours: "Heure", "Horaire", "Hora",
# "Horario", "Horário", "Orario", "Uhrzeit", "Tijdstip" (not "Heures", "Horas", "Ore", "Duur").
_CLOCK_HEAD = lazy(
    r"^[\W_]*(?:heure|horaires?|hora|horarios?|orari[oa]|uhrzeit|tijdstip|creneaux?"
    r"|franja horaria)[\W_]*$"
)


def hour_ranges(nodes: list[Node]) -> list[Node]:
    """The tables whose time-of-day column holds `10-12h`, those cells as `10h-12h`."""
    return [_read(node) if node.kind == "table" and len(node.rows) > 1 else node for node in nodes]


# Literal parts of those headers, asked before any folding or pattern.
_HEAD_PARTS = ("or", "eure", "uhr", "tijd", "cr")


def _read(node: Node) -> Node:
    if not any(part in head.lower() for head in node.rows[0] for part in _HEAD_PARTS):
        return node
    columns = [
        col for col, head in enumerate(node.rows[0]) if _CLOCK_HEAD.match(fold(unwrap(head)))
    ]
    if not columns:
        return node
    rows = [list(row) for row in node.rows]
    changed = False
    for row in rows[1:]:
        for col in columns:
            cell = row[col] if col < len(row) else ""
            if "h" not in cell:
                continue
            match = _RANGE.match(cell)
            if match is not None and int(match["b"]) > int(match["a"]):
                row[col] = f"{match['lead']}{match['a']}h-{match['b']}h{match['tail']}"
                changed = True
    return dataclasses.replace(node, rows=rows) if changed else node
