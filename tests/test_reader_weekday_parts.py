"""Parts of a heading of several weekdays that name their own weekday: `**Saturday (90 min)**`
under `### Weekend: …`, and bullets labelled `**Mon:**` or `**Tue/Thu →**` under a block shared
by the days of `## Monday – Wednesday`. Each part is read on its weekday only."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, day_blocks, pinned, warnings

PLANS = DATA / "weekday_parts"


def _items(path: str) -> list[tuple[str | None, list[list[str]]]]:
    plan = read_plan(PLANS / path).plan
    return [
        (day.weekday, [[i.text for i in b.items] for v in day.variants for b in v.blocks])
        for day in plan.days
    ]


def test_weekend_bold_leads_give_each_day_its_own_part() -> None:
    result = read_plan(PLANS / "weekend-bold-leads.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Saturday", 90, None)]),
        ("sun", [("Sunday", 30, None)]),
    ]
    assert [b.note for d in result.plan.days for v in d.variants for b in v.blocks] == [
        "only if the kiln is free",
        "a quiet day",
    ]
    assert warnings(result) == []


def test_labelled_bullets_under_a_shared_block_stay_on_their_weekday() -> None:
    assert _items("range-labelled-bullets.md") == [
        ("mon", [["**Mon:** C major, two octaves"], ["Bach suite, first page"]]),
        ("tue", [["**Tue:** G major with slurs"], ["Bach suite, first page"]]),
        ("wed", [["**Wed:** D major, slow bow"], ["Bach suite, first page"]]),
    ]
    assert day_blocks(read_plan(PLANS / "range-labelled-bullets.md").plan)[1] == (
        "tue",
        [("Scales", 60, "18:00"), ("Repertoire", 30, "19:15")],
    )


def test_bullets_naming_a_list_of_weekdays_go_to_each_of_them() -> None:
    assert _items("weekday-lists-joined.md") == [
        ("mon", [["Mon/Wed/Fri → Intervals on the track"]]),
        ("tue", [["Tue/Thu → Easy loop by the river"]]),
        ("wed", [["Mon/Wed/Fri → Intervals on the track"]]),
        ("thu", [["Tue/Thu → Easy loop by the river"]]),
        ("fri", [["Mon/Wed/Fri → Intervals on the track"]]),
    ]


def test_one_weekday_part_after_a_shared_block_is_read_on_that_day_only() -> None:
    plan = read_plan(PLANS / "one-labelled-part.md").plan
    assert day_blocks(plan) == [
        ("sat", [("Warm-up", 20, None), ("Saturday", 60, None)]),
        ("sun", [("Warm-up", 20, None)]),
    ]


def test_labels_naming_days_outside_the_heading_leave_every_day_as_it_was() -> None:
    assert _items("labels-naming-other-days.md") == [
        ("sat", [["**Mon:** review the saturday words", "**Tue:** write five sentences"]]),
        ("sun", [["**Mon:** review the saturday words", "**Tue:** write five sentences"]]),
    ]


def test_labels_with_other_words_than_weekdays_are_not_parts_of_one_day() -> None:
    plan = read_plan(PLANS / "labels-with-other-words.md").plan
    assert (
        blocks_with_items(plan)
        == [
            (
                "Figure drawing",
                60,
                None,
                [
                    "**Monday review:** look at last week's pages",
                    "**Tuesday model:** the long pose",
                ],
            ),
        ]
        * 2
    )


def test_lines_led_by_one_weekday_of_the_group_are_that_days_only() -> None:
    # "- Saturday 09:30 – 12:00 → …" under "## Weekend": Saturday's block, not Sunday's too.
    plan = read_plan(PLANS / "weekday-led-lines.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "sat", "sun"]
    assert pinned(plan, 1) == [
        ("Lab report write-up", 150, "09:30"),
        ("Plan the week ahead", 30, "19:00"),
    ]
    assert pinned(plan, 2) == [("Plan the week ahead", 30, "19:00")]
