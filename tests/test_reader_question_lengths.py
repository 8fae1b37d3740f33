"""A line that asks about a length (`**Q: Is it enough to spend 20 minutes a day on the
alphabet?**`, `¿Puedo repasar solo 10 minutos?`): a question, never a block; a block whose
title asks something before its length (`Listening: what does the speaker order? (10 min)`)
stays a block."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.prose_lengths import not_a_block
from tests.paths import DATA

QUESTIONS = DATA / "question_lengths"


def read(name: str) -> ReadResult:
    return read_plan(QUESTIONS / name)


def blocks(result: ReadResult) -> list[list[tuple[str, int]]]:
    return [
        [(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in result.plan.days
    ]


def test_a_question_about_a_length_is_no_block() -> None:
    assert blocks(read("one-edge-case.md")) == [
        [("Hangul vowels with the audio chart", 15)],
        [("Consonant drill", 20), ("Listening: what does the speaker order?", 10)],
    ]


def test_the_reason_is_said() -> None:
    assert not_a_block("**Q: Can I do the kana in 30 minutes a day?**") == "a question"
    assert not_a_block("¿Basta con 20 minutos al día?") == "a question"
    assert not_a_block("Quiz: what is 和? (10 min)") is None


def test_a_line_led_by_its_length_is_a_block_that_asks() -> None:
    assert not_a_block("[10 min] Debate: ¿quién ganó?") is None
