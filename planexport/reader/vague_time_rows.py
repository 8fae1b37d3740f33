"""Rows of a `Time | Activity` table whose time is a part of the day, "flexible" or blank and
whose activity says its length (`| Morning | Reading: chapter 4 (2 hrs) |`,
`| Nachmittag | Aufsatz (2-3 Std.) |`, `| Flexible | Review the week (2-3 hrs) |`).

Each is a block of that length at no set time, titled by the activity; its session is the part
of the day when the cell names one (`Morning`), none when it names two (`Morning/Afternoon`)
or none at all. Rows under it with a blank time and no length (`| | Collect sources |`) are its
items. Rows with a clock time are left to the table's own reading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import Ctx, RawBlock, is_break, session_name, tidy, try_block
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, unwrap
from planexport.reader.table_cells import one_line
from planexport.reader.table_columns import cell_at, has_word
from planexport.reader.words import TIME_COLUMN_WORDS, TITLE_COLUMN_WORDS

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["VagueRows"]

# "Flexible", "Anytime", "Jederzeit", "Cuando quieras", "N'importe quand", "Quando vuoi",
# "Qualquer hora", "Wanneer je wilt": no time of day, on purpose.
_FLEXIBLE = lazy(
    r"^(?:flexib\w*|flexibel|flessibile|flex[ií]vel|any\s*time|whenever|free|jederzeit|beliebig"
    r"|frei|libre|cualquier\s+(?:hora|momento)|cuando\s+quieras|n'importe\s+quand"
    r"|[àa]\s+tout\s+moment|quando\s+vuoi|in\s+qualsiasi\s+momento|libero"
    r"|qualquer\s+(?:hora|momento)|quando\s+quiser|wanneer\s+je\s+wilt|vrij\s+in\s+te\s+delen"
    r"|tbd|tba|n/?a)$",
    re.IGNORECASE,
)
# "Morning/Afternoon", "Mañana y tarde", "Matin + après-midi": the parts a cell names.
_JOIN = lazy(r"\s*(?:[/,&+]|\s(?:and|or|und|oder|y|o|et|ou|e|en|of)\s)\s*", re.IGNORECASE)


def _parts(cell: str) -> list[str] | None:
    """The parts of the day a time cell names ([] for a blank or "flexible" cell), or None
    when it names something else (a clock time, a length, a word of its own)."""
    text = tidy(unwrap(one_line(cell))).strip(" *_")
    if text in ("", "-", "–", "—", "…", "?"):
        return []
    if _FLEXIBLE.match(text):
        return []
    parts = [part for part in _JOIN.split(text) if part]
    if not parts or any(session_name(part) is None or is_break(part) for part in parts):
        return None
    return parts


class VagueRows:
    """The rows of one table with a part of the day for their time, read as unpinned blocks."""

    def __init__(self, node: Node, header: list[str]) -> None:
        self.time_col: int | None = None
        self.title_col: int | None = None
        self.last: RawBlock | None = None
        time_col = next((c for c, n in enumerate(header) if has_word(n, TIME_COLUMN_WORDS)), None)
        if time_col is None or len(header) < 2:
            return
        others = [c for c in range(len(header)) if c != time_col]
        title_col = next((c for c in others if has_word(header[c], TITLE_COLUMN_WORDS)), others[0])
        # Only a table with at least one such row whose activity states a length; clock spans
        # in the other rows are read as before.
        if any(
            _parts(cell_at(row, time_col)) is not None and _length(cell_at(row, title_col))
            for row in node.rows[1:]
        ):
            self.time_col, self.title_col = time_col, title_col

    def __bool__(self) -> bool:
        """Whether the table has such rows."""
        return self.time_col is not None

    def take(self, row: list[str], line: int, ctx: Ctx) -> RawBlock | bool | None:
        """The block `row` is (a RawBlock), True when read here as the block above's item,
        else None: the row is the table's own to read."""
        if self.time_col is None or self.title_col is None:
            return None
        parts = _parts(cell_at(row, self.time_col))
        text = one_line(cell_at(row, self.title_col)).strip()
        if parts is None or not text:
            self.last = None
            return None
        if not _length(text):
            if parts or self.last is None:
                self.last = None
                return None
            # "| | Collect sources |" under "| Morning | Essay draft (2-3 hrs) |": its part
            self.last.items.append(Item(tidy(unwrap(text)), line))
            return True
        raw = try_block(unwrap(text), [], line, ctx)
        if raw is None or raw.at is not None:
            self.last = None
            return None
        if len(parts) == 1:
            raw.session = tidy(parts[0])
        self.last = raw
        return raw


def _length(text: str) -> bool:
    found = find_duration(unwrap(one_line(text)))
    return found is not None and found.at is None and found.hi > 0
