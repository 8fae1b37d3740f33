"""Readings of one line kept by its exact text: a plan repeats its lines, and stages ask again.

A long plan writes `**Block 3 (DSA – 60 min)**` every day, and the stages ask about one line in
turn (is it a tip, a repeat, what is its title). A reading kept here depends on the line's text
alone, and on the length of a pomodoro the plan sets (every length may be counted in them): both
make its key, so two plans read in one process never see each other's readings.

What is kept outlives a read (a process that reads a plan again answers faster); `forget` empties
it, so that a read can be measured as a first read of its text (`make bench`).
"""

from __future__ import annotations

import functools
import inspect
import sys
from typing import TYPE_CHECKING, ParamSpec, TypeVar, cast

from planexport.reader.pomodoros import pomodoro_minutes

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable

__all__ = ["forget", "per_line"]

_P = ParamSpec("_P")
_T = TypeVar("_T")

# Lines of a long plan and what its stages make of them (titles, the rest of a line): a 52-week
# plan has a few thousand different ones.
_LINES = 4096

# How to empty each `per_line` reading's store.
_KEPT: list[Callable[[], None]] = []


def per_line(reading: Callable[_P, _T]) -> Callable[_P, _T]:
    """`reading` of a line, done once per text (and pomodoro length) and then given again.

    For readings that depend on nothing but their arguments (text, numbers) and lengths, and
    whose answer is never changed by its caller (text, numbers, tuples).
    """

    positional = cast("Callable[..., _T]", reading)

    @functools.lru_cache(maxsize=_LINES)
    def kept(pomodoro: int, *args: Hashable) -> _T:
        return positional(*args)

    _KEPT.append(kept.cache_clear)

    if _one_line(reading):
        # Most readings take the line alone: a wrapper of one argument is called at a fraction
        # of the cost of one that gathers `*args` and `**kwargs`, tens of thousands of times.
        @functools.wraps(reading)
        def read_line(line: Hashable, /) -> _T:
            return kept(pomodoro_minutes(), line)

        return cast("Callable[_P, _T]", read_line)

    @functools.wraps(reading)
    def read(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        if kwargs:
            return reading(*args, **kwargs)  # named arguments: read afresh
        return kept(pomodoro_minutes(), *args)

    return read


def _one_line(reading: Callable[..., object]) -> bool:
    """Whether `reading` takes one argument, which it needs, and no other (`tidy(title)`)."""
    params = list(inspect.signature(reading).parameters.values())
    return (
        len(params) == 1
        and params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD)
        and params[0].default is params[0].empty
    )


def forget() -> None:
    """Empty what the reader keeps between reads: every `per_line` reading and every reading
    of a loaded reader module kept with `functools.lru_cache`."""
    for clear in _KEPT:
        clear()
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith("planexport.reader."):
            continue
        for value in vars(module).values():
            emptied = getattr(value, "cache_clear", None)
            if callable(emptied) and getattr(value, "__module__", None) == name:
                emptied()
