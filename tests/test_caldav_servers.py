"""`planexport push caldav` against the servers most people have: SabreDAV and Cyrus IMAP.

SabreDAV is the engine of Nextcloud, ownCloud and Baikal; Cyrus IMAP's CalDAV is Fastmail's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest
from caldav.davclient import DAVClient
from typer.testing import CliRunner

from planexport.cli import app
from planexport.export import caldav
from planexport.export.caldav import PASSWORD_ENV, CaldavChanges
from tests.cyrus_server import Cyrus
from tests.dav_fixtures import proxy_for
from tests.dav_proxy import Answer, DavProxy
from tests.sabredav_server import SabreDav

BERLIN = ZoneInfo("Europe/Berlin")
WRITES = frozenset({"PUT", "DELETE", "MKCALENDAR", "MKCOL", "PROPPATCH"})

WEEK = """\
---
id: PLAN
title: Study Week
---

## Day 1

- **09:00–10:30** → Arrays
- **11:00–12:00** → Reading

## Day 2

- **09:00–10:00** → Graphs
- **14:00–15:30** → Mock interview
"""
"""Two days of pinned blocks (the plan's id in place of PLAN): each event's times are plain."""

EDITED = WEEK.replace("**11:00–12:00** → Reading", "**16:00–17:00** → Reading").replace(
    "- **14:00–15:30** → Mock interview\n", ""
)
"""The same week with Reading moved to the afternoon and the mock interview dropped."""

Pushed = dict[str, tuple[str, tuple[int, ...], tuple[int, ...]]]
"""Events as a server holds them: UID -> summary, start and end as Berlin wall-clock times."""


@dataclass(frozen=True)
class Week:
    """The week's plan file; its id is the test's own, as Cyrus keeps a UID in one calendar."""

    path: Path
    plan: str

    def write(self, text: str = WEEK) -> Path:
        self.path.write_text(text.replace("PLAN", self.plan), encoding="utf-8")
        return self.path

    def events(self, *, edited: bool = False) -> Pushed:
        """What the events must be on the server, after the edit or before it."""
        reading = (11, 0), (12, 0)
        if edited:
            reading = (16, 0), (17, 0)
        events: Pushed = {
            f"{self.plan}.d1.arrays@planexport": (
                "Arrays · Day 1",
                (2026, 11, 30, 9, 0),
                (2026, 11, 30, 10, 30),
            ),
            f"{self.plan}.d1.reading@planexport": (
                "Reading · Day 1",
                (2026, 11, 30, *reading[0]),
                (2026, 11, 30, *reading[1]),
            ),
            f"{self.plan}.d2.graphs@planexport": (
                "Graphs · Day 2",
                (2026, 12, 1, 9, 0),
                (2026, 12, 1, 10, 0),
            ),
        }
        if not edited:
            events[f"{self.plan}.d2.mock-interview@planexport"] = (
                "Mock interview · Day 2",
                (2026, 12, 1, 14, 0),
                (2026, 12, 1, 15, 30),
            )
        return events


DavServer = SabreDav | Cyrus


@pytest.fixture(params=["sabredav", "cyrus"])
def dav(request: pytest.FixtureRequest) -> DavServer:
    """Each server in turn (each started once for the module): the same scenarios on both."""
    return cast("DavServer", request.getfixturevalue(request.param))


def week_in(folder: Path, test: str) -> Week:
    folder.mkdir(parents=True, exist_ok=True)
    week = Week(folder / "week.md", "w" + hashlib.sha1(test.encode()).hexdigest()[:8])
    week.write()
    return week


@pytest.fixture
def week(tmp_path: Path, request: pytest.FixtureRequest) -> Week:
    return week_in(tmp_path, request.node.nodeid)


@pytest.fixture
def calendar_name(request: pytest.FixtureRequest) -> str:
    return "Week " + re.sub(r"\W+", "-", request.node.name).strip("-")


def push(
    server: DavServer, plan: Path, calendar: str, *options: str, url: str | None = None
) -> tuple[int, str, str]:
    """`planexport push caldav` as a user runs it: exit code, stdout, stderr."""
    command = ["push", "caldav", str(plan), "--start", "2026-11-30", "--tz", "Europe/Berlin"]
    command += ["--url", url or server.url, "--user", server.user, "--calendar", calendar]
    done = CliRunner().invoke(app, [*command, *options], env={PASSWORD_ENV: server.password})
    return done.exit_code, done.stdout, done.stderr


def calendar_url(server: DavServer, calendar: str) -> str:
    """The URL of the user's calendar whose display name is `calendar`, found by the library."""
    # From the principal: Cyrus's root answers without a login, which the library cannot use.
    client = DAVClient(url=server.principal_url, username=server.user, password=server.password)
    with client:
        url = str(cast("Any", client.get_principal()).calendar(name=calendar).url)
    assert url.startswith(server.home_url), url
    return url


def stored(server: DavServer, calendar: str) -> dict[str, icalendar.Event]:
    """The calendar's events by UID, read back by the caldav library and parsed by icalendar."""
    client = DAVClient(url=server.url, username=server.user, password=server.password)
    found: dict[str, icalendar.Event] = {}
    with client:
        there = cast("Any", client).calendar(url=calendar_url(server, calendar))
        for obj in there.get_events():
            for event in icalendar.Calendar.from_ical(obj.data).walk("VEVENT"):
                assert isinstance(event, icalendar.Event)
                found[str(event["UID"])] = event
    return found


def berlin(event: icalendar.Event, name: str) -> tuple[int, ...]:
    """DTSTART or DTEND as Berlin wall-clock time, checked to be in that zone."""
    value = event.decoded(name)
    assert isinstance(value, dt.datetime)
    assert value.tzinfo is not None
    assert value.utcoffset() == value.astimezone(BERLIN).utcoffset()
    assert event[name].params.get("TZID") == "Europe/Berlin"
    return value.timetuple()[:5]


def as_pushed(server: DavServer, calendar: str) -> Pushed:
    return {
        uid: (str(event["SUMMARY"]), berlin(event, "DTSTART"), berlin(event, "DTEND"))
        for uid, event in stored(server, calendar).items()
    }


# ---------------------------------------------------------------------------------------------
# A week pushed, pushed again unchanged, then edited


def test_a_first_push_creates_the_weeks_events_as_planexport_makes_them(
    dav: DavServer, week: Week, calendar_name: str
) -> None:
    code, out, err = push(dav, week.path, calendar_name)

    assert (code, err) == (0, ""), err
    assert out.strip() == f"caldav: {calendar_name} (new calendar): created 4"
    assert as_pushed(dav, calendar_name) == week.events()


def test_an_unchanged_push_writes_nothing(
    dav: DavServer, week: Week, calendar_name: str, proxies: list[DavProxy]
) -> None:
    assert push(dav, week.path, calendar_name)[0] == 0
    proxy = proxy_for(dav, proxies)

    code, out, err = push(dav, week.path, calendar_name, url=proxy.url)

    assert (code, err) == (0, ""), err
    assert out.strip() == f"caldav: {calendar_name}: unchanged 4"
    assert not [s for s in proxy.seen if s.method in WRITES], proxy.seen
    assert as_pushed(dav, calendar_name) == week.events()


def test_an_edited_plan_moves_one_event_and_prunes_the_dropped_one(
    dav: DavServer, week: Week, calendar_name: str, proxies: list[DavProxy]
) -> None:
    assert push(dav, week.path, calendar_name)[0] == 0
    before = stored(dav, calendar_name)
    week.write(EDITED)
    proxy = proxy_for(dav, proxies)

    code, out, err = push(dav, week.path, calendar_name, "--prune", url=proxy.url)

    assert (code, err) == (0, ""), err
    assert out.strip() == f"caldav: {calendar_name}: updated 1, deleted 1, unchanged 2"
    assert as_pushed(dav, calendar_name) == week.events(edited=True)
    after = stored(dav, calendar_name)
    uid = f"{week.plan}.d1.reading@planexport"
    assert int(after[uid].decoded("SEQUENCE")) > int(before[uid].decoded("SEQUENCE", 0))
    # The two writes carried the ETags the server gave when the calendar was read.
    writes = [s for s in proxy.seen if s.method in WRITES]
    assert [s.method for s in writes] == ["PUT", "DELETE"]
    for write in writes:
        assert write.status in (200, 204), write
        assert re.fullmatch(r'(W/)?"[^"]+"', write.header("If-Match") or ""), write


# ---------------------------------------------------------------------------------------------
# If-Match: an event edited on the server between planexport's read and its write


def test_an_event_changed_on_the_server_meanwhile_stops_the_push_and_is_kept(
    dav: DavServer, week: Week, calendar_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert push(dav, week.path, calendar_name)[0] == 0
    uid = f"{week.plan}.d1.reading@planexport"
    original = caldav.plan_changes

    def planned(*args: Any, **kwargs: Any) -> CaldavChanges:
        changes = original(*args, **kwargs)
        # The user renames the event in their calendar app while planexport is deciding.
        url = calendar_url(dav, calendar_name) + f"{uid}.ics"
        theirs = DAVClient(url=url, username=dav.user, password=dav.password)
        cal = icalendar.Calendar.from_ical(theirs.request(url, "GET")._raw)
        for event in cal.walk("VEVENT"):
            event["SUMMARY"] = icalendar.vText("Reading, after lunch (my change)")
        put = theirs.put(url, cal.to_ical().decode(), {"Content-Type": "text/calendar"})
        assert put.status in (200, 201, 204)
        return changes

    monkeypatch.setattr(caldav, "plan_changes", planned)
    week.write(EDITED)

    code, out, err = push(dav, week.path, calendar_name, "--prune", "--jobs", "1")

    assert (code, out) == (1, "")
    assert err == (
        f"planexport: {dav.url}: {uid}.ics changed on the server since it was read (412 "
        "Precondition Failed), so it was not overwritten; 0 of 2 changes made; pushing again "
        "carries on from there\n"
    )
    there = stored(dav, calendar_name)
    assert str(there[uid]["SUMMARY"]) == "Reading, after lunch (my change)"
    # The push stopped before its deletes: the dropped block is still there too.
    assert set(there) == set(week.events())


# ---------------------------------------------------------------------------------------------
# Discovery, and writes one at a time or several


def test_the_calendars_own_url_and_the_server_root_find_the_same_calendar(
    dav: DavServer, week: Week, calendar_name: str
) -> None:
    assert push(dav, week.path, calendar_name)[0] == 0
    own = calendar_url(dav, calendar_name)
    week.write(EDITED)

    code, out, err = push(dav, week.path, calendar_name, "--prune", url=own)

    assert (code, err) == (0, ""), err
    assert out.strip() == f"caldav: {calendar_name}: updated 1, deleted 1, unchanged 2"
    urls = [own, dav.url, dav.principal_url, dav.home_url]
    if isinstance(dav, Cyrus):
        # SabreDAV leaves /.well-known/caldav to the web server in front of it (Nextcloud's).
        urls.append(dav.well_known_url)
    for url in urls:
        code, out, err = push(dav, week.path, calendar_name, url=url)
        assert (code, err) == (0, ""), (url, err)
        assert out.strip() == f"caldav: {calendar_name}: unchanged 3", url
    assert as_pushed(dav, calendar_name) == week.events(edited=True)

    code, out, err = push(dav, week.path, "Another name", url=own)
    assert code == 2
    assert err.startswith(f"planexport: --url {own} is the calendar {calendar_name!r}")


def test_one_write_at_a_time_and_the_default_several_give_the_same_calendar(
    dav: DavServer, tmp_path: Path, calendar_name: str, proxies: list[DavProxy]
) -> None:
    # Two plans: Cyrus would refuse the same UIDs in a second calendar.
    weeks = {jobs: week_in(tmp_path / jobs, calendar_name + jobs) for jobs in ("one", "several")}
    one = proxy_for(dav, proxies, delay=0.02)
    code, _, err = push(dav, weeks["one"].path, calendar_name + " one", "--jobs", "1", url=one.url)
    assert (code, err) == (0, ""), err
    several = proxy_for(dav, proxies, delay=0.02)
    code, _, err = push(dav, weeks["several"].path, calendar_name + " several", url=several.url)
    assert (code, err) == (0, ""), err

    assert one.peak == 1
    assert several.peak >= 2
    for proxy in (one, several):
        puts = [s for s in proxy.seen if s.method == "PUT"]
        assert [s.status for s in puts] == [201] * 4
        assert all(s.header("If-None-Match") == "*" for s in puts)
    for jobs, week in weeks.items():
        assert as_pushed(dav, f"{calendar_name} {jobs}") == week.events()


# ---------------------------------------------------------------------------------------------
# Cyrus keeps a UID in one of a user's calendars


def test_a_uid_another_calendar_holds_is_one_line_naming_where(
    cyrus: Cyrus, week: Week, calendar_name: str
) -> None:
    assert push(cyrus, week.path, calendar_name)[0] == 0
    home = urlsplit(cyrus.home_url).path
    first = urlsplit(calendar_url(cyrus, calendar_name)).path

    code, out, err = push(cyrus, week.path, calendar_name + " copy", "--jobs", "1")

    assert (code, out) == (1, "")
    assert err == (
        f"planexport: {cyrus.url}: the server refused to save {week.plan}.d1.arrays@planexport"
        f".ics: its UID is already used by {first}{week.plan}.d1.arrays@planexport.ics (the "
        "server allows each UID in only one of your calendars); push to that calendar, or "
        "delete that event first; 0 of 4 changes made; pushing again carries on from there\n"
    )
    assert first.startswith(home)
    assert stored(cyrus, calendar_name + " copy") == {}
    assert as_pushed(cyrus, calendar_name) == week.events()


def test_a_uid_conflict_answered_with_409_is_the_same_line(
    sabredav: SabreDav, week: Week, calendar_name: str, proxies: list[DavProxy]
) -> None:
    # RFC 4791's precondition may come with 409 Conflict too, and with prefixes of any name.
    elsewhere = "/calendars/student/other/x%40y.ics"
    refusal = (
        b'<?xml version="1.0"?><error xmlns="DAV:"><cal:no-uid-conflict '
        b'xmlns:cal="urn:ietf:params:xml:ns:caldav"><href>' + elsewhere.encode() + b"</href>"
        b"</cal:no-uid-conflict></error>"
    )

    def conflict(method: str, path: str, headers: dict[str, str], body: bytes) -> Answer | None:
        if method == "PUT" and ".d2.graphs@" in unquote(path):
            return Answer(409, refusal, (("Content-Type", "application/xml"),))
        return None

    proxy = proxy_for(sabredav, proxies, intercept=conflict)

    code, out, err = push(sabredav, week.path, calendar_name, "--jobs", "1", url=proxy.url)

    assert (code, out) == (1, "")
    assert err == (
        f"planexport: {proxy.url}: the server refused to save {week.plan}.d2.graphs@planexport"
        ".ics: its UID is already used by /calendars/student/other/x@y.ics (the server allows "
        "each UID in only one of your calendars); push to that calendar, or delete that event "
        "first; 2 of 4 changes made; pushing again carries on from there\n"
    )
    assert len(stored(sabredav, calendar_name)) == 2
