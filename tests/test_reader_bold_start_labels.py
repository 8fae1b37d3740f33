"""A start time and a label made bold together, a colon ending the label, then what it holds
(`- [ ] **08:00 Aufstehen:** Fenster auf`, `- **07:00 Wake up**: stretch`): the label titles
the block and the rest is its note, as `**Practice (60 min)**: Sketch a design.` reads; a line
with no bold label (`08:00 Repaso: temas 1 y 2`) keeps its whole text as the title."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

LABELS = DATA / "bold_start_labels"


def titled(name: str, index: int = 0) -> list[tuple[str, int, str | None, str | None]]:
    day = read_plan(LABELS / name).plan.days[index]
    return [(b.title, b.min_minutes, b.at, b.note) for v in day.variants for b in v.blocks]


def test_a_german_day_template_titles_each_start_by_its_label() -> None:
    result = read_plan(LABELS / "de-tagesvorlage-labels.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Tagesvorlage: Uni-Tag (Mo-Mi)"),
        ("tue", "Tagesvorlage: Uni-Tag (Mo-Mi)"),
        ("wed", "Tagesvorlage: Uni-Tag (Mo-Mi)"),
    ]
    assert titled("de-tagesvorlage-labels.md") == [
        ("Aufstehen", 30, "07:30", "Fenster auf, Wasser trinken."),
        ("Vorlesung nacharbeiten", 120, "08:30", "Skript Kapitel 2 zusammenfassen."),
        ("Übungsblatt", 90, "10:30", "Aufgaben 1 bis 4."),
        ("Laufen", 60, "18:00", "lockere Runde im Park."),
        ("Lesen", 60, "20:00", "Roman, kein Handy."),
    ]
    # the meals are gaps, kept as the day's notes as written
    assert plan.days[0].notes == (
        "[ ] **08:00 Frühstück:** Haferflocken.",
        "[ ] **19:00 Abendbrot:** mit der WG.",
    )
    assert warnings(result) == []


def test_a_colon_after_the_bold_label_reads_the_same() -> None:
    result = read_plan(LABELS / "en-label-colon-outside.md")
    assert titled("en-label-colon-outside.md") == [
        ("Wake up", 30, "07:00", "stretch and water"),
        ("Flashcards", 45, "07:30", "Spanish deck, 40 new cards"),
        ("Podcast", 45, "08:15", "episode on memory"),
        ("Lecture", 120, "09:00", "statistics, room B"),
        ("Library", 90, "11:00", "essay draft"),
    ]
    assert warnings(result) == []


def test_a_plain_label_stays_the_title_and_a_bold_one_after_the_time_is_split() -> None:
    result = read_plan(LABELS / "es-etiqueta-sin-negrita.md")
    assert pinned(result.plan, 0) == [
        ("Repaso: temas 1 y 2", 60, "08:00"),
        ("Ejercicios", 90, "09:00"),
        ("Lectura", 90, "10:30"),
    ]
    assert titled("es-etiqueta-sin-negrita.md")[1][3] == "hoja 3"
    assert warnings(result) == []  # "**12:00 Fin:**" ends the day


def test_a_labelled_start_with_a_length_of_its_own_is_split_the_same_way() -> None:
    result = read_plan(LABELS / "de-label-mit-eigener-dauer.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("sat", "Wochenende (Sa/So)"),
        ("sun", "Wochenende (Sa/So)"),
    ]
    # "(45 Min.)" and "(1 Std.)" are the lengths; the label is the title on every line
    assert titled("de-label-mit-eigener-dauer.md", 1) == [
        ("Französisch", 45, "09:30", "Karteikarten wiederholen"),
        ("Einkaufen", 45, "10:15", "Markt."),
        ("Lesen", 60, "11:00", "Sachbuch, Kapitel 6"),
    ]
    assert warnings(result) == []


def test_a_span_and_a_bold_label_are_split_as_a_start_and_its_label_are() -> None:
    result = read_plan(LABELS / "de-spannen-mit-label.md")
    assert titled("de-spannen-mit-label.md") == [
        ("Aufstehen", 30, "07:30", "Duschen, Kaffee"),
        ("Statistik", 90, "08:00", "Skript Kapitel 5 durcharbeiten"),
        # the colon after the bold leaves no " : " behind where the span was
        ("Karteikarten", 45, "09:45", "Begriffe aus Kapitel 4"),
        # no bold label: the whole line after the span is the title, as before
        ("Englisch: Hörverstehen Übung 2", 60, "10:30", None),
    ]
    assert warnings(result) == []
