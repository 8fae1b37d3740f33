"""Bare hours among clock spans (`- 9 to 11: Maths` between `- 08:00-09:00 Physics` and
`- 11:30-12:30 Chemistry`) are spans too; hours that fit nowhere are kept as notes and said."""

from __future__ import annotations

import pytest

from planexport.reader import read_markdown, read_plan
from planexport.reader.bare_hour_lists import hour_lines, meant_hours, unread_hours
from tests.paths import DATA
from tests.reader_support import pinned

PLANS = DATA / "line_shapes"


def test_hours_joined_by_to_among_clock_spans_are_a_span() -> None:
    result = read_plan(PLANS / "en-to-hours-among-spans.md")
    assert pinned(result.plan, 0) == [
        ("Physics", 60, "08:00"),
        ("Maths", 120, "09:00"),
        ("Chemistry", 60, "11:30"),
    ]
    assert pinned(result.plan, 1) == [("Biology", 90, "08:00"), ("History", 120, "10:00")]
    assert result.plan.days[0].notes == ()
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "de-von-bis-among-spans.md",
            [
                ("Physik", 60, "08:00"),
                ("Mathe", 120, "09:00"),
                ("Chemie", 60, "11:30"),
                ("Englisch", 60, "13:00"),
            ],
        ),
        (
            "es-de-a-among-spans.md",
            [("Física", 60, "08:00"), ("Matemáticas", 120, "09:00"), ("Química", 120, "14:00")],
        ),
        (
            "fr-de-a-among-spans.md",
            [("Physique", 60, "08:00"), ("Mathématiques", 120, "09:00"), ("Anglais", 45, "11:15")],
        ),
        (
            "it-dalle-alle-among-spans.md",
            [("Fisica", 60, "08:00"), ("Matematica", 120, "09:00"), ("Chimica", 60, "11:30")],
        ),
        (
            "pt-das-as-among-spans.md",
            [("Física", 60, "07:00"), ("Matemática", 120, "08:00"), ("Redação", 60, "10:30")],
        ),
        (
            "nl-van-tot-among-spans.md",
            [("Natuurkunde", 60, "08:00"), ("Wiskunde", 120, "09:00"), ("Scheikunde", 60, "11:30")],
        ),
        (
            "pt-das-as-without-accent.md",
            [
                ("Leitura", 60, "07:00"),
                ("Simulado de matemática", 120, "08:00"),
                ("Correção", 45, "10:15"),
            ],
        ),
        (
            "nl-tot-uur-among-spans.md",
            [
                ("Woordjes", 30, "08:30"),
                ("Grammatica", 120, "09:00"),
                ("Luistertoets", 45, "11:15"),
            ],
        ),
        (
            "en-dash-hours-among-spans.md",
            [("Flashcards", 30, "08:30"), ("Past paper", 120, "09:00"), ("Marking", 45, "11:15")],
        ),
    ],
)
def test_worded_and_dashed_hours_in_each_language_are_spans(
    name: str, expected: list[tuple[str, int, str]]
) -> None:
    result = read_plan(PLANS / name)
    assert pinned(result.plan, 0) == expected
    assert result.plan.days[0].notes == ()
    assert result.warnings == ()


def test_bare_hours_in_a_paragraph_of_clock_lines_are_a_span() -> None:
    result = read_plan(PLANS / "en-hours-in-a-paragraph.md")
    assert pinned(result.plan, 0) == [
        ("Reading", 60, "08:00"),
        ("Essay outline", 90, "09:00"),
        ("Vocabulary", 45, "10:45"),
    ]
    assert result.warnings == ()


def test_hours_that_fit_nowhere_are_kept_as_notes_and_said() -> None:
    result = read_plan(PLANS / "en-hours-that-fit-nowhere.md")
    plan = result.plan
    assert pinned(plan, 0) == [("Physics", 60, "08:00"), ("Chemistry", 60, "11:30")]
    assert plan.days[0].notes == ("14 to 11: Maths",)
    assert pinned(plan, 1) == [("Biology", 60, "08:00"), ("Geography", 60, "09:30")]
    assert plan.days[1].variants[0].blocks[0].note == "from 7 to 8 History"
    why = "starts with hours that are not read as a time: kept as a note"
    assert [(w.line, w.message) for w in result.warnings] == [
        (5, f'"14 to 11: Maths" {why}'),
        (10, f'"from 7 to 8 History" {why}'),
    ]


