"""An HTTP proxy on 127.0.0.1 in front of a CalDAV server: counts, delays and reshapes requests."""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

__all__ = ["Answer", "DavProxy", "Seen"]

METHODS = (
    *("GET", "HEAD", "PUT", "DELETE", "PROPFIND", "PROPPATCH", "REPORT", "MKCALENDAR"),
    *("MKCOL", "OPTIONS", "POST", "MOVE", "COPY"),
)


@dataclass(frozen=True)
class Seen:
    """One request the proxy answered: method, path as the client sent it, status, headers."""

    method: str
    path: str
    status: int
    headers: tuple[tuple[str, str], ...] = ()

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


@dataclass(frozen=True)
class Answer:
    """A response the proxy gives itself instead of asking the server."""

    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()


Intercept = Callable[[str, str, dict[str, str], bytes], "Answer | None"]
"""(method, path, headers, body) -> an answer of the proxy's own, or None to forward."""


class DavProxy(ThreadingHTTPServer):
    """Forwards every request to a server on 127.0.0.1, after `delay` seconds.

    `delay` stands for a real server's round trip. With `prefix` (say `/dav`), the server is
    reached under that path only, the way Nextcloud serves CalDAV under `/remote.php/dav`:
    the prefix is passed to the server as `X-Script-Name` (Radicale builds its hrefs with it),
    the root refuses PROPFIND (405) and `/.well-known/caldav` redirects to the prefix
    (RFC 6764). `intercept` may answer a request itself.
    """

    daemon_threads = True

    def __init__(
        self,
        upstream: int,
        *,
        delay: float = 0.0,
        prefix: str = "",
        intercept: Intercept | None = None,
    ) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.upstream = upstream
        self.delay = delay
        self.prefix = prefix.rstrip("/")
        self.intercept = intercept
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.in_flight = 0
        self.peak = 0
        """The most requests the proxy was handling at once."""
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def root(self) -> str:
        """The proxy's root URL."""
        return f"http://127.0.0.1:{self.server_address[1]}/"

    @property
    def url(self) -> str:
        """Where the server's CalDAV tree starts (the root, or the prefix under it)."""
        return self.root.rstrip("/") + self.prefix + "/"

    def count(self) -> int:
        """How many requests arrived so far."""
        with self.lock:
            return len(self.seen)

    def clear(self) -> None:
        with self.lock:
            self.seen.clear()

    def methods(self) -> list[str]:
        with self.lock:
            return [s.method for s in self.seen]

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up mid-answer is not the test's business

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self.thread.join(timeout=10)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: DavProxy
    _SKIP: ClassVar[frozenset[str]] = frozenset(
        {"connection", "transfer-encoding", "content-length", "date", "server", "keep-alive"}
    )

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def forward(self) -> None:
        proxy = self.server
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        with proxy.lock:
            proxy.in_flight += 1
            proxy.peak = max(proxy.peak, proxy.in_flight)
        try:
            answer = self._answer(body)
        finally:
            with proxy.lock:
                proxy.in_flight -= 1
        self.send_response(answer.status)
        for key, value in answer.headers:
            if key.lower() not in self._SKIP:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def _answer(self, body: bytes) -> Answer:
        proxy = self.server
        if proxy.delay:
            time.sleep(proxy.delay)
        headers = {k: v for k, v in self.headers.items() if k.lower() != "connection"}
        sent = tuple(headers.items())
        answer = self._own_answer(headers, body)
        if answer is None:
            path = self.path
            if proxy.prefix:
                path = path[len(proxy.prefix) :] or "/"
                headers["X-Script-Name"] = proxy.prefix
            upstream = http.client.HTTPConnection("127.0.0.1", proxy.upstream, timeout=60)
            try:
                upstream.request(self.command, path, body=body or None, headers=headers)
                reply = upstream.getresponse()
                answer = Answer(reply.status, reply.read(), tuple(reply.getheaders()))
            finally:
                upstream.close()
        with proxy.lock:
            proxy.seen.append(Seen(self.command, self.path, answer.status, sent))
        return answer

    def _own_answer(self, headers: dict[str, str], body: bytes) -> Answer | None:
        proxy = self.server
        if proxy.intercept is not None:
            mine = proxy.intercept(self.command, self.path, headers, body)
            if mine is not None:
                return mine
        if not proxy.prefix:
            return None
        path = self.path.split("?", 1)[0]
        if path.rstrip("/") == "/.well-known/caldav":
            return Answer(301, headers=(("Location", proxy.prefix + "/"),))
        if path == proxy.prefix or path.startswith(proxy.prefix + "/"):
            return None
        return Answer(405 if self.command == "PROPFIND" else 404)


for _method in METHODS:
    setattr(_Handler, f"do_{_method}", _Handler.forward)
