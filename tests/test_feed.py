"""The subscription feed: current blocks only, refresh hints, the import file's UIDs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from planexport.cli import app
from planexport.errors import OptionsError
from planexport.export.feed import parse_refresh, to_feed
from planexport.export.ics import to_ics
from planexport.reader import load
from tests.ics_support import drop_block, make_schedule, read_icaljs, read_vobject
from tests.paths import USER_PLAN

MONDAY = dt.date(2026, 11, 30)
WEEK = ["--start", "2026-11-30", "--tz", "Europe/Berlin"]


@pytest.fixture(autouse=True)
def _no_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def calendar_lines(data: bytes) -> list[str]:
    """The calendar's own properties, up to its first component."""
    lines = data.decode("utf-8").split("\r\n")
    end = next(i for i, line in enumerate(lines) if i > 0 and line.startswith("BEGIN:"))
    return lines[1:end]


def uids(data: bytes) -> set[str]:
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def test_feed_has_the_import_files_events_and_refresh_hints() -> None:
    week = make_schedule(load(USER_PLAN), start=MONDAY, tz="Europe/Berlin")
    feed = to_feed(week)
    export = to_ics(week)

    assert uids(feed) == uids(export)
    assert len(uids(feed)) == 25
    head = calendar_lines(feed)
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H" in head
    assert "X-PUBLISHED-TTL:PT1H" in head
    assert "METHOD:PUBLISH" in head
    # Apart from the two hints, the bytes are the import file's.
    hints = b"REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\nX-PUBLISHED-TTL:PT1H\r\n"
    assert feed.replace(hints, b"") == export


def test_a_removed_block_is_absent_from_the_feed_not_cancelled() -> None:
    plan = load(USER_PLAN)
    before = make_schedule(plan, start=MONDAY, tz="Europe/Berlin")
    after = make_schedule(
        drop_block(plan, 1, "Template Creation"), start=MONDAY, tz="Europe/Berlin"
    )
    previous = to_feed(before)

    import_file = to_ics(after, previous=previous)
    feed = to_feed(after, previous=previous)

    gone = "go.d1.template-creation@planexport"
    assert gone in uids(import_file)  # the import file cancels it ...
    assert gone not in uids(feed)  # ... the feed simply leaves it out
    assert b"CANCELLED" not in feed
    assert uids(feed) == uids(to_ics(after))
    # A moved block gets a higher SEQUENCE against the previous feed, as in the import file.
    events = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(feed).walk("VEVENT")}
    assert int(str(events["go.d1.dsa@planexport"]["SEQUENCE"])) == 1
    assert int(str(events["go.d1.concepts@planexport"]["SEQUENCE"])) == 0


@pytest.mark.node
def test_feed_reads_in_vobject_and_icaljs(tmp_path: Path) -> None:
    week = make_schedule(load(USER_PLAN), start=MONDAY, tz="Europe/Berlin")
    feed = to_feed(week, refresh=dt.timedelta(hours=6), alarm_minutes=5, day_events=True)
    path = tmp_path / "feed.ics"
    path.write_bytes(feed)

    strict = read_vobject(feed)
    thunderbird = read_icaljs(path)

    assert set(strict) == set(thunderbird) == uids(feed)
    for uid, event in strict.items():
        assert thunderbird[uid].start == event.start
        assert thunderbird[uid].end == event.end
        assert event.status == "CONFIRMED"
    cal = icalendar.Calendar.from_ical(feed)
    assert cal["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert cal.decoded("REFRESH-INTERVAL") == dt.timedelta(hours=6)
    assert str(cal["X-PUBLISHED-TTL"]) == "PT6H"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1h", dt.timedelta(hours=1)),
        ("30m", dt.timedelta(minutes=30)),
        ("1h30m", dt.timedelta(minutes=90)),
        ("2 hours", dt.timedelta(hours=2)),
        ("1d", dt.timedelta(days=1)),
        ("1w", dt.timedelta(weeks=1)),
        ("PT6H", dt.timedelta(hours=6)),
        ("pt15m", dt.timedelta(minutes=15)),
        ("P1DT12H", dt.timedelta(days=1, hours=12)),
    ],
)
def test_refresh_reads_common_duration_forms(text: str, expected: dt.timedelta) -> None:
    assert parse_refresh(text) == expected


