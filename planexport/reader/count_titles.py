"""A column of counts is no title when a column of words stands beside it.

Problem lists and practice plans count their work in a column of its own:

    | Day | Problems | Time | Areas          |
    |-----|----------|------|----------------|
    | 1   | 4        | 1h   | Arrays, hashing |
    | 2   | 2 problems | 1h | Two pointers   |

`Problems` names no title and is the first free column, yet `4` or `2 problems` says how
much, not what: the rows are titled by the first column beside it that holds words in every
row (`Areas`), and the counts stay in the table as written. A column of counts with no worded
column beside it (`| Day | Problems | Time |`) stays the title, as before.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

__all__ = ["count_cells", "count_title"]

# "12", "~10", "8-10", "3+", "2 problems", "≈ 15 Aufgaben": how many, with the header's word.
_COUNT = lazy(r"[~≈]?\s*\d{1,4}(?:\s*[-–+/]\s*\d{1,4})?\+?(?:\s+(?P<word>[^\W\d_]+))?")


def count_cells(header: str, cells: list[str]) -> bool:
    """Whether every filled cell, two at least, is a count (`12`, `~10`, `2 problems`); a word
    after the number must be the header's own (`Problems` over `2 problems`)."""
    words = {_stem(w) for w in re.findall(r"[^\W\d_]+", fold(unwrap(header)))}
    filled = [fold(unwrap(cell)).strip(" *_") for cell in cells]
    filled = [cell for cell in filled if cell.strip(" -—–")]
    if len(filled) < 2:
        return False
    for cell in filled:
        match = _COUNT.fullmatch(cell)
        if match is None or (match["word"] and _stem(match["word"]) not in words):
            return False
    return True


def count_title(
    header: list[str], rows: list[list[str]], cols: dict[str, int | None], skip: set[int]
) -> None:
    """Retitle `cols` by the first free column of words when the title column only counts."""
    from planexport.reader.table_dates import cell_date

    title = cols["title"]
    if title is None or not count_cells(header[title], _cells(rows, title)):
        return
    used = {col for role, col in cols.items() if col is not None and role != "note"} | skip
    for col in range(len(header)):
        cells = _cells(rows, col)
        if col in used or len(cells) < 2 or not all(re.search(r"[^\W\d_]", c) for c in cells):
            continue
        if 2 * sum(1 for c in cells if cell_date(c, None)) >= len(cells):
            continue  # "| Mon, 3 March |": the rows' dates, never their titles
        if cols["note"] == col:
            cols["note"] = None
        cols["title"] = col
        return


def _cells(rows: list[list[str]], col: int) -> list[str]:
    """The column's filled cells, unwrapped of links and emphasis."""
    cells = (unwrap(row[col]).strip() for row in rows if col < len(row))
    return [cell for cell in cells if cell.strip(" -—–")]


def _stem(word: str) -> str:
    """A word without its plural ending: `problems` and `problem` are one."""
    return re.sub(r"(?:e?s|en|n)$", "", word) if len(word) > 4 else word
