"""An HTML programme of parallel tracks (`Start | End | Talks | Workshops`) where one track
breaks while the other goes on: the session going on stays, the break is a gap in its track."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.html_tracks import joined_tracks
from tests.paths import DATA

PLANS = DATA / "track_breaks"


def test_a_workshop_runs_through_the_talks_coffee_break() -> None:
    result = read_plan(PLANS / "en-html-start-end-workshop-through-break.md")
    (day,) = result.plan.days
    assert [(b.title, b.min_minutes, b.at) for b in day.variants[0].blocks] == [
        ("Welcome", 30, "09:00"),
        ("Testing legacy code / Intro to Rust", 45, "09:30"),
        ("Intro to Rust", 30, "10:15"),  # the talks' coffee break: the workshop goes on
        ("Type hints at scale / Intro to Rust", 45, "10:45"),
        ("Closing", 30, "13:00"),  # "Lunch" and "Pause | Pause": breaks in every track
    ]
    assert [w.message for w in result.warnings] == [
        "parallel sessions in one row of an HTML table are read as one block titled by all of them"
    ]


def test_a_row_of_breaks_only_stays_a_break() -> None:
    rows = [
        ["Time", "Room A", "Room B"],
        ["09:00 - 10:00", "Talk A", "Talk B"],
        ["10:00 - 10:30", "Coffee break", "Coffee break"],
        ["10:30 - 11:00", "Lunch", "Hackathon"],
    ]
    joined = joined_tracks(rows)
    assert joined is not None
    assert joined[0][1:] == [
        ["09:00 - 10:00", "Talk A / Talk B"],
        ["10:00 - 10:30", "Coffee break / Coffee break"],
        ["10:30 - 11:00", "Hackathon"],
    ]
    assert joined[1]  # rows of parallel sessions were joined