@pytest.mark.parametrize("text", ["", "soon", "1 fortnight", "h", "PT", "10s", "0h", "-1h"])
def test_refresh_that_is_no_duration_or_too_short_is_refused(text: str) -> None:
    with pytest.raises(OptionsError, match="--refresh"):
        parse_refresh(text)


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (dt.timedelta(minutes=90), "PT1H30M"),
        (dt.timedelta(days=1), "P1D"),
        (dt.timedelta(days=14), "P2W"),
        (dt.timedelta(days=1, hours=2), "P1DT2H"),
    ],
)
def test_refresh_is_written_as_an_icalendar_duration(value: dt.timedelta, written: str) -> None:
    week = make_schedule(load(USER_PLAN), start=MONDAY, tz="Europe/Berlin")
    head = calendar_lines(to_feed(week, refresh=value))
    assert f"REFRESH-INTERVAL;VALUE=DURATION:{written}" in head
    assert f"X-PUBLISHED-TTL:{written}" in head


def test_cli_writes_a_feed_with_the_given_refresh(tmp_path: Path) -> None:
    target = tmp_path / "study.ics"
    runner = CliRunner()
    done = runner.invoke(
        app,
        ["export", "ics", str(USER_PLAN), *WEEK, "--feed", "--refresh", "6h", "-o", str(target)],
    )
    assert done.exit_code == 0, done.output
    data = target.read_bytes()
    assert "X-PUBLISHED-TTL:PT6H" in calendar_lines(data)
    plain = tmp_path / "import.ics"
    done = runner.invoke(app, ["export", "ics", str(USER_PLAN), *WEEK, "-o", str(plain)])
    assert done.exit_code == 0
    assert uids(data) == uids(plain.read_bytes())


def test_cli_feed_written_again_over_itself_keeps_no_cancelled_event(tmp_path: Path) -> None:
    plan = tmp_path / "go-track.md"
    text = USER_PLAN.read_text(encoding="utf-8")
    plan.write_text(text, encoding="utf-8")
    target = tmp_path / "feed.ics"
    runner = CliRunner()
    args = ["export", "ics", str(plan), *WEEK, "--feed", "-o", str(target)]
    assert runner.invoke(app, args).exit_code == 0
    plan.write_text(
        text.replace("- **Block 2 (Template Creation – 60 min)**\n", "", 1), encoding="utf-8"
    )

    done = runner.invoke(app, args)

    assert done.exit_code == 0, done.output
    data = target.read_bytes()
    assert b"CANCELLED" not in data
    assert "go.d1.template-creation@planexport" not in uids(data)
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H" in calendar_lines(data)


def test_cli_bad_refresh_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "feed.ics"
    done = CliRunner().invoke(
        app,
        ["export", "ics", str(USER_PLAN), *WEEK, "--feed", "--refresh", "soon", "-o", str(target)],
    )
    assert done.exit_code == 2
    assert done.output.strip().splitlines() == [
        "planexport: --refresh: not a duration: 'soon' (use e.g. 1h, 30m, 1d or PT1H)"
    ]
    assert not target.exists()


def test_cli_refresh_without_feed_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "import.ics"
    done = CliRunner().invoke(
        app, ["export", "ics", str(USER_PLAN), *WEEK, "--refresh", "6h", "-o", str(target)]
    )
    assert done.exit_code == 2
    assert done.output.strip().splitlines() == [
        "planexport: --refresh goes with --feed: an import file carries no refresh hints"
    ]
    assert not target.exists()
