"""A shift with where it is worked in brackets (`Night shift (ICU)`, `Nachtschicht
(Intensivstation)`, `Turno de noche (UCI)`, `Poste de nuit (réanimation)`) is work, as the
shift alone is: busy time beside the day's study, never a block. Brackets after plain work
(`Travail (algèbre)`) still name a subject."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, read_plan
from planexport.reader.work_spans import is_work
from tests.paths import DATA
from tests.reader_support import pinned, warnings

WARDS = DATA / "shift_wards"


def read(name: str) -> ReadResult:
    return read_plan(WARDS / name)


def busy(result: ReadResult, index: int) -> list[tuple[str, int, str]]:
    return [(s.at, s.minutes, s.title) for s in result.plan.days[index].busy]


def test_a_night_shift_on_a_ward_is_busy_until_the_morning() -> None:
    result = read("en-night-shift-icu.md")
    assert busy(result, 0) == [("22:00", 510, "Night shift (ICU)")]
    assert busy(result, 1) == [("22:00", 510, "Night shift [ICU]")]
    assert result.plan.days[0].notes == ("22:00-06:30 Night shift (ICU)",)
    assert pinned(result.plan, 0) == [("Sedation scores and delirium screening", 60, "15:00")]
    assert warnings(result) == ['5: read "Night shift (ICU)" (and 1 more) as busy time, not study']


def test_a_german_night_shift_on_a_ward_is_busy() -> None:
    result = read("de-nachtschicht-intensivstation.md")
    assert busy(result, 0) == [("21:30", 540, "Nachtschicht (Intensivstation)")]
    assert busy(result, 1) == [("21:30", 540, "Nachtdienst (Station 4B)")]
    assert pinned(result.plan, 1) == [("Hygiene auf der Intensivstation", 60, "16:00")]


def test_a_spanish_night_shift_and_a_duty_in_a_ward_are_busy() -> None:
    result = read("es-turno-de-noche-uci.md")
    assert busy(result, 0) == [("22:00", 600, "Turno de noche (UCI)")]
    assert busy(result, 1) == [("22:00", 600, "Guardia (urgencias)")]
    assert result.plan.days[1].notes == ("22:00-08:00 Guardia (urgencias)",)
    assert pinned(result.plan, 0) == [("Farmacología: antibióticos", 90, "16:00")]


def test_a_french_night_post_is_busy_and_work_on_a_subject_is_study() -> None:
    result = read("fr-poste-de-nuit-reanimation.md")
    assert busy(result, 0) == [("21:00", 600, "Poste de nuit (réanimation)")]
    assert busy(result, 1) == []
    assert pinned(result.plan, 1) == [
        ("Travail (algèbre)", 180, "09:00"),
        ("Fiches de révision", 60, "15:00"),
    ]
    assert warnings(result) == ['5: read "Poste de nuit (réanimation)" as busy time, not study']


@pytest.mark.parametrize(
    "title",
    [
        "Night shift (ICU)",
        "Nachtschicht (Notaufnahme)",
        "Turno de noche (urgencias)",
        "Poste de nuit (urgences)",
        "Turno di notte (pronto soccorso)",
        "Plantão noturno (UTI)",
        "Nachtdienst (spoedeisende hulp)",
        "Early shift (ward 7)",
    ],
)
def test_a_shift_with_its_ward_in_brackets_is_work(title: str) -> None:
    assert is_work(title)


@pytest.mark.parametrize(
    "title", ["Work (calculus)", "Lavoro (statistica)", "Night reading (ICU)", "Review (ICU)"]
)
def test_brackets_after_anything_but_a_shift_still_name_a_subject(title: str) -> None:
    assert not is_work(title)
