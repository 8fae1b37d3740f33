"""The CalDAV push against real Radicale and Xandikos servers on 127.0.0.1, library and CLI."""

from __future__ import annotations

import base64
import datetime as dt
import http.client
import logging
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, cast
from urllib.parse import quote, unquote

import icalendar
import pytest
from caldav.davclient import DAVClient
from typer.testing import CliRunner

from planexport.cli import app
from planexport.errors import ConfigError, OptionsError, ServiceError
from planexport.export.caldav import PASSWORD_ENV, push_caldav
from planexport.export.ics import to_ics
from planexport.model import Plan
from planexport.reader import load
from planexport.scheduling import Schedule
from tests.dav_fixtures import STAMP, Server, push
from tests.dav_server import free_port
from tests.ics_support import drop_block, edit_block, lengthen, make_schedule
from tests.paths import ROOT, USER_PLAN
from tests.radicale_server import ODD_PASSWORD, ODD_USER, Radicale

BERLIN = "Europe/Berlin"
MONDAY = dt.date(2026, 11, 30)
UTC = dt.timezone.utc
WRITES = frozenset({"PUT", "DELETE", "MKCALENDAR", "MKCOL", "PROPPATCH", "POST", "MOVE", "COPY"})


@pytest.fixture
def calendar_name(request: pytest.FixtureRequest) -> str:
    """A calendar of its own for each test, named after it (the server is shared)."""
    return "Study " + re.sub(r"\W+", "-", request.node.name).strip("-")


@dataclass
class Requests:
    """The HTTP requests the caldav client sent, as (method, URL, status)."""

    sent: list[tuple[str, str, int]]

    def writes(self) -> list[tuple[str, str, int]]:
        return [r for r in self.sent if r[0] in WRITES]

    def methods(self) -> list[str]:
        return [r[0] for r in self.sent]


@pytest.fixture
def requests(monkeypatch: pytest.MonkeyPatch) -> Requests:
    """Record every request of every caldav client from here on."""
    log = Requests(sent=[])
    original = DAVClient.request

    def recording(self: DAVClient, url: str, method: str = "GET", *args: Any, **kwargs: Any) -> Any:
        response = original(self, url, method, *args, **kwargs)
        log.sent.append((method, str(url), response.status))
        return response

    monkeypatch.setattr(DAVClient, "request", recording)
    return log


@pytest.fixture(autouse=True)
def _no_password_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)


def go_plan() -> Plan:
    return load(USER_PLAN)


def week(plan: Plan | None = None, **kwargs: Any) -> Schedule:
    options: dict[str, Any] = {"start": MONDAY, "tz": BERLIN, **kwargs}
    return make_schedule(plan or go_plan(), **options)


@dataclass(frozen=True)
class Stored:
    """One resource of the calendar as the caldav client reads it back."""

    name: str
    uid: str
    event: icalendar.Event

    @property
    def start(self) -> dt.datetime:
        value = self.event.decoded("DTSTART")
        assert isinstance(value, dt.datetime)
        assert value.tzinfo is not None
        return value.astimezone(UTC)

    @property
    def end(self) -> dt.datetime:
        value = self.event.decoded("DTEND")
        assert isinstance(value, dt.datetime)
        assert value.tzinfo is not None
        return value.astimezone(UTC)

    @property
    def sequence(self) -> int:
        return int(self.event.get("SEQUENCE", 0))


def client(server: Server) -> DAVClient:
    return DAVClient(url=server.url, username=server.user, password=server.password)


def find_calendar(server: Server, name: str) -> Any:
    calendars = cast("list[Any]", client(server).get_principal().get_calendars())
    for calendar in calendars:
        if calendar.get_display_name() == name:
            return calendar
    return None


def read_back(server: Server, name: str) -> dict[str, Stored]:
    """Every event of the calendar called `name`, by UID."""
    calendar = find_calendar(server, name)
    assert calendar is not None, f"no calendar {name!r}"
    found: dict[str, Stored] = {}
    for obj in calendar.get_events():
        cal = icalendar.Calendar.from_ical(obj.data)
        events = list(cal.walk("VEVENT"))
        assert len(events) == 1, obj.data
        uid = str(events[0]["UID"])
        resource = str(obj.url).rstrip("/").rsplit("/", 1)[-1]
        assert isinstance(events[0], icalendar.Event)
        found[uid] = Stored(name=resource, uid=uid, event=events[0])
    return found


