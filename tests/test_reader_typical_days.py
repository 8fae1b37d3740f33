"""A typical day's timetable above weekday days with untimed lists is each weekday's day, its
bullets the items of the block they are listed under; the plan keeps its `#` title."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

TYPICAL = DATA / "typical_days"


def read(name: str) -> ReadResult:
    return read_plan(TYPICAL / name)


def _items(result: ReadResult, day: int) -> dict[str, list[str]]:
    blocks = result.plan.days[day].variants[0].blocks
    return {b.title: [i.text for i in b.items] for b in blocks}


def test_a_typical_day_of_twelve_hour_starts_is_each_weekdays_day() -> None:
    result = read("typical-day-am-pm-over-weekdays.md")
    plan = result.plan
    assert plan.title == "Web course, spring term"
    assert [(d.week, d.weekday, d.title) for d in plan.days] == [
        (1, "mon", "Monday"),
        (1, "wed", "Wednesday"),
    ]
    for index in range(2):
        # The coffee break is a gap and "go home" the end of the day: neither is a block.
        assert pinned(plan, index) == [
            ("check-in", 15, "08:45"),
            ("lecture", 90, "09:00"),
            ("lab", 105, "10:45"),
        ]
    assert _items(result, 0) == {
        "check-in": [],
        "lecture": ["how the web works", "HTML documents"],
        "lab": ["build a page about yourself"],
    }
    assert _items(result, 1)["lecture"] == ["CSS selectors"]
    assert plan.days[0].notes == ()
    assert warnings(result) == []


def test_unlabelled_bullets_go_to_the_longest_block_of_the_typical_day() -> None:
    result = read("typischer-tag-ueber-wochentagen.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [("mon", "Montag"), ("thu", "Donnerstag")]
    assert pinned(plan, 1) == [
        ("Wortschatz", 30, "14:00"),
        ("Grammatik", 60, "14:30"),
        ("Gespräch", 45, "15:45"),
    ]
    assert _items(result, 0)["Grammatik"] == ["Begrüßungen", "Zahlen bis hundert"]
    assert _items(result, 1)["Grammatik"] == ["Artikel"]
    assert warnings(result) == []  # "Feierabend" ends the day


def test_a_label_names_the_block_its_bullets_belong_to() -> None:
    result = read("dia-tipico-etiqueta-practica.md")
    plan = result.plan
    assert pinned(plan, 0) == [("Teoría", 60, "10:00"), ("Práctica", 105, "11:15")]
    assert _items(result, 0) == {"Teoría": [], "Práctica": ["Cortes básicos", "Caldos"]}
    assert _items(result, 1)["Práctica"] == ["Salsas madre"]  # the longest block
    assert warnings(result) == []


def test_a_typical_day_is_not_laid_over_weekdays_that_have_their_own_times() -> None:
    result = read("timed-weekday-keeps-own-times.md")
    plan = result.plan
    assert pinned(plan, 0) == [("Exam review", 90, "14:00")]
    assert plan.days[1].variants == ()
    assert plan.days[1].notes == ("Library visit",)


def test_a_typical_day_alone_keeps_the_plans_title() -> None:
    result = read("title-over-typical-day-alone.md")
    plan = result.plan
    assert plan.title == "Summer bootcamp"
    assert pinned(plan, 0) == [
        ("warm-up quiz", 20, "09:00"),
        ("lecture", 100, "09:20"),
        ("pair programming", 120, "11:00"),
    ]
    assert warnings(result) == []


def test_a_french_journee_type_with_a_label_before_a_spaced_colon() -> None:
    result = read("journee-type-lundi-mardi.md")
    plan = result.plan
    assert [(d.week, d.weekday) for d in plan.days] == [(1, "mon"), (1, "tue")]
    assert pinned(plan, 0) == [
        ("Accueil", 15, "09:00"),
        ("Tournage", 105, "09:15"),
        ("Émaillage", 75, "11:15"),
    ]
    assert _items(result, 0)["Tournage"] == ["Centrer la terre"]
    assert _items(result, 1)["Tournage"] == ["Bols"]
    assert warnings(result) == []


def test_a_dutch_typische_dag_ends_when_everyone_goes_home() -> None:
    result = read("typische-dag-onder-weken.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [("mon", "Maandag"), ("wed", "Woensdag")]
    assert pinned(plan, 1) == [("Uitleg", 60, "13:00"), ("Oefenen", 90, "14:00")]
    assert _items(result, 1)["Oefenen"] == ["Lussen"]
    assert warnings(result) == []
