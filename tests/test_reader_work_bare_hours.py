"""Work hours written with bare hours after a work title (`Schicht 6-14`, `Work 9-17`, `Arbeit
8–16 Uhr`, `Trabajo de 9 a 17`): busy time from the first hour to the second on a 24-hour
clock, as `06:00-14:00 Schicht` is; a title that is no work (`Lesen 6-7`) stays a note."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.work_hours import work_hours
from tests.paths import DATA
from tests.reader_support import pinned, warnings

BARE = DATA / "work_bare_hours"


def read(name: str) -> ReadResult:
    return read_plan(BARE / name)


def busy(result: ReadResult, index: int) -> list[tuple[str, int, str]]:
    return [(s.at, s.minutes, s.title) for s in result.plan.days[index].busy]


def test_a_german_shift_and_work_in_bare_hours_are_busy() -> None:
    result = read("de-schicht-bare-stunden.md")
    assert busy(result, 0) == [("06:00", 480, "Schicht")]
    assert busy(result, 1) == [("08:00", 480, "Arbeit")]
    assert result.plan.days[0].notes == ("Schicht 6-14",)
    assert result.plan.days[1].notes == ("Arbeit 8–16 Uhr", "Lesen 6-7")
    assert pinned(result.plan, 0) == [
        ("Anatomie: Herz und Kreislauf", 90, "15:30"),
        ("Karteikarten Pharmakologie", 45, "19:00"),
    ]
    assert pinned(result.plan, 1) == [("Lesen: Fachartikel Wundversorgung", 90, "17:00")]
    assert warnings(result) == ['5: read "Schicht" (and 1 more) as busy time, not study']


def test_english_work_and_commute_in_bare_hours_are_busy_and_reading_is_not() -> None:
    result = read("en-work-bare-hours.md")
    assert busy(result, 0) == [("09:00", 480, "Work")]
    assert busy(result, 1) == [("08:00", 60, "Commute")]
    assert result.plan.days[1].notes == ("Commute 8-9", "Reading 6-8")
    assert pinned(result.plan, 1) == [("Statistics: residual plots", 60, "19:00")]
    assert warnings(result) == ['5: read "Work" (and 1 more) as busy time, not study']


def test_spanish_work_from_one_hour_to_another_is_busy() -> None:
    result = read("es-trabajo-de-9-a-17.md")
    assert busy(result, 0) == [("09:00", 480, "Trabajo")]
    assert result.plan.days[0].notes == ("Trabajo de 9 a 17",)
    assert pinned(result.plan, 0) == [("Derecho civil: contratos", 90, "18:00")]


def test_french_work_in_bare_hours_is_busy_and_backwards_hours_are_not() -> None:
    result = read("fr-travail-heures-nues.md")
    assert busy(result, 0) == [("09:00", 480, "Travail")]
    assert busy(result, 1) == []  # "Travail 17-9": the later hour first, no span read
    assert result.plan.days[1].notes == ("Travail 17-9",)
    assert pinned(result.plan, 1) == [("Comptabilité : amortissements", 60, "18:30")]
    assert warnings(result) == ['5: read "Travail" as busy time, not study']


def test_bare_hours_read_only_after_a_work_title() -> None:
    found = work_hours("Lavoro 9-18")
    assert found is not None
    assert (found.at, found.hi, found.text) == (540, 540, "9-18")
    werk = work_hours("Werk van 9 tot 17")
    assert werk is not None
    assert (werk.at, werk.hi, werk.text) == (540, 480, "van 9 tot 17")
    assert work_hours("Lesen 6-14") is None
    assert work_hours("Work 17-9") is None
    assert work_hours("Work 9-25") is None
    assert work_hours("Work 9-17 and gym") is None
