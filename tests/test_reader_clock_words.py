"""Start-only agendas in other forms (`8h - Accueil`, `8 Uhr`, `9u30`, `## 18:00 Welcome`, italic
times, a bold span under a heading), a label's length before its span, and minute offsets."""

from __future__ import annotations

import datetime as dt

from planexport.model import Plan
from planexport.reader import load, read_plan
from tests.paths import DATA

PLANS = DATA / "clock_words"


def days(plan: Plan) -> list[tuple[str | None, dt.date | None, str]]:
    return [(d.weekday, d.date, d.title) for d in plan.days]


def blocks(plan: Plan, index: int) -> list[tuple[str, int, int, str | None, str | None]]:
    (variant,) = plan.days[index].variants
    return [(b.title, b.min_minutes, b.max_minutes, b.at, b.session) for b in variant.blocks]


def items(plan: Plan, day: int, block: int) -> list[str]:
    (variant,) = plan.days[day].variants
    return [item.text for item in variant.blocks[block].items]


def messages(name: str) -> list[str]:
    return [f"{w.line}: {w.message}" for w in read_plan(PLANS / name).warnings]


def test_french_hours_in_bold_lines_are_start_times_and_the_prose_under_them_their_items() -> None:
    plan = load(PLANS / "fr-hour-starts-prose.md")
    assert days(plan) == [("sat", dt.date(2024, 10, 12), "Samedi 12 octobre 2024")]
    # "12h - Déjeuner" is a gap; "17h - Clôture" ends the day: neither is a block.
    assert blocks(plan, 0) == [
        ("Accueil des bénévoles", 30, 30, "08:30", None),
        ("Ateliers du matin", 180, 180, "09:00", None),
        ("Conférences", 135, 135, "14:00", None),
        ("Table ronde", 45, 45, "16:15", None),
    ]
    # "10h30" inside the prose is no length of the workshop.
    assert items(plan, 0, 1) == ["Salle B, pause vers 10h30."]
    assert messages("fr-hour-starts-prose.md") == []


def test_french_spans_with_a_slash_or_a_dash_are_spans_and_a_start_before_one_lasts_to_it() -> None:
    plan = load(PLANS / "fr-hour-slash-spans.md")
    # "9h - Accueil" right before "9h30/12h30 - Forum ouvert" lasts until the forum starts.
    assert blocks(plan, 0) == [
        ("Accueil", 30, 30, "09:00", None),
        ("Forum ouvert", 180, 180, "09:30", None),
        ("Restitution", 90, 90, "14:00", None),
    ]
    assert list(plan.days[0].notes) == []  # "16h - Fin" ends the day


def test_german_uhr_and_dutch_u_hours_are_start_times() -> None:
    german = load(PLANS / "de-uhr-starts.md")
    assert blocks(german, 0) == [
        ("Ankunft und Kaffee", 30, 30, "08:00", None),
        ("Begrüßung", 90, 90, "08:30", None),
        ("Workshop Holzbau", 120, 120, "10:00", None),
    ]
    dutch = load(PLANS / "nl-u-starts.md")
    assert days(dutch) == [("wed", None, "Woensdag")]
    assert blocks(dutch, 0) == [
        ("Inloop", 30, 30, "09:00", None),
        ("Presentaties", 150, 150, "09:30", None),
        ("Werkgroepen", 180, 180, "13:00", None),
    ]


def test_hours_that_do_not_read_as_an_agenda_stay_lengths() -> None:
    plan = load(PLANS / "hour-lengths-stay.md")
    assert blocks(plan, 0) == [
        ("Concepts", 120, 120, None, None),
        ("Exercises", 90, 90, None, None),
    ]
    assert blocks(plan, 1) == [
        ("Mock exam", 180, 180, None, None),
        ("Review", 240, 240, None, None),
    ]


