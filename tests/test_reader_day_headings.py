"""Day headings and span headings as plans write them: today's weekday in brackets, the day of
the month before a title, days in a final section after the weeks, dated days of a length said
in words, span headings over labelled lines, and start times in brackets after a title."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, dated_days, days, pinned, warnings

HEADINGS = DATA / "day_headings"


def test_today_with_its_weekday_in_brackets_is_that_weekday() -> None:
    result = read_plan(HEADINGS / "en-today-weekday.md")
    assert days(result.plan) == [("mon", None, "Monday"), ("tue", None, "TUESDAY")]
    assert pinned(result.plan, 0) == [
        ("Install the toolchain", 25, None),
        ("Skim the lecture slides", 35, None),
    ]
    assert warnings(result) == []


def test_german_today_and_tomorrow_name_their_weekdays() -> None:
    plan = read_plan(HEADINGS / "de-heute-morgen.md").plan
    assert days(plan) == [("mon", None, "Montag"), ("tue", None, "Dienstag")]
    assert pinned(plan, 1) == [("Probeklausur", 90, None)]


def test_a_topic_after_todays_weekday_is_the_days_title() -> None:
    plan = read_plan(HEADINGS / "es-hoy-con-tema.md").plan
    assert days(plan) == [("mon", None, "Derivadas"), ("wed", None, "Miércoles")]


def test_the_day_of_the_month_before_a_title_is_no_part_of_it() -> None:
    plan = read_plan(HEADINGS / "it-giorno-del-mese-titolo.md").plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("tue", "Grafi"),
        ("wed", "Alberi"),
        # "### Giovedì 6 (1h)" under "## Settimana 1 (3-9 marzo)": no topic, so titled as
        # "### Giovedì 6 marzo (1h)" is, by its weekday and date
        ("thu", "Giovedì 6 marzo"),
    ]
    assert [b[:2] for b in blocks_with_items(plan)] == [
        ("Grafi", 120),
        ("Alberi", 90),
        ("Giovedì", 60),
    ]


def test_a_day_and_month_or_an_ordinal_before_a_title_are_no_part_of_it() -> None:
    plan = read_plan(HEADINGS / "en-day-and-month-before-title.md").plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("tue", "Parsing"),
        ("wed", "Type checking"),
    ]


def test_a_count_after_the_weekday_stays_in_the_title() -> None:
    plan = read_plan(HEADINGS / "es-numero-no-es-dia.md").plan
    assert days(plan) == [("mon", None, "3 problemas")]


def test_dated_days_in_a_final_section_after_the_weeks_are_days_of_the_plan() -> None:
    result = read_plan(HEADINGS / "it-giorni-nel-finale.md")
    assert [(w, wd, title, blocks) for w, wd, _, title, blocks in dated_days(result.plan)] == [
        (1, "mon", "Insiemi", [("Insiemi", 60, None)]),
        (2, "mon", "Funzioni", [("Funzioni", 60, None)]),
        # one week more than the last, so that they come after it
        (3, "mon", "Lunedì 16 febbraio", [("Lunedì", 90, None)]),
        (3, "tue", "Martedì 17 febbraio", [("Martedì", 120, None)]),
    ]
    # No year is written, and 2 February is no Monday from two weeks before today on.
    assert warnings(result) == [
        '5: "Lunedì 2 febbraio - Insiemi (1h)": the plan writes no year and 2 febbraio is no '
        "Monday from two weeks ago on: the days' weekdays are read, not their dates (write the "
        "year to date them)"
    ]


def test_a_guide_after_the_weeks_stays_a_guide() -> None:
    result = read_plan(HEADINGS / "en-guide-after-weeks-stays-guide.md")
    assert [(d.week, d.weekday) for d in result.plan.days] == [(1, "mon"), (2, "mon")]
    assert warnings(result) == [
        '15: "Monday — Coding Session Guide" is outside the plan\'s weeks: a guide, not a day'
    ]


def test_a_french_dated_heading_with_duree_environ_is_a_day_of_that_length() -> None:
    result = read_plan(HEADINGS / "fr-date-duree-environ.md")
    assert dated_days(result.plan) == [
        (None, "mon", dt.date(2026, 5, 4), "Lundi 4 mai 2026", [("Lundi", 60, None)]),
        (None, "tue", dt.date(2026, 5, 5), "Mardi 5 mai 2026", [("Mardi", 45, None)]),
    ]
    assert result.plan.days[0].notes == ("Premier exercice sur les suites.",)
    assert warnings(result) == []


def test_a_german_dated_heading_with_dauer_ca_is_a_day_of_that_length() -> None:
    plan = read_plan(HEADINGS / "de-datum-dauer-ca.md").plan
    assert [(d.date, d.title) for d in plan.days] == [
        (dt.date(2026, 5, 4), "Montag, 4. Mai 2026"),
        (dt.date(2026, 5, 5), "Dienstag, 5. Mai 2026"),
    ]
    assert [b[1] for b in blocks_with_items(plan)] == [60, 40]


def test_an_english_dated_heading_with_about_is_a_day_of_that_length_over_its_bullets() -> None:
    plan = read_plan(HEADINGS / "en-date-about-length.md").plan
    assert blocks_with_items(plan) == [
        ("Monday", 60, None, ["Sequences", "Series"]),  # a date is no block's title
        ("Tuesday", 30, None, []),
    ]
    assert [d.date for d in plan.days] == [dt.date(2026, 5, 4), dt.date(2026, 5, 5)]


def test_span_headings_are_titled_by_their_focus_and_their_breaks_are_gaps() -> None:
    result = read_plan(HEADINGS / "en-span-headings-labels.md")
    assert blocks_with_items(result.plan) == [
        ("Linear algebra", 90, "09:00", ["**Plan**: Two proofs, then drills."]),
        ("Statistics", 75, "10:45", []),
        ("Writing", 60, "13:00", []),
    ]
    assert warnings(result) == []


def test_span_headings_over_plain_items_take_the_item_as_title_and_meals_are_gaps() -> None:
    plan = read_plan(HEADINGS / "de-span-headings-plain.md").plan
    assert blocks_with_items(plan) == [
        ("Analysis", 90, "08:00", []),
        ("Lineare Algebra", 75, "09:45", ["Aufgaben 1 bis 6"]),
    ]


def test_a_subject_label_stays_in_the_title_and_a_snack_is_a_gap() -> None:
    plan = read_plan(HEADINGS / "es-span-heading-materia.md").plan
    assert pinned(plan, 0) == [
        ("Química orgánica", 90, "16:00"),
        ("Historia: la Revolución francesa", 60, "18:00"),
    ]


def test_dotted_start_times_in_brackets_are_an_agenda_of_starts() -> None:
    result = read_plan(HEADINGS / "it-orari-tra-parentesi.md")
    assert pinned(result.plan, 0) == [
        ("⏰ Sveglia", 5, "06:15"),
        ("Stretching", 25, "06:20"),
        ("Studio", 75, "06:45"),
    ]
    assert warnings(result) == ['12: "Uscita (8.00)" has a start time but no length']


def test_colon_start_times_in_brackets_are_an_agenda_of_starts() -> None:
    result = read_plan(HEADINGS / "en-start-in-brackets.md")
    assert blocks_with_items(result.plan) == [
        ("Wake up", 10, "06:30", ["Same time every day."]),
        ("Journal", 20, "06:40", []),
        ("Deep work", 90, "07:00", ["The hardest task first."]),
    ]
    assert warnings(result) == ['11: "Commute (8:30)" has a start time but no length']


def test_hour_h_start_times_in_brackets_are_an_agenda_of_starts() -> None:
    plan = read_plan(HEADINGS / "pt-horario-h-entre-parenteses.md").plan
    assert pinned(plan, 0) == [
        ("Acordar", 15, "06:30"),
        ("Leitura", 45, "06:45"),
        ("Revisão", 30, "07:30"),
    ]


def test_one_number_in_brackets_after_a_heading_is_no_start() -> None:
    result = read_plan(HEADINGS / "nl-een-tijd-tussen-haakjes.md")
    assert days(result.plan) == [("mon", None, "Maandag")]
    assert pinned(result.plan, 0) == [("Herhalen", 45, None)]


def test_start_times_in_brackets_run_again_under_each_day() -> None:
    result = read_plan(HEADINGS / "en-start-brackets-per-day.md")
    assert [d.title for d in result.plan.days] == ["Day 1", "Day 2"]
    # 9:00, 10:30, 12:00: a series at 90 minutes, so its last lasts 90 minutes too; Day 2's
    # steps differ (120, then 90 minutes), so its last start has no length
    assert pinned(result.plan, 0) == [
        ("Keynote", 90, "09:00"),
        ("Workshop", 90, "10:30"),
        ("Wrap-up", 90, "12:00"),
    ]
    assert pinned(result.plan, 1) == [("Talks", 120, "09:00"), ("Panel", 90, "11:00")]
    assert warnings(result) == [
        '9: "Wrap-up (12:00)" has a start time but no length: read as 90 min like the ones before',
        '17: "Closing (12:30)" has a start time but no length',
    ]


def test_a_weekday_with_its_hour_in_brackets_stays_a_day() -> None:
    plan = read_plan(HEADINGS / "de-wochentag-mit-uhrzeit.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "thu"]
    assert [b[:3] for b in blocks_with_items(plan)] == [
        ("Vorlesung", 90, "18:00"),  # the heading's hour starts the day's list
        ("Übung", 90, "18:00"),
    ]


def test_times_in_brackets_that_go_backwards_are_no_agenda() -> None:
    plan = read_plan(HEADINGS / "fr-heures-en-arriere.md").plan
    assert all(b[2] is None for b in blocks_with_items(plan))
