"""Timed blocks -> a CalDAV calendar: compare with what it holds, then write only the changes."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote, unquote, urlsplit

from planexport.errors import ConfigError, OptionsError, ServiceError
from planexport.export.caldav_calendars import (
    connect,
    find_calendar,
    last_segment,
    make_calendar,
    public_url,
)
from planexport.export.dav_refusals import uid_refusal
from planexport.export.http_words import body as _body
from planexport.export.http_words import detail as _detail
from planexport.export.http_words import network_reason as _network_reason
from planexport.export.http_words import status as _status
from planexport.export.ics import EventResource, event_resources
from planexport.export.sync import Action, Change, ChangeSet
from planexport.keys import UID_DOMAIN, is_our_uid

if TYPE_CHECKING:
    from caldav.collection import Calendar
    from caldav.davclient import DAVClient

    from planexport.scheduling import Schedule

__all__ = [
    "PASSWORD_ENV",
    "CaldavChanges",
    "CaldavPlan",
    "CaldavResult",
    "Change",
    "ResourceChange",
    "StoredEvent",
    "plan_changes",
    "push_caldav",
    "resource_name",
]

PASSWORD_ENV = "PLANEXPORT_CALDAV_PASSWORD"
TIMEOUT = 30
"""Seconds to wait for the server on each request."""
JOBS = 4
"""Writes in flight at once: enough to hide a distant server's latency, few enough for any."""


_SUFFIX = f"@{UID_DOMAIN}"
_ETAG = "{DAV:}getetag"
_LOCKED_PAUSES = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2)
"""Seconds to wait before sending a write again that met 423 Locked (about 6 s in all)."""
_CALENDAR_TYPE = "text/calendar; charset=utf-8"


@dataclass(frozen=True)
class StoredEvent:
    """A planexport event the calendar holds: its UID, where it is and its calendar object."""

    uid: str
    url: str
    data: bytes
    summary: str = ""
    etag: str | None = None
    """The resource's ETag as read; updates and deletes send it in If-Match."""


@dataclass(frozen=True)
class ResourceChange(Change):
    """A change to a calendar resource: where it is and what a create or update writes."""

    summary: str = ""
    url: str | None = None
    """Where the resource is; None for a new one (made in the calendar under `name`)."""
    data: bytes | None = None
    """What a create or update writes."""
    etag: str | None = None
    """The ETag the resource had when it was read (If-Match for updates and deletes)."""

    def __str__(self) -> str:
        return f"{self.action:<9} {self.name}  {self.summary}".rstrip()


@dataclass(frozen=True)
class CaldavChanges(ChangeSet):
    """What a push does: whether it creates the calendar, and a change per resource."""

    calendar: str
    calendar_url: str | None
    """None when the calendar does not exist yet."""
    changes: tuple[ResourceChange, ...]

    @property
    def creates_calendar(self) -> bool:
        """Whether the push makes the calendar first."""
        return self.calendar_url is None

    @property
    def writes(self) -> tuple[ResourceChange, ...]:
        """The changes that send a request: puts first, then deletes."""
        puts = [c for c in self.changes if c.action in ("create", "update")]
        return (*puts, *(c for c in self.changes if c.action == "delete"))


CaldavPlan = CaldavChanges
"""The former name, kept for code written against it: a set of changes is not a plan."""


@dataclass(frozen=True)
class CaldavResult:
    """What a push did: its changes (`plan`, the name kept from before), the calendar's URL, and
    whether anything was written."""

    plan: CaldavChanges
    calendar_url: str | None
    dry_run: bool


def resource_name(uid: str) -> str:
    """The name of a new event's resource: its UID and `.ics`."""
    return f"{uid}.ics"


