"""Section headings that are no days over one timed agenda: a one-day plan (issue #12), the
agenda's section the day; spans with an alternative time read at the first one, warned."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import read_markdown, read_plan
from tests.paths import DATA

PLANS = DATA / "structure"


def blocks(plan: Plan) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for d in plan.days for v in d.variants for b in v.blocks]


def test_numbered_sections_over_one_agenda_are_one_day() -> None:
    result = read_plan(PLANS / "numbered-sections-one-agenda.md")
    assert len(result.plan.days) == 1
    assert blocks(result.plan) == [
        ("Begrüßung", 30, "09:00"),
        ("Vormittagsblock (Vorlesung und Übung)", 150, "09:30"),
        ("Projektarbeit", 180, "13:00"),
    ]
    assert result.warnings == ()


def test_an_overview_with_a_time_in_a_sentence_does_not_hide_the_daily_table() -> None:
    result = read_plan(PLANS / "overview-and-daily-table.md")
    assert blocks(result.plan) == [
        ("Bienvenida", 30, "08:30"),
        ("Taller de Python", 120, "09:00"),
        ("Proyecto en equipo", 150, "11:30"),
    ]
    assert [(w.line, w.message) for w in result.warnings] == [
        (5, '"**Horario:** cada día de 8:30 a 14:00" is in no day: not read')
    ]


def test_headings_each_over_an_agenda_are_still_refused_as_days_not_named() -> None:
    text = (
        "# Rozvrh\n\n## Pondělí\n\n- 8:00 - 9:00 Matematika\n- 9:00 - 10:00 Fyzika\n"
        "- 10:00 - 11:00 Chemie\n\n## Úterý\n\n- 8:00 - 9:00 Dějepis\n- 9:00 - 10:00 Zeměpis\n"
        "- 10:00 - 11:00 Biologie\n"
    )
    with pytest.raises(PlanError, match='2 headings over timed lines are not read as days: "Pond'):
        read_markdown(text)


def test_a_span_with_an_alternative_end_or_start_takes_the_first_and_warns() -> None:
    result = read_plan(PLANS / "alternative-span-ends.md")
    assert blocks(result.plan) == [
        ("Accueil", 15, "09:00"),
        ("Atelier du matin", 135, "09:15"),
        ("Atelier de l'après-midi", 180, "13:00"),
        ("Bilan", 30, "16:00"),
    ]
    assert [(w.line, w.message) for w in result.warnings] == [
        (6, "alternative times: 11h30 read, not 12h00"),
        (7, "alternative times: 13h00 read, not 13h30"),
    ]


def test_twelve_hour_alternatives_keep_their_half_of_the_day() -> None:
    text = (
        "# Workshop\n\n- **9:00 AM - 11:30 AM / 12:00 PM:** Morning block\n"
        "- **12:30 PM / 1:00 PM - 4:00 PM:** Afternoon block\n"
    )
    result = read_markdown(text)
    assert blocks(result.plan) == [
        ("Morning block", 150, "09:00"),
        ("Afternoon block", 210, "12:30"),
    ]
    assert [w.message for w in result.warnings] == [
        "alternative times: 11:30 AM read, not 12:00 PM",
        "alternative times: 12:30 PM read, not 1:00 PM",
    ]


def test_a_slash_between_dates_or_lone_numbers_is_no_alternative() -> None:
    text = "# Workshop\n\n- 9:00 - 10:00 Review of 12/05 and 3 / 4 of the notes\n"
    result = read_markdown(text)
    assert blocks(result.plan) == [("Review of 12/05 and 3 / 4 of the notes", 60, "09:00")]
    assert result.warnings == ()


def test_a_french_slash_span_is_no_alternative() -> None:
    text = "# Forum\n\n- 9h30/12h30 - Forum ouvert\n- 14h00 - 15h00 - Restitution\n"
    result = read_markdown(text)
    assert blocks(result.plan) == [("Forum ouvert", 180, "09:30"), ("Restitution", 60, "14:00")]
    assert result.warnings == ()
