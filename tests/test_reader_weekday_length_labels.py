"""A weekday label that holds the day's length (`- **Mon (1h):** Goroutines`): that weekday's
day, its one block that long and titled by the line, in its week."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.weekday_length_labels import weekday_length_labels
from tests.paths import DATA


def test_a_length_inside_a_weekday_label_is_the_days_block() -> None:
    plan = read_plan(DATA / "weekday_length_labels" / "length-in-the-label.md").plan
    days = [
        (d.week, d.weekday, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]
    assert days[:3] == [
        (1, "mon", [("Goroutines and the scheduler", 60)]),
        (1, "wed", [("Channels, buffered and not", 45)]),
        (1, "sat", [("Build a worker pool", 150)]),
    ]
    assert days[3:6] == [
        (2, "tue", [("Select, timeouts and cancellation", 60)]),
        (2, "thu", [("Select, timeouts and cancellation", 60)]),
        (2, "sat", [("Pipeline project", 180)]),
    ]


def test_only_a_bracket_that_is_a_length_moves() -> None:
    assert weekday_length_labels("- **Mon (1h):** Read") == "- **Mon:** Read (1h)"
    assert weekday_length_labels("* Tue (45 min): Read") == "* Tue: Read (45 min)"
    kept = [
        "- **Sun (optional):** Read the memory model",  # no length in the bracket
        "- **Mon (1h):** Arrays 30 min, Strings 30 min",  # the line's own lengths
        "- **Setup (1h):** Install Go",  # no weekday
        "- **Mon (9:00):** Standup",  # a time of day, not a length
    ]
    for line in kept:
        assert weekday_length_labels(line) == line
