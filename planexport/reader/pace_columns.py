"""A pace or speed column in a table (`| Day | Session | Pace | Time |` over `| Thu | Tempo |
6:45-7:15 | 50 mins |`, `Pace (min/km)`, `Ritmo`, `Allure`, `km/h`): how fast, never a time of
day, a span or a length, so the column is left out before the table is read."""

from __future__ import annotations

import dataclasses

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node
from planexport.reader.words import fold

__all__ = ["without_paces"]

# "Pace", "Target pace", "Zielpace", "Speed", "Geschwindigkeit", "Ritmo", "Allure", "Vitesse",
# "Velocidad", "Velocità", "Velocidade", "Snelheid"; or a unit of pace or speed in the header
# ("Tempo (min/km)", "Split /500m", "km/h", "mph"). A bare "Tempo" is time in Italian.
_PACE = lazy(
    r"(?:\b|(?<=ziel)|(?<=renn)|(?<=lauf))(?:pace|paces|speed|geschwindigkeit|ritmo|allure|vitesse"
    r"|velocidad|velocita|velocidade|snelheid)\b"
    r"|(?:min|sec|s)?\s*/\s*(?:km|mi|mile|meile|milla|100\s*m|500\s*m)\b|\bkm\s*/\s*h\b|\bmph\b",
)


def _is_pace(header: str) -> bool:
    return _PACE.search(fold(header.replace("*", "").replace("_", " "))) is not None


def without_paces(nodes: list[Node]) -> list[Node]:
    """`nodes` with each table's pace and speed columns left out (a table of nothing else, or
    a column that is all the table has besides one other, stays as it is)."""
    out: list[Node] = []
    for node in nodes:
        if node.kind != "table" or len(node.rows) < 2:
            out.append(node)
            continue
        header = node.rows[0]
        paces = {col for col, cell in enumerate(header) if _is_pace(cell)}
        if not paces or len(header) - len(paces) < 2:
            out.append(node)
            continue
        rows = [[cell for col, cell in enumerate(row) if col not in paces] for row in node.rows]
        out.append(dataclasses.replace(node, rows=rows))
    return out
