"""Headings that group the blocks of one course (`### Niveau Débutant`, `### Part 2`,
`### Modul 3`), in a plan with no days: sessions of the one day, every group read."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

LEVELS = DATA / "course_levels"


def read(name: str) -> ReadResult:
    return read_plan(LEVELS / name)


def blocks(result: ReadResult) -> list[tuple[str | None, str, int, int]]:
    return [(b.session, b.title, b.min_minutes, b.max_minutes) for _, b in blocks_of(result.plan)]


def test_bold_titles_under_level_headings_are_one_course() -> None:
    result = read("fr-bold-titles-under-levels.md")
    assert [d.title for d in result.plan.days] == ["Les séances"]
    assert blocks(result) == [
        ("Niveau Débutant", "1. Tenir son appareil", 15, 20),
        ("Niveau Débutant", "2. Exposition", 25, 30),
        ("Niveau Intermédiaire", "3. Composition", 20, 30),
        ("Niveau Intermédiaire", "4. Lumière naturelle", 30, 40),
        ("Niveau Avancé", "5. Retouche", 40, 50),
        ("Niveau Avancé", "6. Export et partage", 10, 15),
    ]
    items = [i.text for i in result.plan.days[0].variants[0].blocks[4].items]
    assert items == ["Courbes et niveaux", "Masques"]
    assert warnings(result) == []


def test_parts_of_a_course_are_sessions_of_its_day() -> None:
    result = read("en-parts-of-a-course.md")
    assert blocks(result) == [
        ("Part 1: Describing data", "Averages and spread", 30, 30),
        ("Part 1: Describing data", "Charts that tell the truth", 25, 25),
        ("Part 2: Probability", "Counting outcomes", 40, 40),
        ("Part 2: Probability", "Conditional probability", 35, 35),
        ("Part 3: Inference", "Confidence intervals", 45, 45),
        ("Part 3: Inference", "Hypothesis tests", 45, 45),
    ]
    assert warnings(result) == []


def test_german_modules() -> None:
    result = read("de-module-eines-kurses.md")
    assert [d.title for d in result.plan.days] == ["Kursinhalt"]
    assert blocks(result) == [
        ("Modul 1 – Grundlagen", "Zellen und Formeln", 20, 20),
        ("Modul 1 – Grundlagen", "Zahlen formatieren", 15, 15),
        ("Modul 2 – Funktionen", "SUMME und MITTELWERT", 25, 25),
        ("Modul 2 – Funktionen", "WENN-Funktion", 30, 30),
        ("Modul 3 – Diagramme", "Ein Diagramm anlegen", 20, 20),
    ]
    assert warnings(result) == []


def test_levels_named_by_themselves() -> None:
    result = read("es-niveles-sin-palabra.md")
    assert [(s, t) for s, t, _, _ in blocks(result)] == [
        ("Principiante", "Afinar la guitarra"),
        ("Principiante", "Primeros acordes"),
        ("Intermedio", "Cejillas"),
        ("Intermedio", "Rasgueos"),
        ("Avanzado", "Escalas pentatónicas"),
    ]
    assert warnings(result) == []


def test_italian_chapters_portuguese_modules_dutch_chapters() -> None:
    sessions = {
        "it-capitoli.md": ["Capitolo 1 – Coltelli"] * 2 + ["Capitolo 2 – Cotture"] * 2,
        "pt-modulos.md": ["Módulo 1: Introdução"] * 2 + ["Módulo 2: Tabelas dinâmicas"] * 2,
        "nl-hoofdstukken.md": ["Hoofdstuk 1: Variabelen"] * 2 + ["Hoofdstuk 2: Lussen"] * 2,
    }
    for name, expected in sessions.items():
        result = read(name)
        assert [s for s, _, _, _ in blocks(result)] == expected, name
        assert len(result.plan.days) == 1, name
        assert warnings(result) == [], name
    assert [m for _, _, m, _ in blocks(read("pt-modulos.md"))] == [20, 30, 40, 25]


def test_the_run_of_groups_ends_at_a_heading_that_names_none() -> None:
    result = read("en-run-ends-at-another-heading.md")
    assert blocks(result) == [
        ("Level 1", "Scales", 15, 15),
        ("Level 1", "Arpeggios", 20, 20),
        ("Level 2", "Sight reading", 25, 25),
    ]
    assert warnings(result) == [
        '16: "Learn a new piece (60 min)" is in no day: not read',
    ]


def test_parts_under_day_headings_stay_in_their_days() -> None:
    result = read("en-parts-under-day-headings.md")
    assert [d.title for d in result.plan.days] == ["Day 1", "Day 2"]
    assert [[b.title for v in d.variants for b in v.blocks] for d in result.plan.days] == [
        ["Welcome and goals", "Warm-up exercise", "Case study"],
        ["Review", "Final project"],
    ]
