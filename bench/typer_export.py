"""A one-command Typer app with `export ics`'s options that only imports icalendar: a floor.

Running any Typer 0.29 command builds its parameter adapters with pydantic; this app pays that
and the libraries' imports and does nothing else: `export ics` over it is planexport's own cost.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer()


@app.command()
def export(
    plans: list[Path],
    *,
    output: Annotated[Optional[Path], typer.Option("--output", "-o")] = None,  # noqa: UP045
    calendar_name: Optional[str] = None,  # noqa: UP045
    alarm: Optional[int] = None,  # noqa: UP045
    day_events: bool = False,
    goals: bool = False,
    start: Optional[str] = None,  # noqa: UP045
    tz: Optional[str] = None,  # noqa: UP045
    hours: Optional[str] = None,  # noqa: UP045
    day_start: str = "09:00",
    day_end: str = "21:00",
    durations: str = "fit",
    break_minutes: Annotated[int, typer.Option("--break")] = 10,
    rest: Optional[str] = None,  # noqa: UP045
    busy: Optional[list[Path]] = None,  # noqa: UP045
    strict: bool = False,
) -> None:
    """Import what an export needs; write nothing."""
    import icalendar  # noqa: F401


if __name__ == "__main__":
    app()
