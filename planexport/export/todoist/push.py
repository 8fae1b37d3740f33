"""Push a schedule to Todoist: read what is there, plan the changes, apply them; again if needed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from planexport.errors import ConfigError, OptionsError, ServiceError
from planexport.export.todoist import planner, window
from planexport.export.todoist.client import (
    DEFAULT_URL,
    TOKEN_ENV,
    Client,
    limit_message,
    scrub,
)
from planexport.export.todoist.mapping import DesiredProject, TodoistOptions, desired_projects
from planexport.export.todoist.planner import Remote, TodoistChanges

if TYPE_CHECKING:
    import httpx
    from todoist_api_python.models import Task

    from planexport.scheduling import Schedule

__all__ = ["MAX_BATCH", "PushResult", "completed_between", "push_todoist"]

MAX_BATCH = 100
"""Commands per sync request: the server's own limit."""
COMPLETED_WINDOW = dt.timedelta(days=89)
"""The completed-tasks endpoint answers for at most three months at a time."""
COMPLETED_LOOKBACK = dt.timedelta(days=366)
"""How far back a push looks for tasks the user completed."""


@dataclass(frozen=True)
class PushResult:
    """What a push did: its changes (`plan`, the name kept from before), and the sync requests."""

    plan: TodoistChanges
    batches: int
    dry_run: bool


def _read(
    client: Client,
    wants: Sequence[DesiredProject],
    *,
    now: dt.datetime,
    today: dt.date,
    options: TodoistOptions,
) -> list[Remote]:
    """What the server holds for each desired project."""
    projects = client.projects()
    remotes: list[Remote] = []
    for want in wants:
        found = [p for p in projects if p.name == want.name and not p.is_archived]
        # Servers list projects in any order: of two with the plan's name, the oldest is ours.
        found.sort(key=lambda p: (p.created_at, p.id))
        project = found[0] if found else None
        if project is None:
            remotes.append(Remote(None, [], []))
            continue
        remotes.append(Remote(project, client.sections(project.id), client.tasks(project.id)))
    # Completed tasks cost requests: ask only when something the window may hold is missing
    # from the open tasks and may be done, or when pruning must not delete a section that
    # holds done tasks.
    need_completed = []
    for want, remote in zip(wants, remotes, strict=True):
        if remote.project is None:
            continue
        cand = window.candidates(want, today=today, ahead=options.ahead)
        if options.prune or window.may_hold_done(cand, remote):
            need_completed.append(remote)
    if need_completed:
        since = min(r.project.created_at for r in need_completed if r.project is not None)
        done = completed_between(client, since=since, until=now)
        for remote in need_completed:
            assert remote.project is not None
            remote.completed = [t for t in done if t.project_id == remote.project.id]
    return remotes


def completed_between(client: Client, *, since: dt.datetime, until: dt.datetime) -> list[Task]:
    """Tasks completed between `since` and `until`, read three months a request."""
    if since.tzinfo is None:
        since = since.replace(tzinfo=dt.timezone.utc)
    # Whole seconds: a server may read `since`/`until` without fractions. A project's own
    # creation time bounds the search, and a year of history caps its cost.
    since = max(since, until - COMPLETED_LOOKBACK).replace(microsecond=0)
    until = until.replace(microsecond=0) + dt.timedelta(seconds=1)
    found: list[Task] = []
    start = since - dt.timedelta(minutes=1)
    while start < until:
        end = min(until, start + COMPLETED_WINDOW)
        found.extend(client.completed(since=start, until=end))
        start = end
    return found


