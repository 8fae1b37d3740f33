"""Read back which of planexport's Todoist tasks the user completed, and when."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from planexport.errors import ConfigError
from planexport.export.todoist.client import DEFAULT_URL, TOKEN_ENV, Client
from planexport.export.todoist.mapping import TodoistOptions, desired_projects
from planexport.keys import parse_marker

if TYPE_CHECKING:
    import httpx

    from planexport.scheduling import Schedule

__all__ = ["completed_in_todoist"]


def completed_in_todoist(
    schedule: Schedule,
    *,
    token: str | None,
    options: TodoistOptions | None = None,
    base_url: str | None = None,
    transport: httpx.BaseTransport | None = None,
    now: dt.datetime | None = None,
    sleep: Callable[[float], None] | None = None,
) -> dict[str, dt.datetime]:
    """The tasks of `schedule` that the user completed in Todoist, by key, with the time.

    Tasks are found by their marker line in the projects a push with `options` uses (only
    `options.project` matters), so blocks keep their keys whatever the user renamed or moved.
    Reads the projects, then the completed tasks since the oldest project was made (a year at
    most), three months a request as the API allows, plus a request per further page: for
    a plan of up to three months that is 2 requests, and 3 up to six months.

    Args:
        schedule: the scheduled plans.
        token: the Todoist API token (from TODOIST_API_TOKEN).
        options: where the push puts the plans; the CLI's defaults when None.
        base_url: the API v1 base URL; DEFAULT_URL when None.
        transport: the httpx transport under the client (tests use a fake).
        now: the end of the search; the clock when None.
        sleep: waits between retries; time.sleep when None.

    Returns:
        Block keys (`go.d1.concepts`) and item keys (`go.d1.concepts#1`) of completed tasks,
        each with its completion time (aware, UTC); a task completed twice (a copy) gives the
        earlier time.

    Raises:
        ConfigError: no token, or Todoist rejected it.
        ServiceError: Todoist failed or could not be reached.
    """
    from planexport.export.todoist.push import completed_between

    if not token or not token.strip():
        raise ConfigError(
            f"no Todoist token: set {TOKEN_ENV} to your API token "
            "(Todoist: Settings > Integrations > Developer)"
        )
    wants = desired_projects(schedule, options=options or TodoistOptions())
    client = Client(
        token.strip(),
        base_url=base_url or DEFAULT_URL,
        transport=transport,
        sleep=sleep if sleep is not None else time.sleep,
        retries=4,
        max_wait=120.0,
    )
    try:
        names = {want.name for want in wants}
        plan_ids = {plan_id for want in wants for plan_id in want.plan_ids}
        projects = [p for p in client.projects() if p.name in names and not p.is_archived]
        if not projects:
            return {}
        since = min(p.created_at for p in projects)
        until = now or dt.datetime.now(dt.timezone.utc)
        ids = {p.id for p in projects}
        found: dict[str, dt.datetime] = {}
        for task in completed_between(client, since=since, until=until):
            mark = parse_marker(task.description)
            if task.project_id not in ids or mark is None or mark[0] not in plan_ids:
                continue
            when = task.completed_at
            if when is None:
                continue
            when = when.replace(tzinfo=dt.timezone.utc) if when.tzinfo is None else when
            when = when.astimezone(dt.timezone.utc)
            key = mark[1]
            if key not in found or when < found[key]:
                found[key] = when
        return found
    finally:
        client.close()
