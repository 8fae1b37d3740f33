"""A bold line that is a label and a full date (`**Training 3 March 2024**`) is a dated day;
`10’` is ten minutes; a length inside a link's text leaves the link's text whole."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "dated_labels"


def _blocks(name: str) -> list[list[tuple[str, int]]]:
    plan = read_plan(PLANS / name).plan
    return [[(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in plan.days]


def test_bold_labelled_dates_are_days_and_an_untimed_one_is_said() -> None:
    result = read_plan(PLANS / "en-training-dated-bold-lines.md")
    plan = result.plan
    assert [(d.weekday, d.date, d.title) for d in plan.days] == [
        ("sun", dt.date(2024, 3, 3), "Training 3 March 2024"),
        ("tue", dt.date(2024, 3, 5), "Training 5 March 2024"),
    ]
    assert _blocks("en-training-dated-bold-lines.md") == [
        [("Warm-up jog", 10), ("Intervals: Track session on the oval", 20)],
        [],
    ]
    assert plan.days[1].notes == ("Core circuit: plank, crunches", "Stretching")
    assert warnings(result) == [
        '8: "Training 5 March 2024" has nothing timed: its lines are kept as notes'
    ]


def test_a_label_with_a_little_word_and_a_length_after_the_date_is_a_day_too() -> None:
    plan = read_plan(PLANS / "fr-seance-du-dated.md").plan
    assert [(d.weekday, d.date) for d in plan.days] == [
        ("tue", dt.date(2024, 3, 5)),
        ("thu", dt.date(2024, 3, 7)),
    ]
    assert _blocks("fr-seance-du-dated.md") == [
        [("Échauffement", 15), ("Fractionné", 25)],
        [("Footing", 45)],
    ]
    assert plan.days[1].notes == ("Gainage 30’’ x 3",)  # a doubled prime is seconds
