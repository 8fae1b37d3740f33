"""Lines numbered with keycap emoji (`1️⃣ Scales – 20 min`): a numbered list, its lengths read."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.keycap_numbers import keycap_numbers
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings


def test_keycap_lines_under_a_label_are_the_days_blocks() -> None:
    result = read_plan(DATA / "keycap_numbers" / "keycap-lines-under-a-label.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Scales with the metronome", 20, None),
                ("New song, slow", 45, None),
                ("Play along with the record", 30, None),
                ("Notes in the practice log", 5, None),
            ],
        )
    ]
    blocks = result.plan.days[0].variants[0].blocks
    assert {b.session for b in blocks} == {"EVENING ROUTINE"}
    assert warnings(result) == []


def test_keycaps_without_the_variation_selector_leave_no_mark_in_titles() -> None:
    result = read_plan(DATA / "keycap_numbers" / "keycaps-without-variation-selector.md")
    assert day_blocks(result.plan) == [
        (None, [("Reading the schema", 15, None), ("Joins, by hand", 50, None)]),
        (None, [("Window functions", 40, None), ("Review of yesterday's queries", 20, None)]),
    ]
    assert warnings(result) == []


def test_a_keycap_in_a_heading_or_a_cell_stays_as_written() -> None:
    text = "## 1\ufe0f\u20e3 Storage\n| 2\ufe0f\u20e3 | Networks |\nSee 3\ufe0f\u20e3 above\n"
    assert keycap_numbers(text) == text


def test_keycap_ten_and_an_indent_are_kept_as_a_number() -> None:
    assert keycap_numbers("  \U0001f51f Mock exam – 90 min\n") == "  10. Mock exam – 90 min\n"
