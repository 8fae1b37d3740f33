"""Rows of a session table without a time of their own: the session's papers, or a break whose
name sits in another column (`| **10:00 - 10:45** | **Session 1** | **Mental Models** |` over
`|  | A. Author | Paper one |`, then `| 10:45 - 11:15 | *Coffee break* |  |`)."""

from __future__ import annotations

from planexport.reader.blocks import is_break, tidy
from planexport.reader.outline import Item, unwrap
from planexport.reader.table_cells import one_line
from planexport.reader.words import fold

__all__ = ["break_elsewhere", "kind_break", "paper_item"]


def _time_cols(cols: dict[str, int | None]) -> set[int]:
    return {c for k in ("span", "dur", "start", "end") if (c := cols.get(k)) is not None}


def paper_item(row: list[str], line: int, cols: dict[str, int | None]) -> Item | None:
    """The item a row with empty time cells adds to the block above it (`Paper one — A. Author`),
    or None when the row has a time, no title or nothing beside its title."""
    times = _time_cols(cols)
    if not times or any(row[c].strip() for c in times if c < len(row)):
        return None
    title_col = cols.get("title")
    if title_col is None or title_col >= len(row):
        return None
    title = tidy(unwrap(one_line(row[title_col])))
    if not title or is_break(title):
        return None
    others = [
        tidy(unwrap(one_line(cell)))
        for c, cell in enumerate(row)
        if c != title_col and c not in times and cell.strip(" -—–")
    ]
    others = [o for o in others if o]
    if not others:
        return None  # "|  | Wrap Up |": an activity with no time, not a paper with its authors
    return Item(" — ".join([title, *others]), line)


def break_elsewhere(row: list[str], cols: dict[str, int | None]) -> bool:
    """Whether a row with an empty title cell names a break in another column."""
    times = _time_cols(cols)
    return any(
        is_break(tidy(unwrap(one_line(cell))))
        for c, cell in enumerate(row)
        if c not in times and c != cols.get("title") and cell.strip()
    )


def kind_break(row: list[str], cols: dict[str, int | None]) -> bool:
    """Whether a row with a title names a break in a short cell of its own, a column of kinds
    (`| 10:30 - 10:45 | **Break** | Morning coffee and tea |`): a gap, as its kind says."""
    times = _time_cols(cols)
    for c, cell in enumerate(row):
        if c in times or c == cols.get("title") or not cell.strip():
            continue
        text = tidy(unwrap(one_line(cell))).replace("\u00ad", "")  # "Break&shy;fast"
        words = fold(text).split()
        if 0 < len(words) <= 2 and not _IDLE.intersection(words) and is_break(text):
            return True
    return False


# A mode of rest beside an activity (`| 19:00 - 20:00 | Relax & recharge | **Rest** |`): how
# the time is spent, still a block of the routine, not a break between blocks.
_IDLE = frozenset(("rest", "relax", "recharge", "sleep", "free", "off", "frei", "libre", "libero",
                   "livre", "vrij", "ruhe", "repos", "riposo"))  # fmt: skip
