"""The CalDAV push against a real Radicale server on 127.0.0.1, through the library and the CLI."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import unquote

import icalendar
import pytest
from caldav.davclient import DAVClient
from ics_support import drop_block, edit_block, make_schedule
from paths import ROOT, USER_PLAN
from radicale_server import Radicale, free_port, start_radicale
from typer.testing import CliRunner

from planexport.cli import app
from planexport.errors import ConfigError, OptionsError, ServiceError
from planexport.export.caldav import PASSWORD_ENV, CaldavResult, push_caldav
from planexport.export.ics import to_ics
from planexport.model import Plan
from planexport.reader import load
from planexport.scheduling import Schedule

BERLIN = "Europe/Berlin"
MONDAY = dt.date(2026, 11, 30)
STAMP = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.timezone.utc)
UTC = dt.timezone.utc
WRITES = frozenset({"PUT", "DELETE", "MKCALENDAR", "MKCOL", "PROPPATCH", "POST", "MOVE", "COPY"})


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    try:
        yield server
    finally:
        server.stop()


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


def push(radicale: Radicale, schedule: Schedule, calendar: str, **kwargs: Any) -> CaldavResult:
    options: dict[str, Any] = {
        "url": radicale.url,
        "calendar": calendar,
        "user": radicale.user,
        "password": radicale.password,
        "stamp": STAMP,
        **kwargs,
    }
    return push_caldav(schedule, **options)


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


def client(radicale: Radicale) -> DAVClient:
    return DAVClient(url=radicale.url, username=radicale.user, password=radicale.password)


def find_calendar(radicale: Radicale, name: str) -> Any:
    calendars = cast("list[Any]", client(radicale).get_principal().get_calendars())
    for calendar in calendars:
        if calendar.get_display_name() == name:
            return calendar
    return None


def read_back(radicale: Radicale, name: str) -> dict[str, Stored]:
    """Every event of the calendar called `name`, by UID."""
    calendar = find_calendar(radicale, name)
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


def files(radicale: Radicale, name: str) -> dict[str, tuple[int, bytes]]:
    """The calendar's resources as Radicale stored them on disk: name -> (mtime, bytes)."""
    calendar = find_calendar(radicale, name)
    folder_name = str(calendar.url).rstrip("/").rsplit("/", 1)[-1]
    folder = radicale.folder / "collections" / "collection-root" / radicale.user / folder_name
    return {f.name: (f.stat().st_mtime_ns, f.read_bytes()) for f in folder.glob("*.ics")}


# ---------------------------------------------------------------------------------------------
# Pushing


def test_first_push_creates_the_calendar_with_one_resource_per_block_named_by_uid(
    radicale: Radicale, calendar_name: str, requests: Requests
) -> None:
    schedule = week()
    assert find_calendar(radicale, calendar_name) is None

    result = push(radicale, schedule, calendar_name)

    assert result.plan.creates_calendar
    assert result.plan.count("create") == len(schedule.blocks) == 25
    assert result.calendar_url is not None
    assert result.calendar_url.startswith(radicale.url)
    assert requests.methods().count("MKCALENDAR") == 1
    assert requests.methods().count("PUT") == 25
    stored = read_back(radicale, calendar_name)
    assert_matches(stored, schedule)
    assert set(files(radicale, calendar_name)) == {f"{uid}.ics" for uid in stored}
    for uid, event in stored.items():
        assert unquote(event.name) == f"{uid}.ics"
        assert event.sequence == 0
        assert event.event.decoded("DTSTAMP") == STAMP


def test_pushed_events_are_the_ics_exports_events(radicale: Radicale, calendar_name: str) -> None:
    schedule = week()
    push(radicale, schedule, calendar_name, alarm_minutes=10, day_events=True, goals=True)
    stored = read_back(radicale, calendar_name)
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
    radicale: Radicale, calendar_name: str, requests: Requests
) -> None:
    schedule = week()
    push(radicale, schedule, calendar_name)
    before = files(radicale, calendar_name)
    requests.sent.clear()

    result = push(radicale, schedule, calendar_name, stamp=STAMP + dt.timedelta(days=3))

    assert requests.writes() == []
    assert "REPORT" in requests.methods()
    assert result.plan.count("unchanged") == 25
    assert result.plan.summary() == "unchanged 25"
    assert files(radicale, calendar_name) == before
    assert len(before) == 25


