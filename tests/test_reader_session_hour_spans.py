"""A part of the day with its bare hours in brackets (`**Morning (9–12)**`, `- **Afternoon
(1–3:30):** …`, in a table's first column or a list): pinned at the first hour, the afternoon's
and the evening's after noon."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.session_hour_spans import session_hour_spans
from tests.paths import DATA
from tests.reader_support import day_blocks

CASE = DATA / "session_hour_spans" / "one-edge-case.md"


def test_bracketed_hours_after_a_part_of_the_day_pin_its_blocks() -> None:
    assert day_blocks(read_plan(CASE).plan) == [
        (
            "mon",
            [
                ("Wedge three pounds of clay and read the kiln manual", 210, "08:00"),
                ("First pinch pots, then dry them slowly", 150, "12:30"),
                ("Sketch glaze ideas", 180, "21:00"),
            ],
        ),
        (
            "tue",
            [
                ("Centering drills on the wheel", 120, "09:00"),
                ("Studio lunch with the group", 60, "12:00"),
                ("Trimming the pinch pots", 150, "14:00"),
            ],
        ),
    ]


def test_only_a_part_of_the_day_names_its_hours() -> None:
    assert session_hour_spans("- **Afternoon (1–3:30):** x") == "- **Afternoon (13:00-15:30):** x"
    assert session_hour_spans("| Evening (9-12) |") == "| Evening (21:00-24:00) |"
    assert session_hour_spans("- Weeks (1-2): x") == "- Weeks (1-2): x"
    assert session_hour_spans("- Morning (9:00-12:00): x") == "- Morning (9:00-12:00): x"
    assert session_hour_spans("- Night (10-2): x") == "- Night (10-2): x"
