"""Plans as other people write them: clock spans, weekdays, weeks, sessions, tables, templates."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.model import Block, Plan
from planexport.reader import ReadResult, load, read_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import undated

PLANS = DATA / "plans"


def read(name: str) -> Plan:
    return load(PLANS / name)


def blocks(plan: Plan, index: int) -> list[Block]:
    """The blocks of the day at `index` in plan order (real plans have one plan a day)."""
    day = plan.days[index]
    assert len(day.variants) == 1
    return list(day.variants[0].blocks)


def pinned(plan: Plan, index: int) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for b in blocks(plan, index)]


def warnings(result: ReadResult) -> list[str]:
    return [f"{w.line}: {w.message}" for w in result.warnings]


def test_clock_spans_in_every_form_pin_blocks_titled_by_the_activity() -> None:
    plan = read("clock-span-forms.md")
    assert pinned(plan, 0) == [
        ("Concepts", 90, "09:00"),
        ("Reading", 45, "10:45"),
        ("Project", 75, "13:00"),
        ("Practice", 60, "15:00"),
        ("Flashcards", 60, "17:00"),
        ("Listening", 60, "19:10"),
        ("Review", 40, "21:00"),
    ]


def test_a_length_after_a_span_is_checked_and_untimed_lines_are_notes() -> None:
    result = read_plan(PLANS / "clock-span-redundant-length.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [("mon", "Office Day"), ("tue", "WFH")]
    assert pinned(plan, 0) == [("Arrays (two pointers, sliding window)", 150, "07:30")]
    assert plan.days[0].notes == ("Commute + Work", "Evening → Rest")
    assert pinned(plan, 1) == [("Strings", 150, "07:30"), ("System design: caching", 120, "21:00")]
    # "(2h)" on a 150-minute span: the span counts, and the reader says so.
    assert warnings(result) == ['11: "2h" differs from the span "07:30–10:00"; the span counts']


def test_a_twelve_hour_table_reads_the_afternoon_from_the_order_and_skips_breaks() -> None:
    result = read_plan(PLANS / "twelve-hour-table.md")
    assert pinned(result.plan, 0) == [
        ("Shell", 90, "09:00"),
        ("Git", 75, "11:00"),
        ("Python", 90, "13:15"),
        ("Wrap-up", 15, "14:45"),
    ]
    # Each afternoon row starts where the row above ends ("1:15" where "12:15 - 1:15" lunch
    # ends): nothing is guessed, nothing said about it.
    assert warnings(result) == [
        '12: "0.5 h" differs from the span "2:45 - 3:00" (15 min); the span counts',
    ]


def test_spanish_weekdays_with_sessions_breaks_and_tasks() -> None:
    plan = read("spanish-weekday-sessions.md")
    assert [(d.number, d.weekday, d.title) for d in plan.days] == [
        (1, "mon", "Lunes"),
        (2, "tue", "Martes"),
    ]
    monday = blocks(plan, 0)
    assert [(b.title, b.min_minutes, b.at, b.session) for b in monday] == [
        ("Álgebra", 90, "09:00", "Mañana"),
        ("Física", 75, "10:45", "Mañana"),
        ("Repaso y ejercicios", 120, "15:00", "Tarde"),
    ]
    assert [i.text for i in monday[0].items] == ["Tema: matrices"]
    assert plan.days[0].notes == ("[ ] Entregar la práctica",)
    assert [(b.title, b.session) for b in blocks(plan, 1)] == [("Química", "Mañana")]


def test_a_grid_of_weekdays_and_parts_of_the_day() -> None:
    plan = read("weekday-grid-table.md")
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed"]
    assert [(b.title, b.min_minutes, b.at, b.session) for b in blocks(plan, 0)] == [
        ("Estudio", 150, "06:00", "Mañana")
    ]
    assert [(b.title, b.min_minutes, b.at, b.session) for b in blocks(plan, 1)] == [
        ("Estudio", 120, "06:00", "Mañana"),
        ("Clase", 120, "19:00", "Noche"),
    ]
    assert plan.days[0].notes == ("Parque", "Estudio libre")
    assert plan.days[2].is_rest


def test_a_grid_of_time_slots_and_weekdays() -> None:
    plan = read("slot-grid-table.md")
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Montag"),
        ("tue", "Dienstag"),
        ("wed", "Mittwoch"),
    ]
    assert pinned(plan, 0) == [("Mathe", 90, "08:00"), ("Physik", 90, "09:45")]
    assert pinned(plan, 2) == [("Chemie", 90, "09:45")]


def test_a_table_with_a_day_column_and_several_rows_per_day() -> None:
    plan = read("day-column-table.md")
    assert [(d.week, d.weekday) for d in plan.days] == [
        (1, "mon"),
        (1, "tue"),
        (1, "sat"),
        (1, "sun"),
    ]
    assert [(b.title, b.note, b.min_minutes, b.at, b.done) for b in blocks(plan, 0)] == [
        ("Math", "Algebra", 120, "09:00", False),
        ("Physics", "Mechanics", 120, "14:00", True),
    ]
    # "10-12 AM" is ten to noon.
    assert pinned(plan, 2) == [("Practice", 120, "10:00")]
    assert plan.days[3].is_rest
    assert plan.days[3].notes == ("Rest Day",)


def test_weeks_with_day_numbers_restarting_and_bold_day_items() -> None:
    plan = read("weeks-bold-day-items.md")
    assert [(d.week, d.number, d.title) for d in plan.days] == [
        (1, 1, "Day 1"),
        (1, 2, "Review Day"),
        (2, 1, "Day 1"),
        (2, 2, "Mock"),
    ]
    # "(Time: 20 min attempt, 10 min review)": one block of their sum.
    assert [(b.label, b.title, b.min_minutes) for b in blocks(plan, 0)] == [
        ("Problem 1", "`Two Sum`", 30),
        ("Problem 2", "`Valid Anagram`", 40),
    ]
    assert plan.days[1].is_rest
    assert plan.days[1].notes == ("Re-solve `Two Sum` from memory.",)
    assert plan.days[3].notes == ("Do a full mock interview",)
    assert [(b.title, b.min_minutes) for b in blocks(plan, 3)] == [
        ("Solo Practice: `LRU Cache`", 65)
    ]


def test_week_zero_keeps_its_number_and_comes_first() -> None:
    result = read_plan(PLANS / "week-zero.md")
    assert [(d.week, d.number, d.title) for d in result.plan.days] == [
        (0, 1, "Setup"),
        (1, 1, "Day 1"),
    ]
    assert warnings(result) == []


def test_day_ranges_with_a_session_length_give_each_day_that_session() -> None:
    result = read_plan(PLANS / "day-range-session-length.md")
    plan = result.plan
    assert [(d.week, d.number) for d in plan.days] == [(1, 1), (1, 2), (1, 3)]
    assert [(b.title, b.min_minutes) for b in blocks(plan, 0)] == [("Fonctions (ETS15)", 90)]
    assert [i.text for i in blocks(plan, 1)[0].items] == [
        "Lecture fiche théorique",
        "Exercices de base",
    ]
    assert [(b.min_minutes, [i.text for i in b.items]) for b in blocks(plan, 2)] == [
        (60, ["Développements limités"])
    ]
    assert warnings(result) == ['12: "10 min : Relecture rapide" is in no day: not read']


def test_one_lesson_in_phases_is_a_one_day_plan() -> None:
    result = read_plan(PLANS / "one-lesson-in-phases.md")
    plan = result.plan
    assert [(d.number, d.title) for d in plan.days] == [(1, "Kernlernphase")]
    phases = blocks(plan, 0)
    assert [(b.title, b.min_minutes, b.max_minutes) for b in phases] == [
        ("📚 Phase 1: Vokabeln", 40, 50),
        ("📖 Phase 2: Geschichte", 30, 40),
    ]
    # Timed sub-steps are items of their phase, not blocks of their own.
    assert [c.text for c in phases[0].items[1].children] == [
        "Wörter markieren (15-20 Min.)",
        "Beispielsätze bilden (10 Min.)",
    ]
    assert warnings(result) == ['20: "5-10 Minuten täglich" is in no day: not read']


def test_a_template_for_the_weekdays_a_quote_lists() -> None:
    result = read_plan(PLANS / "weekday-template-quote.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Template A — Study Day"),
        ("wed", "Template A — Study Day"),
        ("sat", "Template B — Mock Day"),
    ]
    # Breakfast is a gap; "10:00 PM | — | Sleep" is a point in time, not a block.
    assert pinned(plan, 0) == [
        ("Wake up, stretch", 30, "06:00"),
        ("Study Block 1", 120, "07:00"),
        ("Practice problems", 90, "11:30"),
    ]
    assert blocks(plan, 1) == blocks(plan, 0)
    assert warnings(result) == ['13: row "Sleep" skipped: a time of day with no length']


def test_weekday_ranges_and_the_weekend_as_templates() -> None:
    plan = read("weekday-range-headings.md")
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert pinned(plan, 4) == [("Reading", 60, "07:00"), ("Flashcards", 30, "20:00")]
    assert pinned(plan, 6) == [("Long practice", 120, "10:00")]


def test_templates_in_code_blocks_and_section_titles_are_not_days() -> None:
    result = read_plan(PLANS / "codeblock-templates-not-days.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [("mon", "Monday")]
    assert [(b.title, b.min_minutes, b.session) for b in blocks(plan, 0)] == [
        ("Study new concept", 30, "Morning"),
        ("Solve 1-2 Easy problems", 30, "Evening"),
    ]
    assert '5: "Saturday": a day written only in a code block is a template, not read' in (
        warnings(result)
    )


def test_a_week_written_twice_keeps_the_first_and_says_so() -> None:
    result = read_plan(PLANS / "repeated-week-breakdown.md")
    assert [(d.week, d.number, d.weekday, d.title) for d in result.plan.days] == [
        (1, 1, "mon", "Arrays"),
        (1, 2, "tue", "Strings"),
    ]
    assert warnings(result) == [
        "13: day 1 is written again (first at line 5, in another section): this one is skipped",
        "16: day 2 is written again (first at line 8, in another section): this one is skipped",
        "21: day 1 repeats line 5 with nothing timed (a summary): skipped",
        "21: day 2 repeats line 8 with nothing timed (a summary): skipped",
    ]


def test_bold_session_lines_over_code_blocks_and_a_stated_day_length() -> None:
    result = read_plan(PLANS / "bold-session-lines.md")
    plan = result.plan
    first = blocks(plan, 0)
    assert [(b.title, b.min_minutes, b.session) for b in first] == [
        ("Morning", 90, "Morning"),
        ("Two Sum", 90, "Afternoon"),
    ]
    assert [i.text for i in first[0].items] == [
        "□ Read the guide (30 min)",
        "□ Solve: Contains Duplicate (60 min)",
    ]
    # "**Time: 2 hours**" over a list in a code block: one block of that length.
    assert [(b.title, b.min_minutes, len(b.items)) for b in blocks(plan, 1)] == [
        ("Sliding Window", 120, 2)
    ]
    assert result.warnings == ()


def test_hour_lines_are_blocks_of_sixty_minutes() -> None:
    plan = read("hour-lines.md")
    assert plan.days[0].title == "Python Basics"
    assert [(b.label, b.title, b.min_minutes) for b in blocks(plan, 0)] == [
        ("Hour 1", "Variables and types", 60),
        ("Hour 2", "Control flow", 60),
        ("Hour 3", "Functions", 60),
    ]


def test_a_day_heading_with_a_length_over_untimed_bullets_is_one_block() -> None:
    plan = read("day-heading-length-untimed.md")
    assert [(b.title, b.min_minutes, [i.text for i in b.items]) for b in blocks(plan, 0)] == [
        ("Environment Setup", 60, ["Install Python", "Install an editor"])
    ]
    assert [(b.title, b.min_minutes) for b in blocks(plan, 1)] == [("First Program", 120)]


def test_checklist_lines_with_lengths_and_ticked_boxes() -> None:
    plan = read("checklist-lengths-and-done.md")
    assert [(b.title, b.min_minutes, b.done) for b in blocks(plan, 0)] == [
        ("2 Easy Challenges", 120, True),
        ("Review", 30, False),
        ("Project", 45, True),
    ]


def test_inline_html_at_the_start_of_an_item_is_kept() -> None:
    plan = read("inline-html-items.md")
    assert [i.text for i in blocks(plan, 0)[0].items] == [
        "<kbd>Ctrl</kbd> + <kbd>C</kbd> copies",
        "Red marks a mistake",  # styling tags go, their words stay
    ]


def test_a_plan_with_nothing_timed_is_an_error_that_says_what_was_found() -> None:
    with pytest.raises(PlanError) as caught:
        read_markdown("# Notes\n\n- read a book\n- sleep well\n", source="notes.md")
    assert str(caught.value).startswith("notes.md:1: no timed blocks found (no days found")
    assert "2 list items" in str(caught.value)


def test_block_lines_point_at_the_source_of_each_block() -> None:
    result = read_plan(PLANS / "spanish-weekday-sessions.md")
    assert result.block_lines == {(0, 0, 0): 6, (0, 0, 1): 9, (0, 0, 2): 12, (1, 0, 0): 20}


def test_strict_reading_turns_the_first_warning_into_an_error() -> None:
    result = read_plan(PLANS / "clock-span-redundant-length.md")
    with pytest.raises(PlanError, match="differs from the span") as caught:
        result.strict()
    assert caught.value.line == 11
    assert read_plan(PLANS / "clock-span-forms.md").strict().days[0].title == (
        "Every way to write a span"
    )


def test_weekday_headings_with_dates_take_the_year_from_the_plan() -> None:
    plan = read("dated-weekday-headings.md")
    assert [(d.date, d.weekday, d.title) for d in plan.days] == [
        (dt.date(2020, 10, 5), "mon", "Graphs"),
        (dt.date(2025, 10, 7), "tue", "Tuesday, Oct 7"),
    ]


def test_bold_weekday_lines_are_days_when_no_heading_is() -> None:
    plan = read("bold-weekday-lines.md")
    assert [(d.weekday, d.date, d.title) for d in plan.days] == [
        ("mon", None, "Monday"),
        ("sat", dt.date(2025, 11, 22), "Saturday Nov 22"),
    ]
    assert pinned(plan, 1) == [("Mock exam", 180, "10:00")]


def test_plain_date_lines_are_dated_days() -> None:
    plan = read("plain-date-lines.md")
    # "15-July" has no year and the plan names none: a day without a date.
    assert [(d.number, d.date, d.weekday) for d in plan.days] == [
        (1, None, None),
        (2, dt.date(2025, 12, 29), "mon"),
    ]
    assert [(b.title, b.min_minutes) for b in blocks(plan, 1)] == [("Geometry", 45)]


def test_start_times_only_last_until_the_next_start() -> None:
    plan = read("start-times-agenda.md")
    # Lunch is a gap; the last line brings a length of its own.
    assert pinned(plan, 0) == [
        ("Welcome", 30, "09:30"),
        ("Talk: the plan", 75, "10:00"),
        ("Hands-on lab", 240, "12:00"),
        ("Wrap-up", 30, "16:00"),
    ]


def test_the_last_start_time_without_a_length_is_skipped_with_a_warning() -> None:
    result = read_plan(PLANS / "start-times-last-without-length.md")
    assert pinned(result.plan, 0) == [
        ("Aufstehen", 30, "08:00"),
        ("Lernen", 90, "08:30"),
    ]
    assert warnings(result) == ['7: "**10:00 Vokabeln**" has a start time but no length']


def test_a_table_of_start_times() -> None:
    result = read_plan(PLANS / "start-times-table.md")
    assert pinned(result.plan, 0) == [
        ("Begrüßung", 30, "09:00"),
        ("Vortrag", 60, "09:30"),
        ("Gruppenarbeit", 75, "10:45"),
    ]
    assert warnings(result) == []  # "Abschluss" at 12:00 closes the day, as "Closing" does


def test_a_point_time_among_spans_is_a_note_not_a_block() -> None:
    plan = read("point-time-among-spans.md")
    assert pinned(plan, 0) == [("Reading", 60, "07:00")]
    assert plan.days[0].notes == ("6:30am: Wake", "5:00 PM onwards: free")


def test_plain_session_lines_group_the_timed_lines_below() -> None:
    plan = read("plain-session-lines.md")
    assert [(b.title, b.at, b.session) for b in blocks(plan, 0)] == [
        ("Analisi", "09:00", "MATTINA"),
        ("Fisica", "10:45", "MATTINA"),
        ("Ripasso", "15:00", "POMERIGGIO"),
    ]


@pytest.mark.parametrize("name", ["weekly-structure-table.md", "weekly-structure-list.md"])
def test_a_weekly_structure_gives_its_times_to_the_days_below(name: str) -> None:
    result = read_plan(PLANS / name)
    plan = result.plan
    first = blocks(plan, 0)
    assert [(b.title, b.min_minutes, b.at) for b in first] == [("Coding", 60, "10:30")]
    assert plan.days[0].weekday == "mon"
    # The day's own bullets are what the block is for.
    assert [i.text for i in first[0].items][:1] in (["Finish the parser"], ["Refactor the reader"])
    assert len(blocks(plan, 1)) == 1
    assert result.warnings == ()


def test_plain_list_items_that_are_all_days() -> None:
    plan = read("plain-day-items.md")
    assert [(d.number, d.title, d.is_rest) for d in plan.days] == [
        (1, "Arrays", False),
        (2, "Strings", False),
        (3, "Rest", True),
    ]
    assert [(b.title, b.min_minutes) for b in blocks(plan, 1)] == [("Strings", 90)]


def test_lines_of_one_paragraph_that_start_with_times_are_blocks_each() -> None:
    plan = read("span-lines-in-a-paragraph.md")
    assert pinned(plan, 0) == [
        ("Math", 60, "09:00"),
        ("Physics", 90, "10:00"),
        ("Lab", 120, "14:00"),
    ]


def test_a_table_with_day_numbers_and_hours() -> None:
    plan = read("day-number-table.md")
    assert [(d.number, d.title) for d in plan.days] == [
        (1, "Arrays"),
        (2, "Trees"),
        (3, "Mock interview"),
    ]
    assert [(b.title, b.min_minutes) for b in blocks(plan, 0)] == [("Arrays", 120), ("Hashing", 60)]


def test_start_and_end_in_separate_columns() -> None:
    plan = read("start-end-columns.md")
    assert pinned(plan, 0) == [("Algebra", 90, "09:00"), ("Geometry", 75, "10:45")]
    assert pinned(plan, 1) == [("Review", 60, "14:00")]


def test_a_length_that_ends_a_day_heading() -> None:
    plan = read("day-heading-trailing-length.md")
    assert [(b.title, b.min_minutes, len(b.items)) for b in blocks(plan, 0)] == [("Day 1", 180, 2)]


def test_numbered_spans_followed_by_a_colon_and_dated_numbered_days() -> None:
    plan = read("numbered-span-items-colon.md")
    assert [(d.number, d.weekday, d.date, d.title) for d in plan.days] == [
        (1, "mon", dt.date(2025, 1, 6), "Monday, Jan 6"),
        (2, "tue", dt.date(2025, 1, 7), "Tuesday, Jan 7"),
    ]
    assert pinned(plan, 0) == [("Math", 60, "09:00"), ("Physics", 60, "10:00")]
    assert pinned(plan, 1) == [("Algebra", 90, "09:00"), ("Chemistry", 60, "11:00")]


def test_a_weekday_heading_with_a_length_over_untimed_bullets() -> None:
    plan = read("weekday-heading-length.md")
    assert [(d.weekday, d.title) for d in plan.days] == [("mon", "Monday"), ("tue", "Tuesday")]
    assert [(b.min_minutes, [i.text for i in b.items]) for b in blocks(plan, 0)] == [
        (120, ["Read chapter 3", "Exercises 1–5"])
    ]


def test_weekday_lines_without_emphasis_under_a_week() -> None:
    plan = read("plain-weekday-lines.md")
    assert [(d.week, d.weekday) for d in plan.days] == [(1, "mon"), (1, "tue"), (1, "wed")]
    assert [(b.title, b.min_minutes) for b in blocks(plan, 0)] == [("Algebra", 120), ("Review", 30)]
    assert plan.days[2].notes == ("Past papers",)


def test_a_length_after_a_weekday_heading_dash_or_in_brackets() -> None:
    plan = read("weekday-heading-trailing-length.md")
    assert [
        (d.title, [(b.title, b.min_minutes) for b in blocks(plan, i)])
        for i, d in enumerate(plan.days)
    ] == [
        ("Monday", [("Past papers", 120)]),
        ("Arrays", [("Arrays", 30)]),
    ]


def test_french_clock_times_and_sessions_as_list_items_over_timed_children() -> None:
    plan = read("french-clock-and-nested-sessions.md")
    assert [(b.title, b.min_minutes, b.at, b.session) for b in blocks(plan, 0)] == [
        ("Analyse", 120, "09:00", "Matin"),
        ("Algèbre", 75, "11:15", "Matin"),
        ("Physique", 150, "14:00", "Après-midi"),
    ]


def test_untimed_lines_keep_their_nested_lines_as_notes() -> None:
    plan = read("untimed-nested-notes.md")
    assert [(b.title, b.min_minutes) for b in blocks(plan, 0)] == [("Two Sum", 30)]
    assert plan.days[0].notes == ("Reading list", "CLRS chapter 2", "<kbd>Ctrl</kbd> shortcuts")


def test_a_section_of_a_day_that_names_the_day_is_not_another_day() -> None:
    plan = read("day-section-not-a-day.md")
    assert [(d.week, d.number, d.title) for d in plan.days] == [(1, 1, "Scala Basics")]
    assert [(b.title, b.min_minutes) for b in blocks(plan, 0)] == [("Theory", 60), ("Practice", 45)]
    assert plan.days[0].notes == ("[ ] Can explain val vs var",)


def test_a_span_with_no_activity_is_titled_by_its_first_item_and_the_title_is_no_warning() -> None:
    result = read_plan(PLANS / "span-without-activity.md")
    assert pinned(result.plan, 0) == [("Chapter 1", 60, "09:00")]
    assert result.warnings == ()


def test_a_weekday_with_a_time_is_no_day_number() -> None:
    # "Tuesday 18:00" once read as "Tues" + "day 18"; two slots at 18:00 made "day 18" twice.
    plan = read("weekday-slots-same-hour.md")
    assert [(d.week, d.weekday, d.title) for d in plan.days] == [
        (1, "tue", "Conversation"),
        (1, "thu", "Grammar drills"),
        (1, "sat", "Listening"),
        (2, "tue", "Conversation"),
        (2, "thu", "Grammar drills"),
    ]
    assert [pinned(plan, i) for i in range(len(plan.days))] == [
        [("Conversation", 60, "18:00")],
        [("Grammar drills", 90, "18:00")],
        [("Listening", 60, "09:00")],
        [("Conversation", 60, "18:00")],
        [("Grammar drills", 90, "18:00")],
    ]


def test_free_cells_of_a_timetable_are_no_blocks() -> None:
    plan = read("free-cells-grid.md")
    # Wednesday is free all day: it is no day at all.
    assert [d.weekday for d in plan.days] == ["mon", "tue"]
    assert pinned(plan, 0) == [("Analysis", 90, "08:15")]
    assert pinned(plan, 1) == [("Mechanik", 90, "10:00")]


def test_a_days_estimated_time_is_no_second_block() -> None:
    result = read_plan(DATA / "plans" / "day-estimate-line.md")
    plan = result.plan
    assert [
        (d.weekday, [(b.title, b.min_minutes, b.max_minutes) for b in blocks(plan, i)])
        for i, d in enumerate(plan.days)
    ] == [
        ("tue", [("Write the methods chapter", 240, 300)]),
        ("wed", [("Results chapter", 180, 180)]),
        ("thu", [("Figures", 120, 120)]),
    ]
    assert warnings(result) == [undated("Tuesday 3 Feb", "3 Feb", "Tuesday", line=3)]


def test_pipe_rows_without_a_delimiter_line_are_still_a_table() -> None:
    result = read_plan(PLANS / "pipe-rows-no-delimiter.md")
    plan = result.plan
    assert [(d.number, d.weekday) for d in plan.days] == [(1, "mon"), (2, "tue")]
    # The coffee break is a gap; the sentence above the rows stays the day's text.
    assert pinned(plan, 0) == [("Shell basics", 75, "09:00"), ("Scripting", 90, "10:30")]
    assert pinned(plan, 1) == [("Packaging", 120, "09:00"), ("Testing", 90, "11:00")]
    assert result.block_lines[(0, 0, 1)] == 9
    assert warnings(result) == []


def test_a_row_per_day_under_week_headings_with_short_weekday_names() -> None:
    plan = read("day-per-row-short-weekdays.md")
    assert [(d.week, d.weekday) for d in plan.days] == [
        (1, "mon"),
        (1, "tue"),
        (1, "wed"),
        (2, "thu"),
        (2, "fri"),
    ]
    # "Oefentoets (45 min)" in the goal column is no second block, and no grid.
    assert [
        [(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in plan.days
    ] == [
        [("Kansrekening", 120)],
        [("Verdelingen", 90)],
        [],
        [("Hypothesetoetsen", 180)],
        [("Regressie", 120)],
    ]
    # "0h" is a rest day: the row is kept as its note.
    assert plan.days[2].notes == ("04.03. Rustdag 0h Niets doen",)


def test_a_day_range_with_no_topic_is_titled_by_its_days_not_by_its_count() -> None:
    # "### Jour 1-2 (2×1h30)": the block is "Jour 1-2", never "Jour 1-2 (2×)".
    result = read_plan(PLANS / "day-range-session-no-topic.md")
    assert [[(b.title, b.min_minutes) for b in blocks(result.plan, n)] for n in range(3)] == [
        [("Jour 1-2", 90)],
        [("Jour 1-2", 90)],
        [("Jour 3", 60)],
    ]
