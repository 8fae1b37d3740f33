"""A code block closed by a fence with an info string (```` ```text ````) ends there: the days
after it are read, with one warning naming the line; a block that closes is never touched."""

from __future__ import annotations

from planexport.reader import read_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

FENCES = DATA / "fence_ends"


def test_a_block_closed_by_a_text_fence_ends_there_and_the_later_days_read() -> None:
    result = read_plan(FENCES / "en-closed-by-text-fence.md")
    plan = result.plan
    assert [d.title for d in plan.days] == ["Day 1", "Day 2", "Day 3"]
    assert pinned(plan, 1) == [
        ("Loops and conditions", 60, "18:00"),
        ("Exercises", 45, "19:15"),
    ]
    assert pinned(plan, 2) == [("Functions", 90, "18:00")]
    assert warnings(result) == [
        "15: read ```text as the end of the code block opened on line 12",
    ]


def test_each_block_closed_by_its_own_language_fence_ends_there() -> None:
    result = read_plan(FENCES / "de-two-blocks-closed-by-bash.md")
    assert [pinned(result.plan, n) for n in range(3)] == [
        [("Dateien und Ordner", 60, "17:00")],
        [("Rechte und Benutzer", 90, "17:00")],
        [("Prozesse", 60, "17:00")],
    ]
    assert warnings(result) == [
        "12: read ```bash as the end of the code block opened on line 9",
        "22: read ```bash as the end of the code block opened on line 20",
    ]


def test_a_tilde_fence_of_the_same_length_ends_a_tilde_block() -> None:
    result = read_plan(FENCES / "es-tilde-fence.md")
    assert [d.title for d in result.plan.days] == ["Day 1", "Day 2"]
    assert pinned(result.plan, 1) == [("Uniones", 90, "19:00")]
    assert warnings(result) == [
        "11: read ~~~~sql as the end of the code block opened on line 9",
    ]


def test_a_block_that_shows_a_fence_inside_a_longer_one_reads_as_before() -> None:
    result = read_plan(FENCES / "en-code-shows-a-fence.md")
    assert [d.title for d in result.plan.days] == ["Day 1", "Day 2"]
    assert pinned(result.plan, 0) == [
        ("Code blocks", 60, "18:00"),
        ("Write a README", 45, "19:15"),
    ]
    assert pinned(result.plan, 1) == [("Tables and links", 90, "18:00")]
    assert warnings(result) == []


def test_a_shorter_fence_with_an_info_string_does_not_end_a_longer_block() -> None:
    result = read_plan(FENCES / "en-shorter-fence-inside-stays-code.md")
    assert [d.title for d in result.plan.days] == ["Day 1"]
    assert pinned(result.plan, 0) == [("Fences", 60, "18:00")]
    assert warnings(result) == ["9: timed lines in a code block are not read"]


def test_a_block_closed_by_a_bare_fence_after_an_info_fence_is_left_as_it_is() -> None:
    text = (
        "## Monday\n\n- 09:00-10:00 Shell\n\n```\n```bash\necho hi\n```\n\n"
        "## Tuesday\n\n- 09:00-10:00 Git\n"
    )
    result = read_markdown(text)
    assert [d.weekday for d in result.plan.days] == ["mon", "tue"]
    assert warnings(result) == []


def test_a_block_in_a_quote_ends_with_the_quote_and_is_not_warned() -> None:
    text = (
        "## Monday\n\n- 09:00-10:00 Shell\n\n> ```sh\n> ls\n> ```sh\n\n"
        "## Tuesday\n\n- 09:00-10:00 Git\n"
    )
    result = read_markdown(text)
    assert [d.weekday for d in result.plan.days] == ["mon", "tue"]
    assert warnings(result) == []
