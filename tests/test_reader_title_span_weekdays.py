"""Weekday lines that give each activity before its clock span (`Monday: Biology 4-6pm, French
vocabulary 7-8pm`): a day per weekday, a pinned block per activity; words after a span, or such
a line beside an agenda, leave the text read as before (a note)."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "title_span_weekdays"


def _days(name: str) -> list[tuple[str | None, list[tuple[str, int, str | None]]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (d.weekday, [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def test_plain_lines_with_comma_and_semicolon_parts() -> None:
    assert _days("en-plain-lines.md") == [
        ("mon", [("Biology", 120, "16:00"), ("French vocabulary", 60, "19:00")]),
        ("tue", [("History essay", 90, "16:00")]),
        ("thu", [("Biology", 60, "17:00"), ("Statistics", 90, "18:30")]),
    ]
    assert warnings(read_plan(PLANS / "en-plain-lines.md")) == []


def test_bulleted_lines_after_a_dash_keep_their_details_and_a_day_off() -> None:
    plan = read_plan(PLANS / "en-bulleted-with-details.md").plan
    assert _days("en-bulleted-with-details.md") == [
        ("mon", [("Pottery", 120, "18:00"), ("Spanish", 45, "20:15")]),
        ("wed", [("Spanish", 45, "20:15")]),
        ("sat", []),
    ]
    assert [i.text for i in plan.days[0].variants[0].blocks[0].items] == ["bring the apron"]


def test_german_lines_with_semicolons_and_a_dash() -> None:
    assert _days("de-semicolons.md") == [
        ("mon", [("Mathe", 120, "16:00"), ("Physik", 60, "19:00")]),
        ("tue", [("Chemie", 90, "16:00")]),
        ("sun", []),
    ]


def test_such_a_line_beside_an_agenda_of_start_times_stays_a_note() -> None:
    result = read_plan(PLANS / "en-words-after-a-span-stay-a-note.md")
    assert [d.weekday for d in result.plan.days] == [None]
    assert [b.title for v in result.plan.days[0].variants for b in v.blocks] == [
        "Wake up",
        "Reading",
    ]  # "09:00 Work" is busy time, "12:00 Lunch" a last start with no length
    assert "Fridays: Dentist 15:00-16:00 at the clinic" in result.plan.days[0].notes


def test_groups_of_weekdays_with_several_spans_each_before_its_title() -> None:
    assert _days("en-weekday-groups.md") == [
        *[
            (day, [("Algorithms", 60, "06:30"), ("Behavioural answers", 60, "21:00")])
            for day in ("mon", "tue", "wed", "thu")
        ],
        ("sat", [("Take-home project", 180, "09:00")]),
        ("sun", [("Take-home project", 180, "09:00")]),
    ]


def test_german_groups_of_weekdays() -> None:
    assert _days("de-werktage-und-wochenende.md") == [
        *[
            (day, [("Vokabeln", 90, "18:00"), ("Grammatik", 60, "20:00")])
            for day in ("mon", "tue", "wed", "thu", "fri")
        ],
        ("sat", [("Lesen", 120, "10:00")]),
        ("sun", [("Lesen", 120, "10:00")]),
    ]
