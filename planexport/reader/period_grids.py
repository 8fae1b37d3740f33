"""A school timetable of numbered lesson periods and no clock times (`| 1ste uur | FRO | CMS |`):
why a plan of such grids is refused, so the refusal says what to add."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.words import PERIOD_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["period_grid"]

_WORD = "|".join(PERIOD_WORDS)
# "1ste uur", "2de uur", "1. Stunde", "3rd period", "1a hora" (from "1ª"), "1ere heure", "Period 2".
_PERIOD = lazy(
    rf"^(?:\d{{1,2}}\s*(?:\.|st|nd|rd|th|ste|de|e|er|ere|eme|a|o)?\s*(?:{_WORD})\.?"
    rf"|(?:{_WORD})\s*\d{{1,2}})$",
    re.IGNORECASE,
)


def _period(cell: str) -> bool:
    return bool(_PERIOD.match(fold(cell).strip(" *_")))


def period_grid(nodes: list[Node]) -> tuple[int, str, str] | None:
    """The line of the first table whose rows are numbered lesson periods, two or more (its
    first column), what its first and last period are called, and the first's name."""
    if not any(node.kind == "table" for node in nodes):
        return None
    for node in nodes:
        if node.kind != "table" or len(node.rows) < 3 or len(node.rows[0]) < 2:
            continue
        labels = [row[0].strip(" *_") for row in node.rows[1:] if row and _period(row[0])]
        if len(labels) >= 2 and len(labels) * 2 >= len(node.rows) - 1:
            return node.line, f"'{labels[0]}' … '{labels[-1]}'", labels[0]
    return None
