"""Clock spans after a line's title with the hour word only after the end (`Recepção 8-8:30h`,
`- Physik: 10:45-12 Uhr`, `Lezione 8.30-10h`, `- Lezen: 18-19.30u`): the line's span of the
day, titled by the words before it, not a length of 8 h 30 min; bare hours stay lengths."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.trailing_spans import trailing_spans
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "trailing_spans"


def test_portuguese_spans_after_titles_are_the_day_agenda() -> None:
    result = read_plan(PLANS / "pt-list-after-titles.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [("Recepção", 30, "08:00"), ("Abertura", 90, "08:30"), ("Café", 25, "10:00"),
             ("Oficina de Python", 90, "10:30")],
        )
    ]  # fmt: skip
    assert warnings(result) == []  # no "lasts 30-10h, longer than a day"


def test_uhr_after_a_colon_and_bold_spans_after_a_dash() -> None:
    result = read_plan(PLANS / "de-es-uhr-and-colon.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Mathe", 90, "09:00"), ("Physik (Raum 2)", 75, "10:45")]),
        ("sun", [("Recepción", 30, "09:00"), ("Taller de redacción", 90, "09:30")]),
    ]
    assert warnings(result) == []


def test_dotted_minutes_in_paragraphs_and_dutch_u() -> None:
    result = read_plan(PLANS / "it-nl-paragraphs-and-u.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Accoglienza", 30, "08:00"), ("Lezione di analisi", 90, "08:30")]),
        ("tue", [("Lezen", 90, "18:00"), ("Samenvatten", 75, "19:45")]),
    ]
    assert warnings(result) == []


def test_bare_hours_after_a_title_stay_lengths() -> None:
    result = read_plan(PLANS / "en-bare-hour-lengths-stay.md")
    blocks = [b for v in result.plan.days[0].variants for b in v.blocks]
    assert [(b.title, b.min_minutes, b.max_minutes, b.at) for b in blocks] == [
        ("Reading", 120, 180, None),
        ("Writing", 60, 120, None),
    ]


def test_only_a_title_alone_before_a_span_of_the_day_moves() -> None:
    assert trailing_spans("Recepção 8-8:30h") == "08:00-08:30 Recepção"
    assert trailing_spans("- Cours des familles 9:30-11h") == "- 09:30-11:00 Cours des familles"
    for line in (
        "- Review from 9-10:30h",  # the title leads to the span
        "- 9:00 Cours 10-10:30h",  # the line's own start first
        "- Sleep 1-1:30h",  # before 6 in the morning: a length
        "- Mathe 9.00-10.30 Uhr",  # read as written already
        "Alle Termine: 17–18:30 Uhr",  # the time of the lines above, no block
        "## Recepção 8-8:30h",
        "| Café | 10-10:25h |",
    ):
        assert trailing_spans(line) == line
