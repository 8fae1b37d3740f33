"""Someone's weekend in a lesson's title (`# Writing lesson: "My Weekend"`, `Mein Wochenende`)
is the lesson's topic: one lesson on no weekday, not a template read on Saturday and Sunday."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

FOLDER = DATA / "weekend_topics"


def test_my_weekend_in_a_title_is_no_weekend() -> None:
    result = read_plan(FOLDER / "lesson-about-my-weekend.md")
    assert day_blocks(result.plan) == [
        (None, [("Starter", 5, None), ("Writing", 20, None), ("Reading aloud", 10, None)])
    ]
    assert warnings(result) == []


def test_mein_wochenende_is_a_topic_too() -> None:
    result = read_plan(FOLDER / "mein-wochenende-stunde.md")
    assert day_blocks(result.plan) == [(None, [("Einstieg", 5, None), ("Schreiben", 15, None)])]


def test_the_weekend_heading_is_still_saturday_and_sunday() -> None:
    result = read_plan(FOLDER / "weekend-template-near-miss.md")
    assert [(d.weekday, d.title) for d in result.plan.days][-2:] == [
        ("sat", "The Weekend"),
        ("sun", "The Weekend"),
    ]
    assert day_blocks(result.plan)[-1] == ("sun", [("Past paper", 90, None)])
