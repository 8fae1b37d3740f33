"""Days written one a line: weekday checklists, weekday ranges with a span, lines of lengths and
parts of the day, each a day of that weekday."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from planexport.reader import read_plan
from planexport.reader.range_words import rest_word, worded_range
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

if TYPE_CHECKING:
    from planexport.model import Plan

PLANS = DATA / "weekday_day_lines"


def _days(plan: Plan) -> list[tuple[str | None, str]]:
    return [(d.weekday, d.title) for d in plan.days]


def _blocks(plan: Plan) -> list[tuple[str | None, str, int, bool]]:
    """Each block with its day's weekday: (weekday, title, minutes, done)."""
    return [(d.weekday, b.title, b.min_minutes, b.done) for d, b in blocks_of(plan)]


def test_a_checklist_of_weekday_lines_is_a_day_per_weekday_its_box_the_done_mark() -> None:
    result = read_plan(PLANS / "checklist-of-weekdays.md")
    plan = result.plan
    assert _days(plan) == [
        ("mon", "chapter 3, sections 1-2"),
        ("tue", "summary of chapter 3"),
        ("thu", "exercises 3.1-3.6"),
        ("fri", "flash cards"),
    ]
    assert _blocks(plan) == [
        ("mon", "chapter 3, sections 1-2", 50, False),
        ("tue", "summary of chapter 3", 25, True),
        ("thu", "exercises 3.1-3.6", 75, False),
        ("fri", "flash cards", 20, True),
    ]
    assert warnings(result) == []


def test_two_checklist_items_of_one_weekday_are_two_blocks_of_its_day() -> None:
    plan = read_plan(PLANS / "checklist-same-weekday-twice.md").plan
    assert _days(plan) == [("mon", "tema 4, teoría / tema 4, ejercicios"), ("wed", "tema 5")]
    assert _blocks(plan) == [
        ("mon", "tema 4, teoría", 40, True),
        ("mon", "tema 4, ejercicios", 35, False),
        ("wed", "tema 5", 60, False),
    ]


def test_two_letter_weekdays_in_a_checklist_with_a_capital_x() -> None:
    plan = read_plan(PLANS / "checklist-short-german-weekdays.md").plan
    assert _blocks(plan) == [
        ("mon", "Vokabeln Lektion 7", 30, False),
        ("tue", "Grammatik, Konjunktiv II", 45, True),
        ("wed", "Hörverstehen", 60, False),
    ]


def test_a_weekday_again_later_in_a_plain_list_joins_its_first_day() -> None:
    plan = read_plan(PLANS / "weekday-list-same-day-twice.md").plan
    assert _days(plan) == [("mon", "ripasso limiti / esercizi sui limiti"), ("tue", "derivate")]
    assert [(w, t, m) for w, t, m, _ in _blocks(plan)] == [
        ("mon", "ripasso limiti", 45),
        ("mon", "esercizi sui limiti", 30),
        ("tue", "derivate", 60),
    ]


def test_a_checklist_with_an_untimed_weekday_stays_a_reminder_list() -> None:
    plan = read_plan(PLANS / "checklist-weekday-without-length.md").plan
    assert [d.weekday for d in plan.days] == [None]
    assert [(t, m) for _, t, m, _ in _blocks(plan)] == [
        ("Tue: essay draft", 60),
        ("Wed: essay edits", 45),
    ]


def _pinned(plan: Plan) -> list[tuple[str | None, str, int, str | None]]:
    """Each block with its day's weekday: (weekday, title, minutes, at)."""
    return [(d.weekday, b.title, b.min_minutes, b.at) for d, b in blocks_of(plan)]


def _rest_days(plan: Plan) -> list[tuple[str | None, str]]:
    return [(d.weekday, d.title) for d in plan.days if d.is_rest]


def test_paragraph_lines_of_a_weekday_range_and_a_span_are_a_day_each() -> None:
    result = read_plan(PLANS / "range-lines-with-a-rest-word.md")
    plan = result.plan
    physics = [(day, "Fisica (cinematica)", 120, "17:30") for day in ("mon", "tue", "wed", "thu")]
    assert _pinned(plan) == [
        *physics,
        ("fri", "Laboratorio", 90, "15:00"),
        ("sat", "Esercizi di ripasso", 180, "09:00"),
    ]
    assert _rest_days(plan) == [("sun", "riposo")]
    assert warnings(result) == []


