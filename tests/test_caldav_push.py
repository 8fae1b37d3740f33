"""The CalDAV push's writes in flight, If-Match, discovery and request counts, on real servers."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, cast
from urllib.parse import quote

import icalendar
import pytest
from caldav.davclient import DAVClient
from typer.testing import CliRunner

from planexport.cli import app
from planexport.errors import ServiceError
from planexport.export import caldav
from planexport.export.caldav import PASSWORD_ENV, CaldavPlan
from planexport.model import Plan
from planexport.reader import load
from planexport.scheduling import Schedule
from tests.dav_fixtures import Server, proxy_for, push
from tests.dav_proxy import Answer, DavProxy
from tests.ics_support import drop_block, edit_block, make_schedule
from tests.paths import USER_PLAN
from tests.radicale_server import Radicale

MONDAY = dt.date(2026, 11, 30)
WRITES = frozenset({"PUT", "DELETE", "MKCALENDAR", "MKCOL", "PROPPATCH"})
TRASHED = (
    b'<?xml version="1.0" encoding="utf-8"?>\n'
    b'<d:error xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns">\n'
    b"  <s:exception>Sabre\\DAV\\Exception\\BadRequest</s:exception>\n"
    b"  <s:message>Deleted calendar object with uid already exists in this calendar "
    b"collection.</s:message>\n"
    b"</d:error>\n"
)
"""Nextcloud's answer to a PUT whose UID sits in the calendar's trash bin."""


@pytest.fixture
def calendar_name(request: pytest.FixtureRequest) -> str:
    return "Push " + re.sub(r"\W+", "-", request.node.name).strip("-")


@pytest.fixture(autouse=True)
def _no_password_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)


def week(plan: Plan | None = None) -> Schedule:
    return make_schedule(plan or load(USER_PLAN), start=MONDAY, tz="Europe/Berlin")


def via(proxy: DavProxy, url: str) -> str:
    """`url` on the server, reached through the proxy."""
    return proxy.root.rstrip("/") + "/" + url.split("/", 3)[3]


def client(server: Server) -> DAVClient:
    return DAVClient(url=server.url, username=server.user, password=server.password)


def stored(server: Server, calendar_url: str) -> dict[str, icalendar.Event]:
    """The calendar's events by UID, read straight from the server."""
    calendar: Any = cast("Any", client(server)).calendar(url=calendar_url)
    found: dict[str, icalendar.Event] = {}
    for obj in calendar.get_events():
        for event in icalendar.Calendar.from_ical(obj.data).walk("VEVENT"):
            assert isinstance(event, icalendar.Event)
            found[str(event["UID"])] = event
    return found


def made(message: str) -> int:
    found = re.search(
        r"; (\d+) of (\d+) changes made; pushing again carries on from there$", message
    )
    assert found, message
    return int(found.group(1))


# ---------------------------------------------------------------------------------------------
# Writes in flight


def test_writes_go_out_several_at_a_time_with_the_same_result(
    server: Server, calendar_name: str, proxies: list[DavProxy]
) -> None:
    proxy = proxy_for(server, proxies, delay=0.05)
    result = push(server, week(), calendar_name, url=proxy.url, jobs=4)

    assert result.plan.summary() == "created 25"
    assert proxy.peak >= 3
    assert proxy.methods().count("PUT") - sum(1 for s in proxy.seen if s.status == 423) == 25
    assert result.calendar_url is not None
    assert len(stored(server, via_server(server, result.calendar_url))) == 25

    one = proxy_for(server, proxies, delay=0.01)
    again = push(server, week(), calendar_name + " one", url=one.url, jobs=1)
    assert again.plan.summary() == "created 25"
    assert one.peak == 1


def via_server(server: Server, url: str) -> str:
    """A URL the push reported through a proxy, on the server itself."""
    return server.url.rstrip("/") + "/" + url.split("/", 3)[3]


def test_a_refusal_among_writes_in_flight_says_exactly_how_many_were_made(
    radicale: Radicale, calendar_name: str, proxies: list[DavProxy]
) -> None:
    # Radicale refuses bodies above its limit (413): one block in the middle of the week.
    huge = edit_block(load(USER_PLAN), 3, "Diagramming", note="x" * 60_000)
    proxy = proxy_for(radicale, proxies, delay=0.02)

    with pytest.raises(ServiceError) as failure:
        push(radicale, week(huge), calendar_name, url=proxy.url, jobs=4)

    message = str(failure.value)
    assert "\n" not in message
    assert message.startswith(
        f"{proxy.url}: the server refused to save go.d3.diagramming@planexport.ics (413"
    )
    calendar_url = next(s.path for s in proxy.seen if s.method == "PUT").rsplit("/", 1)[0]
    there = stored(radicale, radicale.url.rstrip("/") + calendar_url + "/")
    assert made(message) == len(there)
    assert "go.d3.diagramming@planexport" not in there
    assert 9 <= len(there) < 25  # the writes before it, and no more than were in flight

    result = push(radicale, week(), calendar_name)
    assert result.plan.count("create") == 25 - len(there)


