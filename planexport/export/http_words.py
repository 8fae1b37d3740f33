"""HTTP answers in words: a status with its reason, a server's short reason, a lost connection."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["body", "detail", "network_reason", "status"]

_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    412: "Precondition Failed",
    413: "Request Entity Too Large",
    415: "Unsupported Media Type",
    423: "Locked",
    500: "Internal Server Error",
    501: "Not Implemented",
    502: "Bad Gateway",
    503: "Service Unavailable",
    507: "Insufficient Storage",
}


def status(code: int) -> str:
    reason = _REASONS.get(code)
    return f"{code} {reason}" if reason else str(code)


def body(response: Any) -> str:
    raw = getattr(response, "_raw", b"")
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")


def detail(response: Any) -> str:
    """The server's own short plain-text reason, when it gives one."""
    text = " ".join(body(response).split())
    if not text or len(text) > 160 or text.startswith("<"):
        return ""
    return f": {text.rstrip('.')}"


def network_reason(failure: OSError) -> str:
    text = str(failure)
    match = re.search(r"\[Errno -?\d+\] ([^'\")\]]+)", text)
    if match:
        return match.group(1).strip().lower()
    if "timed out" in text.lower() or "timeout" in type(failure).__name__.lower():
        return "timed out"
    # The HTTP library's own words ("remote end closed connection without response") when short.
    words = " ".join(text.split()).rstrip(".")
    if words and len(words) <= 80 and "://" not in words:
        return words[0].lower() + words[1:]
    return type(failure).__name__
