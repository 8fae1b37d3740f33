"""Slips in spans and titles (`7: 00 AM`, `A | Or B`), pace columns and week rows in tables."""

from __future__ import annotations

import pytest

from planexport.model import Block, Plan
from planexport.reader import ReadResult, parse_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

SMALL = DATA / "slips_and_columns"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def timed(plan: Plan) -> list[tuple[str | None, str, int, str | None]]:
    """Each block as (start, title, minutes, note)."""
    out: list[Block] = [b for d in plan.days for v in d.variants for b in v.blocks]
    return [(b.at, b.title, b.min_minutes, b.note) for b in out]


def test_a_space_after_the_colon_of_a_twelve_hour_span_end_is_no_title() -> None:
    result = read("spaced-minutes-twelve-hour.md")
    assert timed(result.plan) == [
        ("07:15", "Stretching and reading", 30, None),
        ("08:00", "Algebra drills", 90, None),
        ("18:00", "Piano", 60, None),
    ]
    assert warnings(result) == []


def test_a_space_after_the_colon_of_a_24_hour_span_end_is_read() -> None:
    result = read("spaced-minutes-24h-de.md")
    assert timed(result.plan) == [
        ("14:00", "Chemie wiederholen", 90, None),
        ("16:00", "Vokabeln", 45, None),
    ]


@pytest.mark.parametrize(
    ("line", "at", "minutes"),
    [
        ("9: 15 - 10:00: Lesen", "09:15", 45),
        ("9:15 - 10: 00: Lire", "09:15", 45),
        ("9.15 - 10: 00: Leggere", "09:15", 45),
        ("9:15 am - 10: 00 am: Lezen", "09:15", 45),
    ],
)
def test_spaced_minutes_in_either_end(line: str, at: str, minutes: int) -> None:
    plan = parse_markdown(f"# P\n\n## Day 1\n\n- {line}\n")
    [(start, _, length, _)] = timed(plan)
    assert (start, length) == (at, minutes)


def test_a_colon_and_a_number_outside_a_span_stay_as_written() -> None:
    plan = parse_markdown("# P\n\n## Day 1\n\n- Chapter 3: 45 min\n")
    assert [(t, m) for _, t, m, _ in timed(plan)] == [("Chapter 3", 45)]


def test_a_bold_choice_after_a_bar_is_the_blocks_note() -> None:
    result = read("bar-choice-bold.md")
    assert timed(result.plan) == [
        ("10:00", "Linear algebra", 90, "Or Probability"),
        ("13:00", "Essay draft", 60, None),
    ]


def test_a_spanish_choice_after_a_bar_is_the_blocks_note() -> None:
    result = read("bar-choice-es.md")
    assert timed(result.plan) == [
        ("09:00", "Historia", 60, "o Geografía"),
        ("10:30", "Repaso", 30, None),
    ]


@pytest.mark.parametrize(
    ("title", "first", "other"),
    [
        ("Mathe | oder Physik", "Mathe", "oder Physik"),
        ("Maths | ou Physique", "Maths", "ou Physique"),
        ("Storia | oppure Geografia", "Storia", "oppure Geografia"),
        ("Wiskunde | of Natuurkunde", "Wiskunde", "of Natuurkunde"),
        ("História | ou Geografia", "História", "ou Geografia"),
    ],
)
def test_a_choice_after_a_bar_in_every_language(title: str, first: str, other: str) -> None:
    plan = parse_markdown(f"# P\n\n## Day 1\n\n- 09:00 - 10:00: {title}\n")
    assert [(t, n) for _, t, _, n in timed(plan)] == [(first, other)]


def test_two_bold_names_joined_by_a_bar_lose_their_marks() -> None:
    result = read("bar-both-bold.md")
    assert timed(result.plan) == [("15:00", "Physics lab | Chemistry lab", 60, None)]


def days_read(plan: Plan) -> list[tuple[str | None, str, int, str | None]]:
    """Each block as (weekday, title, minutes, start)."""
    return [(d.weekday, b.title, b.min_minutes, b.at) for d, b in blocks_of(plan)]


def test_a_pace_column_in_minutes_per_mile_is_no_time_or_span() -> None:
    result = read("pace-column-per-mile.md")
    assert days_read(result.plan) == [
        ("tue", "Hills", 45, None),
        ("thu", "Threshold", 55, None),
        ("sat", "Long run", 100, None),
    ]
    assert warnings(result) == []


