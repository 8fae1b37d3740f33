"""Weekdays named where a day is not written as one: a Day column after the first, weekday lines
with a clock span under a heading that is no day, and a sentence naming a routine's weekdays."""

from __future__ import annotations

import pytest

from planexport.reader import read_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, days, warnings

PLANS = DATA / "named_weekdays"


def test_a_day_column_last_groups_the_rows_by_weekday_monday_first() -> None:
    result = read_plan(PLANS / "day-column-last.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Linear algebra", 90, "08:30"), ("Writing lab", 60, "15:00")]),
        ("tue", [("Statistics", 90, "13:00"), ("Databases", 90, "10:15")]),
    ]
    assert [d.title for d in result.plan.days] == ["Monday", "Tuesday"]
    assert warnings(result) == []


def test_dotted_times_in_a_giorno_column_table_are_spans_of_each_day() -> None:
    result = read_plan(PLANS / "giorno-column-dotted-times.md")
    assert day_blocks(result.plan) == [
        ("wed", [("Economia", 120, "14:00")]),
        ("thu", [("Diritto", 120, "08:30"), ("Economia", 120, "11:00")]),
    ]
    assert [d.title for d in result.plan.days] == ["Mercoledì", "Giovedì"]
    # the place is the block's note, as in a table with its Day column first
    assert [b.note for d in result.plan.days for v in d.variants for b in v.blocks] == [
        "C3",
        "A2",
        "C3",
    ]
    assert warnings(result) == []


def test_a_cell_naming_two_weekdays_gives_the_block_on_both() -> None:
    result = read_plan(PLANS / "two-weekdays-in-a-cell.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Mathe", 90, "08:00")]),
        ("tue", [("Englisch", 60, "10:00")]),
        ("wed", [("Mathe", 90, "08:00"), ("Sport", 90, "14:00")]),
    ]
    assert warnings(result) == []


def test_a_day_column_of_other_words_leaves_the_table_one_day() -> None:
    result = read_plan(PLANS / "day-column-without-weekdays.md")
    assert day_blocks(result.plan) == [
        (None, [("Revise notes", 60, "09:00"), ("Mock exam", 90, "10:30")])
    ]


@pytest.mark.parametrize(
    ("header", "first", "second"),
    [
        ("| Course | Time | Day |", "Monday", "Wednesday"),
        ("| Fach | Zeit | Tag |", "Montag", "Mittwoch"),
        ("| Asignatura | Hora | Día |", "Lunes", "Miércoles"),
        ("| Cours | Horaire | Jour |", "Lundi", "Mercredi"),
        ("| Corso | Orario | Giorno |", "Lunedì", "Mercoledì"),
        ("| Disciplina | Horário | Dia |", "Segunda", "Quarta"),
        ("| Vak | Tijd | Dag |", "Maandag", "Woensdag"),
    ],
)
def test_a_later_weekday_column_is_read_in_every_language(
    header: str, first: str, second: str
) -> None:
    text = (
        f"# Week\n\n{header}\n|---|---|---|\n| Alpha | 14:00-15:00 | {second} |\n"
        f"| Beta | 9.00-11.00 | {first} |\n| Gamma | 11:30-12:00 | {second} |\n"
    )
    result = read_markdown(text)
    assert day_blocks(result.plan) == [
        ("mon", [("Beta", 120, "09:00")]),
        ("wed", [("Alpha", 60, "14:00"), ("Gamma", 30, "11:30")]),
    ]


def test_a_range_in_a_day_cell_gives_the_block_on_each_weekday_of_it() -> None:
    text = "| Task | Time | Day |\n|---|---|---|\n| Run | 07:00-07:30 | Mon–Wed |\n"
    text += "| Swim | 18:00-19:00 | Fri |\n"
    assert day_blocks(read_markdown(text).plan) == [
        ("mon", [("Run", 30, "07:00")]),
        ("tue", [("Run", 30, "07:00")]),
        ("wed", [("Run", 30, "07:00")]),
        ("fri", [("Swim", 60, "18:00")]),
    ]


def test_a_row_with_its_day_cell_empty_keeps_the_weekday_above() -> None:
    text = "| Task | Time | Day |\n|---|---|---|\n| Run | 07:00-07:30 | Tuesday |\n"
    text += "| Read | 20:00-20:45 | |\n| Swim | 18:00-19:00 | Monday |\n"
    assert day_blocks(read_markdown(text).plan) == [
        ("mon", [("Swim", 60, "18:00")]),
        ("tue", [("Run", 30, "07:00"), ("Read", 45, "20:00")]),
    ]


