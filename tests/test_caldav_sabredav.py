"""`planexport push caldav` against SabreDAV, the engine of Nextcloud, ownCloud and Baikal."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

import icalendar
import pytest
from caldav.davclient import DAVClient
from typer.testing import CliRunner

from planexport.cli import app
from planexport.export import caldav
from planexport.export.caldav import PASSWORD_ENV, CaldavChanges
from tests.dav_proxy import DavProxy
from tests.sabredav_server import SabreDav

BERLIN = ZoneInfo("Europe/Berlin")
WRITES = frozenset({"PUT", "DELETE", "MKCALENDAR", "MKCOL", "PROPPATCH"})

WEEK = """\
---
id: sabre
title: Sabre Week
---

## Day 1

- **09:00–10:30** → Arrays
- **11:00–12:00** → Reading

## Day 2

- **09:00–10:00** → Graphs
- **14:00–15:30** → Mock interview
"""
"""Two days of pinned blocks: what each event's times must be is plain from the text."""

EDITED = WEEK.replace("**11:00–12:00** → Reading", "**16:00–17:00** → Reading").replace(
    "- **14:00–15:30** → Mock interview\n", ""
)
"""The same week with Reading moved to the afternoon and the mock interview dropped."""

UIDS = {
    "sabre.d1.arrays@planexport": ("Arrays · Day 1", (2026, 11, 30, 9, 0), (2026, 11, 30, 10, 30)),
    "sabre.d1.reading@planexport": (
        "Reading · Day 1",
        (2026, 11, 30, 11, 0),
        (2026, 11, 30, 12, 0),
    ),
    "sabre.d2.graphs@planexport": ("Graphs · Day 2", (2026, 12, 1, 9, 0), (2026, 12, 1, 10, 0)),
    "sabre.d2.mock-interview@planexport": (
        "Mock interview · Day 2",
        (2026, 12, 1, 14, 0),
        (2026, 12, 1, 15, 30),
    ),
}
"""What the week's events must be on the server: UID -> summary, start and end in Berlin."""


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "week.md"
    path.write_text(WEEK, encoding="utf-8")
    return path


@pytest.fixture
def calendar_name(request: pytest.FixtureRequest) -> str:
    return "Sabre " + re.sub(r"\W+", "-", request.node.name).strip("-")


@pytest.fixture
def proxies() -> Iterator[list[DavProxy]]:
    started: list[DavProxy] = []
    yield started
    for proxy in started:
        proxy.stop()


def proxy_for(server: SabreDav, proxies: list[DavProxy], **kwargs: Any) -> DavProxy:
    proxy = DavProxy(server.port, **kwargs)
    proxies.append(proxy)
    return proxy


def push(
    server: SabreDav, plan: Path, calendar: str, *options: str, url: str | None = None
) -> tuple[int, str, str]:
    """`planexport push caldav` as a user runs it: exit code, stdout, stderr."""
    command = ["push", "caldav", str(plan), "--start", "2026-11-30", "--tz", "Europe/Berlin"]
    command += ["--url", url or server.url, "--user", server.user, "--calendar", calendar]
    done = CliRunner().invoke(app, [*command, *options], env={PASSWORD_ENV: server.password})
    return done.exit_code, done.stdout, done.stderr


def calendar_url(server: SabreDav, calendar: str) -> str:
    """The URL of the user's calendar whose display name is `calendar`, found by the library."""
    client = DAVClient(url=server.url, username=server.user, password=server.password)
    with client:
        url = str(cast("Any", client.get_principal()).calendar(name=calendar).url)
    assert url.startswith(server.home_url), url
    return url


def stored(server: SabreDav, calendar: str) -> dict[str, icalendar.Event]:
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


def as_pushed(
    server: SabreDav, calendar: str
) -> dict[str, tuple[str, tuple[int, ...], tuple[int, ...]]]:
    return {
        uid: (str(event["SUMMARY"]), berlin(event, "DTSTART"), berlin(event, "DTEND"))
        for uid, event in stored(server, calendar).items()
    }


# ---------------------------------------------------------------------------------------------
# A week pushed, pushed again unchanged, then edited


def test_a_first_push_creates_the_weeks_events_as_planexport_makes_them(
    sabredav: SabreDav, plan_file: Path, calendar_name: str
) -> None:
    code, out, err = push(sabredav, plan_file, calendar_name)

    assert (code, err) == (0, ""), err
    assert out.strip() == f"caldav: {calendar_name} (new calendar): created 4"
    assert as_pushed(sabredav, calendar_name) == UIDS


def test_an_unchanged_push_writes_nothing(
    sabredav: SabreDav, plan_file: Path, calendar_name: str, proxies: list[DavProxy]
) -> None:
    assert push(sabredav, plan_file, calendar_name)[0] == 0
    proxy = proxy_for(sabredav, proxies)

    code, out, err = push(sabredav, plan_file, calendar_name, url=proxy.url)

    assert (code, err) == (0, ""), err
    assert out.strip() == f"caldav: {calendar_name}: unchanged 4"
    assert not [s for s in proxy.seen if s.method in WRITES], proxy.seen
    assert as_pushed(sabredav, calendar_name) == UIDS


