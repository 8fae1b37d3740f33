"""A grid of a row per week and a column per weekday: each filled cell is that week's weekday
with its block, the weeks in order, and nothing of one shared day."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

GRIDS = DATA / "week_grids"


def read(name: str) -> ReadResult:
    return read_plan(GRIDS / name)


WeekDay = tuple["int | None", "str | None", list[tuple[str, int, "str | None"]]]


def week_days(result: ReadResult) -> list[WeekDay]:
    return [
        (d.week, d.weekday, [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]


def test_each_cell_is_that_weeks_weekday_and_an_x_is_nothing() -> None:
    result = read("en-week-rows-weekday-columns.md")
    assert week_days(result) == [
        (1, "mon", [("Lecture", 120, "18:00")]),
        (1, "tue", [("Workshop", 150, "18:30")]),
        (2, "sun", [("Review", 180, "10:00")]),
        (2, "tue", [("Workshop", 150, "18:30")]),
    ]
    assert [d.title for d in result.plan.days] == ["Monday", "Tuesday", "Sunday", "Tuesday"]
    assert result.plan.title == "Night school"
    # The weekday columns are the days: none is said to be left unread.
    assert warnings(result) == []


def test_date_range_labels_are_weeks_in_order_and_dashes_are_nothing() -> None:
    result = read("nl-date-range-labels-and-dashes.md")
    assert week_days(result) == [
        (1, "mon", [("Theorie", 150, "19:00")]),
        (1, "fri", [("Praktijk", 180, "19:00")]),
        (2, "wed", [("Theorie", 150, "19:00")]),
        (3, "mon", [("Examen", 120, "18:00")]),
    ]
    assert [d.title for d in result.plan.days] == ["maandag", "vrijdag", "woensdag", "maandag"]
    assert warnings(result) == []


def test_short_weekday_columns_and_numbered_week_labels() -> None:
    result = read("de-numbered-week-labels-short-weekdays.md")
    assert week_days(result) == [
        (1, "mon", [("Vorlesung", 90, "17:00")]),
        (1, "tue", [("Übung", 60, "17:00")]),
        (2, "mon", [("Vorlesung", 90, "17:00")]),
        (2, "thu", [("Übung", 60, "17:00")]),
    ]


def test_an_untimed_cell_is_a_note_of_its_day() -> None:
    result = read("es-untimed-cell-is-a-note.md")
    assert [(d.week, d.weekday) for d in result.plan.days] == [
        (1, "mon"),
        (1, "tue"),
        (2, "mon"),
        (2, "thu"),
    ]
    last = result.plan.days[-1]
    assert last.variants == ()
    assert last.notes == ("Presentación final",)


def test_a_span_that_ends_before_it_starts_runs_past_noon() -> None:
    result = read("pt-span-across-noon.md")
    assert week_days(result) == [
        (1, "sat", [("Aula e laboratório", 540, "09:00")]),
        (2, "sat", [("Aula", 180, "19:00")]),
        (2, "sun", [("Projeto", 120, "10:00")]),
    ]


def test_a_grid_with_no_header_over_its_week_labels() -> None:
    result = read("it-unheaded-week-labels.md")
    assert week_days(result) == [
        (1, "mon", [("Lezione", 120, "17:00")]),
        (2, "mon", [("Lezione", 120, "17:00")]),
        (2, "wed", [("Laboratorio", 120, "17:30")]),
    ]
    assert warnings(result) == []
