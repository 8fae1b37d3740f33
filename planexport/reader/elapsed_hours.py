"""`at 2 h` said again as a length (`after 2 hours`): a moment that many hours in, no clock time.

`**Auto-cierre a las 2 h**: si pasan 2 horas sin cambios, la sesión se cierra sola` is a rule
about what happens two hours in (an app closing a session), not an activity at 02:00 lasting
two hours. A line that says its time of day with an hour word (`Gimnasio a las 14 h (1 h)`,
`Réunion à 14 h, 2 h`) and a length of other hours stays a block from then.
"""

from __future__ import annotations

from planexport.reader.clock_prepositions import said_start
from planexport.reader.durations import find_duration

__all__ = ["elapsed_hours"]


def elapsed_hours(text: str) -> str | None:
    """The hours a line says twice, as a moment (`a las 2 h`) and as a length (`2 horas`), as
    `2 h`; else None."""
    said = said_start(text)
    if said is None or said[0] % 60 or not said[0]:
        return None
    at = text.find(said[1])
    if at < 0:
        return None
    rest = text[:at] + " " * len(said[1]) + text[at + len(said[1]) :]
    found = find_duration(rest)
    if found is None or found.at is not None or not found.lo == found.hi == said[0]:
        return None
    return f"{said[0] // 60} h"
