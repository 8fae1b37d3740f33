"""A slot grid with a range of days in its header (`| Zeit | Mo–Fr | | Sa |`): a day column
after a time column of its own is at that column's times, a range as a single day is."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

OWN = DATA / "range_own_times"
WORKWEEK = ["mon", "tue", "wed", "thu", "fri"]


def read(name: str) -> ReadResult:
    return read_plan(OWN / name)


def weekdays(result: ReadResult) -> list[str | None]:
    return [day.weekday for day in result.plan.days]


def test_a_weekend_range_after_its_own_time_column_takes_those_times() -> None:
    result = read("pt-weekend-range-own-times.md")
    assert weekdays(result) == [*WORKWEEK, "sat", "sun"]
    for index in range(5):
        assert pinned(result.plan, index) == [("Aberturas", 60, "18:00"), ("Finais", 60, "19:00")]
    for index in (5, 6):
        assert pinned(result.plan, index) == [
            ("Torneio rápido", 90, "09:00"),
            ("Análise de partidas", 90, "10:30"),
        ]
    assert warnings(result) == []


def test_a_single_day_beside_a_range_keeps_its_own_clock() -> None:
    result = read("de-saturday-beside-mo-fr.md")
    assert weekdays(result) == [*WORKWEEK, "sat"]
    assert pinned(result.plan, 0) == [
        ("Mathe", 60, "16:00"),
        ("Englisch", 45, "17:00"),
        ("Physik", 45, "17:45"),
    ]
    # Lunch at 12:00 is a gap; the exam and its review at the Saturday column's times.
    assert pinned(result.plan, 5) == [
        ("Probeklausur", 120, "10:00"),
        ("Fehler durchgehen", 60, "13:00"),
    ]
    assert warnings(result) == []


def test_a_range_after_a_single_day_takes_its_own_column_also_where_the_first_is_empty() -> None:
    result = read("nl-range-after-saturday.md")
    assert weekdays(result) == [*WORKWEEK, "sat"]
    for index in range(5):
        assert pinned(result.plan, index) == [
            ("Vroege baantjes", 60, "07:00"),
            ("Conditietraining", 60, "19:00"),
        ]
    assert pinned(result.plan, 5) == [("Banen zwemmen", 60, "09:00"), ("Techniekles", 60, "10:00")]
    assert warnings(result) == []


def test_a_group_column_with_its_own_clock_leaves_its_empty_slots_free() -> None:
    result = read("en-weekend-group-own-clock.md")
    assert weekdays(result) == [*WORKWEEK, "sat", "sun"]
    assert pinned(result.plan, 0) == [("Scales", 30, "06:30"), ("Sight-reading", 20, "07:00")]
    assert pinned(result.plan, 6) == [("Repertoire", 60, "09:00"), ("Recording", 30, "10:00")]
    assert warnings(result) == []


def test_an_entry_in_a_row_timed_only_for_another_day_is_warned_not_read() -> None:
    result = read("es-row-without-a-time.md")
    assert weekdays(result) == [*WORKWEEK, "sat", "sun"]
    assert pinned(result.plan, 0) == [("Historia", 60, "19:00"), ("Vocabulario", 30, "20:00")]
    # The 11:30 rest is a gap; the correction runs at the weekend column's 12:00.
    assert pinned(result.plan, 5) == [("Simulacro", 90, "10:00"), ("Corrección", 60, "12:00")]
    assert warnings(result) == [
        "7: Lectura (Lunes a viernes): no time in its row or its day's time column, not read"
    ]
