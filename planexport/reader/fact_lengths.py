"""A table of facts under a day that gives the day's length (`## Wednesday` over `| Key | Value |`,
`| Focus | Intervals |`, `| Duration | 90 min |`): one block of that day, never a length in no
day. The block is titled by the row that names what is done (`Intervals`), else by the day; the
other rows are its items (`Shoes: racing flats`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import RawBlock, tidy
from planexport.reader.durations import find_duration
from planexport.reader.labelled_lengths import length_label
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, unwrap
from planexport.reader.tables import is_facts_table
from planexport.reader.words import TITLE_COLUMN_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["fact_length_block", "fact_notes", "fact_title"]

# Labels of the row that names what is done, besides a title column's words (`Focus`, `Topic`).
_WHAT = (*TITLE_COLUMN_WORDS, "workout", "training", "einheit", "sitzung", "sesion", "sessao",
         "sessione", "seance", "sessie", "entrenamiento", "treino", "allenamento",
         "entrainement")  # fmt: skip
# "**Focus:** Arrays", "Thema: Graphen": a short label, a colon, what is done.
_WHAT_LINE = lazy(r"^[\s*_]*(?P<label>[^\W\d_]+(?: [^\W\d_]+)?)[\s*_]*:[\s*_]*(?P<value>\S.*)$")
# Longer than this, a labelled length is a clock time or a week's budget, not one sitting.
_LONGEST = 12 * 60


def _label(cell: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", fold(unwrap(cell))).split())


def _facts(nodes: list[Node]) -> Node | None:
    """The day's only table, when it is a table of facts."""
    tables = [node for node in nodes if node.kind == "table"]
    return tables[0] if len(tables) == 1 and is_facts_table(tables[0]) else None


def fact_notes(nodes: list[Node]) -> list[str]:
    """The rows of a day's table of facts that gives no length (`| Time | 18:00 |`, `| Place |
    town hall |`) as the day's notes (`Time: 18:00`): what the day says, never dropped."""
    table = _facts(nodes)
    if table is None:
        return []
    rows = (row for row in table.rows[1:] if len(row) == 2 and row[0].strip() and row[1].strip())
    return [f"{tidy(unwrap(name))}: {tidy(unwrap(value))}" for name, value in rows]


def fact_length_block(nodes: list[Node], day: str) -> RawBlock | None:
    """The block of a day's only table of facts when exactly one of its rows is a labelled
    length (`| Duration | 2 h |`, `| Tiempo | 90 min |`) and the day's lines give no other;
    None otherwise. `day` is the day's title, the block's when no row names what is done."""
    table = _facts(nodes)
    if table is None:
        return None
    rows = [
        (row, line)
        for row, line in zip(table.rows[1:], table.row_lines[1:], strict=False)
        if len(row) == 2 and row[0].strip()
    ]
    timed = [(row, line) for row, line in rows if length_label(_label(row[0]))]
    if len(timed) != 1:
        return None
    (label, value), line = timed[0]
    found = find_duration(value)
    if found is None or found.at is not None or not 0 < found.lo <= found.hi <= _LONGEST:
        return None  # "| Time | 18:00 |": when, not how long
    title, items = "", []
    for (name, cell), at in rows:
        text = tidy(unwrap(cell))
        if name == label or not text:
            continue
        if not title and _label(name) in _WHAT:
            title = text  # "| Focus | Intervals |": what the day does
        else:
            items.append(Item(f"{tidy(unwrap(name))}: {text}", at))
    title = title or _labelled_what(nodes)
    note = tidy(value[found.end :].strip(" ()-–—,;")) or None
    return RawBlock(title or day, None, found.lo, found.hi, note, items, line, sure=found.sure)


def _labelled_what(nodes: list[Node]) -> str:
    """What a day's labelled line says is done (`**Focus:** Arrays`), or ``."""
    for node in nodes:
        match = _WHAT_LINE.match(node.text) if node.kind == "paragraph" else None
        if match is not None and _label(match["label"]) in _WHAT:
            return tidy(unwrap(match["value"]))
    return ""


def fact_title(nodes: list[Node], blocks: list[RawBlock]) -> None:
    """Title a day's one block by what its two-column table says is done, when the table read
    it under its length's label (`| Activity | Easy run |` over `| Duration | 45 min |`: `Easy
    run`, not `Duration`); the header row is a pair of the table too."""
    tables = [node for node in nodes if node.kind == "table"]
    if len(blocks) != 1 or len(tables) != 1 or not length_label(_label(blocks[0].title)):
        return
    table = tables[0]
    if blocks[0].line not in table.row_lines or any(len(row) != 2 for row in table.rows):
        return
    what = next((row[1] for row in table.rows if _label(row[0]) in _WHAT), None)
    if what is not None and (title := tidy(unwrap(what))):
        blocks[0].title = title
