"""Lessons under weeks, each over a table of lengths: a day per lesson, in its week."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "week_lessons"


def _read(name: str) -> list[tuple[int | None, int, str, list[tuple[str, int, str | None]]]]:
    result = read_plan(PLANS / name)
    assert warnings(result) == []
    return [
        (
            d.week,
            d.number,
            d.title,
            [(b.title, b.min_minutes, b.note) for v in d.variants for b in v.blocks],
        )
        for d in result.plan.days
    ]


def test_dutch_lessons_are_days_of_their_weeks() -> None:
    assert _read("nl-blokuur-en-los-uur.md") == [
        (
            1,
            1,
            "Blokuur 1 — De Gouden Eeuw",
            [
                ("Startvraag", 10, "wat weet je al over de VOC?"),
                ("Bronnenonderzoek", 25, "twee kaarten vergelijken"),
                ("Nabespreken", 15, "conclusies op het bord"),
            ],
        ),
        (
            1,
            2,
            "Los uur 1 — Begrippen",
            [
                ("Begrippenlijst", 20, "stapelmarkt, handelskapitalisme"),
                ("Overhoring (mondeling)", 10, "vijf vragen"),
            ],
        ),
        (
            2,
            1,
            "Blokuur 2 — De Republiek",
            [("Debat", 30, "was de Republiek een eenheidsstaat?"), ("Schrijfopdracht", 20, None)],
        ),
    ]


def test_one_week_of_two_lessons_reads_both() -> None:
    # The second lesson's rows are no longer "in no day"; a length inside the note stays there.
    assert _read("en-lessons-one-week.md") == [
        (
            1,
            1,
            "Lesson 1: Moles",
            [
                ("Starter", 5, "three recall questions"),
                ("Worked examples", 30, "from grams to moles"),
            ],
        ),
        (
            1,
            2,
            "Lesson 2: Titration",
            [
                ("Demo", 15, "the burette, step by step"),
                ("Practical", 40, "titrate the unknown acid (about 20 minutes a run)"),
            ],
        ),
    ]


def test_german_stunden_in_wochen() -> None:
    assert _read("de-stunden-in-wochen.md") == [
        (
            1,
            1,
            "Doppelstunde 1 – Kräfte",
            [("Einstieg", 15, "Tauziehen im Schulhof"), ("Versuch", 45, "Federkraftmesser eichen")],
        ),
        (1, 2, "Stunde 2 – Wiederholung", [("Quiz", 20, "Kräfte erkennen")]),
        (
            2,
            1,
            "Doppelstunde 3 – Reibung",
            [("Stationenlernen", 30, "vier Oberflächen"), ("Sicherung im Heft", 15, None)],
        ),
    ]


def test_spanish_clases_and_lecciones() -> None:
    assert _read("es-clases-por-semana.md") == [
        (
            1,
            1,
            "Clase 1 - El texto narrativo",
            [("Lluvia de ideas", 10, "¿qué es narrar?"), ("Lectura guiada", 35, "un cuento breve")],
        ),
        (1, 2, "Clase 2 - El narrador", [("Ejercicio", 25, "cambiar el punto de vista")]),
        (2, 1, "Lección 3 - Los personajes", [("Taller de escritura", 40, "crear un personaje")]),
    ]


def test_french_and_portuguese_lessons() -> None:
    assert _read("fr-seances-sans-date.md") == [
        (
            1,
            1,
            "Séance 1 : les fractions",
            [
                ("Calcul mental", 15, "dix fractions simples"),
                ("Recherche", 30, "partager une pizza"),
            ],
        ),
        (1, 2, "Séance 2 : comparer", [("Exercices", 20, "ranger des fractions")]),
    ]
    assert [(w, n, t) for w, n, t, _ in _read("pt-aulas-por-semana.md")] == [
        (1, 1, "Aula 1 — A célula"),
        (1, 2, "Aula 2 — Membrana"),
    ]


def test_a_minutes_column_of_numbers_and_a_timed_bold_name() -> None:
    # "**Read aloud (10 min)**: …" names its length: the cell stays whole, as before.
    assert _read("lesson-table-in-minutes-column.md") == [
        (
            1,
            1,
            "Lesson 1 — Openings",
            [("Read aloud (10 min): the first page", 10, None), ("Discussion", 20, None)],
        ),
        (1, 2, "Lesson 2 — Endings", [("Compare", 25, "two last chapters")]),
    ]


def test_timed_lines_outside_the_lessons_keep_the_weeks_as_days() -> None:
    assert _read("week-with-timed-list-outside-lessons.md") == [
        (1, 1, "Week 1", [("Revise notes", 30, None), ("Drill: adding vectors", 20, None)]),
        (2, 2, "Week 2", [("Drill: multiplying", 25, None)]),
    ]


def test_dated_sessions_stay_dated_days() -> None:
    plan = read_plan(PLANS / "dated-sessions-under-weeks.md").plan
    assert [(d.title, str(d.date), d.weekday) for d in plan.days] == [
        ("Séance 1", "2025-09-04", "thu"),
        ("Séance 2", "2025-09-11", "thu"),
    ]
    assert [b.title for d in plan.days for v in d.variants for b in v.blocks] == [
        "Lecture: un poème",
        "Écriture: un sonnet",
    ]


def test_italian_lezioni_per_settimana() -> None:
    assert _read("it-lezioni-per-settimana.md") == [
        (
            1,
            1,
            "Lezione 1 – Il Rinascimento",
            [
                ("Domanda iniziale", 15, "che cos'è una prospettiva?"),
                ("Analisi", 30, "la Trinità di Masaccio"),
            ],
        ),
        (1, 2, "Lezione 2 – Il Barocco", [("Confronto", 20, "due facciate di chiese")]),
        (
            2,
            1,
            "Lezione 3 – Il Neoclassicismo",
            [("Lavoro di gruppo", 25, "una scheda per statua")],
        ),
    ]
