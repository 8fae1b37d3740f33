"""Time zones by IANA name: the system's own, and what a mistyped name most likely means."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planexport.errors import OptionsError

__all__ = ["system_zone", "zone_info"]


def system_zone() -> str:
    """The system's IANA zone name: from TZ, /etc/localtime or /etc/timezone; else UTC."""
    candidates: list[str] = []
    env = os.environ.get("TZ", "").strip().lstrip(":")
    if env:
        candidates.append(env.split("zoneinfo/", 1)[-1])
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        candidates.append(target.split("zoneinfo/", 1)[1])
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
        return name
    return "UTC"


def zone_info(name: str) -> ZoneInfo:
    """The zone of an IANA name.

    Raises:
        OptionsError: an unknown zone, with the likeliest name meant.
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        hint = _zone_hint(name)
        raise OptionsError(
            f"unknown time zone {name!r} "
            + (f"(did you mean {hint}?)" if hint else "(use an IANA name such as Europe/Berlin)"),
            option="tz",
        ) from None


def _zone_hint(name: str) -> str | None:
    """The known zone a mistyped one most likely means: `europe/berlin`, `Berlin` and
    `Europe/Berln` all mean Europe/Berlin."""
    import difflib
    from zoneinfo import available_timezones

    try:
        known = sorted(available_timezones())
    except OSError:  # no tz database to search: no hint, the plain message still helps
        return None
    wanted = name.strip().replace(" ", "_").casefold()
    if not wanted:
        return None
    by_fold = {zone.casefold(): zone for zone in known}
    if wanted in by_fold:
        return by_fold[wanted]
    # A city alone: the zone whose last part it is (Berlin -> Europe/Berlin).
    cities = [z for z in known if "/" in z and z.rsplit("/", 1)[1].casefold() == wanted]
    if len(cities) == 1:
        return cities[0]
    close = difflib.get_close_matches(wanted, list(by_fold), n=1, cutoff=0.8)
    return by_fold[close[0]] if close else None