def _read_and_plan(
    schedule: Schedule,
    client: Client,
    *,
    options: TodoistOptions,
    now: dt.datetime,
    salt: str = "",
) -> TodoistChanges:
    """Read what the server holds, then plan the changes that bring it in line with `schedule`.

    Raises:
        ServiceError: Todoist failed or refused a read.
        ConfigError: the token was rejected.
    """
    from zoneinfo import ZoneInfo

    before = client.requests
    today = now.astimezone(ZoneInfo(schedule.tz)).date()
    every_day = desired_projects(schedule, options=options)
    remotes = _read(client, every_day, now=now, today=today, options=options)
    fitted = [
        window.fit_window(want, remote, today=today, room=options.room, ahead=options.ahead)
        for want, remote in zip(every_day, remotes, strict=True)
    ]
    # A project not made yet waits for a window with something in it.
    kept = [
        (want, remote)
        for (want, _), remote in zip(fitted, remotes, strict=True)
        if want.tasks or remote.project is not None
    ]
    wants = [want for want, _ in kept]
    remotes = [remote for _, remote in kept]
    # The account's labels are read only when a task wants one that no task carries yet.
    labels = None
    if planner.missing_labels(wants, remotes):
        labels = [label.name for label in client.labels()]
    plan = planner.plan_changes(
        wants,
        remotes,
        labels=labels,
        prune=options.prune,
        salt=salt,
        reads=client.requests - before,
    )
    return dataclasses.replace(plan, windows=tuple(w for _, w in fitted))


class _Unresolved(Exception):
    """The server's answer leaves the state unknown; plan again from fresh reads.

    A later batch needs an id that the server did not report, or a command got no status
    (a server may leave out a uuid it had already run).
    """

    def __init__(self, batches: int, *, progress: bool) -> None:
        super().__init__(batches)
        self.batches = batches
        self.progress = progress
        """Whether batches before this one went through in full."""


def _apply(
    plan: TodoistChanges,
    client: Client,
    *,
    batch_size: int,
    progress: Callable[[int, int], None] | None,
) -> int:
    mapping: dict[str, str] = {}
    temp_ids = {c["temp_id"] for c in plan.commands if "temp_id" in c}
    total = len(plan.commands)
    batches = 0
    for start in range(0, total, batch_size):
        batch = list(plan.commands[start : start + batch_size])
        here = {c["temp_id"] for c in batch if "temp_id" in c}
        resolved = []
        for command in batch:
            args = _resolve(command["args"], mapping)
            pending = _temp_refs(args, temp_ids) - here
            if pending:
                raise _Unresolved(batches, progress=batches > 0)
            resolved.append({**command, "args": args})
        response = client.sync(resolved)
        batches += 1
        statuses = response.get("sync_status") or {}
        raw_mapping = response.get("temp_id_mapping")
        if isinstance(raw_mapping, dict):
            mapping.update({str(k): str(v) for k, v in raw_mapping.items() if v is not None})
        failures = []
        unknown = False
        for command in resolved:
            status = statuses.get(command["uuid"]) if isinstance(statuses, dict) else None
            if _is_ok(status) or _harmless(command, status):
                continue
            if status is None:
                unknown = True
            else:
                failures.append((command, status))
        if failures:
            raise _sync_failure(failures, client.token)
        if unknown:
            raise _Unresolved(batches, progress=False)
        if progress is not None:
            progress(min(total, start + batch_size), total)
    return batches


def _is_ok(status: Any) -> bool:
    return isinstance(status, str) and status.strip().lower() == "ok"


def _harmless(command: dict[str, Any], status: Any) -> bool:
    """A failure that leaves nothing undone worth stopping for."""
    if not isinstance(status, dict):
        return False
    tag = str(status.get("error_tag") or "").upper()
    if command["type"] == "label_add" and "EXIST" in tag:
        return True  # made meanwhile (some servers make labels as tasks use them)
    # Order is cosmetic and sibling numbering is the server's own: a server that cannot
    # reorder must not stop a push whose content went through.
    return command["type"] in ("item_reorder", "section_reorder") and not tag.startswith(
        ("AUTH", "MAX_", "LIMITS")
    )


