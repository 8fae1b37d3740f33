"""A break row inside a timetable (`| **Lunch break** |`, `| **— Pause déjeuner —** |`) is a gap,
never the session of the rows after it; a line of two spans of a day is no pair of
alternative times."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

BREAKS = DATA / "break_rows"


def read(name: str) -> ReadResult:
    return read_plan(BREAKS / name)


def _sessions(result: ReadResult) -> list[str | None]:
    return [b.session for b in result.plan.days[0].variants[0].blocks]


def test_a_lunch_break_row_names_no_session() -> None:
    result = read("lunch-break-row.md")
    assert pinned(result.plan, 0) == [("Joins", 120, "09:00"), ("Window functions", 90, "12:30")]
    assert _sessions(result) == [None, None]
    assert warnings(result) == []


def test_a_french_pause_dejeuner_row_between_dashes_names_no_session() -> None:
    result = read("pause-dejeuner-row.md")
    assert pinned(result.plan, 0) == [("Cours lumière", 120, "09:30"), ("Sortie", 120, "13:00")]
    assert _sessions(result) == [None, None]
    assert warnings(result) == []


def test_a_break_row_ends_the_group_above_it() -> None:
    result = read("mittagspause-after-morning-group.md")
    assert pinned(result.plan, 0) == [
        ("Theorie", 90, "09:00"),
        ("Übung", 75, "10:45"),
        ("Projekt", 90, "13:00"),
    ]
    assert _sessions(result) == ["Vormittag", "Vormittag", None]


def test_a_mornings_and_an_afternoons_span_in_one_line_are_no_alternatives() -> None:
    result = read("two-spans-of-a-day-in-one-line.md")
    assert pinned(result.plan, 0) == [
        ("Échauffement et improvisation", 210, "09:00"),
        ("Scènes", 210, "13:30"),
    ]
    assert warnings(result) == []
