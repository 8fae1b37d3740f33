"""A table column of elapsed minutes (`0–5 min`, `5–10 min`, `10–30 min`): each row's length."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["table_offsets"]

# "min 0-5", "Min. 5–10": the unit before the range.
_UNIT_FIRST = lazy(r"^(?P<lead>\W*)min\.?\s*(?P<range>\d{1,3}\s*[-–—]\s*\d{1,3})(?!\d)", re.I)
# "0–5", "5-10" under a header in minutes ("Minuten", "Tiempo (min)").
_BARE = lazy(r"^\W*\d{1,3}\s*[-–—]\s*\d{1,3}\W*$")
_OR_WORDS = frozenset(("or", "o", "oder", "ou", "of", "oppure", "alternatively", "alternativ",
                       "alternativamente", "alternativement", "alternatief"))  # fmt: skip
_MINUTE_HEADER = lazy(r"\b(?:min|mins|minutes?|minuten|minutos?|minuti|minuut)\b")


def table_offsets(nodes: list[Node], ctx: Ctx) -> list[Node]:
    """The nodes, each table with a column of elapsed minutes rewritten as the rows' lengths.

    `| 0–5 min | Paso cómodo |`, `| 5–10 min | Paso activo |`, `| 10–30 min | Paso rápido |`
    say when each row starts and ends, counted from the start: 5, 5 and 20 minutes. Every
    filled cell of the column is a range, the first from 0 and each from where the one above
    ends (`0-5'`, `min 5-10`, or bare numbers under a header in minutes alike); a lone `0–5
    min` or ranges that leave gaps stay what they say.

    Two such tables under a heading that states their length (`## Cardio (30 minutos)`), with
    `or` between them (`o`, `oder`, `ou`), are two ways to spend that time: the first is read,
    the second is warned of as an alternative and left out."""
    ends: dict[int, int] = {}
    out: list[Node] = []
    for node in nodes:
        read, end = _rewritten(node) if node.kind == "table" else (node, None)
        if end is not None:
            ends[id(read)] = end
        out.append(read)
    return _alternatives(out, ends, ctx) if ends else out


def _alternatives(nodes: list[Node], ends: dict[int, int], ctx: Ctx) -> list[Node]:
    """The nodes without the tables (and the `or` between) that are alternatives to a table
    above them under the same heading, each as long as the heading says."""
    dropped: set[int] = set()
    for idx, node in enumerate(nodes):
        stated = find_duration(node.text) if node.kind == "heading" else None
        if stated is None or stated.at is not None or stated.hi <= 0:
            continue
        below = list(itertools.takewhile(lambda n: n.kind != "heading", nodes[idx + 1 :]))
        first: Node | None = None
        between: list[int] = []
        warned = False
        for pos, other in enumerate(below, start=idx + 1):
            if other.kind == "table" and ends.get(id(other)) == stated.hi:
                if first is None:
                    first, between = other, []
                    continue
                if not any(_or_line(nodes[j].text) for j in between):
                    break
                if not warned:
                    ctx.warn(
                        other.line,
                        f"this table is an alternative to the one at line {first.line} "
                        f'("{tidy(node.text)}" gives the time for one of them): not read',
                    )
                    warned = True
                dropped.add(id(other))
                dropped.update(id(nodes[j]) for j in between)
                between = []
            elif first is not None:
                if other.kind != "paragraph":
                    break
                between.append(pos)
    return [node for node in nodes if id(node) not in dropped]


def _or_line(text: str) -> bool:
    """`o`, `**Or**`, `Oder, auf dem Rad:`: a line that offers another way, nothing more."""
    words = re.findall(r"[a-z]+", fold(unwrap(text)))
    return bool(words) and words[0] in _OR_WORDS and len(words) <= 12


def _rewritten(node: Node) -> tuple[Node, int | None]:
    """The table with its column of elapsed minutes as lengths, and where that column ends."""
    if len(node.rows) < 3:
        return node, None
    width = max(len(row) for row in node.rows)
    for col in range(width):
        header = fold(unwrap(node.rows[0][col])) if col < len(node.rows[0]) else ""
        minutes = _MINUTE_HEADER.search(header) is not None
        cells = [row[col] if col < len(row) else "" for row in node.rows[1:]]
        found = [_offset(cell, minutes=minutes) if cell.strip() else None for cell in cells]
        chain = [(pos, hit) for pos, hit in enumerate(found) if hit is not None]
        filled = sum(1 for cell in cells if cell.strip())
        if len(chain) < 2 or len(chain) != filled or not _follows([h for _, (_, h) in chain]):
            continue
        rows = [list(row) for row in node.rows]
        for pos, (text, hit) in chain:
            rows[pos + 1][col] = f"{text[: hit.start]}{hit.hi - hit.lo} min{text[hit.end :]}"
        return dataclasses.replace(node, rows=rows), chain[-1][1][1].hi
    return node, None


def _offset(cell: str, *, minutes: bool) -> tuple[str, Found] | None:
    """A cell's range of minutes, with the text it was found in."""
    text = cell.strip()
    lead = _UNIT_FIRST.match(text)
    if lead is not None:
        text = f"{lead['lead']}{lead['range']} min{text[lead.end() :]}"
    elif minutes and _BARE.match(text):
        text = f"{text} min"
    hit = find_duration(text)
    if hit is None or hit.at is not None or not hit.lo < hit.hi:
        return None
    return text, hit


def _follows(ranges: list[Found]) -> bool:
    """Whether ranges start at 0 and each starts where the one before it ends."""
    end = 0
    for hit in ranges:
        if hit.lo != end:
            return False
        end = hit.hi
    return True
