"""`planexport serve`: a real process serving the feed, read by vdirsyncer and plain HTTP."""

from __future__ import annotations

import datetime as dt
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path

import icalendar
import pytest

from planexport.errors import PlanError
from planexport.serve import FeedSource, feed_urls, make_server
from tests.paths import USER_PLAN

# Every test here starts `planexport serve` or its HTTP server on 127.0.0.1.
pytestmark = pytest.mark.server

SERVE = [sys.executable, "-m", "planexport", "serve"]
WEEK = ["--start", "2026-11-30", "--tz", "Europe/Berlin", "--durations", "min"]
REMOVED = (
    "- **Block 2 (Template Creation – 60 min)**\n"
    "  - Create **system design template** in markdown.\n"
)
LONGER = ("**Block 2 (Design Exercises – 60 min)**", "**Block 2 (Design Exercises – 90 min)**")
# A day given twice stays an error (one misread block line is only a warning now).
BROKEN = (
    "**Block 4 (Review – 30 min)**",
    "**Block 4 (Review – 30 min)**\n\n## Day 1 – Again\n\n- Review (30 min)",
)


@dataclass
class Served:
    """A running `planexport serve`: its process, feed URL, plan file and stderr."""

    process: subprocess.Popen[str]
    url: str
    webcal: str
    plan: Path
    stderr: Path

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1].split("/", 1)[0])

    @property
    def path(self) -> str:
        return "/" + self.url.split("/", 3)[3]

    def errors(self) -> str:
        return self.stderr.read_text(encoding="utf-8")

    def request(
        self, method: str = "GET", path: str | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request(method, path or self.path, headers=headers or {})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    # The next stat must see a change, whatever the file system's timestamp resolution.
    later = time.time() + 2
    os.utime(path, (later, later))


def start(folder: Path, *extra: str) -> Served:
    plan = folder / "go-track.md"
    if not plan.exists():
        shutil.copy(USER_PLAN, plan)
    stderr = folder / "serve.err"
    errors = stderr.open("w", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "planexport", "serve", str(plan), *WEEK, "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    errors.close()
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.fullmatch(
        r"serving (http://127\.0\.0\.1:\d+/go-track\.ics) \(subscribe: (webcal://\S+)\); "
        r"Ctrl-C stops\n",
        line,
    )
    assert found, (line, stderr.read_text(encoding="utf-8"))
    return Served(process, found.group(1), found.group(2), plan, stderr)


def stop(served: Served) -> int:
    if served.process.poll() is None:
        served.process.send_signal(signal.SIGINT)
    try:
        return served.process.wait(timeout=10)
    finally:
        if served.process.poll() is None:
            served.process.kill()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    running = start(tmp_path)
    try:
        yield running
    finally:
        stop(running)


def events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT") if isinstance(e, icalendar.Event)}


def start_of(event: icalendar.Event) -> dt.datetime:
    value = event.decoded("DTSTART")
    assert isinstance(value, dt.datetime)
    return value.astimezone(dt.timezone.utc)


# ---------------------------------------------------------------------------------------------
# HTTP


def test_serves_the_feed_with_validators(served: Served) -> None:
    assert served.webcal == served.url.replace("http://", "webcal://")
    status, headers, body = served.request()

    assert status == 200
    assert headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert re.fullmatch(r'"[0-9a-f]{32}"', headers["ETag"])
    assert headers["Last-Modified"].endswith(" GMT")
    assert int(headers["Content-Length"]) == len(body)
    assert len(events(body)) == 25
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in body

    head_status, head_headers, head_body = served.request("HEAD")
    assert head_status == 200
    assert head_body == b""
    assert head_headers["ETag"] == headers["ETag"]
    assert head_headers["Content-Length"] == headers["Content-Length"]


def test_conditional_requests_answer_304_without_a_body(served: Served) -> None:
    _, headers, _ = served.request()
    etag, modified = headers["ETag"], headers["Last-Modified"]

    for conditions in (
        {"If-None-Match": etag},
        {"If-None-Match": f'"other", W/{etag}'},
        {"If-None-Match": "*"},
        {"If-Modified-Since": modified},
    ):
        status, again, body = served.request(headers=conditions)
        assert (status, body) == (304, b""), conditions
        assert again["ETag"] == etag

    stale = format_datetime(dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc), usegmt=True)
    for conditions in (
        {"If-None-Match": '"something-else"'},
        {"If-Modified-Since": stale},
        # If-None-Match wins over If-Modified-Since (RFC 9110).
        {"If-None-Match": '"something-else"', "If-Modified-Since": modified},
        {"If-Modified-Since": "not a date"},
    ):
        status, _, body = served.request(headers=conditions)
        assert status == 200, conditions
        assert len(events(body)) == 25


def test_other_paths_are_404_and_other_methods_405(served: Served) -> None:
    for path in ("/", "/other.ics", "/go-track.ics/x", "/go-track"):
        status, _, body = served.request(path=path)
        assert status == 404, path
        assert b"/go-track.ics" in body
    assert served.request(path="/go-track.ics?v=2")[0] == 200
    for method in ("POST", "PUT", "DELETE", "PROPFIND", "OPTIONS", "BREW"):
        status, headers, _ = served.request(method)
        assert status == 405, method
        assert headers["Allow"] == "GET, HEAD"


def test_an_edit_rebuilds_the_feed_with_a_new_etag(served: Served) -> None:
    _, headers, before = served.request()
    edit(served.plan, *LONGER)

    status, after_headers, after = served.request(headers={"If-None-Match": headers["ETag"]})

    assert status == 200
    assert after_headers["ETag"] != headers["ETag"]
    old, new = events(before), events(after)
    assert set(old) == set(new)
    assert start_of(new["go.d2.dsa@planexport"]) - start_of(old["go.d2.dsa@planexport"]) == (
        dt.timedelta(minutes=30)
    )
    assert int(str(new["go.d2.dsa@planexport"]["SEQUENCE"])) == 1
    assert "feed updated (25 events)" in served.errors()


def test_a_broken_edit_keeps_the_last_good_feed_and_says_where(served: Served) -> None:
    _, headers, good = served.request()
    edit(served.plan, *BROKEN)

    for _ in range(3):
        status, again, body = served.request()
        assert status == 200
        assert body == good
        assert again["ETag"] == headers["ETag"]

    lines = served.errors().splitlines()
    broken = [line for line in lines if line.startswith(f"{served.plan}:")]
    # Said once, with the file and line, however often the feed is asked for.
    assert len(broken) == 1, lines
    assert re.match(rf"{re.escape(str(served.plan))}:\d+: .+", broken[0])
    assert broken[0].endswith("(still serving the last good feed)")
    assert "Traceback" not in served.errors()

    edit(served.plan, BROKEN[1], BROKEN[0])
    assert served.request()[0] == 200
    assert served.process.poll() is None


def busy_calendar(start: str, end: str) -> str:
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//planexport tests//busy//EN",
            "BEGIN:VEVENT",
            "UID:standup@example.com",
            "DTSTAMP:20261101T000000Z",
            f"DTSTART:{start}",
            f"DTEND:{end}",
            "SUMMARY:Stand-up",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def test_an_edited_busy_calendar_rebuilds_the_feed(tmp_path: Path) -> None:
    busy = tmp_path / "work.ics"
    # First on a Sunday evening, out of the way; then on Monday morning, where day 1 starts.
    busy.write_text(busy_calendar("20261206T190000Z", "20261206T200000Z"), encoding="utf-8")
    running = start(tmp_path, "--busy", str(busy))
    try:
        _, _, before = running.request()
        busy.write_text(busy_calendar("20261130T080000Z", "20261130T090000Z"), encoding="utf-8")
        later = time.time() + 2
        os.utime(busy, (later, later))

        _, _, after = running.request()
    finally:
        stop(running)
    concepts = "go.d1.concepts@planexport"
    old, new = start_of(events(before)[concepts]), start_of(events(after)[concepts])
    # 09:00 Berlin, then a break after the stand-up that ends at 10:00 Berlin.
    assert old == dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.timezone.utc)
    assert new == dt.datetime(2026, 11, 30, 9, 10, tzinfo=dt.timezone.utc)


