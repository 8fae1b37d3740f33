"""`am` written for `pm` among an afternoon's starts: `**1:30 pm**`, `**3:00 am** - Break`,
`**3:15 pm**` mean the break at 15:00, not at three in the night between them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["am_for_pm", "slip_warning", "turned_starts"]

_NOON, _DAY = 12 * 60, 24 * 60


def am_for_pm(at: int, start: int, end: int | None, after: int | None) -> bool:
    """Whether a start written in the morning (`at`, before noon) lies between an afternoon
    line above (from `start`, to `end` when it gives one) and the next line (`after`) once read
    in the afternoon, and nowhere in order as written: `3:00 am` between `1:30 pm` and `3:15
    pm`. A line above that runs on past it or past midnight, or no line below, leaves the
    morning as written (the next day's)."""
    if after is None or at >= _NOON or start < _NOON or not at < start:
        return False
    turned = at + _NOON
    return start < turned <= after and (end is None or end <= turned)


def slip_warning(title: str, at: int, start: int, after: int) -> str:
    """What the reader says of a start it read in the afternoon (`at`, as written)."""
    return (
        f'"{title}" is written in the morning ({_hhmm(at)}) between {_hhmm(start)} and '
        f"{_hhmm(after)}: read as {_hhmm(at + _NOON)}"
    )


def turned_starts(
    starts: list[int | None], titles: list[str], lines: list[int], ctx: Ctx
) -> list[int | None]:
    """The starts of an agenda list that writes its halves of the day (`9:00 am`), each one
    written in the morning between two afternoon starts read in the afternoon, and said."""
    out = list(starts)
    timed = [pos for pos, at in enumerate(out) if at is not None]
    for before, pos, following in zip(timed, timed[1:], timed[2:], strict=False):
        at, start, after = out[pos], out[before], out[following]
        if at is None or start is None or after is None:
            continue  # none: the indexes are those of the timed lines
        if am_for_pm(at, start, None, after):
            ctx.warn(lines[pos], slip_warning(titles[pos], at, start, after))
            out[pos] = at + _NOON
    return out


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