def assert_matches(stored: dict[str, Stored], schedule: Schedule) -> None:
    """The calendar holds exactly the schedule's blocks, at the same instants."""
    assert set(stored) == {f"{b.key}@planexport" for b in schedule.blocks}
    for block in schedule.blocks:
        event = stored[f"{block.key}@planexport"]
        assert event.start == block.start.astimezone(UTC)
        assert event.end == block.end.astimezone(UTC)


def files(server: Server, name: str) -> dict[str, tuple[int, bytes]]:
    """The calendar's resources as the server stored them on disk: name -> (mtime, bytes)."""
    calendar = find_calendar(server, name)
    folder = server.calendar_folder(str(calendar.url))
    assert folder.is_dir(), folder
    return {f.name: (f.stat().st_mtime_ns, f.read_bytes()) for f in folder.glob("*.ics")}


# ---------------------------------------------------------------------------------------------
# Pushing


def test_first_push_creates_the_calendar_with_one_resource_per_block_named_by_uid(
    server: Server, calendar_name: str, requests: Requests
) -> None:
    schedule = week()
    assert find_calendar(server, calendar_name) is None

    result = push(server, schedule, calendar_name)

    assert result.plan.creates_calendar
    assert result.plan.count("create") == len(schedule.blocks) == 25
    assert result.calendar_url is not None
    assert result.calendar_url.startswith(server.url)
    assert requests.methods().count("MKCALENDAR") == 1
    assert requests.methods().count("PUT") == 25
    stored = read_back(server, calendar_name)
    assert_matches(stored, schedule)
    assert set(files(server, calendar_name)) == {f"{uid}.ics" for uid in stored}
    for uid, event in stored.items():
        assert unquote(event.name) == f"{uid}.ics"
        assert event.sequence == 0
        assert event.event.decoded("DTSTAMP") == STAMP


def test_pushed_events_are_the_ics_exports_events(server: Server, calendar_name: str) -> None:
    schedule = week()
    push(server, schedule, calendar_name, alarm_minutes=10, day_events=True, goals=True)
    stored = read_back(server, calendar_name)
    exported = icalendar.Calendar.from_ical(
        to_ics(schedule, alarm_minutes=10, day_events=True, goals=True, stamp=STAMP)
    )
    events = {str(e["UID"]): e for e in exported.walk("VEVENT")}
    assert set(stored) == set(events)
    assert len(events) > 25  # day and goal events too
    for uid, event in events.items():
        mine = stored[uid].event
        for name in ("SUMMARY", "DESCRIPTION", "STATUS", "TRANSP", "SEQUENCE"):
            assert mine.get(name) == event.get(name), (uid, name)
        assert mine.decoded("DTSTART") == event.decoded("DTSTART")
        assert mine.decoded("DTEND") == event.decoded("DTEND")
        assert [str(a["TRIGGER"].to_ical()) for a in mine.walk("VALARM")] == [
            str(a["TRIGGER"].to_ical()) for a in event.walk("VALARM")
        ]


def test_unchanged_push_sends_no_write(
    server: Server, calendar_name: str, requests: Requests
) -> None:
    schedule = week()
    push(server, schedule, calendar_name)
    before = files(server, calendar_name)
    requests.sent.clear()

    result = push(server, schedule, calendar_name, stamp=STAMP + dt.timedelta(days=3))

    assert requests.writes() == []
    assert "REPORT" in requests.methods()
    assert result.plan.count("unchanged") == 25
    assert result.plan.summary() == "unchanged 25"
    assert files(server, calendar_name) == before
    assert len(before) == 25