def test_headings_that_start_with_a_time_are_an_agenda_and_the_lines_under_them_items() -> None:
    plan = load(PLANS / "de-heading-starts.md")
    assert len(plan.days) == 1
    assert blocks(plan, 0) == [
        ("Begrüßung", 15, 15, "18:00", None),
        ("Kurzvortrag", 30, 30, "18:15", None),
        ("Diskussion", 45, 45, "18:45", None),
    ]
    assert items(plan, 0, 0) == ["Wir warten auf Nachzügler."]
    assert items(plan, 0, 1) == ["Thema: Rust im Alltag"]
    assert messages("de-heading-starts.md") == []


def test_time_headings_under_weekday_days_give_each_day_its_agenda() -> None:
    plan = load(PLANS / "en-heading-starts-under-days.md")
    assert days(plan) == [("mon", None, "Monday"), ("tue", None, "Tuesday")]
    assert blocks(plan, 0) == [("Keynote", 60, 60, "09:30", None), ("Labs", 90, 90, "10:30", None)]
    assert blocks(plan, 1) == [
        ("Review", 120, 120, "09:00", None),
        ("Demos", 90, 90, "11:00", None),
    ]
    assert items(plan, 0, 0) == ["Opening talk."]


def test_italic_times_are_read_and_german_adverb_weekdays_are_days() -> None:
    plan = load(PLANS / "de-italic-times-adverb-days.md")
    assert days(plan) == [("mon", None, "Montags"), ("tue", None, "Dienstags")]
    assert blocks(plan, 0) == [
        ("Ankunft", 30, 30, "09:00", None),
        ("Vorträge", 150, 150, "09:30", None),
    ]
    assert blocks(plan, 1) == [
        ("Exkursion", 150, 150, "09:00", None),
        ("Werkstatt", 120, 120, "13:00", None),
    ]


def test_a_span_alone_under_a_heading_pins_that_heading() -> None:
    plan = load(PLANS / "en-bold-span-under-emoji-headings.md")
    assert [(t, lo, at) for t, lo, _, at, _ in blocks(plan, 0)] == [
        ("🌅 Warm-up", 90, "05:00"),
        ("📘 Past papers", 150, "06:30"),
        ("🧘 Breathing", 45, "09:00"),
    ]
    assert items(plan, 0, 0) == ["Stretch", "Flashcards"]
    assert items(plan, 0, 1) == ["Paper 1"]


def test_a_label_with_its_length_then_a_span_is_pinned_and_its_offsets_kept_as_written() -> None:
    plan = load(PLANS / "es-session-length-then-span.md")
    assert days(plan) == [("mon", None, "Lunes")]
    assert blocks(plan, 0) == [
        ("Sesión de mañana", 45, 45, "07:15", None),
        ("Sesión de tarde", 120, 120, "18:00", None),
    ]
    assert items(plan, 0, 0) == ["**0-15 min**: repaso", "**15-45 min**: problemas nuevos"]
    assert items(plan, 0, 1) == ["**0-90 min**: proyecto", "**90-120 min**: revisión"]


def test_headings_with_bracketed_offsets_are_parts_and_the_offsets_under_them_items() -> None:
    plan = load(PLANS / "nl-bracket-offset-headings.md")
    assert blocks(plan, 0) == [
        ("Welkom", 10, 10, None, "BLOK 1: INTRODUCTIE"),
        ("Uitleg", 15, 15, None, "BLOK 1: INTRODUCTIE"),
        ("Opdracht in groepjes", 25, 25, None, "BLOK 2: OEFENEN"),
        ("Afsluiting", 10, 10, None, "BLOK 2: OEFENEN"),
    ]
    assert items(plan, 0, 0) == ["[0-3 min] Opening", "[3-10 min] Kennismaking"]
    assert plan.days[0].variants[0].hours == 1.0


def test_offsets_in_round_brackets_counted_from_the_heading_start_are_its_parts() -> None:
    plan = load(PLANS / "en-paren-offset-headings.md")
    assert blocks(plan, 0) == [
        ("Starter quiz", 15, 15, None, "Lesson"),
        ("Main task", 25, 25, None, "Lesson"),
        ("Exit ticket", 5, 5, None, "Lesson"),
    ]
    assert items(plan, 0, 1) == ["(15–25 min) Model answer", "(25–40 min) Pairs write"]
