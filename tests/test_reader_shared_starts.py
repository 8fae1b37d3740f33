"""Start-time agenda rows that share a start: groups or rooms side by side, none dropped."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "shared_starts"


def test_two_groups_at_one_start_both_last_until_the_next_start() -> None:
    result = read_plan(PLANS / "en-two-groups-one-start.md")
    assert pinned(result.plan, 0) == [
        ("Warm-up", 15, "10:00"),
        ("Passing - group A", 30, "10:15"),
        ("Shooting - group B", 30, "10:15"),
        ("Small-sided game", 30, "10:45"),
    ]
    assert warnings(result) == []


def test_three_rooms_at_one_start_last_until_the_break() -> None:
    result = read_plan(PLANS / "nl-three-rooms-one-start.md")
    assert pinned(result.plan, 0) == [
        ("Opening", 20, "13:00"),
        ("Workshop Excel", 70, "13:20"),
        ("Workshop Python", 70, "13:20"),
        ("Workshop R", 70, "13:20"),
        ("Terugkoppeling", 30, "14:45"),
    ]
    assert warnings(result) == []


def test_a_shared_last_start_warns_for_each_row() -> None:
    result = read_plan(PLANS / "de-shared-last-start.md")
    assert pinned(result.plan, 0) == [("Begrüßung", 30, "09:00")]
    found = warnings(result)
    assert len(found) == 2
    assert 'row "Gruppe 1: Entwurf" has a start time but no length' in found[0]
    assert 'row "Gruppe 2: Tests" has a start time but no length' in found[1]


def test_a_shared_start_in_a_later_time_column_is_read_for_both_rows() -> None:
    result = read_plan(PLANS / "es-shared-start-time-column.md")
    assert pinned(result.plan, 0) == [
        ("Presentación", 20, "16:00"),
        ("Problemas de física", 40, "16:20"),
        ("Problemas de química", 40, "16:20"),
        ("Examen simulado", 60, "17:00"),
    ]
