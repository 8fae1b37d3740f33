"""A part of the day with its length in brackets, then the topic (`Morning (2 hours): Queue
Mechanics`): a block titled by the topic in that session, the bullets under it its points."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.part_labels import part_topic
from tests.paths import DATA
from tests.reader_support import blocks_of

PLAN = DATA / "part_topic_lines" / "one-edge-case.md"


def read() -> ReadResult:
    return read_plan(PLAN)


def sessions(result: ReadResult) -> list[tuple[int, str | None, str, int, list[str]]]:
    return [
        (d.number, b.session, b.title, b.min_minutes, [i.text for i in b.items])
        for d, b in blocks_of(result.plan)
    ]


def test_the_topic_titles_the_block_and_the_part_is_its_session() -> None:
    assert sessions(read()) == [
        (
            1,
            "Morning",
            "Queue Mechanics",
            120,
            ["Trace a queue by hand on a small grid", "Write the visited set before the loop"],
        ),
        (1, "Afternoon", "2D Shortest Paths", 90, ["Count steps on an unweighted maze"]),
        (1, "Evening", "Notes", 60, []),
        (2, "Morning", "Recursion Trees", 150, ["Draw the call stack for a five-node tree"]),
        (2, "Evening Session", "Pattern Journal", 60, []),
    ]


def test_a_time_limit_per_problem_is_a_pace_not_a_block() -> None:
    plan = read().plan
    assert [v.hours for d in plan.days for v in d.variants] == [4.5, 3.5]
    notes = plan.days[1].notes
    assert "Time limit: 25 minutes per medium, 40 minutes per hard" in notes


def test_the_line_rule() -> None:
    assert part_topic("Morning (2.5 hours): Technique Mastery")
    assert part_topic("Evening Session (1 hour) – Pattern Journal")
    assert not part_topic("Reading (2 hours): chapter 3")  # no part of the day: a note
    assert not part_topic("Morning (9:00-12:00): Algebra")  # a span: a session over its times
    assert not part_topic("Morning (2 hours)")  # nothing after it: the session's own block
