"""A subscription feed over HTTP: rebuilt when its files change, with conditional requests."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from planexport.errors import PlanexportError

__all__ = ["Feed", "FeedServer", "FeedSource", "feed_urls", "make_server"]

CONTENT_TYPE = "text/calendar; charset=utf-8"

Build = Callable[[bytes | None], bytes]
"""Builds the feed's bytes, given the last good feed (for SEQUENCE); raises PlanexportError."""


@dataclass(frozen=True)
class Feed:
    """One version of the feed: its bytes and what conditional requests compare."""

    data: bytes
    etag: str
    """A strong entity tag, quoted: the same bytes always give the same tag."""
    last_modified: dt.datetime
    """When these bytes were first served (UTC, whole seconds)."""


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


class FeedSource:
    """The current feed: built once, then rebuilt when a watched file's mtime or size changes.

    A build that fails (a plan edited into an unreadable state) keeps the last good feed and
    reports the error once; the next change of the files tries again.
    """

    def __init__(
        self,
        build: Build,
        *,
        watched: Sequence[Path],
        on_error: Callable[[PlanexportError], None] = lambda _: None,
        on_update: Callable[[Feed], None] = lambda _: None,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        """Build the first feed.

        Raises:
            PlanexportError: the first build fails: there is nothing good to serve.
        """
        self._build = build
        self._watched = tuple(watched)
        self._on_error = on_error
        self._on_update = on_update
        self._clock = clock
        self._lock = threading.Lock()
        self._seen = self._signature()
        self._feed = self._version(build(None))
        self.builds = 1
        """How many times the feed was built (failed builds included)."""

    def current(self) -> Feed:
        """The feed to serve now, rebuilt first when a watched file changed since the last look."""
        with self._lock:
            seen = self._signature()
            if seen == self._seen:
                return self._feed
            self._seen = seen
            self.builds += 1
            try:
                data = self._build(self._feed.data)
            except PlanexportError as error:
                self._on_error(error)
                return self._feed
            if data != self._feed.data:
                self._feed = self._version(data)
                self._on_update(self._feed)
            return self._feed

    def _version(self, data: bytes) -> Feed:
        tag = hashlib.sha256(data).hexdigest()[:32]
        return Feed(data=data, etag=f'"{tag}"', last_modified=self._clock())

    def _signature(self) -> tuple[tuple[str, int, int], ...]:
        found: list[tuple[str, int, int]] = []
        for path in self._watched:
            try:
                info = os.stat(path)
            except OSError:
                found.append((str(path), -1, -1))
                continue
            found.append((str(path), info.st_mtime_ns, info.st_size))
        return tuple(found)


class FeedServer(ThreadingHTTPServer):
    """A threading HTTP server that serves one feed at one path."""

    daemon_threads = True
    # A restarted server binds again at once, as users expect after Ctrl-C.
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], *, source: FeedSource, path: str) -> None:
        if ":" in address[0]:
            import socket

            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)
        self.source = source
        self.feed_path = path


class _Handler(BaseHTTPRequestHandler):
    server: FeedServer
    # Keep-alive: a polling app asks again over the same connection.
    protocol_version = "HTTP/1.1"

    def version_string(self) -> str:
        return "planexport"

    def do_GET(self) -> None:
        self._answer(body=True)

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def __getattr__(self, name: str) -> Any:
        # Every other method (POST, PUT, PROPFIND, made-up ones) is a 405, not the library's 501.
        if name.startswith("do_"):
            return self._not_allowed
        raise AttributeError(name)

    def _not_allowed(self) -> None:
        self._plain(405, "method not allowed: the feed is read with GET or HEAD\n", allow=True)

    def _answer(self, *, body: bool) -> None:
        if unquote(urlsplit(self.path).path) != unquote(self.server.feed_path):
            self._plain(404, f"not found: the feed is at {self.server.feed_path}\n", body=body)
            return
        feed = self.server.source.current()
        if self._unchanged(feed):
            self.send_response(304)
            self._validators(feed)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", CONTENT_TYPE)
        self.send_header("Content-Length", str(len(feed.data)))
        self._validators(feed)
        self.end_headers()
        if body:
            self.wfile.write(feed.data)

    def _unchanged(self, feed: Feed) -> bool:
        """Whether the client's copy is current (RFC 9110 13.1.2 and 13.1.3)."""
        match = self.headers.get("If-None-Match")
        if match is not None:
            # If-None-Match compares weakly and, when present, If-Modified-Since is ignored.
            tags = [t.strip().removeprefix("W/") for t in match.split(",")]
            return "*" in tags or feed.etag in tags
        since = self.headers.get("If-Modified-Since")
        if since is None:
            return False
        try:
            when = parsedate_to_datetime(since)
        except (TypeError, ValueError, IndexError):
            return False
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.timezone.utc)
        return feed.last_modified <= when

    def _validators(self, feed: Feed) -> None:
        self.send_header("ETag", feed.etag)
        self.send_header("Last-Modified", format_datetime(feed.last_modified, usegmt=True))
        # Caches must ask again each time: the plan may have changed since.
        self.send_header("Cache-Control", "no-cache")

    def _plain(self, status: int, text: str, *, body: bool = True, allow: bool = False) -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        if allow:
            self.send_header("Allow", "GET, HEAD")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not logged: subscribing apps poll, and the output is for the user."""


def make_server(source: FeedSource, *, name: str, host: str, port: int) -> FeedServer:
    """A server for `source` at `/NAME.ics` on host:port (port 0: any free port).

    Raises:
        PlanexportError: the address cannot be bound (in use, not this machine's).
    """
    path = "/" + quote(f"{name}.ics")
    try:
        return FeedServer((host, port), source=source, path=path)
    except OSError as error:
        reason = error.strerror or str(error)
        where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        raise PlanexportError(f"cannot listen on {where}: {reason.lower()}") from None


def feed_urls(server: FeedServer) -> tuple[str, str]:
    """The feed's http:// URL and its webcal:// form, with the port actually bound."""
    host, port = server.server_address[:2]
    shown = str(host)
    if shown in ("0.0.0.0", "::"):
        import socket

        # Every interface: the machine's name is what other devices can reach.
        shown = socket.gethostname()
    if ":" in shown:
        shown = f"[{shown}]"
    rest = f"{shown}:{port}{server.feed_path}"
    return f"http://{rest}", f"webcal://{rest}"
