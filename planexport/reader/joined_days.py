"""One day written over two sections, joined: the steps `same_dates` (a weekday and date written
twice) and `weekday_returns` (a weekday section that comes back with its date) share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.model import Variant

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable

    from planexport.model import Block, Day
    from planexport.reader.days import DaySpan

__all__ = ["Lines", "joined_days"]

Lines = dict[tuple[int, int, int], int]


def _key(block: Block) -> tuple[str, str | None, int, int]:
    return block.title, block.at, block.min_minutes, block.max_minutes


def _joined(
    first: Day,
    again: Day,
    lines: tuple[list[int], list[int]],
    more: Callable[[Day, Day], dict[str, object]],
) -> tuple[Day, list[int]]:
    """`first` with the blocks and notes of `again` it does not hold yet (a block of the same
    title, time and length once), in the order of the day when every block has a time, and the
    fields `more` gives; the blocks' source lines too."""
    own = list(first.variants[0].blocks) if first.variants else []
    kept = {_key(block) for block in own}
    pairs = list(zip(own, lines[0], strict=False))
    others = list(again.variants[0].blocks) if again.variants else []
    added = [(b, line) for b, line in zip(others, lines[1], strict=False) if _key(b) not in kept]
    pairs += added
    if all(block.at is not None for block, _ in pairs):
        pairs.sort(key=lambda pair: pair[0].at or "")
    if first.variants:
        hours = round(first.variants[0].hours + sum(b.max_minutes for b, _ in added) / 60, 2)
    else:
        hours = again.variants[0].hours if again.variants else 0
    variants = (Variant(hours=hours, blocks=tuple(b for b, _ in pairs)),) if pairs else ()
    notes = (*first.notes, *(note for note in again.notes if note not in first.notes))
    update = {"variants": variants, "notes": notes, **more(first, again)}
    return first.model_copy(update=update), [line for _, line in pairs]


def joined_days(
    days: list[Day],
    lines: Lines,
    keys: list[tuple[Hashable, DaySpan] | None],
    *,
    joinable: Callable[[Day, Day], bool],
    more: Callable[[Day, Day], dict[str, object]],
    warn: Callable[[DaySpan, DaySpan, Day], None],
) -> tuple[list[Day], Lines]:
    """The days with each day whose key (`keys`, one a day, None for a day never joined) a day
    above has too joined to that one when `joinable(first, again)`: its blocks added once, its
    notes too, the fields `more(first, again)` set, `warn(span, first_span, again)` called; the
    days renumbered when they were counted 1, 2, 3…, and the line of each block moved with it."""
    block_lines = [
        [lines.get((i, 0, b), 0) for b in range(len(day.variants[0].blocks) if day.variants else 0)]
        for i, day in enumerate(days)
    ]
    out: list[tuple[Day, int]] = []  # each day kept, with its index in `days`
    seen: dict[Hashable, tuple[int, DaySpan]] = {}
    for index, (day, found) in enumerate(zip(days, keys, strict=True)):
        if found is None:
            out.append((day, index))
            continue
        key, span = found
        if key in seen:
            at, first_span = seen[key]
            first = out[at][0]
            if joinable(first, day):
                pair = (block_lines[out[at][1]], block_lines[index])
                joined, joined_lines = _joined(first, day, pair, more)
                block_lines[out[at][1]] = joined_lines
                out[at] = (joined, out[at][1])
                warn(span, first_span, day)
                continue
        seen.setdefault(key, (len(out), span))
        out.append((day, index))
    if len(out) == len(days):
        return days, lines
    kept = [day for day, _ in out]
    if [day.number for day in days] == list(range(1, len(days) + 1)):
        kept = [day.model_copy(update={"number": n}) for n, day in enumerate(kept, start=1)]
    moved: Lines = {}
    for new, (_, old) in enumerate(out):
        for (i, v, b), line in lines.items():
            if i == old and v > 0:
                moved[(new, v, b)] = line
        for b, line in enumerate(block_lines[old]):
            moved[(new, 0, b)] = line
    return kept, moved
