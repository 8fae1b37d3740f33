"""Event agendas and study weeks: nothing timed lost, nothing counted twice."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.model import Block, Day, Variant
from planexport.reader import ReadResult, read_plan
from planexport.reader.restated_blocks import without_restated
from planexport.reader.until_ends import until_end
from planexport.scheduling import ScheduleOptions, schedule
from tests.paths import DATA
from tests.reader_support import dated_days, undated, warnings

SMALL = DATA / "event_agendas"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_the_same_weekday_and_date_twice_is_one_day_of_both_parts() -> None:
    result = read("en-friday-same-date-two-sections.md")
    assert dated_days(result.plan) == [
        (
            None,
            "fri",
            dt.date(2027, 5, 14),
            "Boat trip / Quiz night",
            [("Sailing round the bay", 180, "09:30"), ("Pub quiz", 180, "19:00")],
        ),
        (None, "sat", dt.date(2027, 5, 15), "Walk", [("Cliff path", 180, "10:00")]),
    ]
    assert [d.number for d in result.plan.days] == [1, 2]
    assert warnings(result) == [
        '7: "Friday 14 May — Quiz night" names the weekday and date of '
        '"Friday 14 May — Boat trip" (line 3): read as one day, its blocks joined'
    ]
    assert result.block_lines[(0, 0, 1)] == 9
    assert result.block_lines[(1, 0, 0)] == 13


def test_a_block_both_sections_of_a_date_give_is_read_once() -> None:
    result = read("de-samstag-same-block-twice.md")
    assert dated_days(result.plan) == [
        (
            None,
            "sat",
            None,
            "Aufbau / Fest",
            [
                ("Zelte aufbauen", 120, "08:00"),
                ("Probe", 60, "10:00"),
                ("Gartenfest", 300, "15:00"),
            ],
        ),
        (None, "sun", None, "Sonntag, 6. September", [("Frühschoppen", 120, "11:00")]),
    ]
    assert result.plan.days[0].variants[0].hours == 8
    # The year is nowhere: one warning that the dates are not read, one for the joined day.
    assert [w.line for w in result.warnings] == [3, 8]


def test_an_untimed_first_section_of_a_date_keeps_its_note_and_takes_the_blocks() -> None:
    result = read("fr-vendredi-first-section-untimed.md")
    friday = result.plan.days[0]
    assert (friday.weekday, friday.title) == ("fri", "arrivée / accueil")
    assert friday.notes == (
        "Chacun vient par ses propres moyens ; l'hôtel est à dix minutes de la gare.",
    )
    assert [(b.title, b.min_minutes, b.at) for v in friday.variants for b in v.blocks] == [
        ("Apéritif d'accueil", 120, "18:00")
    ]
    assert [d.weekday for d in result.plan.days] == ["fri", "sat"]
    # Saturday follows Friday in the same week, not a week later.
    days = schedule(result.plan, ScheduleOptions(start=dt.date(2026, 12, 7), tz="UTC")).days
    assert [d.date for d in days if d.blocks] == [dt.date(2026, 12, 11), dt.date(2026, 12, 12)]


def test_the_same_weekday_on_two_dates_stays_two_days() -> None:
    result = read("es-viernes-two-dates-two-days.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("fri", "Llegada"),
        ("fri", "Salida"),
    ]
    assert warnings(result) == [
        undated("Viernes 3 de julio — Llegada", "3 de julio", "Friday", line=3)
    ]


def test_a_start_row_that_says_until_when_is_a_span_past_midnight() -> None:
    result = read("en-reception-row-until-after-midnight.md")
    assert dated_days(result.plan) == [
        (
            None,
            "sat",
            None,
            "Jubilee",
            [
                ("Service in the chapel", 210, "15:00"),
                ("Dinner and dancing in the barn", 360, "18:30"),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_last_start_line_with_bis_uhr_ends_then_not_four_hours_later() -> None:
    result = read("de-feier-bis-uhr-in-list.md")
    blocks = [
        (b.title, b.min_minutes, b.at) for v in result.plan.days[0].variants for b in v.blocks
    ]
    assert blocks[-1] == ("Sommerfest im Garten", 360, "19:00")
    assert warnings(result) == []


def test_jusqua_in_brackets_ends_the_row_and_leaves_the_title() -> None:
    result = read("fr-soiree-jusqua-in-row.md")
    blocks = [
        (b.title, b.min_minutes, b.at) for v in result.plan.days[0].variants for b in v.blocks
    ]
    assert blocks == [("Accueil des participants", 120, "18:00"), ("Soirée dansante", 360, "20:00")]


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Reception, carrying on until 1:00 AM", 19 * 60, (360, "Reception")),
        ("Party until midnight", 20 * 60, (240, "Party")),
        ("Feier bis 1 Uhr", 19 * 60, (360, "Feier")),
        ("Soirée (jusqu'à 2h)", 20 * 60, (360, "Soirée")),
        ("Cena hasta las 23:30", 20 * 60, (210, "Cena")),
        ("Festa fino alle 2:00", 20 * 60, (360, "Festa")),
        ("Jantar até às 23h", 20 * 60, (180, "Jantar")),
        ("Feest tot 01:00", 20 * 60, (300, "Feest")),
        ("Dinner until 11:30", 19 * 60, (270, "Dinner")),  # 7 PM, then 11:30 is the evening
    ],
)
def test_until_end_in_each_language(text: str, start: int, expected: tuple[int, str]) -> None:
    assert until_end(text, start) == expected


def test_until_end_reads_no_end_that_is_none_or_a_day_away() -> None:
    assert until_end("Reception at the barn", 19 * 60) is None
    assert until_end("Breakfast until 8:00", 9 * 60) is None  # 23 hours: no end of this start


def day_of(result: ReadResult, index: int) -> list[tuple[str, int, int, str | None]]:
    day = result.plan.days[index]
    return [(b.title, b.min_minutes, b.max_minutes, b.at) for v in day.variants for b in v.blocks]


def test_a_span_in_the_prose_of_a_named_day_is_that_event() -> None:
    result = read("en-party-span-in-prose.md")
    assert day_of(result, 0) == [("Garden party", 240, 240, "16:00")]
    assert result.plan.days[0].notes == ()  # the sentence is the block now
    assert result.block_lines[(0, 0, 0)] == 5
    assert warnings(result) == []


def test_spans_in_the_prose_of_a_weekday_are_titled_by_their_sentences() -> None:
    result = read("de-two-spans-in-prose-titled-by-sentence.md")
    assert day_of(result, 0) == [
        ("Stadtführung durch die Altstadt", 120, 120, "10:00"),
        ("Danach Museumsbesuch", 150, 150, "14:00"),
    ]
    assert result.plan.days[0].notes  # two sentences: the paragraph stays the day's note


def test_a_time_alone_in_a_days_prose_is_said_not_read() -> None:
    result = read("fr-point-time-in-prose-warned.md")
    assert result.plan.days[0].is_rest
    assert warnings(result) == [
        '5: "Rendez-vous à 9:30 devant la gare." gives a time but no end or length: '
        "not read as a block"
    ]


def test_a_weekend_heading_over_a_prose_line_with_a_length_is_both_days() -> None:
    result = read("es-weekend-prose-line-with-length.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("mon", "Lunes"),
        ("sat", "Fin de semana"),
        ("sun", "Fin de semana"),
    ]
    assert day_of(result, 1) == [("repasar los apuntes", 60, 120, None)]
    assert day_of(result, 2) == [("repasar los apuntes", 60, 120, None)]


def test_a_weekend_prose_line_keeps_its_second_sentence_as_a_note() -> None:
    result = read("it-weekend-prose-two-sentences.md")
    assert day_of(result, 1) == [("esercizi di statistica", 120, 120, None)]
    assert "Se resta tempo" in result.plan.days[2].notes[0]


def test_a_task_to_attend_a_listed_class_is_not_a_second_class() -> None:
    result = read("es-task-restates-class.md")
    assert day_of(result, 0) == [
        ("✅ Clase 5", 90, 90, None),
        ("Resolver la hoja de ejercicios", 45, 45, None),
    ]
    assert result.plan.days[0].variants[0].min_minutes == 135
    assert result.block_lines[(0, 0, 1)] == 8  # the lines follow the blocks left
    assert (0, 0, 2) not in result.block_lines


def test_assister_au_cours_with_the_same_length_is_the_course_once() -> None:
    result = read("fr-assister-au-cours-once.md")
    assert day_of(result, 0) == [
        ("Cours 4 : probabilités", 90, 90, None),
        ("Relire les notes", 30, 30, None),
    ]


def test_attending_for_another_length_stays_its_own_block() -> None:
    result = read("de-vorlesung-teilnehmen-other-length.md")
    assert [b[0] for b in day_of(result, 0)] == [
        "Vorlesung 7",
        "An Vorlesung 7 teilnehmen",
        "Übungsblatt rechnen",
    ]


@pytest.mark.parametrize(
    ("listed", "task"),
    [
        ("Lecture 4", "Attend Lecture 4"),
        ("Vorlesung 7", "An Vorlesung 7 teilnehmen"),
        ("Clase 2", "Asistir a Clase 2"),
        ("Cours 4", "Assister au cours 4"),
        ("Lezione 3", "Partecipare alla Lezione 3"),
        ("Aula 2", "Assistir à Aula 2"),
        ("Hoorcollege 2", "Hoorcollege 2 bijwonen"),
    ],
)
def test_attend_verbs_in_each_language(listed: str, task: str) -> None:
    day = Day(
        number=1,
        title="Day",
        variants=(
            Variant(
                hours=3,
                blocks=(
                    Block(title=listed, min_minutes=90, max_minutes=90),
                    Block(title=task, min_minutes=90, max_minutes=90),
                ),
            ),
        ),
    )
    lines = {(0, 0, 0): 3, (0, 0, 1): 7}
    (kept,) = without_restated([day], lines)
    assert [b.title for b in kept.variants[0].blocks] == [listed]
    assert kept.variants[0].hours == 1.5
    assert lines == {(0, 0, 0): 3}


def test_a_labelled_prose_line_with_a_length_in_no_day_is_said_not_read() -> None:
    result = read("en-labelled-prose-line-in-no-day.md")
    assert [d.weekday for d in result.plan.days] == ["mon"]
    assert warnings(result) == [
        '9: "Weekend: go over the problem sets (2-3 hours)." is in no day: not read'
    ]
