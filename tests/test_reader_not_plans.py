"""Files that are not plans are refused with what they are: a recipe (`## Ingredients` over a list,
`## Directions` over steps) or a tool's README whose only lengths are inside code; study plans that
mention cooking, and plans with code beside their lengths, are read as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planexport.cli import app
from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "not_plans"
runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "line", "found"),
    [
        (
            "en-recipe.md",
            12,
            '("Ingredients" at line 12: 6 items, 5 with a quantity, such as "150 g pearl '
            'barley"; "Method" at line 21: 4 steps), and its lengths (first at line 8: '
            '"⏲️ Prep time: 15 min") are cooking times',
        ),
        (
            "de-rezept.md",
            8,
            '("Zutaten" at line 8: 6 items, 6 with a quantity, such as "250 g Mehl"; '
            '"Zubereitung" at line 17: 5 steps), and its lengths (first at line 5: '
            '"Zubereitungszeit: 20 Minuten") are cooking times',
        ),
        (
            "es-receta.md",
            5,
            '("Ingredientes" at line 5: 5 items, 5 with a quantity, such as "400 g de garbanzos '
            'cocidos"; "Preparación" at line 13: 4 steps), and its lengths (first at line 3: '
            '"Tiempo de cocción: 1 hora") are cooking times',
        ),
    ],
)
def test_a_recipe_is_refused_with_its_sections(name: str, line: int, found: str) -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / name)
    assert raised.value.line == line
    message = str(raised.value)
    assert f"{PLANS / name}:{line}: not a plan: reads as a recipe {found}" in message
    assert "not blocks to schedule; no timed blocks found" in message


def test_a_tool_readme_with_lengths_only_in_code_is_refused() -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / "tool-readme.md")
    assert raised.value.line == 15
    assert (
        "not a plan: 4 lines give a length only inside code (line 15: `poll_every: 15 min`), "
        "as a tool's documentation writes settings and commands; no timed blocks found"
    ) in str(raised.value)


@pytest.mark.parametrize("name", ["en-recipe.md", "tool-readme.md"])
@pytest.mark.parametrize(
    "command",
    [
        ["show"],
        ["validate"],
        ["export", "ics", "-o", "{out}"],
        ["export", "todoist-csv", "-o", "{out}"],
    ],
    ids=["show", "validate", "export-ics", "export-csv"],
)
def test_every_command_refuses_what_is_not_a_plan(
    command: list[str], name: str, tmp_path: Path
) -> None:
    out = tmp_path / "out.file"
    result = runner.invoke(
        app, [*(p.replace("{out}", str(out)) for p in command), str(PLANS / name)]
    )
    assert result.exit_code == 2
    assert ": not a plan: " in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_a_meal_prep_study_day_is_read() -> None:
    result = read_plan(PLANS / "meal-prep-day.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Thermodynamics problem set", 90, "09:00"),
                ("Flashcards, chapter 6", 30, "10:45"),
                ("Meal prep for the week", 60, "11:30"),
                ("Lab report draft", 120, "14:00"),
            ],
        )
    ]
    assert result.plan.days[0].notes[:2] == ("Ingredients to buy:", "500 g brown rice")
    assert warnings(result) == []


def test_meal_prep_before_study_blocks_is_read() -> None:
    result = read_plan(PLANS / "meal-prep-first.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Boil the potatoes", 25, None),
                ("Bake the frittata", 30, None),
                ("Statistics, past paper 2", 120, "14:00"),
                ("Econometrics reading", 50, "16:15"),
            ],
        )
    ]


def test_a_day_with_cook_dinner_is_read() -> None:
    result = read_plan(PLANS / "cook-dinner-day.md")
    assert day_blocks(result.plan) == [
        (
            "thu",
            [
                ("Organic chemistry lecture notes", 90, "08:30"),
                ("Practice exam, part A", 90, "10:15"),
                ("Cook dinner", 30, None),
                ("Vocabulary review", 40, None),
            ],
        )
    ]


def test_code_beside_a_length_is_read() -> None:
    result = read_plan(PLANS / "coded-setting-plan.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Read about `git rebase -i`", 45, None),
                ("Try `git bisect run make test` on the sample repo", 30, None),
            ],
        ),
        (None, [("Branching exercises", 60, None)]),
    ]
