"""A 12-hour table without am/pm read in order: `~9:00` is about 9:00, an end before its start is
the evening (`9:00–5:00`), a `—` cell is empty, and a skipped row still turns the clock."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "twelve_hour_rows"


def times(plan: Plan) -> list[tuple[str | None, int]]:
    return [(b.at, b.min_minutes) for v in plan.days[0].variants for b in v.blocks]


def messages(name: str) -> list[str]:
    return [f"{w.line}: {w.message}" for w in read_plan(PLANS / name).warnings]


def test_an_end_time_with_a_tilde_is_about_that_time() -> None:
    plan = read_plan(PLANS / "about-end-time.md").plan
    assert times(plan) == [("06:00", 90), ("08:00", 60), ("09:00", 180)]
    assert plan.days[0].variants[0].blocks[1].title == "Commute with flashcards"
    assert messages("about-end-time.md") == []


def test_a_dash_cell_is_empty_and_the_block_column_titles_the_row() -> None:
    plan = read_plan(PLANS / "dash-cell-title-from-block.md").plan
    # "9:00–5:00" ends before it starts: until five in the evening; the rows below follow it.
    # The job is busy time beside the day's study: a note, no block.
    assert times(plan) == [("06:00", 90), ("17:30", 60), ("19:00", 60)]
    assert plan.days[0].notes == ("09:00–17:00 job",)
    titles = [b.title for b in plan.days[0].variants[0].blocks]
    assert titles[1] == "run"
    assert messages("dash-cell-title-from-block.md") == [
        '8: read "job" as busy time, not study',
        '9: "run" read as starting at 17:30, after the line before',
        f'10: "{titles[2]}" read as starting at 19:00, after the line before',
    ]


def test_a_row_skipped_for_want_of_a_title_still_turns_the_clock() -> None:
    plan = read_plan(PLANS / "skipped-row-turns-the-clock.md").plan
    assert times(plan) == [("05:30", 105), ("19:00", 70), ("20:30", 60)]
    assert messages("skipped-row-turns-the-clock.md") == [
        '8: row "9:30–7:00" skipped: no title',
        # "~7:00" starts where the skipped row ends (19:00): no guess; "8:30" after 20:10 is one
        '10: "Gym" read as starting at 20:30, after the line before',
    ]
