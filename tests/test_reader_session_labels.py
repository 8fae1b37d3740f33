"""A bold label ending in a colon over timed lines (`**Ochtendsessies:**`) is their session."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "session_labels"


def _blocks(name: str) -> list[tuple[str, int, str | None, str | None]]:
    plan = read_plan(PLANS / name).plan
    return [(b.title, b.min_minutes, b.at, b.session) for _, b in blocks_of(plan)]


def test_labels_naming_parts_of_the_day_are_the_sessions_of_the_spans_below() -> None:
    result = read_plan(PLANS / "morning-afternoon-labels.md")
    assert _blocks("morning-afternoon-labels.md") == [
        ("Talk 1: Opening keynote", 45, "09:00", "Morning sessions"),
        ("Talk 2: Testing in practice", 45, "10:00", "Morning sessions"),
        ("Lab: Hands-on debugging", 90, "13:30", "Afternoon sessions"),
        # A bold line naming its own part of the day is not in the afternoon's sessions.
        ("Evening - Meetup", 120, "18:00", "Evening - Meetup"),
    ]
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


def test_a_session_label_over_lengths_and_a_notes_label_over_plain_lines() -> None:
    result = read_plan(PLANS / "spanish-lengths-under-label.md")
    assert _blocks("spanish-lengths-under-label.md") == [
        ("Álgebra", 45, None, "Sesiones de tarde"),
        ("Geometría", 30, None, "Sesiones de tarde"),
    ]
    assert result.plan.days[0].notes == ("Notas:", "llevar calculadora")


def test_a_compound_word_for_the_sessions_of_a_part_of_the_day() -> None:
    assert _blocks("german-compound-label.md") == [
        ("Mathematik", 90, "08:00", "Vormittagseinheiten"),
        ("Physik", 90, "09:45", "Vormittagseinheiten"),
        ("Chemie", 60, "14:00", "Nachmittagseinheiten"),
    ]
