"""Table cells read as a person reads them: parallel `<br>` entries, Dutch hours, spans in
column headers, and header-less agendas with the room first."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

CELLS = DATA / "grid-cells"


def read(name: str) -> ReadResult:
    return read_plan(CELLS / name)


def test_br_entries_alike_are_one_slot_for_both_and_a_place_stays_a_note() -> None:
    result = read("br-parallel-tutors.md")
    plan = result.plan
    assert days(plan) == [("mon", None, "Montag"), ("tue", None, "Dienstag")]
    assert pinned(plan, 0) == [
        ("Anna Berg (Raum 12) / Luis Ortega (Online)", 60, "09:00"),
        ("Chemistry", 60, "10:00"),
    ]
    blocks = plan.days[0].variants[0].blocks
    assert [b.note for b in blocks] == [None, "Lab B"]
    assert pinned(plan, 1) == [("Mara Keller (Raum 3)", 60, "09:00")]
    assert warnings(result) == []


def test_dutch_hours_with_u_are_clock_times() -> None:
    result = read("dutch-u-hours.md")
    plan = result.plan
    assert days(plan) == [("mon", None, "Maandag"), ("thu", None, "Donderdag")]
    assert pinned(plan, 0) == [("Gitaar", 60, "09:00"), ("Zang", 60, "19:00")]
    assert pinned(plan, 1) == [("Piano", 60, "13:30"), ("Drums", 60, "19:00")]
    assert warnings(result) == []


def test_a_header_less_agenda_is_titled_by_its_activity_and_no_length_comes_from_a_link() -> None:
    result = read("headerless-room-first.md")
    plan = result.plan
    assert len(plan.days) == 1
    assert pinned(plan, 0) == [
        ("Begrüßung und Einführung in das Projekt", 30, "09:00"),
        ("Arbeit in Kleingruppen", 150, "09:30"),
    ]
    assert [b.note for b in plan.days[0].variants[0].blocks] == ["Aula", "Raum 1.12"]
    # "a1B9M=" in the link's address is no "9 M(inutes)": the last row has no length.
    assert warnings(result) == [
        '7: row "Präsentation der Ergebnisse" has a start time but no length'
    ]


def test_cells_under_a_header_with_a_span_are_blocks_at_that_span() -> None:
    result = read("header-span-sessions.md")
    plan = result.plan
    assert days(plan) == [("mon", None, "Monday"), ("wed", None, "Wednesday")]
    assert pinned(plan, 0) == [("Scales", 45, "07:00"), ("Bach prelude", 60, "18:30")]
    assert [b.session for b in plan.days[0].variants[0].blocks] == ["Morning", "Evening"]
    assert pinned(plan, 1) == [("Arpeggios", 45, "07:00")]
    assert warnings(result) == []


def test_a_header_timed_table_beside_the_plans_days_is_warned_not_dropped() -> None:
    result = read("header-span-beside-weekday-days.md")
    assert pinned(result.plan, 0) == [("Arrays", 60, "09:00")]
    assert pinned(result.plan, 1) == [("Strings", 60, "09:00")]
    assert warnings(result) == [
        '13: table "Day | Session 1 (3:30 PM - 5:00 PM)" is in no day: not read'
    ]