def test_cli_jobs_option(radicale: Radicale, calendar_name: str) -> None:
    runner = CliRunner()
    base = ["push", "caldav", str(USER_PLAN), "--start", "2026-11-30", "--tz", "Europe/Berlin"]
    login = ["--url", radicale.url, "--user", radicale.user, "--calendar", calendar_name]
    env = {PASSWORD_ENV: radicale.password}

    done = runner.invoke(app, [*base, *login, "--jobs", "2"], env=env)
    assert done.exit_code == 0, done.output
    assert done.stdout.strip() == f"caldav: {calendar_name} (new calendar): created 25"

    refused = runner.invoke(app, [*base, *login, "--jobs", "0"], env=env)
    assert refused.exit_code == 2
    assert refused.stderr.strip().startswith("planexport push caldav: invalid value for '--jobs'")


# ---------------------------------------------------------------------------------------------
# If-Match: what the user changed meanwhile is not overwritten


def change_meanwhile(
    monkeypatch: pytest.MonkeyPatch, server: Server, uid: str, summary: str
) -> None:
    """Between reading the calendar and writing to it, someone edits the event `uid`."""
    original = caldav.plan_changes

    def planned(*args: Any, **kwargs: Any) -> CaldavPlan:
        plan = original(*args, **kwargs)
        change = next(c for c in plan.changes if c.name == f"{uid}.ics")
        assert change.url is not None
        url = via_server(server, change.url)
        theirs = client(server)
        response = theirs.request(url, "GET")
        cal = icalendar.Calendar.from_ical(response._raw)
        for event in cal.walk("VEVENT"):
            event["SUMMARY"] = icalendar.vText(summary)
        put = theirs.put(url, cal.to_ical().decode(), {"Content-Type": "text/calendar"})
        assert put.status in (200, 201, 204)
        return plan

    monkeypatch.setattr(caldav, "plan_changes", planned)


def test_an_event_changed_since_it_was_read_is_not_overwritten(
    server: Server, calendar_name: str, monkeypatch: pytest.MonkeyPatch, proxies: list[DavProxy]
) -> None:
    first = push(server, week(), calendar_name)
    assert first.calendar_url is not None
    uid = "go.d1.review@planexport"
    change_meanwhile(monkeypatch, server, uid, "Review (moved to the evening by me)")
    proxy = proxy_for(server, proxies)
    edited = edit_block(load(USER_PLAN), 1, "Review", note="Also: re-read chapter 2.")

    with pytest.raises(ServiceError) as failure:
        push(server, week(edited), calendar_name, url=proxy.url)

    assert str(failure.value) == (
        f"{proxy.url}: {uid}.ics changed on the server since it was read (412 Precondition "
        "Failed), so it was not overwritten; 0 of 1 changes made; pushing again carries on "
        "from there"
    )
    put = next(s for s in proxy.seen if s.method == "PUT")
    assert put.header("If-Match")
    assert put.status == 412
    assert str(stored(server, first.calendar_url)[uid]["SUMMARY"]) == (
        "Review (moved to the evening by me)"
    )


