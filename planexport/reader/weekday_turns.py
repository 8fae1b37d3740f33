"""A table cell that turns with the weekday (`| 18:00-19:30 | Geography | Mon/Thu: Paper 1 |`
over `|  |  | Tue/Fri: Paper 2 |`): each weekday's day keeps only what is said for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.table_cells import one_line
from planexport.reader.weekday_abbrevs import weekdays_named

if TYPE_CHECKING:
    from planexport.model import Block, Day

__all__ = ["turn_row", "weekday_turns"]

# "Mon/Thu: Paper 1", "**Tue & Fri** – Paper 2": weekdays, then a colon or a dash, then the rest.
_TURN = lazy(
    r"^[*_\s]*(?P<days>[^:\u2013\u2014]{2,40}?)[*_\s]*(?::|\s[-\u2013\u2014]\s)\s*(?P<rest>\S.*)$"
)


def _turn(text: str) -> tuple[list[str], str] | None:
    """The weekdays a line names before its colon and what it says for them, else None."""
    match = _TURN.match(text)
    if match is None:
        return None
    names = weekdays_named(match.group("days").strip())
    return (names, match.group("rest").strip()) if names else None


def turn_row(row: list[str], cols: dict[str, int | None]) -> str | None:
    """The text of a row whose only filled cell, outside its time and title, is led by
    weekdays (`|  |  | Tue/Fri: Paper 2 |`): the rest of the row above for those weekdays."""
    keys = ("span", "dur", "start", "end", "title")
    if any((c := cols.get(k)) is not None and c < len(row) and row[c].strip() for k in keys):
        return None
    filled = [cell.strip() for cell in row if cell.strip()]
    if len(filled) != 1:
        return None
    text = unwrap(one_line(filled[0]))
    return text if _turn(text) is not None else None


def weekday_turns(days: list[Day]) -> list[Day]:
    """The days, a block whose note gives a line per set of weekdays keeping the line of its
    day's weekday (none when no line names it); days without a weekday are left as they are."""
    out = []
    for day in days:
        if day.weekday is None or not any(
            b.note and ":" in b.note for v in day.variants for b in v.blocks
        ):
            out.append(day)
            continue
        variants = tuple(
            v.model_copy(update={"blocks": tuple(_for(b, day.weekday) for b in v.blocks)})
            for v in day.variants
        )
        out.append(day.model_copy(update={"variants": variants}))
    return out


def _for(block: Block, weekday: str) -> Block:
    """`block` with the part of its note said for `weekday`, when every line of it is led by
    weekdays; else `block` itself."""
    if not block.note:
        return block
    turns = [_turn(line) for line in block.note.split("\n") if line.strip()]
    if not turns or any(t is None for t in turns):
        return block
    said = [rest for names, rest in (t for t in turns if t is not None) if weekday in names]
    return block.model_copy(update={"note": "\n".join(said) or None})
