"""Small slips: meals are gaps in every language, a day left with no block says why, a bare
bullet is no item, and a title that ends in initials keeps their dot."""

from __future__ import annotations

import pytest

from planexport.model import Plan
from planexport.reader import read_markdown, read_plan
from tests.paths import DATA

PLANS = DATA / "structure"


def blocks(plan: Plan) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for d in plan.days for v in d.variants for b in v.blocks]


@pytest.mark.parametrize(
    "meal",
    ["Frühstück", "Ontbijt", "Breakfast", "Desayuno", "Petit-déjeuner", "Colazione",
     "Café da manhã", "Avondeten", "Abendessen", "Diner", "Cena", "Jantar"],
)  # fmt: skip
def test_a_meal_row_is_a_gap_in_every_language(meal: str) -> None:
    text = f"# P\n\n## Monday\n\n- 08:00 - 09:00 {meal}\n- 09:00 - 10:00 Workshop\n"
    assert blocks(read_markdown(text).plan) == [("Workshop", 60, "09:00")]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Café da manhã / meditar / 20 minutos de exercícios", True),
        ("Breakfast / stretching / inbox", True),
        ("Lunch / rest", False),
        ("Almoço / descanso", False),
        ("Lunch + rest / hobby", False),
    ],
)
def test_a_meal_among_other_activities_split_by_slashes_is_a_block(line: str, kept: bool) -> None:
    # A line that lists a meal with other things to do is a block of them; only a line of
    # breaks alone is a gap.
    text = f"# P\n\n## Monday\n\n- 07:00 - 08:00 {line}\n- 09:00 - 10:00 Workshop\n"
    titles = [title for title, _, _ in blocks(read_markdown(text).plan)]
    assert titles == ([line, "Workshop"] if kept else ["Workshop"])


def test_a_day_left_with_no_block_after_a_warned_line_says_so() -> None:
    result = read_plan(PLANS / "meals-only-day-warned.md")
    assert [(d.weekday, len(d.variants)) for d in result.plan.days] == [("sat", 1), ("sun", 0)]
    assert [(w.line, w.message) for w in result.warnings] == [
        (
            13,
            '"Dimanche" has no block: its breaks and meals are gaps and its other timed lines '
            "are warned, so it is shown as a rest day",
        ),
        (18, 'row "Rangement de la salle" has a start time but no length'),
    ]


def test_a_day_of_breaks_alone_is_a_rest_day_without_a_word() -> None:
    text = "# P\n\n## Monday\n\n- 09:00 - 10:00 Study\n\n## Sunday\n\n- 12:00 - 13:00 Lunch\n"
    result = read_markdown(text)
    assert [len(d.variants) for d in result.plan.days] == [1, 0]
    assert result.warnings == ()


def test_a_bare_bullet_is_no_item_and_initials_keep_their_dot() -> None:
    result = read_plan(PLANS / "bare-bullet-and-initials.md")
    (day,) = result.plan.days
    (variant,) = day.variants
    opening, sessions = variant.blocks
    assert opening.title == "Openingslezing door K. L."
    assert [i.text for i in sessions.items] == [
        "Didactiek van de algebra. R. de Wit",
        "Meten in de klas. J. Bos",
    ]
    assert result.warnings == ()


def test_a_title_that_ends_a_sentence_still_loses_its_full_stop() -> None:
    text = "# P\n\n## Monday\n\n- 09:00 - 10:00 Read chapter 3.\n- 10:00 - 11:00 Do part B.\n"
    assert [t for t, _, _ in blocks(read_markdown(text).plan)] == ["Read chapter 3", "Do part B"]
