"""A part of the day with bare hours in brackets (`**Morning (9–12)**: Graphs`, `### Tarde
(4-6)`): a span of the clock in the half of the day the label names."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.part_hours import part_hours
from tests.paths import DATA
from tests.reader_support import blocks_of, day_blocks, warnings

SMALL = DATA / "part_hours"


def test_labels_with_bare_hours_pin_their_topics_in_the_half_they_name() -> None:
    result = read_plan(SMALL / "labels-with-bare-hours.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Graph algorithms", 180, "09:00"),
                ("System design drills", 150, "13:00"),
                ("Mock interview with a friend", 90, "19:00"),
            ],
        ),
        ("tue", [("Dynamic programming", 180, "10:00"), ("Portfolio project", 180, "14:00")]),
    ]
    sessions = [block.session for _, block in blocks_of(result.plan)]
    assert sessions == ["Morning", "Afternoon", "Evening", "Morning", "Afternoon"]
    # "Chapters" names no part of the day: its brackets stay a count, the line a note.
    assert result.plan.days[1].notes == ("Chapters (1-3): skim the notes",)
    assert warnings(result) == []


def test_session_headings_with_bare_hours_are_blocks_of_their_bullets() -> None:
    result = read_plan(SMALL / "sessions-in-spanish.md")
    blocks = [
        (b.title, b.min_minutes, b.at, [i.text for i in b.items]) for _, b in blocks_of(result.plan)
    ]
    assert blocks == [
        ("Mañana", 180, "09:00", ["Química orgánica: reacciones", "Ejercicios del tema 4"]),
        ("Tarde", 120, "16:00", ["Física: problemas de dinámica"]),
        ("Noche", 60, "21:00", ["Repaso de tarjetas"]),
    ]
    assert warnings(result) == []


def test_hours_that_cannot_be_that_part_of_the_day_stay_as_written() -> None:
    kept = [
        "- Morning (7-19): the whole day",  # longer than a part of the day
        "- Afternoon (9-11): late start",  # 9 is no afternoon hour
        "- Evening (7:00-8:30): both ends with minutes, read as a clock span elsewhere",
        "- Midday (12-2): no half named",
        "- Chapters (1-3): read",
        "- Abend (19-21): already the 24-hour clock",
    ]
    for line in kept:
        assert part_hours(line) == line
    assert (
        part_hours("### Nachmittag (2 - 5)\n- Projekt") == "### Nachmittag (14:00-17:00)\n- Projekt"
    )
    assert part_hours("- Night (11-1): review") == "- Night (23:00-01:00): review"
