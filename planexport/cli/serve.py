"""The `serve` command: the plans as a feed over HTTP, rebuilt when a plan changes."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from planexport.cli.app import commands_app
from planexport.cli.commands import _laid_out, _load_plans, strict_failure
from planexport.cli.params import (
    AlarmOpt,
    CalendarNameOpt,
    DayEventsOpt,
    GoalsOpt,
    PlanPaths,
    RefreshOpt,
    ScheduledByClock,
    scheduling,
)
from planexport.cli.settings import plans_given

if TYPE_CHECKING:
    from planexport.errors import PlanexportError
    from planexport.serve import Feed


@commands_app.command(cls=ScheduledByClock)
def serve(
    plans: PlanPaths = None,
    *,
    host: Annotated[
        str,
        typer.Option(
            metavar="HOST",
            help="Address to listen on; 0.0.0.0 for other devices on your network.",
        ),
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(min=0, max=65535, metavar="PORT", help="Port (0: any free one).")
    ] = 8000,
    calendar_name: CalendarNameOpt = None,
    alarm: AlarmOpt = None,
    day_events: DayEventsOpt = False,
    goals: GoalsOpt = False,
    refresh: RefreshOpt = None,
) -> None:
    """Serve the plans as a feed to subscribe to, rebuilt when a plan changes (Ctrl-C stops)."""
    import dataclasses

    from planexport.errors import PlanexportError
    from planexport.export.feed import DEFAULT_REFRESH, parse_refresh, to_feed
    from planexport.reader.busy import read_busy
    from planexport.reader.folder import expand_plans
    from planexport.serve import FeedSource, feed_urls, make_server

    paths = plans_given(plans)
    given = scheduling()
    options = given.options()
    # Under --strict a feed with blocks left out is an error that keeps the last good feed
    # served, not an exit: the schedule is laid out without it and judged in `build`.
    laying = dataclasses.replace(given, strict=False)
    every = parse_refresh(refresh) if refresh is not None else DEFAULT_REFRESH
    busy_paths = list(given.busy or [])
    built = [False]

    def build(previous: bytes | None) -> bytes:
        settings = options
        if busy_paths and built[0]:
            # The busy calendars read at start-up are stale once one changed on disk.
            settings = dataclasses.replace(options, busy=tuple(read_busy(p) for p in busy_paths))
        built[0] = True
        # Missed blocks carry over as of each rebuild (`--carry-over`), by the clock.
        result = _laid_out(_load_plans(paths), settings, laying, now=laying.moment())
        reason = strict_failure(result) if given.strict else None
        if reason is not None:
            raise PlanexportError(reason)
        return to_feed(
            result,
            calendar_name=calendar_name,
            alarm_minutes=alarm,
            day_events=day_events,
            goals=goals,
            refresh=every,
            previous=previous,
        )

    def failed(error: PlanexportError) -> None:
        line = f"planexport: {error}" if error.file is None else str(error)
        typer.echo(f"{line} (still serving the last good feed)", err=True)

    def updated(feed: Feed) -> None:
        count = feed.data.count(b"BEGIN:VEVENT")
        typer.echo(f"planexport: feed updated ({count} events)", err=True)

    # A folder's own time changes when a plan file is added or removed.
    watched: list[Path] = [*paths, *expand_plans(paths), *busy_paths]
    source = FeedSource(build, watched=watched, on_error=failed, on_update=updated)
    server = make_server(source, name=paths[0].stem, host=host, port=port)
    web, webcal = feed_urls(server)
    typer.echo(f"serving {web} (subscribe: {webcal}); Ctrl-C stops")
    sys.stdout.flush()
    # A shell starts a background job (`planexport serve ... &`) with SIGINT ignored; Ctrl-C or
    # `kill -INT` must still stop the server cleanly.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        typer.echo("planexport: stopped", err=True)
    finally:
        server.server_close()
