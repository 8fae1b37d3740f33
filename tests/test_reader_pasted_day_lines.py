"""Plans pasted as plain text, with no Markdown marks: a day line (`Day 2: Volumes (1-2 hours)`,
`Tag 2: Branches (90 Minuten)`, `Day 6-7: Project (3h/day)`) over the lines of that day, all in
one paragraph; a `📅 Week 2: …` line before them starts a week, and the first line, when
short, is the plan's title."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PASTED = DATA / "pasted_day_lines"


def read(name: str) -> ReadResult:
    return read_plan(PASTED / name)


def test_day_lines_over_their_lines_are_days_with_those_lines_as_items() -> None:
    result = read("en-day-lines-over-their-lines.md")
    plan = result.plan
    assert plan.title == "Docker From Scratch - A Two-Week Plan"  # the first line
    assert [(d.week, d.number, d.title) for d in plan.days] == [
        (1, 1, "Images & Containers"),
        (1, 2, "Volumes"),
        (1, 3, "Networking"),
        (2, 4, "Compose Files"),
        (2, 5, "Review"),
        (2, 6, "Small Project"),
        (2, 7, "Small Project"),
    ]
    lengths = [
        [(b.title, b.min_minutes, b.max_minutes) for v in d.variants for b in v.blocks]
        for d in plan.days
    ]
    assert lengths == [
        [("Images & Containers", 60, 120)],
        [("Volumes", 60, 120)],
        [("Networking", 120, 120)],
        [("Compose Files", 120, 180)],
        [("Review", 60, 60)],
        [("Small Project", 180, 180)],  # "(3h/day)" over both days
        [("Small Project", 180, 180)],
    ]
    assert list(plan.days[-1].notes) == []  # "💡 Tips That Help" below is a section of its own
    volumes = plan.days[1].variants[0].blocks[0]
    assert [i.text for i in volumes.items] == [
        "Steps:",
        "Practice: Keep a database's data across restarts",
        "Stretch: Mount a folder read-only",
    ]
    assert warnings(result) == [
        '7: day "Images & Containers" is 60–120 min; its lines give 30 min of it and some have'
        " no length: read as one block of 60–120 min, the lines its items",
    ]


def test_german_day_lines_read_alike() -> None:
    result = read("de-tageszeilen-ueber-ihren-zeilen.md")
    assert result.plan.title == "Git lernen in einer Woche"
    assert [
        (d.number, d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ] == [
        (1, "Commits und Verlauf", [("Commits und Verlauf", 60)]),
        (2, "Branches", [("Branches", 90)]),
        (3, "Konflikte", [("Konflikte", 60)]),
    ]
    first = result.plan.days[0].variants[0].blocks[0]
    assert [i.text for i in first.items] == [
        "Lesen: Kapitel 2 des Buches",
        "Üben: Zehn kleine Commits in einem Testordner",
    ]
    assert warnings(result) == []


def test_day_lines_over_timed_lines_give_each_line_its_block() -> None:
    result = read("en-day-lines-over-timed-lines.md")
    assert result.plan.title == "Learn Bash in 3 Days"
    assert [
        (d.number, d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ] == [
        (1, "Navigation", [("Read the man page of ls", 20), ("Practice cd, pwd and tree", 40)]),
        (2, "Pipes", [("Watch the pipes video", 15), ("Chain grep, sort and uniq", 45)]),
        (3, "Scripts", [("Write a backup script", 60)]),
    ]
    assert warnings(result) == []