def test_edited_plan_updates_events_in_place_with_a_higher_sequence(
    server: Server, calendar_name: str, requests: Requests
) -> None:
    push(server, week(), calendar_name)
    first = read_back(server, calendar_name)
    # Day 2 starts an hour later (every block of it moves); one block of day 1 gets a new note.
    plan = edit_block(go_plan(), 1, "DSA", note="Two-pointer problems first.")
    edited = week(plan, starts={2: dt.time(10, 0)})
    moved = {f"{b.key}@planexport" for b in edited.blocks if b.day.number == 2}
    changed = moved | {"go.d1.dsa@planexport"}
    requests.sent.clear()

    result = push(server, edited, calendar_name, stamp=STAMP + dt.timedelta(hours=1))

    assert result.plan.count("update") == len(changed)
    assert result.plan.count("unchanged") == 25 - len(changed)
    assert result.plan.count("create") == result.plan.count("delete") == 0
    # A 423 Locked (Xandikos, while it writes another) wrote nothing and is sent again.
    assert [m for m, _, status in requests.writes() if status != 423] == ["PUT"] * len(changed)
    # In place: the same resources, no new ones.
    assert {u.rsplit("/", 1)[-1] for _, u, _ in requests.writes()} == {
        first[uid].name for uid in changed
    }
    after = read_back(server, calendar_name)
    assert_matches(after, edited)
    assert {uid: s.name for uid, s in after.items()} == {uid: s.name for uid, s in first.items()}
    for uid, event in after.items():
        assert event.sequence == (1 if uid in changed else 0), uid
    assert "Two-pointer problems first." in str(after["go.d1.dsa@planexport"].event["DESCRIPTION"])
    assert after["go.d2.concepts@planexport"].start == dt.datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    # Edited again: the sequence keeps rising.
    again = week(plan, starts={2: dt.time(11, 0)})
    push(server, again, calendar_name, stamp=STAMP + dt.timedelta(hours=2))
    assert read_back(server, calendar_name)["go.d2.concepts@planexport"].sequence == 2


def test_a_longer_block_or_a_renamed_plan_is_an_update_not_unchanged(
    server: Server, calendar_name: str
) -> None:
    push(server, week(), calendar_name)
    # Day 1's last block ends later at the same start; nothing else, not even its text, changes.
    longer = lengthen(week(), "go.d1.review", 15)

    result = push(server, longer, calendar_name)

    assert [c.action for c in result.plan.changes if c.action != "unchanged"] == ["update"]
    stored = read_back(server, calendar_name)
    assert_matches(stored, longer)
    assert stored["go.d1.review@planexport"].sequence == 1

    # A renamed plan changes only the events' CATEGORIES.
    renamed = go_plan().model_copy(update={"title": "Go Track, renamed"})
    result = push(server, lengthen(week(renamed), "go.d1.review", 15), calendar_name)
    assert result.plan.count("update") == 25
    stored = read_back(server, calendar_name)
    review = stored["go.d1.review@planexport"]
    assert review.event["CATEGORIES"].to_ical() == b"Review,Go Track / renamed"
    assert review.sequence == 2


def test_prune_deletes_only_planexports_events(
    server: Server, calendar_name: str, requests: Requests
) -> None:
    push(server, week(), calendar_name)
    calendar = find_calendar(server, calendar_name)
    calendar.save_event(
        uid="dentist@example.com",
        dtstart=dt.datetime(2026, 12, 1, 8, 0, tzinfo=UTC),
        dtend=dt.datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
        summary="Dentist",
        description="not planexport's, even if it says go.d1.dsa@planexport",
    )
    smaller = week(drop_block(go_plan(), 1, "DSA"))

    kept = push(server, smaller, calendar_name)
    assert kept.plan.count("kept") == 1
    assert kept.plan.count("delete") == 0
    assert "go.d1.dsa@planexport" in read_back(server, calendar_name)
    requests.sent.clear()

    pruned = push(server, smaller, calendar_name, prune=True)

    assert [str(c) for c in pruned.plan.changes if c.action == "delete"] == [
        "delete    go.d1.dsa@planexport.ics  DSA · System Design Interview Framework"
    ]
    assert [m for m, _, _ in requests.writes()] == ["DELETE"]
    stored = read_back(server, calendar_name)
    assert "go.d1.dsa@planexport" not in stored
    assert "dentist@example.com" in stored
    assert str(stored["dentist@example.com"].event["SUMMARY"]) == "Dentist"
    assert len(stored) == 25


def test_an_event_deleted_meanwhile_is_no_error_for_prune(
    server: Server, calendar_name: str, requests: Requests, monkeypatch: pytest.MonkeyPatch
) -> None:
    push(server, week(), calendar_name)
    smaller = week(drop_block(go_plan(), 1, "DSA"))
    delete = DAVClient.delete

    def deleted_by_another_device_first(
        self: DAVClient, url: str, headers: dict[str, str] | None = None
    ) -> Any:
        # Another device removes the event between planexport's read and its DELETE.
        gone = delete(self, url)
        assert gone.status in (200, 204)
        return delete(self, url, headers or {})

    monkeypatch.setattr(DAVClient, "delete", deleted_by_another_device_first)
    requests.sent.clear()

    pruned = push(server, smaller, calendar_name, prune=True)

    assert pruned.plan.count("delete") == 1
    deletes = [status for method, _, status in requests.writes() if method == "DELETE"]
    assert len(deletes) == 2
    assert deletes[0] in (200, 204)
    # The push's own DELETE found it gone, which is what it wanted: 404, or 412 when the server
    # checks its If-Match first (the push then sees the event is no longer there).
    assert deletes[1] in (404, 412)
    assert_matches(read_back(server, calendar_name), smaller)


