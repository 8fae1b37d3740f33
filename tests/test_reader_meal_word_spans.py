"""A span heading whose title names a meal over the work of a span longer than a meal
(`### Ochtend (9:00-12:00): Ontbijt & Lunch` over `- [ ] Ontbijtrecepten uitschrijven`): a block
of that work with its lines, never a meal break that drops it; a meal's own short span, or one
with nothing under it, stays a gap."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, pinned, warnings

SPANS = DATA / "meal_word_spans"


def read(name: str) -> ReadResult:
    return read_plan(SPANS / name)


def test_meal_words_over_three_hours_of_tasks_are_a_block() -> None:
    result = read("nl-meal-title-on-three-hour-work-span.md")
    assert blocks_with_items(result.plan) == [
        (
            "Ontbijt & Lunch",
            180,
            "09:00",
            ["[ ] Ontbijtrecepten uitschrijven (8 stuks)", "[ ] Lunchfoto's bewerken"],
        ),
        ("Website", 180, "13:00", ["[ ] Menukaart online zetten"]),
    ]
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


def test_dinner_as_the_topic_of_an_afternoon_is_a_block() -> None:
    result = read("en-dinner-title-on-work-span.md")
    assert pinned(result.plan, 0) == [
        ("Emails", 120, "08:30"),
        ("Dinner", 180, "13:00"),
        ("Review", 60, "18:00"),
    ]
    assert result.plan.days[0].notes == ()


def test_gouter_as_the_topic_of_an_afternoon_is_a_block() -> None:
    result = read("fr-gouter-title-on-work-span.md")
    assert blocks_with_items(result.plan)[0] == (
        "Goûter",
        180,
        "14:00",
        ["Écrire les recettes de goûter pour le livre", "Tester la pâte à crêpes"],
    )


def test_a_lunch_hour_stays_a_gap_its_line_a_note() -> None:
    result = read("de-short-lunch-span-stays-a-gap.md")
    assert pinned(result.plan, 0) == [("Mathe", 180, "09:00"), ("Physik", 120, "13:00")]
    assert result.plan.days[0].notes == ("Mensa mit der Lerngruppe",)


def test_a_long_lunch_with_nothing_under_it_stays_a_gap() -> None:
    result = read("es-long-lunch-span-alone-stays-a-gap.md")
    assert pinned(result.plan, 0) == [("Historia", 240, "09:00"), ("Inglés", 180, "15:00")]
    assert warnings(result) == []
