"""Days of a table's Day column labelled by their number, several rows each: titled by the label.

`| Jour | Heure | Activité |` over `| J1 | 09:00–09:30 | Accueil |`, `| J1 | 09:30–11:00 | Git |`,
`| J2 | … |` (also `Day 1`, `D1`, `Tag 1`/`T1`, `Giorno 1`/`G1`, `Día 1`): the label is the day's
number, and a day of several rows is titled by the label as written (`J1`), as `| Mon |` rows
are by theirs, not by its first row's activity, which is only the first of its blocks. A day of
one row keeps that row's topic as its title (`| Day 3 | Recursion | 1h |` is a day "Recursion"),
and so does a bare number (`| 1 |`), which says no more than the day's number.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.table_weekly import TableDay

__all__ = ["label_titles"]

# "J1", "Day 2", "**Tag 3**", "Giorno 4": a word or letter, then the day's number.
_LABEL = lazy(r"^[^\W\d_]+\.?\s*\d{1,3}$")


def label_titles(days: dict[int, TableDay], labels: dict[int, str]) -> None:
    """Title each day of several blocks by its label as written (`J1`), when the label is a
    word or letter with the day's number and the day's title is its first block's."""
    for number, day in days.items():
        label = re.sub(r"\s+", " ", unwrap(labels.get(number, ""))).strip(" *_:.")
        if len(day.blocks) < 2 or not _LABEL.match(label):
            continue
        if day.title == day.blocks[0].title:
            day.title = label
