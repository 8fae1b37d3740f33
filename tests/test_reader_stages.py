"""Each stage of the Markdown reader on its own: outline, durations, blocks, tables, days."""

from __future__ import annotations

import pytest

from planexport.reader.blocks import Ctx, is_break, is_total, session_name, try_block
from planexport.reader.day_items import expand_day_lists
from planexport.reader.days import find_days, week_numbers
from planexport.reader.durations import find_duration, sum_of_parts
from planexport.reader.outline import outline
from planexport.reader.tables import table_days, weekday_of


@pytest.mark.parametrize(
    ("text", "at", "minutes"),
    [
        ("09:00–10:30", 9 * 60, 90),
        ("9:00 AM - 10:30 AM", 9 * 60, 90),
        ("10:15 AM–1:15 PM", 10 * 60 + 15, 180),
        ("9-11 AM", 9 * 60, 120),
        ("2-4 PM", 14 * 60, 120),
        ("9am–11am", 9 * 60, 120),
        ("09.10 - 10.10", 9 * 60 + 10, 60),
        ("05h20 - 5h40", 5 * 60 + 20, 20),
        ("12:15 - 1:15", 12 * 60 + 15, 60),
        ("11:00 – 1:00 PM", 11 * 60, 120),
        ("10-12 AM", 10 * 60, 120),
        ("11:30 AM – 2:00 PM", 11 * 60 + 30, 150),
        ("23:00 – 00:30", 23 * 60, 90),
        ("**8:00 – 11:00 AM**", 8 * 60, 180),
    ],
)
def test_clock_spans_give_a_start_and_a_length(text: str, at: int, minutes: int) -> None:
    found = find_duration(text)
    assert found is not None
    assert (found.at, found.lo, found.hi) == (at, minutes, minutes)


@pytest.mark.parametrize("text", ["1.5 - 2.5 h", "1-2 LeetCode problems", "Top 10 – 30 min"])
def test_lengths_are_not_clock_spans(text: str) -> None:
    found = find_duration(text)
    assert found is None or found.at is None


def test_a_span_without_am_or_pm_is_unsure_of_its_half_of_the_day() -> None:
    unsure, sure = find_duration("1:15 - 2:00"), find_duration("13:15 - 14:00")
    assert unsure is not None
    assert sure is not None
    assert (unsure.sure, sure.sure) == (False, True)


def test_several_lengths_in_one_bracket_add_up() -> None:
    found = sum_of_parts("Problem 1: `Two Sum` (Time: 20 min attempt, 10 min review)")
    assert found is not None
    assert (found.lo, found.hi, found.text) == (30, 30, "(Time: 20 min attempt, 10 min review)")
    assert sum_of_parts("Read (20 min)") is None


@pytest.mark.parametrize(
    "text",
    ["Break", "Lunch + rest (short nap)", "Descanso ☕", "Short break (walk, snack)", "Pausa",
     "Mittagspause", "Déjeuner", "Breakfast + break", "Intervalo"],
)  # fmt: skip
def test_breaks_are_gaps(text: str) -> None:
    assert is_break(text)


@pytest.mark.parametrize("text", ["Wake up, stretch", "Review breaks in code", "Stretch goals"])
def test_activities_are_not_breaks(text: str) -> None:
    assert not is_break(text)


def test_totals_are_not_blocks() -> None:
    assert is_total("✅ Total: **2.5h DSA**")
    assert is_total("**Time: 3 hours**")
    assert is_total("**Total horas semanales estimadas (mínimas):** 15 a 20 horas.")
    assert not is_total("**Morning (30 min):** Study")


def test_session_names_in_every_language() -> None:
    assert session_name("### Mañana (9:00 - 12:00)") == "Mañana"
    assert session_name("MATTINA (9:00 - 12:00)") == "MATTINA"
    assert session_name("Session 1: Basics (90 minutes)") == "Session 1: Basics"
    assert session_name("**Evening (Optional):**") == "Evening"
    assert session_name("Tareas del día") is None


