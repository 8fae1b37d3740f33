"""Weekday names and lengths in Turkish, Polish, Indonesian and Vietnamese; weekday headings in a
language the reader does not know are refused by name, never read as the first section alone."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "other_languages"

Blocks = list[tuple[str, int, str | None]]


def days(plan: Plan) -> list[tuple[str | None, str, Blocks]]:
    return [
        (d.weekday, d.title, [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def test_polish_weekday_headings_are_days() -> None:
    result = read_plan(PLANS / "polish-weekday-headings-spans.md")
    assert days(result.plan) == [
        ("mon", "Poniedziałek", [("Fizyka", 45, "16:00"), ("Słówka", 30, "17:00")]),
        ("wed", "Środa", [("Chemia", 90, "18:00")]),
        ("fri", "Piątek", [("Historia", 45, "15:15")]),
    ]
    assert result.warnings == ()


def test_turkish_friday_and_saturday_are_told_apart() -> None:
    result = read_plan(PLANS / "turkish-weekday-headings-cuma-cumartesi.md")
    assert [(wd, title) for wd, title, _ in days(result.plan)] == [
        ("wed", "Çarşamba"),
        ("fri", "Cuma"),
        ("sat", "Cumartesi"),
        ("sun", "Pazar"),
    ]
    assert days(result.plan)[2][2] == [("Deneme sınavı", 80, "10:00")]


def test_turkish_lengths_in_dakika_and_saat() -> None:
    result = read_plan(PLANS / "turkish-lengths-dakika-saat.md")
    assert days(result.plan) == [
        ("tue", "Salı", [("Kitap okuma", 45, None), ("Proje", 90, None)]),
        ("thu", "Perşembe", [("Problem çözme", 30, None)]),
    ]


def test_vietnamese_weekday_headings_and_lengths() -> None:
    result = read_plan(PLANS / "vietnamese-weekday-headings-phut-gio.md")
    assert days(result.plan) == [
        ("tue", "Thứ Ba", [("Đọc sách", 30, None), ("Luyện nghe", 60, None)]),
        ("sun", "Chủ Nhật", [("Ôn tập", 60, "08:00")]),
    ]


def test_indonesian_day_headings_with_jam_and_menit() -> None:
    result = read_plan(PLANS / "indonesian-day-headings-jam-menit.md")
    assert days(result.plan) == [
        (None, "Dasar", [("Membaca", 60, None), ("Latihan soal", 30, None)]),
        (None, "Lanjutan", [("Kuis", 20, None)]),
    ]
    assert [d.number for d in result.plan.days] == [1, 2]


def test_polish_day_headings_with_godz_and_minut() -> None:
    result = read_plan(PLANS / "polish-lengths-godz-minut.md")
    assert [blocks for _, _, blocks in days(result.plan)] == [
        [("Angielski", 60, None), ("Słówka", 20, None)],
        [("Gramatyka", 45, None)],
    ]


def test_weekday_headings_in_an_unknown_language_are_refused_by_name() -> None:
    with pytest.raises(PlanError) as caught:
        read_plan(PLANS / "unknown-language-weekday-headings.md")
    message = str(caught.value)
    assert message.startswith(f"{PLANS / 'unknown-language-weekday-headings.md'}:3: ")
    assert (
        '3 headings over timed lines are not read as days: "Pondělí", "Úterý", "Středa"' in message
    )


def test_untimed_weekday_sections_after_a_one_day_agenda_are_no_days() -> None:
    result = read_plan(PLANS / "untimed-weekday-notes-after-agenda.md")
    assert days(result.plan) == [
        (None, "Daily routine", [("Morning run", 60, "06:00"), ("Deep work", 90, "07:30")])
    ]
    assert result.warnings == ()


def test_a_total_on_a_heading_over_days_is_no_line_left_out() -> None:
    result = read_plan(PLANS / "turkish-teacher-totals-over-weekdays.md")
    assert [(wd, [t for t, _, _ in blocks]) for wd, _, blocks in days(result.plan)] == [
        ("mon", ["8-A", "8-B"]),
        ("tue", ["7-C"]),
    ]
    assert result.warnings == ()


def test_a_sibling_section_with_a_length_but_no_clock_time_is_no_unread_day() -> None:
    result = read_plan(PLANS / "agenda-then-section-with-a-length-only.md")
    assert [blocks for _, _, blocks in days(result.plan)] == [
        [("Begrüßung", 60, "10:00"), ("Gruppenarbeit", 90, "11:00"), ("Ergebnisse", 30, "12:30")]
    ]