def plan_changes(
    resources: Sequence[EventResource],
    stored: Mapping[str, StoredEvent],
    *,
    calendar: str,
    calendar_url: str | None,
    prune: bool = False,
) -> CaldavChanges:
    """The changes that bring a calendar in line with `resources`; pure, sends nothing.

    A resource whose UID the calendar holds is updated where it is (whatever its name, so a
    calendar filled by importing the .ics export is updated, not duplicated) or left alone when
    unchanged; a new one is created as `<uid>.ics`. Stored planexport events the resources do
    not have are deleted with `prune`, else kept.

    Args:
        resources: the events, versioned against `stored` (see `event_resources`).
        stored: the calendar's planexport events, by UID.
        calendar: the calendar's name, for messages.
        calendar_url: the calendar's URL; None when it does not exist yet.
        prune: delete stored planexport events the resources do not have.

    Returns:
        The plan, changes in the order of the resources, then the stored events by name.
    """
    changes: list[ResourceChange] = []
    wanted: set[str] = set()
    for resource in resources:
        wanted.add(resource.uid)
        there = stored.get(resource.uid)
        if there is None:
            name = resource_name(resource.uid)
            changes.append(
                ResourceChange(
                    "create", "event", name, summary=resource.summary, data=resource.data
                )
            )
            continue
        action: Action = "unchanged" if resource.state == "unchanged" else "update"
        data = resource.data if action == "update" else None
        changes.append(
            ResourceChange(
                action,
                "event",
                last_segment(there.url),
                summary=resource.summary,
                url=there.url,
                data=data,
                etag=there.etag,
            )
        )
    leftovers = sorted(
        (s for uid, s in stored.items() if uid not in wanted), key=lambda s: last_segment(s.url)
    )
    for there in leftovers:
        changes.append(
            ResourceChange(
                "delete" if prune else "kept",
                "event",
                last_segment(there.url),
                summary=there.summary,
                url=there.url,
                etag=there.etag,
            )
        )
    return CaldavChanges(calendar=calendar, calendar_url=calendar_url, changes=tuple(changes))


