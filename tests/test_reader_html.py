"""Raw HTML and MDX in plans: tags out of titles, lists that HTML cut in two, dates in labels."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, undated, warnings

HTML = DATA / "html"


def test_an_html_block_with_a_column_0_line_does_not_swallow_the_items_after_it() -> None:
    result = read_plan(HTML / "agenda-html-cuts-list.md")
    assert pinned(result.plan, 0) == [
        ("Doors open / Coffee in the hall", 30, "09:00"),
        ("Talks, morning", 150, "09:30"),
        ("Workshop: parsers by hand", 120, "13:00"),
    ]
    assert warnings(result) == [undated("Saturday 14 March", "14 March", "Saturday", line=3)]
    # What the author hid from readers (display: none) is no part of the plan.
    assert "nobody sees" not in result.plan.model_dump_json()


def test_the_text_of_html_between_two_lists_goes_to_the_item_before_it() -> None:
    result = read_plan(HTML / "html-residue-paragraph.md")
    assert pinned(result.plan, 0) == [
        ("Algebra drill", 120, "08:00"),
        ("History essay", 120, "10:00"),
    ]
    assert warnings(result) == []


def test_items_commented_out_in_html_stay_out() -> None:
    result = read_plan(HTML / "html-comment-keeps-items-out.md")
    assert pinned(result.plan, 0) == [("Reading", 60, None), ("Geometry", 45, None)]
    assert pinned(result.plan, 1) == [("Essay", 30, None)]
    assert "Chemistry" not in result.plan.model_dump_json()


def test_inline_tags_leave_titles_and_angle_brackets_that_are_not_tags_stay() -> None:
    result = read_plan(HTML / "inline-tags-titles.md")
    assert pinned(result.plan, 0) == [
        ("Calculus", 60, None),
        ("Physics / chapter 4", 45, None),
        ("Generics: List<T> and Map<K, V>", 30, None),
        ("Compare `<section>` and `<div>`", 20, None),  # code spans show tags as written
    ]


def test_a_date_label_dates_a_one_day_plan() -> None:
    result = read_plan(HTML / "date-label-one-day.md")
    assert days(result.plan) == [("sat", dt.date(2026, 3, 14), "Day 1")]
    assert pinned(result.plan, 0) == [
        ("Begrüßung", 30, "10:00"),
        ("Führung durch die Labore", 90, "10:30"),
    ]


def test_a_dated_column_header_dates_a_one_day_table() -> None:
    result = read_plan(HTML / "date-in-table-header.md")
    assert days(result.plan) == [("wed", dt.date(2022, 3, 16), "Day 1")]
    assert pinned(result.plan, 0) == [("Saluti", 15, "15:00"), ("Seminario", 75, "15:15")]


def test_mdx_components_with_date_and_time_attributes_are_the_rows_of_a_table() -> None:
    result = read_plan(HTML / "mdx-session-rows.md")
    assert days(result.plan) == [
        ("mon", dt.date(2026, 3, 2), "2026-03-02"),
        ("wed", dt.date(2026, 3, 4), "2026-03-04"),
    ]
    assert pinned(result.plan, 0) == [("Sets and functions", 90, "09:00")]
    assert pinned(result.plan, 1) == [("Relations", 90, "14:00")]
    assert warnings(result) == ['19: row "Reading: chapter 2" skipped: no time']


def test_an_empty_row_around_an_unclosed_inner_table_is_refused_not_a_crash() -> None:
    # `<tr>` opened twice and a `<table>` left open inside it: the empty row belongs to the outer
    # table, and the text holds no readable block, so the file is refused with its name and line.
    path = HTML / "html-unclosed-inner-table.md"
    with pytest.raises(PlanError, match="no timed blocks found") as caught:
        read_plan(path)
    assert caught.value.file == str(path)
    assert caught.value.line == 1
