"""A weekday heading written twice in one week: read as written, with one warning naming both."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "weekday_repeats"


def _read(name: str) -> ReadResult:
    return read_plan(PLANS / name)


def test_an_html_weekday_heading_written_twice_is_a_second_day_with_one_warning() -> None:
    result = _read("de-html-freitag-heading-twice.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("fri", "Freitag"),
        ("fri", "Freitag"),
    ]
    assert pinned(result.plan, 1) == [
        ("Reparatur-Café", 120, "10:00"),
        ("Abschlussrunde", 60, "13:00"),
    ]
    assert warnings(result) == ['10: "Freitag" again (first at line 3): read as a second Friday']


def test_a_markdown_weekday_heading_twice_warns_once() -> None:
    result = _read("en-monday-heading-twice.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "mon"]
    assert pinned(result.plan, 1) == [("Mock paper", 90, "18:00")]
    assert warnings(result) == ['8: "Monday" again (first at line 3): read as a second Monday']


def test_a_weekday_again_inside_a_named_week_warns_even_after_a_later_weekday() -> None:
    result = _read("it-weekday-twice-in-named-week.md")
    assert [(d.week, d.weekday) for d in result.plan.days] == [(1, "tue"), (1, "wed"), (1, "tue")]
    assert warnings(result) == ['13: "Martedì" again (first at line 5): read as a second Tuesday']


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # "## Semana 2" over "### Lunes": that week's Monday
        ("es-weekday-again-in-new-week.md", [(1, "mon"), (1, "tue"), (2, "mon")]),
        # no week named: a weekday earlier than the one before starts the next week
        ("fr-weekdays-start-over-without-weeks.md", [(None, "mon"), (None, "wed"), (None, "mon")]),
        # dated headings tell their Mondays apart
        ("en-dated-mondays.md", [(None, "mon"), (None, "mon")]),
    ],
)
def test_a_weekday_in_another_week_never_warns(
    name: str, expected: list[tuple[int | None, str]]
) -> None:
    result = _read(name)
    assert [(d.week, d.weekday) for d in result.plan.days] == expected
    assert not any("again" in w for w in warnings(result))
