"""Clock spans with the hour word only after the end (`8-8:30h Recepção`, `9–11 Uhr Mathe`,
`13-14h Palestra` among them): spans of the day, not lengths; `2-3h Study` stays a length."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.suffix_spans import suffix_spans
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "suffix_spans"


def test_minutes_on_either_side_make_a_span_and_bare_hours_beside_them() -> None:
    result = read_plan(PLANS / "pt-bold-minutes-either-side.md")
    assert pinned(result.plan, 0) == [
        ("Boas-vindas", 45, "09:00"),
        ("Oficina de Git", 75, "09:45"),
        ("Mesa-redonda", 60, "14:00"),
    ]
    assert warnings(result) == []  # no day of 30 hours


def test_uhr_after_the_end_is_a_span_on_its_own() -> None:
    plan = read_plan(PLANS / "de-uhr-bullets.md").plan
    assert pinned(plan, 0) == [
        ("Mathematik", 120, "09:00"),
        ("Englisch", 75, "11:15"),
        ("Physik", 120, "14:00"),
    ]


def test_dutch_u_and_uur_after_the_end() -> None:
    plan = read_plan(PLANS / "nl-dotted-u-bullets.md").plan
    assert pinned(plan, 0) == [
        ("Statistiek", 90, "09:00"),
        ("Economie", 75, "10:45"),
        ("Projectwerk", 120, "13:00"),
    ]


def test_spaced_h_on_numbered_lines() -> None:
    plan = read_plan(PLANS / "fr-spaced-h.md").plan
    assert pinned(plan, 0) == [
        ("Accueil et café", 90, "08:30"),
        ("Atelier d'écriture", 120, "10:00"),
        ("Conférence", 120, "14:00"),
    ]


def test_bare_hour_spans_that_follow_one_another_are_an_agenda() -> None:
    plan = read_plan(PLANS / "es-bare-hours-agenda.md").plan
    assert pinned(plan, 0) == [
        ("Ponencias", 120, "09:00"),
        ("Talleres", 120, "11:00"),
        ("Clausura", 120, "16:00"),
    ]


def test_small_ranges_and_a_lone_range_stay_lengths() -> None:
    plan = read_plan(PLANS / "en-small-ranges-stay-lengths.md").plan
    monday = plan.days[0].variants[0].blocks
    assert [(b.title, b.min_minutes, b.max_minutes, b.at) for b in monday] == [
        ("Study the notes", 120, 180, None),
        ("Past papers", 60, 120, None),
    ]
    tuesday = plan.days[1].variants[0].blocks
    assert [(b.title, b.min_minutes, b.max_minutes, b.at) for b in tuesday] == [
        ("Sleep", 480, 600, None),
        ("Reading", 30, 30, None),
    ]


def test_only_a_line_start_is_rewritten() -> None:
    assert suffix_spans("- 8-8:30h Recepção") == "- 08:00-08:30 Recepção"
    assert suffix_spans("**8:30-10h** Introdução") == "**08:30-10:00** Introdução"
    assert suffix_spans("Recepção 8-8:30h") == "Recepção 8-8:30h"
    assert suffix_spans("- 1-1:30h Reading") == "- 1-1:30h Reading"  # before 6: a length
    assert suffix_spans("- 9-10 hours Reading") == "- 9-10 hours Reading"
    assert suffix_spans("- 9.00 - 10.30 uur Les") == "- 9.00 - 10.30 uur Les"  # as before
    assert suffix_spans("```\n- 8-8:30h Recepção\n```") == "```\n- 8-8:30h Recepção\n```"
