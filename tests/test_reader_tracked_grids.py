"""Tables and grids read as a person reads them: a Total row, a log of planned and actual
times, meal labels in cells, long and last steps of a grid of start times, `MON ~ FRI`, and one
weekday range in several sections."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

GRIDS = DATA / "tracked_grids"
WORKWEEK = ["mon", "tue", "wed", "thu", "fri"]


def read(name: str) -> ReadResult:
    return read_plan(GRIDS / name)


def test_a_bold_total_row_that_restates_the_sum_is_no_block() -> None:
    result = read("en-total-row-restates-sum.md")
    assert days(result.plan) == [(None, None, "Breadth-first search")]
    assert pinned(result.plan, 0) == [("Lecture video", 40, None), ("Exercises", 50, None)]
    assert warnings(result) == []


def test_a_summe_row_that_differs_from_the_sum_is_no_block_and_is_warned() -> None:
    result = read("de-summe-row-differs.md")
    assert pinned(result.plan, 0) == [("Theorie lesen", 45, None), ("Aufgaben rechnen", 30, None)]
    assert warnings(result) == [
        '9: row "Summe" says 90 min, but the rows above it sum to 75 min: read as their sum, '
        "not as a block"
    ]


def test_a_plain_totaal_row_is_no_block_either() -> None:
    result = read("nl-totaal-row-plain.md")
    assert pinned(result.plan, 0) == [
        ("Woordjes leren", 20, None),
        ("Grammatica", 25, None),
        ("Luisteroefening", 15, None),
    ]
    assert warnings(result) == []


def test_a_planned_actual_table_after_session_headings_is_a_log_not_more_blocks() -> None:
    result = read("en-planned-actual-after-sessions.md")
    assert pinned(result.plan, 0) == [("Reading block", 40, None), ("Practice block", 50, None)]
    assert warnings(result) == [
        "13: a table of planned and actual times (2 rows) tracks the sessions the day already "
        "gives: a log to fill in, its planned lengths not read again"
    ]


def test_a_geplant_ist_table_that_alone_gives_lengths_is_read() -> None:
    result = read("de-geplant-ist-only-lengths.md")
    assert days(result.plan) == [(None, None, "Optik")]
    assert pinned(result.plan, 0) == [("Skript lesen", 60, None), ("Übungsblatt", 45, None)]
    assert warnings(result) == []


def test_a_planejado_real_table_after_timed_lines_is_a_log() -> None:
    result = read("pt-planejado-real-after-list.md")
    assert pinned(result.plan, 0) == [
        ("Teoria de funções", 45, None),
        ("Exercícios resolvidos", 30, None),
    ]
    assert [w.line for w in result.warnings] == [10]


def test_an_emoji_and_bold_label_do_not_hide_a_meal_in_a_grid_cell() -> None:
    result = read("es-emoji-bold-meal-cells.md")
    assert days(result.plan) == [("mon", None, "Lunes"), ("tue", None, "Martes")]
    assert pinned(result.plan, 0) == [("📘 Estudio: química", 60, "08:00")]
    assert pinned(result.plan, 1) == [("📘 Estudio: física", 60, "08:00"), ("Álgebra", 60, "09:00")]
    assert warnings(result) == []


def test_a_bold_meal_label_with_a_french_colon_in_a_list_is_a_gap() -> None:
    result = read("fr-bold-meal-label-list.md")
    assert pinned(result.plan, 0) == [
        ("📖 Lecture : chapitre 3", 180, "09:00"),
        ("✏️ Exercices de géométrie", 120, "13:00"),
    ]
    assert warnings(result) == []


def test_a_bold_meal_label_in_an_agenda_table_is_a_gap() -> None:
    result = read("it-bold-meal-label-agenda.md")
    assert pinned(result.plan, 0) == [("Storia moderna", 210, "09:00"), ("Latino", 90, "13:30")]
    assert warnings(result) == []


def test_a_grid_step_over_four_hours_is_warned_and_an_uneven_last_row_is_not_invented() -> None:
    result = read("en-long-step-last-row.md")
    assert days(result.plan) == [("wed", None, "Wednesday"), ("thu", None, "Thursday")]
    assert pinned(result.plan, 0) == [("Past paper", 300, "09:00"), ("Corrections", 150, "15:00")]
    assert pinned(result.plan, 1) == [("Flashcards", 300, "09:00"), ("Essay plan", 150, "15:00")]
    assert warnings(result) == [
        '5: "Past paper / Flashcards" at 09:00 has only a start time and the next one is 5h00 '
        "later: read as lasting until then (over 4 hours)",
        '8: "Recap" at 17:30 has a start time but no length: the grid\'s steps differ (60 to '
        "300 min), so the last slot is not read",
    ]


def test_a_grid_of_even_steps_still_gives_its_last_row_the_step() -> None:
    result = read("nl-even-steps-last-row.md")
    assert pinned(result.plan, 0) == [
        ("Wiskunde", 90, "09:00"),
        ("Biologie", 90, "10:30"),
        ("Scheikunde", 90, "12:00"),
    ]
    assert warnings(result) == [
        '7: the last slot "12:00" has no end: read as 90 min, the grid\'s usual step'
    ]


def test_a_tilde_weekday_range_in_a_column_header_is_each_weekday() -> None:
    result = read("en-tilde-range-column.md")
    assert [d.weekday for d in result.plan.days] == WORKWEEK
    for index in range(5):
        assert pinned(result.plan, index) == [
            ("stretching", 30, "07:30"),
            ("language practice", 60, "18:00"),
        ]
    assert warnings(result) == []


def test_a_tilde_weekday_range_in_a_heading_is_each_weekday() -> None:
    result = read("es-tilde-range-heading.md")
    assert [d.weekday for d in result.plan.days] == WORKWEEK
    assert pinned(result.plan, 4) == [
        ("Lectura en inglés", 30, "07:00"),
        ("Ejercicios de cálculo", 60, "19:00"),
    ]


def test_a_tilde_range_without_spaces_sits_beside_a_weekday_column() -> None:
    result = read("de-tilde-range-no-spaces.md")
    assert [d.weekday for d in result.plan.days] == [*WORKWEEK, "sat"]
    assert pinned(result.plan, 0) == [("Vokabeln", 30, "06:30")]
    assert pinned(result.plan, 5) == [("Projektarbeit", 120, "10:00")]


def test_one_weekday_range_in_two_sections_gives_each_weekday_both_sections() -> None:
    result = read("en-same-range-two-sections.md")
    assert [d.weekday for d in result.plan.days] == WORKWEEK
    for index in range(5):
        assert pinned(result.plan, index) == [
            ("meditation", 30, "06:45"),
            ("reading", 45, "07:15"),
            ("journal", 30, "21:00"),
        ]
    assert warnings(result) == []


def test_a_range_and_a_weekday_in_two_sections_each_take_their_own_rows() -> None:
    result = read("pt-same-range-sections-and-weekend.md")
    assert [d.weekday for d in result.plan.days] == [*WORKWEEK, "sat"]
    assert pinned(result.plan, 0) == [
        ("Inglês", 60, "07:00"),
        ("Revisão", 60, "20:00"),
        ("Leitura", 30, "21:00"),
    ]
    assert pinned(result.plan, 5) == [("Corrida", 60, "07:00"), ("Leitura", 30, "21:00")]
    assert warnings(result) == []


def test_the_same_range_in_two_weeks_stays_two_weeks() -> None:
    result = read("fr-same-range-two-weeks.md")
    plan = result.plan
    assert [(d.weekday, d.week) for d in plan.days] == [
        *((w, 1) for w in WORKWEEK),
        *((w, 2) for w in WORKWEEK),
    ]
    assert pinned(plan, 0) == [("Grammaire", 60, "08:00"), ("Lecture", 60, "18:00")]
    assert pinned(plan, 5) == [("Conjugaison", 60, "08:00"), ("Dictée", 60, "18:00")]


def test_a_totale_row_in_the_time_column_is_no_block_and_no_skipped_row() -> None:
    result = read("it-totale-row-in-time-column.md")
    assert pinned(result.plan, 0) == [("Analisi", 60, "09:00"), ("Fisica", 90, "10:00")]
    assert warnings(result) == []


def test_a_row_whose_title_starts_with_total_but_is_no_sum_stays_a_block() -> None:
    result = read("en-total-words-in-a-title.md")
    assert pinned(result.plan, 0) == [
        ("Vocabulary cards", 20, None),
        ("Total recall drill", 15, None),
    ]
    assert warnings(result) == []


def test_a_previsto_real_table_before_the_day_s_lines_is_a_log_even_when_filled() -> None:
    result = read("es-previsto-real-filled-before-list.md")
    assert pinned(result.plan, 0) == [
        ("Teoría de derivadas", 40, None),
        ("Problemas de la guía", 60, None),
    ]
    assert [w.line for w in result.warnings] == [5]


def test_the_planned_column_gives_the_lengths_though_the_actual_one_comes_first() -> None:
    result = read("nl-werkelijk-before-gepland.md")
    assert pinned(result.plan, 0) == [("Lezen", 40, None), ("Oefenen", 30, None)]
    assert warnings(result) == []


def test_weekday_grids_in_two_sections_give_each_weekday_once() -> None:
    result = read("de-weekday-grids-two-sections.md")
    assert days(result.plan) == [("mon", None, "Montag"), ("tue", None, "Dienstag")]
    assert pinned(result.plan, 0) == [("Mathe", 90, "09:00"), ("Vokabeln", 60, "19:00")]
    assert pinned(result.plan, 1) == [("Chemie", 90, "09:00"), ("Lesen", 60, "19:00")]
    assert warnings(result) == []


def test_a_total_row_under_numbered_days_is_no_block_of_the_last_day() -> None:
    result = read("es-total-row-under-numbered-days.md")
    assert days(result.plan) == [(None, None, "Álgebra"), (None, None, "Geometría")]
    assert pinned(result.plan, 1) == [("Geometría", 60, None)]
    assert warnings(result) == []
