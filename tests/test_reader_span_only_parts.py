"""A list line with only a clock span under a part of the day's heading is titled by it."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned

PLANS = DATA / "span_only_parts"


def test_english_sleep_and_deep_work_take_their_headings_and_lunch_is_a_gap() -> None:
    result = read_plan(PLANS / "en-sleep-part.md")
    assert [d.weekday for d in result.plan.days] == ["wed"]
    assert pinned(result.plan, 0) == [
        ("Flashcards", 45, "06:00"),
        ("Deep work", 180, "08:00"),
        ("Sleep", 450, "22:00"),
    ]
    blocks = result.plan.days[0].variants[0].blocks
    assert [b.session for b in blocks] == ["Morning", "Deep work", "Sleep"]
    assert result.warnings == ()


def test_german_part_headings_title_their_spans() -> None:
    result = read_plan(PLANS / "de-teile-des-tages.md")
    assert pinned(result.plan, 0) == [("Vormittag", 150, "09:00"), ("Klavier", 45, "17:00")]
    assert result.warnings == ()


def test_italian_afternoon_span_is_titled_and_lunch_is_a_gap() -> None:
    result = read_plan(PLANS / "it-parti-del-giorno.md")
    assert pinned(result.plan, 0) == [("Analisi 2", 120, "08:00"), ("Pomeriggio", 150, "14:00")]
    assert result.warnings == ()


def test_dutch_line_with_its_own_word_keeps_it() -> None:
    result = read_plan(PLANS / "nl-block-word.md")
    assert pinned(result.plan, 0) == [("Blok", 90, "09:00"), ("Ochtend", 75, "10:45")]