def test_edited_plan_updates_events_in_place_with_a_higher_sequence(
    radicale: Radicale, calendar_name: str, requests: Requests
) -> None:
    push(radicale, week(), calendar_name)
    first = read_back(radicale, calendar_name)
    # Day 2 starts an hour later (every block of it moves); one block of day 1 gets a new note.
    plan = edit_block(go_plan(), 1, "DSA", note="Two-pointer problems first.")
    edited = week(plan, starts={2: dt.time(10, 0)})
    moved = {f"{b.key}@planexport" for b in edited.blocks if b.day.number == 2}
    changed = moved | {"go.d1.dsa@planexport"}
    requests.sent.clear()

    result = push(radicale, edited, calendar_name, stamp=STAMP + dt.timedelta(hours=1))

    assert result.plan.count("update") == len(changed)
    assert result.plan.count("unchanged") == 25 - len(changed)
    assert result.plan.count("create") == result.plan.count("delete") == 0
    assert [m for m, _, _ in requests.writes()] == ["PUT"] * len(changed)
    # In place: the same resources, no new ones.
    assert {u.rsplit("/", 1)[-1] for _, u, _ in requests.writes()} == {
        first[uid].name for uid in changed
    }
    after = read_back(radicale, calendar_name)
    assert_matches(after, edited)
    assert {uid: s.name for uid, s in after.items()} == {uid: s.name for uid, s in first.items()}
    for uid, event in after.items():
        assert event.sequence == (1 if uid in changed else 0), uid
    assert "Two-pointer problems first." in str(after["go.d1.dsa@planexport"].event["DESCRIPTION"])
    assert after["go.d2.concepts@planexport"].start == dt.datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    # Edited again: the sequence keeps rising.
    again = week(plan, starts={2: dt.time(11, 0)})
    push(radicale, again, calendar_name, stamp=STAMP + dt.timedelta(hours=2))
    assert read_back(radicale, calendar_name)["go.d2.concepts@planexport"].sequence == 2


def test_prune_deletes_only_planexports_events(
    radicale: Radicale, calendar_name: str, requests: Requests
) -> None:
    push(radicale, week(), calendar_name)
    calendar = find_calendar(radicale, calendar_name)
    calendar.save_event(
        uid="dentist@example.com",
        dtstart=dt.datetime(2026, 12, 1, 8, 0, tzinfo=UTC),
        dtend=dt.datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
        summary="Dentist",
        description="not planexport's, even if it says go.d1.dsa@planexport",
    )
    smaller = week(drop_block(go_plan(), 1, "DSA"))

    kept = push(radicale, smaller, calendar_name)
    assert kept.plan.count("kept") == 1
    assert kept.plan.count("delete") == 0
    assert "go.d1.dsa@planexport" in read_back(radicale, calendar_name)
    requests.sent.clear()

    pruned = push(radicale, smaller, calendar_name, prune=True)

    assert [str(c) for c in pruned.plan.changes if c.action == "delete"] == [
        "delete    go.d1.dsa@planexport.ics  DSA · System Design Interview Framework"
    ]
    assert [m for m, _, _ in requests.writes()] == ["DELETE"]
    stored = read_back(radicale, calendar_name)
    assert "go.d1.dsa@planexport" not in stored
    assert "dentist@example.com" in stored
    assert str(stored["dentist@example.com"].event["SUMMARY"]) == "Dentist"
    assert len(stored) == 25


