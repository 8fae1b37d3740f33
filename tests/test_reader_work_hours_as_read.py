"""Bare work hours read as a person reads them: after a bold title (`**Work** 9-17`), with the
end in the afternoon (`Work 9-5`), past midnight for a night shift (`Nachtschicht 22-6`,
`Turno de noche de 10 a 6`), and in the afternoon when both hours are below 7 (`School 1-4`)."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, read_plan
from planexport.reader.work_hours import work_hours
from tests.paths import DATA
from tests.reader_support import pinned, warnings

FOLDER = DATA / "work_hours_as_read"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def busy(result: ReadResult, index: int) -> list[tuple[str, int, str]]:
    return [(s.at, s.minutes, s.title) for s in result.plan.days[index].busy]


def test_work_hours_after_a_bold_title_are_busy() -> None:
    result = read("en-bold-work-title.md")
    assert busy(result, 0) == [("09:00", 480, "Work")]
    assert busy(result, 1) == [("10:00", 240, "Work")]
    assert result.plan.days[0].notes == ("**Work** 9-17",)
    assert result.plan.days[1].notes == ("**Work:** 10-14",)
    assert pinned(result.plan, 0) == [("SQL: joins and subqueries", 60, "18:30")]
    assert pinned(result.plan, 1) == [("SQL: window functions", 90, "15:00")]
    assert warnings(result) == ['5: read "Work" (and 1 more) as busy time, not study']


def test_an_end_before_the_start_is_in_the_afternoon() -> None:
    result = read("en-work-nine-to-five.md")
    assert busy(result, 0) == [("09:00", 480, "Work")]
    assert busy(result, 1) == [("08:00", 480, "Office")]
    assert result.plan.days[0].notes == ("Work 9-5",)
    assert pinned(result.plan, 0) == [("Cost accounting: overheads", 75, "18:00")]
    assert result.plan.days[0].variants[0].hours == 1.25


def test_a_german_night_shift_runs_into_the_next_day() -> None:
    result = read("de-nachtschicht-ueber-mitternacht.md")
    assert busy(result, 0) == [("22:00", 480, "Nachtschicht")]
    assert busy(result, 1) == [("21:00", 600, "Nachtdienst")]
    assert result.plan.days[1].notes == ("Nachtdienst von 21 bis 7 Uhr",)
    assert pinned(result.plan, 0) == [("Pharmakologie: Antikoagulanzien", 90, "14:00")]
    assert warnings(result) == ['5: read "Nachtschicht" (and 1 more) as busy time, not study']


def test_a_spanish_night_shift_in_twelve_hour_hours_starts_at_night() -> None:
    result = read("es-turno-de-noche-horas.md")
    assert busy(result, 0) == [("22:00", 480, "Turno de noche")]
    assert busy(result, 1) == [("22:00", 480, "Turno de noche")]
    assert result.plan.days[1].notes == ("Turno de noche de 10 a 6",)
    assert pinned(result.plan, 1) == [("Repaso de test", 60, "16:00")]


def test_school_in_hours_below_seven_is_in_the_afternoon() -> None:
    result = read("en-school-in-the-afternoon.md")
    assert busy(result, 0) == [("13:00", 180, "School")]
    assert busy(result, 1) == [("06:00", 480, "Work")]  # a 24-hour end: early work stays
    assert result.plan.days[0].notes == ("School 1-4",)
    assert pinned(result.plan, 0) == [("Chemistry: moles", 60, "17:00")]
    assert busy(read("de-schule-nachmittag.md"), 0) == [("13:00", 240, "Schule")]
    french = read("fr-ecole-l-apres-midi.md")
    assert busy(french, 0) == [("14:00", 180, "École")]
    assert french.plan.days[0].notes == ("École de 2 à 5",)
    assert warnings(french) == ['5: read "École" as busy time, not study']


@pytest.mark.parametrize(
    ("line", "at", "minutes"),
    [
        ("Work 9-5", 540, 480),
        ("Lavoro 8-4", 480, 480),
        ("Werk 12-4", 720, 240),
        ("Trabalho 1-6", 780, 300),
        ("Night shift 22-6", 1320, 480),
        ("Poste de nuit 21-5", 1260, 480),
        ("Turno di notte 10-6", 1320, 480),
        ("Plantão noturno 19-7", 1140, 720),
        ("Nachtploeg 23-7", 1380, 480),
        ("Night shift 1-6", 60, 300),
        ("Work 22-6", 1320, 480),
        ("Schicht 6-14", 360, 480),
    ],
)
def test_bare_work_hours_as_a_person_reads_them(line: str, at: int, minutes: int) -> None:
    found = work_hours(line)
    assert found is not None
    assert (found.at, found.hi) == (at, minutes)


@pytest.mark.parametrize(
    "line", ["Work 17-9", "Night shift 12-8", "Work 9-0", "Work 9-9", "Lesen 1-4", "Reading 9-5"]
)
def test_hours_no_one_works_stay_unread(line: str) -> None:
    assert work_hours(line) is None
