"""Day headings whose weekdays are all off their dates by the same days (`### Montag,
06.01.2026` over a Tuesday, `### Dienstag, 07.01.2026` over a Wednesday, …): a plan copied
from another year. One warning says it for all of them, not one a heading."""

from __future__ import annotations

from dataclasses import replace

from planexport.reader.date_heads import NAMES
from planexport.reader.dates import ORDER
from planexport.reader.lazy import lazy
from planexport.reader.result import ReadWarning

__all__ = ["shifted_weekdays"]

# What `date_heads.warn_weekday` says of one heading.
_ONE = lazy(
    r'^".*": (?P<date>\d{4}-\d{2}-\d{2}) is a (?P<real>[A-Z][a-z]+), not a (?P<written>[A-Z][a-z]+)'
    r": read as (?P=real) (?P=date)$"
)
_INDEX = {name: ORDER.index(key) for key, name in NAMES.items()}
_MANY = 3  # from this many headings off by the same days, one warning for all


def _shift(warning: ReadWarning) -> int | None:
    """How many days the weekday a heading names is after its date's (-1: the day before)."""
    match = _ONE.match(warning.message)
    if match is None:
        return None
    days = (_INDEX[match.group("written")] - _INDEX[match.group("real")]) % 7
    return days - 7 if days > 3 else days


def _said(shift: int) -> str:
    if abs(shift) == 1:
        return f"the weekday {'before' if shift < 0 else 'after'} their date"
    return f"a weekday {abs(shift)} days {'before' if shift < 0 else 'after'} their date"


def shifted_weekdays(warnings: list[ReadWarning]) -> list[ReadWarning]:
    """`warnings` with those of three or more headings whose weekdays are off their dates by
    the same days said once, on the first of their lines; one or two stay as they are."""
    groups: dict[int, list[ReadWarning]] = {}
    for warning in warnings:
        shift = _shift(warning)
        if shift is not None:
            groups.setdefault(shift, []).append(warning)
    many = {shift: group for shift, group in groups.items() if len(group) >= _MANY}
    if not many:
        return warnings
    said = {id(w) for group in many.values() for w in group}
    kept = [w for w in warnings if id(w) not in said]
    for shift, group in many.items():
        lines = ", ".join(str(w.line) for w in group[:_MANY])
        more = " …" if len(group) > _MANY else ""
        message = (
            f"{len(group)} headings name {_said(shift)} (lines {lines}{more}): the dates are read"
        )
        kept.append(replace(group[0], message=message))
    return sorted(kept, key=lambda w: w.line)
