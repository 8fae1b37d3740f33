"""Routines as activities over a labelled bracketed span: `Activity 1: Morning Routine` then
`Duration: 1 hour (7:00 AM - 8:00 AM)`, in paragraphs, headings, bold lines and bullets."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, pinned, warnings

PLANS = DATA / "activity_spans"


def _notes(path: str) -> list[str | None]:
    plan = read_plan(PLANS / path).plan
    return [b.note for v in plan.days[0].variants for b in v.blocks]


def test_paragraph_activities_are_pinned_to_their_spans_with_their_lines_as_notes() -> None:
    result = read_plan(PLANS / "paragraph-activities.md")
    assert pinned(result.plan, 0) == [("Flashcards", 45, "08:00"), ("Past paper", 120, "09:00")]
    assert _notes("paragraph-activities.md") == [
        "Location: Kitchen table Description: Review the deck of the week.",
        "Location: Library Description: One full paper, timed.",
    ]
    assert warnings(result) == []


def test_activity_headings_over_duration_bullets_are_blocks_holding_the_other_bullets() -> None:
    result = read_plan(PLANS / "heading-activities-bullets.md")
    assert [d.weekday for d in result.plan.days] == ["sun"]
    assert blocks_with_items(result.plan) == [
        (
            "Guitar scales",
            30,
            "10:00",
            ["Location: Living room", "Description: Major and minor, slow."],
        ),
        ("Essay draft", 90, "14:00", ["Location: Desk"]),
    ]
    assert warnings(result) == []


def test_bold_titles_over_dauer_lines_with_uhr() -> None:
    plan = read_plan(PLANS / "bold-titles-dauer-uhr.md").plan
    assert pinned(plan, 0) == [("Vokabeln", 60, "07:00"), ("Grammatik", 90, "18:00")]
    assert _notes("bold-titles-dauer-uhr.md") == ["Ort: Küche", "Ort: Schreibtisch"]


def test_bullet_activities_over_a_bold_duracion_child() -> None:
    plan = read_plan(PLANS / "bullet-titles-duracion-children.md").plan
    assert blocks_with_items(plan) == [
        ("Lectura", 45, "18:00", ["Lugar: Biblioteca"]),
        ("Ejercicios", 60, "19:00", ["Lugar: Casa"]),
    ]


def test_duree_with_a_space_before_its_colon_and_french_hours() -> None:
    plan = read_plan(PLANS / "duree-space-colon-french-hours.md").plan
    assert blocks_with_items(plan) == [
        ("Écoute", 60, "09:00", ["Lieu : Maison"]),
        ("Dictée", 30, "10:30", []),
    ]


def test_a_durata_paragraph_under_an_activity_heading() -> None:
    plan = read_plan(PLANS / "durata-paragraph-under-heading.md").plan
    assert pinned(plan, 0) == [("Lettura", 30, "21:00")]
    assert _notes("durata-paragraph-under-heading.md") == ["Luogo: Divano"]


def test_labelled_lines_after_a_blank_stay_with_the_activity_a_closing_sentence_does_not() -> None:
    plan = read_plan(PLANS / "duracao-blank-before-notes.md").plan
    assert pinned(plan, 0) == [("Revisão de álgebra", 120, "14:00"), ("Redação", 60, "16:30")]
    assert _notes("duracao-blank-before-notes.md") == [
        "Local: Sala de estudo Descrição: Listas 3 e 4.",
        None,
    ]
    assert plan.days[0].notes == ("Bom fim de semana a todos.",)


def test_duur_and_tijd_bullets_under_bold_titles_the_span_alone_in_brackets() -> None:
    plan = read_plan(PLANS / "duur-tijd-labels.md").plan
    assert blocks_with_items(plan) == [
        ("Woordjes leren", 60, "19:00", ["Plek: Zolder"]),
        ("Grammatica", 45, "20:15", []),
    ]


def test_brackets_without_a_clock_span_change_nothing() -> None:
    plan = read_plan(PLANS / "bracket-without-a-span.md").plan
    assert [(b[1], b[2]) for b in blocks_with_items(plan)] == [(60, None)]


def test_a_sentence_is_no_activity_title() -> None:
    plan = read_plan(PLANS / "sentence-over-a-span-line.md").plan
    assert pinned(plan, 0) == [("Notes", 20, None)]
    assert plan.days[0].notes[0].endswith("Time: 20 minutes (7:40 - 8:00)")


def test_a_length_that_differs_from_the_span_is_warned_and_the_span_counts() -> None:
    result = read_plan(PLANS / "length-differs-from-span.md")
    assert pinned(result.plan, 0) == [("Lab report", 90, "19:00")]
    assert warnings(result) == [
        '3: "1 hour" differs from the span "7:00 PM - 8:30 PM"; the span counts'
    ]
