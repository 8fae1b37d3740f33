"""Day headings of a weekday and a date with no year (`### Lunes 18 Nov`, `### Wednesday,
November 20`): titled by both, as `### Monday 2020-10-05` is; a day that states its length over
untimed lines is one block titled by its line (or its weekday), never by its date; and a class
its tasks restate is counted once without taking its minutes off the length the day states."""

from __future__ import annotations

import pytest

from planexport.model import Block, Day, Variant
from planexport.reader import ReadResult, read_plan
from planexport.reader.blocks import RawBlock
from planexport.reader.lone_points import lone_point
from planexport.reader.outline import Item
from planexport.reader.restated_blocks import without_restated
from tests.paths import DATA
from tests.reader_support import warnings

DATED = DATA / "dated_weekday_days"


def read(name: str) -> ReadResult:
    result = read_plan(DATED / name)
    # The dates have no year: at most the one warning that says so (which depends on whether
    # the coming year's dates fall on those weekdays), nothing else.
    said = warnings(result)
    assert len(said) <= 1
    assert all("the plan writes no year" in warning for warning in said)
    return result


def blocks(result: ReadResult, index: int) -> list[tuple[str, int, int]]:
    variant = result.plan.days[index].variants[0]
    return [(b.title, b.min_minutes, b.max_minutes) for b in variant.blocks]


@pytest.mark.parametrize(
    ("name", "titles", "weekdays"),
    [
        ("es-lunes-18-nov.md", ["Lunes 18 Nov", "Martes 19 Nov"], ["mon", "tue"]),
        (
            "en-wednesday-comma-november-20.md",
            ["Wednesday, November 20", "Thursday, Nov. 21st"],
            ["wed", "thu"],
        ),
        ("de-montag-18-november.md", ["Montag, 18. November", "Dienstag, 19. Nov"], ["mon", "tue"]),
        ("fr-lundi-18-novembre.md", ["Lundi 18 novembre", "Mardi 19 nov"], ["mon", "tue"]),
        (
            "pt-segunda-feira-18-de-novembro.md",
            ["Segunda-feira, 18 de novembro", "Terça-feira, 19 de novembro"],
            ["mon", "tue"],
        ),
    ],
)
def test_a_weekday_and_a_date_without_a_year_title_the_day_together(
    name: str, titles: list[str], weekdays: list[str]
) -> None:
    plan = read(name).plan
    assert [d.title for d in plan.days] == titles
    assert [d.weekday for d in plan.days] == weekdays
    assert [len(d.variants[0].blocks) for d in plan.days] == [1, 1]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        (
            "es-stated-hours-over-restated-class.md",
            [("Clase 3", 90, 90), ("Resolver la hoja de ejercicios", 45, 45)],
        ),
        (
            "en-stated-hours-over-restated-lecture.md",
            [("Lecture 3", 90, 90), ("Solve the problem sheet", 45, 45)],
        ),
    ],
)
def test_a_restated_class_keeps_the_hours_the_day_states(
    name: str, kept: list[tuple[str, int, int]]
) -> None:
    result = read(name)
    assert blocks(result, 0) == kept
    assert result.plan.days[0].variants[0].hours == 4  # "3-4 horas": not 4h less the class


def test_a_day_with_no_stated_length_still_loses_the_restated_minutes() -> None:
    day = Day(
        number=1,
        title="Lunes 18 Nov",
        variants=(
            Variant(
                hours=3.5,
                blocks=(
                    Block(title="Clase 2", min_minutes=90, max_minutes=90),
                    Block(title="Asistir a Clase 2", min_minutes=90, max_minutes=90),
                    Block(title="Leer", min_minutes=30, max_minutes=30),
                ),
            ),
        ),
    )
    (kept,) = without_restated([day], {})
    assert kept.variants[0].hours == 2
    stated = day.model_copy(update={"variants": (day.variants[0].model_copy(update={"hours": 4}),)})
    (kept,) = without_restated([stated], {})
    assert kept.variants[0].hours == 4


@pytest.mark.parametrize(
    ("name", "title", "block"),
    [
        ("es-estimate-only-dated-day.md", "Viernes 22 Nov", "Repasar los apuntes de la semana"),
        ("de-estimate-only-dated-day.md", "Freitag, 22. November", "Notizen der Woche wiederholen"),
        ("fr-estimate-only-dated-day.md", "Vendredi 22 novembre", "Revoir les notes de la semaine"),
        (
            "pt-estimate-only-dated-day.md",
            "Sexta-feira, 22 de novembro",
            "Rever os apontamentos da semana",
        ),
    ],
)
def test_a_dated_day_of_one_length_is_titled_by_its_one_line(
    name: str, title: str, block: str
) -> None:
    result = read(name)
    day = result.plan.days[0]
    assert day.title == title
    assert blocks(result, 0) == [(block, 120, 120)]
    assert day.variants[0].blocks[0].items == ()


def test_a_dated_day_of_one_length_over_two_lines_is_titled_by_its_weekday() -> None:
    result = read("en-estimate-only-dated-day-two-points.md")
    assert result.plan.days[0].title == "Friday, November 22"
    assert blocks(result, 0) == [("Friday", 120, 120)]
    assert [i.text for i in result.plan.days[0].variants[0].blocks[0].items] == [
        "Review the week's notes",
        "Redo exercise 3",
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("19 Nov", "Repasar apuntes"),
        ("Martes 19 Nov", "Repasar apuntes"),
        ("Sábado", "Repasar apuntes"),
        ("Arrays", "Arrays"),  # a topic stays the block's title
        ("Martes 19 Nov – Grafos", "Martes 19 Nov – Grafos"),
    ],
)
def test_only_a_title_that_names_the_day_gives_way_to_the_line(title: str, expected: str) -> None:
    raw = RawBlock(title, None, 120, 120, None, [Item("Repasar apuntes", 5)], 3)
    assert lone_point(raw, []).title == expected
