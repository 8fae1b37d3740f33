"""Bold weekday labels under a heading that names their group (`# Weekend deep work` over
`**Saturday**` and `**Sunday**`): the labels are the days, titled by their names, and the heading
is their group, as `### Saturday` under `## Weekend` is."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "group_labels"


def _days(
    name: str,
) -> list[tuple[str | None, str | None, list[tuple[str, int, str | None]], tuple[str, ...]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (
            d.title,
            d.weekday,
            [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks],
            d.notes,
        )
        for d in plan.days
    ]


def test_bold_days_under_a_weekend_title_are_the_days() -> None:
    assert _days("en-weekend-title-over-bold-days.md") == [
        (
            "Saturday",
            "sat",
            [
                ("Start — plan the day", 15, "09:00"),
                ("Chapter 5 notes", 90, "09:15"),
                ("Problem set 5", 120, "11:30"),
            ],
            (),
        ),
        ("Sunday", "sun", [("Mock exam", 180, "10:00"), ("Marking", 60, "13:00")], ()),
    ]


def test_bold_days_under_a_german_weekend_title() -> None:
    assert _days("de-wochenende-over-bold-days.md") == [
        ("Samstag", "sat", [("Vokabeln", 30, None), ("Grammatik", 60, None)], ()),
        ("Sonntag", "sun", [("Probetest", 90, None)], ()),
    ]


def test_one_labelled_day_keeps_the_weekend_template() -> None:
    days = _days("en-one-labelled-day-stays.md")
    assert [(d[1], [b[0] for b in d[2]]) for d in days] == [
        ("sat", ["Flashcards", "Past paper"]),
        ("sun", ["Flashcards"]),
    ]
