"""Day headings of a weekday and a date with no year (`### Lunes 18 Nov`, `### Wednesday,
November 20`): titled by both, as `### Monday 2020-10-05` is."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

DATED = DATA / "dated_weekday_days"


def read(name: str) -> ReadResult:
    result = read_plan(DATED / name)
    assert warnings(result) == []
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
