"""A day of clock spans that opens with its night (`10:30 PM – 6:30 AM Sleep` above the morning)
is one day's clock: the morning is on the day's date and the night runs from that evening; a late
evening that goes on past midnight still ends on the next date."""

from __future__ import annotations

import datetime as dt

from planexport.model import Block, Day, Plan, Variant
from planexport.reader import read_plan
from planexport.scheduling import ScheduleOptions, schedule
from tests.paths import DATA
from tests.reader_support import pinned, warnings

NIGHT = DATA / "night_first"
MONDAY = dt.date(2026, 12, 7)


def starts(plan: Plan) -> list[list[tuple[str, str, str]]]:
    """Each scheduled day's blocks as (title, start, end), with weekday and clock."""
    result = schedule(plan, ScheduleOptions(start=MONDAY, tz="UTC"))
    return [
        [(b.block.title, f"{b.start:%a %H:%M}", f"{b.end:%a %H:%M}") for b in day.blocks]
        for day in result.days
    ]


def test_a_bedtime_span_written_first_is_that_days_night() -> None:
    result = read_plan(NIGHT / "en-bedtime-span-above-the-morning.md")
    assert pinned(result.plan, 0) == [
        ("Sleep", 480, "22:30"),  # a span that lasts stays a block, as it does written last
        ("Get up, shower", 30, "06:30"),
        ("Revise organic chemistry", 120, "07:00"),
        ("Swim practice", 60, "17:00"),
        ("Past papers", 90, "20:00"),
    ]
    assert warnings(result) == []
    assert sorted(starts(result.plan)[0], key=lambda b: b[1]) == [
        ("Get up, shower", "Mon 06:30", "Mon 07:00"),
        ("Revise organic chemistry", "Mon 07:00", "Mon 09:00"),
        ("Swim practice", "Mon 17:00", "Mon 18:00"),
        ("Past papers", "Mon 20:00", "Mon 21:30"),
        ("Sleep", "Mon 22:30", "Tue 06:30"),
    ]


def test_a_24_hour_day_with_its_night_first_keeps_its_morning() -> None:
    plan = read_plan(NIGHT / "de-schlafen-zuerst.md").plan
    assert sorted(starts(plan)[0], key=lambda b: b[1]) == [
        ("Frühstück und Zeitung", "Mon 07:00", "Mon 07:30"),
        ("Lineare Algebra", "Mon 08:00", "Mon 10:00"),
        ("Statistik wiederholen", "Mon 14:00", "Mon 15:30"),
        ("Schlafen", "Mon 23:00", "Tue 07:00"),
    ]


def test_each_weekday_opens_with_its_own_night_and_the_nights_do_not_clash() -> None:
    result = read_plan(NIGHT / "es-dormir-primero-dos-dias.md")
    days = starts(result.plan)
    assert [sorted(day, key=lambda b: b[1]) for day in days] == [
        [
            ("Leer apuntes de historia", "Mon 07:00", "Mon 09:00"),
            ("Nadar", "Mon 18:00", "Mon 19:00"),
            ("Dormir", "Mon 23:30", "Tue 07:00"),
        ],
        [
            # only a morning after the night: still that day's morning
            ("Ejercicios de física", "Tue 07:00", "Tue 09:00"),
            ("Dormir", "Tue 23:30", "Wed 07:00"),
        ],
    ]


def test_a_late_evening_that_goes_on_into_the_small_hours_ends_the_next_date() -> None:
    plan = read_plan(NIGHT / "en-late-night-goes-on-past-midnight.md").plan
    assert starts(plan) == [
        [
            ("Build the prototype", "Sat 21:00", "Sun 00:30"),
            ("Write the demo script", "Sun 00:30", "Sun 02:00"),
        ]
    ]


def test_a_night_first_day_whose_later_block_overlaps_the_night_is_kept_in_written_order() -> None:
    # "22:00-06:00" above "21:00-23:00": the evening block runs into the night, so the day is
    # not one clock; the line after the night is on the next date, as before.
    blocks = (
        Block(title="Sleep", min_minutes=480, max_minutes=480, at="22:00"),
        Block(title="Study", min_minutes=60, max_minutes=60, at="06:00"),
        Block(title="Late film", min_minutes=120, max_minutes=120, at="21:00"),
    )
    day = Day(number=1, title="Monday", variants=(Variant(hours=11, blocks=blocks),))
    plan = Plan(id="p", title="P", days=(day,))
    assert starts(plan) == [
        [
            ("Sleep", "Mon 22:00", "Tue 06:00"),
            ("Study", "Tue 06:00", "Tue 07:00"),
            ("Late film", "Tue 21:00", "Tue 23:00"),
        ]
    ]
