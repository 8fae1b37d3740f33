"""HTML agendas of nested `<div>` elements: a day per name, a line per time and title."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, parse_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "session_parts"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


# HTML agendas of nested elements


def test_an_html_div_agenda_is_read_by_day() -> None:
    result = read("html-div-agenda-pt.md")
    plan = result.plan
    assert day_blocks(plan) == [
        ("tue", [("Abertura", 60, "09:00"), ("Minicurso A", 90, "10:00")]),
        ("wed", [("Mesa-redonda", 60, "14:00")]),
    ]
    assert [d.title for d in plan.days] == ["14/11", "15/11"]
    minicurso = plan.days[0].variants[0].blocks[1]
    assert [i.text for i in minicurso.items] == ["Sala 2"]
    assert warnings(result) == []


def test_an_html_div_agenda_on_a_twelve_hour_clock() -> None:
    plan = read("html-div-agenda-en.md").plan
    assert day_blocks(plan) == [
        ("mon", [("Orientation", 90, "09:00"), ("Campus tour", 60, "11:00")]),
        ("tue", [("Library session", 60, "14:00")]),
    ]


def test_html_with_one_timed_element_is_no_agenda() -> None:
    text = '<div class="note">\n  <div>09:00 - 10:00</div>\n  <div>Office hours</div>\n</div>\n'
    with pytest.raises(Exception, match="no timed blocks"):
        parse_markdown(text)
