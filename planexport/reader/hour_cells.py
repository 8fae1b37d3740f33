"""Start times written with `h` in a table's time column (`| 9h00 | Accueil |` under `Horaire`,
`| 09h | Carrossel |` under `Horário`), or with a dot, with or without `uur`, `Uhr` or `h`
(`| 8.30 uur | Ontvangst |`, `| 8.30 | Ontvangst |` under `Tijd`): times of day, as `09:00` is,
not lengths of nine hours."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.headless_starts import headless_starts
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["hour_cells"]

# "9h00", "14h30", "**9h15**": an hour and its minutes joined by `h`, alone in the cell.
_HOUR = lazy(r"^[*_`\s]*(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)[*_`\s]*$", 0)
# "09h", "18h", "14h (BRT)": an hour alone with `h`, and maybe the time zone it is told in.
_BARE = lazy(r"^[*_`\s]*(?P<h>[01]?\d|2[0-3])h[*_`]*(?P<zone>\s*\([A-Z]{2,5}\))?[*_`\s]*$", 0)
# The time-of-day words a bare hour's column needs: not "Horas", "Heures", "Ore", "Duur" (hours
# as an amount); "Time" and "Zeit" name a length as often, so there an hour is written `09h` or
# after noon (`14h`), as no length of one row is.
_BARE_HEAD = lazy(
    r"^[\W_]*(?:horaires?|heure|hora|horarios?|orari[oa]|ora|uhrzeit|tijd|tijdstip|start"
    r"|beginn?|aanvang|inicio|debut|inizio|(?P<either>time|zeit))[\W_]*$"
)
# "8.30 uur", "13.00 Uhr", "9.15 h", "**8.30h**", "8.30": a dotted time of day, with the word
# for o'clock or alone; a length says the same only under a length's header (`| Duur |` over
# `| 1.30 uur |`).
_DOTTED = lazy(
    r"^[*_`\s]*(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?:\s*(?:uur|uhr|h)\.?)?[*_`\s]*$",
    re.IGNORECASE,
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
    as `09:00-11:00`; the one table of starts with no header (`| | |` over `| Ontbijt | 8.00
    uur |`) headed `| | Time |`."""
    nodes = headless_starts(nodes)
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
        if (_CLOCK_HEAD.match(fold(unwrap(head))) and _hour_column(body, col))
        or _bare_column(fold(unwrap(head)), body, col)
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
            elif (bare := _BARE.match(cell)) is not None:
                row[col] = f"{int(bare['h']):02d}:00{bare['zone'] or ''}"
    return dataclasses.replace(node, rows=rows)


def _bare_column(head: str, body: list[list[str]], col: int) -> bool:
    """Whether a column under a time-of-day word holds two or more starts, some an hour alone
    (`09h`, `18h`, `14h (BRT)`), the rest `9h30`, all from the morning on."""
    named = _BARE_HEAD.match(head)
    if named is None:
        return False
    cells = [row[col].strip() for row in body if col < len(row) and row[col].strip(" -—–")]
    bare = [_BARE.match(cell) for cell in cells]
    if len(cells) < 2 or not any(bare):
        return False
    found = [b or _HOUR.match(cell) for b, cell in zip(bare, cells, strict=True)]
    hours = [m["h"] for m in found if m is not None]
    if len(hours) < len(cells) or any(int(h) * 60 < _MORNING for h in hours):
        return False
    return named["either"] is None or any(h.startswith("0") or int(h) > 12 for h in hours)


def _hour_column(body: list[list[str]], col: int) -> bool:
    """Whether a column holds two or more `9h00` starts, or `8.30 uur` or `8.30` starts in time
    order from the morning on (two rows at the same time too), and nothing else but empty
    cells."""
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
        and times[-1] > times[0]
        and all(a <= b for a, b in itertools.pairwise(times))  # two rows may start together
    )
