"""A plan with no day whose only lengths say when (`1-2h before running`, `within 30 min after`)
is refused; the same lines beside a block, or in a day, stay as before."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PLANS = DATA / "advice_times"


@pytest.mark.parametrize(
    ("name", "line", "length"),
    [
        ("runs-with-snack-tips.md", 12, "1-2h"),
        ("laufwoche-tipps.md", 8, "2-3 Stunden"),
        ("consejos-antes-y-despues.md", 10, "1-2 h"),
        ("conseils-avant-la-course.md", 8, "2 h"),
        ("binnen-na-de-training.md", 10, "1-2 uur"),
        ("consigli-prima-e-dopo.md", 8, "1-2 ore"),
    ],
)
def test_a_plan_whose_only_lengths_say_when_is_refused(name: str, line: int, length: str) -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / name)
    assert raised.value.line == line
    message = str(raised.value)
    assert "no timed blocks found (no days found" in message
    assert (
        f'the only length is advice, line {line}: "{length}" as a gap before or after '
        "something or a limit to keep within"
    ) in message


def test_a_length_after_beside_a_block_stays_a_block() -> None:
    plan = read_plan(PLANS / "stretch-after-beside-a-run-stays.md").plan
    assert [b[:2] for b in blocks_with_items(plan)] == [("Run", 30), ("Stretch", 10)]


def test_a_length_before_in_a_day_stays_a_block() -> None:
    plan = read_plan(PLANS / "run-before-breakfast-with-a-day-stays.md").plan
    assert [b[1] for b in blocks_with_items(plan)] == [30]
    assert plan.days[0].weekday == "mon"
