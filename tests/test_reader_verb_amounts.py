"""A verb that says what is done before a length and what it is an amount of (`- Watch 15
minutes of NHK Easy News`): the block is titled by both (`Watch NHK Easy News`), not the verb."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "verb_amounts"


def _blocks(path: str) -> list[tuple[str | None, str, str | None, int]]:
    plan = read_plan(PLANS / path).plan
    return [
        (d.weekday, b.title, b.note, b.min_minutes)
        for d in plan.days
        for v in d.variants
        for b in v.blocks
    ]


def test_verbs_keep_their_place_before_what_the_length_is_of() -> None:
    result = read_plan(PLANS / "verbs-over-amounts.md")
    assert _blocks("verbs-over-amounts.md") == [
        ("mon", "Watch NHK Easy News", None, 15),
        ("mon", "Listen to a podcast", None, 20),
        ("mon", "Read Yotsuba", "chapter 3", 30),
        ("tue", "Practice shadowing", "out loud", 10),
        ("tue", "Read through grammar notes", None, 25),
    ]
    assert warnings(result) == []


def test_a_checklist_line_among_untimed_ones_and_a_count_of_cards_is_no_length() -> None:
    result = read_plan(PLANS / "checklist-watch-stories.md")
    assert _blocks("checklist-watch-stories.md") == [
        (None, "Watch HSK3 stories on YouTube", None, 15)
    ]
    assert list(result.plan.days[0].notes) == [
        "[ ] Write down the new words",
        "[ ] Make flashcards from each new word",
        "[ ] Review 20 new cards",
    ]


def test_a_title_of_two_words_a_rate_and_a_number_after_of_read_as_before() -> None:
    assert _blocks("near-miss-titles-and-rates.md") == [
        ("mon", "Grammar drills", "of Genki", 20),
        ("mon", "Read", "a day of news", 30),
        ("mon", "Listen", "of 20", 15),
        ("mon", "Watch 2 episodes", None, 40),
    ]