def push_caldav(
    schedule: Schedule,
    *,
    url: str,
    calendar: str,
    user: str | None = None,
    password: str | None = None,
    prune: bool = False,
    dry_run: bool = False,
    alarm_minutes: int | None = None,
    day_events: bool = False,
    goals: bool = False,
    stamp: dt.datetime | None = None,
    timeout: int = TIMEOUT,
    jobs: int = JOBS,
) -> CaldavResult:
    """Bring a CalDAV calendar in line with `schedule`: read it, plan the changes, apply them.

    The events are those of the .ics export, with the same UIDs, one resource each. The calendar
    is found by display name (or by the last part of its URL) among the user's calendars and
    created when missing. Unchanged events get no request at all; changed ones are rewritten in
    place with a higher SEQUENCE; events without planexport's UIDs are never touched. Writes go
    out `jobs` at a time; puts come before deletes and every step can be repeated, so a push that
    fails part-way is finished by pushing again. Updates and deletes carry the ETag that was read
    (If-Match): an event changed on the server in the meantime is not overwritten.

    Args:
        schedule: the scheduled plans.
        url: the server's CalDAV URL (http:// or https://): its root, /.well-known/caldav, the
            principal, the calendar home, or a calendar's own URL (then `calendar` must name it).
            A user name and password in it are used (the password never shows in messages).
        calendar: the calendar's display name (or the last segment of its URL).
        user: the user name; None to send none (or to use the one in `url`).
        password: the password (from PLANEXPORT_CALDAV_PASSWORD).
        prune: delete planexport's events that the schedule no longer has.
        dry_run: read and plan only; write nothing, create no calendar.
        alarm_minutes: a display alarm this many minutes before each block.
        day_events: an all-day event per day with its focus.
        goals: an all-day event with the week's goals on each plan's first day.
        stamp: DTSTAMP of new and changed events; default now.
        timeout: seconds to wait for each response.
        jobs: how many writes may be in flight at once (1 or more).

    Returns:
        The plan and where the calendar is.

    Raises:
        OptionsError: a URL that is not http(s) (webcal:// included), a calendar URL that
            `calendar` does not name, a negative alarm, an unknown time zone, fewer than 1 job.
        ConfigError: a user name but no password.
        ServiceError: the server cannot be reached, refuses the login, has no such URL, or
            refuses a change; the message says how far the push got and never holds the password.
        PlanError: two events would share a UID.
    """
    if jobs < 1:
        raise OptionsError(f"--jobs must be 1 or more, not {jobs}")
    # Pasted URLs often carry a stray space or newline; no URL has them at either end.
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme in ("webcal", "webcals"):
        # A subscription link serves a read-only .ics feed, not a CalDAV collection: mapping it
        # to https would only fail later with a less helpful message.
        raise OptionsError(
            f"--url {public_url(url)!r} is a read-only webcal:// subscription link; "
            "give the server's CalDAV URL (https://...)"
        )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise OptionsError(f"--url must be an http:// or https:// URL, not {public_url(url)!r}")
    try:
        parts.port  # noqa: B018 - a port that is not a number raises here, not deep in the client
    except ValueError:
        raise OptionsError(f"--url has a port that is not a number: {public_url(url)!r}") from None
    # Credentials in the URL are taken out of it here, so that neither the messages nor the client
    # library (which logs its URL) ever hold them; --user wins over the URL's user, as in curl.
    url_user = unquote(parts.username) if parts.username else None
    url_password = unquote(parts.password) if parts.password is not None else None
    if user is None:
        user = url_user
    if password is None and user is not None and user == url_user:
        password = url_password
    if user and password is None:
        raise ConfigError(f"no password for {user}: set {PASSWORD_ENV}")
    when = stamp if stamp is not None else dt.datetime.now(dt.timezone.utc)

    def versioned(stored: Mapping[str, StoredEvent]) -> list[EventResource]:
        return event_resources(
            schedule,
            alarm_minutes=alarm_minutes,
            day_events=day_events,
            goals=goals,
            stored={uid: s.data for uid, s in stored.items()},
            stamp=when,
        )

    # Check the plan (alarm, zone, UIDs) before talking to the server.
    versioned({})

    secrets = [s for s in (password, url_password, parts.password) if s]
    where = public_url(url)
    with _service_errors(where, secrets, login=bool(user)), _quiet_library():
        client, given = connect(where, calendar, user=user, password=password, timeout=timeout)
        with client:
            found = given if given is not None else find_calendar(client, calendar)
            stored = _stored_events(found) if found is not None else {}
            resources = versioned(stored)
            plan = plan_changes(
                resources,
                stored,
                calendar=calendar,
                calendar_url=str(found.url) if found is not None else None,
                prune=prune,
            )
            if dry_run:
                return CaldavResult(plan=plan, calendar_url=plan.calendar_url, dry_run=True)
            if found is None:
                found = make_calendar(client, calendar, where=where)
            _apply(
                client,
                plan,
                calendar_url=str(found.url),
                where=where,
                secrets=secrets,
                jobs=jobs,
                worker=lambda: _worker_client(client, user=user, password=password),
            )
            return CaldavResult(plan=plan, calendar_url=str(found.url), dry_run=False)


# ---------------------------------------------------------------------------------------------
# Talking to the server


def _stored_events(found: Calendar) -> dict[str, StoredEvent]:
    """planexport's events in the calendar, by UID."""
    import icalendar

    stored: dict[str, StoredEvent] = {}
    for obj in cast("list[Any]", found.get_events()):
        text = obj.data
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text or b"")
        # Most of a shared calendar is not ours: skip it without parsing.
        if _SUFFIX.encode() not in data:
            continue
        try:
            cal = icalendar.Calendar.from_ical(data)
        except (ValueError, IndexError, KeyError):
            continue
        for event in cal.walk("VEVENT"):
            uid = str(event.get("UID", ""))
            if is_our_uid(uid) and uid not in stored:
                summary = str(event.get("SUMMARY", ""))
                etag = (getattr(obj, "props", None) or {}).get(_ETAG)
                stored[uid] = StoredEvent(
                    uid=uid,
                    url=str(obj.url),
                    data=data,
                    summary=summary,
                    etag=str(etag) if etag else None,
                )
    return stored


