"""Readings of one line kept by its exact text: a plan repeats its lines, and stages ask again.

A long plan writes `**Block 3 (DSA – 60 min)**` every day, and the stages ask about one line in
turn (is it a tip, a repeat, what is its title). A reading kept here depends on the line's text
alone, and on the length of a pomodoro the plan sets (every length may be counted in them): both
make its key, so two plans read in one process never see each other's readings.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, ParamSpec, TypeVar, cast

from planexport.reader.pomodoros import pomodoro_minutes

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable

__all__ = ["per_line"]

_P = ParamSpec("_P")
_T = TypeVar("_T")

# Lines of a long plan and what its stages make of them (titles, the rest of a line): a 52-week
# plan has a few thousand different ones.
_LINES = 4096


def per_line(reading: Callable[_P, _T]) -> Callable[_P, _T]:
    """`reading` of a line, done once per text (and pomodoro length) and then given again.

    For readings that depend on nothing but their arguments (text, numbers) and lengths, and
    whose answer is never changed by its caller (text, numbers, tuples).
    """

    positional = cast("Callable[..., _T]", reading)

    @functools.lru_cache(maxsize=_LINES)
    def kept(pomodoro: int, *args: Hashable) -> _T:
        return positional(*args)

    @functools.wraps(reading)
    def read(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        if kwargs:
            return reading(*args, **kwargs)  # named arguments: read afresh
        return kept(pomodoro_minutes(), *args)

    return read
