"""A line whose title names the evening or the afternoon (`6:00 - 9:00: Evening revision`)
has its times without am/pm in that half of the day, with a warning on its line, in the seven
languages; times written on a 24-hour clock or with am/pm stay as written."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

EVENING = DATA / "evening_lines"


def read(name: str) -> ReadResult:
    return read_plan(EVENING / name)


def timed(result: ReadResult) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for _, b in blocks_of(result.plan)]


def test_an_evening_title_moves_its_hours_past_noon() -> None:
    result = read("evening-revision.md")
    assert timed(result) == [("Maths", 120, "09:00"), ("Evening revision", 180, "18:00")]
    assert warnings(result) == [
        '5: "Evening revision" read as 18:00–21:00: its title says the evening, and its times'
        " have no am/pm"
    ]


def test_german_am_abend() -> None:
    result = read("vokabeln-am-abend.md")
    assert timed(result) == [("Vokabeln am Abend", 90, "19:00")]
    assert len(warnings(result)) == 1


def test_spanish_de_la_noche() -> None:
    assert timed(read("repaso-de-la-noche.md")) == [("Repaso de la noche", 120, "20:00")]


def test_french_du_soir() -> None:
    assert timed(read("revision-du-soir.md")) == [("Révision du soir", 60, "19:00")]


def test_italian_di_sera() -> None:
    assert timed(read("ripasso-di-sera.md")) == [("Ripasso di sera", 90, "20:00")]


def test_portuguese_da_noite() -> None:
    assert timed(read("revisao-da-noite.md")) == [("Revisão da noite", 120, "19:00")]


def test_dutch_middag_is_the_afternoon_and_avond_the_evening() -> None:
    result = read("lezen-in-de-middag.md")
    assert timed(result) == [
        ("Lezen in de middag", 120, "14:00"),
        ("Herhaling in de avond", 120, "19:00"),
    ]
    assert [w.split(":")[0] for w in warnings(result)] == ["4", "5"]


def test_an_afternoon_in_brackets_after_a_morning_line() -> None:
    result = read("afternoon-in-brackets.md")
    assert timed(result) == [("Morning run", 60, "07:00"), ("Physics (afternoon)", 120, "14:00")]
    assert warnings(result) == [
        '5: "Physics (afternoon)" read as 14:00–16:00: its title says the afternoon, and its'
        " times have no am/pm"
    ]


def test_a_24_hour_time_or_am_pm_stays_as_written() -> None:
    result = read("twenty-four-hour-stays.md")
    assert timed(result) == [("Evening prep", 60, "06:00"), ("Evening walk", 60, "17:00")]
    assert warnings(result) == []