def _apply(
    client: DAVClient,
    plan: CaldavChanges,
    *,
    calendar_url: str,
    where: str,
    secrets: Sequence[str],
    jobs: int = 1,
    worker: Callable[[], DAVClient] | None = None,
) -> None:
    """Send the plan's writes, `jobs` at a time: every put, then every delete.

    After a failure no further write starts; those in flight finish, so the message can say
    exactly how many changes were made.
    """
    folder = calendar_url if calendar_url.endswith("/") else calendar_url + "/"
    writes = plan.writes
    puts = [c for c in writes if c.action != "delete"]
    deletes = [c for c in writes if c.action == "delete"]
    made = 0
    for phase in (puts, deletes):
        done, failure = _send_all(client, phase, folder=folder, jobs=jobs, worker=worker)
        made += done
        if failure is not None:
            message = f"{where}: {failure}; {made} of {len(writes)} changes made; "
            message += "pushing again carries on from there"
            raise ServiceError(_redact(message, secrets))


def _send_all(
    client: DAVClient,
    changes: Sequence[ResourceChange],
    *,
    folder: str,
    jobs: int,
    worker: Callable[[], DAVClient] | None,
) -> tuple[int, str | None]:
    """Send `changes` over at most `jobs` connections; how many succeeded, and the first failure."""
    if jobs == 1 or len(changes) < 2 or worker is None:
        for done, change in enumerate(changes):
            failure = _send(client, change, folder=folder)
            if failure is not None:
                return done, failure
        return len(changes), None

    import threading

    lock = threading.Lock()
    pending = iter(enumerate(changes))
    failures: dict[int, str] = {}
    succeeded = [0]

    def run(own: DAVClient) -> None:
        while True:
            with lock:
                if failures:
                    return
                nxt = next(pending, None)
            if nxt is None:
                return
            index, change = nxt
            failure = _send(own, change, folder=folder)
            with lock:
                if failure is None:
                    succeeded[0] += 1
                else:
                    failures[index] = failure

    # Each thread has its own client (and so its own connection); the first one is the caller's.
    clients = [client] + [worker() for _ in range(min(jobs, len(changes)) - 1)]
    threads = [threading.Thread(target=run, args=(own,), daemon=True) for own in clients]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        for own in clients[1:]:
            with contextlib.suppress(Exception):
                own.close()
    first = min(failures) if failures else None
    return succeeded[0], failures[first] if first is not None else None