def _resolve(value: Any, mapping: dict[str, str]) -> Any:
    if isinstance(value, str):
        return mapping.get(value, value)
    if isinstance(value, list):
        return [_resolve(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: _resolve(v, mapping) for k, v in value.items()}
    return value


def _temp_refs(value: Any, temp_ids: set[str]) -> set[str]:
    if isinstance(value, str):
        return {value} if value in temp_ids else set()
    if isinstance(value, list):
        return set().union(*(_temp_refs(v, temp_ids) for v in value)) if value else set()
    if isinstance(value, dict):
        return _temp_refs(list(value.values()), temp_ids)
    return set()


def _sync_failure(failures: list[tuple[dict[str, Any], Any]], token: str) -> Exception:
    command, status = failures[0]
    info = status if isinstance(status, dict) else {}
    tag = str(info.get("error_tag") or info.get("error_code") or "")
    text = scrub(str(info.get("error") or ""), token)
    limit = limit_message(tag, text)
    more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
    if limit is not None:
        return ServiceError(f"{limit}{more}")
    if tag.startswith("AUTH") or info.get("http_code") == 401:
        return ConfigError(f"Todoist rejected the token: set {TOKEN_ENV} to your API token")
    what = command["args"].get("content") or command["args"].get("name") or command["type"]
    reason = f"{tag} {text}".strip() if info else "no status reported"
    return ServiceError(
        f"Todoist refused {command['type']} for {what!r}: {reason}{more}; "
        "run the push again to finish"
    )


def push_todoist(
    schedule: Schedule,
    *,
    token: str | None,
    options: TodoistOptions | None = None,
    base_url: str | None = None,
    dry_run: bool = False,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] | None = None,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    batch_size: int = MAX_BATCH,
    retries: int = 4,
    max_wait: float = 120.0,
) -> PushResult:
    """Bring Todoist in line with `schedule`: read, plan the changes, then apply them.

    Args:
        schedule: the scheduled plans.
        token: the Todoist API token (from TODOIST_API_TOKEN).
        options: the mapping and pruning choices; the CLI's defaults when None.
        base_url: the API v1 base URL; DEFAULT_URL when None.
        dry_run: plan only; send no write request.
        transport: the httpx transport under the SDK's client (tests use a fake).
        sleep: waits between retries; time.sleep when None.
        now: the current time (UTC); the clock when None.
        progress: called with (commands done, commands in all) after each batch.
        batch_size: commands per sync request, 1..100.
        retries: attempts after a 5xx answer or a connection error.
        max_wait: the most seconds to wait in all for rate limits.

    Returns:
        The plan that was (or, with dry_run, would be) applied and the batches it took.

    Raises:
        ConfigError: no token, or Todoist rejected it.
        ServiceError: Todoist failed, refused a change or a plan limit was reached.
        OptionsError: a bad option.
    """
    if not token or not token.strip():
        raise ConfigError(
            f"no Todoist token: set {TOKEN_ENV} to your API token "
            "(Todoist: Settings > Integrations > Developer)"
        )
    if not 1 <= batch_size <= MAX_BATCH:
        raise OptionsError(f"batch size must be 1 to {MAX_BATCH}, not {batch_size}")
    options = options or TodoistOptions()
    moment = now or dt.datetime.now(dt.timezone.utc)
    client = Client(
        token.strip(),
        base_url=base_url or DEFAULT_URL,
        transport=transport,
        sleep=sleep if sleep is not None else time.sleep,
        retries=retries,
        max_wait=max_wait,
    )
    try:
        # Each round plans from fresh reads; a round that applied nothing counts against the
        # bound, one that made progress (a server that reports few ids) does not, up to a cap.
        stalled = 0
        first: TodoistChanges | None = None
        batches = 0
        for _ in range(100):
            plan = _read_and_plan(
                schedule, client, options=options, now=moment, salt=secrets.token_hex(8)
            )
            first = first or plan
            if dry_run or not plan.commands:
                return PushResult(plan=first, batches=batches, dry_run=dry_run)
            try:
                batches += _apply(plan, client, batch_size=batch_size, progress=progress)
            except _Unresolved as unresolved:
                batches += unresolved.batches
                stalled = 0 if unresolved.progress else stalled + 1
                if stalled == 3:
                    break
                continue
            return PushResult(plan=first, batches=batches, dry_run=False)
        raise ServiceError("Todoist did not report the ids of new items; run the push again")
    finally:
        client.close()
