"""How long each row of a start-time agenda lasts when some rows are written out of time order."""

from __future__ import annotations

from dataclasses import dataclass

_DAY = 24 * 60


@dataclass(frozen=True)
class StartEnd:
    """Where a start-only row ends: `until` (a later start, or None: the agenda's last), and
    `behind`, the start above it that it comes after, when it is written out of order."""

    until: int | None
    behind: int | None = None


def start_ends(starts: list[int]) -> list[StartEnd]:
    """Each start lasts until the next later start. A start earlier than one above it, with a
    later start still to come (`16:30`, `16:00`, `18:00`), is out of order: it lasts until the
    next later start anywhere in the agenda and is passed over by the rows around it. A start
    that only goes backwards (`20:00`, `00:00`) keeps crossing midnight as written.
    Rows that share a start (`16:10 Group A`, `16:10 Group B`) run side by side until the
    next start."""
    out_of_order = [False] * len(starts)
    top: int | None = None
    for pos, start in enumerate(starts):
        if top is not None and start < top and any(s > top for s in starts[pos + 1 :]):
            out_of_order[pos] = True
            continue
        top = start if top is None else max(top, start)
    ends: list[StartEnd] = []
    for pos, start in enumerate(starts):
        if out_of_order[pos]:
            later = min(s for s in starts if s > start)
            above = max(s for s in starts[:pos])
            ends.append(StartEnd(later, above))
            continue
        following = next(
            (
                s
                for n, s in enumerate(starts[pos + 1 :], pos + 1)
                if not out_of_order[n] and s != start
            ),
            None,
        )
        ends.append(StartEnd(None if following is None else start + (following - start) % _DAY))
    return ends


def hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
