"""Paragraph lines of start times with no day above them (`**9:00** Check-in`): one day."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from planexport.reader.outline import outline
from planexport.reader.span_paragraphs import timetable_start
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "start_paragraphs"


def test_bold_starts_under_a_title_are_one_day_with_afternoon_hours() -> None:
    result = read_plan(PLANS / "en-bold-times-twelve-hour.md")
    assert result.plan.title == "Open day at the lab"
    assert days(result.plan) == [(None, None, "Day 1")]
    # "1:00" after "12:00" is in the afternoon, as in a list of the same lines; lunch is a gap.
    assert pinned(result.plan, 0) == [
        ("Arrival and coffee", 45, "09:00"),
        ("Campus tour", 75, "09:45"),
        ("Lab visit", 60, "11:00"),
        ("Panel with former students", 90, "13:00"),
        ("Questions and wrap-up", 30, "14:30"),
    ]
    assert result.plan.days[0].notes == ("**12:00** Lunch",)  # as a bulleted line keeps it
    assert warnings(result) == []
    assert dict(result.block_lines) == {
        (0, 0, 0): 3,
        (0, 0, 1): 5,
        (0, 0, 2): 7,
        (0, 0, 3): 11,
        (0, 0, 4): 13,
    }


def test_whole_bold_lines_read_the_same_and_the_last_start_is_warned() -> None:
    result = read_plan(PLANS / "de-whole-line-bold.md")
    assert pinned(result.plan, 0) == [
        ("Ankommen, Unterlagen sortieren", 20, "08:00"),
        ("Wiederholung: Verteilungen", 100, "08:20"),
        ("Übungsblatt 4", 90, "10:00"),
    ]
    assert warnings(result) == ['11: "**11:45 Altklausur, Teil A**" has a start time but no length']


def test_plain_start_lines_after_a_sentence_end_at_the_closing_line() -> None:
    result = read_plan(PLANS / "es-plain-lines.md")
    assert pinned(result.plan, 0) == [
        ("Repaso de álgebra lineal", 90, "09:00"),
        ("Ejercicios de matrices", 90, "10:30"),
        ("Resumen de fórmulas", 60, "12:00"),
    ]
    assert result.plan.days[0].notes == ("Un sábado para ponerse al día antes del parcial.",)
    assert warnings(result) == []


def test_bullets_under_a_start_line_are_its_items() -> None:
    plan = read_plan(PLANS / "it-bold-times-with-notes.md").plan
    block = plan.days[0].variants[0].blocks[0]
    assert [i.text for i in block.items] == ["guanti e camice", "controllare le etichette"]
    assert pinned(plan, 0) == [
        ("Preparazione dei campioni", 75, "14:00"),
        ("Misure allo spettrometro", 105, "15:15"),
        ("Pulizia del banco", 20, "17:00"),
    ]


def test_one_start_line_in_prose_is_still_refused() -> None:
    with pytest.raises(PlanError) as caught:
        read_plan(PLANS / "pt-one-start-stays-refused.md")
    assert "1 line gives a time of day but no length or end time" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("# Day\n\n**9:00** Check-in\n\n**9:30** Talk\n", 1),
        ("# Day\n\nSome words first.\n\n09:00 Check-in\n\n09:30 Talk\n", 2),
        ("# Day\n\n**9:00** Check-in, then see how it goes.\n", None),
    ],
)
def test_where_the_day_of_start_paragraphs_starts(text: str, start: int | None) -> None:
    assert timetable_start(outline(text)) == start
