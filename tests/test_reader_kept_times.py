"""Times kept as the writer wrote them: overlapping classes stay where they are (and are said),
24-hour times are never turned into the evening, a start-only line lasts until the next start,
and a weekday table with no time in it adds no days."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import load, read_plan
from tests.paths import DATA

PLANS = DATA / "kept_times"


def blocks(plan: Plan, index: int) -> list[tuple[str, int, str | None]]:
    (variant,) = plan.days[index].variants
    return [(b.title, b.min_minutes, b.at) for b in variant.blocks]


def messages(name: str) -> list[str]:
    return [f"{w.line}: {w.message}" for w in read_plan(PLANS / name).warnings]


def test_overlapping_classes_are_kept_at_their_times_and_reported() -> None:
    plan = load(PLANS / "en-overlapping-classes-kept.md")
    # One "**Tuesday**" row over rows with an empty day cell: that weekday's day.
    assert [day.weekday for day in plan.days] == ["tue"]
    assert blocks(plan, 0) == [("Statistics", 150, "13:00"), ("Databases", 120, "15:00")]
    assert messages("en-overlapping-classes-kept.md") == [
        '5: "Databases" (15:00–17:00) overlaps "Statistics" (13:00–15:30): both kept as written'
    ]


def test_a_morning_time_after_a_24_hour_time_stays_in_the_morning() -> None:
    plan = load(PLANS / "de-24h-times-out-of-order.md")
    assert blocks(plan, 0) == [("Chemie", 120, "16:00"), ("Mathematik", 90, "10:00")]
    assert messages("de-24h-times-out-of-order.md") == [
        '6: "Mathematik" starts at 10:00, before the line above (16:00): kept at its written time'
    ]


def test_a_start_only_line_lasts_until_the_next_start_however_long() -> None:
    plan = load(PLANS / "it-start-only-long-shift.md")
    assert blocks(plan, 0) == [("Turno in ospedale", 390, "07:00"), ("Studio", 90, "14:00")]
    assert messages("it-start-only-long-shift.md")[0] == (
        '3: "Turno in ospedale" has only a start time and the next one is 6h30 later: '
        "read as lasting until then (over 4 hours)"
    )


def test_a_weekday_table_without_times_adds_no_days() -> None:
    plan = load(PLANS / "nl-weekday-topics-without-times.md")
    assert [(day.title, day.weekday) for day in plan.days] == [
        ("Luisteroefening", None),
        ("Leesoefening", None),
    ]
    assert messages("nl-weekday-topics-without-times.md") == [
        "12: a table of weekdays with no time or length in it: not read as days"
    ]


def test_a_start_with_no_later_start_that_day_is_still_capped() -> None:
    plan = load(PLANS / "en-start-only-no-later-start.md")
    # The line after "21:00" starts at 09:30: the next morning, not the lecture's end.
    assert blocks(plan, 0) == [
        ("Arrival and coffee", 90, "08:00"),
        ("Opening lecture", 240, "21:00"),
        ("Workshop", 90, "09:30"),
        ("Q&A", 30, "11:00"),
    ]
    assert messages("en-start-only-no-later-start.md") == [
        '4: "Opening lecture" has only a start time and no later one that day: read as 4 hours'
    ]
