"""A timed table with two columns of what to read or do beside the block's title
(`| Focus | Resources | Specific Action Items |`, `| Topic | Details | Tasks |`): both are the
block's note, in the table's order, a line per `<br>`; neither is dropped."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

TWO = DATA / "two_note_columns"


def read(name: str) -> ReadResult:
    return read_plan(TWO / name)


def test_resources_and_action_items_are_both_the_note() -> None:
    result = read("en-resources-and-action-items.md")
    blocks = [(b.title, b.min_minutes, b.at, b.session, b.note) for _, b in blocks_of(result.plan)]
    assert blocks == [
        (
            "Moves and Copies",
            180,
            "08:30",
            "Morning",
            "• [The Book, ch. 4](https://doc.rust-lang.org/book/ch04-00-understanding-ownership.html)"
            "\n• Rustlings: move_semantics"
            "\n• Read ch. 4.1 and 4.2"
            "\n• Exercise: Fix five borrow checker errors",
        ),
        (
            "Slices",
            180,
            "11:45",
            "Afternoon",
            "• [The Book, ch. 4.3](https://doc.rust-lang.org/book/ch04-03-slices.html)"
            "\n• Build: A first_word function"
            "\n• Challenge: Return the last word too",
        ),
        (
            "Defining Structs",
            180,
            "08:30",
            "Morning",
            "• [The Book, ch. 5](https://doc.rust-lang.org/book/ch05-00-structs.html)"
            "\n• Model a library book as a struct",
        ),
    ]  # the break row is a gap between the sessions, not a block
    assert warnings(result) == []


def test_details_and_tasks_are_both_the_note() -> None:
    result = read("en-details-and-tasks.md")
    day = result.plan.days[0]
    assert [(b.title, b.min_minutes, b.at, b.note) for v in day.variants for b in v.blocks] == [
        ("Shell basics", 60, "18:00", "Slides 1-20\nTry ls, cd and pwd"),
        ("Pipes", 50, "19:10", "Slides 21-35\nCount lines in a log file"),
    ]
    assert warnings(result) == []
