"""Start times written with `h` in a table's time column (`| 9h00 | Accueil |` under `Horaire`),
or with a dot and `uur`, `Uhr` or `h` (`| 8.30 uur | Ontvangst |` under `Tijd`): times of day,
as `09:00` is, not lengths of nine hours."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["hour_cells"]

# "9h00", "14h30", "**9h15**": an hour and its minutes joined by `h`, alone in the cell.
_HOUR = lazy(r"^[*_`\s]*(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)[*_`\s]*$", 0)
# "8.30 uur", "13.00 Uhr", "9.15 h", "**8.30h**": a dotted time of day and the word for o'clock;
# a length says the same only under a length's header (`| Duur |` over `| 1.30 uur |`).
_DOTTED = lazy(
    r"^[*_`\s]*(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)\s*(?:uur|uhr|h)\.?[*_`\s]*$", re.IGNORECASE
)
# Dotted times are starts only from the morning on and in time order: `1.30 h`, `2.00 h` rise
# as lengths may, from an hour no day starts at.
_MORNING = 6 * 60
# A header that names the time of day: "Horaire", "Heure", "Hora", "Horário", "Orario",
# "Uhrzeit", "Time", "Tijd".
_CLOCK_HEAD = lazy(
    r"^[\W_]*(?:horaires?|heures?|horas?|horarios?|orari[oa]?|ore?|uhrzeit|zeit|time|tijd"
    r"|tijdstip|start|beginn?|aanvang|inicio|debut|inizio)[\W_]*$"
)


def hour_cells(nodes: list[Node]) -> list[Node]:
    """The tables whose time column holds starts written with `h`, those starts as `09:00`,
    and those whose slot columns are headed by bare hours (`| | 09-11 | 11-13 |`), the slots
    as `09:00-11:00`."""
    if any(node.kind == "table" and _hour_heads(node) for node in nodes):
        from planexport.reader.hour_slot_headers import hour_slot_headers

        nodes = [hour_slot_headers(n) if n.kind == "table" and _hour_heads(n) else n for n in nodes]
    if any(node.kind == "table" and "<br" in str(node.rows).lower() for node in nodes):
        from planexport.reader.hour_lists import listed_hours, may_list_hours

        # "| 11<br>12<br>1<br>2 | Work on the thesis |": the hours a row covers, listed
        nodes = [listed_hours(n) if may_list_hours(n) else n for n in nodes]
    return [_read_hours(node) if node.kind == "table" else node for node in nodes]


def _hour_heads(node: Node) -> bool:
    """Whether every header after the first, two at least, holds a digit and a dash."""
    heads = node.rows[0][1:] if node.rows else []
    return len(heads) >= 2 and all(
        any(c.isdigit() for c in cell) and any(d in cell for d in "-–—") for cell in heads
    )


def _read_hours(node: Node) -> Node:
    if len(node.rows) < 3:
        return node
    body = node.rows[1:]
    columns = [
        col
        for col, head in enumerate(node.rows[0])
        if _CLOCK_HEAD.match(fold(unwrap(head))) and _hour_column(body, col)
    ]
    if not columns:
        return node
    rows = [list(row) for row in node.rows]
    for row in rows[1:]:
        for col in columns:
            cell = row[col] if col < len(row) else ""
            match = _HOUR.match(cell) or _DOTTED.match(cell)
            if match is not None:
                row[col] = f"{int(match['h']):02d}:{match['m']}"
    return dataclasses.replace(node, rows=rows)


def _hour_column(body: list[list[str]], col: int) -> bool:
    """Whether a column holds two or more `9h00` starts, or `8.30 uur` starts in time order
    from the morning on, and nothing else but empty cells."""
    cells = [row[col].strip() for row in body if col < len(row) and row[col].strip(" -—–")]
    if len(cells) < 2:
        return False
    if all(_HOUR.match(cell) for cell in cells):
        return True
    dotted = [_DOTTED.match(cell) for cell in cells]
    times = [int(m["h"]) * 60 + int(m["m"]) for m in dotted if m is not None]
    return (
        len(times) == len(cells)
        and times[0] >= _MORNING
        and all(a < b for a, b in itertools.pairwise(times))
    )