def test_dry_run_writes_nothing_and_lists_the_changes_by_name(
    radicale: Radicale, calendar_name: str, requests: Requests
) -> None:
    fresh = push(radicale, week(), calendar_name, dry_run=True)
    assert fresh.plan.creates_calendar
    assert fresh.plan.count("create") == 25
    assert str(fresh.plan.changes[0]).startswith(
        "create    go.d1.concepts@planexport.ics  Concepts"
    )
    assert requests.writes() == []
    assert find_calendar(radicale, calendar_name) is None

    push(radicale, week(), calendar_name)
    before = files(radicale, calendar_name)
    requests.sent.clear()
    edited = week(drop_block(edit_block(go_plan(), 1, "DSA", note="new"), 2, "Review"))

    result = push(radicale, edited, calendar_name, dry_run=True, prune=True)

    assert requests.writes() == []
    assert files(radicale, calendar_name) == before
    actions = {c.name: c.action for c in result.plan.changes}
    assert actions["go.d1.dsa@planexport.ics"] == "update"
    assert actions["go.d2.review@planexport.ics"] == "delete"
    assert actions["go.d1.concepts@planexport.ics"] == "unchanged"
    assert result.plan.summary() == "updated 1, deleted 1, unchanged 23"


def test_events_imported_from_the_ics_export_are_updated_not_duplicated(
    radicale: Radicale, calendar_name: str, requests: Requests
) -> None:
    # A calendar app that imported the .ics file stores each event under a name of its own.
    schedule = week()
    exported = icalendar.Calendar.from_ical(to_ics(schedule))
    timezone = next(iter(exported.walk("VTIMEZONE")))
    calendar: Any = client(radicale).get_principal().make_calendar(name=calendar_name)
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

    same = push(radicale, schedule, calendar_name)

    assert same.plan.summary() == "unchanged 25"
    assert requests.writes() == []
    moved = week(starts={1: dt.time(10, 0)})
    push(radicale, moved, calendar_name)
    stored = read_back(radicale, calendar_name)
    assert_matches(stored, moved)
    assert all(s.name.startswith("imported-") for s in stored.values())
    assert stored["go.d1.concepts@planexport"].sequence == 1


def test_a_refused_event_stops_the_push_and_a_second_push_finishes_it(
    radicale: Radicale, calendar_name: str
) -> None:
    # Radicale refuses bodies above its limit (413); the second block of day 1 is too big.
    huge = edit_block(go_plan(), 1, "Template Creation", note="x" * 60_000)
    with pytest.raises(ServiceError) as failure:
        push(radicale, week(huge), calendar_name)
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


def test_unknown_url_is_one_line(radicale: Radicale, calendar_name: str) -> None:
    url = f"{radicale.url}{radicale.user}/no-such-place/"
    result = invoke(radicale, calendar_name, url=url)
    assert result.exit_code == 1
    assert result.stderr == f"planexport: {url}: not found (404 Not Found): check --url\n"
    assert radicale.password not in result.output + result.stderr


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
    radicale: Radicale,
    calendar: str,
    *extra: str,
    url: str | None = None,
    password: str | None = None,
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
        url or radicale.url,
        "--calendar",
        calendar,
        "--user",
        radicale.user,
        *extra,
    ]
    env = {PASSWORD_ENV: password if password is not None else radicale.password}
    return runner.invoke(app, args, env=env)


def test_cli_pushes_then_reports_unchanged(radicale: Radicale, calendar_name: str) -> None:
    dry = invoke(radicale, calendar_name, "--dry-run")
    assert dry.exit_code == 0, dry.output
    lines = dry.stdout.splitlines()
    assert lines[0] == f"create    calendar {calendar_name}"
    assert lines[-1] == "dry run, nothing written; planned: created 25"
    assert find_calendar(radicale, calendar_name) is None

    first = invoke(radicale, calendar_name, "--alarm", "15")
    assert first.exit_code == 0, first.output
    assert first.stdout == f"caldav: {calendar_name} (new calendar): created 25\n"
    stored = read_back(radicale, calendar_name)
    schedule = week(load(USER_PLAN))
    assert len(stored) == len(schedule.blocks)
    # The CLI schedules for itself (its own durations): compare with the first block it placed.
    first_block = stored["go.d1.concepts@planexport"]
    assert first_block.start == dt.datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    assert all(len(list(s.event.walk("VALARM"))) == 1 for s in stored.values())

    again = invoke(radicale, calendar_name, "--alarm", "15")
    assert again.exit_code == 0, again.output
    assert again.stdout == f"caldav: {calendar_name}: unchanged 25\n"
    assert radicale.password not in first.output + again.output


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
