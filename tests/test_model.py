"""The plan model: validation rules and the public JSON shape."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from planexport.model import Block, Day, Item, Plan, Variant


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
