"""Weekday rows of a training table whose sessions give no length at all (`| Lunes | GYM: PULL
| Bici (Transporte) |` beside rows with `45min Z2`): the day has no block and shows as free, so a
warning names the sessions that were not read, once for the day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.length_rows import NOTE_WORDS
from planexport.reader.range_words import rest_word
from planexport.reader.table_columns import has_word
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.table_weekly import TableDay

__all__ = ["is_session_column", "warn_untimed_days"]


def is_session_column(header: str) -> bool:
    """Whether a column may hold a session: not one of notes (`Notas`, `Kommentar`, `Tips`)."""
    return not has_word(fold(header), NOTE_WORDS)


def warn_untimed_days(days: list[TableDay], untimed: dict[int, list[str]], ctx: Ctx) -> None:
    """One warning for each weekday row that has no block but cells of sessions (`untimed`,
    by the day's line: those no other warning spoke of), when another row of the table has a
    block: the row reads as a free day though the plan gives it sessions."""
    if not any(day.blocks for day in days):
        return  # a table with no length anywhere is no timetable of sessions
    for day in days:
        cells = [c for c in untimed.get(day.line, []) if rest_word(c) is None]
        if day.blocks or day.weekday is None or day.number is not None or not cells:
            continue
        said = ", ".join(cells)
        said = said if len(said) <= 80 else said[:77] + "\u2026"
        ctx.warn(day.line, f'"{day.title}": sessions with no length, not read: {said}')
