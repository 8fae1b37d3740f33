"""French hours written with `h` at the start of a line in an agenda are clock times, not lengths:
`* Après-midi` / `* 13h30 : inscriptions` starts at 13:30; `9h30-10H:15` is a span."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import undated

PLANS = DATA / "clock_notations"


def blocks(plan: Plan, index: int = 0) -> list[tuple[str | None, int, str, str | None]]:
    return [
        (b.at, b.min_minutes, b.title, b.session)
        for v in plan.days[index].variants
        for b in v.blocks
    ]


def messages(name: str) -> list[str]:
    return [f"{w.line}: {w.message}" for w in read_plan(PLANS / name).warnings]


def test_hours_under_an_afternoon_session_are_start_times() -> None:
    plan = read_plan(PLANS / "apres-midi-hour-starts.md").plan
    assert blocks(plan) == [
        ("09:00", 90, "Atelier d'écriture", "Matin"),
        ("14:15", 165, "visite du musée", "Après-midi"),  # until the next start
    ]
    # The last start has no end: said, never a block of 17 hours.
    assert messages("apres-midi-hour-starts.md") == [
        undated("Mardi 4 juin", "4 juin", "Tuesday", line=3),
        '8: "17h : bilan de la journée" has a start time but no length',
    ]


def test_a_lone_start_under_a_part_of_the_day_is_a_note_with_a_warning() -> None:
    plan = read_plan(PLANS / "lone-hour-start-under-part-of-day.md").plan
    assert blocks(plan, 1) == []
    assert "16:30 : exposés des binômes" in plan.days[1].notes
    assert messages("lone-hour-start-under-part-of-day.md") == [
        undated("Mercredi 5 juin", "5 juin", "Wednesday", line=3),
        '11: "16h30 : exposés des binômes" has a start time but no length: kept as a note',
    ]


def test_starts_under_a_sentence_with_their_step_take_its_length() -> None:
    plan = read_plan(PLANS / "hour-starts-after-a-sentence.md").plan
    # "15 minutes … et 5 minutes de débat" is each speaker's 20 minutes: the last one's too.
    assert blocks(plan) == [
        ("10:00", 20, "Ana Lopes", "Matin"),
        ("10:20", 20, "Luc Martin", "Matin"),
        ("10:40", 20, "Marta Rossi", "Matin"),
    ]
    assert plan.days[0].notes[0].startswith("Chaque intervenant aura 15 minutes")
    assert messages("hour-starts-after-a-sentence.md") == [
        undated("Vendredi 7 juin", "7 juin", "Friday", line=3)
    ]


def test_rising_hours_that_would_not_fit_in_a_day_as_lengths_are_starts() -> None:
    plan = read_plan(PLANS / "hour-start-run-without-session.md").plan
    assert blocks(plan) == [
        ("09:30", 15, "Provenance des collections", None),
        ("09:45", 15, "Matérialité des objets", None),
        ("10:00", 15, "Iconographie", None),  # the last of a quarter-hour series: a quarter too
    ]
    assert messages("hour-start-run-without-session.md") == [
        undated("Mercredi 12 juin", "12 juin", "Wednesday", line=3),
        '6: "10h Iconographie" has a start time but no length: read as 15 min like the ones before',
    ]


def test_lengths_written_with_h_stay_lengths_in_a_day_of_lengths() -> None:
    plan = read_plan(PLANS / "hour-lengths-stay-lengths.md").plan
    assert [(at, minutes) for at, minutes, _, _ in blocks(plan)] == [
        (None, 120),
        (None, 90),
        (None, 90),
    ]


def test_an_upper_case_h_with_a_colon_ends_a_span() -> None:
    plan = read_plan(PLANS / "upper-case-h-span.md").plan
    assert blocks(plan) == [
        ("09:30", 45, "Accueil des participants", None),
        ("10:15", 45, "Conférence d'ouverture", None),
    ]


def test_an_hour_said_in_passing_is_not_the_start_lines_length() -> None:
    plan = read_plan(PLANS / "passing-hour-in-a-start-title.md").plan
    # "(clôture à 18h)" says when registration closes: no 18-hour length.
    assert blocks(plan) == [
        ("13:30", 90, "les inscriptions sont ouvertes (clôture à 18h)", "Après-midi"),
        ("15:00", 60, "table ronde", "Après-midi"),
        ("16:00", 60, "visite guidée", "Après-midi"),
    ]
    assert messages("passing-hour-in-a-start-title.md") == [
        undated("Samedi 8 juin", "8 juin", "Saturday", line=3)
    ]
