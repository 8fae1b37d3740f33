"""A code timetable with points under its spans beneath a heading of weekdays or the weekend, a
weekday's one untimed point or short line as its block's title, weekday labels with their length
inside the bold, `Sábado` as Saturday and never a range, and a weekday written before a full date
that falls on another weekday."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, pinned, warnings

if TYPE_CHECKING:
    from planexport.model import Plan

PLANS = DATA / "weekday_code_dates"
WORKWEEK = ["mon", "tue", "wed", "thu", "fri"]


def _items(plan: Plan, index: int) -> list[tuple[str, int, list[str]]]:
    day = plan.days[index]
    return [
        (b.title, b.min_minutes, [i.text for i in b.items]) for v in day.variants for b in v.blocks
    ]


def test_weekday_and_weekend_schedules_in_code_with_points_are_those_days() -> None:
    result = read_plan(PLANS / "en-weekday-weekend-code-points.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        *((w, "Weekday Schedule") for w in WORKWEEK),
        ("sat", "Weekend Schedule"),
        ("sun", "Weekend Schedule"),
    ]
    assert pinned(plan, 0) == [("Flashcards and notes", 60, "05:30"), ("Lab work", 120, "18:00")]
    assert _items(plan, 4)[0][2] == ["Yesterday's weak cards", "Two new decks"]
    assert pinned(plan, 6) == [
        ("Practice exam", 180, "10:00"),
        ("Review the mistakes", 90, "14:00"),
    ]
    assert _items(plan, 5)[0][2] == ["Timed, closed book"]
    assert warnings(result) == []


def test_german_werktage_and_wochenende_with_starred_points_and_a_pause() -> None:
    result = read_plan(PLANS / "de-werktage-wochenende-code-points.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == [*WORKWEEK, "sat", "sun"]
    assert _items(plan, 2) == [
        ("Vorlesung nacharbeiten", 60, ["Skript Kapitel lesen", "Fragen notieren"]),
        ("Übungsblatt", 90, ["Aufgaben 1 bis 3"]),
    ]
    assert pinned(plan, 5) == [("Altklausur", 150, "09:00"), ("Korrektur", 30, "11:30")]
    assert warnings(result) == []


def test_spanish_tree_points_under_dias_laborables_and_fin_de_semana() -> None:
    plan = read_plan(PLANS / "es-dias-laborables-code-points.md").plan
    assert [(d.weekday, d.title) for d in plan.days][::5] == [
        ("mon", "Días laborables"),
        ("sat", "Fin de semana"),
    ]
    assert _items(plan, 0) == [
        ("Temario", 90, ["Un tema nuevo", "Esquema a mano"]),
        ("Test", 60, ["50 preguntas"]),
    ]
    assert _items(plan, 6) == [
        ("Simulacro", 180, []),
        ("Repaso de fallos", 60, ["Anotar en la libreta"]),
    ]


def test_french_numbered_and_dotted_points_with_a_meal_as_a_gap() -> None:
    plan = read_plan(PLANS / "fr-jours-de-semaine-code-points.md").plan
    assert [d.weekday for d in plan.days] == [*WORKWEEK, "sat", "sun"]
    assert _items(plan, 0) == [
        ("Mathématiques", 90, ["Fiche de cours", "Trois exercices"]),
        ("Philosophie", 60, ["Une dissertation en plan"]),
    ]
    assert pinned(plan, 5) == [("Annales", 120, "10:00"), ("Anglais", 60, "14:00")]


def test_dutch_doordeweeks_and_weekend_in_code() -> None:
    plan = read_plan(PLANS / "nl-doordeweeks-code-points.md").plan
    assert [d.weekday for d in plan.days] == [*WORKWEEK, "sat", "sun"]
    assert _items(plan, 3) == [
        ("Theorieboek", 45, ["Hoofdstuk voorrang", "Samenvatting maken"]),
        ("Oefenvragen", 30, ["25 vragen online"]),
    ]


def test_a_single_weekday_over_code_with_points_is_that_day() -> None:
    result = read_plan(PLANS / "it-lunedi-code-points.md")
    assert days(result.plan) == [("mon", None, "Lunedì"), ("tue", None, "Martedì")]
    assert _items(result.plan, 0) == [
        ("Analisi 2", 120, ["Serie di funzioni", "Esercizi dal libro"]),
        ("Fisica", 90, ["Ripasso delle onde"]),
    ]
    assert pinned(result.plan, 1) == [("Geometria", 120, "08:30"), ("Chimica", 90, "11:00")]
    assert warnings(result) == []


def test_a_code_template_with_points_beside_a_sample_week_stays_a_template() -> None:
    result = read_plan(PLANS / "pt-code-points-beside-sample-week.md")
    assert days(result.plan) == [("mon", None, "Segunda"), ("tue", None, "Terça")]
    assert '5: "Dias úteis": a day written only in a code block is a template, not read' in (
        warnings(result)
    )


def test_spans_over_paragraphs_of_prose_in_code_stay_a_template() -> None:
    result = read_plan(PLANS / "en-code-spans-over-prose-stay-template.md")
    assert days(result.plan) == [("sun", None, "Sunday")]
    assert '3: "Weekdays": a day written only in a code block is a template, not read' in (
        warnings(result)
    )


def test_a_weekdays_one_untimed_point_titles_its_block() -> None:
    result = read_plan(PLANS / "es-sabado-lone-point.md")
    assert _items(result.plan, 0) == [("Lunes", 120, ["Derivadas", "Integrales"])]
    assert days(result.plan)[1] == ("sat", None, "Sábado")
    assert _items(result.plan, 1) == [("Proyecto personal", 180, [])]
    assert warnings(result) == []


def test_a_lone_points_own_points_are_the_blocks_items() -> None:
    plan = read_plan(PLANS / "de-samstag-lone-point-with-subpoints.md").plan
    assert _items(plan, 0) == [("Mittwoch", 90, ["Vokabeln", "Grammatik"])]
    assert _items(plan, 1) == [("Projektarbeit", 120, ["Gliederung", "Quellen sammeln"])]


def test_a_lone_point_in_bold_loses_its_emphasis() -> None:
    plan = read_plan(PLANS / "nl-zaterdag-lone-point.md").plan
    assert blocks_with_items(plan) == [
        ("Woordjes herhalen", 60, None, []),
        ("Oefenexamen", 120, None, []),
    ]


def test_a_lone_checkbox_stays_an_item_of_the_weekdays_block() -> None:
    plan = read_plan(PLANS / "en-sunday-lone-checkbox-stays.md").plan
    assert _items(plan, 1) == [("Sunday", 45, ["[ ] Plan next week"])]


def test_a_weekday_before_an_iso_date_of_another_weekday_reads_the_date() -> None:
    result = read_plan(PLANS / "en-mon-iso-date-a-tuesday.md")
    assert days(result.plan) == [
        ("tue", dt.date(2026, 12, 8), "Mon 2026-12-08"),
        ("wed", dt.date(2026, 12, 9), "Wed 2026-12-09"),
    ]
    assert pinned(result.plan, 0) == [("Past paper 1", 120, "09:00")]
    assert warnings(result) == [
        '3: "Mon 2026-12-08": 2026-12-08 is a Tuesday, not a Monday: read as Tuesday 2026-12-08'
    ]


def test_a_spanish_weekday_before_a_long_date_of_another_weekday() -> None:
    result = read_plan(PLANS / "es-lunes-fecha-martes.md")
    assert days(result.plan)[0] == ("tue", dt.date(2026, 12, 8), "Lunes 8 de diciembre de 2026")
    assert warnings(result) == [
        '3: "Lunes 8 de diciembre de 2026": 2026-12-08 is a Tuesday, not a Monday: '
        "read as Tuesday 2026-12-08"
    ]


def test_a_german_weekday_before_a_dotted_date_of_another_weekday() -> None:
    result = read_plan(PLANS / "de-montag-datum-dienstag.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("tue", dt.date(2026, 12, 8)),
        ("wed", dt.date(2026, 12, 9)),
    ]
    assert warnings(result) == [
        '3: "Montag, 08.12.2026": 2026-12-08 is a Tuesday, not a Monday: read as Tuesday 2026-12-08'
    ]


def test_a_portuguese_bold_weekday_line_before_a_date_of_another_weekday() -> None:
    result = read_plan(PLANS / "pt-segunda-feira-data-terca.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("tue", dt.date(2026, 12, 8)),
        ("wed", dt.date(2026, 12, 9)),
    ]
    assert warnings(result) == [
        '3: "Segunda-feira, 8 de dezembro de 2026": 2026-12-08 is a Tuesday, not a Monday: '
        "read as Tuesday 2026-12-08"
    ]


def test_a_date_later_in_a_weekday_heading_is_no_days_date() -> None:
    result = read_plan(PLANS / "fr-lundi-autre-date-reste.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [("mon", None), ("wed", None)]
    assert warnings(result) == []


def test_a_bold_sabado_line_is_saturday_not_a_range_of_days() -> None:
    # "Sábado" once read as "Sáb a do", a range, so Saturday's line was Monday's block.
    result = read_plan(PLANS / "es-bold-sabado-line.md")
    assert days(result.plan) == [("mon", None, "Lunes"), ("sat", None, "Sábado")]
    assert pinned(result.plan, 1) == [("Proyecto personal", 180, None)]
    assert warnings(result) == []


def test_weekday_labels_with_the_length_inside_the_bold_are_days() -> None:
    plan = read_plan(PLANS / "es-weekday-labels-length-in-bold.md").plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Álgebra lineal"),
        ("wed", "Estadística"),
        ("sat", "Proyecto personal"),
    ]
    assert pinned(plan, 2) == [("Proyecto personal", 180, None)]


def test_weekday_lines_with_the_length_inside_the_bold_are_days() -> None:
    plan = read_plan(PLANS / "de-weekday-lines-length-in-bold.md").plan
    assert [
        (d.weekday, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ] == [
        ("mon", [("Analysis", 120)]),
        ("thu", [("Lineare Algebra", 90)]),
    ]


def test_a_weekdays_one_short_line_titles_its_block() -> None:
    plan = read_plan(PLANS / "fr-samedi-lone-line.md").plan
    assert _items(plan, 0) == [("Mercredi", 90, ["Fiches", "Exercices"])]
    assert _items(plan, 1) == [("Projet personnel", 180, [])]
    assert plan.days[1].notes == ()


def test_a_weekdays_one_sentence_stays_its_note() -> None:
    plan = read_plan(PLANS / "it-sabato-sentence-stays-note.md").plan
    assert _items(plan, 1) == [("Sabato", 120, [])]
    assert plan.days[1].notes == ("Ripasso libero, senza fretta.",)


def test_numbered_days_over_code_with_points_are_read() -> None:
    result = read_plan(PLANS / "nl-dag-code-points.md")
    assert [d.number for d in result.plan.days] == [1, 2]
    assert _items(result.plan, 0) == [
        ("Statistiek", 90, ["Hoofdstuk 4", "Oefentoets"]),
        ("Methoden", 60, ["Artikel lezen", "Samenvatting"]),
    ]
    assert pinned(result.plan, 1) == [("Proeftentamen", 120, "09:00"), ("Herhaling", 60, "13:00")]
    assert warnings(result) == []
