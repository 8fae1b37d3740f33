"""What the reader keeps between reads (`line_memo`): readings of a line are given again, and
`forget` empties them all, so that a read can be measured as a first read."""

from __future__ import annotations

from planexport.reader import parse_markdown
from planexport.reader.dates import may_be_date
from planexport.reader.line_memo import forget, per_line

PLAN = "# Week\n\n## Day 1\n- Arrays (45 min)\n- Review on 3 March (20 min)\n"


def test_a_reading_is_kept_per_text_until_forgotten() -> None:
    calls: list[str] = []

    @per_line
    def shout(line: str) -> str:
        calls.append(line)
        return line.upper()

    assert [shout("a"), shout("a"), shout("b")] == ["A", "A", "B"]
    assert calls == ["a", "b"]
    forget()
    assert shout("a") == "A"
    assert calls == ["a", "b", "a"]


def test_forget_empties_the_modules_caches_and_a_read_after_it_is_the_same() -> None:
    first = parse_markdown(PLAN)
    assert may_be_date.cache_info().currsize > 0
    forget()
    assert may_be_date.cache_info().currsize == 0
    assert parse_markdown(PLAN) == first
