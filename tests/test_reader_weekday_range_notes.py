"""A heading of a range of weekdays with a length (`### Monday-Tuesday: Anatomy (2 hours)`) over
its bullets, with short notes and rules among them (`**Reading**: chapters 1 and 2`, `---`):
each of those weekdays is one block of that length titled by the topic, not by the range; the
bullets are its items and the notes the day's notes, as under a heading of one weekday."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

FOLDER = DATA / "weekday_range_notes"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_notes_and_rules_under_a_range_heading_keep_its_days() -> None:
    result = read("notes-and-rules-under-ranges.md")
    plan = result.plan
    assert [(d.week, d.weekday, d.title) for d in plan.days] == [
        (1, "mon", "Anatomy of the bee"),
        (1, "tue", "Anatomy of the bee"),
        (1, "wed", "Building frames"),
        (1, "thu", "Building frames"),
        (1, "fri", "Building frames"),
        (2, "sat", "Spring inspection"),
        (2, "sun", "Spring inspection"),
    ]
    assert blocks_with_items(plan)[0] == (
        "Anatomy of the bee",
        120,
        None,
        ["Workers, drones and the queen", "The life cycle"],
    )
    assert [b[1] for b in blocks_with_items(plan)] == [120, 120, 90, 90, 90, 180, 180]
    assert list(plan.days[0].notes) == [
        "**Reading**: chapters 1 and 2",
        "**Quiz**: twelve questions on the castes",
    ]
    assert warnings(result) == []


def test_a_bold_weekday_label_closes_the_range_above_it() -> None:
    result = read("friday-label-closes-range.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Wheel practice"),
        ("tue", "Wheel practice"),
        ("wed", "Wheel practice"),
        ("thu", "Wheel practice"),
        ("fri", "Glazing"),
    ]
    assert blocks_with_items(plan)[-1] == ("Glazing", 120, None, ["Dip the first bowls"])
    assert blocks_with_items(plan)[0][3] == ["Centre the clay", "Pull a cylinder"]
    assert list(plan.days[0].notes) == ["**Clay**: two kilos a session"]
    assert warnings(result) == []
