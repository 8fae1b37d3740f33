"""A weekday heading with a clock span or time right after its weekday (`## Tuesday
19:00-20:30 — Chemistry`, `## Wednesday (17:15-18:00)`, `## Friday 6pm - 7pm | Guitar`) over a
list of lengths that fills the span, or under a time alone (`## Sunday 8:30 – Long run`): the
list starts at that time, each item when the one before ends. A list shorter than the span
(`## Saturday 09:00-15:00` over two hours) may sit anywhere in it, and stays unpinned."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.heading_starts import heading_start
from tests.paths import DATA

PLAN = DATA / "weekday_heading_starts" / "one-edge-case.md"


def _starts() -> list[tuple[str | None, list[tuple[str, str | None, int]]]]:
    plan = read_plan(PLAN).plan
    return [
        (d.weekday, [(b.title, b.at, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def test_the_heading_time_starts_the_list_of_lengths() -> None:
    assert _starts() == [
        (
            "tue",
            [("Read the chapter on bonds", "19:00", 40), ("Balance ten equations", "19:40", 50)],
        ),
        ("wed", [("Vocabulary drill", "17:15", 20), ("Listening practice", "17:35", 25)]),
        ("fri", [("Scales", "18:00", 15), ("New song", "18:15", 45)]),
        ("sat", [("Poster draft", None, 120)]),  # the day's open hours: anywhere in them
        ("sun", [("Easy pace", "08:30", 50), ("Stretching", "09:20", 10)]),
    ]


def test_the_titles_stay_the_words_after_the_clock() -> None:
    plan = read_plan(PLAN).plan
    assert [d.title for d in plan.days][:1] == ["Chemistry"]


def test_only_a_time_right_after_the_weekday_is_a_start() -> None:
    assert heading_start("## Tuesday 19:00-20:30 — Chemistry") == (19 * 60, 20 * 60 + 30)
    assert heading_start("### Saturday 9:30 – Long run") == (9 * 60 + 30, None)
    assert heading_start("## Monday — Statistics") is None
    assert heading_start("## Day 1 18:00-20:00") is None
    assert heading_start("## Monday 2h") is None
    assert heading_start("## Chapter 3 10:00") is None
