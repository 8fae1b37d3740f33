"""`12:00 am` written for noon among an agenda's starts: `| 10:30 am | … |`, `| 12:00 am | Lunch |`,
`| 1:00 pm | … |` mean lunch at noon, not at midnight between the morning and the afternoon."""

from __future__ import annotations

import re

from planexport.reader.blocks import Ctx
from planexport.reader.lazy import lazy

__all__ = ["noon_slips"]

_MIDNIGHT_HOUR = lazy(r"(?<![\d:.])12[:.](?P<m>[0-5]\d)\s*a\.?\s?m\b\.?", re.IGNORECASE)
_MORNING, _NOON, _EVENING = 6 * 60, 12 * 60, 18 * 60


def noon_slips(
    starts: list[int | None], cells: list[str], lines: list[int], ctx: Ctx
) -> list[int | None]:
    """`starts` with each `12:xx am` read as noon when the start above it is in the morning and
    the next one is in the afternoon: the writer's am for pm, said in a warning."""
    out = list(starts)
    for pos, (start, cell) in enumerate(zip(starts, cells, strict=True)):
        match = _MIDNIGHT_HOUR.search(cell) if start is not None and start < 60 else None
        if match is None:
            continue
        above = next((s for s in reversed(out[:pos]) if s is not None), None)
        below = next((s for s in out[pos + 1 :] if s is not None), None)
        if above is None or below is None:
            continue
        noon = _NOON + int(match.group("m"))
        if _MORNING <= above < noon <= below < _EVENING:
            out[pos] = noon
            ctx.warn(
                lines[pos],
                f'"{match.group().strip()}" between {_hhmm(above)} and {_hhmm(below)}: read as '
                f"{_hhmm(noon)}, noon (midnight would not fall between them)",
            )
    return out


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
