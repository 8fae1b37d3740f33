"""A Day cell that names no day (`| Calls | n/a | n/a |`, `| Telefon | k. A. | – |`,
`| Reunión | no aplica | |`, `| Overleg | n.v.t. | |`) in a column of weekday lists: the row is
on no day of the week, so it is skipped with a warning, and the other rows keep their days. A
column headed `Tage`, `Giorni` or `Dagen` holds such weekday lists as `Day(s)` does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.table_columns import header_names
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["plural_day_column", "says_no_day"]

# "Tage", "giorni", "dagen": a column of days named in a plural the day words do not cover.
_PLURAL_DAYS = frozenset(("tage", "wochentage", "giorni", "dagen", "weekdagen"))

# "Not applicable" and "none" as a cell says them, in each language (accent-free, lower case,
# without spaces and dots: "k. A." -> "ka", "n.v.t." -> "nvt"). Not "s.o.": "so" is Sunday.
_NO_DAY = frozenset((
    "n/a", "na", "none", "nil",
    "ka", "entfallt", "keine", "keiner",
    "n/d", "nd", "noaplica", "ninguno", "ninguna",
    "sansobjet", "aucun", "aucune",
    "n/app", "nonapplicabile", "nessuno", "nessuna",
    "naoseaplica", "nenhum", "nenhuma",
    "nvt", "geen",
))  # fmt: skip


def says_no_day(cell: str) -> bool:
    """Whether a Day cell says the row has no day: `n/a`, `N/A`, `k.A.`, `n.v.t.`, `ninguno`."""
    text = fold(cell.strip(" *_`()"))
    if len(text) > 16:
        return False
    return "".join(c for c in text if c not in " .-") in _NO_DAY


def plural_day_column(node: Node, cols: dict[str, int | None]) -> int | None:
    """The column headed by a plural of "day" (`| Termin | Tage | Zeit |`) that no other role
    took, or None."""
    used = {col for col in cols.values() if col is not None}
    return next(
        (
            c
            for c, name in enumerate(header_names(node))
            if c not in used and fold(name).strip(" *_:()") in _PLURAL_DAYS
        ),
        None,
    )
