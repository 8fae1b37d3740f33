"""Start times written with `h` in a table's time column (`| 9h00 | Accueil |` under `Horaire`,
`| 09h | Carrossel |` under `Horário`), or with a dot, with or without `uur`, `Uhr` or `h`
(`| 8.30 uur | Ontvangst |`, `| 8.30 | Ontvangst |` under `Tijd`): times of day, as `09:00` is,
not lengths of nine hours."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.clock_lengths import length_head
from planexport.reader.dated_class_lists import dated_class_lists
from planexport.reader.headless_starts import headless_starts
from planexport.reader.hour_range_cells import hour_ranges
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["hour_cells"]

# "9h00", "14h30", "**9h15**": an hour and its minutes joined by `h`, alone in the cell.
_HOUR = lazy(r"^[*_`\s]*(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)[*_`\s]*$", 0)
# "09h", "18h", "14h (BRT)", "14 Uhr", "9 uur": an hour alone with `h` or the word for o'clock,
# and maybe the time zone it is told in; "~09h" is about nine o'clock, still 09:00 (a `~~` is
# struck out, not "about").
_BARE = lazy(
    r"^[*_`\s]*(?:(?:~(?!~)|≈|(?i:ca\.|circa|approx\.))\s*)?(?P<h>[01]?\d|2[0-3])"
    r"(?:h|\s*(?P<uhr>(?i:uhr))|\s*(?i:uur))(?![^\W\d_])\.?[*_`]*(?P<zone>\s*\([A-Z]{2,5}\))?[*_`\s]*$",
    0,
)
# "09:00", "~12:30", "18:00 (BRT)": a clock time, beside which a bare hour is one too.
_COLON = lazy(
    r"^[*_`\s]*(?:(?:~(?!~)|≈)\s*)?(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s*(?i:h|uhr|uur))?"
    r"[*_`]*(?:\s*\([A-Z]{2,5}\))?[*_`\s]*$",
    0,
)
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
    nodes = hour_ranges(headless_starts(nodes))  # "| 10-12h |" under "Heure": 10h-12h
    nodes = dated_class_lists(nodes)  # "- **Jan 13:** Intro" under a stated class time
    if any(node.kind == "table" and _hour_heads(node) for node in nodes):
        from planexport.reader.hour_slot_headers import hour_slot_headers

        nodes = [hour_slot_headers(n) if n.kind == "table" and _hour_heads(n) else n for n in nodes]
    if any(node.kind == "table" and "<br" in str(node.rows).lower() for node in nodes):
        from planexport.reader.hour_lists import listed_hours, may_list_hours

        # "| 11<br>12<br>1<br>2 | Work on the thesis |": the hours a row covers, listed
        nodes = [listed_hours(n) if may_list_hours(n) else n for n in nodes]
    known = {head for node in nodes if node.kind == "table" for head in bare_headers(node)}
    return [_read_hours(node, known) if node.kind == "table" else node for node in nodes]


def _hour_heads(node: Node) -> bool:
    """Whether every header after the first, two at least, holds a digit and a dash."""
    heads = node.rows[0][1:] if node.rows else []
    return len(heads) >= 2 and all(
        any(c.isdigit() for c in cell) and any(d in cell for d in "-–—") for cell in heads
    )


def _read_hours(node: Node, known: set[str] | None = None) -> Node:
    """The table with its time columns' starts written as `09:00`; `known` holds the headers
    of columns read so in other tables of the plan, where one row or an hour alone is enough."""
    if len(node.rows) < 2:
        return node
    body = node.rows[1:]
    columns = [
        col
        for col, head in enumerate(node.rows[0])
        if (_CLOCK_HEAD.match(fold(unwrap(head))) and _hour_column(body, col))
        or _bare_column(fold(unwrap(head)), body, col, known=known)
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


def bare_headers(node: Node) -> set[str]:
    """The headers of a table's columns of starts written as hours alone (`Horário` over
    `09h`), folded: the same header in another table of the plan holds starts too."""
    if len(node.rows) < 2:
        return set()
    heads = [fold(unwrap(head)) for head in node.rows[0]]
    return {head for col, head in enumerate(heads) if _bare_column(head, node.rows[1:], col)}


def _bare_column(
    head: str, body: list[list[str]], col: int, *, known: set[str] | None = None
) -> bool:
    """Whether a column holds two or more starts, some an hour alone (`09h`, `~09h`, `18h`,
    `14h (BRT)`, `14 Uhr`, `9 uur`), the rest `9h30` or clock times (`12:30`), all from the
    morning on: under a time-of-day word, or with a clock time among them under a header that
    names no length. Under a header `known` from another table, one such start is enough."""
    named = _BARE_HEAD.match(head)
    cells = [row[col].strip() for row in body if col < len(row) and row[col].strip(" -—–")]
    bare = [_BARE.match(cell) for cell in cells]
    if not any(bare):
        return False
    clocks = [_COLON.match(cell) for cell in cells]
    found = [b or _HOUR.match(c) or k for b, c, k in zip(bare, cells, clocks, strict=True)]
    hours = [m["h"] for m in found if m is not None]
    if len(hours) < len(cells) or any(int(h) * 60 < _MORNING for h in hours):
        return False
    if known and head in known:
        return True  # "| Horário |" over one "| 12h (BRT) |", read as the plan's other tables
    if len(cells) < 2 and (named is None or named["either"] is not None):
        return False  # "| Horário |" over one "| 09h |" is a time; one "| Time | 9h |" may not be
    if any(clocks) and not length_head(head):
        return True  # "| 09:00 |" over "| 12h |": the hours of a column of clock times
    if named is None:
        return False
    sure = any(h.startswith("0") or int(h) > 12 for h in hours) or any(b["uhr"] for b in bare if b)
    return named["either"] is None or sure


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
