"""A weekday, then a date in numbers with its year (`### Montag, 06.01.2026`, `### Monday
09/09/2024`, `### Mardi 7/1/2026`): the date is the day's, even when the weekday is not its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.date_heads import warn_weekday
from planexport.reader.dates import ORDER
from planexport.reader.lazy import lazy
from planexport.reader.words import ABBREVIATED_WEEKDAYS, WEEKDAYS, fold

if TYPE_CHECKING:
    import datetime as dt
    import re

    from planexport.reader.blocks import Ctx

__all__ = ["weekday_then_numbers"]

# "### Montag, ", "**Mon. ", "📅 Lunes ": marks, one weekday's name, a comma or a dot; nothing else.
_LEAD = lazy(r"^[\W_]*(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)\.?\s*,?\s*$")


def weekday_then_numbers(
    text: str, hit: re.Match[str] | None, date: dt.date | None, line: int, ctx: Ctx
) -> str | None:
    """The weekday of `date`, when `text` is a weekday that is not the date's, then that date in
    numbers with its year (`Montag, 06.01.2026`, a Tuesday): warned, naming the line, and the
    date wins. None for any other text, and when the weekday is the date's (read as before).

    `hit` is where `date` was found in `text` (by `dates.date_in`, the weekday given, so a date
    whose numbers fit the weekday in the other order, `Thursday 12/09/2024`, is already that).
    A date without its year (`Montag, 06.01.`) takes the year of its weekday, as before.
    """
    if date is None or hit is None or not hit.group("n1"):
        return None
    if not (hit.group("ny") or hit.group("ny3")):
        return None
    lead = _LEAD.match(text[: hit.start()])
    if lead is None:
        return None
    name = fold(lead["name"])
    written = WEEKDAYS.get(name) or ABBREVIATED_WEEKDAYS.get(name)
    if written is None or written == ORDER[date.weekday()]:
        return None
    warn_weekday(line, text.strip(), date, written, ctx)
    return ORDER[date.weekday()]
