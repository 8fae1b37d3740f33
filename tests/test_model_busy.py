"""A day's `busy` spans in the model: optional, checked like clock times and lengths, written to
JSON and YAML only when a day has some, read back the same, and described by the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from planexport.cli import app
from planexport.model import Block, BusySpan, Day, Plan, Variant, made_busy
from planexport.reader import load
from planexport.reader.structured import parse_structured
from planexport.writer import dump, to_json, to_yaml
from tests.paths import USER_PLAN


def work_day(*spans: BusySpan) -> Plan:
    study = Block(title="Reading", min_minutes=30, max_minutes=30)
    day = Day(
        number=1,
        title="Monday",
        weekday="mon",
        variants=(Variant(hours=0.5, blocks=(study,)),),
        busy=spans,
    )
    return Plan(id="p", title="P", days=(day,))


WORK = BusySpan(at="08:00", minutes=480, title="Work")
NIGHT = BusySpan(at="22:00", minutes=600, title="Night shift")


def test_a_day_has_no_busy_time_unless_given() -> None:
    assert Day(number=1, title="One").busy == ()


def test_a_day_without_busy_time_is_written_as_before() -> None:
    data = json.loads(to_json(load(USER_PLAN)))
    assert all("busy" not in day for day in data["days"])
    assert "busy" not in to_yaml(load(USER_PLAN))


def test_busy_spans_round_trip_through_json_and_yaml(tmp_path: Path) -> None:
    plan = work_day(WORK, NIGHT)
    data = json.loads(to_json(plan))
    assert data["days"][0]["busy"] == [
        {"at": "08:00", "minutes": 480, "title": "Work"},
        {"at": "22:00", "minutes": 600, "title": "Night shift"},
    ]
    assert parse_structured(to_json(plan), kind="json") == plan
    assert parse_structured(to_yaml(plan), kind="yaml") == plan
    dump(plan, tmp_path / "plan.yaml")
    assert load(tmp_path / "plan.yaml").days[0].busy == (WORK, NIGHT)


def test_a_plan_file_written_before_busy_time_still_reads() -> None:
    text = to_json(load(USER_PLAN))
    assert parse_structured(text, kind="json") == load(USER_PLAN)


@pytest.mark.parametrize(
    "values",
    [
        {"at": "8:00", "minutes": 60, "title": "Work"},
        {"at": "24:00", "minutes": 60, "title": "Work"},
        {"at": "08:00", "minutes": 0, "title": "Work"},
        {"at": "08:00", "minutes": 1441, "title": "Work"},
        {"at": "08:00", "minutes": 60, "title": ""},
        {"at": "08:00", "minutes": 60, "title": "Work", "colour": "red"},
    ],
)
def test_a_busy_span_is_a_clock_time_a_length_of_up_to_a_day_and_a_title(
    values: dict[str, object],
) -> None:
    with pytest.raises(ValidationError):
        BusySpan.model_validate(values)


def test_made_busy_spans_equal_validated_ones() -> None:
    assert made_busy(at="22:00", minutes=600, title="Night shift") == NIGHT
    assert made_busy(at="22:00", minutes=600, title="Night shift").model_fields_set == {
        "at",
        "minutes",
        "title",
    }
    with pytest.raises(ValidationError):
        made_busy(at="22:00", minutes=0, title="Night shift")


def test_the_schema_describes_busy_spans() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    day = schema["$defs"]["Day"]
    assert day["properties"]["busy"]["items"] == {"$ref": "#/$defs/BusySpan"}
    assert "busy" not in day.get("required", [])
    span = schema["$defs"]["BusySpan"]
    assert set(span["required"]) == {"at", "minutes", "title"}
    assert span["properties"]["at"]["pattern"] == "^([01][0-9]|2[0-3]):[0-5][0-9]$"
    assert span["properties"]["minutes"]["maximum"] == 1440
    assert span["additionalProperties"] is False
