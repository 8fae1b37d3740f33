"""Spans written with words (`de 9:00 a 10:30`, `19h às 20h`) and bold lines naming several
weekdays (`**Tuesday, Thursday**`, `**Weekend**`)."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

FOLDER = DATA / "span_words_days"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def blocks(result: ReadResult) -> list[tuple[str | None, list[tuple[str | None, int, str]]]]:
    return [
        (d.weekday, [(b.at, b.min_minutes, b.title) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]


def test_a_span_written_with_words_is_pinned_and_the_words_leave_the_title() -> None:
    result = read("word-spans.md")
    assert blocks(result) == [
        ("mon", [("08:30", 90, "Geometría"), ("10:15", 90, "Probabilidad")]),
        ("tue", [("08:00", 90, "Filosofia"), ("16:00", 90, "Inglese")]),
        ("wed", [("08:00", 75, "Chemie")]),
        ("thu", [("08:00", 90, "Biologie")]),
        ("fri", [("08:00", 120, "Histoire"), ("13:15", 45, "Géographie")]),
        ("sat", [("18:00", 90, "Redação"), ("20:00", 60, "Química")]),
        ("sun", [("09:00", 75, "Past paper"), ("13:00", 90, "Corrections")]),
    ]
    assert warnings(result) == []


def test_a_bold_line_naming_several_weekdays_gives_each_of_them_its_lines() -> None:
    result = read("bold-weekday-groups.md")
    assert blocks(result) == [
        ("mon", [("07:00", 60, "Swim")]),
        ("tue", [("18:00", 90, "Track intervals")]),
        ("wed", [("06:30", 45, "Kraft")]),
        ("thu", [("18:00", 90, "Track intervals")]),
        ("fri", [("06:30", 45, "Kraft")]),
        ("sat", [("09:00", 120, "Long ride")]),
        ("sun", [("09:00", 120, "Long ride")]),
    ]
    # In the week's order, each titled by the line that names it.
    assert [d.title for d in result.plan.days] == [
        "Monday",
        "Tuesday, Thursday",
        "Mittwoch und Freitag",
        "Tuesday, Thursday",
        "Mittwoch und Freitag",
        "Weekend",
        "Weekend",
    ]
    assert warnings(result) == []


def test_a_short_weekday_after_the_day_number_names_the_days_weekday() -> None:
    result = read("short-weekday-headings.md")
    assert [(d.number, d.weekday, d.title) for d in result.plan.days] == [
        (1, "mon", "Setup"),
        (2, "tue", "Git"),
        (3, "wed", "Testing"),
        # "(DOM)" is the topic's word, not Sunday's short name
        (4, None, "Events"),
    ]


def test_a_weekday_alone_on_the_line_above_times_is_that_day() -> None:
    result = read("weekday-label-paragraphs.md")
    assert blocks(result) == [
        ("mon", [("08:00", 90, "Mathe"), ("09:45", 90, "Deutsch")]),
        ("tue", [("08:00", 60, "Englisch")]),
    ]
    # Times above the first day are said, never lost quietly.
    assert warnings(result) == ['3: "07:00 - 07:30 Frühsport" is in no day: not read']


def test_a_list_of_bare_hours_is_a_timetable_read_round_noon() -> None:
    result = read("bare-hour-lists.md")
    _, _, wed, thu = result.plan.days
    assert blocks(result)[:2] == [
        ("mon", [("09:00", 120, "Maths"), ("11:30", 90, "Physics"), ("14:00", 120, "Chemistry")]),
        ("tue", [("08:00", 120, "Biology"), ("13:00", 120, "History")]),
    ]
    # Counts stay counts: before six in the morning, or lines with a length of their own.
    assert not wed.variants
    assert wed.notes == ("3-5 problems on arrays", "2-3 mock interviews")
    assert [(b.at, b.min_minutes, b.title) for v in thu.variants for b in v.blocks] == [
        (None, 60, "8-10 pages"),
        (None, 30, "10-12 flashcards"),
    ]
