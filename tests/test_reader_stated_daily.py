"""A length stated once for every day (`**Daily Time Commitment:** 2-3 hours`, `# Rust (1h/day)`,
`## Daily practice (20-30 min/day)`, `Tägliche Lernzeit: 90 Minuten`) over days that give none:
each day is one block of that length, titled by its topic, its bullets the items."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

STATED = DATA / "stated_daily"


def read(name: str) -> ReadResult:
    return read_plan(STATED / name)


def _lengths(result: ReadResult) -> list[tuple[str, str, int, int]]:
    """Each day's title with its one block's title and minutes."""
    return [
        (d.title, b.title, b.min_minutes, b.max_minutes)
        for d in result.plan.days
        for v in d.variants
        for b in v.blocks
    ]


def test_a_labelled_daily_commitment_is_each_untimed_days_block() -> None:
    result = read("label-over-day-headings.md")
    assert _lengths(result) == [
        ("Flat and Graded Washes", "Flat and Graded Washes", 60, 120),
        ("Wet-on-Wet Skies", "Wet-on-Wet Skies", 60, 120),
    ]
    assert blocks_with_items(result.plan)[0][3] == [
        "Flat wash in ultramarine",
        "Graded wash from dark to light",
        "Cold-press paper, 300 gsm",
    ]
    assert warnings(result) == [
        '5: "1-2 hours" a day: no day gives a time of its own, so each of the 2 days is one '
        "block that long, titled by the day"
    ]


def test_a_per_day_length_in_the_plans_title() -> None:
    result = read("title-per-day-over-days.md")
    assert result.plan.title == "Rust in three days (1h/day)"
    assert _lengths(result) == [
        ("Ownership", "Ownership", 60, 60),
        ("Traits", "Traits", 60, 60),
        ("Errors", "Errors", 60, 60),
    ]
    assert blocks_with_items(result.plan)[2][3] == ["Result and the ? operator"]
    assert [w.line for w in result.warnings] == [1]


def test_taegliche_lernzeit() -> None:
    result = read("taegliche-lernzeit.md")
    assert _lengths(result) == [
        ("Begrüßungen", "Begrüßungen", 90, 90),
        ("Im Restaurant", "Im Restaurant", 90, 90),
    ]
    assert warnings(result)[0].startswith('3: "90 Minuten" a day')


def test_tiempo_diario() -> None:
    result = read("tiempo-diario.md")
    assert _lengths(result) == [("Postura", "Postura", 60, 60), ("Arpegios", "Arpegios", 60, 60)]


def test_time_per_day_in_an_overview_list() -> None:
    result = read("time-per-day-list-item.md")
    assert [(b[0], b[1], b[3]) for b in blocks_with_items(result.plan)] == [
        ("Italian Game", 45, ["Main line to move 8", "Typical plans"]),
        ("Caro-Kann", 45, ["Advance variation"]),
    ]
    assert [w.line for w in result.warnings] == [4]  # the item's own line, said once


def test_day_lines_under_weeks_are_titled_by_their_own_words() -> None:
    result = read("commitment-over-day-lines-in-weeks.md")
    assert [(d.week, d.title, d.notes) for d in result.plan.days][:2] == [
        (1, "Select and filter, sorting results", ()),
        (1, "Joins across two tables", ()),
    ]
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("Select and filter, sorting results", 60),
        ("Joins across two tables", 60),
        ("Review Day - redo the two hardest katas", 60),
        ("Insert and update", 60),
        ("Transactions", 60),
    ]
    assert result.plan.days[0].variants[0].blocks[0].max_minutes == 90
    assert [w.line for w in result.warnings] == [6]


def test_each_week_heading_gives_its_own_days_their_length() -> None:
    result = read("week-headings-own-lengths.md")
    assert [(d.week, d.title) for d in result.plan.days] == [
        (1, "Day 1"),
        (1, "Day 2"),
        (2, "Day 3"),
        (2, "Day 4"),
    ]
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("Home row", 30),
        ("Home row", 30),
        ("Top row", 45),
        ("Top row", 45),
    ]
    assert [w.line for w in result.warnings] == [3, 11]


def test_a_table_of_untimed_days_under_a_per_day_heading() -> None:
    result = read("heading-per-day-over-day-table.md")
    assert _lengths(result) == [
        ("Tuning and C chord", "Tuning and C chord", 20, 30),
        ("G and Am chords", "G and Am chords", 20, 30),
        ("Strumming down-up", "Strumming down-up", 20, 30),
        ("Changing chords in time", "Changing chords in time", 20, 30),
    ]
    assert warnings(result) == [
        '3: "20-30 min" a day: no day gives a time of its own, so each of the 4 rows of the '
        "table is a day of one block that long"
    ]


def test_days_with_their_own_times_keep_them() -> None:
    result = read("timed-days-keep-their-times.md")
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("Gear and ventilation", 45),
        ("Machine set-up", 60),
    ]
    assert warnings(result) == ['3: "**Daily Time Commitment:** 3 hours" is in no day: not read']


def test_advice_of_hours_a_day_with_no_days_stays_refused() -> None:
    with pytest.raises(PlanError, match="no days found"):
        read("advice-only-no-days.md")


def test_a_daily_activitys_length_is_not_the_days() -> None:
    with pytest.raises(PlanError, match="2 days found, none with a length"):
        read("daily-review-label-not-the-day.md")


def test_one_activitys_length_a_day_is_not_the_days() -> None:
    with pytest.raises(PlanError, match="2 days found, none with a length"):
        read("activity-heading-per-day-not-the-days.md")


def test_headings_under_a_day_are_items_of_its_one_block() -> None:
    result = read("per-day-heading-over-problem-headings.md")
    blocks = [b for d in result.plan.days for v in d.variants for b in v.blocks]
    assert [(b.title, b.min_minutes) for b in blocks] == [
        ("Traversals", 45),
        ("Shortest paths", 45),
    ]
    assert [(i.text, [c.text for c in i.children]) for i in blocks[0].items] == [
        ("Drill 1: Flood fill", ["**Source:** the practice sheet", "Medium"]),
        ("Drill 2: Islands count", ["Medium"]),
    ]
    assert [i.text for i in blocks[1].items] == ["Drill 3: Network delay"]
    assert [w.line for w in result.warnings] == [3]


def test_an_overview_of_numbered_days_with_a_weekend_row_is_no_weekday_table() -> None:
    result = read("overview-table-with-weekend-row.md")
    assert _lengths(result) == [
        ("Cubes and boxes", "Cubes and boxes", 20, 30),
        ("Cylinders", "Cylinders", 20, 30),
        ("Hands", "Hands", 20, 30),
    ]
    # "| Day 1 (today) |" rows are numbered days, not weekdays the reader cannot place.
    assert [w.line for w in result.warnings] == [3]
