"""A bold subtitle right under a timed lesson phase (`### 2. Pair work (15 minutes)` over
`**Practice phase**` over its steps) is a part of the phase: its steps, timed or not, are that
part's items, not the day's notes and blocks of their own beside the phase."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

FOLDER = DATA / "phase_subtitles"


def test_timed_steps_under_a_subtitle_stay_inside_their_phase() -> None:
    result = read_plan(FOLDER / "subtitle-over-timed-steps.md")
    assert [(d.title, d.weekday) for d in result.plan.days] == [
        ("Lesson: Reading a bus timetable", None)
    ]
    assert blocks_with_items(result.plan) == [
        ("Starter", 5, None, ["Wake the class up"]),
        ("Pair work", 15, None, ["Practice phase"]),
        ("Exit ticket", 5, None, ["Check understanding"]),
    ]
    pair = result.plan.days[0].variants[0].blocks[1].items[0]
    assert [c.text for c in pair.children] == ["Partners share one timetable", "Three rounds:"]
    assert [c.text for c in pair.children[1].children] == [
        "A asks a departure, B finds it (5 min)",
        "Swap roles (5 min)",
        "Without the sheet (5 min)",
    ]
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


def test_an_instruction_with_minutes_under_a_subtitle_is_no_block() -> None:
    result = read_plan(FOLDER / "subtitle-over-an-instruction.md")
    assert [(t, m) for t, m, _, _ in blocks_with_items(result.plan)] == [
        ("Abertura", 5),
        ("Atividade em duplas", 10),
        ("Encerramento", 5),
    ]
    pairs = result.plan.days[0].variants[0].blocks[1].items[0]
    assert pairs.text == "Trabalho em pares"
    assert "Dar 3 minutos para dobrar as quantidades" in [c.text for c in pairs.children]
    assert warnings(result) == []


def test_a_bold_session_name_over_timed_lines_still_groups_them() -> None:
    result = read_plan(FOLDER / "subtitle-near-miss-session.md")
    blocks = [b for d in result.plan.days for v in d.variants for b in v.blocks]
    assert [(b.title, b.min_minutes, b.session) for b in blocks] == [
        ("Set up the microphones", 30, "Morning"),
        ("Record the first episode", 90, "Morning"),
    ]
