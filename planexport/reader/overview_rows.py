"""Headings that repeat a row of the day's overview: the row's block once, the heading's lines
as its items.

A day often opens with an overview and then details each session under a heading that says its
span again:

    | Time        | Session |
    | 09:00–10:00 | Arrays  |

    ### 09:00–10:00 Arrays        (or `### Arrays (09:00–10:00)`, `### Block 1 (09:00–10:00)`)
    - Two-pointer drills

is one block, `Arrays` at 09:00 for 60 minutes, with `Two-pointer drills` as its item. The row
may give its span in one cell, in a start and an end column (`| 09:00 | 10:00 | Arrays |`) or
as a start and a length (`| 09:00 | Arrays | 60 min |`), and an overview of one row counts. The
heading repeats the row only with the same span and the same or a like title (`Arrays and
hashing` for `Arrays & Hashing`, `Session 1: Statistics` or a bare `Block 1` for `Statistics`);
a heading that names something else (`### 09:00–10:00 Heaps`) stays a block of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["Row", "overview_rows", "repeated_row", "spanned_heading"]

# A row as a heading may repeat it: its start, its minutes and the words of its title.
Row = tuple[int, int, frozenset[str]]

# Words that number a session rather than name it (`Block 1`, `Session 2:`, `Einheit 1 –`).
_NAMING = frozenset(("block", "bloque", "bloc", "blocco", "bloco", "blok", "session", "sesion",
                     "seance", "sessione", "sessao", "sessie", "sitzung", "einheit", "slot",
                     "part", "teil", "parte", "partie", "deel", "unit"))  # fmt: skip
# A word stem as long as this or longer may be the start of the other (`Graph`, `Graphs`).
_STEM = 4


def _words(text: str) -> frozenset[str]:
    """The words of three letters or more, folded: what names a row, without its emphasis."""
    return frozenset(w for w in re.findall(r"[^\W\d_]+", fold(text)) if len(w) >= 3)


def _span(text: str) -> tuple[int, int, str] | None:
    """A text's clock span as (start, minutes) and the text without it."""
    found = find_duration(text)
    if found is None or found.at is None or found.hi <= 0:
        return None
    return found.at, found.hi, text[: found.start] + " " + text[found.end :]


def spanned_heading(node: Node) -> bool:
    """Whether a heading gives a clock span (`### 09:00–10:00 Arrays`)."""
    return node.kind == "heading" and _span(unwrap(node.text)) is not None


def overview_rows(node: Node, links: frozenset[str] = frozenset()) -> list[Row]:
    """Each row of a table or list at a clock span: read from the row's text, else, for a table
    whose span takes two cells or a start and a length, as the table reader reads its rows
    (`links`: the plan's link labels, as its titles are read with them)."""
    if node.kind == "table":
        texts = [" ".join(row) for row in node.rows[1:]]
    elif node.kind == "list":
        texts = [item.text for item in node.items]
    else:
        return []
    rows = [(s[0], s[1], _words(t)) for t in texts if (s := _span(t)) is not None]
    if rows or node.kind != "table":
        return rows
    from planexport.reader.block_tables import table_blocks
    from planexport.reader.blocks import Ctx

    quiet = Ctx("", links=links)  # read only to compare: its warnings come with the day's
    blocks = table_blocks(node, quiet, lenient=False)
    return [(raw.at, raw.hi, _words(raw.title)) for raw in blocks if raw.at is not None and raw.hi]


def _alike(own: frozenset[str], row: frozenset[str]) -> bool:
    """Whether a heading's words name the row: none but a number (`Block 1`), or one of them
    is a word of the row, or its stem (`Graph` for `Graphs`)."""
    if not own:
        return True
    return any(
        a == b or (min(len(a), len(b)) >= _STEM and (a.startswith(b) or b.startswith(a)))
        for a in own
        for b in row
    )


def repeated_row(node: Node, rows: list[Row]) -> tuple[int, int] | None:
    """The (start, minutes) of the row a heading repeats: the same span, a like title."""
    if node.kind != "heading":
        return None
    span = _span(unwrap(node.text))
    if span is None:
        return None
    at, minutes, rest = span
    own = _words(rest) - _NAMING
    for row_at, row_minutes, words in rows:
        if (row_at, row_minutes) == (at, minutes) and _alike(own, words):
            return at, minutes
    return None
