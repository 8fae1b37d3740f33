"""Spans on a 12-hour clock whose end comes before their start (`11:30PM-12:30PM`).

Written with am or pm on both times, a span within one half of the day is under 12 hours; one
that ends before it starts has the wrong half on one of its times. `9:00AM-10:00AM`,
`11:30PM-12:30PM`, `1:30PM-3:30PM`: the other lines of the day say which one, here the start
(11:30 to 12:30, an hour between the lines around it). Midnight (23:30 to 00:30) is the other
reading. When exactly one of the two fits between the lines above and below, and lasts four
hours at most, it is read, with a warning; otherwise the span is kept as written (into the next
day), with a warning that names the line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["backward_spans"]

_HALF = 12 * 60
_LONGEST = 4 * 60  # a block read by turning one half of the day is no longer than this


def backward_spans(
    variants: list[tuple[float, list[RawBlock]]], ctx: Ctx
) -> list[tuple[float, list[RawBlock]]]:
    """Each plan of a day with its backward spans read as the lines around them say."""
    out: list[tuple[float, list[RawBlock]]] = []
    for hours, blocks in variants:
        backward = [raw for raw in blocks if raw.backward and raw.at is not None]
        for raw in backward:
            _read(raw, blocks, ctx)
        out.append((round(sum(raw.hi for raw in blocks) / 60, 2) if backward else hours, blocks))
    return out


def _read(raw: RawBlock, blocks: list[RawBlock], ctx: Ctx) -> None:
    """`raw` (a backward span) read as the timed lines before and after it allow."""
    assert raw.at is not None
    raw.backward = False
    timed = [b for b in blocks if b.at is not None]
    pos = next(i for i, b in enumerate(timed) if b is raw)
    before = timed[pos - 1] if pos > 0 else None
    after = timed[pos + 1] if pos + 1 < len(timed) else None
    length = raw.hi - _HALF
    # The start's half was wrong (11:30 AM), or the end's (12:30 AM, after midnight).
    other = raw.at - _HALF if raw.at >= _HALF else raw.at + _HALF
    fits = [at for at in (other, raw.at) if _fits(at, length, before, after)]
    if length > _LONGEST:
        fits = []  # "10:00pm-9:00pm": eleven hours either way, no slip of one am or pm
    written = _hhmm(raw.at)
    if len(fits) != 1:
        ctx.warn(
            raw.line,
            f'"{_short(raw.title)}" ends before it starts on a 12-hour clock: kept as written, '
            f"{written} to {_hhmm(raw.at + raw.hi)} the next day ({raw.hi} min); "
            "check its am and pm",
        )
        return
    at = fits[0]
    ctx.warn(
        raw.line,
        f'"{_short(raw.title)}" ends before it starts on a 12-hour clock: read as '
        f"{_hhmm(at)}–{_hhmm(at + length)} ({length} min), as the lines around it go, "
        f"not {written} to {_hhmm(raw.at + raw.hi)} the next day",
    )
    raw.at = at
    raw.lo = raw.hi = length


def _fits(at: int, length: int, before: RawBlock | None, after: RawBlock | None) -> bool:
    """Whether a block at `at` for `length` minutes starts after `before` ends and ends by the
    start of `after`."""
    if before is not None:
        assert before.at is not None
        if at < before.at + before.hi:
            return False
    if after is not None:
        assert after.at is not None
        if at + length > after.at:
            return False
    return True


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"
