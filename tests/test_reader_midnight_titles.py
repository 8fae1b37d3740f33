"""A title that opens with a midnight word after a start time in an agenda of start times
(`- 11:30 - midnight snack` before `- 12:00 - Reading`) starts there and lasts until the next
start; alone or beside day-long spans, `9:00 - midnight Game jam` is still a span to 24:00."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.midnight_titles import midnight_title_starts
from planexport.reader.outline import Item
from tests.paths import DATA
from tests.reader_support import pinned, quiet_blocks, warnings

TITLES = DATA / "midnight_titles"


@pytest.mark.parametrize(
    ("name", "read"),
    [
        (
            "midnight-snack-between-starts.md",
            [("Algebra", 90, "10:00"), ("midnight snack", 30, "11:30"), ("Reading", 60, "12:00")],
        ),
        (
            "mitternacht-zwischen-startzeiten.md",
            [("Mathe", 90, "10:00"), ("Mitternacht Imbiss", 30, "11:30"), ("Physik", 60, "12:00")],
        ),
        (
            "minuit-entre-creneaux.md",
            [
                ("Français", 90, "10:00"),
                ("minuit gourmand", 30, "11:30"),
                ("Histoire", 60, "12:00"),
            ],
        ),
        (
            "medianoche-en-paris.md",
            [
                ("Repaso de guiones", 30, "10:00"),
                ("Medianoche en París (película)", 120, "10:30"),
                ("Debate", 60, "12:30"),
            ],
        ),
        (
            "mezzanotte-in-un-elenco.md",
            [
                ("Storia", 120, "09:00"),
                ("mezzanotte bianca, prove del coro", 45, "11:00"),
                ("Latino", 60, "11:45"),
            ],
        ),
        (
            "meia-noite-em-paris.md",
            [
                ("Leitura", 60, "10:00"),
                ("Meia-noite em Paris (filme)", 120, "11:00"),
                ("Debate", 60, "13:00"),
            ],
        ),
        (
            "middernacht-in-een-lijst.md",
            [
                ("Wiskunde", 90, "09:30"),
                ("Middernacht in Parijs kijken", 90, "11:00"),
                ("Nabespreking", 45, "12:30"),
            ],
        ),
    ],
)
def test_a_midnight_word_that_opens_a_title_in_an_agenda_is_no_span(
    name: str, read: list[tuple[str, int, str]]
) -> None:
    assert quiet_blocks(TITLES / name) == read


def test_a_span_to_midnight_with_one_line_after_it_stays_a_span() -> None:
    result = read_plan(TITLES / "game-jam-with-one-line-after.md")
    assert pinned(result.plan, 0) == [("Game jam", 900, "09:00")]


def test_a_span_to_midnight_beside_a_day_long_span_stays_a_span() -> None:
    result = read_plan(TITLES / "hackathon-beside-a-long-span.md")
    assert pinned(result.plan, 0) == [("Venue open", 900, "08:00"), ("Hackathon", 900, "09:00")]
    assert any('"Hackathon" (09:00–00:00) overlaps' in w for w in warnings(result))


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("11:30 - midnight snack", (690, "midnight snack")),
        ("11:30 – Mitternacht Imbiss", (690, "Mitternacht Imbiss")),
        ("11.30 - mezzanotte bianca", (690, "mezzanotte bianca")),
        ("11h30 - minuit gourmand", (690, "minuit gourmand")),
        ("11:30 - midnight: snack", None),  # the colon ends the span
        ("11:30 am - midnight snack", None),  # am/pm written: the clock is said
        ("22:00 - midnight snack", None),  # two hours: a span like any other
        ("11:30 bis Mitternacht Imbiss", None),  # `bis` says `to`
        ("11:30 - midnight", None),  # nothing after it
    ],
)
def test_which_lines_a_later_start_turns_into_a_title(
    line: str, read: tuple[int, str] | None
) -> None:
    items = [Item("10:00 - Algebra", 1), Item(line, 2), Item("12:00 - Reading", 3)]
    agenda: list[tuple[int, str] | None] = [(600, "Algebra"), None, (720, "Reading")]
    midnight_title_starts(items, agenda)
    assert agenda[1] == read


def test_a_later_start_outside_the_span_keeps_it() -> None:
    items = [Item("8:00 - Breakfast", 1), Item("9:00 - midnight Hackathon", 2)]
    items.append(Item("9:00 - Kickoff", 3))
    agenda: list[tuple[int, str] | None] = [(480, "Breakfast"), None, (540, "Kickoff")]
    midnight_title_starts(items, agenda)
    assert agenda[1] is None
