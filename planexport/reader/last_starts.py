"""The last start of a list of starts at a regular step (`15h00: Alpha`, `15h20: Beta`,
`15h40: Gamma`): it lasts one step too, as the ones before it do, and is said."""

from __future__ import annotations

import itertools

from planexport.reader.clock_order import GUESS_CAP

__all__ = ["regular_step"]


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
