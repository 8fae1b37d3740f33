"""The last start of a list of starts at a regular step (`15h00: Alpha`, `15h20: Beta`,
`15h40: Gamma`): it lasts one step too, as the ones before it do, and is said. So does the
last of start lines read as paragraphs or headings, and of a programme split by `---` rules."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from planexport.reader.clock_order import GUESS_CAP

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["day_series_step", "regular_step", "said_step"]


def regular_step(times: list[int | None]) -> int | None:
    """The step of a list's starts up to its last one (`times`, the last included), when there
    are at least three and each is the same step after the one before; else None (`9:00`,
    `9:30`, `10:15`: no step to go by; `16:00`, `17:00`: one step is no series)."""
    known = [t for t in times if t is not None]
    if len(times) < 3 or len(known) < len(times):
        return None
    steps = {(b - a) % (24 * 60) for a, b in itertools.pairwise(known)}
    if len(steps) != 1:
        return None
    step = steps.pop()
    return step if 0 < step <= GUESS_CAP else None


def day_series_step(blocks: Sequence[RawBlock], start: int) -> int | None:
    """The step of the series the day's pinned blocks so far and a last start make (`10:00`
    and `10:30` read, `11:00 Open questions` last), as `regular_step` finds it; None when a
    block of the day has no time."""
    times = [raw.at for raw in blocks]
    return regular_step([*times, start]) if blocks and None not in times else None


def said_step(line: int, text: str, step: int, ctx: Ctx) -> None:
    """Warn that the start-only line `text` is read as one step long."""
    shown = text if len(text) <= 60 else text[:57] + "…"
    ctx.warn(
        line, f'"{shown}" has a start time but no length: read as {step} min like the ones before'
    )
