"""Lines of many lengths, sums, bold marks or Dutch hours: each reads as before, however often
its part repeats (the reader looks at each part once, so such a line reads in time linear in
its length)."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, read_markdown
from planexport.reader.title_markup import plain_title
from tests.reader_support import blocks_of


def read(line: str) -> ReadResult:
    return read_markdown(f"## Monday\n{line}\n- Review (20 min)\n")


def blocks(result: ReadResult) -> list[tuple[str, int, int, str | None]]:
    return [(b.title, b.min_minutes, b.max_minutes, b.at) for _, b in blocks_of(result.plan)]


def messages(result: ReadResult) -> list[str]:
    return [w.message for w in result.warnings]


REVIEW = ("Review", 20, 20, None)


@pytest.mark.parametrize(
    ("title", "length", "join"),
    [
        ("Reading", "30 min", "and"),
        ("Lesen", "30 Minuten", "und"),
        ("Lectura", "30 minutos", "y"),
        ("Lecture", "30 minutes", "et"),
        ("Lettura", "30 minuti", "e"),
        ("Leitura", "30 minutos", "e"),
        ("Lezen", "30 minuten", "en"),
        ("Drills", "30 min", "+"),
    ],
)
def test_many_joined_lengths_are_one_activity_of_their_sum(
    title: str, length: str, join: str
) -> None:
    result = read(f"- {title} " + f" {join} ".join([length] * 12))
    assert blocks(result) == [(title, 360, 360, None), REVIEW]
    assert messages(result) == []


def test_joined_lengths_of_more_than_a_day_are_skipped_with_a_warning() -> None:
    result = read("- Lectura " + " y ".join(["1 hora"] * 30))
    assert blocks(result) == [REVIEW]
    assert messages(result) == ['"Lectura" lasts "1 hora", longer than a day: skipped']


def test_many_joined_hours_are_said_once_as_a_long_block() -> None:
    result = read("- Drills " + " + ".join(["1h"] * 12))
    assert blocks(result) == [("Drills", 720, 720, None), REVIEW]
    assert len(messages(result)) == 1
    assert messages(result)[0].endswith("lasts 12 h and has no clock time; is that length meant?")


@pytest.mark.parametrize(
    ("title", "length", "join", "minutes"),
    [
        ("Lectura", "dos horas", "y", 720),
        ("Lesen", "zwei Stunden", "und", 720),
        ("Reading", "half an hour", "and", 180),
    ],
)
def test_many_joined_lengths_in_words_are_one_activity_of_their_sum(
    title: str, length: str, join: str, minutes: int
) -> None:
    result = read(f"- {title} " + f" {join} ".join([length] * 6))
    assert blocks(result) == [(title, minutes, minutes, None), REVIEW]


@pytest.mark.parametrize(
    "line",
    [
        "- Study hours: 2 Core + 1 Flex = 3 hrs max",
        "- Study hours: " + " + ".join(["1 Core"] * 200) + " = 3 hrs",
        "- Drills " + "1h + 2h = 3h, " * 50 + "Read (30 min)",
        "- Drills 1h + 2h\n  = 3h (30 min)",
    ],
)
def test_a_sum_worked_out_is_a_total_not_a_block(line: str) -> None:
    result = read(line)
    assert blocks(result) == [REVIEW]
    assert messages(result) == []


def test_bold_marks_left_open_stay_in_the_title() -> None:
    assert plain_title("**a " * 5 + "Read") == "**a **a **a **a **a Read"
    assert plain_title("**a** __b__ **c **d") == "a b **c **d"
    assert plain_title("__a **b __c**") == "__a b __c"
    (first, review) = blocks(read("- " + "**a " * 300 + "Read (30 min)"))
    assert first[0] == "a a " + "**a " * 298 + "Read"
    assert (first[1:], review) == ((30, 30, None), REVIEW)


def test_closed_bold_runs_among_open_ones_lose_their_marks() -> None:
    (first, review) = blocks(read("- " + "**a** __b__ **c " * 100 + "Read (30 min)"))
    # The last `**a` has no `**` after it to close it: it stays, and so does the open `**c`.
    assert first[0] == "a b c " + "**a b c " * 98 + "**a b **c Read"
    assert (first[1:], review) == ((30, 30, None), REVIEW)
    assert blocks(read("- **Keynote** and __hands on__ (30 min)")) == [
        ("Keynote and hands on", 30, 30, None),
        REVIEW,
    ]


def test_many_dutch_hours_in_one_line_read_as_before() -> None:
    assert blocks(read("- Lezen " + "1u " * 200 + "(30 min)")) == [("Lezen", 60, 60, None), REVIEW]
    (spans, review) = blocks(read("- " + "9u - 10u " * 100 + "Presentaties"))
    assert spans[0] == "9u - 10u " * 99 + "Presentaties"  # the first span is the time
    assert (spans[1:], review) == ((60, 60, "09:00"), ("Review", 20, 20, "10:00"))
    (cells, review) = blocks(read("- Lezen " + "| 13u " * 100 + "(30 min)"))
    assert cells[0] == "Lezen " + "| 13u " * 99 + "| 13u"
    assert (cells[1:], review) == ((30, 30, None), REVIEW)
    assert blocks(read("- Lezen (2u)\n- Oefenen 1,5u")) == [
        ("Lezen", 120, 120, None),
        ("Oefenen", 90, 90, None),
        REVIEW,
    ]


def table(cell: str) -> str:
    return (
        "## Monday\n\n| Time | Session |\n|---|---|\n"
        f"| 9:00-10:00 | {cell} |\n| 10:00-11:00 | Review |\n"
    )


@pytest.mark.parametrize("mark", ["*", "**"])
def test_a_cell_of_emphasis_marks_never_closed_keeps_them(mark: str) -> None:
    result = read_markdown(table(f"{mark}a " * 300 + "<br>by A. Speaker"))
    (session, review) = [b for d in result.plan.days for v in d.variants for b in v.blocks]
    assert session.title == "a " + "*a " * 298 + "*a"  # the line's edges and `**` go, as ever
    assert (session.min_minutes, session.at, session.note) == (60, "09:00", "by A. Speaker")
    assert (review.title, review.at) == ("Review", "10:00")


def test_a_cell_of_paired_emphasis_loses_the_marks() -> None:
    result = read_markdown(table("**Keynote:** *Glass* boxes<br>by A. Speaker<br>*Abstract* text"))
    session = result.plan.days[0].variants[0].blocks[0]
    assert (session.title, session.note) == (
        "Keynote: Glass boxes",
        "by A. Speaker\n*Abstract* text",
    )
    result = read_markdown(table("_x_ **y** *z*<br>- item *one*<br>- item __two__ and **three"))
    session = result.plan.days[0].variants[0].blocks[0]
    assert session.title == "x y z"
    assert [i.text for i in session.items] == ["item one", "item two and three"]
