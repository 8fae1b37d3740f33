"""A code block closed by a fence with an info string (```` ```text ````) ends there: the days
after it are read, with one warning naming the line; a block that closes is never touched."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from planexport.reader import fence_ends, read_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

if TYPE_CHECKING:
    from markdown_it.token import Token

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


def _open_blocks(count: int) -> str:
    """A plan of `count` days, each with a code block closed only by another "```bash" line."""
    return "".join(
        f"## Day {n}\n\n- 18:00-19:00 Shell {n}\n\n```bash\necho {n}\n```bash\n\n"
        for n in range(1, count + 1)
    )


def _counted_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the fence reader parses, from now on."""
    seen: list[str] = []
    parse = fence_ends._parse

    def counting(text: str) -> list[Token]:
        seen.append(text)
        return parse(text)

    monkeypatch.setattr(fence_ends, "_parse", counting)
    return seen


def test_a_file_of_many_open_blocks_is_parsed_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parses = _counted_parses(monkeypatch)
    result = read_markdown(_open_blocks(40))
    assert len(parses) == 1 + fence_ends.TRIES  # the text itself, then one a fence tried
    titles = [d.title for d in result.plan.days]
    assert titles == [f"Day {n}" for n in range(1, fence_ends.TRIES + 2)]
    assert pinned(result.plan, fence_ends.TRIES) == [("Shell 9", 60, "18:00")]
    said = warnings(result)
    closed = [w for w in said if "as the end of the code block" in w]
    assert closed == [
        f"{8 * n + 7}: read ```bash as the end of the code block opened on line {8 * n + 5}"
        for n in range(fence_ends.TRIES)
    ]
    assert said[fence_ends.TRIES] == (
        "69: the code block opened here is read to the end of the file, as CommonMark reads it: "
        "8 fences with a word after them were already tried as ends of code blocks, no more are"
    )


def test_a_file_of_as_many_open_blocks_as_tries_ends_each_and_warns_of_no_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parses = _counted_parses(monkeypatch)
    result = read_markdown(_open_blocks(fence_ends.TRIES))
    assert len(parses) == 1 + fence_ends.TRIES
    assert len(result.plan.days) == fence_ends.TRIES
    assert not [w for w in warnings(result) if "CommonMark" in w]