def test_a_row_on_two_weekdays_is_warned_about_once() -> None:
    text = "| Task | Time | Day |\n|---|---|---|\n| Run | later | Mon, Thu |\n"
    text += "| Swim | 18:00-19:00 | Monday |\n"
    result = read_markdown(text)
    assert day_blocks(result.plan) == [("mon", [("Swim", 60, "18:00")])]
    assert warnings(result) == ['3: row "Run" skipped: no time']


def test_weekday_span_lines_under_a_section_are_a_day_each_titled_by_it() -> None:
    result = read_plan(PLANS / "hotline-lines-under-section.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Permanence téléphonique", 60, "17:00")]),
        ("wed", [("Permanence téléphonique", 60, "16:30")]),
    ]
    assert warnings(result) == []


def test_words_beside_the_span_title_the_block_and_other_items_stay_apart() -> None:
    result = read_plan(PLANS / "office-hours-words-after-span.md")
    assert day_blocks(result.plan) == [
        ("tue", [("office hours", 60, "15:00")]),
        ("thu", [("code review", 45, "11:00")]),
    ]


def test_a_span_line_led_by_two_weekdays_is_a_block_on_each() -> None:
    result = read_plan(PLANS / "sprechstunde-two-weekdays.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Sprechstunde", 60, "14:00")]),
        ("thu", [("Sprechstunde", 60, "14:00")]),
        ("fri", [("Sprechstunde", 30, "09:00")]),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tuesday", "Thursday"),
        ("Dienstag", "Donnerstag"),
        ("Martes", "Jueves"),
        ("Mardi", "Jeudi"),
        ("Martedì", "Giovedì"),
        ("Terça", "Quinta"),
        ("Dinsdag", "Donderdag"),
    ],
)
def test_weekday_span_lines_are_days_in_every_language(first: str, second: str) -> None:
    text = f"# Plan\n\n## Help desk\n\n- {first}: 15:00-16:00\n- {second} : 15:30-16:30\n"
    assert day_blocks(read_markdown(text).plan) == [
        ("tue", [("Help desk", 60, "15:00")]),
        ("thu", [("Help desk", 60, "15:30")]),
    ]


def test_weekday_span_lines_beside_weekday_headings_are_left_to_those_days() -> None:
    text = "# Plan\n\n## Monday\n\n- Algebra (1h)\n\n## Help desk\n\n"
    text += "- Tue: 15:00-16:00\n- Thu: 15:30-16:30\n"
    assert [d for d, _ in day_blocks(read_markdown(text).plan)] == ["mon", None]


def test_a_sentence_naming_a_range_repeats_the_routine_on_each_weekday() -> None:
    result = read_plan(PLANS / "routine-sentence-monday-to-friday.md")
    routine = [("stretching", 30, "06:30"), ("journal and reading", 45, "21:00")]
    assert day_blocks(result.plan) == [
        (day, routine) for day in ("mon", "tue", "wed", "thu", "fri")
    ]
    # each day titled by its weekday, and the sentence that named them is no note
    assert [d.title for d in result.plan.days] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
    ]
    assert all(d.notes == () for d in result.plan.days)


def test_an_italian_sentence_dal_lunedi_al_venerdi_names_the_days() -> None:
    result = read_plan(PLANS / "routine-sentence-dal-lunedi.md")
    assert [d for d, _ in day_blocks(result.plan)] == ["mon", "tue", "wed", "thu", "fri"]
    assert day_blocks(result.plan)[4] == ("fri", [("corsa", 30, "07:00"), ("ripasso", 60, "18:00")])


@pytest.mark.parametrize(
    "sentence",
    [
        "This routine is for Monday to Friday.",
        "Von Montag bis Freitag mache ich das:",
        "De lunes a viernes sigo esta rutina.",
        "Du lundi au vendredi, voici ma routine :",
        "Dal lunedì al venerdì faccio così.",
        "De segunda a sexta, a rotina é esta:",
        "Van maandag tot vrijdag doe ik dit.",
    ],
)
def test_a_routine_sentence_is_read_in_every_language(sentence: str) -> None:
    text = f"## Common\n\n{sentence}\n\n- 6:00 - 7:00: yoga\n- 20:00 - 20:30: reading\n"
    plan = read_markdown(text).plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    assert day_blocks(plan)[0][1] == [("yoga", 60, "06:00"), ("reading", 30, "20:00")]


def test_a_sentence_naming_no_range_leaves_the_routine_one_day() -> None:
    text = "## Common\n\nOn Monday I start early.\n\n"
    text += "- 6:00 - 7:00: yoga\n- 20:00 - 20:30: reading\n"
    assert [weekday for weekday, _, _ in days(read_markdown(text).plan)] == [None]
