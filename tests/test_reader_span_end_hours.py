"""A clock span whose end carries an hour word (`10:00 a 13:00 horas`, `9:00 to 10:30 hours:
Glaze chemistry`): a span of the day, as `9:00 bis 14:00 Uhr` is; the end was read as a length
of 13 hours (`13:00 horas`) before. A length written `1:30 hours` stays a length."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

FOLDER = DATA / "span_end_hours"


def test_an_event_line_in_hours_over_its_agenda_is_no_block() -> None:
    result = read_plan(FOLDER / "frame-line-in-hours.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [("Amasado", 45, "10:00"), ("Centrado", 75, "11:00"), ("Primer cilindro", 45, "12:15")],
        )
    ]
    assert warnings(result) == []


def test_list_spans_with_an_hour_word_are_pinned_blocks() -> None:
    result = read_plan(FOLDER / "list-spans-in-hours.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Glaze chemistry", 90, "09:00"),
                ("Test tiles", 60, "11:00"),
                ("Reading the kiln log", 90, None),
            ],
        )
    ]
    assert warnings(result) == []
