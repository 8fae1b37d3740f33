"""A day given in versions ("Short version" / "Full version", "Option A" / "Option B")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

if TYPE_CHECKING:
    from planexport.model import Day

VERSIONS = DATA / "versions"


def read(name: str) -> ReadResult:
    return read_plan(VERSIONS / name)


def lengths(day: Day) -> list[tuple[float, list[tuple[str, int]]]]:
    return [(v.hours, [(b.title, b.min_minutes) for b in v.blocks]) for v in day.variants]


def test_table_versions_of_a_plan_without_days_are_one_day_of_two_variants() -> None:
    result = read("table-versions-no-days.md")
    (day,) = result.plan.days
    assert day.title == "Webinar: Spreadsheets for beginners"
    assert lengths(day) == [
        (0.58, [("Welcome", 5), ("Formulas", 20), ("Questions", 10)]),
        (1.33, [("Welcome", 10), ("Formulas", 30), ("Pivot tables", 25), ("Questions", 15)]),
    ]
    # --hours picks a version, never their sum
    shortest, full = day.variant(None), day.variant(1.33)
    assert shortest is not None
    assert full is not None
    assert (shortest.max_minutes, full.max_minutes) == (35, 80)
    assert warnings(result) == []


def test_a_stated_length_keys_the_version_and_sections_beside_them_are_said_not_read() -> None:
    result = read("stated-lengths-italian.md")
    (day,) = result.plan.days
    assert lengths(day) == [
        (0.67, [("Benvenuto", 5), ("Atomi e molecole", 20), ("Esperimento guidato", 12)]),
        (0.83, [("Benvenuto", 5), ("Atomi e molecole", 25), ("Esperimento guidato", 20)]),
    ]
    sessions = [b.session for b in day.variants[1].blocks]
    assert sessions == ["INTRODUZIONE", "INTRODUZIONE", "PRATICA"]
    assert warnings(result) == [
        '13: "⚠️ Se siamo in ritardo: 5 minuti da recuperare" is not one of the versions '
        "above: its timed lines are not read",
        '25: "📝 Dopo la lezione" is not one of the versions above: its timed lines are not read',
    ]


def test_short_and_long_versions_inside_a_day_are_its_variants() -> None:
    result = read("kurz-lang-in-days.md")
    first, second = result.plan.days
    assert lengths(first) == [
        (0.58, [("Vokabeln", 20), ("Grammatik", 15)]),
        (1.33, [("Vokabeln", 30), ("Grammatik", 30), ("Hörverstehen", 20)]),
    ]
    assert lengths(second) == [(0.67, [("Lesen", 40)])]
    assert result.plan.hours == (0.58, 0.67, 1.33)
    assert warnings(result) == []


def test_two_versions_of_one_length_read_the_first_and_name_the_other() -> None:
    result = read("options-same-length.md")
    (day,) = result.plan.days
    assert [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("Probabilités", 90, "09:00"),
        ("Statistiques", 45, "10:45"),
    ]
    assert warnings(result) == [
        '8: "Option B" is as long as "Option A" (line 3), 135 min: only the first is read'
    ]


def test_lettered_plans_are_versions() -> None:
    result = read("plan-letters-spanish.md")
    (day,) = result.plan.days
    assert lengths(day) == [
        (0.67, [("Calentamiento", 10), ("Series de velocidad", 30)]),
        (1.08, [("Calentamiento", 10), ("Series de velocidad", 45), ("Estiramientos", 10)]),
    ]


def test_a_topic_about_versions_is_not_a_version() -> None:
    result = read("version-topic-not-versions.md")
    (day,) = result.plan.days
    assert lengths(day) == [
        (1.25, [("commits and history", 30), ("branching exercises", 45)]),
    ]
