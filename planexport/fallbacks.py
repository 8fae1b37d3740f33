"""Days that have no plan of the hours asked for, and the one warning a run gives for them."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

__all__ = ["Fallback", "fallback_warnings"]


class Fallback(NamedTuple):
    """A day that has no plan of the hours asked for, and the plan used instead."""

    plan_id: str
    week: int
    number: int
    date: dt.date
    wanted: float
    used: float


def fallback_warnings(fallbacks: Sequence[Fallback]) -> tuple[str, ...]:
    """One warning per plan, week and pair of hours, not one per day: `--hours 5` on a week of
    4- and 6-hour plans would otherwise print seven lines that say the same."""
    groups: dict[tuple[str, int, float, float], list[Fallback]] = {}
    for f in fallbacks:
        groups.setdefault((f.plan_id, f.week, f.wanted, f.used), []).append(f)
    warnings: list[str] = []
    for (plan_id, _, wanted, used), group in groups.items():
        if len(group) == 1:
            f = group[0]
            warnings.append(
                f"{plan_id} day {f.number} ({f.date.isoformat()}) has no {wanted:g}-hour plan; "
                f"using its {used:g}-hour plan"
            )
            continue
        numbers = _number_ranges([f.number for f in group])
        first, last = group[0].date.isoformat(), group[-1].date.isoformat()
        warnings.append(
            f"{plan_id} days {numbers} ({first} to {last}) have no {wanted:g}-hour plan; "
            f"using their {used:g}-hour plans"
        )
    return tuple(warnings)


def _number_ranges(numbers: Sequence[int]) -> str:
    """`1–3, 5` for 1, 2, 3, 5."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)