def test_a_range_in_words_in_a_list_and_two_rest_days_after_a_colon() -> None:
    plan = read_plan(PLANS / "range-in-words-list.md").plan
    english = [(day, "Inglés (gramática)", 90, "19:00") for day in ("mon", "tue", "wed", "thu")]
    assert _pinned(plan) == [*english, ("fri", "Repaso", 60, "18:00")]
    assert _rest_days(plan) == [("sat", "día libre"), ("sun", "día libre")]


def test_a_range_with_bis_in_paragraph_lines() -> None:
    plan = read_plan(PLANS / "range-in-words-paragraph.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    assert _pinned(plan)[2:] == [("wed", "Chemie", 90, "16:00"), ("thu", "Physik", 120, "16:00")]
    assert _rest_days(plan) == [("fri", "frei")]


def test_a_range_with_van_and_t_m() -> None:
    plan = read_plan(PLANS / "range-with-from-and-to.md").plan
    maths = [(day, "Wiskunde B", 60, "20:00") for day in ("mon", "tue", "wed", "thu")]
    assert _pinned(plan) == [*maths, ("fri", "Scheikunde", 60, "19:00")]
    assert _rest_days(plan) == [("sat", "rust")]


def test_a_range_with_du_and_au_and_h_spans() -> None:
    plan = read_plan(PLANS / "range-du-au.md").plan
    history = [(day, "Histoire", 90, "08:30") for day in ("tue", "wed", "thu")]
    assert _pinned(plan) == [*history, ("fri", "Géographie", 120, "14:00")]
    assert _rest_days(plan) == [("sun", "repos")]


def test_a_short_range_with_a_rest_word_is_two_rest_days() -> None:
    plan = read_plan(PLANS / "range-of-rest-days.md").plan
    assert [d.weekday for d in plan.days if not d.is_rest] == ["mon", "tue", "wed", "thu", "fri"]
    assert _pinned(plan)[0] == ("mon", "Mathe (Analysis)", 120, "18:00")
    assert _rest_days(plan) == [("sat", "frei"), ("sun", "frei")]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Lunes a viernes 18:00", ["mon", "tue", "wed", "thu", "fri"]),
        ("dal lunedì al mercoledì", ["mon", "tue", "wed"]),
        ("van maandag tot en met woensdag", ["mon", "tue", "wed"]),
        ("Sábado 10:00", None),  # one weekday, never "Sáb a do"
        ("Lunes a las 18:00", None),  # "las" is no weekday
        ("Fri to Mon 9:00", None),  # backwards: no range
    ],
)
def test_a_weekday_range_in_words_names_each_weekday_in_order(
    text: str, days: list[str] | None
) -> None:
    found = worded_range(text)
    assert (found[0] if found else None) == days


def test_a_rest_word_is_the_whole_rest_of_the_line() -> None:
    assert rest_word(" riposo") == "riposo"
    assert rest_word("Día libre.") == "Día libre"
    assert rest_word("off to see the family") is None


def test_a_line_that_opens_with_lengths_titles_its_day_by_the_weekday() -> None:
    result = read_plan(PLANS / "lengths-first-list-with-rest-day.md")
    plan = result.plan
    assert _days(plan) == [
        ("mon", "Lundi"),
        ("tue", "Mardi"),
        ("wed", "repos"),
        ("thu", "lecture"),  # a topic before the length: the day's title, "pendant" left out
    ]
    assert [(w, t, m) for w, t, m, _ in _blocks(plan)] == [
        ("mon", "chimie", 90),
        ("mon", "anglais", 45),
        ("tue", "philosophie", 120),
        ("thu", "lecture", 60),
    ]
    assert warnings(result) == []


def test_paragraph_lines_that_open_with_a_length_are_blocks_of_the_weekday() -> None:
    plan = read_plan(PLANS / "lengths-first-paragraph-lines.md").plan
    assert _days(plan) == [("mon", "Lunedì"), ("tue", "Martedì"), ("wed", "riposo")]
    assert [(w, t, m) for w, t, m, _ in _blocks(plan)] == [
        ("mon", "analisi", 120),
        ("mon", "fisica", 60),
        ("tue", "ripasso", 180),  # once a day with no block
    ]


