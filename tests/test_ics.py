"""The iCalendar exporter: content, exact text, determinism, time zones and re-export as update."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from typer.testing import CliRunner

from planexport import __version__
from planexport.cli import app
from planexport.errors import CalendarError, OptionsError, PlanError
from planexport.export.ics import stamp_from_environment, to_ics
from planexport.model import Block, Day, Item, Plan, Variant
from planexport.reader import load
from planexport.scheduling import Schedule
from tests.ics_support import (
    drop_block,
    edit_block,
    lengthen,
    make_schedule,
    read_icalendar,
)
from tests.paths import DATA, ROOT, USER_PLAN

BERLIN = "Europe/Berlin"
MONDAY = dt.date(2026, 11, 30)
TRICKY = DATA / "ics" / "tricky-text.json"


@pytest.fixture(autouse=True)
def _no_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def user_plan() -> Plan:
    return load(USER_PLAN)


def tricky_plan() -> Plan:
    return Plan.model_validate_json(TRICKY.read_text(encoding="utf-8"))


def week(plan: Plan | None = None, **kwargs: object) -> Schedule:
    options: dict[str, object] = {"start": MONDAY, "tz": BERLIN, **kwargs}
    return make_schedule(plan or user_plan(), **options)  # type: ignore[arg-type]


def events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.events}


def lines(data: bytes) -> list[str]:
    """The content lines, unfolded."""
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")


# ---------------------------------------------------------------------------------------------
# Content


def test_a_block_titled_as_its_day_is_named_once() -> None:
    # "- Course: Monday 09/09/2024, 13h30-15h30" is a day titled by its one block's title.
    def day(number: int, title: str, block: str) -> Day:
        only = Block(title=block, min_minutes=60, max_minutes=60)
        return Day(number=number, title=title, variants=(Variant(hours=1, blocks=(only,)),))

    plan = Plan(id="lab", title="Lab", days=(day(1, "Course", "Lecture"), day(2, "Lab", "Lab")))
    found = events(to_ics(week(plan)))
    assert sorted(str(e["SUMMARY"]) for e in found.values()) == ["Lab", "Lecture · Course"]


def test_one_event_per_block_with_summary_description_and_categories() -> None:
    schedule = week()
    found = events(to_ics(schedule))
    assert len(found) == len(schedule.blocks) == 25
    concepts = found["go.d1.concepts@planexport"]
    assert str(concepts["SUMMARY"]) == "Concepts · System Design Interview Framework"
    assert str(concepts["DESCRIPTION"]) == (
        "- Learn framework:\n"
        "  - Clarify requirements.\n"
        "  - Define APIs and core use cases.\n"
        "  - High-level components and data flow.\n"
        "  - Storage, caching, queues.\n"
        "  - Scalability, reliability, security.\n"
        "\n"
        "Planned: 60–75 min"
    )
    assert [str(c) for c in concepts.categories] == ["Concepts", "Go Track"]
    # Inline Markdown is rendered as plain text.
    template = found["go.d1.template-creation@planexport"]
    assert str(template["DESCRIPTION"]).startswith("- Create system design template in markdown.")


def test_block_note_goes_to_the_description() -> None:
    found = events(to_ics(week(hours=6)))
    practice = found["go.d1.practice@planexport"]
    assert str(practice["DESCRIPTION"]) == (
        "Sketch design for feature flag service.\n\nPlanned: 60 min"
    )


def test_times_carry_the_zone_and_an_end_never_a_duration() -> None:
    data = to_ics(week())
    text = lines(data)
    assert "DTSTART;TZID=Europe/Berlin:20261130T090000" in text
    assert not any(line.startswith("DURATION") for line in text)
    for event in events(data).values():
        assert "DTEND" in event
        assert event.decoded("DTSTART").tzinfo is not None


def test_calendar_properties() -> None:
    text = lines(to_ics(week()))
    assert text[:8] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//planexport//planexport {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "NAME:Go Track",
        "X-WR-CALNAME:Go Track",
        "X-WR-TIMEZONE:Europe/Berlin",
    ]
    assert text.count("BEGIN:VTIMEZONE") == 1
    assert "TZID:Europe/Berlin" in text


def test_calendar_name_is_escaped_and_kept_on_one_line() -> None:
    text = lines(to_ics(week(), calendar_name="Study, mine;\nall \\ of it"))
    assert "NAME:Study\\, mine\\; all \\\\ of it" in text
    assert "X-WR-CALNAME:Study\\, mine\\; all \\\\ of it" in text


def test_categories_never_hold_a_comma() -> None:
    schedule = week(tricky_plan())
    found = events(to_ics(schedule))
    block = found["tricky.d1.commas-semicolons-and-backslash@planexport"]
    cats = [str(c) for c in block.categories]
    assert cats == ["Commas / semicolons; and \\ backslash", "Tricky / text; plan \\ «ünïcødé»"]
    assert all("," not in c for c in cats)


def test_tricky_text_comes_back_exactly() -> None:
    plan = tricky_plan()
    data = to_ics(week(plan), day_events=True, goals=True)
    long_line = plan.days[0].variants[0].blocks[0].items[1].text
    assert len(long_line.encode()) > 900
    found = read_icalendar(data)
    block = found["tricky.d1.commas-semicolons-and-backslash@planexport"]
    assert block.summary == (
        "Commas, semicolons; and \\ backslash · Día 1: naïve, «quoted»; back\\slash"
    )
    assert block.description == (
        "- Bold and em and code, with; stuff and a link (https://example.com/x?a=1,2;b=3)\n"
        "  - 日本語のテキスト — emoji 🎉 and accents éèê\n"
        f"- {long_line}\n"
        "\n"
        "Line one, with comma\nLine two; with semicolon\nLine three \\ with backslash\n"
        "\n"
        "Planned: 30–45 min"
    )
    assert found["tricky.d1.unicde-block@planexport"].description.startswith("- Tab\tseparated")
    # Folded at 75 octets, never inside a UTF-8 character (decoding would fail otherwise).
    for raw in data.split(b"\r\n"):
        assert len(raw) <= 75
        raw.decode("utf-8")


def test_goals_are_an_all_day_event_on_day_one() -> None:
    schedule = week()
    found = events(to_ics(schedule, goals=True))
    goals = found["go.goals@planexport"]
    assert goals.decoded("DTSTART") == MONDAY
    assert goals.decoded("DTEND") == MONDAY + dt.timedelta(days=1)
    assert str(goals["SUMMARY"]) == "Goals · Go Track"
    assert str(goals["TRANSP"]) == "TRANSPARENT"
    description = str(goals["DESCRIPTION"])
    assert description.startswith(
        "System Design\n  - Learn structured approach to system design interviews.\n"
    )
    assert "Links:\n  - 16-Week Roadmap (../roadmap/roadmap-16-weeks.md)" in description
    assert "go.goals@planexport" not in events(to_ics(schedule))


def test_day_events_carry_the_focus() -> None:
    found = events(to_ics(week(), day_events=True))
    day1 = found["go.d1@planexport"]
    assert str(day1["SUMMARY"]) == "Day 1 · System Design Interview Framework"
    assert str(day1["DESCRIPTION"]).startswith("System design interview framework\n\n")
    assert day1.decoded("DTSTART") == MONDAY
    assert sum(uid.count(".") == 1 for uid in found) == 7


def test_day_event_of_a_rest_day() -> None:
    found = events(to_ics(week(tricky_plan()), day_events=True))
    rest = found["tricky.d2@planexport"]
    assert str(rest["DESCRIPTION"]) == "Nothing, at all\n\nRest day"


def test_day_event_lists_the_days_notes() -> None:
    day = Day(
        number=1,
        title="Monday",
        variants=(Variant(hours=1, blocks=(Block(title="Run", min_minutes=60, max_minutes=60),)),),
        notes=("6:30am: Wake up", "Commute + work"),
    )
    plan = Plan(id="routine", title="Routine", days=(day,))
    found = events(to_ics(week(plan), day_events=True))
    description = str(found["routine.d1@planexport"]["DESCRIPTION"])
    assert description.endswith("min scheduled\n\n- 6:30am: Wake up\n- Commute + work")


def test_alarm_before_each_block_only_when_asked() -> None:
    data = to_ics(week(), alarm_minutes=15)
    for uid, event in events(data).items():
        alarms = event.walk("VALARM")
        assert len(alarms) == 1, uid
        assert alarms[0].decoded("TRIGGER") == dt.timedelta(minutes=-15)
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
    assert b"VALARM" not in to_ics(week())
    with pytest.raises(OptionsError):
        to_ics(week(), alarm_minutes=-1)


def test_two_blocks_with_one_key_are_refused() -> None:
    plan = user_plan()
    schedule = make_schedule([plan], start=MONDAY, tz=BERLIN)
    doubled = Schedule(
        plans=(plan, plan),
        options=schedule.options,
        tz=BERLIN,
        days=schedule.days + schedule.days,
    )
    with pytest.raises(PlanError, match=r"go\.d1\.concepts@planexport"):
        to_ics(doubled)


def test_a_repeated_plan_gets_a_uid_per_week() -> None:
    plan = user_plan()
    schedule = make_schedule([plan, plan], start=MONDAY, tz=BERLIN)
    found = events(to_ics(schedule, goals=True, day_events=True))
    # The first week keeps the plain keys, so adding a second week never renames the first.
    assert {"go.d1.concepts@planexport", "go.w2.d1.concepts@planexport"} <= set(found)
    assert {"go.goals@planexport", "go.w2.goals@planexport"} <= set(found)
    assert {"go.d1@planexport", "go.w2.d1@planexport"} <= set(found)


# ---------------------------------------------------------------------------------------------
# Determinism and DTSTAMP


def test_same_inputs_give_identical_bytes() -> None:
    assert to_ics(week(), day_events=True, goals=True, alarm_minutes=5) == to_ics(
        week(), day_events=True, goals=True, alarm_minutes=5
    )


def test_identical_bytes_across_processes(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        target = tmp_path / f"out-{seed}.ics"
        subprocess.run(
            [
                *(sys.executable, "-m", "planexport", "export", "ics", str(USER_PLAN)),
                *("--start", "2026-11-30", "--tz", BERLIN, "--day-events", "--goals"),
                *("-o", str(target)),
            ],
            check=True,
            capture_output=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    assert b"BEGIN:VEVENT" in outputs[0]


def test_dtstamp_is_fixed_without_source_date_epoch() -> None:
    for event in events(to_ics(week())).values():
        assert event.decoded("DTSTAMP") == dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def test_dtstamp_honours_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    data = to_ics(week())
    assert "DTSTAMP:20260921T141320Z" in lines(data)
    assert all(
        e.decoded("DTSTAMP") == dt.datetime(2026, 9, 21, 14, 13, 20, tzinfo=dt.timezone.utc)
        for e in events(data).values()
    )


def test_bad_source_date_epoch_is_an_options_error() -> None:
    with pytest.raises(OptionsError, match="SOURCE_DATE_EPOCH"):
        stamp_from_environment({"SOURCE_DATE_EPOCH": "yesterday"})


def test_explicit_stamp_wins() -> None:
    when = dt.datetime(2026, 1, 2, 3, 4, 5, 678, tzinfo=ZoneInfo(BERLIN))
    assert "DTSTAMP:20260102T020405Z" in lines(to_ics(week(), stamp=when))


# ---------------------------------------------------------------------------------------------
# UIDs and re-export


def test_uid_comes_from_the_key() -> None:
    schedule = week()
    assert set(events(to_ics(schedule))) == {f"{b.key}@planexport" for b in schedule.blocks}


def test_uids_stay_when_the_start_moves() -> None:
    first = events(to_ics(week()))
    later = events(to_ics(week(start=MONDAY + dt.timedelta(days=9))))
    assert set(first) == set(later)
    uid = "go.d3.concepts@planexport"
    assert later[uid].decoded("DTSTART") - first[uid].decoded("DTSTART") == dt.timedelta(days=9)


def test_uids_stay_when_a_block_is_edited() -> None:
    plan = user_plan()
    edited = edit_block(
        plan, 2, "Design Exercises", items=(Item(text="Something else entirely"),), note="New"
    )
    before, after = events(to_ics(week(plan))), events(to_ics(week(edited)))
    assert set(before) == set(after)
    uid = "go.d2.design-exercises@planexport"
    assert str(after[uid]["DESCRIPTION"]) != str(before[uid]["DESCRIPTION"])


def test_reexport_of_the_same_plan_is_identical() -> None:
    first = to_ics(week(), day_events=True, goals=True)
    assert to_ics(week(), day_events=True, goals=True, previous=first) == first


def test_reexport_raises_sequence_only_where_text_or_time_changed() -> None:
    plan = user_plan()
    first = to_ics(week(plan))
    edited = edit_block(plan, 2, "Design Exercises", items=(Item(text="Other, work"),))
    # Day 5 starts an hour later: all its blocks move.
    second = to_ics(week(edited, starts={5: dt.time(10, 0)}), previous=first)
    found = read_icalendar(second)
    changed = {"go.d2.design-exercises@planexport"} | {
        uid for uid in found if uid.startswith("go.d5.")
    }
    assert len(changed) == 4
    for uid, event in found.items():
        assert event.sequence == (1 if uid in changed else 0), uid
    stamps = {
        str(e["UID"]): e.decoded("DTSTAMP")
        for e in icalendar.Calendar.from_ical(second).walk("VEVENT")
    }
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    assert {stamps[uid] for uid in changed} == {epoch + dt.timedelta(seconds=1)}
    assert {stamps[uid] for uid in set(found) - changed} == {epoch}
    # Exporting the same again over the new file changes nothing.
    again = to_ics(week(edited, starts={5: dt.time(10, 0)}), previous=second)
    assert again == second
    # A second edit raises again.
    third = to_ics(week(plan), previous=second)
    assert read_icalendar(third)["go.d2.design-exercises@planexport"].sequence == 2


def test_a_block_made_longer_at_the_same_start_raises_its_sequence() -> None:
    first = to_ics(week())
    # Only the event's DTEND differs: same start, same plan and so the same text.
    uid = "go.d1.review@planexport"
    second = to_ics(lengthen(week(), "go.d1.review", 15), previous=first)
    before, after = events(first), events(second)
    assert after[uid].decoded("DTEND") - before[uid].decoded("DTEND") == dt.timedelta(minutes=15)
    for name in ("DTSTART", "SUMMARY", "DESCRIPTION", "CATEGORIES"):
        assert after[uid][name].to_ical() == before[uid][name].to_ical(), name
    found = read_icalendar(second)
    assert {u for u, e in found.items() if e.sequence} == {uid}
    assert found[uid].sequence == 1


def test_a_renamed_plan_raises_the_sequence_of_every_block() -> None:
    # Only the events' CATEGORIES carry the plan's title.
    plan = user_plan()
    first = to_ics(week(plan))
    renamed = plan.model_copy(update={"title": "Go Track, renamed"})
    second = to_ics(week(renamed), previous=first)
    before, after = events(first), events(second)
    uid = "go.d1.review@planexport"
    assert read_icalendar(second)[uid].categories == ("Review", "Go Track / renamed")
    for name in ("DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"):
        assert after[uid][name].to_ical() == before[uid][name].to_ical(), name
    assert {e.sequence for e in read_icalendar(second).values()} == {1}


def test_a_changed_alarm_raises_sequence() -> None:
    first = to_ics(week())
    found = read_icalendar(to_ics(week(), alarm_minutes=10, previous=first))
    assert {e.sequence for e in found.values()} == {1}


def test_dropped_block_comes_back_cancelled() -> None:
    plan = user_plan()
    first = to_ics(week(plan), day_events=True)
    uid = "go.d4.design@planexport"
    old = read_icalendar(first)[uid]
    smaller = drop_block(plan, 4, "Design")
    second = to_ics(week(smaller), previous=first)
    found = read_icalendar(second)
    cancelled = {u for u, e in found.items() if e.status == "CANCELLED"}
    # The block, and the day events the second export no longer asks for.
    assert cancelled == {uid} | {f"go.d{n}@planexport" for n in range(1, 8)}
    gone = found[uid]
    assert (gone.sequence, gone.start, gone.end) == (1, old.start, old.end)
    assert gone.summary == old.summary
    assert f"DTSTART:{_utc(old.start)}" in lines(second)
    # Once cancelled, it stays as it is.
    assert to_ics(week(smaller), previous=second) == second
    # Back in the plan: confirmed again, with a higher SEQUENCE.
    back = read_icalendar(to_ics(week(plan), previous=second))[uid]
    assert (back.status, back.sequence) == ("CONFIRMED", 2)


def _utc(instant: object) -> str:
    assert isinstance(instant, int)
    return dt.datetime.fromtimestamp(instant, tz=dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def test_events_of_other_programs_in_the_previous_file_are_left_out() -> None:
    foreign = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:abc@example.com\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260101T100000Z\r\n"
        b"SUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert to_ics(week(), previous=foreign) == to_ics(week())


@pytest.mark.parametrize("junk", [b"", b"not a calendar", b"\x00\xff\xfe"])
def test_unreadable_previous_file_is_a_calendar_error(junk: bytes) -> None:
    with pytest.raises(CalendarError, match="previous export"):
        to_ics(week(), previous=junk)


# ---------------------------------------------------------------------------------------------
# Time zones


def test_autumn_repeated_hour_is_written_in_utc() -> None:
    # 2026-10-25, Berlin: 03:00 CEST becomes 02:00 CET, so 02:00-03:00 happens twice.
    schedule = make_schedule(
        user_plan(), start=dt.date(2026, 10, 19), tz=BERLIN, starts={7: dt.time(1, 30)}
    )
    day7 = [b for b in schedule.blocks if b.date == dt.date(2026, 10, 25)]
    text = lines(to_ics(schedule))
    # Review 01:30 CEST for 60 min: ends 02:30 CEST (ambiguous); Mock Design 02:40 CEST to
    # 02:40 CET (both ambiguous, an hour apart in real time); DSA from 02:50 CET (ambiguous).
    assert "DTSTART;TZID=Europe/Berlin:20261025T013000" in text
    assert "DTEND:20261025T003000Z" in text
    assert "DTSTART:20261025T004000Z" in text
    assert "DTEND:20261025T014000Z" in text
    assert "DTSTART:20261025T015000Z" in text
    assert "DTEND;TZID=Europe/Berlin:20261025T032000" in text
    found = read_icalendar(to_ics(schedule))
    for block in day7:
        seen = found[f"{block.key}@planexport"]
        assert (seen.start, seen.end) == (
            int(block.start.timestamp()),
            int(block.end.timestamp()),
        )


def test_spring_gap_keeps_the_zone_and_real_length() -> None:
    schedule = make_schedule(
        user_plan(), start=dt.date(2026, 3, 23), tz=BERLIN, starts={7: dt.time(1, 30)}
    )
    text = lines(to_ics(schedule))
    # Review: 01:30 CET plus 60 real minutes is 03:30 CEST.
    assert "DTSTART;TZID=Europe/Berlin:20260329T013000" in text
    assert "DTEND;TZID=Europe/Berlin:20260329T033000" in text
    assert not any(line.startswith(("DTSTART:", "DTEND:")) and line.endswith("Z") for line in text)


def _offsets_agree(data: bytes, tz: str, start: dt.datetime, end: dt.datetime) -> None:
    """Every hour in start..end: the VTIMEZONE in `data` gives the zone's real UTC offset.

    Read by icalendar (told not to look the TZID up) and by vobject, both from the file alone.
    """
    import vobject

    (vtz,) = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")
    assert isinstance(vtz, icalendar.Timezone)
    assert str(vtz["TZID"]) == tz
    own = vtz.to_tz(lookup_tzid=False)
    by_vobject = vobject.readOne(data.decode()).vtimezone.gettzinfo()
    assert not isinstance(own, ZoneInfo)
    assert not isinstance(by_vobject, ZoneInfo)
    real = ZoneInfo(tz)
    moment = start.astimezone(dt.timezone.utc)
    checked = 0
    while moment <= end:
        local = moment.astimezone(real)
        # Both readers build on dateutil, which resolves a repeated wall-clock hour its own way
        # (wrongly where "daylight" time is the earlier offset, as in Casablanca): those hours
        # are left to the interop tests, which check the events' instants there.
        if local.replace(fold=1 - local.fold).utcoffset() == local.utcoffset():
            for written in (own, by_vobject):
                assert moment.astimezone(written).utcoffset() == local.utcoffset(), (tz, moment)
                # And back: the written wall-clock time names the same instant.
                ours = local.replace(tzinfo=None).replace(tzinfo=written)
                assert ours.astimezone(dt.timezone.utc) == moment, (tz, moment)
        moment += dt.timedelta(hours=1)
        checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    ("tz", "start"),
    [
        ("Europe/Berlin", dt.date(2026, 10, 19)),
        ("America/New_York", dt.date(2026, 3, 2)),
        ("Australia/Sydney", dt.date(2026, 3, 30)),
        ("Europe/London", dt.date(2026, 12, 28)),
        ("Pacific/Chatham", dt.date(2026, 4, 1)),
    ],
)
def test_zones_with_yearly_changes_get_the_rrule_form(tz: str, start: dt.date) -> None:
    plans = [user_plan()] * 6
    schedule = make_schedule(plans, start=start, tz=tz)
    data = to_ics(schedule)
    text = lines(data)
    block = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE") + 1]
    assert sum(line.startswith("RRULE:FREQ=YEARLY;") for line in block) == 2
    assert not any(line.startswith("RDATE") for line in block)
    assert block.count("BEGIN:STANDARD") == block.count("BEGIN:DAYLIGHT") == 1
    first, last = schedule.blocks[0].start, schedule.blocks[-1].end
    _offsets_agree(data, tz, first, last)


@pytest.mark.parametrize("tz", ["Asia/Tokyo", "America/Sao_Paulo", "Asia/Kolkata"])
def test_zone_without_changes_gets_one_observance(tz: str) -> None:
    schedule = make_schedule(user_plan(), start=MONDAY, tz=tz)
    data = to_ics(schedule)
    text = lines(data)
    block = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE") + 1]
    assert block.count("BEGIN:STANDARD") == 1
    assert "BEGIN:DAYLIGHT" not in block
    assert not any(line.startswith(("RRULE", "RDATE")) for line in block)
    _offsets_agree(data, tz, schedule.blocks[0].start, schedule.blocks[-1].end)


def test_irregular_zone_gets_one_observance_per_change() -> None:
    # Casablanca leaves its usual offset for Ramadan, on dates no yearly rule describes.
    tz = "Africa/Casablanca"
    schedule = make_schedule([user_plan()] * 8, start=dt.date(2026, 1, 19), tz=tz)
    data = to_ics(schedule)
    text = lines(data)
    assert not any(line.startswith("RRULE") for line in text)
    assert text.count("BEGIN:VTIMEZONE") == 1
    _offsets_agree(data, tz, schedule.blocks[0].start, schedule.blocks[-1].end)


def test_utc_schedule_has_no_vtimezone() -> None:
    data = to_ics(make_schedule(user_plan(), start=MONDAY, tz="Etc/UTC"))
    text = lines(data)
    assert "BEGIN:VTIMEZONE" not in text
    assert "DTSTART:20261130T090000Z" in text


def test_unknown_zone_is_an_options_error() -> None:
    schedule = week()
    bad = Schedule(plans=schedule.plans, options=schedule.options, tz="Mars/Olympus", days=())
    with pytest.raises(OptionsError, match="Mars/Olympus"):
        to_ics(bad)


def test_vtimezone_covers_only_the_plan_span() -> None:
    data = to_ics(make_schedule([user_plan()] * 52, start=MONDAY, tz=BERLIN))
    text = lines(data)
    block = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE") + 1]
    assert len(block) == 17
    assert "DTSTART:20261025T030000" in block
    assert "DTSTART:20260329T020000" in block


# ---------------------------------------------------------------------------------------------
# Command line

runner = CliRunner()
SCHEDULING = ["--start", "2026-11-30", "--tz", BERLIN]


def test_cli_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "week.ics"
    result = runner.invoke(
        app,
        [
            *("export", "ics", str(USER_PLAN), *SCHEDULING, "-o", str(target)),
            *("--calendar-name", "Mine", "--alarm", "10", "--day-events", "--goals"),
        ],
    )
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    assert "X-WR-CALNAME:Mine" in lines(data)
    found = events(data)
    assert {"go.goals@planexport", "go.d1@planexport", "go.d1.concepts@planexport"} <= set(found)
    assert found["go.d1.concepts@planexport"].walk("VALARM")


def test_cli_writes_to_stdout() -> None:
    result = runner.invoke(app, ["export", "ics", str(USER_PLAN), *SCHEDULING, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"BEGIN:VCALENDAR\r\n")


def test_cli_default_output_is_the_plan_name_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "ics", str(USER_PLAN), *SCHEDULING])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "go-track.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_cli_over_a_previous_export_updates_it(tmp_path: Path) -> None:
    target = tmp_path / "week.ics"
    args = ["export", "ics", str(USER_PLAN), "-o", str(target), "--tz", BERLIN]
    assert runner.invoke(app, [*args, "--start", "2026-11-30"]).exit_code == 0
    first = target.read_bytes()
    assert runner.invoke(app, [*args, "--start", "2026-11-30"]).exit_code == 0
    assert target.read_bytes() == first
    assert runner.invoke(app, [*args, "--start", "2026-12-07"]).exit_code == 0
    found = read_icalendar(target.read_bytes())
    assert set(found) == set(read_icalendar(first))
    assert {e.sequence for e in found.values()} == {1}


def test_cli_refuses_to_overwrite_something_else(tmp_path: Path) -> None:
    target = tmp_path / "notes.ics"
    target.write_text("my notes\n")
    result = runner.invoke(app, ["export", "ics", str(USER_PLAN), *SCHEDULING, "-o", str(target)])
    assert result.exit_code == 2
    assert f"{target}: the previous export is not an iCalendar file" in result.output
    assert target.read_text() == "my notes\n"


def test_cli_rejects_a_negative_alarm() -> None:
    result = runner.invoke(app, ["export", "ics", str(USER_PLAN), "--alarm", "-5", "-o", "-"])
    assert result.exit_code == 2
    assert "invalid value for '--alarm': must be at least 0" in result.stderr
    assert result.stdout == ""


def test_block_model_range_text_is_used() -> None:
    block = Block(title="X", min_minutes=45, max_minutes=60)
    plan = user_plan()
    edited = edit_block(plan, 1, "Concepts", min_minutes=block.min_minutes, max_minutes=60)
    found = events(to_ics(week(edited)))
    assert str(found["go.d1.concepts@planexport"]["DESCRIPTION"]).endswith("Planned: 45–60 min")


@pytest.mark.parametrize(
    ("tz", "start"),
    [
        ("Australia/Lord_Howe", dt.date(2026, 9, 28)),
        ("Australia/Lord_Howe", dt.date(2026, 3, 30)),
        ("Europe/Dublin", dt.date(2026, 3, 23)),
        ("Europe/Dublin", dt.date(2026, 10, 19)),
        ("Pacific/Chatham", dt.date(2026, 9, 21)),
        ("Africa/Casablanca", dt.date(2026, 2, 2)),
        ("America/Sao_Paulo", dt.date(2026, 11, 2)),
        ("Asia/Kolkata", dt.date(2026, 11, 30)),
        ("Etc/GMT+5", dt.date(2026, 11, 30)),
    ],
)
def test_vtimezone_matches_zoneinfo_over_the_span(tz: str, start: dt.date) -> None:
    schedule = make_schedule([user_plan()] * 8, start=start, tz=tz, at=dt.time(0, 30))
    data = to_ics(schedule)
    _offsets_agree(data, tz, schedule.blocks[0].start, schedule.blocks[-1].end)


def test_dublin_summer_time_is_written_as_daylight_time() -> None:
    # tzdata gives Dublin a negative DST in winter; calendar apps expect the usual form.
    data = to_ics(make_schedule([user_plan()] * 6, start=dt.date(2026, 10, 19), tz="Europe/Dublin"))
    text = lines(data)
    block = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE") + 1]
    daylight = block[block.index("BEGIN:DAYLIGHT") : block.index("END:DAYLIGHT")]
    standard = block[block.index("BEGIN:STANDARD") : block.index("END:STANDARD")]
    assert {"TZNAME:IST", "TZOFFSETTO:+0100"} <= set(daylight)
    assert {"TZNAME:GMT", "TZOFFSETTO:+0000"} <= set(standard)


def test_a_fixed_offset_zone_is_not_utc() -> None:
    text = lines(to_ics(make_schedule(user_plan(), start=MONDAY, tz="Etc/GMT+5")))
    assert "DTSTART;TZID=Etc/GMT+5:20261130T090000" in text
    assert "TZOFFSETTO:-0500" in text


# ---------------------------------------------------------------------------------------------
# Re-export over a previous file that something else has touched


def _app_resaved(data: bytes) -> bytes:
    """The export as a calendar app might save it: LF, UTC times, DURATION, extras, new order."""
    cal = icalendar.Calendar.from_ical(data)
    for event in cal.walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        sequence = int(str(event["SEQUENCE"]))
        del event["DTSTART"], event["DTEND"], event["SEQUENCE"]
        if isinstance(start, dt.datetime):
            event.add("DURATION", end - start)
            event.add("DTSTART", start.astimezone(dt.timezone.utc))
        else:
            event.add("DTSTART", start)
            event.add("DTEND", end)
        event.add("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR", "AUTOMATIC")
        event.add("LAST-MODIFIED", dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))
        event.add("SEQUENCE", sequence)
    data = cal.to_ical()
    assert isinstance(data, bytes)
    return data.replace(b"\r\n", b"\n")


def test_reexport_over_a_file_resaved_by_an_app_changes_nothing() -> None:
    first = to_ics(week(), day_events=True)
    assert to_ics(week(), day_events=True, previous=_app_resaved(first)) == first


def test_previous_event_with_duration_instead_of_dtend_keeps_its_sequence() -> None:
    first = to_ics(week())
    resaved = _app_resaved(first)
    assert b"DURATION:" in resaved
    assert b"\nDTEND" not in resaved
    found = read_icalendar(to_ics(week(), previous=resaved))
    assert {e.sequence for e in found.values()} == {0}


def test_previous_file_with_several_calendars_is_read() -> None:
    first = to_ics(week())
    assert to_ics(week(), previous=first + first) == first


def test_unreadable_sequence_in_a_hand_edited_previous_file_counts_as_zero() -> None:
    first = to_ics(week())
    edited = first.replace(b"SEQUENCE:0", b"SEQUENCE:one", 1)
    assert to_ics(week(), previous=edited) == first


def test_foreign_events_in_the_previous_file_are_never_cancelled() -> None:
    first = to_ics(week())
    foreign = (
        b"BEGIN:VEVENT\r\nUID:abc@example.com\r\nDTSTAMP:20260101T000000Z\r\n"
        b"DTSTART:20261201T100000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
    )
    mixed = first.replace(b"END:VCALENDAR", foreign + b"END:VCALENDAR")
    second = to_ics(week(), previous=mixed)
    assert second == first
    assert b"abc@example.com" not in second


def test_three_reexports_with_edits_only_ever_raise_sequence() -> None:
    plan = user_plan()
    uid = "go.d2.design-exercises@planexport"
    versions = [
        plan,
        edit_block(plan, 2, "Design Exercises", note="First edit"),
        edit_block(plan, 2, "Design Exercises", note="Second edit"),
        plan,  # back to the original text: still an update, so still higher
    ]
    data: bytes | None = None
    sequences: list[int] = []
    for version in versions:
        data = to_ics(week(version), previous=data)
        sequences.append(read_icalendar(data)[uid].sequence)
    assert sequences == [0, 1, 2, 3]
    # Untouched blocks never moved.
    assert read_icalendar(data or b"")["go.d1.concepts@planexport"].sequence == 0


def test_block_removed_then_restored_across_app_resaves() -> None:
    plan = user_plan()
    uid = "go.d4.design@planexport"
    first = to_ics(week(plan))
    second = to_ics(week(drop_block(plan, 4, "Design")), previous=_app_resaved(first))
    gone = read_icalendar(second)[uid]
    assert (gone.status, gone.sequence) == ("CANCELLED", 1)
    third = to_ics(week(plan), previous=_app_resaved(second))
    back = read_icalendar(third)[uid]
    assert (back.status, back.sequence) == ("CONFIRMED", 2)
    # Day 4's later block moved up and back: raised twice; every other block never changed.
    found = read_icalendar(third)
    assert found["go.d4.review@planexport"].sequence == 2
    assert {e.sequence for u, e in found.items() if not u.startswith("go.d4.")} == {0}
