"""The cyclic garbage collector paused while a plan is read, scheduled or written as a calendar."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["paused"]


class _Pause:
    """How many bodies run paused now, and whether the collector was on when the first began."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.resume = False


_PAUSE = _Pause()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Run the body with the cyclic garbage collector off, then turn it back on if it was on.

    Reading a long plan and building its calendar make hundreds of thousands of small objects
    and no reference cycles (their memory is freed by reference counting as usual): the
    collector's passes over them freed nothing and took a quarter of the time. Nested and
    concurrent bodies share one pause: the collector comes back on when the last one ends, and
    never when the caller had turned it off.

    What the body made and kept (a plan, its calendar, the reader's memos) goes straight to the
    oldest generation when the pause ends (`_aged`), as a collection would move it, without one
    pass over each of its objects: turned back on, the collector would otherwise pass over all
    of them at once at the next allocation (after reading the bench's 52-week plan: 45,000
    objects passed over, 2 to 4 % of the read, to free some 7,000).
    """
    with _PAUSE.lock:
        if _PAUSE.depth == 0:
            _PAUSE.resume = gc.isenabled()
            gc.disable()
        _PAUSE.depth += 1
    try:
        yield
    finally:
        with _PAUSE.lock:
            _PAUSE.depth -= 1
            if _PAUSE.depth == 0 and _PAUSE.resume:
                _aged()
                gc.enable()


def _aged() -> None:
    """Move every object the collector tracks to its oldest generation, each in one step.

    `gc.freeze()` then `gc.unfreeze()` splice the generations' lists (no object is visited):
    the body's objects leave the youngest generation, which the collector passes over most
    often, and its cyclic garbage is freed at the next full collection. Done only when no
    object is frozen already: a caller's own freeze (a server that forks) is left as it is.
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