def test_dry_run_writes_nothing_and_lists_the_changes_by_name(
    server: Server, calendar_name: str, requests: Requests
) -> None:
    fresh = push(server, week(), calendar_name, dry_run=True)
    assert fresh.plan.creates_calendar
    assert fresh.plan.count("create") == 25
    assert str(fresh.plan.changes[0]).startswith(
        "create    go.d1.concepts@planexport.ics  Concepts"
    )
    assert requests.writes() == []
    assert find_calendar(server, calendar_name) is None

    push(server, week(), calendar_name)
    before = files(server, calendar_name)
    requests.sent.clear()
    edited = week(drop_block(edit_block(go_plan(), 1, "DSA", note="new"), 2, "Review"))

    result = push(server, edited, calendar_name, dry_run=True, prune=True)

    assert requests.writes() == []
    assert files(server, calendar_name) == before
    actions = {c.name: c.action for c in result.plan.changes}
    assert actions["go.d1.dsa@planexport.ics"] == "update"
    assert actions["go.d2.review@planexport.ics"] == "delete"
    assert actions["go.d1.concepts@planexport.ics"] == "unchanged"
    assert result.plan.summary() == "updated 1, deleted 1, unchanged 23"


def test_events_imported_from_the_ics_export_are_updated_not_duplicated(
    server: Server, calendar_name: str, requests: Requests
) -> None:
    # A calendar app that imported the .ics file stores each event under a name of its own.
    schedule = week()
    exported = icalendar.Calendar.from_ical(to_ics(schedule))
    timezone = next(iter(exported.walk("VTIMEZONE")))
    calendar: Any = client(server).get_principal().make_calendar(name=calendar_name)
    for number, event in enumerate(exported.walk("VEVENT")):
        single = icalendar.Calendar()
        single.add("PRODID", "-//some app//EN")
        single.add("VERSION", "2.0")
        single.add_component(timezone)
        single.add_component(event)
        url = str(calendar.url.join(f"imported-{number}.ics"))
        response = calendar.client.put(
            url, single.to_ical().decode(), {"Content-Type": "text/calendar"}
        )
        assert response.status == 201
    requests.sent.clear()

    same = push(server, schedule, calendar_name)

    assert same.plan.summary() == "unchanged 25"
    assert requests.writes() == []
    moved = week(starts={1: dt.time(10, 0)})
    push(server, moved, calendar_name)
    stored = read_back(server, calendar_name)
    assert_matches(stored, moved)
    assert all(s.name.startswith("imported-") for s in stored.values())
    assert stored["go.d1.concepts@planexport"].sequence == 1


def test_a_refused_event_stops_the_push_and_a_second_push_finishes_it(
    radicale: Radicale, calendar_name: str
) -> None:
    # One write at a time, so that the count is known in advance (test_caldav_push.py has the
    # same with several in flight). Radicale refuses bodies above its limit (413); the second
    # block of day 1 is too big.
    huge = edit_block(go_plan(), 1, "Template Creation", note="x" * 60_000)
    with pytest.raises(ServiceError) as failure:
        push(radicale, week(huge), calendar_name, jobs=1)
    message = str(failure.value)
    assert "refused to save go.d1.template-creation@planexport.ics" in message
    assert "413" in message
    assert "1 of 25 changes made" in message
    assert "\n" not in message
    assert set(read_back(radicale, calendar_name)) == {"go.d1.concepts@planexport"}

    result = push(radicale, week(), calendar_name)

    assert result.plan.count("unchanged") == 1
    assert result.plan.count("create") == 24
    assert_matches(read_back(radicale, calendar_name), week())


