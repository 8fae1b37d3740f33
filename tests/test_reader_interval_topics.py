"""`Intervalo de confiança`, `Intervalo de confiança para a média`: a topic of statistics, read
as the block it titles, never as a break. `Intervalo` names a break when what follows its
`de`/`para` is a break, a meal, a length or nothing (`Intervalo para o café`, `Intervalo de 15
minutos`)."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "interval_topics"


def _blocks(name: str) -> list[tuple[str, int, str | None, str | None]]:
    result = read_plan(PLANS / name)
    assert warnings(result) == []
    return [(b.title, b.min_minutes, b.at, b.session) for _, b in blocks_of(result.plan)]


def test_a_confidence_interval_span_is_a_block_and_the_coffee_interval_a_gap() -> None:
    assert _blocks("pt-confidence-interval-span-is-a-topic-the-coffee-interval-a-gap.md") == [
        ("Intervalo de confiança para a média", 60, "14:00", None),
        ("Testes de hipótese", 45, "15:15", None),
    ]


def test_a_confidence_interval_under_an_evening_session_is_its_first_block() -> None:
    assert _blocks("pt-confidence-interval-under-a-session-is-a-block.md") == [
        ("Intervalo de confiança", 45, "19:00", "Noite"),
        ("Testes de hipótese", 75, "19:45", "Noite"),
    ]


def test_near_miss_an_intervalo_of_fifteen_minutes_stays_a_gap() -> None:
    assert _blocks("es-intervalo-de-15-minutos-stays-a-gap.md") == [
        ("Intervalos de confianza", 50, "16:00", "Tarde"),
        ("Regresión lineal", 55, "17:05", "Tarde"),
    ]
