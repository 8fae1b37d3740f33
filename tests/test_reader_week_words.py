"""Weeks named in words (`## Erste Woche`, `## Première semaine`, `## Week one`) over items led
by a weekday and a comma (`* Dienstag, 25 Minuten lockeres Kraulen`), and repeated lengths
(`6 x 3 min`, `4 times 5 minutes`)."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, read_plan
from planexport.reader.repeats import repeated
from planexport.reader.week_ordinals import ordinal_week
from tests.paths import DATA
from tests.reader_support import warnings

WEEKS = DATA / "week-words"


def read(name: str) -> ReadResult:
    return read_plan(WEEKS / name)


def blocks(result: ReadResult) -> list[tuple[int | None, str | None, list[tuple[str, int]]]]:
    return [
        (d.week, d.weekday, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]


def test_ordinal_weeks_over_weekday_comma_items_are_days_of_those_weeks() -> None:
    result = read("ordinal-weeks-weekday-commas.md")
    assert blocks(result) == [
        (1, "tue", [("lockeres Kraulen", 25)]),
        (1, "thu", []),
        (1, "sun", [("Brustschwimmen", 40)]),
        (2, "tue", [("lockeres Kraulen", 30)]),
        (2, "sun", [("Brustschwimmen", 45)]),
    ]
    # The untimed line is that weekday's day, with what it says as its title.
    assert result.plan.days[1].title == "Technikübungen am Beckenrand"
    assert warnings(result) == []


def test_french_ordinal_weeks_and_a_single_weekday_item() -> None:
    result = read("ordinal-weeks-other-languages.md")
    assert blocks(result) == [
        (1, "mon", [("marche rapide", 20)]),
        (1, "thu", [("vélo", 25)]),
        (2, "mon", [("marche rapide", 30)]),
    ]
    assert warnings(result) == []


def test_repeated_lengths_are_multiplied_and_the_pauses_stay_in_the_title() -> None:
    result = read("repeats-times-length.md")
    assert blocks(result) == [
        (1, "tue", [("hill sprints with 90 s walk between (6 × 3 min)", 18)]),
        (1, "fri", [("tempo with 2 minutes easy jog between (4 × 5 minutes)", 20)]),
    ]


def test_weekdays_listed_with_commas_are_not_one_weekday_each() -> None:
    result = read("weekday-list-not-days.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [("mon", "Monday")]


@pytest.mark.parametrize(
    ("heading", "week"),
    [
        ("Erste Woche", 1),
        ("Zwoelfte Woche", 12),
        ("Zwölfte Woche: Ziel", 12),
        ("The second week", 2),
        ("Week One", 1),
        ("Semana uno", 1),
        ("Primera semana", 1),
        ("Première semaine", 1),
        ("Eerste week", 1),
        ("Prima settimana", 1),
        ("Primeira semana", 1),
        ("Ersten sechs Wochen", None),
        ("Weekly review", None),
        ("Next week", None),
    ],
)
def test_week_words(heading: str, week: int | None) -> None:
    assert ordinal_week(heading) == week


@pytest.mark.parametrize(
    ("line", "minutes", "title"),
    [
        ("5 mal 2 Minuten laufen", 10, "laufen (5 × 2 Minuten)"),
        ("3 x 25 min Pomodoro", 75, "Pomodoro (3 × 25 min)"),
        ("Drills 4× 10 min", 40, "Drills (4 × 10 min)"),
    ],
)
def test_repeats(line: str, minutes: int, title: str) -> None:
    found = repeated(line)
    assert found is not None
    assert (found[0].lo, found[1]) == (minutes, title)


@pytest.mark.parametrize("line", ["Read 25 min", "Top 1 x 30 min", "09:00-10:00 3 x 5 min"])
def test_no_repeats(line: str) -> None:
    assert repeated(line) is None


def test_a_title_that_starts_like_a_joining_word_keeps_its_letters() -> None:
    # "de", "di", "of", "von" are dropped only as whole words after the length (and "d'"):
    # "Dehnen", "Diagonalschritte", "Vonnegut" and "Ofenbank" keep their first letters.
    result = read("weekday-commas-title-starts-like-of.md")
    assert blocks(result) == [
        (3, "tue", [("Dehnen", 15)]),
        (3, "thu", [("Diagonalschritte", 20)]),
        (3, "sat", [("Vonnegut lesen", 30)]),
        (4, "tue", [("escalade", 20)]),
        (4, "sat", [("Ofenbank-Übungen", 25)]),
    ]
