"""A grid cell that shares its slot out by times of its own (`Gym (9:00 - 10:15), Shower`): a
block per part at its time inside the slot, untimed parts in the time the others leave."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.cell_spans import cell_spans
from tests.paths import DATA
from tests.reader_support import pinned, warnings

SPANS = DATA / "cell_spans"


def test_each_part_of_a_cell_is_a_block_at_its_own_time() -> None:
    result = read_plan(SPANS / "shared-slots.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert pinned(plan, 0) == [
        ("Lectures", 120, "07:00"),
        ("Lab", 180, "09:00"),
        ("Problem sets", 120, "14:00"),
        ("Gym", 45, "17:00"),
    ]
    # Breakfast and Coffee are breaks inside their slots; 2:00 - 2:30 is in the afternoon row
    assert pinned(plan, 5) == [
        ("Swim", 60, "07:00"),
        ("Flashcards", 60, "09:30"),
        ("Past paper", 90, "10:30"),
        ("Essay plan", 90, "14:30"),
        ("Piano", 45, "17:15"),
    ]
    assert pinned(plan, 6) == [
        ("Long run", 75, "07:00"),
        ("Notes review", 180, "09:00"),
        ("Reading", 60, "15:00"),
        ("Stretching", 60, "17:00"),
    ]
    assert warnings(result) == []


def test_times_that_do_not_fit_the_slot_leave_the_cell_as_written() -> None:
    plan = read_plan(SPANS / "times-outside-the-slot.md").plan
    assert pinned(plan, 0) == [
        ("Algebra (8:00 - 9:00), proofs", 120, "09:00"),
        ("Revision (15:00 - 17:00)", 120, "14:00"),
    ]


def test_untimed_parts_share_the_time_left_beside_the_timed_ones() -> None:
    assert cell_spans("Gym (9:00 - 10:15), Shower", 540, 120) == [
        ("Gym", 540, 75),
        ("Shower", 615, 45),
    ]
    assert cell_spans("Warm-up, drills, Match (10:00 - 11:00)", 540, 120) == [
        ("Warm-up", 540, 30),
        ("drills", 570, 30),
        ("Match", 600, 60),
    ]
    assert cell_spans("Photo (until 8:30), Guitar (8:30 - 9:00)", 19 * 60, 120) == [
        ("Photo", 19 * 60, 90),
        ("Guitar", 20 * 60 + 30, 30),
    ]


def test_cells_without_own_times_or_with_overlaps_are_not_shared_out() -> None:
    assert cell_spans("Reading (chapter 3)", 540, 60) is None
    assert cell_spans("A (9:00 - 10:00), B (9:30 - 10:00)", 540, 60) is None
    assert cell_spans("Notes, A (9:00 - 10:00)", 540, 60) is None
