"""Emoji shortcodes (`:roller_coaster:`, `:+1:`) in titles: kept whole, as emoji are."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.blocks import tidy
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, warnings

PLANS = DATA / "emoji_shortcodes"


def test_a_shortcode_at_a_title_end_keeps_its_closing_colon() -> None:
    result = read_plan(PLANS / "fr-seance-shortcode-end.md")
    assert [title for _, _, title in days(result.plan)] == [
        "Séance 1 – Parc :roller_coaster:",
        "Séance 2 – Parc 🎢",
    ]
    assert [(title, minutes) for title, minutes, _, _ in blocks_with_items(result.plan)] == [
        (":zap: Énergie cinétique", 45),
        ("Mesures au chronomètre :stopwatch:", 30),
        ("Bilan :+1:", 15),
        ("⚡ Énergie potentielle", 45),
        ("Mesures au chronomètre ⏱️", 30),
    ]
    assert warnings(result) == []


def test_a_shortcode_alone_after_a_weekday_is_no_title_as_an_emoji_is_none() -> None:
    result = read_plan(PLANS / "en-weekday-shortcode-alone.md")
    assert result.plan.title == "Running week :running_shoe:"
    assert days(result.plan) == [("sat", None, "Saturday"), ("sun", None, "Sunday")]


def test_a_shortcode_after_a_clock_span_or_a_word_stays_and_the_times_are_read() -> None:
    result = read_plan(PLANS / "de-uhrzeit-und-shortcode.md")
    assert [(title, minutes, at) for title, minutes, at, _ in blocks_with_items(result.plan)] == [
        (":pencil2: Mathe", 45, "10:30"),
        ("Physik :atom_symbol:", 45, "11:15"),
        ("Pause :coffee: und Lesen", 45, "13:00"),
    ]


def test_a_shortcode_after_a_numbered_day_keeps_its_opening_colon() -> None:
    result = read_plan(PLANS / "es-sesion-shortcode-inicio.md")
    assert [title for _, _, title in days(result.plan)] == [":dna: Genética", "🧬 Evolución"]
    assert [title for title, _, _, _ in blocks_with_items(result.plan)] == [
        ":microscope: Práctica de laboratorio",
        "Repaso :-1: errores comunes",
        "🔬 Práctica de laboratorio",
    ]


def test_clock_times_and_labels_are_no_shortcodes() -> None:
    assert tidy("10:30:00 Review:") == "10:30:00 Review"
    assert tidy(": Notes :") == "Notes"
    assert tidy("Séance :roller_coaster: -") == "Séance :roller_coaster:"
