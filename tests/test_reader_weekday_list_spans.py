"""Headings naming several weekdays with one clock span (`### Monday, Wednesday, Friday: 9am -
3pm` over a sentence, `## Mon/Wed 18:00-20:00 – Climbing` over bullets, `### Lunes, miércoles y
viernes: 18:00-20:00`, `### Montag und Donnerstag: 17-19 Uhr`, `### Mardi et jeudi : 9h-11h`):
a weekly template, each weekday named a day with the pinned block of every heading naming it;
one weekday heading with a span stays a day of its own as before."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, day_blocks, warnings

PLANS = DATA / "weekday_list_spans"

_TALKS = ("Work through the recorded talks and the readings", 360, "09:00")
_SEMINAR = ("Live seminar with the tutors", 120, "16:00")


def test_each_weekday_named_holds_every_heading_naming_it() -> None:
    result = read_plan(PLANS / "en-course-week.md")
    assert day_blocks(result.plan) == [
        ("mon", [_TALKS, _SEMINAR]),
        ("tue", [_SEMINAR]),
        ("wed", [_TALKS, _SEMINAR]),
        ("thu", [_SEMINAR]),
        ("fri", [_TALKS, _SEMINAR]),
    ]
    assert [d.title for d in result.plan.days] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
    ]
    # the sentence after the first is the block's item; the section after the week is kept
    assert blocks_with_items(result.plan)[0][3] == ["Keep a list of questions for the tutors."]
    assert result.plan.days[-1].notes == ("The essay is due on July 30.",)
    assert warnings(result) == []


def test_the_headings_own_words_title_the_block_and_the_bullets_are_its_items() -> None:
    result = read_plan(PLANS / "en-titled-headings.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Climbing", 120, "18:00")]),
        ("tue", [("Swim", 45, "07:00")]),
        ("wed", [("Climbing", 120, "18:00")]),
        ("thu", [("Swim", 45, "07:00")]),
        ("sat", [("Long ride", 120, "10:00")]),
    ]
    assert blocks_with_items(result.plan)[0][3] == ["Warm up on the easy wall", "Project routes"]


def test_german_weekday_lists_and_ranges_with_a_few_short_bullets() -> None:
    result = read_plan(PLANS / "de-wochentage.md")
    drill = ("Stimmübungen, Atemtechnik", 30, "07:00")
    choir = ("Probe im Gemeindehaus", 120, "17:00")
    assert day_blocks(result.plan) == [
        ("mon", [choir, drill]),
        ("tue", [drill]),
        ("wed", [drill]),
        ("thu", [choir, drill]),
        ("fri", [drill]),
    ]


def test_spanish_list_beside_one_weekday_heading() -> None:
    result = read_plan(PLANS / "es-dias.md")
    guitar = ("Clases de guitarra", 120, "18:00")
    assert day_blocks(result.plan) == [
        ("mon", [guitar]),
        ("wed", [guitar]),
        ("fri", [guitar]),
        ("sat", [("Ensayo con la banda", 120, "10:00")]),
    ]
    assert warnings(result) == []


def test_french_weekday_lists_in_the_weeks_order() -> None:
    result = read_plan(PLANS / "fr-jours.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Lecture à la médiathèque", 120, "14:00")]),
        ("tue", [("Atelier d'écriture", 120, "09:00")]),
        ("wed", [("Lecture à la médiathèque", 120, "14:00")]),
        ("thu", [("Atelier d'écriture", 120, "09:00")]),
    ]


def test_bold_weekday_list_lines_are_read_as_before() -> None:
    result = read_plan(PLANS / "bold-lines.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Gym", 120, "18:00")]),
        ("tue", [("Pottery class", 45, "07:00")]),
        ("wed", [("Gym", 120, "18:00")]),
        ("thu", [("Pottery class", 45, "07:00")]),
        ("fri", [("Gym", 120, "18:00")]),
    ]


def test_one_weekday_per_heading_stays_a_day_each() -> None:
    result = read_plan(PLANS / "one-weekday-near-miss.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Track", 60, "18:30")]),
        ("thu", [("Hills", 60, "18:30")]),
    ]
    assert blocks_with_items(result.plan)[0][3] == ["Intervals with the running club."]
