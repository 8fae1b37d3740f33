"""A rest day among short weekday lines (`- Sun: Rest` beside `- Sat: Full mock test 3 hrs`): an
empty day of its own, and the week's other lines still its days."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA

FOLDER = DATA / "short_weekday_rests"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_a_rest_line_keeps_the_weeks_short_weekday_lines_as_days() -> None:
    result = read("rest-among-short-weekdays.md")
    assert [
        (
            d.week,
            d.weekday,
            d.title,
            [(b.title, b.min_minutes) for v in d.variants for b in v.blocks],
        )
        for d in result.plan.days
    ] == [
        (1, "mon", "Listening section 1-2", [("Listening section 1-2", 90)]),
        (1, "wed", "Writing task 1", [("Writing task 1", 60)]),
        (1, "sat", "Full mock test", [("Full mock test", 180)]),
        (1, "sun", "Rest", []),
        (2, "tue", "Speaking part 2 cue cards", [("Speaking part 2 cue cards", 45)]),
        (2, "thu", "off", []),
        (2, "sat", "Full mock test 2", [("Full mock test 2", 180)]),
    ]
    assert result.warnings == ()