def test_a_block_line_with_a_session_and_an_activity() -> None:
    ctx = Ctx("x.md")
    raw = try_block("**Morning (30 min):** Study new concept", [], 3, ctx)
    assert raw is not None
    assert (raw.title, raw.session, raw.lo, raw.at) == ("Study new concept", "Morning", 30, None)
    assert try_block("Commute + Work", [], 4, ctx) is None
    assert ctx.warnings == []


def test_the_outline_keeps_html_items_code_lines_and_bold_lines() -> None:
    nodes = outline(
        "- <kbd>Ctrl</kbd> copies\n\n```\n□ Read (30 min)\n```\n\n"
        "**Day 11:** Lists\n**Day 12:** Trees\n"
    )
    assert [n.kind for n in nodes] == ["list", "code", "paragraph", "paragraph"]
    assert nodes[0].items[0].text == "<kbd>Ctrl</kbd> copies"
    assert [(i.line, i.text) for i in nodes[1].items] == [(4, "□ Read (30 min)")]
    assert [(n.line, n.text) for n in nodes[2:]] == [
        (7, "**Day 11:** Lists"),
        (8, "**Day 12:** Trees"),
    ]


def test_weekday_cells_in_every_language() -> None:
    assert [weekday_of(c) for c in ("**Lunes**", "Miércoles", "Segunda-feira", "Lunedì")] == [
        "mon",
        "wed",
        "mon",
        "mon",
    ]
    assert [weekday_of(c) for c in ("Maandag", "Dimanche", "Monday morning", "Mo")] == [
        "mon",
        "sun",
        None,
        None,
    ]


def test_a_grid_table_gives_days() -> None:
    nodes = outline(
        "| Hora | Lunes | Martes |\n|---|---|---|\n| 09:00 - 10:00 | Álgebra | |\n"
        "| 10:00 - 11:00 | | Física |\n"
    )
    days = table_days(nodes[0], Ctx("x.md"))
    assert [(d.weekday, [(b.title, b.at) for b in d.blocks]) for d in days] == [
        ("mon", [("Álgebra", 9 * 60)]),
        ("tue", [("Física", 10 * 60)]),
    ]


def test_weeks_and_days_found_in_the_outline() -> None:
    nodes = outline("## Week 1\n\n### Day 1\n\n- A (1 h)\n\n## Semaine 2\n\n### Jour 1-2 (2×1h)\n")
    spans = find_days(nodes, Ctx("x.md"))
    weeks = week_numbers(nodes)
    assert [(s.numbers, weeks[s.start]) for s in spans] == [([1], 1), ([1, 2], 2)]
    assert spans[1].length is not None
    assert spans[1].length.lo == 60


def test_bold_list_items_that_name_days_become_day_lines() -> None:
    nodes = expand_day_lists(outline("## Week 3\n\n* **Day 1**\n  * A (1 h)\n* **Day 2**\n"))
    assert [(n.kind, n.line) for n in nodes] == [
        ("heading", 1),
        ("paragraph", 3),
        ("list", 4),
        ("paragraph", 5),
    ]
    spans = find_days(nodes, Ctx("x.md"))
    assert [(s.numbers, week_numbers(nodes)[s.start]) for s in spans] == [([1], 3), ([2], 3)]


@pytest.mark.parametrize(
    "heading", ["## FRIDAY CHECK-IN TEMPLATE", "### Sunday Planning Session (30 min)"]
)
def test_section_titles_that_start_with_a_weekday_are_not_days(heading: str) -> None:
    nodes = outline(f"{heading}\n\n- Review (30 min)\n\n## Monday\n\n- Read (1 h)\n")
    assert [s.weekday for s in find_days(nodes, Ctx("x.md"))] == ["mon"]


def test_french_clock_spans_and_lengths_in_hours_stay_apart() -> None:
    span, hours = find_duration("9h - 11h"), find_duration("1h-2h")
    assert span is not None
    assert hours is not None
    assert (span.at, span.lo) == (9 * 60, 120)
    assert (hours.at, hours.lo, hours.hi) == (None, 60, 120)
