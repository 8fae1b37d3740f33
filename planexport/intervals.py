"""Busy time as data: intervals taken by something else, and the sources that know them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["BusyInterval", "BusySource"]


@dataclass(frozen=True)
class BusyInterval:
    """Time taken by something else (an event of an existing calendar); aware datetimes."""

    start: dt.datetime
    end: dt.datetime
    summary: str = ""


class BusySource(Protocol):
    """Something that knows busy time over any window, such as a calendar file."""

    def intervals(
        self, start: dt.datetime, end: dt.datetime, *, tz: dt.tzinfo
    ) -> Sequence[BusyInterval]:
        """Busy intervals overlapping `start`..`end`; floating times are read in `tz`."""
        ...
