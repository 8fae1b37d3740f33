"""A part of the day with bare hours in brackets (`**Morning (9–12)**: Graphs`, `### Tarde
(4-6)`): a span of the clock in the half of the day the label names."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.session_hour_spans import session_hour_spans as part_hours
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


def test_bare_hours_take_the_half_of_the_day_their_label_names() -> None:
    assert part_hours("- Chapters (1-3): read") == "- Chapters (1-3): read"  # no part of the day
    assert (
        part_hours("### Nachmittag (2 - 5)\n- Projekt") == "### Nachmittag (14:00-17:00)\n- Projekt"
    )
    assert part_hours("- Midday (12-2): lunch talk") == "- Midday (12:00-14:00): lunch talk"
    assert part_hours("- Abend (19-21): Vokabeln") == "- Abend (19:00-21:00): Vokabeln"
