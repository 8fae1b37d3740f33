"""The plan model: validation rules and the public JSON shape."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from planexport.model import (
    Block,
    Day,
    Goal,
    Item,
    Link,
    Plan,
    Variant,
    made_block,
    made_day,
    made_item,
    made_plan,
    made_variant,
)

ROOT = Path(__file__).resolve().parent.parent


def block(title: str = "Concepts", lo: int = 60, hi: int = 60) -> Block:
    return Block(title=title, min_minutes=lo, max_minutes=hi)


def test_json_shape_is_the_public_contract() -> None:
    plan = Plan(
        id="p",
        title="P",
        days=(
            Day(
                number=1,
                title="One",
                variants=(
                    Variant(
                        hours=4,
                        blocks=(
                            Block(
                                title="Concepts",
                                label="Block 1",
                                min_minutes=60,
                                max_minutes=75,
                                items=(Item(text="a", children=(Item(text="b"),)),),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    )
    assert plan.model_dump(mode="json") == {
        "id": "p",
        "title": "P",
        "goals": [],
        "links": [],
        "days": [
            {
                "number": 1,
                "title": "One",
                "focus": None,
                "variants": [
                    {
                        "hours": 4.0,
                        "blocks": [
                            {
                                "title": "Concepts",
                                "label": "Block 1",
                                "min_minutes": 60,
                                "max_minutes": 75,
                                "note": None,
                                "items": [
                                    {"text": "a", "children": [{"text": "b", "children": []}]}
                                ],
                                "at": None,
                                "session": None,
                                "done": False,
                            }
                        ],
                    }
                ],
                "week": None,
                "weekday": None,
                "date": None,
                "notes": [],
            }
        ],
    }


def test_models_are_immutable() -> None:
    b = block()
    with pytest.raises(ValidationError):
        b.title = "Other"


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError, match="extra"):
        Block.model_validate({"title": "x", "min_minutes": 1, "max_minutes": 1, "colour": "red"})


@pytest.mark.parametrize(("lo", "hi"), [(0, 10), (-5, 10), (20, 10)])
def test_minutes_must_be_positive_and_ordered(lo: int, hi: int) -> None:
    with pytest.raises(ValidationError):
        block(lo=lo, hi=hi)


def test_day_numbers_are_positive_and_unique() -> None:
    with pytest.raises(ValidationError, match="two days are numbered 1"):
        Plan(id="p", title="P", days=(Day(number=1, title="a"), Day(number=1, title="b")))
    with pytest.raises(ValidationError):
        Day(number=0, title="zero")


def test_a_plan_has_days() -> None:
    with pytest.raises(ValidationError):
        Plan(id="p", title="P", days=())


def test_variant_hours_are_unique_per_day() -> None:
    with pytest.raises(ValidationError, match="two 4-hour plans"):
        Day(
            number=1,
            title="a",
            variants=(Variant(hours=4, blocks=(block(),)), Variant(hours=4, blocks=(block(),))),
        )


def test_variant_choice_falls_back_to_nearest_shorter_then_shortest() -> None:
    day = Day(
        number=1,
        title="a",
        variants=(Variant(hours=6, blocks=(block(),)), Variant(hours=4, blocks=(block(),))),
    )
    chosen = [day.variant(h) for h in (None, 4, 5, 6, 8, 2)]
    assert [v.hours if v else None for v in chosen] == [4, 4, 4, 6, 6, 4]
    assert Day(number=2, title="rest").variant(4) is None


def test_range_text_uses_an_en_dash() -> None:
    assert block(lo=60, hi=75).range_text == "60–75 min"
    assert block(lo=60, hi=60).range_text == "60 min"


# The reader's way in: values it made, checked as the models check them.

_BLOCK: dict[str, Any] = {
    "title": "Concepts",
    "label": None,
    "min_minutes": 60,
    "max_minutes": 75,
    "note": None,
    "items": (),
    "at": "09:30",
    "session": None,
    "done": False,
}


def _errors(call: Callable[[], object]) -> list[tuple[object, ...]]:
    with pytest.raises(ValidationError) as caught:
        call()
    return [(e["loc"], e["msg"]) for e in caught.value.errors()]


def _block_errors(values: dict[str, Any]) -> tuple[object, object]:
    return _errors(lambda: made_block(**values)), _errors(lambda: Block(**values))


def test_made_models_equal_validated_ones() -> None:
    item = made_item(text="a", children=(made_item(text="b", children=()),))
    assert item == Item(text="a", children=(Item(text="b", children=()),))
    blk = made_block(**{**_BLOCK, "items": (item,)})
    assert blk == Block(**{**_BLOCK, "items": (item,)})
    variant = made_variant(hours=4.0, blocks=(blk,))
    day = made_day(
        number=1,
        title="One",
        focus=None,
        week=2,
        weekday="mon",
        date=dt.date(2026, 3, 2),
        notes=("n",),
        variants=(variant,),
        busy=(),
    )
    plan = made_plan(id="p", title="P", goals=(("G", ("x",)),), links=(("L", "u"),), days=(day,))
    validated = Plan(
        id="p",
        title="P",
        goals=(Goal(title="G", items=("x",)),),
        links=(Link(text="L", target="u"),),
        days=(
            Day(
                number=1,
                title="One",
                focus=None,
                week=2,
                weekday="mon",
                date=dt.date(2026, 3, 2),
                notes=("n",),
                variants=(Variant(hours=4.0, blocks=(blk,)),),
                busy=(),
            ),
        ),
    )
    assert plan == validated
    assert plan.model_dump(mode="json") == validated.model_dump(mode="json")
    assert plan.model_fields_set == validated.model_fields_set
    assert plan.days[0].model_fields_set == validated.days[0].model_fields_set
    # Field for field as pydantic makes them: the same repr (fields in declared order), the
    # same fields set, no extra, and equal to what model_construct makes of the same values.
    assert repr(plan) == repr(validated)
    for made in (plan, plan.goals[0], plan.links[0], day, variant, blk, item):
        cls = type(made)
        assert list(vars(made)) == list(cls.model_fields)
        assert made.model_fields_set == set(cls.model_fields)
        assert made.model_extra is None
        assert made == cls.model_construct(**vars(made))


def test_made_models_word_bad_values_as_the_models_do() -> None:
    bad: list[dict[str, Any]] = [
        {"min_minutes": 0},
        {"min_minutes": 90},  # more than max_minutes
        {"title": ""},
        {"at": "24:00"},
        {"at": "9:30"},
    ]
    for change in bad:
        made, validated = _block_errors({**_BLOCK, **change})
        assert made == validated
    variant = made_variant(hours=4.0, blocks=())
    assert _errors(lambda: made_variant(hours=0.0, blocks=())) == _errors(
        lambda: Variant(hours=0.0, blocks=())
    )
    day: dict[str, Any] = {
        "number": 1,
        "title": "One",
        "focus": None,
        "week": None,
        "weekday": None,
        "date": None,
        "notes": (),
        "variants": (variant, variant),
        "busy": (),
    }
    assert _errors(lambda: made_day(**day)) == _errors(lambda: Day(**day))
    assert _errors(lambda: made_plan(id="p", title="P", goals=(), links=(), days=())) == _errors(
        lambda: Plan(id="p", title="P", days=())
    )
    # What the models convert, they still convert: whole floats of minutes, an int of hours, a
    # datetime as its date.
    assert type(made_block(**{**_BLOCK, "min_minutes": 60.0}).min_minutes) is int
    assert made_variant(hours=4, blocks=()).hours == 4.0
    at_noon = made_day(**{**day, "variants": (), "date": dt.datetime(2026, 3, 2)})
    assert type(at_noon.date) is dt.date


_PROBE = """
import sys
from planexport import model
from planexport.cli import main

sys.argv = ["planexport", "export", "ics", sys.argv[1], "-o", sys.argv[2]]
try:
    main()
finally:
    built = [c.__name__ for c in (model.Item, model.Block, model.Day, model.Plan)
             if c.__pydantic_complete__]
    print("built:", built, file=sys.stderr)
"""


def test_exporting_a_markdown_plan_builds_no_validator(tmp_path: Path) -> None:
    # Building the models' validators is a cost at every start; Markdown never needs them.
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _PROBE,
            str(ROOT / "plans" / "go-track.md"),
            str(tmp_path / "a.ics"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "BEGIN:VEVENT" in (tmp_path / "a.ics").read_text(encoding="utf-8")
    assert "built: []" in done.stderr, done.stderr