def _send(client: DAVClient, change: ResourceChange, *, folder: str) -> str | None:
    """Send one write; None when it was made, else why not (one line, without the server URL)."""
    from caldav.lib.error import AuthorizationError

    url = change.url or folder + quote(change.name, safe="")
    verb = "delete" if change.action == "delete" else "save"
    creates = change.action == "create"
    headers: dict[str, str] = {}
    if change.action == "create":
        # Never overwrite a resource that is not planexport's.
        headers["If-None-Match"] = "*"
    elif change.etag:
        # Only the version that was read: a change someone made since is not overwritten.
        headers["If-Match"] = change.etag
    if change.action != "delete":
        headers["Content-Type"] = _CALENDAR_TYPE
    body = (change.data or b"").decode("utf-8")
    try:
        for pause in (*_LOCKED_PAUSES, None):
            if change.action == "delete":
                response = client.delete(url, headers)
                # Already gone (a second push after a failed one) is what a delete wants.
                ok = response.status in (200, 204, 404)
            else:
                response = client.put(url, body, headers)
                ok = 200 <= response.status < 300
            status = response.status
            # A server that writes one change at a time (Xandikos) answers 423 Locked to the
            # others meanwhile: nothing was written, so the same request is safe to send again.
            if status != 423 or pause is None:
                break
            time.sleep(pause)
    except AuthorizationError as error:
        # The library raises on 401 and 403 where other statuses come back as responses.
        raw = error.body
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        status = error.status or 403
        why = uid_refusal(text, status=status, verb=verb, name=change.name, create=creates)
        return why or f"the server refused to {verb} {change.name} ({_status(status)})"
    except OSError as failure:
        # The connection broke or stalled mid-push: say how far it got, as for a refusal.
        return f"lost the server while trying to {verb} {change.name} ({_network_reason(failure)})"
    if ok or (status == 412 and change.action == "delete" and _gone(client, url)):
        # A 412 to a delete whose event another device removed meanwhile is what it wanted.
        return None
    if status == 412 and change.action != "create":
        return (
            f"{change.name} changed on the server since it was read (412 Precondition Failed), "
            f"so it was not {'deleted' if change.action == 'delete' else 'overwritten'}"
        )
    why = uid_refusal(_body(response), status=status, verb=verb, name=change.name, create=creates)
    if why is not None:
        return why
    return f"the server refused to {verb} {change.name} ({_status(status)}{_detail(response)})"


def _gone(client: DAVClient, url: str) -> bool:
    """Whether `url` holds nothing now (If-Match fails on a missing resource too)."""
    try:
        return bool(client.request(url, "HEAD").status == 404)
    except Exception:
        return False


def _worker_client(client: DAVClient, *, user: str | None, password: str | None) -> DAVClient:
    """A second client like `client`, for a writer thread: its own connection, the same login."""
    from caldav.davclient import DAVClient

    auth = cast("Any", client).auth
    if auth is not None and type(auth).__name__ in ("HTTPBasicAuth", "HTTPDigestAuth"):
        # A digest login counts its requests: each client needs an object of its own.
        auth = type(auth)(user, password)
    return DAVClient(
        url=str(client.url),
        username=user,
        password=password,
        auth=auth,
        timeout=cast("Any", client).timeout,
        enable_rfc6764=False,
    )


@contextlib.contextmanager
def _service_errors(where: str, secrets: Sequence[str], *, login: bool) -> Iterator[None]:
    """Turn the client library's errors into one ServiceError line without the password."""
    from caldav.lib import error as dav

    try:
        yield
    except dav.AuthorizationError as failure:
        if (failure.status == 401 or failure.status is None) and not login:
            reason = (
                "the server asks for a user name and password (401 Unauthorized): "
                f"give --user and set {PASSWORD_ENV}"
            )
        elif failure.status == 401 or failure.status is None:
            reason = "the server refused the user name or password (401 Unauthorized)"
        else:
            reason = f"access denied ({_status(failure.status)}): check --url and --user"
        raise ServiceError(_redact(f"{where}: {reason}", secrets)) from None
    except dav.NotFoundError:
        raise ServiceError(f"{where}: not found (404 Not Found): check --url") from None
    except dav.DAVError as failure:
        status = f" ({_status(failure.status)})" if failure.status else ""
        name = type(failure).__name__.removesuffix("Error").lower() or "request"
        reason = f"the server failed a {name} request{status}"
        raise ServiceError(_redact(f"{where}: {reason}", secrets)) from None
    except OSError as failure:
        reason = _network_reason(failure)
        raise ServiceError(
            _redact(f"{where}: cannot reach the server: {reason}", secrets)
        ) from None


@contextlib.contextmanager
def _quiet_library() -> Iterator[None]:
    """Keep the client library's log lines out of the output: errors come as one line."""
    logger = logging.getLogger("caldav")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _redact(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        for form in {secret, quote(secret, safe=""), quote(secret)}:
            text = text.replace(form, "***")
    return text