def test_an_edited_plan_moves_one_event_and_prunes_the_dropped_one(
    sabredav: SabreDav, plan_file: Path, calendar_name: str, proxies: list[DavProxy]
) -> None:
    assert push(sabredav, plan_file, calendar_name)[0] == 0
    before = stored(sabredav, calendar_name)
    plan_file.write_text(EDITED, encoding="utf-8")
    proxy = proxy_for(sabredav, proxies)

    code, out, err = push(sabredav, plan_file, calendar_name, "--prune", url=proxy.url)

    assert (code, err) == (0, ""), err
    assert out.strip() == f"caldav: {calendar_name}: updated 1, deleted 1, unchanged 2"
    moved = {
        **{k: v for k, v in UIDS.items() if "mock-interview" not in k},
        "sabre.d1.reading@planexport": (
            "Reading · Day 1",
            (2026, 11, 30, 16, 0),
            (2026, 11, 30, 17, 0),
        ),
    }
    assert as_pushed(sabredav, calendar_name) == moved
    after = stored(sabredav, calendar_name)
    uid = "sabre.d1.reading@planexport"
    assert int(after[uid].decoded("SEQUENCE")) > int(before[uid].decoded("SEQUENCE", 0))
    # The two writes carried the ETags SabreDAV gave when the calendar was read.
    writes = [s for s in proxy.seen if s.method in WRITES]
    assert [(s.method, s.status) for s in writes] == [("PUT", 204), ("DELETE", 204)]
    for write in writes:
        assert re.fullmatch(r'(W/)?"[^"]+"', write.header("If-Match") or ""), write


# ---------------------------------------------------------------------------------------------
# If-Match: an event edited on the server between planexport's read and its write


def test_an_event_changed_on_the_server_meanwhile_stops_the_push_and_is_kept(
    sabredav: SabreDav, plan_file: Path, calendar_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert push(sabredav, plan_file, calendar_name)[0] == 0
    uid = "sabre.d1.reading@planexport"
    original = caldav.plan_changes

    def planned(*args: Any, **kwargs: Any) -> CaldavChanges:
        changes = original(*args, **kwargs)
        # The user moves the event in their calendar app while planexport is deciding.
        url = calendar_url(sabredav, calendar_name) + f"{uid}.ics"
        theirs = DAVClient(url=url, username=sabredav.user, password=sabredav.password)
        cal = icalendar.Calendar.from_ical(theirs.request(url, "GET")._raw)
        for event in cal.walk("VEVENT"):
            event["SUMMARY"] = icalendar.vText("Reading, after lunch (my change)")
        put = theirs.put(url, cal.to_ical().decode(), {"Content-Type": "text/calendar"})
        assert put.status in (200, 201, 204)
        return changes

    monkeypatch.setattr(caldav, "plan_changes", planned)
    plan_file.write_text(EDITED, encoding="utf-8")

    code, out, err = push(sabredav, plan_file, calendar_name, "--prune", "--jobs", "1")

    assert code == 1
    assert out == ""
    assert err.count("\n") == 1, err
    assert err.startswith(f"planexport: {sabredav.url}: {uid}.ics changed on the ")
    assert "(412 Precondition Failed), so it was not overwritten; 0 of 2 changes made" in err
    there = stored(sabredav, calendar_name)
    assert str(there[uid]["SUMMARY"]) == "Reading, after lunch (my change)"
    # The push stopped before its deletes: the dropped block is still there too.
    assert set(there) == set(UIDS)


# ---------------------------------------------------------------------------------------------
# Discovery, and writes one at a time or several


def test_the_calendars_own_url_and_the_server_root_find_the_same_calendar(
    sabredav: SabreDav, plan_file: Path, calendar_name: str
) -> None:
    assert push(sabredav, plan_file, calendar_name)[0] == 0
    own = calendar_url(sabredav, calendar_name)
    plan_file.write_text(EDITED, encoding="utf-8")

    code, out, err = push(sabredav, plan_file, calendar_name, "--prune", url=own)

    assert (code, err) == (0, ""), err
    assert out.strip() == f"caldav: {calendar_name}: updated 1, deleted 1, unchanged 2"
    for url in (own, sabredav.url, sabredav.principal_url, sabredav.home_url):
        code, out, err = push(sabredav, plan_file, calendar_name, url=url)
        assert (code, err) == (0, ""), (url, err)
        assert out.strip() == f"caldav: {calendar_name}: unchanged 3", url
    assert len(stored(sabredav, calendar_name)) == 3

    code, out, err = push(sabredav, plan_file, "Another name", url=own)
    assert code == 2
    assert err.startswith(f"planexport: --url {own} is the calendar {calendar_name!r}")


def test_one_write_at_a_time_and_the_default_several_give_the_same_calendar(
    sabredav: SabreDav, plan_file: Path, calendar_name: str, proxies: list[DavProxy]
) -> None:
    one = proxy_for(sabredav, proxies, delay=0.02)
    code, _, err = push(sabredav, plan_file, calendar_name + " one", "--jobs", "1", url=one.url)
    assert (code, err) == (0, ""), err
    several = proxy_for(sabredav, proxies, delay=0.02)
    code, _, err = push(sabredav, plan_file, calendar_name + " several", url=several.url)
    assert (code, err) == (0, ""), err

    assert one.peak == 1
    assert several.peak >= 2
    for proxy in (one, several):
        puts = [s for s in proxy.seen if s.method == "PUT"]
        assert [s.status for s in puts] == [201] * 4
        assert all(s.header("If-None-Match") == "*" for s in puts)
    assert as_pushed(sabredav, calendar_name + " one") == UIDS
    assert as_pushed(sabredav, calendar_name + " several") == UIDS
