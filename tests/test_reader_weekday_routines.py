"""A week's routine by weekday labels: `- **Seg-Sex:** 2-3h de estudo por dia` (#12)."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "weekday_routines"
WORKWEEK = ["mon", "tue", "wed", "thu", "fri"]


def test_a_weekday_range_label_is_those_weekdays_never_the_title() -> None:
    result = read_plan(PLANS / "mo-fr-pro-tag.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == [*WORKWEEK, "sat", "sun"]
    for day in range(5):
        assert pinned(plan, day) == [("Vokabeln", 90, None)]
    assert pinned(plan, 5) == [("Probeklausur", 180, None)]
    # an untimed label is that weekday with nothing timed: a rest day titled by its text
    assert (plan.days[6].title, plan.days[6].variants) == ("frei", ())
    assert warnings(result) == []


def test_weekday_and_weekend_words_label_their_days() -> None:
    plan = read_plan(PLANS / "weekdays-weekend-words.md").plan
    assert [d.weekday for d in plan.days] == [*WORKWEEK, "sat", "sun"]
    assert pinned(plan, 0) == [("coding practice", 45, None)]
    assert [d.title for d in plan.days[5:]] == ["review the week's notes"] * 2
    assert all(not d.variants for d in plan.days[5:])


def test_a_per_day_phrase_after_the_length_is_no_part_of_the_title() -> None:
    plan = read_plan(PLANS / "ma-vr-per-dag.md").plan
    assert [d.weekday for d in plan.days] == [*WORKWEEK, "sat"]
    assert pinned(plan, 4) == [("Nederlands lezen", 60, None)]
    assert pinned(plan, 5) == [("gesprek met een buddy", 30, None)]


def test_labels_without_any_length_add_no_days() -> None:
    plan = read_plan(PLANS / "untimed-labels-only.md").plan
    assert [(d.weekday, d.title) for d in plan.days] == [(None, "Day 1")]
    assert pinned(plan, 0) == [("Reading", 30, None)]


def test_a_template_whose_every_label_is_timed_adds_no_days() -> None:
    result = read_plan(PLANS / "all-timed-template.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [(None, "Day 1")]
    assert [w.line for w in result.warnings] == [9, 10]  # each line said to be in no day
