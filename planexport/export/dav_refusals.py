"""A CalDAV server's refusals of an event that say why in their body, in words: whose UID it is."""

from __future__ import annotations

import re
from urllib.parse import unquote

__all__ = ["uid_refusal"]

_TRASHED = "deleted calendar object with uid already exists"
"""Nextcloud's refusal to create an event whose UID sits in the calendar's trash bin."""
_UID_TAKEN = re.compile(
    r"<(?:[\w.-]+:)?(?:no-uid-conflict|unique-scheduling-object-resource)\b[^>]*>\s*"
    r"(?:<(?:[\w.-]+:)?href\b[^>]*>([^<]*)<)?"
)
"""A refusal's precondition saying another resource holds the UID, and that resource's href.

RFC 4791 (section 5.3.2.1, CALDAV:no-uid-conflict) and RFC 6638 (section 3.2.4.1,
CALDAV:unique-scheduling-object-resource) let a server refuse a UID that another of the user's
resources holds; Cyrus IMAP (Fastmail) does so across all of a user's calendars, with 403.
"""


def uid_refusal(body: str | None, *, status: int, verb: str, name: str, create: bool) -> str | None:
    """Why the server refused to `verb` the event `name` for its UID, in one line; else None.

    Args:
        body: the refusal's body.
        status: its HTTP status.
        verb: `save` or `delete`, for the message.
        name: the resource's name.
        create: whether the write made a new resource.
    """
    text = body or ""
    found = _UID_TAKEN.search(text) if status in (403, 409) else None
    if found is not None:
        taken = unquote(found.group(1).strip()) if found.group(1) else "another event"
        return (
            f"the server refused to {verb} {name}: its UID is already used by {taken} (the "
            "server allows each UID in only one of your calendars); push to that calendar, or "
            "delete that event first"
        )
    if create and _TRASHED in text.lower():
        return (
            f"the server refused to create {name}: an event with its UID is in the calendar's "
            "trash bin (Nextcloud keeps deleted events there); empty the trash bin or restore "
            "the event from it"
        )
    return None
