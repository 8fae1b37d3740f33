"""Lengths written like a clock in a table's length column: `00:45` under `Expected duration`,
`00:45 u` under `Verwachte tijdsduur`, `01:30` under `Dauer` (45 and 90 minutes, not times of
day), and such a column after one that already gives each row its time of day; hours and
minutes with a dot (`| Lezen | 1.30 uur |`: 90 minutes), as after a line's words."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import HOUR_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["clock_lengths", "length_head"]

# "00:45", "01:30", "00:45 u", "**1:00** h", "0:20 Std.": hours and minutes, and at most a unit.
_CLOCK = lazy(
    r"^[*_`\s]*(?P<h>\d{1,2}):(?P<m>[0-5]\d)[*_`]*\s*"
    r"(?:h|hrs?|hours?|u|uur|std|stunden?|horas?|heures?|ore)?\.?[*_`\s]*$",
    re.IGNORECASE,
)
# "1.30 uur", "**0.45 h**", "2.15 Std.": hours, a dot, two digits and an hour word, alone.
_DOT_LENGTH = lazy(
    rf"^[*_`\s]*(?P<n>\d{{1,2}}\.[0-5]\d)[*_`]*\s*(?P<unit>{HOUR_WORDS})\.?[*_`\s]*$",
    re.IGNORECASE,
)
# A header for the time of day a row starts at: `8.30 uur` under it is a start.
_START_HEAD = lazy(
    r"(?<![a-z])(?:uhrzeit|horari[oa]s?|horaires?|hora|heure|orari[oa]|ora|aanvang|tijdstip"
    r"|clock|o'clock)(?![a-z])"
)
# Dotted lengths after a row's words are under six hours: a run of `8.30 uur`, `9.00 uur` from
# the morning on is the day's starts (`| Inschrijving | 8.30 uur |`), read elsewhere.
_LONGEST = 6
# A header that says the column holds each row's length, in the seven languages.
_LENGTH_HEAD = lazy(
    r"(?<![a-z])(?:duration|length|dauer|duracion|duree|durata|duracao|\w*duur"
    r"|time\s+(?:needed|spent|required|estimate|taken|allotted)"
    r"|(?:estimated|expected|est\.?|planned)\s*time|zeitaufwand|aufwand|zeitbedarf"
    r"|(?:benotigte|geschatzte|geplante)\s+zeit|tiempo\s+(?:estimado|necesario|dedicado|previsto)"
    r"|temps\s+(?:estime|necessaire|passe|prevu)|tempo\s+(?:stimato|necessario|previsto|estimado)"
    r"|(?:geschatte|benodigde|bestede|verwachte)\s+tijd|tijdsbesteding)(?![a-z])"
)
# A header that names where a row starts or ends: its clock cells are times, never lengths.
_WHEN_HEAD = lazy(
    r"(?<![a-z])(?:start\w*|begin\w*|end\w*|from|until|to|von|bis|ab|desde|hasta|inicio|fin"
    r"|debut|inizio|fine|fim|van|tot|einde)(?![a-z])"
)


def clock_lengths(nodes: list[Node]) -> list[Node]:
    """The tables' lengths written like a clock read as lengths (`00:45` as `00:45 h`), and
    with a dot as hours and minutes (`1.30 uur` as `1:30 uur`)."""
    return [_dotted(_read_lengths(node)) if node.kind == "table" else node for node in nodes]


def _dotted(node: Node) -> Node:
    """`| Lezen | 1.30 uur |`: 1 hour 30 minutes, as `Lezen 1.30 uur` on a line is, when the
    column's header names a length or no time of day and the row's words come before it; the
    line's rules keep `1.5 uur`, `1.25 h` and `1.50 h` decimal hours."""
    if len(node.rows) < 2 or "." not in str(node.rows[1:]):
        return node
    from planexport.reader.dotted_lengths import dotted_minutes

    header = [fold(unwrap(cell)) for cell in node.rows[0]]
    rows = [list(row) for row in node.rows]
    changed = False
    for col, head in enumerate(header):
        found = [
            (row, match)
            for row in rows[1:]
            if col < len(row) and (match := _DOT_LENGTH.match(row[col])) is not None
        ]
        named = length_head(head)
        if not found or (
            not named
            and (
                _WHEN_HEAD.search(head) is not None
                or _START_HEAD.search(head) is not None
                or any(int(m["n"].split(".")[0]) >= _LONGEST for _, m in found)
            )
        ):
            continue
        for row, match in found:
            # the row's words before the cell, or the header's that names the length
            words = " ".join([head] if named else [unwrap(cell) for cell in row[:col]])
            line = f"{words} {match['n']}"
            if dotted_minutes(line, len(words) + 1, match["n"]) is not None:
                row[col] = f"{match['n'].replace('.', ':')} {match['unit']}"
                changed = True
    return dataclasses.replace(node, rows=rows) if changed else node


def length_head(head: str) -> bool:
    """Whether a folded header names a row's length (`Duur`, `Dauer`, `Time needed`) or the
    hours it takes (`Horas`, `Stunden`)."""
    from planexport.reader.table_columns import header_unit

    if _START_HEAD.search(head) is not None:
        return False  # "Hora", "Heure", "Ora": the hour of the day, not how many
    return _LENGTH_HEAD.search(head) is not None or header_unit(head) is not None


def _read_lengths(node: Node) -> Node:
    if len(node.rows) < 2:
        return node
    header = [fold(unwrap(cell)) for cell in node.rows[0]]
    body = node.rows[1:]
    columns = [
        col
        for col, head in enumerate(header)
        if _clock_column(body, col)
        and (
            _LENGTH_HEAD.search(head) is not None
            or (head.strip() and not _WHEN_HEAD.search(head) and _timed_before(body, col))
        )
    ]
    if not columns:
        return node
    rows = [list(row) for row in node.rows]
    for row in rows[1:]:
        for col in columns:
            match = _CLOCK.match(row[col]) if col < len(row) else None
            if match is not None:
                row[col] = f"{match['h']}:{match['m']} h"
    return dataclasses.replace(node, rows=rows)


def _clock_column(body: list[list[str]], col: int) -> bool:
    """Whether every filled cell of a column is hours and minutes written like a clock."""
    cells = [row[col].strip() for row in body if col < len(row) and row[col].strip(" -—–")]
    return bool(cells) and all(_CLOCK.match(cell) for cell in cells)


def _timed_before(body: list[list[str]], col: int) -> bool:
    """Whether an earlier column gives every row with a clock cell here its time of day (a
    start or a span): `| 09:00 | Vocabulary | 00:30 |` under `| Start | Task | Time |`."""
    for row in body:
        if col >= len(row) or not row[col].strip(" -—–"):
            continue
        if not any(find_point_time(cell) is not None for cell in row[:col]):
            return False
    return True
