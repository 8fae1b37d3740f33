"""Marks a plan's writer types around times and names: two hyphens for an en dash
(`15:00--15:10`), an emoji after a weekday heading (`### **TUESDAY (Office)** 🚀`) and an emoji
before a heading's time (`## 🕖 06:30 — Acordar`)."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.double_hyphens import en_dash_spans
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, pinned, warnings

PLANS = DATA / "typed_marks"


def test_two_hyphens_between_times_in_a_table_are_a_span() -> None:
    result = read_plan(PLANS / "de-table-double-hyphen.md")
    assert days(result.plan) == [("mon", None, "Montag")]
    assert pinned(result.plan, 0) == [
        ("Vokabeln", 45, "08:30"),
        ("Grammatik", 45, "09:15"),
        ("Hörverstehen", 40, "11:00"),  # not up to the next start, nor left out
    ]
    assert warnings(result) == []


def test_two_hyphens_between_times_in_list_lines_are_a_span() -> None:
    result = read_plan(PLANS / "en-lines-double-hyphen.md")
    assert days(result.plan) == [("tue", None, "Tuesday")]
    assert pinned(result.plan, 0) == [
        ("Past paper", 90, "09:00"),
        ("Mark the paper", 45, "10:45"),
        ("Flashcards", 60, "14:00"),
    ]
    assert warnings(result) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("| 15:00--15:10 | Welcome |", "| 15:00\u201315:10 | Welcome |"),
        ("9am -- 11am Reading", "9am \u2013 11am Reading"),
        ("9.30--10.15 Lesen", "9.30\u201310.15 Lesen"),
        ("|---|---|", "|---|---|"),  # a table's line: no times
        ("15:00---15:10", "15:00---15:10"),  # three hyphens are no dash
        ("pages 10--20", "pages 10--20"),  # numbers, not times
        ("2024-01-02--2024-01-05", "2024-01-02--2024-01-05"),
        # after a table's runs of three, two hyphens between times are still found
        ("|---|---|\n| 15:00--15:10 | Welcome |", "|---|---|\n| 15:00\u201315:10 | Welcome |"),
        ("---\n9am -- 11am Reading", "---\n9am \u2013 11am Reading"),
    ],
)
def test_only_two_hyphens_between_two_times_become_an_en_dash(text: str, read: str) -> None:
    assert en_dash_spans(text) == read


def test_an_emoji_after_a_weekday_heading_and_its_bracket_is_no_title() -> None:
    result = read_plan(PLANS / "fr-weekday-bracket-trailing-emoji.md")
    assert days(result.plan) == [
        ("wed", None, "Bureau - Milieu de semaine"),  # not "🔥!"
        ("thu", None, "Télétravail"),  # not "✨"
    ]
    assert pinned(result.plan, 0) == [
        ("Lecture d'articles", 90, "09:00"),
        ("Rédaction", 90, "10:30"),
    ]
    assert pinned(result.plan, 1) == [("Réunion d'équipe", 60, "14:00")]
    assert warnings(result) == []


def test_a_weekday_heading_with_only_an_emoji_after_its_name_is_that_day() -> None:
    result = read_plan(PLANS / "en-weekday-only-emoji.md")
    assert days(result.plan) == [("fri", None, "Friday")]  # as "## Friday"
    assert pinned(result.plan, 0) == [("Easy run", 45, "07:00"), ("Stretching", 30, "18:00")]
    assert warnings(result) == []


def test_emoji_before_the_times_of_an_agenda_in_headings() -> None:
    result = read_plan(PLANS / "pt-heading-agenda-emoji-span.md")
    assert blocks_with_items(result.plan) == [
        ("Acordar", 30, "06:30", ["água"]),
        ("Café", 30, "07:00", ["pão"]),  # up to the span below, not past it
        ("🏃 Corrida", 45, "07:30", ["5 km"]),  # the span stays one of the agenda's headings
    ]
    assert warnings(result) == []
