"""Prose under a start line that says its time again (`À 17h15, on vous demandera …`)."""

from __future__ import annotations

from planexport.reader import ReadResult, parse_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

SMALL = DATA / "session_parts"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


# Prose that repeats a start time


def test_prose_that_repeats_the_start_time_belongs_to_the_line_above() -> None:
    result = read("bold-start-prose-repeats-time-fr.md")
    plan = result.plan
    assert day_blocks(plan) == [
        ("thu", [("Accueil", 90, "09:00"), ("Ateliers", 90, "10:30"), ("Restitution", 90, "13:30")])
    ]
    ateliers = plan.days[0].variants[0].blocks[1]
    assert [i.text for i in ateliers.items] == [
        "10:30 , chaque groupe rejoint sa salle avec son animateur."
    ]
    assert not any("Ateliers" in note for note in plan.days[0].notes)


def test_prose_that_repeats_the_start_time_in_english() -> None:
    plan = read("bold-start-prose-repeats-time-en.md").plan
    assert day_blocks(plan) == [
        ("fri", [("Welcome", 30, "09:00"), ("Keynote", 60, "09:30"), ("Workshops", 90, "10:30")])
    ]


def test_a_new_title_at_the_same_start_stays_a_line_of_its_own() -> None:
    text = "# P\n\n## Monday\n\n- 09:00 Welcome\n- 09:00 Registration\n- 10:00 Talk\n- 11:00 End\n"
    titles = [t for _, blocks in day_blocks(parse_markdown(text)) for t, _, _ in blocks]
    assert "Registration" in titles
