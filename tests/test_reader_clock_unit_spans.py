"""Two clock times with an hour word after them (`9:00 - 11:00 uur`, `19:30 - 22:30 hs`,
`22:30 - 00:30 h`): a span of the day, not a range of lengths of 9 to 11 hours; a range that
starts under five hours (`(1:30 - 2:00 uur)`) stays a range of lengths."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.clock_unit_spans import clock_unit_span
from planexport.reader.durations import find_duration
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "clock_unit_spans"


def test_dutch_spans_with_uur_are_times_of_day() -> None:
    result = read_plan(PLANS / "nl-uur-after-spans.md")
    assert [d[0] for d in days(result.plan)] == ["mon", "tue"]
    assert pinned(result.plan, 0) == [
        ("Statistiek herhalen", 120, "09:00"),
        ("Hoorcollege aanvullen", 90, "11:15"),
        ("Oefententamen", 150, "14:00"),
    ]
    assert pinned(result.plan, 1) == [
        ("Woordenlijst Duits", 90, "08:30"),
        ("Werkgroep voorbereiden", 120, "13:00"),
    ]
    assert warnings(result) == []


def test_spanish_spans_with_hs_and_h_are_times_of_day() -> None:
    result = read_plan(PLANS / "es-hs-after-spans.md")
    assert [d[0] for d in days(result.plan)] == ["wed", "thu"]
    assert pinned(result.plan, 0) == [
        ("Repaso de apuntes", 60, "18:30"),
        ("Clase de Redes", 180, "19:30"),
    ]
    assert pinned(result.plan, 1) == [
        ("Lectura del capítulo 4", 75, "07:00"),
        ("Ejercicios de álgebra", 60, "20:00"),
    ]
    assert warnings(result) == []


def test_a_span_past_midnight_keeps_its_minutes() -> None:
    result = read_plan(PLANS / "pt-span-past-midnight.md")
    assert pinned(result.plan, 0) == [
        ("Resumo de Anatomia", 120, "20:00"),
        ("Flashcards de Fisiologia", 120, "22:30"),
    ]
    assert warnings(result) == []


def test_a_range_of_lengths_stays_a_range() -> None:
    result = read_plan(PLANS / "length-range-stays.md")
    blocks = [b for v in result.plan.days[0].variants for b in v.blocks]
    assert [(b.title, b.min_minutes, b.max_minutes, b.at) for b in blocks] == [
        ("Artikel lezen", 90, 120, None),
        ("Samenvatting schrijven", 45, 60, None),
    ]
    assert warnings(result) == []


@pytest.mark.parametrize(
    ("text", "lo", "hi", "at"),
    [
        ("9:00 - 11:00 uur: Wiskunde", 120, 120, 540),
        ("13:00-14:30 uur Biologie", 90, 90, 780),
        ("19:00 - 22:00 hs", 180, 180, 1140),
        ("23:00 - 01:00 h", 120, 120, 1380),
        ("Lezen 1:30-2:00 h", 90, 120, None),
    ],
)
def test_find_duration(text: str, lo: int, hi: int, at: int | None) -> None:
    found = find_duration(text)
    assert found is not None
    assert (found.lo, found.hi, found.at) == (lo, hi, at)


def test_clock_unit_span_limits() -> None:
    assert clock_unit_span(90, 120) is None  # 1:30-2:00: lengths
    assert clock_unit_span(540, 540) is None  # no span at all
    assert clock_unit_span(1800, 2400) is None  # 30:00-40:00: no time of day
    assert clock_unit_span(60, 30) is None  # 1:00-0:30: an hour that starts no plan's day
    assert clock_unit_span(1380, 60) == (1380, 120)  # 23:00-1:00: past midnight
