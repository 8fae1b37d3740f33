"""A spaced em dash before the length that ends a line (`Exercises 1–10 — 45 min`): a separator
between the title and the length, never the dash of a range."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.durations import find_duration
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "dash_lengths"


def _blocks(name: str) -> list[tuple[str, int, int]]:
    plan = read_plan(PLANS / name).plan
    return [(b.title, b.min_minutes, b.max_minutes) for b in plan.days[0].variants[0].blocks]


def test_a_numbered_range_in_the_title_keeps_its_numbers_before_a_spaced_dash() -> None:
    result = read_plan(PLANS / "en-numbered-range-then-length.md")
    assert _blocks("en-numbered-range-then-length.md") == [
        ("Install Python and an editor", 30, 30),
        ("Exercises 1–10", 45, 45),
        ("Quiz questions 11-20", 25, 25),
    ]
    assert warnings(result) == []


def test_a_count_before_a_spaced_dash_is_no_backwards_range() -> None:
    result = read_plan(PLANS / "en-count-then-hours.md")
    assert pinned(result.plan, 0) == [
        ("Two pointers review", 20, None),
        ("LeetCode easy ×3", 60, None),
        ("Mock interview x2", 90, None),
    ]
    assert warnings(result) == []  # no "the range 3 — 1 h runs backwards"


def test_german_chapters_before_a_spaced_dash_and_minutes() -> None:
    result = read_plan(PLANS / "de-chapters-then-minutes.md")
    assert _blocks("de-chapters-then-minutes.md") == [
        ("Skript Kapitel 3–5", 90, 90),
        ("Übungsblatt 2", 40, 40),
    ]
    assert warnings(result) == []


def test_a_spaced_double_hyphen_separates_as_the_em_dash_does() -> None:
    result = read_plan(PLANS / "fr-double-hyphen-separator.md")
    assert _blocks("fr-double-hyphen-separator.md") == [
        ("Exercices 1 à 12", 50, 50),
        ("Fiches 4–6", 60, 60),
    ]
    assert warnings(result) == []


def test_ranges_after_the_spaced_dash_stay_ranges() -> None:
    result = read_plan(PLANS / "es-ranges-after-the-dash-stay.md")
    assert _blocks("es-ranges-after-the-dash-stay.md") == [
        ("Lectura del tema 4", 30, 45),
        ("Problemas", 10, 20),
        ("Resumen 2–3 páginas", 15, 15),
    ]
    assert warnings(result) == []


def test_only_a_spaced_em_dash_before_a_closing_length_separates() -> None:
    def lengths(text: str) -> tuple[int, int, str] | None:
        found = find_duration(text)
        return None if found is None else (found.lo, found.hi, found.text)

    assert lengths("Exercises 1–10 — 45 min") == (45, 45, "45 min")
    assert lengths("Ejercicios 1–10 — 45 min.") == (45, 45, "45 min")
    assert lengths("**Sets 3 — 20 min**") == (20, 20, "20 min")
    assert lengths("10–45 min") == (10, 45, "10–45 min")  # a range as it is written
    assert lengths("Reading: 10 - 45 min") == (10, 45, "10 - 45 min")
    assert lengths("Reading: 10—45 min") == (10, 45, "10—45 min")  # no spaces: a range
    assert lengths("10 — 45 min of reading") == (10, 45, "10 — 45 min")  # the line goes on
