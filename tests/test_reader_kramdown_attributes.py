"""Kramdown attribute lists (`{: class="agenda"}`, `{:.card}`) are page styling: neither day notes
nor part of a heading's title."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import parse_markdown, read_plan
from planexport.reader.kramdown_attributes import drop_attribute_lists
from tests.paths import DATA

PLANS = DATA / "kramdown"


def days(plan: Plan) -> list[tuple[str | None, str, tuple[str, ...], list[str]]]:
    return [
        (d.weekday, d.title, d.notes, [b.title for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def test_an_attribute_line_after_a_table_or_a_list_is_no_note() -> None:
    result = read_plan(PLANS / "ial-line-after-table.md")
    assert days(result.plan) == [
        ("mon", "Monday", (), ["Sorting", "Graphs"]),
        ("tue", "Tuesday", (), ["Review"]),
    ]
    assert result.warnings == ()


def test_an_attribute_list_that_ends_a_heading_leaves_its_weekday() -> None:
    result = read_plan(PLANS / "ial-trailing-heading.md")
    assert days(result.plan) == [
        ("wed", "Mittwoch", (), ["Lesen"]),
        ("thu", "Donnerstag", (), ["Vokabeln"]),
    ]


def test_line_numbers_stay_and_code_blocks_are_kept() -> None:
    text = "a\n{: .x}\n```\n{: kept}\n```\nTitle {:#t}\n{::comment}\n"
    assert drop_attribute_lists(text) == "a\n\n```\n{: kept}\n```\nTitle\n{::comment}\n"
    plan = parse_markdown("## Monday\n\n{: .day}\n\n- 09:00 - 10:00 Study\n")
    assert plan.days[0].notes == ()
