"""A late or evening shift in bare hours whose end is smaller than its start runs from the
evening past midnight, as a night shift does (`Late shift 11-7` from 23:00, `Evening shift 6-2`
from 18:00, `Spätdienst 10-6` from 22:00); an afternoon shift (`Turno de tarde 11-7`) and a late
shift from noon (`Late shift 12-8`) keep to the day, and each is listed once, as written."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from planexport.plan_busy import busy_lines, busy_notes
from planexport.reader import ReadResult, read_plan
from planexport.reader.work_hours import work_hours
from tests.paths import DATA
from tests.reader_support import pinned, warnings

if TYPE_CHECKING:
    from pathlib import Path

FOLDER = DATA / "evening_shift_past_midnight"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def busy(result: ReadResult, index: int) -> list[tuple[str, int, str]]:
    return [(s.at, s.minutes, s.title) for s in result.plan.days[index].busy]


def test_an_english_late_and_evening_shift_run_past_midnight() -> None:
    result = read("en-late-shift-eleven-to-seven.md")
    assert busy(result, 0) == [("23:00", 480, "Late shift")]
    assert busy(result, 1) == [("18:00", 480, "Evening shift")]
    assert result.plan.days[0].notes == ("Late shift 11-7",)
    assert result.plan.days[1].notes == ("Evening shift 6-2",)
    assert pinned(result.plan, 0) == [("Pharmacology: beta blockers", 60, "14:00")]
    assert pinned(result.plan, 1) == [("Pharmacology: diuretics", 90, "10:30")]
    assert warnings(result) == ['6: read "Late shift" (and 1 more) as busy time, not study']
    assert busy_lines(result.plan.days[1]) == ("18:00–02:00 Evening shift",)


def test_a_german_late_shift_in_twelve_hour_hours_starts_at_ten_at_night() -> None:
    result = read("de-spaetdienst-bis-nachts.md")
    assert busy(result, 0) == [("22:00", 480, "Spätdienst")]
    assert busy(result, 1) == [("22:00", 480, "Spätschicht")]  # 24-hour hours, as before
    assert result.plan.days[0].notes == ("Spätdienst 10-6",)
    assert pinned(result.plan, 0) == [("Betriebswirtschaft: Kalkulation", 90, "13:00")]


@pytest.mark.parametrize(
    ("name", "title", "note"),
    [
        ("nl-avonddienst-na-middernacht.md", "Avonddienst", "Avonddienst 6-2"),
        ("it-turno-serale-fino-alle-due.md", "Turno serale", "Turno serale dalle 6 alle 2"),
        ("fr-poste-du-soir-apres-minuit.md", "Poste du soir", "Poste du soir de 6 à 2"),
    ],
)
def test_an_evening_shift_in_other_languages_starts_at_six_in_the_evening(
    name: str, title: str, note: str
) -> None:
    result = read(name)
    assert busy(result, 0) == [("18:00", 480, title)]
    assert result.plan.days[0].notes == (note,)
    assert warnings(result) == [f'6: read "{title}" as busy time, not study']


def test_an_afternoon_shift_and_a_late_shift_from_noon_keep_to_the_day() -> None:
    assert busy(read("es-turno-de-tarde-sigue-de-dia.md"), 0) == [("11:00", 480, "Turno de tarde")]
    noon = read("en-late-shift-noon-to-eight.md")
    assert busy(noon, 0) == [("12:00", 480, "Late shift")]
    assert pinned(noon.plan, 0) == [("Contracts: consideration", 90, "09:00")]


@pytest.mark.parametrize("path", sorted(FOLDER.glob("*.md")), ids=str)
def test_each_shift_is_listed_once_as_written(path: Path) -> None:
    plan = read_plan(path).plan
    assert any(day.busy for day in plan.days)
    for day in plan.days:
        assert busy_notes(day) == day.notes


@pytest.mark.parametrize(
    ("line", "at", "minutes"),
    [
        ("Late shift 9-1", 21 * 60, 240),
        ("Spätschicht von 10 bis 6 Uhr", 22 * 60, 480),
        ("Laatdienst 11-7", 23 * 60, 480),
        ("Late shift 2-10", 14 * 60, 480),  # an end after the start: the afternoon, as before
        ("Evening shift 4-12", 16 * 60, 480),
        ("Night shift 10-6", 22 * 60, 480),
        ("Morning shift 11-7", 11 * 60, 480),  # not an evening shift
        ("Work 9-5", 9 * 60, 480),
    ],
)
def test_bare_hours_of_a_shift(line: str, at: int, minutes: int) -> None:
    found = work_hours(line)
    assert found is not None
    assert (found.at, found.lo, found.hi) == (at, minutes, minutes)


def test_an_evening_title_that_is_no_work_is_not_read() -> None:
    assert work_hours("Evening reading 6-2") is None