def test_bold_weekday_lines_that_open_with_lengths() -> None:
    plan = read_plan(PLANS / "lengths-first-bold-lines.md").plan
    assert _days(plan) == [("mon", "Monday"), ("tue", "Tuesday")]
    assert [(w, t, m) for w, t, m, _ in _blocks(plan)] == [
        ("mon", "flash cards", 45),
        ("mon", "grammar", 30),
        ("tue", "essay writing", 120),
    ]


def test_a_topic_before_the_lengths_or_titles_first_keep_their_day_titles() -> None:
    plan = read_plan(PLANS / "topic-before-lengths-kept.md").plan
    assert _days(plan) == [("mon", "Álgebra"), ("tue", "Historia, Inglés"), ("wed", "descanso")]
    assert [(w, t, m) for w, t, m, _ in _blocks(plan)] == [
        ("mon", "teoría", 60),
        ("mon", "problemas", 120),
        ("tue", "Historia", 60),
        ("tue", "Inglés", 30),
    ]


def _sessions(plan: Plan) -> list[tuple[str | None, str, int, str | None]]:
    """Each block with its day's weekday: (weekday, title, minutes, session)."""
    return [(d.weekday, b.title, b.min_minutes, b.session) for d, b in blocks_of(plan)]


def test_parts_of_the_day_apart_by_middle_dots_are_blocks_in_their_sessions() -> None:
    result = read_plan(PLANS / "parts-of-the-day-bold-lines.md")
    plan = result.plan
    assert _days(plan) == [("mon", "Monday"), ("tue", "Tuesday"), ("wed", "Wednesday")]
    assert _sessions(plan) == [
        ("mon", "Statistics", 120, "Morning"),
        ("mon", "Econometrics", 90, "Afternoon"),
        ("tue", "Microeconomics", 120, "Morning"),
        ("tue", "Flash cards", 45, "Evening"),
        ("wed", "Past paper", 180, "Morning"),
    ]
    assert all(b.at is None for d in plan.days for v in d.variants for b in v.blocks)
    assert warnings(result) == []


def test_parts_apart_by_bars_in_plain_lines_and_an_untimed_part_as_a_note() -> None:
    plan = read_plan(PLANS / "parts-of-the-day-bars-french.md").plan
    assert _days(plan) == [("mon", "Lundi"), ("tue", "Mardi")]
    assert _sessions(plan) == [
        ("mon", "Algèbre", 120, "Matin"),
        ("mon", "Physique", 90, "Après-midi"),
        ("tue", "Chimie", 180, "Matin"),
    ]
    assert plan.days[1].notes == ("Soir: libre",)


def test_parts_apart_by_slashes_in_list_items_and_a_pair_of_weekdays() -> None:
    plan = read_plan(PLANS / "parts-of-the-day-slashes-list.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "thu"]
    assert _sessions(plan)[2:4] == [
        ("tue", "Chemie", 90, "Vormittag"),
        ("tue", "Vokabeln", 30, "Abend"),
    ]
    assert _sessions(plan)[4:] == [
        ("thu", "Chemie", 90, "Vormittag"),
        ("thu", "Vokabeln", 30, "Abend"),
    ]


def test_parts_apart_by_semicolons_with_lengths_without_brackets() -> None:
    plan = read_plan(PLANS / "parts-of-the-day-semicolons.md").plan
    assert _days(plan) == [("mon", "Lunes"), ("tue", "Martes")]
    assert _sessions(plan)[2:] == [
        ("tue", "Química", 120, "Mañana"),
        ("tue", "Repaso", 45, "Noche"),
    ]


def test_topics_apart_by_middle_dots_are_blocks_with_no_session() -> None:
    plan = read_plan(PLANS / "topics-apart-by-dots.md").plan
    assert _days(plan) == [("mon", "Monday"), ("thu", "Thursday")]
    assert _sessions(plan) == [
        ("mon", "Linear algebra", 120, None),
        ("mon", "Probability", 60, None),
        ("thu", "Graph theory", 90, None),
        ("thu", "Proof writing", 30, None),
    ]


def test_topics_apart_by_semicolons_alone_stay_day_lines_titled_by_their_topics() -> None:
    plan = read_plan(PLANS / "semicolon-topics-stay-day-lines.md").plan
    assert _days(plan) == [("mon", "Arrays, Strings"), ("tue", "Graphs, Trees")]
    assert _sessions(plan) == [
        ("mon", "Arrays", 60, None),
        ("mon", "Strings", 45, None),
        ("tue", "Graphs", 60, None),
        ("tue", "Trees", 30, None),
    ]
