"""A part of the day, then a length and what it is an amount of (`**Tarde:** 2h de Física`,
`Mañana: 3 horas de Química`, `Morning: 3h of organic chemistry`): the part of the day is the
block's session and its title is the subject, without the `de`/`of` that joins it to the length.
A length inside the label (`**Manhã (3h):** De Morgan …`) leaves the words after it as written."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "session_amounts"


def _blocks(name: str) -> list[tuple[str | None, str, int, str | None, str | None]]:
    result = read_plan(PLANS / name)
    assert warnings(result) == []
    return [(d.weekday, b.title, b.min_minutes, b.at, b.session) for d, b in blocks_of(result.plan)]


def test_bold_parts_of_the_day_over_hours_of_a_subject() -> None:
    assert _blocks("pt-bold-parts-of-day-over-hours-de-subject.md") == [
        ("sat", "Matemática", 180, None, "Manhã"),
        ("sat", "Física", 120, None, "Tarde"),
        ("sat", "Revisão", 90, None, "Noite"),
    ]


def test_plain_parts_of_the_day_over_horas_de_a_subject() -> None:
    assert _blocks("es-plain-parts-of-day-over-horas-de-subject.md") == [
        ("sun", "Química", 180, None, "Mañana"),
        ("sun", "Historia", 120, None, "Tarde"),
    ]


def test_english_parts_of_the_day_over_hours_of_a_subject_lose_the_of_and_the_article() -> None:
    assert _blocks("en-parts-of-day-over-hours-of-subject.md") == [
        ("sat", "organic chemistry", 180, None, "Morning"),
        ("sat", "biology past papers", 120, None, "Afternoon"),
    ]


def test_near_miss_a_length_inside_the_label_keeps_the_title_as_written() -> None:
    # "De Morgan" follows the label, not the length: its "De" is the title's own.
    assert _blocks("pt-length-inside-the-label-keeps-the-title-as-written.md") == [
        ("mon", "De Morgan e tabelas-verdade", 180, None, "Manhã"),
        ("mon", "Exercícios de dedução natural", 120, None, "Tarde"),
    ]