def test_counts_after_the_last_span_stay_notes() -> None:
    result = read_plan(PLANS / "en-counts-after-spans.md")
    assert pinned(result.plan, 0) == [("Practice", 60, "10:00")]
    assert result.plan.days[0].notes == ("2-3 mock interviews", "3-5 problems", "3 to 5 problems")
    # "3 to 5" reads as hours as much as a count: said, as no line that may be a time is lost.
    assert [w.line for w in result.warnings] == [7]


def test_hours_right_after_the_last_span_are_a_span() -> None:
    text = "# P\n\n## Monday\n- 08:00-09:00 Physics\n- 9 to 11 Maths\n"
    assert pinned(read_markdown(text).plan, 0) == [
        ("Physics", 60, "08:00"),
        ("Maths", 120, "09:00"),
    ]


def test_hour_lines_leave_lines_that_are_no_timetable() -> None:
    assert hour_lines(["08:00-09:00 Physics", "", "9 to 11: Maths"]) == [
        "08:00-09:00 Physics",
        "",
        "09:00 - 11:00: Maths",
    ]
    assert hour_lines(["Physics", "9 to 11: Maths"]) == ["Physics", "9 to 11: Maths"]
    assert hour_lines(["08:00-09:00 Physics", "10-15 burpees"]) == [
        "08:00-09:00 Physics",
        "10-15 burpees",
    ]


def test_unread_hours_names_only_lines_meant_as_times() -> None:
    assert unread_hours("9 to 11: Maths") is not None
    assert unread_hours("von 9 bis 11 Mathe") is not None
    assert unread_hours("9-11 Uhr Mathe") is not None
    assert unread_hours("3-5 problems") is None
    assert unread_hours("Maths from 9 to 11") is None
    assert unread_hours("9 as 11 tasks") is None  # "as" joins hours only after "das"


def test_hours_in_no_day_are_said() -> None:
    result = read_plan(PLANS / "de-hours-before-the-days.md")
    assert pinned(result.plan, 0) == [("Mathe", 90, "09:00"), ("Physik", 60, "11:00")]
    assert [(w.line, w.message) for w in result.warnings] == [
        (3, '"von 8 bis 9 Frühstück und Zeitung" is in no day: not read')
    ]


def test_meant_hours_are_joined_by_a_word_or_marked() -> None:
    assert meant_hours("dalle 9 alle 11 Storia")
    assert meant_hours("9-11: Maths")
    assert not meant_hours("9-11 Maths")
    assert not meant_hours("2-3 mock interviews")


def test_an_untimed_line_between_spans_is_a_note_and_no_bound() -> None:
    result = read_plan(PLANS / "en-hours-around-an-untimed-line.md")
    assert pinned(result.plan, 0) == [
        ("Physics", 60, "08:00"),
        ("Maths", 120, "09:00"),
        ("Chemistry", 60, "12:00"),
        ("Biology", 120, "14:00"),
    ]
    assert result.plan.days[0].notes == ("Lunch with the group",)
    assert result.warnings == ()


def test_worded_hours_in_a_time_column_are_a_span() -> None:
    result = read_plan(PLANS / "de-worded-hours-in-a-time-column.md")
    assert pinned(result.plan, 0) == [
        ("Physik", 60, "08:00"),
        ("Mathe", 120, "09:00"),
        ("Chemie", 60, "11:30"),
    ]
    assert result.warnings == ()


def test_one_line_of_hours_marked_as_hours_is_a_span() -> None:
    result = read_plan(PLANS / "it-one-marked-hour-line.md")
    assert pinned(result.plan, 1) == [("Statistica", 180, "15:00")]
    assert result.warnings == ()


def test_one_line_of_hours_needs_a_mark_to_be_a_span() -> None:
    result = read_plan(PLANS / "de-one-uhr-hour-line.md")
    assert pinned(result.plan, 1) == [("Mathe", 120, "14:00")]
    friday = result.plan.days[2]
    assert friday.variants == ()
    assert friday.notes == ("8-10 Seiten lesen",)


def test_a_time_of_day_with_no_end_is_said_as_such() -> None:
    said = unread_hours("21.00 - Sfilata e cerimonia di apertura")
    assert said is not None
    assert "starts with a time of day but gives no end or length" in said
    assert "not read as a time" in (unread_hours("14 to 11: Maths") or "")
