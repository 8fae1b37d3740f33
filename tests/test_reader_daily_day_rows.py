"""A week table whose Day column has a row for every day (`Daily`, `Every day`, `Täglich`,
`Todos los días`, `Tous les jours`, `Tutti i giorni`, `Todos os dias`, `Elke dag`): that block on
every weekday the table names, or on all seven when it names none, in plan order in each day; a
Day cell of no weekday under a weekday (`Optional`) is a warning, not read into the day above."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

DAILY = DATA / "daily_day_rows"


def read(name: str) -> ReadResult:
    return read_plan(DAILY / name)


def test_a_daily_row_above_the_first_weekday_opens_each_day() -> None:
    result = read("en-daily-above-the-first-weekday.md")
    warm_up = [("Scales warm-up", 10, None), ("Sight-reading card", 5, None)]
    assert day_blocks(result.plan) == [
        ("mon", [*warm_up, ("Chopin étude", 45, None)]),
        ("wed", [*warm_up, ("Bach invention", 40, None)]),
        ("sat", [*warm_up, ("Run the recital set", 60, None)]),
    ]
    assert warnings(result) == []


def test_an_every_day_row_between_weekdays_keeps_plan_order_in_each_day() -> None:
    result = read("en-every-day-between-weekdays.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Literature notes", 90, None), ("Write 300 words", 30, None)]),
        ("thu", [("Write 300 words", 30, None), ("Meet supervisor", 60, None)]),
    ]
    assert warnings(result) == []


def test_daily_rows_alone_are_all_seven_days() -> None:
    result = read("en-daily-rows-only.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("mon", "Monday"), ("tue", "Tuesday"), ("wed", "Wednesday"), ("thu", "Thursday"),
        ("fri", "Friday"), ("sat", "Saturday"), ("sun", "Sunday"),
    ]  # fmt: skip
    assert all(
        blocks == [("Duolingo lesson", 15, None), ("Listen to a podcast episode", 20, None)]
        for _, blocks in day_blocks(result.plan)
    )
    assert warnings(result) == []


def test_a_day_cell_of_no_weekday_under_a_weekday_is_a_warning() -> None:
    result = read("en-optional-below-a-weekday.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Easy run", 40, None)]),
        ("thu", [("Tempo run", 50, None)]),
        ("sun", [("Long run", 120, None)]),  # "Sunday (long)": Sunday, titled "long"
    ]
    assert warnings(result) == [
        '6: the Day cell "Optional" names no weekday: its row (Yoga class) is not read',
    ]


def test_german_taeglich_and_jeden_tag() -> None:
    result = read("de-taeglich-und-jeden-tag.md")
    assert [d.title for d in result.plan.days] == ["Montag", "Mittwoch", "Freitag"]
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Karteikarten", 15, None),
                ("Regression wiederholen", 60, None),
                ("Formelsammlung lesen", 10, None),
            ],
        ),
        (
            "wed",
            [
                ("Karteikarten", 15, None),
                ("Übungsblatt 4", 90, None),
                ("Formelsammlung lesen", 10, None),
            ],
        ),
        (
            "fri",
            [
                ("Karteikarten", 15, None),
                ("Formelsammlung lesen", 10, None),
                ("Probeklausur", 120, None),
            ],
        ),
    ]
    assert warnings(result) == []


def test_spanish_todos_los_dias_with_a_range() -> None:
    result = read("es-todos-los-dias-y-rango.md")
    assert [d.title for d in result.plan.days] == ["Lunes", "Martes", "Miércoles", "Sábado"]
    assert day_blocks(result.plan)[1] == (
        "tue",
        [("Repaso de leyes", 30, None), ("Temario nuevo", 120, None)],
    )
    assert day_blocks(result.plan)[3] == (
        "sat",
        [("Repaso de leyes", 30, None), ("Test de práctica", 90, None)],
    )
    assert warnings(result) == []


def test_french_tous_les_jours() -> None:
    result = read("fr-tous-les-jours.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Dissertation de philosophie", 120, None), ("Fiches d'histoire", 20, None)]),
        ("thu", [("Fiches d'histoire", 20, None), ("Exercices de maths", 90, None)]),
    ]
    assert warnings(result) == []


def test_italian_tutti_i_giorni() -> None:
    result = read("it-tutti-i-giorni.md")
    assert [d.title for d in result.plan.days] == ["Martedì", "Venerdì"]
    assert day_blocks(result.plan) == [
        ("tue", [("Lettura di un articolo", 25, None), ("Esercizi di chimica", 60, None)]),
        ("fri", [("Lettura di un articolo", 25, None), ("Simulazione d'esame", 120, None)]),
    ]
    assert warnings(result) == []


def test_portuguese_daily_rows_alone_under_dia_are_a_portuguese_week() -> None:
    result = read("pt-todos-os-dias-sem-dias.md")
    assert [d.title for d in result.plan.days] == [
        "Segunda-feira", "Terça-feira", "Quarta-feira", "Quinta-feira", "Sexta-feira",
        "Sábado", "Domingo",
    ]  # fmt: skip
    assert day_blocks(result.plan)[6] == (
        "sun",
        [("Vocabulário no Anki", 15, None), ("Série com legendas", 40, None)],
    )
    assert warnings(result) == []


def test_dutch_elke_dag_with_a_range() -> None:
    result = read("nl-elke-dag.md")
    assert [d.title for d in result.plan.days] == ["Maandag", "Dinsdag", "Woensdag", "Zaterdag"]
    assert day_blocks(result.plan)[3] == (
        "sat",
        [("Gevaarherkenning oefenen", 15, None), ("Proefexamen", 60, None)],
    )
    assert warnings(result) == []
