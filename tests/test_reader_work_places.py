"""Work named with where it is done (`Trabalho presencial`, `Trabajo remoto`, `Arbeit vor Ort`,
`Travail en présentiel`, `Lavoro in presenza`) or as working from home in one word
(`Teletrabajo`, `Thuiswerken`) is busy time like `Trabalho` alone, not hours of study; a title
that does something there (`Trabajo de grupo presencial`) stays a block."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.work_spans import is_work
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLACES = DATA / "work_places"


def busy(name: str, index: int) -> list[tuple[str, int, str]]:
    day = read_plan(PLACES / name).plan.days[index]
    return [(span.at, span.minutes, span.title) for span in day.busy]


def test_in_person_work_on_a_shift_day_is_busy_not_twelve_hours_of_study() -> None:
    result = read_plan(PLACES / "pt-escala-trabalho-presencial.md")
    plan = result.plan
    assert [(d.week, d.weekday, d.title) for d in plan.days] == [
        (1, "mon", "Plantão"),
        (1, "tue", "Folga"),
    ]
    assert pinned(plan, 0) == [
        ("Flashcards de farmacologia", 45, "20:00"),
        ("Leitura", 30, "21:00"),
    ]
    assert busy("pt-escala-trabalho-presencial.md", 0) == [("07:00", 720, "Trabalho Presencial")]
    assert plan.days[0].notes == ("06:00 - Levantar", "07:00-19:00 - Trabalho Presencial")
    assert pinned(plan, 1) == [
        ("Revisão de fisiologia", 120, "09:00"),
        ("Questões de prova", 90, "14:00"),
    ]
    assert warnings(result) == ['7: read "Trabalho Presencial" as busy time, not study']


def test_spanish_work_in_person_at_home_or_remote_is_busy_and_group_work_stays() -> None:
    result = read_plan(PLACES / "es-teletrabajo-y-presencial.md")
    name = "es-teletrabajo-y-presencial.md"
    assert busy(name, 0) == [("08:30", 360, "Trabajo presencial")]
    assert busy(name, 1) == [("08:00", 420, "Teletrabajo")]
    assert busy(name, 2) == [("09:00", 300, "Trabajo remoto")]
    assert pinned(result.plan, 0) == [("Repaso de contabilidad", 90, "16:00")]
    assert pinned(result.plan, 1) == [("Inglés", 60, "17:00")]
    # working in a group is a session of study, wherever it is held
    assert pinned(result.plan, 2) == [("Trabajo de grupo presencial", 60, "15:00")]
    assert warnings(result) == ['4: read "Trabajo presencial" (and 2 more) as busy time, not study']


def test_german_french_italian_and_dutch_work_places_are_busy() -> None:
    name = "de-fr-it-nl-arbeitsort.md"
    result = read_plan(PLACES / name)
    assert [busy(name, i) for i in range(4)] == [
        [("07:30", 510, "Arbeit vor Ort")],
        [("08:00", 510, "Travail en présentiel")],
        [("09:00", 480, "Lavoro in presenza")],
        [("08:30", 480, "Thuiswerken")],
    ]
    assert [pinned(result.plan, i) for i in range(4)] == [
        [("Vokabeln lernen", 90, "17:00")],
        [("Fiches de révision", 60, "18:00")],
        [("Esercizi di analisi", 90, "18:00")],
        [("Samenvatting hoofdstuk 4", 60, "17:00")],
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Trabalho Presencial",
        "Trabalho remoto",
        "Trabajo híbrido",
        "On-site work",
        "In-person work",
        "Arbeit in Präsenz",
        "Travail sur site",
        "Travail en distanciel",
        "Télétravail",
        "Lavoro da remoto",
        "Smart working",
        "Telelavoro",
        "Werk op locatie",
        "Teletrabalho",
        "Telework",
        "Traslado",
        "Traslado a la universidad",
    ],
)
def test_work_with_where_it_is_done_is_work(title: str) -> None:
    assert is_work(title)


@pytest.mark.parametrize(
    "title",
    ["Trabajo de grupo presencial", "Remote lab session", "Site visit", "Presencial: tutoría"],
)
def test_a_place_word_beside_something_done_is_study(title: str) -> None:
    assert not is_work(title)
