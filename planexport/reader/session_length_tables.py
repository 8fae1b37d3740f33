"""A table of each session's length beside session headings that give none:

    | Session   | Time   |
    | Session 1 | 45 min |
    | Session 2 | 60 min |

    ## Session 1 — Variables
    - Assign names to values

(or `| Lesson 2 | 1 hour |` beside `## Lesson 2 – Loops`). Each row names one session heading
by its number and gives its length: that session is one block of the length, titled by its
heading's topic, its bullets the block's items, as when the heading says the length itself
(`## Session 1 — Variables (45 min)`). Sessions so written are blocks of one day, as such
headings with their own lengths are read; dated sessions stay the days of their log. A
`Total` row sums the rows; a total that is not their sum is said. The table is then read.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.reader.day_length_tables import SESSION_WORDS, check_total, length_rows
from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.sections import timed
from planexport.reader.table_weekly import weekday_of
from planexport.reader.total_tables import total_row
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node

__all__ = ["session_length_tables"]

# A row's first cell naming a session: "Session 1", "Lesson 2", "Sitzung 3", folded.
_ROW_KEY = lazy(rf"^{SESSION_WORDS}\s*(?P<num>\d+)$", re.IGNORECASE)
# A session heading: "Session 1 — Variables", "Lesson 2 – Loops", "Session 3: Functions".
_HEADING = lazy(
    rf"^[\W_]*{SESSION_WORDS}\s*(?P<num>\d+)(?:[\W_]+.*)?$",
    re.IGNORECASE,
)


def session_length_tables(nodes: list[Node], ctx: Ctx) -> list[Node]:
    """The nodes with each untimed session heading given the length its table row gives, and
    the table so read left out; the nodes unchanged unless one table's rows each name exactly
    one such heading and every such heading has its row."""
    tables = [idx for idx, node in enumerate(nodes) if _session_table(node)]
    if len(tables) != 1:
        return nodes
    table = nodes[tables[0]]
    rows = length_rows(table)
    heads = _session_headings(nodes, tables[0])
    if heads is None or sorted(heads) != sorted(key for key, _, _ in rows):
        return nodes
    if len(set(heads)) != len(heads) or len(rows) != len(heads):
        return nodes
    check_total(table, rows, ctx, "session")
    lengths = {key: found for key, found, _ in rows}
    out: list[Node] = []
    for idx, node in enumerate(nodes):
        if idx == tables[0]:
            continue
        if node.kind == "heading" and (head := _heading(node)) is not None and head[0] in heads:
            said = _said(lengths[head[0]])
            out.append(dataclasses.replace(node, text=f"{head[1] or _plain(node)} ({said})"))
            continue
        out.append(node)
    return out


def _said(found: Found) -> str:
    """A row's length as a heading may say it (`45 min`, `45-60 min`)."""
    return f"{found.lo} min" if found.lo == found.hi else f"{found.lo}-{found.hi} min"


def _plain(node: Node) -> str:
    return unwrap(node.text).strip()


def _row_num(row: list[str]) -> int | None:
    """The session number a row's first written cell names."""
    cells = [cell for cell in row if cell.strip(" *_-—–")]
    if not cells or (match := _ROW_KEY.match(fold(unwrap(cells[0])).strip())) is None:
        return None
    return int(match.group("num"))


def _session_table(node: Node) -> bool:
    """Whether a table gives session lengths only: each row a session and a length, or a
    total."""
    if node.kind != "table" or not length_rows(node):
        return False
    for row in node.rows[1:]:
        cells = [cell for cell in row if cell.strip(" *_-—–")]
        if cells and total_row(cells[0]):
            continue
        if _row_num(row) is None:
            return False
    return True


def _heading(node: Node) -> tuple[int, str] | None:
    """A heading's session number and topic; None for a heading that is no session or that
    gives a length, a date or a weekday of its own."""
    text = _plain(node)
    match = _HEADING.match(fold(text))
    if match is None or find_duration(text) is not None:
        return None
    number = re.search(r"\d+", text)
    topic = text[number.end() :].strip(" *_:.—–-") if number is not None else ""
    if re.search(r"\d", topic) or weekday_of(topic) is not None:
        return None
    return int(match.group("num")), topic


def _session_headings(nodes: list[Node], table: int) -> list[int] | None:
    """The numbers of the plan's session headings, each over untimed lines (the table aside);
    None when any gives or holds a length, or is under another session."""
    found: list[int] = []
    levels: list[int] = []
    for idx, node in enumerate(nodes):
        if node.kind != "heading" or (head := _heading(node)) is None:
            if node.kind == "heading" and _HEADING.match(fold(_plain(node))):
                return None  # "## Session 2 — Loops (60 min)" among them: not this style
            continue
        end = next(
            (
                j
                for j in range(idx + 1, len(nodes))
                if j == table or (nodes[j].kind == "heading" and nodes[j].level <= node.level)
            ),
            len(nodes),
        )
        if timed(nodes[idx + 1 : end]):
            return None
        found.append(head[0])
        levels.append(node.level)
    if len(found) < 2 or len(set(levels)) != 1:
        return None
    return found
