"""A heading that repeats a row of the day's overview (`### 08:30–09:45 Redox reactions` under
`| 08:30 | 09:45 | Redox reactions |`) is that row's block, read once, its bullets as items."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, day_blocks, days

DETAILS = DATA / "overview_details"


def test_a_row_with_start_and_end_columns_takes_its_heading_bullets() -> None:
    result = read_plan(DETAILS / "start-end-columns.md")
    assert blocks_with_items(result.plan) == [
        ("Redox reactions", 75, "08:30", ["Balance six half-equations", "Oxidation numbers quiz"]),
        ("Organic naming", 60, "10:00", ["Name twenty structures"]),
    ]
    assert result.warnings == ()


def test_a_row_with_a_start_and_a_length_matches_a_heading_titled_first() -> None:
    result = read_plan(DETAILS / "time-and-length-columns.md")
    assert blocks_with_items(result.plan) == [
        ("Scales", 30, "16:00", ["C minor, hands together", "Contrary motion"]),
        ("Sonata, first movement", 45, "16:45", ["Bars 1–24 slowly"]),
    ]
    assert result.warnings == ()


def test_an_overview_of_one_row_is_read_once() -> None:
    plan = read_plan(DETAILS / "one-row-overview.md").plan
    assert day_blocks(plan) == [
        (None, [("Verb tables", 60, "18:00"), ("Listening", 45, "19:15")]),
        (None, [("Reading", 90, "18:00")]),
    ]
    assert blocks_with_items(plan)[2] == ("Reading", 90, "18:00", ["Short story, pages 1–12"])


def test_a_numbered_session_heading_details_the_row_of_its_span() -> None:
    plan = read_plan(DETAILS / "numbered-session-heading.md").plan
    assert blocks_with_items(plan) == [
        ("Circle theorems", 60, "13:00", ["Tangent and chord proofs"]),
        ("Vectors", 45, "14:15", ["Midpoint problems"]),
    ]


def test_a_heading_naming_something_else_at_a_rows_span_is_its_own_block() -> None:
    plan = read_plan(DETAILS / "other-title-same-span.md").plan
    assert blocks_with_items(plan) == [
        ("Optics", 60, "09:00", []),
        ("Waves", 60, "10:15", []),
        ("Electric circuits", 60, "09:00", ["Kirchhoff's laws"]),
    ]


def test_a_heading_with_a_rows_title_at_another_span_is_its_own_block() -> None:
    plan = read_plan(DETAILS / "same-title-other-span.md").plan
    assert blocks_with_items(plan) == [
        ("Optics", 60, "09:00", []),
        ("Waves", 60, "10:15", []),
        ("Optics", 60, "15:00", ["Lens diagrams"]),
    ]


def test_a_plan_with_no_day_reads_its_overview_with_the_details() -> None:
    result = read_plan(DETAILS / "no-day-start-end-columns.md")
    assert days(result.plan) == [(None, None, "Harmony workshop")]
    assert blocks_with_items(result.plan) == [
        ("Cadences", 60, "10:00", ["Perfect and plagal endings"]),
        ("Voice leading", 60, "11:15", ["Four-part chorale exercise"]),
        ("Questions", 30, "12:30", []),
    ]
    assert result.warnings == ()


def test_a_later_heading_naming_something_else_keeps_the_overview_rows() -> None:
    plan = read_plan(DETAILS / "no-day-later-heading-differs.md").plan
    assert blocks_with_items(plan) == [
        ("Star charts", 60, "19:00", ["Find the summer triangle"]),
        ("Telescope setup", 45, "20:15", []),
        ("Moon sketching", 60, "22:00", ["Crater outlines"]),
    ]
