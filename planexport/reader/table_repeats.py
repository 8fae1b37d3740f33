"""A dated grid given twice (`| | | 08/07/2024 | 09/07/2024 |` in Markdown, then the same grid
as an HTML `<table>`): one set of days, the copy warned and not read again."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from planexport.reader.outline import Node
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan

__all__ = ["drop_repeated_tables"]


_Blocks = dict[tuple[dt.date, int | None, int], str]
# Of the blocks of two tables, how many must agree for the second to be a copy of the first.
_AGREE = 0.8


def _words(text: str) -> str:
    """The folded words of a title, without emoji, emphasis or line breaks (`<br>`)."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(re.sub(r"<[^>]*>", " ", text))))


def _table(spans: list[DaySpan]) -> _Blocks:
    """A table's blocks by date, time and length, each its title's words; {} when a day of it
    has no date or two days share one."""
    out: _Blocks = {}
    dates: set[dt.date] = set()
    for span in spans:
        if span.date is None or span.table is None or span.date in dates:
            return {}
        dates.add(span.date)
        for block in span.table.blocks:
            out[span.date, block.at, block.hi] = _words(block.title)
    return out


def _agree(one: str, other: str) -> bool:
    """Whether two titles are one (`Welcome reception` and `Welcome reception - Ristorante`)."""
    return one.startswith(other) or other.startswith(one)


def _copy(first: _Blocks, then: _Blocks) -> int | None:
    """How many blocks of `then` differ from `first`, when `then` is a copy of it: the same
    dates, and most blocks at the same times with the same titles; else None."""
    if {key[0] for key in first} != {key[0] for key in then}:
        return None
    same = sum(1 for key, title in then.items() if key in first and _agree(first[key], title))
    if same < _AGREE * max(len(first), len(then)):
        return None
    return max(len(first), len(then)) - same


def _differ(count: int) -> str:
    return "differs" if count == 1 else "differ"


def drop_repeated_tables(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> list[DaySpan]:
    """The days tables give, without those of a table that repeats an earlier one: the same
    dates, with most blocks at the same times and titled alike (a Markdown grid and its HTML
    copy, maybe with a change or two).

    The copy is warned once, naming its first line, the line of the table it repeats and how
    many of its blocks differ; the first is read, and the copy is set aside (no row of it is
    "in no day"), and the days after it are numbered on. A table that gives other dates, or
    other blocks on the same dates (a second track), is read as before.
    """
    tables: dict[int, list[DaySpan]] = {}
    for span in spans:
        tables.setdefault(span.start, []).append(span)
    seen: list[tuple[int, _Blocks]] = []
    dropped: set[int] = set()
    for start, days in tables.items():
        read = _table(days)
        if not read:
            continue
        found = next(((line, n) for line, one in seen if (n := _copy(one, read)) is not None), None)
        if found is None:
            seen.append((nodes[start].line, read))
            continue
        dropped.add(start)
        nodes[start] = Node("other", nodes[start].line)
        dates = sorted({key[0] for key in read})
        when = dates[0].isoformat() + (f" to {dates[-1].isoformat()}" if len(dates) > 1 else "")
        differ = f", though {found[1]} of its blocks {_differ(found[1])}" if found[1] else ""
        ctx.warn(
            days[0].line,
            f"this table repeats the days of the table at line {found[0]} ({when}){differ}: "
            "the first is read, this one is not",
        )
    if not dropped:
        return spans
    kept = [span for span in spans if span.start not in dropped]
    if [span.numbers for span in spans] == [[n] for n in range(1, len(spans) + 1)]:
        for number, span in enumerate(kept, start=1):  # numbered in order: numbered on
            span.numbers = [number]
    return kept
