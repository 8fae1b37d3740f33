"""A week table whose Day column writes a weekday and a note (`Sunday (long)`, `Mon (rest)`,
`Sat – long`, `Dienstag (Büro)`, `Miércoles (opcional)`): that weekday's row, the note the
day's title, as `## Monday (rest)` gives its day."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

NOTED = DATA / "noted_day_cells"


def read(name: str) -> ReadResult:
    return read_plan(NOTED / name)


def days(result: ReadResult) -> list[tuple[str | None, str, list[tuple[str, int]], bool]]:
    return [
        (
            d.weekday,
            d.title,
            [(b.title, b.max_minutes) for v in d.variants for b in v.blocks],
            d.is_rest,
        )
        for d in result.plan.days
    ]


def test_a_bracketed_or_dashed_note_titles_its_weekday_and_rest_is_a_rest_day() -> None:
    result = read("en-rest-and-long-days.md")
    assert days(result) == [
        ("mon", "rest", [], True),
        ("tue", "Tuesday", [("Easy run", 40)], False),
        ("thu", "tempo", [("Tempo run", 45)], False),
        ("sat", "long", [("Trail run", 60)], False),
        ("sun", "long", [("Long run", 90)], False),
    ]
    assert warnings(result) == []


def test_german_notes_and_a_short_name() -> None:
    result = read("de-buero-und-ruhetag.md")
    assert days(result) == [
        ("mon", "Montag", [("Grammatik", 60)], False),
        ("tue", "Büro", [("Vokabeln in der Bahn", 20)], False),
        ("wed", "Ruhetag", [], True),
        ("thu", "Kurs", [("Konversation", 90)], False),
    ]
    assert warnings(result) == []


def test_spanish_notes() -> None:
    result = read("es-miercoles-opcional.md")
    assert days(result) == [
        ("mon", "Lunes", [("Gramática", 60)], False),
        ("wed", "opcional", [("Lectura", 45)], False),
        ("fri", "descanso", [], True),
    ]
    assert warnings(result) == []


def test_french_italian_portuguese_and_dutch_notes() -> None:
    assert days(read("fr-notes.md")) == [
        ("mon", "court", [("Gammes", 20)], False),
        ("wed", "repos", [], True),
        ("sat", "long", [("Répertoire", 90)], False),
    ]
    assert days(read("it-notes.md")) == [
        ("tue", "palestra", [("Forza", 50)], False),
        ("thu", "riposo", [], True),
    ]
    assert days(read("pt-notes.md")) == [
        ("mon", "trabalho", [("Leitura", 30)], False),
        ("sat", "folga", [], True),
    ]
    assert days(read("nl-notes.md")) == [
        ("mon", "kantoor", [("Woordjes", 25)], False),
        ("sun", "rust", [], True),
    ]


def test_a_note_with_a_number_stays_a_warning_and_a_range_stays_a_range() -> None:
    result = read("en-numbers-and-weekdays-stay-unread.md")
    assert days(result) == [
        ("mon", "Mon", [("Past paper", 120)], False),
        ("wed", "Wednesday", [("Essay plan", 60)], False),
        ("thu", "Thursday", [("Essay plan", 60)], False),
    ]
    assert warnings(result) == [
        '6: the Day cell "Tue (2h)" names a weekday with words the reader cannot place: '
        "its row (Flashcards) is not read"
    ]
