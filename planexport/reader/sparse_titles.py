"""A title column left empty in most rows: the words beside it title the rows.

Programmes often give a short kind column filled only here and there, with what happens in
the column beside it:

    | Time          | Event   | Description                              |
    | 09:00 – 09:05 | Opening | Welcome and foreword                     |
    | 09:05 – 09:30 |         | Ada Lovelace: *Engines that weave* (talk) |
    | 10:35 – 11:05 | Break   | Coffee and posters                       |

Read by the first text column alone, every talk would be a row with no title. When the column
taken as the title is empty in at least half of the timed rows and an unclaimed column holds
words in every row where it is empty, that column titles the rows and the sparse one becomes
their label (`Opening`), or a gap's name (`Break`) as before.
"""

from __future__ import annotations

from planexport.reader.durations import find_duration
from planexport.reader.outline import unwrap

__all__ = ["sparse_title"]


def sparse_title(
    header: list[str], rows: list[list[str]], cols: dict[str, int | None], skip: set[int]
) -> None:
    """Retitle `cols` by the full column beside a title column mostly left empty."""
    title, time = cols["title"], cols["span"] if cols["span"] is not None else cols["start"]
    if title is None or time is None or cols["label"] is not None:
        return
    timed = [row for row in rows if time < len(row) and find_duration(row[time]) is not None]
    timed = timed or [row for row in rows if time < len(row) and row[time].strip()]
    empty = [row for row in timed if not _text(row, title)]
    if len(timed) < 3 or 2 * len(empty) < len(timed) or len(empty) == len(timed):
        return
    used = {col for role, col in cols.items() if col is not None and role != "note"} | skip
    beside = next(
        (c for c in range(len(header)) if c not in used and all(_text(row, c) for row in timed)),
        None,
    )
    if beside is None:
        return
    if cols["note"] == beside:
        cols["note"] = None
    cols["title"], cols["label"] = beside, title


def _text(row: list[str], col: int) -> bool:
    return col < len(row) and bool(unwrap(row[col]).strip(" *_-—–"))