def test_a_french_allure_column_with_its_unit_is_no_span() -> None:
    result = read("pace-column-min-per-km-fr.md")
    assert days_read(result.plan) == [
        ("tue", "Fractionné", 50, None),
        ("sat", "Sortie longue", 80, None),
    ]
    assert warnings(result) == []


def test_a_dutch_speed_column_is_no_length() -> None:
    result = read("speed-column-kmh-nl.md")
    assert days_read(result.plan) == [
        ("wed", "Intervallen", 60, None),
        ("sun", "Duurrit", 120, None),
    ]


def test_an_italian_tempo_column_is_still_the_length() -> None:
    result = read("tempo-column-italian-is-time.md")
    assert days_read(result.plan) == [("mon", "Storia", 45, None), ("tue", "Latino", 30, None)]


@pytest.mark.parametrize(
    ("header", "day", "session", "length"),
    [
        ("| Tag | Einheit | Pace | Dauer |", "Do", "Tempolauf", "50 min"),
        ("| Tag | Einheit | Geschwindigkeit | Dauer |", "Do", "Tempolauf", "50 min"),
        ("| Día | Sesión | Ritmo | Duración |", "Jue", "Series", "50 min"),
        ("| Giorno | Seduta | Ritmo | Durata |", "Gio", "Ripetute", "50 min"),
        ("| Dia | Treino | Ritmo (min/km) | Duração |", "Qui", "Tiros", "50 min"),
        ("| Dag | Training | Tempo (min/km) | Duur |", "Do", "Tempoloop", "50 min"),
        ("| Day | Session | Target pace | Time |", "Thu", "Tempo", "50 min"),
    ],
)
def test_a_pace_column_in_every_language(header: str, day: str, session: str, length: str) -> None:
    rule = "|" + "---|" * 4
    plan = parse_markdown(
        f"# P\n\n{header}\n{rule}\n| {day} | {session} | 4:45-5:00 | {length} |\n"
    )
    assert days_read(plan) == [("thu", session, 50, None)]


def test_bold_week_rows_start_their_weeks() -> None:
    result = read("week-rows-bold-en.md")
    plan = result.plan
    assert [(d.week, d.weekday) for d in plan.days] == [
        (1, "tue"),
        (1, "fri"),
        (2, "tue"),
        (2, "fri"),
    ]
    assert [(t, m) for _, t, m, _ in days_read(plan)] == [
        ("Technique", 40),
        ("Endurance", 50),
        ("Technique", 45),
        ("Endurance", 60),
    ]
    assert warnings(result) == []


def test_a_week_row_with_a_label_under_a_heading_starts_its_week() -> None:
    plan = read("week-rows-labelled-de.md").plan
    assert [(d.week, d.weekday, d.variants[0].blocks[0].title) for d in plan.days] == [
        (1, "mon", "Brüche"),
        (2, "mon", "Gleichungen"),
    ]


@pytest.mark.parametrize(
    ("week", "day"),
    [
        ("**Week {n}**", "Mon"),
        ("**Woche {n}**", "Mo"),
        ("**Semana {n}**", "Lun"),
        ("__Semaine {n}__", "Lundi"),
        ("**Settimana {n}**", "Lunedì"),
        ("Semana {n}", "Segunda"),
        ("**Week {n}**", "Maandag"),
    ],
)
def test_week_rows_in_every_language(week: str, day: str) -> None:
    rows = "".join(
        f"| {week.format(n=n)} | | |\n| {day} | Drill | {20 + n} min |\n" for n in (1, 2)
    )
    plan = parse_markdown(f"# P\n\n| Day | What | Time |\n|---|---|---|\n{rows}")
    assert [(d.week, d.weekday) for d in plan.days] == [(1, "mon"), (2, "mon")]
    assert [m for _, _, m, _ in days_read(plan)] == [21, 22]


def test_a_row_that_only_mentions_a_week_is_no_week_row() -> None:
    table = "| Day | What | Time |\n|---|---|---|\n| Mon | Drill | 20 min |\n"
    plan = parse_markdown(f"# P\n\n{table}| Week 2 exam | | |\n| Wed | Drill | 25 min |\n")
    assert [d.week for d in plan.days] == [None, None]
