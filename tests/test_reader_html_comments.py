"""HTML comments: nothing inside `<!-- … -->` is plan, wherever its `-->` stands, and every line
after it keeps its number."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import read_markdown, read_plan
from tests.paths import DATA

PLANS = DATA / "structure"


def days(plan: Plan) -> list[tuple[str | None, str, list[tuple[str, int, str | None]]]]:
    return [
        (
            d.weekday,
            d.title,
            [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks],
        )
        for d in plan.days
    ]


def test_a_draft_commented_out_up_to_the_end_of_a_table_row_is_not_read() -> None:
    result = read_plan(PLANS / "comment-ends-on-table-row.md")
    assert days(result.plan) == [
        (None, "Day 1", [("Acreditación", 60, "09:00"), ("Conferencia inaugural", 90, "10:00")]),
        (None, "Day 2", [("Taller de datos", 90, "09:30")]),
    ]
    assert result.warnings == ()
    # The lines after the comment keep their numbers.
    assert sorted(result.block_lines.values()) == [19, 20, 26]


def test_comments_inside_a_line_are_taken_out_of_it() -> None:
    result = read_plan(PLANS / "comment-inside-lines.md")
    assert days(result.plan) == [
        ("mon", "Montag", [("Mathematik Analysis", 90, "09:00"), ("Physik Mechanik", 60, "11:00")]),
        ("tue", "Dienstag", [("Englisch", 60, "14:00")]),
    ]


def test_a_comment_over_headings_and_tables_hides_all_of_them() -> None:
    result = read_plan(PLANS / "comment-spans-days.md")
    assert days(result.plan) == [
        ("mon", "Lunedì", [("Diritto privato", 90, "08:30"), ("Ripasso", 60, "10:00")]),
        ("wed", "Mercoledì", [("Inglese", 120, "14:00")]),
    ]
    assert result.warnings == ()


def test_a_comment_never_closed_hides_the_rest_and_is_warned_once() -> None:
    result = read_plan(PLANS / "comment-never-closed.md")
    assert days(result.plan) == [("mon", "Maandag", [("Wiskunde", 90, "09:00")])]
    assert [(w.line, w.message) for w in result.warnings] == [
        (8, "an HTML comment opened here is never closed with -->: the rest is not read")
    ]


def test_comment_marks_in_code_are_text() -> None:
    result = read_plan(PLANS / "comment-in-code-and-backticks.md")
    assert days(result.plan) == [
        (
            "mon",
            "Lundi",
            [
                ("Cours de HTML : écrire `<!--` pour ouvrir un commentaire", 60, "09:00"),
                ("Exercices", 60, "10:00"),
            ],
        ),
        ("tue", "Mardi", [("Révision", 60, "14:00")]),
    ]
    assert result.warnings == ()


def test_text_after_a_comment_at_the_start_of_a_line_is_not_code() -> None:
    text = "# P\n\n## Monday\n\n<!-- moved -->     - 09:00 - 10:00 Reading\n"
    assert days(read_markdown(text).plan) == [("mon", "Monday", [("Reading", 60, "09:00")])]


def test_empty_comments_close_where_they_open() -> None:
    text = "# P\n\n## Monday\n\n- 09:00 - 10:00 Reading <!--> (ch. 2) <!---> notes\n"
    assert days(read_markdown(text).plan) == [
        ("mon", "Monday", [("Reading (ch. 2) notes", 60, "09:00")])
    ]


def test_a_refusal_says_which_lines_a_comment_never_closed_hides() -> None:
    plan = DATA / "line_shapes" / "en-comment-never-closed-over-days.md"
    with pytest.raises(PlanError) as caught:
        read_plan(plan)
    assert caught.value.line == 1
    assert caught.value.reason.startswith("no timed blocks found (no days found: ")
    assert caught.value.reason.endswith(
        "; an HTML comment opened at line 3 is never closed and hides lines 3–10"
    )


def test_the_hidden_lines_run_to_the_last_line_with_text() -> None:
    plan = DATA / "line_shapes" / "es-comment-never-closed-over-days.md"
    with pytest.raises(PlanError, match=r"opened at line 4 is never closed and hides lines 4–9$"):
        read_plan(plan)


def test_a_comment_that_hides_one_line_says_that_line() -> None:
    with pytest.raises(PlanError, match=r"never closed and hides line 3$"):
        read_markdown("# Plan\n\n<!-- ## Day 1 (2h)\n\n")