def test_a_create_never_overwrites_a_foreign_resource_of_the_same_name(
    server: Server, calendar_name: str, requests: Requests
) -> None:
    # Someone else's event sits where planexport would put a new one: the PUT carries
    # If-None-Match: *, so the server answers 412 instead of replacing it.
    calendar: Any = client(server).get_principal().make_calendar(name=calendar_name)
    foreign = icalendar.Calendar()
    foreign.add("PRODID", "-//some app//EN")
    foreign.add("VERSION", "2.0")
    event = icalendar.Event()
    event.add("UID", "someone-else@example.com")
    event.add("DTSTAMP", STAMP)
    event.add("DTSTART", dt.datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    event.add("SUMMARY", "Not ours")
    foreign.add_component(event)
    url = str(calendar.url.join(quote("go.d1.concepts@planexport.ics", safe="")))
    response = calendar.client.put(
        url, foreign.to_ical().decode(), {"Content-Type": "text/calendar"}
    )
    assert response.status == 201
    requests.sent.clear()

    with pytest.raises(ServiceError) as failure:
        push(server, week(), calendar_name, jobs=1)

    message = str(failure.value)
    assert "refused to save go.d1.concepts@planexport.ics (412 Precondition Failed" in message
    assert "0 of 25 changes made" in message
    assert "\n" not in message
    put = next(r for r in requests.sent if r[0] == "PUT")
    assert put[2] == 412
    assert set(read_back(server, calendar_name)) == {"someone-else@example.com"}


# ---------------------------------------------------------------------------------------------
# Errors


def test_wrong_password_is_one_line_without_the_password(
    radicale: Radicale, calendar_name: str
) -> None:
    wrong = "not-the-Pa55word"
    with pytest.raises(ServiceError) as failure:
        push(radicale, week(), calendar_name, password=wrong)
    assert (
        str(failure.value)
        == f"{radicale.url}: the server refused the user name or password (401 Unauthorized)"
    )

    result = invoke(radicale, calendar_name, password=wrong)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "401" in result.stderr
    assert wrong not in result.output + result.stderr


def test_password_in_the_url_never_shows(radicale: Radicale, calendar_name: str) -> None:
    secret = "url-Pa55word"
    url = f"http://{radicale.user}:{secret}@127.0.0.1:{radicale.port}/"
    with pytest.raises(ServiceError) as failure:
        push_caldav(week(), url=url, calendar=calendar_name)
    assert secret not in str(failure.value)
    assert str(failure.value).startswith(f"http://127.0.0.1:{radicale.port}/: ")


def test_unknown_url_is_one_line(server: Server, calendar_name: str) -> None:
    url = f"{server.principal_url}no-such-place/"
    result = invoke(server, calendar_name, url=url)
    assert result.exit_code == 1
    assert result.stderr == f"planexport: {url}: not found (404 Not Found): check --url\n"
    assert not server.password or server.password not in result.output + result.stderr


def test_server_down_is_one_line(radicale: Radicale, calendar_name: str) -> None:
    url = f"http://127.0.0.1:{free_port()}/"
    result = invoke(radicale, calendar_name, url=url)
    assert result.exit_code == 1
    assert result.stderr == f"planexport: {url}: cannot reach the server: connection refused\n"
    assert radicale.password not in result.output + result.stderr


def test_user_without_password_is_a_config_error(radicale: Radicale, calendar_name: str) -> None:
    with pytest.raises(ConfigError, match=PASSWORD_ENV):
        push(radicale, week(), calendar_name, password=None)


def test_url_must_be_http(radicale: Radicale, calendar_name: str) -> None:
    with pytest.raises(OptionsError, match="--url must be an http"):
        push(radicale, week(), calendar_name, url="caldav.example.com")


# ---------------------------------------------------------------------------------------------
# The command line

runner = CliRunner()


def invoke(
    server: Server,
    calendar: str,
    *extra: str,
    url: str | None = None,
    password: str | None = None,
    login: bool = True,
) -> Any:
    args = [
        "push",
        "caldav",
        str(USER_PLAN),
        "--start",
        MONDAY.isoformat(),
        "--tz",
        BERLIN,
        "--url",
        url or server.url,
        "--calendar",
        calendar,
        *(["--user", server.user] if server.user and login else []),
        *extra,
    ]
    secret = password if password is not None else server.password
    # No password at all in the environment when the server asks for none.
    env = {PASSWORD_ENV: secret} if secret else {}
    return runner.invoke(app, args, env=env)


def test_cli_pushes_then_reports_unchanged(server: Server, calendar_name: str) -> None:
    dry = invoke(server, calendar_name, "--dry-run")
    assert dry.exit_code == 0, dry.output
    lines = dry.stdout.splitlines()
    assert lines[0] == f"create    calendar {calendar_name}"
    assert lines[-1] == "dry run, nothing written: would create 25"
    assert find_calendar(server, calendar_name) is None

    first = invoke(server, calendar_name, "--alarm", "15")
    assert first.exit_code == 0, first.output
    assert first.stdout == f"caldav: {calendar_name} (new calendar): created 25\n"
    stored = read_back(server, calendar_name)
    schedule = week(load(USER_PLAN))
    assert len(stored) == len(schedule.blocks)
    # The CLI schedules for itself (its own durations): compare with the first block it placed.
    first_block = stored["go.d1.concepts@planexport"]
    assert first_block.start == dt.datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    assert all(len(list(s.event.walk("VALARM"))) == 1 for s in stored.values())

    again = invoke(server, calendar_name, "--alarm", "15")
    assert again.exit_code == 0, again.output
    assert again.stdout == f"caldav: {calendar_name}: unchanged 25\n"
    assert not server.password or server.password not in first.output + again.output


def test_help_does_not_load_the_caldav_client() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['planexport', 'push', 'caldav', '--help']\n"
        "from planexport.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ['caldav', 'niquests', 'lxml', 'icalendar']\n"
        "print('heavy=' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert "--calendar" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "heavy="


# ---------------------------------------------------------------------------------------------
# URLs as people paste them


def test_every_url_shape_on_the_server_reaches_the_same_calendar(
    server: Server, calendar_name: str
) -> None:
    made = push(server, week(), calendar_name)
    calendar_url = made.calendar_url
    assert calendar_url is not None
    assert calendar_url.endswith("/")
    shapes = [
        server.url,
        server.url.rstrip("/"),
        server.principal_url,
        server.principal_url.rstrip("/"),
        server.home_url,
        server.home_url.rstrip("/"),
        calendar_url,
        calendar_url.rstrip("/"),
        # Xandikos redirects this with a 302 (replayed as a GET); Radicale with a 301.
        server.url + ".well-known/caldav",
        f"  {server.url}\n",
    ]
    for url in shapes:
        result = push(server, week(), calendar_name, url=url, dry_run=True)
        assert (result.calendar_url, result.plan.summary()) == (calendar_url, "unchanged 25"), url


def test_a_calendars_own_url_is_the_calendar_pushed_to(
    server: Server, calendar_name: str, requests: Requests
) -> None:
    made = push(server, week(), calendar_name)
    calendar_url = made.calendar_url
    assert calendar_url is not None
    segment = calendar_url.rstrip("/").rsplit("/", 1)[-1]
    requests.sent.clear()

    # By display name or by the URL's last segment, with or without the trailing slash.
    same = push(server, week(), calendar_name, url=calendar_url.rstrip("/"))
    by_segment = push(server, week(), segment, url=calendar_url)

    assert same.calendar_url == by_segment.calendar_url == calendar_url
    assert same.plan.summary() == by_segment.plan.summary() == "unchanged 25"
    assert requests.writes() == []


def test_a_calendar_url_with_another_calendar_name_is_refused(
    server: Server, calendar_name: str, requests: Requests
) -> None:
    made = push(server, week(), calendar_name)
    assert made.calendar_url is not None
    requests.sent.clear()

    with pytest.raises(OptionsError) as failure:
        push(server, week(), "Some Other Name", url=made.calendar_url)

    assert str(failure.value) == (
        f"--url {made.calendar_url} is the calendar {calendar_name!r}, not 'Some Other Name': "
        f"give --calendar {calendar_name!r}, or the server's URL to use or create "
        "'Some Other Name'"
    )
    assert requests.writes() == []
    assert find_calendar(server, "Some Other Name") is None


def test_an_existing_calendar_without_a_display_name_is_found_by_its_url(
    radicale: Radicale, calendar_name: str
) -> None:
    # Radicale keeps no display name unless a client sets one; the URL segment names it then.
    bare: Any = cast("Any", client(radicale)).calendar(url=f"{radicale.home_url}bare-calendar/")
    response = bare.client.mkcalendar(str(bare.url))
    assert response.status == 201

    first = push(radicale, week(), "bare-calendar")
    again = push(radicale, week(), "bare-calendar", url=str(bare.url))

    assert first.calendar_url == again.calendar_url == f"{radicale.home_url}bare-calendar/"
    assert not first.plan.creates_calendar
    assert (first.plan.summary(), again.plan.summary()) == ("created 25", "unchanged 25")


def test_webcal_url_is_refused_with_one_line(radicale: Radicale, calendar_name: str) -> None:
    url = f"webcal://{radicale.user}:{radicale.password}@127.0.0.1:{radicale.port}/feed.ics"
    result = invoke(radicale, calendar_name, url=url)
    assert result.exit_code == 2
    assert result.stderr == (
        f"planexport: --url 'webcal://127.0.0.1:{radicale.port}/feed.ics' is a read-only "
        "webcal:// subscription link; give the server's CalDAV URL (https://...)\n"
    )


def test_url_with_a_port_that_is_not_a_number_is_one_line(calendar_name: str) -> None:
    with pytest.raises(OptionsError, match="port that is not a number"):
        push_caldav(week(), url="http://127.0.0.1:port/", calendar=calendar_name)


def test_credentials_in_the_url_log_in_and_never_show(
    radicale: Radicale, calendar_name: str
) -> None:
    # A password that must be percent-encoded in a URL: @ : / % # ? and a space.
    encoded = quote(ODD_PASSWORD, safe="")
    url = f"http://{ODD_USER}:{encoded}@127.0.0.1:{radicale.port}/"

    result = invoke(radicale, calendar_name, "--dry-run", url=url, password="", login=False)
    cli = invoke(radicale, calendar_name, url=url, password="", login=False)
    pushed = push_caldav(week(), url=url, calendar=calendar_name + " 2")
    # --user naming the URL's user takes the URL's password too.
    named = push_caldav(week(), url=url, user=ODD_USER, calendar=calendar_name + " 2")

    assert result.exit_code == 0, result.output
    assert cli.exit_code == 0, cli.output
    assert cli.stdout == f"caldav: {calendar_name} (new calendar): created 25\n"
    assert pushed.calendar_url is not None
    assert pushed.calendar_url.startswith(f"http://127.0.0.1:{radicale.port}/{ODD_USER}/")
    assert named.plan.summary() == "unchanged 25"
    for text in (result.output + result.stderr, cli.output + cli.stderr, str(pushed)):
        assert ODD_PASSWORD not in text
        assert encoded not in text


def test_no_user_on_a_server_that_asks_for_one_says_so(
    radicale: Radicale, calendar_name: str
) -> None:
    with pytest.raises(ServiceError) as failure:
        push_caldav(week(), url=radicale.url, calendar=calendar_name)
    assert str(failure.value) == (
        f"{radicale.url}: the server asks for a user name and password (401 Unauthorized): "
        f"give --user and set {PASSWORD_ENV}"
    )


# ---------------------------------------------------------------------------------------------
# A connection that breaks or stalls


class FlakyProxy(ThreadingHTTPServer):
    """An HTTP proxy on 127.0.0.1 in front of a server, breaking the connection on cue.

    It passes `puts` PUT requests through, then passes one more to the server but hangs up
    before the answer (the server stored it, the client never hears so), then hangs up on every
    request. With `delay`, every answer comes that many seconds late.
    """

    daemon_threads = True

    def __init__(self, upstream: int, *, puts: int = 10**9, delay: float = 0.0) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.upstream = upstream
        self.puts_left = puts
        self.delay = delay
        self.broken = False
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (the timeout test) leaves a broken pipe: expected, not news.
        pass

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self.thread.join(timeout=10)


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FlakyProxy
    METHODS: ClassVar[tuple[str, ...]] = (
        "GET", "PUT", "DELETE", "PROPFIND", "PROPPATCH", "REPORT", "MKCALENDAR", "MKCOL", "OPTIONS",
    )  # fmt: skip

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def forward(self) -> None:
        proxy = self.server
        with proxy.lock:
            drop = proxy.broken
            answer = True
            if not drop and self.command == "PUT":
                if proxy.puts_left == 0:
                    proxy.broken, answer = True, False
                proxy.puts_left -= 1
        if drop:
            self.close_connection = True
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        upstream = http.client.HTTPConnection("127.0.0.1", proxy.upstream, timeout=30)
        # The Host header goes through unchanged so that absolute hrefs point back here.
        headers = {k: v for k, v in self.headers.items() if k.lower() != "connection"}
        upstream.request(self.command, self.path, body=body, headers=headers)
        reply = upstream.getresponse()
        data = reply.read()
        upstream.close()
        if not answer:
            self.close_connection = True
            return
        time.sleep(proxy.delay)
        self.send_response(reply.status, reply.reason)
        for key, value in reply.getheaders():
            if key.lower() not in (
                "connection",
                "transfer-encoding",
                "content-length",
                "date",
                "server",
            ):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


for _method in _ProxyHandler.METHODS:
    setattr(_ProxyHandler, f"do_{_method}", _ProxyHandler.forward)


@pytest.fixture
def proxies() -> Iterator[list[FlakyProxy]]:
    """Proxies a test starts, stopped after it."""
    started: list[FlakyProxy] = []
    yield started
    for proxy in started:
        proxy.stop()


def test_a_connection_dropped_mid_push_is_finished_by_a_second_push(
    server: Server, calendar_name: str, proxies: list[FlakyProxy]
) -> None:
    proxy = FlakyProxy(server.port, puts=5)
    proxies.append(proxy)

    with pytest.raises(ServiceError) as failure:
        push(server, week(), calendar_name, url=proxy.url, jobs=1)

    message = str(failure.value)
    assert message == (
        f"{proxy.url}: lost the server while trying to save "
        "go.d2.design-exercises@planexport.ics (remote end closed connection without response); "
        "5 of 25 changes made; pushing again carries on from there"
    )
    assert "\n" not in message
    # Five answered PUTs and a sixth the server stored but never answered.
    assert len(read_back(server, calendar_name)) == 6

    result = push(server, week(), calendar_name)

    assert result.plan.summary() == "created 19, unchanged 6"
    assert_matches(read_back(server, calendar_name), week())


def test_a_server_slower_than_the_timeout_is_one_line(
    radicale: Radicale, calendar_name: str, proxies: list[FlakyProxy]
) -> None:
    proxy = FlakyProxy(radicale.port, delay=1.5)
    proxies.append(proxy)
    began = time.monotonic()

    with pytest.raises(ServiceError) as failure:
        push(radicale, week(), calendar_name, url=proxy.url, timeout=1)

    assert str(failure.value) == f"{proxy.url}: cannot reach the server: timed out"
    assert time.monotonic() - began < 10


# ---------------------------------------------------------------------------------------------
# The password stays out of every output


def secret_forms(user: str, password: str) -> list[str]:
    """The ways a password can show: as is, percent-encoded, inside a Basic header."""
    basic = base64.b64encode(f"{user}:{password}".encode()).decode()
    return [password, quote(password, safe=""), basic]


def test_verbose_401_never_prints_the_password(radicale: Radicale, calendar_name: str) -> None:
    wrong = "wrong-Pa55word-verbose"
    in_url = f"http://{radicale.user}:{wrong}@127.0.0.1:{radicale.port}/"
    for url, password in ((radicale.url, wrong), (in_url, "")):
        result = runner.invoke(
            app,
            ["--verbose", "push", "caldav", str(USER_PLAN), "--start", MONDAY.isoformat(),
             "--url", url, "--calendar", calendar_name,
             *(["--user", radicale.user] if password else [])],
            env={PASSWORD_ENV: password} if password else {},
        )  # fmt: skip
        assert result.exit_code == 1, result.output
        assert "401 Unauthorized" in result.stderr
        assert "Traceback" in result.stderr  # --verbose did show details
        for form in secret_forms(radicale.user, wrong):
            assert form not in result.output + result.stderr


def test_debug_logging_never_holds_the_password(
    radicale: Radicale, calendar_name: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    level = logging.getLogger("caldav").level
    wrong = "wrong-Pa55word-logged"
    in_url = f"http://{radicale.user}:{radicale.password}@127.0.0.1:{radicale.port}/"

    push(radicale, week(), calendar_name)
    push_caldav(week(), url=in_url, calendar=calendar_name, stamp=STAMP)
    with pytest.raises(ServiceError):
        push(radicale, week(), calendar_name, password=wrong)

    assert caplog.records  # the HTTP libraries did log at DEBUG
    text = caplog.text + "".join(str(r.args) for r in caplog.records)
    for form in secret_forms(radicale.user, radicale.password) + secret_forms(radicale.user, wrong):
        assert form not in text
    assert logging.getLogger("caldav").level == level  # restored after each push
