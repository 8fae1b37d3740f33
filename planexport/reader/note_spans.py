"""A clock span in a cell beside a column of start times (`| Time | Stop | Note |` over
`| 10:00 | San Pablo | open 10:00–12:30 |` and `| 11:30 | Market | |`): the span is what the
note says (opening hours, a bus), not the row's time; each row starts at its own time."""

from __future__ import annotations

__all__ = ["spans_beside_starts"]


def spans_beside_starts(spans: list[int], starts: list[int], rows: int) -> list[int]:
    """The count of spans per column, with none in a column whose spans are fewer than the start
    times of another column that starts most rows and holds no span itself."""
    lead = max(
        (n for c, n in enumerate(starts) if n >= 2 and 2 * n >= rows and not spans[c]), default=0
    )
    if not lead:
        return spans
    return [0 if 0 < n < lead and not starts[c] else n for c, n in enumerate(spans)]
