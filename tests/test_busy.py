"""Busy time from .ics files: which events block, where they sit, and how bad files fail."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from planexport.cli import app
from planexport.errors import CalendarError
from planexport.model import Block, Day, Plan, Variant
from planexport.options import options_from_strings
from planexport.reader.busy import BusyCalendar, parse_busy, read_busy
from planexport.scheduling import BusyInterval, ScheduleOptions, schedule
from tests.paths import DATA, USER_PLAN

BUSY = DATA / "busy"
GOOD = sorted(BUSY.glob("*.ics"))
BAD = sorted((BUSY / "bad").glob("*.ics"))
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
UTC = dt.timezone.utc
WEEK_START = dt.datetime(2026, 11, 30, tzinfo=BERLIN)
WEEK_END = dt.datetime(2026, 12, 7, tzinfo=BERLIN)
# Each "does not block" calendar holds this blocking meeting too: the file was read, and only
# the event under test was left out.
CONTROL = ("Control: a meeting that blocks", "Tue 09:00", "10:00")


def busy(name: str, *, tz: dt.tzinfo = BERLIN) -> list[tuple[str, str, str]]:
    """The intervals of a test calendar over the week of 30 November 2026, in Berlin time."""
    calendar = read_busy(BUSY / name)
    return [
        (i.summary, f"{i.start.astimezone(BERLIN):%a %H:%M}", f"{i.end.astimezone(BERLIN):%H:%M}")
        for i in calendar.intervals(WEEK_START, WEEK_END, tz=tz)
    ]


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.stem)
def test_every_busy_calendar_reads(path: Path) -> None:
    calendar = read_busy(path)
    assert isinstance(calendar, BusyCalendar)
    assert calendar.source == str(path)
    for interval in calendar.intervals(WEEK_START, WEEK_END, tz=BERLIN):
        assert interval.start.tzinfo is UTC
        assert interval.start <= interval.end


def test_recurring_weekly_meeting_is_expanded_in_the_window() -> None:
    assert busy("recurring-weekly.ics") == [("Weekly sync", "Mon 10:00", "11:00")]
    calendar = read_busy(BUSY / "recurring-weekly.ics")
    three_weeks = calendar.intervals(WEEK_START, WEEK_START + dt.timedelta(days=21), tz=BERLIN)
    assert [i.start.astimezone(BERLIN).date() for i in three_weeks] == [
        dt.date(2026, 11, 30),
        dt.date(2026, 12, 7),
        dt.date(2026, 12, 14),
    ]


def test_all_day_events_do_not_block() -> None:
    assert busy("all-day.ics") == [CONTROL]


def test_transparent_events_do_not_block() -> None:
    assert busy("transparent.ics") == [CONTROL]


def test_cancelled_events_do_not_block() -> None:
    assert busy("cancelled.ics") == [CONTROL]


def test_a_cancelled_occurrence_of_a_series_does_not_block() -> None:
    assert busy("cancelled-occurrence.ics") == [
        ("Stand-up", "Mon 09:30", "09:45"),
        ("Stand-up", "Wed 09:30", "09:45"),
    ]


def test_floating_times_are_read_in_the_schedules_zone() -> None:
    assert busy("floating.ics") == [("Lunch at ten, wherever I am", "Mon 10:00", "11:00")]
    assert busy("floating.ics", tz=NEW_YORK) == [
        ("Lunch at ten, wherever I am", "Mon 16:00", "17:00")
    ]


def test_times_in_another_zone_keep_their_instant() -> None:
    assert busy("other-zone.ics") == [("Call with New York", "Mon 10:00", "11:00")]


def test_duration_gives_the_end() -> None:
    assert busy("duration.ics") == [("Workshop", "Mon 09:00", "10:30")]


def test_events_outside_the_window_are_left_out() -> None:
    calendar = read_busy(BUSY / "other-zone.ics")
    after = dt.datetime(2026, 11, 30, 11, 0, tzinfo=BERLIN)
    assert calendar.intervals(after, after + dt.timedelta(days=1), tz=BERLIN) == []
    touching = dt.datetime(2026, 11, 30, 10, 59, tzinfo=BERLIN)
    assert len(calendar.intervals(touching, after, tz=BERLIN)) == 1


@pytest.mark.parametrize(
    ("name", "line", "reason"),
    [
        ("not-ics.ics", 3, "not an iCalendar line: 'this is not a calendar line'"),
        ("bad-dtstart.ics", 6, "event 'Broken' has a bad DTSTART"),
        ("empty.ics", None, "is empty, not an iCalendar file"),
        ("no-vcalendar.ics", 1, "starts with BEGIN:VCALENDAR, not 'BEGIN:VEVENT'"),
        ("truncated.ics", 4, "BEGIN:VEVENT is never ended (a truncated file?)"),
        ("mismatched-end.ics", 8, "END:VTODO where END:VEVENT (for line 4) was expected"),
        ("no-dtstart.ics", 4, "event 'When?' has no DTSTART"),
        ("unknown-tzid.ics", 7, "DTSTART in the unknown time zone 'Mars Standard Time'"),
        ("unknown-x-wr-timezone.ics", 4, "X-WR-TIMEZONE: unknown time zone 'Mars/Olympus'"),
        ("bad-duration.ics", 8, "event 'Long' has a bad DURATION"),
    ],
)
def test_bad_calendars_name_the_file_and_line(name: str, line: int | None, reason: str) -> None:
    path = BUSY / "bad" / name
    with pytest.raises(CalendarError) as caught:
        read_busy(path)
    error = caught.value
    assert error.file == str(path)
    assert error.line == line
    assert reason in error.reason
    assert str(error).startswith(f"{path}:{line}: " if line else f"{path}: ")
    assert error.exit_code == 2


def test_every_bad_calendar_is_covered() -> None:
    assert {p.name for p in BAD} == {
        "not-ics.ics",
        "bad-dtstart.ics",
        "empty.ics",
        "no-vcalendar.ics",
        "truncated.ics",
        "mismatched-end.ics",
        "no-dtstart.ics",
        "unknown-tzid.ics",
        "unknown-x-wr-timezone.ics",
        "bad-duration.ics",
    }


def test_a_missing_file_is_a_calendar_error(tmp_path: Path) -> None:
    with pytest.raises(CalendarError, match="cannot read") as caught:
        read_busy(tmp_path / "nope.ics")
    assert caught.value.file == str(tmp_path / "nope.ics")


def test_folded_lines_are_read_and_counted() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        "SUMMARY:A long\r\n  title\r\nDTSTART:20261130T080000Z\r\nDTEND:20261130T090000Z\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (interval,) = parse_busy(text).intervals(WEEK_START, WEEK_END, tz=BERLIN)
    assert interval.summary == "A long title"
    with pytest.raises(CalendarError) as caught:
        parse_busy(text.replace("DTEND:", "oops\r\nDTEND:"), source="mem.ics")
    assert caught.value.line == 8


def test_a_recurrence_that_cannot_be_expanded_is_a_calendar_error() -> None:
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\nDTSTART:20261130T080000Z\n"
        "DTEND:20261130T090000Z\nRRULE:FREQ=SOMETIMES\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    with pytest.raises(CalendarError, match="RRULE") as caught:
        parse_busy(text, source="x.ics")
    assert caught.value.line == 7


# ---------------------------------------------------------------------------------------------
# Busy time in a schedule


def plan_of(*blocks: Block) -> Plan:
    return Plan(
        id="p",
        title="P",
        days=(Day(number=1, title="D", variants=(Variant(hours=4, blocks=blocks),)),),
    )


def test_schedule_avoids_a_recurring_meeting_with_a_break() -> None:
    options = options_from_strings(
        start="2026-11-30",
        tz="Europe/Berlin",
        busy=[BUSY / "recurring-weekly.ics", BUSY / "all-day.ics"],
        today=dt.date(2026, 11, 26),
    )
    p = plan_of(
        Block(title="A", min_minutes=45, max_minutes=45),
        Block(title="B", min_minutes=30, max_minutes=30),
    )
    result = schedule(p, options)
    assert [(f"{b.start:%H:%M}", f"{b.end:%H:%M}") for b in result.blocks] == [
        ("09:00", "09:45"),
        ("11:10", "11:40"),
    ]


def test_only_the_schedules_window_is_expanded() -> None:
    calendar = read_busy(BUSY / "recurring-weekly.ics")
    asked: list[tuple[dt.datetime, dt.datetime]] = []

    class Spy:
        def intervals(
            self, start: dt.datetime, end: dt.datetime, *, tz: dt.tzinfo
        ) -> list[BusyInterval]:
            asked.append((start, end))
            return calendar.intervals(start, end, tz=tz)

    p = plan_of(Block(title="A", min_minutes=60, max_minutes=60))
    options = ScheduleOptions(start=dt.date(2027, 1, 4), tz="Europe/Berlin", busy=(Spy(),))
    result = schedule(p, options)
    # The day's bounds, widened by a break (10 minutes) either side.
    assert asked == [
        (
            dt.datetime(2027, 1, 4, 8, 50, tzinfo=BERLIN),
            dt.datetime(2027, 1, 4, 21, 10, tzinfo=BERLIN),
        )
    ]
    assert f"{result.blocks[0].start:%H:%M}" == "11:10"


def test_cli_busy_option() -> None:
    args = ["show", str(USER_PLAN), "--schedule", "--json", "--start", "2026-11-30"]
    args += ["--tz", "Europe/Berlin", "--hours", "4", "--durations", "min"]
    result = CliRunner().invoke(app, [*args, "--busy", str(BUSY / "recurring-weekly.ics")])
    assert result.exit_code == 0, result.output
    assert '"start": "2026-11-30T11:10:00+01:00"' in result.stdout  # the second block
    assert '"start": "2026-11-30T10:10:00+01:00"' not in result.stdout


def test_cli_bad_busy_file_exits_2_naming_the_line() -> None:
    bad = BUSY / "bad" / "not-ics.ics"
    result = CliRunner().invoke(app, ["show", str(USER_PLAN), "--schedule", "--busy", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"{bad}:3: not an iCalendar line: 'this is not a calendar line'"


def test_help_does_not_import_icalendar() -> None:
    code = (
        "import sys\n"
        "from planexport.cli import app\n"
        "try:\n"
        "    app(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted({'icalendar', 'recurring_ical_events'} & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


# ---------------------------------------------------------------------------------------------
# Calendars as apps export them: what blocks, and where


def test_google_export_with_exdate_override_utc_and_multi_day_all_day_event() -> None:
    # Mondays and Wednesdays 10:00: Monday's moved to 14:00, Wednesday's excluded; the
    # two-day all-day trip (OPAQUE) does not block.
    assert busy("google-export.ics") == [
        ("Team sync (moved)", "Mon 14:00", "15:00"),
        ("Lunch", "Tue 13:00", "14:00"),
    ]


def test_google_floating_and_utc_recurring_times_follow_x_wr_timezone() -> None:
    # Google means its calendar's zone: 08:00 floating is New York's 08:00, and a series
    # written in UTC in October keeps 10:00 New York time after the US change.
    expected = [
        ("Breakfast at eight in New York", "Mon 14:00", "15:00"),
        ("Tuesday call at ten New York time", "Tue 16:00", "17:00"),
    ]
    assert busy("google-floating-x-wr-timezone.ics") == expected
    assert busy("google-floating-x-wr-timezone.ics", tz=UTC) == expected


@pytest.mark.parametrize("name", ["outlook-windows-zones.ics", "outlook-no-vtimezone.ics"])
def test_outlook_windows_zone_names(name: str) -> None:
    # UNTIL in UTC is inclusive: Thursday 3 December 10:00 Berlin is 09:00Z.
    assert busy(name) == [
        ("Call with Seattle", "Mon 17:00", "18:00"),
        ("Planning", "Tue 10:00", "10:30"),
        ("Planning", "Thu 10:00", "10:30"),
    ]


def test_outlook_custom_vtimezone_definitions() -> None:
    assert busy("outlook-custom-vtimezone.ics") == [
        ("Custom plus three", "Mon 10:00", "11:00"),
        ("Custom southern", "Tue 11:00", "12:00"),
    ]


def test_outlook_free_busy_status_does_not_block_but_tentative_and_away_do() -> None:
    assert busy("outlook-busy-status.ics") == [
        ("Maybe a meeting", "Mon 14:00", "15:00"),
        ("Doctor", "Tue 09:00", "10:00"),
        ("At the client", "Wed 09:00", "10:00"),
    ]


def test_tentative_events_block() -> None:
    assert busy("tentative.ics") == [("Tentative review", "Mon 10:00", "11:00")]


def test_several_vcalendars_in_one_file_all_count() -> None:
    assert busy("multiple-calendars.ics") == [
        ("From the first calendar", "Mon 10:00", "11:00"),
        ("From the second calendar", "Tue 10:00", "11:00"),
    ]


def test_apple_export_with_folded_structured_location() -> None:
    assert busy("apple-export.ics") == [("Zahnarzt", "Tue 14:00", "15:00")]


def test_byte_order_mark_crlf_and_folds_inside_a_value() -> None:
    assert busy("bom-crlf-folded.ics") == [("A summary foldedacross lines", "Mon 10:00", "11:00")]


def test_cr_only_line_ends_are_read() -> None:
    assert busy("cr-line-ends.ics") == [("Old Mac file", "Mon 10:00", "11:00")]


def test_line_separator_characters_inside_text_are_not_line_ends() -> None:
    ((summary, start, end),) = busy("separator-in-text.ics")
    assert (summary.startswith("Notes"), start, end) == (True, "Mon 10:00", "11:00")


def test_utf16_file_with_a_byte_order_mark_is_read() -> None:
    text = (BUSY / "tentative.ics").read_text(encoding="utf-8")
    (interval,) = parse_busy(text.encode("utf-16")).intervals(WEEK_START, WEEK_END, tz=BERLIN)
    assert interval.summary == "Tentative review"


def test_vendor_prefixed_tzid_is_read_as_its_zone() -> None:
    assert busy("vendor-prefixed-tzid.ics") == [("Old Thunderbird zone name", "Mon 14:00", "15:00")]


def test_rrule_count_and_until() -> None:
    assert [s for _, s, _ in busy("rrule-count.ics")] == ["Mon 09:30", "Tue 09:30", "Wed 09:30"]
    assert [s for _, s, _ in busy("rrule-until.ics")] == ["Mon 18:00", "Tue 18:00", "Wed 18:00"]


def test_event_with_only_a_date_is_all_day_and_does_not_block() -> None:
    assert busy("dtstart-only-date.ics") == [CONTROL]


def test_event_with_only_a_start_time_is_a_moment_that_blocks() -> None:
    assert busy("dtstart-only-datetime.ics") == [("Deadline", "Mon 10:00", "10:00")]
    calendar = read_busy(BUSY / "dtstart-only-datetime.ics")
    at = dt.datetime(2026, 11, 30, 10, 0, tzinfo=BERLIN)
    # A moment at the very start of a window is in it.
    assert len(calendar.intervals(at, at + dt.timedelta(hours=1), tz=BERLIN)) == 1


def _placed(name: str, *minutes: int, day_end: str = "21:00") -> list[str]:
    """Blocks of the given lengths on Monday 30 November 2026 around one busy calendar."""
    options = options_from_strings(
        start="2026-11-30",
        tz="Europe/Berlin",
        day_end=day_end,
        busy=[BUSY / name],
        today=dt.date(2026, 11, 26),
    )
    p = plan_of(
        *(Block(title=f"B{i}", min_minutes=m, max_minutes=m) for i, m in enumerate(minutes))
    )
    result = schedule(p, options)
    return [f"{b.start:%H:%M}-{b.end:%H:%M}" for b in result.blocks]


def test_schedule_keeps_a_break_after_a_meeting_ending_at_day_start() -> None:
    assert _placed("ends-at-day-start.ics", 60) == ["09:10-10:10"]


def test_schedule_fills_the_day_up_to_a_meeting_at_day_end() -> None:
    # The night flight starts at 20:00; the day ends there too.
    assert _placed("overnight.ics", 60, 60, day_end="20:00") == ["09:00-10:00", "10:10-11:10"]
    assert _placed("overnight.ics", 600, 60, day_end="20:00") == ["09:00-19:00"]


def test_schedule_keeps_a_break_before_a_meeting_starting_right_at_day_end() -> None:
    assert _placed("overnight.ics", 660, day_end="20:00") == []


def test_schedule_avoids_a_moment_with_a_break_either_side() -> None:
    assert _placed("dtstart-only-datetime.ics", 50, 60) == ["09:00-09:50", "10:10-11:10"]


def test_schedule_ignores_free_time_and_avoids_tentative_time() -> None:
    # Free 12:00-13:00 Berlin is usable; tentative 14:00-15:00 is not.
    assert _placed("outlook-busy-status.ics", 180, 100, 60) == [
        "09:00-12:00",
        "12:10-13:50",
        "15:10-16:10",
    ]


def test_event_over_midnight_blocks_the_next_morning() -> None:
    options = options_from_strings(
        start="2026-11-30",
        tz="Europe/Berlin",
        busy=[BUSY / "overnight.ics"],
        today=dt.date(2026, 11, 26),
    )
    block = Block(title="A", min_minutes=60, max_minutes=60)
    days = tuple(
        Day(number=n, title="D", variants=(Variant(hours=4, blocks=(block,)),)) for n in (1, 2)
    )
    result = schedule(Plan(id="p", title="P", days=days), options)
    assert [f"{b.start:%a %H:%M}" for b in result.blocks] == ["Mon 09:00", "Tue 10:10"]


def test_cli_reads_google_and_outlook_exports_together() -> None:
    args = ["show", str(USER_PLAN), "--schedule", "--json", "--start", "2026-11-30"]
    args += ["--tz", "Europe/Berlin", "--hours", "4", "--durations", "min"]
    args += [
        "--busy",
        str(BUSY / "google-export.ics"),
        "--busy",
        str(BUSY / "outlook-busy-status.ics"),
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    tuesday = [
        f"{b['start'][11:16]}-{b['end'][11:16]}"
        for b in json.loads(result.stdout)
        if b["start"].startswith("2026-12-01")
    ]
    # Outlook's doctor (09:00-10:00, out of office) moves the morning on; Google's lunch
    # (13:00-14:00) moves DSA past it. Either file alone gives another day.
    assert tuesday == ["10:10-11:10", "11:20-12:20", "14:10-15:10", "15:20-15:50"]