def test_an_event_changed_since_it_was_read_is_not_deleted(
    server: Server, calendar_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = push(server, week(), calendar_name)
    assert first.calendar_url is not None
    uid = "go.d1.review@planexport"
    change_meanwhile(monkeypatch, server, uid, "Review, which I still want")

    with pytest.raises(ServiceError) as failure:
        push(server, week(drop_block(load(USER_PLAN), 1, "Review")), calendar_name, prune=True)

    assert str(failure.value) == (
        f"{server.url}: {uid}.ics changed on the server since it was read (412 Precondition "
        "Failed), so it was not deleted; 0 of 1 changes made; pushing again carries on from there"
    )
    assert uid in stored(server, first.calendar_url)


def test_updates_and_deletes_carry_the_etag_they_read(
    server: Server, calendar_name: str, proxies: list[DavProxy]
) -> None:
    push(server, week(), calendar_name)
    proxy = proxy_for(server, proxies)
    plan = drop_block(edit_block(load(USER_PLAN), 2, "DSA", note="Graphs."), 1, "Review")

    result = push(server, week(plan), calendar_name, url=proxy.url, prune=True)

    assert result.plan.summary() == "updated 1, deleted 1, unchanged 23"
    writes = [s for s in proxy.seen if s.method in WRITES]
    assert [s.method for s in writes] == ["PUT", "DELETE"]
    for write in writes:
        assert re.fullmatch(r'(W/)?"[^"]+"', write.header("If-Match") or ""), write
        assert write.status in (200, 201, 204)


# ---------------------------------------------------------------------------------------------
# Requests an unchanged push costs, counted at the wire (a login's 401 included)


def test_unchanged_push_from_the_calendars_own_url_costs_three_requests(
    server: Server, calendar_name: str, proxies: list[DavProxy]
) -> None:
    first = push(server, week(), calendar_name)
    assert first.calendar_url is not None
    proxy = proxy_for(server, proxies)

    again = push(server, week(), calendar_name, url=via(proxy, first.calendar_url))

    assert again.plan.summary() == "unchanged 25"
    assert proxy.count() <= 3, proxy.seen
    assert not [s for s in proxy.seen if s.method in WRITES]


def test_unchanged_push_from_the_server_root_costs_at_most_eight_requests(
    server: Server, calendar_name: str, proxies: list[DavProxy]
) -> None:
    push(server, week(), calendar_name)
    proxy = proxy_for(server, proxies)

    again = push(server, week(), calendar_name, url=proxy.url)

    assert again.plan.summary() == "unchanged 25"
    assert proxy.count() <= 8, proxy.seen
    assert not [s for s in proxy.seen if s.method in WRITES]


# ---------------------------------------------------------------------------------------------
# Discovery through /.well-known/caldav


def test_a_root_that_refuses_propfind_falls_back_to_the_well_known_url(
    radicale: Radicale, calendar_name: str, proxies: list[DavProxy]
) -> None:
    # CalDAV under /dav, as Nextcloud serves it under /remote.php/dav: the root answers 405.
    proxy = proxy_for(radicale, proxies, prefix="/dav")

    result = push(radicale, week(), calendar_name, url=proxy.root)

    assert result.plan.summary() == "created 25"
    assert result.calendar_url is not None
    assert result.calendar_url.startswith(proxy.root + "dav/")
    first = [(s.method, s.path, s.status) for s in proxy.seen[:2]]
    assert first == [("PROPFIND", "/", 405), ("PROPFIND", "/.well-known/caldav", 301)]
    # Found once: the redirect is not followed again on every request.
    assert [s.path for s in proxy.seen].count("/.well-known/caldav") == 1
    proxy.clear()

    again = push(radicale, week(), calendar_name, url=proxy.root)

    assert again.plan.summary() == "unchanged 25"
    assert proxy.count() <= 8, proxy.seen


def test_a_root_without_caldav_anywhere_is_one_line(
    radicale: Radicale, calendar_name: str, proxies: list[DavProxy]
) -> None:
    def nothing(method: str, path: str, headers: dict[str, str], body: bytes) -> Answer | None:
        return Answer(405 if method == "PROPFIND" else 404)

    proxy = proxy_for(radicale, proxies, intercept=nothing)

    with pytest.raises(ServiceError) as failure:
        push(radicale, week(), calendar_name, url=proxy.root)

    assert str(failure.value) == (
        f"{proxy.root}: the server failed a propfind request (405 Method Not Allowed)"
    )


# ---------------------------------------------------------------------------------------------
# Nextcloud's trash bin


def test_a_uid_in_nextclouds_trash_bin_is_one_line_saying_what_to_do(
    radicale: Radicale, calendar_name: str, proxies: list[DavProxy]
) -> None:
    trashed = quote("go.d1.dsa@planexport.ics", safe="")

    def trash_bin(method: str, path: str, headers: dict[str, str], body: bytes) -> Answer | None:
        if method == "PUT" and path.endswith("/" + trashed):
            return Answer(400, TRASHED, (("Content-Type", "application/xml; charset=utf-8"),))
        return None

    proxy = proxy_for(radicale, proxies, intercept=trash_bin)

    with pytest.raises(ServiceError) as failure:
        push(radicale, week(), calendar_name, url=proxy.url, jobs=1)

    assert str(failure.value) == (
        f"{proxy.url}: the server refused to create go.d1.dsa@planexport.ics: an event with its "
        "UID is in the calendar's trash bin (Nextcloud keeps deleted events there); empty the "
        "trash bin or restore the event from it; 2 of 25 changes made; pushing again carries on "
        "from there"
    )
