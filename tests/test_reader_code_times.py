"""A plan whose only times are in code blocks is refused with a message that says so."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "code_times"


def test_the_refusal_names_the_times_in_code_blocks() -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / "es-routine.md")
    message = str(raised.value)
    assert message.startswith(f"{PLANS / 'es-routine.md'}:1: no timed blocks found")
    assert (
        "none with a length or a clock time outside code blocks; 3 lines in code blocks give "
        "times of day, and code blocks are not read (write them as a list such as "
        "'- 05:00 Alarm')"
    ) in message