def test_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    running = start(tmp_path)
    assert running.request()[0] == 200

    code = stop(running)

    assert code == 0
    assert running.errors().strip().splitlines()[-1] == "planexport: stopped"
    assert "Traceback" not in running.errors()


def test_a_plan_that_cannot_be_read_at_start_is_one_line(tmp_path: Path) -> None:
    plan = tmp_path / "go-track.md"
    shutil.copy(USER_PLAN, plan)
    edit(plan, *BROKEN)
    done = subprocess.run(
        [sys.executable, "-m", "planexport", "serve", str(plan), *WEEK, "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith(f"{plan}:")


def test_a_busy_port_is_one_line(served: Served, tmp_path: Path) -> None:
    done = subprocess.run(
        [*SERVE, str(served.plan), *WEEK, "--port", str(served.port)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"planexport: cannot listen on 127.0.0.1:{served.port}: address already in use"
    )


# ---------------------------------------------------------------------------------------------
# A real subscribing client


def vdirsyncer(folder: Path, url: str) -> Path:
    """Sync the feed at `url` into a local folder with vdirsyncer's http storage."""
    local = folder / "calendar"
    local.mkdir(exist_ok=True)
    config = folder / "vdirsyncer.conf"
    config.write_text(
        "\n".join(
            [
                "[general]",
                f'status_path = "{folder / "status"}/"',
                "",
                "[pair study]",
                'a = "study_feed"',
                'b = "study_local"',
                "collections = null",
                'conflict_resolution = "a wins"',
                "",
                "[storage study_feed]",
                'type = "http"',
                f'url = "{url}"',
                "",
                "[storage study_local]",
                'type = "filesystem"',
                f'path = "{local}/"',
                'fileext = ".ics"',
                "",
            ]
        ),
        encoding="utf-8",
    )
    command = [str(Path(sys.executable).with_name("vdirsyncer")), "-c", str(config)]
    for step in (["discover"], ["sync"]):
        done = subprocess.run(
            [*command, *step], capture_output=True, text=True, timeout=120, input="", check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr
    return local


def synced(local: Path) -> dict[str, icalendar.Event]:
    """The folder's events by summary.

    vdirsyncer's http storage names items by a hash of their content (it trusts no feed's
    UIDs), so an event is told by its summary, which is unique in the user's week.
    """
    found: dict[str, icalendar.Event] = {}
    for item in sorted(local.glob("*.ics")):
        for event in events(item.read_bytes()).values():
            summary = str(event["SUMMARY"])
            assert summary not in found
            found[summary] = event
    return found


def test_vdirsyncer_follows_a_move_and_a_removal(served: Served, tmp_path: Path) -> None:
    local = vdirsyncer(tmp_path, served.url)
    before = synced(local)
    assert len(before) == 25
    assert len(list(local.glob("*.ics"))) == 25
    gone = "Template Creation · System Design Interview Framework"
    d1 = "DSA · System Design Interview Framework"
    d2 = "DSA · Designing Scalable REST APIs"
    assert {gone, d1, d2} <= set(before)

    text = served.plan.read_text(encoding="utf-8")
    assert REMOVED in text
    served.plan.write_text(text.replace(REMOVED, "", 1).replace(*LONGER), encoding="utf-8")
    later = time.time() + 2
    os.utime(served.plan, (later, later))
    vdirsyncer(tmp_path, served.url)
    after = synced(local)

    assert gone not in after
    assert set(after) == set(before) - {gone}
    assert len(list(local.glob("*.ics"))) == 24
    # Day 1's DSA moves up into the removed block's hour and break; day 2's moves 30 min later.
    assert start_of(after[d1]) - start_of(before[d1]) == -dt.timedelta(minutes=70)
    assert start_of(after[d2]) - start_of(before[d2]) == dt.timedelta(minutes=30)
    concepts = "Concepts · System Design Interview Framework"
    assert start_of(after[concepts]) == start_of(before[concepts])


# ---------------------------------------------------------------------------------------------
# The feed source, in process


def test_the_feed_is_rebuilt_only_when_a_watched_file_changes(tmp_path: Path) -> None:
    watched = tmp_path / "plan.md"
    watched.write_text("one", encoding="utf-8")
    built: list[bytes | None] = []

    def build(previous: bytes | None) -> bytes:
        built.append(previous)
        if not watched.exists():
            raise PlanError("no such file", file=watched)
        text = watched.read_text(encoding="utf-8")
        if text == "broken":
            raise PlanError("no days found", file=watched, line=1)
        return text.encode()

    failures: list[str] = []
    source = FeedSource(build, watched=[watched], on_error=lambda e: failures.append(str(e)))
    first = source.current()
    for _ in range(5):
        assert source.current() is first
    assert source.builds == 1

    edit(watched, "one", "broken")
    assert source.current() is first
    assert source.current() is first
    assert failures == [f"{watched}:1: no days found"]
    assert source.builds == 2

    edit(watched, "broken", "two")
    second = source.current()
    assert second.data == b"two"
    assert second.etag != first.etag
    assert built == [None, b"one", b"one"]

    watched.unlink()  # a file that went away is a change too, and a failed build
    assert source.current() is second
    assert failures[-1] == f"{watched}: no such file"


def test_concurrent_requests_build_once(tmp_path: Path) -> None:
    watched = tmp_path / "plan.md"
    watched.write_text("one", encoding="utf-8")
    calls: list[int] = []

    def build(previous: bytes | None) -> bytes:
        calls.append(1)
        time.sleep(0.2)
        return watched.read_bytes()

    source = FeedSource(build, watched=[watched])
    server = make_server(source, name="plan", host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url, _ = feed_urls(server)
        port = int(url.rsplit(":", 1)[1].split("/")[0])
        edit(watched, "one", "two")
        bodies: list[bytes] = []

        def fetch() -> None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", "/plan.ics")
            bodies.append(connection.getresponse().read())
            connection.close()

        workers = [threading.Thread(target=fetch) for _ in range(6)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=10)
    finally:
        server.shutdown()
        server.server_close()
    assert bodies == [b"two"] * 6
    assert len(calls) == 2
